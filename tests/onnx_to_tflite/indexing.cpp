// rules/opbridge/rules/onnx_to_tflite/indexing.hpp: Slice, Split, Gather, GatherND, Pad, Tile
// and Expand, each run in TensorFlow Lite against ONNX Runtime. A Conv in front makes the op
// see an NHWC-held input, so its axes, pads and repeats must be mapped through the layout.

#include <climits>

#include "onnx_to_tflite/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

TEST_CASE("Slice on channels between two convolutions needs no Transpose") {
    ModelBuilder b;
    Value* y = conv_input(b, 6);
    Value* s = b.node("Slice", {y, b.constant("starts", int64s({1})), b.constant("ends", int64s({4})), b.constant("axes", int64s({1}))});
    b.output(b.conv(s, 3, 4));
    auto c = check_converts_and_matches(b, "slice-channels");
    CHECK(count_ops(*c.tflite, "STRIDED_SLICE") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Slice with negative steps and open ends on spatial axes uses end_mask") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    Value* s = b.node("Slice", {y, b.constant("starts", int64s({-1, 0})), b.constant("ends", int64s({INT64_MIN, INT64_MAX})),
                                b.constant("axes", int64s({2, -1})), b.constant("steps", int64s({-2, 2}))});
    b.output(s);
    auto c = check_converts_and_matches(b, "slice-negative-steps");
    CHECK(count_ops(*c.tflite, "STRIDED_SLICE") == 1);
}

TEST_CASE("Slice that keeps everything emits nothing") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Slice", {y, b.constant("starts", int64s({0})), b.constant("ends", int64s({INT64_MAX})), b.constant("axes", int64s({1}))}));
    auto c = check_converts_and_matches(b, "slice-everything");
    CHECK(count_ops(*c.tflite, "STRIDED_SLICE") == 0);
}

TEST_CASE("Split into equal channel groups becomes SPLIT on the held channel axis") {
    ModelBuilder b;
    Value* y = conv_input(b, 6);
    auto parts = b.nodes("Split", {y}, {Attribute::of_int("axis", 1)}, 2);
    b.output(b.conv(parts[0], 3, 2));
    b.output(b.conv(parts[1], 3, 2));
    auto c = check_converts_and_matches(b, "split-equal");
    CHECK(count_ops(*c.tflite, "SPLIT") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Split with unequal constant sizes becomes SPLIT_V") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    auto parts = b.nodes("Split", {y, b.constant("split", int64s({2, 4}))}, {Attribute::of_int("axis", -2)}, 2);
    b.output(parts[0]);
    b.output(parts[1]);
    auto c = check_converts_and_matches(b, "split-unequal");
    CHECK(count_ops(*c.tflite, "SPLIT_V") == 1);
}

TEST_CASE("Gather of one channel with a scalar index drops the axis from the layout") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    Value* g = b.node("Gather", {y, b.constant("index", int64s({}, {2}))}, {Attribute::of_int("axis", 1)});
    // [1, 6, 5]: a Unsqueeze back to rank 4 and a Conv read the result in its held layout.
    Value* u = b.node("Unsqueeze", {g, b.constant("unsqueeze_axes", int64s({1}))});
    b.output(b.conv(u, 1, 2));
    auto c = check_converts_and_matches(b, "gather-scalar");
    CHECK(count_ops(*c.tflite, "GATHER") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Gather of a spatial row with a scalar index matches") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Gather", {y, b.constant("index", int64s({}, {-2}))}, {Attribute::of_int("axis", 2)}));
    check_converts_and_matches(b, "gather-scalar-row");
}

TEST_CASE("Gather with constant int64 indices (negative ones too) reorders channels as int32") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    Value* g = b.node("Gather", {y, b.constant("indices", int64s({3, 0, -1}))}, {Attribute::of_int("axis", 1)});
    b.output(b.conv(g, 3, 2));
    auto c = check_converts_and_matches(b, "gather-indices");
    CHECK(transposes_inside(*c.tflite) == 0);
    for (const Node* n : c.tflite->graph->nodes())
        if (n->op.type == "GATHER") CHECK(n->inputs[1]->type.elem_type == DType::int32);
}

TEST_CASE("Gather with computed 2-D indices replaces the axis by the indices' axes") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    Value* indices = b.input("indices", Type::tensor(DType::int64, shape_of({2, 3})));
    b.output(b.node("Gather", {y, indices}, {Attribute::of_int("axis", 3)}));
    testing::SeedOptions seed;
    seed.int_high = 5;  // W is 5
    check_converts_and_matches(b, "gather-runtime", seed);
}

TEST_CASE("GatherND with constant index tuples becomes GATHER_ND") {
    ModelBuilder b;
    Value* x = b.input("x", f32({2, 3, 4}));
    b.output(b.node("GatherND", {x, b.constant("indices", int64s({3, 2}, {0, 1, 1, -1, 1, 0}))}));
    auto c = check_converts_and_matches(b, "gather-nd");
    CHECK(count_ops(*c.tflite, "GATHER_ND") == 1);
}

TEST_CASE("Pad with zeros on spatial axes after a Conv becomes PAD in the held layout") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    Value* p = b.node("Pad", {y, b.constant("pads", int64s({0, 0, 1, 2, 0, 0, 3, 0}))});
    b.output(b.conv(p, 4, 2));
    auto c = check_converts_and_matches(b, "pad-zeros");
    CHECK(count_ops(*c.tflite, "PAD") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Pad with a non-zero value becomes PADV2") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Pad", {y, b.constant("pads", int64s({0, 1, 0, 2, 0, 0, 1, 0})), b.constant("value", floats({}, {0.5f}))}));
    auto c = check_converts_and_matches(b, "pad-value");
    CHECK(count_ops(*c.tflite, "PADV2") == 1);
}

TEST_CASE("Pad mode reflect becomes MIRROR_PAD REFLECT") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Pad", {y, b.constant("pads", int64s({0, 0, 2, 1, 0, 0, 1, 3}))}, {Attribute::of_string("mode", "reflect")}));
    auto c = check_converts_and_matches(b, "pad-reflect");
    CHECK(count_ops(*c.tflite, "MIRROR_PAD") == 1);
}

TEST_CASE("Pad with negative pads crops with a SLICE after padding") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Pad", {y, b.constant("pads", int64s({0, -1, 2, -1, 0, 0, -2, 1}))}));
    auto c = check_converts_and_matches(b, "pad-negative");
    CHECK(count_ops(*c.tflite, "PAD") == 1);
    CHECK(count_ops(*c.tflite, "SLICE") == 1);
}

TEST_CASE("Pad mode edge is refused, naming the node and what to do") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Pad", {y, b.constant("pads", int64s({0, 0, 1, 1, 0, 0, 1, 1}))}, {Attribute::of_string("mode", "edge")}));
    auto d = refusal(b, "pad-edge");
    CHECK(d.node == "Pad_1");
    CHECK(d.field == "mode");
    CHECK(d.message.find("edge") != std::string::npos);
    CHECK(d.hint.find("reflect") != std::string::npos);
}

TEST_CASE("Tile repeats are permuted into the held layout") {
    ModelBuilder b;
    Value* y = conv_input(b, 2);
    Value* t = b.node("Tile", {y, b.constant("repeats", int64s({1, 2, 1, 3}))});
    b.output(b.conv(t, 4, 2));
    auto c = check_converts_and_matches(b, "tile");
    CHECK(count_ops(*c.tflite, "TILE") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Expand to the same rank becomes BROADCAST_TO in the held layout") {
    ModelBuilder b;
    // [1, 3, 1, 5] -> Conv (pads 1: H 1) -> [1, 4, 1, 5] -> Expand -> [2, 4, 3, 5]
    Value* y = b.conv(b.input("x", f32({1, 3, 1, 5})), 3, 4);
    Value* e = b.node("Expand", {y, b.constant("shape", int64s({2, 1, 3, 1}))});
    b.output(b.conv(e, 4, 2));
    auto c = check_converts_and_matches(b, "expand");
    CHECK(count_ops(*c.tflite, "BROADCAST_TO") == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

TEST_CASE("Expand to a higher rank puts the new axes in front of the held layout") {
    ModelBuilder b;
    Value* y = b.conv(b.input("x", f32({1, 3, 1, 5})), 3, 4);
    b.output(b.node("Expand", {y, b.constant("shape", int64s({2, 1, 1, 3, 5}))}));
    auto c = check_converts_and_matches(b, "expand-rank");
    CHECK(count_ops(*c.tflite, "BROADCAST_TO") == 1);
}

TEST_CASE("Expand that changes nothing emits nothing") {
    ModelBuilder b;
    Value* y = conv_input(b, 4);
    b.output(b.node("Expand", {y, b.constant("shape", int64s({1, 1, 6, 1}))}));
    auto c = check_converts_and_matches(b, "expand-noop");
    CHECK(count_ops(*c.tflite, "BROADCAST_TO") == 0);
}
