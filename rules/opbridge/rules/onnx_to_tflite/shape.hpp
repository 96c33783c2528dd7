#pragma once
// Ops that only rearrange data. Transpose never emits anything: it changes how the result is
// held, so Transpose pairs cancel and a Transpose next to a layout change disappears. Reshape,
// Flatten, Squeeze and Unsqueeze reshape the held tensor directly when its layout keeps the
// merged and split dims together (pass/layout.hpp: reshape_layout); only otherwise is the data
// brought back to the source layout first.

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

// Source output 0 is input 0 reshaped to the output's static dims.
inline Outcome reshape_to_output(const Node& n, LoweringContext& c) {
    auto in = c.dims(0);
    auto out = c.output_dims(0);
    if (!in || !out)
        return c.error("lower.dynamic-shape", "output 0", "the reshape's shapes are not static after constant folding",
                       "fix the input sizes with --input-shape NAME=d0,d1,...");
    Perm held = c.input_perm(0);
    Perm preferred = layout::is_identity(held) ? layout::identity(out->size()) : layout::channels_last(out->size());
    Perm out_perm = layout::identity(out->size());
    Value* x;
    if (auto p = layout::reshape_layout(*in, held, *out, preferred)) {
        out_perm = *p;
        x = c.held(0, held);
    } else if (auto ready = layout::reshape_ready_layout(*in, held, *out)) {
        // move the data once, to the nearest layout the reshape can work in
        x = c.held(0, *ready);
        out_perm = layout::reshape_layout(*in, *ready, *out, preferred).value_or(layout::identity(out->size()));
    } else {
        x = c.held(0, layout::identity(in->size()));
    }
    std::vector<int64_t> target = layout::permuted(*out, out_perm);
    if (auto xd = static_dims(*x->type.shape); xd && *xd == target) {
        c.set_output(0, x, out_perm);
        return Outcome::applied;
    }
    Value* y = c.output_value(0, out_perm);
    emit_reshape(c, x, target, y);
    return Outcome::applied;
}

// Transpose: the result is the input held in another permutation (nothing emitted).
inline Outcome lower_transpose(const Node& n, LoweringContext& c) {
    std::size_t r = c.rank(0);
    Perm q = ints_attribute(n, "perm", {});
    if (q.empty())
        for (std::size_t i = r; i-- > 0;) q.push_back(static_cast<int64_t>(i));
    Perm held = c.input_perm(0);
    c.set_output(0, c.held(0, held), layout::then(layout::inverse(q), held));
    return Outcome::applied;
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
