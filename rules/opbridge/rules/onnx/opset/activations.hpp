#pragma once
// Opset adapters: activations newer than opset 7, rebuilt from older ops for lower targets:
// HardSwish (14), Celu (12), Gelu (20), Mish (18), ThresholdedRelu (10), Shrink (9).
// Elu, Selu, LeakyRelu, HardSigmoid, Softplus and Softsign only widen their types after
// opset 7: the driver checks those by itself. PRelu is in nn.hpp.
#include <cmath>
#include <numbers>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace activation_formulas {

// HardSwish-14: y = x * max(0, min(1, x/6 + 1/2)) = x * HardSigmoid(x; alpha = 1/6, beta = 1/2)
inline Expr hard_swish(Formula& f) {
    Expr x = f.input(0);
    return x * hard_sigmoid(x, 1.0 / 6, 0.5);
}

// Celu-12: y = max(0, x) + min(0, alpha * (exp(x / alpha) - 1)) = alpha * Elu(x / alpha; alpha = 1)
inline Expr celu(Formula& f) {
    double alpha = f.float_attribute("alpha", 1.0);
    return elu(f.input(0) / alpha, 1.0) * alpha;
}

// Gelu-20: y = x/2 * (1 + erf(x / sqrt 2)); with approximate = 'tanh',
//          y = x/2 * (1 + tanh(sqrt(2/pi) * (x + 0.044715 x^3))).
inline Expr gelu(Formula& f) {
    Expr x = f.input(0);
    if (f.string_attribute("approximate", "none") == "tanh")
        return x * 0.5 * (1.0 + tanh(std::sqrt(2 / std::numbers::pi) * (x + 0.044715 * x * x * x)));
    return x * 0.5 * (1.0 + erf(x / std::numbers::sqrt2));
}
inline Outcome gelu_erf_exists(const Node& n, RewriteContext& ctx, const AdapterInfo&) {
    const Attribute* a = n.attribute("approximate");
    bool exact = !a || (a->get_if<std::string>() && *a->get_if<std::string>() == "none");
    if (!exact || ctx.target_opset() >= 9) return Outcome::applied;
    return ctx.error(n, "opset.op-missing", "attribute 'approximate'",
                     "Gelu with approximate='none' is x/2 * (1 + erf(x / sqrt 2)), and Erf exists only from opset 9",
                     "convert to opset 9 or later (opset 20 keeps Gelu itself), or use approximate='tanh' if that approximation is acceptable");
}

// Mish-18: y = x * tanh(softplus(x))
inline Expr mish(Formula& f) {
    Expr x = f.input(0);
    return x * tanh(softplus(x));
}

// ThresholdedRelu-10: y = x if x > alpha, else 0. Masking max(x, alpha) rather than x keeps
// a masked-off value finite (alpha), so 0 * value is 0 even where x is -inf.
inline Expr thresholded_relu(Formula& f) {
    Expr x = f.input(0);
    double alpha = f.float_attribute("alpha", 1.0);
    return at_least(x, alpha) * cast(greater(x, alpha), x.dtype);
}

// Shrink-9: y = x - bias if x > lambd; x + bias if x < -lambd; 0 otherwise. Each branch is
// clamped to its own region before it is masked, so a masked-off value stays finite.
inline Expr shrink(Formula& f) {
    Expr x = f.input(0);
    double lambd = f.float_attribute("lambd", 0.5), bias = f.float_attribute("bias", 0.0);
    Expr above = (at_least(x, lambd) - bias) * cast(greater(x, lambd), x.dtype);
    Expr below = (at_most(x, -lambd) + bias) * cast(less(x, -lambd), x.dtype);
    return above + below;
}
// With lambd < 0 the two regions overlap and Shrink takes the x + bias branch; the sum of
// both branches would not.
inline Outcome shrink_lambd_not_negative(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Attribute* a = n.attribute("lambd");
    const double* lambd = a ? a->get_if<double>() : nullptr;
    if (!lambd || *lambd >= 0) return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "attribute 'lambd'",
                     "Shrink below opset 9 is rebuilt from Clip, Greater and Less, which needs lambd >= 0, but it is " +
                         std::to_string(*lambd),
                     rule::detail::keep_opset_hint(info));
}

} // namespace activation_formulas

inline constexpr auto activations = rule_table(
    decomposition<"HardSwish", 14>(formula<activation_formulas::hard_swish, "x * HardSigmoid(x; alpha = 1/6, beta = 1/2)">),
    decomposition<"Celu", 12>(formula<activation_formulas::celu, "alpha * Elu(x / alpha)">),
    decomposition<"Gelu", 20>(guard<activation_formulas::gelu_erf_exists, "Erf exists when approximate is 'none'">,
                              formula<activation_formulas::gelu, "x/2 * (1 + erf(x / sqrt 2)), or its tanh approximation">),
    decomposition<"Mish", 18>(formula<activation_formulas::mish, "x * Tanh(Softplus(x))">),
    decomposition<"ThresholdedRelu", 10>(
        formula<activation_formulas::thresholded_relu, "Clip(x, min = alpha) * Cast(x > alpha)">),
    decomposition<"Shrink", 9>(
        input_dtype_in<0, "Clip, Greater and Less take only float types before opset 9", DType::float16, DType::float32, DType::float64>,
        guard<activation_formulas::shrink_lambd_not_negative, "lambd >= 0">,
        formula<activation_formulas::shrink, "(Clip(x, min = lambd) - bias) * (x > lambd) + (Clip(x, max = -lambd) + bias) * (x < -lambd)">));

} // namespace opbridge::rules::onnx_opset
