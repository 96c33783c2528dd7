#pragma once
// Opset adapters: Split, Squeeze, Unsqueeze, Reshape, Shape, Slice, Pad, DepthToSpace, Constant, Identity, GatherND, TopK, Flatten, Concat, Gather and other axis-bearing ops.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto shape_ops = rule_table();

} // namespace opbridge::rules::onnx_opset
