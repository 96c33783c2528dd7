#pragma once
// Helpers for ONNX -> TFLite rule tests: build a small ONNX model node by node (opset 17, with
// a Conv in front where layout matters), convert it, and run the source in ONNX Runtime and
// the result in TensorFlow Lite on the same seeded inputs.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "opbridge/model_io.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "reference_runtime.hpp"

namespace opbridge::test::to_tflite {

inline Type f32(std::vector<int64_t> dims) { return Type::tensor(DType::float32, shape_of(dims)); }
inline Tensor int64s(std::vector<int64_t> dims, std::vector<int64_t> values) { return make_int64_tensor(std::move(dims), values); }
inline Tensor int64s(std::vector<int64_t> values) {
    std::vector<int64_t> dims{static_cast<int64_t>(values.size())};
    return make_int64_tensor(dims, values);
}
inline Tensor floats(std::vector<int64_t> dims, std::vector<float> values) {
    return Tensor::from_vector(DType::float32, std::move(dims), values);
}

// An ONNX model built node by node; nodes are named after their op and position.
struct ModelBuilder {
    Model model;

    explicit ModelBuilder(int64_t opset = 17) {
        model.format_version = 8;
        model.opset_imports.push_back({"", opset});
        model.graph->name = "test";
    }
    Graph& graph() { return *model.graph; }
    Value* input(const std::string& name, Type type) {
        Value* v = graph().value(name);
        v->type = std::move(type);
        graph().inputs.push_back(v);
        return v;
    }
    Value* constant(const std::string& name, Tensor t) {
        Value* v = graph().value(name);
        t.name = name;
        v->type = Type::tensor(t.dtype, shape_of(t.dims));
        v->initializer = std::move(t);
        graph().initializers.push_back(v);
        return v;
    }
    // A node with `outputs` outputs; returns them.
    std::vector<Value*> nodes(const std::string& op, std::vector<Value*> inputs, std::vector<Attribute> attributes, std::size_t outputs) {
        std::string name = op + "_" + std::to_string(count_++);
        std::vector<Value*> outs;
        for (std::size_t i = 0; i < outputs; ++i) outs.push_back(graph().value(name + "_out" + std::to_string(i)));
        Node* n = graph().add_node(Op{Dialect::onnx, "", op, model.opset("").value_or(17)}, std::move(inputs), outs, name);
        n->attributes = std::move(attributes);
        return outs;
    }
    Value* node(const std::string& op, std::vector<Value*> inputs, std::vector<Attribute> attributes = {}) {
        return nodes(op, std::move(inputs), std::move(attributes), 1)[0];
    }
    // A 3x3 Conv with padding 1 and deterministic weights: the op after it sees an NHWC-held input.
    Value* conv(Value* x, int64_t in_channels, int64_t out_channels) {
        std::vector<float> w(static_cast<std::size_t>(out_channels * in_channels * 9)), b(static_cast<std::size_t>(out_channels));
        for (std::size_t i = 0; i < w.size(); ++i) w[i] = 0.3f * std::sin(0.7f * static_cast<float>(i + count_));
        for (std::size_t i = 0; i < b.size(); ++i) b[i] = 0.1f * static_cast<float>(i);
        std::string prefix = "conv" + std::to_string(count_);
        Value* weights = constant(prefix + "_w", floats({out_channels, in_channels, 3, 3}, w));
        Value* bias = constant(prefix + "_b", floats({out_channels}, b));
        return node("Conv", {x, weights, bias}, {Attribute::of_ints("kernel_shape", {3, 3}), Attribute::of_ints("pads", {1, 1, 1, 1})});
    }
    // A graph output; its type comes from shape inference (finish()).
    void output(Value* v) { graph().outputs.push_back(v); }
    // Types every value, graph outputs declared without a shape included.
    void finish() { infer_shapes(model); }

private:
    int count_ = 0;
};

// x: [1, 3, 6, 5] -> Conv -> [1, channels, 6, 5], held NHWC. (Shared by the test files, which
// are compiled as one unit: a unity build.)
inline Value* conv_input(ModelBuilder& b, int64_t channels) { return b.conv(b.input("x", f32({1, 3, 6, 5})), 3, channels); }

inline std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("opbridge-to-tflite-" + name)).string();
}

struct Conversion {
    Diagnostics diags;
    std::optional<Model> tflite;
    std::string onnx_path, tflite_path;

    std::string first_error() const { return diags.first_error() ? diags.first_error()->one_line() : std::string(); }
};

// Writes the source model, converts it (the builder's model is changed on the way) and writes
// the result when it converted.
inline Conversion convert(ModelBuilder& b, const std::string& name, rules::onnx_to_tflite::Options options = {}) {
    Conversion c;
    b.finish();
    c.onnx_path = temp_path(name + ".onnx");
    c.tflite_path = temp_path(name + ".tflite");
    write_model(b.model, c.onnx_path);
    c.tflite = rules::onnx_to_tflite::convert(b.model, options, c.diags, name + ".onnx");
    if (c.tflite) write_model(*c.tflite, c.tflite_path);
    return c;
}

inline int count_ops(const Model& m, std::string_view type) {
    int n = 0;
    for (const Node* node : m.graph->nodes()) n += node->op.type == type;
    return n;
}

// TRANSPOSE ops that neither read a graph input nor write a graph output.
inline int transposes_inside(const Model& m) {
    const Graph& g = *m.graph;
    int n = 0;
    for (const Node* node : g.nodes()) {
        if (node->op.type != "TRANSPOSE") continue;
        bool at_input = std::find(g.inputs.begin(), g.inputs.end(), node->inputs[0]) != g.inputs.end();
        bool at_output = std::find(g.outputs.begin(), g.outputs.end(), node->outputs[0]) != g.outputs.end();
        n += !at_input && !at_output;
    }
    return n;
}

inline double max_abs(const testing::HostTensor& t) {
    double m = 0;
    for (float x : t.values<float>()) m = std::max(m, static_cast<double>(std::fabs(x)));
    return m;
}

// Converts, then runs both models on the same seeded inputs; every output must agree within
// 1e-4 x max|output| (float outputs) or exactly (integer outputs).
inline Conversion check_converts_and_matches(ModelBuilder& b, const std::string& name, testing::SeedOptions seed = {}) {
    static testing::OnnxRuntime ort;
    static testing::TfliteRuntime tflite;
    Conversion c = convert(b, name);
    INFO(c.first_error());
    REQUIRE(c.tflite);
    auto description = ort.describe(c.onnx_path);
    INFO(description.error);
    REQUIRE(description.ok);
    auto inputs = testing::seeded_inputs(description.inputs, 7, seed);
    auto expected = ort.run(c.onnx_path, inputs);
    auto actual = tflite.run(c.tflite_path, inputs);
    INFO(expected.error);
    REQUIRE(expected.ok);
    INFO(actual.error);
    REQUIRE(actual.ok);
    REQUIRE(expected.outputs.size() == actual.outputs.size());
    for (std::size_t i = 0; i < expected.outputs.size(); ++i) {
        const auto& e = expected.outputs[i];
        double atol = e.dtype == testing::DType::float32 ? 1e-4 * max_abs(e) : 0.0;
        auto comparison = testing::compare(e, actual.outputs[i], {0.0, atol});
        INFO("output " << i << ": " << comparison.summary());
        CHECK(comparison.passed());
    }
    return c;
}

// The one error a refused conversion reports (warnings aside: a malformed node can also keep
// libonnx from inferring shapes, which is a warning of its own).
inline Diagnostic refusal(ModelBuilder& b, const std::string& name) {
    Conversion c = convert(b, name);
    REQUIRE_FALSE(c.tflite);
    REQUIRE(c.diags.error_count() == 1);
    return *c.diags.first_error();
}

} // namespace opbridge::test::to_tflite
