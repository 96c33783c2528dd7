#pragma once
// Opset adapters: MaxPool, AveragePool, LpPool.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto pooling = rule_table();

} // namespace opbridge::rules::onnx_opset
