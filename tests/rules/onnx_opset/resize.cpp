// rules/opbridge/rules/onnx/opset/resize.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
Tensor floats(std::vector<float> values) {
    return Tensor::from_vector<float>(DType::float32, {static_cast<int64_t>(values.size())}, values);
}
std::string string_attribute(const Node* n, std::string_view name) {
    const Attribute* a = n->attribute(name);
    return a ? *a->get_if<std::string>() : std::string();
}

// Resize at `opset` over x [1, 2, 4, 6] with constant scales (or sizes when `sizes` is set).
SingleNode resize(int64_t opset, std::vector<float> scales, std::vector<Attribute> attributes, std::vector<int64_t> sizes = {}) {
    SingleNode t("Resize", opset, {{"x", f32({1, 2, 4, 6})}}, {{"y", Type::tensor(DType::float32)}}, std::move(attributes));
    if (opset == 10) {
        t.constant_input(1, floats(scales), "scales");
        return t;
    }
    if (!sizes.empty()) t.constant_input(3, make_int64_tensor({static_cast<int64_t>(sizes.size())}, sizes), "sizes");
    else t.constant_input(2, floats(scales), "scales");
    if (opset < 13) {  // roi (and scales, when sizes are given) are required before Resize-13
        t.constant_input(1, Tensor::from_vector<float>(DType::float32, {0}, {}), "roi");
        if (!sizes.empty()) t.constant_input(2, Tensor::from_vector<float>(DType::float32, {0}, {}), "no_scales");
    }
    return t;
}
} // namespace

TEST_CASE("Upsample-9 -> Resize-10 keeps inputs, mode and meaning") {
    auto make = [] {
        SingleNode t("Upsample", 9, {{"x", f32({1, 1, 2, 3})}}, {{"y", f32({1, 1, 4, 9})}}, {text("mode", "nearest")});
        t.constant_input(1, floats({1, 1, 2, 3}), "scales");
        return t;
    };
    check_converts_to_same_outputs(make, 10, "upsample-9-to-10");
    check_converts_to_same_outputs(make, 19, "upsample-9-to-19");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(only_node(t.model, "Resize"));
}

TEST_CASE("Upsample-7 -> Upsample-9 moves scales into input 1") {
    auto make = [] {
        return SingleNode("Upsample", 7, {{"x", f32({1, 1, 2, 3})}}, {{"y", f32({1, 1, 4, 6})}},
                          {text("mode", "linear"), Attribute::of_floats("scales", {1, 1, 2, 2})});
    };
    check_converts_to_same_outputs(make, 9, "upsample-7-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* up = only_node(t.model, "Upsample");
    REQUIRE(up->inputs.size() == 2);
    CHECK_FALSE(up->attribute("scales"));
}

TEST_CASE("Resize-10 -> Upsample-9 -> Upsample-7 folds constant scales into the attribute") {
    auto make = [] { return resize(10, {1, 1, 2, 1.5f}, {text("mode", "nearest")}); };
    check_converts_to_same_outputs(make, 9, "resize-10-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    const Node* up = only_node(t.model, "Upsample");
    REQUIRE(up);
    CHECK(up->inputs.size() == 1);
    CHECK(up->attribute("scales"));
}

TEST_CASE("Resize-10 -> Upsample-9 refuses scales that shrink an axis") {
    SingleNode t = resize(10, {1, 1, 0.5f, 0.5f}, {});
    auto diags = convert(t.model, 9);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("at least 1"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 10"));
}

TEST_CASE("Resize-10 -> Resize-11 spells out asymmetric coordinates and floor rounding") {
    check_converts_to_same_outputs([] { return resize(10, {1, 1, 2, 3}, {text("mode", "nearest")}); }, 11, "resize-10-nearest-to-11");
    check_converts_to_same_outputs([] { return resize(10, {1, 1, 0.5f, 0.5f}, {text("mode", "linear")}); }, 13, "resize-10-linear-to-13");
    SingleNode t = resize(10, {1, 1, 2, 2}, {});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* r = only_node(t.model, "Resize");
    REQUIRE(r->inputs.size() == 3);
    CHECK(r->inputs[1]->initializer->dims == std::vector<int64_t>{0});
    CHECK(string_attribute(r, "coordinate_transformation_mode") == "asymmetric");
    CHECK(string_attribute(r, "nearest_mode") == "floor");
}

TEST_CASE("Resize-13 -> Resize-10 keeps default nearest resizing by whole scales, which samples as Resize-10") {
    check_converts_to_same_outputs([] { return resize(13, {1, 1, 2, 3}, {text("mode", "nearest")}); }, 10, "resize-13-nearest-to-10");
    check_converts_to_same_outputs([] { return resize(13, {1, 1, 2, 3}, {text("mode", "nearest")}); }, 7, "resize-13-nearest-to-7");
}

TEST_CASE("Resize-13 -> Resize-10 keeps asymmetric floor nearest downscaling by halves") {
    check_converts_to_same_outputs(
        [] { return resize(13, {1, 1, 0.5f, 0.5f}, {text("coordinate_transformation_mode", "asymmetric"), text("nearest_mode", "floor")}); },
        10, "resize-13-asymmetric-down-to-10");
}

TEST_CASE("Resize-13 -> Resize-10 keeps asymmetric linear resizing and turns sizes into scales") {
    auto make = [] { return resize(13, {}, {text("mode", "linear"), text("coordinate_transformation_mode", "asymmetric")}, {1, 2, 8, 9}); };
    check_converts_to_same_outputs(make, 10, "resize-13-linear-sizes-to-10");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* r = only_node(t.model, "Resize");
    REQUIRE(r->inputs.size() == 2);
    CHECK(r->inputs[1]->initializer->at<float>(3) == 1.5f);
}

TEST_CASE("Resize-13 -> Resize-10 refuses half_pixel linear resizing, which samples other pixels") {
    SingleNode t = resize(13, {1, 1, 2, 2}, {text("mode", "linear")});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("half_pixel") && Catch::Contains("samples other pixels"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 11"));
}

TEST_CASE("Resize-13 -> Resize-10 refuses cubic mode") {
    SingleNode t = resize(13, {1, 1, 2, 2}, {text("mode", "cubic")});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'mode'");
}

TEST_CASE("Resize-13 -> Resize-10 refuses scales computed at run time") {
    SingleNode t("Resize", 13, {{"x", f32({1, 2, 4, 6})}, {"", Type{}}, {"scales", f32({4})}}, {{"y", Type::tensor(DType::float32)}});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.needs-constant");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("constant"));
}

TEST_CASE("Resize-11 -> Resize-13 turns tf_half_pixel_for_nn into half_pixel with the matching rounding") {
    for (const char* nearest : {"round_prefer_floor", "floor"}) {
        auto make = [nearest] {
            return resize(11, {}, {text("coordinate_transformation_mode", "tf_half_pixel_for_nn"), text("nearest_mode", nearest)},
                          {1, 2, 3, 5});
        };
        check_converts_to_same_outputs(make, 13, std::string("resize-tf-half-pixel-") + nearest);
        SingleNode t = make();
        REQUIRE_FALSE(convert(t.model, 13).has_errors());
        CHECK(string_attribute(only_node(t.model, "Resize"), "coordinate_transformation_mode") == "half_pixel");
    }
}

TEST_CASE("Resize-11 -> Resize-13 refuses tf_half_pixel_for_nn with ceil rounding, which Resize-13 cannot express") {
    SingleNode t = resize(11, {}, {text("coordinate_transformation_mode", "tf_half_pixel_for_nn"), text("nearest_mode", "ceil")}, {1, 2, 3, 5});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("removed 'tf_half_pixel_for_nn'"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 11 or 12"));
}

TEST_CASE("Resize-13 -> Resize-11 gives omitted roi and scales empty tensors") {
    auto make = [] { return resize(13, {}, {text("mode", "linear"), text("coordinate_transformation_mode", "align_corners")}, {1, 2, 7, 5}); };
    check_converts_to_same_outputs(make, 11, "resize-13-sizes-to-11");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* r = only_node(t.model, "Resize");
    REQUIRE(r->inputs.size() == 4);
    CHECK(r->inputs[1]->initializer->dims == std::vector<int64_t>{0});
    CHECK(r->inputs[2]->initializer->dims == std::vector<int64_t>{0});
}

TEST_CASE("Resize-18 -> Resize-13 spells constant scales out for the axes not listed") {
    auto make = [] {
        SingleNode t("Resize", 18, {{"x", f32({1, 2, 4, 6})}}, {{"y", Type::tensor(DType::float32)}},
                     {text("mode", "linear"), Attribute::of_ints("axes", {-2, 3})});
        t.constant_input(2, floats({2, 0.5f}), "scales");
        return t;
    };
    check_converts_to_same_outputs(make, 13, "resize-18-axes-to-13");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* r = only_node(t.model, "Resize");
    CHECK_FALSE(r->attribute("axes"));
    CHECK(r->inputs[2]->initializer->dims == std::vector<int64_t>{4});
    CHECK(r->inputs[2]->initializer->at<float>(2) == 2.0f);
}

TEST_CASE("Resize-18 -> Resize-13 refuses antialiased linear resizing") {
    SingleNode t = resize(18, {1, 1, 0.5f, 0.5f}, {text("mode", "linear"), Attribute::of_int("antialias", 1)});
    auto diags = convert(t.model, 17);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'antialias'");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}

TEST_CASE("Resize-18 -> Resize-13 refuses keep_aspect_ratio_policy with sizes") {
    SingleNode t = resize(18, {}, {text("keep_aspect_ratio_policy", "not_larger")}, {1, 2, 8, 8});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'keep_aspect_ratio_policy'");
}

TEST_CASE("Resize-19 -> Resize-18 turns half_pixel_symmetric into half_pixel when every output size is whole") {
    auto make = [] { return resize(19, {1, 1, 1.5f, 0.5f}, {text("mode", "linear"), text("coordinate_transformation_mode", "half_pixel_symmetric")}); };
    check_converts_to_same_outputs(make, 18, "resize-19-symmetric-to-18");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 18).has_errors());
    CHECK(string_attribute(only_node(t.model, "Resize"), "coordinate_transformation_mode") == "half_pixel");
}

TEST_CASE("Resize-19 -> Resize-18 refuses half_pixel_symmetric when an output size is rounded") {
    SingleNode t = resize(19, {1, 1, 1.3f, 1}, {text("coordinate_transformation_mode", "half_pixel_symmetric")});
    auto diags = convert(t.model, 18);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("half_pixel_symmetric"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 19"));
}

TEST_CASE("Resize-13 -> Resize-19 needs no change") {
    check_converts_to_same_outputs([] { return resize(13, {1, 1, 1.5f, 0.5f}, {text("mode", "cubic")}); }, 19, "resize-13-to-19");
}

TEST_CASE("Resize-18 -> Resize-13 refuses axes over scales computed at run time") {
    SingleNode t("Resize", 18, {{"x", f32({1, 2, 4, 6})}, {"", Type{}}, {"scales", f32({2})}}, {{"y", Type::tensor(DType::float32)}},
                 {Attribute::of_ints("axes", {2, 3})});
    auto diags = convert(t.model, 17);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'axes'");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}
