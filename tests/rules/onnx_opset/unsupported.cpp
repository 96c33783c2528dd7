// rules/opbridge/rules/onnx/opset/unsupported.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {



} // namespace

TEST_CASE("DFT-17 -> DFT-20 moves the axis attribute into input 2, spelling out the old default 1") {
    auto make = [] { return SingleNode("DFT", 17, {{"x", f32({2, 8, 1})}}, {{"y", f32({2, 8, 2})}}); };
    check_converts_to_same_outputs(make, 20, "dft-17-to-20");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 20).has_errors());
    const Node* dft = only_node(t.model, "DFT");
    REQUIRE(dft->inputs.size() == 3);
    CHECK(dft->inputs[1] == nullptr);
    REQUIRE(dft->inputs[2]->initializer);
    CHECK(dft->inputs[2]->initializer->at<int64_t>(0) == 1);
    CHECK_FALSE(dft->attribute("axis"));
}

TEST_CASE("DFT-20 -> DFT-17 makes the default axis -2 a non-negative attribute") {
    auto make = [] { return SingleNode("DFT", 20, {{"x", f32({2, 3, 8, 1})}}, {{"y", f32({2, 3, 8, 2})}}); };
    check_converts_to_same_outputs(make, 17, "dft-20-to-17");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 17).has_errors());
    CHECK(*only_node(t.model, "DFT")->attribute("axis")->get_if<int64_t>() == 2);
}

TEST_CASE("DFT-20 with a constant axis input -> DFT-17 folds it into the attribute") {
    SingleNode t("DFT", 20, {{"x", f32({2, 8, 1})}}, {{"y", f32({2, 8, 2})}});
    t.constant_input(2, make_int64_tensor({}, {1}), "axis");
    REQUIRE_FALSE(convert(t.model, 17).has_errors());
    const Node* dft = only_node(t.model, "DFT");
    CHECK(dft->inputs.size() == 1);
    CHECK(*dft->attribute("axis")->get_if<int64_t>() == 1);
    CHECK(t.model.graph->initializers.empty());  // the folded constant is not left behind
}

TEST_CASE("DFT-20 with an axis computed at run time cannot go to opset 19") {
    SingleNode t("DFT", 20, {{"x", f32({2, 8, 1})}, {"", Type{}}, {"axis", of(DType::int64, {})}}, {{"y", f32({2, 8, 2})}});
    auto d = refusal(t.model, 19);
    CHECK(d.code == "opset.needs-constant");
    CHECK(d.field == "input 2 ('axis')");
}

TEST_CASE("DFT-17 cannot go below opset 17") {
    SingleNode t("DFT", 17, {{"x", f32({2, 8, 1})}}, {{"y", f32({2, 8, 2})}});
    auto d = refusal(t.model, 16);
    CHECK(d.code == "opset.op-missing");
    CHECK_THAT(d.message, Catch::Contains("Fourier"));
    CHECK_THAT(d.hint, Catch::Contains("opset 17"));
}

TEST_CASE("String, image and box-selection ops name the opset they need") {
    SingleNode strings("StringNormalizer", 10, {{"x", of(DType::string, {3})}}, {{"y", of(DType::string, {3})}});
    CHECK_THAT(refusal(strings.model, 9).hint, Catch::Contains("opset 10"));
    SingleNode image("ImageDecoder", 20, {{"bytes", of(DType::uint8, {100})}}, {{"image", of(DType::uint8, {4, 4, 3})}});
    CHECK_THAT(refusal(image.model, 19).message, Catch::Contains("decodes images"));
    SingleNode nms("NonMaxSuppression", 11, {{"boxes", f32({1, 4, 4})}, {"scores", f32({1, 1, 4})}}, {{"selected", of(DType::int64, {3, 3})}});
    CHECK_THAT(refusal(nms.model, 9).message, Catch::Contains("outside the model"));
}
