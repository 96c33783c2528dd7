// The layout mechanism and the rewrites around lowering (rules/opbridge/rules/onnx_to_tflite/
// convert.hpp, fold_into_conv.hpp, fusions.hpp; pass/lower.hpp): what a converted graph
// contains, checked in the TFLite runtime against ONNX Runtime.

#include "onnx_to_tflite/harness.hpp"
#include "opbridge/report.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

TEST_CASE("a chain of convolutions, activations and adds keeps NHWC inside: one TRANSPOSE per boundary") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 12, 12}));
    Value* y = b.node("Relu", {b.conv(x, 3, 4)});
    Value* z = b.node("Add", {b.conv(y, 4, 4), y});
    b.output(b.node("Sigmoid", {z}));
    auto c = check_converts_and_matches(b, "chain");
    CHECK(transposes_inside(*c.tflite) == 0);
    CHECK(count_ops(*c.tflite, "TRANSPOSE") == 2);  // NCHW in, NCHW out
}

TEST_CASE("--nhwc-io leaves no TRANSPOSE at all and declares NHWC inputs and outputs") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 8, 10}));
    b.output(b.node("Relu", {b.conv(x, 3, 5)}));
    rules::onnx_to_tflite::Options options;
    options.nhwc_io = true;
    auto c = convert(b, "nhwc_io", options);
    REQUIRE(c.tflite);
    CHECK(count_ops(*c.tflite, "TRANSPOSE") == 0);
    CHECK(*static_dims(*c.tflite->graph->inputs[0]->type.shape) == std::vector<int64_t>{1, 8, 10, 3});
    CHECK(*static_dims(*c.tflite->graph->outputs[0]->type.shape) == std::vector<int64_t>{1, 8, 10, 5});
}

TEST_CASE("ONNX Transposes change how a value is held: a pair cancels and emits nothing") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4, 6, 6}));
    Value* y = b.conv(x, 4, 4);
    Value* t = b.node("Transpose", {y}, {Attribute::of_ints("perm", {0, 2, 3, 1})});
    Value* e = b.node("Exp", {t});
    Value* back = b.node("Transpose", {e}, {Attribute::of_ints("perm", {0, 3, 1, 2})});
    b.output(b.conv(back, 4, 2));
    auto c = check_converts_and_matches(b, "transpose_pair");
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("a Transpose whose perm is not a permutation of the input's axes is refused, naming perm (fuzz finding)") {
    for (std::vector<int64_t> perm : {std::vector<int64_t>{0, 0, 1, 2}, {0, 1, 2, 4}, {0, 1, 2}, {-1, 0, 1, 2}}) {
        ModelBuilder b;
        b.output(b.node("Transpose", {b.input("x", f32({1, 4, 6, 6}))}, {Attribute::of_ints("perm", perm)}));
        Diagnostic d = refusal(b, "bad_perm");
        CHECK(d.field == "perm");
        CHECK_THAT(d.message, Catch::Contains("not a permutation"));
    }
}

TEST_CASE("an output shape the file declares with another rank than the op gives is refused, naming the node (fuzz finding)") {
    ModelBuilder b;
    Value* y = b.node("ArgMin", {b.conv(b.input("x", f32({1, 3, 4, 4})), 3, 2)}, {Attribute::of_int("axis", 1)});
    y->type = Type::tensor(DType::int64, shape_of({1, 4}));  // keepdims: the op gives [1, 1, 4, 4]
    b.output(y);
    Diagnostic d = refusal(b, "declared_rank");
    CHECK(d.code == "lower.shape");
    CHECK(d.node == "ArgMin_1");
    CHECK_THAT(d.message, Catch::Contains("rank 2") && Catch::Contains("rank 4"));
}

TEST_CASE("a channel shuffle (Reshape, Transpose of the groups, Reshape) becomes one GATHER along the channels") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 8, 5, 5}));
    Value* y = b.conv(x, 8, 8);
    Value* r = b.node("Reshape", {y, b.constant("groups", int64s({1, 2, 4, 5, 5}))});
    Value* t = b.node("Transpose", {r}, {Attribute::of_ints("perm", {0, 2, 1, 3, 4})});
    Value* s = b.node("Reshape", {t, b.constant("merged", int64s({1, 8, 5, 5}))});
    b.output(b.conv(s, 8, 3));
    auto c = check_converts_and_matches(b, "shuffle");
    CHECK(transposes_inside(*c.tflite) == 0);  // the shuffle is one GATHER
    CHECK(count_ops(*c.tflite, "GATHER") == 1);
}

TEST_CASE("Flatten after a global pool reshapes the NHWC tensor without a TRANSPOSE") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 8, 8}));
    Value* p = b.node("GlobalAveragePool", {b.conv(x, 3, 6)});
    b.output(b.node("Flatten", {p}, {Attribute::of_int("axis", 1)}));
    auto c = check_converts_and_matches(b, "flatten");
    CHECK(count_ops(*c.tflite, "TRANSPOSE") == 1);  // only the input's
}

TEST_CASE("BatchNormalization and per-channel Mul/Add after a Conv fold into its weights") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 7, 7}));
    Value* y = b.conv(x, 3, 4);
    Value* bn = b.node("BatchNormalization",
                       {y, b.constant("gamma", floats({4}, {1.5f, 0.5f, -1.f, 2.f})), b.constant("beta", floats({4}, {0.1f, 0.2f, 0.3f, 0.4f})),
                        b.constant("mean", floats({4}, {0.f, 1.f, -1.f, 0.5f})), b.constant("var", floats({4}, {1.f, 2.f, 0.5f, 4.f}))},
                       {Attribute::of_float("epsilon", 1e-5)});
    Value* m = b.node("Mul", {bn, b.constant("scale", floats({4, 1, 1}, {2.f, 3.f, 4.f, 5.f}))});
    b.output(b.node("Add", {m, b.constant("shift", floats({1, 4, 1, 1}, {1.f, -1.f, 0.5f, 0.f}))}));
    auto c = check_converts_and_matches(b, "fold_bn");
    CHECK(count_ops(*c.tflite, "CONV_2D") == 1);
    CHECK(count_ops(*c.tflite, "MUL") == 0);
    CHECK(count_ops(*c.tflite, "ADD") == 0);
}

TEST_CASE("an activation after a convolution becomes its fused activation") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 3, 6, 6}));
    Value* y = b.node("Clip", {b.conv(x, 3, 4), b.constant("lo", floats({}, {0.f})), b.constant("hi", floats({}, {6.f}))});
    b.output(b.node("Relu", {b.conv(y, 4, 4)}));
    auto c = check_converts_and_matches(b, "fused");
    CHECK(count_ops(*c.tflite, "RELU6") == 0);
    CHECK(count_ops(*c.tflite, "RELU") == 0);
    int relu6 = 0, relu = 0;
    for (const Node* n : c.tflite->graph->nodes())
        if (const Attribute* a = n->attribute("fused_activation_function")) {
            relu6 += *a->get_if<std::string>() == "RELU6";
            relu += *a->get_if<std::string>() == "RELU";
        }
    CHECK(relu6 == 1);
    CHECK(relu == 1);
}

TEST_CASE("--fp16 stores weights as float16 with DEQUANTIZE and stays close") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4, 6, 6}));
    b.output(b.conv(b.conv(x, 4, 8), 8, 4));
    rules::onnx_to_tflite::Options options;
    options.fp16_weights = true;
    auto c = convert(b, "fp16", options);
    REQUIRE(c.tflite);
    CHECK(count_ops(*c.tflite, "DEQUANTIZE") == 2);
    int half = 0;
    for (const Value* v : c.tflite->graph->initializers) half += v->initializer->dtype == DType::float16;
    CHECK(half == 2);
    testing::OnnxRuntime ort;
    testing::TfliteRuntime tflite;
    auto d = ort.describe(c.onnx_path);
    REQUIRE(d.ok);
    auto inputs = testing::seeded_inputs(d.inputs, 3);
    auto e = ort.run(c.onnx_path, inputs);
    auto a = tflite.run(c.tflite_path, inputs);
    INFO(a.error);
    REQUIRE((e.ok && a.ok));
    auto cmp = testing::compare(e.outputs[0], a.outputs[0], {0.0, 2e-3 * max_abs(e.outputs[0])});
    INFO(cmp.summary());
    CHECK(cmp.passed());
}

TEST_CASE("every node that cannot be converted is listed in one report, each with the reason and the fix") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4, 6, 6}));
    Value* y = b.conv(x, 4, 4);
    Value* e = b.node("Erf", {y});
    Value* h = b.node("Hardmax", {e});
    Value* w = b.constant("grouped_w", floats({4, 2, 1, 1}, std::vector<float>(8, 0.5f)));
    b.output(b.node("Conv", {h, w}, {Attribute::of_int("group", 2), Attribute::of_ints("kernel_shape", {1, 1})}));
    auto c = convert(b, "unsupported");
    REQUIRE_FALSE(c.tflite);
    REQUIRE(c.diags.error_count() == 2);  // Erf and Hardmax, before anything is lowered
    std::string text = to_text(c.diags);
    CHECK_THAT(text, Catch::Contains("Erf_1") && Catch::Contains("TFLite has no erf builtin") && Catch::Contains("Hardmax_2") &&
                         Catch::Contains("no rule converts this op to tflite") && Catch::Contains("opbridge cut"));
}

TEST_CASE("a node whose attributes TFLite cannot express is refused with the attribute named") {
    ModelBuilder b;
    Value* x = b.input("x", f32({1, 4, 6, 6}));
    Value* w = b.constant("grouped_w", floats({4, 2, 1, 1}, std::vector<float>(8, 0.5f)));
    b.output(b.node("Conv", {x, w}, {Attribute::of_int("group", 2), Attribute::of_ints("kernel_shape", {1, 1})}));
    Diagnostic d = refusal(b, "grouped");
    CHECK(d.node == "Conv_0");
    CHECK(d.field == "group");
    CHECK_THAT(d.message, Catch::Contains("2 groups"));
    CHECK_FALSE(d.hint.empty());
}

TEST_CASE("a dynamic input is refused with the fix, and --input-shape fixes it") {
    auto build = [](ModelBuilder& b) {
        Value* x = b.input("x", Type::tensor(DType::float32, Shape{Dim::symbolic("batch"), Dim::known(3), Dim::known(6), Dim::known(6)}));
        b.output(b.node("Relu", {b.conv(x, 3, 2)}));
    };
    ModelBuilder refused;
    build(refused);
    auto c = convert(refused, "dynamic");
    REQUIRE_FALSE(c.tflite);
    CHECK_THAT(c.first_error(), Catch::Contains("input 'x'") && Catch::Contains("--input-shape x="));

    ModelBuilder fixed;
    build(fixed);
    rules::onnx_to_tflite::Options options;
    options.input_shapes["x"] = {2, 3, 6, 6};
    auto d = convert(fixed, "dynamic_fixed", options);
    INFO(d.first_error());
    REQUIRE(d.tflite);
    CHECK(*static_dims(*d.tflite->graph->inputs[0]->type.shape) == std::vector<int64_t>{2, 3, 6, 6});
}
