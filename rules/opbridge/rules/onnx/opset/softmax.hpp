#pragma once
// Opset adapters: Softmax, LogSoftmax, Hardmax (2-D coercion before 13, one axis from 13).
//   -11 lets 'axis' count from the back (the input is still coerced to 2-D at 'axis').
//   -13 normalizes along the one dim 'axis' instead of everything from 'axis' on, and the
//   default axis changes from 1 to -1. See coerced_axis_to_single_axis and
//   single_axis_to_coerced_axis (rule/steps_axes.hpp) for how each direction keeps the meaning.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_axes.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace softmax_detail {

template <fixed_string Op>
consteval auto normalizer_rules() {
    return rule_table(adapter<Op, 1, 11>(),  // a non-negative axis means the same
                      adapter<Op, 11, 1>(normalize_negative_axes<"axis", rank_of_input<0>>),
                      adapter<Op, 11, 13>(coerced_axis_to_single_axis),
                      adapter<Op, 13, 11>(single_axis_to_coerced_axis));
}

} // namespace softmax_detail

inline constexpr auto softmax = concat(softmax_detail::normalizer_rules<"Softmax">(),
                                       softmax_detail::normalizer_rules<"LogSoftmax">(),
                                       softmax_detail::normalizer_rules<"Hardmax">());

} // namespace opbridge::rules::onnx_opset
