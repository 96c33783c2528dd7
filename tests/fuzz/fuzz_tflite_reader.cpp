// libFuzzer target: the TFLite reader and writer. Any input either reads cleanly or is
// refused with opbridge::Error; what reads must write, read back and write identically.
#include <cstdlib>

#include "opbridge/tflite/reader.hpp"
#include "opbridge/tflite/writer.hpp"

using namespace opbridge;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    Model m;
    try {
        m = tflite_file::read_bytes(Buffer::copy_of(data, size), "fuzz.tflite");
    } catch (const Error&) {
        return 0;
    }
    std::string first;
    try {
        first = tflite_file::write_bytes(m);
    } catch (const Error&) {
        return 0;
    }
    Model again = tflite_file::read_bytes(Buffer::copy_of(first.data(), first.size()), "rewritten.tflite");
    if (tflite_file::write_bytes(again) != first) std::abort();
    return 0;
}
