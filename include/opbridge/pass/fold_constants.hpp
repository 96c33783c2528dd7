#pragma once
// Constant folding for ONNX graphs: small computations whose inputs are all known at
// conversion time (shape arithmetic such as Shape -> Gather -> Unsqueeze -> Concat ->
// Reshape, where shapes are static) are computed once and stored as initializers, so a
// target format that wants constant shapes (TFLite RESHAPE, RESIZE) gets them.
//
// Only the main graph's default-domain nodes are folded. Subgraphs are left as they are, but
// what they read from the main graph stays available. What each op computes lives in
// pass/fold_kernels.hpp; a node is folded only when its kernel gives an exact result.

#include <algorithm>
#include <cstdint>
#include <optional>
#include <unordered_set>
#include <vector>

#include "opbridge/ir/model.hpp"
#include "opbridge/pass/fold_kernels.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rule/context.hpp"

namespace opbridge {

struct FoldOptions {
    // A result with more elements stays a computation, so weight math is never duplicated
    // into the file.
    int64_t max_elements = 65536;
    // Run ONNX shape inference first so Shape of a statically shaped value folds.
    bool infer_shapes = true;
};

struct FoldStats {
    int nodes_folded = 0;        // nodes replaced by an initializer (Constant nodes included)
    int identities_removed = 0;  // Identity nodes bypassed
    int values_removed = 0;      // initializers and Constant nodes nothing reads any more
};

namespace detail {

class ConstantFolder {
public:
    ConstantFolder(Model& model, const FoldOptions& options) : model_(model), graph_(*model.graph), options_(options) {
        for (Value* v : graph_.inputs) inputs_.insert(v);
        for (Value* v : graph_.outputs) outputs_.insert(v);
    }

    FoldStats run() {
        std::vector<Node*> order;
        for (Node* n : graph_.nodes()) order.push_back(n);
        for (Node* n : order) {
            bool default_domain = n->op.dialect == Dialect::onnx && (n->op.domain.empty() || n->op.domain == "ai.onnx");
            if (!default_domain || n->outputs.size() != 1 || !n->outputs[0]) continue;
            if (n->op.type == "Constant") constant_to_initializer(n);
            else if (n->op.type == "Identity") bypass_identity(n);
            else if (const fold::Kernel* k = fold::kernel_for(n->op.type)) evaluate(n, *k);
        }
        remove_unread_constants();
        // IR version 3 listed every initializer among the graph inputs; from 4 they may stand alone.
        if (added_initializer_ && model_.format_version != 0 && model_.format_version < 4) model_.format_version = 4;
        return stats_;
    }

private:
    // An initializer that a caller cannot override (one also listed as a graph input can be).
    const Tensor* constant(const Value* v) const {
        if (!v || !v->initializer || inputs_.count(v)) return nullptr;
        return fold::detail::dense(*v->initializer) ? &*v->initializer : nullptr;
    }

    std::optional<std::vector<int64_t>> static_shape(const Value* v) const {
        if (const Tensor* t = constant(v)) return t->dims;
        if (v->type.kind == Type::Kind::tensor && v->type.shape) return static_dims(*v->type.shape);
        return std::nullopt;
    }

    // The node's output becomes an initializer of the same name holding `t`.
    void replace_by_initializer(Node* n, Tensor t) {
        Value* out = n->outputs[0];
        graph_.remove_node(n);
        t.name = out->name();
        std::vector<int64_t> dims = t.dims;
        out->type = Type::tensor(t.dtype, shape_of(dims));
        out->initializer = std::move(t);
        graph_.initializers.push_back(out);
        added_initializer_ = true;
    }

    void constant_to_initializer(Node* n) {
        const Tensor* t = rule::RewriteContext::constant_value(n->outputs[0]);
        if (!t) return;  // sparse_value, strings: left as a node
        Tensor value = *t;
        // constant_value caches value_int(s)/value_float(s) tensors on the value; the
        // initializer holds it now.
        std::erase_if(n->outputs[0]->extra, [](const Attribute& a) { return a.name == "opbridge.constant"; });
        replace_by_initializer(n, std::move(value));
        ++stats_.nodes_folded;
    }

    // Readers of an Identity's output read its input instead. When the output is a graph
    // output its name must stay: the input's producer then writes the output directly.
    void bypass_identity(Node* n) {
        Value* in = n->input(0);
        Value* out = n->outputs[0];
        if (!in || n->inputs.size() != 1) return;
        if (!outputs_.count(out)) {
            graph_.remove_node(n);
            graph_.replace_uses(out, in);
            forget_value_info(out);
            ++stats_.identities_removed;
            return;
        }
        if (const Tensor* t = constant(in)) {
            bool only_reader = graph_.users(in).size() == 1 && !outputs_.count(in);
            if (!only_reader && t->element_count().value_or(INT64_MAX) > options_.max_elements) return;
            replace_by_initializer(n, Tensor(t->dtype, t->dims, t->data));
            ++stats_.identities_removed;
            return;
        }
        Node* producer = in->producer;
        if (!producer || in->graph() != &graph_ || inputs_.count(in) || outputs_.count(in)) return;
        graph_.remove_node(n);
        graph_.replace_uses(in, out);
        producer->outputs[static_cast<std::size_t>(in->producer_output)] = out;
        graph_.claim_outputs(producer);
        if (out->type.kind == Type::Kind::none) out->type = in->type;
        in->producer = nullptr;
        forget_value_info(in);
        ++stats_.identities_removed;
    }

    void evaluate(Node* n, const fold::Kernel& kernel) {
        fold::Call call{*n, {}, options_.max_elements};
        for (Value* v : n->inputs) {
            fold::Operand operand;
            operand.present = v && !v->name().empty();
            if (operand.present) {
                operand.value = constant(v);
                if (kernel.reads_values && !operand.value) return;
                operand.dims = static_shape(v);
            }
            call.inputs.push_back(std::move(operand));
        }
        auto result = kernel.evaluate(call);
        if (!result || result->element_count().value_or(INT64_MAX) > options_.max_elements) return;
        replace_by_initializer(n, std::move(*result));
        ++stats_.nodes_folded;
    }

    void remove_unread_constants() {
        std::vector<Value*> kept;
        for (Value* v : graph_.initializers) {
            if (inputs_.count(v) || value_is_read(graph_, v)) {
                kept.push_back(v);
                continue;
            }
            v->initializer.reset();
            forget_value_info(v);
            ++stats_.values_removed;
        }
        graph_.initializers = std::move(kept);
        // Constant nodes that could not become initializers.
        std::vector<Node*> unread;
        for (Node* n : graph_.nodes())
            if (n->op.type == "Constant" && n->op.domain.empty() && n->outputs.size() == 1 && n->outputs[0] &&
                !value_is_read(graph_, n->outputs[0]))
                unread.push_back(n);
        for (Node* n : unread) {
            forget_value_info(n->outputs[0]);
            graph_.remove_node(n);
            ++stats_.values_removed;
        }
    }

    void forget_value_info(const Value* v) { std::erase(graph_.value_info, v); }

    Model& model_;
    Graph& graph_;
    const FoldOptions& options_;
    std::unordered_set<const Value*> inputs_, outputs_;
    FoldStats stats_;
    bool added_initializer_ = false;
};

} // namespace detail

// Folds model.graph's constant computations into initializers (see the top of this file),
// bypasses Identity nodes, and drops constants nothing reads any more.
inline FoldStats fold_constants(Model& model, const FoldOptions& options = {}) {
    if (model.format != Format::onnx || !model.graph) return {};
    if (options.infer_shapes) infer_shapes(model);
    return detail::ConstantFolder(model, options).run();
}

} // namespace opbridge
