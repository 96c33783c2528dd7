// opbridge meta, and node metadata kept in ONNX files (include/opbridge/onnx/node_meta.hpp).

#include "opbridge/onnx/node_meta.hpp"
#include "support.hpp"

using namespace tools_test;

namespace {
const opbridge::Node* node_named(const opbridge::Model& m, const std::string& name) {
    for (const opbridge::Node* n : m.graph->nodes())
        if (n->name == name) return n;
    return nullptr;
}
const std::string first_conv = "/features/features.0/Conv";
} // namespace

TEST_CASE("meta: model keys set and unset round-trip through the written file") {
    require_model(tiny_cnn);
    TempDir dir;
    auto r = run_cli("meta " + tiny_cnn + " --set author=me --set 'note=a=b' -o " + dir / "a.onnx");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    auto a = opbridge::read_model(dir / "a.onnx");
    CHECK(a.metadata_props == std::vector<opbridge::KeyValue>{{"author", "me"}, {"note", "a=b"}});
    auto shown = run_cli("meta " + dir / "a.onnx");
    CHECK_THAT(shown.output, Catch::Contains("author = me") && Catch::Contains("note = a=b"));

    REQUIRE(run_cli("meta " + dir / "a.onnx --unset author --set note=c --in-place").exit_code == 0);
    auto b = opbridge::read_model(dir / "a.onnx");
    CHECK(b.metadata_props == std::vector<opbridge::KeyValue>{{"note", "c"}});
}

TEST_CASE("meta: node key/values round-trip through the written file and still run") {
    require_model(tiny_cnn);
    TempDir dir;
    auto r = run_cli("meta " + tiny_cnn + " --node " + first_conv + " --set layer=stem --set owner=vision -o " + dir / "n.onnx");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    auto m = opbridge::read_model(dir / "n.onnx");
    const opbridge::Node* conv = node_named(m, first_conv);
    REQUIRE(conv);
    CHECK(conv->meta.properties == std::vector<opbridge::KeyValue>{{"layer", "stem"}, {"owner", "vision"}});
    CHECK_THAT(run_cli("meta " + dir / "n.onnx --node " + first_conv).output, Catch::Contains("layer = stem"));
    // ONNX Runtime reads NodeProto.metadata_props and computes the same.
    CHECK(run_cli("verify " + tiny_cnn + " " + dir / "n.onnx").exit_code == 0);

    REQUIRE(run_cli("meta " + dir / "n.onnx --node " + first_conv + " --unset layer --in-place").exit_code == 0);
    auto after = opbridge::read_model(dir / "n.onnx");
    CHECK(node_named(after, first_conv)->meta.properties == std::vector<opbridge::KeyValue>{{"owner", "vision"}});
}

TEST_CASE("meta: provenance survives writing and reading, any node name included") {
    require_model(tiny_cnn);
    TempDir dir;
    auto m = opbridge::read_model(tiny_cnn);
    opbridge::Node* conv = m.graph->node_at(0);
    conv->meta.rule = "Conv 11->13";
    conv->meta.source_nodes = {"a,b", "", "c=d", "x", "y", "z", "s7", "s8", "s9", "s10", "s11"};
    conv->meta.properties = {{"k", "v"}};
    opbridge::write_model(m, dir / "p.onnx");
    auto back = opbridge::read_model(dir / "p.onnx");
    const opbridge::Node* n = back.graph->node_at(0);
    CHECK(n->meta.rule == conv->meta.rule);
    CHECK(n->meta.source_nodes == conv->meta.source_nodes);
    CHECK(n->meta.properties == conv->meta.properties);
    CHECK(opbridge::onnx_file::meta_from_props(opbridge::onnx_file::meta_to_props(conv->meta)).source_nodes == conv->meta.source_nodes);
}

TEST_CASE("meta: TFLite model metadata entries are edited; per-node metadata has no place there") {
    require_model(face_detection);
    TempDir dir;
    REQUIRE(run_cli("meta " + face_detection + " --set purpose=test -o " + dir / "f.tflite").exit_code == 0);
    auto m = opbridge::read_model(dir / "f.tflite");
    bool found = false;
    for (const auto& b : m.metadata_buffers) found = found || (b.name == "purpose" && b.data.as_string_view() == "test");
    CHECK(found);
    auto r = run_cli("meta " + face_detection + " --node activation --set a=b -o " + dir / "g.tflite");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("no place for per-node metadata"));
}

TEST_CASE("meta: refuses to overwrite the input, existing outputs without --force, reserved keys and unknown names") {
    require_model(tiny_cnn);
    TempDir dir;
    CHECK(run_cli("meta " + tiny_cnn + " --set a=b -o " + tiny_cnn).exit_code == 2);
    CHECK(run_cli("meta " + tiny_cnn + " --set a=b").exit_code == 2);  // nowhere to write
    REQUIRE(run_cli("meta " + tiny_cnn + " --set a=b -o " + dir / "x.onnx").exit_code == 0);
    CHECK(run_cli("meta " + tiny_cnn + " --set a=c -o " + dir / "x.onnx").exit_code == 2);
    CHECK(run_cli("meta " + tiny_cnn + " --set a=c -o " + dir / "x.onnx --force").exit_code == 0);
    CHECK(run_cli("meta " + tiny_cnn + " --node " + first_conv + " --set opbridge.rule=x -o " + dir / "y.onnx").exit_code == 2);
    auto u = run_cli("meta " + tiny_cnn + " --node nope");
    CHECK(u.exit_code == 1);
    CHECK_THAT(u.output, Catch::Contains("'nope'"));
    auto k = run_cli("meta " + tiny_cnn + " --unset nope -o " + dir / "z.onnx");
    CHECK(k.exit_code == 1);
    CHECK_FALSE(fs::exists(dir / "z.onnx"));
}
