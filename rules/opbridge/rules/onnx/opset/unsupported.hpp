#pragma once
// Opset adapters: ops that no older opset can express, with the reason (sequences, signal processing, training ops, ...).
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto unsupported = rule_table();

} // namespace opbridge::rules::onnx_opset
