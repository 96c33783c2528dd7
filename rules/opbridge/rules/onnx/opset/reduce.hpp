#pragma once
// Opset adapters: ReduceSum/Mean/Max/Min/Prod/L1/L2/LogSum/LogSumExp/SumSquare (axes attribute <-> input), ArgMax/ArgMin.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto reduce = rule_table();

} // namespace opbridge::rules::onnx_opset
