// A TFLite model read and written back by opbridge runs in TensorFlow Lite with outputs
// bit-identical to the original's: the rewrite changes nothing the runtime computes with.

#include <catch2/catch.hpp>

#include <filesystem>

#include "opbridge/tflite/reader.hpp"
#include "opbridge/tflite/writer.hpp"
#include "reference_runtime.hpp"

namespace fs = std::filesystem;

TEST_CASE("rewritten MediaPipe models run bit-identically in TFLite") {
    // selfie_segmentation uses a custom op TFLite cannot run; the face detectors cover fp16
    // weights (DEQUANTIZE) and sparse weights (DENSIFY).
    const fs::path dir = fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models" / "mediapipe";
    opbridge::testing::TfliteRuntime tflite;
    REQUIRE(tflite.start().ok);
    for (const char* name : {"face_detection_short_range.tflite", "face_detection_full_range.tflite",
                             "face_detection_full_range_sparse.tflite"}) {
        INFO(name << " (scripts/setup.sh fetches it)");
        const fs::path source = dir / name;
        REQUIRE(fs::exists(source));
        const fs::path copy = fs::temp_directory_path() / ("opbridge-rt-" + std::string(name));
        opbridge::tflite_file::write(opbridge::tflite_file::read(source.string()), copy.string());

        auto description = tflite.describe(source.string());
        REQUIRE(description.ok);
        for (uint64_t seed : {1, 2}) {
            auto inputs = opbridge::testing::seeded_inputs(description.inputs, seed);
            auto a = tflite.run(source.string(), inputs);
            auto b = tflite.run(copy.string(), inputs);
            INFO(b.error);
            REQUIRE(a.ok);
            REQUIRE(b.ok);
            REQUIRE(a.outputs.size() == b.outputs.size());
            for (std::size_t i = 0; i < a.outputs.size(); ++i) {
                CHECK(a.outputs[i].dims == b.outputs[i].dims);
                CHECK(a.outputs[i].data == b.outputs[i].data);  // every byte
            }
        }
        fs::remove(copy);
    }
}
