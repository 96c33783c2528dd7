// External data: written beside the model above a size threshold, read back through a
// mapping, and never read from outside the model's folder.

#include <catch2/catch.hpp>
#include <onnx/onnx_pb.h>

#include <filesystem>
#include <fstream>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"

namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path;
    TempDir() {
        char tmpl[] = "/tmp/opbridge-test-XXXXXX";
        path = ::mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
};

opbridge::Model model_with_weight(std::size_t floats) {
    opbridge::Model m;
    m.format_version = 8;
    m.opset_imports.push_back({"", 13});
    auto& g = *m.graph;
    g.name = "g";
    opbridge::Value* x = g.value("x");
    x->type = opbridge::Type::tensor(opbridge::DType::float32, opbridge::shape_of({static_cast<int64_t>(floats)}));
    opbridge::Value* w = g.value("w");
    std::vector<float> values(floats);
    for (std::size_t i = 0; i < floats; ++i) values[i] = static_cast<float>(i) * 0.5f;
    w->initializer = opbridge::Tensor::from_vector(opbridge::DType::float32, {static_cast<int64_t>(floats)}, values);
    opbridge::Value* y = g.value("y");
    g.add_node({opbridge::Dialect::onnx, "", "Add", 13}, {x, w}, {y}, "add");
    g.inputs.push_back(x);
    g.initializers.push_back(w);
    g.outputs.push_back(y);
    return m;
}

// Writes a model whose one initializer points at `location` (offset/length as given).
void write_external_reference(const fs::path& model, const std::string& location, const std::string& offset,
                              const std::string& length) {
    onnx::ModelProto p;
    p.set_ir_version(8);
    p.add_opset_import()->set_version(13);
    auto* t = p.mutable_graph()->add_initializer();
    t->set_name("w");
    t->set_data_type(onnx::TensorProto::FLOAT);
    t->add_dims(4);
    t->set_data_location(onnx::TensorProto::EXTERNAL);
    auto add = [&](const char* k, const std::string& v) {
        if (v.empty()) return;
        auto* e = t->add_external_data();
        e->set_key(k);
        e->set_value(v);
    };
    add("location", location);
    add("offset", offset);
    add("length", length);
    std::ofstream(model, std::ios::binary) << p.SerializeAsString();
}

} // namespace

TEST_CASE("weights above the threshold go to a side file and come back equal") {
    TempDir dir;
    auto m = model_with_weight(100000);
    auto path = (dir.path / "m.onnx").string();
    opbridge::onnx_file::WriteOptions options;
    options.external_data_threshold = 1024;
    opbridge::onnx_file::write(m, path, options);
    REQUIRE(fs::exists(dir.path / "m.onnx.data"));
    CHECK(fs::file_size(path) < 1024);  // the weight is not inline

    onnx::ModelProto proto;
    std::ifstream in(path, std::ios::binary);
    REQUIRE(proto.ParseFromIstream(&in));
    const auto& t = proto.graph().initializer(0);
    CHECK(t.data_location() == onnx::TensorProto::EXTERNAL);
    CHECK_FALSE(t.has_raw_data());

    auto back = opbridge::onnx_file::read(path);
    const auto& w = *back.graph->find("w")->initializer;
    REQUIRE(w.data.size() == 100000 * 4);
    CHECK(w.at<float>(99999) == 99999 * 0.5f);
    CHECK(w.storage == opbridge::TensorStorage::external);

    SECTION("writing it again elsewhere keeps it external, with its own data file") {
        auto second = (dir.path / "copy.onnx").string();
        opbridge::onnx_file::write(back, second);
        REQUIRE(fs::exists(dir.path / "copy.onnx.data"));
        auto again = opbridge::onnx_file::read(second);
        CHECK(again.graph->find("w")->initializer->at<float>(12345) == 12345 * 0.5f);
    }
    SECTION("writing to bytes puts it inline") {
        std::string bytes = opbridge::onnx_file::write_bytes(back);
        CHECK(bytes.size() > 400000);
    }
}

TEST_CASE("external data paths are confined to the model's folder") {
    TempDir dir;
    fs::create_directory(dir.path / "model");
    {
        std::ofstream(dir.path / "secret.bin", std::ios::binary) << std::string(16, 'x');
        std::ofstream(dir.path / "model" / "ok.bin", std::ios::binary) << std::string(16, 'y');
    }
    auto model = (dir.path / "model" / "m.onnx").string();
    auto expect_error = [&](const std::string& fragment) {
        try {
            opbridge::onnx_file::read(model);
            FAIL("expected an error mentioning " << fragment);
        } catch (const opbridge::Error& e) {
            std::string msg = e.what();
            CHECK_THAT(msg, Catch::Contains(fragment));
            CHECK_THAT(msg, Catch::Contains("m.onnx"));
            CHECK_THAT(msg, Catch::Contains("'w'"));
        }
    };
    SECTION("'..' is refused") {
        write_external_reference(model, "../secret.bin", "", "");
        expect_error("climbs out");
    }
    SECTION("an absolute path is refused") {
        write_external_reference(model, (dir.path / "secret.bin").string(), "", "");
        expect_error("absolute path");
    }
    SECTION("a symbolic link that leaves the folder is refused") {
        fs::create_symlink(dir.path / "secret.bin", dir.path / "model" / "link.bin");
        write_external_reference(model, "link.bin", "", "");
        expect_error("outside the model's folder");
    }
    SECTION("offset beyond the end of the file is refused") {
        write_external_reference(model, "ok.bin", "17", "");
        expect_error("beyond the end");
    }
    SECTION("offset+length beyond the end of the file is refused") {
        write_external_reference(model, "ok.bin", "8", "16");
        expect_error("beyond the end");
    }
    SECTION("a missing data file is reported") {
        write_external_reference(model, "absent.bin", "", "");
        expect_error("absent.bin");
    }
    SECTION("a negative offset is reported") {
        write_external_reference(model, "ok.bin", "-1", "");
        expect_error("not a non-negative integer");
    }
    SECTION("a file inside the folder is read") {
        write_external_reference(model, "ok.bin", "0", "16");
        auto m = opbridge::onnx_file::read(model);
        CHECK(m.graph->find("w")->initializer->data.size() == 16);
    }
}
