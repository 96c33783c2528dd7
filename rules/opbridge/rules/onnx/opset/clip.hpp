#pragma once
// Clip-6 holds min/max as attributes; from Clip-11 they are optional inputs 1 and 2.
// (Clip-12 and -13 only widen the accepted types: the driver checks those by itself.)
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto clip = rule_table(
    adapter<"Clip", 6, 11>(attribute_to_input<"min", 1>, attribute_to_input<"max", 2>),
    adapter<"Clip", 11, 6>(input_to_attribute<1, "min">, input_to_attribute<2, "max">));

} // namespace opbridge::rules::onnx_opset
