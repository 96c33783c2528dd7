#pragma once
// What the tests of the model tools share: running the CLI, a temporary folder, the models
// they cut and join, and running a model with extra outputs in a reference runtime.

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "opbridge/model_io.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "reference_runtime.hpp"
#include "support/run_cli.hpp"

namespace tools_test {

namespace fs = std::filesystem;
namespace rt = opbridge::testing;

using Run = opbridge::test::CliRun;
using opbridge::test::run_cli;

struct TempDir {
    fs::path path;
    TempDir() {
        char tmpl[] = "/tmp/opbridge-tools-XXXXXX";
        path = ::mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

inline std::string quoted(const std::string& s) { return "'" + s + "'"; }

inline const std::string mobilenet = std::string(OPBRIDGE_SOURCE_DIR) + "/.cache/models/mobilenet_v2-opset13.onnx";
inline const std::string mobilenet_11 = std::string(OPBRIDGE_SOURCE_DIR) + "/.cache/models/mobilenet_v2-opset11.onnx";
inline const std::string face_detection =
    std::string(OPBRIDGE_SOURCE_DIR) + "/.cache/models/mediapipe/face_detection_short_range.tflite";
inline const std::string tiny_cnn = std::string(OPBRIDGE_SOURCE_DIR) + "/models/tiny_cnn.onnx";
// mobilenet_v2: the features end in GlobalAveragePool and Flatten; the classifier is one Gemm.
inline const std::string before_classifier = "/Flatten_output_0";

inline void require_model(const std::string& path) {
    INFO(path << " (scripts/setup.sh makes or fetches it)");
    REQUIRE(fs::exists(path));
}

// A copy of `source` in `dir` that also outputs `tensors`; returns its path.
inline std::string with_extra_outputs(const std::string& source, const std::vector<std::string>& tensors, const std::string& path) {
    auto model = opbridge::read_model(source);
    opbridge::infer_shapes(model);
    for (const auto& name : tensors) {
        opbridge::Value* v = model.graph->find(name);
        REQUIRE(v);
        model.graph->outputs.push_back(v);
    }
    opbridge::write_model(model, path);
    return path;
}

inline std::unique_ptr<rt::ReferenceRuntime> runtime_for(const std::string& path) {
    if (path.ends_with(".tflite")) return std::make_unique<rt::TfliteRuntime>();
    return std::make_unique<rt::OnnxRuntime>();
}

// Runs the model on seeded inputs; every output by name.
inline rt::RunResult run_seeded(rt::ReferenceRuntime& runtime, const std::string& path, uint64_t seed = 7) {
    auto description = runtime.describe(path);
    INFO(path << ": " << description.error);
    REQUIRE(description.ok);
    auto result = runtime.run(path, rt::seeded_inputs(description.inputs, seed));
    INFO(result.error);
    REQUIRE(result.ok);
    return result;
}

} // namespace tools_test
