// opbridge cut (include/opbridge/pass/cut.hpp): the cut model is valid, runs, and computes
// exactly the tensor the full model computes at the cut.

#include "opbridge/pass/cut.hpp"
#include "support.hpp"

using namespace tools_test;

TEST_CASE("cut: mobilenet_v2 before the classifier runs in ONNX Runtime and equals the full model's tensor there") {
    require_model(mobilenet);
    TempDir dir;
    auto model = opbridge::read_model(mobilenet);
    const auto nodes_before = model.graph->node_count();
    opbridge::cut_model(model, {{before_classifier}, {}, mobilenet});
    REQUIRE(model.graph->outputs.size() == 1);
    CHECK(model.graph->outputs[0]->name() == before_classifier);
    CHECK(model.graph->node_count() == nodes_before - 1);  // only the Gemm goes
    for (opbridge::Value* v : model.graph->initializers) CHECK(v->name().rfind("classifier", 0) != 0);
    opbridge::write_model(model, dir / "body.onnx");

    rt::OnnxRuntime ort;
    auto body = run_seeded(ort, dir / "body.onnx");
    auto full = run_seeded(ort, with_extra_outputs(mobilenet, {before_classifier}, dir / "full.onnx"));
    const rt::HostTensor* expected = full.output(before_classifier);
    const rt::HostTensor* actual = body.output(before_classifier);
    REQUIRE(expected);
    REQUIRE(actual);
    CHECK(actual->dims == std::vector<int64_t>{1, 1280});
    auto c = rt::compare(*expected, *actual, {0, 0});
    INFO(c.summary());
    CHECK(c.passed());
}

TEST_CASE("cut: from an inner tensor, the new input gets its inferred type and only the classifier is kept") {
    require_model(mobilenet);
    TempDir dir;
    auto model = opbridge::read_model(mobilenet);
    opbridge::cut_model(model, {{"output"}, {before_classifier}, mobilenet});
    REQUIRE(model.graph->inputs.size() == 1);
    CHECK(opbridge::to_string(model.graph->inputs[0]->type) == "tensor(float)[1,1280]");
    CHECK(model.graph->node_count() == 1);
    CHECK(model.graph->initializers.size() == 2);  // classifier.1.weight and .bias
    opbridge::write_model(model, dir / "head.onnx");
    rt::OnnxRuntime ort;
    auto head = run_seeded(ort, dir / "head.onnx");
    CHECK(head.outputs.at(0).dims == std::vector<int64_t>{1, 1000});
}

TEST_CASE("cut: a MediaPipe TFLite model cut in the middle equals the full model's tensor in TFLite") {
    require_model(face_detection);
    TempDir dir;
    auto r = run_cli("cut " + face_detection + " " + dir / "front.tflite --outputs activation_3");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    auto front = opbridge::read_model(dir / "front.tflite");
    CHECK(front.format == opbridge::Format::tflite);
    CHECK(front.graph->outputs.size() == 1);

    rt::TfliteRuntime tflite;
    auto cut = run_seeded(tflite, dir / "front.tflite");
    auto full = run_seeded(tflite, with_extra_outputs(face_detection, {"activation_3"}, dir / "full.tflite"));
    const rt::HostTensor* expected = full.output("activation_3");
    REQUIRE(expected);
    auto c = rt::compare(*expected, cut.outputs.at(0), {0, 0});
    INFO(c.summary());
    CHECK(c.passed());
}

TEST_CASE("cut: an unknown tensor is an error naming it") {
    require_model(mobilenet);
    TempDir dir;
    auto r = run_cli("cut " + mobilenet + " " + dir / "x.onnx --outputs no_such_tensor");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("'no_such_tensor'") && Catch::Contains("no tensor of that name"));
    CHECK_FALSE(fs::exists(dir / "x.onnx"));
    auto i = run_cli("cut " + mobilenet + " " + dir / "x.onnx --outputs output --inputs nope");
    CHECK(i.exit_code == 1);
    CHECK_THAT(i.output, Catch::Contains("input 'nope'"));
}

TEST_CASE("cut: outputs that need a graph input missing from --inputs name that input") {
    require_model(mobilenet);
    TempDir dir;
    auto r = run_cli("cut " + mobilenet + " " + dir / "x.onnx --inputs " + before_classifier + " --outputs /GlobalAveragePool_output_0");
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("needs the graph input 'input'"));
    CHECK_FALSE(fs::exists(dir / "x.onnx"));
}

TEST_CASE("cut: usage errors exit 2") {
    CHECK(run_cli("cut " + tiny_cnn + " /tmp/x.onnx").exit_code == 2);  // no --outputs
    CHECK(run_cli("cut " + tiny_cnn + " /tmp/x.tflite --outputs output").exit_code == 2);  // format changes
}
