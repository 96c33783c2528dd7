#pragma once
// Elementwise ops: layout transparent, broadcasting like numpy in both formats.

#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

// Pow with a constant exponent of 2 or 0.5 is a MUL or SQRT (exact, and faster); else POW.
inline Outcome lower_pow(const Node&, LoweringContext& c) {
    if (auto e = c.constant_reals(1); e && e->size() == 1) {
        if ((*e)[0] == 2.0) return c.emit_output(0, "MUL", {c.input(0), c.input(0)}, {activation_none()}), Outcome::applied;
        if ((*e)[0] == 0.5) return c.emit_output(0, "SQRT", {c.input(0)}), Outcome::applied;
        if ((*e)[0] == 1.0) return c.set_output(0, c.input(0)), Outcome::applied;
    }
    c.emit_output(0, "POW", {c.input(0), c.input(1)});
    return Outcome::applied;
}

// Min/Max take any number of inputs; TFLite's MINIMUM/MAXIMUM take two.
template <fixed_string Target>
Outcome variadic(const Node& n, LoweringContext& c) {
    Value* acc = c.input(0);
    for (std::size_t i = 1; i < n.inputs.size(); ++i)
        acc = i + 1 == n.inputs.size() ? c.emit_output(0, Target.view(), {acc, c.input(i)})
                                       : c.emit1(Target.view(), {acc, c.input(i)}, {}, c.output_type(0));
    if (n.inputs.size() == 1) c.set_output(0, acc);
    return Outcome::applied;
}

inline Outcome lower_reciprocal(const Node& n, LoweringContext& c) {
    c.emit_output(0, "DIV", {c.float_constant({1.f}, {}, n.name + "_one"), c.input(0)}, {activation_none()});
    return Outcome::applied;
}

inline constexpr auto elementwise = rule::lowering_table(
    lowering<"Add", Layout::transparent>(&arithmetic<"ADD">, "ADD"),
    lowering<"Sub", Layout::transparent>(&arithmetic<"SUB">, "SUB"),
    lowering<"Mul", Layout::transparent>(&arithmetic<"MUL">, "MUL"),
    lowering<"Div", Layout::transparent>(&arithmetic<"DIV">, "DIV"),
    lowering<"Pow", Layout::transparent>(&lower_pow, "POW, MUL or SQRT"),
    lowering<"Sqrt", Layout::transparent>(&same_op<"SQRT">, "SQRT"),
    lowering<"Exp", Layout::transparent>(&same_op<"EXP">, "EXP"),
    lowering<"Log", Layout::transparent>(&same_op<"LOG">, "LOG"),
    lowering<"Neg", Layout::transparent>(&same_op<"NEG">, "NEG"),
    lowering<"Abs", Layout::transparent>(&same_op<"ABS">, "ABS"),
    lowering<"Floor", Layout::transparent>(&same_op<"FLOOR">, "FLOOR"),
    lowering<"Ceil", Layout::transparent>(&same_op<"CEIL">, "CEIL"),
    lowering<"Round", Layout::transparent>(&same_op<"ROUND">, "ROUND"),
    lowering<"Sin", Layout::transparent>(&same_op<"SIN">, "SIN"),
    lowering<"Cos", Layout::transparent>(&same_op<"COS">, "COS"),
    lowering<"Reciprocal", Layout::transparent>(&lower_reciprocal, "DIV"),
    lowering<"Min", Layout::transparent>(&variadic<"MINIMUM">, "MINIMUM"),
    lowering<"Max", Layout::transparent>(&variadic<"MAXIMUM">, "MAXIMUM"),
    lowering<"Equal", Layout::transparent>(&same_op<"EQUAL">, "EQUAL"),
    lowering<"Greater", Layout::transparent>(&same_op<"GREATER">, "GREATER"),
    lowering<"Less", Layout::transparent>(&same_op<"LESS">, "LESS"),
    lowering<"GreaterOrEqual", Layout::transparent>(&same_op<"GREATER_EQUAL">, "GREATER_EQUAL"),
    lowering<"LessOrEqual", Layout::transparent>(&same_op<"LESS_EQUAL">, "LESS_EQUAL"),
    lowering<"Not", Layout::transparent>(&same_op<"LOGICAL_NOT">, "LOGICAL_NOT"),
    lowering<"And", Layout::transparent>(&same_op<"LOGICAL_AND">, "LOGICAL_AND"),
    lowering<"Or", Layout::transparent>(&same_op<"LOGICAL_OR">, "LOGICAL_OR"),
    lowering<"Where", Layout::transparent>(&same_op<"SELECT_V2">, "SELECT_V2"));

} // namespace opbridge::rules::onnx_to_tflite
