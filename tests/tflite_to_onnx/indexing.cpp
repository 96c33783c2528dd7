// rules/opbridge/rules/tflite_to_onnx/indexing.hpp, run in ONNX Runtime against TFLite: pads,
// slices and repeats are mapped through the layout of their data input.

#include "tflite_to_onnx/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_onnx;

TEST_CASE("PAD, PADV2 and MIRROR_PAD on a tensor held NCHW") {
    Tensor paddings = int32s({0, 0, 1, 2, 2, 1, 0, 1}, std::vector<int64_t>{4, 2});
    for (const char* op : {"PAD", "PADV2", "MIRROR_PAD"}) {
        TfliteBuilder b;
        std::vector<Value*> ins{conv_input(b), b.constant(paddings)};
        if (std::string(op) == "PADV2") ins.push_back(b.constant(floats({}, {-0.5f})));
        std::vector<Attribute> attributes;
        if (std::string(op) == "MIRROR_PAD") attributes.push_back(Attribute::of_string("mode", "REFLECT"));
        b.output(b.conv(b.node(op, ins, attributes, f32({1, 8, 7, 5})), 5, 2));
        auto c = check_converts_and_matches(b, std::string("pad-") + op);
        CHECK(transposes_inside(*c.onnx) == 0);
    }
}

TEST_CASE("SLICE and STRIDED_SLICE with masks and a shrunk axis") {
    {
        TfliteBuilder b;
        b.output(b.node("SLICE", {conv_input(b), b.constant(int32s({0, 1, 0, 1})), b.constant(int32s({-1, 3, 2, -1}))}, {}, f32({1, 3, 2, 3})));
        check_converts_and_matches(b, "slice");
    }
    {
        TfliteBuilder b;
        b.output(b.node("STRIDED_SLICE",
                        {conv_input(b), b.constant(int32s({0, 4, 0, 1})), b.constant(int32s({1, 0, 4, 4})), b.constant(int32s({1, -2, 2, 1}))},
                        {Attribute::of_int("begin_mask", 1), Attribute::of_int("end_mask", 1)}, f32({1, 2, 2, 3})));
        check_converts_and_matches(b, "strided-slice");
    }
    {
        TfliteBuilder b;
        b.output(b.node("STRIDED_SLICE",
                        {conv_input(b), b.constant(int32s({0, 0, 0, 2})), b.constant(int32s({1, 5, 4, 3})), b.constant(int32s({1, 1, 1, 1}))},
                        {Attribute::of_int("shrink_axis_mask", 8)}, f32({1, 5, 4})));
        check_converts_and_matches(b, "strided-slice-shrink");
    }
}

TEST_CASE("TILE, REVERSE_V2 (one axis: TFLite 2.9 reverses only one) and CUMSUM map their axes") {
    {
        TfliteBuilder b;
        b.output(b.node("TILE", {conv_input(b), b.constant(int32s({1, 2, 1, 3}))}, {}, f32({1, 10, 4, 12})));
        check_converts_and_matches(b, "tile");
    }
    {
        TfliteBuilder b;
        b.output(b.node("REVERSE_V2", {conv_input(b), b.constant(int32s({3}))}, {}, f32({1, 5, 4, 4})));
        check_converts_and_matches(b, "reverse");
    }
    {
        TfliteBuilder b;
        b.output(b.node("CUMSUM", {conv_input(b), b.constant(int32s({3}, std::vector<int64_t>{}))},
                        {Attribute::of_int("exclusive", 1), Attribute::of_int("reverse", 1)}, f32({1, 5, 4, 4})));
        check_converts_and_matches(b, "cumsum");
    }
}

TEST_CASE("GATHER, GATHER_ND and TOPK_V2") {
    {
        TfliteBuilder b;
        b.output(b.node("GATHER", {b.input("x", f32({4, 6})), b.constant(int32s({3, 0, 2}))}, {Attribute::of_int("axis", 1)}, f32({4, 3})));
        check_converts_and_matches(b, "gather");
    }
    {
        TfliteBuilder b;
        b.output(b.node("GATHER_ND", {b.input("x", f32({4, 6})), b.constant(int32s({3, 1, 0, 5}, std::vector<int64_t>{2, 2}))}, {}, f32({2})));
        check_converts_and_matches(b, "gather-nd");
    }
    {
        TfliteBuilder b;
        auto outs = b.nodes("TOPK_V2", {b.input("x", f32({3, 7})), b.constant(int32s({3}, std::vector<int64_t>{}))}, {},
                            {f32({3, 3}), typed(DType::int32, {3, 3})});
        b.output(outs[0]);
        b.output(outs[1]);
        check_converts_and_matches(b, "topk");
    }
}

TEST_CASE("an op without an input it reads or an output it computes, or with a constant of a type it cannot read, is refused, naming which (fuzz findings)") {
    {
        TfliteBuilder b;
        b.output(b.node("GATHER_ND", {b.input("x", f32({4, 6})), nullptr}, {}, f32({2})));
        Diagnostic d = refusal(b, "gather_nd_no_indices");
        CHECK(d.code == "lower.input");
        CHECK(d.field == "input 1");
    }
    {
        TfliteBuilder b;
        auto outs = b.nodes("TOPK_V2", {b.input("x", f32({3, 7})), b.constant(int32s({3}, std::vector<int64_t>{}))}, {}, {f32({3, 3})});
        b.output(outs[0]);
        Diagnostic d = refusal(b, "topk_one_output");
        CHECK(d.code == "lower.output");
        CHECK(d.field == "output 1");
    }
    {  // a float shape where ONNX takes int64 indices: the constant cannot be read so
        TfliteBuilder b;
        b.output(b.node("BROADCAST_TO", {b.input("x", f32({3})), b.constant(floats({2}, {2.f, 3.f}))}, {}, f32({2, 3})));
        Diagnostic d = refusal(b, "broadcast_to_float_shape");
        CHECK(d.code == "lower.dtype");
        CHECK_THAT(d.op, Catch::Matchers::StartsWith("BROADCAST_TO"));
        CHECK(d.field.starts_with("input 1 ("));
        CHECK(d.message == "the constant holds float32 values, which cannot be read as int64");
    }
    for (const char* op : {"TRANSPOSE", "RESHAPE"}) {  // ops that only change how their input is held, without it
        TfliteBuilder b;
        Value* moved = b.node(op, {nullptr, b.constant(int32s({0, 3, 1, 2}))}, {}, f32({1, 3, 5, 4}));
        b.output(b.node("ADD", {moved, b.input("x", f32({1, 3, 5, 4}))}, {}, f32({1, 3, 5, 4})));
        Diagnostic d = refusal(b, std::string("no_data_") + op);
        INFO(op << ": " << d.message);
        CHECK(d.code == "lower.input");
        CHECK_THAT(d.op, Catch::Matchers::StartsWith(op));
        CHECK(d.field == "input 0");
    }
    {  // a STRING constant as TFLite stores it: one packed buffer (count, offsets, bytes)
        TfliteBuilder b;
        const std::vector<std::byte> packed{std::byte{1}, std::byte{0}, std::byte{0}, std::byte{0}, std::byte{12}, std::byte{0},
                                            std::byte{0},  std::byte{0}, std::byte{13}, std::byte{0}, std::byte{0}, std::byte{0},
                                            std::byte{'a'}};
        Value* text = b.constant("text", Tensor(DType::string, {1}, Buffer::copy_of(std::span(packed))));
        b.output(b.node("ADD", {b.input("x", f32({1})), text}, {}, f32({1})));
        Diagnostic d = refusal(b, "packed_string_constant");
        INFO(d.message);
        CHECK(d.code == "lower.dtype");
        CHECK(d.field == "constant 'text'");
    }
    {  // an input no node computes, and no graph input or constant gives
        TfliteBuilder b;
        Value* orphan = b.graph().value("orphan");
        orphan->type = f32({2, 3});
        b.output(b.node("ADD", {b.input("x", f32({2, 3})), orphan}, {}, f32({2, 3})));
        Diagnostic d = refusal(b, "orphan_input");
        INFO(d.message);
        CHECK(d.code == "lower.input");
        CHECK_THAT(d.op, Catch::Matchers::StartsWith("ADD"));
        CHECK(d.field == "input 1");
        CHECK(d.message.find("value 'orphan' is not computed before this node") != std::string::npos);
    }
}

TEST_CASE("FILL, RANGE, BROADCAST_TO and ONE_HOT from constants") {
    {
        TfliteBuilder b;
        Value* x = b.input("x", f32({2, 3}));
        Value* filled = b.node("FILL", {b.constant(int32s({2, 3})), b.constant(floats({}, {1.5f}))}, {}, f32({2, 3}));
        Value* spread = b.node("BROADCAST_TO", {b.constant(floats({3}, {1.f, 2.f, 3.f})), b.constant(int32s({2, 3}))}, {}, f32({2, 3}), 2);
        b.output(b.node("ADD", {b.node("MUL", {x, filled}, {}, f32({2, 3})), spread}, {}, f32({2, 3})));
        check_converts_and_matches(b, "fill-broadcast");
    }
    {
        TfliteBuilder b;
        Value* r = b.node("RANGE", {b.constant(floats({}, {0.5f})), b.constant(floats({}, {4.f})), b.constant(floats({}, {0.75f}))}, {}, f32({5}));
        b.output(b.node("ADD", {b.input("x", f32({5})), r}, {}, f32({5})));
        check_converts_and_matches(b, "range");
    }
    {
        TfliteBuilder b;
        Value* idx = b.node("CAST", {b.input("x", f32({4}))}, {}, typed(DType::int32, {4}));
        b.output(b.node("ONE_HOT", {idx, b.constant(int32s({5}, std::vector<int64_t>{})), b.constant(floats({}, {2.f})), b.constant(floats({}, {-1.f}))},
                        {Attribute::of_int("axis", -1)}, f32({4, 5})));
        testing::SeedOptions seed;
        seed.float_low = 0;
        seed.float_high = 4.9;
        check_converts_and_matches(b, "one-hot", seed);
    }
}

TEST_CASE("WHERE gives coordinates, SCATTER_ND adds duplicates, EMBEDDING_LOOKUP gathers rows") {
    {
        TfliteBuilder b;
        Value* cond = b.node("GREATER", {b.input("x", f32({3, 4})), b.constant(floats({}, {0.f}))}, {}, typed(DType::boolean, {3, 4}));
        // The count of true elements is data-dependent; the seeded input fixes it, and TFLite reports the real shape.
        b.output(b.node("WHERE", {cond}, {}, Type::tensor(DType::int64, Shape{Dim::any(), Dim::known(2)})));
        check_converts_and_matches(b, "where");
    }
    {
        TfliteBuilder b;
        Value* updates = b.input("x", f32({3, 2}));
        b.output(b.node("SCATTER_ND", {b.constant(int32s({1, 3, 1}, std::vector<int64_t>{3, 1})), updates, b.constant(int32s({4, 2}))}, {},
                        f32({4, 2})));
        check_converts_and_matches(b, "scatter-nd");
    }
    {
        TfliteBuilder b;
        b.output(b.node("EMBEDDING_LOOKUP", {b.constant(int32s({2, 0, 2})), b.input("x", f32({3, 4}))}, {}, f32({3, 4})));
        check_converts_and_matches(b, "embedding-lookup");
    }
}
