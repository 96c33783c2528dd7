#pragma once
// Pools. TFLite's AVERAGE_POOL_2D with SAME padding leaves the padding out of the average
// (ONNX count_include_pad=0); explicit zero padding in front (PAD) counts it (=1). MaxPool's
// explicit padding is filled with the lowest float so it never wins.

#include <limits>

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

template <bool Max>
Outcome lower_pool(const Node& n, LoweringContext& c) {
    if (c.rank(0) != 4) return c.error("lower.rank", "input 0", "only 2-D pooling (rank-4 input) is converted");
    auto in = require_static(c, 0);
    if (!in) return Outcome::failed;
    auto out = c.output_dims(0);
    std::vector<int64_t> kernel = ints_attribute(n, "kernel_shape"), strides = ints_attribute(n, "strides", {1, 1});
    std::vector<int64_t> dilations = ints_attribute(n, "dilations", {1, 1});
    if (!check_window_attributes(c, n, 2, "kernel_shape", kernel, strides, dilations)) return Outcome::failed;
    if (dilations != std::vector<int64_t>{1, 1}) return c.error("lower.attribute", "dilations", "TFLite pools have no dilation");
    auto padding = window_padding(n, {(*in)[2], (*in)[3]}, kernel, strides, dilations);
    if (!padding) return c.error("lower.attribute", "auto_pad", "unknown auto_pad value");
    bool include_pad = int_attribute(n, "count_include_pad", 0) != 0;
    if (!Max && padding->mode == "SAME" && include_pad) {
        // SAME would leave the padding out of the average: pad explicitly instead.
        std::vector<int64_t> pads(4);
        for (std::size_t i = 0; i < 2; ++i) {
            int64_t o = ((*in)[2 + i] + strides[i] - 1) / strides[i];
            int64_t total = std::max<int64_t>((o - 1) * strides[i] + kernel[i] - (*in)[2 + i], 0);
            pads[i] = total / 2, pads[i + 2] = total - total / 2;
        }
        padding = Padding{"VALID", pads};
    }
    if (!Max && padding->needs_pad_op() && !include_pad)
        return c.error("lower.attribute", "count_include_pad",
                       "asymmetric padding that leaves the padding out of the average has no TFLite form",
                       "use symmetric SAME-like padding or count_include_pad=1");
    Value* x = c.input(0);
    if (padding->needs_pad_op())
        x = Max ? pad_spatial(c, x, padding->explicit_pads, std::numeric_limits<float>::lowest()) : pad_spatial(c, x, padding->explicit_pads);
    // ceil_mode: the extra window at the end is covered by padding the end (MaxPool only).
    if (int_attribute(n, "ceil_mode", 0) && out) {
        auto xd = *static_dims(*x->type.shape);
        std::vector<int64_t> extra(4, 0);
        for (std::size_t i = 0; i < 2; ++i) {
            int64_t floor_out = padding->mode == "SAME" ? (xd[1 + i] + strides[i] - 1) / strides[i] : (xd[1 + i] - kernel[i]) / strides[i] + 1;
            if ((*out)[2 + i] > floor_out) extra[2 + i] = ((*out)[2 + i] - 1) * strides[i] + kernel[i] - xd[1 + i];
        }
        if (extra[2] || extra[3]) {
            if (!Max || padding->mode == "SAME")
                return c.error("lower.attribute", "ceil_mode", "ceil_mode with this padding has no TFLite form", "use ceil_mode=0");
            x = pad_spatial(c, x, extra, std::numeric_limits<float>::lowest());
        }
    }
    c.emit_output(0, Max ? "MAX_POOL_2D" : "AVERAGE_POOL_2D", {x},
                  {Attribute::of_string("padding", padding->mode), Attribute::of_int("stride_w", strides[1]),
                   Attribute::of_int("stride_h", strides[0]), Attribute::of_int("filter_width", kernel[1]),
                   Attribute::of_int("filter_height", kernel[0]), activation_none()});
    return Outcome::applied;
}

// GlobalAveragePool/GlobalMaxPool: MEAN/REDUCE_MAX over the spatial axes, kept.
template <fixed_string Target>
Outcome lower_global_pool(const Node&, LoweringContext& c) {
    std::size_t r = c.rank(0);
    std::vector<int64_t> axes;
    for (std::size_t a = 1; a + 1 < r; ++a) axes.push_back(static_cast<int64_t>(a));  // NHWC: 1..r-2
    c.emit_output(0, Target.view(), {c.input(0), c.int32_constant(axes, c.node().name + "_axes")},
                  {Attribute::of_int("keep_dims", 1)});
    return Outcome::applied;
}

inline constexpr auto pooling = rule::lowering_table(
    lowering<"MaxPool", Layout::source>(&lower_pool<true>, "MAX_POOL_2D (+PADV2)"),
    lowering<"AveragePool", Layout::source>(&lower_pool<false>, "AVERAGE_POOL_2D (+PAD)"),
    lowering<"GlobalAveragePool", Layout::source>(&lower_global_pool<"MEAN">, "MEAN over the spatial axes"),
    lowering<"GlobalMaxPool", Layout::source>(&lower_global_pool<"REDUCE_MAX">, "REDUCE_MAX over the spatial axes"));

} // namespace opbridge::rules::onnx_to_tflite
