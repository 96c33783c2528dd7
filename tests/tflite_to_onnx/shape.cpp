// rules/opbridge/rules/tflite_to_onnx/shape.hpp, run in ONNX Runtime against TFLite: TRANSPOSE
// changes only how a value is held, axis-bearing ops map their axis through the layout, and
// reshapes move data only when the layout does not keep the merged dims together.

#include "tflite_to_onnx/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_onnx;

TEST_CASE("TRANSPOSE from NHWC to NCHW after a CONV_2D emits nothing") {
    TfliteBuilder b;
    b.output(b.node("TRANSPOSE", {conv_input(b), b.constant(int32s({0, 3, 1, 2}))}, {}, f32({1, 4, 5, 4})));
    auto c = check_converts_and_matches(b, "transpose-to-nchw");
    CHECK(count_ops(*c.onnx, "Transpose") == 1);  // only the graph input's
}

TEST_CASE("CONCATENATION on channels (TFLite refuses a fused activation on float concat), PACK, UNPACK, SPLIT and SPLIT_V") {
    {
        TfliteBuilder b;
        Value* x = conv_input(b);
        Value* y = b.node("CONCATENATION", {x, b.conv(x, 4, 2)}, {Attribute::of_int("axis", 3), Attribute::of_string("fused_activation_function", "NONE")},
                          f32({1, 5, 4, 6}));
        b.output(b.conv(y, 6, 2));
        auto c = check_converts_and_matches(b, "concat");
        CHECK(transposes_inside(*c.onnx) == 0);
    }
    {
        TfliteBuilder b;
        Value* x = conv_input(b);
        b.output(b.node("PACK", {x, b.conv(x, 4, 4)}, {Attribute::of_int("values_count", 2), Attribute::of_int("axis", 1)}, f32({1, 2, 5, 4, 4})));
        check_converts_and_matches(b, "pack");
    }
    {
        TfliteBuilder b;
        auto parts = b.nodes("UNPACK", {conv_input(b)}, {Attribute::of_int("num", 4), Attribute::of_int("axis", 3)},
                             std::vector<Type>(4, f32({1, 5, 4})));
        for (Value* p : parts) b.output(p);
        check_converts_and_matches(b, "unpack");
    }
    {
        TfliteBuilder b;
        auto parts = b.nodes("SPLIT", {b.constant(int32s({3}, std::vector<int64_t>{})), conv_input(b)}, {Attribute::of_int("num_splits", 2)},
                             {f32({1, 5, 4, 2}), f32({1, 5, 4, 2})});
        b.output(b.conv(parts[0], 2, 2));
        b.output(b.conv(parts[1], 2, 2));
        auto c = check_converts_and_matches(b, "split");
        CHECK(transposes_inside(*c.onnx) == 0);
    }
    {
        TfliteBuilder b;
        auto parts = b.nodes("SPLIT_V", {conv_input(b), b.constant(int32s({2, -1})), b.constant(int32s({1}, std::vector<int64_t>{}))},
                             {Attribute::of_int("num_splits", 2)}, {f32({1, 2, 4, 4}), f32({1, 3, 4, 4})});
        b.output(parts[0]);
        b.output(parts[1]);
        check_converts_and_matches(b, "split-v");
    }
}

TEST_CASE("RESHAPE, SQUEEZE and EXPAND_DIMS") {
    {
        TfliteBuilder b;
        b.output(b.node("RESHAPE", {conv_input(b), b.constant(int32s({1, 20, 4}))}, {}, f32({1, 20, 4})));
        check_converts_and_matches(b, "reshape-flatten-spatial");
    }
    {
        TfliteBuilder b;
        Value* x = b.node("MEAN", {conv_input(b), b.constant(int32s({1, 2}))}, {Attribute::of_int("keep_dims", 1)}, f32({1, 1, 1, 4}));
        Value* s = b.node("SQUEEZE", {x}, {Attribute::of_ints("squeeze_dims", {1, 2})}, f32({1, 4}));
        b.output(b.node("EXPAND_DIMS", {s, b.constant(int32s({0}, std::vector<int64_t>{}))}, {}, f32({1, 1, 4})));
        auto c = check_converts_and_matches(b, "squeeze-expand");
        CHECK(count_ops(*c.onnx, "Transpose") == 1);
    }
}

TEST_CASE("DEPTH_TO_SPACE and SPACE_TO_DEPTH keep TFLite's channel order") {
    TfliteBuilder b;
    Value* x = b.conv(b.input("x", f32({1, 4, 6, 3})), 3, 8);
    Value* d = b.node("DEPTH_TO_SPACE", {x}, {Attribute::of_int("block_size", 2)}, f32({1, 8, 12, 2}));
    b.output(b.node("SPACE_TO_DEPTH", {b.conv(d, 2, 3)}, {Attribute::of_int("block_size", 2)}, f32({1, 4, 6, 12})));
    auto c = check_converts_and_matches(b, "depth-space");
    CHECK(transposes_inside(*c.onnx) == 0);
}

TEST_CASE("SHAPE and RANK of static tensors become constants") {
    TfliteBuilder b;
    Value* x = conv_input(b);
    Value* s = b.node("SHAPE", {x}, {Attribute::of_string("out_type", "INT32")}, typed(DType::int32, {4}));
    Value* r = b.node("RANK", {x}, {}, typed(DType::int32, {}));
    b.output(b.node("ADD", {s, r}, {}, typed(DType::int32, {4})));
    b.output(x);
    auto c = check_converts_and_matches(b, "shape-rank");
    CHECK(count_ops(*c.onnx, "Shape") == 0);
}
