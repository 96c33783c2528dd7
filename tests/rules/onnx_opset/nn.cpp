// rules/opbridge/rules/onnx/opset/nn.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
Type untyped_f32() { return Type::tensor(DType::float32); }

} // namespace

TEST_CASE("Gemm-11 -> Gemm-9 gives an omitted C a scalar zero") {
    auto make = [] { return SingleNode("Gemm", 13, {{"a", f32({3, 4})}, {"b", f32({4, 5})}}, {{"y", f32({3, 5})}}, {Attribute::of_float("beta", 0.5)}); };
    check_converts_to_same_outputs(make, 9, "gemm-no-c-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    const Node* gemm = only_node(t.model, "Gemm");
    REQUIRE(gemm->inputs.size() == 3);
    REQUIRE(gemm->inputs[2]->initializer);
    CHECK(gemm->inputs[2]->initializer->dims.empty());
}

TEST_CASE("Gemm-9 -> Gemm-13 needs no change") {
    SingleNode t("Gemm", 9, {{"a", f32({3, 4})}, {"b", f32({4, 5})}, {"c", f32({5})}}, {{"y", f32({3, 5})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "Gemm")->inputs.size() == 3);
}

TEST_CASE("Pow-12 -> Pow-7 casts an exponent of another type to the base's type") {
    check_converts_to_same_outputs(
        [] { return SingleNode("Pow", 15, {{"x", f32({2, 3})}, {"y", of(DType::int64, {2, 3})}}, {{"z", f32({2, 3})}}); }, 11,
        "pow-float-int64-to-11");
}

TEST_CASE("Pow-12 -> Pow-7 computes an integer base in double and casts the result back") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("Pow", 15, {{"x", of(DType::int32, {2, 3})}, {"y", of(DType::int32, {2, 3})}},
                              {{"z", of(DType::int32, {2, 3})}});
        },
        9, "pow-int32-to-9");
}

TEST_CASE("RoiAlign-10 -> RoiAlign-16 names the output_half_pixel behaviour it had") {
    SingleNode t("RoiAlign", 10, {{"x", f32({1, 1, 8, 8})}, {"rois", f32({1, 4})}, {"batch", of(DType::int64, {1})}},
                 {{"y", f32({1, 1, 2, 2})}});
    REQUIRE_FALSE(convert(t.model, 16).has_errors());
    const Attribute* mode = only_node(t.model, "RoiAlign")->attribute("coordinate_transformation_mode");
    REQUIRE(mode);
    CHECK(*mode->get_if<std::string>() == "output_half_pixel");
}

TEST_CASE("RoiAlign-16 -> RoiAlign-10 keeps output_half_pixel and computes the same") {
    auto make = [] {
        SingleNode t("RoiAlign", 16, {{"x", f32({1, 2, 8, 8})}, {"rois", f32({2, 4})}, {"batch", of(DType::int64, {2})}},
                     {{"y", f32({2, 2, 3, 3})}},
                     {text("coordinate_transformation_mode", "output_half_pixel"), Attribute::of_int("output_height", 3),
                      Attribute::of_int("output_width", 3), Attribute::of_float("spatial_scale", 0.5)});
        t.constant_input(1, floats({2, 4}, {1, 1, 9, 12, 0, 2, 5, 6}), "rois_value");
        t.constant_input(2, int64s({2}, {0, 0}), "batch_value");
        return t;
    };
    check_converts_to_same_outputs(make, 10, "roialign-16-to-10");
}

TEST_CASE("RoiAlign-16 -> RoiAlign-10 refuses the default half_pixel mode") {
    SingleNode t("RoiAlign", 16, {{"x", f32({1, 1, 8, 8})}, {"rois", f32({1, 4})}, {"batch", of(DType::int64, {1})}},
                 {{"y", f32({1, 1, 1, 1})}});
    auto diags = convert(t.model, 15);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("'half_pixel' (the default)"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 16"));
}

TEST_CASE("RoiAlign does not exist before opset 10: the refusal says why") {
    SingleNode t("RoiAlign", 10, {{"x", f32({1, 1, 8, 8})}, {"rois", f32({1, 4})}, {"batch", of(DType::int64, {1})}},
                 {{"y", f32({1, 1, 1, 1})}});
    auto diags = convert(t.model, 9);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("MaxRoiPool"));
}

TEST_CASE("ConvTranspose-11 -> ConvTranspose-1 writes SAME_UPPER's odd pad out explicitly") {
    auto make = [] {
        return SingleNode("ConvTranspose", 11, {{"x", f32({1, 1, 3, 3})}, {"w", f32({1, 2, 3, 3})}}, {{"y", f32({1, 2, 6, 6})}},
                          {text("auto_pad", "SAME_UPPER"), ints("strides", {2, 2})});
    };
    check_converts_to_same_outputs(make, 9, "convtranspose-same-upper-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* conv = only_node(t.model, "ConvTranspose");
    CHECK_FALSE(conv->attribute("auto_pad"));
    CHECK(*conv->attribute("pads")->get_if<std::vector<int64_t>>() == std::vector<int64_t>{0, 0, 1, 1});
}

TEST_CASE("ConvTranspose-1 -> ConvTranspose-11 swaps SAME_LOWER when the shapes are unknown") {
    SingleNode t("ConvTranspose", 9, {{"x", Type::tensor(DType::float32)}, {"w", Type::tensor(DType::float32)}}, {{"y", untyped_f32()}},
                 {text("auto_pad", "SAME_LOWER"), ints("strides", {2, 2})});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(*only_node(t.model, "ConvTranspose")->attribute("auto_pad")->get_if<std::string>() == "SAME_UPPER");
}

TEST_CASE("ConvTranspose keeps SAME padding whose total is even in every axis") {
    SingleNode t("ConvTranspose", 11, {{"x", f32({1, 1, 3, 3})}, {"w", f32({1, 2, 2, 2})}}, {{"y", f32({1, 2, 6, 6})}},
                 {text("auto_pad", "SAME_UPPER"), ints("strides", {2, 2})});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(*only_node(t.model, "ConvTranspose")->attribute("auto_pad")->get_if<std::string>() == "SAME_UPPER");
}

TEST_CASE("GridSample-20 -> GridSample-16 renames linear to bilinear") {
    auto make = [] {
        return SingleNode("GridSample", 20, {{"x", f32({1, 2, 4, 5})}, {"grid", f32({1, 3, 3, 2})}}, {{"y", f32({1, 2, 3, 3})}},
                          {text("mode", "linear")});
    };
    check_converts_to_same_outputs(make, 16, "gridsample-20-to-16");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 16).has_errors());
    CHECK(*only_node(t.model, "GridSample")->attribute("mode")->get_if<std::string>() == "bilinear");
}

TEST_CASE("GridSample-16 -> GridSample-20 renames bicubic to cubic") {
    auto make = [] {
        return SingleNode("GridSample", 16, {{"x", f32({1, 2, 4, 5})}, {"grid", f32({1, 3, 3, 2})}}, {{"y", f32({1, 2, 3, 3})}},
                          {text("mode", "bicubic")});
    };
    check_converts_to_same_outputs(make, 21, "gridsample-16-to-21");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 20).has_errors());
    CHECK(*only_node(t.model, "GridSample")->attribute("mode")->get_if<std::string>() == "cubic");
}

TEST_CASE("GridSample-20 -> GridSample-16 refuses a 5-D input") {
    SingleNode t("GridSample", 20, {{"x", f32({1, 1, 2, 4, 5})}, {"grid", f32({1, 2, 3, 3, 3})}}, {{"y", f32({1, 1, 2, 3, 3})}});
    auto diags = convert(t.model, 19);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.rank");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 20"));
}

TEST_CASE("Col2Im-18 is rebuilt below opset 18 as a ConvTranspose with one-hot kernels") {
    auto make = [] {
        // 2 channels, 2x3 blocks with stride 2 and padding over a 5x6 image: 3x3 block positions.
        SingleNode t("Col2Im", 18, {{"x", f32({2, 12, 9})}, {"image", of(DType::int64, {2})}, {"block", of(DType::int64, {2})}},
                     {{"y", f32({2, 2, 5, 6})}}, {ints("strides", {2, 2}), ints("pads", {1, 0, 0, 1})});
        t.constant_input(1, int64s({2}, {5, 6}), "image_value");
        t.constant_input(2, int64s({2}, {2, 3}), "block_value");
        return t;
    };
    check_converts_to_same_outputs(make, 17, "col2im-to-17");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK_FALSE(only_node(t.model, "Col2Im"));
    CHECK(only_node(t.model, "ConvTranspose"));
}

TEST_CASE("Col2Im-18 with a computed image shape cannot be rebuilt: the refusal says what to make constant") {
    SingleNode t("Col2Im", 18, {{"x", f32({1, 4, 4})}, {"image", of(DType::int64, {2})}, {"block", of(DType::int64, {2})}},
                 {{"y", untyped_f32()}});
    auto diags = convert(t.model, 17);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("constants"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}

TEST_CASE("CenterCropPad-18 is rebuilt below opset 18 as a centered Slice and Pad") {
    auto make = [] {
        SingleNode t("CenterCropPad", 18, {{"x", f32({5, 4, 3})}, {"shape", of(DType::int64, {2})}}, {{"y", f32({2, 7, 3})}},
                     {ints("axes", {0, 1})});
        t.constant_input(1, int64s({2}, {2, 7}), "shape_value");
        return t;
    };
    check_converts_to_same_outputs(make, 17, "centercroppad-to-17");
}

TEST_CASE("AffineGrid-20 with a constant size is rebuilt below opset 20 from a constant base grid") {
    for (int align : {0, 1}) {
        auto make = [align] {
            SingleNode t("AffineGrid", 20, {{"theta", f32({2, 2, 3})}, {"size", of(DType::int64, {4})}}, {{"grid", f32({2, 3, 4, 2})}},
                         {Attribute::of_int("align_corners", align)});
            t.constant_input(1, int64s({4}, {2, 1, 3, 4}), "size_value");
            return t;
        };
        check_converts_to_same_outputs(make, 19, "affinegrid-to-19-" + std::to_string(align));
    }
}

TEST_CASE("AffineGrid-20 in 3-D is rebuilt below opset 20") {
    auto make = [] {
        SingleNode t("AffineGrid", 20, {{"theta", f32({1, 3, 4})}, {"size", of(DType::int64, {5})}}, {{"grid", f32({1, 2, 3, 4, 3})}});
        t.constant_input(1, int64s({5}, {1, 1, 2, 3, 4}), "size_value");
        return t;
    };
    check_converts_to_same_outputs(make, 19, "affinegrid-3d-to-19");
}

TEST_CASE("DeformConv has no older form: the refusal names the opset that has it") {
    SingleNode t("DeformConv", 19, {{"x", f32({1, 1, 4, 4})}, {"w", f32({1, 1, 2, 2})}, {"offset", f32({1, 8, 3, 3})}},
                 {{"y", f32({1, 1, 3, 3})}});
    auto diags = convert(t.model, 18);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("offsets") && Catch::Contains("opset 19"));
}

TEST_CASE("Pow-7 -> Pow-12 needs no change") {
    check_converts_to_same_outputs([] { return SingleNode("Pow", 7, {{"x", f32({2, 3})}, {"y", f32({3})}}, {{"z", f32({2, 3})}}); }, 15,
                                   "pow-7-to-15");
}

TEST_CASE("GridSample does not exist before opset 16: the refusal says why") {
    SingleNode t("GridSample", 16, {{"x", f32({1, 1, 4, 4})}, {"grid", f32({1, 2, 2, 2})}}, {{"y", f32({1, 1, 2, 2})}});
    auto diags = convert(t.model, 15);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("grid positions"));
}

TEST_CASE("CenterCropPad-18 with a computed shape cannot be rebuilt: the refusal says what to make constant") {
    SingleNode t("CenterCropPad", 18, {{"x", f32({5, 4})}, {"shape", of(DType::int64, {2})}}, {{"y", untyped_f32()}});
    auto diags = convert(t.model, 17);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("constant"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}

TEST_CASE("AffineGrid-20 with a computed size cannot be rebuilt: the refusal says what to make constant") {
    SingleNode t("AffineGrid", 20, {{"theta", f32({1, 2, 3})}, {"size", of(DType::int64, {4})}}, {{"grid", untyped_f32()}});
    auto diags = convert(t.model, 19);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.needs-constant");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 20"));
}
