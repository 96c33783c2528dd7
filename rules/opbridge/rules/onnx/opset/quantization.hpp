#pragma once
// Opset adapters: QuantizeLinear, DequantizeLinear and the QLinear/Integer ops.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto quantization = rule_table();

} // namespace opbridge::rules::onnx_opset
