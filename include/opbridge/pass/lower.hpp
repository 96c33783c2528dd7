#pragma once
// The dialect conversion driver: lowers every node of a source graph into a new target graph
// with a table of lowering rules (rule/lowering.hpp). It knows no op by name. It
//   * refuses up front, in one report, every node no rule lowers (with the reason and what
//     to do), so a user sees all unsupported nodes at once;
//   * visits nodes in order, hands each rule its inputs in the layout its class asks for, and
//     records how the rule's outputs are held;
//   * brings graph outputs back to the source layout (or the spatial one, with spatial_io),
//     under their source names;
//   * drops what nothing reads.

#include <string>
#include <unordered_set>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/rule/lowering.hpp"

namespace opbridge {

struct LoweringRequest {
    const rule::LoweringTable* table = nullptr;
    const rule::TargetDialect* dialect = nullptr;
    std::string file;
    rule::LoweringOptions options;
    bool spatial_io = false;  // rank-4 graph inputs/outputs in the target's spatial layout
};

// Removes nodes whose outputs nothing reads (nodes, subgraphs or graph outputs), and
// initializers nothing reads, until none is left.
inline void drop_unread(Graph& g) {
    auto collect_reads = [](const Graph& graph, std::unordered_set<const Value*>& read, auto& self) -> void {
        read.insert(graph.outputs.begin(), graph.outputs.end());
        for (Node* n : graph.nodes()) {
            for (Value* v : n->inputs) read.insert(v);
            for (Graph* sub : n->subgraphs()) self(*sub, read, self);
        }
    };
    for (bool changed = true; changed;) {
        std::unordered_set<const Value*> read;
        collect_reads(g, read, collect_reads);
        std::vector<const Node*> dead;
        for (Node* n : g.nodes()) {
            bool used = false;
            for (Value* v : n->outputs) used = used || (v && read.count(v));
            if (!used) dead.push_back(n);
        }
        for (const Node* n : dead) g.remove_node(n);
        changed = !dead.empty();
        std::erase_if(g.initializers, [&](Value* v) { return !read.count(v); });
    }
}

// The name rules are declared under: the op type in the default domain ("Conv", "CONV_2D"),
// "domain.type" elsewhere ("custom.Convolution2DTransposeBias", "com.microsoft.FusedConv").
inline std::string rule_key(const Op& op) {
    return op.domain.empty() || op.domain == "ai.onnx" ? op.type : op.domain + "." + op.type;
}

namespace detail {

inline std::string unsupported_hint(const Node& n) {
    return "cut the graph before node '" + n.name + "' (opbridge cut IN OUT --outputs <its inputs>), convert the rest, "
           "and run this part in the target framework; or add a rule in rules/ (see README: Writing a rule)";
}

// The inputs (or outputs) of `n` whose rank is unknown (the file declares no shape and shape
// inference found none), as "input 1 ('x')"; constants know theirs.
inline std::string tensors_without_rank(const std::vector<Value*>& values, std::string_view role) {
    std::string out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const Value* v = values[i];
        if (!v || v->type.shape || rule::RewriteContext::constant_value(v)) continue;
        if (v->type.kind != Type::Kind::tensor && v->type.kind != Type::Kind::none) continue;
        out += (out.empty() ? "" : ", ") + std::string(role) + " " + std::to_string(i) + " ('" + v->name() + "')";
    }
    return out;
}

} // namespace detail

// Lowers source.graph into target.graph (which should be empty). False when any node failed;
// every failure is in `diags`.
inline bool lower_model(const Model& source, Model& target, const LoweringRequest& request, Diagnostics& diags) {
    const Graph& src = *source.graph;
    const auto& table = *request.table;
    std::size_t errors_before = diags.error_count();

    // Every node without a rule, in one report.
    for (const Node* n : src.nodes()) {
        const rule::LoweringEntry* e = table.find(rule_key(n->op), n->op.version);
        if (e && e->supported()) continue;
        Diagnostic d;
        d.severity = Severity::error;
        d.code = "lower.unsupported";
        d.file = request.file;
        d.node = n->name.empty() ? "<unnamed>" : n->name;
        d.op = to_string(n->op);
        std::string target_name(dialect_name(request.dialect->dialect));
        if (e) {
            d.message = "cannot be converted to " + target_name + ": " + std::string(e->reason);
        } else {
            d.message = "no rule converts this op to " + target_name;
            for (const auto* other : table.for_op(rule_key(n->op)))
                d.considered.push_back({std::string(other->op) + " versions " + std::to_string(other->since) + ".." +
                                            (other->until == INT_MAX ? std::string("") : std::to_string(other->until)),
                                        "does not cover version " + std::to_string(n->op.version)});
        }
        d.hint = detail::unsupported_hint(*n);
        diags.report(std::move(d));
    }
    if (diags.error_count() != errors_before) return false;

    rule::LoweringContext ctx(source, target, *request.dialect, diags, request.file, request.options);
    Graph& out = *target.graph;
    out.name = src.name;
    out.doc_string = src.doc_string;
    auto io_perm = [&](const Value* v) {
        std::size_t r = v->type.shape ? v->type.shape->size() : 0;
        return request.spatial_io && r == 4 ? request.dialect->spatial(r) : layout::identity(r);
    };
    for (const Value* in : src.inputs) {
        if (in->initializer) continue;
        Value* v = out.value(in->name());
        v->type = in->type;
        layout::Perm perm = io_perm(in);
        if (v->type.shape) v->type.shape = layout::permuted(*v->type.shape, perm);
        ctx.carry_quantization(in, v, perm);
        out.inputs.push_back(v);
        ctx.held_map()[in] = rule::Held{v, perm};
    }

    std::unordered_set<const Value*> failed;
    for (const Node* n : src.nodes()) {
        bool blocked = false;
        for (const Value* v : n->inputs)  // an input nothing computes is the node's own error (LoweringContext::held)
            if (v && failed.count(v)) blocked = true;
        const rule::LoweringEntry* e = table.find(rule_key(n->op), n->op.version);
        auto give_up = [&] {
            for (const Value* v : n->outputs)
                if (v) failed.insert(v);
        };
        if (blocked) {
            give_up();
            continue;
        }
        // Constant nodes need no rule of their own: their value becomes a target constant where read.
        ctx.begin_node(*n, *e);
        rule::Outcome outcome;
        // A target whose tensors all have a rank cannot take one without: inputs are checked
        // before the rule (which would read their rank), outputs after it, so that a rule that
        // refuses a malformed node (whose outputs inference could not type) says why.
        auto refuse_unranked = [&](const std::string& which) {
            return ctx.error("lower.shape", which,
                             "the rank is unknown: the file declares no shape and shape inference found none, and every " +
                                 std::string(dialect_name(request.dialect->dialect)) + " tensor needs one",
                             "declare the shape in the source model (graph output or value_info), or fix the sizes of dynamic "
                             "inputs with --input-shape");
        };
        const bool ranks = request.dialect->tensors_have_rank;
        try {
            std::string unranked = ranks ? detail::tensors_without_rank(n->inputs, "input") : "";
            outcome = unranked.empty() ? e->apply(*n, ctx) : refuse_unranked(unranked);
            if (ranks && outcome == rule::Outcome::applied)
                if (unranked = detail::tensors_without_rank(n->outputs, "output"); !unranked.empty()) outcome = refuse_unranked(unranked);
        } catch (const Error& refused) {  // the rule stopped on something in the file (LoweringContext::refuse)
            const Diagnostic& d = refused.diagnostic();
            outcome = ctx.error(d.code, d.field, d.message, d.hint);
        }
        if (outcome == rule::Outcome::applied)
            for (std::size_t i = 0; i < n->outputs.size(); ++i)
                if (const Value* v = n->outputs[i]; v && !ctx.held_map().count(v) && !rule::RewriteContext::constant_value(v) &&
                                                    value_is_read(src, v)) {
                    ctx.error("lower.internal", "output " + std::to_string(i),
                              "the rule for " + std::string(e->op) + " did not produce this output");
                    outcome = rule::Outcome::failed;
                }
        ctx.end_node();
        if (outcome != rule::Outcome::applied) give_up();
    }
    if (diags.error_count() != errors_before) return false;

    // Graph outputs, in the layout the user asked for, under their source names.
    for (const Value* o : src.outputs) {
        Value* v = ctx.held_value(o, io_perm(o));
        if (!v) {
            diags.error("lower.output", "graph output '" + o->name() + "' is not computed by the converted graph");
            return false;
        }
        if (v->name() != o->name()) {
            if (Value* clash = out.find(o->name()); clash && clash != v) {
                std::string moved = o->name() + "_held";
                for (int i = 1; out.find(moved); ++i) moved = o->name() + "_held_" + std::to_string(i);
                out.rename(clash, moved);
            }
            out.rename(v, o->name());
        }
        out.outputs.push_back(v);
    }
    drop_unread(out);
    target.producer_name = "opbridge";
    target.doc_string = source.doc_string;
    target.metadata_props = source.metadata_props;
    return true;
}

} // namespace opbridge
