// Tests of the reference runtime harness against real runtimes: ONNX Runtime on the ONNX
// backend node tests (Debian libonnx-testdata, with reference inputs and outputs), and
// TensorFlow Lite on MediaPipe's face detector (scripts/fetch_mediapipe.sh).
// Needs scripts/install_runtimes.sh to have run.
#include "reference_runtime.hpp"

#include <onnx/onnx_pb.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <type_traits>

#ifndef OPBRIDGE_SOURCE_DIR
#error "define OPBRIDGE_SOURCE_DIR as the repository's root folder"
#endif
#ifndef OPBRIDGE_ONNX_TESTDATA_DIR
#define OPBRIDGE_ONNX_TESTDATA_DIR "/usr/share/libonnx-testdata/data"
#endif

namespace fs = std::filesystem;
using namespace opbridge::testing;

namespace {

const fs::path node_tests_dir = fs::path(OPBRIDGE_ONNX_TESTDATA_DIR) / "node";

fs::path test_models_dir() {
    const char* configured = std::getenv("OPBRIDGE_TEST_MODELS_DIR");
    return configured && *configured ? fs::path(configured) : fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models";
}

// ---- TensorProto <-> HostTensor ------------------------------------------------------

template <class Field>
void store_each(HostTensor& tensor, const Field& values, std::size_t element_size) {
    tensor.data.resize(static_cast<std::size_t>(values.size()) * element_size);
    for (int i = 0; i < values.size(); ++i) {
        const auto value = values.Get(i);
        // Narrow types (int8, float16 bits, ...) sit in the low bytes of a wider field.
        std::memcpy(tensor.data.data() + static_cast<std::size_t>(i) * element_size, &value, element_size);
    }
}

HostTensor from_tensor_proto(const onnx::TensorProto& proto) {
    HostTensor tensor;
    tensor.name = proto.name();
    tensor.dtype = static_cast<DType>(proto.data_type());
    tensor.dims.assign(proto.dims().begin(), proto.dims().end());
    if (proto.data_location() == onnx::TensorProto::EXTERNAL)
        throw std::runtime_error("tensor '" + proto.name() + "' keeps its data in an external file");
    if (tensor.dtype == DType::string) {
        tensor.strings.assign(proto.string_data().begin(), proto.string_data().end());
        return tensor;
    }
    if (proto.has_raw_data()) {
        const auto* raw = reinterpret_cast<const std::byte*>(proto.raw_data().data());
        tensor.data.assign(raw, raw + proto.raw_data().size());
        return tensor;
    }
    const std::size_t size = dtype_size(tensor.dtype);
    switch (tensor.dtype) {
        case DType::float32:
        case DType::complex64: store_each(tensor, proto.float_data(), 4); break;
        case DType::float64:
        case DType::complex128: store_each(tensor, proto.double_data(), 8); break;
        case DType::int64: store_each(tensor, proto.int64_data(), 8); break;
        case DType::uint32:
        case DType::uint64: store_each(tensor, proto.uint64_data(), size); break;
        default: store_each(tensor, proto.int32_data(), size); break;
    }
    return tensor;
}

onnx::TensorProto read_tensor_proto(const fs::path& path) {
    std::ifstream file(path, std::ios::binary);
    onnx::TensorProto proto;
    if (!file || !proto.ParseFromIstream(&file)) throw std::runtime_error("cannot parse " + path.string() + " as a TensorProto");
    return proto;
}

// ---- node tests ----------------------------------------------------------------------

struct NodeTest {
    std::string name;
    fs::path model;
    std::vector<HostTensor> inputs;
    std::vector<HostTensor> expected_outputs;
};

// The files input_<k>.pb / output_<k>.pb of a test data set, in k order.
std::vector<HostTensor> read_numbered_tensors(const fs::path& folder, const std::string& prefix) {
    std::vector<HostTensor> tensors;
    for (int k = 0;; ++k) {
        const fs::path file = folder / (prefix + std::to_string(k) + ".pb");
        if (!fs::exists(file)) return tensors;
        tensors.push_back(from_tensor_proto(read_tensor_proto(file)));
    }
}

NodeTest read_node_test(const std::string& name) {
    const fs::path folder = node_tests_dir / name;
    // Sequence and optional values have reference files that are not TensorProtos (and
    // onnxruntime-node takes tensors only), so such tests cannot be read as tensors.
    onnx::ModelProto model;
    std::ifstream model_file(folder / "model.onnx", std::ios::binary);
    if (!model.ParseFromIstream(&model_file)) throw std::runtime_error("cannot parse " + name + "/model.onnx");
    for (const auto* values : {&model.graph().input(), &model.graph().output()})
        for (const onnx::ValueInfoProto& value : *values)
            if (!value.type().has_tensor_type())
                throw std::runtime_error(name + ": '" + value.name() + "' is not a tensor");
    return {name, folder / "model.onnx", read_numbered_tensors(folder / "test_data_set_0", "input_"),
            read_numbered_tensors(folder / "test_data_set_0", "output_")};
}

// Empty when every output matches; otherwise one line per problem.
std::string check_outputs(const NodeTest& test, const RunResult& result, Tolerance tolerance = {}) {
    if (!result.ok) return test.name + ": " + result.error + "\n";
    if (result.outputs.size() != test.expected_outputs.size())
        return test.name + ": " + std::to_string(result.outputs.size()) + " outputs, expected " +
               std::to_string(test.expected_outputs.size()) + "\n";
    std::string problems;
    for (std::size_t i = 0; i < result.outputs.size(); ++i) {
        const Comparison comparison = compare(test.expected_outputs[i], result.outputs[i], tolerance);
        if (!comparison.passed()) problems += test.name + " output #" + std::to_string(i) + ": " + comparison.summary() + "\n";
    }
    return problems;
}

// Node tests spanning element types (float16/32/64, int8..int64, uint8..uint64, bool,
// string), ranks 0 to 5, several outputs, subgraphs (If, Loop, Scan), and opsets 1 to 17.
const std::vector<std::string> node_test_batch = {
    "test_abs",                        "test_add_bcast",
    "test_and_bcast4v4d",              "test_argmax_default_axis_example",
    "test_averagepool_2d_pads",        "test_batchnorm_epsilon",
    "test_mod_uint16",                 "test_cast_DOUBLE_to_FLOAT16",
    "test_strnormalizer_nostopwords_nochangecase", "test_cast_STRING_to_FLOAT",
    "test_ceil",                       "test_clip_default_int8_min",
    "test_concat_3d_axis_negative_1",  "test_conv_with_strides_and_asymmetric_padding",
    "test_cumsum_2d_axis_0",           "test_depthtospace_crd_mode_example",
    "test_dequantizelinear",           "test_div_uint8",
    "test_einsum_batch_matmul",        "test_equal_bcast",
    "test_erf",                        "test_expand_dim_changed",
    "test_gather_elements_0",          "test_gathernd_example_int32",
    "test_gemm_all_attributes",        "test_greater_equal_bcast",
    "test_gru_defaults",               "test_hardmax_axis_0",
    "test_instancenorm_example",       "test_layer_normalization_4d_axis0",
    "test_logsoftmax_axis_1",          "test_lstm_with_initial_bias",
    "test_matmul_4d",                  "test_max_uint64",
    "test_maxpool_3d_default",         "test_mod_mixed_sign_int16",
    "test_mod_mixed_sign_int64",       "test_nonzero_example",
    "test_onehot_with_axis",           "test_pow_types_int32_float32",
    "test_quantizelinear",             "test_reduce_log_sum_exp_keepdims_random",
    "test_reshape_negative_extended_dims", "test_resize_upsample_sizes_cubic",
    "test_scatter_elements_with_axis", "test_slice_negative_axes",
    "test_softmax_axis_2",             "test_split_variable_parts_1d",
    "test_if",                         "test_top_k",
    "test_transpose_all_permutations_3", "test_where_long_example",
    "test_xor_bcast4v4d",              "test_loop11",
    "test_scan_sum",                   "test_unique_sorted_with_axis",
    "test_max_uint32",
};

// A tiny model: y = Op(x), x and y of `dtype` and `dims`, where -1 is a symbolic dim.
fs::path write_single_op_model(const fs::path& path, const std::string& op, DType dtype, const std::vector<int64_t>& dims) {
    onnx::ModelProto model;
    model.set_ir_version(8);
    model.add_opset_import()->set_version(17);
    onnx::GraphProto& graph = *model.mutable_graph();
    graph.set_name(op + "_graph");
    onnx::NodeProto& node = *graph.add_node();
    node.set_op_type(op);
    node.add_input("x");
    node.add_output("y");
    for (const char* name : {"x", "y"}) {
        onnx::ValueInfoProto& value = name[0] == 'x' ? *graph.add_input() : *graph.add_output();
        value.set_name(name);
        onnx::TypeProto::Tensor& type = *value.mutable_type()->mutable_tensor_type();
        type.set_elem_type(static_cast<int32_t>(dtype));
        type.mutable_shape();  // present, so that no dims means a scalar
        for (std::size_t d = 0; d < dims.size(); ++d) {
            if (dims[d] < 0) type.mutable_shape()->add_dim()->set_dim_param("n" + std::to_string(d));
            else type.mutable_shape()->add_dim()->set_dim_value(dims[d]);
        }
    }
    std::ofstream file(path, std::ios::binary);
    REQUIRE(model.SerializeToOstream(&file));
    return path;
}

// A private folder for models the tests write, removed at the end.
struct ScratchFolder {
    fs::path path;
    ScratchFolder() {
        std::string pattern = (fs::temp_directory_path() / "opbridge-reference-runtime-XXXXXX").string();
        REQUIRE(mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~ScratchFolder() { fs::remove_all(path); }
};

// A runtime whose "helper" is any command: lets tests stage crashes and hangs.
struct CommandRuntime : ReferenceRuntime {
    CommandRuntime(std::vector<std::string> argv, RuntimeOptions options)
        : ReferenceRuntime(Launch{.runtime_name = "test helper", .argv = std::move(argv), .setup_hint = "(test)"},
                           options) {}
};

void require_started(ReferenceRuntime& runtime) {
    const StartResult started = runtime.start();
    INFO(started.error);
    REQUIRE(started.ok);
}

}  // namespace

// ---- ONNX Runtime ----------------------------------------------------------------------

TEST_CASE("ONNX Runtime runs a node test and matches its reference output", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    require_started(runtime);
    CHECK_THAT(runtime.start().runtime_version, Catch::StartsWith("onnxruntime-node 1.30"));

    const NodeTest relu = read_node_test("test_relu");
    const RunResult result = runtime.run(relu.model.string(), relu.inputs);
    INFO(result.error);
    REQUIRE(result.ok);
    REQUIRE(result.outputs.size() == 1);
    CHECK(result.outputs[0].name == "y");
    CHECK(result.outputs[0].dims == std::vector<int64_t>{3, 4, 5});
    const Comparison comparison = compare(relu.expected_outputs[0], result.outputs[0]);
    INFO(comparison.summary());
    CHECK(comparison.passed());
    CHECK(comparison.max_abs == 0);
}

TEST_CASE("one ONNX Runtime process runs a batch of node tests and matches their reference outputs",
          "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    require_started(runtime);
    std::vector<NodeTest> tests;
    std::vector<RunRequest> requests;
    for (const std::string& name : node_test_batch) {
        tests.push_back(read_node_test(name));
        requests.push_back({tests.back().model.string(), tests.back().inputs, {}});
    }
    const std::vector<RunResult> results = runtime.run_batch(requests);
    REQUIRE(results.size() == tests.size());
    std::string problems;
    for (std::size_t i = 0; i < tests.size(); ++i) problems += check_outputs(tests[i], results[i], {.rtol = 1e-3, .atol = 1e-5});
    INFO(problems);
    CHECK(problems.empty());
    CHECK(runtime.process_starts() == 1);
}

TEST_CASE("ONNX Runtime describes a model's inputs and outputs", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    const ModelDescription description = runtime.describe((node_tests_dir / "test_top_k" / "model.onnx").string());
    INFO(description.error);
    REQUIRE(description.ok);
    REQUIRE(description.inputs.size() == 2);
    CHECK(description.inputs[0].name == "x");
    CHECK(description.inputs[0].dtype == DType::float32);
    CHECK(description.inputs[0].dims == std::vector<int64_t>{3, 4});
    CHECK(description.inputs[1].dtype == DType::int64);
    REQUIRE(description.outputs.size() == 2);
    CHECK(description.outputs[0].name == "values");
    CHECK(description.outputs[1].name == "indices");
    CHECK(description.outputs[1].dtype == DType::int64);
}

TEST_CASE("ONNX Runtime reports bad requests as errors and keeps serving", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    require_started(runtime);
    const NodeTest relu = read_node_test("test_relu");

    SECTION("a model file that does not exist") {
        const RunResult result = runtime.run("/nonexistent/model.onnx", relu.inputs);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("/nonexistent/model.onnx") && Catch::Contains("no such file"));
    }
    SECTION("a file that is not an ONNX model") {
        ScratchFolder scratch;
        const fs::path bogus = scratch.path / "bogus.onnx";
        std::ofstream(bogus) << "this is not a protobuf";
        const RunResult result = runtime.run(bogus.string(), relu.inputs);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("could not load") && Catch::Contains("bogus.onnx"));
    }
    SECTION("an input name the model does not have") {
        std::vector<HostTensor> inputs = relu.inputs;
        inputs[0].name = "not_x";
        const RunResult result = runtime.run(relu.model.string(), inputs);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("no input named 'not_x'") && Catch::Contains("'x'"));
    }
    SECTION("input data that does not fill its dims") {
        std::vector<HostTensor> inputs = relu.inputs;
        inputs[0].data.resize(inputs[0].data.size() - 4);
        const RunResult result = runtime.run(relu.model.string(), inputs);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("[3, 4, 5]") && Catch::Contains("236 bytes"));
    }
    SECTION("an input of the wrong element type") {
        std::vector<HostTensor> inputs = relu.inputs;
        inputs[0].dtype = DType::int32;
        const RunResult result = runtime.run(relu.model.string(), inputs);
        CHECK_FALSE(result.ok);
        CHECK_FALSE(result.error.empty());
    }
    SECTION("an output name the model does not have") {
        const RunResult result = runtime.run(relu.model.string(), relu.inputs, {"z"});
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("no output named 'z'"));
    }

    const RunResult after = runtime.run(relu.model.string(), relu.inputs);
    INFO(after.error);
    CHECK(after.ok);
    CHECK(runtime.process_starts() == 1);
}

TEST_CASE("ONNX Runtime passes every element type it supports through unchanged", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    ScratchFolder scratch;
    const DType dtypes[] = {DType::float32, DType::float64, DType::float16, DType::int8,   DType::int16,
                            DType::int32,   DType::int64,   DType::uint8,   DType::uint16, DType::uint32,
                            DType::uint64,  DType::boolean, DType::string};
    for (DType dtype : dtypes) {
        DYNAMIC_SECTION(dtype_name(dtype)) {
            const fs::path model =
                write_single_op_model(scratch.path / (dtype_name(dtype) + ".onnx"), "Identity", dtype, {-1, 2, 2});
            const ModelDescription description = runtime.describe(model.string());
            INFO(description.error);
            REQUIRE(description.ok);
            CHECK(description.inputs[0].dims == std::vector<int64_t>{-1, 2, 2});
            SeedOptions seeding;
            seeding.unfixed_dim = 3;
            seeding.int_high = 100;
            const std::vector<HostTensor> inputs = seeded_inputs(description.inputs, 7, seeding);
            const RunResult result = runtime.run(model.string(), inputs);
            INFO(result.error);
            REQUIRE(result.ok);
            REQUIRE(result.outputs.size() == 1);
            CHECK(result.outputs[0].dtype == dtype);
            CHECK(result.outputs[0].dims == std::vector<int64_t>{3, 2, 2});
            CHECK(result.outputs[0].data == inputs[0].data);
            CHECK(result.outputs[0].strings == inputs[0].strings);
        }
    }
}

TEST_CASE("ONNX Runtime takes and returns scalars and empty tensors", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    ScratchFolder scratch;
    SECTION("a scalar") {
        const fs::path model = write_single_op_model(scratch.path / "scalar.onnx", "Neg", DType::int64, {});
        CHECK(runtime.describe(model.string()).inputs.at(0).dims.empty());
        const RunResult result = runtime.run(model.string(), {make_tensor("x", {}, std::vector<int64_t>{5})});
        INFO(result.error);
        REQUIRE(result.ok);
        CHECK(result.outputs[0].dims.empty());
        CHECK(result.outputs[0].values<int64_t>()[0] == -5);
    }
    SECTION("a tensor with no elements") {
        const fs::path model = write_single_op_model(scratch.path / "empty.onnx", "Neg", DType::float32, {-1, 3});
        const RunResult result = runtime.run(model.string(), {make_tensor("x", {0, 3}, std::vector<float>{})});
        INFO(result.error);
        REQUIRE(result.ok);
        CHECK(result.outputs[0].dims == std::vector<int64_t>{0, 3});
        CHECK(result.outputs[0].data.empty());
    }
}

TEST_CASE("ONNX Runtime takes and returns a 100 MB tensor", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    ScratchFolder scratch;
    const fs::path model = write_single_op_model(scratch.path / "neg.onnx", "Neg", DType::float32, {-1});
    const int64_t count = 25'000'000;
    std::vector<float> values(static_cast<std::size_t>(count));
    for (int64_t i = 0; i < count; ++i) values[static_cast<std::size_t>(i)] = static_cast<float>(i % 1000);
    const RunResult result = runtime.run(model.string(), {make_tensor("x", {count}, values)});
    INFO(result.error);
    REQUIRE(result.ok);
    const std::span<const float> negated = result.outputs[0].values<float>();
    REQUIRE(negated.size() == values.size());
    CHECK(negated[0] == 0.0f);
    CHECK(negated[999] == -999.0f);
    CHECK(negated[static_cast<std::size_t>(count - 1)] == -static_cast<float>((count - 1) % 1000));
}

TEST_CASE("ONNX Runtime reloads a model whose file changed", "[reference_runtime][onnx]") {
    OnnxRuntime runtime;
    ScratchFolder scratch;
    const fs::path model = scratch.path / "model.onnx";
    const std::vector<float> values = {-2, 3};
    write_single_op_model(model, "Neg", DType::float32, {-1});
    RunResult first = runtime.run(model.string(), {make_tensor("x", {2}, values)});
    REQUIRE(first.ok);
    CHECK(first.outputs[0].values<float>()[1] == -3.0f);
    write_single_op_model(scratch.path / "next.onnx", "Abs", DType::float32, {-1});
    fs::rename(scratch.path / "next.onnx", model);
    RunResult second = runtime.run(model.string(), {make_tensor("x", {2}, values)});
    REQUIRE(second.ok);
    CHECK(second.outputs[0].values<float>()[0] == 2.0f);
}

TEST_CASE("a runtime process that crashes or hangs costs one request an error and is restarted",
          "[reference_runtime][onnx]") {
    RuntimeOptions options;
    options.request_timeout = std::chrono::seconds(1);
    OnnxRuntime runtime(options);
    require_started(runtime);
    const NodeTest relu = read_node_test("test_relu");
    REQUIRE(runtime.run(relu.model.string(), relu.inputs).ok);

    SECTION("it crashes") {
        REQUIRE(::kill(runtime.process_id(), SIGKILL) == 0);
        const RunResult during = runtime.run(relu.model.string(), relu.inputs);
        CHECK_FALSE(during.ok);
        CHECK_THAT(during.error, Catch::Contains("killed by signal 9") && Catch::Contains("restarted"));
    }
    SECTION("it stops answering") {
        REQUIRE(::kill(runtime.process_id(), SIGSTOP) == 0);
        const auto begin = std::chrono::steady_clock::now();
        const RunResult during = runtime.run(relu.model.string(), relu.inputs);
        CHECK(std::chrono::steady_clock::now() - begin < std::chrono::seconds(3));
        CHECK_FALSE(during.ok);
        CHECK_THAT(during.error, Catch::Contains("no answer within 1 s") && Catch::Contains("restarted"));
    }

    const RunResult after = runtime.run(relu.model.string(), relu.inputs);
    INFO(after.error);
    CHECK(after.ok);
    CHECK(runtime.process_starts() == 2);
}

TEST_CASE("a runtime process that hangs or dies at start gives an error, not a hang", "[reference_runtime]") {
    SECTION("it never answers") {
        RuntimeOptions impatient;
        impatient.request_timeout = std::chrono::milliseconds(300);
        CommandRuntime runtime({"/bin/sh", "-c", "exec cat > /dev/null"}, impatient);
        const auto begin = std::chrono::steady_clock::now();
        const StartResult started = runtime.start();
        CHECK(std::chrono::steady_clock::now() - begin < std::chrono::seconds(5));
        CHECK_FALSE(started.ok);
        CHECK_THAT(started.error, Catch::Contains("no answer within 0.3 s"));
        const RunResult result = runtime.run("model.onnx", {});
        CHECK_FALSE(result.ok);
        CHECK(runtime.process_starts() == 1);  // a runtime that cannot start is not retried
    }
    SECTION("it exits with a message") {
        CommandRuntime runtime({"/bin/sh", "-c", "echo 'cannot find libfoo.so' >&2; exit 3"}, {});
        const StartResult started = runtime.start();
        CHECK_FALSE(started.ok);
        CHECK_THAT(started.error, Catch::Contains("exited with status 3") && Catch::Contains("cannot find libfoo.so"));
    }
    SECTION("its program does not exist") {
        CommandRuntime runtime({"/nonexistent/helper"}, {});
        const StartResult started = runtime.start();
        CHECK_FALSE(started.ok);
        CHECK_THAT(started.error, Catch::Contains("/nonexistent/helper"));
    }
}

// ---- TensorFlow Lite -------------------------------------------------------------------

TEST_CASE("TensorFlow Lite runs MediaPipe's face detector deterministically", "[reference_runtime][tflite]") {
    const fs::path model = test_models_dir() / "mediapipe" / "face_detection_short_range.tflite";
    INFO("missing " << model << ": run scripts/fetch_mediapipe.sh");
    REQUIRE(fs::exists(model));
    TfliteRuntime runtime;
    require_started(runtime);
    CHECK_THAT(runtime.start().runtime_version, Catch::StartsWith("TensorFlow Lite 2.9"));

    const ModelDescription description = runtime.describe(model.string());
    INFO(description.error);
    REQUIRE(description.ok);
    REQUIRE(description.inputs.size() == 1);
    CHECK(description.inputs[0].dtype == DType::float32);
    CHECK(description.inputs[0].dims == std::vector<int64_t>{1, 128, 128, 3});

    const std::vector<HostTensor> inputs = seeded_inputs(description.inputs, 42);
    const RunResult first = runtime.run(model.string(), inputs);
    const RunResult second = runtime.run(model.string(), inputs);
    INFO(first.error << second.error);
    REQUIRE(first.ok);
    REQUIRE(second.ok);
    REQUIRE(first.outputs.size() == 2);
    // 896 anchors: 16 box and keypoint coordinates each, and one score.
    CHECK(first.outputs[0].dims == std::vector<int64_t>{1, 896, 16});
    CHECK(first.outputs[1].dims == std::vector<int64_t>{1, 896, 1});
    for (std::size_t i = 0; i < first.outputs.size(); ++i) {
        const HostTensor& output = first.outputs[i];
        CHECK(output.dtype == DType::float32);
        const auto values = output.values<float>();
        CHECK(std::all_of(values.begin(), values.end(), [](float v) { return std::isfinite(v); }));
        CHECK(std::any_of(values.begin(), values.end(), [](float v) { return v != 0; }));
        CHECK(output.data == second.outputs[i].data);
    }

    // Other data gives other detections.
    const RunResult other = runtime.run(model.string(), seeded_inputs(description.inputs, 43));
    REQUIRE(other.ok);
    CHECK(other.outputs[0].data != first.outputs[0].data);
    CHECK(runtime.process_starts() == 1);
}

// What a TFLite runtime says about a bad request: the parts its messages do not share.
template <class Runtime>
struct BadRequestMessages;
template <>
struct BadRequestMessages<TfliteRuntime> {
    static constexpr const char* not_tflite = "not a valid .tflite file";
    static constexpr const char* wrong_dtype = "is int32 but the model takes float32";
};
template <>
struct BadRequestMessages<LiteRtRuntime> {
    static constexpr const char* not_tflite = "LiteRT could not load ";
    static constexpr const char* wrong_dtype = "given as int32; the model takes float32";
};

TEMPLATE_TEST_CASE("TFLite runtimes report bad requests as errors and keep serving", "[reference_runtime][tflite][litert]", TfliteRuntime,
                   LiteRtRuntime) {
    using Messages = BadRequestMessages<TestType>;
    const fs::path model = test_models_dir() / "mediapipe" / "face_detection_short_range.tflite";
    REQUIRE(fs::exists(model));
    TestType runtime;
    require_started(runtime);
    const ModelDescription description = runtime.describe(model.string());
    REQUIRE(description.ok);
    const std::vector<HostTensor> inputs = seeded_inputs(description.inputs, 1);

    SECTION("a model file that does not exist") {
        const RunResult result = runtime.run("/nonexistent/model.tflite", inputs);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("/nonexistent/model.tflite") && Catch::Contains("no such file"));
    }
    SECTION("a file that is not a TFLite model") {
        const RunResult result = runtime.run((node_tests_dir / "test_relu" / "model.onnx").string(), inputs);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains(Messages::not_tflite));
    }
    SECTION("an input name the model does not have") {
        std::vector<HostTensor> renamed = inputs;
        renamed[0].name = "image";
        const RunResult result = runtime.run(model.string(), renamed);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("no input named 'image'") && Catch::Contains("'input'"));
    }
    SECTION("no inputs at all") {
        const RunResult result = runtime.run(model.string(), {});
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains("'input'") && Catch::Contains("not given"));
    }
    SECTION("an input of the wrong element type") {
        std::vector<HostTensor> retyped = inputs;
        retyped[0].dtype = DType::int32;
        const RunResult result = runtime.run(model.string(), retyped);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains(Messages::wrong_dtype));
    }
    SECTION("unnamed inputs are matched by position") {
        std::vector<HostTensor> unnamed = inputs;
        unnamed[0].name.clear();
        const RunResult result = runtime.run(model.string(), unnamed);
        INFO(result.error);
        CHECK(result.ok);
    }
    if constexpr (std::is_same_v<TestType, TfliteRuntime>) {
        SECTION("a model with a custom op the runtime lacks") {
            const fs::path segmenter = test_models_dir() / "mediapipe" / "selfie_segmentation.tflite";
            INFO("missing " << segmenter << ": run scripts/fetch_mediapipe.sh");
            REQUIRE(fs::exists(segmenter));
            const RunResult result = runtime.run(segmenter.string(), {});
            CHECK_FALSE(result.ok);
            CHECK_THAT(result.error, Catch::Contains("unresolved custom op: Convolution2DTransposeBias"));
        }
    } else {
        SECTION("an input of the wrong shape") {
            std::vector<HostTensor> reshaped = inputs;
            reshaped[0].dims = {1, 3, 128, 128};
            const RunResult result = runtime.run(model.string(), reshaped);
            CHECK_FALSE(result.ok);
            CHECK_THAT(result.error, Catch::Contains("dims [1, 3, 128, 128]; the model takes [1, 128, 128, 3]"));
        }
        SECTION("an output name the model does not have") {
            const RunResult result = runtime.run(model.string(), inputs, {"boxes"});
            CHECK_FALSE(result.ok);
            CHECK_THAT(result.error, Catch::Contains("no output named 'boxes'"));
        }
        SECTION("a model whose output LiteRT.js cannot pass (float16)") {
            const fs::path cast = fs::path(OPBRIDGE_SOURCE_DIR) / "tests" / "fuzz" / "seeds" / "cast_FLOAT_to_FLOAT16.tflite";
            const RunResult result = runtime.run(cast.string(), {});
            CHECK_FALSE(result.ok);
            CHECK_THAT(result.error, Catch::Contains("LiteRT could not load " + cast.string()) && Catch::Contains("FLOAT16") &&
                                         Catch::Contains("float32, int32 and uint8"));
        }
    }

    const RunResult after = runtime.run(model.string(), inputs);
    INFO(after.error);
    CHECK(after.ok);
    CHECK(runtime.process_starts() == 1);
}

// ---- LiteRT --------------------------------------------------------------------------

TEST_CASE("LiteRT runs MediaPipe's face detector as TensorFlow Lite 2.9 does", "[reference_runtime][litert]") {
    const fs::path model = test_models_dir() / "mediapipe" / "face_detection_short_range.tflite";
    INFO("missing " << model << ": run scripts/fetch_mediapipe.sh");
    REQUIRE(fs::exists(model));
    LiteRtRuntime litert;
    TfliteRuntime tflite;
    require_started(litert);
    require_started(tflite);
    CHECK_THAT(litert.start().runtime_version, Catch::StartsWith("LiteRT.js 2.5"));

    const ModelDescription description = litert.describe(model.string());
    INFO(description.error);
    REQUIRE(description.ok);
    REQUIRE(description.inputs.size() == 1);
    CHECK(description.inputs[0].name == "input");
    CHECK(description.inputs[0].dtype == DType::float32);
    CHECK(description.inputs[0].dims == std::vector<int64_t>{1, 128, 128, 3});
    REQUIRE(description.outputs.size() == 2);
    CHECK(description.outputs[0].dims == std::vector<int64_t>{1, 896, 16});

    const std::vector<HostTensor> inputs = seeded_inputs(description.inputs, 42);
    const RunResult first = litert.run(model.string(), inputs);
    const RunResult again = litert.run(model.string(), inputs);
    const RunResult reference = tflite.run(model.string(), inputs);
    INFO(first.error << again.error << reference.error);
    REQUIRE((first.ok && again.ok && reference.ok));
    REQUIRE(first.outputs.size() == 2);
    for (std::size_t i = 0; i < first.outputs.size(); ++i) {
        const HostTensor& output = first.outputs[i];
        CHECK(output.name == description.outputs[i].name);
        CHECK(output.dims == reference.outputs[i].dims);
        CHECK(output.data == again.outputs[i].data);
        // Two implementations of the same float model: equal to float rounding, relative to
        // the output's magnitude.
        const auto expected = reference.outputs[i].values<float>();
        double magnitude = 0;
        for (float v : expected) magnitude = std::max(magnitude, double{std::fabs(v)});
        REQUIRE(magnitude > 0);
        const Comparison comparison = compare(reference.outputs[i], output, {0, 1e-4 * magnitude});
        INFO("output " << i << ": " << comparison.summary());
        CHECK(comparison.passed());
    }

    // Other data gives other detections; only the outputs asked for come back.
    const RunResult other = litert.run(model.string(), seeded_inputs(description.inputs, 43), {description.outputs[1].name});
    INFO(other.error);
    REQUIRE(other.ok);
    REQUIRE(other.outputs.size() == 1);
    CHECK(other.outputs[0].name == description.outputs[1].name);
    CHECK(other.outputs[0].data != first.outputs[1].data);
    CHECK(litert.process_starts() == 1);
}

// ---- helpers -------------------------------------------------------------------------

TEST_CASE("seeded inputs depend only on the seed, the position and the description", "[reference_runtime]") {
    const std::vector<TensorDescription> described = {{"a", DType::float32, {2, -1}, {}}, {"b", DType::int64, {3}, {}}};
    const auto first = seeded_inputs(described, 5);
    const auto again = seeded_inputs(described, 5);
    const auto other = seeded_inputs(described, 6);
    REQUIRE(first.size() == 2);
    CHECK(first[0].dims == std::vector<int64_t>{2, 1});
    CHECK(first[0].data == again[0].data);
    CHECK(first[1].data == again[1].data);
    CHECK(first[0].data != other[0].data);
    for (float v : first[0].values<float>()) CHECK((v >= -1.0f && v < 1.0f));
    for (int64_t v : first[1].values<int64_t>()) CHECK((v >= 0 && v < 10));

    // Renaming an input (as converters do) does not change its data.
    std::vector<TensorDescription> renamed = described;
    renamed[0].name = "serving_default_a:0";
    CHECK(seeded_inputs(renamed, 5)[0].data == first[0].data);
}

TEST_CASE("compare follows numpy.isclose and explains mismatches", "[reference_runtime]") {
    const std::vector<float> expected_values = {1.0f, -2.0f, 0.0f, NAN, INFINITY};
    const HostTensor expected = make_tensor("y", {5}, expected_values);

    CHECK(compare(expected, expected).passed());

    std::vector<float> close = expected_values;
    close[0] += 5e-4f;  // within rtol 1e-3
    CHECK(compare(expected, make_tensor("y", {5}, close)).passed());

    std::vector<float> far = expected_values;
    far[1] = -2.1f;
    const Comparison off = compare(expected, make_tensor("y", {5}, far));
    CHECK_FALSE(off.passed());
    CHECK(off.elements_outside == 1);
    CHECK(off.worst_index == 1);
    CHECK(off.max_abs == Approx(0.1).epsilon(1e-5));
    CHECK_THAT(off.summary(), Catch::Contains("1 of 5 elements outside tolerance"));

    std::vector<float> not_nan = expected_values;
    not_nan[3] = 0;
    CHECK(compare(expected, make_tensor("y", {5}, not_nan)).elements_outside == 1);

    const Comparison reshaped = compare(expected, make_tensor("y", {5, 1}, expected_values));
    CHECK_FALSE(reshaped.comparable);
    CHECK_THAT(reshaped.summary(), Catch::Contains("expected dims [5], got [5, 1]"));
}

TEST_CASE("float16 conversion round-trips and rounds to nearest even", "[reference_runtime]") {
    for (float value : {0.0f, 1.0f, -2.5f, 65504.0f, 6.1035156e-05f, 5.9604645e-08f})
        CHECK(float16_to_float(float_to_float16(value)) == value);
    CHECK(float_to_float16(65520.0f) == 0x7c00);         // rounds up to infinity
    CHECK(float_to_float16(1.0f + 0x1.0p-11f) == 0x3c00);  // a tie rounds to the even 1.0
    CHECK(std::isnan(float16_to_float(float_to_float16(NAN))));
    CHECK(bfloat16_to_float(float_to_bfloat16(1.5f)) == 1.5f);
}

TEST_CASE("dequantized applies TFLite's scale and zero point", "[reference_runtime]") {
    HostTensor quantized = make_tensor("q", {3}, std::vector<uint8_t>{0, 128, 255});
    quantized.quantization = AffineQuantization{0.5f, 128};
    const HostTensor real = dequantized(quantized);
    CHECK(real.dtype == DType::float32);
    const auto values = real.values<float>();
    CHECK(values[0] == -64.0f);
    CHECK(values[1] == 0.0f);
    CHECK(values[2] == 63.5f);
}

// Not run by default: every node test through one process, with a pass count and the rate.
TEST_CASE("all ONNX node tests through ONNX Runtime", "[.][all-node-tests]") {
    OnnxRuntime runtime;
    require_started(runtime);
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(node_tests_dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    int passed = 0, mismatched = 0, failed = 0, not_tensors = 0;
    const auto begin = std::chrono::steady_clock::now();
    for (const std::string& name : names) {
        NodeTest test;
        try {
            test = read_node_test(name);
        } catch (const std::exception&) {
            ++not_tensors;
            continue;
        }
        const RunResult result = runtime.run(test.model.string(), test.inputs);
        const std::string problems = check_outputs(test, result);
        if (problems.empty()) ++passed;
        else (result.ok ? ++mismatched : ++failed), std::cout << problems.substr(0, 300) << "\n";
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
    std::cout << passed << " passed, " << mismatched << " mismatched, " << failed << " failed to run, " << not_tensors
              << " take non-tensor values; " << static_cast<double>(names.size()) / seconds << " tests/s, " << runtime.process_starts()
              << " process start(s)\n";
}
