// Inputs on which fuzz_onnx_to_tflite once failed (tests/fuzz/regressions/*.to_tflite: an
// options byte, then the ONNX file; tests/fuzz/onnx_to_tflite_input.hpp). Each must convert to
// a TFLite file that reads back, or be refused with diagnostics; never crash.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/onnx_to_tflite_input.hpp"

namespace fs = std::filesystem;

TEST_CASE("ONNX -> TFLite fuzzer findings stay fixed: each converts to a file that reads back, or is refused with a diagnostic") {
    int files = 0;
    for (auto& e : fs::directory_iterator(fs::path(OPBRIDGE_SOURCE_DIR) / "tests" / "fuzz" / "regressions")) {
        if (e.path().extension() != ".to_tflite") continue;
        ++files;
        std::ifstream f(e.path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        INFO(e.path().filename().string());
        auto outcome = opbridge::fuzz::convert_onnx_to_tflite(std::as_bytes(std::span(bytes.data(), bytes.size())),
                                                              e.path().filename().string());
        CHECK(outcome.broken_promise == "");
    }
    CHECK(files >= 1);
}
