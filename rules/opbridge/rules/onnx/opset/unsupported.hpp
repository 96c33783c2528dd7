#pragma once
// Opset adapters: ops that no older opset can express, each with the reason and what to do
// instead (the driver adds "convert to opset N or later"): signal processing, strings,
// images, and ops whose output size depends on the data. DFT's own change at opset 20 (axis
// attribute -> input) is here too, beside its entry. The training losses and the window
// functions can be rebuilt from older ops: see math.hpp.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace dft_detail {

// DFT-20 takes the axis as optional input 2, defaulting to -2 (the last signal axis) and
// counted from the back when negative; DFT-17 has a non-negative attribute defaulting to 1.
inline std::optional<int64_t> axis_input(const Node& n) {
    const Value* v = n.input(2);
    if (!v) return -2;
    const Tensor* t = RewriteContext::constant_value(v);
    auto values = t ? tensor_as_int64s(*t) : std::nullopt;
    if (!values || values->size() != 1) return std::nullopt;
    return values->front();
}
inline Outcome axis_known(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto axis = axis_input(n);
    if (!axis)
        return ctx.error(n, "opset.needs-constant", decompose_detail::input_text(n, 2),
                         "DFT-17 takes the axis as an attribute, so input 2 must be a constant scalar, but it is computed at run time" +
                             rule::detail::producer_text(n.input(2)),
                         rule::detail::keep_opset_hint(info));
    if (*axis < 0 && !known_dims_of(n.input(0)))
        return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 0),
                         "DFT-17 takes a non-negative axis, and the input's rank that would turn axis " + std::to_string(*axis) +
                             " into one is not known",
                         rule::detail::keep_opset_hint(info));
    return Outcome::applied;
}
inline void axis_input_to_attribute(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    int64_t axis = *axis_input(n);
    if (axis < 0) axis += static_cast<int64_t>(known_dims_of(n.input(0))->size());
    n.set_attribute(Attribute::of_int("axis", axis));
    if (n.inputs.size() > 2) {
        Value* given = n.inputs[2];
        n.inputs[2] = nullptr;
        drop_if_unread(given, ctx.graph());
    }
}

} // namespace dft_detail

inline constexpr auto unsupported = rule_table(
    // Signal processing (the window functions are rebuilt in math.hpp).
    // MaxUnpool (opset 9) scatters values back to the positions MaxPool's indices name;
    // no older op writes to computed positions.
    rule::unsupported<"MaxUnpool", 9, 0>("MaxUnpool does not exist before opset 9 and no older op scatters values to computed indices: convert to opset 9 or later"),
    rule::unsupported<"DFT", 17, 0>("no older op computes a Fourier transform"),
    adapter<"DFT", 17, 20>(default_attribute<"axis", int64_t(1)>, attribute_to_input<"axis", 2>),
    adapter<"DFT", 20, 17>(native<dft_detail::axis_known, dft_detail::axis_input_to_attribute, "input 2 -> attribute 'axis' (non-negative)">),
    rule::unsupported<"STFT", 17, 0>("no older op computes a short-time Fourier transform"),
    rule::unsupported<"MelWeightMatrix", 17, 0>("opbridge does not fold mel filter banks; with constant inputs, replace the node by "
                                                "the constant matrix it computes"),

    // Strings and images.
    rule::unsupported<"StringNormalizer", 10, 0>("no older op transforms strings"),
    rule::unsupported<"TfIdfVectorizer", 9, 0>("no older op counts n-grams"),
    rule::unsupported<"RegexFullMatch", 20, 0>("no older op matches regular expressions"),
    rule::unsupported<"StringConcat", 20, 0>("no older op concatenates strings"),
    rule::unsupported<"StringSplit", 20, 0>("no older op splits strings"),
    rule::unsupported<"ImageDecoder", 20, 0>("no older op decodes images; decode them before the model"),

    // Data-dependent ops with no older equivalent.
    rule::unsupported<"NonMaxSuppression", 10, 0>("no older op selects boxes (the output size depends on the data); cut the graph "
                                                  "before it and run NMS outside the model"),
    rule::unsupported<"ReverseSequence", 10, 0>("no older op reverses per-batch prefixes of given lengths"));

} // namespace opbridge::rules::onnx_opset
