// Damaged ONNX files get an opbridge::Error naming the file, never a crash.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/tflite/reader.hpp"
#include "opbridge/tflite/writer.hpp"

namespace fs = std::filesystem;

namespace {
std::string read_all(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}
void expect_clean_error(const std::string& path) {
    try {
        opbridge::onnx_file::read(path);
        FAIL("no error for " << path);
    } catch (const opbridge::Error& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains(path));
    }
}
} // namespace

TEST_CASE("truncated, empty and non-model files are refused with the file named") {
    const fs::path source = fs::path(OPBRIDGE_SOURCE_DIR) / "models" / "tiny_cnn.onnx";
    std::string bytes = read_all(source);
    REQUIRE(bytes.size() > 1000);
    fs::path tmp = fs::temp_directory_path() / ("opbridge-bad-" + std::to_string(::getpid()) + ".onnx");

    SECTION("truncated at many offsets") {
        int refused = 0, parsed = 0;
        for (std::size_t cut = 1; cut < bytes.size(); cut += bytes.size() / 97) {
            std::ofstream(tmp, std::ios::binary) << bytes.substr(0, cut);
            try {
                opbridge::onnx_file::read(tmp.string());
                ++parsed;  // a cut exactly between fields can still be a valid (smaller) message
            } catch (const opbridge::Error& e) {
                ++refused;
                CHECK_THAT(std::string(e.what()), Catch::Contains(tmp.string()));
            }
        }
        CHECK(refused > 80);
    }
    SECTION("an empty file") {
        std::ofstream(tmp, std::ios::binary) << "";
        expect_clean_error(tmp.string());
    }
    SECTION("a text file") {
        std::ofstream(tmp, std::ios::binary) << "this is not a model\n";
        expect_clean_error(tmp.string());
    }
    SECTION("a directory") {
        expect_clean_error(fs::temp_directory_path().string());
    }
    SECTION("a missing file") {
        expect_clean_error("/nonexistent/model.onnx");
    }
    fs::remove(tmp);
}

TEST_CASE("fuzzer findings stay fixed: every saved input reads cleanly or is refused") {
    // tests/fuzz/regressions/: inputs that once crashed a reader (an attribute with no type
    // whose tensor was read from a temporary copy, for one).
    int files = 0;
    for (auto& e : fs::directory_iterator(fs::path(OPBRIDGE_SOURCE_DIR) / "tests" / "fuzz" / "regressions")) {
        const bool tflite = e.path().extension() == ".tflite";
        if (e.path().extension() != ".onnx" && !tflite) continue;
        ++files;
        try {
            std::string bytes = tflite ? opbridge::tflite_file::write_bytes(opbridge::tflite_file::read(e.path().string()))
                                       : opbridge::onnx_file::write_bytes(opbridge::onnx_file::read(e.path().string()));
            CHECK_FALSE(bytes.empty());
        } catch (const opbridge::Error& err) {
            CHECK_THAT(std::string(err.what()), Catch::Contains(e.path().filename().string()));
        }
    }
    CHECK(files >= 2);
}
