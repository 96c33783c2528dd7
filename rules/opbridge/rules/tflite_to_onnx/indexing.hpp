#pragma once
// Padding, slicing, gathering and scattering. Ops whose operands name source axes (PAD, SLICE,
// STRIDED_SLICE, TILE, REVERSE_V2, CUMSUM, TOPK_V2) work in their data input's layout and map
// the axes through it; the others need the source layout.

#include <climits>

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

// PAD / PADV2 / MIRROR_PAD: paddings [rank, 2] -> ONNX pads (begins, then ends) in held order.
inline Outcome lower_pad(const Node& n, LoweringContext& c) {
    auto p = require_constant_ints(c, 1, "paddings");
    if (!p) return Outcome::failed;
    std::size_t r = c.rank(0);
    std::vector<int64_t> pads(2 * r);
    for (std::size_t k = 0; k < r; ++k) {
        auto axis = static_cast<std::size_t>(c.perm().size() == r ? c.perm()[k] : static_cast<int64_t>(k));
        pads[k] = (*p)[2 * axis];
        pads[k + r] = (*p)[2 * axis + 1];
    }
    std::vector<Value*> ins{c.input(0), int64_constant(c, pads, n.name + "_pads")};
    std::vector<Attribute> attributes;
    if (n.op.type == "PADV2" && c.has_input(2)) ins.push_back(c.input(2));
    if (n.op.type == "MIRROR_PAD") {
        if (string_attribute(n, "mode", "REFLECT") != "REFLECT")
            return c.error("lower.attribute", "mode", "SYMMETRIC mirror padding repeats the edge; ONNX Pad reflects without it",
                           "use REFLECT padding in the source model");
        attributes.push_back(Attribute::of_string("mode", "reflect"));
    }
    c.emit_output(0, "Pad", ins, attributes);
    return Outcome::applied;
}

// SLICE(input, begin, size): size -1 runs to the end.
inline Outcome lower_slice(const Node& n, LoweringContext& c) {
    auto begin = require_constant_ints(c, 1, "begin");
    auto size = require_constant_ints(c, 2, "size");
    if (!begin || !size) return Outcome::failed;
    std::size_t r = c.rank(0);
    std::vector<int64_t> starts, ends, axes;
    for (std::size_t a = 0; a < r; ++a) {
        starts.push_back((*begin)[a]);
        ends.push_back((*size)[a] < 0 ? INT64_MAX : (*begin)[a] + (*size)[a]);
        axes.push_back(c.axis(static_cast<int64_t>(a), r));
    }
    c.emit_output(0, "Slice", {c.input(0), int64_constant(c, starts, n.name + "_starts"), int64_constant(c, ends, n.name + "_ends"),
                               int64_constant(c, axes, n.name + "_axes")});
    return Outcome::applied;
}

// STRIDED_SLICE with begin/end masks, shrink_axis_mask (a Reshape drops those axes afterwards)
// and offset; ellipsis and new-axis masks are refused.
inline Outcome lower_strided_slice(const Node& n, LoweringContext& c) {
    auto begin = require_constant_ints(c, 1, "begin");
    auto end = require_constant_ints(c, 2, "end");
    auto strides = c.has_input(3) ? require_constant_ints(c, 3, "strides") : std::optional<std::vector<int64_t>>();
    if (!begin || !end || (c.has_input(3) && !strides)) return Outcome::failed;
    if (int_attribute(n, "ellipsis_mask", 0) || int_attribute(n, "new_axis_mask", 0))
        return c.error("lower.attribute", "ellipsis_mask/new_axis_mask", "ellipsis and new-axis masks are not converted",
                       "spell the slice out per axis in the source model");
    int64_t begin_mask = int_attribute(n, "begin_mask", 0), end_mask = int_attribute(n, "end_mask", 0),
            shrink = int_attribute(n, "shrink_axis_mask", 0);
    bool offset = int_attribute(n, "offset", 0) != 0;
    std::size_t r = c.rank(0);
    std::vector<int64_t> starts, ends, axes, steps, shrunk;
    for (std::size_t a = 0; a < begin->size(); ++a) {
        int64_t step = strides ? (*strides)[a] : 1, b = (*begin)[a], e = offset ? b + (*end)[a] : (*end)[a];
        if (begin_mask >> a & 1) b = step > 0 ? 0 : INT64_MAX;
        if (end_mask >> a & 1) e = step > 0 ? INT64_MAX : INT64_MIN;
        if (shrink >> a & 1) {
            e = b == -1 ? INT64_MAX : b + 1;
            step = 1;
            shrunk.push_back(static_cast<int64_t>(a));
        }
        starts.push_back(b);
        ends.push_back(e);
        steps.push_back(step);
        axes.push_back(c.axis(static_cast<int64_t>(a), r));
    }
    std::vector<Value*> ins{c.input(0), int64_constant(c, starts, n.name + "_starts"), int64_constant(c, ends, n.name + "_ends"),
                            int64_constant(c, axes, n.name + "_axes"), int64_constant(c, steps, n.name + "_steps")};
    if (shrunk.empty()) {
        c.emit_output(0, "Slice", ins);
        return Outcome::applied;
    }
    auto out = c.output_dims(0);
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the shape is not static", "give the TFLite model static input sizes");
    std::vector<int64_t> sliced = *out;
    for (int64_t a : shrunk) sliced.insert(sliced.begin() + a, 1);
    Value* y = c.emit1("Slice", ins, {}, Type::tensor(c.dtype(0), shape_of(layout::permuted(sliced, c.perm()))));
    Perm out_perm = layout::without_axes(c.perm(), shrunk);
    emit_reshape(c, y, layout::permuted(*out, out_perm), c.output_value(0, out_perm));
    return Outcome::applied;
}

// TILE: multiples in held order.
inline Outcome lower_tile(const Node& n, LoweringContext& c) {
    auto m = require_constant_ints(c, 1, "multiples");
    if (!m) return Outcome::failed;
    std::vector<int64_t> held = c.perm().size() == m->size() ? layout::permuted(*m, c.perm()) : *m;
    c.emit_output(0, "Tile", {c.input(0), int64_constant(c, held, n.name + "_repeats")});
    return Outcome::applied;
}

// REVERSE_V2: Slice backwards over the given axes.
inline Outcome lower_reverse(const Node& n, LoweringContext& c) {
    auto axes = require_constant_ints(c, 1, "axis");
    if (!axes) return Outcome::failed;
    std::size_t r = c.rank(0);
    std::vector<int64_t> held_axes, starts, ends, steps;
    for (int64_t a : *axes) {
        held_axes.push_back(c.axis(a, r));
        starts.push_back(-1);
        ends.push_back(INT64_MIN);
        steps.push_back(-1);
    }
    c.emit_output(0, "Slice", {c.input(0), int64_constant(c, starts, n.name + "_starts"), int64_constant(c, ends, n.name + "_ends"),
                               int64_constant(c, held_axes, n.name + "_axes"), int64_constant(c, steps, n.name + "_steps")});
    return Outcome::applied;
}

// Input i as int64 (ONNX index inputs): constants are converted now, others get a Cast.
inline Value* as_int64(LoweringContext& c, std::size_t i) {
    if (c.dtype(i) == DType::int64) return c.input(i);
    if (c.constant(i)) return c.constant_input(i, layout::identity(c.rank(i)), DType::int64);
    Value* x = c.input(i);
    Type t = x->type;
    t.elem_type = DType::int64;
    return c.emit1("Cast", {x}, {Attribute::of_int("to", static_cast<int64_t>(DType::int64))}, t);
}

inline Outcome lower_gather(const Node& n, LoweringContext& c) {
    if (int_attribute(n, "batch_dims", 0) != 0)
        return c.error("lower.attribute", "batch_dims", "GATHER with batch_dims has no ONNX Gather counterpart",
                       "gather per batch in the source model");
    c.emit_output(0, "Gather", {c.input(0), c.input(1)}, {Attribute::of_int("axis", int_attribute(n, "axis", 0))});
    return Outcome::applied;
}
inline Outcome lower_gather_nd(const Node&, LoweringContext& c) {
    c.emit_output(0, "GatherND", {c.input(0), as_int64(c, 1)});
    return Outcome::applied;
}
// EMBEDDING_LOOKUP(ids, params) = Gather(params, ids) on axis 0.
inline Outcome lower_embedding_lookup(const Node&, LoweringContext& c) {
    c.emit_output(0, "Gather", {c.input(1), c.input(0)}, {Attribute::of_int("axis", 0)});
    return Outcome::applied;
}
// SCATTER_ND(indices, updates, shape): TFLite adds duplicate indices, as reduction="add" does.
inline Outcome lower_scatter_nd(const Node& n, LoweringContext& c) {
    Tensor zero = c.tensor_of(c.dtype(1), {1}, {0.0});
    zero.name = n.name + "_zero";
    Value* zeros = c.emit1("ConstantOfShape", {as_int64(c, 2)}, {Attribute::of_tensor("value", std::move(zero))}, c.output_type(0));
    c.emit_output(0, "ScatterND", {zeros, as_int64(c, 0), c.input(1)}, {Attribute::of_string("reduction", "add")});
    return Outcome::applied;
}
inline Outcome lower_broadcast_to(const Node&, LoweringContext& c) {
    c.emit_output(0, "Expand", {c.input(0), as_int64(c, 1)});
    return Outcome::applied;
}
// FILL(dims, value) = Expand(value, dims).
inline Outcome lower_fill(const Node&, LoweringContext& c) {
    c.emit_output(0, "Expand", {c.input(1), as_int64(c, 0)});
    return Outcome::applied;
}
// ONE_HOT(indices, depth, on, off) -> OneHot(indices, depth, [off, on]).
inline Outcome lower_one_hot(const Node& n, LoweringContext& c) {
    auto on = c.constant_reals(2), off = c.constant_reals(3);
    if (!on || !off)
        return c.error("lower.dynamic-input", "input 2/3 (on_value/off_value)", "the values are computed at run time",
                       "make them constants");
    Value* values = c.constant_tensor(c.tensor_of(c.output_dtype(0), {2}, {(*off)[0], (*on)[0]}), n.name + "_values");
    c.emit_output(0, "OneHot", {c.input(0), c.input(1), values}, {Attribute::of_int("axis", int_attribute(n, "axis", -1))});
    return Outcome::applied;
}
// WHERE(condition): coordinates [count, rank] = NonZero's [rank, count] transposed.
inline Outcome lower_where(const Node&, LoweringContext& c) {
    Value* nz = c.emit1("NonZero", {c.input(0)}, {}, Type::tensor(DType::int64, Shape{Dim::known(static_cast<int64_t>(c.rank(0))), Dim::any()}));
    Value* out = c.output_value(0);
    emit_transpose(c, nz, {1, 0}, out);
    return Outcome::applied;
}
// CUMSUM(input, axis) with exclusive/reverse.
inline Outcome lower_cumsum(const Node& n, LoweringContext& c) {
    auto axis = require_constant_ints(c, 1, "axis");
    if (!axis) return Outcome::failed;
    c.emit_output(0, "CumSum", {c.input(0), int64_constant(c, {c.axis((*axis)[0], c.rank(0))}, n.name + "_axis", std::vector<int64_t>{})},
                  {Attribute::of_int("exclusive", int_attribute(n, "exclusive", 0)), Attribute::of_int("reverse", int_attribute(n, "reverse", 0))});
    return Outcome::applied;
}
// TOPK_V2(input, k) on the last axis; indices come back as int32.
inline Outcome lower_topk(const Node& n, LoweringContext& c) {
    auto k = require_constant_ints(c, 1, "k");
    if (!k) return Outcome::failed;
    Type indices = c.output_type(1);
    indices.elem_type = DType::int64;
    Value* values = c.output_value(0);
    Value* idx = c.output_dtype(1) == DType::int64 ? c.output_value(1) : c.new_value(n.name + "_indices", indices);
    c.emit_into("TopK", {c.input(0), int64_constant(c, {(*k)[0]}, n.name + "_k")}, {values, idx},
                {Attribute::of_int("axis", c.axis(-1, c.rank(0)))});
    if (c.output_dtype(1) != DType::int64)
        c.emit_output(1, "Cast", {idx}, {Attribute::of_int("to", static_cast<int64_t>(c.output_dtype(1)))});
    return Outcome::applied;
}
inline Outcome lower_range(const Node&, LoweringContext& c) {
    c.emit_output(0, "Range", {c.input(0), c.input(1), c.input(2)});
    return Outcome::applied;
}

inline constexpr auto indexing = rule::lowering_table(
    lowering<"PAD", Layout::axes>(&lower_pad, "Pad"),
    lowering<"PADV2", Layout::axes>(&lower_pad, "Pad with a constant value"),
    lowering<"MIRROR_PAD", Layout::axes>(&lower_pad, "Pad mode=reflect (REFLECT only)"),
    lowering<"SLICE", Layout::axes>(&lower_slice, "Slice"),
    lowering<"STRIDED_SLICE", Layout::axes>(&lower_strided_slice, "Slice (+Reshape for shrink_axis_mask)"),
    lowering<"TILE", Layout::axes>(&lower_tile, "Tile"),
    lowering<"REVERSE_V2", Layout::axes>(&lower_reverse, "Slice with step -1"),
    lowering<"CUMSUM", Layout::axes>(&lower_cumsum, "CumSum"),
    lowering<"TOPK_V2", Layout::axes>(&lower_topk, "TopK (+Cast of the indices)"),
    lowering<"GATHER", Layout::terminator>(&lower_gather, "Gather (batch_dims 0)"),
    lowering<"GATHER_ND", Layout::terminator>(&lower_gather_nd, "GatherND"),
    lowering<"EMBEDDING_LOOKUP", Layout::terminator>(&lower_embedding_lookup, "Gather"),
    lowering<"SCATTER_ND", Layout::terminator>(&lower_scatter_nd, "ConstantOfShape, ScatterND reduction=add"),
    lowering<"BROADCAST_TO", Layout::terminator>(&lower_broadcast_to, "Expand"),
    lowering<"FILL", Layout::terminator>(&lower_fill, "Expand"),
    lowering<"ONE_HOT", Layout::terminator>(&lower_one_hot, "OneHot"),
    lowering<"WHERE", Layout::terminator>(&lower_where, "NonZero, Transpose"),
    lowering<"RANGE", Layout::terminator>(&lower_range, "Range"));

} // namespace opbridge::rules::tflite_to_onnx
