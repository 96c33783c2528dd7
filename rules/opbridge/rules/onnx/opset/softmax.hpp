#pragma once
// Opset adapters: Softmax, LogSoftmax, Hardmax (2-D coercion before 13, one axis from 13).
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto softmax = rule_table();

} // namespace opbridge::rules::onnx_opset
