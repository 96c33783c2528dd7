// rules/opbridge/rules/onnx/opset/softmax.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {

int64_t axis_of(const Node* n) { return *n->attribute("axis")->get_if<int64_t>(); }

} // namespace

// ---- going up: 2-D coercion -> one axis -----------------------------------------------------

TEST_CASE("Softmax-11 -> Softmax-13 keeps the 2-D coercion by flattening at the axis") {
    SingleNode source("Softmax", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 1)});
    SingleNode t("Softmax", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 1)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    REQUIRE(only_node(t.model, "Flatten"));
    REQUIRE(only_node(t.model, "Reshape"));
    CHECK(axis_of(only_node(t.model, "Softmax")) == 1);
    check_same_outputs(source.model, t.model, "softmax-11-to-13-flatten");
}

TEST_CASE("Softmax-11 -> Softmax-13 writes out the default axis 1 when it is the last dim") {
    SingleNode source("Softmax", 11, {{"x", f32({3, 5})}}, {{"y", f32({3, 5})}});
    SingleNode t("Softmax", 11, {{"x", f32({3, 5})}}, {{"y", f32({3, 5})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(t.model.graph->node_count() == 1);
    CHECK(axis_of(only_node(t.model, "Softmax")) == 1);  // Softmax-13 would default to -1
    check_same_outputs(source.model, t.model, "softmax-11-to-13-default-axis");
}

TEST_CASE("LogSoftmax-11 -> LogSoftmax-13 needs no reshape when only dims of 1 follow the axis") {
    SingleNode source("LogSoftmax", 11, {{"x", f32({2, 5, 1, 1})}}, {{"y", f32({2, 5, 1, 1})}});
    SingleNode t("LogSoftmax", 11, {{"x", f32({2, 5, 1, 1})}}, {{"y", f32({2, 5, 1, 1})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(t.model.graph->node_count() == 1);
    CHECK(axis_of(only_node(t.model, "LogSoftmax")) == 1);
    check_same_outputs(source.model, t.model, "logsoftmax-11-to-13-ones");
}

TEST_CASE("Hardmax-9 -> Hardmax-17 flattens an input of unknown rank at the axis") {
    SingleNode t("Hardmax", 9, {{"x", Type::tensor(DType::float32)}}, {{"y", Type::tensor(DType::float32)}}, {Attribute::of_int("axis", 2)});
    REQUIRE_FALSE(convert(t.model, 17).has_errors());
    const Node* flatten = only_node(t.model, "Flatten");
    REQUIRE(flatten);
    CHECK(axis_of(flatten) == 2);
    CHECK(axis_of(only_node(t.model, "Hardmax")) == 1);
    CHECK(only_node(t.model, "Reshape")->op.version == 17);
}

TEST_CASE("LogSoftmax-9 with axis 0 -> LogSoftmax-13 normalizes over the whole tensor") {
    SingleNode source("LogSoftmax", 9, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 0)});
    SingleNode t("LogSoftmax", 9, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 0)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    check_same_outputs(source.model, t.model, "logsoftmax-9-to-13-axis-0");
}

// ---- going down: one axis -> 2-D coercion ---------------------------------------------------

TEST_CASE("Softmax-13 -> Softmax-11 on the last dim writes out the axis (the default changed)") {
    SingleNode source("Softmax", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}});
    SingleNode t("Softmax", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(t.model.graph->node_count() == 1);
    CHECK(axis_of(only_node(t.model, "Softmax")) == 2);  // Softmax-11 would default to 1
    check_same_outputs(source.model, t.model, "softmax-13-to-11-last");
}

TEST_CASE("Softmax-13 -> Softmax-11 moves an inner axis last with Transpose and back") {
    SingleNode source("Softmax", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 1)});
    SingleNode t("Softmax", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 1)});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(count_nodes(t.model, "Transpose") == 2);
    CHECK(axis_of(only_node(t.model, "Softmax")) == 2);
    // Topological order: Transpose, Softmax, Transpose.
    CHECK(t.model.graph->node_at(0)->op.type == "Transpose");
    CHECK(t.model.graph->node_at(1)->op.type == "Softmax");
    CHECK(t.model.graph->node_at(2)->op.type == "Transpose");
    check_same_outputs(source.model, t.model, "softmax-13-to-11-inner");
}

TEST_CASE("Hardmax-13 -> Hardmax-11 on an inner axis picks the same element") {
    SingleNode source("Hardmax", 13, {{"x", f32({3, 5, 2})}}, {{"y", f32({3, 5, 2})}}, {Attribute::of_int("axis", -2)});
    SingleNode t("Hardmax", 13, {{"x", f32({3, 5, 2})}}, {{"y", f32({3, 5, 2})}}, {Attribute::of_int("axis", -2)});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    check_same_outputs(source.model, t.model, "hardmax-13-to-11-inner");
}

TEST_CASE("LogSoftmax-13 with axis 0 reaches opset 7") {
    SingleNode source("LogSoftmax", 13, {{"x", f32({4, 3})}}, {{"y", f32({4, 3})}}, {Attribute::of_int("axis", 0)});
    SingleNode t("LogSoftmax", 13, {{"x", f32({4, 3})}}, {{"y", f32({4, 3})}}, {Attribute::of_int("axis", 0)});
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(only_node(t.model, "LogSoftmax")->op.version == 7);
    check_same_outputs(source.model, t.model, "logsoftmax-13-to-7");
}

TEST_CASE("Softmax-13 -> Softmax-11 needs no Transpose when only dims of 1 follow the axis") {
    SingleNode t("Softmax", 13, {{"x", f32({2, 6, 1})}}, {{"y", f32({2, 6, 1})}}, {Attribute::of_int("axis", 1)});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(t.model.graph->node_count() == 1);
    CHECK(axis_of(only_node(t.model, "Softmax")) == 1);
}

TEST_CASE("Softmax-13 -> Softmax-11 refuses an inner axis of an input of unknown rank") {
    SingleNode t("Softmax", 13, {{"x", Type::tensor(DType::float32)}}, {{"y", Type::tensor(DType::float32)}}, {Attribute::of_int("axis", 1)});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.unknown-rank");
    CHECK_THAT(d.message, Catch::Contains("axis 1") && Catch::Contains("rank of input 0 is unknown"));
    CHECK_THAT(d.hint, Catch::Contains("opset 13"));
}

TEST_CASE("Softmax-13 with axis -1 on an input of unknown rank goes to opset 11 as axis -1") {
    SingleNode t("Softmax", 13, {{"x", Type::tensor(DType::float32)}}, {{"y", Type::tensor(DType::float32)}});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(axis_of(only_node(t.model, "Softmax")) == -1);
}

// ---- negative axis before opset 11 ---------------------------------------------------------

TEST_CASE("Softmax-11 -> Softmax-10 makes a negative axis non-negative") {
    SingleNode source("Softmax", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", -2)});
    SingleNode t("Softmax", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", -2)});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(axis_of(only_node(t.model, "Softmax")) == 1);
    check_same_outputs(source.model, t.model, "softmax-11-to-10");
}

TEST_CASE("LogSoftmax-11 -> LogSoftmax-10 refuses a negative axis when the rank is unknown") {
    SingleNode t("LogSoftmax", 11, {{"x", Type::tensor(DType::float32)}}, {{"y", Type::tensor(DType::float32)}}, {Attribute::of_int("axis", -1)});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.unknown-rank");
}
