// The diagnostics of issue 7's example: ONNX Runtime's "Type 'tensor(int64)' of input parameter
// of operator (Clip) ... is invalid" has a cause (Clip takes int64 only from opset 12) and two
// fixes (convert to opset 12, or insert a Cast); opbridge's report must say all three.
#include <catch2/catch.hpp>

#include "opbridge/pass/check.hpp"
#include "opbridge/profile.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/profiles/all.hpp"
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
SingleNode int64_clip_at_opset_11() {
    SingleNode t("Clip", 11, {{"x", of(DType::int64, {3})}}, {{"y", of(DType::int64, {3})}});
    t.node->name = "Clip_2738";
    return t;
}
} // namespace

TEST_CASE("check names the cause and both fixes of an int64 Clip at opset 11") {
    auto t = int64_clip_at_opset_11();
    Diagnostics diags;
    REQUIRE_FALSE(check_model(t.model, diags, "model.onnx"));
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "check.dtype");
    CHECK(d.node == "Clip_2738");
    CHECK(d.op == "Clip@11");
    CHECK_THAT(d.field, Catch::Contains("input 0"));
    CHECK_THAT(d.message, Catch::Contains("does not accept tensor(int64)") && Catch::Contains("accepted from opset 12"));
    CHECK_THAT(d.hint, Catch::Contains("--opset 12") && Catch::Contains("insert a Cast"));
    CHECK_THAT(d.one_line(), Catch::StartsWith("model.onnx: error: node 'Clip_2738' (Clip@11), input 0"));
}

TEST_CASE("The JSON report carries every field of the Clip diagnostic") {
    auto t = int64_clip_at_opset_11();
    Diagnostics diags;
    check_model(t.model, diags, "model.onnx");
    auto json = to_json(diags);
    for (const char* field : {"\"severity\":\"error\"", "\"code\":\"check.dtype\"", "\"node\":\"Clip_2738\"", "\"op\":\"Clip@11\"",
                              "\"file\":\"model.onnx\"", "\"hint\":", "\"considered\":"})
        CHECK_THAT(json, Catch::Contains(field));
}

TEST_CASE("The onnxruntime profile rejects the int64 Clip at opset 11 for the kernel's reason, with both fixes") {
    auto t = int64_clip_at_opset_11();
    Diagnostics diags;
    REQUIRE_FALSE(profile::check_profile(t.model, rules::profiles::onnxruntime_1_30, diags, "model.onnx"));
    REQUIRE(diags.error_count() == 1);
    const auto& d = diags.items()[0];
    CHECK(d.code == "profile.dtype");
    CHECK(d.op == "Clip@11");
    CHECK_THAT(d.message, Catch::Contains("onnxruntime-1.30") && Catch::Contains("tensor(int64)") && Catch::Contains("Clip-12 adds integer types"));
    CHECK_THAT(d.hint, Catch::Contains("opset 12") && Catch::Contains("Cast"));
}

TEST_CASE("An int64 Clip at opset 12 is accepted by the onnxruntime profile and by check") {
    SingleNode t("Clip", 12, {{"x", of(DType::int64, {3})}}, {{"y", of(DType::int64, {3})}});
    Diagnostics diags;
    CHECK(check_model(t.model, diags, "m.onnx"));
    CHECK(profile::check_profile(t.model, rules::profiles::onnxruntime_1_30, diags));
    CHECK(diags.items().empty());
}
