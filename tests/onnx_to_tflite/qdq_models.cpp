// Issue 6's quantized model set: int8 QDQ ONNX models that scripts/make_qdq_models.py makes from
// torchvision exports (weights rescaled so activations keep unit variance, scales calibrated in
// ONNX Runtime on seeded inputs). Each goes ONNX QDQ -> TFLite int8 -> ONNX QDQ, and every stage
// runs in its own runtime on 8 seeded inputs:
//   * ONNX Runtime gives the QDQ source and the ONNX model made from the int8 TFLite model
//     outputs within one quantization step on at least 99% of the elements, on every input;
//   * TFLite -> ONNX -> TFLite gives back the same ops with the same quantization parameters;
//   * the QDQ source in ONNX Runtime and the int8 model in LiteRT (TensorFlow Lite's current
//     runtime, whose XNNPACK kernels requantize in float and round once, as ONNX Runtime does)
//     give outputs within one step on at least 99% of the elements, or, on an input where they
//     do not, ONNX Runtime does not either against itself: the reference ONNX Runtime runs
//     int8 QDQ on its integer kernels (RuntimeOptions::integer_qdq, its default on ARM), and
//     the same QDQ file also runs as ONNX Runtime does by default on x86 (an int8 Conv or Mul
//     whose activation several nodes read in float: dequantize, float op, quantize).
//     Where LiteRT and ONNX Runtime part at all, `opbridge verify --intermediate` must find that
//     they first part as two roundings of one value do: one step, in at most 0.1% of one
//     tensor's elements (a value within float32 precision of a step's midpoint, or on it in an
//     ADD: LiteRT's int8 CONV_2D and QUANTIZE round exact ties to even as ONNX does, which
//     quantization.cpp checks, its int8 ADD rounds them up). These random-weight networks then
//     spread that step through the layers after it, to many output elements on some inputs
//     (efficientnet_b0's squeeze-and-excitation Muls, where ONNX Runtime's integer Mul kernel
//     rounds a few elements differently from its own float path, which LiteRT's MUL matches).
// The int8 model also runs in TensorFlow Lite 2.9, whose kernels requantize in fixed point and
// round twice, so values close to a step's midpoint can land one step off in every layer (0.05-
// 0.1% of the elements of each conv output here): that agreement is printed, not bounded.

#include <catch2/catch.hpp>

#include <cstdio>
#include <regex>
#include <filesystem>
#include <initializer_list>
#include <sstream>

#include "opbridge/model_io.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "reference_runtime.hpp"
#include "support/quantization.hpp"
#include "support/run_cli.hpp"

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

// Where two runtimes first part on one input, as `opbridge verify --intermediate` finds it:
// the first quantized tensor whose steps differ at all, in how many of its elements, and by
// at most how many steps.
struct FirstDifference {
    bool found = false;
    int64_t apart = 0, elements = 0, steps = 0;
    std::string report;  // what verify printed
};

FirstDifference first_difference(const std::string& onnx, const std::string& tflite, uint64_t seed) {
    auto run = opbridge::test::run_cli("verify " + onnx + " " + tflite + " --tflite-runtime litert --intermediate --seed " + std::to_string(seed));
    INFO(run.output);
    REQUIRE((run.exit_code == 0 || run.exit_code == 1));
    FirstDifference d;
    d.report = run.output;
    std::smatch m;
    static const std::regex line("first quantized difference: .*: (\\d+) of (\\d+) elements apart, at most (\\d+) step");
    if (std::regex_search(run.output, m, line)) {
        d.found = true;
        d.apart = std::stoll(m[1]);
        d.elements = std::stoll(m[2]);
        d.steps = std::stoll(m[3]);
    }
    return d;
}

} // namespace

TEST_CASE("int8 QDQ models go to TFLite int8 and back to ONNX, each stage agreeing in its runtime", "[quantized]") {
    rt::OnnxRuntime ort;  // int8 QDQ on its integer kernels, as on ARM (RuntimeOptions::integer_qdq)
    rt::OnnxRuntime ort_x86_default(rt::RuntimeOptions{.integer_qdq = false});
    rt::LiteRtRuntime litert;
    rt::TfliteRuntime tflite;
    for (rt::ReferenceRuntime* runtime : std::initializer_list<rt::ReferenceRuntime*>{&ort, &ort_x86_default, &litert, &tflite}) {
        auto started = runtime->start();
        INFO(started.error);
        REQUIRE(started.ok);
    }
    std::ostringstream table;
    int ort_modes_apart = 0;  // inputs on which ONNX Runtime's two ways of running a QDQ model differ at all
    // Agreement columns pool 8 inputs; "equal" and ">=99%" count inputs on which QDQ in ONNX
    // Runtime and int8 in LiteRT give equal outputs, or outputs within one step on >= 99%.
    table << "model               tflite ops  int8 convs  float ops  QDQ vs round trip (ORT)  QDQ (ORT) vs int8 (LiteRT)  "
             "int8 (LiteRT) vs its ONNX (ORT)  equal >=99%  QDQ (ORT) vs int8 (TFLite 2.9)  QDQ (ORT) vs QDQ (ORT, x86 default) >=99%\n";
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
        // Eight inputs, none of them a calibration input (make_qdq_models.py calibrates on seeds 0-7).
        opbridge::test::Agreement same_runtime, to_tflite, to_onnx, to_tflite_2_9, ort_itself;
        int inputs_in_step = 0, inputs_identical = 0;  // QDQ (ORT) vs int8 (LiteRT): >= 99% within one step; all equal
        int ort_itself_in_step = 0;  // the same for ONNX Runtime's two ways of running the QDQ model
        for (uint64_t seed = 8; seed < 16; ++seed) {
            auto inputs = rt::seeded_inputs(description.inputs, seed);
            auto stage1 = ort.run(source.string(), inputs);
            auto stage2 = litert.run(int8_path, inputs);
            auto stage3 = ort.run(back_path, inputs);
            auto stage2_tflite = tflite.run(int8_path, inputs);
            auto stage1_x86 = ort_x86_default.run(source.string(), inputs);
            INFO("seed " << seed << ": " << stage1.error << stage2.error << stage3.error << stage2_tflite.error << stage1_x86.error);
            REQUIRE((stage1.ok && stage2.ok && stage3.ok && stage2_tflite.ok && stage1_x86.ok));
            const auto round_trip = agreement(stage1.outputs[0], stage3.outputs[0], step);
            const auto across = agreement(stage1.outputs[0], stage2.outputs[0], step);
            INFO(name << ", seed " << seed << ": QDQ vs its round trip, both in ONNX Runtime: " << round_trip.summary()
                      << "; QDQ in ONNX Runtime vs int8 in LiteRT: " << across.summary());
            CHECK(round_trip.fraction() >= 0.99);
            const auto itself = agreement(stage1.outputs[0], stage1_x86.outputs[0], step);
            INFO("QDQ in ONNX Runtime, integer kernels vs its x86 default: " << itself.summary());
            // Issue 6's bound, or, where the int8 model misses it, ONNX Runtime misses it too on
            // the same input, between its two ways of running the QDQ model.
            CHECK((across.fraction() >= 0.99 || itself.fraction() < 0.99));
            inputs_in_step += across.fraction() >= 0.99;
            inputs_identical += across.max_steps == 0;
            if (across.max_steps > 0) {
                // The runtimes parted somewhere. Where they first do, they must differ as two
                // roundings of one value do: by one step, in a few elements (a value within
                // float32 precision of a step's midpoint, or on it in an ADD, which XNNPACK
                // rounds up where ONNX rounds to even). The layers after it carry the difference
                // on and, in these random-weight networks, spread it; a conversion error would
                // show first as a tensor off everywhere, or by several steps.
                const FirstDifference first = first_difference(source.string(), int8_path, seed);
                INFO(first.report);
                CHECK(first.found);
                CHECK(first.steps == 1);
                CHECK(first.apart * 1000 <= first.elements);
            }
            same_runtime += round_trip;
            to_tflite += across;
            to_onnx += agreement(stage2.outputs[0], stage3.outputs[0], step);
            to_tflite_2_9 += agreement(stage1.outputs[0], stage2_tflite.outputs[0], step);
            ort_itself += itself;
            ort_itself_in_step += itself.fraction() >= 0.99;
            ort_modes_apart += itself.max_steps > 0;
        }

        // TFLite -> ONNX -> TFLite gives the same ops with the same quantization.
        opbridge::Diagnostics again_diags;
        auto again = opbridge::rules::onnx_to_tflite::convert(*back, {}, again_diags, back_path);
        INFO(opbridge::to_text(again_diags));
        REQUIRE(again);
        CHECK(opbridge::test::quantized_model_difference(*int8, *again) == "");

        char line[400];
        std::snprintf(line, sizeof line, "%-19s %10zu %11d %10d  %-24s %-27s %-32s %d/8 %d/8    %-31s %-24s %d/8\n", name.c_str(),
                      int8->graph->node_count(), quantized_convs, float_ops(*int8), same_runtime.brief().c_str(), to_tflite.brief().c_str(),
                      to_onnx.brief().c_str(), inputs_identical, inputs_in_step, to_tflite_2_9.brief().c_str(), ort_itself.brief().c_str(),
                      ort_itself_in_step);
        table << line;
        litert.forget(int8_path);
        tflite.forget(int8_path);
        ort.forget(source.string());
        ort.forget(back_path);
        ort_x86_default.forget(source.string());
        fs::remove(int8_path);
        fs::remove(back_path);
    }
    WARN(table.str());
    // RuntimeOptions::integer_qdq reaches ONNX Runtime: its two settings are two computations.
    CHECK(ort_modes_apart > 0);
}
