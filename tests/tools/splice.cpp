// opbridge splice (include/opbridge/pass/splice.hpp): halves cut apart and joined again
// compute what the whole model computes.

#include "opbridge/pass/cut.hpp"
#include "opbridge/pass/splice.hpp"
#include "support.hpp"

using namespace tools_test;

namespace {

// Cuts `source` at `tensor` into two files in `dir`.
void halves(const std::string& source, const std::string& tensor, const std::vector<std::string>& outputs,
            const std::string& front, const std::string& back) {
    auto a = opbridge::read_model(source);
    opbridge::cut_model(a, {{tensor}, {}, source});
    opbridge::write_model(a, front);
    auto b = opbridge::read_model(source);
    opbridge::cut_model(b, {outputs, {tensor}, source});
    opbridge::write_model(b, back);
}

void same_outputs(const std::string& expected_path, const std::string& actual_path) {
    auto runtime = runtime_for(expected_path);
    auto expected = run_seeded(*runtime, expected_path);
    auto actual = run_seeded(*runtime, actual_path);
    REQUIRE(expected.outputs.size() == actual.outputs.size());
    for (std::size_t i = 0; i < expected.outputs.size(); ++i) {
        auto c = rt::compare(expected.outputs[i], actual.outputs[i], {0, 0});
        INFO("output " << i << ": " << c.summary());
        CHECK(c.passed());
    }
}

} // namespace

TEST_CASE("splice: mobilenet_v2's two halves joined again equal the original") {
    require_model(mobilenet);
    TempDir dir;
    halves(mobilenet, before_classifier, {"output"}, dir / "body.onnx", dir / "head.onnx");
    auto r = run_cli("splice " + dir / "body.onnx " + dir / "head.onnx " + dir / "joined.onnx --connect " + before_classifier +
                     ":" + before_classifier);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    auto joined = opbridge::read_model(dir / "joined.onnx");
    auto original = opbridge::read_model(mobilenet);
    CHECK(joined.graph->node_count() == original.graph->node_count());
    REQUIRE(joined.graph->inputs.size() == 1);
    REQUIRE(joined.graph->outputs.size() == 1);
    CHECK(joined.graph->outputs[0]->name() == "output");
    same_outputs(mobilenet, dir / "joined.onnx");
    auto v = run_cli("verify " + mobilenet + " " + dir / "joined.onnx");
    INFO(v.output);
    CHECK(v.exit_code == 0);
}

TEST_CASE("splice: halves of a MediaPipe TFLite model joined again equal the original") {
    require_model(face_detection);
    TempDir dir;
    halves(face_detection, "activation_3", {"regressors", "classificators"}, dir / "front.tflite", dir / "back.tflite");
    auto r = run_cli("splice " + dir / "front.tflite " + dir / "back.tflite " + dir / "joined.tflite --connect activation_3:activation_3");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    auto joined = opbridge::read_model(dir / "joined.tflite");
    CHECK(joined.graph->outputs.size() == 2);
    same_outputs(face_detection, dir / "joined.tflite");
}

TEST_CASE("splice: names of the second model that the first uses get the prefix") {
    require_model(mobilenet);
    // Both halves hold the Flatten node and its output.
    const std::string pool = "/GlobalAveragePool_output_0";
    auto a = opbridge::read_model(mobilenet);
    opbridge::cut_model(a, {{pool, before_classifier}, {}, mobilenet});
    auto b = opbridge::read_model(mobilenet);
    opbridge::cut_model(b, {{"output"}, {pool}, mobilenet});
    opbridge::SpliceOptions options;
    options.connect = {{pool, pool}};
    options.file_a = options.file_b = mobilenet;
    opbridge::splice_models(a, b, options);
    std::vector<std::string> outputs, names;
    for (auto* v : a.graph->outputs) outputs.push_back(v->name());
    for (auto* n : a.graph->nodes()) names.push_back(n->name);
    CHECK(outputs == std::vector<std::string>{before_classifier, "output"});
    CHECK(std::count(names.begin(), names.end(), "/Flatten") == 1);
    CHECK(std::count(names.begin(), names.end(), "b//Flatten") == 1);
    CHECK(a.graph->find("b/" + before_classifier));
    TempDir dir;
    opbridge::write_model(a, dir / "joined.onnx");
    rt::OnnxRuntime ort;
    auto joined = run_seeded(ort, dir / "joined.onnx");
    auto original = run_seeded(ort, mobilenet);
    auto c = rt::compare(*original.output("output"), *joined.output("output"), {0, 0});
    INFO(c.summary());
    CHECK(c.passed());
}

TEST_CASE("splice: tensors of different shapes cannot be connected") {
    require_model(tiny_cnn);
    // tiny_cnn after itself: its output ([1,10]) cannot feed its input ([1,3,32,32]).
    auto a = opbridge::read_model(tiny_cnn);
    auto b = opbridge::read_model(tiny_cnn);
    opbridge::SpliceOptions options;
    options.connect = {{a.graph->outputs.at(0)->name(), b.graph->inputs.at(0)->name()}};
    options.file_a = options.file_b = tiny_cnn;
    CHECK_THROWS_WITH(opbridge::splice_models(a, b, options), Catch::Contains("shapes differ"));
}

TEST_CASE("splice: a body at a lower opset is converted up to the head's") {
    require_model(mobilenet_11);
    TempDir dir;
    halves(mobilenet_11, before_classifier, {"output"}, dir / "body11.onnx", dir / "unused.onnx");
    halves(mobilenet, before_classifier, {"output"}, dir / "unused2.onnx", dir / "head13.onnx");
    SECTION("the library refuses without an adapter table, saying what to convert") {
        auto a = opbridge::read_model(dir / "body11.onnx");
        auto b = opbridge::read_model(dir / "head13.onnx");
        opbridge::SpliceOptions options;
        options.connect = {{before_classifier, before_classifier}};
        options.file_a = "body11.onnx";
        options.file_b = "head13.onnx";
        CHECK_THROWS_WITH(opbridge::splice_models(a, b, options),
                          Catch::Contains("body11.onnx") && Catch::Contains("opset 11") && Catch::Contains("--opset 13"));
    }
    SECTION("the CLI converts it") {
        auto r = run_cli("splice " + dir / "body11.onnx " + dir / "head13.onnx " + dir / "joined.onnx --connect " +
                         before_classifier + ":" + before_classifier);
        INFO(r.output);
        REQUIRE(r.exit_code == 0);
        auto joined = opbridge::read_model(dir / "joined.onnx");
        CHECK(joined.opset("") == 13);
        same_outputs(mobilenet_11, dir / "joined.onnx");
    }
}

TEST_CASE("splice: unknown connections are errors listing what there is") {
    require_model(mobilenet);
    TempDir dir;
    halves(mobilenet, before_classifier, {"output"}, dir / "body.onnx", dir / "head.onnx");
    auto r = run_cli("splice " + dir / "body.onnx " + dir / "head.onnx " + dir / "j.onnx --connect nope:" + before_classifier);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("output 'nope'") && Catch::Contains("its outputs: '" + before_classifier + "'"));
    auto s = run_cli("splice " + dir / "body.onnx " + dir / "head.onnx " + dir / "j.onnx --connect " + before_classifier + ":nope");
    CHECK(s.exit_code == 1);
    CHECK_THAT(s.output, Catch::Contains("input 'nope'"));
    CHECK(run_cli("splice " + dir / "body.onnx " + dir / "head.onnx " + dir / "j.onnx --connect x").exit_code == 2);
    CHECK_FALSE(fs::exists(dir / "j.onnx"));
}
