// ONNX read -> write must give back the same ModelProto for every model Debian's
// libonnx-testdata ships (node tests, pytorch-converted, pytorch-operator, simple).

#include <catch2/catch.hpp>
#include <google/protobuf/util/message_differencer.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"

namespace fs = std::filesystem;

static std::string slurp(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

static std::vector<fs::path> testdata_models() {
    std::vector<fs::path> out;
    for (auto& e : fs::recursive_directory_iterator(OPBRIDGE_TESTDATA_DIR))
        if (e.path().filename() == "model.onnx") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

TEST_CASE("every libonnx-testdata model round-trips to an equal ModelProto") {
    auto models = testdata_models();
    // The package ships 1,072 models; fewer means the oracle is missing, not that we pass.
    REQUIRE(models.size() == 1072);
    std::size_t equal = 0, byte_identical = 0;
    for (const auto& path : models) {
        std::string original = slurp(path);
        onnx::ModelProto expected;
        REQUIRE(expected.ParseFromString(original));
        std::string written = opbridge::onnx_file::write_bytes(opbridge::onnx_file::read(path.string()));
        onnx::ModelProto actual;
        REQUIRE(actual.ParseFromString(written));
        std::string report;
        google::protobuf::util::MessageDifferencer diff;
        diff.ReportDifferencesToString(&report);
        if (diff.Compare(expected, actual)) ++equal;
        else FAIL_CHECK(path.string() << " differs after a round trip:\n" << report);
        byte_identical += written == original;
    }
    CHECK(equal == models.size());
    // Fields are written in protobuf's canonical order, so files protobuf wrote come back byte for byte.
    CHECK(byte_identical == models.size());
}

TEST_CASE("tensors keep the storage form they were read in") {
    opbridge::Model m;
    m.format_version = 8;
    m.opset_imports.push_back({"", 13});
    auto& g = *m.graph;
    g.name = "g";
    auto add_const = [&](const char* name, opbridge::DType t, std::vector<int64_t> values, opbridge::TensorStorage s) {
        opbridge::Value* v = g.value(name);
        std::vector<std::byte> bytes(values.size() * opbridge::element_size(t));
        for (std::size_t i = 0; i < values.size(); ++i)
            std::memcpy(bytes.data() + i * opbridge::element_size(t), &values[i], opbridge::element_size(t));
        v->initializer = opbridge::Tensor(t, {static_cast<int64_t>(values.size())}, opbridge::Buffer::take(std::move(bytes)));
        v->initializer->storage = s;
        g.initializers.push_back(v);
        g.outputs.push_back(v);
    };
    add_const("i8_typed", opbridge::DType::int8, {-3, 0, 7}, opbridge::TensorStorage::typed);
    add_const("u16_typed", opbridge::DType::uint16, {65535, 1}, opbridge::TensorStorage::typed);
    add_const("u32_typed", opbridge::DType::uint32, {4000000000LL, 2}, opbridge::TensorStorage::typed);
    add_const("i64_raw", opbridge::DType::int64, {-1, 1LL << 40}, opbridge::TensorStorage::raw);

    std::string bytes = opbridge::onnx_file::write_bytes(m);
    onnx::ModelProto proto;
    REQUIRE(proto.ParseFromString(bytes));
    const auto& inits = proto.graph().initializer();
    REQUIRE(inits.size() == 4);
    SECTION("int8 goes to int32_data, sign-extended") {
        REQUIRE(inits[0].int32_data_size() == 3);
        CHECK(inits[0].int32_data(0) == -3);
        CHECK(inits[0].int32_data(2) == 7);
        CHECK_FALSE(inits[0].has_raw_data());
    }
    SECTION("uint16 goes to int32_data, zero-extended") {
        REQUIRE(inits[1].int32_data_size() == 2);
        CHECK(inits[1].int32_data(0) == 65535);
    }
    SECTION("uint32 goes to uint64_data") {
        REQUIRE(inits[2].uint64_data_size() == 2);
        CHECK(inits[2].uint64_data(0) == 4000000000ULL);
    }
    SECTION("raw stays raw") {
        CHECK(inits[3].has_raw_data());
        CHECK(inits[3].raw_data().size() == 16);
    }
    SECTION("reading it back gives the same values") {
        auto back = opbridge::onnx_file::read_bytes(std::as_bytes(std::span(bytes.data(), bytes.size())));
        auto* v = back.graph->find("i8_typed");
        REQUIRE(v);
        REQUIRE(v->initializer);
        CHECK(v->initializer->at<int8_t>(0) == -3);
        CHECK(back.graph->find("u32_typed")->initializer->at<uint32_t>(0) == 4000000000U);
    }
}

TEST_CASE("the writer refuses a tensor with no ONNX data type, naming it, as the reader would refuse it back (fuzz finding)") {
    opbridge::Model m;
    m.format_version = 8;
    m.opset_imports.push_back({"", 17});
    opbridge::Graph& g = *m.graph;
    g.name = "g";
    opbridge::Value* y = g.value("y");
    y->initializer = opbridge::Tensor(opbridge::DType::undefined, {2}, opbridge::Buffer::copy_of(std::string(16, '\0').data(), 16));
    y->initializer->name = "y";
    g.initializers.push_back(y);
    g.outputs.push_back(y);
    try {
        (void)opbridge::onnx_file::write_bytes(m);
        FAIL("written");
    } catch (const opbridge::Error& e) {
        CHECK(e.diagnostic().code == "onnx.illegal-tensor");
        CHECK(e.diagnostic().field == "initializer 'y'");
    }
}
