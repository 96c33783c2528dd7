#pragma once
// What one input of a conversion fuzz target came to (onnx_to_tflite_input.hpp,
// tflite_to_onnx_input.hpp take an input through a converter as `opbridge convert` takes a
// file). The fuzz targets abort when a promise breaks; the regression replays
// (tests/onnx_to_tflite/fuzz_regressions.cpp, tests/tflite_to_onnx/fuzz_regressions.cpp) run
// the same functions on the saved findings and check the same promises.

#include <cstddef>
#include <span>
#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/limits.hpp"

namespace opbridge::fuzz {

struct ConvertOutcome {
    enum Kind { refused_when_read, refused, converted } kind = refused_when_read;
    std::string broken_promise;  // empty unless the converter broke one (a bug to fix)
};

namespace detail {

// Fuzzed models stay small: a node limit well above the seeds' (as fuzz_opset_convert's).
inline Limits fuzz_limits() {
    Limits limits;
    limits.max_nodes = 10000;
    return limits;
}

// A refusal must say why: no diagnostic with it is a broken promise.
inline ConvertOutcome refused_with(const Diagnostics& diags) {
    if (diags.has_errors()) return {ConvertOutcome::refused, {}};
    return {ConvertOutcome::refused, "the converter refused the model without an error diagnostic"};
}

} // namespace detail

} // namespace opbridge::fuzz
