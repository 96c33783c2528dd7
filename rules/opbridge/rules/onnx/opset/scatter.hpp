#pragma once
// Opset adapters: Scatter, ScatterElements, ScatterND.
// Scatter-9 was renamed ScatterElements-11, which also accepts negative indices (counted
// from the end of the 'axis' dim). ScatterElements-16 and ScatterND-16 added 'reduction'
// (none, add, mul; default none), and opset 18 added max and min to it.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_axes.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto scatter = rule_table(
    replacement<"Scatter", 9, "ScatterElements", 11>(),
    replacement<"ScatterElements", 11, "Scatter", 9>(wrap_negative_indices<1, size_of_dim<0, "axis">>),
    unsupported<"Scatter", 9, 0>("no op before opset 9 writes values at given indices; convert to opset 9 or later"),

    adapter<"ScatterElements", 13, 16>(),
    adapter<"ScatterElements", 16, 13>(drop_attribute_if_default<"reduction", "none"_s>),
    adapter<"ScatterElements", 16, 18>(),
    adapter<"ScatterElements", 18, 16>(attribute_one_of<"reduction", "none"_s, "add"_s, "mul"_s>),

    unsupported<"ScatterND", 11, 0>("no op before opset 11 writes slices at N-dimensional indices; convert to opset 11 or later"),
    adapter<"ScatterND", 13, 16>(),
    adapter<"ScatterND", 16, 13>(drop_attribute_if_default<"reduction", "none"_s>),
    adapter<"ScatterND", 16, 18>(),
    adapter<"ScatterND", 18, 16>(attribute_one_of<"reduction", "none"_s, "add"_s, "mul"_s>));

} // namespace opbridge::rules::onnx_opset
