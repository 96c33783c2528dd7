// Inputs on which fuzz_opset_convert once crashed (tests/fuzz/regressions/*.opset: the first
// byte picks the target opset as the fuzz target does, the rest is the ONNX file). Each must
// convert or be refused with diagnostics, never crash.

#include <catch2/catch.hpp>

#include "fuzz/saved_regressions.hpp"
#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"

TEST_CASE("opset conversion fuzzer findings stay fixed: each converts or is refused with a diagnostic") {
    int files = opbridge::fuzz::for_each_saved_regression(".opset", [](const std::string& bytes, const std::string& name) {
        REQUIRE(bytes.size() >= 2);
        const int target = 7 + static_cast<unsigned char>(bytes[0]) % 15;
        opbridge::onnx_file::ReadOptions options;
        options.load_external_data = false;
        opbridge::Model m;
        try {
            m = opbridge::onnx_file::read_bytes(std::as_bytes(std::span(bytes.data() + 1, bytes.size() - 1)), name, options);
        } catch (const opbridge::Error&) {
            return;  // refused when read: fine
        }
        opbridge::Diagnostics diags;
        opbridge::OpsetConversion conversion{target, name, &opbridge::rules::onnx_opset::table};
        const bool converted = opbridge::convert_opset(m, conversion, diags);
        INFO(name << " to opset " << target);
        if (converted) CHECK_FALSE(opbridge::onnx_file::write_bytes(m).empty());
        else CHECK(diags.has_errors());
    });
    CHECK(files >= 1);
}
