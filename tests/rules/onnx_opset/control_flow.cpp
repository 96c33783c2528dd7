// rules/opbridge/rules/onnx/opset/control_flow.hpp
#include <memory>

#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {



// A subgraph (If branch, Loop or Scan body) of the single node's graph, at the model's opset.
struct Body {
    GraphPtr graph = std::make_shared<Graph>();
    int64_t opset;
    Body(SingleNode& owner, std::string name) : opset(owner.node->op.version) {
        graph->name = std::move(name);
        graph->parent = owner.model.graph.get();
    }
    Value* input(const std::string& name, Type t) {
        Value* v = graph->value(graph->name + "_" + name);
        v->type = std::move(t);
        graph->inputs.push_back(v);
        return v;
    }
    Value* op(std::string type, std::vector<Value*> ins, std::string out_name, std::vector<Attribute> attributes = {}) {
        Value* out = graph->value(graph->name + "_" + out_name);
        Node* n = graph->add_node(Op{Dialect::onnx, "", std::move(type), opset}, std::move(ins), {out}, graph->name + "_" + out_name);
        n->attributes = std::move(attributes);
        return out;
    }
    void output(Value* v, Type t) {
        v->type = std::move(t);
        graph->outputs.push_back(v);
    }
};

Type f32_scalar() { return Type::tensor(DType::float32, Shape{}); }
Type bool_scalar() { return Type::tensor(DType::boolean, Shape{}); }
Type i64_scalar() { return Type::tensor(DType::int64, Shape{}); }

// Scan body: sum += element; the scan output is the running sum.
GraphPtr running_sum_body(SingleNode& owner, std::vector<int64_t> element_dims) {
    Body body(owner, "sum");
    Value* sum_in = body.input("sum_in", f32(element_dims));
    Value* next = body.input("next", f32(element_dims));
    Value* sum_out = body.op("Add", {sum_in, next}, "sum_out");
    Value* scan_out = body.op("Identity", {sum_out}, "scan_out");
    body.output(sum_out, f32(element_dims));
    body.output(scan_out, f32(element_dims));
    return body.graph;
}

// Scan-8 over a batch of 2 sequences of 3 steps of [2] values.
SingleNode batched_scan(bool with_sequence_lens = false) {
    SingleNode t("Scan", 8, {{"", Type{}}, {"init", f32({2, 2})}, {"x", f32({2, 3, 2})}}, {{"final", f32({2, 2})}, {"sums", f32({2, 3, 2})}});
    if (with_sequence_lens) t.constant_input(0, make_int64_tensor({2}, {3, 2}), "lens");
    t.node->attributes = {Attribute::of_graph("body", running_sum_body(t, {2})), Attribute::of_int("num_scan_inputs", 1)};
    return t;
}

// Scan-9/11 of [3, 2] (or [2, 3] scanned along axis 1 / -1) with a [2] state.
SingleNode unbatched_scan(int64_t opset, std::vector<int64_t> x_dims, std::vector<int64_t> out_dims, std::vector<Attribute> axes = {}) {
    SingleNode t("Scan", opset, {{"init", f32({2})}, {"x", f32(x_dims)}}, {{"final", f32({2})}, {"sums", f32(out_dims)}});
    t.node->attributes = {Attribute::of_graph("body", running_sum_body(t, {2})), Attribute::of_int("num_scan_inputs", 1)};
    for (auto& a : axes) t.node->attributes.push_back(a);
    return t;
}

// If whose branches give Identity(a) and Neg(b).
SingleNode if_of(int64_t opset, std::vector<int64_t> a_dims, std::vector<int64_t> b_dims) {
    SingleNode t("If", opset, {{"cond", bool_scalar()}, {"a", f32(a_dims)}, {"b", f32(b_dims)}}, {{"y", Type::tensor(DType::float32)}});
    Value* a = t.model.graph->find("a");
    Value* b = t.model.graph->find("b");
    t.node->inputs = {t.node->inputs[0]};  // a and b are read from the enclosing graph
    Body then_branch(t, "then"), else_branch(t, "else");
    then_branch.output(then_branch.op("Identity", {a}, "out"), f32(a_dims));
    else_branch.output(else_branch.op("Neg", {b}, "out"), f32(b_dims));
    t.node->attributes = {Attribute::of_graph("then_branch", then_branch.graph), Attribute::of_graph("else_branch", else_branch.graph)};
    return t;
}

} // namespace

// ---- If -------------------------------------------------------------------------------------

TEST_CASE("If-11 -> If-1 keeps branches whose outputs have one shape") {
    check_converts_to_same_outputs([] { return if_of(11, {3}, {3}); }, 9, "if-same-shape-to-9");
}

TEST_CASE("If-11 whose branches give outputs of different shapes cannot go to opset 10") {
    SingleNode t = if_of(11, {3}, {4});
    auto d = refusal(t.model, 10);
    CHECK(d.code == "opset.branch-shapes");
    CHECK_THAT(d.message, Catch::Contains("[3]") && Catch::Contains("[4]"));
    CHECK_THAT(d.hint, Catch::Contains("opset 11"));
}

TEST_CASE("If-1 -> If-11 needs no change") {
    SingleNode t = if_of(9, {3}, {4});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
}

TEST_CASE("If-13 giving a sequence cannot go to opset 12") {
    SingleNode t("If", 13, {{"cond", bool_scalar()}, {"a", f32({3})}}, {{"y", Type{}}});
    Value* a = t.model.graph->find("a");
    t.node->inputs = {t.node->inputs[0]};
    Type sequence;
    sequence.kind = Type::Kind::sequence;
    sequence.element = std::make_shared<Type>(f32({3}));
    t.model.graph->outputs[0]->type = sequence;
    Body then_branch(t, "then"), else_branch(t, "else");
    then_branch.output(then_branch.op("SequenceConstruct", {a}, "out"), sequence);
    else_branch.output(else_branch.op("SequenceConstruct", {a, a}, "out"), sequence);
    t.node->attributes = {Attribute::of_graph("then_branch", then_branch.graph), Attribute::of_graph("else_branch", else_branch.graph)};
    auto d = refusal(t.model, 12);
    CHECK(d.field == "output 0 ('y')");
    CHECK_THAT(d.message, Catch::Contains("If-11 does not accept seq(tensor(float))"));
}

// ---- Loop -----------------------------------------------------------------------------------

TEST_CASE("Loop-11 without loop-carried values -> Loop-1 gets one the body passes through") {
    auto make = [] {
        SingleNode t("Loop", 11, {}, {{"steps", Type::tensor(DType::float32, Shape{Dim::known(4)})}});
        t.constant_input(0, make_int64_tensor({}, {4}), "trip_count");
        t.node->inputs.resize(2, nullptr);  // no condition
        Body body(t, "body");
        Value* iteration = body.input("i", i64_scalar());
        Value* cond = body.input("cond_in", bool_scalar());
        Value* cond_out = body.op("Identity", {cond}, "cond_out");
        Value* step = body.op("Cast", {iteration}, "step", {Attribute::of_int("to", static_cast<int64_t>(DType::float32))});
        body.output(cond_out, bool_scalar());
        body.output(step, f32_scalar());
        t.node->attributes = {Attribute::of_graph("body", body.graph)};
        return t;
    };
    check_converts_to_same_outputs(make, 9, "loop-no-carried-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* loop = only_node(t.model, "Loop");
    CHECK(loop->inputs.size() == 3);
    CHECK(loop->outputs.size() == 2);
    CHECK(loop->outputs[1]->name() == "steps");
}

// ---- Scan -----------------------------------------------------------------------------------

TEST_CASE("Scan-8 over a batch -> Scan-9 scans axis 1 and runs the body per batch item") {
    check_converts_to_same_outputs([] { return batched_scan(); }, 9, "scan8-batch-to-9");
    check_converts_to_same_outputs([] { return batched_scan(); }, 13, "scan8-batch-to-13");
    SingleNode t = batched_scan();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* scan = only_node(t.model, "Scan");
    CHECK(scan->inputs.size() == 2);
    CHECK(*scan->attribute("scan_input_axes")->get_if<std::vector<int64_t>>() == std::vector<int64_t>{1});
}

TEST_CASE("Scan-8 with sequence_lens cannot go to opset 9, which has none") {
    SingleNode t = batched_scan(true);
    auto d = refusal(t.model, 9);
    CHECK(d.field == "input 0 ('lens')");
    CHECK_THAT(d.hint, Catch::Contains("omit sequence_lens"));
}

TEST_CASE("Scan-9 -> Scan-8 runs as a batch of one") {
    check_converts_to_same_outputs([] { return unbatched_scan(9, {3, 2}, {3, 2}); }, 8, "scan9-to-8");
    SingleNode t = unbatched_scan(9, {3, 2}, {3, 2});
    REQUIRE_FALSE(convert(t.model, 8).has_errors());
    const Node* scan = only_node(t.model, "Scan");
    REQUIRE(scan->inputs.size() == 3);
    CHECK(scan->inputs[0] == nullptr);  // no sequence_lens
    CHECK(only_node(t.model, "Squeeze"));
}

TEST_CASE("Scan-9 scanning axis 1 -> Scan-8 moves the axes with Transpose") {
    check_converts_to_same_outputs(
        [] {
            return unbatched_scan(9, {2, 3}, {2, 3},
                                  {Attribute::of_ints("scan_input_axes", {1}), Attribute::of_ints("scan_output_axes", {1})});
        },
        8, "scan9-axis1-to-8");
}

TEST_CASE("Scan-9 writing a scan output in reverse cannot go to opset 8") {
    SingleNode t = unbatched_scan(9, {3, 2}, {3, 2}, {Attribute::of_ints("scan_output_directions", {1})});
    auto d = refusal(t.model, 8);
    CHECK(d.field == "attribute 'scan_output_directions'");
}

TEST_CASE("Scan-11 with negative axes -> Scan-9 counts them from the front") {
    auto make = [] {
        return unbatched_scan(11, {2, 3}, {2, 3}, {Attribute::of_ints("scan_input_axes", {-1}), Attribute::of_ints("scan_output_axes", {-1})});
    };
    check_converts_to_same_outputs(make, 10, "scan11-negative-axes-to-10");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(*only_node(t.model, "Scan")->attribute("scan_input_axes")->get_if<std::vector<int64_t>>() == std::vector<int64_t>{1});
}

TEST_CASE("Scan-8 cannot go to opset 7: a scan would have to be unrolled") {
    SingleNode t = batched_scan();
    auto d = refusal(t.model, 7);
    CHECK(d.code == "opset.op-missing");
    CHECK_THAT(d.message, Catch::Contains("unrolled"));
}

// ---- optional and sequence ops ---------------------------------------------------------------

TEST_CASE("Optional-15 and SequenceConstruct-11 cannot go below their first opset") {
    SingleNode optional("Optional", 15, {{"x", f32({3})}}, {{"y", Type{}}});
    CHECK_THAT(refusal(optional.model, 14).message, Catch::Contains("no optional type before opset 15"));
    SingleNode sequence("SequenceConstruct", 11, {{"x", f32({3})}}, {{"s", Type{}}});
    CHECK_THAT(refusal(sequence.model, 10).message, Catch::Contains("no sequence type before opset 11"));
}

TEST_CASE("OptionalHasElement-18 on a plain tensor cannot go to opset 17") {
    SingleNode t("OptionalHasElement", 18, {{"x", f32({3})}}, {{"has", bool_scalar()}});
    auto d = refusal(t.model, 17);
    CHECK(d.field == "input 0 ('x')");
    CHECK_THAT(d.message, Catch::Contains("plain tensor"));
}

TEST_CASE("OptionalGetElement-15 -> OptionalGetElement-18 needs no change") {
    SingleNode t("OptionalGetElement", 15, {{"x", Type{}}}, {{"y", Type{}}});
    REQUIRE_FALSE(convert(t.model, 18).has_errors());
}

TEST_CASE("Loop-1 -> Loop-11 needs no change") {
    SingleNode t("Loop", 9, {{"", Type{}}, {"", Type{}}, {"v", f32_scalar()}}, {{"v_final", f32_scalar()}});
    t.constant_input(0, make_int64_tensor({}, {2}), "trip_count");
    Body body(t, "body");
    body.input("i", i64_scalar());
    Value* cond = body.input("cond_in", bool_scalar());
    Value* v = body.input("v_in", f32_scalar());
    body.output(body.op("Identity", {cond}, "cond_out"), bool_scalar());
    body.output(body.op("Neg", {v}, "v_out"), f32_scalar());
    t.node->attributes = {Attribute::of_graph("body", body.graph)};
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "Loop")->inputs.size() == 3);
}
