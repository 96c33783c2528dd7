// rules/opbridge/rules/onnx_to_tflite/reductions.hpp: ReduceMean/Sum/Max/Min/Prod, Softmax,
// LogSoftmax and LayerNormalization, run in TensorFlow Lite against ONNX Runtime. A Conv in
// front holds the input NHWC, so the axes must be mapped through the layout, and the counts
// of TRANSPOSE show that no data is moved to do it.

#include "onnx_to_tflite/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

TEST_CASE("ReduceMean over channels with keepdims feeds a Conv with no Transpose") {
    ModelBuilder b;
    Value* m = b.node("ReduceMean", {conv_input(b, 4)}, {Attribute::of_ints("axes", {1}), Attribute::of_int("keepdims", 1)});
    b.output(b.conv(m, 1, 2));
    auto c = check_converts_and_matches(b, "reduce-mean-channels");
    CHECK(count_ops(*c.tflite, "MEAN") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("ReduceMean over the spatial axes without keepdims needs no Transpose inside") {
    ModelBuilder b;
    b.output(b.node("ReduceMean", {conv_input(b, 4)}, {Attribute::of_ints("axes", {2, -1}), Attribute::of_int("keepdims", 0)}));
    auto c = check_converts_and_matches(b, "reduce-mean-spatial");
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("ReduceSum takes its axes from input 1 and drops them from the held layout") {
    ModelBuilder b;
    Value* s = b.node("ReduceSum", {conv_input(b, 4), b.constant("axes", int64s({1}))}, {Attribute::of_int("keepdims", 0)});
    b.output(s);
    auto c = check_converts_and_matches(b, "reduce-sum-channels");
    CHECK(count_ops(*c.tflite, "SUM") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("ReduceSum over a spatial axis without keepdims brings the rest back to NCHW at the output") {
    ModelBuilder b;
    b.output(b.node("ReduceSum", {conv_input(b, 4), b.constant("axes", int64s({2}))}, {Attribute::of_int("keepdims", 0)}));
    auto c = check_converts_and_matches(b, "reduce-sum-height");
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("ReduceSum with no axes reduces everything, or nothing with noop_with_empty_axes") {
    {
        ModelBuilder b;
        b.output(b.node("ReduceSum", {conv_input(b, 4)}, {Attribute::of_int("keepdims", 0)}));
        auto c = check_converts_and_matches(b, "reduce-sum-all");
        CHECK(count_ops(*c.tflite, "SUM") == 1);
    }
    {
        ModelBuilder b;
        b.output(b.node("ReduceSum", {conv_input(b, 4)}, {Attribute::of_int("noop_with_empty_axes", 1)}));
        auto c = check_converts_and_matches(b, "reduce-sum-noop");
        CHECK(count_ops(*c.tflite, "SUM") == 0);
    }
}

TEST_CASE("ReduceMax, ReduceMin and ReduceProd become REDUCE_MAX, REDUCE_MIN and REDUCE_PROD") {
    for (auto [op, target] : {std::pair{"ReduceMax", "REDUCE_MAX"}, {"ReduceMin", "REDUCE_MIN"}, {"ReduceProd", "REDUCE_PROD"}}) {
        INFO(op);
        ModelBuilder b;
        b.output(b.node(op, {conv_input(b, 4)}, {Attribute::of_ints("axes", {1, 3}), Attribute::of_int("keepdims", 1)}));
        auto c = check_converts_and_matches(b, std::string("reduce-") + op);
        CHECK(count_ops(*c.tflite, target) == 1);
    }
}

TEST_CASE("Softmax over channels after a Conv is SOFTMAX on the held last axis, no Transpose") {
    ModelBuilder b;
    Value* s = b.node("Softmax", {conv_input(b, 4)}, {Attribute::of_int("axis", 1)});
    b.output(b.conv(s, 4, 2));
    auto c = check_converts_and_matches(b, "softmax-channels");
    CHECK(count_ops(*c.tflite, "SOFTMAX") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Softmax over another axis holds the input with that axis last (one Transpose)") {
    ModelBuilder b;
    Value* s = b.node("Softmax", {conv_input(b, 4)}, {Attribute::of_int("axis", 2)});
    b.output(s);
    auto c = check_converts_and_matches(b, "softmax-height");
    CHECK(count_ops(*c.tflite, "SOFTMAX") == 1);
    CHECK(transposes_inside(*c.tflite) == 1);
}

TEST_CASE("Softmax and LogSoftmax on the last axis of a plain input emit no Transpose") {
    for (auto [op, target] : {std::pair{"Softmax", "SOFTMAX"}, {"LogSoftmax", "LOG_SOFTMAX"}}) {
        INFO(op);
        ModelBuilder b;
        b.output(b.node(op, {b.input("x", f32({2, 5, 7}))}, {Attribute::of_int("axis", -1)}));
        auto c = check_converts_and_matches(b, std::string("softmax-plain-") + op);
        CHECK(count_ops(*c.tflite, target) == 1);
        CHECK(count_ops(*c.tflite, "TRANSPOSE") == 0);
    }
}

TEST_CASE("LogSoftmax over channels after a Conv is LOG_SOFTMAX with no Transpose inside") {
    ModelBuilder b;
    b.output(b.node("LogSoftmax", {conv_input(b, 4)}, {Attribute::of_int("axis", 1)}));
    auto c = check_converts_and_matches(b, "log-softmax-channels");
    CHECK(count_ops(*c.tflite, "LOG_SOFTMAX") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("LayerNormalization over the last axis decomposes into MEAN, RSQRT and friends") {
    ModelBuilder b;
    std::vector<float> scale(8), bias(8);
    for (std::size_t i = 0; i < 8; ++i) scale[i] = 0.5f + 0.1f * static_cast<float>(i), bias[i] = 0.05f * static_cast<float>(i);
    b.output(b.node("LayerNormalization",
                    {b.input("x", f32({2, 5, 8})), b.constant("scale", floats({8}, scale)), b.constant("bias", floats({8}, bias))},
                    {Attribute::of_int("axis", -1), Attribute::of_float("epsilon", 1e-5)}));
    auto c = check_converts_and_matches(b, "layer-norm-last");
    CHECK(count_ops(*c.tflite, "MEAN") == 2);
    CHECK(count_ops(*c.tflite, "RSQRT") == 1);
}

TEST_CASE("LayerNormalization over C, H, W after a Conv maps the axes and the scale through NHWC") {
    ModelBuilder b;
    std::vector<float> scale(4 * 6 * 5), bias(4 * 6 * 5);
    for (std::size_t i = 0; i < scale.size(); ++i) scale[i] = 1.f + 0.01f * static_cast<float>(i), bias[i] = 0.02f * static_cast<float>(i % 7);
    Value* n = b.node("LayerNormalization",
                      {conv_input(b, 4), b.constant("scale", floats({4, 6, 5}, scale)), b.constant("bias", floats({4, 6, 5}, bias))},
                      {Attribute::of_int("axis", 1)});
    b.output(b.conv(n, 4, 2));
    auto c = check_converts_and_matches(b, "layer-norm-chw");
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("LayerNormalization without bias, with its Mean and InvStdDev outputs") {
    ModelBuilder b;
    std::vector<float> scale{1.f, 0.5f, 2.f, -1.f, 0.25f};
    auto outs = b.nodes("LayerNormalization", {b.input("x", f32({3, 4, 5})), b.constant("scale", floats({5}, scale))},
                        {Attribute::of_int("axis", 2)}, 3);
    for (Value* v : outs) b.output(v);
    check_converts_and_matches(b, "layer-norm-stats");
}

TEST_CASE("an axis outside [-rank, rank) is refused naming the node and the axis, for every rule that reads one (fuzz finding)") {
    struct Case {
        std::string op;
        std::vector<Attribute> attributes;
    };
    std::vector<Case> cases{
        {"ReduceProd", {Attribute::of_ints("axes", {-5})}},
        {"ReduceMax", {Attribute::of_ints("axes", {1, 4})}},
        {"Softmax", {Attribute::of_int("axis", 4)}},
        {"LayerNormalization", {Attribute::of_int("axis", -(int64_t{1} << 40))}},
        {"ArgMax", {Attribute::of_int("axis", 7)}},
    };
    for (auto& k : cases) {
        INFO(k.op);
        ModelBuilder b;
        std::vector<Value*> inputs{conv_input(b, 4)};
        if (k.op == "LayerNormalization") inputs.push_back(b.constant("scale", floats({5}, {1.f, 1.f, 1.f, 1.f, 1.f})));
        b.output(b.node(k.op, inputs, k.attributes));
        Diagnostic d = refusal(b, "axis-outside-rank");
        CHECK(d.code == "lower.axis");
        CHECK(d.field == "axis");
        CHECK(d.op.find(k.op) == 0);
        CHECK_THAT(d.message, Catch::Contains("rank 4"));
    }
}
