#pragma once
// Opset adapters: RNN, GRU, LSTM.
// Opset 14 added 'layout' (default 0). layout=1 is batch-major: X [batch, seq, input],
// initial_h/initial_c and Y_h/Y_c [batch, num_directions, hidden], Y [batch, seq,
// num_directions, hidden]; layout 0 is [seq, batch, input], [num_directions, batch, hidden]
// and [seq, num_directions, batch, hidden]. Going down, a batch-major node computes in
// layout 0 between Transposes.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_nn.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace recurrent_family {
// Inputs X (0) and initial_h (5) swap their first two dims; Y (0) goes from [seq, dirs,
// batch, hidden] to [batch, seq, dirs, hidden], Y_h (1) swaps its first two.
inline constexpr auto batch_major_as_layout_0 =
    when<attribute_is<"layout", 1>, transpose_input<0, 1, 0, 2>, transpose_input<5, 1, 0, 2>, transpose_output<0, 2, 0, 1, 3>,
         transpose_output<1, 1, 0, 2>>;
// LSTM also has initial_c (6) and Y_c (2).
inline constexpr auto lstm_cell_state_as_layout_0 = when<attribute_is<"layout", 1>, transpose_input<6, 1, 0, 2>, transpose_output<2, 1, 0, 2>>;
} // namespace recurrent_family

inline constexpr auto recurrent = rule_table(
    adapter<"RNN", 7, 14>(),
    adapter<"RNN", 14, 7>(recurrent_family::batch_major_as_layout_0, drop_attribute<"layout">),
    adapter<"GRU", 7, 14>(),
    adapter<"GRU", 14, 7>(recurrent_family::batch_major_as_layout_0, drop_attribute<"layout">),
    adapter<"LSTM", 7, 14>(),
    adapter<"LSTM", 14, 7>(recurrent_family::batch_major_as_layout_0, recurrent_family::lstm_cell_state_as_layout_0,
                           drop_attribute<"layout">));

} // namespace opbridge::rules::onnx_opset
