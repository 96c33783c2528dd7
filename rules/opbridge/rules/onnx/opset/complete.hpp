#pragma once
// The opset converter declared complete: every schema step of the default domain between
// opset 7 and the newest known opset has an adapter, a decomposition or an unsupported entry
// with its reason. A missing one is a compile error that names the op and the versions.
#include "opbridge/rules/onnx/opset/all.hpp"

namespace opbridge::rules::onnx_opset {
static_assert(rule::check_complete<all, 7, onnx_schema::max_opset>());
} // namespace opbridge::rules::onnx_opset
