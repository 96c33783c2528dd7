#pragma once
// One input of fuzz_tflite_to_onnx: a byte of options (bit 0 --nchw-io, bit 1 --keep-fp16,
// bits 2-7 the target opset: 0 the converter's own, 17; v = 1..63 opset 7 + (v - 1) % 15),
// then a TFLite file. Saved findings keep that layout, as tests/fuzz/regressions/*.to_onnx.

#include "convert_input.hpp"
#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "opbridge/tflite/reader.hpp"

namespace opbridge::fuzz {

// TFLite bytes (after the options byte) -> read -> tflite_to_onnx::convert -> ONNX bytes,
// which must read back.
inline ConvertOutcome convert_tflite_to_onnx(std::span<const std::byte> input, const std::string& name) {
    if (input.size() < 2) return {};
    const unsigned flags = std::to_integer<unsigned>(input[0]);
    rules::tflite_to_onnx::Options options;
    options.nchw_io = (flags & 1) != 0;
    options.keep_fp16 = (flags & 2) != 0;
    const unsigned opset_choice = flags >> 2;
    const int64_t opsets = onnx_schema::max_opset - 6;  // 7..max_opset
    options.opset = opset_choice == 0 ? rules::tflite_to_onnx::rules_opset : 7 + (opset_choice - 1) % opsets;
    tflite_file::ReadOptions read_options;
    read_options.limits = detail::fuzz_limits();
    Model tflite;
    try {
        tflite = tflite_file::read_bytes(Buffer::copy_of(input.subspan(1)), name, read_options);
    } catch (const Error&) {
        return {ConvertOutcome::refused_when_read, {}};
    }
    Diagnostics diags;
    std::string written;
    try {
        auto onnx = rules::tflite_to_onnx::convert(tflite, options, diags, name);
        if (!onnx) return detail::refused_with(diags);
        written = onnx_file::write_bytes(*onnx);
    } catch (const Error&) {
        return {ConvertOutcome::refused, {}};
    }
    onnx_file::ReadOptions read_options_onnx;
    read_options_onnx.load_external_data = false;
    try {
        (void)onnx_file::read_bytes(std::as_bytes(std::span(written.data(), written.size())), "converted.onnx", read_options_onnx);
    } catch (const Error& e) {
        return {ConvertOutcome::converted, std::string("the converted ONNX file does not read back: ") + e.what()};
    }
    return {ConvertOutcome::converted, {}};
}

} // namespace opbridge::fuzz
