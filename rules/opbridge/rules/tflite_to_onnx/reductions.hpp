#pragma once
// Reductions over constant axes, mapped through the input's layout. With keep_dims the result
// stays in that layout; without, it is held in the layout minus the reduced axes. In opset 17
// ReduceSum takes its axes as an input, the other reductions as an attribute.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

namespace reduce_detail {

// Reduced source axes (non-negative, sorted, unique) and the held axes they map to.
inline std::optional<std::pair<std::vector<int64_t>, std::vector<int64_t>>> axes(LoweringContext& c) {
    auto a = require_constant_ints(c, 1, "axis");
    if (!a) return std::nullopt;
    std::size_t r = c.rank(0);
    std::vector<int64_t> source;
    for (int64_t x : *a) source.push_back(x < 0 ? x + static_cast<int64_t>(r) : x);
    std::sort(source.begin(), source.end());
    source.erase(std::unique(source.begin(), source.end()), source.end());
    std::vector<int64_t> held;
    for (int64_t x : source) held.push_back(c.axis(x, r));
    return std::pair{source, held};
}

} // namespace reduce_detail

template <fixed_string Target>
Outcome lower_reduce(const Node& n, LoweringContext& c) {
    auto axes = reduce_detail::axes(c);
    if (!axes) return Outcome::failed;
    bool keep = int_attribute(n, "keep_dims", 0) != 0;
    Perm out_perm = keep ? c.perm() : layout::without_axes(c.perm(), axes->first);
    std::vector<Value*> ins{c.input(0)};
    std::vector<Attribute> attributes{Attribute::of_int("keepdims", keep)};
    if (Target.view() == "ReduceSum") ins.push_back(int64_constant(c, axes->second, n.name + "_axes"));
    else attributes.push_back(Attribute::of_ints("axes", axes->second));
    c.emit_into(Target.view(), ins, {c.output_value(0, out_perm)}, attributes);
    return Outcome::applied;
}

// REDUCE_ANY / REDUCE_ALL on booleans: ONNX 17 reduces numbers only, so Cast to int32, ReduceMax /
// ReduceMin, Cast back.
template <fixed_string Target>
Outcome lower_reduce_bool(const Node& n, LoweringContext& c) {
    auto axes = reduce_detail::axes(c);
    if (!axes) return Outcome::failed;
    bool keep = int_attribute(n, "keep_dims", 0) != 0;
    Perm out_perm = keep ? c.perm() : layout::without_axes(c.perm(), axes->first);
    Value* x = c.input(0);
    Type ti = x->type;
    ti.elem_type = DType::int32;
    Value* xi = c.emit1("Cast", {x}, {Attribute::of_int("to", static_cast<int64_t>(DType::int32))}, ti);
    Type to = c.output_type(0, out_perm);
    to.elem_type = DType::int32;
    Value* r = c.emit1(Target.view(), {xi}, {Attribute::of_int("keepdims", keep), Attribute::of_ints("axes", axes->second)}, to);
    c.emit_into("Cast", {r}, {c.output_value(0, out_perm)}, {Attribute::of_int("to", static_cast<int64_t>(DType::boolean))});
    return Outcome::applied;
}

// ARG_MAX / ARG_MIN(input, axis): the axis goes away; ONNX gives int64 indices, TFLite asks for
// output_type (int32 by default).
template <fixed_string Target>
Outcome lower_arg(const Node& n, LoweringContext& c) {
    auto a = require_constant_ints(c, 1, "axis");
    if (!a) return Outcome::failed;
    std::size_t r = c.rank(0);
    int64_t axis = (*a)[0] < 0 ? (*a)[0] + static_cast<int64_t>(r) : (*a)[0];
    Perm out_perm = layout::without_axes(c.perm(), {axis});
    std::vector<Attribute> attributes{Attribute::of_int("axis", c.axis(axis, r)), Attribute::of_int("keepdims", 0)};
    if (c.output_dtype(0) == DType::int64) {
        c.emit_into(Target.view(), {c.input(0)}, {c.output_value(0, out_perm)}, attributes);
        return Outcome::applied;
    }
    Type t = c.output_type(0, out_perm);
    t.elem_type = DType::int64;
    Value* y = c.emit1(Target.view(), {c.input(0)}, attributes, t);
    c.emit_into("Cast", {y}, {c.output_value(0, out_perm)}, {Attribute::of_int("to", static_cast<int64_t>(c.output_dtype(0)))});
    return Outcome::applied;
}

inline constexpr auto reductions = rule::lowering_table(
    lowering<"MEAN", Layout::axes>(&lower_reduce<"ReduceMean">, "ReduceMean"),
    lowering<"SUM", Layout::axes>(&lower_reduce<"ReduceSum">, "ReduceSum"),
    lowering<"REDUCE_MAX", Layout::axes>(&lower_reduce<"ReduceMax">, "ReduceMax"),
    lowering<"REDUCE_MIN", Layout::axes>(&lower_reduce<"ReduceMin">, "ReduceMin"),
    lowering<"REDUCE_PROD", Layout::axes>(&lower_reduce<"ReduceProd">, "ReduceProd"),
    lowering<"REDUCE_ANY", Layout::axes>(&lower_reduce_bool<"ReduceMax">, "Cast, ReduceMax, Cast"),
    lowering<"REDUCE_ALL", Layout::axes>(&lower_reduce_bool<"ReduceMin">, "Cast, ReduceMin, Cast"),
    lowering<"ARG_MAX", Layout::axes>(&lower_arg<"ArgMax">, "ArgMax (+Cast to int32)"),
    lowering<"ARG_MIN", Layout::axes>(&lower_arg<"ArgMin">, "ArgMin (+Cast to int32)"));

} // namespace opbridge::rules::tflite_to_onnx
