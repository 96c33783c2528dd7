// libFuzzer target: the whole ONNX opset conversion pipeline on mutated models. The first
// byte picks the target opset (7..21); conversion either succeeds (and the result writes)
// or reports diagnostics; it never crashes.
#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"

using namespace opbridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    int target = 7 + data[0] % 15;
    Model m;
    onnx_file::ReadOptions options;
    options.load_external_data = false;
    options.limits.max_nodes = 10000;
    try {
        m = onnx_file::read_bytes(std::span(reinterpret_cast<const std::byte*>(data + 1), size - 1), "fuzz.onnx", options);
    } catch (const Error&) {
        return 0;
    }
    Diagnostics d;
    OpsetConversion o{target, "fuzz.onnx", &rules::onnx_opset::table};
    try {
        if (convert_opset(m, o, d)) (void)onnx_file::write_bytes(m);
    } catch (const Error&) {
    }
    return 0;
}
