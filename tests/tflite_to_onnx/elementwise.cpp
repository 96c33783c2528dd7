// rules/opbridge/rules/tflite_to_onnx/elementwise.hpp and activations.hpp, run in ONNX Runtime
// against TFLite. A CONV_2D in front holds the input NCHW: elementwise ops work in that layout
// and broadcast constants are permuted at conversion time, so no Transpose appears inside.

#include "tflite_to_onnx/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_onnx;

TEST_CASE("Unary ops work in the held layout") {
    for (const char* op : {"ABS", "NEG", "EXP", "SIN", "COS", "CEIL", "FLOOR", "ROUND", "SQUARE", "RELU", "RELU6", "RELU_N1_TO_1",
                           "TANH", "LOGISTIC", "HARD_SWISH", "ELU", "ZEROS_LIKE"}) {
        TfliteBuilder b;
        b.output(b.conv(b.node(op, {conv_input(b)}, {}, conv_type), 4, 2));
        auto c = check_converts_and_matches(b, std::string("unary-") + op);
        CHECK(transposes_inside(*c.onnx) == 0);
    }
}

TEST_CASE("SQRT, RSQRT and LOG on positive inputs") {
    for (const char* op : {"SQRT", "RSQRT", "LOG"}) {
        TfliteBuilder b;
        b.output(b.node(op, {b.input("x", f32({2, 3, 5}))}, {}, f32({2, 3, 5})));
        testing::SeedOptions positive;
        positive.float_low = 0.1;
        check_converts_and_matches(b, std::string("positive-") + op, positive);
    }
}

TEST_CASE("LEAKY_RELU keeps its alpha; GELU is decomposed in both forms") {
    {
        TfliteBuilder b;
        b.output(b.node("LEAKY_RELU", {conv_input(b)}, {Attribute::of_float("alpha", 0.3)}, conv_type));
        check_converts_and_matches(b, "leaky-relu");
    }
    for (int approximate : {0, 1}) {
        TfliteBuilder b;
        b.output(b.node("GELU", {conv_input(b)}, {Attribute::of_int("approximate", approximate)}, conv_type));
        check_converts_and_matches(b, "gelu" + std::to_string(approximate));
    }
}

TEST_CASE("Binary ops with a per-channel constant, the constant permuted to NCHW") {
    for (const char* op : {"ADD", "SUB", "MUL", "DIV", "MAXIMUM", "MINIMUM", "SQUARED_DIFFERENCE", "FLOOR_MOD", "FLOOR_DIV"}) {
        TfliteBuilder b;
        Value* k = b.constant(floats({4}, {0.5f, -0.75f, 1.25f, 2.f}));
        std::vector<Attribute> act;
        if (std::string(op) == "ADD" || std::string(op) == "MUL") act.push_back(Attribute::of_string("fused_activation_function", "RELU6"));
        b.output(b.conv(b.node(op, {conv_input(b), k}, act, conv_type), 4, 2));
        auto c = check_converts_and_matches(b, std::string("binary-") + op);
        CHECK(transposes_inside(*c.onnx) == 0);
    }
}

TEST_CASE("ADD of two held tensors (a fused TANH is ignored, as TFLite's kernel ignores it), PRELU with a [1, 1, C] slope, POW") {
    {
        TfliteBuilder b;
        Value* x = conv_input(b);
        b.output(b.node("ADD", {x, b.conv(x, 4, 4)}, {Attribute::of_string("fused_activation_function", "TANH")}, conv_type));
        auto c = check_converts_and_matches(b, "add-two");
        CHECK(count_ops(*c.onnx, "Tanh") == 0);
    }
    {
        TfliteBuilder b;
        b.output(b.node("PRELU", {conv_input(b), b.constant(floats({1, 1, 4}, {0.1f, 0.2f, 0.3f, 0.4f}))}, {}, conv_type));
        auto c = check_converts_and_matches(b, "prelu");
        CHECK(transposes_inside(*c.onnx) == 0);
    }
    {
        TfliteBuilder b;
        Value* x = b.input("x", f32({3, 4}));
        b.output(b.node("POW", {x, b.constant(floats({4}, {0.5f, 2.f, 1.5f, 3.f}))}, {}, f32({3, 4})));
        testing::SeedOptions positive;
        positive.float_low = 0.1;
        check_converts_and_matches(b, "pow", positive);
    }
}

TEST_CASE("Comparisons, logical ops and SELECT_V2") {
    for (const char* op : {"GREATER", "GREATER_EQUAL", "LESS", "LESS_EQUAL", "EQUAL", "NOT_EQUAL"}) {
        TfliteBuilder b;
        Value* x = conv_input(b);
        Value* zero = b.constant(floats({}, {0.f}));
        Value* cond = b.node(op, {x, zero}, {}, typed(DType::boolean, {1, 5, 4, 4}));
        Value* other = b.node("LOGICAL_NOT", {b.node("LESS", {x, b.constant(floats({}, {0.2f}))}, {}, typed(DType::boolean, {1, 5, 4, 4}))}, {},
                              typed(DType::boolean, {1, 5, 4, 4}));
        Value* both = b.node("LOGICAL_OR", {b.node("LOGICAL_AND", {cond, other}, {}, typed(DType::boolean, {1, 5, 4, 4})), cond}, {},
                             typed(DType::boolean, {1, 5, 4, 4}));
        b.output(b.node("SELECT_V2", {both, x, b.constant(floats({}, {-1.f}))}, {}, conv_type));
        auto c = check_converts_and_matches(b, std::string("compare-") + op);
        CHECK(transposes_inside(*c.onnx) == 0);
    }
}

TEST_CASE("CAST to int32 and ADD_N") {
    {
        TfliteBuilder b;
        Value* x = b.node("MUL", {b.input("x", f32({2, 6})), b.constant(floats({}, {10.f}))}, {}, f32({2, 6}));
        b.output(b.node("CAST", {x}, {}, typed(DType::int32, {2, 6})));
        check_converts_and_matches(b, "cast");
    }
    {
        TfliteBuilder b;
        Value* x = conv_input(b);
        b.output(b.node("ADD_N", {x, b.conv(x, 4, 4), x}, {}, conv_type));
        check_converts_and_matches(b, "add-n");
    }
}

TEST_CASE("SOFTMAX with beta and LOG_SOFTMAX act on the source's last axis, which is held as channels") {
    TfliteBuilder b;
    Value* x = conv_input(b);
    Value* s = b.node("SOFTMAX", {x}, {Attribute::of_float("beta", 0.5)}, conv_type);
    b.output(b.node("LOG_SOFTMAX", {s}, {}, conv_type));
    auto c = check_converts_and_matches(b, "softmax");
    CHECK(transposes_inside(*c.onnx) == 0);
}

TEST_CASE("L2_NORMALIZATION and LOCAL_RESPONSE_NORMALIZATION") {
    TfliteBuilder b;
    Value* x = conv_input(b);
    Value* n = b.node("L2_NORMALIZATION", {x}, {Attribute::of_string("fused_activation_function", "NONE")}, conv_type);
    b.output(b.node("LOCAL_RESPONSE_NORMALIZATION", {n},
                    {Attribute::of_int("radius", 1), Attribute::of_float("bias", 1.5), Attribute::of_float("alpha", 0.4),
                     Attribute::of_float("beta", 0.75)},
                    conv_type));
    auto c = check_converts_and_matches(b, "normalizations");
    CHECK(transposes_inside(*c.onnx) == 0);
}
