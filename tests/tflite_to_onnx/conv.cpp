// rules/opbridge/rules/tflite_to_onnx/conv.hpp, pooling.hpp, dense.hpp and resize.hpp, run in
// ONNX Runtime against TFLite: filters permuted at conversion time, SAME/VALID as explicit
// pads, fused activations, and no Transpose inside the graph between spatial ops.

#include "tflite_to_onnx/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_onnx;

TEST_CASE("CONV_2D with stride 2, SAME padding, dilation and a fused RELU6") {
    for (auto [padding, stride, dilation] : {std::tuple{"SAME", 2, 1}, {"VALID", 2, 1}, {"SAME", 1, 2}, {"VALID", 1, 2}}) {
        TfliteBuilder b;
        Value* x = b.conv(b.input("x", f32({1, 9, 8, 3})), 3, 4);
        int64_t out_h = std::string(padding) == "SAME" ? (9 + stride - 1) / stride : (9 - (3 - 1) * dilation - 1) / stride + 1;
        int64_t out_w = std::string(padding) == "SAME" ? (8 + stride - 1) / stride : (8 - (3 - 1) * dilation - 1) / stride + 1;
        Value* w = b.constant(floats({5, 3, 3, 4}, wave(180)));
        Value* y = b.node("CONV_2D", {x, w, b.constant(floats({5}, wave(5, 2.f)))},
                          {str("padding", padding), num("stride_w", stride), num("stride_h", stride), str("fused_activation_function", "RELU6"),
                           num("dilation_w_factor", dilation), num("dilation_h_factor", dilation)},
                          f32({1, out_h, out_w, 5}));
        b.output(b.conv(y, 5, 2));
        auto c = check_converts_and_matches(b, std::string("conv-") + padding + std::to_string(stride) + std::to_string(dilation));
        CHECK(count_ops(*c.onnx, "Clip") == 1);
        CHECK(transposes_inside(*c.onnx) == 0);
    }
}

TEST_CASE("a convolution whose shapes or strides the spec does not allow is refused, naming the input (fuzz findings)") {
    auto conv = [](Type x, std::vector<int64_t> filter, int64_t stride) {
        TfliteBuilder b;
        int64_t count = 1;
        for (int64_t d : filter) count *= d;
        Value* w = b.constant(floats(filter, std::vector<float>(static_cast<std::size_t>(count), 0.5f)));
        b.output(b.node("CONV_2D", {b.input("x", std::move(x)), w},
                        {Attribute::of_string("padding", "SAME"), Attribute::of_int("stride_w", stride), Attribute::of_int("stride_h", 1)},
                        f32({1, 5, 4, 2})));
        return refusal(b, "bad_conv");
    };
    CHECK(conv(Type::tensor(DType::float32, Shape{}), {2, 3, 3, 3}, 1).field == "input 0");  // a scalar input
    CHECK(conv(f32({1, 5, 4, 3}), {6, 3}, 1).field == "input 1 (filter)");               // a filter of rank 2
    CHECK(conv(f32({1, 5, 4, 3}), {2, 3, 3, 2}, 1).field == "input 1 (filter)");         // 2 does not divide 3 channels
    CHECK(conv(f32({1, 5, 4, 3}), {2, 3, 3, 3}, 0).field == "strides, dilations");
}

TEST_CASE("DEPTHWISE_CONV_2D with a depth multiplier becomes a Conv with one group per channel") {
    TfliteBuilder b;
    Value* x = b.conv(b.input("x", f32({1, 8, 8, 3})), 3, 4);
    Value* y = b.node("DEPTHWISE_CONV_2D", {x, b.constant(floats({1, 3, 3, 8}, wave(72))), b.constant(floats({8}, wave(8)))},
                      {str("padding", "SAME"), num("stride_w", 2), num("stride_h", 2), num("depth_multiplier", 2),
                       str("fused_activation_function", "RELU")},
                      f32({1, 4, 4, 8}));
    b.output(y);
    auto c = check_converts_and_matches(b, "depthwise");
    CHECK(count_ops(*c.onnx, "Conv") == 2);
    CHECK(transposes_inside(*c.onnx) == 0);
}

TEST_CASE("TRANSPOSE_CONV with SAME padding and stride 2 becomes ConvTranspose") {
    TfliteBuilder b;
    Value* x = b.conv(b.input("x", f32({1, 5, 6, 3})), 3, 4);
    Value* y = b.node("TRANSPOSE_CONV", {b.constant(int32s({1, 10, 12, 2})), b.constant(floats({2, 3, 3, 4}, wave(72))), x},
                      {str("padding", "SAME"), num("stride_w", 2), num("stride_h", 2)}, f32({1, 10, 12, 2}));
    b.output(y);
    auto c = check_converts_and_matches(b, "transpose-conv");
    CHECK(count_ops(*c.onnx, "ConvTranspose") == 1);
}

TEST_CASE("MAX_POOL_2D and AVERAGE_POOL_2D with SAME padding exclude the padding from averages") {
    TfliteBuilder b;
    Value* x = b.conv(b.input("x", f32({1, 7, 7, 3})), 3, 4);
    std::vector<Attribute> window{str("padding", "SAME"), num("stride_w", 2), num("stride_h", 2), num("filter_width", 3),
                                  num("filter_height", 3), str("fused_activation_function", "NONE")};
    Value* m = b.node("MAX_POOL_2D", {x}, window, f32({1, 4, 4, 4}));
    b.output(b.node("AVERAGE_POOL_2D", {m}, window, f32({1, 2, 2, 4})));
    auto c = check_converts_and_matches(b, "pools");
    CHECK(transposes_inside(*c.onnx) == 0);
}

TEST_CASE("FULLY_CONNECTED after a RESHAPE of NHWC data, with a fused RELU") {
    TfliteBuilder b;
    Value* x = b.conv(b.input("x", f32({1, 4, 4, 3})), 3, 2);
    Value* flat = b.node("RESHAPE", {x, b.constant(int32s({1, 32}))}, {}, f32({1, 32}));
    b.output(b.node("FULLY_CONNECTED", {flat, b.constant(floats({6, 32}, wave(192))), b.constant(floats({6}, wave(6)))},
                    {str("fused_activation_function", "RELU")}, f32({1, 6})));
    auto c = check_converts_and_matches(b, "fully-connected");
    CHECK(count_ops(*c.onnx, "Gemm") == 1);
}

TEST_CASE("FULLY_CONNECTED with keep_num_dims on a rank-3 input") {
    TfliteBuilder b;
    Value* x = b.input("x", f32({2, 3, 5}));
    b.output(b.node("FULLY_CONNECTED", {x, b.constant(floats({4, 5}, wave(20))), b.constant(floats({4}, wave(4)))},
                    {str("fused_activation_function", "NONE"), num("keep_num_dims", 1)}, f32({2, 3, 4})));
    check_converts_and_matches(b, "fully-connected-keep");
}

TEST_CASE("BATCH_MATMUL with adj_y permutes a constant operand at conversion time") {
    TfliteBuilder b;
    Value* x = b.input("x", f32({2, 3, 5}));
    b.output(b.node("BATCH_MATMUL", {x, b.constant(floats({2, 4, 5}, wave(40)))}, {num("adj_x", 0), num("adj_y", 1)}, f32({2, 3, 4})));
    auto c = check_converts_and_matches(b, "batch-matmul");
    CHECK(count_ops(*c.onnx, "Transpose") == 0);
}

TEST_CASE("RESIZE_BILINEAR and RESIZE_NEAREST_NEIGHBOR in each coordinate mode") {
    for (auto [align, half] : {std::pair{0, 0}, {1, 0}, {0, 1}}) {
        for (const char* op : {"RESIZE_BILINEAR", "RESIZE_NEAREST_NEIGHBOR"}) {
            TfliteBuilder b;
            Value* x = b.conv(b.input("x", f32({1, 5, 4, 3})), 3, 2);
            b.output(b.node(op, {x, b.constant(int32s({9, 7}))}, {num("align_corners", align), num("half_pixel_centers", half)},
                            f32({1, 9, 7, 2})));
            auto c = check_converts_and_matches(b, std::string(op) + std::to_string(align) + std::to_string(half));
            CHECK(transposes_inside(*c.onnx) == 0);
        }
    }
}
