#pragma once
// Structural validity of an ONNX model, every problem reported (not only the first):
// values read but never defined, values defined twice, nodes out of topological order or in
// a cycle, ops that do not exist at the imported opset, inputs/outputs beyond what the
// schema allows, missing required or unknown attributes, and input dtypes the schema does
// not accept.

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/schema.hpp"
#include "opbridge/pass/dtype.hpp"

namespace opbridge {

namespace detail {

class Checker {
public:
    Checker(const Model& m, Diagnostics& d, std::string file) : model_(m), diags_(d), file_(std::move(file)) {}

    void graph(const Graph& g, const std::vector<OpsetImport>& opsets, const std::string& where) {
        std::unordered_set<const Value*> defined;
        for (const Value* v : g.inputs) defined.insert(v);
        for (const Value* v : g.initializers) defined.insert(v);
        std::unordered_map<const Value*, const Node*> produced_by;
        std::unordered_set<const Node*> seen;
        for (const Node* n : g.nodes()) {
            for (std::size_t i = 0; i < n->inputs.size(); ++i) {
                const Value* v = n->inputs[i];
                if (!v || defined.count(v) || v->graph() != &g) continue;  // outer scope: defined there
                if (v->producer && !seen.count(v->producer))
                    error(*n, "check.order", "input " + std::to_string(i) + " ('" + v->name() + "')",
                          "is computed by node '" + v->producer->name + "', which comes later: the graph is not in "
                          "topological order" + std::string(in_cycle(g, n) ? " (the nodes form a cycle)" : ""),
                          in_cycle(g, n) ? "break the cycle; ONNX graphs must be acyclic" : "reorder the nodes");
                else if (!v->producer)
                    error(*n, "check.undefined", "input " + std::to_string(i) + " ('" + v->name() + "')",
                          "is not a graph input, an initializer, or the output of any node", "fix the name or add what defines it");
            }
            seen.insert(n);
            for (const Value* v : n->outputs) {
                if (!v) continue;
                if (defined.count(v)) {
                    auto it = produced_by.find(v);
                    error(*n, "check.duplicate", "output '" + v->name() + "'",
                          it != produced_by.end() ? "is also produced by node '" + it->second->name + "'"
                                                  : "is also a graph input or initializer",
                          "every value must be defined exactly once: rename one of them");
                }
                defined.insert(v);
                produced_by.emplace(v, n);
            }
            if (n->op.dialect == Dialect::onnx) schema_checks(*n, opsets);
            for (const Graph* sub : n->subgraphs()) graph(*sub, opsets, where);
        }
        for (const Value* v : g.outputs)
            if (v && !defined.count(v) && v->graph() == &g) {
                Diagnostic d = base("check.undefined-output");
                d.field = "graph output '" + v->name() + "'";
                d.message = "no node, input or initializer defines it";
                d.hint = "fix the name or remove the output";
                diags_.report(std::move(d));
            }
    }

private:
    Diagnostic base(std::string code) const {
        Diagnostic d;
        d.code = std::move(code);
        d.file = file_;
        return d;
    }
    void error(const Node& n, std::string code, std::string field, std::string message, std::string hint) {
        Diagnostic d = base(std::move(code));
        d.node = n.name;
        d.op = to_string(n.op);
        d.field = std::move(field);
        d.message = std::move(message);
        d.hint = std::move(hint);
        diags_.report(std::move(d));
    }

    static bool in_cycle(const Graph& g, const Node* start) {
        // Follow producers backwards from `start`; reaching `start` again is a cycle.
        std::vector<const Node*> stack = {start};
        std::unordered_set<const Node*> visited;
        while (!stack.empty()) {
            const Node* n = stack.back();
            stack.pop_back();
            for (const Value* v : n->inputs) {
                if (!v || !v->producer || v->graph() != &g) continue;
                if (v->producer == start) return true;
                if (visited.insert(v->producer).second) stack.push_back(v->producer);
            }
        }
        return false;
    }

    void schema_checks(const Node& n, const std::vector<OpsetImport>& opsets) {
        std::string domain(onnx_schema::normalize_domain(n.op.domain));
        auto history = onnx_schema::history(domain, n.op.type);
        if (history.empty()) {
            if (domain.empty() || domain == "ai.onnx.ml")
                error(n, "check.unknown-op", "", n.op.type + " is not an op of domain '" + (domain.empty() ? "ai.onnx" : domain) + "'",
                      "check the spelling, or give the node the domain that defines it");
            return;  // other domains: nothing known to check against
        }
        int64_t opset = 0;
        for (const auto& o : opsets)
            if (onnx_schema::normalize_domain(o.domain) == domain) opset = o.version;
        const auto* s = onnx_schema::at_opset(domain, n.op.type, opset);
        if (!s) {
            error(n, "check.op-version", "",
                  n.op.type + " does not exist at opset " + std::to_string(opset) + " (it exists from opset " +
                      std::to_string(history.front().since_version) + ")",
                  "import opset " + std::to_string(history.front().since_version) + " or later, or convert the model");
            return;
        }
        int given = static_cast<int>(n.inputs.size());
        if (given < s->min_input || given > s->max_input)
            error(n, "check.arity", "inputs",
                  std::to_string(given) + " inputs given; " + n.op.type + "-" + std::to_string(s->since_version) + " takes " +
                      std::to_string(s->min_input) + (s->max_input == s->min_input ? "" : " to " + arity_text(s->max_input)),
                  "");
        for (const auto& a : s->attributes)
            if (a.required && !n.attribute(a.name))
                error(n, "check.attribute", "attribute '" + std::string(a.name) + "'", "is required and missing", "");
        for (const auto& a : n.attributes)
            if (!s->attribute(a.name) && a.ref_attr_name.empty())
                error(n, "check.attribute", "attribute '" + a.name + "'",
                      "is not an attribute of " + n.op.type + "-" + std::to_string(s->since_version), "remove it");
        for (std::size_t i = 0; i < n.inputs.size(); ++i) {
            const Value* v = n.inputs[i];
            const auto* formal = onnx_schema::formal_input(*s, i);
            if (!v || !formal) continue;
            auto t = infer_dtype(v);
            if (!t || onnx_schema::accepts(*s, *formal, *t)) continue;
            auto from = onnx_schema::first_opset_accepting(domain, n.op.type, i, *t);
            error(n, "check.dtype", "input " + std::to_string(i) + " ('" + v->name() + "')",
                  n.op.type + "-" + std::to_string(s->since_version) + " does not accept " + onnx_schema::tensor_type_string(*t) +
                      (from ? "; it is accepted from opset " + std::to_string(*from) : std::string()),
                  (from ? "convert to opset " + std::to_string(*from) + " or later (opbridge convert --opset " +
                              std::to_string(*from) + "), or " : std::string()) +
                      "insert a Cast to a type it accepts");
        }
    }
    static std::string arity_text(int n) { return n == 2147483647 ? "any number" : std::to_string(n); }

    const Model& model_;
    Diagnostics& diags_;
    std::string file_;
};

} // namespace detail

// Adds every structural problem of `model` to `diags`; returns true when there is none.
inline bool check_model(const Model& model, Diagnostics& diags, const std::string& file) {
    std::size_t before = diags.error_count();
    detail::Checker checker(model, diags, file);
    if (model.format == Format::onnx) {
        if (!model.opset("")) {
            Diagnostic d;
            d.code = "check.opset";
            d.file = file;
            d.message = "the model imports no default-domain opset";
            d.hint = "add an opset_import for domain \"\"";
            diags.report(std::move(d));
        }
        checker.graph(*model.graph, model.opset_imports, "main graph");
        for (const auto& f : model.functions) checker.graph(*f.body, f.opset_imports, "function " + f.name);
    }
    return diags.error_count() == before;
}

} // namespace opbridge
