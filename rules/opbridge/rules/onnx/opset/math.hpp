#pragma once
// Opset adapters: elementwise and tensor-making ops newer than opset 7 and how they decompose: Sinh, Cosh, Asinh, Acosh, Atanh, Sign, Erf, Where, Expand, ConstantOfShape, Range, GreaterOrEqual, LessOrEqual, Mod, CumSum, Trilu, EyeLike, ....
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto math = rule_table();

} // namespace opbridge::rules::onnx_opset
