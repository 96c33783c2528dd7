// rules/opbridge/rules/onnx_to_tflite/resize.hpp: every Resize mode TFLite can express, run in
// TensorFlow Lite against ONNX Runtime, and the modes it cannot, refused with what to use.
// A Conv in front holds the input NHWC, where TFLite's resize ops work.

#include "onnx_to_tflite/harness.hpp"

using namespace opbridge;
using namespace opbridge::test::to_tflite;

namespace {

struct ResizeCase {
    std::string mode, transform, nearest_mode;
    std::vector<int64_t> in_hw, out_hw;  // sizes input
    std::vector<float> scales;           // scales input instead, when given
};

// x: [1, 3, H, W] -> Conv -> Resize -> output, and the Resize node's name is "Resize_1".
ModelBuilder resize_model(const ResizeCase& r) {
    ModelBuilder b;
    Value* y = b.conv(b.input("x", f32({1, 3, r.in_hw[0], r.in_hw[1]})), 3, 4);
    std::vector<Attribute> attributes{Attribute::of_string("mode", r.mode),
                                      Attribute::of_string("coordinate_transformation_mode", r.transform)};
    if (!r.nearest_mode.empty()) attributes.push_back(Attribute::of_string("nearest_mode", r.nearest_mode));
    Value* out;
    if (!r.scales.empty())
        out = b.node("Resize", {y, nullptr, b.constant("scales", floats({4}, {1.f, 1.f, r.scales[0], r.scales[1]}))}, attributes);
    else
        out = b.node("Resize", {y, nullptr, nullptr, b.constant("sizes", int64s({1, 4, r.out_hw[0], r.out_hw[1]}))}, attributes);
    b.output(out);
    return b;
}

std::string case_name(const ResizeCase& r) {
    std::string s = "resize-" + r.mode + "-" + r.transform + "-" + r.nearest_mode;
    for (int64_t d : r.out_hw) s += "-" + std::to_string(d);
    for (float f : r.scales) s += "-s" + std::to_string(static_cast<int>(f * 100));
    return s;
}

void check_case(const ResizeCase& r, std::string_view target) {
    INFO(case_name(r));
    ModelBuilder b = resize_model(r);
    auto c = check_converts_and_matches(b, case_name(r));
    CHECK(count_ops(*c.tflite, target) == 1);
    CHECK(transposes_inside(*c.tflite) == 0);
}

} // namespace

TEST_CASE("Resize linear becomes RESIZE_BILINEAR for every coordinate mode TFLite has, up and down") {
    for (std::string transform : {"half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"}) {
        check_case({"linear", transform, "", {6, 5}, {12, 10}, {}}, "RESIZE_BILINEAR");   // 2x
        check_case({"linear", transform, "", {6, 5}, {9, 7}, {}}, "RESIZE_BILINEAR");     // non-integer
        check_case({"linear", transform, "", {6, 5}, {3, 4}, {}}, "RESIZE_BILINEAR");     // down
    }
}

TEST_CASE("Resize linear with constant scales (the Upsample form) samples like TFLite") {
    check_case({"linear", "half_pixel", "", {6, 5}, {}, {2.f, 2.f}}, "RESIZE_BILINEAR");
    check_case({"linear", "asymmetric", "", {6, 5}, {}, {2.f, 3.f}}, "RESIZE_BILINEAR");
}

TEST_CASE("Resize nearest becomes RESIZE_NEAREST_NEIGHBOR where TFLite picks the same pixels") {
    // PyTorch's nearest: asymmetric + floor.
    check_case({"nearest", "asymmetric", "floor", {6, 5}, {12, 10}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    check_case({"nearest", "asymmetric", "floor", {6, 5}, {9, 7}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    check_case({"nearest", "asymmetric", "floor", {6, 5}, {4, 3}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    // half_pixel_centers: floor((x + 0.5) * scale) is round-half-up of the half_pixel position.
    check_case({"nearest", "half_pixel", "round_prefer_ceil", {6, 5}, {9, 7}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    check_case({"nearest", "half_pixel", "round_prefer_ceil", {6, 5}, {3, 2}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    check_case({"nearest", "tf_half_pixel_for_nn", "floor", {6, 5}, {9, 7}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    // align_corners rounds half away from zero, like round_prefer_ceil.
    check_case({"nearest", "align_corners", "round_prefer_ceil", {6, 5}, {12, 10}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    check_case({"nearest", "align_corners", "round_prefer_ceil", {6, 5}, {4, 3}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    // ONNX's default nearest_mode agrees with TFLite at 2x (no position falls on a half).
    check_case({"nearest", "half_pixel", "round_prefer_floor", {6, 5}, {12, 10}, {}}, "RESIZE_NEAREST_NEIGHBOR");
    check_case({"nearest", "asymmetric", "round_prefer_floor", {6, 5}, {}, {2.f, 2.f}}, "RESIZE_NEAREST_NEIGHBOR");
}

TEST_CASE("Resize cubic is refused, naming the node, the attribute and what to use") {
    ModelBuilder b = resize_model({"cubic", "half_pixel", "", {6, 5}, {12, 10}, {}});
    auto d = refusal(b, "resize-cubic");
    CHECK(d.node == "Resize_1");
    CHECK(d.field == "mode");
    CHECK(d.message.find("cubic") != std::string::npos);
    CHECK(d.hint.find("linear") != std::string::npos);
}

TEST_CASE("Resize nearest with a rounding TFLite cannot reproduce is refused, naming nearest_mode") {
    ModelBuilder b = resize_model({"nearest", "asymmetric", "ceil", {6, 5}, {12, 10}, {}});
    auto d = refusal(b, "resize-nearest-ceil");
    CHECK(d.node == "Resize_1");
    CHECK(d.field == "nearest_mode");
    CHECK(d.hint.find("floor") != std::string::npos);
}

TEST_CASE("Resize tf_crop_and_resize is refused, naming coordinate_transformation_mode") {
    ModelBuilder b = resize_model({"linear", "tf_crop_and_resize", "", {6, 5}, {12, 10}, {}});
    auto d = refusal(b, "resize-crop");
    CHECK(d.field == "coordinate_transformation_mode");
    CHECK(d.hint.find("half_pixel") != std::string::npos);
}
