#pragma once
// Helpers for opset adapter tests: build a small model in the IR, convert it, and look at
// the result (and, where it matters, run both in ONNX Runtime).

#include <catch2/catch.hpp>

#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"
#include "reference_runtime.hpp"

namespace opbridge::test {

// A model with one node of `op` at `opset`; inputs and outputs are graph inputs/outputs
// with the given types (nullopt type: untyped).
struct SingleNode {
    Model model;
    Node* node = nullptr;

    SingleNode(std::string op, int64_t opset, std::vector<std::pair<std::string, Type>> inputs,
               std::vector<std::pair<std::string, Type>> outputs, std::vector<Attribute> attributes = {}) {
        model.format_version = min_ir_version_for_opset(opset);
        model.opset_imports.push_back({"", opset});
        Graph& g = *model.graph;
        g.name = "test";
        std::vector<Value*> ins, outs;
        for (auto& [name, type] : inputs) {
            if (name.empty()) {
                ins.push_back(nullptr);
                continue;
            }
            Value* v = g.value(name);
            v->type = type;
            g.inputs.push_back(v);
            ins.push_back(v);
        }
        for (auto& [name, type] : outputs) {
            Value* v = g.value(name);
            v->type = type;
            g.outputs.push_back(v);
            outs.push_back(v);
        }
        node = g.add_node(Op{Dialect::onnx, "", std::move(op), opset}, ins, outs, "node");
        node->attributes = std::move(attributes);
    }
    // A constant input (initializer) instead of a graph input.
    Value* constant_input(std::size_t index, Tensor t, const std::string& name) {
        Graph& g = *model.graph;
        Value* v = g.value(name);
        v->initializer = std::move(t);
        v->type = Type::tensor(v->initializer->dtype, shape_of(v->initializer->dims));
        g.initializers.push_back(v);
        if (node->inputs.size() <= index) node->inputs.resize(index + 1, nullptr);
        node->inputs[index] = v;
        return v;
    }
};

inline Type f32(std::vector<int64_t> dims) { return Type::tensor(DType::float32, shape_of(dims)); }
inline Type of(DType t, std::vector<int64_t> dims) { return Type::tensor(t, shape_of(dims)); }

// Converts in place; returns the diagnostics (empty when it succeeded).
inline Diagnostics convert(Model& m, int64_t target) {
    Diagnostics d;
    OpsetConversion o{target, "test.onnx", &rules::onnx_opset::table};
    convert_opset(m, o, d);
    return d;
}

inline const Node* only_node(const Model& m, std::string_view type) {
    const Node* found = nullptr;
    for (Node* n : m.graph->nodes())
        if (n->op.type == type) found = n;
    return found;
}

// Writes the model under the system temp folder and returns the path.
inline std::string save(const Model& m, const std::string& name) {
    auto path = (std::filesystem::temp_directory_path() / ("opbridge-rules-" + name + ".onnx")).string();
    onnx_file::write(m, path);
    return path;
}

// Runs source and converted models on the same seeded inputs in ONNX Runtime and checks
// every output agrees (rtol 1e-5, atol 1e-6).
inline void check_same_outputs(const Model& source, const Model& converted, const std::string& name) {
    static testing::OnnxRuntime ort;
    auto a = save(source, name + "-source"), b = save(converted, name + "-converted");
    auto description = ort.describe(a);
    REQUIRE(description.ok);
    auto inputs = testing::seeded_inputs(description.inputs, 7);
    auto ra = ort.run(a, inputs), rb = ort.run(b, inputs);
    REQUIRE(ra.ok);
    INFO(rb.error);
    REQUIRE(rb.ok);
    REQUIRE(ra.outputs.size() == rb.outputs.size());
    for (std::size_t i = 0; i < ra.outputs.size(); ++i) {
        auto c = testing::compare(ra.outputs[i], rb.outputs[i], {1e-5, 1e-6});
        INFO(c.summary());
        CHECK(c.passed());
    }
}

// Converts a fresh copy of make()'s model to `target` and checks it computes what the source
// does in ONNX Runtime.
template <class Make>
void check_converts_to_same_outputs(Make make, int64_t target, const std::string& name) {
    SingleNode source = make(), converted = make();
    auto diags = convert(converted.model, target);
    INFO((diags.items().empty() ? std::string() : diags.items()[0].one_line()));
    REQUIRE_FALSE(diags.has_errors());
    check_same_outputs(source.model, converted.model, name);
}

// The one error a refused conversion reports.
inline Diagnostic refusal(Model& m, int64_t target) {
    auto diags = convert(m, target);
    REQUIRE(diags.error_count() == 1);
    return diags.items()[0];
}

inline bool has_node(const Model& m, std::string_view type) { return only_node(m, type) != nullptr; }

// Shorthands the test files share. Defined once here: the files are compiled as one unit
// (a unity build), where two files' helpers of the same name would collide.
inline Tensor floats(std::vector<int64_t> dims, std::vector<float> values) {
    return Tensor::from_vector<float>(DType::float32, std::move(dims), values);
}
inline Tensor int64s(std::vector<int64_t> dims, std::vector<int64_t> values) { return make_int64_tensor(std::move(dims), values); }
inline Attribute ints(std::string name, std::vector<int64_t> v) { return Attribute::of_ints(std::move(name), std::move(v)); }
inline Attribute text(std::string name, std::string v) { return Attribute::of_string(std::move(name), std::move(v)); }
inline constexpr float inf = std::numeric_limits<float>::infinity();
inline std::size_t count_nodes(const Model& m, std::string_view type) {
    std::size_t k = 0;
    for (const Node* n : m.graph->nodes()) k += n->op.type == type;
    return k;
}
inline std::vector<int64_t> ints_of(const Node* n, std::string_view name) {
    const Attribute* a = n->attribute(name);
    return a && a->get_if<std::vector<int64_t>>() ? *a->get_if<std::vector<int64_t>>() : std::vector<int64_t>{};
}

} // namespace opbridge::test
