#pragma once
// The declarative steps adapters are built from. Each step is a stateless type whose
// configuration lives in template arguments, with an optional guard (`check`, which may
// refuse the node with a diagnostic) and an `apply` that cannot fail. The spec fact a step
// encodes should be readable from its name and arguments alone.

#include <cmath>
#include <sstream>
#include <string>
#include <string_view>
#include <variant>

#include "opbridge/ir/tensor_values.hpp"
#include "opbridge/pass/dtype.hpp"
#include "opbridge/rule/adapter.hpp"

namespace opbridge::rule {

namespace detail {

inline std::string quoted(std::string_view s) { return "'" + std::string(s) + "'"; }

// The lowest opset a down-converting node must keep, for hints.
inline std::string keep_opset_hint(const AdapterInfo& info) {
    if (!info.downgrade())  // an upgrade refused: the newer version lacks what the older had
        return "keep the model below opset " + std::to_string(info.to) + ", where " + std::string(info.op) + "-" +
               std::to_string(info.from) + " expresses this";
    return "convert to opset " + std::to_string(info.from) + " or later, where " + std::string(info.op) + "-" +
           std::to_string(info.from) + " expresses this";
}

inline std::string producer_text(const Value* v) {
    if (v && v->producer) return " (computed by node '" + v->producer->name + "', " + v->producer->op.type + ")";
    if (v) return " ('" + v->name() + "' is a graph input)";
    return "";
}

// The attribute kind the schema gives `name` at the version we convert to.
inline AttributeKind schema_attribute_kind(const AdapterInfo& info, std::string_view name) {
    if (info.to_schema)
        if (const auto* a = info.to_schema->attribute(name)) return a->kind;
    return AttributeKind::undefined;
}

} // namespace detail

// Moves attribute Name into input Index as a constant (scalar for int/float attributes, 1-D
// for lists). An absent attribute leaves the input omitted: in every schema that moved an
// attribute to an input, "omitted" keeps the old default meaning.
template <fixed_string Name, int Index>
struct attribute_to_input_step {
    std::string describe() const { return "attribute '" + std::string(Name.view()) + "' -> input " + std::to_string(Index); }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Attribute* a = n.attribute(Name.view());
        if (!a) return;
        std::optional<Tensor> t;
        if (auto* i = a->get_if<int64_t>()) t = make_int64_tensor({}, {*i});
        else if (auto* is = a->get_if<std::vector<int64_t>>()) t = make_int64_tensor({static_cast<int64_t>(is->size())}, *is);
        else if (auto* f = a->get_if<double>()) t = make_tensor(float_input_dtype(n, ctx, info), {}, {*f});
        else if (auto* fs = a->get_if<std::vector<double>>())
            t = make_tensor(float_input_dtype(n, ctx, info), {static_cast<int64_t>(fs->size())}, *fs);
        else if (auto* tensor = a->get_if<Tensor>()) t = *tensor;
        if (!t) return;
        Value* v = ctx.add_constant(std::move(*t), n.name.empty() ? std::string(Name.view()) : n.name + "_" + std::string(Name.view()));
        if (n.inputs.size() <= static_cast<std::size_t>(Index)) n.inputs.resize(Index + 1, nullptr);
        n.inputs[Index] = v;
        n.remove_attribute(Name.view());
    }
    // Float attributes become tensors of the input's element type when the schema ties them
    // together (Clip's min/max are T, like the input); float32 otherwise.
    static DType float_input_dtype(const Node& n, RewriteContext&, const AdapterInfo& info) {
        if (info.to_schema)
            if (const auto* p = onnx_schema::formal_input(*info.to_schema, Index))
                if (!n.inputs.empty() && n.inputs[0] && info.to_schema->inputs[0].type_str == p->type_str)
                    if (auto t = infer_dtype(n.inputs[0])) return *t;
        return DType::float32;
    }
};
template <fixed_string Name, int Index>
inline constexpr attribute_to_input_step<Name, Index> attribute_to_input{};

// Moves constant input Index into attribute Name (kind from the target schema). A computed
// input cannot become an attribute: the node is refused with the producer named.
template <int Index, fixed_string Name>
struct input_to_attribute_step {
    std::string describe() const { return "input " + std::to_string(Index) + " -> attribute '" + std::string(Name.view()) + "'"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Value* v = n.input(Index);
        if (!v) return Outcome::applied;
        const Tensor* t = RewriteContext::constant_value(v);
        if (!t)
            return ctx.error(n, "opset.needs-constant", "input " + std::to_string(Index) + " ('" + v->name() + "')",
                             std::string(info.to_op) + "-" + std::to_string(info.to) + " takes " + detail::quoted(Name.view()) +
                                 " as an attribute, so input " + std::to_string(Index) + " must be a constant, but it is computed at run time" +
                                 detail::producer_text(v),
                             detail::keep_opset_hint(info) + ", or make the input constant (e.g. fix the input shapes so it folds)");
        auto kind = detail::schema_attribute_kind(info, Name.view());
        bool is_int = kind == AttributeKind::i || kind == AttributeKind::ints;
        if (is_int ? !tensor_as_int64s(*t) : !tensor_as_doubles(*t))
            return ctx.error(n, "opset.constant-type", "input " + std::to_string(Index),
                             "constant of dtype " + std::string(dtype_name(t->dtype)) + " cannot become attribute " +
                                 detail::quoted(Name.view()));
        if ((kind == AttributeKind::i || kind == AttributeKind::f) && t->element_count().value_or(0) != 1)
            return ctx.error(n, "opset.constant-shape", "input " + std::to_string(Index),
                             "attribute " + detail::quoted(Name.view()) + " is a single value, but the constant has " +
                                 std::to_string(t->element_count().value_or(0)) + " elements");
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo& info) const {
        const Value* v = n.input(Index);
        if (!v) return;
        const Tensor& t = *RewriteContext::constant_value(v);
        switch (detail::schema_attribute_kind(info, Name.view())) {
        case AttributeKind::i: n.set_attribute(Attribute::of_int(std::string(Name.view()), tensor_as_int64s(t)->at(0))); break;
        case AttributeKind::ints: n.set_attribute(Attribute::of_ints(std::string(Name.view()), *tensor_as_int64s(t))); break;
        case AttributeKind::f: n.set_attribute(Attribute::of_float(std::string(Name.view()), tensor_as_doubles(t)->at(0))); break;
        case AttributeKind::floats: n.set_attribute(Attribute::of_floats(std::string(Name.view()), *tensor_as_doubles(t))); break;
        default: n.set_attribute(Attribute::of_tensor(std::string(Name.view()), t)); break;
        }
        n.inputs[Index] = nullptr;
    }
};
template <int Index, fixed_string Name>
inline constexpr input_to_attribute_step<Index, Name> input_to_attribute{};

// String attribute values as template arguments: attribute_one_of<"mode", "nearest"_s, "linear"_s>.
namespace literals {
template <fixed_string S>
constexpr auto operator""_s() {
    return S;
}
} // namespace literals
using namespace literals;

namespace detail {
template <class V>
Attribute make_attribute(std::string name, V v) {
    if constexpr (std::is_integral_v<V>) return Attribute::of_int(std::move(name), v);
    else if constexpr (std::is_floating_point_v<V>) return Attribute::of_float(std::move(name), v);
    else return Attribute::of_string(std::move(name), std::string(std::string_view(v)));
}
template <class V>
bool attribute_equals(const Attribute& a, V v) {
    if constexpr (std::is_integral_v<V>) {
        auto* x = a.get_if<int64_t>();
        return x && *x == v;
    } else if constexpr (std::is_floating_point_v<V>) {
        auto* x = a.get_if<double>();
        return x && static_cast<float>(*x) == static_cast<float>(v);
    } else {
        auto* x = a.get_if<std::string>();
        return x && *x == std::string_view(v);
    }
}
template <class V>
std::string value_text(V v) {
    if constexpr (std::is_arithmetic_v<V>) {
        std::ostringstream s;
        s << v;
        return s.str();
    } else {
        return "'" + std::string(std::string_view(v)) + "'";
    }
}
inline std::string attribute_text(const Attribute& a) {
    if (auto* i = a.get_if<int64_t>()) return std::to_string(*i);
    if (auto* f = a.get_if<double>()) {
        std::ostringstream s;
        s << *f;
        return s.str();
    }
    if (auto* s = a.get_if<std::string>()) return "'" + *s + "'";
    return std::string(attribute_kind_name(a.kind));
}
} // namespace detail

// Removes an attribute whose meaning the other version no longer has. Refused unless it
// holds Default (or is absent): then dropping it changes nothing.
template <fixed_string Name, auto Default>
struct drop_attribute_if_default_step {
    std::string describe() const { return "drop attribute '" + std::string(Name.view()) + "' (must be " + detail::value_text(Default) + ")"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Attribute* a = n.attribute(Name.view());
        if (!a || detail::attribute_equals(*a, Default)) return Outcome::applied;
        return ctx.error(n, "opset.attribute-value", "attribute " + detail::quoted(Name.view()),
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " has no " + detail::quoted(Name.view()) +
                             "; only the default " + detail::value_text(Default) + " can be dropped, but it is " +
                             detail::attribute_text(*a),
                         detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const { n.remove_attribute(Name.view()); }
};
template <fixed_string Name, auto Default>
inline constexpr drop_attribute_if_default_step<Name, Default> drop_attribute_if_default{};

// Removes an attribute that has no effect in the other version.
template <fixed_string Name>
struct drop_attribute_step {
    std::string describe() const { return "drop attribute '" + std::string(Name.view()) + "'"; }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const { n.remove_attribute(Name.view()); }
};
template <fixed_string Name>
inline constexpr drop_attribute_step<Name> drop_attribute{};

// Sets an attribute when absent (the other version's default differs or it is required).
template <fixed_string Name, auto Value>
struct default_attribute_step {
    std::string describe() const { return "attribute '" + std::string(Name.view()) + "' defaults to " + detail::value_text(Value); }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (!n.attribute(Name.view())) n.set_attribute(detail::make_attribute(std::string(Name.view()), Value));
    }
};
template <fixed_string Name, auto Value>
inline constexpr default_attribute_step<Name, Value> default_attribute{};

template <fixed_string Old, fixed_string New>
struct rename_attribute_step {
    std::string describe() const { return "attribute '" + std::string(Old.view()) + "' -> '" + std::string(New.view()) + "'"; }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (Attribute* a = n.attribute(Old.view())) a->name = std::string(New.view());
    }
};
template <fixed_string Old, fixed_string New>
inline constexpr rename_attribute_step<Old, New> rename_attribute{};

// Refuses the node unless attribute Name is absent or one of Allowed: values the other
// version does not know (Resize's newer modes, Pad's 'wrap').
template <fixed_string Name, auto... Allowed>
struct attribute_one_of_step {
    std::string describe() const {
        std::string s = "attribute '" + std::string(Name.view()) + "' must be one of";
        ((s += " " + detail::value_text(Allowed)), ...);
        return s;
    }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Attribute* a = n.attribute(Name.view());
        if (!a || (detail::attribute_equals(*a, Allowed) || ...)) return Outcome::applied;
        return ctx.error(n, "opset.attribute-value", "attribute " + detail::quoted(Name.view()),
                         detail::attribute_text(*a) + " is not available in " + std::string(info.to_op) + "-" + std::to_string(info.to),
                         detail::keep_opset_hint(info));
    }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
template <fixed_string Name, auto... Allowed>
inline constexpr attribute_one_of_step<Name, Allowed...> attribute_one_of{};

// Inserts an omitted input slot at Index (later inputs move up one): the newer version
// added an optional input in the middle (Resize-11's roi).
template <int Index>
struct insert_omitted_input_step {
    std::string describe() const { return "insert an omitted input at " + std::to_string(Index); }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (n.inputs.size() > static_cast<std::size_t>(Index)) n.inputs.insert(n.inputs.begin() + Index, nullptr);
    }
};
template <int Index>
inline constexpr insert_omitted_input_step<Index> insert_omitted_input{};

// Removes input slot Index (later inputs move down one). Refused when the input is given,
// unless `IgnoredWhen` says the node ignores it.
struct always_refuse {
    static bool ignored(const Node&) { return false; }
};
template <int Index, class IgnoredWhen = always_refuse>
struct remove_input_step {
    std::string describe() const { return "remove input " + std::to_string(Index) + " (must be omitted)"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (!n.input(Index) || IgnoredWhen::ignored(n)) return Outcome::applied;
        return ctx.error(n, "opset.input-unsupported", "input " + std::to_string(Index) + " ('" + n.input(Index)->name() + "')",
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " has no input " + std::to_string(Index),
                         detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (n.inputs.size() > static_cast<std::size_t>(Index)) n.inputs.erase(n.inputs.begin() + Index);
    }
};
template <int Index, class IgnoredWhen = always_refuse>
inline constexpr remove_input_step<Index, IgnoredWhen> remove_input{};

// Refuses the node when output Index (which the other version lacks) is used; drops it.
template <int Index>
struct remove_unused_output_step {
    std::string describe() const { return "remove output " + std::to_string(Index) + " (must be unused)"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Value* v = n.output(Index);
        if (!v || !opbridge::value_is_read(ctx.graph(), v)) return Outcome::applied;
        return ctx.error(n, "opset.output-unsupported", "output " + std::to_string(Index) + " ('" + v->name() + "')",
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " has no output " + std::to_string(Index) +
                             ", and this one is used",
                         detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext&, const AdapterInfo&) const {
        if (n.outputs.size() > static_cast<std::size_t>(Index)) {
            if (Value* v = n.outputs[Index]) v->producer = nullptr;
            n.outputs.erase(n.outputs.begin() + Index);
        }
    }
};
template <int Index>
inline constexpr remove_unused_output_step<Index> remove_unused_output{};

// The escape hatch: a C++ function for what no declarative step says. `Check` may refuse
// the node; `Apply` rewrites it.
template <auto Check, auto Apply, fixed_string Text>
struct native_step {
    std::string describe() const { return std::string(Text.view()); }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const { return Check(n, ctx, info); }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo& info) const { Apply(n, ctx, info); }
};
inline Outcome no_check(const Node&, RewriteContext&, const AdapterInfo&) { return Outcome::applied; }
template <auto Check, auto Apply, fixed_string Text>
inline constexpr native_step<Check, Apply, Text> native{};

} // namespace opbridge::rule
