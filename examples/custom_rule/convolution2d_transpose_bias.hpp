#pragma once
// A user-defined TFLite -> ONNX rule for a custom op: MediaPipe's Convolution2DTransposeBias
// (selfie segmentation, hand and face models). It is a TRANSPOSE_CONV with the bias as a third
// input and its options in custom_options instead of builtin options:
//   inputs   input (NHWC), weights (OHWI), bias [O]
//   custom_options  the raw bytes of TFLite's C struct TfLiteTransposeConvParams:
//                   int32 padding (1 = SAME, 2 = VALID), int32 stride_width, int32 stride_height
// Custom ops are looked up as "custom.<custom code>" (pass/lower.hpp: rule_key), so the rule
// is declared under that name. The layout class `source` hands the input over as NCHW and
// holds the output NCHW, like the builtin convolutions; lower_transpose_conv_2d does the rest.

#include <cstring>

#include "opbridge/rules/tflite_to_onnx/conv.hpp"

namespace custom_rule {

using namespace opbridge;
using namespace opbridge::rules::tflite_to_onnx;

inline rule::Outcome lower_convolution2d_transpose_bias(const Node& n, rule::LoweringContext& c) {
    std::string options = string_attribute(n, "custom_options");
    int32_t fields[3] = {};
    if (options.size() < sizeof fields)
        return c.error("lower.attribute", "custom_options",
                       "expected 12 bytes (padding, stride_width, stride_height), got " + std::to_string(options.size()),
                       "this rule reads MediaPipe's TfLiteTransposeConvParams layout");
    std::memcpy(fields, options.data(), sizeof fields);
    if (fields[0] != 1 && fields[0] != 2)
        return c.error("lower.attribute", "custom_options", "unknown padding " + std::to_string(fields[0]), "expected 1 (SAME) or 2 (VALID)");
    return lower_transpose_conv_2d(n, c, 0, 1, 2, fields[0] == 1 ? "SAME" : "VALID", {fields[2], fields[1]});
}

inline constexpr auto mediapipe = rule::lowering_table(
    rule::lowering<"custom.Convolution2DTransposeBias", rule::Layout::source>(&lower_convolution2d_transpose_bias,
                                                                              "ConvTranspose with bias (+activation none)"));

} // namespace custom_rule
