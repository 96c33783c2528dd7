#pragma once
// One input of fuzz_onnx_to_tflite: a byte of options (bit 0 --nhwc-io, bit 1 --fp16), then
// an ONNX file. Saved findings keep that layout, as tests/fuzz/regressions/*.to_tflite.

#include "convert_input.hpp"
#include "opbridge/onnx/reader.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "opbridge/tflite/reader.hpp"
#include "opbridge/tflite/writer.hpp"

namespace opbridge::fuzz {

// ONNX bytes (after the options byte) -> read -> onnx_to_tflite::convert -> TFLite bytes,
// which must read back.
inline ConvertOutcome convert_onnx_to_tflite(std::span<const std::byte> input, const std::string& name) {
    if (input.size() < 2) return {};
    rules::onnx_to_tflite::Options options;
    options.nhwc_io = (std::to_integer<unsigned>(input[0]) & 1) != 0;
    options.fp16_weights = (std::to_integer<unsigned>(input[0]) & 2) != 0;
    onnx_file::ReadOptions read_options;
    read_options.load_external_data = false;
    read_options.limits = detail::fuzz_limits();
    Model onnx;
    try {
        onnx = onnx_file::read_bytes(input.subspan(1), name, read_options);
    } catch (const Error&) {
        return {ConvertOutcome::refused_when_read, {}};
    }
    Diagnostics diags;
    std::string written;
    try {
        auto tflite = rules::onnx_to_tflite::convert(onnx, options, diags, name);
        if (!tflite) return detail::refused_with(diags);
        written = tflite_file::write_bytes(*tflite);  // the legality check: may refuse, with an Error
    } catch (const Error&) {
        return {ConvertOutcome::refused, {}};
    }
    try {
        (void)tflite_file::read_bytes(Buffer::copy_of(written.data(), written.size()), "converted.tflite");
    } catch (const Error& e) {
        return {ConvertOutcome::converted, std::string("the converted TFLite file does not read back: ") + e.what()};
    }
    return {ConvertOutcome::converted, {}};
}

} // namespace opbridge::fuzz
