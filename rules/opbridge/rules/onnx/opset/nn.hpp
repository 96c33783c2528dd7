#pragma once
// Opset adapters: Gemm, Pow, RoiAlign, Conv-family changes.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto nn = rule_table();

} // namespace opbridge::rules::onnx_opset
