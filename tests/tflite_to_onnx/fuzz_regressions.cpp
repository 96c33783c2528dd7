// Inputs on which fuzz_tflite_to_onnx once failed (tests/fuzz/regressions/*.to_onnx: an
// options byte, then the TFLite file; tests/fuzz/tflite_to_onnx_input.hpp). Each must convert to
// an ONNX file that reads back, or be refused with diagnostics; never crash.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/tflite_to_onnx_input.hpp"

namespace fs = std::filesystem;

TEST_CASE("TFLite -> ONNX fuzzer findings stay fixed: each converts to a file that reads back, or is refused with a diagnostic") {
    int files = 0;
    for (auto& e : fs::directory_iterator(fs::path(OPBRIDGE_SOURCE_DIR) / "tests" / "fuzz" / "regressions")) {
        if (e.path().extension() != ".to_onnx") continue;
        ++files;
        std::ifstream f(e.path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        INFO(e.path().filename().string());
        auto outcome = opbridge::fuzz::convert_tflite_to_onnx(std::as_bytes(std::span(bytes.data(), bytes.size())),
                                                              e.path().filename().string());
        CHECK(outcome.broken_promise == "");
    }
    CHECK(files >= 1);
}
