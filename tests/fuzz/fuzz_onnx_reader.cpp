// libFuzzer target: the ONNX reader and writer. Any input either reads cleanly or is
// refused with opbridge::Error; what reads must write, read back and write identically.
#include <cstdlib>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"

using namespace opbridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Model m;
    onnx_file::ReadOptions options;
    options.load_external_data = false;  // no file system access from fuzzed paths
    try {
        m = onnx_file::read_bytes(std::span(reinterpret_cast<const std::byte*>(data), size), "fuzz.onnx", options);
    } catch (const Error&) {
        return 0;
    }
    std::string first = onnx_file::write_bytes(m);
    Model again = onnx_file::read_bytes(std::as_bytes(std::span(first.data(), first.size())), "rewritten.onnx", options);
    if (onnx_file::write_bytes(again) != first) std::abort();
    return 0;
}
