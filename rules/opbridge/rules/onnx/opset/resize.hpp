#pragma once
// Opset adapters: Resize and Upsample (one layer, two formats).
//   Upsample-7 holds 'scales' as an attribute; Upsample-9 takes it as input 1.
//   Upsample-10 is removed: Resize-10 has the same inputs, modes (nearest, linear) and
//   meaning: x_original = x_resized / scale ('asymmetric'), nearest rounding down.
//   Resize-11 added roi, sizes, coordinate_transformation_mode (default half_pixel),
//   nearest_mode (default round_prefer_floor), cubic and its options.
//   Resize-13 made roi and scales optional and removed tf_half_pixel_for_nn.
//   Resize-18 added antialias, axes and keep_aspect_ratio_policy; Resize-19 added the
//   half_pixel_symmetric transformation.
// Going down, every mode is kept where the older version samples the same input positions
// (checked per axis from the scale), and refused with the opset that has it otherwise.
#include <cmath>
#include <functional>
#include <numeric>
#include <sstream>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_nn.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace resize_family {

inline std::string attribute_or(const Node& n, std::string_view name, std::string fallback) {
    return nn_detail::string_attribute(n, name).value_or(std::move(fallback));
}
inline std::string input_name(const Node& n, std::size_t i) { return n.input(i) ? "'" + n.input(i)->name() + "'" : "omitted"; }

// The scale of every axis, known before run time: constant scales (input `scales`), or
// constant sizes (input `sizes`) over a static input shape, divided in float as Resize does.
struct KnownScales {
    std::vector<float> scales;
    std::vector<int64_t> sizes;  // when given as sizes
};
inline std::optional<KnownScales> known_scales(const Node& n, std::size_t scales, std::size_t sizes) {
    if (const Tensor* s = RewriteContext::constant_value(n.input(scales)); s && s->element_count().value_or(0) > 0) {
        auto values = tensor_as_doubles(*s);
        if (!values) return std::nullopt;
        return KnownScales{std::vector<float>(values->begin(), values->end()), {}};
    }
    const Tensor* z = RewriteContext::constant_value(n.input(sizes));
    auto out = z ? tensor_as_int64s(*z) : std::nullopt;
    auto in = static_shape_of(n.input(0));
    if (!out || !in || out->size() != in->size()) return std::nullopt;
    KnownScales k{{}, *out};
    for (std::size_t i = 0; i < in->size(); ++i) {
        if ((*in)[i] <= 0) return std::nullopt;
        k.scales.push_back(static_cast<float>((*out)[i]) / static_cast<float>((*in)[i]));
    }
    return k;
}

inline bool whole(float v) { return v >= 1 && v == std::floor(v); }
// 1 / v is a whole power of two: x / v is then exact, so no rounding mode can tell it apart.
inline bool exact_downscale(float v) {
    int exponent = 0;
    return v > 0 && v < 1 && std::frexp(v, &exponent) == 0.5f;
}

// Whether Resize-11..19 samples, on an axis of scale s, the positions Resize-10 samples:
// x_original = x / s, rounded down for nearest. (ONNX Runtime's Resize-10 rounds up when
// downsampling; the two agree when x / s is exact.) With s = 1 every transformation but
// tf_half_pixel_for_nn and tf_crop_and_resize maps x to itself.
inline bool samples_as_resize_10(std::string_view mode, std::string_view transform, std::string_view nearest, float s) {
    bool half_pixel = transform == "half_pixel" || transform == "pytorch_half_pixel";
    if (s == 1 && (half_pixel || transform == "asymmetric" || transform == "align_corners")) return true;
    if (mode == "linear") return transform == "asymmetric";
    if (mode != "nearest") return false;
    if (transform == "asymmetric" && nearest == "floor") return s >= 1 || exact_downscale(s);
    // (x + 1/2) / s - 1/2 lies within 1/2 of floor(x / s) for a whole s; tf_half_pixel_for_nn's
    // (x + 1/2) / s has floor(x / s) as its floor.
    if (half_pixel && (nearest == "round_prefer_floor" || nearest == "round_prefer_ceil")) return whole(s);
    if (transform == "tf_half_pixel_for_nn" && nearest == "floor") return whole(s);
    return false;
}

// ---- Resize-11 -> Resize-10 ------------------------------------------------------------------

inline Outcome expressible_at_10(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    std::string mode = attribute_or(n, "mode", "nearest");
    std::string transform = attribute_or(n, "coordinate_transformation_mode", "half_pixel");
    std::string nearest = attribute_or(n, "nearest_mode", "round_prefer_floor");
    auto refuse = [&](std::string field, std::string why) {
        return ctx.error(n, "opset.attribute-value", std::move(field), std::move(why) + "; Resize-10 resizes with x_original = x_resized / scale only",
                         rule::detail::keep_opset_hint(info));
    };
    if (mode != "nearest" && mode != "linear") return refuse("attribute 'mode'", "mode '" + mode + "' is not available in Resize-10");
    if (transform == "tf_crop_and_resize")
        return refuse("attribute 'coordinate_transformation_mode'", "'tf_crop_and_resize' crops to roi, which Resize-10 cannot");
    auto k = known_scales(n, 2, 3);
    if (!k)
        return ctx.error(n, "opset.needs-constant", "inputs 2 and 3 (scales " + input_name(n, 2) + ", sizes " + input_name(n, 3) + ")",
                         "whether '" + transform + "' " + mode + " resizing matches Resize-10 depends on the scales, which are "
                         "computed at run time (or given as sizes over an input of unknown shape)",
                         rule::detail::keep_opset_hint(info) + ", or make the scales constant");
    auto in = static_shape_of(n.input(0));
    for (std::size_t i = 0; i < k->scales.size(); ++i) {
        float s = k->scales[i];
        if (!samples_as_resize_10(mode, transform, nearest, s)) {
            std::ostringstream why;
            why << "with scale " << s << " on axis " << i << ", " << mode << " resizing with '" << transform << "'"
                << (mode == "nearest" ? " and nearest_mode '" + nearest + "'" : std::string()) << " samples other pixels than Resize-10";
            return refuse("attribute 'coordinate_transformation_mode'", why.str());
        }
        // Resize-10 sizes its output floor(input * scale): it must come out as the sizes given.
        if (!k->sizes.empty() && static_cast<int64_t>(s * static_cast<float>((*in)[i])) != k->sizes[i])
            return ctx.error(n, "opset.input-unsupported", "input 3 (sizes " + input_name(n, 3) + ")",
                             "size " + std::to_string(k->sizes[i]) + " on axis " + std::to_string(i) +
                                 " is not the floor of input size times a float scale, as Resize-10 computes it",
                             rule::detail::keep_opset_hint(info));
    }
    return Outcome::applied;
}
inline void to_resize_10(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    KnownScales k = *known_scales(n, 2, 3);
    Value* scales = n.inputs[2];
    if (!k.sizes.empty())
        scales = ctx.constant_of(DType::float32, {static_cast<int64_t>(k.scales.size())}, std::vector<double>(k.scales.begin(), k.scales.end()),
                                 n.name.empty() ? "scales" : n.name + "_scales");
    n.inputs = {n.inputs[0], scales};
    for (const char* unused : {"coordinate_transformation_mode", "nearest_mode", "cubic_coeff_a", "exclude_outside", "extrapolation_value"})
        n.remove_attribute(unused);
}

// ---- Resize-11 -> Resize-13: tf_half_pixel_for_nn is gone -------------------------------------

// tf_half_pixel_for_nn samples near x_original = (x + 1/2) / scale; half_pixel's is that
// minus 1/2. Rounding down the former is rounding the latter half up (round_prefer_ceil);
// round_prefer_floor of the former is ceil of the latter. Other roundings have no match.
inline Outcome tf_half_pixel_for_nn_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (attribute_or(n, "coordinate_transformation_mode", "half_pixel") != "tf_half_pixel_for_nn") return Outcome::applied;
    std::string mode = attribute_or(n, "mode", "nearest");
    std::string nearest = attribute_or(n, "nearest_mode", "round_prefer_floor");
    if (mode == "nearest" && (nearest == "floor" || nearest == "round_prefer_floor")) return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "attribute 'coordinate_transformation_mode'",
                     "Resize-13 removed 'tf_half_pixel_for_nn'; it matches half_pixel only for mode 'nearest' with nearest_mode "
                     "'floor' or 'round_prefer_floor', and this node has mode '" + mode + "' with nearest_mode '" + nearest + "'",
                     "keep the model at opset " + std::to_string(info.from) + " or 12");
}
inline void tf_half_pixel_for_nn_as_half_pixel(Node& n, RewriteContext&, const AdapterInfo&) {
    if (attribute_or(n, "coordinate_transformation_mode", "half_pixel") != "tf_half_pixel_for_nn") return;
    std::string nearest = attribute_or(n, "nearest_mode", "round_prefer_floor");
    n.set_attribute(Attribute::of_string("coordinate_transformation_mode", "half_pixel"));
    n.set_attribute(Attribute::of_string("nearest_mode", nearest == "floor" ? "round_prefer_ceil" : "ceil"));
}

// ---- Resize-18 -> Resize-13: antialias, axes, keep_aspect_ratio_policy --------------------------

// The axes attribute, normalized; nothing when absent or when the rank is unknown.
inline std::optional<std::vector<int64_t>> resized_axes(const Node& n) {
    auto axes = nn_detail::ints_attribute(n, "axes");
    auto rank = rank_of(n.input(0));
    if (!axes || !rank) return std::nullopt;
    for (auto& a : *axes)
        if (a < 0) a += *rank;
    return axes;
}
inline bool axes_are_all(const Node& n) {
    auto axes = resized_axes(n);
    if (!axes) return false;
    std::vector<int64_t> all(static_cast<std::size_t>(*rank_of(n.input(0))));
    std::iota(all.begin(), all.end(), 0);
    return *axes == all;
}
// Values for every axis from values for `axes` (roi: starts then ends, twice as many).
inline std::optional<std::vector<double>> for_every_axis(const Value* v, const std::vector<int64_t>& axes, int64_t rank,
                                                         const std::function<std::optional<double>(int64_t axis, int half)>& fill) {
    const Tensor* t = RewriteContext::constant_value(v);
    auto given = t ? tensor_as_doubles(*t) : std::nullopt;
    if (!given) return std::nullopt;
    std::size_t per = given->size() / std::max<std::size_t>(axes.size(), 1);  // 2 for roi, else 1
    if (per == 0 || given->size() != per * axes.size()) return std::nullopt;
    std::vector<double> out(static_cast<std::size_t>(rank) * per);
    for (std::size_t half = 0; half < per; ++half)
        for (int64_t a = 0; a < rank; ++a) {
            auto at = std::find(axes.begin(), axes.end(), a);
            std::optional<double> value = at != axes.end() ? std::optional<double>((*given)[half * axes.size() + (at - axes.begin())])
                                                           : fill(a, static_cast<int>(half));
            if (!value) return std::nullopt;
            out[half * static_cast<std::size_t>(rank) + static_cast<std::size_t>(a)] = *value;
        }
    return out;
}
struct FullAxes {
    std::optional<std::vector<double>> roi, scales, sizes;
};
// roi, scales and sizes spelled out for every axis: an axis not listed keeps its size (scale
// 1, size = its dim, roi [0, 1]).
inline std::optional<FullAxes> spelled_out(const Node& n) {
    auto axes = *resized_axes(n);
    int64_t rank = *rank_of(n.input(0));
    auto dims = static_shape_of(n.input(0));
    FullAxes f;
    auto spell = [&](std::size_t index, auto fill, std::optional<std::vector<double>>& into) {
        const Value* v = n.input(index);
        const Tensor* t = RewriteContext::constant_value(v);
        if (!v || (t && t->element_count().value_or(0) == 0)) return true;
        into = for_every_axis(v, axes, rank, fill);
        return into.has_value();
    };
    // roi only counts for tf_crop_and_resize; otherwise it is dropped.
    bool crops = attribute_or(n, "coordinate_transformation_mode", "half_pixel") == "tf_crop_and_resize";
    bool ok = (!crops || spell(1, [](int64_t, int half) { return std::optional<double>(half); }, f.roi)) &&
              spell(2, [](int64_t, int) { return std::optional<double>(1.0); }, f.scales) &&
              spell(3,
                    [&](int64_t a, int) -> std::optional<double> {
                        if (!dims || (*dims)[a] < 0) return std::nullopt;
                        return static_cast<double>((*dims)[a]);
                    },
                    f.sizes);
    if (!ok) return std::nullopt;
    return f;
}
inline Outcome expressible_at_13(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    std::string mode = attribute_or(n, "mode", "nearest");
    if (nn_detail::int_attribute(n, "antialias").value_or(0) != 0 && mode != "nearest")
        return ctx.error(n, "opset.attribute-value", "attribute 'antialias'",
                         "Resize-13 has no antialiasing filter for " + mode + " downscaling", rule::detail::keep_opset_hint(info));
    if (attribute_or(n, "keep_aspect_ratio_policy", "stretch") != "stretch" && n.input(3))
        return ctx.error(n, "opset.attribute-value", "attribute 'keep_aspect_ratio_policy'",
                         "Resize-13 stretches to the sizes given; it cannot keep the aspect ratio", rule::detail::keep_opset_hint(info));
    if (!nn_detail::ints_attribute(n, "axes") || axes_are_all(n)) return Outcome::applied;
    if (!resized_axes(n))
        return ctx.error(n, "opset.rank", "attribute 'axes'", "Resize-13 resizes every axis, and the input's rank is unknown",
                         rule::detail::keep_opset_hint(info) + ", or declare the input's shape");
    if (!spelled_out(n))
        return ctx.error(n, "opset.needs-constant", "attribute 'axes'",
                         "Resize-13 resizes every axis; spelling roi, scales or sizes out for the axes not listed needs them "
                         "constant (and, for sizes, the input's dims)",
                         rule::detail::keep_opset_hint(info) + ", or make them constant");
    return Outcome::applied;
}
inline void to_resize_13(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (nn_detail::ints_attribute(n, "axes") && !axes_are_all(n)) {
        FullAxes f = *spelled_out(n);
        auto replace = [&](std::size_t index, const std::optional<std::vector<double>>& values, DType t) {
            if (!values) return;
            n.inputs[index] = ctx.constant_of(t, {static_cast<int64_t>(values->size())}, *values, n.inputs[index]->name() + "_all_axes");
        };
        if (attribute_or(n, "coordinate_transformation_mode", "half_pixel") != "tf_crop_and_resize") n.inputs[1] = nullptr;
        replace(1, f.roi, infer_dtype(n.input(1)).value_or(DType::float32));
        replace(2, f.scales, DType::float32);
        replace(3, f.sizes, DType::int64);
    }
    for (const char* gone : {"antialias", "axes", "keep_aspect_ratio_policy"}) n.remove_attribute(gone);
}

// ---- Resize-19 -> Resize-18: half_pixel_symmetric ----------------------------------------------

// half_pixel_symmetric shifts half_pixel by (input / 2) * (1 - output / (input * scale)):
// nothing when input * scale is a whole output size on every resized axis.
inline bool symmetric_is_half_pixel(const Node& n) {
    auto k = known_scales(n, 2, 3);
    auto in = static_shape_of(n.input(0));
    if (!k || !in) return false;
    auto axes = nn_detail::ints_attribute(n, "axes");
    for (std::size_t i = 0; i < k->scales.size(); ++i) {
        int64_t axis = axes && i < axes->size() ? (*axes)[i] : static_cast<int64_t>(i);
        if (axis < 0) axis += static_cast<int64_t>(in->size());
        if (axis < 0 || axis >= static_cast<int64_t>(in->size())) return false;
        float output = k->scales[i] * static_cast<float>((*in)[static_cast<std::size_t>(axis)]);
        if (output != std::floor(output)) return false;
    }
    return true;
}
inline Outcome symmetric_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (attribute_or(n, "coordinate_transformation_mode", "half_pixel") != "half_pixel_symmetric" || symmetric_is_half_pixel(n))
        return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "attribute 'coordinate_transformation_mode'",
                     "'half_pixel_symmetric' is not available in Resize-18; it equals half_pixel only when input size times "
                     "scale is whole on every axis, which the scales or shapes do not show",
                     rule::detail::keep_opset_hint(info));
}
inline void symmetric_as_half_pixel(Node& n, RewriteContext&, const AdapterInfo&) {
    if (attribute_or(n, "coordinate_transformation_mode", "half_pixel") == "half_pixel_symmetric")
        n.set_attribute(Attribute::of_string("coordinate_transformation_mode", "half_pixel"));
}

// ---- Resize-10 -> Upsample-9 ---------------------------------------------------------------------

inline Outcome upsamples(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Tensor* scales = RewriteContext::constant_value(n.input(1));
    auto values = scales ? tensor_as_doubles(*scales) : std::nullopt;
    if (!values || std::all_of(values->begin(), values->end(), [](double s) { return s >= 1; })) return Outcome::applied;
    return ctx.error(n, "opset.attribute-value", "input 1 (scales " + input_name(n, 1) + ")",
                     "Upsample-9 takes scales of at least 1, and these shrink an axis", rule::detail::keep_opset_hint(info));
}

} // namespace resize_family

inline constexpr auto resize = rule_table(
    adapter<"Upsample", 7, 9>(attribute_to_input<"scales", 1>),
    adapter<"Upsample", 9, 7>(input_to_attribute<1, "scales">),
    replacement<"Upsample", 9, "Resize", 10>(),
    replacement<"Resize", 10, "Upsample", 9>(guard<resize_family::upsamples, "scales of at least 1">),

    // Resize-10's meaning, spelled out in Resize-11's terms; roi is required there (empty: none).
    adapter<"Resize", 10, 11>(insert_omitted_input<1>, empty_tensor_for_omitted_input<1>,
                              default_attribute<"coordinate_transformation_mode", "asymmetric"_s>,
                              default_attribute<"nearest_mode", "floor"_s>),
    adapter<"Resize", 11, 10>(native<resize_family::expressible_at_10, resize_family::to_resize_10,
                                     "modes kept where they sample as Resize-10; sizes -> scales">),
    adapter<"Resize", 11, 13>(native<resize_family::tf_half_pixel_for_nn_expressible, resize_family::tf_half_pixel_for_nn_as_half_pixel,
                                     "tf_half_pixel_for_nn -> half_pixel with the matching nearest_mode">),
    adapter<"Resize", 13, 11>(empty_tensor_for_omitted_input<1>, empty_tensor_for_omitted_input<2>),
    adapter<"Resize", 13, 18>(),
    adapter<"Resize", 18, 13>(native<resize_family::expressible_at_13, resize_family::to_resize_13,
                                     "axes spelled out for every axis; antialias and keep_aspect_ratio_policy at their defaults">),
    adapter<"Resize", 18, 19>(),
    adapter<"Resize", 19, 18>(native<resize_family::symmetric_expressible, resize_family::symmetric_as_half_pixel,
                                     "half_pixel_symmetric -> half_pixel where they agree">));

} // namespace opbridge::rules::onnx_opset
