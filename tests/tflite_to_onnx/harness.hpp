#pragma once
// Helpers for TFLite -> ONNX rule tests: build a small TFLite model node by node (with a
// CONV_2D in front where layout matters, so the op sees an input held NCHW), write it, read it
// back as the converter would, convert it, and run the original in TFLite and the result in
// ONNX Runtime on the same seeded inputs.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

#include "opbridge/model_io.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "reference_runtime.hpp"

namespace opbridge::test::to_onnx {

inline Type f32(std::vector<int64_t> dims) { return Type::tensor(DType::float32, shape_of(dims)); }
inline Type typed(DType t, std::vector<int64_t> dims) { return Type::tensor(t, shape_of(dims)); }
inline Tensor int32s(std::vector<int32_t> values, std::optional<std::vector<int64_t>> dims = {}) {
    std::vector<int64_t> d = dims ? *dims : std::vector<int64_t>{static_cast<int64_t>(values.size())};
    return Tensor::from_vector(DType::int32, d, values);
}
inline Tensor floats(std::vector<int64_t> dims, std::vector<float> values) {
    return Tensor::from_vector(DType::float32, std::move(dims), values);
}
// Deterministic values that are not all alike.
inline std::vector<float> wave(std::size_t count, float scale = 0.3f, int phase = 0) {
    std::vector<float> v(count);
    for (std::size_t i = 0; i < count; ++i) v[i] = scale * std::sin(0.7f * static_cast<float>(i + static_cast<std::size_t>(phase)) + 0.3f);
    return v;
}

// A TFLite model built node by node; every value needs its type (TFLite tensors carry shapes).
struct TfliteBuilder {
    Model model;

    TfliteBuilder() {
        model.format = Format::tflite;
        model.format_version = 3;
        model.graph->name = "main";
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
    Value* constant(Tensor t) { return constant("c" + std::to_string(count_++), std::move(t)); }
    std::vector<Value*> nodes(const std::string& op, std::vector<Value*> inputs, std::vector<Attribute> attributes,
                              std::vector<Type> outputs, int version = 1) {
        std::string name = op + "_" + std::to_string(count_++);
        std::vector<Value*> outs;
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            Value* v = graph().value(name + (i ? "_out" + std::to_string(i) : ""));
            v->type = outputs[i];
            outs.push_back(v);
        }
        Node* n = graph().add_node(Op{Dialect::tflite, "", op, version}, std::move(inputs), outs, name);
        n->attributes = std::move(attributes);
        return outs;
    }
    Value* node(const std::string& op, std::vector<Value*> inputs, std::vector<Attribute> attributes, Type output, int version = 1) {
        return nodes(op, std::move(inputs), std::move(attributes), {std::move(output)}, version)[0];
    }
    // A 3x3 SAME CONV_2D (NHWC, OHWI filter) from `in_channels` to `out_channels`.
    Value* conv(Value* x, int64_t in_channels, int64_t out_channels) {
        auto d = *static_dims(*x->type.shape);
        Value* w = constant(floats({out_channels, 3, 3, in_channels}, wave(static_cast<std::size_t>(out_channels * 9 * in_channels), 0.3f, count_)));
        Value* b = constant(floats({out_channels}, wave(static_cast<std::size_t>(out_channels), 0.1f, count_)));
        return node("CONV_2D", {x, w, b},
                    {Attribute::of_string("padding", "SAME"), Attribute::of_int("stride_w", 1), Attribute::of_int("stride_h", 1),
                     Attribute::of_string("fused_activation_function", "NONE")},
                    f32({d[0], d[1], d[2], out_channels}));
    }
    void output(Value* v) { graph().outputs.push_back(v); }

private:
    int count_ = 0;
};

// x [1, 5, 4, 3] -> CONV_2D -> [1, 5, 4, 4], held NCHW. (Shared by the test files, which are
// compiled as one unit: a unity build.)
// Attribute shorthands.
inline Attribute str(const char* name, const char* value) { return Attribute::of_string(name, value); }
inline Attribute num(const char* name, int64_t value) { return Attribute::of_int(name, value); }

inline Value* conv_input(TfliteBuilder& b) { return b.conv(b.input("x", f32({1, 5, 4, 3})), 3, 4); }
inline const Type conv_type = f32({1, 5, 4, 4});

inline std::string temp_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("opbridge-to-onnx-" + name)).string();
}

struct Conversion {
    Diagnostics diags;
    std::optional<Model> onnx;
    std::string tflite_path, onnx_path;
    std::string errors() const { return to_text(diags); }
};

// Writes the model, reads it back (so rules see what the reader makes), converts it, and writes
// the result when it converted.
inline Conversion convert(TfliteBuilder& b, const std::string& name, rules::tflite_to_onnx::Options options = {}) {
    Conversion c;
    c.tflite_path = temp_path(name + ".tflite");
    c.onnx_path = temp_path(name + ".onnx");
    write_model(b.model, c.tflite_path);
    Model read = read_model(c.tflite_path);
    c.onnx = rules::tflite_to_onnx::convert(read, options, c.diags, name + ".tflite");
    if (c.onnx) write_model(*c.onnx, c.onnx_path);
    return c;
}

inline int count_ops(const Model& m, std::string_view type) {
    int n = 0;
    for (const Node* node : m.graph->nodes()) n += node->op.type == type;
    return n;
}

// Transposes that neither read a graph input nor write a graph output.
inline int transposes_inside(const Model& m) {
    const Graph& g = *m.graph;
    int n = 0;
    for (const Node* node : g.nodes()) {
        if (node->op.type != "Transpose") continue;
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
// 1e-4 x max|output| (float outputs) or exactly (others).
inline Conversion check_converts_and_matches(TfliteBuilder& b, const std::string& name, testing::SeedOptions seed = {},
                                             rules::tflite_to_onnx::Options options = {}) {
    static testing::OnnxRuntime ort;
    static testing::TfliteRuntime tflite;
    Conversion c = convert(b, name, options);
    INFO(c.errors());
    REQUIRE(c.onnx);
    auto description = tflite.describe(c.tflite_path);
    INFO(description.error);
    REQUIRE(description.ok);
    auto inputs = testing::seeded_inputs(description.inputs, 7, seed);
    auto expected = tflite.run(c.tflite_path, inputs);
    for (auto& in : inputs) in.name.clear();  // by position
    auto actual = ort.run(c.onnx_path, inputs);
    INFO(expected.error);
    REQUIRE(expected.ok);
    INFO(actual.error);
    REQUIRE(actual.ok);
    REQUIRE(expected.outputs.size() == actual.outputs.size());
    for (std::size_t i = 0; i < expected.outputs.size(); ++i) {
        const auto& e = expected.outputs[i];
        double atol = e.dtype == testing::DType::float32 ? 1e-4 * std::max(max_abs(e), 1e-6) : 0.0;
        auto comparison = testing::compare(e, actual.outputs[i], {0.0, atol});
        INFO(name << " output " << i << ": " << comparison.summary());
        CHECK(comparison.passed());
    }
    tflite.forget(c.tflite_path);
    ort.forget(c.onnx_path);
    return c;
}

// The one error a refused conversion reports.
inline Diagnostic refusal(TfliteBuilder& b, const std::string& name, rules::tflite_to_onnx::Options options = {}) {
    Conversion c = convert(b, name, options);
    REQUIRE_FALSE(c.onnx);
    REQUIRE(c.diags.error_count() == 1);
    return c.diags.items()[0];
}

} // namespace opbridge::test::to_onnx
