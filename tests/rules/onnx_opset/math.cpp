// rules/opbridge/rules/onnx/opset/math.hpp
#include <cmath>
#include <limits>

#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
Tensor int32s(std::vector<int64_t> dims, std::vector<int32_t> values) {
    return Tensor::from_vector<int32_t>(DType::int32, std::move(dims), values);
}

const float not_a_number = std::numeric_limits<float>::quiet_NaN();

// A one-input elementwise op on a constant input, so the values can be chosen.
SingleNode unary_on(std::string op, int64_t opset, Tensor x, std::vector<Attribute> attributes = {}) {
    DType out = x.dtype;
    std::vector<int64_t> dims = x.dims;
    SingleNode t(std::move(op), opset, {}, {{"y", of(out, dims)}}, std::move(attributes));
    t.constant_input(0, std::move(x), "x");
    return t;
}

} // namespace

// ---- hyperbolic functions, Sign, Erf ----------------------------------------------------------

TEST_CASE("Sinh-9, Cosh-9 and Atanh-9 -> opset 8 become Exp/Log formulas with the same outputs") {
    for (std::string op : {"Sinh", "Cosh", "Atanh"})
        check_converts_to_same_outputs([&] { return SingleNode(op, 9, {{"x", f32({3, 5})}}, {{"y", f32({3, 5})}}); }, 8,
                                       "hyperbolic-" + op + "-to-8");
}

TEST_CASE("Asinh-9 -> opset 7 stays accurate for large negative x and needs no Sign") {
    auto make = [] { return unary_on("Asinh", 9, floats({6}, {-1000.0f, -3.0f, -0.5f, 0.0f, 0.5f, 1000.0f})); };
    check_converts_to_same_outputs(make, 7, "asinh-to-7");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK_FALSE(has_node(t.model, "Sign"));  // Sign-9 was itself rebuilt from comparisons
}

TEST_CASE("Acosh-9 -> opset 8 keeps its precision near 1") {
    check_converts_to_same_outputs([] { return unary_on("Acosh", 9, floats({5}, {1.0f, 1.0001f, 1.5f, 10.0f, 1e6f})); }, 8,
                                   "acosh-to-8");
}

TEST_CASE("Sign-9 -> opset 8 works for floats and for integers") {
    check_converts_to_same_outputs([] { return unary_on("Sign", 9, floats({5}, {-inf, -2.0f, 0.0f, 0.5f, inf})); }, 8,
                                   "sign-float-to-8");
    check_converts_to_same_outputs([] { return unary_on("Sign", 13, int32s({4}, {-7, 0, 3, 2147483647})); }, 7,
                                   "sign-int32-to-7");
}

TEST_CASE("Erf-9 -> opset 8 is refused: no older op computes it") {
    SingleNode t("Erf", 9, {{"x", f32({3})}}, {{"y", f32({3})}});
    auto d = refusal(t.model, 8);
    CHECK(d.code == "opset.op-missing");
    CHECK_THAT(d.message, Catch::Contains("error function"));
    CHECK_THAT(d.hint, Catch::Contains("opset 9"));
}

// ---- tests and selection ---------------------------------------------------------------------

TEST_CASE("IsNaN-9 -> opset 8 tells NaN from infinities") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("IsNaN", 9, {}, {{"y", of(DType::boolean, {5})}});
            t.constant_input(0, floats({5}, {not_a_number, inf, -inf, 0.0f, 1.0f}), "x");
            return t;
        },
        8, "isnan-to-8");
}

TEST_CASE("IsInf-10 -> opset 9 honours detect_positive and detect_negative") {
    for (auto [positive, negative] : {std::pair{1, 1}, std::pair{1, 0}, std::pair{0, 1}, std::pair{0, 0}})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t("IsInf", 10, {}, {{"y", of(DType::boolean, {6})}},
                             {Attribute::of_int("detect_positive", positive), Attribute::of_int("detect_negative", negative)});
                t.constant_input(0, floats({6}, {not_a_number, inf, -inf, 3.4028235e38f, -3.4028235e38f, 0.0f}), "x");
                return t;
            },
            9, "isinf-" + std::to_string(positive) + std::to_string(negative) + "-to-9");
}

TEST_CASE("GreaterOrEqual-12 -> opset 11 becomes Greater or Equal") {
    auto make = [] { return SingleNode("GreaterOrEqual", 12, {{"a", f32({3, 4})}, {"b", f32({4})}}, {{"c", of(DType::boolean, {3, 4})}}); };
    check_converts_to_same_outputs(make, 11, "greaterorequal-to-11");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(has_node(t.model, "Equal"));
}

TEST_CASE("GreaterOrEqual-12 and LessOrEqual-12 -> opset 8 give false for NaN operands") {
    for (std::string op : {"GreaterOrEqual", "LessOrEqual"})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t(op, 12, {}, {{"c", of(DType::boolean, {5})}});
                t.constant_input(0, floats({5}, {not_a_number, 1.0f, 2.0f, inf, 0.0f}), "a");
                t.constant_input(1, floats({5}, {1.0f, not_a_number, 2.0f, inf, -0.0f}), "b");
                return t;
            },
            8, op + "-nan-to-8");
}

TEST_CASE("LessOrEqual-12 on int32 -> opset 7 compares the values as doubles") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("LessOrEqual", 12, {}, {{"c", of(DType::boolean, {4})}});
            t.constant_input(0, int32s({4}, {-5, 3, 2147483647, 0}), "a");
            t.constant_input(1, int32s({4}, {-5, 2, 2147483646, 1}), "b");
            return t;
        },
        7, "lessorequal-int32-to-7");
}

TEST_CASE("GreaterOrEqual-12 on int64 cannot go below opset 9: doubles would round large values") {
    SingleNode t("GreaterOrEqual", 12, {{"a", of(DType::int64, {3})}, {"b", of(DType::int64, {3})}}, {{"c", of(DType::boolean, {3})}});
    auto d = refusal(t.model, 8);
    CHECK(d.code == "opset.dtype");
    CHECK_THAT(d.hint, Catch::Contains("opset 9"));
}

TEST_CASE("Where-9 -> opset 8 blends int32 values exactly") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("Where", 9, {{"c", of(DType::boolean, {2, 3})}, {"x", of(DType::int32, {2, 3})}, {"y", of(DType::int32, {3})}},
                              {{"z", of(DType::int32, {2, 3})}});
        },
        8, "where-int32-to-8");
}

TEST_CASE("Where-9 on booleans -> opset 7 becomes (c and x) or (not c and y)") {
    // ONNX Runtime has no boolean Where kernel to compare with, so the structure is checked.
    SingleNode t("Where", 9, {{"c", of(DType::boolean, {4})}, {"x", of(DType::boolean, {4})}, {"y", of(DType::boolean, {4})}},
                 {{"z", of(DType::boolean, {4})}});
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK_FALSE(has_node(t.model, "Where"));
    CHECK(has_node(t.model, "Not"));
    CHECK(only_node(t.model, "Or")->outputs[0]->name() == "z");
}

TEST_CASE("Where-9 on floats cannot go below opset 9: a blend would turn an unselected inf into NaN") {
    SingleNode t("Where", 9, {{"c", of(DType::boolean, {4})}, {"x", f32({4})}, {"y", f32({4})}}, {{"z", f32({4})}});
    auto d = refusal(t.model, 8);
    CHECK(d.code == "opset.dtype");
    CHECK(d.field == "input 1 ('x')");
    CHECK_THAT(d.message, Catch::Contains("NaN"));
}

// ---- arithmetic --------------------------------------------------------------------------------

TEST_CASE("Mod-10 -> opset 9 on int32 takes the divisor's sign (fmod = 0) or the dividend's (fmod = 1)") {
    for (int fmod : {0, 1})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t("Mod", 10, {}, {{"z", of(DType::int32, {6})}}, {Attribute::of_int("fmod", fmod)});
                t.constant_input(0, int32s({6}, {-4, 7, 5, 4, -7, 8}), "a");
                t.constant_input(1, int32s({6}, {2, -3, 8, -2, 3, 5}), "b");
                return t;
            },
            9, "mod-int32-fmod" + std::to_string(fmod) + "-to-9");
}

TEST_CASE("Mod-10 on int8 -> opset 9 computes in int32 and casts back") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("Mod", 13, {}, {{"z", of(DType::int8, {4})}});
            t.constant_input(0, Tensor::from_vector<int8_t>(DType::int8, {4}, {-128, 127, -7, 5}), "a");
            t.constant_input(1, Tensor::from_vector<int8_t>(DType::int8, {4}, {3, -2, 2, -3}), "b");
            return t;
        },
        9, "mod-int8-to-9");
}

TEST_CASE("Mod-10 on int64 -> opset 7 tests signs through doubles") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("Mod", 13, {}, {{"z", of(DType::int64, {4})}});
            t.constant_input(0, int64s({4}, {-4, 7, -9000000000, 9000000001}), "a");
            t.constant_input(1, int64s({4}, {3, -3, 7, -7}), "b");
            return t;
        },
        7, "mod-int64-to-7");
}

TEST_CASE("Mod-10 on floats cannot go below opset 10") {
    SingleNode t("Mod", 10, {{"a", f32({3})}, {"b", f32({3})}}, {{"z", f32({3})}}, {Attribute::of_int("fmod", 1)});
    auto d = refusal(t.model, 9);
    CHECK(d.code == "opset.dtype");
    CHECK_THAT(d.message, Catch::Contains("tensor(float)"));
}

TEST_CASE("Round-11 -> opset 10 rounds half to even, exactly, for every float") {
    check_converts_to_same_outputs(
        [] {
            return unary_on("Round", 11,
                            floats({14}, {0.5f, 1.5f, 2.5f, -0.5f, -1.5f, -2.5f, 0.49999997f, 2.4999998f, 8388609.0f, 4194304.5f,
                                          -4194304.5f, inf, -inf, not_a_number}));
        },
        10, "round-to-10");
    check_converts_to_same_outputs([] { return SingleNode("Round", 11, {{"x", f32({4, 4})}}, {{"y", f32({4, 4})}}); }, 7,
                                   "round-random-to-7");
}

TEST_CASE("BitShift-11 with a constant shift -> opset 10 multiplies or divides by 2^shift") {
    for (std::string direction : {"LEFT", "RIGHT"})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t("BitShift", 11, {{"x", of(DType::uint32, {2, 3})}}, {{"z", of(DType::uint32, {2, 3})}},
                             {Attribute::of_string("direction", direction)});
                t.constant_input(1, Tensor::from_vector<uint32_t>(DType::uint32, {3}, {0, 3, 31}), "shift");
                return t;
            },
            10, "bitshift-" + direction + "-to-10");
}

TEST_CASE("BitShift-11 with a shift computed at run time cannot go below opset 11") {
    SingleNode t("BitShift", 11, {{"x", of(DType::uint32, {3})}, {"s", of(DType::uint32, {3})}}, {{"z", of(DType::uint32, {3})}},
                 {Attribute::of_string("direction", "LEFT")});
    auto d = refusal(t.model, 9);
    CHECK(d.code == "opset.needs-constant");
    CHECK_THAT(d.message, Catch::Contains("'s' is a graph input"));
}

TEST_CASE("BitShift-11 by the full bit width cannot be a multiplication") {
    SingleNode t("BitShift", 11, {{"x", of(DType::uint32, {1})}}, {{"z", of(DType::uint32, {1})}},
                 {Attribute::of_string("direction", "LEFT")});
    t.constant_input(1, Tensor::from_vector<uint32_t>(DType::uint32, {1}, {32}), "shift");
    auto d = refusal(t.model, 10);
    CHECK(d.code == "opset.constant-value");
}

TEST_CASE("BitwiseNot-18 -> opset 17 subtracts from all ones, for signed and unsigned integers") {
    check_converts_to_same_outputs([] { return unary_on("BitwiseNot", 18, int32s({4}, {0, -1, 2147483647, -2147483647 - 1})); }, 17,
                                   "bitwisenot-int32-to-17");
    check_converts_to_same_outputs(
        [] { return unary_on("BitwiseNot", 18, Tensor::from_vector<uint8_t>(DType::uint8, {3}, {0, 7, 255})); }, 14,
        "bitwisenot-uint8-to-14");
}

TEST_CASE("BitwiseNot-18 on 8-bit integers -> opset 13 computes in 32 bits and casts back") {
    check_converts_to_same_outputs(
        [] { return unary_on("BitwiseNot", 18, Tensor::from_vector<uint8_t>(DType::uint8, {3}, {0, 7, 255})); }, 13,
        "bitwisenot-uint8-to-13");
    check_converts_to_same_outputs(
        [] { return unary_on("BitwiseNot", 18, Tensor::from_vector<int8_t>(DType::int8, {3}, {0, -128, 127})); }, 7,
        "bitwisenot-int8-to-7");
}

TEST_CASE("BitwiseAnd-18 cannot go below opset 18, and says why") {
    SingleNode t("BitwiseAnd", 18, {{"a", of(DType::int32, {3})}, {"b", of(DType::int32, {3})}}, {{"c", of(DType::int32, {3})}});
    auto d = refusal(t.model, 17);
    CHECK(d.code == "opset.op-missing");
    CHECK_THAT(d.message, Catch::Contains("booleans"));
    CHECK_THAT(d.hint, Catch::Contains("opset 18"));
}

TEST_CASE("Det, CumSum, Einsum, NonZero and Unique are refused below their first opset with a reason") {
    SingleNode det("Det", 11, {{"x", f32({3, 3})}}, {{"y", f32({})}});
    CHECK_THAT(refusal(det.model, 10).message, Catch::Contains("determinant"));
    SingleNode cumsum("CumSum", 11, {{"x", f32({4})}, {"axis", of(DType::int64, {})}}, {{"y", f32({4})}});
    CHECK_THAT(refusal(cumsum.model, 10).message, Catch::Contains("running sum"));
    SingleNode einsum("Einsum", 12, {{"a", f32({2, 3})}, {"b", f32({3, 4})}}, {{"c", f32({2, 4})}},
                      {Attribute::of_string("equation", "ij,jk->ik")});
    CHECK_THAT(refusal(einsum.model, 11).message, Catch::Contains("MatMul"));
    SingleNode nonzero("NonZero", 9, {{"x", f32({4})}}, {{"y", of(DType::int64, {1, 4})}});
    CHECK_THAT(refusal(nonzero.model, 8).hint, Catch::Contains("opset 9"));
    SingleNode unique("Unique", 11, {{"x", f32({4})}}, {{"y", f32({4})}});
    CHECK_THAT(refusal(unique.model, 10).message, Catch::Contains("duplicates"));
}

// ---- Max/Min/Mean/Sum broadcasting --------------------------------------------------------------

TEST_CASE("Max-8 -> opset 7 tiles inputs of other static shapes to the common shape") {
    auto make = [] { return SingleNode("Max", 8, {{"a", f32({2, 3})}, {"b", f32({3})}, {"c", f32({2, 1})}}, {{"m", f32({2, 3})}}); };
    check_converts_to_same_outputs(make, 7, "max-broadcast-to-7");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(has_node(t.model, "Tile"));
}

TEST_CASE("Sum-8 and Mean-8 -> opset 7 keep inputs of one shape as they are") {
    for (std::string op : {"Sum", "Mean"}) {
        auto make = [&] { return SingleNode(op, 8, {{"a", f32({2, 3})}, {"b", f32({2, 3})}}, {{"s", f32({2, 3})}}); };
        check_converts_to_same_outputs(make, 7, op + "-same-shape-to-7");
        SingleNode t = make();
        REQUIRE_FALSE(convert(t.model, 7).has_errors());
        CHECK(t.model.graph->node_count() == 1);
    }
}

TEST_CASE("Min-8 with inputs not known to share a shape cannot go to opset 7") {
    Type batch = Type::tensor(DType::float32, Shape{Dim::symbolic("N"), Dim::known(3)});
    SingleNode t("Min", 8, {{"a", batch}, {"b", f32({3})}}, {{"m", batch}});
    auto d = refusal(t.model, 7);
    CHECK(d.code == "opset.broadcast");
    CHECK_THAT(d.hint, Catch::Contains("opset 8"));
}

TEST_CASE("Max-6 -> Max-8 needs no change") {
    SingleNode t("Max", 7, {{"a", f32({3})}, {"b", f32({3})}}, {{"m", f32({3})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK(only_node(t.model, "Max")->inputs.size() == 2);
}

TEST_CASE("Max-12 and Min-12 on integers -> opset 11 compute in an exact float type and cast back") {
    for (std::string op : {"Max", "Min"}) {
        check_converts_to_same_outputs(
            [&] {
                SingleNode t(op, 13, {}, {{"m", of(DType::int32, {4})}});
                t.constant_input(0, int32s({4}, {-2147483647 - 1, 5, 16777217, -3}), "a");
                t.constant_input(1, int32s({4}, {7, 16777216, 16777218, -3}), "b");
                return t;
            },
            11, op + "-int32-to-11");
        check_converts_to_same_outputs(
            [&] { return SingleNode(op, 12, {{"a", of(DType::uint8, {2, 3})}, {"b", of(DType::uint8, {3})}}, {{"m", of(DType::uint8, {2, 3})}}); },
            9, op + "-uint8-to-9");
    }
}

TEST_CASE("Max-12 on int64 cannot go to opset 11: doubles round values beyond 2^53") {
    SingleNode t("Max", 12, {{"a", of(DType::int64, {3})}, {"b", of(DType::int64, {3})}}, {{"m", of(DType::int64, {3})}});
    auto d = refusal(t.model, 11);
    CHECK(d.code == "opset.dtype");
    CHECK_THAT(d.message, Catch::Contains("2^53"));
}

TEST_CASE("Max-8 and Min-8 on doubles cannot go to opset 7: ONNX Runtime has no double kernel for them") {
    SingleNode t("Max", 8, {{"a", of(DType::float64, {3})}, {"b", of(DType::float64, {3})}}, {{"m", of(DType::float64, {3})}});
    auto d = refusal(t.model, 7);
    CHECK_THAT(d.message, Catch::Contains("ONNX Runtime"));
}

// ---- tensor-making ops -----------------------------------------------------------------------

TEST_CASE("Expand-8 with a constant shape -> opset 7 becomes Unsqueeze and Tile") {
    auto make = [] {
        SingleNode t("Expand", 8, {{"x", f32({3, 1})}}, {{"y", f32({2, 3, 4})}});
        t.constant_input(1, int64s({3}, {2, 1, 4}), "shape");
        return t;
    };
    check_converts_to_same_outputs(make, 7, "expand-to-7");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(has_node(t.model, "Tile"));
    CHECK(has_node(t.model, "Unsqueeze"));
}

TEST_CASE("Expand-8 with a shape computed at run time cannot go to opset 7") {
    SingleNode t("Expand", 8, {{"x", f32({3, 1})}, {"shape", of(DType::int64, {2})}}, {{"y", Type::tensor(DType::float32)}});
    auto d = refusal(t.model, 7);
    CHECK(d.code == "opset.needs-constant");
    CHECK_THAT(d.message, Catch::Contains("Tile"));
}

TEST_CASE("ConstantOfShape-9 with a constant shape -> opset 8 becomes a constant") {
    auto make = [] {
        SingleNode t("ConstantOfShape", 9, {}, {{"y", of(DType::int32, {2, 3})}},
                     {Attribute::of_tensor("value", int32s({1}, {7}))});
        t.constant_input(0, int64s({2}, {2, 3}), "shape");
        return t;
    };
    check_converts_to_same_outputs(make, 8, "constantofshape-to-8");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    const Value* y = t.model.graph->outputs[0];
    REQUIRE(y->producer);  // a graph output keeps a node: Identity of the constant
    CHECK(y->producer->op.type == "Identity");
    REQUIRE(y->producer->inputs[0]->initializer);
    CHECK(y->producer->inputs[0]->initializer->dims == std::vector<int64_t>{2, 3});
}

TEST_CASE("ConstantOfShape-20 making bfloat16 cannot go to opset 19") {
    SingleNode t("ConstantOfShape", 20, {{"shape", of(DType::int64, {1})}}, {{"y", of(DType::bfloat16, {4})}},
                 {Attribute::of_tensor("value", Tensor(DType::bfloat16, {1}, Buffer::copy_of("\x80\x3f", 2)))});
    auto d = refusal(t.model, 19);
    CHECK(d.code == "opset.dtype");
    CHECK_THAT(d.message, Catch::Contains("tensor(bfloat16)"));
}

TEST_CASE("EyeLike-9 of a static shape -> opset 8 becomes a constant, diagonal k and dtype kept") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("EyeLike", 9, {{"x", f32({3, 4})}}, {{"y", of(DType::int32, {3, 4})}},
                              {Attribute::of_int("k", 1), Attribute::of_int("dtype", static_cast<int64_t>(DType::int32))});
        },
        8, "eyelike-to-8");
}

TEST_CASE("Range-11 with constant inputs -> opset 10 becomes a constant") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("Range", 11, {}, {{"y", f32({5})}});
            t.constant_input(0, floats({}, {1.0f}), "start");
            t.constant_input(1, floats({}, {3.5f}), "limit");
            t.constant_input(2, floats({}, {0.5f}), "delta");
            return t;
        },
        10, "range-float-to-10");
    check_converts_to_same_outputs(
        [] {
            SingleNode t("Range", 11, {}, {{"y", of(DType::int32, {3})}});
            t.constant_input(0, int32s({}, {10}), "start");
            t.constant_input(1, int32s({}, {4}), "limit");
            t.constant_input(2, int32s({}, {-2}), "delta");
            return t;
        },
        7, "range-int32-to-7");
}

TEST_CASE("Range-11 with a limit computed at run time cannot go to opset 10") {
    SingleNode t("Range", 11, {{"start", f32({})}, {"limit", f32({})}, {"delta", f32({})}}, {{"y", Type::tensor(DType::float32)}});
    auto d = refusal(t.model, 10);
    CHECK(d.code == "opset.needs-constant");
    CHECK(d.field == "input 0 ('start')");
}

TEST_CASE("Trilu-14 -> opset 13 keeps the triangle through Where with a constant mask") {
    for (int upper : {0, 1})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t("Trilu", 14, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("upper", upper)});
                t.constant_input(1, int64s({}, {-1}), "k");
                return t;
            },
            13, "trilu-upper" + std::to_string(upper) + "-to-13");
}

TEST_CASE("Trilu-14 on int32 -> opset 8 multiplies by the mask; on floats it is refused") {
    check_converts_to_same_outputs([] { return SingleNode("Trilu", 14, {{"x", of(DType::int32, {3, 3})}}, {{"y", of(DType::int32, {3, 3})}}); },
                                   8, "trilu-int32-to-8");
    SingleNode t("Trilu", 14, {{"x", f32({3, 3})}}, {{"y", f32({3, 3})}});
    auto d = refusal(t.model, 8);
    CHECK_THAT(d.message, Catch::Contains("Where"));
    CHECK_THAT(d.hint, Catch::Contains("opset 9"));
}

TEST_CASE("Trilu-14 with a k computed at run time -> opset 9 compares each position's diagonal with k") {
    for (int upper : {0, 1})
        check_converts_to_same_outputs(
            [&] {
                return SingleNode("Trilu", 14, {{"x", f32({3, 4})}, {"k", of(DType::int64, {})}}, {{"y", f32({3, 4})}},
                                  {Attribute::of_int("upper", upper)});
            },
            9, "trilu-dynamic-k-upper" + std::to_string(upper) + "-to-9");
}

TEST_CASE("Bernoulli-15 -> opset 14 draws with RandomUniformLike and compares with p") {
    SingleNode t("Bernoulli", 15, {{"p", f32({4})}}, {{"y", f32({4})}}, {Attribute::of_float("seed", 3.0)});
    REQUIRE_FALSE(convert(t.model, 14).has_errors());
    const Node* draw = only_node(t.model, "RandomUniformLike");
    REQUIRE(draw);
    CHECK(*draw->attribute("seed")->get_if<double>() == 3.0);
    CHECK(has_node(t.model, "Less"));
}

// ---- Cast and CastLike -----------------------------------------------------------------------

TEST_CASE("Cast-19 -> Cast-13 drops 'saturate', which only concerns float8") {
    auto make = [] {
        return SingleNode("Cast", 19, {{"x", f32({4})}}, {{"y", of(DType::float16, {4})}},
                          {Attribute::of_int("to", static_cast<int64_t>(DType::float16)), Attribute::of_int("saturate", 1)});
    };
    check_converts_to_same_outputs(make, 13, "cast-saturate-to-13");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK_FALSE(only_node(t.model, "Cast")->attribute("saturate"));
}

TEST_CASE("Cast-13 -> Cast-19 needs no change") {
    SingleNode t("Cast", 13, {{"x", f32({4})}}, {{"y", of(DType::int32, {4})}}, {Attribute::of_int("to", static_cast<int64_t>(DType::int32))});
    REQUIRE_FALSE(convert(t.model, 21).has_errors());
    CHECK(only_node(t.model, "Cast")->attributes.size() == 1);
}

TEST_CASE("Cast-19 to float8 cannot go to opset 18") {
    SingleNode t("Cast", 19, {{"x", f32({4})}}, {{"y", of(DType::float8e4m3fn, {4})}},
                 {Attribute::of_int("to", static_cast<int64_t>(DType::float8e4m3fn))});
    auto d = refusal(t.model, 18);
    CHECK(d.field == "output 0 ('y')");
    CHECK_THAT(d.message, Catch::Contains("Cast-13 does not accept tensor(float8e4m3fn)"));
    CHECK_THAT(d.hint, Catch::Contains("opset 19"));
}

TEST_CASE("Cast-13 to bfloat16 cannot go to opset 12, nor Cast-9 to string to opset 8") {
    SingleNode bf16("Cast", 13, {{"x", f32({4})}}, {{"y", of(DType::bfloat16, {4})}}, {Attribute::of_int("to", static_cast<int64_t>(DType::bfloat16))});
    CHECK_THAT(refusal(bf16.model, 12).message, Catch::Contains("tensor(bfloat16)"));
    SingleNode text("Cast", 9, {{"x", f32({4})}}, {{"y", of(DType::string, {4})}}, {Attribute::of_int("to", static_cast<int64_t>(DType::string))});
    CHECK_THAT(refusal(text.model, 8).message, Catch::Contains("tensor(string)"));
}

TEST_CASE("CastLike-15 -> opset 14 becomes Cast to the second input's element type") {
    auto make = [] { return SingleNode("CastLike", 15, {{"x", f32({2, 3})}, {"like", of(DType::int64, {1})}}, {{"y", of(DType::int64, {2, 3})}}); };
    check_converts_to_same_outputs(make, 14, "castlike-to-14");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 14).has_errors());
    const Node* cast = only_node(t.model, "Cast");
    REQUIRE(cast);
    CHECK(*cast->attribute("to")->get_if<int64_t>() == static_cast<int64_t>(DType::int64));
}

TEST_CASE("CastLike-19 -> CastLike-15 drops 'saturate'") {
    SingleNode t("CastLike", 19, {{"x", f32({3})}, {"like", of(DType::float16, {1})}}, {{"y", of(DType::float16, {3})}},
                 {Attribute::of_int("saturate", 1)});
    REQUIRE_FALSE(convert(t.model, 15).has_errors());
    CHECK(only_node(t.model, "CastLike")->attributes.empty());
}

TEST_CASE("CastLike-15 whose second input has an unknown type cannot be rebuilt below opset 15") {
    SingleNode t("CastLike", 15, {{"x", f32({3})}, {"like", Type{}}}, {{"y", Type{}}});
    auto d = refusal(t.model, 14);
    CHECK(d.code == "opset.unknown-dtype");
    CHECK(d.field == "input 1 ('like')");
}

// ---- GatherElements, training losses, windows ------------------------------------------------

TEST_CASE("GatherElements-11 of static shapes -> opset 10 gathers from the flattened data, negative indices wrapped") {
    for (int64_t axis : {0, 1, -1})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t("GatherElements", 13, {{"data", f32({3, 4})}}, {{"y", f32({2, 4})}}, {Attribute::of_int("axis", axis)});
                t.constant_input(1, int64s({2, 4}, {0, 2, -1, 1, 2, -3, 0, 1}), "indices");
                return t;
            },
            axis == 0 ? 10 : 7, "gatherelements-axis" + std::to_string(axis));
}

TEST_CASE("GatherElements-11 with indices of unknown shape cannot go to opset 10") {
    SingleNode t("GatherElements", 11, {{"data", f32({3, 4})}, {"indices", Type::tensor(DType::int64)}}, {{"y", Type::tensor(DType::float32)}});
    auto d = refusal(t.model, 10);
    CHECK(d.code == "opset.needs-shape");
    CHECK(d.field == "input 1 ('indices')");
}

TEST_CASE("NegativeLogLikelihoodLoss-12 -> opset 7 with weights and ignore_index, for every reduction") {
    for (std::string reduction : {"none", "sum", "mean"})
        check_converts_to_same_outputs(
            [&] {
                SingleNode t("NegativeLogLikelihoodLoss", 13, {{"input", f32({3, 4, 2})}},
                             {{"loss", reduction == "none" ? f32({3, 2}) : f32({})}},
                             {Attribute::of_string("reduction", reduction), Attribute::of_int("ignore_index", 2)});
                t.constant_input(1, int64s({3, 2}, {0, 2, 3, 1, 2, 0}), "target");
                t.constant_input(2, floats({4}, {0.5f, 1.0f, 2.0f, 0.25f}), "weight");
                return t;
            },
            reduction == "mean" ? 7 : 11, "nll-" + reduction);
}

TEST_CASE("SoftmaxCrossEntropyLoss-12 -> opset 9 gives the loss and log_prob, class axis moved for LogSoftmax") {
    check_converts_to_same_outputs(
        [] {
            SingleNode t("SoftmaxCrossEntropyLoss", 13, {{"scores", f32({2, 5, 3})}}, {{"loss", f32({})}, {"log_prob", f32({2, 5, 3})}});
            t.constant_input(1, make_int64_tensor({2, 3}, {0, 4, 1, 3, 3, 2}), "labels");
            return t;
        },
        9, "sce-3d-to-9");
    check_converts_to_same_outputs(
        [] {
            SingleNode t("SoftmaxCrossEntropyLoss", 12, {{"scores", f32({4, 3})}}, {{"loss", f32({4})}},
                         {Attribute::of_string("reduction", "none")});
            t.constant_input(1, Tensor::from_vector<int32_t>(DType::int32, {4}, {0, 2, 1, 2}), "labels");
            return t;
        },
        11, "sce-2d-none-to-11");
}

TEST_CASE("HannWindow-17, HammingWindow-17 and BlackmanWindow-17 -> opset 11 count samples with Range") {
    for (std::string op : {"HannWindow", "HammingWindow", "BlackmanWindow"})
        for (int periodic : {0, 1})
            check_converts_to_same_outputs(
                [&] {
                    return SingleNode(op, 17, {{"size", of(DType::int32, {})}}, {{"w", Type::tensor(DType::float32)}},
                                      {Attribute::of_int("periodic", periodic)});
                },
                11, op + "-periodic" + std::to_string(periodic) + "-to-11");
}

TEST_CASE("HannWindow-17 of a constant size -> opset 7 folds into a constant window") {
    auto make = [] {
        SingleNode t("HannWindow", 17, {}, {{"w", f32({10})}});
        t.constant_input(0, int32s({}, {10}), "size");
        return t;
    };
    check_converts_to_same_outputs(make, 7, "hann-constant-to-7");
}

TEST_CASE("HammingWindow-17 of a size computed at run time cannot go below opset 11, where Range starts") {
    SingleNode t("HammingWindow", 17, {{"size", of(DType::int64, {})}}, {{"w", Type::tensor(DType::float32)}});
    auto d = refusal(t.model, 10);
    CHECK(d.code == "opset.needs-constant");
    CHECK_THAT(d.hint, Catch::Contains("opset 11"));
}
