#pragma once
// Every TFLite -> ONNX lowering rule, in one table (one entry per TFLite op; each declares its
// layout class next to its code). Rule families live one per file beside this one.

#include "opbridge/rules/tflite_to_onnx/activations.hpp"
#include "opbridge/rules/tflite_to_onnx/conv.hpp"
#include "opbridge/rules/tflite_to_onnx/dense.hpp"
#include "opbridge/rules/tflite_to_onnx/elementwise.hpp"
#include "opbridge/rules/tflite_to_onnx/indexing.hpp"
#include "opbridge/rules/tflite_to_onnx/pooling.hpp"
#include "opbridge/rules/tflite_to_onnx/quantization.hpp"
#include "opbridge/rules/tflite_to_onnx/reductions.hpp"
#include "opbridge/rules/tflite_to_onnx/resize.hpp"
#include "opbridge/rules/tflite_to_onnx/shape.hpp"
#include "opbridge/rules/tflite_to_onnx/stablehlo.hpp"
#include "opbridge/rules/tflite_to_onnx/unsupported.hpp"

namespace opbridge::rules::tflite_to_onnx {

inline constexpr auto all =
    rule::concat(activations, conv, dense, elementwise, indexing, pooling, quantization, reductions, resize, shape, stablehlo, unsupported);
static_assert(rule::check_unique_lowerings(all), "two TFLite -> ONNX rules claim the same op");

inline const rule::LoweringTable table{all};

} // namespace opbridge::rules::tflite_to_onnx
