// rules/opbridge/rules/tflite_to_onnx/reductions.hpp, run in ONNX Runtime against TFLite: the
// reduced axes are mapped through the layout, and without keep_dims the result is held in the
// layout minus them (no Transpose to get there).

#include "tflite_to_onnx/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_onnx;

TEST_CASE("MEAN over the spatial axes with keep_dims feeds a CONV_2D with no Transpose") {
    TfliteBuilder b;
    Value* m = b.node("MEAN", {conv_input(b), b.constant(int32s({1, 2}))}, {Attribute::of_int("keep_dims", 1)}, f32({1, 1, 1, 4}));
    b.output(b.conv(m, 4, 2));
    auto c = check_converts_and_matches(b, "mean-keep");
    CHECK(transposes_inside(*c.onnx) == 0);
}

TEST_CASE("SUM, REDUCE_MAX, REDUCE_MIN and REDUCE_PROD without keep_dims") {
    for (const char* op : {"SUM", "REDUCE_MAX", "REDUCE_MIN", "REDUCE_PROD", "MEAN"}) {
        TfliteBuilder b;
        b.output(b.node(op, {conv_input(b), b.constant(int32s({1}))}, {Attribute::of_int("keep_dims", 0)}, f32({1, 4, 4})));
        auto c = check_converts_and_matches(b, std::string("reduce-") + op);
        CHECK(transposes_inside(*c.onnx) == 0);
    }
}

TEST_CASE("ARG_MAX and ARG_MIN over channels give int32 indices") {
    for (const char* op : {"ARG_MAX", "ARG_MIN"}) {
        TfliteBuilder b;
        b.output(b.node(op, {conv_input(b), b.constant(int32s({3}))}, {Attribute::of_string("output_type", "INT32")},
                        typed(DType::int32, {1, 5, 4})));
        check_converts_and_matches(b, std::string("arg-") + op);
    }
}

TEST_CASE("REDUCE_ANY and REDUCE_ALL on booleans go through int32") {
    for (const char* op : {"REDUCE_ANY", "REDUCE_ALL"}) {
        TfliteBuilder b;
        Value* cond = b.node("GREATER", {conv_input(b), b.constant(floats({}, {-0.3f}))}, {}, typed(DType::boolean, {1, 5, 4, 4}));
        b.output(b.node(op, {cond, b.constant(int32s({3}))}, {Attribute::of_int("keep_dims", 0)}, typed(DType::boolean, {1, 5, 4})));
        check_converts_and_matches(b, std::string("bool-") + op);
    }
}
