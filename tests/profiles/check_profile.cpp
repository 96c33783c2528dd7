// rules/opbridge/rules/profiles/*.hpp through check_profile: each kind of rejection, named.
#include <catch2/catch.hpp>

#include <set>

#include "opbridge/profile.hpp"
#include "opbridge/rules/profiles/all.hpp"
#include "rules/onnx_opset/harness.hpp"
#include "support/run_cli.hpp"

using namespace opbridge;
using namespace opbridge::test;
namespace profiles = opbridge::rules::profiles;

namespace {
Diagnostics check(const Model& m, const profile::Profile& p) {
    Diagnostics d;
    profile::check_profile(m, p, d, "m.onnx");
    return d;
}
const Diagnostic* with_code(const Diagnostics& diags, std::string_view code) {
    for (const auto& d : diags.items())
        if (d.code == code) return &d;
    return nullptr;
}
SingleNode resize(std::string mode, std::string coordinates) {
    SingleNode t("Resize", 13, {{"x", f32({1, 2, 4, 4})}}, {{"y", f32({1, 2, 8, 8})}},
                 {Attribute::of_string("mode", mode), Attribute::of_string("coordinate_transformation_mode", coordinates)});
    t.constant_input(1, Tensor::from_vector<float>(DType::float32, {0}, {}), "roi");
    t.constant_input(2, Tensor::from_vector<float>(DType::float32, {4}, {1, 1, 2, 2}), "scales");
    return t;
}
} // namespace

TEST_CASE("Every shipped profile is found by its name, and names are unique") {
    std::set<std::string_view> names;
    for (const auto* p : profiles::all) {
        CHECK(profiles::find(p->name) == p);
        CHECK(names.insert(p->name).second);
        CHECK_FALSE(p->description.empty());
        CHECK_FALSE(p->source.empty());
    }
    CHECK(profiles::find("opencv-dnn-4.6") == &profiles::opencv_dnn_4_6);
    CHECK(profiles::find("no-such-consumer") == nullptr);
}

TEST_CASE("opencv-dnn-4.6 takes Resize-13 linear/half_pixel and rejects cubic, naming the attribute and what it takes") {
    CHECK(check(resize("linear", "half_pixel").model, profiles::opencv_dnn_4_6).items().empty());
    auto diags = check(resize("cubic", "half_pixel").model, profiles::opencv_dnn_4_6);
    const auto* d = with_code(diags, "profile.attribute");
    REQUIRE(d);
    CHECK(d->op == "Resize@13");
    CHECK(d->field == "attribute 'mode'");
    CHECK_THAT(d->message, Catch::Contains("mode='cubic'") && Catch::Contains("nearest, linear"));
}

TEST_CASE("opencv-dnn-4.6 rejects tf_half_pixel_for_nn, which tensorrt-8.6 takes") {
    auto t = resize("nearest", "tf_half_pixel_for_nn");
    CHECK(with_code(check(t.model, profiles::opencv_dnn_4_6), "profile.attribute"));
    CHECK_FALSE(with_code(check(t.model, profiles::tensorrt_8_6), "profile.attribute"));
}

TEST_CASE("An op a consumer has no implementation of is named with the way out") {
    SingleNode t("Where", 13, {{"c", of(DType::boolean, {4})}, {"a", f32({4})}, {"b", f32({4})}}, {{"y", f32({4})}});
    auto diags = check(t.model, profiles::opencv_dnn_4_6);
    const auto* d = with_code(diags, "profile.unsupported-op");
    REQUIRE(d);
    CHECK(d->node == "node");
    CHECK_THAT(d->message, Catch::Contains("no implementation of Where"));
    CHECK_THAT(d->hint, Catch::Contains("opbridge cut"));
    CHECK(check(t.model, profiles::tflite_builtin).items().empty());
}

TEST_CASE("A weight that must be an initializer but is a graph input is named with what computes it") {
    SingleNode t("Conv", 13, {{"x", f32({1, 2, 4, 4})}, {"w", f32({2, 2, 1, 1})}}, {{"y", f32({1, 2, 4, 4})}},
                 {Attribute::of_ints("kernel_shape", {1, 1})});
    auto diags = check(t.model, profiles::tensorrt_8_6);
    const auto* d = with_code(diags, "profile.constant-input");
    REQUIRE(d);
    CHECK(d->field == "input 1 ('w')");
    CHECK_THAT(d->message, Catch::Contains("a graph input"));
}

TEST_CASE("opencv-dnn-4.6 needs Conv's kernel_shape spelled out") {
    SingleNode t("Conv", 13, {{"x", f32({1, 2, 4, 4})}}, {{"y", f32({1, 2, 4, 4})}});
    t.constant_input(1, Tensor::from_vector<float>(DType::float32, {2, 2, 1, 1}, {1, 0, 0, 1}), "w");
    auto diags = check(t.model, profiles::opencv_dnn_4_6);
    const auto* d = with_code(diags, "profile.attribute");
    REQUIRE(d);
    CHECK(d->field == "attribute 'kernel_shape'");
    t.node->set_attribute(Attribute::of_ints("kernel_shape", {1, 1}));
    CHECK(check(t.model, profiles::opencv_dnn_4_6).items().empty());
}

TEST_CASE("An opset outside the consumer's range is reported with the conversion to run") {
    SingleNode t("Relu", 18, {{"x", f32({4})}}, {{"y", f32({4})}});
    auto diags = check(t.model, profiles::tensorrt_8_6);
    const auto* d = with_code(diags, "profile.opset");
    REQUIRE(d);
    CHECK_THAT(d->message, Catch::Contains("9 to 17"));
    CHECK_THAT(d->hint, Catch::Contains("--opset 17"));
}

TEST_CASE("tvm has no converter for ONNX Acos (its map spells it ACos)") {
    SingleNode t("Acos", 13, {{"x", f32({4})}}, {{"y", f32({4})}});
    CHECK(with_code(check(t.model, profiles::tvm), "profile.unsupported-op"));
    CHECK(check(t.model, profiles::tensorrt_8_6).items().empty());
}

TEST_CASE("Every rejection of one model is reported in one run") {
    SingleNode t("Resize", 13, {{"x", f32({1, 2, 4, 4})}, {"scales", f32({4})}}, {{"y", f32({1, 2, 8, 8})}},
                 {Attribute::of_string("mode", "cubic"), Attribute::of_string("coordinate_transformation_mode", "tf_crop_and_resize")});
    t.node->inputs = {t.node->inputs[0], nullptr, t.node->inputs[1]};
    auto diags = check(t.model, profiles::opencv_dnn_4_6);
    CHECK(diags.error_count() == 3);  // mode, coordinate transform, scales computed at run time
}

TEST_CASE("opbridge check --profile: exit 1 with the rejections, 0 when accepted, and --profile list") {
    auto cubic = resize("cubic", "half_pixel");
    auto path = save(cubic.model, "profile-cli-cubic");
    auto rejected = opbridge::test::run_cli("check " + path + " --profile opencv-dnn-4.6");
    INFO(rejected.output);
    CHECK(rejected.exit_code == 1);
    CHECK_THAT(rejected.output, Catch::Contains("(Resize@13), attribute 'mode'") && Catch::Contains("fix:"));
    auto accepted = opbridge::test::run_cli("check " + path + " --profile onnxruntime-1.30");
    INFO(accepted.output);
    CHECK(accepted.exit_code == 0);
    CHECK_THAT(accepted.output, Catch::Contains("onnxruntime-1.30 accepts it"));
    auto list = opbridge::test::run_cli("check --profile list");
    CHECK(list.exit_code == 0);
    for (const auto* p : profiles::all) CHECK_THAT(list.output, Catch::Contains(std::string(p->name)));
    auto unknown = opbridge::test::run_cli("check " + path + " --profile nope");
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.output, Catch::Contains("opencv-dnn-4.6"));
}
