// rules/opbridge/rules/onnx/opset/pooling.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
Attribute one(std::string name, int64_t v) { return Attribute::of_int(std::move(name), v); }

// Converts a copy of `make()` to `target` and checks it computes what the original does.
} // namespace

TEST_CASE("MaxPool-1 -> MaxPool-12 needs no change") {
    SingleNode t("MaxPool", 7, {{"x", f32({1, 1, 4, 4})}}, {{"y", f32({1, 1, 2, 2})}}, {ints("kernel_shape", {2, 2}), ints("strides", {2, 2})});
    auto diags = convert(t.model, 12);
    REQUIRE_FALSE(diags.has_errors());
    CHECK(only_node(t.model, "MaxPool")->op.version == 12);
}

TEST_CASE("MaxPool-8 -> MaxPool-1 drops an unused Indices output and storage_order") {
    SingleNode t("MaxPool", 12, {{"x", f32({1, 1, 4, 4})}}, {{"y", f32({1, 1, 2, 2})}},
                 {ints("kernel_shape", {2, 2}), ints("strides", {2, 2}), one("storage_order", 1)});
    Value* unused = t.model.graph->value("indices");
    t.node->outputs.push_back(unused);
    t.model.graph->claim_outputs(t.node);
    auto diags = convert(t.model, 7);
    REQUIRE_FALSE(diags.has_errors());
    const Node* pool = only_node(t.model, "MaxPool");
    CHECK(pool->outputs.size() == 1);
    CHECK_FALSE(pool->attribute("storage_order"));
}

TEST_CASE("MaxPool-8 -> MaxPool-1 refuses a used Indices output") {
    SingleNode t("MaxPool", 12, {{"x", f32({1, 1, 4, 4})}}, {{"y", f32({1, 1, 2, 2})}, {"i", of(DType::int64, {1, 1, 2, 2})}},
                 {ints("kernel_shape", {2, 2}), ints("strides", {2, 2})});
    auto diags = convert(t.model, 7);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.output-unsupported");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 8"));
}

TEST_CASE("MaxPool-10 -> MaxPool-8 turns ceil_mode into end padding with the same windows") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("MaxPool", 12, {{"x", f32({1, 2, 6, 7})}}, {{"y", f32({1, 2, 3, 3})}},
                              {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), one("ceil_mode", 1)});
        },
        9, "maxpool-ceil-to-9");
    SingleNode t("MaxPool", 12, {{"x", f32({1, 2, 6, 7})}}, {{"y", f32({1, 2, 3, 3})}},
                 {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), one("ceil_mode", 1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* pool = only_node(t.model, "MaxPool");
    CHECK_FALSE(pool->attribute("ceil_mode"));
    CHECK(*pool->attribute("pads")->get_if<std::vector<int64_t>>() == std::vector<int64_t>{0, 0, 1, 0});
}

TEST_CASE("MaxPool-10 -> MaxPool-8 keeps ceil_mode's rule that no window starts in the end padding") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("MaxPool", 12, {{"x", f32({1, 1, 4, 4})}}, {{"y", Type::tensor(DType::float32)}},
                              {ints("kernel_shape", {2, 2}), ints("strides", {3, 3}), ints("pads", {1, 1, 1, 1}), one("ceil_mode", 1)});
        },
        9, "maxpool-ceil-window-in-padding");
}

TEST_CASE("MaxPool-10 -> MaxPool-8 refuses ceil_mode when the spatial dims are unknown") {
    SingleNode t("MaxPool", 12, {{"x", Type::tensor(DType::float32, Shape{Dim::known(1), Dim::known(1), Dim::any(), Dim::any()})}},
                 {{"y", Type::tensor(DType::float32)}}, {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), one("ceil_mode", 1)});
    auto diags = convert(t.model, 9);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'ceil_mode'");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 10") && Catch::Contains("static shape"));
}

TEST_CASE("MaxPool-10 -> MaxPool-8 refuses dilations other than 1") {
    SingleNode t("MaxPool", 12, {{"x", f32({1, 1, 6, 6})}}, {{"y", f32({1, 1, 4, 4})}}, {ints("kernel_shape", {2, 2}), ints("dilations", {2, 2})});
    auto diags = convert(t.model, 9);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'dilations'");
    CHECK_THAT(diags.items()[0].message, Catch::Contains("[2,2]"));
}

TEST_CASE("AveragePool-10 -> AveragePool-7 turns ceil_mode into end padding that is not counted") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("AveragePool", 11, {{"x", f32({1, 2, 6, 6})}}, {{"y", f32({1, 2, 3, 3})}},
                              {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), one("ceil_mode", 1)});
        },
        7, "averagepool-ceil-to-7");
}

TEST_CASE("AveragePool-10 -> AveragePool-7 refuses ceil_mode whose padding count_include_pad would count") {
    SingleNode t("AveragePool", 11, {{"x", f32({1, 2, 6, 6})}}, {{"y", f32({1, 2, 3, 3})}},
                 {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), one("ceil_mode", 1), one("count_include_pad", 1)});
    auto diags = convert(t.model, 7);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].message, Catch::Contains("count_include_pad"));
}

TEST_CASE("AveragePool-10 -> AveragePool-7 drops a ceil_mode that changes nothing, even counting padding") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("AveragePool", 11, {{"x", f32({1, 1, 7, 7})}}, {{"y", f32({1, 1, 4, 4})}},
                              {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), ints("pads", {1, 1, 1, 1}),
                               one("ceil_mode", 1), one("count_include_pad", 1)});
        },
        7, "averagepool-ceil-noop-to-7");
}

TEST_CASE("AveragePool-19 -> AveragePool-11 drops dilations of all 1 and refuses others") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("AveragePool", 19, {{"x", f32({1, 1, 5, 5})}}, {{"y", f32({1, 1, 4, 4})}},
                              {ints("kernel_shape", {2, 2}), ints("dilations", {1, 1})});
        },
        17, "averagepool-dilations-1-to-17");
    SingleNode t("AveragePool", 19, {{"x", f32({1, 1, 5, 5})}}, {{"y", f32({1, 1, 3, 3})}},
                 {ints("kernel_shape", {2, 2}), ints("dilations", {2, 2})});
    auto diags = convert(t.model, 18);
    REQUIRE(diags.has_errors());
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 19"));
}

TEST_CASE("LpPool-18 -> LpPool-11 turns ceil_mode into end padding") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("LpPool", 18, {{"x", f32({1, 2, 6, 6})}}, {{"y", f32({1, 2, 3, 3})}},
                              {ints("kernel_shape", {3, 3}), ints("strides", {2, 2}), one("ceil_mode", 1)});
        },
        17, "lppool-ceil-to-17");
}

TEST_CASE("LpPool-11 -> LpPool-18 needs no change") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("LpPool", 11, {{"x", f32({1, 2, 6, 6})}}, {{"y", f32({1, 2, 5, 5})}}, {ints("kernel_shape", {2, 2})});
        },
        21, "lppool-11-to-21");
}

TEST_CASE("MaxPool-12 -> MaxPool-11 pools uint8 in float, which holds it exactly") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("MaxPool", 12, {{"x", of(DType::uint8, {1, 1, 5, 5})}}, {{"y", of(DType::uint8, {1, 1, 5, 5})}},
                              {ints("kernel_shape", {3, 3}), ints("pads", {1, 1, 1, 1})});
        },
        7, "maxpool-uint8-to-7");
}

TEST_CASE("AveragePool-7 -> AveragePool-19 needs no change") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("AveragePool", 7, {{"x", f32({1, 1, 5, 5})}}, {{"y", f32({1, 1, 4, 4})}},
                              {ints("kernel_shape", {2, 2}), one("count_include_pad", 1), ints("pads", {1, 1, 0, 0})});
        },
        21, "averagepool-7-to-21");
}
