#pragma once
// Opset adapters: activations newer than opset 7 and how they decompose: HardSwish, Celu, Gelu, Mish, ThresholdedRelu, Shrink.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto activations = rule_table();

} // namespace opbridge::rules::onnx_opset
