#pragma once
// Cast, TopK, ArgMax/ArgMin, and NonMaxSuppression (refused: see its entry).
// TOPK_V2 works on the last axis and gives int32 indices; ONNX's TopK takes any axis and gives
// int64: the input is held with that axis last and the indices are cast. ARG_MAX/ARG_MIN drop
// the reduced axis; keepdims=1 puts it back with a RESHAPE (no data moves).

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

inline Outcome lower_cast(const Node&, LoweringContext& c) {
    c.emit_output(0, "CAST", {c.input(0)});
    return Outcome::applied;
}

// TopK-11: K is input 1; largest=0 is the top K of -x, negated back.
inline Outcome lower_top_k(const Node& n, LoweringContext& c) {
    auto k = c.constant_ints(1);
    if (!k || k->size() != 1)
        return c.error("lower.dynamic-input", "input 1 (K)", "K is computed at run time; TOPK_V2 needs it for static shapes",
                       "make K a constant");
    std::size_t r = c.rank(0);
    int64_t axis = c.source_axis(int_attribute(n, "axis", -1), r);
    Perm held = c.input_perm(0);
    if (held.size() != r) held = layout::identity(r);
    if (layout::axis_in(held, axis) != static_cast<int64_t>(r) - 1) held = layout::with_axis_last(held, axis);
    bool largest = int_attribute(n, "largest", 1) != 0;
    Value* x = c.held(0, held);
    if (!largest) x = c.emit1("NEG", {x}, {}, x->type);
    Type indices_type = c.output_type(1, held);
    indices_type.elem_type = DType::int32;
    auto outs = c.emit("TOPK_V2", {x, c.int32_constant({(*k)[0]}, n.name + "_k", std::vector<int64_t>{})}, {},
                       {c.output_type(0, held), indices_type});
    if (largest) c.set_output(0, outs[0], held);
    else c.emit_into("NEG", {outs[0]}, {c.output_value(0, held)}, {});
    if (n.output(1)) c.emit_into("CAST", {outs[1]}, {c.output_value(1, held)}, {});
    return Outcome::applied;
}

// ArgMax-13/ArgMin-13 over the held axis, int64 like ONNX.
template <fixed_string Target>
Outcome lower_arg(const Node& n, LoweringContext& c) {
    if (int_attribute(n, "select_last_index", 0))
        return c.error("lower.attribute", "select_last_index",
                       "TFLite's " + std::string(Target.view()) + " returns the first index among equal values",
                       "export with select_last_index=0");
    std::size_t r = c.rank(0);
    int64_t axis = c.source_axis(int_attribute(n, "axis", 0), r);
    Perm dropped = layout::without_axes(c.perm(), {axis});
    std::vector<Attribute> options{Attribute::of_string("output_type", "INT64")};
    std::vector<Value*> ins{c.input(0), c.int32_constant({c.axis(axis, r)}, n.name + "_axis")};
    if (!int_attribute(n, "keepdims", 1)) {
        c.emit_into(Target.view(), ins, {c.output_value(0, dropped)}, std::move(options));
        return Outcome::applied;
    }
    auto out = c.output_dims(0);
    if (!out) return c.error("lower.dynamic-shape", "output 0", "the output shape is not static", "fix the input sizes with --input-shape");
    std::vector<int64_t> without = layout::permuted(*out, c.perm());
    without.erase(without.begin() + c.axis(axis, r));
    Value* reduced = c.emit1(Target.view(), ins, std::move(options), Type::tensor(DType::int64, shape_of(without)));
    emit_reshape(c, reduced, layout::permuted(*out, c.perm()), c.output_value(0));
    return Outcome::applied;
}

inline constexpr auto other = rule::lowering_table(
    lowering<"Cast", Layout::transparent>(&lower_cast, "CAST"),
    lowering<"TopK", Layout::custom>(&lower_top_k, "TOPK_V2 over the held last axis (+NEG for largest=0), CAST of the indices"),
    lowering<"ArgMax", Layout::axes>(&lower_arg<"ARG_MAX">, "ARG_MAX (+RESHAPE for keepdims)"),
    lowering<"ArgMin", Layout::axes>(&lower_arg<"ARG_MIN">, "ARG_MIN (+RESHAPE for keepdims)"),
    // ONNX's result is [num_selected, 3] (batch, class, box) with num_selected known only at
    // run time; NON_MAX_SUPPRESSION_V4/V5 give a fixed-size, padded index list and a count.
    // The two agree only if the graph can carry a tensor whose row count is data-dependent,
    // which a converted graph with static shapes cannot.
    not_lowered<"NonMaxSuppression">(
        "ONNX's NonMaxSuppression returns [num_selected, 3] (batch, class, box) rows whose count is known only at run "
        "time; TFLite's NON_MAX_SUPPRESSION_V4/V5 return a fixed-size padded index list plus a count, so no static-shape "
        "graph reproduces the ONNX output. Cut the graph before NMS (opbridge cut) and run NMS in the application"));

} // namespace opbridge::rules::onnx_to_tflite
