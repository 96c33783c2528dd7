// Inputs on which fuzz_tflite_to_onnx once failed (tests/fuzz/regressions/*.to_onnx: an
// options byte, then the TFLite file; tests/fuzz/tflite_to_onnx_input.hpp). Each must convert to
// an ONNX file that reads back, or be refused with diagnostics; never crash.

#include <catch2/catch.hpp>

#include "fuzz/tflite_to_onnx_input.hpp"
#include "fuzz/saved_regressions.hpp"

TEST_CASE("TFLite -> ONNX fuzzer findings stay fixed: each converts to a file that reads back, or is refused with a diagnostic") {
    int files = opbridge::fuzz::for_each_saved_regression(".to_onnx", [](const std::string& bytes, const std::string& name) {
        INFO(name);
        auto outcome = opbridge::fuzz::convert_tflite_to_onnx(std::as_bytes(std::span(bytes.data(), bytes.size())), name);
        CHECK(outcome.broken_promise == "");
    });
    CHECK(files >= 1);
}
