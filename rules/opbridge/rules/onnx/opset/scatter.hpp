#pragma once
// Opset adapters: Scatter, ScatterElements, ScatterND.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto scatter = rule_table();

} // namespace opbridge::rules::onnx_opset
