#pragma once
// x * 0.5 * (1 + erf(x / sqrt(2)))  ==>  Gelu(x)   (how exporters before opset 20 spell GELU;
// TFLite has GELU and no erf). Both orders of the outer products are matched.
#include "opbridge/rule/pattern.hpp"

namespace opbridge::rules::patterns {
using namespace opbridge::rule;

inline constexpr auto gelu_erf_part = op<"Add">(op<"Erf">(op<"Div">(var<"x">, scalar(1.4142135623730951))), scalar(1.0)).commutative();
// (x * (1 + erf(x/sqrt2))) * 0.5
inline constexpr auto gelu_rule_a =
    pattern(op<"Mul">(op<"Mul">(var<"x">, gelu_erf_part).commutative(), scalar(0.5)).commutative()).rewrite(op<"Gelu">(var<"x">));
// (x * 0.5) * (1 + erf(x/sqrt2))
inline constexpr auto gelu_rule_b =
    pattern(op<"Mul">(op<"Mul">(var<"x">, scalar(0.5)).commutative(), gelu_erf_part).commutative()).rewrite(op<"Gelu">(var<"x">));
inline constexpr PatternEntry gelu_a = pattern_entry<gelu_rule_a, "x*(1+erf(x/sqrt2))*0.5 -> Gelu">();
inline constexpr PatternEntry gelu_b = pattern_entry<gelu_rule_b, "x*0.5*(1+erf(x/sqrt2)) -> Gelu">();

} // namespace opbridge::rules::patterns
