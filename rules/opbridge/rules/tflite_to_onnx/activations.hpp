#pragma once
// Activations and normalizations. Elementwise ones work in whatever layout their input is held
// in; SOFTMAX, LOG_SOFTMAX and L2_NORMALIZATION act on the last source axis, mapped through the
// layout; LOCAL_RESPONSE_NORMALIZATION acts on channels, which ONNX's LRN finds on axis 1.

#include <cmath>

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

// Clip(x, lo, hi) with bounds of x's type (Clip-11 on takes them as inputs).
template <int Lo, int Hi>
Outcome lower_clip(const Node& n, LoweringContext& c) {
    DType t = c.dtype(0);
    c.emit_output(0, "Clip", {c.input(0), scalar_constant(c, Lo, t, n.name + "_min"), scalar_constant(c, Hi, t, n.name + "_max")});
    return Outcome::applied;
}

inline Outcome lower_leaky_relu(const Node& n, LoweringContext& c) {
    c.emit_output(0, "LeakyRelu", {c.input(0)}, {Attribute::of_float("alpha", real_attribute(n, "alpha", 0.2))});
    return Outcome::applied;
}

// GELU has no ONNX op before opset 20: 0.5 x (1 + erf(x / sqrt 2)), or with approximate the
// tanh form 0.5 x (1 + tanh(sqrt(2 / pi) (x + 0.044715 x^3))).
inline Outcome lower_gelu(const Node& n, LoweringContext& c) {
    Value* x = c.input(0);
    DType dt = c.dtype(0);
    Type t = c.output_type(0);
    Value* inner;
    if (int_attribute(n, "approximate", 0)) {
        Value* x3 = c.emit1("Mul", {c.emit1("Mul", {x, x}, {}, t), x}, {}, t);
        Value* sum = c.emit1("Add", {x, c.emit1("Mul", {x3, scalar_constant(c, 0.044715, dt, n.name + "_cubic")}, {}, t)}, {}, t);
        inner = c.emit1("Tanh", {c.emit1("Mul", {sum, scalar_constant(c, std::sqrt(2.0 / M_PI), dt, n.name + "_scale")}, {}, t)}, {}, t);
    } else {
        inner = c.emit1("Erf", {c.emit1("Mul", {x, scalar_constant(c, 1.0 / std::sqrt(2.0), dt, n.name + "_scale")}, {}, t)}, {}, t);
    }
    Value* one_plus = c.emit1("Add", {inner, scalar_constant(c, 1.0, dt, n.name + "_one")}, {}, t);
    Value* half_x = c.emit1("Mul", {x, scalar_constant(c, 0.5, dt, n.name + "_half")}, {}, t);
    c.emit_output(0, "Mul", {half_x, one_plus});
    return Outcome::applied;
}

// SOFTMAX(x, beta) = Softmax(beta x) over the last axis.
inline Outcome lower_softmax(const Node& n, LoweringContext& c) {
    Value* x = c.input(0);
    double beta = real_attribute(n, "beta", 1.0);
    if (beta != 1.0) x = c.emit1("Mul", {x, scalar_constant(c, beta, c.dtype(0), n.name + "_beta")}, {}, x->type);
    c.emit_output(0, "Softmax", {x}, {Attribute::of_int("axis", c.axis(-1, c.rank(0)))});
    return Outcome::applied;
}

inline Outcome lower_log_softmax(const Node&, LoweringContext& c) {
    c.emit_output(0, "LogSoftmax", {c.input(0)}, {Attribute::of_int("axis", c.axis(-1, c.rank(0)))});
    return Outcome::applied;
}

// L2_NORMALIZATION over the last axis. TFLite divides by sqrt(max(sum x^2, 1e-6)); LpNormalization
// divides by the plain norm, which differs only for vectors of norm below 1e-3.
inline Outcome lower_l2_normalization(const Node& n, LoweringContext& c) {
    return emit_with_activation(n, c, "LpNormalization", {c.input(0)},
                                {Attribute::of_int("axis", c.axis(-1, c.rank(0))), Attribute::of_int("p", 2)});
}

// LOCAL_RESPONSE_NORMALIZATION: x / (bias + alpha * sum over [c - r, c + r] of x^2)^beta; ONNX's
// LRN divides alpha by the window size, so it gets alpha * (2r + 1).
inline Outcome lower_lrn(const Node& n, LoweringContext& c) {
    int64_t radius = int_attribute(n, "radius", 5), size = 2 * radius + 1;
    c.emit_output(0, "LRN", {c.input(0)},
                  {Attribute::of_int("size", size), Attribute::of_float("alpha", real_attribute(n, "alpha", 1.0) * static_cast<double>(size)),
                   Attribute::of_float("beta", real_attribute(n, "beta", 0.5)), Attribute::of_float("bias", real_attribute(n, "bias", 1.0))});
    return Outcome::applied;
}

inline constexpr auto activations = rule::lowering_table(
    lowering<"RELU", Layout::transparent>(&same_op<"Relu">, "Relu"),
    lowering<"RELU6", Layout::transparent>(&lower_clip<0, 6>, "Clip(0, 6)"),
    lowering<"RELU_N1_TO_1", Layout::transparent>(&lower_clip<-1, 1>, "Clip(-1, 1)"),
    lowering<"RELU_0_TO_1", Layout::transparent>(&lower_clip<0, 1>, "Clip(0, 1)"),
    lowering<"TANH", Layout::transparent>(&same_op<"Tanh">, "Tanh"),
    lowering<"LOGISTIC", Layout::transparent>(&same_op<"Sigmoid">, "Sigmoid"),
    lowering<"HARD_SWISH", Layout::transparent>(&same_op<"HardSwish">, "HardSwish"),
    lowering<"ELU", Layout::transparent>(&same_op<"Elu">, "Elu"),
    lowering<"LEAKY_RELU", Layout::transparent>(&lower_leaky_relu, "LeakyRelu"),
    lowering<"PRELU", Layout::transparent>(&same_op<"PRelu">, "PRelu (slope permuted with the input)"),
    lowering<"GELU", Layout::transparent>(&lower_gelu, "Erf (or Tanh) decomposition"),
    lowering<"SOFTMAX", Layout::axes>(&lower_softmax, "Softmax (+Mul for beta)"),
    lowering<"LOG_SOFTMAX", Layout::axes>(&lower_log_softmax, "LogSoftmax"),
    lowering<"L2_NORMALIZATION", Layout::axes>(&lower_l2_normalization, "LpNormalization p=2"),
    lowering<"LOCAL_RESPONSE_NORMALIZATION", Layout::source>(&lower_lrn, "LRN"));

} // namespace opbridge::rules::tflite_to_onnx
