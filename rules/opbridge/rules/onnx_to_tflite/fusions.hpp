#pragma once
// Rewrites on the lowered TFLite graph:
//   * an activation (RELU, RELU6, RELU_N1_TO_1, TANH) that is the only reader of an op with a
//     fused_activation_function field set to NONE moves into that field;
//   * with --fp16, float32 weights are stored as float16 and a DEQUANTIZE brings them back,
//     as TFLite's own converter does.

#include <string>
#include <unordered_set>

#include "opbridge/ir/model.hpp"
#include "opbridge/ir/tensor_values.hpp"

namespace opbridge::rules::onnx_to_tflite {

inline int fuse_activations(Graph& g) {
    static const std::unordered_set<std::string> activations{"RELU", "RELU6", "RELU_N1_TO_1", "TANH"};
    int fused = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (Node* act : g.nodes()) {
            if (!activations.count(act->op.type) || act->inputs.size() != 1) continue;
            Value* x = act->inputs[0];
            Node* producer = x ? x->producer : nullptr;
            if (!producer || producer->op.dialect != Dialect::tflite) continue;
            Attribute* field = producer->attribute("fused_activation_function");
            if (!field || !field->get_if<std::string>() || *field->get_if<std::string>() != "NONE") continue;
            if (g.users(x).size() != 1 || std::find(g.outputs.begin(), g.outputs.end(), x) != g.outputs.end()) continue;
            *field = Attribute::of_string("fused_activation_function", act->op.type);
            Value* y = act->outputs[0];
            producer->outputs[0] = y;
            g.remove_node(act);
            g.claim_outputs(producer);
            ++fused;
            changed = true;
            break;
        }
    }
    return fused;
}

// Float32 constants read by weight-bearing ops become float16 + DEQUANTIZE.
inline int store_weights_as_fp16(Graph& g) {
    static const std::unordered_set<std::string> weighted{"CONV_2D", "DEPTHWISE_CONV_2D", "FULLY_CONNECTED", "TRANSPOSE_CONV",
                                                          "BATCH_MATMUL", "ADD", "MUL", "SUB", "DIV", "PRELU"};
    int converted = 0;
    std::vector<Node*> nodes(g.nodes().begin(), g.nodes().end());
    for (Node* n : nodes) {
        if (!weighted.count(n->op.type)) continue;
        for (auto& in : n->inputs) {
            if (!in || !in->initializer || in->initializer->dtype != DType::float32) continue;
            auto count = in->initializer->element_count();
            if (!count || *count < 16) continue;  // small constants stay float32
            auto values = in->initializer->to_vector<float>();
            std::vector<uint16_t> half(values.size());
            for (std::size_t i = 0; i < values.size(); ++i) half[i] = float_to_half(values[i]);
            Value* h = g.fresh_value(in->name() + "_fp16");
            h->initializer = Tensor::from_vector(DType::float16, in->initializer->dims, half);
            h->initializer->name = h->name();
            h->type = Type::tensor(DType::float16, in->type.shape);
            g.initializers.push_back(h);
            Value* f = g.fresh_value(in->name() + "_dequantized");
            f->type = in->type;
            g.insert_node_before(n, Op{Dialect::tflite, "", "DEQUANTIZE", 1}, {h}, {f}, f->name());
            in = f;
            ++converted;
        }
    }
    return converted;
}

} // namespace opbridge::rules::onnx_to_tflite
