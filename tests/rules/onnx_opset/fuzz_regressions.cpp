// Inputs the fuzzers found (tests/fuzz/regressions/): converting them to any opset either
// works or reports diagnostics; it never crashes or throws anything but opbridge::Error.
#include "rules/onnx_opset/harness.hpp"

#include "opbridge/onnx/reader.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzzer findings convert or are refused cleanly at every opset") {
    int files = 0;
    for (auto& e : fs::directory_iterator(fs::path(OPBRIDGE_SOURCE_DIR) / "tests" / "fuzz" / "regressions")) {
        if (e.path().extension() != ".onnx") continue;
        ++files;
        for (int target : {7, 9, 11, 13, 15, 17, 19, 21}) {
            INFO(e.path().filename().string() << " -> opset " << target);
            try {
                auto m = opbridge::onnx_file::read(e.path().string());
                opbridge::Diagnostics d = opbridge::test::convert(m, target);
                if (!d.has_errors()) CHECK_FALSE(opbridge::onnx_file::write_bytes(m).empty());
                for (const auto& diag : d.items()) CHECK_FALSE(diag.message.empty());
            } catch (const opbridge::Error& err) {
                CHECK_THAT(std::string(err.what()), Catch::Contains(e.path().filename().string()));
            }
        }
    }
    CHECK(files >= 4);
}
