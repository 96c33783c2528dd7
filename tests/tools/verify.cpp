// opbridge verify: --inputs from TensorProto files, --intermediate naming the first node
// that diverges, and the NCHW/NHWC layout match (tools/runtime/layout.hpp).

#include <onnx/onnx_pb.h>

#include <fstream>

#include "layout.hpp"
#include "support.hpp"

using namespace tools_test;

namespace {

// A copy of mobilenet_v2 with one element of a weight changed by `delta`.
void perturbed_copy(const std::string& weight, float delta, const std::string& path) {
    auto m = opbridge::read_model(mobilenet);
    opbridge::Value* v = m.graph->find(weight);
    REQUIRE(v);
    REQUIRE(v->initializer);
    REQUIRE(v->initializer->dtype == opbridge::DType::float32);
    std::vector<std::byte> bytes(v->initializer->data.bytes().begin(), v->initializer->data.bytes().end());
    float first;
    std::memcpy(&first, bytes.data(), 4);
    first += delta;
    std::memcpy(bytes.data(), &first, 4);
    v->initializer->data = opbridge::Buffer::take(std::move(bytes));
    opbridge::write_model(m, path);
}

void write_tensor(const std::string& path, std::vector<int64_t> dims, float fill) {
    ::onnx::TensorProto t;
    t.set_data_type(::onnx::TensorProto::FLOAT);
    int64_t count = 1;
    for (auto d : dims) t.add_dims(d), count *= d;
    std::vector<float> values(static_cast<std::size_t>(count), fill);
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = fill * static_cast<float>(i % 7);
    t.set_raw_data(values.data(), values.size() * 4);
    std::ofstream out(path, std::ios::binary);
    REQUIRE(t.SerializeToOstream(&out));
}

} // namespace

TEST_CASE("verify --intermediate names the node whose weight was changed") {
    require_model(mobilenet);
    TempDir dir;
    // The bias of features.18's Conv, used by that node only.
    perturbed_copy("onnx::Conv_692", 1.0f, dir / "changed.onnx");
    auto r = run_cli("verify " + mobilenet + " " + dir / "changed.onnx --intermediate");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("first divergence: node '/features/features.18/features.18.0/Conv' (Conv@13)"));

    SECTION("an earlier change is found earlier") {
        perturbed_copy("onnx::Conv_539", 1.0f, dir / "early.onnx");  // the first Conv's bias
        auto e = run_cli("verify " + mobilenet + " " + dir / "early.onnx --intermediate");
        INFO(e.output);
        CHECK(e.exit_code == 1);
        CHECK_THAT(e.output, Catch::Contains("first divergence: node '/features/features.0/features.0.0/Conv'"));
    }
    SECTION("an unchanged copy agrees everywhere") {
        auto same = run_cli("verify " + mobilenet + " " + mobilenet + " --intermediate");
        INFO(same.output);
        CHECK(same.exit_code == 0);
        CHECK_THAT(same.output, Catch::Contains(" differ\n") && Catch::Contains(", 0 differ"));
    }
}

TEST_CASE("verify --inputs reads input_<i>.pb TensorProto files") {
    require_model(tiny_cnn);
    TempDir dir;
    fs::create_directory(dir / "data");
    write_tensor(dir / "data/input_0.pb", {1, 3, 32, 32}, 0.25f);
    auto r = run_cli("verify " + tiny_cnn + " " + tiny_cnn + " --inputs " + dir / "data");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("inputs from"));

    write_tensor(dir / "data/input_0.pb", {1, 3, 16, 16}, 0.25f);
    auto bad = run_cli("verify " + tiny_cnn + " " + tiny_cnn + " --inputs " + dir / "data");
    CHECK(bad.exit_code == 1);
    CHECK_THAT(bad.output, Catch::Contains("input_0.pb") && Catch::Contains("[1,3,16,16]"));
    auto missing = run_cli("verify " + tiny_cnn + " " + tiny_cnn + " --inputs " + dir / "nowhere");
    CHECK(missing.exit_code == 1);
}

TEST_CASE("layout: tensors equal up to NCHW/NHWC are matched by their dims") {
    using rt::layout_permutation;
    CHECK(layout_permutation({1, 3, 4, 5}, {1, 3, 4, 5}) == std::vector<int>{0, 1, 2, 3});
    CHECK(layout_permutation({1, 3, 4, 5}, {1, 4, 5, 3}) == std::vector<int>{0, 2, 3, 1});
    CHECK(layout_permutation({1, 4, 5, 3}, {1, 3, 4, 5}) == std::vector<int>{0, 3, 1, 2});
    CHECK_FALSE(layout_permutation({1, 3, 4, 5}, {1, 5, 4, 3}));
    CHECK_FALSE(layout_permutation({2, 3}, {3, 2}));
    CHECK(rt::layout_permutations({1, 8, 8, 8}, {1, 8, 8, 8}).size() == 3);  // C == H == W: every layout fits
    CHECK(rt::layout_permutations({1, 3, 8, 8}, {1, 8, 8, 3}).size() == 1);

    // NCHW [1,2,2,3] holding its flat index; NHWC element (h,w,c) = c*6 + h*3 + w.
    std::vector<float> values(12);
    for (int i = 0; i < 12; ++i) values[static_cast<std::size_t>(i)] = static_cast<float>(i);
    auto nchw = rt::make_tensor<float>("x", {1, 2, 2, 3}, values);
    auto nhwc = rt::transposed(nchw, {0, 2, 3, 1});
    CHECK(nhwc.dims == std::vector<int64_t>{1, 2, 3, 2});
    auto v = nhwc.values<float>();
    CHECK(v[0] == 0);   // h0 w0 c0
    CHECK(v[1] == 6);   // h0 w0 c1
    CHECK(v[2] == 1);   // h0 w1 c0
    CHECK(v[11] == 11); // h1 w2 c1
    auto back = rt::transposed(nhwc, {0, 3, 1, 2});
    CHECK(back.dims == nchw.dims);
    CHECK(back.data == nchw.data);
}

TEST_CASE("verify --tflite-runtime litert compares a quantized conversion layer by layer in LiteRT") {
    const std::string qdq = std::string(OPBRIDGE_SOURCE_DIR) + "/.cache/models/qdq/mobilenet_v2-opset13-qdq.onnx";
    require_model(qdq);
    TempDir dir;
    const std::string int8 = dir / "int8.tflite";
    auto converted = run_cli("convert " + qdq + " " + int8);
    INFO(converted.output);
    REQUIRE(converted.exit_code == 0);

    // LiteRT returns only float32, int32 and uint8 tensors: the int8 inner tensors come back
    // through a DEQUANTIZE. Its kernels round as ONNX Runtime's do: on this input, every one
    // of the 67 corresponding tensors is equal, step for step.
    auto litert = run_cli("verify " + qdq + " " + int8 + " --intermediate --tflite-runtime litert");
    INFO(litert.output);
    CHECK(litert.exit_code == 0);
    CHECK_THAT(litert.output, Catch::Contains("LiteRT.js 2.5") && Catch::Contains("67 corresponding tensor(s) compared, 0 differ") &&
                                  Catch::Contains("outputs agree"));
    CHECK_THAT(litert.output, !Catch::Contains("first quantized difference"));

    // TensorFlow Lite 2.9 rounds twice (fixed point): some elements of the first conv's output
    // are already a step apart.
    auto tflite = run_cli("verify " + qdq + " " + int8 + " --intermediate");
    INFO(tflite.output);
    CHECK_THAT(tflite.output, Catch::Contains("TensorFlow Lite 2.9") &&
                                  Catch::Contains("first quantized difference: node '/features/features.0/features.0.2/Clip_output_0_QuantizeLinear'") &&
                                  Catch::Contains("at most 1 step(s)"));

    auto unknown = run_cli("verify " + qdq + " " + int8 + " --tflite-runtime tflite3");
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.output, Catch::Contains("--tflite-runtime takes 'tflite'") && Catch::Contains("'tflite3'"));
}
