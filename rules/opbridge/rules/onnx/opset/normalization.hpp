#pragma once
// Opset adapters: BatchNormalization, Dropout, LayerNormalization, GroupNormalization, MeanVarianceNormalization.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto normalization = rule_table();

} // namespace opbridge::rules::onnx_opset
