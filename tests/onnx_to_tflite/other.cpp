// rules/opbridge/rules/onnx_to_tflite/other.hpp: Cast, TopK, ArgMax/ArgMin, run in TensorFlow
// Lite against ONNX Runtime, and NonMaxSuppression refused with the workaround.

#include "onnx_to_tflite/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

namespace {

Value* scaled(ModelBuilder& b, Value* x, float factor) {
    return b.node("Mul", {x, b.constant("factor" + std::to_string(b.graph().nodes().size()), floats({}, {factor}))});
}

} // namespace

TEST_CASE("Cast to int64 and back to float becomes two CASTs, held NHWC throughout") {
    ModelBuilder b;
    Value* i = b.node("Cast", {scaled(b, conv_input(b, 4), 10.f)}, {Attribute::of_int("to", static_cast<int64_t>(DType::int64))});
    b.output(i);
    Value* f = b.node("Cast", {i}, {Attribute::of_int("to", static_cast<int64_t>(DType::float32))});
    b.output(b.conv(f, 4, 2));
    auto c = check_converts_and_matches(b, "cast-int64");
    CHECK(count_ops(*c.tflite, "CAST") == 2);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("TopK over channels after a Conv is TOPK_V2 on the held last axis with int64 indices") {
    ModelBuilder b;
    auto outs = b.nodes("TopK", {conv_input(b, 6), b.constant("k", int64s({3}))}, {Attribute::of_int("axis", 1)}, 2);
    b.output(outs[0]);
    b.output(outs[1]);
    auto c = check_converts_and_matches(b, "topk-channels");
    CHECK(count_ops(*c.tflite, "TOPK_V2") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("TopK over another axis, smallest first, holds that axis last and negates") {
    ModelBuilder b;
    auto outs = b.nodes("TopK", {conv_input(b, 4), b.constant("k", int64s({2}))},
                        {Attribute::of_int("axis", 2), Attribute::of_int("largest", 0)}, 2);
    b.output(outs[0]);
    b.output(outs[1]);
    auto c = check_converts_and_matches(b, "topk-smallest-height");
    CHECK(count_ops(*c.tflite, "TOPK_V2") == 1);
    CHECK(count_ops(*c.tflite, "NEG") == 2);
}

TEST_CASE("ArgMax over channels with keepdims is ARG_MAX plus a RESHAPE, no Transpose inside") {
    ModelBuilder b;
    b.output(b.node("ArgMax", {conv_input(b, 5)}, {Attribute::of_int("axis", 1), Attribute::of_int("keepdims", 1)}));
    auto c = check_converts_and_matches(b, "argmax-keepdims");
    CHECK(count_ops(*c.tflite, "ARG_MAX") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("ArgMin over a spatial axis without keepdims is ARG_MIN on the held axis") {
    ModelBuilder b;
    b.output(b.node("ArgMin", {conv_input(b, 4)}, {Attribute::of_int("axis", -2), Attribute::of_int("keepdims", 0)}));
    auto c = check_converts_and_matches(b, "argmin-height");
    CHECK(count_ops(*c.tflite, "ARG_MIN") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("ArgMax with select_last_index=1 is refused, naming the attribute") {
    ModelBuilder b;
    b.output(b.node("ArgMax", {conv_input(b, 4)}, {Attribute::of_int("axis", 1), Attribute::of_int("select_last_index", 1)}));
    auto d = refusal(b, "argmax-last-index");
    CHECK(d.node == "ArgMax_1");
    CHECK(d.field == "select_last_index");
}

TEST_CASE("NonMaxSuppression is refused, naming the node and the workaround") {
    ModelBuilder b;
    Value* boxes = b.input("boxes", f32({1, 10, 4}));
    Value* scores = b.input("scores", f32({1, 1, 10}));
    b.output(b.node("NonMaxSuppression", {boxes, scores, b.constant("max_boxes", int64s({3})),
                                          b.constant("iou", floats({1}, {0.5f})), b.constant("score", floats({1}, {0.1f}))}));
    auto d = refusal(b, "nms");
    CHECK(d.node == "NonMaxSuppression_0");
    CHECK(d.message.find("NON_MAX_SUPPRESSION_V4") != std::string::npos);
    CHECK(d.message.find("opbridge cut") != std::string::npos);
}

TEST_CASE("Graph outputs declared without a shape get the inferred one, so the TFLite output has its rank") {
    ModelBuilder b;
    Value* y = b.node("Relu", {b.input("x", f32({1, 3, 6, 5}))});
    y->type = Type::tensor(DType::float32, std::nullopt);  // as helper.make_tensor_value_info(name, FLOAT, None) declares it
    b.output(y);
    auto c = check_converts_and_matches(b, "shapeless-output");
    const Value* out = c.tflite->graph->outputs.at(0);
    REQUIRE(out->type.shape);
    CHECK(out->type.shape->size() == 4);
}

TEST_CASE("A tensor whose rank nothing gives is refused against its node, not written as a scalar, and says why") {
    ModelBuilder b;
    // An attribute Relu does not have: libonnx's checker refuses the model, so shape inference
    // types nothing, and Relu's output has no declared shape.
    Value* r = b.node("Relu", {b.input("x", f32({1, 3, 6, 5}))}, {Attribute::of_int("bogus", 1)});
    b.output(b.node("Neg", {r}));
    Conversion c = convert(b, "unranked-inner");
    REQUIRE_FALSE(c.tflite);
    INFO(to_text(c.diags));
    const Diagnostic *shape_error = nullptr, *why = nullptr;
    for (const Diagnostic& d : c.diags.items()) {
        if (d.code == "lower.shape") shape_error = &d;
        if (d.code == "convert.shapes") why = &d;
    }
    REQUIRE(shape_error);
    CHECK(shape_error->node == "Relu_0");
    CHECK(shape_error->field == "output 0 ('Relu_0_out0')");
    CHECK(shape_error->hint.find("value_info") != std::string::npos);
    REQUIRE(why);
    CHECK(why->severity == Severity::warning);
    CHECK(why->message.find("bogus") != std::string::npos);
    CHECK(c.diags.error_count() == 1);  // Neg, which reads it, is not reported too
}
