#pragma once
// Every ONNX opset adapter, in one sorted table, checked at compile time: no two rules for
// one step, and (in complete.hpp) a rule for every step of opsets 7..max.
#include "opbridge/rules/onnx/opset/activations.hpp"
#include "opbridge/rules/onnx/opset/clip.hpp"
#include "opbridge/rules/onnx/opset/control_flow.hpp"
#include "opbridge/rules/onnx/opset/math.hpp"
#include "opbridge/rules/onnx/opset/nn.hpp"
#include "opbridge/rules/onnx/opset/normalization.hpp"
#include "opbridge/rules/onnx/opset/pooling.hpp"
#include "opbridge/rules/onnx/opset/quantization.hpp"
#include "opbridge/rules/onnx/opset/recurrent.hpp"
#include "opbridge/rules/onnx/opset/reduce.hpp"
#include "opbridge/rules/onnx/opset/resize.hpp"
#include "opbridge/rules/onnx/opset/scatter.hpp"
#include "opbridge/rules/onnx/opset/shape_ops.hpp"
#include "opbridge/rules/onnx/opset/softmax.hpp"
#include "opbridge/rules/onnx/opset/unsupported.hpp"

namespace opbridge::rules::onnx_opset {

inline constexpr auto all = rule::sorted(rule::concat(activations, clip, control_flow, math, nn, normalization, pooling,
                                                      quantization, recurrent, reduce, resize, scatter, shape_ops, softmax,
                                                      unsupported));
static_assert(rule::check_unique<all>());

inline const rule::AdapterTable table{all};

} // namespace opbridge::rules::onnx_opset

#include "opbridge/rule/pipeline.hpp"

namespace opbridge::rules::onnx_opset {
// A pipeline stage converting ONNX opset From to To with every adapter above.
template <int From, int To>
using stage = rule::onnx_opset_stage_with<From, To, &table>;
} // namespace opbridge::rules::onnx_opset
