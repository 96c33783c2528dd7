// rules/opbridge/rules/onnx/opset/scatter.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {

// data [3, 12], indices and updates [3, 2], scattered along `axis`.
SingleNode scatter(const std::string& op, int64_t opset, std::vector<Attribute> attributes = {}) {
    return SingleNode(op, opset, {{"data", f32({3, 12})}, {"indices", of(DType::int64, {3, 2})}, {"updates", f32({3, 2})}},
                      {{"y", f32({3, 12})}}, std::move(attributes));
}
} // namespace

TEST_CASE("Scatter-9 -> ScatterElements-11 keeps inputs, axis and meaning") {
    auto make = [] {
        SingleNode t = scatter("Scatter", 10, {Attribute::of_int("axis", 1)});
        t.constant_input(1, make_int64_tensor({3, 2}, {0, 11, 3, 4, 7, 1}), "indices_value");
        return t;
    };
    check_converts_to_same_outputs(make, 13, "scatter-10-to-13");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    CHECK(only_node(t.model, "ScatterElements"));
    CHECK_FALSE(only_node(t.model, "Scatter"));
}

TEST_CASE("ScatterElements-11 -> Scatter-9 makes constant negative indices non-negative") {
    auto make = [] {
        SingleNode t = scatter("ScatterElements", 16, {Attribute::of_int("axis", -1)});
        t.constant_input(1, make_int64_tensor({3, 2}, {0, -1, 3, -12, 7, -5}), "indices_value");
        return t;
    };
    check_converts_to_same_outputs(make, 9, "scatterelements-negative-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* s = only_node(t.model, "Scatter");
    REQUIRE(s);
    CHECK(s->inputs[1]->initializer->at<int64_t>(1) == 11);
}

TEST_CASE("ScatterElements-11 -> Scatter-9 wraps indices computed at run time") {
    check_converts_to_same_outputs([] { return scatter("ScatterElements", 13, {Attribute::of_int("axis", 1)}); }, 9,
                                   "scatterelements-computed-to-9");
    SingleNode t = scatter("ScatterElements", 13, {Attribute::of_int("axis", 1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(count_nodes(t.model, "Less") == 1);
}

TEST_CASE("ScatterElements-16 -> ScatterElements-13 drops reduction 'none' and refuses 'add'") {
    SingleNode plain = scatter("ScatterElements", 16, {text("reduction", "none")});
    REQUIRE_FALSE(convert(plain.model, 13).has_errors());
    CHECK_FALSE(only_node(plain.model, "ScatterElements")->attribute("reduction"));
    SingleNode add = scatter("ScatterElements", 16, {text("reduction", "add")});
    auto diags = convert(add.model, 15);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'reduction'");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 16"));
}

TEST_CASE("ScatterElements-18 -> ScatterElements-16 keeps 'mul' and refuses 'max'") {
    SingleNode mul = scatter("ScatterElements", 18, {text("reduction", "mul")});
    REQUIRE_FALSE(convert(mul.model, 16).has_errors());
    SingleNode max = scatter("ScatterElements", 18, {text("reduction", "max")});
    auto diags = convert(max.model, 17);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("'max'"));
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}

TEST_CASE("ScatterND-16 -> ScatterND-13 drops reduction 'none' and refuses 'mul'") {
    auto nd = [](std::string reduction) {
        return SingleNode("ScatterND", 16, {{"data", f32({4, 3})}, {"indices", of(DType::int64, {2, 1})}, {"updates", f32({2, 3})}},
                          {{"y", f32({4, 3})}}, {text("reduction", std::move(reduction))});
    };
    SingleNode plain = nd("none");
    REQUIRE_FALSE(convert(plain.model, 11).has_errors());
    CHECK_FALSE(only_node(plain.model, "ScatterND")->attribute("reduction"));
    SingleNode mul = nd("mul");
    auto diags = convert(mul.model, 13);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 16"));
}

TEST_CASE("ScatterND-18 -> ScatterND-16 refuses 'min'") {
    SingleNode t("ScatterND", 18, {{"data", f32({4, 3})}, {"indices", of(DType::int64, {2, 1})}, {"updates", f32({2, 3})}},
                 {{"y", f32({4, 3})}}, {text("reduction", "min")});
    auto diags = convert(t.model, 16);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 18"));
}

TEST_CASE("ScatterND and Scatter do not exist before opsets 11 and 9: the refusals say so") {
    SingleNode nd("ScatterND", 11, {{"data", f32({4, 3})}, {"indices", of(DType::int64, {2, 1})}, {"updates", f32({2, 3})}},
                  {{"y", f32({4, 3})}});
    auto diags = convert(nd.model, 10);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("N-dimensional indices"));
    SingleNode s = scatter("Scatter", 9);
    diags = convert(s.model, 8);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 9"));
}
