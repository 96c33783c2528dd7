#pragma once
// Ops that only rearrange data. Transpose never emits anything: it changes how the result is
// held, so Transpose pairs cancel and a Transpose next to a layout change disappears. Reshape,
// Flatten, Squeeze and Unsqueeze reshape the held tensor directly when its layout keeps the
// merged and split dims together (rule/lowering.hpp: reshape_held_input);
// otherwise the data moves once, to the nearest layout where it can.

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

inline Outcome reshape_to_output(const Node&, LoweringContext& c) {
    return rule::reshape_held_input(c, "the shapes stay dynamic after constant folding: fix the input sizes with --input-shape NAME=d0,d1,...");
}

// Transpose: the result is the input held in another permutation (nothing emitted).
inline Outcome lower_transpose(const Node& n, LoweringContext& c) {
    Perm q = ints_attribute(n, "perm", {});
    if (q.empty())
        for (std::size_t i = c.rank(0); i-- > 0;) q.push_back(static_cast<int64_t>(i));
    return rule::hold_transposed_input(c, q);
}

// Identity: the same tensor.
inline Outcome lower_identity(const Node&, LoweringContext& c) {
    if (c.constant(0)) return Outcome::applied;  // read as a constant where used
    Perm held = c.input_perm(0);
    c.set_output(0, c.held(0, held), held);
    return Outcome::applied;
}

// Constant (and constant-valued nodes): nothing to emit, readers take the value.
inline Outcome lower_constant(const Node&, LoweringContext&) { return Outcome::applied; }

inline Outcome lower_concat(const Node& n, LoweringContext& c) {
    std::vector<Value*> ins;
    for (std::size_t i = 0; i < n.inputs.size(); ++i) ins.push_back(c.input(i));
    c.emit_output(0, "CONCATENATION", ins,
                  {Attribute::of_int("axis", c.axis(int_attribute(n, "axis", 0), c.rank(0))), activation_none()});
    return Outcome::applied;
}

inline constexpr auto shape = rule::lowering_table(
    lowering<"Reshape", Layout::custom>(&reshape_to_output, "RESHAPE (none when the layout already fits)"),
    lowering<"Flatten", Layout::custom>(&reshape_to_output, "RESHAPE"),
    lowering<"Squeeze", Layout::custom>(&reshape_to_output, "RESHAPE"),
    lowering<"Unsqueeze", Layout::custom>(&reshape_to_output, "RESHAPE"),
    lowering<"Transpose", Layout::custom>(&lower_transpose, "nothing: changes the layout the result is held in"),
    lowering<"Identity", Layout::custom>(&lower_identity, "nothing"),
    lowering<"Constant", Layout::custom>(&lower_constant, "a constant tensor where it is read"),
    lowering<"Concat", Layout::axes>(&lower_concat, "CONCATENATION"));

} // namespace opbridge::rules::onnx_to_tflite
