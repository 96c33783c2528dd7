// Real models (torchvision exports with random weights, scripts/make_models.py --set ci)
// converted to every target opset: each result that opbridge writes must run in ONNX
// Runtime and agree with the source model; upgrades must always succeed.

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"
#include "reference_runtime.hpp"

namespace fs = std::filesystem;

namespace {
const fs::path models_dir = fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models";
const std::vector<std::string> ci_models = {
    "resnet18-opset9", "resnet18-opset13", "resnet18-opset17",
    "mobilenet_v3_small-opset9", "mobilenet_v3_small-opset13", "mobilenet_v3_small-opset17",
    "shufflenet_v2_x1_0-opset9", "shufflenet_v2_x1_0-opset13", "shufflenet_v2_x1_0-opset17",
    "transformer_encoder-opset9", "transformer_encoder-opset13", "transformer_encoder-opset17",
    "lstm-opset9", "lstm-opset13", "lstm-opset17"};
} // namespace

TEST_CASE("torchvision exports convert across opsets and keep their outputs") {
    opbridge::testing::OnnxRuntime ort;
    REQUIRE(ort.start().ok);
    int converted = 0, refused = 0;
    std::string refusals;
    for (const auto& name : ci_models) {
        fs::path source = models_dir / (name + ".onnx");
        INFO(source.string() << " (run scripts/setup.sh: it makes the ci model set)");
        REQUIRE(fs::exists(source));
        auto description = ort.describe(source.string());
        REQUIRE(description.ok);
        auto inputs = opbridge::testing::seeded_inputs(description.inputs, 11);
        auto expected = ort.run(source.string(), inputs);
        REQUIRE(expected.ok);
        int64_t source_opset = opbridge::onnx_file::read(source.string()).opset("").value_or(0);
        for (int target : {7, 9, 11, 13, 15, 17, 19, 21}) {
            auto model = opbridge::onnx_file::read(source.string());
            opbridge::Diagnostics diags;
            opbridge::OpsetConversion o{target, source.string(), &opbridge::rules::onnx_opset::table};
            bool ok = opbridge::convert_opset(model, o, diags);
            INFO(name << " -> opset " << target);
            if (!ok) {
                // Going up must always work; going down may meet ops the target cannot express,
                // and then every such node is named.
                CHECK(target < source_opset);
                REQUIRE(diags.has_errors());
                ++refused;
                refusals += name + " -> " + std::to_string(target) + ": " + diags.items().front().one_line() + "\n";
                continue;
            }
            ++converted;
            auto out = (fs::temp_directory_path() / ("opbridge-real-" + name + "-" + std::to_string(target) + ".onnx")).string();
            opbridge::onnx_file::write(model, out);
            auto actual = ort.run(out, inputs);
            INFO(actual.error);
            REQUIRE(actual.ok);
            REQUIRE(actual.outputs.size() == expected.outputs.size());
            for (std::size_t i = 0; i < actual.outputs.size(); ++i) {
                auto c = opbridge::testing::compare(expected.outputs[i], actual.outputs[i], {1e-5, 1e-5});
                INFO(c.summary());
                CHECK(c.passed());
            }
            ort.forget(out);
            fs::remove(out);
        }
    }
    WARN(converted << " pairs converted and matched, " << refused << " refused:\n" << refusals);
    CHECK(converted > 0);
}
