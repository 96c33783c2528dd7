// Issue 6's real models: MediaPipe face detection (short range, full range, full range sparse)
// converted to ONNX, run in ONNX Runtime against the original in the TFLite runtime on the same
// seeded inputs. Each output must agree within 1e-4 x max|output|. A table with the Transposes
// left (inside the graph / at the boundary) is printed.

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "opbridge/model_io.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "reference_runtime.hpp"
#include "tflite_to_onnx/harness.hpp"

namespace fs = std::filesystem;
namespace rt = opbridge::testing;
namespace to_onnx = opbridge::rules::tflite_to_onnx;
using opbridge::test::to_onnx::max_abs;

namespace {

const fs::path mediapipe_dir = fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models" / "mediapipe";

// Transposes whose input is a graph input or whose output feeds only graph outputs' reshapes
// sit at the boundary; the rest are inside.
std::pair<int, int> transposes(const opbridge::Graph& g) {
    int inside = 0, boundary = 0;
    for (const opbridge::Node* n : g.nodes()) {
        if (n->op.type != "Transpose") continue;
        bool at_input = std::find(g.inputs.begin(), g.inputs.end(), n->inputs[0]) != g.inputs.end();
        bool at_output = std::find(g.outputs.begin(), g.outputs.end(), n->outputs[0]) != g.outputs.end();
        (at_input || at_output ? boundary : inside)++;
    }
    return {inside, boundary};
}

struct Converted {
    opbridge::Diagnostics diags;
    std::optional<opbridge::Model> onnx;
    to_onnx::Report report;
    std::string path;
};

Converted convert(const std::string& model, to_onnx::Options options, const std::string& suffix = "") {
    Converted c;
    fs::path source = mediapipe_dir / (model + ".tflite");
    auto tflite = opbridge::read_model(source.string());
    c.onnx = to_onnx::convert(tflite, options, c.diags, source.string(), &c.report);
    if (c.onnx) {
        c.path = (fs::temp_directory_path() / ("opbridge-to-onnx-" + model + suffix + ".onnx")).string();
        opbridge::write_model(*c.onnx, c.path);
    }
    return c;
}

// Worst max|diff| / max|out| over the outputs of `onnx` in ONNX Runtime against `tflite` in
// TFLite, on the TFLite model's seeded inputs (NCHW-transposed when nchw).
double worst_difference(rt::OnnxRuntime& ort, rt::TfliteRuntime& tflite, const std::string& onnx, const std::string& source,
                        bool nchw = false) {
    auto description = tflite.describe(source);
    REQUIRE(description.ok);
    auto inputs = rt::seeded_inputs(description.inputs, 7);
    auto expected = tflite.run(source, inputs);
    REQUIRE(expected.ok);
    if (nchw)
        for (auto& in : inputs) {
            if (in.dims.size() != 4) continue;
            auto v = in.values<float>();
            std::vector<float> t(v.size());
            int64_t n = in.dims[0], h = in.dims[1], w = in.dims[2], ch = in.dims[3];
            for (int64_t b = 0; b < n; ++b)
                for (int64_t y = 0; y < h; ++y)
                    for (int64_t x = 0; x < w; ++x)
                        for (int64_t k = 0; k < ch; ++k)
                            t[static_cast<std::size_t>(((b * ch + k) * h + y) * w + x)] = v[static_cast<std::size_t>(((b * h + y) * w + x) * ch + k)];
            in = rt::make_tensor(in.name, {n, ch, h, w}, t);
        }
    for (auto& in : inputs) in.name.clear();  // by position: the ONNX names may be the signature's
    auto actual = ort.run(onnx, inputs);
    INFO(actual.error);
    REQUIRE(actual.ok);
    REQUIRE(actual.outputs.size() == expected.outputs.size());
    double worst = 0;
    for (std::size_t i = 0; i < expected.outputs.size(); ++i) {
        REQUIRE(actual.outputs[i].dims == expected.outputs[i].dims);
        auto e = expected.outputs[i].values<float>();
        auto a = actual.outputs[i].values<float>();
        double diff = 0;
        for (std::size_t k = 0; k < e.size(); ++k) diff = std::max(diff, double(std::fabs(e[k] - a[k])));
        double scale = std::max(1e-30, max_abs(expected.outputs[i]));
        INFO(onnx << " output " << i << ": max|diff| " << diff << ", max|out| " << scale);
        CHECK(diff <= 1e-4 * scale);
        worst = std::max(worst, diff / scale);
    }
    return worst;
}

} // namespace

TEST_CASE("MediaPipe face detection models convert to ONNX and agree with TFLite in ONNX Runtime") {
    rt::OnnxRuntime ort;
    rt::TfliteRuntime tflite;
    REQUIRE(ort.start().ok);
    REQUIRE(tflite.start().ok);
    std::ostringstream table;
    table << "model                               io    tflite ops  onnx ops  transposes inside/boundary  densified  max|diff|/max|out|\n";
    for (std::string model : {"face_detection_short_range", "face_detection_full_range", "face_detection_full_range_sparse"}) {
        fs::path source = mediapipe_dir / (model + ".tflite");
        INFO(source.string() << " (npm pack @mediapipe/face_detection)");
        REQUIRE(fs::exists(source));
        std::size_t source_ops = opbridge::read_model(source.string()).graph->node_count();
        for (bool nchw : {false, true}) {
            to_onnx::Options options;
            options.nchw_io = nchw;
            auto c = convert(model, options, nchw ? "-nchw" : "");
            INFO(opbridge::to_text(c.diags));
            REQUIRE(c.onnx);
            auto [inside, boundary] = transposes(*c.onnx->graph);
            double worst = worst_difference(ort, tflite, c.path, source.string(), nchw);
            char line[256];
            std::snprintf(line, sizeof line, "%-35s %-5s %10zu %9zu %15d / %d %14d %19.2e\n", model.c_str(), nchw ? "NCHW" : "NHWC",
                          source_ops, c.onnx->graph->node_count(), inside, boundary, c.report.densified, worst);
            table << line;
            ort.forget(c.path);
            fs::remove(c.path);
        }
        tflite.forget(source.string());
    }
    WARN(table.str());
}

TEST_CASE("--opset 13 and 21 go through the opset adapters and still agree with TFLite") {
    rt::OnnxRuntime ort;
    rt::TfliteRuntime tflite;
    REQUIRE(ort.start().ok);
    REQUIRE(tflite.start().ok);
    for (int64_t opset : {13, 21}) {
        to_onnx::Options options;
        options.opset = opset;
        auto c = convert("face_detection_full_range_sparse", options, "-opset" + std::to_string(opset));
        INFO(opbridge::to_text(c.diags));
        REQUIRE(c.onnx);
        CHECK(c.onnx->opset("") == opset);
        worst_difference(ort, tflite, c.path, (mediapipe_dir / "face_detection_full_range_sparse.tflite").string());
        fs::remove(c.path);
    }
}

TEST_CASE("--keep-fp16 keeps float16 weights with a Cast and still agrees with TFLite") {
    rt::OnnxRuntime ort;
    rt::TfliteRuntime tflite;
    REQUIRE(ort.start().ok);
    REQUIRE(tflite.start().ok);
    to_onnx::Options options;
    options.keep_fp16 = true;
    auto c = convert("face_detection_short_range", options, "-fp16");
    INFO(opbridge::to_text(c.diags));
    REQUIRE(c.onnx);
    CHECK(c.report.fp16_casts > 0);
    int fp16 = 0;
    for (const opbridge::Value* v : c.onnx->graph->initializers) fp16 += v->type.elem_type == opbridge::DType::float16;
    CHECK(fp16 == c.report.fp16_casts);
    worst_difference(ort, tflite, c.path, (mediapipe_dir / "face_detection_short_range.tflite").string());
    fs::remove(c.path);
}

TEST_CASE("A CUSTOM op without a rule is refused with a per-node error naming its custom code") {
    auto c = convert("selfie_segmentation", {});
    REQUIRE_FALSE(c.onnx);
    REQUIRE(c.diags.error_count() == 1);
    std::string text = opbridge::to_text(c.diags);
    CHECK(text.find("Convolution2DTransposeBias") != std::string::npos);
    CHECK(text.find("'segment'") != std::string::npos);
}

TEST_CASE("Graph inputs and outputs keep the TFLite tensor names, nodes record their source node and rule") {
    auto c = convert("face_detection_short_range", {});
    REQUIRE(c.onnx);
    const auto& g = *c.onnx->graph;
    REQUIRE(g.inputs.size() == 1);
    CHECK(g.inputs[0]->name() == "input");
    REQUIRE(g.outputs.size() == 2);
    CHECK(g.outputs[0]->name() == "regressors");
    CHECK(g.outputs[1]->name() == "classificators");
    // Nodes that bring graph outputs back to NHWC belong to no source node; all others do.
    for (const opbridge::Node* n : g.nodes()) {
        INFO(n->name << " " << n->op.type);
        bool writes_output = std::find(g.outputs.begin(), g.outputs.end(), n->outputs[0]) != g.outputs.end();
        bool feeds_output_only = opbridge::value_is_read(g, n->outputs[0]) && !writes_output;
        if (n->meta.source_nodes.empty()) CHECK((writes_output || feeds_output_only));
        else CHECK(!n->meta.rule.empty());
    }
    // The default target: the newest opset opbridge and ONNX Runtime both know (21, IR 10).
    CHECK(c.onnx->opset("") == opbridge::rules::tflite_to_onnx::default_opset);
    CHECK(c.onnx->format_version == 10);
}

// examples/custom_rule/: a user-defined rule for MediaPipe's Convolution2DTransposeBias. The
// TFLite 2.9 C library lacks that op; LiteRT ships it, so the original runs there and the
// converted model in ONNX Runtime. On seeded noise the mask (a LOGISTIC) is ~0 everywhere (max
// ~2e-4), so the models are compared before it: the custom op's output, the logits ('segment'),
// must agree within 1e-4 x their max |value|, like the face detectors' outputs. The mask itself,
// a probability, within 1e-6: ONNX Runtime's logistic is accurate to ~1e-7 absolute, which is
// not 1e-4 of a mask this faint.
#include "custom_rule/convolution2d_transpose_bias.hpp"

TEST_CASE("selfie_segmentation converts with the example's custom rule and runs in ONNX Runtime") {
    static constexpr auto rules = opbridge::rule::concat(to_onnx::all, custom_rule::mediapipe);
    static const opbridge::rule::LoweringTable table{rules};
    to_onnx::Options options;
    options.table = &table;
    auto c = convert("selfie_segmentation", options);
    INFO(opbridge::to_text(c.diags));
    REQUIRE(c.onnx);
    CHECK(std::count_if(c.onnx->graph->nodes().begin(), c.onnx->graph->nodes().end(),
                        [](const opbridge::Node* n) { return n->op.type == "ConvTranspose"; }) == 1);
    // Both models also output the logits.
    const std::string logits = "segment";
    const fs::path source = mediapipe_dir / "selfie_segmentation.tflite";
    const std::string source_with_logits = (fs::temp_directory_path() / "opbridge-selfie-logits.tflite").string();
    const std::string onnx_with_logits = (fs::temp_directory_path() / "opbridge-selfie-logits.onnx").string();
    for (auto [model, path] : {std::pair{opbridge::read_model(source.string()), source_with_logits}, std::pair{*c.onnx, onnx_with_logits}}) {
        opbridge::Value* v = model.graph->find(logits);
        INFO(path << " has no tensor '" << logits << "'");
        REQUIRE(v);
        model.graph->outputs.push_back(v);
        opbridge::write_model(model, path);
    }

    rt::OnnxRuntime ort;
    rt::LiteRtRuntime litert;
    REQUIRE(ort.start().ok);
    auto started = litert.start();
    INFO(started.error);
    REQUIRE(started.ok);
    auto description = ort.describe(onnx_with_logits);
    REQUIRE(description.ok);
    auto inputs = rt::seeded_inputs(description.inputs, 3);
    auto result = ort.run(onnx_with_logits, inputs);
    for (auto& input : inputs) input.name.clear();  // by position: the runtimes may name them differently
    auto original = litert.run(source_with_logits, inputs);
    INFO(result.error << original.error);
    REQUIRE((result.ok && original.ok));
    REQUIRE(result.outputs.size() == 2);
    REQUIRE(original.outputs.size() == 2);
    CHECK(result.outputs[0].dims == std::vector<int64_t>{1, 256, 256, 1});
    for (float v : result.outputs[0].values<float>()) REQUIRE((v >= 0.f && v <= 1.f));
    for (std::size_t i = 0; i < 2; ++i) {
        auto converted = result.outputs[i];
        // The logits are NCHW [1,1,256,256] in ONNX, NHWC [1,256,256,1] in TFLite: one channel,
        // so the same order of elements.
        REQUIRE(converted.element_count() == original.outputs[i].element_count());
        converted.dims = original.outputs[i].dims;
        const double magnitude = max_abs(original.outputs[i]);
        REQUIRE(magnitude > 0);
        const double atol = i == 0 ? 1e-6 : 1e-4 * magnitude;
        const auto comparison = rt::compare(original.outputs[i], converted, {0, atol});
        INFO((i == 0 ? "mask" : "logits") << ", max |value| " << magnitude << ": " << comparison.summary());
        CHECK(comparison.passed());
    }
    fs::remove(source_with_logits);
    fs::remove(onnx_with_logits);
    fs::remove(c.path);
}
