#pragma once
// Decompositions that read like their formula, and the guards decompositions share.
//
//   // HardSwish-14: y = x * HardSigmoid(x; alpha = 1/6, beta = 1/2)
//   inline Expr hard_swish(Formula& f) {
//       auto x = f.input(0);
//       return x * hard_sigmoid(x, 1.0 / 6, 0.5);
//   }
//   decomposition<"HardSwish", 14>(formula<hard_swish, "x * HardSigmoid(x, 1/6, 1/2)">)
//
// A Formula makes nodes before the node it replaces, at ctx.step_opset() (the op's first
// version when decomposing); the driver then carries each new node on to the target, and
// decomposes it in turn when it is itself too new. Scalars written in a formula become
// constants of the element type of the value they meet (x * 0.5 multiplies by a 0.5 of x's
// type), so one formula serves float16, float and double alike.

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "opbridge/ir/tensor_values.hpp"
#include "opbridge/pass/dtype.hpp"
#include "opbridge/rule/steps.hpp"

namespace opbridge::rule {

// Whether any node of `g` (or of its subgraphs) other than `except`, or a graph output, reads `v`.
inline bool read_elsewhere(const Graph& g, const Value* v, const Node* except) {
    for (const Value* out : g.outputs)
        if (out == v) return true;
    for (const Node* m : g.nodes()) {
        if (m != except)
            for (const Value* in : m->inputs)
                if (in == v) return true;
        for (const Graph* sub : m->subgraphs())
            if (read_elsewhere(*sub, v, except)) return true;
    }
    return false;
}

// Expr, Formula and the ops on them live in their own namespace, found by argument-dependent
// lookup, so that `floor` or `abs` on plain numbers elsewhere in opbridge::rule stay std's.
namespace formulas {

class Formula;

// A value a formula computes, with its element type (undefined when unknown).
struct Expr {
    Formula* formula = nullptr;
    Value* value = nullptr;
    DType dtype = DType::undefined;
    bool given() const noexcept { return value != nullptr; }
};

// Builds older ops in place of one node. See the top of this file.
class Formula {
public:
    Formula(Node& n, RewriteContext& ctx) : node_(n), ctx_(ctx) {}

    Node& node() const noexcept { return node_; }
    RewriteContext& context() const noexcept { return ctx_; }
    // The opset the new nodes are expressed at, and the opset the model is going to.
    int64_t opset() const noexcept { return ctx_.step_opset(); }
    int64_t target_opset() const noexcept { return ctx_.target_opset(); }

    // Input `i` of the node (an Expr that is not given() when the input is omitted).
    Expr input(std::size_t i) {
        Value* v = node_.input(i);
        return {this, v, v ? infer_dtype(v).value_or(DType::undefined) : DType::undefined};
    }
    const Tensor* constant_input(std::size_t i) const { return RewriteContext::constant_value(node_.input(i)); }

    double float_attribute(std::string_view name, double fallback) const {
        if (const Attribute* a = node_.attribute(name)) {
            if (auto* f = a->get_if<double>()) return *f;
            if (auto* i = a->get_if<int64_t>()) return static_cast<double>(*i);
        }
        return fallback;
    }
    int64_t int_attribute(std::string_view name, int64_t fallback) const {
        if (const Attribute* a = node_.attribute(name))
            if (auto* i = a->get_if<int64_t>()) return *i;
        return fallback;
    }
    std::string string_attribute(std::string_view name, std::string fallback) const {
        if (const Attribute* a = node_.attribute(name))
            if (auto* s = a->get_if<std::string>()) return *s;
        return fallback;
    }

    // A scalar constant of element type `t` (one initializer per distinct value).
    Expr constant(DType t, double v) {
        auto key = std::make_pair(static_cast<int>(t), v);
        if (auto it = scalars_.find(key); it != scalars_.end()) return {this, it->second, t};
        Value* c = ctx_.constant_of(t, {}, {v}, name_hint("c"));
        scalars_[key] = c;
        return {this, c, t};
    }
    // Any constant tensor.
    Expr constant(Tensor t) {
        DType d = t.dtype;
        return {this, ctx_.add_constant(std::move(t), name_hint("c")), d};
    }
    Expr int64s(const std::vector<int64_t>& values) {
        return constant(make_int64_tensor({static_cast<int64_t>(values.size())}, values));
    }

    // A node of `op_type` computing one value; its element type is `out`, or the first
    // input's when `out` is undefined (elementwise ops).
    Expr op(std::string_view op_type, std::vector<Expr> inputs, std::vector<Attribute> attributes = {},
            DType out = DType::undefined) {
        std::vector<Value*> values;
        for (const Expr& e : inputs) values.push_back(e.value);
        while (!values.empty() && !values.back()) values.pop_back();
        if (out == DType::undefined && !inputs.empty()) out = inputs.front().dtype;
        return {this, ctx_.emit(node_, op_type, std::move(values), std::move(attributes)), out};
    }

    // Makes `e` the node's output `i` (see bind).
    void output(std::size_t i, Expr e) {
        if (Value* out = node_.output(i)) bind(out, e);
    }
    // Makes `e` the existing value `out`: the node that computes `e` now writes `out` itself.
    // A constant becomes `out`'s own initializer (unless `out` is a graph output); anything
    // else not computed here, or already bound, goes through an Identity.
    void bind(Value* out, Expr e) {
        if (!out || !e.value) return;
        Node* producer = e.value->producer;
        auto& made = ctx_.created();
        bool computed_here = producer && std::find(made.begin(), made.end(), producer) != made.end();
        Graph& g = ctx_.graph();
        bool graph_output = std::find(g.outputs.begin(), g.outputs.end(), out) != g.outputs.end();
        if (!computed_here && e.value->initializer && !graph_output && out->graph() == &g && !bound_.count(e.value)) {
            Tensor t = *e.value->initializer;
            t.name = out->name();
            out->type = Type::tensor(t.dtype, shape_of(t.dims));
            out->initializer = std::move(t);
            out->producer = nullptr;
            g.initializers.push_back(out);
            bound_[e.value] = out;
            if (!read_elsewhere(g, e.value, nullptr)) std::erase(g.initializers, e.value);  // a constant made here for this
            return;
        }
        if (!computed_here || bound_.count(e.value)) {
            Value* source = bound_.count(e.value) ? bound_[e.value] : e.value;
            ctx_.emit_into(node_, "Identity", {source}, {out});
            return;
        }
        for (Node* m : made)
            for (Value*& in : m->inputs)
                if (in == e.value) in = out;
        int slot = e.value->producer_output;
        producer->outputs[static_cast<std::size_t>(slot)] = out;
        out->producer = producer;
        out->producer_output = slot;
        e.value->producer = nullptr;
        bound_[e.value] = out;
    }

    // The nodes made since mark() was taken, in order (to move them with place_after).
    std::size_t mark() const { return ctx_.created().size(); }
    std::vector<Node*> made_since(std::size_t mark) const {
        const auto& made = ctx_.created();
        return std::vector<Node*>(made.begin() + static_cast<std::ptrdiff_t>(std::min(mark, made.size())), made.end());
    }

private:
    std::string name_hint(std::string_view what) const {
        return (node_.name.empty() ? std::string(node_.op.type) : node_.name) + "_" + std::string(what);
    }

    Node& node_;
    RewriteContext& ctx_;
    std::map<std::pair<int, double>, Value*> scalars_;
    std::map<Value*, Value*> bound_;
};

// ---- arithmetic: scalars take the element type of the value they meet ----------------

inline Expr operator+(Expr a, Expr b) { return a.formula->op("Add", {a, b}); }
inline Expr operator-(Expr a, Expr b) { return a.formula->op("Sub", {a, b}); }
inline Expr operator*(Expr a, Expr b) { return a.formula->op("Mul", {a, b}); }
inline Expr operator/(Expr a, Expr b) { return a.formula->op("Div", {a, b}); }
inline Expr operator+(Expr a, double b) { return a + a.formula->constant(a.dtype, b); }
inline Expr operator-(Expr a, double b) { return a - a.formula->constant(a.dtype, b); }
inline Expr operator*(Expr a, double b) { return a * a.formula->constant(a.dtype, b); }
inline Expr operator/(Expr a, double b) { return a / a.formula->constant(a.dtype, b); }
inline Expr operator+(double a, Expr b) { return b.formula->constant(b.dtype, a) + b; }
inline Expr operator-(double a, Expr b) { return b.formula->constant(b.dtype, a) - b; }
inline Expr operator*(double a, Expr b) { return b.formula->constant(b.dtype, a) * b; }
inline Expr operator/(double a, Expr b) { return b.formula->constant(b.dtype, a) / b; }
inline Expr operator-(Expr a) { return a.formula->op("Neg", {a}); }

// ---- elementwise ops --------------------------------------------------------------------

inline Expr exp(Expr x) { return x.formula->op("Exp", {x}); }
inline Expr log(Expr x) { return x.formula->op("Log", {x}); }
inline Expr sqrt(Expr x) { return x.formula->op("Sqrt", {x}); }
inline Expr abs(Expr x) { return x.formula->op("Abs", {x}); }
inline Expr tanh(Expr x) { return x.formula->op("Tanh", {x}); }
inline Expr cos(Expr x) { return x.formula->op("Cos", {x}); }
inline Expr erf(Expr x) { return x.formula->op("Erf", {x}); }
inline Expr floor(Expr x) { return x.formula->op("Floor", {x}); }
inline Expr relu(Expr x) { return x.formula->op("Relu", {x}); }
inline Expr softplus(Expr x) { return x.formula->op("Softplus", {x}); }
inline Expr sign(Expr x) { return x.formula->op("Sign", {x}); }
inline Expr elu(Expr x, double alpha) { return x.formula->op("Elu", {x}, {Attribute::of_float("alpha", alpha)}); }
inline Expr hard_sigmoid(Expr x, double alpha, double beta) {
    return x.formula->op("HardSigmoid", {x}, {Attribute::of_float("alpha", alpha), Attribute::of_float("beta", beta)});
}

// Clip to [lo, hi] (either bound may be left out): attributes before Clip-11, inputs from it.
// A bound left out is given as an infinity for floats: Clip's own defaults are the largest
// finite values, which would turn an infinite input finite.
inline Expr clamp(Expr x, std::optional<double> lo, std::optional<double> hi) {
    Formula& f = *x.formula;
    if (is_floating(x.dtype)) {
        if (!lo) lo = -std::numeric_limits<double>::infinity();
        if (!hi) hi = std::numeric_limits<double>::infinity();
    }
    if (f.opset() >= 11)
        return f.op("Clip", {x, lo ? f.constant(x.dtype, *lo) : Expr{}, hi ? f.constant(x.dtype, *hi) : Expr{}});
    std::vector<Attribute> bounds;
    if (lo) bounds.push_back(Attribute::of_float("min", *lo));
    if (hi) bounds.push_back(Attribute::of_float("max", *hi));
    return f.op("Clip", {x}, std::move(bounds));
}
inline Expr at_least(Expr x, double lo) { return clamp(x, lo, std::nullopt); }
inline Expr at_most(Expr x, double hi) { return clamp(x, std::nullopt, hi); }

inline Expr cast(Expr x, DType to) {
    if (x.dtype == to) return x;
    return x.formula->op("Cast", {x}, {Attribute::of_int("to", static_cast<int64_t>(to))}, to);
}

// ---- comparisons and logic (bool results) -----------------------------------------------

inline Expr greater(Expr a, Expr b) { return a.formula->op("Greater", {a, b}, {}, DType::boolean); }
inline Expr less(Expr a, Expr b) { return a.formula->op("Less", {a, b}, {}, DType::boolean); }
inline Expr equal(Expr a, Expr b) { return a.formula->op("Equal", {a, b}, {}, DType::boolean); }
inline Expr greater(Expr a, double b) { return greater(a, a.formula->constant(a.dtype, b)); }
inline Expr less(Expr a, double b) { return less(a, a.formula->constant(a.dtype, b)); }
inline Expr logical_not(Expr a) { return a.formula->op("Not", {a}); }
inline Expr logical_and(Expr a, Expr b) { return a.formula->op("And", {a, b}); }
inline Expr logical_or(Expr a, Expr b) { return a.formula->op("Or", {a, b}); }
inline Expr is_nan(Expr x) { return x.formula->op("IsNaN", {x}, {}, DType::boolean); }
inline Expr where(Expr condition, Expr a, Expr b) { return a.formula->op("Where", {condition, a, b}, {}, a.dtype); }

// ---- shapes -------------------------------------------------------------------------------

// Axes as an attribute before opset 13, as an input from it (Squeeze, Unsqueeze).
inline Expr unsqueeze(Expr x, std::vector<int64_t> axes) {
    Formula& f = *x.formula;
    if (f.opset() >= 13) return f.op("Unsqueeze", {x, f.int64s(axes)});
    return f.op("Unsqueeze", {x}, {Attribute::of_ints("axes", std::move(axes))});
}
inline Expr squeeze(Expr x, std::vector<int64_t> axes) {
    Formula& f = *x.formula;
    if (f.opset() >= 13) return f.op("Squeeze", {x, f.int64s(axes)});
    return f.op("Squeeze", {x}, {Attribute::of_ints("axes", std::move(axes))});
}
inline Expr tile(Expr x, const std::vector<int64_t>& repeats) { return x.formula->op("Tile", {x, x.formula->int64s(repeats)}); }

// Every element reduced to one scalar (keepdims = 0, no axes: all of them).
inline Expr reduce_max(Expr x) { return x.formula->op("ReduceMax", {x}, {Attribute::of_int("keepdims", 0)}); }
inline Expr reduce_min(Expr x) { return x.formula->op("ReduceMin", {x}, {Attribute::of_int("keepdims", 0)}); }
inline Expr reduce_sum(Expr x) { return x.formula->op("ReduceSum", {x}, {Attribute::of_int("keepdims", 0)}); }
inline Expr reduce_mean(Expr x) { return x.formula->op("ReduceMean", {x}, {Attribute::of_int("keepdims", 0)}); }

// Records the static shape of a value made here, for later rules that need it (the model's
// shape inference ran before these values existed).
inline Expr with_shape(Expr x, std::vector<int64_t> dims) {
    if (x.value && x.value->type.kind == Type::Kind::none && x.dtype != DType::undefined)
        x.value->type = Type::tensor(x.dtype, shape_of(dims));
    return x;
}

// x, whose dims are `dims` (nullopt: not known), tiled up to `to` by numpy broadcasting:
// Unsqueeze to the rank of `to`, then Tile where x has 1 and `to` more. A dim of x that is
// not known must meet a 1 in `to` (the caller checks).
inline Expr tile_to(Expr x, const std::vector<std::optional<int64_t>>& dims, const std::vector<int64_t>& to) {
    std::size_t lead = to.size() > dims.size() ? to.size() - dims.size() : 0;
    std::vector<int64_t> new_axes(lead), repeats(to.size(), 1);
    for (std::size_t i = 0; i < lead; ++i) new_axes[i] = static_cast<int64_t>(i);
    bool tiled = false;
    for (std::size_t i = 0; i < to.size(); ++i) {
        std::optional<int64_t> d = i < lead ? std::optional<int64_t>(1) : dims[i - lead];
        if (d && *d == 1 && to[i] != 1) {
            repeats[i] = to[i];
            tiled = true;
        }
    }
    if (lead) x = unsqueeze(x, new_axes);
    return tiled ? tile(x, repeats) : x;
}

// ---- composites -----------------------------------------------------------------------------

// Round half to even (Round-11) from Floor and comparisons, exactly, for every float value:
// r = floor(x) and d = x - r are exact; go up when d > 1/2, or d == 1/2 and r is odd.
// inf and NaN give d = NaN, so nothing is added to them.
inline Expr round_half_to_even(Expr x) {
    Formula& f = *x.formula;
    if (f.opset() >= 11 && f.target_opset() >= 11) return f.op("Round", {x});
    Expr r = floor(x);
    Expr d = x - r;
    Expr r_is_odd = greater(r - floor(r * 0.5) * 2.0, 0.5);
    Expr up = logical_or(greater(d, 0.5), logical_and(logical_not(less(d, 0.5)), r_is_odd));
    return r + cast(up, x.dtype);
}

} // namespace formulas

using formulas::Expr;
using formulas::Formula;

// ---- steps ------------------------------------------------------------------------------

namespace decompose_detail {

inline std::string input_text(const Node& n, int index) {
    const Value* v = n.input(static_cast<std::size_t>(index));
    return "input " + std::to_string(index) + (v ? " ('" + v->name() + "')" : std::string());
}

// "tensor(float)", "seq(tensor(int64))", "optional(tensor(float))"; "" when not known.
inline std::string type_string(const Value* v) {
    if (!v) return "";
    std::function<std::string(const Type&)> of = [&](const Type& t) -> std::string {
        switch (t.kind) {
        case Type::Kind::tensor:
            return t.has_elem_type && t.elem_type != DType::undefined ? onnx_schema::tensor_type_string(t.elem_type) : "";
        case Type::Kind::sequence: {
            std::string inner = t.element ? of(*t.element) : "";
            return inner.empty() ? "" : "seq(" + inner + ")";
        }
        case Type::Kind::optional: {
            std::string inner = t.element ? of(*t.element) : "";
            return inner.empty() ? "" : "optional(" + inner + ")";
        }
        default: return "";
        }
    };
    if (v->type.kind != Type::Kind::none && v->type.kind != Type::Kind::tensor) return of(v->type);
    if (auto t = infer_dtype(v)) return onnx_schema::tensor_type_string(*t);
    return "";
}

inline bool schema_allows(const onnx_schema::OpSchema& s, const onnx_schema::FormalParam& p, std::string_view type) {
    for (auto allowed : onnx_schema::allowed_types(s, p))
        if (allowed == type) return true;
    return false;
}

// The function object type of a formula: Expr(Formula&) or void(Formula&).
template <auto Build>
inline void run_formula(Node& n, RewriteContext& ctx) {
    Formula f(n, ctx);
    if constexpr (std::is_void_v<decltype(Build(f))>) Build(f);
    else f.output(0, Build(f));
}

} // namespace decompose_detail

// Replaces the node by the older ops `Build` makes (see the top of this file). Refused when
// a given input's element type is unknown: the constants of the formula are made in it.
template <auto Build, fixed_string Text>
struct formula_step {
    std::string describe() const { return "build " + std::string(Text.view()); }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        for (std::size_t i = 0; i < n.inputs.size(); ++i)
            if (n.inputs[i] && !infer_dtype(n.inputs[i]))
                return ctx.error(n, "opset.unknown-dtype", decompose_detail::input_text(n, static_cast<int>(i)),
                                 "the element type of this input is unknown, and " + std::string(info.op) +
                                     " can only be rebuilt from older ops when it is known",
                                 "declare the input's type in the model, or " + detail::keep_opset_hint(info));
        return Outcome::applied;
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const;
};
template <auto Build, fixed_string Text>
inline constexpr formula_step<Build, Text> formula{};

// A guard of its own: `Check` may refuse the node; nothing changes.
template <auto Check, fixed_string Text>
struct guard_step {
    std::string describe() const { return std::string(Text.view()); }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const { return Check(n, ctx, info); }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
template <auto Check, fixed_string Text>
inline constexpr guard_step<Check, Text> guard{};

// Refuses the node unless input Index has one of the element types Allowed; `Why` says what
// in the older opset limits them ("Greater takes only float types before opset 9").
template <int Index, fixed_string Why, DType... Allowed>
struct input_dtype_in_step {
    std::string describe() const { return "input " + std::to_string(Index) + " of an accepted type"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        auto t = infer_dtype(n.input(Index));
        if (!t || ((*t == Allowed) || ...)) return Outcome::applied;
        std::string allowed;
        ((allowed += (allowed.empty() ? "" : ", ") + onnx_schema::tensor_type_string(Allowed)), ...);
        return ctx.error(n, "opset.dtype", decompose_detail::input_text(n, Index),
                         std::string(info.op) + "-" + std::to_string(info.from) + " cannot be expressed for " +
                             onnx_schema::tensor_type_string(*t) + " at opset " + std::to_string(ctx.target_opset()) + ": " +
                             std::string(Why.view()) + " (this works for " + allowed + ")",
                         detail::keep_opset_hint(info));
    }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
template <int Index, fixed_string Why, DType... Allowed>
inline constexpr input_dtype_in_step<Index, Why, Allowed...> input_dtype_in{};

// Refuses the node unless input Index is a constant; `Why` says what needs it.
template <int Index, fixed_string Why>
struct constant_input_step {
    std::string describe() const { return "input " + std::to_string(Index) + " must be constant"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        const Value* v = n.input(Index);
        if (!v || RewriteContext::constant_value(v)) return Outcome::applied;
        return ctx.error(n, "opset.needs-constant", decompose_detail::input_text(n, Index),
                         std::string(Why.view()) + ", but this input is computed at run time" + detail::producer_text(v),
                         detail::keep_opset_hint(info) + ", or make the input constant (e.g. fix the input shapes so it folds)");
    }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
template <int Index, fixed_string Why>
inline constexpr constant_input_step<Index, Why> constant_input{};

// Going down: refuses values whose type the older schema does not list. The driver checks
// the element types of tensor inputs; this checks outputs (Cast-19's 'to' may name float8,
// which Cast-13 cannot make) and sequence/optional inputs (If, Loop, Scan).
struct types_in_older_schema_step {
    std::string describe() const { return "outputs (and sequence/optional inputs) of types the older version lists"; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        if (!info.downgrade() || !info.to_schema) return Outcome::applied;
        const auto& older = *info.to_schema;
        auto refuse = [&](std::string field, const std::string& type) {
            return ctx.error(n, "opset.dtype", std::move(field),
                             std::string(info.to_op) + "-" + std::to_string(info.to) + " does not accept " + type,
                             detail::keep_opset_hint(info));
        };
        for (std::size_t i = 0; i < n.outputs.size(); ++i) {
            const auto* formal = onnx_schema::formal_output(older, i);
            std::string type = decompose_detail::type_string(n.outputs[i]);
            if (formal && !type.empty() && !decompose_detail::schema_allows(older, *formal, type))
                return refuse("output " + std::to_string(i) + " ('" + n.outputs[i]->name() + "')", type);
        }
        for (std::size_t i = 0; i < n.inputs.size(); ++i) {
            const Value* v = n.inputs[i];
            if (!v || v->type.kind == Type::Kind::tensor || v->type.kind == Type::Kind::none) continue;  // the driver checks tensors
            const auto* formal = onnx_schema::formal_input(older, i);
            std::string type = decompose_detail::type_string(v);
            if (formal && !type.empty() && !decompose_detail::schema_allows(older, *formal, type))
                return refuse(decompose_detail::input_text(n, static_cast<int>(i)), type);
        }
        return Outcome::applied;
    }
    void apply(Node&, RewriteContext&, const AdapterInfo&) const {}
};
inline constexpr types_in_older_schema_step types_in_older_schema{};

// ---- helpers for native steps -------------------------------------------------------------

// Removes initializer `v` when nothing reads it any more (see below).
inline void drop_if_unread(Value* v, Graph& g) {
    if (!v || !v->initializer || v->graph() != &g || read_elsewhere(g, v, nullptr)) return;
    std::erase(g.initializers, v);
    std::erase(g.inputs, v);
}

// Removes the initializers only `n` reads, once a rule has made `n` do without them (a
// decomposition, a constant input folded into an attribute). An initializer nothing reads
// is not merely untidy: ONNX Runtime refuses to load one in an IR 3 model (opsets 7 and 8).
inline void drop_initializers_only_read_by(const Node& n, Graph& g) {
    for (const Value* v : n.inputs) {
        if (!v || !v->initializer || v->graph() != &g || read_elsewhere(g, v, &n)) continue;
        std::erase(g.initializers, v);
        std::erase(g.inputs, v);
    }
}

// Moves `made` (nodes just created before `pos`, in dependency order) to right after `pos`:
// for rewrites that post-process a node's outputs, keeping the graph in topological order.
inline void place_after(Graph& g, const Node& pos, const std::vector<Node*>& made) {
    auto nodes = g.take_nodes();
    std::vector<std::unique_ptr<Node>> moved, rest;
    for (Node* m : made)
        for (auto& p : nodes)
            if (p.get() == m) moved.push_back(std::move(p));
    for (auto& p : nodes) {
        if (!p) continue;
        bool at_pos = p.get() == &pos;
        rest.push_back(std::move(p));
        if (at_pos)
            for (auto& m : moved) rest.push_back(std::move(m));
    }
    g.reorder_nodes(std::move(rest));
}

// What is known of a value's dims (nullopt per unknown dim); nothing when the rank is unknown.
inline std::optional<std::vector<std::optional<int64_t>>> known_dims_of(const Value* v) {
    if (!v) return std::nullopt;
    std::vector<std::optional<int64_t>> out;
    if (v->initializer) {
        for (int64_t d : v->initializer->dims) out.push_back(d);
        return out;
    }
    if (v->type.kind != Type::Kind::tensor || !v->type.shape) return std::nullopt;
    for (const Dim& d : *v->type.shape) out.push_back(d.is_known() ? std::optional<int64_t>(d.value) : std::nullopt);
    return out;
}

// Numpy broadcasting of static shapes; nothing when they are incompatible.
inline std::optional<std::vector<int64_t>> broadcast_shapes(const std::vector<std::vector<int64_t>>& shapes) {
    std::size_t rank = 0;
    for (const auto& s : shapes) rank = std::max(rank, s.size());
    std::vector<int64_t> out(rank, 1);
    for (const auto& s : shapes)
        for (std::size_t i = 0; i < s.size(); ++i) {
            int64_t& o = out[rank - s.size() + i];
            if (s[i] == o || s[i] == 1) continue;
            if (o != 1) return std::nullopt;
            o = s[i];
        }
    return out;
}

// The static dims of a value: an initializer's, or the shape inference found.
inline std::optional<std::vector<int64_t>> static_shape_of(const Value* v) {
    if (!v) return std::nullopt;
    if (v->initializer) return v->initializer->dims;
    if (v->type.kind == Type::Kind::tensor && v->type.shape) return static_dims(*v->type.shape);
    return std::nullopt;
}

// Going down to a version that takes floats only (Max-12 -> Max-8): integer inputs are cast to
// a float type that holds each of their values exactly (float for 8- and 16-bit, double for
// 32-bit integers), and the outputs cast back. 64-bit integers are refused: a double rounds
// them beyond 2^53.
struct integers_as_exact_floats_step {
    std::string describe() const { return "integers computed as exact floats and cast back"; }
    static DType exact_float(DType t) { return element_size(t) <= 2 ? DType::float32 : DType::float64; }
    Outcome check(const Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
        auto t = infer_dtype(n.input(0));
        if (!t || !is_integer(*t) || element_size(*t) <= 4) return Outcome::applied;
        return ctx.error(n, "opset.dtype", decompose_detail::input_text(n, 0),
                         std::string(info.to_op) + "-" + std::to_string(info.to) + " takes only float types, and " +
                             onnx_schema::tensor_type_string(*t) + " values beyond 2^53 would not survive a double",
                         detail::keep_opset_hint(info));
    }
    void apply(Node& n, RewriteContext& ctx, const AdapterInfo&) const {
        auto t = infer_dtype(n.input(0));
        if (!t || !is_integer(*t)) return;
        DType wide = exact_float(*t);
        Formula f(n, ctx);
        for (std::size_t i = 0; i < n.inputs.size(); ++i)
            if (n.inputs[i]) n.inputs[i] = cast(f.input(i), wide).value;
        std::size_t mark = f.mark();
        for (Value*& out : n.outputs) {
            if (!out) continue;
            Value* result = out;
            out = ctx.new_value(result->name() + "_as_float");
            f.bind(result, cast(Expr{&f, out, wide}, *t));
        }
        ctx.graph().claim_outputs(&n);
        place_after(ctx.graph(), n, f.made_since(mark));
    }
};
inline constexpr integers_as_exact_floats_step integers_as_exact_floats{};

template <auto Build, fixed_string Text>
void formula_step<Build, Text>::apply(Node& n, RewriteContext& ctx, const AdapterInfo& info) const {
    decompose_detail::run_formula<Build>(n, ctx);
    if (info.to == 0) drop_initializers_only_read_by(n, ctx.graph());  // a decomposition: the driver removes the node next
}

} // namespace opbridge::rule
