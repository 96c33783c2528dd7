#pragma once
// Steps the nn rule families (resize, scatter, pooling, nn, normalization, recurrent) share
// and the core steps (rule/steps.hpp) do not cover: nodes placed after the node (an output
// whose layout or dtype changed between versions), steps that apply only when a condition
// holds, dtype adjustments, empty or default constants for inputs an older version requires,
// and pooling's ceil_mode. Nodes after the node come from steps_axes.hpp (emit_after,
// detach_output); negative indices are wrapped by its wrap_negative_indices.

#include <boost/hana/for_each.hpp>
#include <boost/hana/tuple.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_axes.hpp"
#include "opbridge/rule/steps_decompose.hpp"

namespace opbridge::rule {

namespace nn_detail {

// The value a Cast to `to` of `v` gives, placed before `pos`.
inline Value* emit_cast(RewriteContext& ctx, const Node& pos, Value* v, DType to) {
    return ctx.emit(pos, "Cast", {v}, {Attribute::of_int("to", static_cast<int64_t>(to))});
}

inline bool is_integer_dtype(DType t) {
    switch (t) {
    case DType::int8:
    case DType::int16:
    case DType::int32:
    case DType::int64:
    case DType::uint8:
    case DType::uint16:
    case DType::uint32:
    case DType::uint64: return true;
    default: return false;
    }
}

inline std::optional<int64_t> int_attribute(const Node& n, std::string_view name) {
    if (const Attribute* a = n.attribute(name))
        if (auto* i = a->get_if<int64_t>()) return *i;
    return std::nullopt;
}
inline std::optional<std::string> string_attribute(const Node& n, std::string_view name) {
    if (const Attribute* a = n.attribute(name))
        if (auto* s = a->get_if<std::string>()) return *s;
    return std::nullopt;
}
inline std::optional<std::vector<int64_t>> ints_attribute(const Node& n, std::string_view name) {
    if (const Attribute* a = n.attribute(name))
        if (auto* is = a->get_if<std::vector<int64_t>>()) return *is;
    return std::nullopt;
}

inline std::string ints_text(const std::vector<int64_t>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + std::to_string(v[i]);
    return s + "]";
}
inline std::string perm_text(std::initializer_list<int> perm) {
    std::string s = "[";
    bool first = true;
    for (int p : perm) {
        s += (first ? "" : ",") + std::to_string(p);
        first = false;
    }
    return s + "]";
}

} // namespace nn_detail

// ---- conditions for `when` -------------------------------------------------------------

// Attribute Name is present and equals Value.
template <fixed_string Name, auto Value>
struct attribute_is {
    static bool holds(const Node& n) {
        const Attribute* a = n.attribute(Name.view());
        return a && detail::attribute_equals(*a, Value);
    }
    static std::string describe() { return "attribute '" + std::string(Name.view()) + "' is " + detail::value_text(Value); }
};

// The steps apply (guards included) only to nodes for which Condition holds:
// when<attribute_is<"layout", 1>, transpose_input<0, 1, 0, 2>, ...>.
template <class Condition, auto... Steps>
struct when_step {
    using steps = boost::hana::tuple<std::remove_cvref_t<decltype(Steps)>...>;
    std::string describe() const {
        std::string s = "when " + Condition::describe() + ": ";
        bool first = true;
        boost::hana::for_each(steps{}, [&](const auto& step) {
            s += (first ? "" : ", ") + step.describe();
            first = false;
        });
        return s;
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (!Condition::holds(n)) return Outcome::applied;
        Outcome out = Outcome::applied;
        boost::hana::for_each(steps{}, [&](const auto& step) {
            if constexpr (detail::has_check<std::decay_t<decltype(step)>>)
                if (out == Outcome::applied && step.check(n, ctx, info) == Outcome::failed) out = Outcome::failed;
        });
        return out;
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (!Condition::holds(n)) return;
        boost::hana::for_each(steps{}, [&](const auto& step) { step.apply(n, ctx, info); });
    }
};
template <class Condition, auto... Steps>
inline constexpr when_step<Condition, Steps...> when{};

// ---- layout ----------------------------------------------------------------------------

// Input Index goes through a Transpose with `Perm` first (a layout the other version lacks).
template <int Index, int... Perm>
struct transpose_input_step {
    std::string describe() const { return "transpose input " + std::to_string(Index) + " by " + nn_detail::perm_text({Perm...}); }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        if (Value* v = n.input(Index)) n.inputs[Index] = ctx.emit(n, "Transpose", {v}, {Attribute::of_ints("perm", {Perm...})});
    }
};
template <int Index, int... Perm>
inline constexpr transpose_input_step<Index, Perm...> transpose_input{};

// Output Index is computed in another layout and brought back by a Transpose with `Perm`.
template <int Index, int... Perm>
struct transpose_output_step {
    std::string describe() const { return "transpose output " + std::to_string(Index) + " by " + nn_detail::perm_text({Perm...}); }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        if (!n.output(Index)) return;
        Value* wanted = n.outputs[Index];
        Value* computed = detach_output(ctx, n, Index);
        emit_after(ctx, n, "Transpose", {computed}, {wanted}, {Attribute::of_ints("perm", {Perm...})});
    }
};
template <int Index, int... Perm>
inline constexpr transpose_output_step<Index, Perm...> transpose_output{};

// ---- dtypes ----------------------------------------------------------------------------

// The older version ties input Index to the type of input Reference (one constraint T where
// the newer has two): a Cast makes them agree.
template <int Index, int Reference>
struct cast_input_to_dtype_of_step {
    std::string describe() const {
        return "cast input " + std::to_string(Index) + " to the dtype of input " + std::to_string(Reference);
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        Value* v = n.input(Index);
        auto want = infer_dtype(n.input(Reference));
        auto have = infer_dtype(v);
        if (v && want && have && *want != *have) n.inputs[Index] = nn_detail::emit_cast(ctx, n, v, *want);
    }
};
template <int Index, int Reference>
inline constexpr cast_input_to_dtype_of_step<Index, Reference> cast_input_to_dtype_of{};

// The older version takes floating-point types only: when the first listed input is an
// integer, the listed inputs are cast to Wide, and output 0 back to that integer type.
// Exact while the values fit Wide's mantissa (float64: integers below 2^53). An unknown
// dtype is left as it is (the driver does not check unknown dtypes either).
template <DType Wide, int... Inputs>
struct compute_integer_inputs_in_step {
    static constexpr int first = std::get<0>(std::tuple{Inputs...});
    std::string describe() const {
        return "integer inputs " + nn_detail::perm_text({Inputs...}) + " are computed in " + std::string(dtype_name(Wide));
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        auto t = infer_dtype(n.input(first));
        if (!t || !nn_detail::is_integer_dtype(*t) || !n.output(0)) return;
        for (int i : {Inputs...})
            if (Value* v = n.input(i); v && infer_dtype(v) != Wide) n.inputs[i] = nn_detail::emit_cast(ctx, n, v, Wide);
        Value* wanted = n.outputs[0];
        Value* computed = detach_output(ctx, n, 0);
        emit_after(ctx, n, "Cast", {computed}, {wanted}, {Attribute::of_int("to", static_cast<int64_t>(*t))});
    }
};
template <DType Wide, int... Inputs>
inline constexpr compute_integer_inputs_in_step<Wide, Inputs...> compute_integer_inputs_in{};

// Output Index has another dtype in the other version: a Cast after the node gives its
// readers the dtype they had (`To`).
template <int Index, DType To>
struct cast_output_to_step {
    std::string describe() const { return "cast output " + std::to_string(Index) + " to " + std::string(dtype_name(To)); }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        if (!n.output(Index)) return;
        Value* wanted = n.outputs[Index];
        Value* computed = detach_output(ctx, n, Index);
        emit_after(ctx, n, "Cast", {computed}, {wanted}, {Attribute::of_int("to", static_cast<int64_t>(To))});
    }
};
template <int Index, DType To>
inline constexpr cast_output_to_step<Index, To> cast_output_to{};

// Like cast_output_to, to the dtype of input `Like` (the older version tied them together).
template <int Index, int Like>
struct cast_output_like_input_step {
    std::string describe() const {
        return "cast output " + std::to_string(Index) + " to the dtype of input " + std::to_string(Like);
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (!n.output(Index) || infer_dtype(n.input(Like))) return Outcome::applied;
        return ctx.error(n, "opset.dtype-unknown", "input " + std::to_string(Like),
                         "output " + std::to_string(Index) + " must keep the element type of input " + std::to_string(Like) +
                             ", which is unknown",
                         "declare the input's type in the model, or " + detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        if (!n.output(Index)) return;
        DType to = *infer_dtype(n.input(Like));
        Value* wanted = n.outputs[Index];
        Value* computed = detach_output(ctx, n, Index);
        emit_after(ctx, n, "Cast", {computed}, {wanted}, {Attribute::of_int("to", static_cast<int64_t>(to))});
    }
};
template <int Index, int Like>
inline constexpr cast_output_like_input_step<Index, Like> cast_output_like_input{};

// ---- attributes ------------------------------------------------------------------------

// Removes a list attribute the other version lacks; refused unless every element is Value
// (dilations of all 1 change nothing).
template <fixed_string Name, int64_t Value>
struct drop_ints_attribute_if_all_step {
    std::string describe() const {
        return "drop attribute '" + std::string(Name.view()) + "' (every element must be " + std::to_string(Value) + ")";
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        auto values = nn_detail::ints_attribute(n, Name.view());
        if (!values || std::all_of(values->begin(), values->end(), [](int64_t v) { return v == Value; })) return Outcome::applied;
        return ctx.error(n, "opset.attribute-value", "attribute " + detail::quoted(Name.view()),
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " has no " + detail::quoted(Name.view()) +
                             "; it can be dropped only when every element is " + std::to_string(Value) + ", but it is " +
                             nn_detail::ints_text(*values),
                         detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const { n.remove_attribute(Name.view()); }
};
template <fixed_string Name, int64_t Value>
inline constexpr drop_ints_attribute_if_all_step<Name, Value> drop_ints_attribute_if_all{};

// Refuses the node unless attribute Name, read as Default when absent, is one of Allowed:
// for a newer version whose default the older one cannot express.
template <fixed_string Name, auto Default, auto... Allowed>
struct attribute_with_default_one_of_step {
    std::string describe() const {
        std::string s = "attribute '" + std::string(Name.view()) + "' (default " + detail::value_text(Default) + ") must be one of";
        ((s += " " + detail::value_text(Allowed)), ...);
        return s;
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Attribute* a = n.attribute(Name.view());
        if (a ? (detail::attribute_equals(*a, Allowed) || ...) : ((detail::value_text(Default) == detail::value_text(Allowed)) || ...))
            return Outcome::applied;
        std::string value = a ? detail::attribute_text(*a) : detail::value_text(Default) + " (the default)";
        return ctx.error(n, "opset.attribute-value", "attribute " + detail::quoted(Name.view()),
                         value + " is not available in " + std::string(info.to_op) + "-" + std::to_string(info.to),
                         detail::keep_opset_hint(info));
    }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
template <fixed_string Name, auto Default, auto... Allowed>
inline constexpr attribute_with_default_one_of_step<Name, Default, Allowed...> attribute_with_default_one_of{};

// A value of attribute Name is spelled differently in the other version.
template <fixed_string Name, auto From, auto To>
struct rename_attribute_value_step {
    std::string describe() const {
        return "attribute '" + std::string(Name.view()) + "' " + detail::value_text(From) + " -> " + detail::value_text(To);
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (const Attribute* a = n.attribute(Name.view()); a && detail::attribute_equals(*a, From))
            n.set_attribute(detail::make_attribute(std::string(Name.view()), To));
    }
};
template <fixed_string Name, auto From, auto To>
inline constexpr rename_attribute_value_step<Name, From, To> rename_attribute_value{};

// ---- inputs ----------------------------------------------------------------------------

// Refuses the node unless input Index has rank Rank (the older version takes only that).
template <int Index, int Rank>
struct input_rank_is_step {
    std::string describe() const { return "input " + std::to_string(Index) + " must have rank " + std::to_string(Rank); }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        auto rank = rank_of(n.input(Index));
        if (rank && *rank == Rank) return Outcome::applied;
        std::string what = rank ? "it has rank " + std::to_string(*rank) : "its rank is unknown";
        return ctx.error(n, "opset.rank", "input " + std::to_string(Index),
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " takes input " + std::to_string(Index) +
                             " of rank " + std::to_string(Rank) + " only, and " + what,
                         detail::keep_opset_hint(info) + (rank ? "" : ", or declare the input's shape"));
    }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
template <int Index, int Rank>
inline constexpr input_rank_is_step<Index, Rank> input_rank_is{};

// The newer version made input Index optional; the older one needs it given, and an empty
// float tensor says "none" there (Resize-11's roi, or its scales when sizes are given).
template <int Index>
struct empty_tensor_for_omitted_input_step {
    std::string describe() const { return "an omitted input " + std::to_string(Index) + " becomes an empty tensor"; }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        if (static_cast<std::size_t>(Index) >= n.inputs.size() || n.inputs[Index]) return;
        n.inputs[Index] = ctx.constant_of(DType::float32, {0}, {}, n.name.empty() ? "empty" : n.name + "_empty");
    }
};
template <int Index>
inline constexpr empty_tensor_for_omitted_input_step<Index> empty_tensor_for_omitted_input{};

// The newer version made input Index optional with omission meaning Value (Gemm-11's C: as
// if 0); the older one needs it: a scalar Value of input Like's dtype.
template <int Index, auto Value, int Like>
struct scalar_for_omitted_input_step {
    std::string describe() const {
        return "an omitted input " + std::to_string(Index) + " becomes the scalar " + detail::value_text(Value);
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (n.input(Index) || infer_dtype(n.input(Like))) return Outcome::applied;
        return ctx.error(n, "opset.dtype-unknown", "input " + std::to_string(Like),
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " requires input " + std::to_string(Index) +
                             ", of the element type of input " + std::to_string(Like) + ", which is unknown",
                         "declare the input's type in the model, or " + detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        if (n.input(Index)) return;
        if (n.inputs.size() <= static_cast<std::size_t>(Index)) n.inputs.resize(Index + 1, nullptr);
        n.inputs[Index] = ctx.constant_of(*infer_dtype(n.input(Like)), {}, {static_cast<double>(Value)},
                                          n.name.empty() ? "zero" : n.name + "_input" + std::to_string(Index));
    }
};
template <int Index, auto Value, int Like>
inline constexpr scalar_for_omitted_input_step<Index, Value, Like> scalar_for_omitted_input{};

// ---- pooling ---------------------------------------------------------------------------

// ceil_mode=1 (MaxPool-10, AveragePool-10, LpPool-18) rounds the output size up. With static
// spatial dims the same windows come from ceil_mode=0 and an end padding that gives as many
// windows; max and Lp pooling ignore padding, and so does average pooling unless
// count_include_pad=1 (then only a ceil_mode that leaves the padding as it is can go).
// auto_pad SAME_* sizes the output without ceil_mode.
struct ceil_mode_as_end_padding_step {
    std::string describe() const { return "ceil_mode=1 -> extra end padding (needs static spatial dims)"; }

    struct Plan {
        std::vector<int64_t> pads;  // begins then ends
        bool end_pads_changed = false;
    };
    static std::optional<Plan> plan(const Node& n) {
        auto dims = static_shape_of(n.input(0));
        auto kernel = nn_detail::ints_attribute(n, "kernel_shape");
        if (!dims || !kernel || dims->size() != kernel->size() + 2) return std::nullopt;
        std::size_t r = kernel->size();
        auto strides = nn_detail::ints_attribute(n, "strides").value_or(std::vector<int64_t>(r, 1));
        auto dilations = nn_detail::ints_attribute(n, "dilations").value_or(std::vector<int64_t>(r, 1));
        bool valid = nn_detail::string_attribute(n, "auto_pad").value_or("NOTSET") == "VALID";
        auto pads = valid ? std::vector<int64_t>(2 * r, 0) : nn_detail::ints_attribute(n, "pads").value_or(std::vector<int64_t>(2 * r, 0));
        if (strides.size() != r || dilations.size() != r || pads.size() != 2 * r) return std::nullopt;
        Plan p{pads, false};
        for (std::size_t i = 0; i < r; ++i) {
            int64_t in = (*dims)[i + 2], s = strides[i], k = (kernel->at(i) - 1) * dilations[i] + 1;
            int64_t begin = pads[i], padded = in + begin + pads[i + r];
            if (s <= 0 || padded < k) return std::nullopt;
            int64_t out = (padded - k + s - 1) / s + 1;
            // A last window that would start in the end padding is not made (ONNX's pooling
            // shape rule with ceil_mode, as ONNX Runtime applies it).
            if (out > 1 && (out - 1) * s >= in + begin) --out;
            // The end padding that makes the floor rule give `out` windows.
            int64_t end = std::max<int64_t>(0, (out - 1) * s + k - in - begin);
            if ((in + begin + end - k) / s + 1 != out) return std::nullopt;
            p.end_pads_changed = p.end_pads_changed || end != pads[i + r];
            p.pads[i + r] = end;
        }
        return p;
    }
    static bool uses_ceil(const Node& n) { return nn_detail::int_attribute(n, "ceil_mode").value_or(0) != 0; }
    static bool same_padding(const Node& n) { return nn_detail::string_attribute(n, "auto_pad").value_or("NOTSET").starts_with("SAME"); }

    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (!uses_ceil(n) || same_padding(n)) return Outcome::applied;
        auto p = plan(n);
        if (!p)
            return ctx.error(n, "opset.attribute-value", "attribute 'ceil_mode'",
                             std::string(info.to_op) + "-" + std::to_string(info.to) +
                                 " has no ceil_mode; it can be replaced by extra end padding only when the input's spatial "
                                 "dims are known, and they are not",
                             detail::keep_opset_hint(info) + ", or give the input a static shape");
        if (p->end_pads_changed && nn_detail::int_attribute(n, "count_include_pad").value_or(0) != 0)
            return ctx.error(n, "opset.attribute-value", "attribute 'ceil_mode'",
                             std::string(info.to_op) + "-" + std::to_string(info.to) +
                                 " has no ceil_mode, and with count_include_pad=1 the end padding that replaces it would "
                                 "change the averages of the last windows",
                             detail::keep_opset_hint(info));
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (uses_ceil(n) && !same_padding(n)) {
            auto p = plan(n);
            n.remove_attribute("auto_pad");
            n.set_attribute(Attribute::of_ints("pads", p->pads));
        }
        n.remove_attribute("ceil_mode");
    }
};
inline constexpr ceil_mode_as_end_padding_step ceil_mode_as_end_padding{};

} // namespace opbridge::rule
