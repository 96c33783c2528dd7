#pragma once
// x * HardSigmoid(x; alpha=1/6, beta=0.5)  ==>  HardSwish(x)   (HardSwish exists from opset 14;
// exporters for older opsets spell it this way, and TFLite has HARD_SWISH).
#include "opbridge/rule/pattern.hpp"

namespace opbridge::rules::patterns {
using namespace opbridge::rule;

inline constexpr auto hard_swish_rule =
    pattern(op<"Mul">(var<"x">, op<"HardSigmoid">(var<"x">).where(attr<"alpha">(1.0 / 6), attr<"beta">(0.5))).commutative())
        .rewrite(op<"HardSwish">(var<"x">));
inline constexpr PatternEntry hard_swish = pattern_entry<hard_swish_rule, "x*HardSigmoid(x) -> HardSwish">();

} // namespace opbridge::rules::patterns
