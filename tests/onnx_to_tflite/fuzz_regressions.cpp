// Inputs on which fuzz_onnx_to_tflite once failed (tests/fuzz/regressions/*.to_tflite: an
// options byte, then the ONNX file; tests/fuzz/onnx_to_tflite_input.hpp). Each must convert to
// a TFLite file that reads back, or be refused with diagnostics; never crash.

#include <catch2/catch.hpp>

#include "fuzz/onnx_to_tflite_input.hpp"
#include "fuzz/saved_regressions.hpp"

TEST_CASE("ONNX -> TFLite fuzzer findings stay fixed: each converts to a file that reads back, or is refused with a diagnostic") {
    int files = opbridge::fuzz::for_each_saved_regression(".to_tflite", [](const std::string& bytes, const std::string& name) {
        INFO(name);
        auto outcome = opbridge::fuzz::convert_onnx_to_tflite(std::as_bytes(std::span(bytes.data(), bytes.size())), name);
        CHECK(outcome.broken_promise == "");
    });
    CHECK(files >= 1);
}
