#pragma once
// Opset adapters: Resize and Upsample.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto resize = rule_table();

} // namespace opbridge::rules::onnx_opset
