#pragma once
// Consumer profiles: what one runtime or converter (ONNX Runtime, OpenCV DNN, TensorRT, TVM,
// the TFLite lowering) accepts of an ONNX model, as constexpr data, and the check that says
// before deployment what it will reject. A profile holds the opsets it reads, graph-level
// facts (input dtypes, whether inputs and outputs must be plain tensors with shapes), and one
// flat array of per-op entries: the op, the schema versions it takes, the dtypes of its data
// inputs, inputs that must be constant at load time, attribute values it takes, and the
// reason and the fix to print when a node falls outside. Profiles themselves live in
// rules/opbridge/rules/profiles/, one consumer per file; this header knows no op by name.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/schema.hpp"
#include "opbridge/pass/dtype.hpp"

namespace opbridge::profile {

// A set of ONNX element types (TensorProto numbering, all below 32) as bits.
struct DTypes {
    uint32_t bits = 0xffffffffu;
    constexpr bool has(DType t) const {
        auto i = static_cast<int32_t>(t);
        return i >= 0 && i < 32 && (bits >> i & 1u);
    }
    constexpr bool all() const { return bits == 0xffffffffu; }
};
constexpr DTypes dtypes(std::initializer_list<DType> list) {
    DTypes d{0};
    for (DType t : list) d.bits |= 1u << static_cast<int32_t>(t);
    return d;
}
inline constexpr DTypes any_dtype{};
inline constexpr DTypes float_types = dtypes({DType::float32, DType::float16});

// One input of an op, by position. A rule with index -1 applies to every input but the first.
struct InputRule {
    int index = 0;
    bool constant = false;  // must be known when the model is loaded (initializer, Constant, or folded)
    bool absent = false;    // must not be given at all, not even as an empty name
    std::string_view why;
    bool computed = false;  // must not be a load-time constant (the consumer cannot run the op on one)
};

// The values an attribute may take, spelled as text ("linear", "1"); the default stands in
// when the node leaves the attribute out. No default: the attribute must be spelled out.
// No allowed values: any value is taken.
struct AttributeRule {
    std::string_view name;
    std::string_view default_value;
    std::span<const std::string_view> allowed;
    std::string_view why;
};

// How a consumer treats one op (over a range of its schema versions).
struct OpRule {
    std::string_view op;
    int since_min = 1, since_max = 1000;  // schema since-versions this entry covers
    bool supported = true;                // false: the consumer has no implementation of it
    DTypes data = any_dtype;              // dtypes of the inputs that share input 0's type constraint
    std::span<const InputRule> inputs = {};
    std::span<const AttributeRule> attributes = {};
    int min_inputs = 0;                   // inputs that must be given
    // When two or more operands are computed (not constants), the first must have at least
    // this rank, and with computed_same_rank all of them that rank (OpenCV's eltwise layers).
    int computed_operands_min_rank = 0;
    std::string_view why;                 // the fact behind the entry, printed on rejection
    std::string_view fix;                 // what to do about a rejection
    bool computed_same_rank = true;
};

struct Profile {
    std::string_view name;         // "opencv-dnn-4.6": what --profile takes
    std::string_view description;
    std::string_view source;       // where the facts come from
    int min_opset = 1, max_opset = 1000;  // default-domain opsets it reads
    bool accepts_unlisted = false; // ops without an entry: accepted as the ONNX schema has them (true) or rejected
    std::span<const OpRule> ops;
    DTypes graph_input_dtypes = any_dtype;
    bool tensor_io_only = false;          // graph inputs/outputs must be tensors (no sequences, optionals)
    bool io_shapes_required = false;      // graph inputs/outputs must declare a shape
    bool rejects_constant_graph = false;  // a graph whose outputs are all known at load time is refused
    bool rejects_unused_inputs = false;   // a graph input that no node reads is refused
    bool rejects_other_domains = true;    // ops outside ai.onnx (com.microsoft, custom domains)
    std::string_view unlisted_fix;        // hint for an op without an entry
};

// No two entries of a profile claim the same op at the same schema version (checked at
// compile time for every shipped profile, in rules/opbridge/rules/profiles/all.hpp).
constexpr bool entries_unique(const Profile& p) {
    for (std::size_t i = 0; i < p.ops.size(); ++i)
        for (std::size_t j = i + 1; j < p.ops.size(); ++j)
            if (p.ops[i].op == p.ops[j].op && p.ops[i].since_min <= p.ops[j].since_max && p.ops[j].since_min <= p.ops[i].since_max)
                return false;
    return true;
}

// ---- Checking a model against a profile ------------------------------------------------

namespace detail {

inline std::string join(std::span<const std::string_view> items) {
    std::string s;
    for (auto i : items) s += (s.empty() ? "" : ", ") + std::string(i);
    return s;
}

inline std::string dtype_list(DTypes d) {
    std::string s;
    for (int i = 1; i < 32; ++i)
        if (d.has(static_cast<DType>(i))) s += (s.empty() ? "" : ", ") + std::string(onnx_type_name(static_cast<DType>(i)));
    return s;
}

// The text an attribute value compares as: strings as they are, integers and floats printed.
inline std::optional<std::string> attribute_text(const Attribute& a) {
    if (auto* s = a.get_if<std::string>()) return *s;
    if (auto* i = a.get_if<int64_t>()) return std::to_string(*i);
    if (auto* f = a.get_if<double>()) {
        std::string s = std::to_string(*f);
        while (s.size() > 1 && s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
        return s;
    }
    return std::nullopt;
}

// Values known when the model is loaded: initializers, Constant outputs, Shape of a value
// whose shape is static, and whatever is computed from those alone. Loaders fold these,
// so a "must be constant" input may come from such a chain.
class LoadTimeConstants {
public:
    explicit LoadTimeConstants(const Graph& g) {
        for (const Value* v : g.initializers) known_.insert(v);
        for (const Node* n : g.nodes()) {
            bool all = !n->subgraphs().size();
            if (n->op.type == "Shape" || n->op.type == "Size") {
                const Value* in = n->input(0);
                all = in && in->type.shape && static_dims(*in->type.shape).has_value();
            } else if (n->op.type.starts_with("Random") || n->op.type == "Bernoulli" || n->op.type == "Multinomial") {
                all = false;  // a fresh value every run
            } else {
                for (const Value* in : n->inputs)
                    if (in && !is_known(in)) all = false;
            }
            if (all)
                for (const Value* out : n->outputs)
                    if (out) known_.insert(out);
        }
    }
    bool is_known(const Value* v) const { return v && (known_.count(v) || v->initializer); }

private:
    std::unordered_set<const Value*> known_;
};

class ProfileChecker {
public:
    ProfileChecker(const Model& m, const Profile& p, Diagnostics& d, std::string file)
        : model_(m), profile_(p), diags_(d), file_(std::move(file)) {}

    void run() {
        int64_t opset = model_.opset("").value_or(0);
        if (opset && (opset < profile_.min_opset || opset > profile_.max_opset)) {
            int target = opset < profile_.min_opset ? profile_.min_opset : profile_.max_opset;
            Diagnostic d = base("profile.opset");
            d.field = "opset_import";
            d.message = std::string(profile_.name) + " reads default-domain opsets " + std::to_string(profile_.min_opset) +
                        " to " + std::to_string(profile_.max_opset) + "; the model imports opset " + std::to_string(opset);
            d.hint = "convert it: opbridge convert IN OUT --opset " + std::to_string(target) + " (or --profile " +
                     std::string(profile_.name) + ")";
            diags_.report(std::move(d));
        }
        graph_io(*model_.graph);
        graph(*model_.graph, opset);
    }

private:
    Diagnostic base(std::string code) const {
        Diagnostic d;
        d.code = std::move(code);
        d.file = file_;
        return d;
    }
    void reject(const Node& n, std::string code, std::string field, std::string message, std::string_view why,
                std::string hint) {
        Diagnostic d = base(std::move(code));
        d.node = n.name;
        d.op = to_string(n.op);
        d.field = std::move(field);
        d.message = std::string(profile_.name) + " " + message;
        if (!why.empty()) d.message += " (" + std::string(why) + ")";
        d.hint = std::move(hint);
        diags_.report(std::move(d));
    }

    void graph_io(const Graph& g) {
        auto check = [&](const Value* v, const char* what) {
            if (!v) return;
            const Type& t = v->type;
            if (profile_.tensor_io_only && t.kind != Type::Kind::tensor && t.kind != Type::Kind::none) {
                Diagnostic d = base("profile.graph-io");
                d.field = std::string(what) + " '" + v->name() + "'";
                d.message = std::string(profile_.name) + " takes only tensors as graph inputs and outputs; this one is " + to_string(t);
                d.hint = "cut the graph so that its inputs and outputs are tensors (opbridge cut)";
                diags_.report(std::move(d));
                return;
            }
            if (profile_.io_shapes_required && t.kind == Type::Kind::tensor && !t.shape) {
                Diagnostic d = base("profile.graph-io");
                d.field = std::string(what) + " '" + v->name() + "'";
                d.message = std::string(profile_.name) + " needs every graph input and output to declare a shape; this one has none";
                d.hint = "declare its shape (symbolic dims are fine), e.g. by running shape inference before export";
                diags_.report(std::move(d));
            }
        };
        for (const Value* v : g.inputs)
            if (!v->initializer) {
                check(v, "graph input");
                if (auto t = infer_dtype(v); t && !profile_.graph_input_dtypes.has(*t)) {
                    Diagnostic d = base("profile.graph-io");
                    d.field = "graph input '" + v->name() + "'";
                    d.message = std::string(profile_.name) + " cannot be fed " + onnx_schema::tensor_type_string(*t) +
                                " (it takes " + dtype_list(profile_.graph_input_dtypes) + ")";
                    d.hint = "make the input one of those types and Cast inside the graph";
                    diags_.report(std::move(d));
                }
            }
        for (const Value* v : g.outputs) check(v, "graph output");
        if (profile_.rejects_unused_inputs)
            for (const Value* v : g.inputs)
                if (!v->initializer && !value_is_read(g, v)) {
                    Diagnostic d = base("profile.graph-io");
                    d.field = "graph input '" + v->name() + "'";
                    d.message = std::string(profile_.name) + " refuses a graph input that no node reads";
                    d.hint = "remove the input from the graph";
                    diags_.report(std::move(d));
                }
        if (profile_.rejects_constant_graph && !g.outputs.empty()) {
            LoadTimeConstants constants(g);
            bool all = true;
            for (const Value* v : g.outputs) all = all && constants.is_known(v);
            if (all) {
                Diagnostic d = base("profile.constant-graph");
                d.message = std::string(profile_.name) + " folds everything known at load time; every output of this graph is, "
                            "so nothing is left to run (it loads as an empty network)";
                d.hint = "store the outputs as constants instead of a model, or make them depend on a graph input";
                diags_.report(std::move(d));
            }
        }
    }

    const OpRule* find_rule(std::string_view op, int since, bool& op_listed) const {
        op_listed = false;
        for (const auto& r : profile_.ops)
            if (r.op == op) {
                op_listed = true;
                if (since >= r.since_min && since <= r.since_max) return &r;
            }
        return nullptr;
    }
    std::string versions_of(std::string_view op) const {
        std::string s;
        for (const auto& r : profile_.ops)
            if (r.op == op && r.supported) {
                s += s.empty() ? "" : ", ";
                s += std::to_string(r.since_min) + (r.since_max >= 1000 ? "+" : r.since_max == r.since_min ? "" : "-" + std::to_string(r.since_max));
            }
        return s;
    }

    void graph(const Graph& g, int64_t opset) {
        LoadTimeConstants constants(g);
        for (const Node* n : g.nodes()) {
            node(*n, opset, constants);
            for (const Graph* sub : n->subgraphs()) graph(*sub, opset);
        }
    }

    void node(const Node& n, int64_t opset, const LoadTimeConstants& constants) {
        if (n.op.dialect != Dialect::onnx) return;
        std::string domain(onnx_schema::normalize_domain(n.op.domain));
        if (!domain.empty()) {
            if (profile_.rejects_other_domains)
                reject(n, "profile.domain", "", "has no implementation of ops in domain '" + domain + "'", "",
                       "replace the node with default-domain ops, or cut it out of the graph");
            return;
        }
        const auto* schema = onnx_schema::at_opset("", n.op.type, n.op.version ? n.op.version : opset);
        int since = schema ? schema->since_version : 0;
        std::string op_at = n.op.type + "-" + std::to_string(since);
        bool listed = false;
        const OpRule* rule = find_rule(n.op.type, since, listed);
        if (!rule) {
            if (!listed && profile_.accepts_unlisted) return;
            if (listed) {
                std::string versions = versions_of(n.op.type);
                reject(n, "profile.op-version", "",
                       "does not take " + op_at + (versions.empty() ? "" : " (it takes " + n.op.type + " " + versions + ")"), "",
                       versions.empty() ? std::string(profile_.unlisted_fix)
                                        : "convert to an opset where " + n.op.type + " is one of those versions (opbridge convert --profile " +
                                              std::string(profile_.name) + ")");
            } else {
                reject(n, "profile.unsupported-op", "", "has no implementation of " + n.op.type, "",
                       std::string(profile_.unlisted_fix));
            }
            return;
        }
        if (!rule->supported) {
            reject(n, "profile.unsupported-op", "", "has no implementation of " + op_at, rule->why,
                   rule->fix.empty() ? std::string(profile_.unlisted_fix) : std::string(rule->fix));
            return;
        }
        std::string fix(rule->fix);
        // Data dtypes: inputs bound to the same type constraint as input 0.
        if (!rule->data.all() && schema && !n.inputs.empty()) {
            const auto* first = onnx_schema::formal_input(*schema, 0);
            for (std::size_t i = 0; i < n.inputs.size(); ++i) {
                const auto* formal = onnx_schema::formal_input(*schema, i);
                if (!first || !formal || formal->type_str != first->type_str || !n.inputs[i]) continue;
                auto t = infer_dtype(n.inputs[i]);
                if (!t || rule->data.has(*t)) continue;
                auto from = onnx_schema::first_opset_accepting("", n.op.type, i, *t);
                reject(n, "profile.dtype", "input " + std::to_string(i) + " ('" + n.inputs[i]->name() + "')",
                       "does not take " + onnx_schema::tensor_type_string(*t) + " for " + op_at + " (it takes " + dtype_list(rule->data) + ")",
                       rule->why,
                       fix.empty() ? "insert a Cast to a type it takes" + std::string(from ? "" : "") : fix);
                break;
            }
        }
        int given = 0;
        for (const Value* v : n.inputs) given += v != nullptr;
        if (given < rule->min_inputs)
            reject(n, "profile.arity", "inputs",
                   "needs at least " + std::to_string(rule->min_inputs) + " inputs for " + op_at + "; " + std::to_string(given) + " given",
                   rule->why, fix.empty() ? "replace a single-input " + n.op.type + " by Identity" : fix);
        for (const auto& in : rule->inputs) {
            for (std::size_t i = 0; i < n.inputs.size(); ++i) {
                if (in.index >= 0 ? i != static_cast<std::size_t>(in.index) : i == 0) continue;
                const Value* v = n.inputs[i];
                if (in.absent) {  // even an empty name counts: the slot is there
                    reject(n, "profile.input", "input " + std::to_string(i) + (v ? " ('" + v->name() + "')" : std::string(" (empty)")),
                           "does not take input " + std::to_string(i) + " of " + op_at + ", given or empty", in.why,
                           fix.empty() ? "leave the input out" : fix);
                    continue;
                }
                if (!v) continue;
                std::string field = "input " + std::to_string(i) + " ('" + v->name() + "')";
                if (in.computed && constants.is_known(v))
                    reject(n, "profile.constant-input", field,
                           "cannot run " + op_at + " on a constant (input " + std::to_string(i) + " is known at load time)", in.why,
                           fix.empty() ? "fold the node away: use its input directly" : fix);
                else if (in.constant && !constants.is_known(v))
                    reject(n, "profile.constant-input", field,
                           "needs input " + std::to_string(i) + " of " + op_at + " to be a constant known at load time; here it is " +
                               (v->producer ? "computed by node '" + v->producer->name + "' (" + v->producer->op.type + ")"
                                            : std::string("a graph input")),
                           in.why, fix.empty() ? "make it an initializer (fold what computes it, or freeze the graph input)" : fix);
            }
        }
        for (const auto& a : rule->attributes) {
            const Attribute* attr = n.attribute(a.name);
            if (!attr && a.default_value.empty()) {
                reject(n, "profile.attribute", "attribute '" + std::string(a.name) + "'",
                       "needs attribute '" + std::string(a.name) + "' of " + op_at + " spelled out", a.why,
                       fix.empty() ? "set it explicitly (its value follows from the input shapes)" : fix);
                continue;
            }
            if (a.allowed.empty()) continue;
            std::optional<std::string> value = attr ? attribute_text(*attr) : std::optional<std::string>(std::string(a.default_value));
            if (!value) continue;
            bool ok = false;
            for (auto allowed : a.allowed) ok = ok || allowed == *value;
            if (!ok)
                reject(n, "profile.attribute", "attribute '" + std::string(a.name) + "'",
                       "does not take " + std::string(a.name) + "='" + *value + "' (it takes " + join(a.allowed) + ")", a.why,
                       fix.empty() ? "use one of the values it takes where that computes the same, or cut the node out" : fix);
        }
        if (rule->computed_operands_min_rank > 0) {
            std::vector<const Value*> computed;
            for (const Value* v : n.inputs)
                if (v && !constants.is_known(v)) computed.push_back(v);
            bool known = computed.size() >= 2;
            for (const Value* v : computed) known = known && v->type.shape.has_value();
            if (known) {
                std::size_t first = computed[0]->type.shape->size();
                bool equal = true;
                for (const Value* v : computed) equal = equal && v->type.shape->size() == first;
                int need = rule->computed_operands_min_rank;
                if ((rule->computed_same_rank && !equal) || first < static_cast<std::size_t>(need))
                    reject(n, "profile.rank", "inputs",
                           "needs the computed operands of " + op_at + " to have " +
                               (rule->computed_same_rank ? "equal ranks of at least " : "a first operand of rank at least ") +
                               std::to_string(need) + (rule->computed_same_rank && !equal ? "; their ranks differ"
                                                                                          : "; it has rank " + std::to_string(first)),
                           rule->why, fix.empty() ? "Unsqueeze/Reshape the operands to the same rank (>= " + std::to_string(need) + ") first" : fix);
            }
        }
    }

    const Model& model_;
    const Profile& profile_;
    Diagnostics& diags_;
    std::string file_;
};

} // namespace detail

// Adds to `diags` every node, input, attribute and graph-level fact of `model` that the
// consumer described by `p` rejects; true when it accepts everything.
inline bool check_profile(const Model& model, const Profile& p, Diagnostics& diags, const std::string& file = {}) {
    std::size_t before = diags.error_count();
    detail::ProfileChecker(model, p, diags, file).run();
    return diags.error_count() == before;
}

// The profile of that name among `all`, or nullptr.
inline const Profile* find_profile(std::span<const Profile* const> all, std::string_view name) {
    for (const Profile* p : all)
        if (p->name == name) return p;
    return nullptr;
}

} // namespace opbridge::profile
