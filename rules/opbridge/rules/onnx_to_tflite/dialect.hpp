#pragma once
// What every ONNX -> TFLite rule shares: the TFLite dialect (its TRANSPOSE and RESHAPE, NHWC as
// the spatial layout), attribute readers, and the padding decision convolutions and pools make.

#include <optional>
#include <string>
#include <vector>

#include "opbridge/ir/quantization.hpp"
#include "opbridge/rule/lowering.hpp"

namespace opbridge::rules::onnx_to_tflite {

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

inline void emit_transpose(LoweringContext& c, Value* x, const Perm& perm, Value* out) {
    c.emit_into("TRANSPOSE", {x, c.int32_constant(perm, x->name() + "_perm")}, {out}, {});
}
inline void emit_reshape(LoweringContext& c, Value* x, const std::vector<int64_t>& dims, Value* out) {
    c.emit_into("RESHAPE", {x, c.int32_constant(dims, out->name() + "_shape")}, {out}, {Attribute::of_ints("new_shape", dims)});
}

// A quantized constant is a TFLite tensor of integers that carries its parameters.
inline Value* quantized_tensor_constant(LoweringContext& c, Tensor data, const Quantization& q, std::string_view hint) {
    Value* v = c.constant_tensor(std::move(data), hint);
    v->quantization = q;
    return v;
}
// A quantized constant where an op reads it: an int8 op reads the integers as they are; a float
// op (a hybrid model's weights) reads them through a DEQUANTIZE, as TFLite's converter writes it.
inline Value* quantized_constant_where_read(LoweringContext& c, Tensor data, const Quantization& q, std::string_view hint) {
    std::vector<int64_t> dims = data.dims;
    Value* v = quantized_tensor_constant(c, std::move(data), q, hint);
    const Value* out = c.lowering_a_node() ? c.source_output(0) : nullptr;
    if (!out || is_quantized(out)) return v;
    return c.emit1("DEQUANTIZE", {v}, {}, Type::tensor(DType::float32, shape_of(dims)), 2);
}

// TFLite holds spatial tensors channels-last (NHWC); its tensors carry quantization parameters
// and always have a rank.
inline const rule::TargetDialect tflite{Dialect::tflite, &emit_transpose, &emit_reshape, &layout::channels_last, 1,
                                        &quantized_constant_where_read, true, true};

inline Attribute activation_none() { return Attribute::of_string("fused_activation_function", "NONE"); }

// ---- padding ----------------------------------------------------------------------------------
// How a 2-D window op pads: TFLite's SAME/VALID, or explicit pads that need a PAD op first.
struct Padding {
    std::string mode;                        // "SAME" or "VALID"
    std::vector<int64_t> explicit_pads;      // top, left, bottom, right when a PAD op is needed
    bool needs_pad_op() const { return !explicit_pads.empty(); }
};

// A file can hold any window attributes, and the rules below index them by spatial axis and
// divide by strides: each must have one value per spatial axis (pads: two) and kernel, strides
// and dilations be at least 1, pads at least 0, as the spec says. False after an error naming
// the attribute.
inline bool check_window_attributes(LoweringContext& c, const Node& n, std::size_t axes, std::string_view kernel_field,
                                    const std::vector<int64_t>& kernel, const std::vector<int64_t>& strides,
                                    const std::vector<int64_t>& dilations) {
    auto valid = [&](std::string_view field, const std::vector<int64_t>& v, std::size_t count, int64_t least) {
        if (v.size() == count && std::all_of(v.begin(), v.end(), [&](int64_t x) { return x >= least; })) return true;
        std::string text = "[";
        for (std::size_t i = 0; i < v.size(); ++i) text += (i ? ", " : "") + std::to_string(v[i]);
        c.error("lower.attribute", std::string(field),
                std::string(field) + " is " + text + "]; a " + std::to_string(axes) + "-D window needs " + std::to_string(count) +
                    " values of at least " + std::to_string(least),
                "fix the attribute in the source model");
        return false;
    };
    return valid(kernel_field, kernel, axes, 1) && valid("strides", strides, axes, 1) && valid("dilations", dilations, axes, 1) &&
           valid("pads", ints_attribute(n, "pads", std::vector<int64_t>(2 * axes, 0)), 2 * axes, 0);
}

// ONNX pads (x1_begin, x2_begin, x1_end, x2_end) or auto_pad, against what TFLite's SAME does:
// total = max((ceil(in / stride) - 1) * stride + (k - 1) * dilation + 1 - in, 0), with the
// smaller half at the beginning.
inline std::optional<Padding> window_padding(const Node& n, const std::vector<int64_t>& spatial_in, const std::vector<int64_t>& kernel,
                                             const std::vector<int64_t>& strides, const std::vector<int64_t>& dilations) {
    std::size_t dims = spatial_in.size();
    std::vector<int64_t> pads = ints_attribute(n, "pads", std::vector<int64_t>(2 * dims, 0));
    std::string auto_pad = string_attribute(n, "auto_pad", "NOTSET");
    std::vector<int64_t> same_begin(dims), same_end(dims);
    for (std::size_t i = 0; i < dims; ++i) {
        int64_t out = (spatial_in[i] + strides[i] - 1) / strides[i];
        int64_t total = std::max<int64_t>((out - 1) * strides[i] + (kernel[i] - 1) * dilations[i] + 1 - spatial_in[i], 0);
        same_begin[i] = total / 2;
        same_end[i] = total - total / 2;
    }
    if (auto_pad == "VALID") return Padding{"VALID", {}};
    if (auto_pad == "SAME_UPPER") return Padding{"SAME", {}};
    if (auto_pad == "SAME_LOWER") {
        for (std::size_t i = 0; i < dims; ++i) pads[i] = same_end[i], pads[i + dims] = same_begin[i];
    } else if (auto_pad != "NOTSET") {
        return std::nullopt;
    }
    if (std::all_of(pads.begin(), pads.end(), [](int64_t p) { return p == 0; })) return Padding{"VALID", {}};
    bool same = true;
    for (std::size_t i = 0; i < dims; ++i) same = same && pads[i] == same_begin[i] && pads[i + dims] == same_end[i];
    if (same) return Padding{"SAME", {}};
    return Padding{"VALID", pads};
}

// x (NHWC) padded by `pads` (top, left, bottom, right) with PAD, or PADV2 when `fill` is given.
inline Value* pad_spatial(LoweringContext& c, Value* x, const std::vector<int64_t>& pads, std::optional<float> fill = {}) {
    auto d = *static_dims(*x->type.shape);
    std::vector<int64_t> out = d;
    out[1] += pads[0] + pads[2];
    out[2] += pads[1] + pads[3];
    Value* paddings = c.int32_constant({0, 0, pads[0], pads[2], pads[1], pads[3], 0, 0}, x->name() + "_paddings", std::vector<int64_t>{4, 2});
    std::vector<Value*> ins{x, paddings};
    if (fill && is_quantized(x)) {  // the fill as x's integers (saturating: the lowest float is the type's minimum)
        Tensor q = *quantized_tensor(x->type.elem_type, {}, {*fill}, *x->quantization);
        // PAD fills quantized tensors with their zero point: a fill that is the zero point needs no PADV2.
        if (tensor_as_int64s(q)->at(0) == (x->quantization->zero_point.empty() ? 0 : x->quantization->zero_point[0])) fill.reset();
        else ins.push_back(quantized_tensor_constant(c, std::move(q), *x->quantization, x->name() + "_pad_value"));
    } else if (fill) {
        ins.push_back(c.float_constant({*fill}, {}, x->name() + "_pad_value"));
    }
    Value* y = c.emit1(fill ? "PADV2" : "PAD", ins, {}, Type::tensor(x->type.elem_type, shape_of(out)));
    y->quantization = x->quantization;  // padding moves values, and pads quantized tensors with their zero point
    return y;
}

// Static dims of input i or an error that says what to do.
inline std::optional<std::vector<int64_t>> require_static(LoweringContext& c, std::size_t i, std::string_view what = "input") {
    auto d = c.dims(i);
    if (!d) c.error("lower.dynamic-shape", std::string(what) + " " + std::to_string(i),
                    "the shape is not static, and TFLite needs it here",
                    "fix the input sizes with --input-shape NAME=d0,d1,...");
    return d;
}

// Rules that map one ONNX op to one TFLite op with the same inputs in order.
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
    c.emit_output(0, Target.view(), {c.input(0), c.input(1)}, {activation_none()});
    return Outcome::applied;
}

} // namespace opbridge::rules::onnx_to_tflite
