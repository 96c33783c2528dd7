#pragma once
// Resize (opset 17: X, roi, scales, sizes) -> RESIZE_BILINEAR / RESIZE_NEAREST_NEIGHBOR over
// the two spatial axes of an NHWC tensor. TFLite has two flags, align_corners and
// half_pixel_centers; ONNX has coordinate_transformation_mode and nearest_mode. Rather than a
// table of which combinations agree (which would miss the ones that agree only at some sizes,
// like half_pixel + round_prefer_floor at 2x upsampling), the rule computes, at the static
// sizes, which input pixels each output pixel reads in ONNX and in TFLite for each flag
// setting, and takes the first setting that reads the same ones.

#include <cmath>

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

namespace resize_detail {

struct Flags {
    bool align_corners = false, half_pixel_centers = false;
};

// ONNX's sampling position of output index x (as ONNX Runtime computes it, in float);
// nullopt for a mode this rule does not model.
inline std::optional<float> onnx_position(const std::string& mode, int64_t x, int64_t in, int64_t out, float scale) {
    float fx = static_cast<float>(x);
    if (mode == "half_pixel") return (fx + 0.5f) / scale - 0.5f;
    if (mode == "pytorch_half_pixel") return out > 1 ? (fx + 0.5f) / scale - 0.5f : 0.f;
    if (mode == "align_corners") return out == 1 ? 0.f : fx * static_cast<float>(in - 1) / static_cast<float>(out - 1);
    if (mode == "asymmetric") return fx / scale;
    if (mode == "tf_half_pixel_for_nn") return (fx + 0.5f) / scale;
    return std::nullopt;
}

// ONNX's nearest_mode rounding (round_prefer_floor takes the lower of two equally near pixels).
inline int64_t onnx_round(const std::string& nearest_mode, float p) {
    if (nearest_mode == "floor") return static_cast<int64_t>(std::floor(p));
    if (nearest_mode == "ceil") return static_cast<int64_t>(std::ceil(p));
    if (nearest_mode == "round_prefer_floor" && p == std::floor(p) + 0.5f) return static_cast<int64_t>(std::floor(p));
    return static_cast<int64_t>(std::round(p));
}

// TFLite 2.9's scale and sampling position (kernels/internal/reference/resize_*.h).
inline float tflite_scale(Flags f, int64_t in, int64_t out) {
    return f.align_corners && out > 1 ? static_cast<float>(in - 1) / static_cast<float>(out - 1)
                                      : static_cast<float>(in) / static_cast<float>(out);
}
// RESIZE_NEAREST_NEIGHBOR: round for align_corners, floor otherwise, from (x + offset) * scale.
inline int64_t tflite_nearest(Flags f, int64_t x, int64_t in, int64_t out) {
    float p = (static_cast<float>(x) + (f.half_pixel_centers ? 0.5f : 0.f)) * tflite_scale(f, in, out);
    int64_t i = f.align_corners ? static_cast<int64_t>(std::round(p)) : static_cast<int64_t>(std::floor(p));
    return std::max<int64_t>(std::min(i, in - 1), 0);
}
// RESIZE_BILINEAR reads floor/ceil of the position clamped to the input, so it interpolates
// as if the position were clamped (as ONNX does).
inline float tflite_linear(Flags f, int64_t x, int64_t in, int64_t out) {
    float s = tflite_scale(f, in, out);
    return f.half_pixel_centers ? (static_cast<float>(x) + 0.5f) * s - 0.5f : static_cast<float>(x) * s;
}

// Whether TFLite with `f` reads what ONNX reads along one axis.
inline bool same_sampling(Flags f, bool linear, const std::string& mode, const std::string& nearest_mode, int64_t in,
                          int64_t out, float scale) {
    if (f.align_corners && f.half_pixel_centers) return false;
    auto clamp = [&](float p) { return std::clamp(p, 0.f, static_cast<float>(in - 1)); };
    for (int64_t x = 0; x < out; ++x) {
        auto p = onnx_position(mode, x, in, out, scale);
        if (!p) return false;
        if (linear) {
            if (std::abs(clamp(*p) - clamp(tflite_linear(f, x, in, out))) > 1e-5f * static_cast<float>(in)) return false;
        } else {
            int64_t onnx_index = std::clamp<int64_t>(onnx_round(nearest_mode, *p), 0, in - 1);
            if (onnx_index != tflite_nearest(f, x, in, out)) return false;
        }
    }
    return true;
}

} // namespace resize_detail

inline Outcome lower_resize(const Node& n, LoweringContext& c) {
    using namespace resize_detail;
    std::string mode = string_attribute(n, "mode", "nearest");
    std::string transform = string_attribute(n, "coordinate_transformation_mode", "half_pixel");
    std::string nearest_mode = string_attribute(n, "nearest_mode", "round_prefer_floor");
    if (mode != "linear" && mode != "nearest")
        return c.error("lower.attribute", "mode", "TFLite has no '" + mode + "' resize (it has bilinear and nearest neighbor)",
                       "export the model with mode 'linear' or 'nearest'");
    if (transform == "tf_crop_and_resize")
        return c.error("lower.attribute", "coordinate_transformation_mode",
                       "'tf_crop_and_resize' crops to roi first; TFLite's resize ops do not crop",
                       "use half_pixel, pytorch_half_pixel, align_corners or asymmetric");
    if (c.rank(0) != 4)
        return c.error("lower.rank", "input 0", "only 2-D resizes (rank-4 NCHW input) are converted; this input has rank " +
                                                      std::to_string(c.rank(0)));
    auto in = require_static(c, 0);
    auto out = c.output_dims(0);
    if (!in) return Outcome::failed;
    if (!out)
        return c.error("lower.dynamic-shape", "output 0", "the output size is not static after constant folding",
                       "make scales or sizes constants, or fix the input sizes with --input-shape NAME=d0,d1,...");
    // The output's shape may be declared in the file: it must be one an NCHW resize can make.
    auto positive = [](const std::vector<int64_t>& d) { return std::all_of(d.begin(), d.end(), [](int64_t x) { return x > 0; }); };
    if (out->size() != 4 || !positive(*in) || !positive(*out))
        return c.error("lower.shape", "output 0", "resizes a tensor of shape " + to_string(shape_of(*in)) + " to " + to_string(shape_of(*out)) +
                                                      "; a 2-D resize maps a rank-4 tensor of positive sizes to another",
                       "fix the shapes declared in the source model");
    if ((*out)[0] != (*in)[0] || (*out)[1] != (*in)[1])
        return c.error("lower.attribute", "scales", "resizes the batch or channel axis; TFLite resizes only height and width");
    // ONNX samples with the given scales when there are any, else with output / input.
    auto scales = c.has_input(2) ? c.constant_reals(2) : std::nullopt;
    if (c.has_input(2) && !scales) return c.error("lower.dynamic-input", "input 2 (scales)", "the scales are computed at run time");
    std::vector<float> scale(2);
    for (std::size_t k = 0; k < 2; ++k)
        scale[k] = scales && scales->size() == 4 ? static_cast<float>((*scales)[2 + k])
                                                 : static_cast<float>((*out)[2 + k]) / static_cast<float>((*in)[2 + k]);
    bool linear = mode == "linear";
    std::optional<Flags> chosen;
    for (Flags f : {Flags{false, true}, Flags{true, false}, Flags{false, false}}) {
        bool same = true;
        for (std::size_t k = 0; k < 2 && same; ++k)
            same = same_sampling(f, linear, transform, nearest_mode, (*in)[2 + k], (*out)[2 + k], scale[k]);
        if (same) {
            chosen = f;
            break;
        }
    }
    if (!chosen) {
        if (linear)
            return c.error("lower.attribute", "coordinate_transformation_mode",
                           "'" + transform + "' at these sizes samples other positions than any RESIZE_BILINEAR setting "
                           "(align_corners, half_pixel_centers or neither)",
                           "export with coordinate_transformation_mode half_pixel, align_corners or asymmetric, and sizes "
                           "(or scales equal to output/input)");
        return c.error("lower.attribute", "nearest_mode",
                       "'" + nearest_mode + "' with coordinate_transformation_mode '" + transform +
                           "' picks other pixels than any RESIZE_NEAREST_NEIGHBOR setting at these sizes",
                       "use nearest_mode floor with asymmetric (PyTorch's 'nearest'), or round_prefer_ceil with half_pixel "
                       "or align_corners");
    }
    c.emit_output(0, linear ? "RESIZE_BILINEAR" : "RESIZE_NEAREST_NEIGHBOR",
                  {c.input(0), c.int32_constant({(*out)[2], (*out)[3]}, n.name + "_size")},
                  {Attribute::of_int("align_corners", chosen->align_corners ? 1 : 0),
                   Attribute::of_int("half_pixel_centers", chosen->half_pixel_centers ? 1 : 0)});
    return Outcome::applied;
}

inline constexpr auto resize = rule::lowering_table(
    lowering<"Resize", Layout::source>(&lower_resize, "RESIZE_BILINEAR or RESIZE_NEAREST_NEIGHBOR"));

} // namespace opbridge::rules::onnx_to_tflite
