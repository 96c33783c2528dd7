#pragma once
// Quantized TFLite models as ONNX QDQ models. A TFLite int8/uint8/int16 tensor with a scale
// stands for real = scale * (q - zero_point); a quantized kernel computes on the integers what
// the float op computes on the reals, then quantizes the result. ONNX says the same with
// explicit nodes, so before lowering every op that reads or writes quantized run-time tensors
// gets a DEQUANTIZE in front of each such input and a QUANTIZE after each such output
// (expose_quantized_arithmetic); the op itself is then converted by its float rule.
// Quantized constants (weights, int32 biases) need no node: where an op reads one, the
// lowering gives it a DequantizeLinear over the integers as stored, per axis when the
// weights are (dialect.hpp: dequantized_constant).

#include <map>
#include <string>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/quantization.hpp"
#include "opbridge/rules/onnx/qdq.hpp"
#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

struct QuantizationReport {
    int dequantize_inserted = 0, quantize_inserted = 0;  // around quantized ops
    int constants_dequantized_where_read = 0;            // DEQUANTIZE of quantized constants
    int requantize_pairs_dropped = 0;                    // DequantizeLinear -> QuantizeLinear that change nothing
    bool int16 = false;                                  // 16-bit activations (QuantizeLinear-21)
};

namespace quantization_detail {

// Run-time tensors the split applies to: activations quantized to 8 or 16 bits.
inline bool quantized_activation(const Value* v) {
    return v && !v->is_constant() && is_quantized(v) &&
           (v->type.elem_type == DType::int8 || v->type.elem_type == DType::uint8 || v->type.elem_type == DType::int16);
}

inline Value* real_value_for(Graph& g, const Value* quantized, const std::string& hint) {
    Value* real = g.fresh_value(hint);
    real->type = Type::tensor(DType::float32, quantized->type.shape);
    return real;
}

} // namespace quantization_detail

// Makes the quantization of `g` explicit as DEQUANTIZE/QUANTIZE nodes around every op that
// computes on quantized run-time tensors (custom ops excepted: their rules see the tensors as
// stored). DEQUANTIZE of a quantized constant is dropped: its readers read the constant, which
// the lowering dequantizes.
inline void expose_quantized_arithmetic(Graph& g, QuantizationReport& r) {
    using quantization_detail::quantized_activation;
    std::vector<Node*> nodes(g.nodes().begin(), g.nodes().end());
    std::vector<const Node*> dropped;
    for (Node* n : nodes) {
        if (n->op.type != "DEQUANTIZE" || n->inputs.size() != 1 || n->outputs.size() != 1) continue;
        Value* in = n->inputs[0];
        Value* out = n->outputs[0];
        if (!in || !out || !in->is_constant() || !is_quantized(in)) continue;
        if (std::find(g.outputs.begin(), g.outputs.end(), out) != g.outputs.end()) continue;
        g.replace_uses(out, in);
        dropped.push_back(n);
        ++r.constants_dequantized_where_read;
    }
    for (const Node* n : dropped) {
        std::erase(nodes, n);
        g.remove_node(n);
    }

    std::map<Value*, Value*> real_of;  // quantized activation -> its DEQUANTIZE output
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        Node* n = nodes[k];
        if (n->op.type == "DEQUANTIZE" || !n->op.domain.empty()) continue;
        for (std::size_t i = 0; i < n->inputs.size(); ++i) {
            Value*& in = n->inputs[i];
            if (!quantized_activation(in)) continue;
            r.int16 = r.int16 || in->type.elem_type == DType::int16;
            Value*& real = real_of[in];
            if (!real) {
                real = quantization_detail::real_value_for(g, in, in->name() + "_real");
                g.insert_node_before(n, Op{Dialect::tflite, "", "DEQUANTIZE", 2}, {in}, {real}, n->name + "/dequantize_input_" + std::to_string(i));
                ++r.dequantize_inserted;
            }
            in = real;
        }
        if (n->op.type == "QUANTIZE") continue;  // now from reals, as ONNX's QuantizeLinear
        for (std::size_t j = 0; j < n->outputs.size(); ++j) {
            Value* out = n->outputs[j];
            if (!quantized_activation(out)) continue;
            r.int16 = r.int16 || out->type.elem_type == DType::int16;
            Value* real = quantization_detail::real_value_for(g, out, out->name() + "_real");
            n->outputs[j] = real;
            g.claim_outputs(n);
            Op quantize{Dialect::tflite, "", "QUANTIZE", 2};
            std::string name = n->name + "/quantize_output_" + std::to_string(j);
            if (k + 1 < nodes.size()) g.insert_node_before(nodes[k + 1], quantize, {real}, {out}, name);
            else g.add_node(quantize, {real}, {out}, name);
            ++r.quantize_inserted;
        }
    }
}

// Transpose(DequantizeLinear(q)) ==> DequantizeLinear(Transpose(q)) (per tensor, the Transpose
// its only reader). Why: the lowering transposes where an op asks for a layout (a graph input
// read by a Conv), and QDQ consumers (ONNX Runtime's fusions, absorb_qdq, the QLinear patterns)
// need the DequantizeLinear to feed the op directly.
inline void move_transposes_onto_integers(Graph& g) {
    std::vector<Node*> nodes(g.nodes().begin(), g.nodes().end());
    for (Node* dequantize : nodes) {
        if (dequantize->op.type != "DequantizeLinear" || !dequantize->input(0) || !dequantize->output(0)) continue;
        Value* q = dequantize->inputs[0];
        Value* real = dequantize->outputs[0];
        const Tensor* scale = rule::RewriteContext::constant_value(dequantize->input(1));
        auto users = g.users(real);
        if (!scale || scale->element_count() != 1 || users.size() != 1 || users[0]->op.type != "Transpose" ||
            std::find(g.outputs.begin(), g.outputs.end(), real) != g.outputs.end() || !q->type.shape)
            continue;
        Node* transpose = users[0];
        const Attribute* perm = transpose->attribute("perm");
        const auto* dims = perm ? perm->get_if<std::vector<int64_t>>() : nullptr;
        if (!dims || transpose->inputs.size() != 1 || !transpose->output(0)) continue;
        Value* transposed = g.fresh_value(q->name() + "_transposed");
        transposed->type = Type::tensor(q->type.elem_type, layout::permuted(*q->type.shape, *dims));
        // The two nodes trade what they are: the first becomes the Transpose of the integers,
        // the second the DequantizeLinear that still writes what the Transpose wrote.
        Node* first = dequantize;
        Node* second = transpose;
        std::vector<Value*> parameters(first->inputs.begin() + 1, first->inputs.end());  // scale, zero point
        std::swap(first->op, second->op);
        std::swap(first->name, second->name);
        std::swap(first->attributes, second->attributes);
        std::swap(first->meta, second->meta);
        first->inputs = {q};
        first->outputs = {transposed};
        second->inputs = {transposed};
        second->inputs.insert(second->inputs.end(), parameters.begin(), parameters.end());
        g.claim_outputs(first);
        real->producer = nullptr;  // nothing writes or reads it any more
    }
}

// QuantizeLinear(DequantizeLinear(q)) with the same parameters into the same type is q itself.
// Such pairs are left where a TFLite op only moved data and the lowering made that a change of
// layout; dropping them keeps the QDQ model what TFLite's was (readers then drop_unread).
// Run after move_transposes_onto_integers, so the pairs a Transpose separated meet.
inline void drop_requantize_pairs(Graph& g, QuantizationReport& r) {
    std::vector<Node*> nodes(g.nodes().begin(), g.nodes().end());
    for (Node* quantize : nodes) {
        if (quantize->op.type != "QuantizeLinear") continue;
        Value* real = quantize->input(0);
        Value* out = quantize->output(0);
        Node* dequantize = real ? real->producer : nullptr;
        if (!dequantize || dequantize->op.type != "DequantizeLinear" || !out) continue;
        Value* q = dequantize->input(0);
        if (std::find(g.outputs.begin(), g.outputs.end(), out) != g.outputs.end()) continue;
        DType q_type = q->initializer ? q->initializer->dtype : q->type.elem_type;
        std::size_t rank = real->type.shape ? real->type.shape->size() : 0;
        auto before = onnx_qdq::parameters(*dequantize, rank), after = onnx_qdq::parameters(*quantize, rank);
        if (!before || !after || !same_quantization(*before, *after) || q_type != out->type.elem_type) continue;
        g.replace_uses(out, q);
        g.remove_node(quantize);
        ++r.requantize_pairs_dropped;
    }
}

// QUANTIZE (from reals after expose_quantized_arithmetic) -> QuantizeLinear with the output's
// parameters; per-axis along the axis as held.
inline Outcome lower_quantize(const Node& n, LoweringContext& c) {
    const Value* out = c.source_output(0);
    if (!is_quantized(out))
        return c.error("lower.quantization", "output 0", "the output tensor has no scale, so there is nothing to quantize to",
                       "give the tensor quantization parameters in the source model");
    Quantization q = permuted_quantization(*out->quantization, c.perm());
    auto [scale, zero_point] = scale_and_zero_point(c, q, c.output_dtype(0), n.name);
    c.emit_output(0, "QuantizeLinear", {c.input(0), scale, zero_point}, quantization_axis(q));
    return Outcome::applied;
}

// DEQUANTIZE of a run-time tensor: float16 becomes a Cast, a quantized tensor a DequantizeLinear
// with its parameters.
inline Outcome lower_dequantize(const Node& n, LoweringContext& c) {
    const Value* in = c.source_input(0);
    if (c.dtype(0) == DType::float16) {
        c.emit_output(0, "Cast", {c.input(0)}, {Attribute::of_int("to", static_cast<int64_t>(c.output_dtype(0)))});
        return Outcome::applied;
    }
    if (!is_quantized(in))
        return c.error("lower.quantization", "input 0", "the input is neither float16 nor quantized (it has no scale)",
                       "give the tensor quantization parameters in the source model");
    Quantization q = permuted_quantization(*in->quantization, c.perm());
    auto [scale, zero_point] = scale_and_zero_point(c, q, c.dtype(0), n.name);
    c.emit_output(0, "DequantizeLinear", {c.input(0), scale, zero_point}, quantization_axis(q));
    return Outcome::applied;
}

inline constexpr auto quantization = rule::lowering_table(
    lowering<"QUANTIZE", Layout::transparent>(&lower_quantize, "QuantizeLinear (requantizing: DequantizeLinear, QuantizeLinear)"),
    lowering<"DEQUANTIZE", Layout::transparent>(&lower_dequantize,
                                                "a float32 constant at conversion time (float16), DequantizeLinear where read "
                                                "(quantized constants); Cast or DequantizeLinear at run time"));

} // namespace opbridge::rules::tflite_to_onnx
