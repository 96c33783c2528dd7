#pragma once
// Ops that only rearrange data. TRANSPOSE emits nothing: it changes how the result is held,
// so TRANSPOSE pairs cancel and a TRANSPOSE next to a layout change disappears. RESHAPE,
// SQUEEZE and EXPAND_DIMS reshape the held tensor directly when its layout keeps the merged and
// split dims together (rule/lowering.hpp: reshape_held_input); otherwise the data moves once,
// to the nearest layout where it can. Axis-bearing ops (CONCATENATION, PACK, SPLIT, UNPACK) map
// their axis through the layout of their data input.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

inline Outcome reshape_to_output(const Node&, LoweringContext& c) {
    return rule::reshape_held_input(c, "give the TFLite model static input sizes");
}

// TRANSPOSE: the result is the input held in another permutation (nothing emitted).
inline Outcome lower_transpose(const Node&, LoweringContext& c) {
    auto q = require_constant_ints(c, 1, "perm");
    if (!q) return Outcome::failed;
    return rule::hold_transposed_input(c, *q);
}

inline Outcome lower_concatenation(const Node& n, LoweringContext& c) {
    std::vector<Value*> ins;
    for (std::size_t i = 0; i < n.inputs.size(); ++i) ins.push_back(c.input(i));
    return emit_with_activation(n, c, "Concat", ins, {Attribute::of_int("axis", c.axis(int_attribute(n, "axis", 0), c.rank(0)))});
}

// PACK: every input gets a unit dim for the new axis (a Reshape, no data moves), then Concat.
// The new axis is held just before the first held axis that follows it in the source.
inline Outcome lower_pack(const Node& n, LoweringContext& c) {
    std::size_t r = c.rank(0);
    int64_t axis = int_attribute(n, "axis", 0);
    if (axis < 0) axis += static_cast<int64_t>(r) + 1;
    Perm out_perm;
    for (int64_t a : c.perm()) out_perm.push_back(a >= axis ? a + 1 : a);
    auto at = std::find_if(out_perm.begin(), out_perm.end(), [&](int64_t a) { return a > axis; });
    int64_t held_axis = at - out_perm.begin();
    out_perm.insert(at, axis);
    std::vector<Value*> ins;
    for (std::size_t i = 0; i < n.inputs.size(); ++i) {
        Value* x = c.input(i);
        auto d = static_dims(*x->type.shape);
        if (!d) return c.error("lower.dynamic-shape", "input " + std::to_string(i), "the shape is not static",
                               "give the TFLite model static input sizes");
        d->insert(d->begin() + held_axis, 1);
        ins.push_back(c.reshape(x, *d));
    }
    c.emit_into("Concat", ins, {c.output_value(0, out_perm)}, {Attribute::of_int("axis", held_axis)});
    return Outcome::applied;
}

// SPLIT(axis, input): equal parts. SPLIT_V(input, size_splits, axis): given sizes (one -1).
inline Outcome emit_split(const Node& n, LoweringContext& c, std::size_t data, int64_t axis, Value* sizes) {
    std::vector<Value*> outs;
    for (std::size_t i = 0; i < n.outputs.size(); ++i) outs.push_back(c.output_value(i));
    std::vector<Value*> ins{c.input(data)};
    if (sizes) ins.push_back(sizes);
    c.emit_into("Split", ins, outs, {Attribute::of_int("axis", c.axis(axis, c.rank(data)))});
    return Outcome::applied;
}
inline Outcome lower_split(const Node& n, LoweringContext& c) {
    auto axis = require_constant_ints(c, 0, "axis");
    if (!axis) return Outcome::failed;
    return emit_split(n, c, 1, (*axis)[0], nullptr);
}
inline Outcome lower_split_v(const Node& n, LoweringContext& c) {
    auto sizes = require_constant_ints(c, 1, "size_splits");
    auto axis = require_constant_ints(c, 2, "axis");
    auto in = c.dims(0);
    if (!sizes || !axis) return Outcome::failed;
    int64_t a = (*axis)[0] < 0 ? (*axis)[0] + static_cast<int64_t>(c.rank(0)) : (*axis)[0];
    if (std::count(sizes->begin(), sizes->end(), -1)) {
        if (!in) return c.error("lower.dynamic-shape", "input 0", "a split size of -1 needs the static size of the split axis",
                                "give the TFLite model static input sizes");
        int64_t known = 0;
        for (int64_t s : *sizes) known += s == -1 ? 0 : s;
        for (auto& s : *sizes)
            if (s == -1) s = (*in)[static_cast<std::size_t>(a)] - known;
    }
    return emit_split(n, c, 0, a, int64_constant(c, *sizes, n.name + "_split"));
}

// UNPACK: Split along the axis, then each part loses it (a Reshape that moves no data).
inline Outcome lower_unpack(const Node& n, LoweringContext& c) {
    std::size_t r = c.rank(0);
    int64_t axis = int_attribute(n, "axis", 0);
    if (axis < 0) axis += static_cast<int64_t>(r);
    auto out = c.output_dims(0);
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the shape is not static", "give the TFLite model static input sizes");
    Value* x = c.input(0);
    Type part = x->type;
    if (part.shape) (*part.shape)[static_cast<std::size_t>(c.axis(axis, r))] = Dim::known(1);
    std::vector<Type> types(n.outputs.size(), part);
    auto parts = c.emit("Split", {x}, {Attribute::of_int("axis", c.axis(axis, r))}, types);
    Perm out_perm = layout::without_axes(c.perm(), {axis});
    for (std::size_t i = 0; i < parts.size(); ++i)
        emit_reshape(c, parts[i], layout::permuted(*out, out_perm), c.output_value(i, out_perm));
    return Outcome::applied;
}

// DEPTH_TO_SPACE moves channel blocks (i * bs + j) * C + c to pixel (i, j): ONNX's DCR order.
inline Outcome lower_depth_to_space(const Node& n, LoweringContext& c) {
    c.emit_output(0, "DepthToSpace", {c.input(0)},
                  {Attribute::of_int("blocksize", int_attribute(n, "block_size", 2)), Attribute::of_string("mode", "DCR")});
    return Outcome::applied;
}
inline Outcome lower_space_to_depth(const Node& n, LoweringContext& c) {
    c.emit_output(0, "SpaceToDepth", {c.input(0)}, {Attribute::of_int("blocksize", int_attribute(n, "block_size", 2))});
    return Outcome::applied;
}

// SHAPE: a constant when the input's shape is static, else Shape (+Cast to out_type).
inline Outcome lower_shape(const Node& n, LoweringContext& c) {
    DType out = c.output_dtype(0);
    if (auto d = c.dims(0)) {
        c.set_output(0, c.constant_tensor(c.tensor_of(out, {static_cast<int64_t>(d->size())}, std::vector<double>(d->begin(), d->end())),
                                          n.name));
        return Outcome::applied;
    }
    Value* s = c.emit1("Shape", {c.input(0)}, {}, Type::tensor(DType::int64, shape_of({static_cast<int64_t>(c.rank(0))})));
    if (out == DType::int64) c.set_output(0, s);
    else c.emit_output(0, "Cast", {s}, {Attribute::of_int("to", static_cast<int64_t>(out))});
    return Outcome::applied;
}

// RANK: a scalar constant (ranks are always known here).
inline Outcome lower_rank(const Node& n, LoweringContext& c) {
    c.set_output(0, c.constant_tensor(c.tensor_of(c.output_dtype(0), {}, {static_cast<double>(c.rank(0))}), n.name));
    return Outcome::applied;
}

inline constexpr auto shape = rule::lowering_table(
    lowering<"RESHAPE", Layout::custom>(&reshape_to_output, "Reshape (none when the layout already fits)"),
    lowering<"SQUEEZE", Layout::custom>(&reshape_to_output, "Reshape"),
    lowering<"EXPAND_DIMS", Layout::custom>(&reshape_to_output, "Reshape"),
    lowering<"TRANSPOSE", Layout::custom>(&lower_transpose, "nothing: changes the layout the result is held in"),
    lowering<"CONCATENATION", Layout::axes>(&lower_concatenation, "Concat (+activation)"),
    lowering<"PACK", Layout::axes>(&lower_pack, "Reshape each input, Concat"),
    lowering<"UNPACK", Layout::axes>(&lower_unpack, "Split, Reshape each part"),
    lowering<"SPLIT", Layout::axes>(&lower_split, "Split"),
    lowering<"SPLIT_V", Layout::axes>(&lower_split_v, "Split with sizes"),
    lowering<"DEPTH_TO_SPACE", Layout::source>(&lower_depth_to_space, "DepthToSpace (DCR)"),
    lowering<"SPACE_TO_DEPTH", Layout::source>(&lower_space_to_depth, "SpaceToDepth"),
    lowering<"SHAPE", Layout::custom>(&lower_shape, "a constant (static shapes), or Shape (+Cast)"),
    lowering<"RANK", Layout::custom>(&lower_rank, "a constant"));

} // namespace opbridge::rules::tflite_to_onnx
