// Issue 5's model set: torchvision exports (random weights) at opsets 11, 13 and 17, vit_b_16
// at 13 and a TransformerEncoderLayer, converted to TFLite and run in the real TFLite runtime
// against the source in ONNX Runtime on the same seeded inputs. Each output must agree within
// 1e-4 x max|output|; the CNNs must have no TRANSPOSE inside the graph. A table with the
// Transposes left (inside / at the boundary) and the op-count ratio is printed.

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <sstream>

#include "opbridge/model_io.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "reference_runtime.hpp"

namespace fs = std::filesystem;
namespace rt = opbridge::testing;

namespace {

const fs::path models_dir = fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models";

struct Case {
    std::string model;
    bool cnn;
};

std::vector<Case> cases() {
    std::vector<Case> out;
    for (std::string m : {"resnet18", "mobilenet_v2", "mobilenet_v3_small", "efficientnet_b0", "squeezenet1_1", "shufflenet_v2_x1_0",
                          "densenet121", "convnext_tiny", "deeplabv3_mobilenet_v3_large"})
        for (int opset : {11, 13, 17}) out.push_back({m + "-opset" + std::to_string(opset), true});
    for (int opset : {11, 13, 17}) out.push_back({"transformer_encoder-opset" + std::to_string(opset), false});
    out.push_back({"vit_b_16-opset13", false});
    return out;
}

// Transposes whose input is a graph input or whose output is a graph output sit at the boundary.
std::pair<int, int> transposes(const opbridge::Graph& g) {
    int inside = 0, boundary = 0;
    for (const opbridge::Node* n : g.nodes()) {
        if (n->op.type != "TRANSPOSE") continue;
        bool at_input = std::find(g.inputs.begin(), g.inputs.end(), n->inputs[0]) != g.inputs.end();
        bool at_output = std::find(g.outputs.begin(), g.outputs.end(), n->outputs[0]) != g.outputs.end();
        (at_input || at_output ? boundary : inside)++;
    }
    return {inside, boundary};
}

} // namespace

TEST_CASE("torchvision exports convert to TFLite and agree with ONNX Runtime in the TFLite runtime") {
    rt::OnnxRuntime ort;
    rt::TfliteRuntime tflite;
    REQUIRE(ort.start().ok);
    REQUIRE(tflite.start().ok);
    std::ostringstream table;
    table << "model                                  src ops  tflite ops  ratio  transposes inside/boundary  max|diff|/max|out|\n";
    for (const auto& c : cases()) {
        fs::path source = models_dir / (c.model + ".onnx");
        INFO(source.string() << " (scripts/setup.sh makes the model set)");
        REQUIRE(fs::exists(source));
        auto model = opbridge::read_model(source.string());
        std::size_t source_ops = model.graph->node_count();
        opbridge::Diagnostics diags;
        auto converted = opbridge::rules::onnx_to_tflite::convert(model, {}, diags, source.string());
        INFO(opbridge::to_text(diags));
        REQUIRE(converted);
        auto out = (fs::temp_directory_path() / ("opbridge-to-tflite-" + c.model + ".tflite")).string();
        opbridge::write_model(*converted, out);
        auto [inside, boundary] = transposes(*converted->graph);
        if (c.cnn) CHECK(inside == 0);

        auto description = ort.describe(source.string());
        REQUIRE(description.ok);
        auto inputs = rt::seeded_inputs(description.inputs, 5);
        auto expected = ort.run(source.string(), inputs);
        REQUIRE(expected.ok);
        auto actual = tflite.run(out, inputs);
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
            worst = std::max(worst, diff / scale);
            INFO(c.model << " output " << i << ": max|diff| " << diff << ", max|out| " << scale);
            CHECK(diff <= 1e-4 * scale);
        }
        char line[256];
        std::snprintf(line, sizeof line, "%-38s %7zu %11zu %6.2f %15d / %d %22.2e\n", c.model.c_str(), source_ops,
                      converted->graph->node_count(), double(source_ops) / double(converted->graph->node_count()), inside,
                      boundary, worst);
        table << line;
        tflite.forget(out);
        ort.forget(source.string());
        fs::remove(out);
    }
    WARN(table.str());
}
