#pragma once
// Every ONNX -> TFLite lowering rule, in one table (one entry per ONNX op; each declares its
// layout class next to its code). Rule families live one per file beside this one.

#include "opbridge/rules/onnx_to_tflite/activations.hpp"
#include "opbridge/rules/onnx_to_tflite/conv.hpp"
#include "opbridge/rules/onnx_to_tflite/dense.hpp"
#include "opbridge/rules/onnx_to_tflite/elementwise.hpp"
#include "opbridge/rules/onnx_to_tflite/indexing.hpp"
#include "opbridge/rules/onnx_to_tflite/other.hpp"
#include "opbridge/rules/onnx_to_tflite/pooling.hpp"
#include "opbridge/rules/onnx_to_tflite/quantization.hpp"
#include "opbridge/rules/onnx_to_tflite/reductions.hpp"
#include "opbridge/rules/onnx_to_tflite/resize.hpp"
#include "opbridge/rules/onnx_to_tflite/shape.hpp"

namespace opbridge::rules::onnx_to_tflite {

inline constexpr auto all = rule::concat(activations, conv, dense, elementwise, indexing, other, pooling, quantization, reductions, resize, shape);
static_assert(rule::check_unique_lowerings(all), "two ONNX -> TFLite rules claim the same op and version");

inline const rule::LoweringTable table{all};

} // namespace opbridge::rules::onnx_to_tflite
