// Tests for rules/opbridge/rules/onnx_to_tflite/quantization.hpp: QDQ models become int8 TFLite
// models. Each model is built node by node with QuantizeLinear/DequantizeLinear pairs, converted,
// and run in TFLite against ONNX Runtime on the same seeded inputs: the outputs must agree
// within one quantization step of the output on at least 99% of the elements.

#include "onnx_to_tflite/harness.hpp"
#include "support/quantization.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

namespace {

std::vector<float> wave(std::size_t count, float amplitude) {
    std::vector<float> v(count);
    for (std::size_t i = 0; i < count; ++i) v[i] = amplitude * std::sin(0.7f * static_cast<float>(i) + 0.3f);
    return v;
}

// x -> QuantizeLinear -> DequantizeLinear with a per-tensor scale and zero point of `type`.
Value* qdq(ModelBuilder& b, Value* x, float scale, int zero_point, DType type = DType::int8) {
    static int count = 0;
    std::string name = "q" + std::to_string(count++);
    Value* s = b.constant(name + "_scale", floats({}, {scale}));
    Value* z = b.constant(name + "_zero_point", *make_tensor(type, {}, {static_cast<double>(zero_point)}));
    return b.node("DequantizeLinear", {b.node("QuantizeLinear", {x, s, z}), s, z});
}

// Float weights as int8 symmetric integers (per output channel along axis 0, or per tensor)
// and the DequantizeLinear that gives them back.
Value* int8_weights(ModelBuilder& b, const std::string& name, std::vector<int64_t> dims, bool per_channel, float amplitude = 0.3f) {
    int64_t count = 1;
    for (int64_t d : dims) count *= d;
    auto values = wave(static_cast<std::size_t>(count), amplitude);
    int64_t channels = per_channel ? dims[0] : 1, inner = count / channels;
    std::vector<float> scales(static_cast<std::size_t>(channels));
    std::vector<double> ints(values.size());
    for (int64_t c = 0; c < channels; ++c) {
        float top = 0;
        for (int64_t i = 0; i < inner; ++i) top = std::max(top, std::fabs(values[static_cast<std::size_t>(c * inner + i)]));
        scales[static_cast<std::size_t>(c)] = top > 0 ? top / 127 : 1.f;
        for (int64_t i = 0; i < inner; ++i)
            ints[static_cast<std::size_t>(c * inner + i)] = std::round(values[static_cast<std::size_t>(c * inner + i)] / scales[static_cast<std::size_t>(c)]);
    }
    std::vector<int64_t> scale_dims = per_channel ? std::vector<int64_t>{channels} : std::vector<int64_t>{};
    Value* q = b.constant(name + "_quantized", *make_tensor(DType::int8, dims, ints));
    Value* s = b.constant(name + "_scale", floats(scale_dims, scales));
    Value* z = b.constant(name + "_zero_point", *make_tensor(DType::int8, scale_dims, std::vector<double>(scales.size(), 0.0)));
    std::vector<Attribute> axis;
    if (per_channel) axis.push_back(Attribute::of_int("axis", 0));
    return b.node("DequantizeLinear", {q, s, z}, axis);
}

// Converts and runs both models; returns the TFLite model. The output step is read from the
// ONNX model's last DequantizeLinear.
Model converts_and_agrees(ModelBuilder& b, const std::string& name) {
    static testing::OnnxRuntime ort;
    static testing::TfliteRuntime tflite;
    Conversion c = convert(b, name);
    INFO(c.first_error());
    REQUIRE(c.tflite);
    Model source = read_model(c.onnx_path);
    double step = test::output_steps(source).at(0);
    auto description = ort.describe(c.onnx_path);
    REQUIRE(description.ok);
    auto inputs = testing::seeded_inputs(description.inputs, 3);
    auto expected = ort.run(c.onnx_path, inputs);
    auto actual = tflite.run(c.tflite_path, inputs);
    INFO(expected.error << actual.error);
    REQUIRE((expected.ok && actual.ok));
    auto agreement = test::agreement(expected.outputs[0], actual.outputs[0], step);
    INFO(agreement.summary());
    CHECK(agreement.fraction() >= 0.99);
    CHECK(agreement.max_steps <= 2.001);
    return std::move(*c.tflite);
}

const Node* first_op(const Model& m, std::string_view type) {
    for (const Node* n : m.graph->nodes())
        if (n->op.type == type) return n;
    return nullptr;
}

} // namespace

TEST_CASE("A Conv between DequantizeLinear and QuantizeLinear becomes an int8 CONV_2D with per-channel weights and an int32 bias",
          "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 4, 8, 8})), 2.f / 255, 0);
    Value* w = int8_weights(b, "w", {6, 4, 3, 3}, true);
    Value* y = b.node("Conv", {x, w, b.constant("bias", floats({6}, {0.1f, -0.2f, 0.3f, 0.f, 0.05f, -0.1f}))},
                      {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("pads", {1, 1, 1, 1})});
    b.output(qdq(b, y, 4.f / 255, -3));
    Model m = converts_and_agrees(b, "qdq_conv");
    const Node* conv = first_op(m, "CONV_2D");
    REQUIRE(conv);
    CHECK(conv->op.version >= 3);  // int8 per-channel CONV_2D
    CHECK(conv->inputs[0]->type.elem_type == DType::int8);
    const Value* filter = conv->inputs[1];
    REQUIRE(filter->quantization);
    CHECK(filter->type.elem_type == DType::int8);
    CHECK(filter->quantization->scale.size() == 6);
    CHECK(filter->quantization->axis == 0);  // OHWI: output channels first
    const Value* bias = conv->inputs[2];
    REQUIRE(bias->quantization);
    CHECK(bias->type.elem_type == DType::int32);
    // TFLite adds the bias to the accumulator: its scale is input scale x filter scale.
    for (std::size_t c = 0; c < 6; ++c)
        CHECK(bias->quantization->scale[c] == Approx(2.f / 255 * filter->quantization->scale[c]).epsilon(1e-6));
    CHECK(count_ops(m, "QUANTIZE") == 1);
    CHECK(count_ops(m, "DEQUANTIZE") == 1);
}

TEST_CASE("A depthwise Conv keeps its per-channel weights along TFLite's channel axis 3", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 4, 8, 8})), 2.f / 255, 0);
    Value* w = int8_weights(b, "w", {4, 1, 3, 3}, true);
    Value* y = b.node("Conv", {x, w}, {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_int("group", 4)});
    b.output(qdq(b, y, 3.f / 255, 0));
    Model m = converts_and_agrees(b, "qdq_depthwise");
    const Node* conv = first_op(m, "DEPTHWISE_CONV_2D");
    REQUIRE(conv);
    CHECK(conv->inputs[1]->quantization->axis == 3);
    CHECK(conv->inputs[2]->type.elem_type == DType::int32);
}

TEST_CASE("Conv -> Relu -> QuantizeLinear: the Conv takes the Relu's parameters and the Relu is fused", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 3, 8, 8})), 2.f / 255, 0);
    Value* y = b.node("Relu", {b.node("Conv", {x, int8_weights(b, "w", {4, 3, 1, 1}, true)}, {Attribute::of_ints("kernel_shape", {1, 1})})});
    b.output(qdq(b, y, 2.f / 255, -128));
    Model m = converts_and_agrees(b, "qdq_conv_relu");
    const Node* conv = first_op(m, "CONV_2D");
    REQUIRE(conv);
    CHECK(count_ops(m, "RELU") == 0);
    CHECK(*conv->attribute("fused_activation_function")->get_if<std::string>() == "RELU");
    CHECK(conv->outputs[0]->quantization->zero_point[0] == -128);
}

TEST_CASE("Gemm with per-tensor int8 weights becomes an int8 FULLY_CONNECTED with an int32 bias", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 16})), 2.f / 255, 0);
    Value* y = b.node("Gemm", {x, int8_weights(b, "w", {8, 16}, false), b.constant("c", floats({8}, {0.1f, 0, 0, 0.2f, 0, 0, -0.1f, 0}))},
                      {Attribute::of_int("transB", 1)});
    b.output(qdq(b, y, 4.f / 255, 0));
    Model m = converts_and_agrees(b, "qdq_gemm");
    const Node* fc = first_op(m, "FULLY_CONNECTED");
    REQUIRE(fc);
    CHECK(fc->inputs[1]->type.elem_type == DType::int8);
    CHECK(fc->inputs[2]->type.elem_type == DType::int32);
}

TEST_CASE("An op without an int8 lowering stays a float island between DEQUANTIZE and QUANTIZE", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 4, 6, 6})), 2.f / 255, 0);
    Value* e = b.node("Softplus", {x});  // TFLite: EXP, ADD, LOG in float
    Value* y = b.node("Conv", {qdq(b, e, 2.f / 255, -128), int8_weights(b, "w", {4, 4, 1, 1}, true)}, {Attribute::of_ints("kernel_shape", {1, 1})});
    b.output(qdq(b, y, 4.f / 255, 0));
    Model m = converts_and_agrees(b, "qdq_float_island");
    CHECK(count_ops(m, "DEQUANTIZE") == 2);  // before Softplus, at the output
    CHECK(count_ops(m, "QUANTIZE") == 2);    // at the input, after Softplus
    CHECK(first_op(m, "EXP")->inputs[0]->type.elem_type == DType::float32);
    CHECK(first_op(m, "CONV_2D")->inputs[0]->type.elem_type == DType::int8);
}

TEST_CASE("uint8 QDQ activations become int8 with the zero point moved by -128 (the same reals)", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 3, 6, 6})), 2.f / 255, 128, DType::uint8);
    Value* y = b.node("Conv", {x, int8_weights(b, "w", {4, 3, 1, 1}, true)}, {Attribute::of_ints("kernel_shape", {1, 1})});
    b.output(qdq(b, y, 4.f / 255, 120, DType::uint8));
    Model m = converts_and_agrees(b, "qdq_uint8");
    const Node* conv = first_op(m, "CONV_2D");
    REQUIRE(conv);
    CHECK(conv->inputs[0]->type.elem_type == DType::int8);
    CHECK(conv->inputs[0]->quantization->zero_point[0] == 0);
    CHECK(conv->outputs[0]->quantization->zero_point[0] == -8);
}

TEST_CASE("Ops that move values get their inputs requantized to the output's parameters", "[quantized]") {
    ModelBuilder b;
    Value* x1 = qdq(b, b.input("a", f32({1, 2, 4, 4})), 2.f / 255, 0);
    Value* x2 = qdq(b, b.input("b", f32({1, 3, 4, 4})), 1.f / 255, 10);
    Value* y = b.node("Concat", {x1, x2}, {Attribute::of_int("axis", 1)});
    b.output(qdq(b, y, 2.f / 255, 0));
    Model m = converts_and_agrees(b, "qdq_concat");
    const Node* concat = first_op(m, "CONCATENATION");
    REQUIRE(concat);
    for (const Value* in : concat->inputs) CHECK(same_quantization(*in->quantization, *concat->outputs[0]->quantization));
    CHECK(count_ops(m, "QUANTIZE") == 3);  // both inputs, and the second requantized
}

TEST_CASE("A fixed-range kernel (LOGISTIC: 1/256, -128) is requantized to the model's output parameters", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 8})), 4.f / 255, 0);
    b.output(qdq(b, b.node("Sigmoid", {x}), 1.f / 200, -100));
    Model m = converts_and_agrees(b, "qdq_sigmoid");
    const Node* logistic = first_op(m, "LOGISTIC");
    REQUIRE(logistic);
    CHECK(logistic->outputs[0]->quantization->scale[0] == Approx(1.0 / 256));
    CHECK(logistic->outputs[0]->quantization->zero_point[0] == -128);
    CHECK(count_ops(m, "QUANTIZE") == 2);
}

TEST_CASE("A RELU6 over an int8 range that ends below 6 is a RELU (TFLite cannot quantize the bound)", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 3, 4, 4})), 2.f / 255, 0);
    Value* c = b.node("Conv", {x, int8_weights(b, "w", {2, 3, 1, 1}, true)}, {Attribute::of_ints("kernel_shape", {1, 1})});
    Value* y = b.node("Clip", {c, b.constant("lo", floats({}, {0.f})), b.constant("hi", floats({}, {6.f}))});
    b.output(qdq(b, y, 1e-12f, -128));  // a range of 2.5e-10: the 6 would be 6e12 steps
    Conversion conversion = convert(b, "qdq_relu6_tiny");
    INFO(conversion.first_error());
    REQUIRE(conversion.tflite);
    const Node* conv = first_op(*conversion.tflite, "CONV_2D");
    REQUIRE(conv);
    CHECK(*conv->attribute("fused_activation_function")->get_if<std::string>() == "RELU");
    testing::TfliteRuntime tflite;
    auto description = tflite.describe(conversion.tflite_path);
    INFO(description.error);
    CHECK(description.ok);
}

TEST_CASE("A quantized op that reads a float constant is refused, naming the input and what to do", "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 4})), 2.f / 255, 0);
    b.output(qdq(b, b.node("Add", {x, b.constant("offset", floats({4}, {1, 2, 3, 4}))}), 4.f / 255, 0));
    Diagnostic d = refusal(b, "qdq_float_constant");
    CHECK(d.code == "convert.quantization");
    CHECK(d.field.find("offset") != std::string::npos);
    CHECK(d.hint.find("DequantizeLinear") != std::string::npos);
}

TEST_CASE("A tensor quantized two ways is refused, naming it", "[quantized]") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4}));
    Value* s1 = b.constant("s1", floats({}, {0.1f}));
    Value* s2 = b.constant("s2", floats({}, {0.2f}));
    Value* z = b.constant("z", *make_tensor(DType::int8, {}, {0.0}));
    Value* q = b.node("QuantizeLinear", {x, s1, z});
    Value* a = b.node("DequantizeLinear", {q, s1, z});
    Value* c = b.node("DequantizeLinear", {q, s2, z});
    b.output(b.node("Add", {a, c}));
    Diagnostic d = refusal(b, "qdq_two_ways");
    CHECK(d.code == "convert.quantization");
    CHECK(d.message.find("quantized two ways") != std::string::npos);
}

// Scales that are powers of two make every runtime's arithmetic exact, and with these a third of
// the conv's results fall exactly halfway between two steps. ONNX rounds such ties to even; so
// do LiteRT's kernels, so the converted model must give ONNX Runtime's output to the step: a
// scale, zero point or bias the conversion moved by the least amount would tip ties the other
// way. TensorFlow Lite 2.9 rounds ties away from zero: that it differs shows the ties are there.
TEST_CASE("Where a QDQ Conv's results are exact ties, the int8 CONV_2D in LiteRT rounds them as ONNX Runtime does",
          "[quantized]") {
    ModelBuilder b;
    Value* x = qdq(b, b.input("x", f32({1, 2, 6, 6})), 1.f / 16, 0);  // seeded inputs in [-1, 1): -16..16
    // Per-channel weights {1, 2} x 0.5 and {3, -1} x 0.25: the accumulator times in_scale x
    // w_scale / out_scale is acc / 2 or acc / 4 steps.
    Value* wq = b.constant("w_quantized", *make_tensor(DType::int8, {2, 2, 1, 1}, {1, 2, 3, -1}));
    Value* ws = b.constant("w_scale", floats({2}, {0.5f, 0.25f}));
    Value* wz = b.constant("w_zero_point", *make_tensor(DType::int8, {2}, {0, 0}));
    Value* w = b.node("DequantizeLinear", {wq, ws, wz}, {Attribute::of_int("axis", 0)});
    Value* bq = b.constant("b_quantized", *make_tensor(DType::int32, {2}, {3, -5}));
    Value* bs = b.constant("b_scale", floats({2}, {1.f / 32, 1.f / 64}));
    Value* bz = b.constant("b_zero_point", *make_tensor(DType::int32, {2}, {0, 0}));
    Value* bias = b.node("DequantizeLinear", {bq, bs, bz}, {Attribute::of_int("axis", 0)});
    b.output(qdq(b, b.node("Conv", {x, w, bias}, {Attribute::of_ints("kernel_shape", {1, 1})}), 1.f / 16, 0));
    Conversion c = convert(b, "qdq_conv_ties");
    INFO(c.first_error());
    REQUIRE(c.tflite);
    REQUIRE(count_ops(*c.tflite, "CONV_2D") == 1);
    testing::OnnxRuntime ort;
    testing::LiteRtRuntime litert;
    testing::TfliteRuntime tflite_2_9;
    auto description = ort.describe(c.onnx_path);
    REQUIRE(description.ok);
    test::Agreement litert_agrees, tflite_2_9_agrees;
    for (uint64_t seed = 1; seed <= 4; ++seed) {
        auto inputs = testing::seeded_inputs(description.inputs, seed);
        auto expected = ort.run(c.onnx_path, inputs);
        auto in_litert = litert.run(c.tflite_path, inputs);
        auto in_tflite_2_9 = tflite_2_9.run(c.tflite_path, inputs);
        INFO(expected.error << in_litert.error << in_tflite_2_9.error);
        REQUIRE((expected.ok && in_litert.ok && in_tflite_2_9.ok));
        litert_agrees += test::agreement(expected.outputs[0], in_litert.outputs[0], 1.0 / 16);
        tflite_2_9_agrees += test::agreement(expected.outputs[0], in_tflite_2_9.outputs[0], 1.0 / 16);
    }
    INFO("LiteRT: " << litert_agrees.summary() << "; TensorFlow Lite 2.9: " << tflite_2_9_agrees.summary());
    CHECK(litert_agrees.max_steps == 0);
    CHECK(tflite_2_9_agrees.max_steps == 1);
}
