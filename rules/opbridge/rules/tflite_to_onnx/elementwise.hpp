#pragma once
// Elementwise ops: they work in whatever layout their leading input is held in; constant
// operands are permuted at conversion time, lower-rank ones broadcast from the right first.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

// Two ONNX ops in a row, Second(First(inputs...)), the middle value of the output's type.
template <fixed_string First, fixed_string Second>
Outcome op_then(const Node& n, LoweringContext& c) {
    std::vector<Value*> ins;
    for (std::size_t i = 0; i < n.inputs.size(); ++i) ins.push_back(c.input(i));
    c.emit_output(0, Second.view(), {c.emit1(First.view(), ins, {}, c.output_type(0))});
    return Outcome::applied;
}

inline Outcome lower_square(const Node&, LoweringContext& c) {
    Value* x = c.input(0);
    c.emit_output(0, "Mul", {x, x});
    return Outcome::applied;
}

// (a - b)^2
inline Outcome lower_squared_difference(const Node&, LoweringContext& c) {
    Value* d = c.emit1("Sub", {c.input(0), c.input(1)}, {}, c.output_type(0));
    c.emit_output(0, "Mul", {d, d});
    return Outcome::applied;
}

// FLOOR_DIV: floor(a / b). ONNX Div truncates integers, so only floating types convert exactly.
inline Outcome lower_floor_div(const Node&, LoweringContext& c) {
    if (is_integer(c.dtype(0)))
        return c.error("lower.dtype", "input 0", "integer FLOOR_DIV rounds toward negative infinity; ONNX Div truncates",
                       "cast the operands to float in the source model");
    c.emit_output(0, "Floor", {c.emit1("Div", {c.input(0), c.input(1)}, {}, c.output_type(0))});
    return Outcome::applied;
}

// FLOOR_MOD: the result has the divisor's sign. ONNX Mod with fmod=0 does that for integers;
// floats need a - floor(a / b) * b.
inline Outcome lower_floor_mod(const Node&, LoweringContext& c) {
    Value* a = c.input(0);
    Value* b = c.input(1);
    if (is_integer(c.dtype(0))) {
        c.emit_output(0, "Mod", {a, b});
        return Outcome::applied;
    }
    Type t = c.output_type(0);
    Value* q = c.emit1("Floor", {c.emit1("Div", {a, b}, {}, t)}, {}, t);
    c.emit_output(0, "Sub", {a, c.emit1("Mul", {q, b}, {}, t)});
    return Outcome::applied;
}

inline Outcome lower_cast(const Node&, LoweringContext& c) {
    c.emit_output(0, "Cast", {c.input(0)}, {Attribute::of_int("to", static_cast<int64_t>(c.output_dtype(0)))});
    return Outcome::applied;
}

// ZEROS_LIKE / ONES_LIKE: ConstantOfShape of the held tensor's shape (no arithmetic, so no NaN
// leaks through from the input).
template <int Fill>
Outcome lower_fill_like(const Node& n, LoweringContext& c) {
    Value* x = c.input(0);
    Type shape_type = Type::tensor(DType::int64, shape_of({static_cast<int64_t>(c.rank(0))}));
    Value* shape = c.emit1("Shape", {x}, {}, shape_type);
    Tensor fill = c.tensor_of(c.output_dtype(0), {1}, {static_cast<double>(Fill)});
    fill.name = n.name + "_fill";
    c.emit_output(0, "ConstantOfShape", {shape}, {Attribute::of_tensor("value", std::move(fill))});
    return Outcome::applied;
}

inline constexpr auto elementwise = rule::lowering_table(
    lowering<"ADD", Layout::transparent>(&arithmetic<"Add">, "Add (+activation)"),
    lowering<"SUB", Layout::transparent>(&arithmetic<"Sub">, "Sub (+activation)"),
    lowering<"MUL", Layout::transparent>(&arithmetic<"Mul">, "Mul (+activation)"),
    lowering<"DIV", Layout::transparent>(&arithmetic<"Div">, "Div (+activation)"),
    lowering<"MAXIMUM", Layout::transparent>(&same_op<"Max">, "Max"),
    lowering<"MINIMUM", Layout::transparent>(&same_op<"Min">, "Min"),
    lowering<"POW", Layout::transparent>(&same_op<"Pow">, "Pow"),
    lowering<"ADD_N", Layout::transparent>(&same_op<"Sum">, "Sum"),
    lowering<"SQUARED_DIFFERENCE", Layout::transparent>(&lower_squared_difference, "Sub, Mul"),
    lowering<"FLOOR_DIV", Layout::transparent>(&lower_floor_div, "Div, Floor (floating types)"),
    lowering<"FLOOR_MOD", Layout::transparent>(&lower_floor_mod, "Mod (integers); Div, Floor, Mul, Sub (floats)"),
    lowering<"EQUAL", Layout::transparent>(&same_op<"Equal">, "Equal"),
    lowering<"NOT_EQUAL", Layout::transparent>(&op_then<"Equal", "Not">, "Equal, Not"),
    lowering<"LESS", Layout::transparent>(&same_op<"Less">, "Less"),
    lowering<"LESS_EQUAL", Layout::transparent>(&same_op<"LessOrEqual">, "LessOrEqual"),
    lowering<"GREATER", Layout::transparent>(&same_op<"Greater">, "Greater"),
    lowering<"GREATER_EQUAL", Layout::transparent>(&same_op<"GreaterOrEqual">, "GreaterOrEqual"),
    lowering<"LOGICAL_AND", Layout::transparent>(&same_op<"And">, "And"),
    lowering<"LOGICAL_OR", Layout::transparent>(&same_op<"Or">, "Or"),
    lowering<"LOGICAL_NOT", Layout::transparent>(&same_op<"Not">, "Not"),
    lowering<"ABS", Layout::transparent>(&same_op<"Abs">, "Abs"),
    lowering<"NEG", Layout::transparent>(&same_op<"Neg">, "Neg"),
    lowering<"EXP", Layout::transparent>(&same_op<"Exp">, "Exp"),
    lowering<"LOG", Layout::transparent>(&same_op<"Log">, "Log"),
    lowering<"SQRT", Layout::transparent>(&same_op<"Sqrt">, "Sqrt"),
    lowering<"RSQRT", Layout::transparent>(&op_then<"Sqrt", "Reciprocal">, "Sqrt, Reciprocal"),
    lowering<"SQUARE", Layout::transparent>(&lower_square, "Mul(x, x)"),
    lowering<"SIN", Layout::transparent>(&same_op<"Sin">, "Sin"),
    lowering<"COS", Layout::transparent>(&same_op<"Cos">, "Cos"),
    lowering<"CEIL", Layout::transparent>(&same_op<"Ceil">, "Ceil"),
    lowering<"FLOOR", Layout::transparent>(&same_op<"Floor">, "Floor"),
    lowering<"ROUND", Layout::transparent>(&same_op<"Round">, "Round (both round half to even)"),
    lowering<"SIGN", Layout::transparent>(&same_op<"Sign">, "Sign"),
    lowering<"SELECT", Layout::transparent>(&same_op<"Where">, "Where"),
    lowering<"SELECT_V2", Layout::transparent>(&same_op<"Where">, "Where"),
    lowering<"CAST", Layout::transparent>(&lower_cast, "Cast"),
    lowering<"ZEROS_LIKE", Layout::transparent>(&lower_fill_like<0>, "Shape, ConstantOfShape"),
    lowering<"ONES_LIKE", Layout::transparent>(&lower_fill_like<1>, "Shape, ConstantOfShape"),
    not_lowered<"ATAN2">("ONNX has no atan2; not decomposed yet"),
    not_lowered<"RIGHT_SHIFT">("ONNX BitShift takes unsigned integers only, TFLite shifts signed ones arithmetically"),
    not_lowered<"BITWISE_XOR">("ONNX BitwiseXor needs opset 18; these rules target 17"),
    not_lowered<"BITCAST">("ONNX has no bit reinterpretation op"));

} // namespace opbridge::rules::tflite_to_onnx
