#pragma once
// Values, nodes and graphs. A graph owns its nodes and values; handles (Node*, Value*) stay
// valid while the graph lives, so a rule can rewrite in place. Node order is topological as
// read; passes that reorder say so.

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "opbridge/ir/attribute.hpp"
#include "opbridge/ir/tensor.hpp"
#include "opbridge/ir/type.hpp"

namespace opbridge {

class Node;
class Graph;

// Which family of ops a node belongs to. ONNX domains ("", "com.microsoft", "ai.onnx.ml")
// live in Op::domain; TFLite builtins have an empty domain and custom ops domain "custom".
enum class Dialect : uint8_t { onnx, tflite };

inline std::string_view dialect_name(Dialect d) noexcept {
    return d == Dialect::onnx ? "onnx" : "tflite";
}

struct Op {
    Dialect dialect = Dialect::onnx;
    std::string domain;
    std::string type;     // "Conv", "CONV_2D", a custom code…
    int64_t version = 0;  // ONNX: the opset of `domain`; TFLite: the operator code's version
    friend bool operator==(const Op&, const Op&) = default;
};

// "Clip@11", or "com.microsoft.FusedConv@1" outside the default domain.
inline std::string to_string(const Op& op) {
    std::string s = op.domain.empty() || op.domain == "ai.onnx" ? op.type : op.domain + "." + op.type;
    return s + "@" + std::to_string(op.version);
}

class Value {
public:
    const std::string& name() const noexcept { return name_; }
    Graph* graph() const noexcept { return graph_; }

    Type type;                         // Kind::none when nothing is known
    std::string doc_string;
    std::optional<Tensor> initializer; // a constant that the graph holds (ONNX initializer,
                                       // TFLite buffer-backed tensor)
    std::optional<Quantization> quantization;
    std::vector<Attribute> extra;      // format facts the IR does not model, carried through

    Node* producer = nullptr;  // nullptr for graph inputs, initializers, outer-scope values
    int producer_output = -1;

    bool is_constant() const noexcept { return initializer.has_value(); }

private:
    friend class Graph;
    std::string name_;
    Graph* graph_ = nullptr;
};

// Where a node came from and free key/values that follow it into the output format.
struct NodeMeta {
    std::vector<std::string> source_nodes;  // names of the source nodes it was made from
    std::string rule;                       // the rule that produced it, empty when read as-is
    std::vector<KeyValue> properties;
};

class Node {
public:
    Op op;
    std::string name;
    std::string doc_string;
    bool empty_domain_written = false;  // the file spelled out domain "" (kept for a lossless round trip)
    std::vector<Value*> inputs;   // nullptr = an omitted optional input
    std::vector<Value*> outputs;  // nullptr = an omitted optional output
    std::vector<Attribute> attributes;
    NodeMeta meta;

    const Attribute* attribute(std::string_view n) const {
        for (const auto& a : attributes)
            if (a.name == n) return &a;
        return nullptr;
    }
    Attribute* attribute(std::string_view n) {
        for (auto& a : attributes)
            if (a.name == n) return &a;
        return nullptr;
    }
    void set_attribute(Attribute a) {
        if (auto* existing = attribute(a.name)) *existing = std::move(a);
        else attributes.push_back(std::move(a));
    }
    bool remove_attribute(std::string_view n) {
        auto it = std::find_if(attributes.begin(), attributes.end(),
                               [&](const Attribute& a) { return a.name == n; });
        if (it == attributes.end()) return false;
        attributes.erase(it);
        return true;
    }
    Value* input(std::size_t i) const { return i < inputs.size() ? inputs[i] : nullptr; }
    Value* output(std::size_t i) const { return i < outputs.size() ? outputs[i] : nullptr; }

    // Every subgraph held in attributes (If branches, Loop/Scan bodies).
    std::vector<Graph*> subgraphs() const;
};

struct TensorAnnotation {
    std::string tensor_name;
    std::vector<KeyValue> quant_parameter_tensor_names;
};

class Graph {
public:
    std::string name;
    std::string doc_string;
    std::vector<Value*> inputs;
    std::vector<Value*> outputs;
    std::vector<Value*> value_info;    // values whose type the file declared, in file order
    std::vector<Value*> initializers;  // values holding a constant, in file order
    std::vector<SparseTensor> sparse_initializers;
    std::vector<TensorAnnotation> quantization_annotation;
    Graph* parent = nullptr;  // enclosing graph of a subgraph: names resolve outward

    Graph() = default;
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    // The value of that name in this graph (not outer scopes), created when absent.
    Value* value(std::string_view n) {
        if (auto it = by_name_.find(std::string(n)); it != by_name_.end()) return it->second;
        return new_value(std::string(n));
    }
    // The value of that name here or in an enclosing graph, or nullptr.
    Value* find(std::string_view n) const {
        for (const Graph* g = this; g; g = g->parent)
            if (auto it = g->by_name_.find(std::string(n)); it != g->by_name_.end()) return it->second;
        return nullptr;
    }
    // A value whose name is unique in this graph, starting from `hint`.
    Value* fresh_value(std::string_view hint) {
        std::string candidate(hint);
        for (int i = 1; find(candidate); ++i) candidate = std::string(hint) + "_" + std::to_string(i);
        return new_value(std::move(candidate));
    }
    void rename(Value* v, std::string new_name) {
        by_name_.erase(v->name_);
        v->name_ = std::move(new_name);
        by_name_[v->name_] = v;
    }

    Node* add_node(Op op, std::vector<Value*> ins, std::vector<Value*> outs, std::string node_name = {}) {
        nodes_.push_back(std::make_unique<Node>());
        Node* n = nodes_.back().get();
        n->op = std::move(op);
        n->name = std::move(node_name);
        n->inputs = std::move(ins);
        n->outputs = std::move(outs);
        claim_outputs(n);
        return n;
    }
    // Insert before `pos` (a node of this graph); keeps topological order for rewrites.
    Node* insert_node_before(const Node* pos, Op op, std::vector<Value*> ins, std::vector<Value*> outs,
                             std::string node_name = {}) {
        auto it = std::find_if(nodes_.begin(), nodes_.end(), [&](auto& p) { return p.get() == pos; });
        auto inserted = nodes_.insert(it, std::make_unique<Node>());
        Node* n = inserted->get();
        n->op = std::move(op);
        n->name = std::move(node_name);
        n->inputs = std::move(ins);
        n->outputs = std::move(outs);
        claim_outputs(n);
        return n;
    }
    void remove_node(const Node* n) {
        for (Value* v : n->outputs)
            if (v && v->producer == n) v->producer = nullptr;
        std::erase_if(nodes_, [&](auto& p) { return p.get() == n; });
    }
    void claim_outputs(Node* n) {
        for (std::size_t i = 0; i < n->outputs.size(); ++i)
            if (Value* v = n->outputs[i]) {
                v->producer = n;
                v->producer_output = static_cast<int>(i);
            }
    }

    // Nodes in order; the span is invalidated by adding or removing nodes.
    struct NodeRange {
        const std::vector<std::unique_ptr<Node>>* nodes;
        struct iterator {
            using iterator_category = std::forward_iterator_tag;
            using value_type = Node*;
            using difference_type = std::ptrdiff_t;
            using pointer = Node* const*;
            using reference = Node*;
            std::vector<std::unique_ptr<Node>>::const_iterator it;
            Node* operator*() const { return it->get(); }
            iterator& operator++() { ++it; return *this; }
            bool operator==(const iterator& o) const { return it == o.it; }
        };
        iterator begin() const { return {nodes->begin()}; }
        iterator end() const { return {nodes->end()}; }
        std::size_t size() const { return nodes->size(); }
    };
    NodeRange nodes() const { return {&nodes_}; }
    std::size_t node_count() const noexcept { return nodes_.size(); }
    Node* node_at(std::size_t i) const { return nodes_[i].get(); }

    // Every value ever named in this graph, in creation order.
    const std::vector<std::unique_ptr<Value>>& values() const noexcept { return values_; }

    // Nodes of this graph (not subgraphs) that read `v`.
    std::vector<Node*> users(const Value* v) const {
        std::vector<Node*> out;
        for (auto& n : nodes_)
            if (std::find(n->inputs.begin(), n->inputs.end(), v) != n->inputs.end()) out.push_back(n.get());
        return out;
    }
    // Make every reader of `from` (nodes, graph outputs, subgraphs) read `to` instead.
    void replace_uses(Value* from, Value* to);

    void reorder_nodes(std::vector<std::unique_ptr<Node>> ordered) { nodes_ = std::move(ordered); }
    std::vector<std::unique_ptr<Node>> take_nodes() { return std::move(nodes_); }

private:
    Value* new_value(std::string n) {
        values_.push_back(std::unique_ptr<Value>(new Value()));
        Value* v = values_.back().get();
        v->name_ = std::move(n);
        v->graph_ = this;
        by_name_[v->name_] = v;
        return v;
    }

    std::vector<std::unique_ptr<Node>> nodes_;
    std::vector<std::unique_ptr<Value>> values_;
    std::unordered_map<std::string, Value*> by_name_;
};

inline std::vector<Graph*> Node::subgraphs() const {
    std::vector<Graph*> out;
    for (const auto& a : attributes) {
        if (auto* g = a.get_if<GraphPtr>()) out.push_back(g->get());
        if (auto* gs = a.get_if<std::vector<GraphPtr>>())
            for (auto& g : *gs) out.push_back(g.get());
    }
    return out;
}

// Whether anything reads `v`: a node of `g` or of its subgraphs, or a graph output.
inline bool value_is_read(const Graph& g, const Value* v) {
    for (Value* out : g.outputs)
        if (out == v) return true;
    for (Node* n : g.nodes()) {
        for (Value* in : n->inputs)
            if (in == v) return true;
        for (Graph* sub : n->subgraphs())
            if (value_is_read(*sub, v)) return true;
    }
    return false;
}

inline void Graph::replace_uses(Value* from, Value* to) {
    for (auto& n : nodes_) {
        for (auto& in : n->inputs)
            if (in == from) in = to;
        for (Graph* sub : n->subgraphs()) sub->replace_uses(from, to);
    }
    for (auto& out : outputs)
        if (out == from) out = to;
}

} // namespace opbridge
