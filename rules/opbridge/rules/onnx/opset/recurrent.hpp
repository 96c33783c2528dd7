#pragma once
// Opset adapters: RNN, GRU, LSTM.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto recurrent = rule_table();

} // namespace opbridge::rules::onnx_opset
