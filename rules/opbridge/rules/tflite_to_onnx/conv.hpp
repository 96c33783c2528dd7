#pragma once
// Convolutions. TFLite filters are OHWI (CONV_2D, TRANSPOSE_CONV), 1HW(C*multiplier)
// (DEPTHWISE_CONV_2D) and DHWIO (CONV_3D); ONNX wants OIHW, (C*multiplier)1HW, IOHW and
// OIDHW. Filters are permuted at conversion time (ctx.held on a constant moves the data);
// a filter computed at run time gets a Transpose. SAME/VALID become explicit pads.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

namespace conv_detail {

inline std::vector<Attribute> window_attributes(const std::vector<int64_t>& kernel, const std::vector<int64_t>& strides,
                                                const std::vector<int64_t>& dilations, const std::vector<int64_t>& pads) {
    return {Attribute::of_ints("kernel_shape", kernel), Attribute::of_ints("strides", strides),
            Attribute::of_ints("dilations", dilations), Attribute::of_ints("pads", pads)};
}

// Bias input i (1-D, absent allowed) as it is: nullptr when the op has none.
inline Value* optional_bias(LoweringContext& c, std::size_t i) {
    return c.input_count() > i && c.has_input(i) ? c.held(i, layout::identity(1)) : nullptr;
}

} // namespace conv_detail

// CONV_2D: input NHWC, filter OHWI. A filter with fewer input channels than the input is a
// grouped convolution (groups = C / I).
inline Outcome lower_conv_2d(const Node& n, LoweringContext& c) {
    auto in = require_static(c, 0);
    auto w = require_static(c, 1, "filter");
    if (!in || !w) return Outcome::failed;
    std::vector<int64_t> strides{int_attribute(n, "stride_h", 1), int_attribute(n, "stride_w", 1)},
        dilations{int_attribute(n, "dilation_h_factor", 1), int_attribute(n, "dilation_w_factor", 1)};
    if (!check_window(c, *in, *w, 2, strides, dilations, 3)) return Outcome::failed;
    std::vector<int64_t> kernel{(*w)[1], (*w)[2]};
    auto pads = explicit_pads(string_attribute(n, "padding", "VALID"), {(*in)[1], (*in)[2]}, kernel, strides, dilations);
    auto attributes = conv_detail::window_attributes(kernel, strides, dilations, pads);
    if ((*w)[3] != (*in)[3]) attributes.push_back(Attribute::of_int("group", (*in)[3] / (*w)[3]));
    std::vector<Value*> ins{c.input(0), c.held(1, {0, 3, 1, 2})};
    if (Value* b = conv_detail::optional_bias(c, 2)) ins.push_back(b);
    return emit_with_activation(n, c, "Conv", ins, attributes);
}

// DEPTHWISE_CONV_2D: filter 1HW(C*multiplier) -> (C*multiplier)1HW, one group per input channel.
inline Outcome lower_depthwise_conv_2d(const Node& n, LoweringContext& c) {
    auto in = require_static(c, 0);
    auto w = require_static(c, 1, "filter");
    if (!in || !w) return Outcome::failed;
    std::vector<int64_t> strides{int_attribute(n, "stride_h", 1), int_attribute(n, "stride_w", 1)},
        dilations{int_attribute(n, "dilation_h_factor", 1), int_attribute(n, "dilation_w_factor", 1)};
    if (!check_window(c, *in, *w, 2, strides, dilations, 0)) return Outcome::failed;  // filter axis 0 is 1
    std::vector<int64_t> kernel{(*w)[1], (*w)[2]};
    auto pads = explicit_pads(string_attribute(n, "padding", "VALID"), {(*in)[1], (*in)[2]}, kernel, strides, dilations);
    auto attributes = conv_detail::window_attributes(kernel, strides, dilations, pads);
    attributes.push_back(Attribute::of_int("group", (*in)[3]));
    std::vector<Value*> ins{c.input(0), c.held(1, {3, 0, 1, 2})};
    if (Value* b = conv_detail::optional_bias(c, 2)) ins.push_back(b);
    return emit_with_activation(n, c, "Conv", ins, attributes);
}

// CONV_3D: input NDHWC, filter DHWIO -> OIDHW.
inline Outcome lower_conv_3d(const Node& n, LoweringContext& c) {
    auto in = require_static(c, 0);
    auto w = require_static(c, 1, "filter");
    if (!in || !w) return Outcome::failed;
    std::vector<int64_t> strides{int_attribute(n, "stride_d", 1), int_attribute(n, "stride_h", 1), int_attribute(n, "stride_w", 1)},
        dilations{int_attribute(n, "dilation_d_factor", 1), int_attribute(n, "dilation_h_factor", 1), int_attribute(n, "dilation_w_factor", 1)};
    if (!check_window(c, *in, *w, 3, strides, dilations, 3)) return Outcome::failed;
    std::vector<int64_t> kernel{(*w)[0], (*w)[1], (*w)[2]};
    auto pads = explicit_pads(string_attribute(n, "padding", "VALID"), {(*in)[1], (*in)[2], (*in)[3]}, kernel, strides, dilations);
    auto attributes = conv_detail::window_attributes(kernel, strides, dilations, pads);
    if ((*w)[3] != (*in)[4]) attributes.push_back(Attribute::of_int("group", (*in)[4] / (*w)[3]));
    std::vector<Value*> ins{c.input(0), c.held(1, {4, 3, 0, 1, 2})};
    if (Value* b = conv_detail::optional_bias(c, 2)) ins.push_back(b);
    return emit_with_activation(n, c, "Conv", ins, attributes);
}

// A transposed 2-D convolution as ONNX ConvTranspose, shared by TRANSPOSE_CONV and custom ops
// of the same meaning (MediaPipe's Convolution2DTransposeBias, examples/custom_rule/). The
// filter is OHWI, the output size is the source output's. TFLite pads the way the forward
// convolution from the output size would (total = (in - 1) * stride + k - out, smaller half
// first); when that is negative the missing rows are zeros at the end (output_padding).
inline Outcome lower_transpose_conv_2d(const Node& n, LoweringContext& c, std::size_t input, std::size_t filter,
                                       std::optional<std::size_t> bias, std::string_view padding, std::vector<int64_t> strides) {
    auto in = require_static(c, input);
    auto w = require_static(c, filter, "filter");
    auto out = c.output_dims(0);
    if (!in || !w) return Outcome::failed;
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the output size is not static", "give the model static input sizes");
    if (!check_window(c, *in, *w, 2, strides, {1, 1}, 3)) return Outcome::failed;
    if (out->size() != 4) return c.error("lower.shape", "output 0", "the output's shape is " + to_string(shape_of(*out)) + "; a 2-D convolution gives rank 4");
    std::vector<int64_t> kernel{(*w)[1], (*w)[2]}, out_spatial{(*out)[1], (*out)[2]}, pads(4, 0), output_padding(2, 0);
    for (std::size_t i = 0; i < 2; ++i) {
        int64_t total = ((*in)[i + 1] - 1) * strides[i] + kernel[i] - out_spatial[i];
        if (total < 0 || padding != "SAME") {
            output_padding[i] = std::max<int64_t>(-total, 0);
            if (total > 0) pads[i + 2] = total;  // VALID with a smaller output: crop at the end
            continue;
        }
        pads[i] = total / 2;
        pads[i + 2] = total - total / 2;
    }
    std::vector<Attribute> attributes{Attribute::of_ints("kernel_shape", kernel), Attribute::of_ints("strides", strides),
                                      Attribute::of_ints("pads", pads)};
    if (output_padding != std::vector<int64_t>{0, 0}) attributes.push_back(Attribute::of_ints("output_padding", output_padding));
    std::vector<Value*> ins{c.held(input, layout::channels_first(4)), c.held(filter, {3, 0, 1, 2})};
    if (bias && c.input_count() > *bias && c.has_input(*bias)) ins.push_back(c.held(*bias, layout::identity(1)));
    // The node's layout follows input 0, which is the output shape for TRANSPOSE_CONV: say NCHW.
    return emit_with_activation(n, c, "ConvTranspose", ins, attributes, layout::channels_first(4));
}

// TRANSPOSE_CONV: inputs (output_shape, filter OHWI, input, bias since version 3).
inline Outcome lower_transpose_conv(const Node& n, LoweringContext& c) {
    return lower_transpose_conv_2d(n, c, 2, 1, 3, string_attribute(n, "padding", "VALID"),
                                   {int_attribute(n, "stride_h", 1), int_attribute(n, "stride_w", 1)});
}

inline constexpr auto conv = rule::lowering_table(
    lowering<"CONV_2D", Layout::source>(&lower_conv_2d, "Conv (+activation)"),
    lowering<"DEPTHWISE_CONV_2D", Layout::source>(&lower_depthwise_conv_2d, "Conv with one group per channel (+activation)"),
    lowering<"CONV_3D", Layout::source>(&lower_conv_3d, "Conv (3-D, +activation)"),
    lowering<"TRANSPOSE_CONV", Layout::source>(&lower_transpose_conv, "ConvTranspose (+activation)"),
    not_lowered<"CONV_3D_TRANSPOSE">("not converted yet: no model needed it"));

} // namespace opbridge::rules::tflite_to_onnx
