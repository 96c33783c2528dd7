// include/opbridge/pass/profile_rewrite.hpp: each rewrite, checked in ONNX Runtime (the
// rewritten model computes what the source does) and, for opencv-dnn-4.6, by OpenCV itself
// loading and running the result.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/pass/profile_rewrite.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/profiles/all.hpp"
#include "rules/onnx_opset/harness.hpp"
#ifdef OPBRIDGE_HAVE_OPENCV
#include "profiles/opencv_probe.hpp"
#endif

using namespace opbridge;
using namespace opbridge::test;
namespace profiles = opbridge::rules::profiles;

namespace {

Diagnostics rewrite(Model& m, const profile::Profile& p) {
    Diagnostics d;
    rewrite_for_profile(m, p, d, rules::onnx_opset::table, "m.onnx");
    return d;
}

int count(const Model& m, std::string_view op) {
    int n = 0;
    for (Node* node : m.graph->nodes()) n += node->op.type == op;
    return n;
}

// OpenCV 4.6 really loads and runs the model (seeded float inputs), in a child process.
void check_opencv_accepts(const Model& m, const std::string& name) {
#ifdef OPBRIDGE_HAVE_OPENCV
    auto path = save(m, name);
    std::vector<opencv::Job> jobs{{path, [&m] {
                                       std::vector<opencv::NamedTensor> ins;
                                       for (const Value* v : m.graph->inputs) {
                                           if (v->initializer) continue;
                                           std::vector<int64_t> dims;
                                           for (const auto& d : *v->type.shape) dims.push_back(d.is_known() ? d.value : 1);
                                           int64_t n = 1;
                                           for (auto d : dims) n *= d;
                                           std::vector<float> values(static_cast<std::size_t>(n));
                                           std::mt19937 rng(3);
                                           for (auto& x : values) x = std::uniform_real_distribution<float>(-4, 9)(rng);
                                           ins.push_back({v->name(), Tensor::from_vector<float>(DType::float32, dims, values)});
                                       }
                                       return ins;
                                   }}};
    auto outcome = opencv::run_all(jobs, 1, std::chrono::seconds(120))[0];
    INFO(outcome.reason);
    CHECK(outcome.accepted);
#else
    (void)m;
    (void)name;
    WARN("built without OpenCV: not checked that OpenCV accepts " << name);
#endif
}

SingleNode int64_clip(int64_t opset) {
    SingleNode t("Clip", opset, {{"x", of(DType::int64, {2, 3})}}, {{"y", of(DType::int64, {2, 3})}});
    t.constant_input(1, Tensor::from_vector<int64_t>(DType::int64, {}, {2}), "lo");
    t.constant_input(2, Tensor::from_vector<int64_t>(DType::int64, {}, {7}), "hi");
    return t;
}

SingleNode linear_upsample() {
    SingleNode t("Upsample", 9, {{"x", f32({1, 2, 3, 4})}}, {{"y", f32({1, 2, 6, 8})}}, {Attribute::of_string("mode", "linear")});
    t.constant_input(1, Tensor::from_vector<float>(DType::float32, {4}, {1, 1, 2, 2}), "scales");
    return t;
}

} // namespace

TEST_CASE("An int64 Clip at opset 11 becomes Clip-12 for onnxruntime, and ONNX Runtime runs it") {
    auto t = int64_clip(11);
    auto diags = rewrite(t.model, profiles::onnxruntime_1_30);
    INFO(to_text(diags));
    REQUIRE_FALSE(diags.has_errors());
    CHECK(t.model.opset("") == 12);
    CHECK(count(t.model, "Cast") == 0);  // the opset step is enough: no Cast needed
    // The source is invalid where it is (that is the point), so compare with Clip's meaning.
    static testing::OnnxRuntime ort;
    std::vector<int64_t> x = {-5, 0, 2, 5, 7, 100};
    auto run = ort.run(save(t.model, "clip-int64-12"), {testing::make_tensor<int64_t>("x", {2, 3}, x)});
    INFO(run.error);
    REQUIRE(run.ok);
    auto y = run.outputs.at(0).values<int64_t>();
    CHECK(std::vector<int64_t>(y.begin(), y.end()) == std::vector<int64_t>{2, 2, 2, 5, 7, 7});
}

TEST_CASE("An int64 Clip for opencv-dnn-4.6 runs in float between Casts at opset 10, with a note; ONNX Runtime and OpenCV agree") {
    auto source = int64_clip(12), t = int64_clip(12);
    auto diags = rewrite(t.model, profiles::opencv_dnn_4_6);
    INFO(to_text(diags));
    REQUIRE_FALSE(diags.has_errors());
    CHECK(t.model.opset("") == 10);
    CHECK(count(t.model, "Cast") == 2);
    const Node* clip = only_node(t.model, "Clip");
    REQUIRE(clip);
    CHECK(clip->attribute("min"));  // Clip-6 holds the bounds as attributes, the form OpenCV reads
    bool noted = false;
    for (const auto& d : diags.items()) noted = noted || (d.severity == Severity::note && d.message.find("2^24") != std::string::npos);
    CHECK(noted);
    check_same_outputs(source.model, t.model, "clip-int64-opencv");
    check_opencv_accepts(t.model, "clip-int64-opencv");
}

TEST_CASE("A linear Upsample-9 becomes Resize-11 linear/asymmetric for opencv-dnn-4.6, computing the same") {
    auto source = linear_upsample(), t = linear_upsample();
    Diagnostics before;
    REQUIRE_FALSE(profile::check_profile(t.model, profiles::opencv_dnn_4_6, before));
    auto diags = rewrite(t.model, profiles::opencv_dnn_4_6);
    INFO(to_text(diags));
    REQUIRE_FALSE(diags.has_errors());
    CHECK(t.model.opset("") == 11);
    const Node* resize = only_node(t.model, "Resize");
    REQUIRE(resize);
    REQUIRE(resize->attribute("coordinate_transformation_mode"));
    CHECK(*resize->attribute("coordinate_transformation_mode")->get_if<std::string>() == "asymmetric");
    check_same_outputs(source.model, t.model, "upsample-linear-opencv");
    check_opencv_accepts(t.model, "upsample-linear-opencv");
}

TEST_CASE("A Resize-10 becomes Upsample-9 for a consumer that reads opset 9 only") {
    profile::Profile opset9 = profiles::onnxruntime_1_30;
    opset9.name = "opset-9-consumer";
    opset9.max_opset = 9;
    SingleNode source("Resize", 10, {{"x", f32({1, 1, 2, 2})}}, {{"y", f32({1, 1, 4, 4})}}, {Attribute::of_string("mode", "nearest")});
    source.constant_input(1, Tensor::from_vector<float>(DType::float32, {4}, {1, 1, 2, 2}), "scales");
    SingleNode t("Resize", 10, {{"x", f32({1, 1, 2, 2})}}, {{"y", f32({1, 1, 4, 4})}}, {Attribute::of_string("mode", "nearest")});
    t.constant_input(1, Tensor::from_vector<float>(DType::float32, {4}, {1, 1, 2, 2}), "scales");
    auto diags = rewrite(t.model, opset9);
    INFO(to_text(diags));
    REQUIRE_FALSE(diags.has_errors());
    CHECK(has_node(t.model, "Upsample"));
    check_same_outputs(source.model, t.model, "resize10-upsample9");
}

TEST_CASE("Identity over weights is folded for opencv-dnn-4.6: a torchvision resnet18 export then loads in OpenCV") {
    auto path = std::string(OPBRIDGE_SOURCE_DIR) + "/.cache/models/resnet18-opset11.onnx";
    if (!std::filesystem::exists(path)) {
        WARN("no " << path << " (scripts/make_models.py makes it)");
        return;
    }
    auto source = onnx_file::read(path), model = onnx_file::read(path);
    REQUIRE(count(model, "Identity") > 0);
    auto diags = rewrite(model, profiles::opencv_dnn_4_6);
    INFO(to_text(diags));
    REQUIRE_FALSE(diags.has_errors());
    CHECK(count(model, "Identity") == 0);
    CHECK(model.opset("") == 11);
    check_same_outputs(source, model, "resnet18-opencv");
    check_opencv_accepts(model, "resnet18-opencv");
}

TEST_CASE("Without a faithful rewrite the model is left as it was and every rejection is reported") {
    SingleNode t("Where", 13, {{"c", of(DType::boolean, {4})}, {"a", f32({4})}, {"b", f32({4})}}, {{"y", f32({4})}});
    auto diags = rewrite(t.model, profiles::opencv_dnn_4_6);
    CHECK(diags.has_errors());
    CHECK(t.model.opset("") == 13);
    CHECK(has_node(t.model, "Where"));
    bool named = false, summary = false;
    for (const auto& d : diags.items()) {
        named = named || (d.code == "profile.unsupported-op" && d.op == "Where@13");
        summary = summary || d.code == "profile.no-rewrite";
    }
    CHECK(named);
    CHECK(summary);
}
