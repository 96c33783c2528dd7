#pragma once
// Convolutions. ONNX weights are OIHW; TFLite's CONV_2D wants OHWI, DEPTHWISE_CONV_2D
// 1HW(C*multiplier), TRANSPOSE_CONV OHWI of the transposed op. Weights are permuted here, at
// conversion time. Padding that TFLite's SAME/VALID cannot say becomes a PAD op in front.

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"
#include "opbridge/rules/onnx_to_tflite/quantization.hpp"

namespace opbridge::rules::onnx_to_tflite {

namespace conv_detail {

struct Geometry {
    std::vector<int64_t> in;  // N, C, H, W
    std::vector<int64_t> kernel, strides, dilations;
};

inline std::optional<Geometry> geometry_2d(const Node& n, LoweringContext& c, const Tensor& w) {
    if (c.rank(0) != 4)
        return c.error("lower.rank", "input 0", "only 2-D convolutions (rank-4 inputs) are converted; this one has rank " +
                                                      std::to_string(c.rank(0)),
                       "reshape 1-D convolutions to 2-D in the source model (unsqueeze a unit height)"),
               std::nullopt;
    auto in = require_static(c, 0);
    if (!in) return std::nullopt;
    Geometry g{*in, {w.dims[2], w.dims[3]}, ints_attribute(n, "strides", {1, 1}), ints_attribute(n, "dilations", {1, 1})};
    if (!check_window_attributes(c, n, 2, "input 1 (W) spatial dims", g.kernel, g.strides, g.dilations)) return std::nullopt;
    return g;
}

} // namespace conv_detail

// Conv (group 1: CONV_2D; one group per input channel: DEPTHWISE_CONV_2D).
inline Outcome lower_conv(const Node& n, LoweringContext& c) {
    const Tensor* w = c.constant(1);
    if (!w || w->dims.size() != 4)
        return c.error("lower.dynamic-weights", "input 1 (W)", "the filter is computed at run time; TFLite convolutions need a constant filter",
                       "make the weights an initializer (export with constant folding)");
    auto g = conv_detail::geometry_2d(n, c, *w);
    if (!g) return Outcome::failed;
    int64_t group = int_attribute(n, "group", 1), in_channels = g->in[1], out_channels = w->dims[0];
    if (group < 1 || in_channels < 1)
        return c.error("lower.attribute", "group", "a convolution of " + std::to_string(in_channels) + " input channels in " +
                                                       std::to_string(group) + " groups", "fix the model: both must be at least 1");
    if (w->dims[1] * group != in_channels)  // W is (M, C/group, kH, kW)
        return c.error("lower.shape", "input 1 (W)", "the filter takes " + std::to_string(w->dims[1]) + " channels in each of " +
                                                         std::to_string(group) + " groups; the input has " + std::to_string(in_channels),
                       "fix the filter or the group attribute in the source model");
    auto padding = window_padding(n, {g->in[2], g->in[3]}, g->kernel, g->strides, g->dilations);
    if (!padding) return c.error("lower.attribute", "auto_pad", "unknown auto_pad value");
    Value* x = c.input(0);
    if (padding->needs_pad_op()) x = pad_spatial(c, x, padding->explicit_pads);
    std::vector<Attribute> common{Attribute::of_string("padding", padding->mode), Attribute::of_int("stride_w", g->strides[1]),
                                  Attribute::of_int("stride_h", g->strides[0]), activation_none(),
                                  Attribute::of_int("dilation_w_factor", g->dilations[1]),
                                  Attribute::of_int("dilation_h_factor", g->dilations[0])};
    if (group == 1) {
        Value* filter = c.constant_input(1, {0, 2, 3, 1});
        auto bias = bias_for(c, 2, x, filter, out_channels, n.name + "_bias");
        if (!bias) return Outcome::failed;
        c.emit_output(0, "CONV_2D", {x, filter, *bias}, common);
        return Outcome::applied;
    }
    if (group == in_channels && out_channels % in_channels == 0) {
        Value* filter = c.constant_input(1, {1, 2, 3, 0});
        auto bias = bias_for(c, 2, x, filter, out_channels, n.name + "_bias");
        if (!bias) return Outcome::failed;
        common.insert(common.begin() + 3, Attribute::of_int("depth_multiplier", out_channels / in_channels));
        c.emit_output(0, "DEPTHWISE_CONV_2D", {x, filter, *bias}, common, 2);
        return Outcome::applied;
    }
    return c.error("lower.attribute", "group",
                   "grouped convolution with " + std::to_string(group) + " groups of " + std::to_string(in_channels / group) +
                       " channels has no TFLite builtin",
                   "split the convolution into per-group convolutions and a Concat in the source model");
}

// ConvTranspose -> TRANSPOSE_CONV producing the full (unpadded) result, cropped by a SLICE when
// ONNX pads, and a bias ADD.
inline Outcome lower_conv_transpose(const Node& n, LoweringContext& c) {
    const Tensor* w = c.constant(1);
    if (!w || w->dims.size() != 4)
        return c.error("lower.dynamic-weights", "input 1 (W)", "the filter is computed at run time; TFLite needs a constant filter",
                       "make the weights an initializer");
    auto g = conv_detail::geometry_2d(n, c, *w);
    if (!g) return Outcome::failed;
    if (int_attribute(n, "group", 1) != 1 || g->dilations != std::vector<int64_t>{1, 1})
        return c.error("lower.attribute", "group/dilations", "TRANSPOSE_CONV has no groups or dilations",
                       "express the op with group 1 and dilation 1 in the source model");
    auto out = c.output_dims(0);
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the output shape is not static", "fix the input sizes with --input-shape");
    int64_t out_channels = w->dims[1];
    std::vector<int64_t> full{g->in[0], (g->in[2] - 1) * g->strides[0] + g->kernel[0], (g->in[3] - 1) * g->strides[1] + g->kernel[1],
                              out_channels};
    auto pads = ints_attribute(n, "pads", {0, 0, 0, 0});
    Value* filter = c.constant_input(1, {1, 2, 3, 0});
    std::vector<Attribute> options{Attribute::of_string("padding", "VALID"), Attribute::of_int("stride_w", g->strides[1]),
                                   Attribute::of_int("stride_h", g->strides[0])};
    Value* y = c.emit1("TRANSPOSE_CONV", {c.int32_constant(full, n.name + "_output_shape"), filter, c.input(0)}, options,
                       Type::tensor(c.dtype(0), shape_of(full)));
    std::vector<int64_t> nhwc_out{(*out)[0], (*out)[2], (*out)[3], (*out)[1]};
    if (nhwc_out != full)
        y = c.emit1("SLICE", {y, c.int32_constant({0, pads[0], pads[1], 0}, n.name + "_begin"), c.int32_constant(nhwc_out, n.name + "_size")},
                    {}, Type::tensor(c.dtype(0), shape_of(nhwc_out)));
    Value* bias = c.has_input(2) ? c.constant_input(2, layout::identity(1))
                                 : nullptr;
    if (bias) c.emit_output(0, "ADD", {y, bias}, {activation_none()});
    else c.set_output(0, y);
    return Outcome::applied;
}

inline constexpr auto conv = rule::lowering_table(
    lowering<"Conv", Layout::source>(&lower_conv, "CONV_2D, DEPTHWISE_CONV_2D (+PAD for padding SAME/VALID cannot say)"),
    lowering<"ConvTranspose", Layout::source>(&lower_conv_transpose, "TRANSPOSE_CONV (+SLICE for pads, ADD for the bias)"));

} // namespace opbridge::rules::onnx_to_tflite
