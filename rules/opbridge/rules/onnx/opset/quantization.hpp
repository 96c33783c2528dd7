#pragma once
// Opset adapters: QuantizeLinear and DequantizeLinear (new at 10; per-axis at 13; float16
// scales, float8 and 'saturate' at 19; blocks, 4/16-bit types and 'output_dtype' at 21),
// DynamicQuantizeLinear (11), MatMulInteger and ConvInteger (10), QLinearConv and
// QLinearMatMul (10; QLinearMatMul-21 widens its scale and float8 types).
// Types a version lacks are refused by the driver's dtype check on the inputs.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace quantization_formulas {

// QuantizeLinear-10: y = saturate(round(x / y_scale) + y_zero_point), rounding half to even,
// saturating to the zero point's type (uint8 when it is omitted).
inline Expr quantize_linear_of(Formula& f) {
    Expr x = f.input(0), scale = f.input(1), zero_point = f.input(2);
    DType q = zero_point.given() ? zero_point.dtype : DType::uint8;
    Expr y = round_half_to_even(cast(x, DType::float32) / scale);
    if (zero_point.given()) y = y + cast(zero_point, DType::float32);
    return q == DType::int8 ? cast(clamp(y, -128.0, 127.0), q) : cast(clamp(y, 0.0, 255.0), q);
}

// DequantizeLinear-10: y = (x - x_zero_point) * x_scale, in float (exact for 8-bit x; an
// int32 x has no zero point).
inline Expr dequantize_linear_of(Formula& f) {
    Expr x = f.input(0), scale = f.input(1), zero_point = f.input(2);
    Expr centered = cast(x, DType::float32);
    if (zero_point.given()) centered = centered - cast(zero_point, DType::float32);
    return centered * scale;
}

// DynamicQuantizeLinear-11, to uint8 over the whole of x, with 0 always in range:
//   y_scale = (max(x, 0) - min(x, 0)) / 255   (1 / 255 when that range is empty)
//   y_zero_point = saturate(round(-min(x, 0) / y_scale)),  y = saturate(round(x / y_scale) + y_zero_point)
inline void dynamic_quantize_linear_of(Formula& f) {
    Expr x = f.input(0);
    Expr low = at_most(reduce_min(x), 0.0), high = at_least(reduce_max(x), 0.0);
    Expr range = high - low;
    Expr scale = (range + cast(logical_not(greater(range, 0.0)), range.dtype)) / 255.0;
    Expr zero_point = clamp(round_half_to_even((0.0 - low) / scale), 0.0, 255.0);
    Expr y = clamp(round_half_to_even(x / scale) + zero_point, 0.0, 255.0);
    f.output(0, cast(y, DType::uint8));
    f.output(1, scale);
    f.output(2, cast(zero_point, DType::uint8));
}

// MatMulInteger-10: (A - a_zero_point) x (B - b_zero_point) accumulated exactly: products of
// 8-bit values summed in double stay exact far beyond any real inner dimension (MatMul-1
// takes only float types). A per-row a_zero_point [M] is made a column [M, 1].
inline Expr matmul_integer_of(Formula& f) {
    Expr a = cast(f.input(0), DType::float64), b = cast(f.input(1), DType::float64);
    Expr a_zero = f.input(2), b_zero = f.input(3);
    if (a_zero.given()) {
        auto rank = known_dims_of(a_zero.value);
        Expr zero = cast(a_zero, DType::float64);
        a = a - (rank && rank->size() == 1 ? unsqueeze(zero, {1}) : zero);
    }
    if (b_zero.given()) b = b - cast(b_zero, DType::float64);
    return cast(f.op("MatMul", {a, b}), DType::int32);
}
inline Outcome zero_point_rank_known(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (!n.input(2) || known_dims_of(n.input(2))) return Outcome::applied;
    return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 2),
                     "MatMulInteger below opset 10 subtracts the zero point, and whether it is per tensor or per row "
                     "(its rank) is not known",
                     rule::detail::keep_opset_hint(info) + ", or give the zero point a static shape");
}

// Going below per-axis quantization (13): QuantizeLinear-10 and DequantizeLinear-10 have
// one scale and zero point for the whole tensor. With one scale only 'axis' goes; with one
// per slice, the per-slice arithmetic moves out of the node into older ops, and the node keeps
// what it can do with scale 1 and zero point 0 (saturating, or converting to float).
inline std::optional<int64_t> scale_count(const Node& n) {
    auto dims = static_shape_of(n.input(1));
    return dims ? Tensor::checked_element_count(*dims) : std::nullopt;
}
inline Outcome per_axis_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto count = scale_count(n);
    if (count && *count == 1) return Outcome::applied;
    if (!count)
        return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 1),
                         std::string(info.op) + "-" + std::to_string(info.to) +
                             " has one scale for the whole tensor, and whether this scale has one value or one per slice "
                             "(its shape) is not known",
                         rule::detail::keep_opset_hint(info) + ", or give the scale a static shape");
    if (!known_dims_of(n.input(0)))
        return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 0),
                         "the per-axis scale has to be reshaped to broadcast along 'axis', which needs the rank of this input, "
                         "and it is not known",
                         rule::detail::keep_opset_hint(info) + ", or give the input a static shape");
    return Outcome::applied;
}
// Per-slice input `index` ([C]) in float, shaped [C, 1, ..., 1] to broadcast along 'axis' of
// the node's input: folded when it is a constant, else Cast and Unsqueeze.
inline Expr per_slice_along_axis(const Node& n, Formula& f, std::size_t index) {
    int64_t rank = static_cast<int64_t>(known_dims_of(n.input(0))->size());
    const Attribute* a = n.attribute("axis");
    int64_t axis = a && a->get_if<int64_t>() ? *a->get_if<int64_t>() : 1;
    if (axis < 0) axis += rank;
    std::vector<int64_t> trailing;
    for (int64_t i = 1; i < rank - axis; ++i) trailing.push_back(i);
    if (const Tensor* t = f.constant_input(index))
        if (auto values = tensor_as_doubles(*t)) {
            std::vector<int64_t> dims(trailing.size() + 1, 1);
            dims[0] = static_cast<int64_t>(values->size());
            return f.constant(make_tensor(DType::float32, dims, *values).value());
        }
    Expr per_slice = cast(f.input(index), DType::float32);
    return trailing.empty() ? per_slice : unsqueeze(per_slice, trailing);
}
// round(x / scale[c]) + zero_point[c] in float (integers, exactly), saturated by the node.
inline void quantize_per_axis_before_the_node(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (scale_count(n) != 1) {
        Formula f(n, ctx);
        Expr x = f.input(0), zero_point = f.input(2);
        Expr q = round_half_to_even(cast(x, DType::float32) / per_slice_along_axis(n, f, 1));
        if (zero_point.given()) q = q + per_slice_along_axis(n, f, 2);
        DType type = zero_point.given() ? zero_point.dtype : DType::uint8;
        std::vector<Value*> replaced = n.inputs;
        n.inputs = {q.value, f.constant(DType::float32, 1.0).value, f.constant(type, 0.0).value};
        for (Value* v : replaced) drop_if_unread(v, ctx.graph());
    }
    n.remove_attribute("axis");
}
// The node converts x to float; (x - zero_point[c]) * scale[c] follows it (exact for 8-bit x).
inline void dequantize_per_axis_after_the_node(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (scale_count(n) != 1) {
        Formula f(n, ctx);
        std::size_t mark = f.mark();
        Value* y = n.outputs[0];
        Expr x_as_float{&f, ctx.new_value(y->name() + "_unscaled"), DType::float32};
        Expr centered = n.input(2) ? x_as_float - per_slice_along_axis(n, f, 2) : x_as_float;
        f.bind(y, centered * per_slice_along_axis(n, f, 1));
        n.outputs[0] = x_as_float.value;
        ctx.graph().claim_outputs(&n);
        place_after(ctx.graph(), n, f.made_since(mark));
        std::vector<Value*> replaced(n.inputs.begin() + 1, n.inputs.end());
        n.inputs = {n.inputs[0], f.constant(DType::float32, 1.0).value};
        for (Value* v : replaced) drop_if_unread(v, ctx.graph());
    }
    n.remove_attribute("axis");
}

// QuantizeLinear-21 'output_dtype' names the output type when there is no zero point; 19
// takes it from the zero point, so an omitted one becomes zeros of that type.
inline DType output_dtype_of(const Node& n) {
    const Attribute* a = n.attribute("output_dtype");
    const int64_t* t = a ? a->get_if<int64_t>() : nullptr;
    return t ? static_cast<DType>(*t) : DType::undefined;
}
inline Outcome output_dtype_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    DType t = output_dtype_of(n);
    if (t == DType::undefined || t == DType::uint8 || n.input(2)) return Outcome::applied;
    if (element_size(t) == 0 || t == DType::int16 || t == DType::uint16)
        return ctx.error(n, "opset.dtype", "attribute 'output_dtype'",
                         "QuantizeLinear-19 cannot produce " + onnx_schema::tensor_type_string(t), rule::detail::keep_opset_hint(info));
    if (!static_shape_of(n.input(1)))
        return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 1),
                         "QuantizeLinear-19 takes the output type from a zero point, which must have the scale's shape, and "
                         "that shape is not known",
                         rule::detail::keep_opset_hint(info));
    return Outcome::applied;
}
inline void output_dtype_to_zero_point(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    DType t = output_dtype_of(n);
    n.remove_attribute("output_dtype");
    if (t == DType::undefined || t == DType::uint8 || n.input(2)) return;
    auto dims = *static_shape_of(n.input(1));
    std::vector<double> zeros(static_cast<std::size_t>(Tensor::checked_element_count(dims).value_or(0)), 0.0);
    if (n.inputs.size() < 3) n.inputs.resize(3, nullptr);
    n.inputs[2] = ctx.constant_of(t, dims, zeros, n.name.empty() ? "y_zero_point" : n.name + "_y_zero_point");
}

} // namespace quantization_formulas

namespace quantization_steps {
inline constexpr auto quantize_per_tensor_or_per_axis_before =
    native<quantization_formulas::per_axis_expressible, quantization_formulas::quantize_per_axis_before_the_node,
           "drop 'axis'; a per-axis scale and zero point applied before the node">;
inline constexpr auto dequantize_per_tensor_or_per_axis_after =
    native<quantization_formulas::per_axis_expressible, quantization_formulas::dequantize_per_axis_after_the_node,
           "drop 'axis'; a per-axis zero point and scale applied after the node">;
inline constexpr auto output_dtype_as_zero_point =
    native<quantization_formulas::output_dtype_expressible, quantization_formulas::output_dtype_to_zero_point,
           "'output_dtype' -> a zero point of that type">;
} // namespace quantization_steps

inline constexpr auto quantization = rule_table(
    decomposition<"QuantizeLinear", 10>(formula<quantization_formulas::quantize_linear_of,
                                                "Cast(Clip(round(x / y_scale) + y_zero_point), type of y_zero_point)">),
    adapter<"QuantizeLinear", 10, 13>(), adapter<"QuantizeLinear", 13, 10>(quantization_steps::quantize_per_tensor_or_per_axis_before),
    // 'saturate' only affects float8 outputs, which QuantizeLinear-13 cannot have (the driver refuses their zero point).
    adapter<"QuantizeLinear", 13, 19>(), adapter<"QuantizeLinear", 19, 13>(drop_attribute<"saturate">),
    adapter<"QuantizeLinear", 19, 21>(),
    adapter<"QuantizeLinear", 21, 19>(drop_attribute_if_default<"block_size", 0>, quantization_steps::output_dtype_as_zero_point),

    decomposition<"DequantizeLinear", 10>(formula<quantization_formulas::dequantize_linear_of, "(x - x_zero_point) * x_scale">),
    adapter<"DequantizeLinear", 10, 13>(), adapter<"DequantizeLinear", 13, 10>(quantization_steps::dequantize_per_tensor_or_per_axis_after),
    adapter<"DequantizeLinear", 13, 19>(), adapter<"DequantizeLinear", 19, 13>(types_in_older_schema),
    adapter<"DequantizeLinear", 19, 21>(), adapter<"DequantizeLinear", 21, 19>(drop_attribute_if_default<"block_size", 0>),

    decomposition<"DynamicQuantizeLinear", 11>(
        formula<quantization_formulas::dynamic_quantize_linear_of, "scale = (max(x, 0) - min(x, 0)) / 255, then QuantizeLinear">),
    decomposition<"MatMulInteger", 10>(guard<quantization_formulas::zero_point_rank_known, "zero point of known rank">,
                                       formula<quantization_formulas::matmul_integer_of,
                                               "Cast(MatMul(double(A) - a_zero_point, double(B) - b_zero_point), int32)">),
    rule::unsupported<"ConvInteger", 10, 0>("it accumulates in int32, and the only older convolution, Conv on floats, rounds sums "
                                            "beyond 2^24 (and ONNX Runtime has no double Conv)"),
    rule::unsupported<"QLinearConv", 10, 0>("it requantizes an int32 accumulator, which older float ops cannot reproduce bit for bit"),
    rule::unsupported<"QLinearMatMul", 10, 0>("it requantizes an int32 accumulator, which older float ops cannot reproduce bit for bit"),
    // QLinearMatMul-21 widens the scales to float16/bfloat16 and the data to float8: the driver refuses those going down.
    adapter<"QLinearMatMul", 10, 21>(), adapter<"QLinearMatMul", 21, 10>(types_in_older_schema));

} // namespace opbridge::rules::onnx_opset
