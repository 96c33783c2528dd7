// rules/opbridge/rules/onnx/opset/activations.hpp
#include <limits>

#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

TEST_CASE("HardSwish-14 -> opset 13 becomes x * HardSigmoid(x; 1/6, 1/2) with the same outputs") {
    auto make = [] { return SingleNode("HardSwish", 14, {{"x", f32({2, 8})}}, {{"y", f32({2, 8})}}); };
    check_converts_to_same_outputs(make, 13, "hardswish-to-13");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK_FALSE(has_node(t.model, "HardSwish"));
    const Node* hard_sigmoid = only_node(t.model, "HardSigmoid");
    REQUIRE(hard_sigmoid);
    CHECK(*hard_sigmoid->attribute("alpha")->get_if<double>() == Approx(1.0 / 6));
    CHECK(only_node(t.model, "Mul")->outputs[0]->name() == "y");  // the last node writes the node's own output
}

TEST_CASE("Celu-12 -> opset 11 becomes alpha * Elu(x / alpha)") {
    check_converts_to_same_outputs(
        [] { return SingleNode("Celu", 12, {{"x", f32({3, 4})}}, {{"y", f32({3, 4})}}, {Attribute::of_float("alpha", 2.0)}); }, 11,
        "celu-to-11");
}

TEST_CASE("Gelu-20 -> opset 19 follows x/2 * (1 + erf(x / sqrt 2))") {
    auto make = [] { return SingleNode("Gelu", 20, {{"x", f32({4, 5})}}, {{"y", f32({4, 5})}}); };
    check_converts_to_same_outputs(make, 19, "gelu-erf-to-19");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(has_node(t.model, "Erf"));
}

TEST_CASE("Gelu-20 with approximate='tanh' -> opset 7 follows the tanh approximation, no Erf needed") {
    auto make = [] {
        return SingleNode("Gelu", 20, {{"x", f32({4, 5})}}, {{"y", f32({4, 5})}}, {Attribute::of_string("approximate", "tanh")});
    };
    check_converts_to_same_outputs(make, 7, "gelu-tanh-to-7");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(has_node(t.model, "Tanh"));
    CHECK_FALSE(has_node(t.model, "Erf"));
}

TEST_CASE("Gelu-20 with approximate='none' cannot go below opset 9, where Erf starts") {
    SingleNode t("Gelu", 20, {{"x", f32({4})}}, {{"y", f32({4})}});
    auto diags = convert(t.model, 8);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.field == "attribute 'approximate'");
    CHECK_THAT(d.message, Catch::Contains("Erf exists only from opset 9"));
    CHECK_THAT(d.hint, Catch::Contains("opset 9") && Catch::Contains("tanh"));
}

TEST_CASE("Mish-18 -> opset 17 becomes x * Tanh(Softplus(x))") {
    check_converts_to_same_outputs([] { return SingleNode("Mish", 18, {{"x", f32({2, 6})}}, {{"y", f32({2, 6})}}); }, 17,
                                   "mish-to-17");
}

TEST_CASE("ThresholdedRelu-10 -> opset 9 is exact for infinities on both sides of alpha") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("ThresholdedRelu", 10, {}, {{"y", f32({7})}}, {Attribute::of_float("alpha", 0.5)});
            t.constant_input(0, floats({7}, {-inf, -1.0f, 0.25f, 0.5f, 0.75f, 3.0f, inf}), "x");
            return t;
        },
        9, "thresholdedrelu-inf-to-9");
    check_converts_to_same_outputs(
        [] { return SingleNode("ThresholdedRelu", 10, {{"x", f32({3, 4})}}, {{"y", f32({3, 4})}}); }, 7, "thresholdedrelu-to-7");
}

TEST_CASE("Shrink-9 -> opset 8 rebuilds both branches, infinities included") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("Shrink", 9, {}, {{"y", f32({8})}}, {Attribute::of_float("lambd", 0.3), Attribute::of_float("bias", 0.1)});
            t.constant_input(0, floats({8}, {-inf, -2.0f, -0.3f, -0.1f, 0.0f, 0.3f, 0.31f, inf}), "x");
            return t;
        },
        8, "shrink-inf-to-8");
    check_converts_to_same_outputs([] { return SingleNode("Shrink", 9, {{"x", f32({4, 4})}}, {{"y", f32({4, 4})}}); }, 7,
                                   "shrink-default-to-7");
}

TEST_CASE("Shrink-9 on int32 cannot go below opset 9, where Greater and Less take floats only") {
    SingleNode t("Shrink", 9, {{"x", of(DType::int32, {4})}}, {{"y", of(DType::int32, {4})}});
    auto diags = convert(t.model, 8);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].code == "opset.dtype");
    CHECK_THAT(diags.items()[0].message, Catch::Contains("tensor(int32)") && Catch::Contains("float types"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 9"));
}

TEST_CASE("Shrink-9 with a negative lambd is refused below opset 9: its two branches would overlap") {
    SingleNode t("Shrink", 9, {{"x", f32({4})}}, {{"y", f32({4})}}, {Attribute::of_float("lambd", -0.5)});
    auto diags = convert(t.model, 7);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].field == "attribute 'lambd'");
}

TEST_CASE("An activation decomposition leaves the model untouched when it is refused") {
    SingleNode t("Gelu", 20, {{"x", f32({4})}}, {{"y", f32({4})}});
    REQUIRE(convert(t.model, 7).has_errors());
    CHECK(t.model.graph->node_count() == 1);
    CHECK(only_node(t.model, "Gelu"));
}
