#pragma once
// What a rule sees while it rewrites one node: the graph, the model, the diagnostics sink,
// and helpers that every rule needs (constants in and out, new nodes, errors that name the
// node). Rules never talk to the driver in any other way.

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/ir/tensor_values.hpp"

namespace opbridge::rule {

// What applying a rule did. A failure has already been reported to the diagnostics.
enum class Outcome : unsigned char { applied, not_applicable, failed };

class RewriteContext {
public:
    RewriteContext(Model& model, Graph& graph, Diagnostics& diags, std::string file, int64_t target_opset)
        : model_(model), graph_(graph), diags_(diags), file_(std::move(file)), target_opset_(target_opset) {}

    Model& model() const noexcept { return model_; }
    Graph& graph() const noexcept { return graph_; }
    Diagnostics& diagnostics() const noexcept { return diags_; }
    int64_t target_opset() const noexcept { return target_opset_; }
    // The opset at which new nodes made by the current step are expressed; the driver
    // carries them on to the target afterwards.
    int64_t step_opset() const noexcept { return step_opset_; }
    void set_step_opset(int64_t v) noexcept { step_opset_ = v; }

    // How errors name the node's op: as the user's file has it ("MaxPool@13"), not as the
    // conversion left it midway. The driver sets it per node.
    void set_subject(std::string op_text) { subject_ = std::move(op_text); }

    // Nodes made during the current rule application, for the driver to visit next.
    std::vector<Node*>& created() noexcept { return created_; }

    // Reports an error about node `n` and returns Outcome::failed.
    Outcome error(const Node& n, std::string code, std::string field, std::string message, std::string hint = {},
                  std::vector<Diagnostic::Considered> considered = {}) const {
        Diagnostic d;
        d.severity = Severity::error;
        d.code = std::move(code);
        d.file = file_;
        d.node = n.name.empty() ? unnamed_node_text(n) : n.name;
        d.op = subject_.empty() ? to_string(n.op) : subject_;
        d.field = std::move(field);
        d.message = std::move(message);
        d.hint = std::move(hint);
        d.considered = std::move(considered);
        diags_.report(std::move(d));
        return Outcome::failed;
    }

    // The constant a value holds: an initializer (here or in an enclosing graph) or the
    // output of a Constant node. nullptr when it is computed at run time.
    static const Tensor* constant_value(const Value* v) {
        if (!v) return nullptr;
        if (v->initializer) return &*v->initializer;
        const Node* p = v->producer;
        if (!p || p->op.type != "Constant" || !p->op.domain.empty()) return nullptr;
        if (const Attribute* a = p->attribute("value"))
            if (const Tensor* t = a->get_if<Tensor>()) return t;
        // Constant-12 may spell the value as value_int(s)/value_float(s): read it as a tensor,
        // cached on the value so the pointer stays valid.
        return scalar_attribute_constant(v, *p);
    }

    // A new initializer holding `t`, in the graph being rewritten.
    Value* add_constant(Tensor t, std::string_view name_hint) {
        Value* v = graph_.fresh_value(name_hint);
        t.name = v->name();
        std::vector<int64_t> dims = t.dims;
        v->type = Type::tensor(t.dtype, shape_of(dims));
        v->initializer = std::move(t);
        graph_.initializers.push_back(v);
        return v;
    }

    // A new node placed before `pos`, at the current step's opset, visited by the driver next.
    Node* add_node_before(const Node& pos, std::string_view op_type, std::vector<Value*> inputs,
                          std::vector<Value*> outputs, std::string_view name_hint) {
        Node* n = graph_.insert_node_before(&pos, Op{Dialect::onnx, "", std::string(op_type), step_opset_},
                                            std::move(inputs), std::move(outputs), unique_node_name(name_hint));
        n->meta.source_nodes = {pos.name};
        created_.push_back(n);
        return n;
    }
    // A node of `op_type` before `pos` computing one new value from `inputs`; returns it.
    Value* emit(const Node& pos, std::string_view op_type, std::vector<Value*> inputs, std::vector<Attribute> attributes = {}) {
        Value* out = new_value((pos.name.empty() ? std::string(op_type) : pos.name) + "_" + std::string(op_type));
        Node* n = add_node_before(pos, op_type, std::move(inputs), {out}, out->name());
        n->attributes = std::move(attributes);
        return out;
    }
    // Like emit, but the node produces the given existing values (a decomposition's last node
    // takes over the outputs of the node it replaces).
    Node* emit_into(const Node& pos, std::string_view op_type, std::vector<Value*> inputs, std::vector<Value*> outputs,
                    std::vector<Attribute> attributes = {}) {
        Node* n = add_node_before(pos, op_type, std::move(inputs), std::move(outputs), pos.name.empty() ? std::string(op_type) : pos.name);
        n->attributes = std::move(attributes);
        return n;
    }
    // A scalar or 1-D constant of `t` (values converted).
    // A dtype make_tensor cannot fill (complex, string) fails the rule, with the reason.
    Value* constant_of(DType t, std::vector<int64_t> dims, const std::vector<double>& values, std::string_view hint) {
        auto tensor = make_tensor(t, std::move(dims), values);
        if (!tensor)
            fail("opset.dtype", "", "", "the rewrite needs a constant of type " + std::string(dtype_name(t)) +
                 ", which opbridge cannot build", "convert to an opset where the op exists, or cast the input first");
        return add_constant(std::move(*tensor), hint);
    }

    // A new value named after `hint`, unique in the graph.
    Value* new_value(std::string_view hint) { return graph_.fresh_value(hint); }

    std::string unique_node_name(std::string_view hint) {
        if (!names_known_) {
            for (Node* n : graph_.nodes()) used_names_.insert(n->name);
            names_known_ = true;
        }
        std::string name(hint);
        for (int i = 1; used_names_.count(name); ++i) name = std::string(hint) + "_" + std::to_string(i);
        used_names_.insert(name);
        return name;
    }

private:
    static const Tensor* scalar_attribute_constant(const Value* v, const Node& p) {
        std::optional<Tensor> t;
        if (const Attribute* a = p.attribute("value_int")) {
            if (auto* i = a->get_if<int64_t>()) t = make_int64_tensor({}, {*i});
        } else if (const Attribute* a = p.attribute("value_ints")) {
            if (auto* is = a->get_if<std::vector<int64_t>>()) t = make_int64_tensor({static_cast<int64_t>(is->size())}, *is);
        } else if (const Attribute* a = p.attribute("value_float")) {
            if (auto* f = a->get_if<double>()) t = make_tensor(DType::float32, {}, {*f});
        } else if (const Attribute* a = p.attribute("value_floats")) {
            if (auto* fs = a->get_if<std::vector<double>>()) t = make_tensor(DType::float32, {static_cast<int64_t>(fs->size())}, *fs);
        }
        if (!t) return nullptr;
        auto& cache = const_cast<Value*>(v)->extra;
        for (auto& e : cache)
            if (e.name == "opbridge.constant")
                if (auto* cached = e.get_if<Tensor>()) return cached;
        cache.push_back(Attribute::of_tensor("opbridge.constant", std::move(*t)));
        return cache.back().get_if<Tensor>();
    }

    static std::string unnamed_node_text(const Node& n) {
        for (const Value* v : n.outputs)
            if (v) return "<unnamed, output '" + v->name() + "'>";
        return "<unnamed>";
    }

    std::string subject_;
    std::unordered_set<std::string> used_names_;
    bool names_known_ = false;

    Model& model_;
    Graph& graph_;
    Diagnostics& diags_;
    std::string file_;
    int64_t target_opset_;
    int64_t step_opset_ = 0;
    std::vector<Node*> created_;
};

} // namespace opbridge::rule
