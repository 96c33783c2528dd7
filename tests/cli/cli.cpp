// The opbridge CLI as a user meets it: exit codes, messages, and no output file on failure.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/run_cli.hpp"

namespace fs = std::filesystem;

namespace {

// Runs the CLI with these arguments.
opbridge::test::CliRun run(const std::string& args) { return opbridge::test::run_cli(args); }

const std::string demo = std::string(OPBRIDGE_SOURCE_DIR) + "/models/tiny_cnn.onnx";

struct TempDir {
    fs::path path;
    TempDir() {
        char tmpl[] = "/tmp/opbridge-cli-XXXXXX";
        path = ::mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

} // namespace

TEST_CASE("--help and --version exit 0") {
    auto help = run("--help");
    CHECK(help.exit_code == 0);
    CHECK_THAT(help.output, Catch::Contains("inspect FILE"));
    auto version = run("--version");
    CHECK(version.exit_code == 0);
    CHECK_THAT(version.output, Catch::StartsWith("opbridge 0."));
}

TEST_CASE("usage errors exit 2") {
    CHECK(run("").exit_code == 2);
    CHECK(run("frobnicate").exit_code == 2);
    CHECK(run("inspect").exit_code == 2);
    CHECK(run("inspect " + demo + " --bogus").exit_code == 2);
    auto r = run("convert " + demo + " out.xyz");
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains(".onnx or *.tflite"));
}

TEST_CASE("inspect prints the interface, opsets and op histogram") {
    auto r = run("inspect " + demo);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("ai.onnx@13"));
    CHECK_THAT(r.output, Catch::Contains("tensor(float)[1,3,32,32]"));
    CHECK_THAT(r.output, Catch::Contains("Conv"));
    CHECK_THAT(r.output, Catch::Contains("parameters:"));
    SECTION("--json gives the same facts as JSON") {
        auto j = run("inspect " + demo + " --json");
        REQUIRE(j.exit_code == 0);
        CHECK_THAT(j.output, Catch::StartsWith("{\"format\":\"onnx\""));
        CHECK_THAT(j.output, Catch::Contains("\"shape\":[1,3,32,32]"));
        CHECK_THAT(j.output, Catch::Contains("\"Conv\":2"));
    }
}

TEST_CASE("convert rewrites the model and refuses to clobber") {
    TempDir dir;
    auto out = dir / "copy.onnx";
    auto r = run("convert " + demo + " " + out);
    REQUIRE(r.exit_code == 0);
    CHECK(fs::file_size(out) == fs::file_size(demo));
    SECTION("an existing output needs --force") {
        auto again = run("convert " + demo + " " + out);
        CHECK(again.exit_code == 2);
        CHECK_THAT(again.output, Catch::Contains("--force"));
        CHECK(run("convert " + demo + " " + out + " --force").exit_code == 0);
    }
    SECTION("the input is never overwritten") {
        auto self = run("convert " + out + " " + out + " --force");
        CHECK(self.exit_code == 2);
        CHECK_THAT(self.output, Catch::Contains("refusing to overwrite the input"));
    }
}

TEST_CASE("a broken input exits 1 with the file named and leaves no output") {
    TempDir dir;
    auto bad = dir / "bad.onnx";
    std::ofstream(bad, std::ios::binary) << "garbage, not protobuf";
    auto out = dir / "out.onnx";
    auto r = run("convert " + bad + " " + out);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains(bad));
    CHECK(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}) == 1);  // only bad.onnx
}
