// rules/opbridge/rules/onnx/opset/recurrent.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {

// A node with `gates` gates per direction, both directions and initial states: batch 2,
// sequence 3, input 4, hidden 5, in layout 1 (batch-major) or 0 (sequence-major).
constexpr int64_t dirs = 2, batch = 2, seq = 3, input = 4, hidden = 5;
SingleNode recurrent(const std::string& op, int64_t gates, int64_t layout) {
    auto major = [&](int64_t outer, int64_t inner, std::vector<int64_t> rest) {  // layout 1: batch first
        std::vector<int64_t> dims = layout ? std::vector<int64_t>{outer, inner} : std::vector<int64_t>{inner, outer};
        dims.insert(dims.end(), rest.begin(), rest.end());
        return f32(dims);
    };
    std::vector<std::pair<std::string, Type>> inputs{{"x", major(batch, seq, {input})},
                                                     {"w", f32({dirs, gates * hidden, input})},
                                                     {"r", f32({dirs, gates * hidden, hidden})},
                                                     {"b", f32({dirs, 2 * gates * hidden})},
                                                     {"", Type{}},
                                                     {"initial_h", major(batch, dirs, {hidden})}};
    std::vector<std::pair<std::string, Type>> outputs{{"y", layout ? f32({batch, seq, dirs, hidden}) : f32({seq, dirs, batch, hidden})},
                                                      {"y_h", major(batch, dirs, {hidden})}};
    if (op == "LSTM") {
        inputs.push_back({"initial_c", major(batch, dirs, {hidden})});
        outputs.push_back({"y_c", major(batch, dirs, {hidden})});
    }
    return SingleNode(op, 14, inputs, outputs,
                      {Attribute::of_int("layout", layout), Attribute::of_int("hidden_size", hidden),
                       Attribute::of_string("direction", "bidirectional")});
}

// `t` with its dims permuted: result dim i is dim perm[i] of `t`.
testing::HostTensor transposed(const testing::HostTensor& t, const std::vector<int64_t>& perm) {
    std::vector<int64_t> dims, strides(t.dims.size(), 1);
    for (std::size_t i = t.dims.size(); i-- > 1;) strides[i - 1] = strides[i] * t.dims[i];
    for (int64_t p : perm) dims.push_back(t.dims[p]);
    auto in = t.values<float>();
    std::vector<float> out(in.size());
    std::vector<int64_t> index(dims.size(), 0);
    for (std::size_t k = 0; k < out.size(); ++k) {
        int64_t from = 0;
        for (std::size_t i = 0; i < dims.size(); ++i) from += index[i] * strides[perm[i]];
        out[k] = in[from];
        for (std::size_t i = dims.size(); i-- > 0;)
            if (++index[i] < dims[i]) break;
            else index[i] = 0;
    }
    return testing::make_tensor<float>(t.name, dims, out);
}

// ONNX Runtime runs no layout=1 node, so the converted batch-major node is checked against
// a layout-0 node run on the same data transposed to sequence-major, its results transposed back.
void check_batch_major_conversion(const std::string& op, int64_t gates, int64_t target) {
    SingleNode converted = recurrent(op, gates, 1), reference = recurrent(op, gates, 0);
    auto diags = convert(converted.model, target);
    REQUIRE_FALSE(diags.has_errors());
    static testing::OnnxRuntime ort;
    auto c = save(converted.model, op + "-batch-major-converted"), r = save(reference.model, op + "-layout-0");
    auto inputs = testing::seeded_inputs(ort.describe(c).inputs, 7);
    std::vector<testing::HostTensor> sequence_major;
    for (const auto& in : inputs) sequence_major.push_back(in.name == "x" || in.name.starts_with("initial") ? transposed(in, {1, 0, 2}) : in);
    auto rc = ort.run(c, inputs), rr = ort.run(r, sequence_major);
    INFO(rc.error << rr.error);
    REQUIRE((rc.ok && rr.ok));
    REQUIRE(rc.outputs.size() == rr.outputs.size());
    for (std::size_t i = 0; i < rc.outputs.size(); ++i) {
        auto expected = transposed(rr.outputs[i], i == 0 ? std::vector<int64_t>{2, 0, 1, 3} : std::vector<int64_t>{1, 0, 2});
        auto cmp = testing::compare(expected, rc.outputs[i], {1e-5, 1e-6});
        INFO(cmp.summary());
        CHECK(cmp.passed());
    }
}
} // namespace

TEST_CASE("LSTM-14 -> LSTM-7 computes a batch-major node in layout 0 between Transposes") {
    check_batch_major_conversion("LSTM", 4, 13);
    SingleNode t = recurrent("LSTM", 4, 1);
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK_FALSE(only_node(t.model, "LSTM")->attribute("layout"));
    CHECK(count_nodes(t.model, "Transpose") == 6);  // X, initial_h, initial_c in; Y, Y_h, Y_c out
}

TEST_CASE("GRU-14 -> GRU-7 computes a batch-major node in layout 0 between Transposes") { check_batch_major_conversion("GRU", 3, 9); }

TEST_CASE("RNN-14 -> RNN-7 computes a batch-major node in layout 0 between Transposes") { check_batch_major_conversion("RNN", 1, 7); }

TEST_CASE("RNN-14 -> RNN-7 drops layout=0 and adds nothing") {
    SingleNode t("RNN", 14, {{"x", f32({3, 2, 4})}, {"w", f32({1, 5, 4})}, {"r", f32({1, 5, 5})}}, {{"y", f32({3, 1, 2, 5})}},
                 {Attribute::of_int("layout", 0), Attribute::of_int("hidden_size", 5)});
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK_FALSE(only_node(t.model, "RNN")->attribute("layout"));
    CHECK(count_nodes(t.model, "Transpose") == 0);
}

TEST_CASE("LSTM-7 -> LSTM-14 needs no change (layout 0 is the default)") {
    SingleNode t("LSTM", 7, {{"x", f32({3, 2, 4})}, {"w", f32({1, 20, 4})}, {"r", f32({1, 20, 5})}}, {{"y", f32({3, 1, 2, 5})}},
                 {Attribute::of_int("hidden_size", 5)});
    REQUIRE_FALSE(convert(t.model, 14).has_errors());
    CHECK(only_node(t.model, "LSTM")->op.version == 14);
    CHECK_FALSE(only_node(t.model, "LSTM")->attribute("layout"));
}

TEST_CASE("GRU-7 and RNN-7 -> opset 14 need no change") {
    for (std::string op : {"GRU", "RNN"}) {
        int64_t gates = op == "GRU" ? 3 : 1;
        SingleNode t(op, 7, {{"x", f32({3, 2, 4})}, {"w", f32({1, gates * 5, 4})}, {"r", f32({1, gates * 5, 5})}}, {{"y", f32({3, 1, 2, 5})}},
                     {Attribute::of_int("hidden_size", 5)});
        REQUIRE_FALSE(convert(t.model, 14).has_errors());
        CHECK(only_node(t.model, op)->op.version == 14);
    }
}
