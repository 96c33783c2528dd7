#pragma once
// Resizes. TFLite's align_corners and half_pixel_centers are ONNX coordinate transformation
// modes: align_corners -> align_corners, half_pixel_centers -> half_pixel (bilinear; for nearest,
// (out + 0.5) * scale rounded down is half_pixel with round_prefer_ceil), neither -> asymmetric
// (nearest: floor). The output size becomes Resize's `sizes` (NCHW, int64).

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

template <bool Linear>
Outcome lower_resize(const Node& n, LoweringContext& c) {
    auto out = c.output_dims(0);
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the output size is not static", "make the size input a constant");
    if (out->size() != 4 || c.rank(0) != 4)  // the file declares the shapes: (N, H, W, C) both
        return c.error("lower.shape", "output 0", "resizes a tensor of rank " + std::to_string(c.rank(0)) + " to rank " +
                                                      std::to_string(out->size()) + "; TFLite resizes (N, H, W, C) tensors",
                       "fix the shapes in the source model");
    bool align = int_attribute(n, "align_corners", 0) != 0, half = int_attribute(n, "half_pixel_centers", 0) != 0;
    std::string mode = align ? "align_corners" : half ? "half_pixel" : "asymmetric";
    std::vector<Attribute> attributes{Attribute::of_string("mode", Linear ? "linear" : "nearest"),
                                      Attribute::of_string("coordinate_transformation_mode", mode)};
    if (!Linear) attributes.push_back(Attribute::of_string("nearest_mode", align || half ? "round_prefer_ceil" : "floor"));
    Value* sizes = int64_constant(c, {(*out)[0], (*out)[3], (*out)[1], (*out)[2]}, n.name + "_sizes");
    c.emit_output(0, "Resize", {c.input(0), nullptr, nullptr, sizes}, attributes);
    return Outcome::applied;
}

inline constexpr auto resize = rule::lowering_table(
    lowering<"RESIZE_BILINEAR", Layout::source>(&lower_resize<true>, "Resize linear"),
    lowering<"RESIZE_NEAREST_NEIGHBOR", Layout::source>(&lower_resize<false>, "Resize nearest"));

} // namespace opbridge::rules::tflite_to_onnx
