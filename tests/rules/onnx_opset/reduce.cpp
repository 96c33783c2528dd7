// rules/opbridge/rules/onnx/opset/reduce.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {

Type f32_unknown_rank() { return Type::tensor(DType::float32); }

} // namespace

// ---- Reduce: axes attribute <-> input ----------------------------------------------------

TEST_CASE("ReduceMean-13 -> ReduceMean-18 moves the axes attribute into input 1") {
    SingleNode source("ReduceMean", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 1, 4})}}, {Attribute::of_ints("axes", {1})});
    SingleNode t("ReduceMean", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 1, 4})}}, {Attribute::of_ints("axes", {1})});
    auto diags = convert(t.model, 18);
    REQUIRE_FALSE(diags.has_errors());
    const Node* reduce = only_node(t.model, "ReduceMean");
    CHECK(reduce->op.version == 18);
    CHECK_FALSE(reduce->attribute("axes"));
    REQUIRE(reduce->inputs.size() == 2);
    REQUIRE(reduce->inputs[1]->initializer);
    CHECK(reduce->inputs[1]->initializer->dtype == DType::int64);
    CHECK(reduce->inputs[1]->initializer->dims == std::vector<int64_t>{1});
    check_same_outputs(source.model, t.model, "reduce-mean-13-to-18");
}

TEST_CASE("ReduceMean-13 without axes -> ReduceMean-18 leaves input 1 omitted (reduce over all dims)") {
    SingleNode t("ReduceMean", 13, {{"x", f32({2, 3})}}, {{"y", f32({1, 1})}});
    REQUIRE_FALSE(convert(t.model, 18).has_errors());
    CHECK(only_node(t.model, "ReduceMean")->inputs.size() == 1);
}

TEST_CASE("ReduceMean-18 -> ReduceMean-13 folds a constant axes input into the attribute") {
    SingleNode source("ReduceMean", 18, {{"x", f32({2, 3, 4})}}, {{"y", f32({1, 3, 1})}});
    source.constant_input(1, make_int64_tensor({2}, {0, 2}), "axes");
    SingleNode t("ReduceMean", 18, {{"x", f32({2, 3, 4})}}, {{"y", f32({1, 3, 1})}});
    t.constant_input(1, make_int64_tensor({2}, {0, 2}), "axes");
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* reduce = only_node(t.model, "ReduceMean");
    CHECK(reduce->inputs.size() == 1);
    CHECK(ints_of(reduce, "axes") == std::vector<int64_t>{0, 2});
    check_same_outputs(source.model, t.model, "reduce-mean-18-to-13");
}

TEST_CASE("ReduceSum-13 -> ReduceSum-11 refuses axes computed at run time and names the fix") {
    SingleNode t("ReduceSum", 13, {{"x", f32({2, 3})}, {"axes", of(DType::int64, {1})}}, {{"y", f32({2, 1})}});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.needs-constant");
    CHECK_THAT(d.message, Catch::Contains("'axes'") && Catch::Contains("graph input"));
    CHECK_THAT(d.hint, Catch::Contains("opset 13"));
}

TEST_CASE("ReduceSum-13 -> ReduceSum-11 without axes reduces over every dim") {
    SingleNode source("ReduceSum", 13, {{"x", f32({2, 3})}}, {{"y", f32({1, 1})}});
    SingleNode t("ReduceSum", 13, {{"x", f32({2, 3})}}, {{"y", f32({1, 1})}});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* reduce = only_node(t.model, "ReduceSum");
    CHECK_FALSE(reduce->attribute("axes"));
    CHECK_FALSE(reduce->attribute("noop_with_empty_axes"));
    check_same_outputs(source.model, t.model, "reduce-sum-13-to-11-all");
}

TEST_CASE("ReduceSum-13 with noop_with_empty_axes=1 and no axes stays a pass-through at opset 9") {
    SingleNode source("ReduceSum", 13, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}}, {Attribute::of_int("noop_with_empty_axes", 1)});
    SingleNode t("ReduceSum", 13, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}}, {Attribute::of_int("noop_with_empty_axes", 1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    // A reduction over a new axis of size 1 returns the input unchanged.
    const Node* unsqueeze = only_node(t.model, "Unsqueeze");
    REQUIRE(unsqueeze);
    CHECK(unsqueeze->op.version == 9);
    const Node* reduce = only_node(t.model, "ReduceSum");
    CHECK(ints_of(reduce, "axes") == std::vector<int64_t>{0});
    check_same_outputs(source.model, t.model, "reduce-sum-noop-to-9");
}

TEST_CASE("ReduceL2-18 with noop_with_empty_axes=1 and empty axes cannot go to opset 13") {
    SingleNode t("ReduceL2", 18, {{"x", f32({2, 3})}, {"axes", of(DType::int64, {0})}}, {{"y", f32({2, 3})}},
                 {Attribute::of_int("noop_with_empty_axes", 1)});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.attribute-value");
    CHECK_THAT(d.message, Catch::Contains("passes the input through"));
    CHECK_THAT(d.hint, Catch::Contains("opset 18") && Catch::Contains("Identity"));
}

TEST_CASE("ReduceMax-18 -> ReduceMax-13 reads an axes input declared with shape [0] as empty") {
    SingleNode source("ReduceMax", 18, {{"x", f32({2, 3})}, {"axes", of(DType::int64, {0})}}, {{"y", f32({1, 1})}});
    SingleNode t("ReduceMax", 18, {{"x", f32({2, 3})}, {"axes", of(DType::int64, {0})}}, {{"y", f32({1, 1})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* reduce = only_node(t.model, "ReduceMax");
    CHECK(reduce->inputs.size() == 1);
    CHECK_FALSE(reduce->attribute("axes"));
    check_same_outputs(source.model, t.model, "reduce-max-empty-axes");
}

TEST_CASE("ReduceSum-11 -> ReduceSum-13 moves the axes attribute into input 1") {
    SingleNode source("ReduceSum", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3})}},
                      {Attribute::of_ints("axes", {-1}), Attribute::of_int("keepdims", 0)});
    SingleNode t("ReduceSum", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3})}},
                 {Attribute::of_ints("axes", {-1}), Attribute::of_int("keepdims", 0)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* reduce = only_node(t.model, "ReduceSum");
    REQUIRE(reduce->inputs.size() == 2);
    CHECK(reduce->inputs[1]->initializer);
    check_same_outputs(source.model, t.model, "reduce-sum-11-to-13");
}

TEST_CASE("ReduceLogSumExp-11 -> ReduceLogSumExp-21 keeps negative axes and moves them to input 1") {
    SingleNode source("ReduceLogSumExp", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 1, 1})}}, {Attribute::of_ints("axes", {-2, -1})});
    SingleNode t("ReduceLogSumExp", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 1, 1})}}, {Attribute::of_ints("axes", {-2, -1})});
    REQUIRE_FALSE(convert(t.model, 21).has_errors());
    CHECK(only_node(t.model, "ReduceLogSumExp")->inputs.size() == 2);
    check_same_outputs(source.model, t.model, "reduce-logsumexp-11-to-21");
}

// ---- Reduce: negative axes before opset 11 ------------------------------------------------

TEST_CASE("ReduceProd-11 -> ReduceProd-10 makes negative axes non-negative using the input rank") {
    SingleNode source("ReduceProd", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 1})}}, {Attribute::of_ints("axes", {-1})});
    SingleNode t("ReduceProd", 11, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 1})}}, {Attribute::of_ints("axes", {-1})});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(ints_of(only_node(t.model, "ReduceProd"), "axes") == std::vector<int64_t>{2});
    check_same_outputs(source.model, t.model, "reduce-prod-11-to-10");
}

TEST_CASE("ReduceL1-18 -> ReduceL1-7 folds constant negative axes and makes them non-negative") {
    SingleNode source("ReduceL1", 18, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 4})}}, {Attribute::of_int("keepdims", 0)});
    source.constant_input(1, make_int64_tensor({1}, {-2}), "axes");
    SingleNode t("ReduceL1", 18, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 4})}}, {Attribute::of_int("keepdims", 0)});
    t.constant_input(1, make_int64_tensor({1}, {-2}), "axes");
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    CHECK(ints_of(only_node(t.model, "ReduceL1"), "axes") == std::vector<int64_t>{1});
    check_same_outputs(source.model, t.model, "reduce-l1-18-to-7");
}

TEST_CASE("ReduceMin-11 -> ReduceMin-10 refuses a negative axis when the rank is unknown") {
    SingleNode t("ReduceMin", 11, {{"x", f32_unknown_rank()}}, {{"y", f32_unknown_rank()}}, {Attribute::of_ints("axes", {-1})});
    auto diags = convert(t.model, 10);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.unknown-rank");
    CHECK(d.field == "attribute 'axes'");
    CHECK_THAT(d.hint, Catch::Contains("opset 11"));
}

// ---- ArgMax / ArgMin ------------------------------------------------------------------------

TEST_CASE("ArgMax-12 -> ArgMax-11 drops select_last_index=0") {
    SingleNode t("ArgMax", 12, {{"x", f32({3, 4})}}, {{"y", of(DType::int64, {3, 1})}},
                 {Attribute::of_int("axis", 1), Attribute::of_int("select_last_index", 0)});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* arg = only_node(t.model, "ArgMax");
    CHECK_FALSE(arg->attribute("select_last_index"));
    CHECK_FALSE(only_node(t.model, "Gather"));
}

TEST_CASE("ArgMax-12 select_last_index=1 -> ArgMax-11 reverses the axis and maps the index back") {
    // Integers drawn from 0..9 along an axis of 12 repeat, so the last maximum matters.
    SingleNode source("ArgMax", 12, {{"x", of(DType::int32, {3, 12})}}, {{"y", of(DType::int64, {3})}},
                      {Attribute::of_int("axis", 1), Attribute::of_int("keepdims", 0), Attribute::of_int("select_last_index", 1)});
    SingleNode t("ArgMax", 12, {{"x", of(DType::int32, {3, 12})}}, {{"y", of(DType::int64, {3})}},
                 {Attribute::of_int("axis", 1), Attribute::of_int("keepdims", 0), Attribute::of_int("select_last_index", 1)});
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    REQUIRE(only_node(t.model, "Gather"));
    REQUIRE(only_node(t.model, "Sub"));
    CHECK_FALSE(only_node(t.model, "ArgMax")->attribute("select_last_index"));
    check_same_outputs(source.model, t.model, "argmax-last-index-to-11");
}

TEST_CASE("ArgMin-12 select_last_index=1 on a negative axis reaches opset 7") {
    SingleNode source("ArgMin", 12, {{"x", of(DType::int32, {10, 3})}}, {{"y", of(DType::int64, {1, 3})}},
                      {Attribute::of_int("axis", -2), Attribute::of_int("select_last_index", 1)});
    SingleNode t("ArgMin", 12, {{"x", of(DType::int32, {10, 3})}}, {{"y", of(DType::int64, {1, 3})}},
                 {Attribute::of_int("axis", -2), Attribute::of_int("select_last_index", 1)});
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    const Node* arg = only_node(t.model, "ArgMin");
    CHECK(arg->op.version == 7);
    CHECK(*arg->attribute("axis")->get_if<int64_t>() == 0);
    check_same_outputs(source.model, t.model, "argmin-last-index-to-7");
}

TEST_CASE("ArgMin-12 select_last_index=1 needs the size of the axis") {
    Type x = Type::tensor(DType::float32, Shape{Dim::known(2), Dim::symbolic("n")});
    SingleNode t("ArgMin", 12, {{"x", x}}, {{"y", of(DType::int64, {2, 1})}},
                 {Attribute::of_int("axis", 1), Attribute::of_int("select_last_index", 1)});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.unknown-dim");
    CHECK_THAT(d.message, Catch::Contains("select_last_index=1") && Catch::Contains("axis 1"));
    CHECK_THAT(d.hint, Catch::Contains("opset 12"));
}

TEST_CASE("ArgMax-11 -> ArgMax-10 makes a negative axis non-negative") {
    SingleNode source("ArgMax", 11, {{"x", f32({2, 3, 4})}}, {{"y", of(DType::int64, {2, 3, 1})}}, {Attribute::of_int("axis", -1)});
    SingleNode t("ArgMax", 11, {{"x", f32({2, 3, 4})}}, {{"y", of(DType::int64, {2, 3, 1})}}, {Attribute::of_int("axis", -1)});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    CHECK(*only_node(t.model, "ArgMax")->attribute("axis")->get_if<int64_t>() == 2);
    check_same_outputs(source.model, t.model, "argmax-11-to-10");
}

TEST_CASE("ArgMax-10 -> ArgMax-13 needs no change") {
    SingleNode t("ArgMax", 10, {{"x", f32({2, 3})}}, {{"y", of(DType::int64, {1, 3})}});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* arg = only_node(t.model, "ArgMax");
    CHECK(arg->op.version == 13);
    CHECK(arg->attributes.empty());
}
