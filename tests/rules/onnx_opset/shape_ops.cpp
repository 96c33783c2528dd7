// rules/opbridge/rules/onnx/opset/shape_ops.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {

Type i64(std::vector<int64_t> dims) { return of(DType::int64, std::move(dims)); }

int64_t int_of(const Node* n, std::string_view name) { return *n->attribute(name)->get_if<int64_t>(); }

std::vector<int64_t> constant_of(const Value* v) {
    REQUIRE(v);
    REQUIRE(v->initializer);
    return *tensor_as_int64s(*v->initializer);
}

// Feeds input `index` of the node from `graph input - offset`: seeded integers (0..9) then
// reach negative values.
void shift_down(SingleNode& t, std::size_t index, int64_t offset) {
    Graph& g = *t.model.graph;
    Value* raw = t.node->inputs[index];
    DType dtype = raw->type.elem_type;
    Value* amount = g.value(raw->name() + "_offset");
    amount->initializer = *make_tensor(dtype, {}, {static_cast<double>(offset)});
    amount->type = Type::tensor(dtype, Shape{});
    g.initializers.push_back(amount);
    Value* shifted = g.value(raw->name() + "_shifted");
    g.insert_node_before(t.node, Op{Dialect::onnx, "", "Sub", t.node->op.version}, {raw, amount}, {shifted}, "shift");
    t.node->inputs[index] = shifted;
}

} // namespace

// ---- Split ------------------------------------------------------------------------------------

TEST_CASE("Split-11 -> Split-13 moves the split attribute into input 1") {
    SingleNode source("Split", 11, {{"x", f32({6, 2})}}, {{"a", f32({2, 2})}, {"b", f32({4, 2})}}, {Attribute::of_ints("split", {2, 4})});
    SingleNode t("Split", 11, {{"x", f32({6, 2})}}, {{"a", f32({2, 2})}, {"b", f32({4, 2})}}, {Attribute::of_ints("split", {2, 4})});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* split = only_node(t.model, "Split");
    CHECK_FALSE(split->attribute("split"));
    CHECK(constant_of(split->input(1)) == std::vector<int64_t>{2, 4});
    check_same_outputs(source.model, t.model, "split-11-to-13");
}

TEST_CASE("Split-13 -> Split-11 folds a constant split input into the attribute") {
    SingleNode t("Split", 13, {{"x", f32({6, 2})}}, {{"a", f32({2, 2})}, {"b", f32({4, 2})}});
    t.constant_input(1, make_int64_tensor({2}, {2, 4}), "split");
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* split = only_node(t.model, "Split");
    CHECK(split->inputs.size() == 1);
    CHECK(ints_of(split, "split") == std::vector<int64_t>{2, 4});
}

TEST_CASE("Split-13 -> Split-11 refuses split sizes computed at run time") {
    SingleNode t("Split", 13, {{"x", f32({6, 2})}, {"sizes", i64({2})}}, {{"a", f32({2, 2})}, {"b", f32({4, 2})}});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.needs-constant");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 13"));
}

TEST_CASE("Split-13 without split -> Split-18 says num_outputs explicitly") {
    SingleNode source("Split", 13, {{"x", f32({6})}}, {{"a", f32({2})}, {"b", f32({2})}, {"c", f32({2})}});
    SingleNode t("Split", 13, {{"x", f32({6})}}, {{"a", f32({2})}, {"b", f32({2})}, {"c", f32({2})}});
    REQUIRE_FALSE(convert(t.model, 18).has_errors());
    CHECK(int_of(only_node(t.model, "Split"), "num_outputs") == 3);
    check_same_outputs(source.model, t.model, "split-13-to-18");
}

TEST_CASE("Split-18 num_outputs with an even split -> Split-13 drops it") {
    SingleNode t("Split", 18, {{"x", f32({6})}}, {{"a", f32({3})}, {"b", f32({3})}}, {Attribute::of_int("num_outputs", 2)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* split = only_node(t.model, "Split");
    CHECK_FALSE(split->attribute("num_outputs"));
    CHECK(split->inputs.size() == 1);
}

TEST_CASE("Split-18 num_outputs with an uneven split -> Split-13 gives the sizes, the last part smaller") {
    SingleNode source("Split", 18, {{"x", f32({2, 7})}}, {{"a", f32({2, 3})}, {"b", f32({2, 3})}, {"c", f32({2, 1})}},
                      {Attribute::of_int("axis", -1), Attribute::of_int("num_outputs", 3)});
    SingleNode t("Split", 18, {{"x", f32({2, 7})}}, {{"a", f32({2, 3})}, {"b", f32({2, 3})}, {"c", f32({2, 1})}},
                 {Attribute::of_int("axis", -1), Attribute::of_int("num_outputs", 3)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(constant_of(only_node(t.model, "Split")->input(1)) == std::vector<int64_t>{3, 3, 1});
    check_same_outputs(source.model, t.model, "split-18-to-13-uneven");
}

TEST_CASE("Split-18 num_outputs on an axis of unknown size -> Split-13 computes the sizes at run time") {
    SingleNode source("Split", 18, {{"x", f32({7})}}, {{"a", f32({3})}, {"b", f32({3})}, {"c", f32({1})}}, {Attribute::of_int("num_outputs", 3)});
    Type open = Type::tensor(DType::float32, Shape{Dim::symbolic("n")});
    SingleNode t("Split", 18, {{"x", open}}, {{"a", open}, {"b", open}, {"c", open}}, {Attribute::of_int("num_outputs", 3)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* split = only_node(t.model, "Split");
    REQUIRE(split->input(1));
    CHECK(split->input(1)->producer->op.type == "Concat");
    check_same_outputs(source.model, t.model, "split-18-to-13-run-time");
}

TEST_CASE("Split-18 num_outputs on an axis of unknown size cannot go below opset 13") {
    Type open = Type::tensor(DType::float32, Shape{Dim::symbolic("n")});
    SingleNode t("Split", 18, {{"x", open}}, {{"a", open}, {"b", open}}, {Attribute::of_int("num_outputs", 2)});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.unknown-dim");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 13"));
}

TEST_CASE("Split-11 -> Split-10 makes a negative axis non-negative") {
    SingleNode source("Split", 11, {{"x", f32({2, 4})}}, {{"a", f32({2, 2})}, {"b", f32({2, 2})}}, {Attribute::of_int("axis", -1)});
    SingleNode t("Split", 11, {{"x", f32({2, 4})}}, {{"a", f32({2, 2})}, {"b", f32({2, 2})}}, {Attribute::of_int("axis", -1)});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(int_of(only_node(t.model, "Split"), "axis") == 1);
    check_same_outputs(source.model, t.model, "split-11-to-10");
}

// ---- Squeeze / Unsqueeze ---------------------------------------------------------------------

TEST_CASE("Squeeze-11 -> Squeeze-13 moves the axes attribute into input 1") {
    SingleNode source("Squeeze", 11, {{"x", f32({2, 1, 3})}}, {{"y", f32({2, 3})}}, {Attribute::of_ints("axes", {-2})});
    SingleNode t("Squeeze", 11, {{"x", f32({2, 1, 3})}}, {{"y", f32({2, 3})}}, {Attribute::of_ints("axes", {-2})});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(constant_of(only_node(t.model, "Squeeze")->input(1)) == std::vector<int64_t>{-2});
    check_same_outputs(source.model, t.model, "squeeze-11-to-13");
}

TEST_CASE("Squeeze-13 with constant negative axes reaches opset 7 with non-negative axes") {
    SingleNode source("Squeeze", 13, {{"x", f32({2, 1, 3, 1})}}, {{"y", f32({2, 3})}});
    source.constant_input(1, make_int64_tensor({2}, {-1, 1}), "axes");
    SingleNode t("Squeeze", 13, {{"x", f32({2, 1, 3, 1})}}, {{"y", f32({2, 3})}});
    t.constant_input(1, make_int64_tensor({2}, {-1, 1}), "axes");
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(ints_of(only_node(t.model, "Squeeze"), "axes") == std::vector<int64_t>{3, 1});
    check_same_outputs(source.model, t.model, "squeeze-13-to-7");
}

TEST_CASE("Unsqueeze-11 -> Unsqueeze-10 counts negative axes in the output rank") {
    SingleNode source("Unsqueeze", 11, {{"x", f32({2, 3})}}, {{"y", f32({2, 3, 1, 1})}}, {Attribute::of_ints("axes", {-1, -2})});
    SingleNode t("Unsqueeze", 11, {{"x", f32({2, 3})}}, {{"y", f32({2, 3, 1, 1})}}, {Attribute::of_ints("axes", {-1, -2})});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(ints_of(only_node(t.model, "Unsqueeze"), "axes") == std::vector<int64_t>{3, 2});
    check_same_outputs(source.model, t.model, "unsqueeze-11-to-10");
}

TEST_CASE("Unsqueeze-13 -> Unsqueeze-11 refuses axes computed at run time") {
    SingleNode t("Unsqueeze", 13, {{"x", f32({2, 3})}, {"axes", i64({1})}}, {{"y", f32({2, 1, 3})}});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.needs-constant");
}

TEST_CASE("Unsqueeze-9 -> Unsqueeze-13 moves the axes attribute into input 1") {
    SingleNode source("Unsqueeze", 9, {{"x", f32({2, 3})}}, {{"y", f32({1, 2, 3})}}, {Attribute::of_ints("axes", {0})});
    SingleNode t("Unsqueeze", 9, {{"x", f32({2, 3})}}, {{"y", f32({1, 2, 3})}}, {Attribute::of_ints("axes", {0})});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(constant_of(only_node(t.model, "Unsqueeze")->input(1)) == std::vector<int64_t>{0});
    check_same_outputs(source.model, t.model, "unsqueeze-9-to-13");
}

// ---- Reshape, Shape -------------------------------------------------------------------------

TEST_CASE("Reshape-14 -> Reshape-13 drops allowzero when the shape has no 0") {
    SingleNode source("Reshape", 14, {{"x", f32({2, 3})}}, {{"y", f32({3, 2})}}, {Attribute::of_int("allowzero", 1)});
    source.constant_input(1, make_int64_tensor({2}, {3, -1}), "shape");
    SingleNode t("Reshape", 14, {{"x", f32({2, 3})}}, {{"y", f32({3, 2})}}, {Attribute::of_int("allowzero", 1)});
    t.constant_input(1, make_int64_tensor({2}, {3, -1}), "shape");
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK_FALSE(only_node(t.model, "Reshape")->attribute("allowzero"));
    check_same_outputs(source.model, t.model, "reshape-14-to-13");
}

TEST_CASE("Reshape-14 allowzero=1 with a shape computed at run time cannot go to opset 13") {
    SingleNode t("Reshape", 14, {{"x", f32({2, 3})}, {"shape", i64({2})}}, {{"y", f32({3, 2})}}, {Attribute::of_int("allowzero", 1)});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.attribute-value");
    CHECK_THAT(d.message, Catch::Contains("allowzero=1"));
    CHECK_THAT(d.hint, Catch::Contains("opset 14"));
}

TEST_CASE("Reshape-14 allowzero=0 -> Reshape-13 drops it") {
    SingleNode t("Reshape", 14, {{"x", f32({2, 3})}, {"shape", i64({2})}}, {{"y", f32({3, 2})}}, {Attribute::of_int("allowzero", 0)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "Reshape")->attributes.empty());
}

TEST_CASE("Shape-15 start/end -> Shape-13 and a Slice of the shape") {
    SingleNode source("Shape", 15, {{"x", f32({2, 3, 4, 5})}}, {{"y", i64({2})}}, {Attribute::of_int("start", 1), Attribute::of_int("end", -1)});
    SingleNode t("Shape", 15, {{"x", f32({2, 3, 4, 5})}}, {{"y", i64({2})}}, {Attribute::of_int("start", 1), Attribute::of_int("end", -1)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "Shape")->attributes.empty());
    const Node* slice = only_node(t.model, "Slice");
    REQUIRE(slice);
    CHECK(slice->outputs[0]->name() == "y");
    check_same_outputs(source.model, t.model, "shape-15-to-13");
}

TEST_CASE("Shape-15 start only -> opset 9 slices with Slice-1 attributes") {
    SingleNode source("Shape", 15, {{"x", f32({2, 3, 4})}}, {{"y", i64({1})}}, {Attribute::of_int("start", -1)});
    SingleNode t("Shape", 15, {{"x", f32({2, 3, 4})}}, {{"y", i64({1})}}, {Attribute::of_int("start", -1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* slice = only_node(t.model, "Slice");
    REQUIRE(slice);
    CHECK(ints_of(slice, "starts") == std::vector<int64_t>{-1});
    check_same_outputs(source.model, t.model, "shape-15-to-9");
}

TEST_CASE("Shape-15 with default start and end -> Shape-13 adds nothing") {
    SingleNode t("Shape", 15, {{"x", f32({2, 3})}}, {{"y", i64({2})}}, {Attribute::of_int("start", 0)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(t.model.graph->node_count() == 1);
}

// ---- Slice ------------------------------------------------------------------------------------

TEST_CASE("Slice-1 -> Slice-10 moves starts/ends/axes into inputs 1..3") {
    std::vector<Attribute> attributes{Attribute::of_ints("starts", {1, 0}), Attribute::of_ints("ends", {3, -1}), Attribute::of_ints("axes", {0, 1})};
    SingleNode source("Slice", 9, {{"x", f32({4, 5})}}, {{"y", f32({2, 4})}}, attributes);
    SingleNode t("Slice", 9, {{"x", f32({4, 5})}}, {{"y", f32({2, 4})}}, attributes);
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* slice = only_node(t.model, "Slice");
    CHECK(slice->attributes.empty());
    REQUIRE(slice->inputs.size() == 4);
    CHECK(constant_of(slice->input(2)) == std::vector<int64_t>{3, -1});
    check_same_outputs(source.model, t.model, "slice-9-to-10");
}

TEST_CASE("Slice-13 with constant inputs and negative axes reaches opset 9 as attributes") {
    auto build = [](SingleNode& t) {
        t.constant_input(1, make_int64_tensor({1}, {1}), "starts");
        t.constant_input(2, make_int64_tensor({1}, {4}), "ends");
        t.constant_input(3, make_int64_tensor({1}, {-1}), "axes");
        t.constant_input(4, make_int64_tensor({1}, {1}), "steps");
    };
    SingleNode source("Slice", 13, {{"x", f32({2, 5})}}, {{"y", f32({2, 3})}});
    build(source);
    SingleNode t("Slice", 13, {{"x", f32({2, 5})}}, {{"y", f32({2, 3})}});
    build(t);
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* slice = only_node(t.model, "Slice");
    CHECK(slice->inputs.size() == 1);
    CHECK(ints_of(slice, "axes") == std::vector<int64_t>{1});
    check_same_outputs(source.model, t.model, "slice-13-to-9");
}

TEST_CASE("Slice-10 with steps other than 1 cannot go to opset 9") {
    SingleNode t("Slice", 10, {{"x", f32({6})}}, {{"y", f32({3})}});
    t.constant_input(1, make_int64_tensor({1}, {0}), "starts");
    t.constant_input(2, make_int64_tensor({1}, {6}), "ends");
    t.constant_input(3, make_int64_tensor({1}, {0}), "axes");
    t.constant_input(4, make_int64_tensor({1}, {2}), "steps");
    auto diags = convert(t.model, 9);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.input-unsupported");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 10"));
}

TEST_CASE("Slice-11 -> Slice-10 refuses axes computed at run time") {
    SingleNode t("Slice", 11, {{"x", f32({2, 5})}, {"starts", i64({1})}, {"ends", i64({1})}, {"axes", i64({1})}}, {{"y", f32({2, 3})}});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.needs-constant");
    CHECK_THAT(d.message, Catch::Contains("negative axes"));
    CHECK_THAT(d.hint, Catch::Contains("opset 11"));
}

// ---- Pad --------------------------------------------------------------------------------------

TEST_CASE("Pad-2 -> Pad-11 moves pads and value into inputs 1 and 2") {
    std::vector<Attribute> attributes{Attribute::of_ints("pads", {0, 1, 1, 0}), Attribute::of_float("value", 2.5)};
    SingleNode source("Pad", 9, {{"x", f32({2, 3})}}, {{"y", f32({3, 4})}}, attributes);
    SingleNode t("Pad", 9, {{"x", f32({2, 3})}}, {{"y", f32({3, 4})}}, attributes);
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* pad = only_node(t.model, "Pad");
    CHECK(pad->attribute("mode") == nullptr);
    REQUIRE(pad->inputs.size() == 3);
    CHECK(constant_of(pad->input(1)) == std::vector<int64_t>{0, 1, 1, 0});
    CHECK(pad->input(2)->initializer->dtype == DType::float32);
    check_same_outputs(source.model, t.model, "pad-9-to-11");
}

TEST_CASE("Pad-11 -> Pad-2 folds constant pads and value into attributes") {
    SingleNode source("Pad", 11, {{"x", f32({2, 3})}}, {{"y", f32({2, 6})}}, {Attribute::of_string("mode", "reflect")});
    source.constant_input(1, make_int64_tensor({4}, {0, 2, 0, 1}), "pads");
    SingleNode t("Pad", 11, {{"x", f32({2, 3})}}, {{"y", f32({2, 6})}}, {Attribute::of_string("mode", "reflect")});
    t.constant_input(1, make_int64_tensor({4}, {0, 2, 0, 1}), "pads");
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* pad = only_node(t.model, "Pad");
    CHECK(pad->inputs.size() == 1);
    CHECK(ints_of(pad, "pads") == std::vector<int64_t>{0, 2, 0, 1});
    check_same_outputs(source.model, t.model, "pad-11-to-9");
}

TEST_CASE("Pad-18 with axes -> Pad-13 spreads the pads over every axis") {
    auto build = [](SingleNode& t) {
        t.constant_input(1, make_int64_tensor({2}, {1, 2}), "pads");
        t.constant_input(3, make_int64_tensor({1}, {-1}), "axes");
    };
    SingleNode source("Pad", 18, {{"x", f32({2, 3})}}, {{"y", f32({2, 6})}});
    build(source);
    SingleNode t("Pad", 18, {{"x", f32({2, 3})}}, {{"y", f32({2, 6})}});
    build(t);
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* pad = only_node(t.model, "Pad");
    CHECK(pad->inputs.size() == 2);
    CHECK(constant_of(pad->input(1)) == std::vector<int64_t>{0, 1, 0, 2});
    check_same_outputs(source.model, t.model, "pad-18-to-13");
}

TEST_CASE("Pad-18 with axes computed at run time cannot go to opset 13") {
    SingleNode t("Pad", 18, {{"x", f32({2, 3})}, {"pads", i64({2})}, {"", {}}, {"axes", i64({1})}}, {{"y", f32({2, 6})}});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.input-unsupported");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}

TEST_CASE("Pad-19 mode wrap cannot go to opset 18") {
    SingleNode t("Pad", 19, {{"x", f32({2, 3})}, {"pads", i64({4})}}, {{"y", f32({2, 6})}}, {Attribute::of_string("mode", "wrap")});
    auto diags = convert(t.model, 18);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.attribute-value");
    CHECK_THAT(diags.items()[0].message, Catch::Contains("'wrap'"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 19"));
}

// ---- DepthToSpace -----------------------------------------------------------------------------

TEST_CASE("DepthToSpace-11 mode CRD -> DepthToSpace-10 permutes the channels first") {
    std::vector<Attribute> attributes{Attribute::of_int("blocksize", 2), Attribute::of_string("mode", "CRD")};
    SingleNode source("DepthToSpace", 11, {{"x", f32({1, 8, 2, 3})}}, {{"y", f32({1, 2, 4, 6})}}, attributes);
    SingleNode t("DepthToSpace", 11, {{"x", f32({1, 8, 2, 3})}}, {{"y", f32({1, 2, 4, 6})}}, attributes);
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK_FALSE(only_node(t.model, "DepthToSpace")->attribute("mode"));
    REQUIRE(only_node(t.model, "Gather"));
    check_same_outputs(source.model, t.model, "depthtospace-crd-to-10");
}

TEST_CASE("DepthToSpace-11 mode DCR -> DepthToSpace-10 drops the mode") {
    SingleNode t("DepthToSpace", 11, {{"x", f32({1, 8, 2, 3})}}, {{"y", f32({1, 2, 4, 6})}},
                 {Attribute::of_int("blocksize", 2), Attribute::of_string("mode", "DCR")});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(t.model.graph->node_count() == 1);
    CHECK_FALSE(only_node(t.model, "DepthToSpace")->attribute("mode"));
}

TEST_CASE("DepthToSpace-11 mode CRD needs the channel count to go to opset 10") {
    Type x = Type::tensor(DType::float32, Shape{Dim::known(1), Dim::symbolic("c"), Dim::known(2), Dim::known(3)});
    SingleNode t("DepthToSpace", 11, {{"x", x}}, {{"y", Type::tensor(DType::float32)}},
                 {Attribute::of_int("blocksize", 2), Attribute::of_string("mode", "CRD")});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.unknown-dim");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 11"));
}

// ---- Constant ---------------------------------------------------------------------------------

TEST_CASE("Constant-12 value_ints -> Constant-11 holds the same values as a tensor") {
    SingleNode source("Constant", 12, {}, {{"y", i64({3})}}, {Attribute::of_ints("value_ints", {4, -5, 6})});
    SingleNode t("Constant", 12, {}, {{"y", i64({3})}}, {Attribute::of_ints("value_ints", {4, -5, 6})});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* constant = only_node(t.model, "Constant");
    REQUIRE(constant->attribute("value"));
    const Tensor& value = *constant->attribute("value")->get_if<Tensor>();
    CHECK(value.dims == std::vector<int64_t>{3});
    CHECK(*tensor_as_int64s(value) == std::vector<int64_t>{4, -5, 6});
    check_same_outputs(source.model, t.model, "constant-12-to-11");
}

TEST_CASE("Constant-12 value_float -> Constant-9 is a float scalar tensor") {
    SingleNode t("Constant", 12, {}, {{"y", f32({})}}, {Attribute::of_float("value_float", 0.25)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Tensor& value = *only_node(t.model, "Constant")->attribute("value")->get_if<Tensor>();
    CHECK(value.dtype == DType::float32);
    CHECK(value.dims.empty());
    CHECK(value.at<float>(0) == 0.25f);
}

TEST_CASE("Constant-11 sparse_value -> Constant-9 makes it dense") {
    SparseTensor sparse{Tensor::from_vector<float>(DType::float32, {2}, {1.5f, -2.0f}), make_int64_tensor({2}, {1, 4}), {2, 3}};
    Attribute attribute("sparse_value", AttributeKind::sparse_tensor, sparse);
    SingleNode t("Constant", 11, {}, {{"y", f32({2, 3})}}, {attribute});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* constant = only_node(t.model, "Constant");
    CHECK_FALSE(constant->attribute("sparse_value"));
    const Tensor& value = *constant->attribute("value")->get_if<Tensor>();
    CHECK(value.dims == std::vector<int64_t>{2, 3});
    CHECK(value.to_vector<float>() == std::vector<float>{0, 1.5f, 0, 0, -2.0f, 0});
}

// ---- Identity -----------------------------------------------------------------------------------

TEST_CASE("Identity-14 on a sequence cannot go to opset 13") {
    Type sequence;
    sequence.kind = Type::Kind::sequence;
    sequence.element = std::make_shared<Type>(f32({2}));
    SingleNode t("Identity", 14, {{"x", sequence}}, {{"y", sequence}});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.dtype");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 14"));
}

TEST_CASE("Identity-14 on a tensor -> Identity-13 needs no change") {
    SingleNode t("Identity", 14, {{"x", f32({2})}}, {{"y", f32({2})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "Identity")->op.version == 13);
}

// ---- GatherND ---------------------------------------------------------------------------------

TEST_CASE("GatherND-12 batch_dims=0 -> GatherND-11 drops it") {
    SingleNode t("GatherND", 12, {{"x", f32({2, 2})}, {"i", i64({2, 2})}}, {{"y", f32({2})}}, {Attribute::of_int("batch_dims", 0)});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(only_node(t.model, "GatherND")->attributes.empty());
}

TEST_CASE("GatherND-12 batch_dims=1 cannot go to opset 11") {
    SingleNode t("GatherND", 12, {{"x", f32({2, 2})}, {"i", i64({2, 1})}}, {{"y", f32({2})}}, {Attribute::of_int("batch_dims", 1)});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.attribute-value");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 12"));
}

TEST_CASE("GatherND-11 does not exist at opset 10: the reason and the fix are named") {
    SingleNode t("GatherND", 11, {{"x", f32({2, 2})}, {"i", i64({2, 2})}}, {{"y", f32({2})}});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.op-missing");
    CHECK_THAT(diags.items()[0].message, Catch::Contains("index tuples"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 11"));
}

// ---- TopK ---------------------------------------------------------------------------------------

TEST_CASE("TopK-1 -> TopK-10 moves k into input 1 as a 1-D tensor of one element") {
    SingleNode source("TopK", 9, {{"x", f32({3, 5})}}, {{"v", f32({3, 2})}, {"i", i64({3, 2})}}, {Attribute::of_int("k", 2)});
    SingleNode t("TopK", 9, {{"x", f32({3, 5})}}, {{"v", f32({3, 2})}, {"i", i64({3, 2})}}, {Attribute::of_int("k", 2)});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* topk = only_node(t.model, "TopK");
    CHECK_FALSE(topk->attribute("k"));
    REQUIRE(topk->input(1));
    CHECK(topk->input(1)->initializer->dims == std::vector<int64_t>{1});
    check_same_outputs(source.model, t.model, "topk-9-to-10");
}

TEST_CASE("TopK-10 -> TopK-1 folds a constant k into the attribute") {
    SingleNode t("TopK", 10, {{"x", f32({3, 5})}}, {{"v", f32({3, 2})}, {"i", i64({3, 2})}});
    t.constant_input(1, make_int64_tensor({1}, {2}), "k");
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* topk = only_node(t.model, "TopK");
    CHECK(topk->inputs.size() == 1);
    CHECK(int_of(topk, "k") == 2);
}

TEST_CASE("TopK-11 largest=0 -> TopK-10 takes the largest of -x and negates the values back") {
    std::vector<Attribute> attributes{Attribute::of_int("largest", 0), Attribute::of_int("sorted", 1), Attribute::of_int("axis", 0)};
    SingleNode source("TopK", 11, {{"x", f32({6, 2})}}, {{"v", f32({3, 2})}, {"i", i64({3, 2})}}, attributes);
    source.constant_input(1, make_int64_tensor({1}, {3}), "k");
    SingleNode t("TopK", 11, {{"x", f32({6, 2})}}, {{"v", f32({3, 2})}, {"i", i64({3, 2})}}, attributes);
    t.constant_input(1, make_int64_tensor({1}, {3}), "k");
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* topk = only_node(t.model, "TopK");
    CHECK_FALSE(topk->attribute("largest"));
    CHECK_FALSE(topk->attribute("sorted"));
    // Neg, TopK, Neg in that order.
    CHECK(t.model.graph->node_at(0)->op.type == "Neg");
    CHECK(t.model.graph->node_at(1)->op.type == "TopK");
    CHECK(t.model.graph->node_at(2)->op.type == "Neg");
    check_same_outputs(source.model, t.model, "topk-smallest-to-10");
}

TEST_CASE("TopK-11 largest=0 on integers cannot go to opset 10") {
    SingleNode t("TopK", 11, {{"x", of(DType::int32, {6})}, {"k", i64({1})}}, {{"v", of(DType::int32, {3})}, {"i", i64({3})}},
                 {Attribute::of_int("largest", 0)});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.attribute-value");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 11"));
}

// ---- negative axes before opset 11 ------------------------------------------------------------

TEST_CASE("Flatten-11 -> Flatten-9 makes a negative axis non-negative") {
    SingleNode source("Flatten", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({6, 4})}}, {Attribute::of_int("axis", -1)});
    SingleNode t("Flatten", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({6, 4})}}, {Attribute::of_int("axis", -1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(int_of(only_node(t.model, "Flatten"), "axis") == 2);
    check_same_outputs(source.model, t.model, "flatten-11-to-9");
}

TEST_CASE("Concat-13 -> Concat-7 makes a negative axis non-negative") {
    SingleNode source("Concat", 13, {{"a", f32({2, 3})}, {"b", f32({2, 1})}}, {{"y", f32({2, 4})}}, {Attribute::of_int("axis", -1)});
    SingleNode t("Concat", 13, {{"a", f32({2, 3})}, {"b", f32({2, 1})}}, {{"y", f32({2, 4})}}, {Attribute::of_int("axis", -1)});
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(int_of(only_node(t.model, "Concat"), "axis") == 1);
    check_same_outputs(source.model, t.model, "concat-13-to-7");
}

TEST_CASE("Compress-11 -> Compress-9 makes a negative axis non-negative") {
    SingleNode t("Compress", 11, {{"x", f32({2, 3})}, {"c", of(DType::boolean, {3})}}, {{"y", Type::tensor(DType::float32)}},
                 {Attribute::of_int("axis", -1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(int_of(only_node(t.model, "Compress"), "axis") == 1);
}

TEST_CASE("Compress does not exist at opset 8: the reason and the fix are named") {
    SingleNode t("Compress", 11, {{"x", f32({2, 3})}, {"c", of(DType::boolean, {3})}}, {{"y", Type::tensor(DType::float32)}});
    auto diags = convert(t.model, 8);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.op-missing");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 9"));
}

// ---- Gather / OneHot: negative indices ----------------------------------------------------------

TEST_CASE("Gather-11 -> Gather-10 rewrites constant negative indices") {
    SingleNode source("Gather", 11, {{"x", f32({5, 2})}}, {{"y", f32({3, 2})}});
    source.constant_input(1, make_int64_tensor({3}, {-1, 0, -5}), "i");
    SingleNode t("Gather", 11, {{"x", f32({5, 2})}}, {{"y", f32({3, 2})}});
    t.constant_input(1, make_int64_tensor({3}, {-1, 0, -5}), "i");
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(constant_of(only_node(t.model, "Gather")->input(1)) == std::vector<int64_t>{4, 0, 0});
    check_same_outputs(source.model, t.model, "gather-11-to-10-constant");
}

TEST_CASE("Gather-13 -> Gather-9 wraps negative indices computed at run time") {
    SingleNode source("Gather", 13, {{"x", f32({3, 5})}, {"i", i64({4})}}, {{"y", f32({3, 4})}}, {Attribute::of_int("axis", -1)});
    shift_down(source, 1, 5);  // indices -5..4
    SingleNode t("Gather", 13, {{"x", f32({3, 5})}, {"i", i64({4})}}, {{"y", f32({3, 4})}}, {Attribute::of_int("axis", -1)});
    shift_down(t, 1, 5);
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* less = only_node(t.model, "Less");
    REQUIRE(less);
    CHECK(less->op.version == 9);
    CHECK(int_of(only_node(t.model, "Gather"), "axis") == 1);
    check_same_outputs(source.model, t.model, "gather-13-to-9-run-time");
}

TEST_CASE("Gather-11 -> Gather-7 compares indices as doubles (Less-7 takes floats only)") {
    Type open = Type::tensor(DType::float32, Shape{Dim::symbolic("n"), Dim::known(2)});
    SingleNode source("Gather", 11, {{"x", f32({6, 2})}, {"i", of(DType::int32, {3})}}, {{"y", f32({3, 2})}});
    shift_down(source, 1, 6);  // indices -6..3
    SingleNode t("Gather", 11, {{"x", open}, {"i", of(DType::int32, {3})}}, {{"y", f32({3, 2})}});
    shift_down(t, 1, 6);
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    REQUIRE(only_node(t.model, "Shape"));  // the size of axis 0 is read at run time
    check_same_outputs(source.model, t.model, "gather-11-to-7-run-time");
}

TEST_CASE("OneHot-11 -> OneHot-9 wraps negative indices by depth") {
    auto build = [](SingleNode& t) {
        shift_down(t, 0, 5);  // indices -5..4
        t.constant_input(1, Tensor::from_vector<float>(DType::float32, {}, {10.0f}), "depth");
    };
    SingleNode source("OneHot", 11, {{"i", i64({2, 3})}, {"", {}}, {"values", f32({2})}}, {{"y", f32({2, 3, 10})}});
    build(source);
    SingleNode t("OneHot", 11, {{"i", i64({2, 3})}, {"", {}}, {"values", f32({2})}}, {{"y", f32({2, 3, 10})}});
    build(t);
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    REQUIRE(only_node(t.model, "Less"));
    check_same_outputs(source.model, t.model, "onehot-11-to-9");
}

TEST_CASE("OneHot-11 -> OneHot-9 makes an axis below -1 non-negative") {
    SingleNode t("OneHot", 11, {{"", {}}, {"depth", i64({})}, {"values", f32({2})}}, {{"y", f32({2, 4, 3})}},
                 {Attribute::of_int("axis", -2)});
    t.constant_input(0, make_int64_tensor({2, 3}, {0, 1, 2, 3, 2, 1}), "i");
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(int_of(only_node(t.model, "OneHot"), "axis") == 1);
}
