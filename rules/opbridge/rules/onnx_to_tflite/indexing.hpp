#pragma once
// Ops that pick, cut or repeat parts of a tensor: Slice, Split, Gather, GatherND, Pad, Tile,
// Expand. They work on the tensor as it is held (NHWC after a Conv) and map their axes, pads
// and repeats through the held layout, so slicing channels between two convolutions needs no
// Transpose. Their parameters must be constants (after constant folding): TFLite wants them as
// constant int32 tensors, in the held order.

#include <algorithm>

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

namespace indexing_detail {

// Constant int input i, or an error that names it and says to make it constant.
inline std::optional<std::vector<int64_t>> require_constant_ints(LoweringContext& c, std::size_t i, std::string_view what) {
    auto v = c.constant_ints(i);
    if (!v) c.error("lower.dynamic-input", "input " + std::to_string(i) + " (" + std::string(what) + ")",
                    "is computed at run time; TFLite needs it as a constant here",
                    "fix the input sizes with --input-shape so constant folding can compute it, or make it an initializer");
    return v;
}

// Indices made non-negative (ONNX allows -dim..dim-1; TFLite reports negative ones as out of range).
inline std::vector<int64_t> non_negative(std::vector<int64_t> indices, const std::vector<int64_t>& dim_of_position) {
    for (std::size_t k = 0; k < indices.size(); ++k)
        if (indices[k] < 0) indices[k] += dim_of_position[k % dim_of_position.size()];
    return indices;
}

} // namespace indexing_detail

// Slice-13: starts, ends, axes, steps as inputs, clamped as the spec says; negative steps
// that run past the first element become an end_mask bit (TFLite reads end -1 as "the last").
inline Outcome lower_slice(const Node&, LoweringContext& c) {
    using indexing_detail::require_constant_ints;
    auto dims = require_static(c, 0);
    auto starts = require_constant_ints(c, 1, "starts");
    auto ends = require_constant_ints(c, 2, "ends");
    if (!dims || !starts || !ends) return Outcome::failed;
    std::size_t r = dims->size();
    std::vector<int64_t> axes(starts->size()), steps(starts->size(), 1);
    for (std::size_t i = 0; i < axes.size(); ++i) axes[i] = static_cast<int64_t>(i);
    if (c.has_input(3)) {
        auto a = require_constant_ints(c, 3, "axes");
        if (!a) return Outcome::failed;
        axes = *a;
    }
    if (c.has_input(4)) {
        auto s = require_constant_ints(c, 4, "steps");
        if (!s) return Outcome::failed;
        steps = *s;
    }
    const Perm& held = c.perm();
    std::vector<int64_t> begin(r, 0), end = layout::permuted(*dims, held), strides(r, 1);
    int64_t end_mask = 0;
    for (std::size_t i = 0; i < axes.size(); ++i) {
        int64_t source_axis = c.source_axis(axes[i], r);
        int64_t dim = (*dims)[static_cast<std::size_t>(source_axis)], step = steps[i];
        if (step == 0) return c.error("lower.attribute", "input 4 (steps)", "a step of 0 is not allowed by the ONNX spec");
        int64_t b = (*starts)[i], e = (*ends)[i];
        if (b < 0) b += dim;
        if (e < 0) e += dim;
        b = step > 0 ? std::clamp<int64_t>(b, 0, dim) : std::clamp<int64_t>(b, 0, dim - 1);
        e = step > 0 ? std::clamp<int64_t>(e, 0, dim) : std::clamp<int64_t>(e, -1, dim - 1);
        auto k = static_cast<std::size_t>(c.axis(source_axis, r));
        begin[k] = b, end[k] = e, strides[k] = step;
        if (e < 0) end_mask |= int64_t{1} << k;
    }
    Value* x = c.input(0);
    if (std::all_of(begin.begin(), begin.end(), [](int64_t b) { return b == 0; }) && end == layout::permuted(*dims, held) &&
        std::all_of(strides.begin(), strides.end(), [](int64_t s) { return s == 1; })) {
        c.set_output(0, x);
        return Outcome::applied;
    }
    std::string name = c.node().name;
    c.emit_output(0, "STRIDED_SLICE",
                  {x, c.int32_constant(begin, name + "_begin"), c.int32_constant(end, name + "_end"),
                   c.int32_constant(strides, name + "_strides")},
                  {Attribute::of_int("begin_mask", 0), Attribute::of_int("end_mask", end_mask), Attribute::of_int("ellipsis_mask", 0),
                   Attribute::of_int("new_axis_mask", 0), Attribute::of_int("shrink_axis_mask", 0)});
    return Outcome::applied;
}

// Split-13: sizes from the constant `split` input, else from the outputs' static dims. Equal
// parts -> SPLIT (axis first, as TFLite orders it), otherwise SPLIT_V.
inline Outcome lower_split(const Node& n, LoweringContext& c) {
    auto dims = require_static(c, 0);
    if (!dims) return Outcome::failed;
    std::size_t r = dims->size(), parts = n.outputs.size();
    int64_t source_axis = c.source_axis(int_attribute(n, "axis", 0), r);
    std::vector<int64_t> sizes;
    if (c.has_input(1)) {
        auto s = indexing_detail::require_constant_ints(c, 1, "split");
        if (!s) return Outcome::failed;
        sizes = *s;
    } else {
        for (std::size_t i = 0; i < parts; ++i) {
            auto d = c.output_dims(i);
            if (!d) return c.error("lower.dynamic-shape", "output " + std::to_string(i), "the part's size is not static",
                                   "fix the input sizes with --input-shape NAME=d0,d1,...");
            sizes.push_back((*d)[static_cast<std::size_t>(source_axis)]);
        }
    }
    if (sizes.size() != parts)
        return c.error("lower.attribute", "input 1 (split)", std::to_string(sizes.size()) + " sizes for " + std::to_string(parts) + " outputs");
    Value* axis = c.int32_constant({c.axis(source_axis, r)}, n.name + "_axis", std::vector<int64_t>{});
    std::vector<Value*> outs;
    for (std::size_t i = 0; i < parts; ++i) outs.push_back(c.output_value(i));
    auto num_splits = Attribute::of_int("num_splits", static_cast<int64_t>(parts));
    if (std::all_of(sizes.begin(), sizes.end(), [&](int64_t s) { return s == sizes[0]; }))
        c.emit_into("SPLIT", {axis, c.input(0)}, outs, {num_splits});
    else
        c.emit_into("SPLIT_V", {c.input(0), c.int32_constant(sizes, n.name + "_sizes"), axis}, outs, {num_splits});
    return Outcome::applied;
}

// Gather: the data stays held as it is; the gathered axis is replaced by the indices' axes
// (none for a scalar index), so the result's layout is the data's with that axis replaced.
// Constant indices become int32 and non-negative; computed ones are passed as they are (TFLite
// reports a negative one as out of range at run time rather than computing something else).
inline Outcome lower_gather(const Node& n, LoweringContext& c) {
    auto dims = require_static(c, 0);
    if (!dims) return Outcome::failed;
    std::size_t r = dims->size();
    int64_t source_axis = c.source_axis(int_attribute(n, "axis", 0), r);
    Perm held = c.input_perm(0);
    Value* data = c.held(0, held);
    Value* indices;
    std::size_t index_rank;
    if (const Tensor* t = c.constant(1)) {
        index_rank = t->dims.size();
        auto values = indexing_detail::non_negative(*c.constant_ints(1), {(*dims)[static_cast<std::size_t>(source_axis)]});
        indices = c.int32_constant(values, n.input(1)->name(), t->dims);
    } else {
        index_rank = c.rank(1);
        indices = c.held(1, layout::identity(index_rank));
    }
    Perm out_perm = layout::replace_axis(held, source_axis, index_rank);
    c.emit_into("GATHER", {data, indices}, {c.output_value(0, out_perm)},
                {Attribute::of_int("axis", layout::axis_in(held, source_axis)), Attribute::of_int("batch_dims", 0)});
    return Outcome::applied;
}

// GatherND-13 (batch_dims 0 only: TFLite's GATHER_ND has none). Index tuples address the
// data's leading axes in the source order, so the data is brought to it.
inline Outcome lower_gather_nd(const Node& n, LoweringContext& c) {
    if (int_attribute(n, "batch_dims", 0) != 0)
        return c.error("lower.attribute", "batch_dims", "GATHER_ND has no batch dimensions",
                       "fold the batch dims into the indices in the source model (batch_dims=0 with a full index tuple)");
    Value* indices;
    if (const Tensor* t = c.constant(1)) {
        auto dims = require_static(c, 0);
        if (!dims) return Outcome::failed;
        if (t->dims.empty() || t->dims.back() < 1 || static_cast<std::size_t>(t->dims.back()) > dims->size())
            return c.error("lower.attribute", "input 1 (indices)", "the index tuples do not fit the data's rank (the ONNX spec requires 1..rank)");
        std::size_t tuple = static_cast<std::size_t>(t->dims.back());
        std::vector<int64_t> dim_of_position(dims->begin(), dims->begin() + static_cast<std::ptrdiff_t>(tuple));
        indices = c.int32_constant(indexing_detail::non_negative(*c.constant_ints(1), dim_of_position), n.input(1)->name(), t->dims);
    } else {
        indices = c.input(1);
    }
    c.emit_output(0, "GATHER_ND", {c.input(0), indices});
    return Outcome::applied;
}

// Pad-13: pads (x1_begin, x2_begin, ..., x1_end, ...) reordered into the held layout. Mode
// constant -> PAD (PADV2 with a non-zero value), reflect -> MIRROR_PAD REFLECT. Negative pads
// crop: the positive part is padded, then a SLICE cuts the rest.
inline Outcome lower_pad(const Node& n, LoweringContext& c) {
    std::string mode = string_attribute(n, "mode", "constant");
    if (mode == "edge")
        return c.error("lower.attribute", "mode", "TFLite has no edge (replicate) padding",
                       "use mode 'reflect' or 'constant' in the source model if the model tolerates it, or cut the graph before this "
                       "node and pad in the application");
    if (mode != "constant" && mode != "reflect")
        return c.error("lower.attribute", "mode", "pad mode '" + mode + "' has no TFLite equivalent",
                       "use mode 'constant' or 'reflect' in the source model");
    auto dims = require_static(c, 0);
    auto pads = indexing_detail::require_constant_ints(c, 1, "pads");
    if (!dims || !pads) return Outcome::failed;
    std::size_t r = dims->size();
    const Perm& held = c.perm();
    std::vector<int64_t> paddings, crop_begin(r, 0), padded = layout::permuted(*dims, held);
    bool crops = false, grows = false;
    for (std::size_t k = 0; k < r; ++k) {
        auto a = static_cast<std::size_t>(held[k]);
        int64_t b = (*pads)[a], e = (*pads)[a + r];
        paddings.push_back(std::max<int64_t>(b, 0));
        paddings.push_back(std::max<int64_t>(e, 0));
        padded[k] += std::max<int64_t>(b, 0) + std::max<int64_t>(e, 0);
        crop_begin[k] = -std::min<int64_t>(b, 0);
        crops = crops || b < 0 || e < 0;
        grows = grows || b > 0 || e > 0;
    }
    Value* x = c.input(0);
    if (!grows && !crops) {
        c.set_output(0, x);
        return Outcome::applied;
    }
    std::vector<Value*> ins{x, c.int32_constant(paddings, n.name + "_paddings", std::vector<int64_t>{static_cast<int64_t>(r), 2})};
    std::string op = "PAD";
    std::vector<Attribute> options;
    if (mode == "reflect") {
        op = "MIRROR_PAD";
        options.push_back(Attribute::of_string("mode", "REFLECT"));
    } else if (c.has_input(2)) {
        auto value = c.constant_reals(2);
        if (!value) ins.push_back(c.held(2, layout::identity(c.rank(2))));
        else if (!value->empty() && (*value)[0] != 0.0) ins.push_back(c.constant_input(2, {}));
        if (ins.size() == 3) op = "PADV2";
    }
    if (!crops) {
        c.emit_output(0, op, ins, options);
        return Outcome::applied;
    }
    if (grows) x = c.emit1(op, ins, options, Type::tensor(c.dtype(0), shape_of(padded)));
    auto out = c.output_type(0);
    c.emit_output(0, "SLICE", {x, c.int32_constant(crop_begin, n.name + "_crop_begin"),
                               c.int32_constant(*static_dims(*out.shape), n.name + "_crop_size")});
    return Outcome::applied;
}

// Tile: repeats reordered into the held layout.
inline Outcome lower_tile(const Node& n, LoweringContext& c) {
    auto dims = require_static(c, 0);
    auto repeats = indexing_detail::require_constant_ints(c, 1, "repeats");
    if (!dims || !repeats) return Outcome::failed;
    if (repeats->size() != dims->size())
        return c.error("lower.attribute", "input 1 (repeats)", "has " + std::to_string(repeats->size()) +
                                                                   " values for a rank-" + std::to_string(dims->size()) + " input");
    std::vector<int64_t> multiples = layout::permuted(*repeats, c.perm());
    Value* x = c.input(0);
    if (std::all_of(multiples.begin(), multiples.end(), [](int64_t m) { return m == 1; })) {
        c.set_output(0, x);
        return Outcome::applied;
    }
    c.emit_output(0, "TILE", {x, c.int32_constant(multiples, n.name + "_multiples")});
    return Outcome::applied;
}

// Expand: BROADCAST_TO in the held layout. A higher-rank result gets the new axes in front (a
// free reshape of the held tensor); an Expand that changes nothing emits nothing.
inline Outcome lower_expand(const Node& n, LoweringContext& c) {
    auto in = require_static(c, 0);
    auto out = c.output_dims(0);
    if (!in) return Outcome::failed;
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the expanded shape is not static after constant folding",
                             "fix the input sizes with --input-shape NAME=d0,d1,...");
    Perm held = c.input_perm(0);
    std::size_t added = out->size() - in->size();
    Perm out_perm = layout::with_leading_axes(held, added);
    Value* x = c.held(0, held);
    std::vector<int64_t> x_dims = *static_dims(*x->type.shape);
    if (added) {
        x_dims.insert(x_dims.begin(), added, 1);
        x = c.reshape(x, x_dims);
    }
    std::vector<int64_t> target = layout::permuted(*out, out_perm);
    if (x_dims == target) {
        c.set_output(0, x, out_perm);
        return Outcome::applied;
    }
    // BROADCAST_TO starts at version 2 (TFLite kept 1 for the flex op of that name).
    c.emit_into("BROADCAST_TO", {x, c.int32_constant(target, n.name + "_shape")}, {c.output_value(0, out_perm)}, {}, 2);
    return Outcome::applied;
}

inline constexpr auto indexing = rule::lowering_table(
    lowering<"Slice", Layout::axes>(&lower_slice, "STRIDED_SLICE (nothing when it keeps everything)"),
    lowering<"Split", Layout::axes>(&lower_split, "SPLIT (equal parts) or SPLIT_V"),
    lowering<"Gather", Layout::custom>(&lower_gather, "GATHER on the held tensor"),
    lowering<"GatherND", Layout::terminator>(&lower_gather_nd, "GATHER_ND"),
    lowering<"Pad", Layout::axes>(&lower_pad, "PAD, PADV2 (non-zero value), MIRROR_PAD (reflect); +SLICE for negative pads"),
    lowering<"Tile", Layout::axes>(&lower_tile, "TILE"),
    lowering<"Expand", Layout::custom>(&lower_expand, "BROADCAST_TO (nothing when it changes nothing)"));

} // namespace opbridge::rules::onnx_to_tflite
