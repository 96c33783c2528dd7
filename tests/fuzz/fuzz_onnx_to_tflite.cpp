// libFuzzer target: the ONNX -> TFLite converter on mutated models (onnx_to_tflite_input.hpp
// says what an input is). Conversion either succeeds, and the TFLite file it writes reads
// back, or is refused with diagnostics; it never crashes.
#include <cstdio>
#include <cstdlib>

#include "onnx_to_tflite_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    auto outcome = opbridge::fuzz::convert_onnx_to_tflite(std::as_bytes(std::span(data, size)), "fuzz.onnx");
    if (!outcome.broken_promise.empty()) {
        std::fprintf(stderr, "fuzz_onnx_to_tflite: %s\n", outcome.broken_promise.c_str());
        std::abort();
    }
    return 0;
}
