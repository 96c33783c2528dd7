#pragma once
// Matrix products. FULLY_CONNECTED's weights are [out, in]: Gemm with transB reads them as
// they are. BATCH_MATMUL's adj_x/adj_y swap the last two axes of an operand, which is a free
// layout change for constants (permuted now) and a Transpose otherwise.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

// FULLY_CONNECTED(input, weights [O, I], bias?): the input is flattened to [-1, I] unless it is
// already 2-D; with keep_num_dims the leading dims come back afterwards.
inline Outcome lower_fully_connected(const Node& n, LoweringContext& c) {
    auto w = require_static(c, 1, "weights");
    auto in = require_static(c, 0);
    auto out = c.output_dims(0);
    if (!w || !in) return Outcome::failed;
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the shape is not static", "give the TFLite model static input sizes");
    if (string_attribute(n, "weights_format", "DEFAULT") != "DEFAULT")
        return c.error("lower.attribute", "weights_format", "shuffled int8 weights are not converted", "use DEFAULT weights");
    int64_t rows = 1;
    for (int64_t d : *in) rows *= d;
    // The file gives the sizes: weights (units, k) with k dividing the input's size.
    if (w->size() != 2 || (*w)[1] < 1 || rows % (*w)[1] != 0)
        return c.error("lower.shape", "input 1 (weights)",
                       "weights of shape " + to_string(shape_of(*w)) + " for an input of shape " + to_string(shape_of(*in)) +
                           "; FULLY_CONNECTED needs (units, k) weights with k dividing the input's size",
                       "fix the shapes in the source model");
    int64_t units = (*w)[1];
    rows /= units;
    Value* x = c.input(0);
    if (in->size() != 2) x = c.reshape(x, {rows, units});
    std::vector<Value*> ins{x, c.input(1)};
    if (c.input_count() > 2 && c.has_input(2)) ins.push_back(c.input(2));
    std::vector<Attribute> attributes{Attribute::of_int("transB", 1)};
    if (out->size() == 2) return emit_with_activation(n, c, "Gemm", ins, attributes);
    // keep_num_dims: Gemm on 2-D, the activation, then the output's dims back.
    Type flat = Type::tensor(c.output_dtype(0), shape_of({rows, (*w)[0]}));
    Value* y = c.emit1("Gemm", ins, attributes, flat);
    std::string act = string_attribute(n, "fused_activation_function", "NONE");
    if (act == "RELU") y = c.emit1("Relu", {y}, {}, flat);
    else if (act == "RELU6" || act == "RELU_N1_TO_1")
        y = c.emit1("Clip", {y, scalar_constant(c, act == "RELU6" ? 0 : -1, flat.elem_type, n.name + "_min"),
                             scalar_constant(c, act == "RELU6" ? 6 : 1, flat.elem_type, n.name + "_max")},
                    {}, flat);
    else if (!activation_is_clamp_free(act))
        return c.error("lower.attribute", "fused_activation_function", act + " has no ONNX counterpart");
    emit_reshape(c, y, *out, c.output_value(0));
    return Outcome::applied;
}

// BATCH_MATMUL(x, y) with adj_x / adj_y.
inline Outcome lower_batch_matmul(const Node& n, LoweringContext& c) {
    auto operand = [&](std::size_t i, bool adjoint) {
        Perm p = layout::identity(c.rank(i));
        if (adjoint) std::swap(p[p.size() - 1], p[p.size() - 2]);
        return c.held(i, p);
    };
    c.emit_output(0, "MatMul", {operand(0, int_attribute(n, "adj_x", 0) != 0), operand(1, int_attribute(n, "adj_y", 0) != 0)});
    return Outcome::applied;
}

inline constexpr auto dense = rule::lowering_table(
    lowering<"FULLY_CONNECTED", Layout::terminator>(&lower_fully_connected, "Gemm transB=1 (+Reshape, +activation)"),
    lowering<"BATCH_MATMUL", Layout::terminator>(&lower_batch_matmul, "MatMul (adjoints permuted)"));

} // namespace opbridge::rules::tflite_to_onnx
