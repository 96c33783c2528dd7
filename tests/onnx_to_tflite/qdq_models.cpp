// Issue 6's quantized model set: int8 QDQ ONNX models that scripts/make_qdq_models.py makes from
// torchvision exports (weights rescaled so activations keep unit variance, scales calibrated in
// ONNX Runtime on seeded inputs). Each goes ONNX QDQ -> TFLite int8 -> ONNX QDQ, and every stage
// runs in its own runtime on the same seeded inputs:
//   * the conversion keeps the model's meaning: ONNX Runtime gives the QDQ source and the ONNX
//     model made from the int8 TFLite model the same outputs, to within one quantization step
//     of the output on at least 99% of the elements;
//   * TFLite -> ONNX -> TFLite gives back the same ops with the same quantization parameters;
//   * TFLite's int8 kernels and ONNX Runtime's compute the same int8 model with different
//     rounding. Each op alone agrees within one step (tests/onnx_to_tflite/quantization.cpp,
//     tests/tflite_to_onnx/quantization.cpp); through 20-80 layers the one-step differences
//     compound, so here the agreement is measured and printed, and only bounded loosely (a
//     conversion error, such as a wrong scale or layout, is off by tens of steps everywhere).

#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <sstream>

#include "opbridge/model_io.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "reference_runtime.hpp"
#include "support/quantization.hpp"

namespace fs = std::filesystem;
namespace rt = opbridge::testing;
using opbridge::test::agreement;

namespace {

const fs::path qdq_dir = fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models" / "qdq";

// Ops of a TFLite model that compute on float data (float islands: what the QDQ model left in float).
int float_ops(const opbridge::Model& m) {
    int n = 0;
    for (const opbridge::Node* node : m.graph->nodes()) {
        if (node->op.type == "QUANTIZE" || node->op.type == "DEQUANTIZE") continue;
        bool reads_float = std::any_of(node->inputs.begin(), node->inputs.end(), [](const opbridge::Value* v) {
            return v && !v->initializer && v->type.elem_type == opbridge::DType::float32;
        });
        n += reads_float;
    }
    return n;
}

int ops_of(const opbridge::Model& m, std::string_view type) {
    int n = 0;
    for (const opbridge::Node* node : m.graph->nodes()) n += node->op.type == type;
    return n;
}

} // namespace

TEST_CASE("int8 QDQ models go to TFLite int8 and back to ONNX, each stage agreeing in its runtime", "[quantized]") {
    rt::OnnxRuntime ort;
    rt::TfliteRuntime tflite;
    REQUIRE(ort.start().ok);
    REQUIRE(tflite.start().ok);
    std::ostringstream table;
    table << "model               tflite ops  int8 convs  float ops  QDQ vs round trip (ORT)   QDQ (ORT) vs int8 (TFLite)   int8 (TFLite) vs its ONNX (ORT)\n";
    for (std::string name : {"resnet18", "mobilenet_v2", "squeezenet1_1", "mobilenet_v3_small", "efficientnet_b0"}) {
        fs::path source = qdq_dir / (name + "-opset13-qdq.onnx");
        INFO(source.string() << " (scripts/setup.sh makes the QDQ model set)");
        REQUIRE(fs::exists(source));
        auto qdq = opbridge::read_model(source.string());
        double step = opbridge::test::output_steps(qdq).at(0);

        opbridge::Diagnostics diags;
        auto int8 = opbridge::rules::onnx_to_tflite::convert(qdq, {}, diags, source.string());
        INFO(opbridge::to_text(diags));
        REQUIRE(int8);
        auto int8_path = (fs::temp_directory_path() / ("opbridge-qdq-" + name + ".tflite")).string();
        opbridge::write_model(*int8, int8_path);
        // Reread as the TFLite -> ONNX converter would see a file.
        auto int8_read = opbridge::read_model(int8_path);
        int convs = ops_of(int8_read, "CONV_2D") + ops_of(int8_read, "DEPTHWISE_CONV_2D");
        int quantized_convs = 0;
        for (const opbridge::Node* n : int8_read.graph->nodes())
            if ((n->op.type == "CONV_2D" || n->op.type == "DEPTHWISE_CONV_2D") && n->inputs[0]->type.elem_type == opbridge::DType::int8 &&
                n->inputs[1]->type.elem_type == opbridge::DType::int8 && n->inputs[2]->type.elem_type == opbridge::DType::int32)
                ++quantized_convs;
        CHECK(convs > 0);
        CHECK(quantized_convs == convs);

        opbridge::Diagnostics back_diags;
        auto back = opbridge::rules::tflite_to_onnx::convert(int8_read, {}, back_diags, int8_path);
        INFO(opbridge::to_text(back_diags));
        REQUIRE(back);
        auto back_path = (fs::temp_directory_path() / ("opbridge-qdq-" + name + "-back.onnx")).string();
        opbridge::write_model(*back, back_path);

        auto description = ort.describe(source.string());
        REQUIRE(description.ok);
        auto inputs = rt::seeded_inputs(description.inputs, 5);
        auto stage1 = ort.run(source.string(), inputs);
        auto stage2 = tflite.run(int8_path, inputs);
        auto stage3 = ort.run(back_path, inputs);
        INFO(stage1.error << stage2.error << stage3.error);
        REQUIRE((stage1.ok && stage2.ok && stage3.ok));
        auto same_runtime = agreement(stage1.outputs[0], stage3.outputs[0], step);
        auto to_tflite = agreement(stage1.outputs[0], stage2.outputs[0], step);
        auto to_onnx = agreement(stage2.outputs[0], stage3.outputs[0], step);
        INFO(name << ": QDQ vs its round trip, both in ONNX Runtime: " << same_runtime.brief()
                  << "; QDQ in ONNX Runtime vs int8 TFLite: " << to_tflite.brief() << "; int8 TFLite vs its ONNX: " << to_onnx.brief());
        CHECK(same_runtime.fraction() >= 0.99);
        for (const auto& across : {to_tflite, to_onnx}) {
            CHECK(across.fraction() >= 0.5);
            CHECK(across.max_steps <= 8.001);
        }

        // TFLite -> ONNX -> TFLite gives the same ops with the same quantization.
        opbridge::Diagnostics again_diags;
        auto again = opbridge::rules::onnx_to_tflite::convert(*back, {}, again_diags, back_path);
        INFO(opbridge::to_text(again_diags));
        REQUIRE(again);
        CHECK(opbridge::test::quantized_model_difference(*int8, *again) == "");

        char line[256];
        std::snprintf(line, sizeof line, "%-19s %10zu %11d %10d  %-25s %-28s %s\n", name.c_str(), int8->graph->node_count(), quantized_convs,
                      float_ops(*int8), same_runtime.brief().c_str(), to_tflite.brief().c_str(), to_onnx.brief().c_str());
        table << line;
        tflite.forget(int8_path);
        ort.forget(source.string());
        ort.forget(back_path);
        fs::remove(int8_path);
        fs::remove(back_path);
    }
    WARN(table.str());
}
