#pragma once
// Graph surgery, part one: keep only what computes some tensors from some others. The usual
// use is cutting a detector before its NMS block, converting the body, and re-attaching the
// post-processing in the target format (pass/splice.hpp).
//
// cut_model(model, {outputs, inputs}) rewrites the main graph in place:
//   * outputs: the given tensors, in the given order;
//   * inputs: the given tensors (produced ones become inputs and lose their producer), or,
//     when none are given, the original graph inputs that the outputs need;
//   * nodes: those on a path from the inputs to the outputs, in their original order (nodes
//     whose subgraphs read outer values count those as inputs);
//   * initializers and value_info: the ones the kept nodes use;
//   * new inputs keep the type shape inference gives them (ONNX) or the file's (TFLite).
// It fails, naming the file and the tensor, when a name is unknown or when an output needs a
// graph input that is not among the given inputs. Works for ONNX and TFLite models alike.

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/pass/shape_inference.hpp"

namespace opbridge {

struct CutOptions {
    std::vector<std::string> outputs;  // required
    std::vector<std::string> inputs;   // empty: the graph's own inputs
    std::string file;                  // for diagnostics
};

namespace detail {

// Values of the enclosing graph `outer` that a subgraph (or its subgraphs) reads.
inline void outer_reads(const Graph& sub, const Graph& outer, std::vector<Value*>& out) {
    for (Node* n : sub.nodes()) {
        for (Value* v : n->inputs)
            if (v && v->graph() == &outer) out.push_back(v);
        for (Graph* g : n->subgraphs()) outer_reads(*g, outer, out);
    }
    for (Value* v : sub.outputs)
        if (v && v->graph() == &outer) out.push_back(v);
}

inline std::vector<Value*> node_reads(const Node& n, const Graph& g) {
    std::vector<Value*> reads;
    for (Value* v : n.inputs)
        if (v) reads.push_back(v);
    for (Graph* sub : n.subgraphs()) outer_reads(*sub, g, reads);
    return reads;
}

inline Value* named_value(Graph& g, const std::string& name, const std::string& file, const std::string& role) {
    Value* v = g.find(name);
    if (!v || v->graph() != &g || (!v->producer && !v->initializer &&
                                   std::find(g.inputs.begin(), g.inputs.end(), v) == g.inputs.end()))
        fail("cut.unknown-tensor", file, role + " '" + name + "'",
             "no tensor of that name is computed in the main graph",
             "list the model's tensors with `opbridge inspect " + (file.empty() ? std::string("FILE") : file) + " --shapes`");
    return v;
}

// Signatures (TFLite) follow the new interface of the graph they describe.
inline void retarget_signatures(Model& model, const Graph& g, int32_t graph_index) {
    for (auto& s : model.signatures) {
        if (s.subgraph_index != graph_index) continue;
        s.inputs.clear();
        s.outputs.clear();
        for (Value* v : g.inputs) s.inputs.push_back({v->name(), v});
        for (Value* v : g.outputs) s.outputs.push_back({v->name(), v});
    }
}

// Drops the reader's "keep this unused tensor" mark (TFLite) from values the cut left behind.
inline void forget_unreferenced(Graph& g) {
    for (const auto& v : g.values())
        std::erase_if(v->extra, [](const Attribute& a) { return a.name == "unreferenced"; });
}

} // namespace detail

// Rewrites `model` to compute only `options.outputs` from `options.inputs`; see the top of
// this file. Throws opbridge::Error (with a diagnostic naming the tensor) when that cannot be
// done; validates the result with check_model and throws when it is not valid.
inline void cut_model(Model& model, const CutOptions& options) {
    const std::string& file = options.file;
    if (options.outputs.empty()) fail("cut.usage", file, "outputs", "no output tensors given", "name at least one tensor");
    if (model.format == Format::onnx) infer_shapes(model);  // types for the new inputs and outputs
    Graph& g = *model.graph;

    std::vector<Value*> outputs, inputs;
    for (const auto& name : options.outputs) outputs.push_back(detail::named_value(g, name, file, "output"));
    for (const auto& name : options.inputs) {
        Value* v = detail::named_value(g, name, file, "input");
        if (v->initializer && !v->producer)
            fail("cut.constant-input", file, "input '" + name + "'", "is a constant (an initializer), not a computed tensor",
                 "name a tensor that a node computes or a graph input");
        inputs.push_back(v);
    }
    const bool inputs_given = !options.inputs.empty();
    std::unordered_set<const Value*> input_set(inputs.begin(), inputs.end());

    // Walk back from the outputs, stopping at the inputs, remembering which output needed what.
    std::unordered_set<const Node*> keep;
    std::unordered_set<const Value*> reached;
    std::vector<Value*> graph_inputs_needed;
    for (Value* out : outputs) {
        std::vector<Value*> stack{out};
        while (!stack.empty()) {
            Value* v = stack.back();
            stack.pop_back();
            if (!reached.insert(v).second) continue;
            if (input_set.count(v)) continue;
            if (v->producer) {
                if (keep.insert(v->producer).second)
                    for (Value* r : detail::node_reads(*v->producer, g)) stack.push_back(r);
                continue;
            }
            if (v->initializer) continue;
            // A graph input (or an outer value) that the given inputs do not cover.
            if (inputs_given)
                fail("cut.not-computable", file, "output '" + out->name() + "'",
                     "cannot be computed from the given inputs: it needs the graph input '" + v->name() + "'",
                     "add '" + v->name() + "' to --inputs, or cut later in the graph");
            graph_inputs_needed.push_back(v);
        }
    }
    // An input computed by a node that the cut keeps for another of its outputs would be
    // defined twice.
    for (Value* in : inputs)
        if (in->producer && keep.count(in->producer))
            fail("cut.input-also-computed", file, "input '" + in->name() + "'",
                 "is computed by node '" + in->producer->name + "', which the outputs need for its other results",
                 "cut at the inputs of node '" + in->producer->name + "' instead");

    // Nodes: the kept ones in their order; values of the dropped ones lose their producer.
    auto all = g.take_nodes();
    std::vector<std::unique_ptr<Node>> kept;
    for (auto& n : all) {
        if (keep.count(n.get())) {
            kept.push_back(std::move(n));
            continue;
        }
        for (Value* v : n->outputs)
            if (v && v->producer == n.get()) v->producer = nullptr, v->producer_output = -1;
    }
    g.reorder_nodes(std::move(kept));

    std::vector<Value*> new_inputs;
    if (inputs_given) {
        new_inputs = inputs;
    } else {
        for (Value* v : g.inputs)
            if (std::find(graph_inputs_needed.begin(), graph_inputs_needed.end(), v) != graph_inputs_needed.end())
                new_inputs.push_back(v);
    }
    for (Value* v : new_inputs)
        if (v->type.kind == Type::Kind::none)
            fail("cut.untyped-input", file, "input '" + v->name() + "'",
                 "has no known type, so it cannot become a graph input",
                 "cut at a tensor whose type shape inference knows (see `opbridge inspect --shapes`)");
    g.inputs = std::move(new_inputs);
    g.outputs = outputs;

    std::erase_if(g.initializers, [&](Value* v) { return !reached.count(v) || input_set.count(v); });
    std::erase_if(g.value_info, [&](Value* v) {
        return !v->producer || std::find(g.outputs.begin(), g.outputs.end(), v) != g.outputs.end();
    });
    if (model.format == Format::tflite) {
        detail::forget_unreferenced(g);
        detail::retarget_signatures(model, g, 0);
    }

    Diagnostics diags;
    if (!check_model(model, diags, file)) {
        std::string first = diags.items().empty() ? std::string() : diags.items().front().one_line();
        fail("cut.invalid", file, "", "the cut graph is not valid: " + first);
    }
}

} // namespace opbridge
