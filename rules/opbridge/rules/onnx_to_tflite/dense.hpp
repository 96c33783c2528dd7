#pragma once
// Dense layers and normalization. Gemm and MatMul with constant weights become
// FULLY_CONNECTED (weights stored (out, in) as TFLite wants); with computed weights,
// BATCH_MATMUL. A BatchNormalization that was not folded into a convolution becomes a MUL and
// an ADD with per-channel constants computed now.

#include <cmath>

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"
#include "opbridge/rules/onnx_to_tflite/quantization.hpp"

namespace opbridge::rules::onnx_to_tflite {

inline Outcome lower_gemm(const Node& n, LoweringContext& c) {
    const Tensor* b = c.constant(1);
    if (!b || int_attribute(n, "transA", 0))
        return c.error("lower.unsupported-form", b ? "transA" : "input 1 (B)",
                       "only Gemm with constant B and transA=0 becomes FULLY_CONNECTED", "transpose A in the source model or use MatMul");
    double alpha = real_attribute(n, "alpha", 1.0), beta = real_attribute(n, "beta", 1.0);
    // FULLY_CONNECTED weights are (out, in): B as stored when transB=1, else transposed.
    Perm out_in = int_attribute(n, "transB", 0) ? Perm{0, 1} : Perm{1, 0};
    Value* w;
    if (is_quantized(c.source_input(1))) {
        w = c.constant_input(1, out_in);
        if (alpha != 1.0) {
            if (!w->quantization)
                return c.error("lower.unsupported-form", "alpha", "alpha != 1 on int8 weights read by a float Gemm is not converted",
                               "fold alpha into the weights' scale in the source model");
            for (auto& s : w->quantization->scale) s = static_cast<float>(s * alpha);  // alpha scales the reals the integers stand for
        }
    } else {
        Tensor wt = LoweringContext::permute_tensor(*b, out_in);
        std::vector<float> wv = c.converted(wt, DType::float32, "input 1 (B)").to_vector<float>();
        if (alpha != 1.0)
            for (auto& x : wv) x = static_cast<float>(x * alpha);
        w = c.float_constant(wv, wt.dims, n.input(1)->name());
    }
    w = fully_connected_weights(c, w);
    int64_t out_features = (*static_dims(*w->type.shape))[0];
    Value* x = c.input(0);
    auto bias = bias_for(c, 2, x, w, out_features, n.name + "_bias", beta);
    if (!bias) return Outcome::failed;
    c.emit_output(0, "FULLY_CONNECTED", {x, w, *bias}, {activation_none()});
    return Outcome::applied;
}

inline Outcome lower_matmul(const Node& n, LoweringContext& c) {
    const Tensor* b = c.constant(1);
    if (b && b->dims.size() == 2 && c.rank(0) >= 2) {
        Value* x = c.input(0);
        Value* w = fully_connected_weights(c, c.constant_input(1, {1, 0}));
        auto bias = bias_for(c, 2, x, w, b->dims[1], n.name + "_bias");  // MatMul has no input 2: zeros
        if (!bias) return Outcome::failed;
        std::vector<Attribute> options{activation_none(), Attribute::of_int("keep_num_dims", c.rank(0) > 2 ? 1 : 0)};
        c.emit_output(0, "FULLY_CONNECTED", {x, w, *bias}, options, c.rank(0) > 2 ? 5 : 1);
        return Outcome::applied;
    }
    c.emit_output(0, "BATCH_MATMUL", {c.input(0), c.input(1)});
    return Outcome::applied;
}

// y = x * scale + shift, scale = gamma / sqrt(var + eps), shift = beta - mean * scale, laid
// along the held channel axis.
inline Outcome lower_batch_norm(const Node& n, LoweringContext& c) {
    std::optional<std::vector<double>> p[4];
    for (std::size_t i = 0; i < 4; ++i) {
        p[i] = c.constant_reals(i + 1);
        if (!p[i]) return c.error("lower.dynamic-input", "input " + std::to_string(i + 1), "the statistics are computed at run time");
    }
    double eps = real_attribute(n, "epsilon", 1e-5);
    std::size_t channels = p[0]->size(), r = c.rank(0);
    // The file decides these sizes: one statistic per channel of an (N, C, ...) input.
    if (r < 2) return c.error("lower.rank", "input 0", "the input has rank " + std::to_string(r) + "; BatchNormalization normalizes axis 1 of (N, C, ...)");
    auto in = c.dims(0);
    for (std::size_t i = 0; i < 4; ++i)
        if (p[i]->size() != channels || (in && (*in)[1] != static_cast<int64_t>(channels)))
            return c.error("lower.shape", "input " + std::to_string(i + 1),
                           "holds " + std::to_string(p[i]->size()) + " values for " +
                               (in ? std::to_string((*in)[1]) : std::to_string(channels)) + " channels",
                           "fix the statistics in the source model: one value per channel");
    std::vector<float> scale(channels), shift(channels);
    for (std::size_t i = 0; i < channels; ++i) {
        double s = (*p[0])[i] / std::sqrt((*p[3])[i] + eps);
        scale[i] = static_cast<float>(s);
        shift[i] = static_cast<float>((*p[1])[i] - (*p[2])[i] * s);
    }
    std::vector<int64_t> dims(r, 1);
    dims[static_cast<std::size_t>(c.axis(1, r))] = static_cast<int64_t>(channels);
    Type t = c.output_type(0);
    Value* y = c.emit1("MUL", {c.input(0), c.float_constant(scale, dims, n.name + "_scale")}, {activation_none()}, t);
    c.emit_output(0, "ADD", {y, c.float_constant(shift, dims, n.name + "_shift")}, {activation_none()});
    return Outcome::applied;
}

inline constexpr auto dense = rule::lowering_table(
    lowering<"Gemm", Layout::terminator>(&lower_gemm, "FULLY_CONNECTED"),
    lowering<"MatMul", Layout::terminator>(&lower_matmul, "FULLY_CONNECTED (constant weights) or BATCH_MATMUL"),
    lowering<"BatchNormalization", Layout::axes>(&lower_batch_norm, "MUL and ADD (when not folded into a convolution)"));

} // namespace opbridge::rules::onnx_to_tflite
