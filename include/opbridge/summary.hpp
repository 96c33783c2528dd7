#pragma once
// What `opbridge inspect` reports about a model: where it came from, its interface, which ops
// it uses how often, and how many parameters (constant elements) it carries.

#include <map>
#include <string>
#include <vector>

#include "opbridge/ir/model.hpp"
#include "opbridge/util/json.hpp"

namespace opbridge {

struct ModelSummary {
    struct Port {
        std::string name;
        Type type;
    };
    Format format = Format::onnx;
    int64_t format_version = 0;
    std::string producer;
    std::vector<OpsetImport> opsets;
    std::vector<Port> inputs, outputs;
    std::map<std::string, int64_t> op_histogram;  // op name (with domain) -> node count, subgraphs included
    int64_t node_count = 0;
    int64_t graph_count = 0;
    int64_t parameter_count = 0;  // elements of constant tensors
    int64_t parameter_bytes = 0;
};

namespace detail {
inline void summarize_graph(const Graph& g, ModelSummary& s) {
    ++s.graph_count;
    for (Value* v : g.initializers)
        if (v->initializer) {
            s.parameter_count += v->initializer->element_count().value_or(0);
            s.parameter_bytes += static_cast<int64_t>(v->initializer->data.size());
        }
    for (Node* n : g.nodes()) {
        ++s.node_count;
        std::string key = n->op.domain.empty() || n->op.domain == "ai.onnx" ? n->op.type : n->op.domain + "." + n->op.type;
        ++s.op_histogram[key];
        for (Graph* sub : n->subgraphs()) summarize_graph(*sub, s);
    }
}
} // namespace detail

inline ModelSummary summarize(const Model& m) {
    ModelSummary s;
    s.format = m.format;
    s.format_version = m.format_version;
    s.producer = m.producer_name + (m.producer_version.empty() ? "" : " " + m.producer_version);
    s.opsets = m.opset_imports;
    // A graph input that is also an initializer is a constant with a default, not a model input.
    for (Value* v : m.graph->inputs)
        if (!v->initializer) s.inputs.push_back({v->name(), v->type});
    for (Value* v : m.graph->outputs) s.outputs.push_back({v->name(), v->type});
    detail::summarize_graph(*m.graph, s);
    for (const auto& g : m.extra_graphs) detail::summarize_graph(*g, s);
    for (const auto& f : m.functions) detail::summarize_graph(*f.body, s);
    return s;
}

inline std::string to_text(const ModelSummary& s) {
    std::string out;
    out += "format:      " + std::string(format_name(s.format)) +
           (s.format == Format::onnx ? " (IR version " : " (schema version ") + std::to_string(s.format_version) + ")\n";
    if (!s.producer.empty()) out += "producer:    " + s.producer + "\n";
    if (!s.opsets.empty()) {
        out += "opsets:     ";
        for (const auto& o : s.opsets) out += " " + (o.domain.empty() ? std::string("ai.onnx") : o.domain) + "@" + std::to_string(o.version);
        out += "\n";
    }
    out += "inputs:\n";
    for (const auto& p : s.inputs) out += "  " + p.name + ": " + to_string(p.type) + "\n";
    out += "outputs:\n";
    for (const auto& p : s.outputs) out += "  " + p.name + ": " + to_string(p.type) + "\n";
    out += "nodes:       " + std::to_string(s.node_count) + " in " + std::to_string(s.graph_count) + " graph(s)\n";
    out += "parameters:  " + std::to_string(s.parameter_count) + " (" + std::to_string(s.parameter_bytes) + " bytes)\n";
    out += "ops:\n";
    std::vector<std::pair<std::string, int64_t>> ops(s.op_histogram.begin(), s.op_histogram.end());
    std::stable_sort(ops.begin(), ops.end(), [](auto& a, auto& b) { return a.second > b.second; });
    for (const auto& [op, count] : ops) out += "  " + std::to_string(count) + "\t" + op + "\n";
    return out;
}

inline void write_type(json::Writer& w, const Type& t) {
    w.begin_object();
    w.field("type", to_string(t));
    if (t.kind == Type::Kind::tensor) {
        w.field("dtype", dtype_name(t.elem_type));
        w.key("shape");
        if (!t.shape) w.null();
        else {
            w.begin_array();
            for (const auto& d : *t.shape) {
                if (d.kind == Dim::Kind::value) w.value(d.value);
                else if (d.kind == Dim::Kind::param) w.value(d.param);
                else w.null();
            }
            w.end_array();
        }
    }
    w.end_object();
}

inline std::string to_json(const ModelSummary& s) {
    json::Writer w;
    w.begin_object();
    w.field("format", format_name(s.format));
    w.field("format_version", s.format_version);
    w.field("producer", s.producer);
    w.key("opsets").begin_object();
    for (const auto& o : s.opsets) w.field(o.domain.empty() ? std::string("ai.onnx") : o.domain, o.version);
    w.end_object();
    auto ports = [&](const char* name, const std::vector<ModelSummary::Port>& ps) {
        w.key(name).begin_array();
        for (const auto& p : ps) {
            w.begin_object().field("name", p.name).key("type");
            write_type(w, p.type);
            w.end_object();
        }
        w.end_array();
    };
    ports("inputs", s.inputs);
    ports("outputs", s.outputs);
    w.field("node_count", s.node_count);
    w.field("graph_count", s.graph_count);
    w.field("parameter_count", s.parameter_count);
    w.field("parameter_bytes", s.parameter_bytes);
    w.key("ops").begin_object();
    for (const auto& [op, count] : s.op_histogram) w.field(op, count);
    w.end_object();
    w.end_object();
    return w.str();
}

} // namespace opbridge
