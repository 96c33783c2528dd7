#pragma once
// Steps for ops that take axes, sizes or indices:
//   - negative axes made non-negative for versions before opset 11, which count from 0 only
//     (attributes, constant inputs, and run-time indices);
//   - moves between attributes and inputs that the plain steps cannot say (an 'axes' input
//     that is empty, a single value that must become a 1-D input);
//   - and the tools these steps share: a value's static dims, a new node placed after the
//     node being rewritten (to post-process one of its outputs).

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rule/steps.hpp"

namespace opbridge::rule {

namespace axes_detail {

inline std::string input_text(const Node& n, int index) {
    const Value* v = n.input(static_cast<std::size_t>(index));
    return "input " + std::to_string(index) + (v ? " ('" + v->name() + "')" : std::string());
}

inline std::string ints_text(const std::vector<int64_t>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + std::to_string(v[i]);
    return s + "]";
}

// The dims of a value whose rank is known: each dim known or not.
inline std::optional<std::vector<std::optional<int64_t>>> static_dims(const Value* v) {
    if (!v) return std::nullopt;
    std::vector<std::optional<int64_t>> out;
    if (v->type.kind == Type::Kind::tensor && v->type.shape) {
        for (const Dim& d : *v->type.shape) out.push_back(d.is_known() ? std::optional<int64_t>(d.value) : std::nullopt);
        return out;
    }
    if (v->initializer) {
        for (int64_t d : v->initializer->dims) out.push_back(d);
        return out;
    }
    return std::nullopt;
}

// The size of dim `axis` (non-negative) of `v`, when known.
inline std::optional<int64_t> static_dim(const Value* v, int64_t axis) {
    auto dims = static_dims(v);
    if (!dims || axis < 0 || axis >= static_cast<int64_t>(dims->size())) return std::nullopt;
    return (*dims)[static_cast<std::size_t>(axis)];
}

// Every dim after `axis` is known to be 1 (true when `axis` is the last one).
inline bool only_ones_after(const Value* v, int64_t axis) {
    auto dims = static_dims(v);
    if (!dims) return false;
    for (std::size_t i = static_cast<std::size_t>(axis) + 1; i < dims->size(); ++i)
        if ((*dims)[i] != std::optional<int64_t>(1)) return false;
    return true;
}

// The integers a constant input holds; nothing when it is computed at run time.
inline std::optional<std::vector<int64_t>> constant_ints(const Value* v) {
    const Tensor* t = RewriteContext::constant_value(v);
    return t ? tensor_as_int64s(*t) : std::nullopt;
}

// A value known to be empty: its one dim is 0 (a constant or a declared 1-D shape [0]).
inline bool known_empty(const Value* v) {
    auto dims = static_dims(v);
    return dims && dims->size() == 1 && (*dims)[0] == std::optional<int64_t>(0);
}

inline int64_t int_attribute(const Node& n, std::string_view name, int64_t fallback) {
    if (const Attribute* a = n.attribute(name))
        if (auto* i = a->get_if<int64_t>()) return *i;
    return fallback;
}

inline Type tensor_type(std::optional<DType> dtype, std::optional<std::vector<std::optional<int64_t>>> dims) {
    Type t;
    t.kind = Type::Kind::tensor;
    if (dtype) {
        t.elem_type = *dtype;
        t.has_elem_type = true;
    }
    if (dims) {
        Shape s;
        for (auto d : *dims) s.push_back(d ? Dim::known(*d) : Dim::any());
        t.shape = std::move(s);
    }
    return t;
}

} // namespace axes_detail

// ---- new nodes around the node being rewritten ---------------------------------------

// Names an unnamed node after its first output before a rule surrounds it with new nodes:
// the new nodes and values are named after it, and diagnostics keep pointing at what the
// user knows even when that output is rerouted.
inline void name_unnamed_node(RewriteContext& ctx, Node& n) {
    if (n.name.empty() && !n.outputs.empty() && n.outputs[0]) n.name = ctx.unique_node_name(n.outputs[0]->name());
}

// A node placed right after `pos`, so it may read what `pos` computes; like the nodes of
// RewriteContext::emit it is expressed at the step's opset and visited by the driver next.
inline Node* emit_after(RewriteContext& ctx, const Node& pos, std::string_view op_type, std::vector<Value*> inputs,
                        std::vector<Value*> outputs, std::vector<Attribute> attributes = {}) {
    std::string hint = (pos.name.empty() ? std::string(op_type) : pos.name) + "_" + std::string(op_type);
    Node* made = ctx.add_node_before(pos, op_type, std::move(inputs), std::move(outputs), hint);
    made->attributes = std::move(attributes);
    Graph& g = ctx.graph();
    auto nodes = g.take_nodes();
    auto at = std::find_if(nodes.begin(), nodes.end(), [&](const auto& p) { return p.get() == made; });
    auto moved = std::move(*at);
    nodes.erase(at);
    auto after = std::find_if(nodes.begin(), nodes.end(), [&](const auto& p) { return p.get() == &pos; });
    nodes.insert(after == nodes.end() ? after : after + 1, std::move(moved));
    g.reorder_nodes(std::move(nodes));
    return made;
}

// Makes `n` write output `index` to a new value (of type `type`) and returns it; a node
// placed after `n` then computes the original value from it, which keeps its name, type
// and readers.
inline Value* detach_output(RewriteContext& ctx, Node& n, std::size_t index, Type type = {}) {
    name_unnamed_node(ctx, n);
    Value* original = n.outputs[index];
    Value* inner = ctx.new_value(original->name() + "_inner");
    inner->type = std::move(type);
    n.outputs[index] = inner;
    inner->producer = &n;
    inner->producer_output = static_cast<int>(index);
    return inner;
}

// Unsqueeze at the step's opset: 'axes' is an attribute before opset 13 and an input from it.
inline Value* emit_unsqueeze(RewriteContext& ctx, const Node& pos, Value* x, const std::vector<int64_t>& axes) {
    if (ctx.step_opset() >= 13)
        return ctx.emit(pos, "Unsqueeze",
                        {x, ctx.add_constant(make_int64_tensor({static_cast<int64_t>(axes.size())}, axes), pos.name + "_axes")});
    return ctx.emit(pos, "Unsqueeze", {x}, {Attribute::of_ints("axes", axes)});
}

// ---- where a rank comes from ----------------------------------------------------------

// The rank of input Index, plus Extra (OneHot's axis counts in the output, one rank higher).
template <int Index, int Extra = 0>
struct rank_of_input {
    static std::optional<int64_t> rank(const Node& n) {
        auto r = rank_of(n.input(Index));
        return r ? std::optional<int64_t>(*r + Extra) : std::nullopt;
    }
    static std::string text(const Node& n) {
        return "the rank of " + axes_detail::input_text(n, Index) + (Extra ? " plus " + std::to_string(Extra) : std::string());
    }
};

// Unsqueeze counts its axes in the output, whose rank is the input's plus the number of axes.
struct rank_of_unsqueezed {
    static std::optional<int64_t> rank(const Node& n) {
        auto r = rank_of(n.input(0));
        const Attribute* a = n.attribute("axes");
        const auto* axes = a ? a->get_if<std::vector<int64_t>>() : nullptr;
        if (!r || !axes) return std::nullopt;
        return *r + static_cast<int64_t>(axes->size());
    }
    static std::string text(const Node& n) { return "the rank of the output (rank of " + axes_detail::input_text(n, 0) + " plus the number of axes)"; }
};

// ---- negative axes ----------------------------------------------------------------------

// Opset 11 let axes count from the back; older versions take 0..rank-1 only. Makes the
// int or ints attribute Name non-negative using the rank from `Rank`. Values from
// OlderAccepts up are left as they are when the rank is unknown (OneHot-9 accepts -1).
template <fixed_string Name, class Rank, int OlderAccepts = 0>
struct normalize_negative_axes_step {
    std::string describe() const { return "make negative values of '" + std::string(Name.view()) + "' non-negative"; }
    static std::vector<int64_t> values(const Node& n) {
        const Attribute* a = n.attribute(Name.view());
        if (!a) return {};
        if (auto* i = a->get_if<int64_t>()) return {*i};
        if (auto* is = a->get_if<std::vector<int64_t>>()) return *is;
        return {};
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        auto vs = values(n);
        auto rank = Rank::rank(n);
        for (int64_t v : vs) {
            if (v >= 0 || (v >= OlderAccepts && !rank)) continue;
            if (!rank)
                return ctx.error(n, "opset.unknown-rank", "attribute " + detail::quoted(Name.view()),
                                 detail::quoted(Name.view()) + " holds " + std::to_string(v) + ", counted from the back; " +
                                     std::string(info.to_op) + "-" + std::to_string(info.to) +
                                     " counts from 0 only, and " + Rank::text(n) + " is unknown, so it cannot be made non-negative",
                                 detail::keep_opset_hint(info) + ", or give the input a known rank (declare its shape)");
            if (v + *rank < 0)
                return ctx.error(n, "opset.axis-range", "attribute " + detail::quoted(Name.view()),
                                 detail::quoted(Name.view()) + " holds " + std::to_string(v) + ", out of range for rank " +
                                     std::to_string(*rank),
                                 "fix the model: the axis must be in [-rank, rank-1]");
        }
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        auto rank = Rank::rank(n);
        Attribute* a = n.attribute(Name.view());
        if (!a || !rank) return;
        if (auto* i = a->get_if<int64_t>(); i && *i < 0) *a = Attribute::of_int(std::string(Name.view()), *i + *rank);
        if (auto* is = a->get_if<std::vector<int64_t>>()) {
            std::vector<int64_t> out = *is;
            for (auto& v : out)
                if (v < 0) v += *rank;
            *a = Attribute::of_ints(std::string(Name.view()), std::move(out));
        }
    }
};
template <fixed_string Name, class Rank, int OlderAccepts = 0>
inline constexpr normalize_negative_axes_step<Name, Rank, OlderAccepts> normalize_negative_axes{};

// The same for axes held in constant input Index (Slice's 'axes' from opset 10). A
// computed input cannot be checked, so the node is refused.
template <int Index, class Rank>
struct normalize_negative_axes_input_step {
    std::string describe() const { return "make negative values of input " + std::to_string(Index) + " non-negative"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Value* v = n.input(Index);
        if (!v) return Outcome::applied;
        auto axes = axes_detail::constant_ints(v);
        if (!axes)
            return ctx.error(n, "opset.needs-constant", axes_detail::input_text(n, Index),
                             std::string(info.op) + "-" + std::to_string(info.from) + " accepts negative axes and " +
                                 std::string(info.to_op) + "-" + std::to_string(info.to) +
                                 " does not; the axes are computed at run time" + detail::producer_text(v) +
                                 ", so opbridge cannot make them non-negative",
                             detail::keep_opset_hint(info) + ", or make the axes a constant");
        auto rank = Rank::rank(n);
        for (int64_t a : *axes) {
            if (a >= 0) continue;
            if (!rank)
                return ctx.error(n, "opset.unknown-rank", axes_detail::input_text(n, Index),
                                 "axis " + std::to_string(a) + " counts from the back; " + std::string(info.to_op) + "-" +
                                     std::to_string(info.to) + " counts from 0 only, and " + Rank::text(n) + " is unknown",
                                 detail::keep_opset_hint(info) + ", or give the input a known rank (declare its shape)");
            if (a + *rank < 0)
                return ctx.error(n, "opset.axis-range", axes_detail::input_text(n, Index),
                                 "axis " + std::to_string(a) + " is out of range for rank " + std::to_string(*rank),
                                 "fix the model: axes must be in [-rank, rank-1]");
        }
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        const Value* v = n.input(Index);
        if (!v) return;
        auto axes = *axes_detail::constant_ints(v);
        if (std::none_of(axes.begin(), axes.end(), [](int64_t a) { return a < 0; })) return;
        int64_t rank = *Rank::rank(n);
        std::vector<double> fixed;
        for (int64_t a : axes) fixed.push_back(static_cast<double>(a < 0 ? a + rank : a));
        DType dtype = RewriteContext::constant_value(v)->dtype;
        n.inputs[Index] = ctx.constant_of(dtype, {static_cast<int64_t>(fixed.size())}, fixed, v->name() + "_non_negative");
    }
};
template <int Index, class Rank>
inline constexpr normalize_negative_axes_input_step<Index, Rank> normalize_negative_axes_input{};

// Where the size that negative indices count back from comes from.
// The size of dim 'AxisAttr' (default 0) of input Data (Gather's axis of its data).
template <int Data, fixed_string AxisAttr>
struct size_of_dim {
    static std::optional<int64_t> axis(const Node& n) {
        int64_t a = axes_detail::int_attribute(n, AxisAttr.view(), 0);
        if (a >= 0) return a;
        if (auto r = rank_of(n.input(Data))) return a + *r;
        return std::nullopt;
    }
    static std::optional<int64_t> constant(const Node& n) {
        auto a = axis(n);
        return a ? axes_detail::static_dim(n.input(Data), *a) : std::nullopt;
    }
    static bool readable_at_run_time(const Node& n) { return axis(n).has_value(); }
    static std::string text(const Node& n) { return "the size of the indexed axis of " + axes_detail::input_text(n, Data); }
    // A scalar int64 holding the size, read at run time.
    static Value* emit(Node& n, RewriteContext& ctx) {
        Value* shape = ctx.emit(n, "Shape", {n.inputs[Data]});
        return ctx.emit(n, "Gather", {shape, ctx.add_constant(make_int64_tensor({}, {*axis(n)}), n.name + "_axis")});
    }
};
// The value of input Index, a scalar or one-element tensor (OneHot's depth).
template <int Index>
struct value_of_input {
    static std::optional<int64_t> constant(const Node& n) {
        const Tensor* t = RewriteContext::constant_value(n.input(Index));
        auto v = t ? tensor_as_doubles(*t) : std::nullopt;
        if (v && v->size() == 1) return static_cast<int64_t>((*v)[0]);
        return std::nullopt;
    }
    static bool readable_at_run_time(const Node&) { return true; }
    static std::string text(const Node& n) { return "the value of " + axes_detail::input_text(n, Index); }
    static Value* emit(Node& n, RewriteContext& ctx) {
        Value* v = n.inputs[Index];
        if (rank_of(v).value_or(1) == 0) return v;
        return ctx.emit(n, "Reshape", {v, ctx.add_constant(make_int64_tensor({0}, {}), n.name + "_scalar_shape")});
    }
};

// Opset 11 lets indices (input Indices) be negative, counting back from the size `Size`
// gives; older versions take 0..size-1 only. A constant is rewritten; computed indices get
// `i + size * (i < 0)` in front of the node, built from ops of the target opset (the step's
// own opset may predate numpy broadcasting, which these ops rely on).
template <int Indices, class Size>
struct wrap_negative_indices_step {
    std::string describe() const { return "make negative indices (input " + std::to_string(Indices) + ") non-negative"; }
    static bool is_float(DType t) { return t == DType::float16 || t == DType::float32 || t == DType::float64; }
    static bool wrappable(DType t) { return is_float(t) || t == DType::int32 || t == DType::int64; }

    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Value* idx = n.input(Indices);
        std::string older = std::string(info.to_op) + "-" + std::to_string(info.to);
        if (auto values = axes_detail::constant_ints(idx)) {
            bool negative = std::any_of(values->begin(), values->end(), [](int64_t v) { return v < 0; });
            if (negative && !Size::constant(n))
                return ctx.error(n, "opset.unknown-dim", axes_detail::input_text(n, Indices),
                                 "the indices hold negative values, which " + older + " does not accept, and " + Size::text(n) +
                                     " they count back from is unknown",
                                 detail::keep_opset_hint(info) + ", or give the input a static shape");
            return Outcome::applied;
        }
        auto dtype = infer_dtype(idx);
        if (!dtype || !wrappable(*dtype))
            return ctx.error(n, "opset.dtype", axes_detail::input_text(n, Indices),
                             "indices computed at run time may be negative, which " + older +
                                 " does not accept; opbridge wraps them with Less/Mul/Add, which take int32, int64, float16, float or double, not " +
                                 (dtype ? std::string(dtype_name(*dtype)) : std::string("an unknown type")),
                             detail::keep_opset_hint(info));
        if (!Size::constant(n) && !Size::readable_at_run_time(n))
            return ctx.error(n, "opset.unknown-rank", axes_detail::input_text(n, Indices),
                             "indices computed at run time may be negative, which " + older + " does not accept, and " + Size::text(n) +
                                 " cannot be located (the rank is unknown)",
                             detail::keep_opset_hint(info) + ", or give the input a known rank");
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        Value* idx = n.inputs[Indices];
        if (auto values = axes_detail::constant_ints(idx)) {
            if (std::none_of(values->begin(), values->end(), [](int64_t v) { return v < 0; })) return;
            int64_t size = *Size::constant(n);
            std::vector<double> fixed;
            for (int64_t v : *values) fixed.push_back(static_cast<double>(v < 0 ? v + size : v));
            const Tensor* t = RewriteContext::constant_value(idx);
            n.inputs[Indices] = ctx.add_constant(*make_tensor(t->dtype, t->dims, fixed), idx->name() + "_non_negative");
            return;
        }
        name_unnamed_node(ctx, n);
        int64_t saved = ctx.step_opset();
        ctx.set_step_opset(std::max<int64_t>(ctx.target_opset(), 7));
        DType dtype = *infer_dtype(idx);
        Value* negative;
        if (ctx.step_opset() >= 9 || is_float(dtype)) {
            negative = ctx.emit(n, "Less", {idx, ctx.constant_of(dtype, {}, {0}, n.name + "_zero")});
        } else {  // Less-7 compares floats only; a double keeps the sign of every int32/int64
            Value* as_double = ctx.emit(n, "Cast", {idx}, {Attribute::of_int("to", static_cast<int64_t>(DType::float64))});
            negative = ctx.emit(n, "Less", {as_double, ctx.constant_of(DType::float64, {}, {0}, n.name + "_zero")});
        }
        Value* negative_as_index = ctx.emit(n, "Cast", {negative}, {Attribute::of_int("to", static_cast<int64_t>(dtype))});
        Value* size;
        if (auto s = Size::constant(n)) {
            size = ctx.constant_of(dtype, {}, {static_cast<double>(*s)}, n.name + "_size");
        } else {
            size = Size::emit(n, ctx);
            if (infer_dtype(size) != dtype) size = ctx.emit(n, "Cast", {size}, {Attribute::of_int("to", static_cast<int64_t>(dtype))});
        }
        Value* shift = ctx.emit(n, "Mul", {negative_as_index, size});
        n.inputs[Indices] = ctx.emit(n, "Add", {idx, shift});
        ctx.set_step_opset(saved);
    }
};
template <int Indices, class Size>
inline constexpr wrap_negative_indices_step<Indices, Size> wrap_negative_indices{};

// ---- attributes and inputs --------------------------------------------------------------

// Moves int attribute Name into input Index as a 1-D tensor of one element (TopK-10's K is
// "a 1-D tensor containing a single positive value", not a scalar).
template <fixed_string Name, int Index>
struct attribute_to_one_element_input_step {
    std::string describe() const { return "attribute '" + std::string(Name.view()) + "' -> input " + std::to_string(Index) + " (1-D, one element)"; }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        const Attribute* a = n.attribute(Name.view());
        const auto* i = a ? a->get_if<int64_t>() : nullptr;
        if (!i) return;
        Value* v = ctx.add_constant(make_int64_tensor({1}, {*i}), (n.name.empty() ? std::string() : n.name + "_") + std::string(Name.view()));
        if (n.inputs.size() <= static_cast<std::size_t>(Index)) n.inputs.resize(Index + 1, nullptr);
        n.inputs[Index] = v;
        n.remove_attribute(Name.view());
    }
};
template <fixed_string Name, int Index>
inline constexpr attribute_to_one_element_input_step<Name, Index> attribute_to_one_element_input{};

// Reductions whose result over a single element is that element (Sum, Mean, Max, Min,
// Prod): a pass-through can be written as a reduction over a new axis of size 1.
struct single_element_reduces_to_itself {
    static constexpr bool value = true;
};
struct single_element_changes {
    static constexpr bool value = false;
};

// Reduce-18 (ReduceSum-13) takes 'axes' as optional input 1 and adds noop_with_empty_axes;
// the older version holds 'axes' as an attribute, where absent means "reduce over all".
// The axes must be a constant (or known empty). With noop_with_empty_axes=1 and no axes the
// node passes its input through: when `PassThrough` allows, that becomes a reduction over a
// new size-1 axis (exact), otherwise the node is refused.
template <class PassThrough>
struct axes_input_to_attribute_step {
    std::string describe() const { return "input 1 -> attribute 'axes'; drop noop_with_empty_axes"; }
    // The axes as a list (empty when absent or known empty); nothing when unknown.
    static std::optional<std::vector<int64_t>> axes(const Node& n) {
        const Value* v = n.input(1);
        if (!v || axes_detail::known_empty(v)) return std::vector<int64_t>{};
        return axes_detail::constant_ints(v);
    }
    static bool passes_through(const Node& n) {
        auto a = axes(n);
        return a && a->empty() && axes_detail::int_attribute(n, "noop_with_empty_axes", 0) != 0;
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        auto a = axes(n);
        if (!a)
            return ctx.error(n, "opset.needs-constant", axes_detail::input_text(n, 1),
                             std::string(info.to_op) + "-" + std::to_string(info.to) +
                                 " takes 'axes' as an attribute, so input 1 must be a constant, but it is computed at run time" +
                                 detail::producer_text(n.input(1)),
                             detail::keep_opset_hint(info) + ", or make the axes a constant");
        if (passes_through(n) && !PassThrough::value)
            return ctx.error(n, "opset.attribute-value", "attribute 'noop_with_empty_axes'",
                             "noop_with_empty_axes=1 with empty axes passes the input through unchanged; " + std::string(info.to_op) +
                                 "-" + std::to_string(info.to) + " has no such mode (empty axes reduce over all dims)",
                             detail::keep_opset_hint(info) + ", or replace the node by Identity");
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        auto a = *axes(n);
        bool through = passes_through(n);
        n.remove_attribute("noop_with_empty_axes");
        if (n.inputs.size() > 1) n.inputs[1] = nullptr;
        if (through) {
            // Reducing over a new size-1 axis, then dropping it, returns the input unchanged.
            name_unnamed_node(ctx, n);
            n.inputs[0] = emit_unsqueeze(ctx, n, n.inputs[0], {0});
            n.set_attribute(Attribute::of_ints("axes", {0}));
            n.set_attribute(Attribute::of_int("keepdims", 0));
        } else if (!a.empty()) {
            n.set_attribute(Attribute::of_ints("axes", a));
        }
    }
};
template <class PassThrough>
inline constexpr axes_input_to_attribute_step<PassThrough> axes_input_to_attribute{};

// ---- ops that normalize over an axis (Softmax, LogSoftmax, Hardmax) -------------------

// Before opset 13 these coerce the input to 2-D at 'axis' (default 1) and normalize over
// everything from 'axis' on; from 13 they normalize along the one dim 'axis' (default -1).
// The two agree when every dim after the axis is 1.

// Going up (coerced -> one axis): 'axis' is written out (its default changed); when dims
// follow it, the input is flattened to 2-D at the axis and the result reshaped back.
struct coerced_axis_to_single_axis_step {
    std::string describe() const { return "2-D coercion at 'axis' -> one axis: Flatten before, Reshape after when dims follow the axis"; }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        int64_t axis = axes_detail::int_attribute(n, "axis", 1);
        Value* x = n.inputs[0];
        if (auto rank = rank_of(x)) {
            int64_t a = axis < 0 ? axis + *rank : axis;
            if (a >= 0 && a < *rank && axes_detail::only_ones_after(x, a)) {
                n.set_attribute(Attribute::of_int("axis", a));
                return;
            }
        }
        name_unnamed_node(ctx, n);
        Value* shape = ctx.emit(n, "Shape", {x});
        Value* flat = ctx.emit(n, "Flatten", {x}, {Attribute::of_int("axis", axis)});
        flat->type = axes_detail::tensor_type(infer_dtype(x), std::vector<std::optional<int64_t>>(2));
        n.inputs[0] = flat;
        n.set_attribute(Attribute::of_int("axis", 1));
        Value* original = n.outputs[0];
        Value* inner = detach_output(ctx, n, 0, flat->type);
        emit_after(ctx, n, "Reshape", {inner, shape}, {original});
    }
};
inline constexpr coerced_axis_to_single_axis_step coerced_axis_to_single_axis{};

// Going down (one axis -> coerced): the axis must be the last one that is not 1; otherwise
// a Transpose moves it last and another moves it back. Needs the rank unless axis is -1.
struct single_axis_to_coerced_axis_step {
    std::string describe() const { return "one axis -> 2-D coercion at 'axis': Transpose the axis last when dims follow it"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        int64_t axis = axes_detail::int_attribute(n, "axis", -1);
        if (axis == -1) return Outcome::applied;
        auto rank = rank_of(n.input(0));
        if (!rank)
            return ctx.error(n, "opset.unknown-rank", "attribute 'axis'",
                             std::string(info.op) + "-" + std::to_string(info.from) + " normalizes along axis " + std::to_string(axis) +
                                 " only; " + std::string(info.to_op) + "-" + std::to_string(info.to) +
                                 " normalizes over every dim from 'axis' on, and the rank of input 0 is unknown, so opbridge cannot move the axis last",
                             detail::keep_opset_hint(info) + ", or give the input a known rank (declare its shape)");
        if (axis < -*rank || axis >= *rank)
            return ctx.error(n, "opset.axis-range", "attribute 'axis'", "axis " + std::to_string(axis) + " is out of range for rank " + std::to_string(*rank),
                             "fix the model: the axis must be in [-rank, rank-1]");
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        int64_t axis = axes_detail::int_attribute(n, "axis", -1);
        Value* x = n.inputs[0];
        auto rank = rank_of(x);
        if (!rank) {  // axis -1: the last dim, whatever the rank
            n.set_attribute(Attribute::of_int("axis", -1));
            return;
        }
        int64_t a = axis < 0 ? axis + *rank : axis;
        if (axes_detail::only_ones_after(x, a)) {
            n.set_attribute(Attribute::of_int("axis", a));
            return;
        }
        std::vector<int64_t> to_last, back;
        for (int64_t i = 0; i < *rank; ++i)
            if (i != a) to_last.push_back(i);
        to_last.push_back(a);
        back.resize(to_last.size());
        for (std::size_t i = 0; i < to_last.size(); ++i) back[static_cast<std::size_t>(to_last[i])] = static_cast<int64_t>(i);
        std::optional<std::vector<std::optional<int64_t>>> moved;
        if (auto dims = axes_detail::static_dims(x)) {
            moved.emplace();
            for (int64_t i : to_last) moved->push_back((*dims)[static_cast<std::size_t>(i)]);
        }
        name_unnamed_node(ctx, n);
        Type moved_type = axes_detail::tensor_type(infer_dtype(x), moved);
        Value* xt = ctx.emit(n, "Transpose", {x}, {Attribute::of_ints("perm", to_last)});
        xt->type = moved_type;
        n.inputs[0] = xt;
        n.set_attribute(Attribute::of_int("axis", *rank - 1));
        Value* original = n.outputs[0];
        Value* inner = detach_output(ctx, n, 0, moved_type);
        emit_after(ctx, n, "Transpose", {inner}, {original}, {Attribute::of_ints("perm", back)});
    }
};
inline constexpr single_axis_to_coerced_axis_step single_axis_to_coerced_axis{};

} // namespace opbridge::rule
