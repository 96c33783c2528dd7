#pragma once
// Opset adapters: If, Loop, Scan.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto control_flow = rule_table();

} // namespace opbridge::rules::onnx_opset
