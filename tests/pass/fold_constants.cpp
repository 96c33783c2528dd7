// tests/pass/fold_constants.cpp tests include/opbridge/pass/fold_constants.hpp (and the
// kernels of pass/fold_kernels.hpp): each folded model must compute exactly what the
// original computes in ONNX Runtime, and what cannot be folded exactly must stay.

#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <limits>
#include <string>
#include <vector>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/pass/fold_constants.hpp"
#include "reference_runtime.hpp"

namespace fs = std::filesystem;
using namespace opbridge;

namespace {

// A model put together node by node, each node with one output named as given.
struct ModelBuilder {
    Model model;
    Graph& g = *model.graph;
    int64_t opset;

    explicit ModelBuilder(int64_t opset_) : opset(opset_) {
        model.format_version = opset <= 14 ? 7 : 8;
        model.opset_imports.push_back({"", opset});
        g.name = "test";
    }
    Value* input(const std::string& name, Type t) {
        Value* v = g.value(name);
        v->type = std::move(t);
        g.inputs.push_back(v);
        return v;
    }
    Value* initializer(const std::string& name, Tensor t) {
        Value* v = g.value(name);
        t.name = name;
        std::vector<int64_t> dims = t.dims;
        v->type = Type::tensor(t.dtype, shape_of(dims));
        v->initializer = std::move(t);
        g.initializers.push_back(v);
        return v;
    }
    Value* constant_node(const std::string& name, Tensor t) {
        return node("Constant", {}, {Attribute::of_tensor("value", std::move(t))}, name);
    }
    Value* node(const std::string& op, std::vector<Value*> inputs, std::vector<Attribute> attributes, const std::string& out) {
        Value* v = g.value(out);
        Node* n = g.add_node(Op{Dialect::onnx, "", op, opset}, std::move(inputs), {v}, out + "_node");
        n->attributes = std::move(attributes);
        return v;
    }
    // ONNX's checker (run before shape inference) wants graph outputs typed; tests that rely
    // on inference give the type.
    void output(Value* v, std::optional<Type> t = std::nullopt) {
        if (t) v->type = std::move(*t);
        g.outputs.push_back(v);
    }
};

Tensor i64(std::vector<int64_t> dims, std::vector<int64_t> values) { return make_int64_tensor(std::move(dims), values); }
Tensor i32(std::vector<int64_t> dims, std::vector<int32_t> values) {
    return Tensor::from_vector(DType::int32, std::move(dims), values);
}
Tensor f32(std::vector<int64_t> dims, std::vector<float> values) {
    return Tensor::from_vector(DType::float32, std::move(dims), values);
}
Tensor f64(std::vector<int64_t> dims, std::vector<double> values) {
    return Tensor::from_vector(DType::float64, std::move(dims), values);
}
Tensor boolean(std::vector<int64_t> dims, std::vector<uint8_t> values) {
    return Tensor::from_vector(DType::boolean, std::move(dims), values);
}
Tensor iota(DType t, std::vector<int64_t> dims) {
    std::vector<double> values(static_cast<std::size_t>(*Tensor::checked_element_count(dims)));
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<double>(i);
    return *make_tensor(t, std::move(dims), values);
}

Attribute ints(std::string name, std::vector<int64_t> v) { return Attribute::of_ints(std::move(name), std::move(v)); }
Attribute integer(std::string name, int64_t v) { return Attribute::of_int(std::move(name), v); }

int count_ops(const Model& m, std::string_view type) {
    int n = 0;
    for (Node* node : m.graph->nodes()) n += node->op.type == type;
    return n;
}

const Value* output_named(const Model& m, std::string_view name) {
    for (Value* v : m.graph->outputs)
        if (v->name() == name) return v;
    return nullptr;
}

std::vector<int64_t> int_values(const Value* v) {
    REQUIRE(v);
    REQUIRE(v->initializer);
    return *tensor_as_int64s(*v->initializer);
}

testing::OnnxRuntime& runtime() {
    static testing::OnnxRuntime ort;
    return ort;
}

std::string save(const Model& m, const std::string& name) {
    auto path = (fs::temp_directory_path() / ("opbridge-fold-" + name + ".onnx")).string();
    onnx_file::write(m, path);
    return path;
}

// The folded model passes opbridge's own structural check and gives the same outputs as the
// original in ONNX Runtime, on the same seeded inputs.
void check_same_outputs(const Model& original, const Model& folded, const std::string& name,
                        testing::Tolerance tolerance = {0, 0}) {
    Diagnostics diags;
    bool valid = check_model(folded, diags, name);
    INFO((diags.items().empty() ? std::string() : diags.items()[0].one_line()));
    CHECK(valid);
    auto& ort = runtime();
    auto a = save(original, name + "-original"), b = save(folded, name + "-folded");
    auto description = ort.describe(a);
    INFO(description.error);
    REQUIRE(description.ok);
    auto inputs = testing::seeded_inputs(description.inputs, 5);
    auto expected = ort.run(a, inputs), actual = ort.run(b, inputs);
    INFO(expected.error);
    REQUIRE(expected.ok);
    INFO(actual.error);
    REQUIRE(actual.ok);
    REQUIRE(expected.outputs.size() == actual.outputs.size());
    for (std::size_t i = 0; i < expected.outputs.size(); ++i) {
        auto c = testing::compare(expected.outputs[i], actual.outputs[i], tolerance);
        INFO("output " << i << ": " << c.summary());
        CHECK(c.passed());
    }
    ort.forget(a);
    ort.forget(b);
    fs::remove(a);
    fs::remove(b);
}

// Builds the model twice, folds one copy, and checks that no node of the listed ops is left
// and that ONNX Runtime gives bit-identical outputs for both. Returns the folded model.
Model check_folds_exactly(const std::function<ModelBuilder()>& make, const std::vector<std::string>& folded_ops,
                          const std::string& name) {
    ModelBuilder original = make(), folded = make();
    FoldStats stats = fold_constants(folded.model);
    CHECK(stats.nodes_folded > 0);
    for (const auto& op : folded_ops) {
        INFO(op << " left after folding");
        CHECK(count_ops(folded.model, op) == 0);
    }
    check_same_outputs(original.model, folded.model, name);
    return std::move(folded.model);
}

} // namespace

TEST_CASE("Shape, Gather, Unsqueeze and Concat of a static shape fold into a constant Reshape shape") {
    auto make = [] {
        ModelBuilder b(13);
        Value* x = b.input("x", Type::tensor(DType::float32, shape_of({2, 3, 4})));
        Value* shape = b.node("Shape", {x}, {}, "shape");
        Value* first = b.node("Gather", {shape, b.initializer("zero", i64({}, {0}))}, {integer("axis", 0)}, "first");
        Value* first_1d = b.node("Unsqueeze", {first, b.initializer("axes", i64({1}, {0}))}, {}, "first_1d");
        Value* target = b.node("Concat", {first_1d, b.constant_node("minus_one", i64({1}, {-1}))}, {integer("axis", 0)}, "target");
        b.output(b.node("Reshape", {x, target}, {}, "y"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Shape", "Gather", "Unsqueeze", "Concat", "Constant"}, "shape-chain");
    REQUIRE(folded.graph->node_count() == 1);
    const Node* reshape = folded.graph->node_at(0);
    CHECK(reshape->op.type == "Reshape");
    CHECK(int_values(reshape->inputs[1]) == std::vector<int64_t>{2, -1});
    // Only the folded shape is left as an initializer; the inputs of the chain are gone.
    REQUIRE(folded.graph->initializers.size() == 1);
    CHECK(folded.graph->initializers[0]->name() == "target");
}

TEST_CASE("Shape-15 start and end select part of the dims") {
    auto make = [] {
        ModelBuilder b(15);
        Value* x = b.input("x", Type::tensor(DType::float32, shape_of({2, 3, 4, 5})));
        b.output(b.node("Shape", {x}, {integer("start", 1), integer("end", -1)}, "middle"));
        b.output(b.node("Shape", {x}, {integer("start", -2)}, "last_two"));
        b.output(b.node("Shape", {x}, {integer("start", 3), integer("end", 1)}, "empty"));
        b.output(b.node("Shape", {x}, {integer("start", -100), integer("end", 100)}, "clamped"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Shape"}, "shape-15");
    CHECK(int_values(output_named(folded, "middle")) == std::vector<int64_t>{3, 4});
    CHECK(int_values(output_named(folded, "last_two")) == std::vector<int64_t>{4, 5});
    CHECK(int_values(output_named(folded, "empty")).empty());
    CHECK(int_values(output_named(folded, "clamped")) == std::vector<int64_t>{2, 3, 4, 5});
}

TEST_CASE("Size of a statically shaped value folds to its element count") {
    auto make = [] {
        ModelBuilder b(13);
        Value* x = b.input("x", Type::tensor(DType::float32, shape_of({2, 3, 4})));
        b.output(b.node("Size", {x}, {}, "n"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Size"}, "size");
    CHECK(int_values(output_named(folded, "n")) == std::vector<int64_t>{24});
}

TEST_CASE("Shape of a value computed at run time folds once inference knows its shape") {
    auto make = [] {
        ModelBuilder b(13);
        Value* x = b.input("x", Type::tensor(DType::float32, shape_of({1, 3, 8, 8})));
        Value* pooled = b.node("MaxPool", {x}, {ints("kernel_shape", {2, 2}), ints("strides", {2, 2})}, "pooled");
        Value* shape = b.node("Shape", {pooled}, {}, "shape");
        Value* hw = b.node("Slice", {shape, b.initializer("s", i64({1}, {2})), b.initializer("e", i64({1}, {4}))}, {}, "hw");
        b.output(b.node("Mul", {hw, b.initializer("two", i64({1}, {2}))}, {}, "doubled"), Type::tensor(DType::int64, shape_of({2})));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Shape", "Slice", "Mul"}, "inferred-shape");
    CHECK(int_values(output_named(folded, "doubled")) == std::vector<int64_t>{8, 8});
}

TEST_CASE("Slice-9 takes starts, ends and axes as attributes") {
    auto make = [] {
        ModelBuilder b(9);
        Value* data = b.initializer("data", iota(DType::int64, {3, 4, 5}));
        b.output(b.node("Slice", {data}, {ints("starts", {1, -3}), ints("ends", {1000, -1}), ints("axes", {0, 2})}, "part"));
        b.output(b.node("Slice", {data}, {ints("starts", {0, 1}), ints("ends", {1, 3})}, "leading_axes"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Slice"}, "slice-9");
    const Value* part = output_named(folded, "part");
    CHECK(part->initializer->dims == std::vector<int64_t>{2, 4, 2});
    CHECK(int_values(part)[0] == 22);  // [1][0][2]
}

TEST_CASE("Slice-13 clamps out-of-range indices and walks negative steps") {
    constexpr int64_t big = std::numeric_limits<int64_t>::max(), small = std::numeric_limits<int64_t>::min();
    auto make = [=] {
        ModelBuilder b(13);
        Value* data = b.initializer("data", iota(DType::float32, {3, 4, 5}));
        int k = 0;
        auto slice = [&](std::vector<int64_t> starts, std::vector<int64_t> ends, std::vector<int64_t> axes,
                         std::vector<int64_t> steps) {
            std::string id = std::to_string(k++);
            auto n = static_cast<int64_t>(starts.size());
            std::vector<Value*> ins = {data, b.initializer("starts" + id, i64({n}, starts)), b.initializer("ends" + id, i64({n}, ends)),
                                       b.initializer("axes" + id, i64({n}, axes))};
            if (!steps.empty()) ins.push_back(b.initializer("steps" + id, i64({n}, steps)));
            b.output(b.node("Slice", ins, {}, "slice" + id));
        };
        slice({-100}, {100}, {1}, {});                 // clamped to the whole axis
        slice({10}, {-10}, {2}, {-1});                 // reversed, clamped at both ends
        slice({-1, 0}, {small, big}, {-1, 0}, {-2, 2});  // every second from the back; negative axis
        slice({big}, {0}, {1}, {-1});                  // start beyond the end, stops before 0
        slice({0}, {big}, {2}, {3});                   // large step
        slice({3}, {1}, {2}, {1});                     // empty
        slice({1}, {2}, {0}, {big});                   // one element with a huge step
        return b;
    };
    Model folded = check_folds_exactly(make, {"Slice"}, "slice-13");
    CHECK(output_named(folded, "slice1")->initializer->dims == std::vector<int64_t>{3, 4, 5});
    CHECK(output_named(folded, "slice5")->initializer->dims == std::vector<int64_t>{3, 4, 0});
}

TEST_CASE("Integer Div truncates toward zero like ONNX Runtime") {
    auto make = [] {
        ModelBuilder b(13);
        b.output(b.node("Div", {b.initializer("a", i64({4}, {-7, 7, -7, 7})), b.initializer("b", i64({4}, {2, -2, -2, 2}))}, {}, "q64"));
        b.output(b.node("Div", {b.initializer("c", i32({3}, {-9, 9, -1})), b.initializer("d", i32({1}, {4}))}, {}, "q32"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Div"}, "int-div");
    CHECK(int_values(output_named(folded, "q64")) == std::vector<int64_t>{-3, -3, 3, 3});
    CHECK(int_values(output_named(folded, "q32")) == std::vector<int64_t>{-2, 2, 0});
}

TEST_CASE("Integer division by zero and overflow are left to run time") {
    ModelBuilder b(13);
    b.output(b.node("Div", {b.initializer("a", i64({1}, {1})), b.initializer("zero", i64({1}, {0}))}, {}, "by_zero"));
    b.output(b.node("Add", {b.initializer("c", i32({1}, {2147483647})), b.initializer("one", i32({1}, {1}))}, {}, "overflow"));
    FoldStats stats = fold_constants(b.model);
    CHECK(stats.nodes_folded == 0);
    CHECK(count_ops(b.model, "Div") == 1);
    CHECK(count_ops(b.model, "Add") == 1);
}

TEST_CASE("Add, Sub and Mul broadcast numpy-style") {
    auto make = [] {
        ModelBuilder b(13);
        Value* column = b.initializer("column", i32({2, 1}, {10, 20}));
        Value* row = b.initializer("row", i32({3}, {1, 2, 3}));
        b.output(b.node("Add", {column, row}, {}, "sum"));
        b.output(b.node("Sub", {row, column}, {}, "difference"));
        b.output(b.node("Mul", {b.initializer("fm", f32({2, 1, 3}, {0.5f, 1.5f, -2, 3, 4, 1e-3f})), b.initializer("fs", f32({}, {0.1f}))}, {}, "scaled"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Add", "Sub", "Mul"}, "broadcast");
    CHECK(int_values(output_named(folded, "sum")) == std::vector<int64_t>{11, 12, 13, 21, 22, 23});
    CHECK(output_named(folded, "scaled")->initializer->dims == std::vector<int64_t>{2, 1, 3});
}

TEST_CASE("float arithmetic, Sqrt, Floor, Ceil and Neg fold bit-identically") {
    auto make = [] {
        ModelBuilder b(13);
        Value* a = b.initializer("a", f32({6}, {1, 0.1f, -2.5f, 3e38f, 7, 1e-40f}));
        Value* c = b.initializer("c", f32({6}, {3, 0.2f, 0.7f, 10, -3, 3}));
        b.output(b.node("Div", {a, c}, {}, "quotient"));
        b.output(b.node("Add", {a, c}, {}, "sum"));
        b.output(b.node("Mul", {a, c}, {}, "product"));
        b.output(b.node("Sqrt", {c}, {}, "root"));  // includes sqrt(-3) = NaN
        b.output(b.node("Floor", {b.node("Div", {a, c}, {}, "q2")}, {}, "floor"));
        b.output(b.node("Ceil", {a}, {}, "ceil"));
        b.output(b.node("Neg", {a}, {}, "negated"));
        Value* d = b.initializer("d", f64({3}, {1, 0.1, 2}));
        b.output(b.node("Div", {d, b.initializer("e", f64({1}, {3}))}, {}, "quotient64"));
        b.output(b.node("Sqrt", {d}, {}, "root64"));
        return b;
    };
    check_folds_exactly(make, {"Div", "Add", "Mul", "Sqrt", "Floor", "Ceil", "Neg"}, "float-math");
}

TEST_CASE("Cast converts like ONNX Runtime: truncation, wrapping, rounding once") {
    auto make = [] {
        ModelBuilder b(13);
        auto cast = [&](Value* in, DType to, const std::string& name) {
            b.output(b.node("Cast", {in}, {integer("to", static_cast<int64_t>(to))}, name));
        };
        Value* floats = b.initializer("floats", f32({5}, {-2.7f, 2.7f, -0.5f, 0, 1e9f}));
        cast(floats, DType::int64, "f_to_i64");
        cast(floats, DType::int32, "f_to_i32");
        cast(floats, DType::boolean, "f_to_bool");
        cast(floats, DType::float64, "f_to_f64");
        Value* big = b.initializer("big", i64({4}, {(int64_t{1} << 53) + 1, (int64_t{1} << 62) + 1, -3, 4294967297}));
        cast(big, DType::float32, "i64_to_f32");
        cast(big, DType::float64, "i64_to_f64");
        cast(big, DType::int32, "i64_to_i32");
        cast(big, DType::boolean, "i64_to_bool");
        cast(b.initializer("flags", boolean({3}, {1, 0, 1})), DType::float32, "bool_to_f32");
        cast(b.initializer("d", f64({3}, {0.1, 1e300, -1e-300})), DType::float32, "f64_to_f32");
        return b;
    };
    Model folded = check_folds_exactly(make, {"Cast"}, "cast");
    CHECK(int_values(output_named(folded, "f_to_i64")) == std::vector<int64_t>{-2, 2, 0, 0, 1000000000});
    CHECK(int_values(output_named(folded, "i64_to_i32")) == std::vector<int64_t>{1, 1, -3, 1});
}

TEST_CASE("Cast of a float that does not fit the integer type is left to run time") {
    ModelBuilder b(13);
    b.output(b.node("Cast", {b.initializer("f", f32({2}, {1, 3e9f}))}, {integer("to", static_cast<int64_t>(DType::int32))}, "out"));
    CHECK(fold_constants(b.model).nodes_folded == 0);
    CHECK(count_ops(b.model, "Cast") == 1);
}

TEST_CASE("Reshape resolves 0 and -1, and Reshape-14's allowzero keeps empty dims") {
    auto make = [] {
        ModelBuilder b(14);
        Value* data = b.initializer("data", iota(DType::int64, {2, 3, 4}));
        b.output(b.node("Reshape", {data, b.initializer("s1", i64({3}, {0, -1, 2}))}, {}, "copy_and_infer"));
        Value* empty = b.initializer("empty", iota(DType::int64, {0, 3}));
        b.output(b.node("Reshape", {empty, b.initializer("s2", i64({3}, {3, 0, 5}))}, {integer("allowzero", 1)}, "allowzero"));
        b.output(b.node("Reshape", {empty, b.initializer("s3", i64({2}, {0, 3}))}, {}, "copies_zero"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Reshape"}, "reshape");
    CHECK(output_named(folded, "copy_and_infer")->initializer->dims == std::vector<int64_t>{2, 6, 2});
    CHECK(output_named(folded, "allowzero")->initializer->dims == std::vector<int64_t>{3, 0, 5});
}

TEST_CASE("Expand, ConstantOfShape and Tile build tensors from shapes") {
    auto make = [] {
        ModelBuilder b(13);
        b.output(b.node("Expand", {b.initializer("column", f32({3, 1}, {1, 2, 3})), b.initializer("shape", i64({3}, {2, 1, 4}))}, {}, "expanded"));
        b.output(b.node("ConstantOfShape", {b.initializer("dims", i64({2}, {2, 3}))}, {Attribute::of_tensor("value", i64({1}, {7}))}, "sevens"));
        b.output(b.node("ConstantOfShape", {b.initializer("scalar_dims", i64({0}, {}))}, {}, "float_zero"));
        b.output(b.node("Tile", {b.initializer("tile_in", i32({2, 2}, {1, 2, 3, 4})), b.initializer("repeats", i64({2}, {2, 3}))}, {}, "tiled"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Expand", "ConstantOfShape", "Tile"}, "expand-tile");
    CHECK(output_named(folded, "expanded")->initializer->dims == std::vector<int64_t>{2, 3, 4});
    CHECK(int_values(output_named(folded, "sevens")) == std::vector<int64_t>(6, 7));
    CHECK(output_named(folded, "float_zero")->initializer->dims.empty());
}

TEST_CASE("Range, Equal, Less, Greater, Not and Where fold") {
    auto make = [] {
        ModelBuilder b(13);
        Value* r = b.node("Range", {b.initializer("start", i64({}, {10})), b.initializer("limit", i64({}, {-3})), b.initializer("delta", i64({}, {-4}))}, {}, "range");
        b.output(r);
        b.output(b.node("Range", {b.initializer("s32", i32({}, {0})), b.initializer("l32", i32({}, {5})), b.initializer("d32", i32({}, {2}))}, {}, "range32"));
        Value* pivot = b.initializer("pivot", i64({1}, {2}));
        Value* eq = b.node("Equal", {r, pivot}, {}, "eq");
        Value* lt = b.node("Less", {r, pivot}, {}, "lt");
        b.output(b.node("Greater", {b.initializer("fa", f32({3}, {0.1f, 0.2f, 0.3f})), b.initializer("fb", f32({1}, {0.2f}))}, {}, "gt"));
        b.output(eq);
        b.output(b.node("Not", {lt}, {}, "not_lt"));
        b.output(b.node("Where", {lt, r, b.initializer("minus", i64({1}, {-1}))}, {}, "where"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Range", "Equal", "Less", "Greater", "Not", "Where"}, "compare-where");
    CHECK(int_values(output_named(folded, "range")) == std::vector<int64_t>{10, 6, 2, -2});
    CHECK(int_values(output_named(folded, "where")) == std::vector<int64_t>{-1, -1, -1, -2});
}

TEST_CASE("Min, Max, ReduceSum and ReduceProd fold on small integers") {
    auto make = [] {
        ModelBuilder b(13);
        Value* m = b.initializer("m", i64({2, 3}, {1, 2, 3, 4, 5, 6}));
        b.output(b.node("Min", {m, b.initializer("cap", i64({1}, {4})), b.initializer("row", i64({3}, {9, 0, 9}))}, {}, "min"));
        b.output(b.node("Max", {m, b.initializer("floor", i64({}, {3}))}, {}, "max"));
        b.output(b.node("ReduceSum", {m, b.initializer("axis1", i64({1}, {1}))}, {integer("keepdims", 0)}, "row_sums"));
        b.output(b.node("ReduceSum", {m}, {}, "total"));
        b.output(b.node("ReduceProd", {m}, {ints("axes", {0})}, "column_products"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Min", "Max", "ReduceSum", "ReduceProd"}, "minmax-reduce");
    CHECK(int_values(output_named(folded, "row_sums")) == std::vector<int64_t>{6, 15});
    CHECK(output_named(folded, "total")->initializer->dims == std::vector<int64_t>{1, 1});
    CHECK(int_values(output_named(folded, "column_products")) == std::vector<int64_t>{4, 10, 18});
}

TEST_CASE("Squeeze and Unsqueeze take axes as attributes before opset 13") {
    auto make = [] {
        ModelBuilder b(11);
        Value* data = b.initializer("data", iota(DType::int64, {1, 3, 1}));
        b.output(b.node("Squeeze", {data}, {ints("axes", {-1})}, "squeezed"));
        b.output(b.node("Squeeze", {data}, {}, "all_ones"));
        b.output(b.node("Unsqueeze", {data}, {ints("axes", {0, -1})}, "unsqueezed"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Squeeze", "Unsqueeze"}, "squeeze-11");
    CHECK(output_named(folded, "squeezed")->initializer->dims == std::vector<int64_t>{1, 3});
    CHECK(output_named(folded, "all_ones")->initializer->dims == std::vector<int64_t>{3});
    CHECK(output_named(folded, "unsqueezed")->initializer->dims == std::vector<int64_t>{1, 1, 3, 1, 1});
}

TEST_CASE("Squeeze and Unsqueeze take axes as inputs from opset 13") {
    auto make = [] {
        ModelBuilder b(13);
        Value* data = b.initializer("data", iota(DType::float32, {1, 3, 1}));
        b.output(b.node("Squeeze", {data, b.initializer("axes0", i64({1}, {0}))}, {}, "squeezed"));
        b.output(b.node("Squeeze", {data}, {}, "all_ones"));
        b.output(b.node("Unsqueeze", {data, b.initializer("axes1", i64({2}, {1, -1}))}, {}, "unsqueezed"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Squeeze", "Unsqueeze"}, "squeeze-13");
    CHECK(output_named(folded, "squeezed")->initializer->dims == std::vector<int64_t>{3, 1});
    CHECK(output_named(folded, "unsqueezed")->initializer->dims == std::vector<int64_t>{1, 1, 3, 1, 1});
}

TEST_CASE("Gather with negative indices, Transpose and Concat on a negative axis fold") {
    auto make = [] {
        ModelBuilder b(13);
        Value* data = b.initializer("data", iota(DType::int32, {2, 3, 4}));
        b.output(b.node("Gather", {data, b.initializer("idx", i64({2, 2}, {-1, 0, 2, -3}))}, {integer("axis", 1)}, "gathered"));
        b.output(b.node("Transpose", {data}, {ints("perm", {2, 0, 1})}, "transposed"));
        b.output(b.node("Transpose", {data}, {}, "reversed"));
        b.output(b.node("Concat", {data, b.initializer("more", iota(DType::int32, {2, 3, 1}))}, {integer("axis", -1)}, "joined"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Gather", "Transpose", "Concat"}, "gather-transpose");
    CHECK(output_named(folded, "gathered")->initializer->dims == std::vector<int64_t>{2, 2, 2, 4});
    CHECK(output_named(folded, "joined")->initializer->dims == std::vector<int64_t>{2, 3, 5});
}

TEST_CASE("Constant nodes, value_ints and value_float included, become initializers") {
    auto make = [] {
        ModelBuilder b(13);
        Value* x = b.input("x", Type::tensor(DType::float32, shape_of({2, 3})));
        Value* shape = b.node("Constant", {}, {ints("value_ints", {3, 2})}, "shape");
        Value* scale = b.node("Constant", {}, {Attribute::of_float("value_float", 0.25)}, "scale");
        b.output(b.node("Mul", {b.node("Reshape", {x, shape}, {}, "reshaped"), scale}, {}, "y"));
        return b;
    };
    Model folded = check_folds_exactly(make, {"Constant"}, "constant-nodes");
    CHECK(count_ops(folded, "Reshape") == 1);
    CHECK(folded.graph->initializers.size() == 2);
}

TEST_CASE("Identity nodes are bypassed, and one that names a graph output keeps the name") {
    auto make = [] {
        ModelBuilder b(13);
        Value* x = b.input("x", Type::tensor(DType::float32, shape_of({2, 3})));
        Value* relu = b.node("Relu", {b.node("Identity", {x}, {}, "x_copy")}, {}, "relu");
        b.output(b.node("Identity", {relu}, {}, "y"));
        b.output(b.node("Identity", {b.initializer("w", f32({2}, {1, 2}))}, {}, "w_out"));
        b.output(b.node("Identity", {x}, {}, "x_out"));  // input straight to output: must stay
        return b;
    };
    ModelBuilder original = make(), folded = make();
    FoldStats stats = fold_constants(folded.model);
    CHECK(stats.identities_removed == 3);
    CHECK(count_ops(folded.model, "Identity") == 1);
    const Node* relu = nullptr;
    for (Node* n : folded.model.graph->nodes())
        if (n->op.type == "Relu") relu = n;
    REQUIRE(relu);
    CHECK(relu->inputs[0]->name() == "x");
    CHECK(relu->outputs[0]->name() == "y");
    CHECK(output_named(folded.model, "w_out")->initializer);
    check_same_outputs(original.model, folded.model, "identity");
}

TEST_CASE("A constant read only inside a subgraph stays available") {
    auto make = [] {
        ModelBuilder b(13);
        Value* flag = b.input("flag", Type::tensor(DType::boolean, shape_of({})));
        Value* outer = b.constant_node("outer", f32({2}, {3, 4}));
        Value* outer_copy = b.node("Identity", {outer}, {}, "outer_copy");
        auto branch = [&](const std::string& name, const std::string& op) {
            auto sub = std::make_shared<Graph>();
            sub->name = name;
            sub->parent = &b.g;
            Value* out = sub->value(name + "_out");
            out->type = Type::tensor(DType::float32, shape_of({2}));
            sub->add_node(Op{Dialect::onnx, "", op, 13}, {outer_copy}, {out}, name + "_node");
            sub->outputs.push_back(out);
            return sub;
        };
        b.output(b.node("If", {flag}, {Attribute::of_graph("then_branch", branch("then", "Neg")), Attribute::of_graph("else_branch", branch("else", "Relu"))}, "y"));
        return b;
    };
    ModelBuilder original = make(), folded = make();
    FoldStats stats = fold_constants(folded.model);
    CHECK(stats.nodes_folded == 1);  // the Constant
    CHECK(stats.identities_removed == 1);
    CHECK(stats.values_removed == 0);
    REQUIRE(folded.model.graph->initializers.size() == 1);
    CHECK(folded.model.graph->initializers[0]->name() == "outer");
    check_same_outputs(original.model, folded.model, "subgraph");
}

TEST_CASE("Constants nothing reads any more are removed and counted") {
    ModelBuilder b(13);
    Value* x = b.input("x", Type::tensor(DType::float32, shape_of({4})));
    Value* a = b.initializer("a", i64({1}, {2}));
    Value* c = b.constant_node("c", i64({1}, {2}));
    b.initializer("never_read", f32({1}, {1}));
    b.output(b.node("Reshape", {x, b.node("Concat", {a, c}, {integer("axis", 0)}, "shape")}, {}, "y"));
    FoldStats stats = fold_constants(b.model);
    CHECK(stats.nodes_folded == 2);  // the Constant, the Concat
    CHECK(stats.values_removed == 3);  // a, c, never_read
    REQUIRE(b.model.graph->initializers.size() == 1);
    CHECK(b.model.graph->initializers[0]->name() == "shape");
}

TEST_CASE("An initializer that is also a graph input can be overridden, so it is not folded") {
    ModelBuilder b(13);
    Value* x = b.input("x", Type::tensor(DType::float32, shape_of({4})));
    Value* shape = b.initializer("shape", i64({2}, {2, 2}));
    b.g.inputs.push_back(shape);
    b.output(b.node("Reshape", {x, b.node("Identity", {shape}, {}, "shape_copy")}, {}, "y"));
    b.output(b.node("Add", {shape, b.initializer("one", i64({1}, {1}))}, {}, "z"));
    FoldStats stats = fold_constants(b.model);
    CHECK(stats.nodes_folded == 0);
    CHECK(count_ops(b.model, "Add") == 1);
    CHECK(b.model.graph->initializers.size() == 2);
}

TEST_CASE("Shape of a dynamic dim is not folded") {
    auto make = [] {
        ModelBuilder b(13);
        Value* x = b.input("x", Type::tensor(DType::float32, Shape{Dim::symbolic("batch"), Dim::known(3), Dim::known(4)}));
        Value* batch = b.node("Gather", {b.node("Shape", {x}, {}, "shape"), b.initializer("zero", i64({}, {0}))}, {}, "batch");
        Value* target = b.node("Concat", {b.node("Unsqueeze", {batch, b.initializer("axes", i64({1}, {0}))}, {}, "batch_1d"),
                                          b.initializer("rest", i64({1}, {12}))},
                               {integer("axis", 0)}, "target");
        b.output(b.node("Reshape", {x, target}, {}, "y"));
        return b;
    };
    ModelBuilder original = make(), folded = make();
    FoldStats stats = fold_constants(folded.model);
    CHECK(stats.nodes_folded == 0);
    CHECK(count_ops(folded.model, "Shape") == 1);
    CHECK(count_ops(folded.model, "Gather") == 1);
    CHECK(count_ops(folded.model, "Concat") == 1);
    check_same_outputs(original.model, folded.model, "dynamic-shape");
}

TEST_CASE("A result over max_elements is left as a computation") {
    auto make = [] {
        ModelBuilder b(13);
        Value* dims = b.initializer("dims", i64({2}, {300, 300}));
        b.output(b.node("ConstantOfShape", {dims}, {Attribute::of_tensor("value", f32({1}, {1}))}, "ones"));
        Value* weight = b.initializer("weight", iota(DType::float32, {300, 300}));
        b.output(b.node("Mul", {weight, b.initializer("half", f32({}, {0.5f}))}, {}, "scaled_weight"));
        return b;
    };
    ModelBuilder by_default = make();
    CHECK(fold_constants(by_default.model).nodes_folded == 0);
    CHECK(count_ops(by_default.model, "ConstantOfShape") == 1);
    CHECK(count_ops(by_default.model, "Mul") == 1);

    ModelBuilder raised = make();
    FoldOptions options;
    options.max_elements = 90000;
    CHECK(fold_constants(raised.model, options).nodes_folded == 2);
    CHECK(raised.model.graph->node_count() == 0);
}

// ---- Real torchvision exports --------------------------------------------------------------

namespace {

const fs::path models_dir = fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models";

// After folding, no shape computation is left: no Shape, no Gather of a constant, no
// ConstantOfShape, every Reshape (and Resize) reads constant shapes; and ONNX Runtime gives
// the same outputs as for the original.
FoldStats check_real_model(const std::string& name) {
    fs::path path = models_dir / (name + ".onnx");
    INFO(path.string() << " (run scripts/setup.sh: it makes the test models)");
    REQUIRE(fs::exists(path));
    Model original = onnx_file::read(path.string()), folded = onnx_file::read(path.string());
    FoldStats stats = fold_constants(folded);
    INFO(name << ": " << stats.nodes_folded << " folded, " << stats.identities_removed << " identities, "
              << stats.values_removed << " values removed");
    CHECK(count_ops(folded, "Shape") == 0);
    CHECK(count_ops(folded, "ConstantOfShape") == 0);
    CHECK(count_ops(folded, "Identity") == 0);
    CHECK(count_ops(folded, "Constant") == 0);
    for (Node* n : folded.graph->nodes()) {
        INFO(n->name << " (" << n->op.type << ")");
        if (n->op.type == "Gather") CHECK_FALSE(n->inputs[0]->initializer);
        if (n->op.type == "Reshape") CHECK(n->inputs[1]->initializer);
        if (n->op.type == "Resize")
            for (std::size_t i = 1; i < n->inputs.size(); ++i)
                if (n->inputs[i] && !n->inputs[i]->name().empty()) CHECK(n->inputs[i]->initializer);
    }
    CHECK(folded.graph->node_count() < original.graph->node_count());
    check_same_outputs(original, folded, name, {0, 1e-6});
    return stats;
}

} // namespace

TEST_CASE("shufflenet_v2_x1_0 (opset 13) folds its channel-shuffle shapes") {
    FoldStats stats = check_real_model("shufflenet_v2_x1_0-opset13");
    CHECK(stats.nodes_folded > 0);
    CHECK(stats.identities_removed > 0);
}

TEST_CASE("transformer_encoder (opset 13) folds its attention reshapes") {
    CHECK(check_real_model("transformer_encoder-opset13").nodes_folded > 0);
}

TEST_CASE("vit_b_16 (opset 13) folds its class-token expand and attention reshapes") {
    CHECK(check_real_model("vit_b_16-opset13").nodes_folded > 0);
}

TEST_CASE("deeplabv3_mobilenet_v3_large (opset 11) folds its Resize sizes") {
    CHECK(check_real_model("deeplabv3_mobilenet_v3_large-opset11").nodes_folded > 0);
}
