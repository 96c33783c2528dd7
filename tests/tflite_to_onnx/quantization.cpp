// rules/opbridge/rules/tflite_to_onnx/quantization.hpp (with dialect.hpp's dequantized_constant
// and patterns/qlinear.hpp): small int8 TFLite models, built node by node, become ONNX QDQ
// models that ONNX Runtime runs to within one quantization step of TFLite's integer kernels,
// and that ONNX -> TFLite turns back into the same ops with the same quantization parameters.

// First: pass/fold_kernels.hpp's integer_range is ambiguous with ir/quantization.hpp's (found
// by argument-dependent lookup) when it is parsed after it, as the harness's includes would.
#include "opbridge/rules/onnx_to_tflite/convert.hpp"

#include "tflite_to_onnx/harness.hpp"
#include "support/quantization.hpp"

#include <map>
#include <set>
#include <sstream>

using namespace opbridge;
using namespace opbridge::test::to_onnx;
using opbridge::test::agreement;
using opbridge::test::Agreement;
using opbridge::test::raw_values;
using opbridge::test::output_steps;

namespace {


Type i8(std::vector<int64_t> dims) { return typed(DType::int8, std::move(dims)); }
Type i16(std::vector<int64_t> dims) { return typed(DType::int16, std::move(dims)); }

int64_t element_count(const std::vector<int64_t>& dims) {
    int64_t n = 1;
    for (int64_t d : dims) n *= d;
    return n;
}
std::vector<int64_t> dims_of(const Value* v) { return *static_dims(*v->type.shape); }

// One scale and zero point for the whole tensor.
Quantization per_tensor(float scale, int64_t zero_point) {
    Quantization q;
    q.scale = {scale};
    q.zero_point = {zero_point};
    return q;
}
Value* quantized(Value* v, float scale, int64_t zero_point) {
    v->quantization = per_tensor(scale, zero_point);
    return v;
}

// Float weights quantized to int8 as TFLite's converter does: symmetric (zero point 0), one
// scale max|w| / 127 per index of `axis` (the quantized_dimension), or one for the whole tensor.
// Channels get different magnitudes, so one shared scale would be wrong per channel.
Value* int8_weights(TfliteBuilder& b, std::vector<int64_t> dims, int32_t axis, float amplitude, int phase = 0, bool per_channel = true) {
    const auto count = static_cast<std::size_t>(element_count(dims));
    const int64_t channels = dims[static_cast<std::size_t>(axis)];
    int64_t inner = 1;
    for (std::size_t d = static_cast<std::size_t>(axis) + 1; d < dims.size(); ++d) inner *= dims[d];
    std::vector<float> w = wave(count, amplitude, phase);
    std::vector<double> reals(count);
    const auto scales = static_cast<std::size_t>(per_channel ? channels : 1);
    Quantization q;
    q.axis = axis;
    q.scale.assign(scales, 0.f);
    q.zero_point.assign(scales, 0);
    for (std::size_t i = 0; i < count; ++i) {
        const auto c = static_cast<std::size_t>((static_cast<int64_t>(i) / inner) % channels);
        reals[i] = w[i] * (0.4 + 0.6 * static_cast<double>(c + 1) / static_cast<double>(channels));
        float& scale = q.scale[per_channel ? c : 0];
        scale = std::max(scale, static_cast<float>(std::fabs(reals[i]) / 127.0));
    }
    Value* v = b.constant(*quantized_tensor(DType::int8, dims, reals, q));
    v->quantization = q;
    return v;
}

// An int32 bias as TFLite's int8 kernels add it to the accumulator: one value per output channel
// (the weights' quantized dimension), zero point 0, scale input_scale * weight_scale (per channel
// when the weights are; quantized_dimension 0).
Value* int32_bias(TfliteBuilder& b, const Value* input, const Value* weights, float amplitude) {
    const Quantization& qw = *weights->quantization;
    const int64_t channels = weights->initializer->dims[static_cast<std::size_t>(qw.axis)];
    Quantization q;
    for (float s : qw.scale) q.scale.push_back(input->quantization->scale[0] * s);
    q.zero_point.assign(q.scale.size(), 0);
    std::vector<float> w = wave(static_cast<std::size_t>(channels), amplitude, 5);
    std::vector<double> reals(w.begin(), w.end());
    Value* v = b.constant(*quantized_tensor(DType::int32, {channels}, reals, q));
    v->quantization = q;
    return v;
}

// A float graph input and the QUANTIZE that makes it int8 (or int16) with (scale, zero point).
Value* quantized_input(TfliteBuilder& b, const std::string& name, std::vector<int64_t> dims, float scale, int64_t zero_point,
                       DType type = DType::int8) {
    Value* x = b.input(name, f32(dims));
    return quantized(b.node("QUANTIZE", {x}, {}, typed(type, dims), 2), scale, zero_point);
}
// The DEQUANTIZE that makes an int8 value a float graph output.
void dequantized_output(TfliteBuilder& b, Value* q) { b.output(b.node("DEQUANTIZE", {q}, {}, f32(dims_of(q)), 2)); }

// An int8 CONV_2D (3x3, OHWI per-channel weights, int32 bias) or, with `depth_multiplier`,
// DEPTHWISE_CONV_2D (1HW(C*m) weights quantized along 3).
Value* int8_conv(TfliteBuilder& b, Value* x, int64_t out_channels, const char* activation, float out_scale, int64_t out_zero_point,
                 float amplitude = 0.3f, int64_t stride = 1, const char* padding = "SAME", int64_t depth_multiplier = 0) {
    auto d = dims_of(x);
    bool depthwise = depth_multiplier > 0;
    Value* w = depthwise ? int8_weights(b, {1, 3, 3, out_channels}, 3, amplitude, static_cast<int>(out_channels))
                         : int8_weights(b, {out_channels, 3, 3, d[3]}, 0, amplitude, static_cast<int>(out_channels));
    Value* bias = int32_bias(b, x, w, 0.1f);
    auto out_size = [&](int64_t in) { return std::string(padding) == "SAME" ? (in + stride - 1) / stride : (in - 3) / stride + 1; };
    std::vector<Attribute> attributes{str("padding", padding), num("stride_w", stride), num("stride_h", stride),
                                      str("fused_activation_function", activation)};
    if (depthwise) attributes.push_back(num("depth_multiplier", depth_multiplier));
    Value* y = b.node(depthwise ? "DEPTHWISE_CONV_2D" : "CONV_2D", {x, w, bias}, attributes,
                      i8({d[0], out_size(d[1]), out_size(d[2]), out_channels}), 3);
    return quantized(y, out_scale, out_zero_point);
}

// An int8 FULLY_CONNECTED with weights [units, in] and an int32 bias. TFLite 2.9 (the reference
// runtime) takes one weight scale only: given one per unit, it writes the same value everywhere.
Value* int8_fully_connected(TfliteBuilder& b, Value* x, int64_t units, float out_scale, int64_t out_zero_point, float amplitude = 0.3f,
                            bool per_channel = false) {
    auto d = dims_of(x);
    Value* w = int8_weights(b, {units, d.back()}, 0, amplitude, 11, per_channel);
    Value* y = b.node("FULLY_CONNECTED", {x, w, int32_bias(b, x, w, 0.2f)}, {str("fused_activation_function", "NONE")},
                      i8({d[0], units}), 4);
    return quantized(y, out_scale, out_zero_point);
}

// ---- comparison in quantization steps -----------------------------------------------------

// At least 99% of the elements within one step, none more than two; and an expected output
// that takes enough levels for the comparison to mean something (not all saturated).
void require_agreement(const Agreement& r, const std::string& what) {
    INFO(what << ": " << r.summary());
    CHECK(r.fraction() >= 0.99);
    CHECK(r.max_steps <= 2.0 + 1e-3);
    CHECK(r.levels >= 8);
}

testing::OnnxRuntime& onnx_runtime() {
    static testing::OnnxRuntime ort;
    return ort;
}
testing::TfliteRuntime& tflite_runtime() {
    static testing::TfliteRuntime tflite;
    return tflite;
}

// The outputs of `path` run in TFLite on the seeded inputs it describes.
std::pair<std::vector<testing::HostTensor>, std::vector<testing::HostTensor>> run_tflite(const std::string& path,
                                                                                        const testing::SeedOptions& seed) {
    auto description = tflite_runtime().describe(path);
    INFO(description.error);
    REQUIRE(description.ok);
    auto inputs = testing::seeded_inputs(description.inputs, 7, seed);
    auto result = tflite_runtime().run(path, inputs);
    INFO(result.error);
    REQUIRE(result.ok);
    tflite_runtime().forget(path);
    return {inputs, result.outputs};
}

// Converts; runs the original in TFLite and the result in ONNX Runtime on the same seeded
// inputs; every output agrees within one step of its quantization (require_agreement).
Conversion check_agrees_within_a_step(TfliteBuilder& b, const std::string& name, rules::tflite_to_onnx::Options options = {},
                                      testing::SeedOptions seed = {}) {
    Conversion c = convert(b, name, options);
    INFO(c.errors());
    REQUIRE(c.onnx);
    auto steps = output_steps(read_model(c.tflite_path));
    auto [inputs, expected] = run_tflite(c.tflite_path, seed);
    for (auto& in : inputs) in.name.clear();  // by position
    auto actual = onnx_runtime().run(c.onnx_path, inputs);
    INFO(actual.error);
    REQUIRE(actual.ok);
    onnx_runtime().forget(c.onnx_path);
    REQUIRE(expected.size() == steps.size());
    REQUIRE(actual.outputs.size() == steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i)
        require_agreement(agreement(expected[i], actual.outputs[i], steps[i]),
                          name + " output " + std::to_string(i) + ", ONNX Runtime against TFLite");
    return c;
}

// Whether every run-time input of every `op` node comes straight from a DequantizeLinear, as
// QDQ consumers (ONNX Runtime's fusions, ONNX -> TFLite) expect.
bool every_input_dequantized(const Model& m, std::string_view op) {
    for (const Node* n : m.graph->nodes()) {
        if (n->op.type != op) continue;
        for (const Value* v : n->inputs)
            if (v && !v->is_constant() && (!v->producer || v->producer->op.type != "DequantizeLinear")) return false;
    }
    return true;
}

// ---- the way back -------------------------------------------------------------------------

// Converts the ONNX result back to TFLite (ONNX -> TFLite absorbs the Q/DQ nodes): the same ops
// with the same quantization parameters on their inputs and outputs
// (test::quantized_model_difference), and outputs that agree with the original's in TFLite.
void check_round_trip(const Conversion& c, const std::string& name, testing::SeedOptions seed = {}) {
    Model source = read_model(c.tflite_path);
    Model onnx = read_model(c.onnx_path);
    Diagnostics diags;
    auto back = rules::onnx_to_tflite::convert(onnx, {}, diags, name + ".onnx");
    INFO(to_text(diags));
    REQUIRE(back);
    std::string back_path = temp_path(name + "-back.tflite");
    write_model(*back, back_path);
    Model round_trip = read_model(back_path);

    CHECK(test::quantized_model_difference(source, round_trip) == "");
    auto steps = output_steps(source);
    auto [inputs, expected] = run_tflite(c.tflite_path, seed);
    auto [back_inputs, actual] = run_tflite(back_path, seed);
    REQUIRE(actual.size() == steps.size());
    for (std::size_t i = 0; i < steps.size(); ++i)
        require_agreement(agreement(expected[i], actual[i], steps[i]),
                          name + " output " + std::to_string(i) + ", TFLite -> ONNX -> TFLite against the original");
}

} // namespace

// ---- ops ------------------------------------------------------------------------------------

TEST_CASE("int8 CONV_2D with per-channel weights, without and with a fused RELU or RELU6", "[quantized]") {
    // RELU6: weights large enough, and an output range wide enough (to 10), that outputs pass 6,
    // so RELU6's clamp is computed, not saturation.
    struct Case { const char* activation; float scale; int64_t zero_point; float amplitude; };
    for (auto [activation, scale, zero_point, amplitude] :
         {Case{"NONE", 12.f / 255, 3, 1.5f}, Case{"RELU", 10.f / 255, -128, 1.5f}, Case{"RELU6", 10.f / 255, -128, 3.f}}) {
        TfliteBuilder b;
        Value* x = quantized_input(b, "x", {1, 8, 8, 3}, 2.f / 255, -1);
        dequantized_output(b, int8_conv(b, x, 6, activation, scale, zero_point, amplitude));
        std::string name = std::string("q-conv-") + activation;
        auto c = check_agrees_within_a_step(b, name);
        CHECK(count_ops(*c.onnx, "Conv") == 1);
        CHECK(every_input_dequantized(*c.onnx, "Conv"));
        CHECK(count_ops(*c.onnx, "Relu") == (std::string(activation) == "RELU" ? 1 : 0));
        CHECK(count_ops(*c.onnx, "Clip") == (std::string(activation) == "RELU6" ? 1 : 0));
        if (std::string(activation) == "RELU6") {
            // The int8 range reaches 8: TFLite's outputs top out at 6 because the clamp is computed.
            auto [inputs, outputs] = run_tflite(c.tflite_path, {});
            auto values = raw_values(outputs[0]);
            double top = *std::max_element(values.begin(), values.end());
            INFO("largest output " << top);
            CHECK(std::fabs(top - 6.0) <= scale);
        }
        check_round_trip(c, name);
    }
}

TEST_CASE("int8 CONV_2D with stride 2 and VALID padding after another keeps requantizing per layer", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 9, 9, 3}, 2.f / 255, 0);
    Value* y = int8_conv(b, x, 4, "RELU", 3.f / 255, -128, 0.5f);
    dequantized_output(b, int8_conv(b, y, 5, "NONE", 4.f / 255, 2, 0.5f, 2, "VALID"));
    auto c = check_agrees_within_a_step(b, "q-conv-stride");
    check_round_trip(c, "q-conv-stride");
}

TEST_CASE("int8 DEPTHWISE_CONV_2D with weights quantized along dimension 3", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 8, 8, 4}, 2.f / 255, -1);
    dequantized_output(b, int8_conv(b, x, 8, "RELU6", 6.f / 255, -128, 1.5f, 1, "SAME", 2));
    auto c = check_agrees_within_a_step(b, "q-depthwise");
    CHECK(every_input_dequantized(*c.onnx, "Conv"));
    check_round_trip(c, "q-depthwise");
}

TEST_CASE("int8 FULLY_CONNECTED with per-tensor weights", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 16}, 2.f / 255, 0);
    dequantized_output(b, int8_fully_connected(b, x, 12, 6.f / 255, -5, 0.8f));
    auto c = check_agrees_within_a_step(b, "q-fully-connected");
    CHECK(count_ops(*c.onnx, "Gemm") == 1);
    check_round_trip(c, "q-fully-connected");
}

TEST_CASE("int8 FULLY_CONNECTED with per-channel weights: per axis in ONNX, one weight scale back in TFLite", "[quantized]") {
    // TFLite 2.9, the reference runtime, reads only the first of per-unit FULLY_CONNECTED scales,
    // so ONNX -> TFLite requantizes such weights to one scale (with a warning); ONNX Runtime runs
    // the per-axis QDQ model as stored, and the two agree.
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 16}, 2.f / 255, 0);
    dequantized_output(b, int8_fully_connected(b, x, 12, 6.f / 255, -5, 0.8f, true));
    Conversion c = convert(b, "q-fully-connected-per-channel");
    INFO(c.errors());
    REQUIRE(c.onnx);
    Model onnx = read_model(c.onnx_path);
    int per_axis = 0;
    for (const Node* n : onnx.graph->nodes())
        if (n->op.type == "DequantizeLinear" && n->attribute("axis") && n->inputs[0]->initializer &&
            n->inputs[0]->initializer->dtype == DType::int8)
            ++per_axis;
    CHECK(per_axis == 1);

    Diagnostics diags;
    auto back = rules::onnx_to_tflite::convert(onnx, {}, diags, "q-fully-connected-per-channel.onnx");
    INFO(to_text(diags));
    REQUIRE(back);
    CHECK(to_text(diags).find("requantized per tensor") != std::string::npos);
    const Node* fc = nullptr;
    for (const Node* n : back->graph->nodes())
        if (n->op.type == "FULLY_CONNECTED") fc = n;
    REQUIRE(fc);
    CHECK(fc->inputs[1]->quantization->scale.size() == 1);
    CHECK(fc->inputs[2]->quantization->scale.size() == 1);  // the int32 bias follows the one weight scale
    std::string back_path = temp_path("q-fully-connected-per-channel-back.tflite");
    write_model(*back, back_path);
    auto steps = output_steps(read_model(back_path));
    auto [inputs, tflite_outputs] = run_tflite(back_path, {});
    for (auto& in : inputs) in.name.clear();
    auto ort = onnx_runtime().run(c.onnx_path, inputs);
    INFO(ort.error);
    REQUIRE(ort.ok);
    require_agreement(agreement(ort.outputs[0], tflite_outputs[0], steps[0]), "per-axis ONNX in ONNX Runtime against per-tensor TFLite");
}

TEST_CASE("int8 ADD of inputs with different scales and zero points", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 4, 4, 3}, 2.f / 255, 0);
    Value* y = quantized_input(b, "y", {1, 4, 4, 3}, 1.f / 100, 27);
    Value* sum = quantized(b.node("ADD", {x, y}, {str("fused_activation_function", "NONE")}, i8({1, 4, 4, 3}), 2), 4.f / 255, -4);
    dequantized_output(b, sum);
    auto c = check_agrees_within_a_step(b, "q-add");
    check_round_trip(c, "q-add");
}

TEST_CASE("int8 MAX_POOL_2D and AVERAGE_POOL_2D keep their input's parameters", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 8, 8, 3}, 2.f / 255, -1);
    Value* y = int8_conv(b, x, 4, "NONE", 4.f / 255, 0, 0.5f);
    std::vector<Attribute> max_window{str("padding", "VALID"), num("stride_w", 2), num("stride_h", 2), num("filter_width", 2),
                                      num("filter_height", 2), str("fused_activation_function", "NONE")};
    std::vector<Attribute> average_window{str("padding", "SAME"), num("stride_w", 1), num("stride_h", 1), num("filter_width", 3),
                                          num("filter_height", 3), str("fused_activation_function", "NONE")};
    Value* m = quantized(b.node("MAX_POOL_2D", {y}, max_window, i8({1, 4, 4, 4}), 2), 4.f / 255, 0);
    dequantized_output(b, quantized(b.node("AVERAGE_POOL_2D", {m}, average_window, i8({1, 4, 4, 4}), 2), 4.f / 255, 0));
    auto c = check_agrees_within_a_step(b, "q-pools");
    check_round_trip(c, "q-pools");
}

TEST_CASE("int8 CONCATENATION along channels of a convolution and a quantized input", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 6, 6, 3}, 3.f / 255, 0);
    Value* y = int8_conv(b, x, 4, "NONE", 3.f / 255, 0, 0.5f);
    Value* cat = quantized(b.node("CONCATENATION", {y, x}, {num("axis", 3), str("fused_activation_function", "NONE")}, i8({1, 6, 6, 7}), 2),
                           3.f / 255, 0);
    dequantized_output(b, cat);
    auto c = check_agrees_within_a_step(b, "q-concat");
    check_round_trip(c, "q-concat");
}

TEST_CASE("int8 RESHAPE of NHWC data into a FULLY_CONNECTED", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 4, 4, 3}, 2.f / 255, 0);
    Value* y = int8_conv(b, x, 2, "NONE", 4.f / 255, 0, 0.5f);
    Value* flat = quantized(b.node("RESHAPE", {y, b.constant(int32s({1, 32}))}, {}, i8({1, 32}), 1), 4.f / 255, 0);
    dequantized_output(b, flat);  // the NHWC order itself, and what a FULLY_CONNECTED makes of it
    dequantized_output(b, int8_fully_connected(b, flat, 16, 8.f / 255, 0, 0.5f));
    auto c = check_agrees_within_a_step(b, "q-reshape");
    check_round_trip(c, "q-reshape");
}

TEST_CASE("int8 SOFTMAX and LOGISTIC write their fixed output range (scale 1/256, zero point -128)", "[quantized]") {
    for (const char* op : {"SOFTMAX", "LOGISTIC"}) {
        TfliteBuilder b;
        Value* x = quantized_input(b, "x", {1, 16}, 2.f / 255, 0);
        Value* logits = int8_fully_connected(b, x, 10, 10.f / 255, 0, 0.8f);
        std::vector<Attribute> attributes;
        if (std::string(op) == "SOFTMAX") attributes.push_back(Attribute::of_float("beta", 1.0));
        dequantized_output(b, quantized(b.node(op, {logits}, attributes, i8({1, 10}), 2), 1.f / 256, -128));
        std::string name = std::string("q-") + op;
        auto c = check_agrees_within_a_step(b, name);
        check_round_trip(c, name);
    }
}

TEST_CASE("a requantizing QUANTIZE (int8 to int8 with another scale and zero point)", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 6, 6, 3}, 2.f / 255, 0);
    Value* y = int8_conv(b, x, 4, "NONE", 4.f / 255, 0, 0.5f);
    dequantized_output(b, quantized(b.node("QUANTIZE", {y}, {}, i8({1, 6, 6, 4}), 2), 3.f / 255, 10));
    auto c = check_agrees_within_a_step(b, "q-requantize");
    check_round_trip(c, "q-requantize");
}

TEST_CASE("a hybrid model: float CONV_2D reading a DEQUANTIZE of int8 per-channel weights", "[quantized]") {
    TfliteBuilder b;
    Value* x = b.input("x", f32({1, 6, 6, 3}));
    Value* w = int8_weights(b, {4, 3, 3, 3}, 0, 0.5f);
    Value* real_w = b.node("DEQUANTIZE", {w}, {}, f32({4, 3, 3, 3}), 2);
    b.output(b.node("CONV_2D", {x, real_w, b.constant(floats({4}, wave(4, 0.1f)))},
                    {str("padding", "SAME"), num("stride_w", 1), num("stride_h", 1), str("fused_activation_function", "RELU")},
                    f32({1, 6, 6, 4})));
    // The output is float: the harness's float comparison (1e-4 x max|output|) applies.
    auto c = check_converts_and_matches(b, "q-hybrid");
    CHECK(count_ops(*c.onnx, "DequantizeLinear") == 1);
    CHECK(count_ops(*c.onnx, "QuantizeLinear") == 0);
    REQUIRE(c.onnx);
    Model source = read_model(c.tflite_path);
    Model onnx = read_model(c.onnx_path);
    Diagnostics diags;
    auto back = rules::onnx_to_tflite::convert(onnx, {}, diags, "q-hybrid.onnx");
    INFO(to_text(diags));
    REQUIRE(back);
    std::string back_path = temp_path("q-hybrid-back.tflite");
    write_model(*back, back_path);
    Model round_trip = read_model(back_path);
    CHECK(test::quantized_model_difference(source, round_trip) == "");
}

TEST_CASE("a model with int8 graph input and output runs on the integers in both runtimes", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized(b.input("x", i8({1, 6, 6, 3})), 2.f / 255, -1);
    Value* y = int8_conv(b, x, 4, "RELU", 4.f / 255, -128, 0.8f);
    Value* z = quantized(b.node("ADD", {y, y}, {str("fused_activation_function", "NONE")}, i8({1, 6, 6, 4}), 2), 6.f / 255, -128);
    b.output(z);
    testing::SeedOptions seed;
    seed.int_low = -128;
    seed.int_high = 128;
    auto c = check_agrees_within_a_step(b, "q-int8-io", {}, seed);
    REQUIRE(c.onnx->graph->inputs.size() == 1);
    CHECK(c.onnx->graph->inputs[0]->type.elem_type == DType::int8);
    CHECK(c.onnx->graph->outputs[0]->type.elem_type == DType::int8);
    check_round_trip(c, "q-int8-io", seed);
}

// ---- options ---------------------------------------------------------------------------------

TEST_CASE("qlinear_ops turns every quantized convolution into QLinearConv and still agrees with TFLite", "[quantized]") {
    TfliteBuilder b;
    Value* x = quantized_input(b, "x", {1, 8, 8, 3}, 2.f / 255, -1);
    Value* y = int8_conv(b, x, 4, "RELU", 4.f / 255, -128, 0.8f);
    Value* z = int8_conv(b, y, 4, "NONE", 4.f / 255, 0, 0.8f, 1, "SAME", 1);
    dequantized_output(b, int8_conv(b, z, 5, "NONE", 6.f / 255, 3, 0.8f, 2, "VALID"));
    int convolutions = count_ops(b.model, "CONV_2D") + count_ops(b.model, "DEPTHWISE_CONV_2D");
    rules::tflite_to_onnx::Options options;
    options.qlinear_ops = true;
    auto c = check_agrees_within_a_step(b, "q-qlinear", options);
    CHECK(count_ops(*c.onnx, "QLinearConv") == convolutions);
    CHECK(count_ops(*c.onnx, "Conv") == 0);
    CHECK(count_ops(*c.onnx, "Clip") == 1);  // the RELU: max(q, zero point) after QLinearConv
}

TEST_CASE("int16 activations are refused below opset 21 and convert at opset 21 (the default)", "[quantized]") {
    // 16x8 quantization: int16 activations with zero point 0; power-of-two scales, one input's
    // equal to the output's, as TFLite's int16 ADD needs with its default pot_scale_int16.
    auto build = [](TfliteBuilder& b) {
        Value* x = quantized_input(b, "x", {1, 4, 4, 3}, 1.f / 4096, 0, DType::int16);
        Value* y = quantized_input(b, "y", {1, 4, 4, 3}, 1.f / 8192, 0, DType::int16);
        dequantized_output(b, quantized(b.node("ADD", {x, y}, {str("fused_activation_function", "NONE")}, i16({1, 4, 4, 3}), 3),
                                        1.f / 4096, 0));
    };
    {
        TfliteBuilder b;
        build(b);
        rules::tflite_to_onnx::Options at_17;
        at_17.opset = 17;
        Diagnostic d = refusal(b, "q-int16-17", at_17);
        INFO(d.one_line());
        CHECK_THAT(d.one_line(), Catch::Contains("opset 21"));
    }
    TfliteBuilder b;
    build(b);
    auto c = check_agrees_within_a_step(b, "q-int16-21");
    CHECK(c.onnx->opset("") == 21);
    CHECK(count_ops(*c.onnx, "QuantizeLinear") >= 2);
}
