// The rule families the lead wrote: conv.hpp, pooling.hpp, dense.hpp, activations.hpp,
// elementwise.hpp. Each case runs in the TFLite runtime against ONNX Runtime.

#include "onnx_to_tflite/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

namespace {
Value* weights(ModelBuilder& b, const std::string& name, std::vector<int64_t> dims) {
    int64_t n = 1;
    for (int64_t d : dims) n *= d;
    std::vector<float> w(static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < w.size(); ++i) w[i] = 0.25f * std::cos(0.37f * static_cast<float>(i));
    return b.constant(name, floats(std::move(dims), w));
}
} // namespace

TEST_CASE("Conv with stride, dilation and asymmetric pads becomes PAD + CONV_2D") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 11, 9}));
    b.output(b.node("Conv", {x, weights(b, "w", {5, 3, 3, 3}), weights(b, "bias", {5})},
                    {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("strides", {2, 1}),
                     Attribute::of_ints("dilations", {1, 2}), Attribute::of_ints("pads", {0, 2, 1, 1})}));
    auto c = check_converts_and_matches(b, "conv_asym");
    CHECK(count_ops(*c.tflite, "PAD") == 1);
    CHECK(count_ops(*c.tflite, "CONV_2D") == 1);
}

TEST_CASE("Conv with SAME-like pads needs no PAD") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 8, 8}));
    b.output(b.node("Conv", {x, weights(b, "w", {4, 3, 3, 3})}, {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("pads", {1, 1, 1, 1})}));
    auto c = check_converts_and_matches(b, "conv_same");
    CHECK(count_ops(*c.tflite, "PAD") == 0);
}

TEST_CASE("depthwise Conv with a channel multiplier becomes DEPTHWISE_CONV_2D") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4, 7, 7}));
    b.output(b.node("Conv", {x, weights(b, "w", {8, 1, 3, 3}), weights(b, "bias", {8})},
                    {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_int("group", 4), Attribute::of_ints("pads", {1, 1, 1, 1})}));
    auto c = check_converts_and_matches(b, "depthwise");
    CHECK(count_ops(*c.tflite, "DEPTHWISE_CONV_2D") == 1);
}

TEST_CASE("ConvTranspose with stride and pads becomes TRANSPOSE_CONV, SLICE and a bias ADD") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4, 5, 5}));
    b.output(b.node("ConvTranspose", {x, weights(b, "w", {4, 3, 3, 3}), weights(b, "bias", {3})},
                    {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("strides", {2, 2}), Attribute::of_ints("pads", {1, 1, 1, 1})}));
    auto c = check_converts_and_matches(b, "conv_transpose");
    CHECK(count_ops(*c.tflite, "TRANSPOSE_CONV") == 1);
}

TEST_CASE("Gemm with transB, alpha and beta becomes FULLY_CONNECTED with scaled weights") {
    ModelBuilder b;
    Value* x = b.input("x", f32({2, 6}));
    b.output(b.node("Gemm", {x, weights(b, "w", {4, 6}), weights(b, "c", {4})},
                    {Attribute::of_int("transB", 1), Attribute::of_float("alpha", 0.5), Attribute::of_float("beta", 2.0)}));
    auto c = check_converts_and_matches(b, "gemm");
    CHECK(count_ops(*c.tflite, "FULLY_CONNECTED") == 1);
}

TEST_CASE("MatMul of a rank-3 input by constant weights keeps its rank; by a computed matrix it is BATCH_MATMUL") {
    ModelBuilder b;
    Value* x = b.input("x", f32({2, 3, 5}));
    Value* y = b.node("MatMul", {x, weights(b, "w", {5, 4})});
    Value* yt = b.node("Transpose", {y}, {Attribute::of_ints("perm", {0, 2, 1})});
    b.output(b.node("MatMul", {y, yt}));
    auto c = check_converts_and_matches(b, "matmul");
    CHECK(count_ops(*c.tflite, "FULLY_CONNECTED") == 1);
    CHECK(count_ops(*c.tflite, "BATCH_MATMUL") == 1);
}

TEST_CASE("a standalone BatchNormalization is a MUL and an ADD along the held channel axis") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 5, 5}));
    Value* r = b.node("Relu", {b.conv(x, 3, 4)});
    b.output(b.node("BatchNormalization", {r, weights(b, "g", {4}), weights(b, "be", {4}), weights(b, "m", {4}),
                                           b.constant("v", floats({4}, {1.f, 2.f, 3.f, 4.f}))}));
    auto c = check_converts_and_matches(b, "batchnorm");
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("a BatchNormalization without one statistic per channel, or a Conv whose filter does not fit the input's channels, is refused (fuzz finding)") {
    {
        ModelBuilder b;
        Value* r = b.node("Relu", {b.conv(b.input("x", f32({1, 3, 5, 5})), 3, 4)});
        b.output(b.node("BatchNormalization", {r, weights(b, "g", {4}), weights(b, "be", {4}), weights(b, "m", {3}), weights(b, "v", {4})}));
        Diagnostic d = refusal(b, "batchnorm_sizes");
        CHECK(d.field == "input 3");
        CHECK_THAT(d.message, Catch::Contains("3 values for 4 channels"));
    }
    {
        ModelBuilder b;
        b.output(b.node("Conv", {b.input("x", f32({1, 3, 5, 5})), weights(b, "w", {4, 2, 3, 3})}));
        Diagnostic d = refusal(b, "conv_channels");
        CHECK(d.field == "input 1 (W)");
        CHECK_THAT(d.message, Catch::Contains("the input has 3"));
    }
}

TEST_CASE("pools: MaxPool with pads and ceil_mode, AveragePool with and without counting the padding") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 9, 9}));
    Value* m = b.node("MaxPool", {x}, {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("strides", {2, 2}),
                                       Attribute::of_ints("pads", {1, 0, 0, 1}), Attribute::of_int("ceil_mode", 1)});
    Value* a = b.node("AveragePool", {x}, {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("pads", {1, 1, 1, 1}),
                                           Attribute::of_int("count_include_pad", 1)});
    Value* a2 = b.node("AveragePool", {x}, {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("pads", {1, 1, 1, 1})});
    b.output(m);
    b.output(a);
    b.output(a2);
    b.output(b.node("GlobalMaxPool", {x}));
    check_converts_and_matches(b, "pools");
}

TEST_CASE("window attributes the spec does not allow are refused, naming the attribute (fuzz findings)") {
    struct Case {
        std::string op, field;
        std::vector<Attribute> attributes;
    };
    std::vector<Case> cases{
        {"MaxPool", "kernel_shape", {Attribute::of_ints("kernel_shape", {3})}},
        {"AveragePool", "kernel_shape", {}},
        {"AveragePool", "strides", {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("strides", {0, 1})}},
        {"MaxPool", "pads", {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("pads", {1, 1, -1, 1})}},
        {"Conv", "pads", {Attribute::of_ints("pads", {1, 1, 1})}},
        {"Conv", "dilations", {Attribute::of_ints("dilations", {1, 1, 1})}},
        {"Conv", "group", {Attribute::of_int("group", 0)}},
    };
    for (auto& k : cases) {
        INFO(k.op << ", " << k.field);
        ModelBuilder b;
        Value* x = b.input("x", f32({1, 3, 8, 8}));
        std::vector<Value*> inputs{x};
        if (k.op == "Conv") inputs.push_back(weights(b, "w", {4, 3, 3, 3}));
        b.output(b.node(k.op, inputs, k.attributes));
        CHECK(refusal(b, "bad_window").field == k.field);
    }
}

TEST_CASE("activations: LeakyRelu, PRelu, HardSigmoid, Elu, Softplus, Tanh, general Clip") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 4, 4}));
    Value* y = b.conv(x, 3, 4);
    b.output(b.node("LeakyRelu", {y}, {Attribute::of_float("alpha", 0.2)}));
    b.output(b.node("PRelu", {y, b.constant("slope", floats({4, 1, 1}, {0.1f, 0.2f, 0.3f, 0.4f}))}));
    b.output(b.node("HardSigmoid", {y}, {Attribute::of_float("alpha", 0.3), Attribute::of_float("beta", 0.4)}));
    b.output(b.node("Elu", {y}));
    b.output(b.node("Softplus", {y}));
    b.output(b.node("Tanh", {y}));
    b.output(b.node("Clip", {y, b.constant("lo", floats({}, {-0.5f})), b.constant("hi", floats({}, {0.7f}))}));
    auto c = check_converts_and_matches(b, "activations");
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("elementwise: Pow by 2 and 0.5, three-way Max, Where on a comparison, broadcast constants in NHWC") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 4, 4}));
    Value* y = b.conv(x, 3, 4);
    Value* sq = b.node("Pow", {y, b.constant("two", floats({}, {2.f}))});
    Value* rt = b.node("Pow", {sq, b.constant("half", floats({}, {0.5f}))});
    Value* mx = b.node("Max", {y, rt, b.constant("floor", floats({4, 1, 1}, {0.f, 0.1f, 0.2f, 0.3f}))});
    Value* cond = b.node("Greater", {y, b.constant("zero", floats({1}, {0.f}))});
    b.output(b.node("Where", {cond, mx, b.node("Neg", {y})}));
    auto c = check_converts_and_matches(b, "elementwise");
    CHECK(transposes_inside(*c.tflite) == 0);
    CHECK(count_ops(*c.tflite, "POW") == 0);
}
