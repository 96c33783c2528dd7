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
#include "opbridge/pass/layout.hpp"

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

// RESHAPE -> TRANSPOSE -> RESHAPE back to the original shape that only reorders the entries of
// one axis (ShuffleNet's channel shuffle) is one GATHER along that axis with the order as a
// constant: the data moves once and no TRANSPOSE is left. The order is found by running the
// three ops on the positions themselves.
inline int permutations_to_gather(Graph& g) {
    int rewritten = 0;
    std::vector<Node*> nodes(g.nodes().begin(), g.nodes().end());
    std::unordered_set<const Node*> removed;
    for (Node* t : nodes) {
        if (removed.count(t) || t->op.type != "TRANSPOSE" || t->inputs.size() != 2) continue;
        Value* mid = t->inputs[0];
        Node* first = mid ? mid->producer : nullptr;
        if (!first || first->op.type != "RESHAPE" || g.users(mid).size() != 1) continue;
        Value* out_t = t->outputs[0];
        auto readers = g.users(out_t);
        if (readers.size() != 1 || readers[0]->op.type != "RESHAPE" || !t->inputs[1]->initializer) continue;
        Node* second = readers[0];
        Value* x = first->inputs[0];
        Value* y = second->outputs[0];
        if (!x->type.shape || !y->type.shape || !mid->type.shape) continue;
        auto xd = static_dims(*x->type.shape), yd = static_dims(*y->type.shape), md = static_dims(*mid->type.shape);
        if (!xd || !yd || !md || *xd != *yd) continue;
        auto perm = tensor_as_int64s(*t->inputs[1]->initializer);
        if (!perm || perm->size() != md->size()) continue;
        auto count = Tensor::checked_element_count(*xd);
        if (!count || *count > (int64_t(1) << 22)) continue;
        // source flat index of each output position
        std::vector<int64_t> tdims = layout::permuted(*md, *perm), in_strides(md->size(), 1);
        for (std::size_t k = md->size(); k-- > 1;) in_strides[k - 1] = in_strides[k] * (*md)[k];
        std::vector<int64_t> source(static_cast<std::size_t>(*count)), coord(tdims.size(), 0);
        for (int64_t j = 0; j < *count; ++j) {
            int64_t offset = 0;
            for (std::size_t k = 0; k < tdims.size(); ++k) offset += coord[k] * in_strides[static_cast<std::size_t>((*perm)[k])];
            source[static_cast<std::size_t>(j)] = offset;
            for (std::size_t k = tdims.size(); k-- > 0;) {
                if (++coord[k] < tdims[k]) break;
                coord[k] = 0;
            }
        }
        // the one axis of x along which positions move, and its order
        std::vector<int64_t> strides(xd->size(), 1);
        for (std::size_t k = xd->size(); k-- > 1;) strides[k - 1] = strides[k] * (*xd)[k];
        auto axis_coord = [&](int64_t flat, std::size_t k) { return (flat / strides[k]) % (*xd)[k]; };
        int moving = -1;
        bool ok = true;
        for (int64_t j = 0; j < *count && ok; ++j) {
            int64_t from = source[static_cast<std::size_t>(j)];
            for (std::size_t k = 0; k < xd->size(); ++k)
                if (axis_coord(from, k) != axis_coord(j, k)) {
                    if (moving >= 0 && moving != static_cast<int>(k)) ok = false;
                    moving = static_cast<int>(k);
                }
        }
        if (!ok || moving < 0) continue;
        std::size_t axis = static_cast<std::size_t>(moving);
        std::vector<int32_t> order(static_cast<std::size_t>((*xd)[axis]), -1);
        for (int64_t j = 0; j < *count && ok; ++j) {
            int64_t at = axis_coord(j, axis), from = axis_coord(source[static_cast<std::size_t>(j)], axis);
            auto& slot = order[static_cast<std::size_t>(at)];
            if (slot >= 0 && slot != from) ok = false;
            slot = static_cast<int32_t>(from);
        }
        if (!ok) continue;
        Value* indices = g.fresh_value(y->name() + "_order");
        indices->initializer = Tensor::from_vector(DType::int32, {static_cast<int64_t>(order.size())}, order);
        indices->initializer->name = indices->name();
        indices->type = Type::tensor(DType::int32, shape_of({static_cast<int64_t>(order.size())}));
        g.initializers.push_back(indices);
        Node* gather = g.insert_node_before(second, Op{Dialect::tflite, "", "GATHER", 1}, {x, indices}, {}, second->name);
        gather->attributes = {Attribute::of_int("axis", static_cast<int64_t>(axis)), Attribute::of_int("batch_dims", 0)};
        gather->meta = second->meta;
        second->outputs.clear();
        gather->outputs = {y};
        removed.insert(second);
        g.remove_node(second);
        g.claim_outputs(gather);
        ++rewritten;
    }
    return rewritten;
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
