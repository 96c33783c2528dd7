#pragma once
// ONNX -> ONNX across opsets, up or down. Each node walks its own op's schema history from
// the version current at the source opset to the one current at the target, one adjacent
// step at a time; a step whose signature or meaning changed runs its adapter from the table,
// a step that only widened the accepted types needs none (going down, the node's dtypes are
// checked against the older schema). The driver knows no op by name: all op knowledge is
// in the table. Every node that cannot be converted is reported; nothing stops at the first.

#include <deque>
#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/schema.hpp"
#include "opbridge/pass/dtype.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge {

// The lowest IR version that can carry a given default-domain opset (onnx/docs/Versioning.md).
constexpr int64_t min_ir_version_for_opset(int64_t opset) {
    if (opset <= 8) return 3;
    if (opset == 9) return 4;
    if (opset == 10) return 5;
    if (opset == 11) return 6;
    if (opset <= 14) return 7;
    if (opset <= 18) return 8;
    if (opset <= 20) return 9;
    return 10;
}

struct OpsetConversion {
    int64_t target = 0;
    std::string file;  // for diagnostics
    const rule::AdapterTable* table = nullptr;
};

namespace detail {

class OpsetConverter {
public:
    OpsetConverter(Model& model, const OpsetConversion& options, Diagnostics& diags)
        : model_(model), options_(options), diags_(diags) {}

    void convert_graph(Graph& g) {
        std::deque<Node*> work;
        for (Node* n : g.nodes()) work.push_back(n);
        while (!work.empty()) {
            Node* n = work.front();
            work.pop_front();
            for (Graph* sub : n->subgraphs()) convert_graph(*sub);
            if (n->op.dialect != Dialect::onnx || !onnx_schema::normalize_domain(n->op.domain).empty()) continue;
            rule::RewriteContext ctx(model_, g, diags_, options_.file, options_.target);
            ctx.set_subject(to_string(n->op));  // errors name the op as the file has it
            convert_node(*n, ctx);
            for (Node* c : ctx.created()) work.push_back(c);
        }
    }

private:
    void convert_node(Node& n, rule::RewriteContext& ctx) {
        const int64_t target = options_.target;
        const auto* cur = onnx_schema::at_opset("", n.op.type, n.op.version);
        if (!cur) {
            report_unknown(n, ctx);
            return;
        }
        for (int guard = 0; guard < 64; ++guard) {
            const auto* tgt = onnx_schema::at_opset("", n.op.type, target);
            if (cur == tgt) break;
            auto history = onnx_schema::history("", n.op.type);
            std::size_t at = static_cast<std::size_t>(cur - history.data());
            bool up = target > n.op.version;
            if (up) {
                if (at + 1 >= history.size() || history[at + 1].since_version > target) break;  // cur is current at target
                const auto& next = history[at + 1];
                if (!step(n, ctx, cur->since_version, next.since_version, next, false)) return;
            } else {
                if (at == 0) {  // the op does not exist below this version
                    decompose(n, ctx, *cur);
                    return;
                }
                const auto& prev = history[at - 1];
                if (prev.deprecated) {  // e.g. an op re-added after removal: nothing to go back to
                    decompose(n, ctx, *cur);
                    return;
                }
                if (!step(n, ctx, cur->since_version, prev.since_version, *cur, true)) return;
                if (!check_dtypes(n, ctx, prev)) return;
            }
            cur = onnx_schema::at_opset("", n.op.type, n.op.version);
            if (!cur) {
                report_unknown(n, ctx);
                return;
            }
        }
        n.op.version = target;
    }

    // One adjacent step; `changed` is the newer schema of the two (it says what changed).
    bool step(Node& n, rule::RewriteContext& ctx, int from, int to, const onnx_schema::OpSchema& changed, bool down) {
        const auto* entry = options_.table ? options_.table->find(n.op.type, from, to) : nullptr;
        // Going down, a step may land below the target (Gather 11 -> 1 on the way to 9); nodes
        // it makes are expressed at the target, never at an opset older than asked for.
        ctx.set_step_opset(down ? std::max<int64_t>(to, options_.target) : to);
        if (entry) {
            if (entry->kind == rule::AdapterKind::unsupported) {
                ctx.error(n, "opset.unsupported", "",
                          std::string(entry->reason), "keep opset " + std::to_string(std::max(from, to)) + " or later",
                          considered(n, from, to));
                return false;
            }
            if (apply_guarded(*entry, n, ctx) != rule::Outcome::applied) return false;
            n.op.version = to;
            return true;
        }
        if (rule::detail::step_needs_rule(changed)) {
            std::string what = changed.deprecated ? "is removed in opset " + std::to_string(changed.since_version)
                               : !changed.semantic_note.empty() ? "changes meaning (" + std::string(changed.semantic_note) + ")"
                                                                 : "changes its inputs, outputs or attributes";
            ctx.error(n, "opset.no-adapter", "",
                      n.op.type + " " + what + " between versions " + std::to_string(std::min(from, to)) + " and " +
                          std::to_string(std::max(from, to)) + ", and opbridge has no rule for going from " +
                          std::to_string(from) + " to " + std::to_string(to),
                      down ? "keep opset " + std::to_string(from) + " or later for this model" : "report it: every step should have a rule",
                      considered(n, from, to));
            return false;
        }
        n.op.version = to;  // only the accepted types changed
        return true;
    }

    // Going below an op's first version: a replacement by an older op (Resize-10 ->
    // Upsample-9), a decomposition into older ops, or a diagnostic.
    void decompose(Node& n, rule::RewriteContext& ctx, const onnx_schema::OpSchema& first) {
        const rule::AdapterEntry* entry = nullptr;
        if (options_.table)
            for (const auto* e : options_.table->for_op(n.op.type))
                if (e->from == first.since_version && e->to < e->from) entry = e;
        if (entry && entry->kind == rule::AdapterKind::rewrite) {
            ctx.set_step_opset(entry->to ? entry->to : first.since_version);
            if (apply_guarded(*entry, n, ctx) != rule::Outcome::applied) return;
            if (entry->to == 0) {
                ctx.graph().remove_node(&n);  // its outputs now come from the new nodes
            } else {
                n.op.version = entry->to;
                convert_node(n, ctx);
            }
            return;
        }
        std::string why = entry ? std::string(entry->reason) : "and opbridge has no decomposition of it into older ops";
        ctx.error(n, "opset.op-missing", "",
                  n.op.type + " does not exist before opset " + std::to_string(first.since_version) + ": " + why,
                  "convert to opset " + std::to_string(first.since_version) + " or later", considered(n, first.since_version, 0));
    }

    // A rule that throws (a hostile file can make any arithmetic fail) becomes a diagnostic
    // naming the node, never an exception out of the conversion.
    rule::Outcome apply_guarded(const rule::AdapterEntry& entry, Node& n, rule::RewriteContext& ctx) {
        try {
            return entry.apply(n, ctx);
        } catch (const Error& e) {
            Diagnostic d = e.diagnostic();
            if (d.node.empty()) d.node = n.name;
            ctx.diagnostics().report(std::move(d));
        } catch (const std::exception& e) {
            ctx.error(n, "opset.rule-failed", "",
                      "the rule for " + std::string(entry.op) + " " + std::to_string(entry.from) + " -> " +
                          std::to_string(entry.to) + " could not handle this node (" + e.what() + ")",
                      "check the node's attributes and input shapes; if they are valid, report this");
        }
        return rule::Outcome::failed;
    }

    // Down-conversion: the older schema must accept each input's element type.
    bool check_dtypes(Node& n, rule::RewriteContext& ctx, const onnx_schema::OpSchema& older) {
        bool ok = true;
        for (std::size_t i = 0; i < n.inputs.size(); ++i) {
            const Value* v = n.inputs[i];
            const auto* formal = onnx_schema::formal_input(older, i);
            if (!v || !formal) continue;
            auto t = infer_dtype(v);
            if (!t || onnx_schema::accepts(older, *formal, *t)) continue;
            auto from = onnx_schema::first_opset_accepting("", n.op.type, i, *t);
            ctx.error(n, "opset.dtype", "input " + std::to_string(i) + " ('" + v->name() + "')",
                      n.op.type + "-" + std::to_string(older.since_version) + " does not accept " +
                          onnx_schema::tensor_type_string(*t) +
                          (from ? "; it is accepted from opset " + std::to_string(*from) : std::string()),
                      (from ? "convert to opset " + std::to_string(*from) + " or later, or " : std::string()) +
                          "insert a Cast to a type " + n.op.type + "-" + std::to_string(older.since_version) + " accepts");
            ok = false;
        }
        return ok;
    }

    void report_unknown(Node& n, rule::RewriteContext& ctx) {
        auto history = onnx_schema::history("", n.op.type);
        if (history.empty())
            ctx.error(n, "opset.unknown-op", "", n.op.type + " is not an op of the default ONNX domain",
                      "check the op name, or give it a domain");
        else
            ctx.error(n, "opset.invalid-version", "",
                      n.op.type + " does not exist at opset " + std::to_string(n.op.version) + " (it appears in opset " +
                          std::to_string(history.front().since_version) + ")",
                      "the model's opset import is too low for this op; fix the exporter's opset");
    }

    std::vector<Diagnostic::Considered> considered(const Node& n, int from, int to) const {
        std::vector<Diagnostic::Considered> out;
        if (!options_.table) return out;
        for (const auto* e : options_.table->for_op(n.op.type)) {
            std::string rule = e->op.data() ? std::string(e->op) + " " + std::to_string(e->from) + "->" + std::to_string(e->to) : "";
            out.push_back({rule, e->from == from && e->to == to ? "applies to this step but refused the node"
                                                                : "is for another version step"});
        }
        return out;
    }

    Model& model_;
    const OpsetConversion& options_;
    Diagnostics& diags_;
};

} // namespace detail

// Converts every default-domain node of `model` (subgraphs and functions included) to
// `options.target`. Returns false, with every problem in `diags`, when any node cannot be.
inline bool convert_opset(Model& model, const OpsetConversion& options, Diagnostics& diags) {
    auto source = model.opset("");
    if (!source) {
        Diagnostic d;
        d.code = "opset.no-import";
        d.file = options.file;
        d.message = "the model imports no default-domain opset";
        diags.report(std::move(d));
        return false;
    }
    std::size_t errors_before = diags.error_count();
    infer_shapes(model);  // ranks and dtypes for rules that need them
    detail::OpsetConverter converter(model, options, diags);
    converter.convert_graph(*model.graph);
    for (auto& f : model.functions) {
        bool imports_default = false;
        for (auto& o : f.opset_imports)
            if (onnx_schema::normalize_domain(o.domain).empty()) {
                imports_default = true;
                o.version = options.target;
            }
        if (imports_default) converter.convert_graph(*f.body);
    }
    if (diags.error_count() != errors_before) return false;
    for (auto& o : model.opset_imports)
        if (onnx_schema::normalize_domain(o.domain).empty()) o.version = options.target;
    model.format_version = std::max(model.format_version, min_ir_version_for_opset(options.target));
    return true;
}

} // namespace opbridge
