#pragma once
// Activations. Clip becomes the fused-activation ops TFLite has (RELU, RELU6, RELU_N1_TO_1)
// when its bounds are theirs, MINIMUM/MAXIMUM otherwise.

#include <limits>

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

inline Outcome lower_clip(const Node& n, LoweringContext& c) {
    double lo = -std::numeric_limits<double>::infinity(), hi = std::numeric_limits<double>::infinity();
    for (std::size_t i = 1; i < 3; ++i) {
        if (!c.has_input(i)) continue;
        auto v = c.constant_reals(i);
        if (!v || v->size() != 1)
            return c.error("lower.dynamic-input", i == 1 ? "input 1 (min)" : "input 2 (max)", "the bound is computed at run time",
                           "make the bound a constant");
        (i == 1 ? lo : hi) = (*v)[0];
    }
    Value* x = c.input(0);
    if (lo == 0 && hi == 6) return c.emit_output(0, "RELU6", {x}), Outcome::applied;
    if (lo == -1 && hi == 1) return c.emit_output(0, "RELU_N1_TO_1", {x}), Outcome::applied;
    if (lo == 0 && std::isinf(hi)) return c.emit_output(0, "RELU", {x}), Outcome::applied;
    Type t = c.output_type(0);
    if (!std::isinf(lo)) {
        Value* bound = c.float_constant({static_cast<float>(lo)}, {}, n.name + "_min");
        x = std::isinf(hi) ? c.emit_output(0, "MAXIMUM", {x, bound}) : c.emit1("MAXIMUM", {x, bound}, {}, t);
    }
    if (!std::isinf(hi)) c.emit_output(0, "MINIMUM", {x, c.float_constant({static_cast<float>(hi)}, {}, n.name + "_max")});
    if (std::isinf(lo) && std::isinf(hi)) c.set_output(0, x);
    return Outcome::applied;
}

inline Outcome lower_leaky_relu(const Node& n, LoweringContext& c) {
    c.emit_output(0, "LEAKY_RELU", {c.input(0)}, {Attribute::of_float("alpha", real_attribute(n, "alpha", 0.01))});
    return Outcome::applied;
}

// HardSigmoid(x) = clamp(alpha*x + beta, 0, 1) = RELU6(6*alpha*x + 6*beta) / 6.
inline Outcome lower_hard_sigmoid(const Node& n, LoweringContext& c) {
    double alpha = real_attribute(n, "alpha", 0.2), beta = real_attribute(n, "beta", 0.5);
    Type t = c.output_type(0);
    Value* y = c.emit1("MUL", {c.input(0), c.float_constant({static_cast<float>(6 * alpha)}, {}, n.name + "_scale")}, {activation_none()}, t);
    y = c.emit1("ADD", {y, c.float_constant({static_cast<float>(6 * beta)}, {}, n.name + "_shift")}, {activation_none()}, t);
    y = c.emit1("RELU6", {y}, {}, t);
    c.emit_output(0, "MUL", {y, c.float_constant({1.f / 6.f}, {}, n.name + "_sixth")}, {activation_none()});
    return Outcome::applied;
}

// Elu with alpha 1 is TFLite's ELU; other alphas are not expressible by it.
inline Outcome lower_elu(const Node& n, LoweringContext& c) {
    if (real_attribute(n, "alpha", 1.0) != 1.0)
        return c.error("lower.attribute", "alpha", "TFLite's ELU has alpha 1", "use alpha 1");
    c.emit_output(0, "ELU", {c.input(0)});
    return Outcome::applied;
}

// Softplus(x) = log(exp(x) + 1).
inline Outcome lower_softplus(const Node& n, LoweringContext& c) {
    Type t = c.output_type(0);
    Value* e = c.emit1("EXP", {c.input(0)}, {}, t);
    Value* s = c.emit1("ADD", {e, c.float_constant({1.f}, {}, n.name + "_one")}, {activation_none()}, t);
    c.emit_output(0, "LOG", {s});
    return Outcome::applied;
}

// Gelu (opset 20, or made by the GELU pattern from x*0.5*(1+erf(x/sqrt2))).
inline Outcome lower_gelu(const Node& n, LoweringContext& c) {
    bool tanh = string_attribute(n, "approximate", "none") == "tanh";
    c.emit_output(0, "GELU", {c.input(0)}, {Attribute::of_int("approximate", tanh ? 1 : 0)});
    return Outcome::applied;
}

inline constexpr auto activations = rule::lowering_table(
    lowering<"Relu", Layout::transparent>(&same_op<"RELU">, "RELU"),
    lowering<"Sigmoid", Layout::transparent>(&same_op<"LOGISTIC">, "LOGISTIC"),
    lowering<"Tanh", Layout::transparent>(&same_op<"TANH">, "TANH"),
    lowering<"PRelu", Layout::transparent>(&same_op<"PRELU">, "PRELU"),
    lowering<"HardSwish", Layout::transparent>(&same_op<"HARD_SWISH">, "HARD_SWISH"),
    lowering<"Clip", Layout::transparent>(&lower_clip, "RELU, RELU6, RELU_N1_TO_1 or MAXIMUM/MINIMUM"),
    lowering<"LeakyRelu", Layout::transparent>(&lower_leaky_relu, "LEAKY_RELU"),
    lowering<"HardSigmoid", Layout::transparent>(&lower_hard_sigmoid, "MUL, ADD, RELU6, MUL"),
    lowering<"Elu", Layout::transparent>(&lower_elu, "ELU"),
    lowering<"Softplus", Layout::transparent>(&lower_softplus, "EXP, ADD, LOG"),
    lowering<"Gelu", Layout::transparent>(&lower_gelu, "GELU"),
    not_lowered<"Erf">("TFLite has no erf builtin. The Gelu form x*0.5*(1+erf(x/sqrt(2))) is converted (to GELU); a lone Erf is not"));

} // namespace opbridge::rules::onnx_to_tflite
