#pragma once
// Opset adapters: Split, Squeeze, Unsqueeze, Reshape, Shape, Slice, Pad, DepthToSpace, Constant, Identity, GatherND, TopK, Flatten, Concat, Gather and other axis-bearing ops.
// Each group below starts with the spec facts it encodes. Steps that only widen the accepted
// types (Reshape-19/21, Shape-19/21, Squeeze/Unsqueeze-21, Pad-21, Constant-13/19/21,
// Identity-16/19/21, Flatten-13/21, ...) need no rule: the driver checks dtypes going down.
#include <cstring>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_axes.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace shape_ops_detail {

inline void nothing_to_change(Node&, RewriteContext&, const AdapterInfo&) {}

inline std::string older(const AdapterInfo& info) { return std::string(info.to_op) + "-" + std::to_string(info.to); }

// ---- Split ----
// Split-18: with no 'split' input, num_outputs says how many parts; Split-13 split evenly
// over its outputs when 'split' was omitted.
inline void count_parts_from_outputs(Node& n, RewriteContext&, const AdapterInfo&) {
    if (!n.input(1) && !n.attribute("num_outputs"))
        n.set_attribute(Attribute::of_int("num_outputs", static_cast<int64_t>(n.outputs.size())));
}

inline int64_t split_axis(const Node& n) {
    int64_t axis = axes_detail::int_attribute(n, "axis", 0);
    if (axis < 0)
        if (auto r = rank_of(n.input(0))) axis += *r;
    return axis;
}

// Sizes computed at run time serve Split-13 only: below it 'split' must be an attribute.
inline Outcome check_parts(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Attribute* a = n.attribute("num_outputs");
    if (!a || n.input(1) || ctx.target_opset() >= 13 || axes_detail::static_dim(n.input(0), split_axis(n))) return Outcome::applied;
    return ctx.error(n, "opset.unknown-dim", "attribute 'num_outputs'",
                     "num_outputs=" + std::to_string(*a->get_if<int64_t>()) + " splits an axis of unknown size, where the last part may be " +
                         "smaller; " + older(info) + " can take the sizes computed at run time, but opset " +
                         std::to_string(ctx.target_opset()) + " needs them as a constant attribute",
                     "convert to opset 13 or later, or give the input a static shape");
}

// Split-18 num_outputs=k cuts parts of ceil(size/k), the last one smaller; Split-13 only
// splits evenly, so uneven parts become an explicit 'split' input (computed at run time
// when the size of the axis is unknown).
inline void parts_to_split_sizes(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    const Attribute* a = n.attribute("num_outputs");
    if (!a) return;
    int64_t parts = *a->get_if<int64_t>();
    n.remove_attribute("num_outputs");
    if (n.input(1)) return;
    int64_t axis = split_axis(n);
    if (auto size = axes_detail::static_dim(n.input(0), axis)) {
        if (*size % parts == 0) return;  // even: Split-13's own default
        int64_t part = (*size + parts - 1) / parts;
        std::vector<int64_t> sizes(static_cast<std::size_t>(parts), part);
        sizes.back() = *size - part * (parts - 1);
        n.inputs.resize(2, nullptr);
        n.inputs[1] = ctx.add_constant(make_int64_tensor({parts}, sizes), n.name + "_split");
        return;
    }
    // size, part = (size + k - 1) / k, last = size - part * (k - 1), split = [part, ..., last]
    name_unnamed_node(ctx, n);
    Value* shape = ctx.emit(n, "Shape", {n.inputs[0]});
    Value* size = ctx.emit(n, "Gather", {shape, ctx.add_constant(make_int64_tensor({1}, {axis}), n.name + "_axis")});
    auto int64_constant = [&](int64_t v, const char* hint) { return ctx.constant_of(DType::int64, {}, {static_cast<double>(v)}, n.name + hint); };
    Value* part = ctx.emit(n, "Div", {ctx.emit(n, "Add", {size, int64_constant(parts - 1, "_parts_minus_1")}), int64_constant(parts, "_parts")});
    Value* last = ctx.emit(n, "Sub", {size, ctx.emit(n, "Mul", {part, int64_constant(parts - 1, "_parts_before_last")})});
    std::vector<Value*> pieces(static_cast<std::size_t>(parts - 1), part);
    pieces.push_back(last);
    n.inputs.resize(2, nullptr);
    n.inputs[1] = ctx.emit(n, "Concat", pieces, {Attribute::of_int("axis", 0)});
}

// ---- Reshape ----
// Reshape-14 allowzero=1 makes a 0 in 'shape' an empty dim instead of "copy this dim"; it
// changes nothing when 'shape' holds no 0.
inline Outcome check_allowzero(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (axes_detail::int_attribute(n, "allowzero", 0) == 0) return Outcome::applied;
    auto shape = axes_detail::constant_ints(n.input(1));
    if (shape && std::find(shape->begin(), shape->end(), 0) == shape->end()) return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "attribute 'allowzero'",
                     shape ? "allowzero=1 makes the 0 in 'shape' " + axes_detail::ints_text(*shape) + " an empty dim; " + older(info) +
                                 " reads 0 as \"copy the input's dim\""
                           : "allowzero=1 makes a 0 in 'shape' an empty dim, and 'shape' is computed at run time" +
                                 rule::detail::producer_text(n.input(1)) + ", so it may hold a 0, which " + older(info) +
                                 " reads as \"copy the input's dim\"",
                     rule::detail::keep_opset_hint(info));
}

// ---- Shape ----
// Shape-15 start/end return a slice of the shape; before, a Slice after Shape does it (both
// clamp out-of-range bounds and count negative ones from the back the same way).
inline void slice_the_shape(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    bool has_end = n.attribute("end") != nullptr;
    int64_t start = axes_detail::int_attribute(n, "start", 0);
    int64_t end = axes_detail::int_attribute(n, "end", std::numeric_limits<int64_t>::max());
    n.remove_attribute("start");
    n.remove_attribute("end");
    if (start == 0 && !has_end) return;
    Value* original = n.outputs[0];
    Value* whole = detach_output(ctx, n, 0, axes_detail::tensor_type(DType::int64, std::vector<std::optional<int64_t>>(1)));
    auto one = [&](int64_t v, const char* hint) { return ctx.add_constant(make_int64_tensor({1}, {v}), n.name + hint); };
    emit_after(ctx, n, "Slice", {whole, one(start, "_start"), one(end, "_end"), one(0, "_slice_axis")}, {original});
}

// ---- Slice ----
// Slice-10 moved starts/ends/axes from attributes to inputs 1..3 and added steps (input 4),
// which Slice-1 lacks: it can go only when all steps are 1.
struct steps_are_all_one {
    static bool ignored(const Node& n) {
        auto steps = axes_detail::constant_ints(n.input(4));
        return steps && std::all_of(steps->begin(), steps->end(), [](int64_t s) { return s == 1; });
    }
};

// ---- Pad ----
// Pad-18 added input 3 'axes': 'pads' then holds a begin and an end for those axes only
// (negative ones count from the back). Pad-13 needs pads for every axis, 0 elsewhere.
inline Outcome check_pad_axes(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Value* axes_value = n.input(3);
    if (!axes_value) return Outcome::applied;
    auto axes = axes_detail::constant_ints(axes_value);
    auto pads = axes_detail::constant_ints(n.input(1));
    auto rank = rank_of(n.input(0));
    std::string why = !axes ? "the axes are computed at run time" + rule::detail::producer_text(axes_value)
                      : !pads ? "the pads are computed at run time" + rule::detail::producer_text(n.input(1))
                      : !rank ? "the rank of input 0 is unknown"
                              : "";
    if (why.empty()) {
        if (pads->size() != 2 * axes->size()) why = "'pads' holds " + std::to_string(pads->size()) + " values for " + std::to_string(axes->size()) + " axes";
        for (int64_t a : *axes)
            if (a < -*rank || a >= *rank) why = "axis " + std::to_string(a) + " is out of range for rank " + std::to_string(*rank);
    }
    if (why.empty()) return Outcome::applied;
    return ctx.error(n, "opset.input-unsupported", axes_detail::input_text(n, 3),
                     older(info) + " has no 'axes' input and takes pads for every axis; opbridge spreads constant pads over " +
                         "the given axes, but " + why,
                     rule::detail::keep_opset_hint(info) + ", or make 'pads' and 'axes' constants");
}

inline void pads_for_every_axis(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (!n.input(3)) return;
    auto axes = *axes_detail::constant_ints(n.input(3));
    auto pads = *axes_detail::constant_ints(n.input(1));
    int64_t rank = *rank_of(n.input(0));
    std::vector<int64_t> full(static_cast<std::size_t>(2 * rank), 0);
    for (std::size_t k = 0; k < axes.size(); ++k) {
        int64_t a = axes[k] < 0 ? axes[k] + rank : axes[k];
        full[static_cast<std::size_t>(a)] = pads[k];
        full[static_cast<std::size_t>(a + rank)] = pads[k + axes.size()];
    }
    n.inputs[1] = ctx.add_constant(make_int64_tensor({2 * rank}, full), n.name + "_pads");
    n.inputs[3] = nullptr;
}

// ---- DepthToSpace ----
// DepthToSpace-11 added mode: DCR (the default, DepthToSpace-1's only order) or CRD. CRD of x
// equals DCR of x with its channels permuted: DCR reads channel (i*b + j)*C' + c where CRD
// reads c*b*b + i*b + j (b = blocksize, C' = C / (b*b)), so a Gather on axis 1 with that
// permutation comes first. Needs the number of channels.
inline std::optional<int64_t> channels(const Node& n) { return axes_detail::static_dim(n.input(0), 1); }

inline Outcome check_crd(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Attribute* mode = n.attribute("mode");
    const auto* text = mode ? mode->get_if<std::string>() : nullptr;
    if (!text || *text == "DCR") return Outcome::applied;
    if (*text != "CRD")
        return ctx.error(n, "opset.attribute-value", "attribute 'mode'", "mode '" + *text + "' is neither DCR nor CRD", "fix the model");
    int64_t b = axes_detail::int_attribute(n, "blocksize", 0);
    auto c = channels(n);
    if (c && b > 0 && *c % (b * b) == 0) return Outcome::applied;
    return ctx.error(n, "opset.unknown-dim", "attribute 'mode'",
                     "mode CRD orders channels column-row-depth, and " + older(info) +
                         " knows only DCR; opbridge permutes the channels first, which needs the channel count (dim 1 of input 0)" +
                         (c ? ", a multiple of blocksize^2, but it is " + std::to_string(*c) : std::string(", and it is unknown")),
                     rule::detail::keep_opset_hint(info) + ", or give the input a static shape");
}

inline void crd_by_channel_permutation(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    const Attribute* mode = n.attribute("mode");
    bool crd = mode && mode->get_if<std::string>() && *mode->get_if<std::string>() == "CRD";
    n.remove_attribute("mode");
    if (!crd) return;
    name_unnamed_node(ctx, n);
    int64_t b = axes_detail::int_attribute(n, "blocksize", 0), c = *channels(n), depth = c / (b * b);
    std::vector<int64_t> permutation(static_cast<std::size_t>(c));
    for (int64_t i = 0; i < b; ++i)
        for (int64_t j = 0; j < b; ++j)
            for (int64_t k = 0; k < depth; ++k) permutation[static_cast<std::size_t>((i * b + j) * depth + k)] = k * b * b + i * b + j;
    Value* x = n.inputs[0];
    Value* permuted = ctx.emit(n, "Gather", {x, ctx.add_constant(make_int64_tensor({c}, permutation), n.name + "_crd_order")},
                               {Attribute::of_int("axis", 1)});
    permuted->type = x->type;
    n.inputs[0] = permuted;
}

// ---- Constant ----
// Constant-11 added sparse_value; Constant-9 holds a dense 'value' only.
inline Outcome check_sparse(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Attribute* a = n.attribute("sparse_value");
    if (!a) return Outcome::applied;
    const auto* sparse = a->get_if<SparseTensor>();
    auto count = sparse ? Tensor::checked_element_count(sparse->dims) : std::nullopt;
    auto indices = sparse ? tensor_as_int64s(sparse->indices) : std::nullopt;
    bool ok = count && indices && sparse->values.dtype != DType::string && element_size(sparse->values.dtype) > 0 &&
              *count <= (int64_t(1) << 31);
    if (ok) {
        std::size_t nnz = sparse->values.data.size() / element_size(sparse->values.dtype);
        std::size_t rank = sparse->dims.size();
        ok = indices->size() == nnz || indices->size() == nnz * rank;
        for (std::size_t k = 0; ok && k < indices->size(); ++k)
            ok = (*indices)[k] >= 0 && (indices->size() == nnz ? (*indices)[k] < *count
                                                               : (*indices)[k] < sparse->dims[k % rank]);
    }
    if (ok) return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "attribute 'sparse_value'",
                     older(info) + " has no 'sparse_value'; opbridge makes it dense, but this one has string values, " +
                         "indices out of range or more than 2^31 elements",
                     rule::detail::keep_opset_hint(info));
}

inline void densify_sparse_value(Node& n, RewriteContext&, const AdapterInfo&) {
    const Attribute* a = n.attribute("sparse_value");
    if (!a) return;
    const SparseTensor& sparse = *a->get_if<SparseTensor>();
    std::size_t size = element_size(sparse.values.dtype), nnz = sparse.values.data.size() / size, rank = sparse.dims.size();
    auto indices = *tensor_as_int64s(sparse.indices);
    std::vector<std::byte> dense(static_cast<std::size_t>(*Tensor::checked_element_count(sparse.dims)) * size);
    for (std::size_t k = 0; k < nnz; ++k) {
        int64_t at = 0;
        if (indices.size() == nnz) at = indices[k];  // linear indices
        else
            for (std::size_t d = 0; d < rank; ++d) at = at * sparse.dims[d] + indices[k * rank + d];
        std::memcpy(dense.data() + static_cast<std::size_t>(at) * size, sparse.values.data.data() + k * size, size);
    }
    Tensor t(sparse.values.dtype, sparse.dims, Buffer::take(std::move(dense)));
    n.remove_attribute("sparse_value");
    n.set_attribute(Attribute::of_tensor("value", std::move(t)));
}

// Constant-12 added value_float(s), value_int(s), value_string(s): a scalar or 1-D tensor
// of float32, int64 or string, which Constant-11 spells as a 'value' tensor.
inline void value_attributes_to_tensor(Node& n, RewriteContext&, const AdapterInfo&) {
    std::optional<Tensor> t;
    for (const Attribute& a : n.attributes) {
        if (a.name == "value_float") t = make_tensor(DType::float32, {}, {*a.get_if<double>()});
        else if (a.name == "value_floats") t = make_tensor(DType::float32, {static_cast<int64_t>(a.get_if<std::vector<double>>()->size())}, *a.get_if<std::vector<double>>());
        else if (a.name == "value_int") t = make_int64_tensor({}, {*a.get_if<int64_t>()});
        else if (a.name == "value_ints") t = make_int64_tensor({static_cast<int64_t>(a.get_if<std::vector<int64_t>>()->size())}, *a.get_if<std::vector<int64_t>>());
        else if (a.name == "value_string" || a.name == "value_strings") {
            Tensor s;
            s.dtype = DType::string;
            if (auto* one = a.get_if<std::string>()) s.strings = {*one};
            else s.strings = *a.get_if<std::vector<std::string>>();
            if (a.name == "value_strings") s.dims = {static_cast<int64_t>(s.strings.size())};
            t = std::move(s);
        } else continue;
        n.remove_attribute(std::string(a.name));
        break;
    }
    if (t) n.set_attribute(Attribute::of_tensor("value", std::move(*t)));
}

inline Outcome check_value_attributes(const Node& n, RewriteContext& ctx, const AdapterInfo&) {
    for (const char* name : {"value_float", "value_floats", "value_int", "value_ints", "value_string", "value_strings"})
        if (const Attribute* a = n.attribute(name)) {
            bool ok = (a->kind == AttributeKind::f && a->get_if<double>()) || (a->kind == AttributeKind::floats && a->get_if<std::vector<double>>()) ||
                      (a->kind == AttributeKind::i && a->get_if<int64_t>()) || (a->kind == AttributeKind::ints && a->get_if<std::vector<int64_t>>()) ||
                      (a->kind == AttributeKind::s && a->get_if<std::string>()) || (a->kind == AttributeKind::strings && a->get_if<std::vector<std::string>>());
            if (!ok)
                return ctx.error(n, "opset.attribute-value", "attribute '" + std::string(name) + "'",
                                 "the attribute does not hold the kind its name says", "fix the model");
        }
    return Outcome::applied;
}

// ---- Identity ----
// Identity-14 accepts sequences (and -16 optionals); Identity-13 takes tensors only.
inline Outcome check_tensor_input(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Value* v = n.input(0);
    bool tensor = true;
    if (v && v->type.kind != Type::Kind::none) tensor = v->type.kind == Type::Kind::tensor;
    else if (v && v->producer)
        if (const auto* s = onnx_schema::at_opset(v->producer->op.domain, v->producer->op.type, v->producer->op.version))
            if (const auto* out = onnx_schema::formal_output(*s, static_cast<std::size_t>(v->producer_output))) {
                auto allowed = onnx_schema::allowed_types(*s, *out);
                tensor = std::any_of(allowed.begin(), allowed.end(), [](std::string_view t) { return t.starts_with("tensor("); });
            }
    if (tensor) return Outcome::applied;
    return ctx.error(n, "opset.dtype", axes_detail::input_text(n, 0),
                     older(info) + " passes tensors only, and this input is a sequence or an optional",
                     "convert to opset 14 or later (sequences) or 16 or later (optionals)");
}

// ---- TopK ----
// TopK-11 added largest (default 1) and sorted (default 1). sorted=0 leaves the order
// unspecified, so the sorted order of TopK-10 is one valid answer. largest=0 (the k
// smallest) is the k largest of -x, negated back; TopK-10 takes float types only.
inline Outcome check_smallest(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (axes_detail::int_attribute(n, "largest", 1) != 0) return Outcome::applied;
    auto t = infer_dtype(n.input(0));
    if (t == DType::float32 || t == DType::float64 || t == DType::float16) return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "attribute 'largest'",
                     "largest=0 (the k smallest) is not in " + older(info) +
                         "; opbridge negates the input to emulate it, which needs a float input (TopK-10 takes float types only)",
                     rule::detail::keep_opset_hint(info));
}

inline void smallest_by_negation(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    bool smallest = axes_detail::int_attribute(n, "largest", 1) == 0;
    n.remove_attribute("largest");
    if (!smallest) return;
    name_unnamed_node(ctx, n);
    Value* x = n.inputs[0];
    Value* negated = ctx.emit(n, "Neg", {x});
    negated->type = x->type;
    n.inputs[0] = negated;
    Value* original = n.outputs[0];
    Value* values = detach_output(ctx, n, 0, original->type);
    emit_after(ctx, n, "Neg", {values}, {original});
}

} // namespace shape_ops_detail

inline constexpr auto shape_ops = rule_table(
    // Split-11: negative axis. Split-13: 'split' moves from an attribute to optional input 1.
    // Split-18: num_outputs (see count_parts_from_outputs and parts_to_split_sizes).
    adapter<"Split", 2, 11>(),
    adapter<"Split", 11, 2>(normalize_negative_axes<"axis", rank_of_input<0>>),
    adapter<"Split", 11, 13>(attribute_to_input<"split", 1>),
    adapter<"Split", 13, 11>(input_to_attribute<1, "split">),
    adapter<"Split", 13, 18>(native<no_check, shape_ops_detail::count_parts_from_outputs, "no 'split' input -> num_outputs = number of outputs">),
    adapter<"Split", 18, 13>(native<shape_ops_detail::check_parts, shape_ops_detail::parts_to_split_sizes, "num_outputs -> even split, or an explicit 'split' input">),

    // Squeeze/Unsqueeze-11: negative axes (Unsqueeze's count in the output rank).
    // -13: 'axes' moves from an attribute to input 1.
    adapter<"Squeeze", 1, 11>(),
    adapter<"Squeeze", 11, 1>(normalize_negative_axes<"axes", rank_of_input<0>>),
    adapter<"Squeeze", 11, 13>(attribute_to_input<"axes", 1>),
    adapter<"Squeeze", 13, 11>(input_to_attribute<1, "axes">),
    adapter<"Unsqueeze", 1, 11>(),
    adapter<"Unsqueeze", 11, 1>(normalize_negative_axes<"axes", rank_of_unsqueezed>),
    adapter<"Unsqueeze", 11, 13>(attribute_to_input<"axes", 1>),
    adapter<"Unsqueeze", 13, 11>(input_to_attribute<1, "axes">),

    // Reshape-14: allowzero (default 0, the old meaning).
    adapter<"Reshape", 13, 14>(),
    adapter<"Reshape", 14, 13>(native<shape_ops_detail::check_allowzero, shape_ops_detail::nothing_to_change, "allowzero must not matter">,
                               drop_attribute<"allowzero">),

    // Shape-15: start/end (default: the whole shape).
    adapter<"Shape", 13, 15>(),
    adapter<"Shape", 15, 13>(native<no_check, shape_ops_detail::slice_the_shape, "start/end -> Slice after Shape">),

    // Slice-10: starts/ends/axes move to inputs 1..3, steps is input 4. Slice-11: negative axes.
    adapter<"Slice", 1, 10>(attribute_to_input<"starts", 1>, attribute_to_input<"ends", 2>, attribute_to_input<"axes", 3>),
    adapter<"Slice", 10, 1>(remove_input<4, shape_ops_detail::steps_are_all_one>, input_to_attribute<1, "starts">,
                            input_to_attribute<2, "ends">, input_to_attribute<3, "axes">),
    adapter<"Slice", 10, 11>(),
    adapter<"Slice", 11, 10>(normalize_negative_axes_input<3, rank_of_input<0>>),

    // Pad-11: pads and value move to inputs 1 and 2. Pad-18: optional input 3 'axes'.
    // Pad-19: mode 'wrap'.
    adapter<"Pad", 2, 11>(attribute_to_input<"pads", 1>, attribute_to_input<"value", 2>),
    adapter<"Pad", 11, 2>(input_to_attribute<1, "pads">, input_to_attribute<2, "value">),
    adapter<"Pad", 13, 18>(),
    adapter<"Pad", 18, 13>(native<shape_ops_detail::check_pad_axes, shape_ops_detail::pads_for_every_axis, "pads for the given axes -> pads for every axis">),
    adapter<"Pad", 18, 19>(),
    adapter<"Pad", 19, 18>(attribute_one_of<"mode", "constant"_s, "reflect"_s, "edge"_s>),

    // DepthToSpace-11: mode (default DCR, the old order).
    adapter<"DepthToSpace", 1, 11>(),
    adapter<"DepthToSpace", 11, 1>(native<shape_ops_detail::check_crd, shape_ops_detail::crd_by_channel_permutation, "mode CRD -> channel permutation, then DCR">),

    // Constant-11: sparse_value. Constant-12: value_float(s)/value_int(s)/value_string(s).
    adapter<"Constant", 9, 11>(),
    adapter<"Constant", 11, 9>(native<shape_ops_detail::check_sparse, shape_ops_detail::densify_sparse_value, "sparse_value -> dense value">),
    adapter<"Constant", 11, 12>(),
    adapter<"Constant", 12, 11>(native<shape_ops_detail::check_value_attributes, shape_ops_detail::value_attributes_to_tensor,
                                       "value_float(s)/value_int(s)/value_string(s) -> value tensor">),

    // Identity-14: sequences.
    adapter<"Identity", 13, 14>(),
    adapter<"Identity", 14, 13>(native<shape_ops_detail::check_tensor_input, shape_ops_detail::nothing_to_change, "input must be a tensor">),

    // GatherND-12: batch_dims (default 0, GatherND-11's only form).
    rule::unsupported<"GatherND", 11, 0>(
        "it gathers by index tuples, which no older op does, and opbridge has no decomposition of it"),
    adapter<"GatherND", 11, 12>(),
    adapter<"GatherND", 12, 11>(drop_attribute_if_default<"batch_dims", 0>),

    // TopK-10: k moves from an attribute to input 1 (1-D, one element). TopK-11: largest, sorted.
    adapter<"TopK", 1, 10>(attribute_to_one_element_input<"k", 1>),
    adapter<"TopK", 10, 1>(input_to_attribute<1, "k">),
    adapter<"TopK", 10, 11>(),
    adapter<"TopK", 11, 10>(drop_attribute<"sorted">,
                            native<shape_ops_detail::check_smallest, shape_ops_detail::smallest_by_negation, "largest=0 -> TopK of -x, values negated">),

    // Opset 11 lets these axes count from the back (Flatten: [-r, r]).
    adapter<"Flatten", 9, 11>(),
    adapter<"Flatten", 11, 9>(normalize_negative_axes<"axis", rank_of_input<0>>),
    adapter<"Concat", 4, 11>(),
    adapter<"Concat", 11, 4>(normalize_negative_axes<"axis", rank_of_input<0>>),
    adapter<"Compress", 9, 11>(),
    adapter<"Compress", 11, 9>(normalize_negative_axes<"axis", rank_of_input<0>>),
    rule::unsupported<"Compress", 9, 0>(
        "it keeps the slices a run-time condition selects, an output shape that depends on data, which no older op "
        "produces (NonZero comes in opset 9 too)"),

    // Gather-11 and OneHot-11 also take negative indices, counted back from the size of the
    // axis (Gather) or from depth (OneHot). OneHot-9 already accepted axis -1.
    adapter<"Gather", 1, 11>(),
    adapter<"Gather", 11, 1>(normalize_negative_axes<"axis", rank_of_input<0>>, wrap_negative_indices<1, size_of_dim<0, "axis">>),
    adapter<"OneHot", 9, 11>(),
    adapter<"OneHot", 11, 9>(normalize_negative_axes<"axis", rank_of_input<0, 1>, -1>, wrap_negative_indices<0, value_of_input<1>>),
    rule::unsupported<"OneHot", 9, 0>(
        "opbridge does not decompose it into older ops (Range and Where, the usual building blocks, are missing there too)"));

} // namespace opbridge::rules::onnx_opset
