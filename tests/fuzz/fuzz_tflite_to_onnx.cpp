// libFuzzer target: the TFLite -> ONNX converter on mutated models (tflite_to_onnx_input.hpp
// says what an input is). Conversion either succeeds, and the ONNX file it writes reads back,
// or is refused with diagnostics; it never crashes.
#include <cstdio>
#include <cstdlib>

#include "tflite_to_onnx_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto outcome = opbridge::fuzz::convert_tflite_to_onnx(std::as_bytes(std::span(data, size)), "fuzz.tflite");
    if (!outcome.broken_promise.empty()) {
        std::fprintf(stderr, "fuzz_tflite_to_onnx: %s\n", outcome.broken_promise.c_str());
        std::abort();
    }
    return 0;
}
