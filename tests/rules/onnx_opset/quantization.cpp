// rules/opbridge/rules/onnx/opset/quantization.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {

Tensor uint8s(std::vector<int64_t> dims, std::vector<uint8_t> values) {
    return Tensor::from_vector<uint8_t>(DType::uint8, std::move(dims), values);
}
Tensor int8s(std::vector<int64_t> dims, std::vector<int8_t> values) {
    return Tensor::from_vector<int8_t>(DType::int8, std::move(dims), values);
}

// x has ties (k + 1/2) and values beyond the 8-bit range, to test rounding and saturation.
Tensor quantize_test_input() {
    return floats({2, 3, 2}, {0.0f, 0.5f, 1.5f, 2.5f, -0.5f, -2.5f, 3.0f, 1000.0f, -1000.0f, 127.5f, -128.5f, 254.5f});
}

SingleNode quantize(int64_t opset, Tensor x, Tensor scale, std::optional<Tensor> zero_point, std::vector<Attribute> attributes = {}) {
    DType out = zero_point ? zero_point->dtype : DType::uint8;
    std::vector<int64_t> dims = x.dims;
    SingleNode t("QuantizeLinear", opset, {}, {{"y", of(out, dims)}}, std::move(attributes));
    t.constant_input(0, std::move(x), "x");
    t.constant_input(1, std::move(scale), "scale");
    if (zero_point) t.constant_input(2, std::move(*zero_point), "zero_point");
    return t;
}

} // namespace

TEST_CASE("QuantizeLinear-10 -> opset 9 rounds half to even and saturates to the zero point's type") {
    check_converts_to_same_outputs([] { return quantize(10, quantize_test_input(), floats({}, {1.0f}), uint8s({}, {3})); }, 9,
                                   "quantize-uint8-to-9");
    check_converts_to_same_outputs([] { return quantize(10, quantize_test_input(), floats({}, {0.5f}), int8s({}, {-2})); }, 7,
                                   "quantize-int8-to-7");
    check_converts_to_same_outputs([] { return quantize(10, quantize_test_input(), floats({}, {2.0f}), std::nullopt); }, 9,
                                   "quantize-no-zero-point-to-9");
}

TEST_CASE("DequantizeLinear-10 -> opset 9 becomes (x - zero point) * scale") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("DequantizeLinear", 10, {{"x", of(DType::uint8, {2, 5})}}, {{"y", f32({2, 5})}});
            t.constant_input(1, floats({}, {0.25f}), "scale");
            t.constant_input(2, uint8s({}, {4}), "zero_point");
            return t;
        },
        9, "dequantize-to-9");
}

TEST_CASE("QuantizeLinear-13 with one scale -> QuantizeLinear-10 only drops 'axis'") {
    SingleNode t = quantize(13, quantize_test_input(), floats({1}, {0.5f}), uint8s({1}, {1}), {Attribute::of_int("axis", 2)});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* q = only_node(t.model, "QuantizeLinear");
    REQUIRE(q);
    CHECK_FALSE(q->attribute("axis"));
    CHECK(t.model.graph->node_count() == 1);
}

TEST_CASE("QuantizeLinear-13 per axis -> opset 11 scales and shifts each slice before a per-tensor node") {
    auto make = [] {
        return quantize(13, quantize_test_input(), floats({3}, {0.5f, 1.0f, 4.0f}), uint8s({3}, {0, 10, 128}), {Attribute::of_int("axis", 1)});
    };
    check_converts_to_same_outputs(make, 11, "quantize-per-axis-to-11");
    check_converts_to_same_outputs(
        [] { return quantize(13, quantize_test_input(), floats({2}, {0.5f, 3.0f}), int8s({2}, {-3, 5}), {Attribute::of_int("axis", -1)}); }, 10,
        "quantize-per-last-axis-to-10");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 12).has_errors());
    const Node* q = only_node(t.model, "QuantizeLinear");
    REQUIRE(q->inputs[1]->initializer);
    CHECK(q->inputs[1]->initializer->at<float>(0) == 1.0f);
}

TEST_CASE("DequantizeLinear-13 per axis -> opset 12 applies each slice's zero point and scale after the node") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("DequantizeLinear", 13, {{"x", of(DType::int8, {2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("axis", 1)});
            t.constant_input(1, floats({3}, {0.5f, 0.25f, 2.0f}), "scale");
            t.constant_input(2, int8s({3}, {-1, 0, 7}), "zero_point");
            return t;
        },
        12, "dequantize-per-axis-to-12");
}

TEST_CASE("QuantizeLinear-13 whose scale has an unknown shape cannot go to opset 12") {
    SingleNode t("QuantizeLinear", 13, {{"x", f32({2, 3})}, {"scale", Type::tensor(DType::float32)}}, {{"y", of(DType::uint8, {2, 3})}});
    auto d = refusal(t.model, 12);
    CHECK(d.code == "opset.needs-shape");
    CHECK(d.field == "input 1 ('scale')");
}

TEST_CASE("QuantizeLinear-10 -> QuantizeLinear-13 needs no change") {
    SingleNode t = quantize(10, quantize_test_input(), floats({}, {1.0f}), uint8s({}, {3}));
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "QuantizeLinear")->attributes.empty());
}

TEST_CASE("QuantizeLinear-19 -> QuantizeLinear-13 drops 'saturate', which only concerns float8") {
    auto make = [] { return quantize(19, quantize_test_input(), floats({}, {1.0f}), int8s({}, {0}), {Attribute::of_int("saturate", 1)}); };
    check_converts_to_same_outputs(make, 13, "quantize-19-to-13");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "QuantizeLinear")->attributes.empty());
}

TEST_CASE("QuantizeLinear-19 with a float16 scale cannot go to opset 18") {
    SingleNode t("QuantizeLinear", 19, {{"x", f32({4})}, {"scale", of(DType::float16, {})}}, {{"y", of(DType::uint8, {4})}});
    auto d = refusal(t.model, 18);
    CHECK(d.code == "opset.dtype");
    CHECK(d.field == "input 1 ('scale')");
    CHECK_THAT(d.message, Catch::Contains("tensor(float16)"));
}

TEST_CASE("QuantizeLinear-21 -> QuantizeLinear-19 turns 'output_dtype' into a zero point of that type") {
    auto make = [] {
        return quantize(21, quantize_test_input(), floats({}, {2.0f}), std::nullopt,
                        {Attribute::of_int("output_dtype", static_cast<int64_t>(DType::int8))});
    };
    SingleNode t = make();
    t.model.graph->outputs[0]->type = of(DType::int8, {2, 3, 2});
    REQUIRE_FALSE(convert(t.model, 19).has_errors());
    const Node* q = only_node(t.model, "QuantizeLinear");
    REQUIRE(q->inputs.size() == 3);
    CHECK(q->inputs[2]->initializer->dtype == DType::int8);
    CHECK_FALSE(q->attribute("output_dtype"));
}

TEST_CASE("QuantizeLinear-21 with blocks cannot go to opset 20") {
    SingleNode t("QuantizeLinear", 21, {{"x", f32({2, 4})}, {"scale", f32({2, 2})}}, {{"y", of(DType::uint8, {2, 4})}},
                 {Attribute::of_int("axis", 1), Attribute::of_int("block_size", 2)});
    auto d = refusal(t.model, 20);
    CHECK(d.field == "attribute 'block_size'");
    CHECK_THAT(d.hint, Catch::Contains("opset 21"));
}

TEST_CASE("QuantizeLinear-21 to int4 cannot go to opset 20") {
    SingleNode t("QuantizeLinear", 21, {{"x", f32({4})}, {"scale", f32({})}}, {{"y", of(DType::int4, {4})}},
                 {Attribute::of_int("output_dtype", static_cast<int64_t>(DType::int4))});
    auto d = refusal(t.model, 20);
    CHECK(d.field == "attribute 'output_dtype'");
}

TEST_CASE("DequantizeLinear-21 with blocks cannot go to opset 20; without, it converts unchanged") {
    SingleNode blocked("DequantizeLinear", 21, {{"x", of(DType::uint8, {2, 4})}, {"scale", f32({2, 2})}}, {{"y", f32({2, 4})}},
                       {Attribute::of_int("axis", 1), Attribute::of_int("block_size", 2)});
    CHECK(refusal(blocked.model, 20).field == "attribute 'block_size'");
    SingleNode plain("DequantizeLinear", 21, {{"x", of(DType::uint8, {2, 4})}, {"scale", f32({})}}, {{"y", f32({2, 4})}});
    REQUIRE_FALSE(convert(plain.model, 13).has_errors());
}

TEST_CASE("DynamicQuantizeLinear-11 -> opset 10 computes scale, zero point and y with older ops") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("DynamicQuantizeLinear", 11, {{"x", f32({3, 4})}},
                              {{"y", of(DType::uint8, {3, 4})}, {"scale", f32({})}, {"zero_point", of(DType::uint8, {})}});
        },
        10, "dynamicquantize-to-10");
}

TEST_CASE("MatMulInteger-10 -> opset 9 multiplies exactly in double") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("MatMulInteger", 10, {{"a", of(DType::uint8, {3, 5})}, {"b", of(DType::uint8, {5, 2})}}, {{"y", of(DType::int32, {3, 2})}});
            t.constant_input(2, uint8s({}, {3}), "a_zero_point");
            t.constant_input(3, uint8s({2}, {4, 0}), "b_zero_point");  // per column
            return t;
        },
        9, "matmulinteger-to-9");
}

TEST_CASE("MatMulInteger-10 -> opset 9 makes a per-row zero point a column") {
    // ONNX Runtime takes only a scalar zero point for A, so the structure is checked.
    SingleNode t("MatMulInteger", 10, {{"a", of(DType::uint8, {3, 5})}, {"b", of(DType::uint8, {5, 2})}}, {{"y", of(DType::int32, {3, 2})}});
    t.constant_input(2, uint8s({3}, {1, 2, 3}), "a_zero_point");
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* unsqueeze = only_node(t.model, "Unsqueeze");
    REQUIRE(unsqueeze);
    CHECK(*unsqueeze->attribute("axes")->get_if<std::vector<int64_t>>() == std::vector<int64_t>{1});
    CHECK(has_node(t.model, "MatMul"));
}

TEST_CASE("ConvInteger-10, QLinearConv-10 and QLinearMatMul-10 cannot go below opset 10, and say why") {
    SingleNode conv("ConvInteger", 10, {{"x", of(DType::uint8, {1, 1, 3, 3})}, {"w", of(DType::uint8, {1, 1, 2, 2})}},
                    {{"y", of(DType::int32, {1, 1, 2, 2})}});
    auto d = refusal(conv.model, 9);
    CHECK(d.code == "opset.op-missing");
    CHECK_THAT(d.message, Catch::Contains("int32"));
    CHECK_THAT(d.hint, Catch::Contains("opset 10"));
}

TEST_CASE("QLinearMatMul-21 with float scales -> opset 13 needs no change; with float16 scales it is refused") {
    auto make = [](DType scale) {
        return SingleNode("QLinearMatMul", 21,
                          {{"a", of(DType::uint8, {2, 3})}, {"a_scale", of(scale, {})}, {"a_zero", of(DType::uint8, {})},
                           {"b", of(DType::uint8, {3, 2})}, {"b_scale", of(scale, {})}, {"b_zero", of(DType::uint8, {})},
                           {"y_scale", of(scale, {})}, {"y_zero", of(DType::uint8, {})}},
                          {{"y", of(DType::uint8, {2, 2})}});
    };
    SingleNode plain = make(DType::float32);
    REQUIRE_FALSE(convert(plain.model, 13).has_errors());
    SingleNode half = make(DType::float16);
    auto diags = convert(half.model, 13);
    REQUIRE(diags.error_count() == 3);  // each scale is named
    CHECK(diags.items()[0].code == "opset.dtype");
    CHECK(diags.items()[0].field == "input 1 ('a_scale')");
}

TEST_CASE("DequantizeLinear-10 -> DequantizeLinear-21 needs no change") {
    SingleNode t("DequantizeLinear", 10, {{"x", of(DType::uint8, {4})}, {"scale", f32({})}}, {{"y", f32({4})}});
    REQUIRE_FALSE(convert(t.model, 21).has_errors());
    CHECK(only_node(t.model, "DequantizeLinear")->attributes.empty());
}

TEST_CASE("DequantizeLinear-19 giving float16 cannot go to opset 18") {
    SingleNode t("DequantizeLinear", 19, {{"x", of(DType::uint8, {4})}, {"scale", of(DType::float16, {})}}, {{"y", of(DType::float16, {4})}});
    auto d = refusal(t.model, 18);
    CHECK(d.field == "output 0 ('y')");
    CHECK_THAT(d.message, Catch::Contains("DequantizeLinear-13 does not accept tensor(float16)"));
}
