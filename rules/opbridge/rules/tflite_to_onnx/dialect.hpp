#pragma once
// What every TFLite -> ONNX rule shares: the ONNX dialect (Transpose with a perm attribute,
// Reshape with an int64 shape initializer, NCHW as the spatial layout, opset 17), readers for
// the attributes the TFLite reader makes from builtin options, the fused activation every
// arithmetic and convolution op may carry, and TFLite's SAME/VALID padding as explicit pads.

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/rule/lowering.hpp"

namespace opbridge::rules::tflite_to_onnx {

using rule::Layout;
using rule::LoweringContext;
using rule::Outcome;
using rule::lowering;
using rule::not_lowered;
using layout::Perm;
using rule::int_attribute;
using rule::ints_attribute;
using rule::real_attribute;
using rule::string_attribute;

// The rules below are written against this opset (Clip bounds as inputs, Resize-13, Split-13 and
// ReduceSum-13 with axes as an input, ReduceMean-13 with axes as an attribute).
inline constexpr int64_t rules_opset = 17;

inline Value* int64_constant(LoweringContext& c, const std::vector<int64_t>& values, std::string_view hint,
                             std::optional<std::vector<int64_t>> dims = {}) {
    std::vector<int64_t> d = dims ? *dims : std::vector<int64_t>{static_cast<int64_t>(values.size())};
    return c.constant_tensor(make_int64_tensor(d, values), hint);
}
// A scalar of the given floating type (Clip bounds, Pow exponents must match the data type).
inline Value* scalar_constant(LoweringContext& c, double value, DType dtype, std::string_view hint) {
    return c.constant_tensor(c.tensor_of(dtype, {}, {value}), hint);
}

inline void emit_transpose(LoweringContext& c, Value* x, const Perm& perm, Value* out) {
    c.emit_into("Transpose", {x}, {out}, {Attribute::of_ints("perm", perm)});
}
inline void emit_reshape(LoweringContext& c, Value* x, const std::vector<int64_t>& dims, Value* out) {
    c.emit_into("Reshape", {x, int64_constant(c, dims, out->name() + "_shape")}, {out}, {});
}

// A quantization's scale and zero point as ONNX QuantizeLinear/DequantizeLinear inputs:
// scalars per tensor, 1-D along the axis per axis; the zero point in the integer type.
inline std::pair<Value*, Value*> scale_and_zero_point(LoweringContext& c, const Quantization& q, DType integer, std::string_view hint) {
    std::vector<int64_t> dims = is_per_axis(q) ? std::vector<int64_t>{static_cast<int64_t>(q.scale.size())} : std::vector<int64_t>{};
    std::vector<float> scale = is_per_axis(q) ? q.scale : std::vector<float>{q.scale[0]};
    std::vector<double> zero(scale.size(), 0.0);
    for (std::size_t i = 0; i < zero.size() && i < q.zero_point.size(); ++i) zero[i] = static_cast<double>(q.zero_point[i]);
    return {c.float_constant(scale, dims, std::string(hint) + "_scale"),
            c.constant_tensor(c.tensor_of(integer, dims, zero), std::string(hint) + "_zero_point")};
}
// The axis attribute of a per-axis QuantizeLinear/DequantizeLinear (none per tensor).
inline std::vector<Attribute> quantization_axis(const Quantization& q) {
    if (!is_per_axis(q)) return {};
    return {Attribute::of_int("axis", q.axis)};
}

// A quantized TFLite constant read by an op: the integer initializer and a DequantizeLinear
// (per-axis from opset 13), so the op reads its real values as ONNX QDQ models do.
inline Value* dequantized_constant(LoweringContext& c, Tensor data, const Quantization& q, std::string_view hint) {
    DType integer = data.dtype;
    std::vector<int64_t> dims = data.dims;
    Value* x = c.constant_tensor(std::move(data), std::string(hint) + "_quantized");
    auto [scale, zero_point] = scale_and_zero_point(c, q, integer, hint);
    return c.emit1("DequantizeLinear", {x, scale, zero_point}, quantization_axis(q), Type::tensor(DType::float32, shape_of(dims)));
}

// ONNX holds spatial tensors channels-first: a TFLite NHWC value is held as NCHW.
inline const rule::TargetDialect onnx{Dialect::onnx, &emit_transpose, &emit_reshape, &layout::channels_first, rules_opset,
                                      &dequantized_constant};


// Static dims of input i, or an error that says what to do.
inline std::optional<std::vector<int64_t>> require_static(LoweringContext& c, std::size_t i, std::string_view what = "input") {
    auto d = c.dims(i);
    if (!d) c.error("lower.dynamic-shape", std::string(what) + " " + std::to_string(i),
                    "the shape is not static, and this conversion computes from it",
                    "give the TFLite model static input sizes (re-export with a fixed batch)");
    return d;
}
// A constant input's values, or an error naming the input.
inline std::optional<std::vector<int64_t>> require_constant_ints(LoweringContext& c, std::size_t i, std::string_view what) {
    auto v = c.constant_ints(i);
    if (!v) c.error("lower.dynamic-input", "input " + std::to_string(i) + " (" + std::string(what) + ")",
                    "the value is computed at run time; this conversion needs it constant",
                    "make it a constant in the source model");
    return v;
}

// ---- fused activations -------------------------------------------------------------------------
// ActivationFunctionType after the op: RELU -> Relu, RELU6 -> Clip(0, 6), RELU_N1_TO_1 ->
// Clip(-1, 1). TANH and SIGN_BIT change nothing on the ops that use this helper: their TFLite
// kernels turn the field into clamp bounds (CalculateActivationRange), which have none for them.
inline bool activation_is_clamp_free(std::string_view a) { return a == "NONE" || a == "TANH" || a == "SIGN_BIT"; }

// Source output 0 computed by `op`, then the node's fused activation; held in `out_perm` (the
// node's layout by default).
inline Outcome emit_with_activation(const Node& n, LoweringContext& c, std::string_view op, std::vector<Value*> inputs,
                                    std::vector<Attribute> attributes = {}, std::optional<Perm> out_perm = {}) {
    std::string act = string_attribute(n, "fused_activation_function", "NONE");
    Perm perm = out_perm ? *out_perm : c.perm();
    if (act == "TANH" || act == "SIGN_BIT")
        c.warn("lower.activation", "fused " + act + " is ignored, as the TFLite kernel ignores it (it clamps only)");
    if (activation_is_clamp_free(act)) {
        c.emit_into(op, std::move(inputs), {c.output_value(0, perm)}, std::move(attributes));
        return Outcome::applied;
    }
    if (act != "RELU" && act != "RELU6" && act != "RELU_N1_TO_1")
        return c.error("lower.attribute", "fused_activation_function", "fused activation " + act + " has no ONNX counterpart",
                       "remove the activation in the source model");
    Value* y = c.emit1(op, std::move(inputs), std::move(attributes), c.output_type(0, perm));
    Value* out = c.output_value(0, perm);
    if (act == "RELU") {
        c.emit_into("Relu", {y}, {out}, {});
    } else {
        DType t = y->type.elem_type;
        double lo = act == "RELU6" ? 0 : -1, hi = act == "RELU6" ? 6 : 1;
        c.emit_into("Clip", {y, scalar_constant(c, lo, t, n.name + "_min"), scalar_constant(c, hi, t, n.name + "_max")}, {out}, {});
    }
    return Outcome::applied;
}

// A window op (convolution, pool) as the file gives it, before the rules index its shapes and
// divide by its strides: input and filter (a pool's window, named by `filter_field`) of rank
// `axes` + 2 with sizes of at least 1, strides and dilations of at least 1, and input channels
// a multiple of the filter's (grouped convolutions). False after an error naming what is wrong.
inline bool check_window(LoweringContext& c, const std::vector<int64_t>& in, const std::vector<int64_t>& w, std::size_t axes,
                         const std::vector<int64_t>& strides, const std::vector<int64_t>& dilations, std::size_t filter_channel_axis,
                         std::string_view filter_field = "input 1 (filter)") {
    auto positive = [](const std::vector<int64_t>& v) { return std::all_of(v.begin(), v.end(), [](int64_t x) { return x >= 1; }); };
    const std::string needed = "a " + std::to_string(axes) + "-D window needs rank " + std::to_string(axes + 2) + " and sizes of at least 1";
    if (in.size() != axes + 2 || !positive(in))
        return c.error("lower.shape", "input 0", "the input's shape is " + to_string(shape_of(in)) + "; " + needed), false;
    if (w.size() != axes + 2 || !positive(w))
        return c.error("lower.shape", std::string(filter_field), "the window is " + to_string(shape_of(w)) + "; " + needed), false;
    if (!positive(strides) || !positive(dilations))
        return c.error("lower.attribute", "strides, dilations", "strides and dilations must be at least 1"), false;
    if (in.back() % w[filter_channel_axis] != 0)
        return c.error("lower.shape", std::string(filter_field),
                       "the filter takes " + std::to_string(w[filter_channel_axis]) + " channels, which do not divide the input's " +
                           std::to_string(in.back())),
               false;
    return true;
}

// ---- padding -------------------------------------------------------------------------------------
// TFLite's SAME/VALID for a window op over `in` spatial sizes, as ONNX pads (begins, then ends).
// SAME: total = max((ceil(in / stride) - 1) * stride + (k - 1) * dilation + 1 - in, 0), the
// smaller half at the beginning (TFLite and TF agree on this split).
inline std::vector<int64_t> explicit_pads(std::string_view padding, const std::vector<int64_t>& in, const std::vector<int64_t>& kernel,
                                          const std::vector<int64_t>& strides, const std::vector<int64_t>& dilations) {
    std::size_t n = in.size();
    std::vector<int64_t> pads(2 * n, 0);
    if (padding != "SAME") return pads;
    for (std::size_t i = 0; i < n; ++i) {
        int64_t out = (in[i] + strides[i] - 1) / strides[i];
        int64_t total = std::max<int64_t>((out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - in[i], 0);
        pads[i] = total / 2;
        pads[i + n] = total - total / 2;
    }
    return pads;
}

// Rules that map one TFLite op to one ONNX op with the same inputs in order.
template <fixed_string Target>
Outcome same_op(const Node& n, LoweringContext& c) {
    std::vector<Value*> ins;
    for (std::size_t i = 0; i < n.inputs.size(); ++i) ins.push_back(c.input(i));
    c.emit_output(0, Target.view(), ins);
    return Outcome::applied;
}
// Binary arithmetic with a fused-activation field.
template <fixed_string Target>
Outcome arithmetic(const Node& n, LoweringContext& c) {
    return emit_with_activation(n, c, Target.view(), {c.input(0), c.input(1)});
}

} // namespace opbridge::rules::tflite_to_onnx
