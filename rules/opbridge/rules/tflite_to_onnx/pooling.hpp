#pragma once
// 2-D pools. TFLite pools NHWC with SAME/VALID; ONNX pools NCHW with explicit pads. TFLite's
// average excludes the padded cells from the count, which is ONNX's count_include_pad = 0.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

template <fixed_string Target>
Outcome lower_pool_2d(const Node& n, LoweringContext& c) {
    auto in = require_static(c, 0);
    if (!in) return Outcome::failed;
    std::vector<int64_t> kernel{int_attribute(n, "filter_height", 1), int_attribute(n, "filter_width", 1)},
        strides{int_attribute(n, "stride_h", 1), int_attribute(n, "stride_w", 1)};
    if (!check_window(c, *in, {1, kernel[0], kernel[1], 1}, 2, strides, {1, 1}, 0, "filter_height, filter_width")) return Outcome::failed;
    auto pads = explicit_pads(string_attribute(n, "padding", "VALID"), {(*in)[1], (*in)[2]}, kernel, strides, {1, 1});
    return emit_with_activation(n, c, Target.view(), {c.input(0)},
                                {Attribute::of_ints("kernel_shape", kernel), Attribute::of_ints("strides", strides),
                                 Attribute::of_ints("pads", pads)});
}

inline constexpr auto pooling = rule::lowering_table(
    lowering<"MAX_POOL_2D", Layout::source>(&lower_pool_2d<"MaxPool">, "MaxPool (+activation)"),
    lowering<"AVERAGE_POOL_2D", Layout::source>(&lower_pool_2d<"AveragePool">, "AveragePool, padding excluded (+activation)"),
    not_lowered<"L2_POOL_2D">("ONNX LpPool sums the squares where TFLite averages them, and the padded count differs at the "
                              "edges; no exact ONNX form"));

} // namespace opbridge::rules::tflite_to_onnx
