// rules/opbridge/rules/onnx/opset/clip.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

TEST_CASE("Clip-6 -> Clip-11 moves min/max attributes into inputs 1 and 2") {
    SingleNode source("Clip", 9, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}},
                      {Attribute::of_float("min", -0.25), Attribute::of_float("max", 0.5)});
    SingleNode again("Clip", 9, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}},
                     {Attribute::of_float("min", -0.25), Attribute::of_float("max", 0.5)});
    auto diags = convert(again.model, 13);
    REQUIRE_FALSE(diags.has_errors());
    const Node* clip = only_node(again.model, "Clip");
    REQUIRE(clip);
    CHECK(clip->op.version == 13);
    CHECK(clip->attributes.empty());
    REQUIRE(clip->inputs.size() == 3);
    REQUIRE(clip->inputs[1]->initializer);
    CHECK(clip->inputs[1]->initializer->dtype == DType::float32);
    CHECK(clip->inputs[1]->initializer->dims.empty());  // a scalar, as Clip-11 requires
    CHECK(clip->inputs[2]->initializer->at<float>(0) == 0.5f);
    check_same_outputs(source.model, again.model, "clip-6-to-13");
}

TEST_CASE("Clip-11 -> Clip-6 folds constant min/max back into attributes") {
    SingleNode t("Clip", 11, {{"x", f32({4})}}, {{"y", f32({4})}});
    t.constant_input(1, Tensor::from_vector<float>(DType::float32, {}, {-1.0f}), "lo");
    t.constant_input(2, Tensor::from_vector<float>(DType::float32, {}, {1.5f}), "hi");
    auto diags = convert(t.model, 7);
    REQUIRE_FALSE(diags.has_errors());
    const Node* clip = only_node(t.model, "Clip");
    CHECK(clip->inputs.size() == 1);
    REQUIRE(clip->attribute("max"));
    CHECK(*clip->attribute("max")->get_if<double>() == 1.5);
}

TEST_CASE("Clip-11 -> Clip-6 refuses a min computed at run time, naming the producer and the fix") {
    SingleNode t("Clip", 11, {{"x", f32({4})}, {"lo", f32({})}}, {{"y", f32({4})}});
    auto diags = convert(t.model, 9);
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.needs-constant");
    CHECK_THAT(d.message, Catch::Contains("'min'") && Catch::Contains("graph input"));
    CHECK_THAT(d.hint, Catch::Contains("opset 11"));
}

TEST_CASE("Clip with int64 input at opset 12 cannot go to opset 11: the cause and both fixes are named") {
    SingleNode t("Clip", 12, {{"x", of(DType::int64, {3})}}, {{"y", of(DType::int64, {3})}});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.has_errors());
    const auto& d = diags.items()[0];
    CHECK(d.code == "opset.dtype");
    CHECK_THAT(d.message, Catch::Contains("tensor(int64)") && Catch::Contains("accepted from opset 12"));
    CHECK_THAT(d.hint, Catch::Contains("opset 12") && Catch::Contains("Cast"));
}
