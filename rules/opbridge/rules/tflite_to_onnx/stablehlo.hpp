#pragma once
// StableHLO ops that TFLite carries as builtins and that are plain elementwise ONNX ops. The
// structured ones (convolution, gather, scatter, reduce with a body subgraph, while, case) are
// listed in unsupported.hpp.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

// clamp(min, x, max) = Min(Max(x, min), max)
inline Outcome lower_stablehlo_clamp(const Node&, LoweringContext& c) {
    Value* lo = c.emit1("Max", {c.input(1), c.input(0)}, {}, c.output_type(0));
    c.emit_output(0, "Min", {lo, c.input(2)});
    return Outcome::applied;
}
inline Outcome lower_stablehlo_convert(const Node&, LoweringContext& c) {
    c.emit_output(0, "Cast", {c.input(0)}, {Attribute::of_int("to", static_cast<int64_t>(c.output_dtype(0)))});
    return Outcome::applied;
}

inline constexpr auto stablehlo = rule::lowering_table(
    lowering<"STABLEHLO_ADD", Layout::transparent>(&same_op<"Add">, "Add"),
    lowering<"STABLEHLO_SUBTRACT", Layout::transparent>(&same_op<"Sub">, "Sub"),
    lowering<"STABLEHLO_MULTIPLY", Layout::transparent>(&same_op<"Mul">, "Mul"),
    lowering<"STABLEHLO_DIVIDE", Layout::transparent>(&same_op<"Div">, "Div"),
    lowering<"STABLEHLO_MAXIMUM", Layout::transparent>(&same_op<"Max">, "Max"),
    lowering<"STABLEHLO_MINIMUM", Layout::transparent>(&same_op<"Min">, "Min"),
    lowering<"STABLEHLO_POWER", Layout::transparent>(&same_op<"Pow">, "Pow"),
    lowering<"STABLEHLO_ABS", Layout::transparent>(&same_op<"Abs">, "Abs"),
    lowering<"STABLEHLO_NEGATE", Layout::transparent>(&same_op<"Neg">, "Neg"),
    lowering<"STABLEHLO_EXPONENTIAL", Layout::transparent>(&same_op<"Exp">, "Exp"),
    lowering<"STABLEHLO_LOG", Layout::transparent>(&same_op<"Log">, "Log"),
    lowering<"STABLEHLO_COSINE", Layout::transparent>(&same_op<"Cos">, "Cos"),
    lowering<"STABLEHLO_FLOOR", Layout::transparent>(&same_op<"Floor">, "Floor"),
    lowering<"STABLEHLO_TANH", Layout::transparent>(&same_op<"Tanh">, "Tanh"),
    lowering<"STABLEHLO_LOGISTIC", Layout::transparent>(&same_op<"Sigmoid">, "Sigmoid"),
    lowering<"STABLEHLO_AND", Layout::transparent>(&same_op<"And">, "And (booleans)"),
    lowering<"STABLEHLO_OR", Layout::transparent>(&same_op<"Or">, "Or (booleans)"),
    lowering<"STABLEHLO_SELECT", Layout::transparent>(&same_op<"Where">, "Where"),
    lowering<"STABLEHLO_CLAMP", Layout::transparent>(&lower_stablehlo_clamp, "Max, Min"),
    lowering<"STABLEHLO_CONVERT", Layout::transparent>(&lower_stablehlo_convert, "Cast"));

} // namespace opbridge::rules::tflite_to_onnx
