#pragma once
// Reductions and normalizers. Reductions work in whatever layout their input is held in and
// reduce the held axes the source axes map to; without keepdims the result is held in that
// layout minus the reduced axes (layout::without_axes), so no Transpose is needed either way.
// SOFTMAX and LOG_SOFTMAX work on the last axis: the input is held with the softmax axis last
// (one Transpose at most, none when it already is) and the result stays held that way.
// LayerNormalization has no TFLite builtin and becomes MEAN, SUB, MUL, MEAN, ADD, RSQRT, MUL.

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

namespace reduce_detail {

// Source axes (non-negative, sorted) of a reduction: opset 17 has them as an input for
// ReduceSum (since 13) and as an attribute for the others; none means all.
inline std::optional<std::vector<int64_t>> reduced_axes(const Node& n, LoweringContext& c, bool axes_input) {
    std::vector<int64_t> axes;
    if (axes_input && c.has_input(1)) {
        auto given = c.constant_ints(1);
        if (!given) return c.error("lower.dynamic-input", "input 1 (axes)", "the axes are computed at run time",
                                   "make the axes a constant"),
                      std::nullopt;
        axes = *given;
    } else if (!axes_input) {
        axes = ints_attribute(n, "axes");
    }
    int64_t r = static_cast<int64_t>(c.rank(0));
    for (auto& a : axes) a = c.source_axis(a, static_cast<std::size_t>(r));
    std::sort(axes.begin(), axes.end());
    axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
    return axes;
}

// Held dims of `x` with the held axes `held_axes` set to 1.
inline Type reduced_type(const Value* x, const std::vector<int64_t>& held_axes) {
    Type t = x->type;
    auto d = static_dims(*t.shape);
    if (!d) return t;
    for (int64_t a : held_axes) (*d)[static_cast<std::size_t>(a)] = 1;
    t.shape = shape_of(*d);
    return t;
}

} // namespace reduce_detail

template <fixed_string Target, bool AxesInput>
Outcome lower_reduce(const Node& n, LoweringContext& c) {
    auto axes = reduce_detail::reduced_axes(n, c, AxesInput);
    if (!axes) return Outcome::failed;
    std::size_t r = c.rank(0);
    if (axes->empty()) {
        // ReduceSum-13: empty axes with noop_with_empty_axes=1 is the identity.
        if (AxesInput && int_attribute(n, "noop_with_empty_axes", 0)) return c.set_output(0, c.input(0)), Outcome::applied;
        for (std::size_t a = 0; a < r; ++a) axes->push_back(static_cast<int64_t>(a));
    }
    std::vector<int64_t> held_axes;
    for (int64_t a : *axes) held_axes.push_back(c.axis(a, r));
    std::sort(held_axes.begin(), held_axes.end());
    bool keep = int_attribute(n, "keepdims", 1) != 0;
    Value* x = c.input(0);
    Value* axes_value = c.int32_constant(held_axes, n.name + "_axes");
    Value* y = c.output_value(0, keep ? c.perm() : layout::without_axes(c.perm(), *axes));
    c.emit_into(Target.view(), {x, axes_value}, {y}, {Attribute::of_int("keep_dims", keep ? 1 : 0)});
    return Outcome::applied;
}

// Softmax/LogSoftmax (opset 13+: over one axis): the input held with that axis last.
template <fixed_string Target>
Outcome lower_softmax(const Node& n, LoweringContext& c) {
    std::size_t r = c.rank(0);
    int64_t axis = c.source_axis(int_attribute(n, "axis", -1), r);
    Perm held = c.input_perm(0);
    if (held.size() != r) held = layout::identity(r);
    if (layout::axis_in(held, axis) != static_cast<int64_t>(r) - 1) held = layout::with_axis_last(held, axis);
    std::vector<Attribute> options;
    if (Target.view() == "SOFTMAX") options.push_back(Attribute::of_float("beta", 1.0));
    Value* y = c.output_value(0, held);
    c.emit_into(Target.view(), {c.held(0, held)}, {y}, std::move(options));
    return Outcome::applied;
}

// LayerNormalization-17: normalized over axes [axis, rank), then * scale + bias. Declared
// transparent because scale and bias broadcast like an elementwise op's inputs (from the
// right, permuted with the data); the normalized axes are mapped through the layout.
inline Outcome lower_layer_norm(const Node& n, LoweringContext& c) {
    using reduce_detail::reduced_type;
    std::size_t r = c.rank(0);
    int64_t axis = c.source_axis(int_attribute(n, "axis", -1), r);
    std::vector<int64_t> held_axes;
    for (int64_t a = axis; a < static_cast<int64_t>(r); ++a) held_axes.push_back(c.axis(a, r));
    std::sort(held_axes.begin(), held_axes.end());
    Value* x = c.input(0);
    Type full = c.output_type(0), stat = reduced_type(x, held_axes);
    std::vector<Attribute> keep{Attribute::of_int("keep_dims", 1)};
    Value* axes_value = c.int32_constant(held_axes, n.name + "_axes");
    auto mean_of = [&](Value* v, Type t) { return c.emit1("MEAN", {v, axes_value}, keep, t); };
    Value* mean = mean_of(x, stat);
    Value* centered = c.emit1("SUB", {x, mean}, {activation_none()}, full);
    Value* variance = mean_of(c.emit1("MUL", {centered, centered}, {activation_none()}, full), stat);
    float epsilon = static_cast<float>(real_attribute(n, "epsilon", 1e-5));
    Value* shifted = c.emit1("ADD", {variance, c.float_constant({epsilon}, {}, n.name + "_epsilon")}, {activation_none()}, stat);
    Value* inv_std = c.emit1("RSQRT", {shifted}, {}, stat);
    Value* y = c.emit1("MUL", {centered, inv_std}, {activation_none()}, full);
    if (c.has_input(2)) {
        y = c.emit1("MUL", {y, c.input(1)}, {activation_none()}, full);
        c.emit_output(0, "ADD", {y, c.input(2)}, {activation_none()});
    } else {
        c.emit_output(0, "MUL", {y, c.input(1)}, {activation_none()});
    }
    // The optional Mean and InvStdDev outputs have the reduced axes kept as 1.
    if (n.output(1)) c.set_output(1, mean);
    if (n.output(2)) c.set_output(2, inv_std);
    return Outcome::applied;
}

inline constexpr auto reductions = rule::lowering_table(
    lowering<"ReduceMean", Layout::axes>(&lower_reduce<"MEAN", false>, "MEAN"),
    lowering<"ReduceSum", Layout::axes>(&lower_reduce<"SUM", true>, "SUM"),
    lowering<"ReduceMax", Layout::axes>(&lower_reduce<"REDUCE_MAX", false>, "REDUCE_MAX"),
    lowering<"ReduceMin", Layout::axes>(&lower_reduce<"REDUCE_MIN", false>, "REDUCE_MIN"),
    lowering<"ReduceProd", Layout::axes>(&lower_reduce<"REDUCE_PROD", false>, "REDUCE_PROD"),
    lowering<"Softmax", Layout::custom>(&lower_softmax<"SOFTMAX">, "SOFTMAX over the held last axis"),
    lowering<"LogSoftmax", Layout::custom>(&lower_softmax<"LOG_SOFTMAX">, "LOG_SOFTMAX over the held last axis"),
    lowering<"LayerNormalization", Layout::transparent>(&lower_layer_norm, "MEAN, SUB, MUL, MEAN, ADD, RSQRT, MUL, MUL, ADD"));

} // namespace opbridge::rules::onnx_to_tflite
