#pragma once
// Pattern templates: match a small subgraph, rewrite it into another.
//
//   // x * HardSigmoid(x; alpha=1/6, beta=0.5)  ==>  HardSwish(x)   (onnx < 14 has no HardSwish)
//   inline constexpr auto hard_swish =
//       pattern(op<"Mul">(x, op<"HardSigmoid">(x).where(attr<"alpha">(1.0 / 6), attr<"beta">(0.5))).commutative())
//           .rewrite(op<"HardSwish">(x));
//
// A pattern is a tree of op<> nodes whose leaves are variables (var<"x">); a variable used
// twice must bind the same value. The rewrite is a tree of op<> nodes over the variables;
// its root takes over the matched root's outputs, so names seen outside stay the same, and
// matched nodes nobody else reads are removed. The operands of one op<> are a boost::hana
// tuple (small and local); tables of patterns are flat arrays of PatternEntry.

#include <boost/hana/at.hpp>
#include <boost/hana/concat.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/size.hpp>
#include <boost/hana/tuple.hpp>
#include <boost/hana/unpack.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "opbridge/rule/context.hpp"
#include "opbridge/rule/fixed_string.hpp"

namespace opbridge::rule {

// ---- variables and bindings ------------------------------------------------------------

template <fixed_string Name>
struct var_t {
    static constexpr std::string_view name = Name.view();
};
template <fixed_string Name>
inline constexpr var_t<Name> var{};

struct Bindings {
    std::vector<std::pair<std::string_view, Value*>> values;
    std::vector<std::pair<std::string_view, Node*>> nodes;  // matched nodes named with .bind<"n">()
    std::vector<Node*> matched;  // matched nodes, root first
    Node* node(std::string_view n) const {
        for (auto& [k, v] : nodes)
            if (k == n) return v;
        return nullptr;
    }
    Value* get(std::string_view n) const {
        for (auto& [k, v] : values)
            if (k == n) return v;
        return nullptr;
    }
    bool bind(std::string_view n, Value* v) {
        if (Value* existing = get(n)) return existing == v;
        values.emplace_back(n, v);
        return true;
    }
};

// A leaf that matches a constant holding one element equal to `value` (a scalar, or a tensor
// of one element): op<"Div">(var<"x">, scalar(1.4142135)). Match-only.
struct scalar_t {
    double value;
    bool matches(const Value* v) const {
        const Tensor* t = RewriteContext::constant_value(v);
        if (!t) return false;
        auto values = tensor_as_doubles(*t);
        return values && values->size() == 1 && std::fabs((*values)[0] - value) <= 1e-5 * std::max(1.0, std::fabs(value));
    }
};
constexpr scalar_t scalar(double value) { return {value}; }

// ---- attribute predicates and setters ---------------------------------------------------

template <fixed_string Name>
struct attr_t {
    struct equals_number {
        double value;
        bool matches(const Node& n) const {
            const Attribute* a = n.attribute(Name.view());
            if (!a) return false;
            if (auto* f = a->get_if<double>()) return std::fabs(*f - value) <= 1e-6 * std::max(1.0, std::fabs(value));
            if (auto* i = a->get_if<int64_t>()) return static_cast<double>(*i) == value;
            return false;
        }
        Attribute make() const { return Attribute::of_float(std::string(Name.view()), value); }
    };
    struct equals_int {
        int64_t value;
        bool matches(const Node& n) const {
            const Attribute* a = n.attribute(Name.view());
            auto* i = a ? a->get_if<int64_t>() : nullptr;
            return i && *i == value;
        }
        Attribute make() const { return Attribute::of_int(std::string(Name.view()), value); }
    };
    struct equals_ints {
        std::array<int64_t, 8> values{};
        std::size_t count = 0;
        bool matches(const Node& n) const {
            const Attribute* a = n.attribute(Name.view());
            auto* v = a ? a->get_if<std::vector<int64_t>>() : nullptr;
            return v && v->size() == count && std::equal(v->begin(), v->end(), values.begin());
        }
        Attribute make() const {
            return Attribute::of_ints(std::string(Name.view()), std::vector<int64_t>(values.begin(), values.begin() + count));
        }
    };
    constexpr equals_number operator()(double v) const { return {v}; }
    constexpr equals_int operator()(int v) const { return {v}; }
    constexpr equals_int operator()(int64_t v) const { return {v}; }
    template <class... I>
    constexpr equals_ints ints(I... v) const {
        static_assert(sizeof...(I) <= 8, "attr<>.ints: at most 8 values");
        return {{static_cast<int64_t>(v)...}, sizeof...(I)};
    }
};
template <fixed_string Name>
inline constexpr attr_t<Name> attr{};

// In a rewrite's with(): every attribute of the matched node bound as `Name` (a Conv's strides,
// pads and groups carried to the QLinearConv that replaces it).
template <fixed_string Name>
struct attributes_of_t {
    std::vector<Attribute> make_from(const Bindings& b) const {
        const Node* n = b.node(Name.view());
        return n ? n->attributes : std::vector<Attribute>{};
    }
};
template <fixed_string Name>
inline constexpr attributes_of_t<Name> attributes_of{};

// ---- op nodes of patterns and rewrites ----------------------------------------------------

template <fixed_string Type, class Operands, class Predicates>
struct op_node {
    Operands operands;
    Predicates predicates;  // on match: attribute tests; in a rewrite: attributes to set
    bool any_order = false; // two operands may match in either order (Add, Mul)
    std::string_view bound_as{};  // on match: the name the node is bound under (Bindings::node)

    template <class... P>
    constexpr auto where(P... p) const {
        auto all = boost::hana::concat(predicates, boost::hana::make_tuple(p...));
        return op_node<Type, Operands, decltype(all)>{operands, all, any_order, bound_as};
    }
    // On match: name the matched node, for a guard or for attributes_of in the rewrite.
    template <fixed_string Name>
    constexpr op_node bind() const {
        op_node copy = *this;
        copy.bound_as = Name.view();
        return copy;
    }
    // In a rewrite, the attributes of the node to make (same syntax as where()).
    template <class... P>
    constexpr auto with(P... p) const { return where(p...); }
    constexpr op_node commutative() const {
        op_node copy = *this;
        copy.any_order = true;
        return copy;
    }
};

template <fixed_string Type>
struct op_t {
    template <class... Operands>
    constexpr auto operator()(Operands... operands) const {
        return op_node<Type, boost::hana::tuple<Operands...>, boost::hana::tuple<>>{boost::hana::make_tuple(operands...), {}, false};
    }
};
template <fixed_string Type>
inline constexpr op_t<Type> op{};

namespace detail {

template <class T>
struct is_var : std::false_type {};
template <fixed_string N>
struct is_var<var_t<N>> : std::true_type {};

// Does value `v` match pattern `p`? Binds variables and records matched nodes.
template <class P>
bool match_value(const P& p, Value* v, Bindings& b);

template <fixed_string Type, class Operands, class Predicates>
bool match_node(const op_node<Type, Operands, Predicates>& p, const Node* n, Bindings& b) {
    if (!n || n->op.type != Type.view()) return false;
    bool ok = true;
    boost::hana::for_each(p.predicates, [&](const auto& pred) { ok = ok && pred.matches(*n); });
    if (!ok) return false;
    constexpr std::size_t arity = decltype(boost::hana::size(std::declval<Operands>()))::value;
    if (n->inputs.size() != arity) return false;
    auto try_order = [&](bool swapped) {
        Bindings trial = b;
        std::size_t i = 0;
        bool good = true;
        boost::hana::for_each(p.operands, [&](const auto& operand) {
            std::size_t index = (swapped && arity == 2) ? 1 - i : i;
            good = good && match_value(operand, n->inputs[index], trial);
            ++i;
        });
        if (good) b = std::move(trial);
        return good;
    };
    bool matched = try_order(false) || (p.any_order && arity == 2 && try_order(true));
    if (matched && !p.bound_as.empty()) b.nodes.emplace_back(p.bound_as, const_cast<Node*>(n));
    return matched;
}

template <class P>
bool match_value(const P& p, Value* v, Bindings& b) {
    if constexpr (is_var<P>::value) {
        return v && b.bind(P::name, v);
    } else if constexpr (std::is_same_v<P, scalar_t>) {
        return p.matches(v);
    } else {
        if (!v || !v->producer || v->producer_output != 0) return false;
        if (!match_node(p, v->producer, b)) return false;
        b.matched.push_back(v->producer);
        return true;
    }
}

// Builds the rewrite expression `r` before `pos`; returns the value it computes. The root
// (is_root) produces `root_outputs` instead of a new value.
template <class R>
Value* build(const R& r, const Node& pos, RewriteContext& ctx, const Bindings& b, const std::vector<Value*>* root_outputs);

template <fixed_string Type, class Operands, class Predicates>
Value* build_node(const op_node<Type, Operands, Predicates>& r, const Node& pos, RewriteContext& ctx, const Bindings& b,
                  const std::vector<Value*>* root_outputs) {
    std::vector<Value*> inputs;
    boost::hana::for_each(r.operands, [&](const auto& operand) { inputs.push_back(build(operand, pos, ctx, b, nullptr)); });
    std::vector<Attribute> attributes;
    boost::hana::for_each(r.predicates, [&](const auto& a) {
        if constexpr (requires { a.make_from(b); }) {
            for (auto& copied : a.make_from(b)) attributes.push_back(std::move(copied));
        } else {
            attributes.push_back(a.make());
        }
    });
    if (root_outputs) {
        Node* n = ctx.emit_into(pos, Type.view(), std::move(inputs), *root_outputs, std::move(attributes));
        n->op = Op{pos.op.dialect, pos.op.domain, std::string(Type.view()), ctx.step_opset() ? ctx.step_opset() : pos.op.version};
        return root_outputs->empty() ? nullptr : (*root_outputs)[0];
    }
    Value* out = ctx.emit(pos, Type.view(), std::move(inputs), std::move(attributes));
    out->producer->op = Op{pos.op.dialect, pos.op.domain, std::string(Type.view()), ctx.step_opset() ? ctx.step_opset() : pos.op.version};
    return out;
}

template <class R>
Value* build(const R& r, const Node& pos, RewriteContext& ctx, const Bindings& b, const std::vector<Value*>* root_outputs) {
    static_assert(!std::is_same_v<R, scalar_t>, "scalar() matches constants; a rewrite cannot build one");
    if constexpr (is_var<R>::value) return b.get(R::name);
    else return build_node(r, pos, ctx, b, root_outputs);
}

} // namespace detail

// A condition on a match that the tree alone cannot say (constant values, a scale that must
// equal a product of two others); it sees the bindings and the graph.
using Guard = bool (*)(const Bindings&);

template <class Match, class Rewrite>
struct pattern_rule {
    Match match;
    Rewrite replacement;
    Guard guard = nullptr;
};

template <class Match>
struct pattern_t {
    Match match;
    Guard guard = nullptr;
    // Only where `g` holds for the match.
    constexpr pattern_t when(Guard g) const { return {match, g}; }
    template <class Rewrite>
    constexpr pattern_rule<Match, Rewrite> rewrite(Rewrite r) const { return {match, r, guard}; }
};

template <class Match>
constexpr pattern_t<Match> pattern(Match m) { return {m}; }

// The flat, type-erased form tables hold.
struct PatternEntry {
    std::string_view name;
    std::string_view root_op;  // only nodes of this type are tried
    bool (*try_apply)(Node& root, RewriteContext& ctx);
};

namespace detail {

template <class T>
struct root_type;
template <fixed_string Type, class O, class P>
struct root_type<op_node<Type, O, P>> {
    static constexpr std::string_view value = Type.view();
};

template <const auto& Rule>
bool try_apply(Node& root, RewriteContext& ctx) {
    Bindings b;
    if (!match_node(Rule.match, &root, b)) return false;
    if (Rule.guard && !Rule.guard(b)) return false;
    // Inner matched nodes whose outputs are read outside the pattern stay; their values are
    // still computed, so the rewrite stays correct either way.
    std::vector<Value*> outputs = root.outputs;
    for (Value* v : outputs)
        if (v) v->producer = nullptr;
    root.outputs.clear();
    build(Rule.replacement, root, ctx, b, &outputs);
    Graph& g = ctx.graph();
    g.remove_node(&root);
    // Outermost first: a node read only by matched nodes is free once those are gone.
    for (auto it = b.matched.rbegin(); it != b.matched.rend(); ++it) {
        Node* n = *it;
        bool read = false;
        for (Value* v : n->outputs) read = read || (v && value_is_read(g, v));
        if (!read) g.remove_node(n);
    }
    return true;
}

} // namespace detail

template <const auto& Rule, fixed_string Name>
consteval PatternEntry pattern_entry() {
    return PatternEntry{Name.view(), detail::root_type<std::decay_t<decltype(Rule.match)>>::value, &detail::try_apply<Rule>};
}

// Applies every pattern of `table` wherever it matches in `g`, until none matches.
// Returns the number of rewrites made.
inline int apply_patterns(Model& model, Graph& g, std::span<const PatternEntry> table, Diagnostics& diags, const std::string& file,
                          int64_t opset = 0) {
    int rewrites = 0;
    // A rewrite that does not shrink the graph could match its own output forever: bound it.
    const std::size_t limit = 4 * g.node_count() + 16;
    for (bool changed = true; changed && static_cast<std::size_t>(rewrites) < limit;) {
        changed = false;
        for (std::size_t i = 0; i < g.node_count() && !changed; ++i) {
            Node* n = g.node_at(i);
            for (const auto& p : table) {
                if (n->op.type != p.root_op) continue;
                RewriteContext ctx(model, g, diags, file, opset);
                ctx.set_step_opset(opset);
                if (p.try_apply(*n, ctx)) {
                    ++rewrites;
                    changed = true;
                    break;
                }
            }
        }
    }
    return rewrites;
}

} // namespace opbridge::rule
