// rules/opbridge/rules/onnx/opset/normalization.hpp
#include "rules/onnx_opset/harness.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
Tensor bools(std::vector<int64_t> dims, std::vector<uint8_t> values) {
    return Tensor::from_vector<uint8_t>(DType::boolean, std::move(dims), values);
}

// BatchNormalization over x [2, 3, 4] with constant statistics (a variance must not be negative).
SingleNode batch_norm(int64_t opset, std::vector<std::pair<std::string, Type>> outputs, std::vector<Attribute> attributes = {}) {
    SingleNode t("BatchNormalization", opset, {{"x", f32({2, 3, 4})}, {"scale", f32({3})}, {"b", f32({3})}, {"mean", f32({3})}, {"var", f32({3})}},
                 std::move(outputs), std::move(attributes));
    t.constant_input(3, floats({3}, {0.1f, -0.2f, 0.3f}), "mean_value");
    t.constant_input(4, floats({3}, {0.5f, 1.5f, 2.0f}), "var_value");
    return t;
}
} // namespace

TEST_CASE("BatchNormalization-15 -> BatchNormalization-7 in inference needs no change") {
    check_converts_to_same_outputs([] { return batch_norm(15, {{"y", f32({2, 3, 4})}}, {Attribute::of_float("epsilon", 0.01)}); }, 7,
                                   "batchnorm-15-to-7");
}

TEST_CASE("BatchNormalization-14 -> BatchNormalization-9 turns training_mode into the running-statistics outputs") {
    auto make = [] {
        return batch_norm(15, {{"y", f32({2, 3, 4})}, {"running_mean", f32({3})}, {"running_var", f32({3})}},
                          {Attribute::of_int("training_mode", 1)});
    };
    check_converts_to_same_outputs(make, 9, "batchnorm-training-to-9");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    const Node* bn = only_node(t.model, "BatchNormalization");
    CHECK_FALSE(bn->attribute("training_mode"));
    CHECK(bn->outputs.size() == 5);  // BatchNormalization-9 trains with all five outputs
}

TEST_CASE("BatchNormalization-14 -> BatchNormalization-9 adds outputs when training_mode=1 has only Y") {
    // (ONNX Runtime itself asks for the running statistics in training, so this is not run.)
    SingleNode t = batch_norm(15, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("training_mode", 1)});
    REQUIRE_FALSE(convert(t.model, 9).has_errors());
    CHECK(only_node(t.model, "BatchNormalization")->outputs.size() == 5);
}

TEST_CASE("BatchNormalization-9 with running-statistics outputs -> BatchNormalization-14 sets training_mode") {
    auto make = [] {
        return batch_norm(9, {{"y", f32({2, 3, 4})}, {"running_mean", f32({3})}, {"running_var", f32({3})}, {"saved_mean", f32({3})},
                              {"saved_var", f32({3})}});
    };
    // saved_mean/saved_var are graph outputs here, so compare only what both versions have.
    auto make_unused_saved = [&] {
        SingleNode t = make();
        t.model.graph->outputs.resize(3);
        return t;
    };
    check_converts_to_same_outputs(make_unused_saved, 15, "batchnorm-9-training-to-15");
    SingleNode t = make_unused_saved();
    REQUIRE_FALSE(convert(t.model, 15).has_errors());
    const Attribute* mode = only_node(t.model, "BatchNormalization")->attribute("training_mode");
    REQUIRE(mode);
    CHECK(*mode->get_if<int64_t>() == 1);
}

TEST_CASE("BatchNormalization-9 -> BatchNormalization-14 refuses a used saved_mean output") {
    SingleNode t = batch_norm(9, {{"y", f32({2, 3, 4})}, {"m", f32({3})}, {"v", f32({3})}, {"saved_mean", f32({3})}, {"saved_var", f32({3})}});
    auto diags = convert(t.model, 14);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.output-unsupported");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("below opset 14"));
}

TEST_CASE("BatchNormalization-7 -> BatchNormalization-9 drops spatial=1 and refuses spatial=0") {
    SingleNode ok = batch_norm(7, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("spatial", 1)});
    REQUIRE_FALSE(convert(ok.model, 9).has_errors());
    CHECK_FALSE(only_node(ok.model, "BatchNormalization")->attribute("spatial"));
    SingleNode refused = batch_norm(7, {{"y", f32({2, 3, 4})}}, {Attribute::of_int("spatial", 0)});
    auto diags = convert(refused.model, 9);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'spatial'");
}

TEST_CASE("BatchNormalization-15 -> BatchNormalization-14 casts a scale of another type to X's") {
    SingleNode t("BatchNormalization", 15,
                 {{"x", of(DType::float16, {2, 3})}, {"scale", f32({3})}, {"b", f32({3})}, {"mean", of(DType::float16, {3})}, {"var", of(DType::float16, {3})}},
                 {{"y", of(DType::float16, {2, 3})}});
    REQUIRE_FALSE(convert(t.model, 14).has_errors());
    CHECK(count_nodes(t.model, "Cast") == 2);
}

TEST_CASE("Dropout-12 -> Dropout-10 in inference drops ratio and makes the mask all true") {
    auto make = [] {
        SingleNode t("Dropout", 13, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}, {"mask", of(DType::boolean, {2, 3, 4})}},
                     {Attribute::of_int("seed", 0)});
        t.constant_input(1, floats({}, {0.3f}), "ratio");
        return t;
    };
    check_converts_to_same_outputs(make, 11, "dropout-mask-to-11");
    check_converts_to_same_outputs(make, 7, "dropout-mask-to-7");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 11).has_errors());
    const Node* dropout = only_node(t.model, "Dropout");
    CHECK(dropout->inputs.size() == 1);
    CHECK(dropout->outputs.size() == 1);
    CHECK_FALSE(dropout->attribute("seed"));
}

TEST_CASE("Dropout-12 -> Dropout-10 in inference drops a ratio computed at run time, which inference ignores") {
    SingleNode t("Dropout", 13, {{"x", f32({2, 3})}, {"r", f32({})}}, {{"y", f32({2, 3})}});
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* dropout = only_node(t.model, "Dropout");
    CHECK(dropout->inputs.size() == 1);
    CHECK_FALSE(dropout->attribute("ratio"));
}

TEST_CASE("Dropout-12 -> Dropout-10 folds a constant ratio into the attribute") {
    SingleNode t("Dropout", 12, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}});
    t.constant_input(1, floats({}, {0.25f}), "ratio");
    t.constant_input(2, bools({}, {0}), "training");
    REQUIRE_FALSE(convert(t.model, 10).has_errors());
    const Node* dropout = only_node(t.model, "Dropout");
    REQUIRE(dropout->attribute("ratio"));
    CHECK(*dropout->attribute("ratio")->get_if<double>() == 0.25);
}

TEST_CASE("Dropout-12 -> Dropout-10 refuses a training_mode computed at run time") {
    SingleNode t("Dropout", 13, {{"x", f32({2, 3})}, {"r", f32({})}, {"t", of(DType::boolean, {})}}, {{"y", f32({2, 3})}});
    auto diags = convert(t.model, 11);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "input 2 ('t')");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 12"));
}

TEST_CASE("Dropout-10 -> Dropout-12 moves ratio into input 1") {
    SingleNode t("Dropout", 10, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}}, {Attribute::of_float("ratio", 0.3)});
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    const Node* dropout = only_node(t.model, "Dropout");
    REQUIRE(dropout->inputs.size() == 2);
    CHECK(dropout->inputs[1]->initializer->at<float>(0) == 0.3f);
}

TEST_CASE("Dropout-10 -> Dropout-7 casts the bool mask back to the input's type for its readers") {
    SingleNode t("Dropout", 10, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}, {"mask", of(DType::boolean, {2, 3})}});
    REQUIRE_FALSE(convert(t.model, 7).has_errors());
    REQUIRE(only_node(t.model, "Cast"));
    CHECK(only_node(t.model, "Cast")->outputs[0]->name() == "mask");
}

TEST_CASE("Dropout-7 -> Dropout-10 casts the bool mask to the input's type for its readers") {
    check_converts_to_same_outputs(
        [] { return SingleNode("Dropout", 7, {{"x", f32({2, 3})}}, {{"y", f32({2, 3})}, {"mask", f32({2, 3})}}); }, 10,
        "dropout-7-mask-to-10");
}

TEST_CASE("LayerNormalization-17 is rebuilt below opset 17 with its Mean and InvStdDev outputs") {
    auto make = [] {
        return SingleNode("LayerNormalization", 17, {{"x", f32({2, 3, 4})}, {"w", f32({3, 4})}, {"b", f32({3, 4})}},
                          {{"y", f32({2, 3, 4})}, {"mean", f32({2, 1, 1})}, {"inv_std_dev", f32({2, 1, 1})}},
                          {Attribute::of_int("axis", -2), Attribute::of_float("epsilon", 1e-3)});
    };
    check_converts_to_same_outputs(make, 13, "layernorm-to-13");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 13).has_errors());
    CHECK_FALSE(only_node(t.model, "LayerNormalization"));
    CHECK(count_nodes(t.model, "ReduceMean") == 2);
}

TEST_CASE("LayerNormalization-17 without a bias and with only Y is rebuilt below opset 17") {
    check_converts_to_same_outputs(
        [] { return SingleNode("LayerNormalization", 17, {{"x", f32({3, 5})}, {"w", f32({5})}}, {{"y", f32({3, 5})}}); }, 15,
        "layernorm-no-bias-to-15");
}

TEST_CASE("LayerNormalization-17 of unknown rank cannot be rebuilt: the refusal asks for the shape") {
    SingleNode t("LayerNormalization", 17, {{"x", Type::tensor(DType::float32)}, {"w", Type::tensor(DType::float32)}},
                 {{"y", Type::tensor(DType::float32)}});
    auto diags = convert(t.model, 16);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.rank");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 17"));
}

TEST_CASE("LayerNormalization-17 with an axis outside [-rank, rank) is refused, naming the attribute") {
    for (int64_t axis : {int64_t{-4}, int64_t{3}, -(int64_t{1} << 40)}) {
        INFO("axis " << axis);
        SingleNode t("LayerNormalization", 17, {{"x", f32({2, 3, 4})}, {"w", f32({4})}}, {{"y", f32({2, 3, 4})}},
                     {Attribute::of_int("axis", axis)});
        auto diags = convert(t.model, 16);
        REQUIRE(diags.has_errors());
        CHECK(diags.items()[0].code == "opset.attribute");
        CHECK(diags.items()[0].field == "attribute 'axis'");
        CHECK_THAT(diags.items()[0].message, Catch::Contains(std::to_string(axis)) && Catch::Contains("[-3, 3)"));
    }
}

TEST_CASE("MeanVarianceNormalization-9 is rebuilt below opset 9 from its definition") {
    check_converts_to_same_outputs(
        [] { return SingleNode("MeanVarianceNormalization", 13, {{"x", f32({2, 3, 4, 5})}}, {{"y", f32({2, 3, 4, 5})}}); }, 7,
        "mvn-to-7");
    check_converts_to_same_outputs(
        [] {
            return SingleNode("MeanVarianceNormalization", 9, {{"x", f32({2, 3, 4})}}, {{"y", f32({2, 3, 4})}},
                              {Attribute::of_ints("axes", {1, 2})});
        },
        8, "mvn-axes-to-8");
}

TEST_CASE("GroupNormalization-18 is rebuilt below opset 18 as InstanceNormalization over groups") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("GroupNormalization", 18, {{"x", f32({2, 6, 3, 2})}, {"scale", f32({3})}, {"bias", f32({3})}},
                              {{"y", f32({2, 6, 3, 2})}}, {Attribute::of_int("num_groups", 3), Attribute::of_float("epsilon", 1e-3)});
        },
        17, "groupnorm-18-to-17");
}

TEST_CASE("GroupNormalization-21 -> GroupNormalization-18 applies per-channel scale and bias after the node") {
    auto make = [] {
        return SingleNode("GroupNormalization", 21, {{"x", f32({2, 6, 3, 2})}, {"scale", f32({6})}, {"bias", f32({6})}},
                          {{"y", f32({2, 6, 3, 2})}}, {Attribute::of_int("num_groups", 2)});
    };
    check_converts_to_same_outputs(make, 18, "groupnorm-21-to-18");
    check_converts_to_same_outputs(make, 17, "groupnorm-21-to-17");
    SingleNode t = make();
    REQUIRE_FALSE(convert(t.model, 18).has_errors());
    CHECK(only_node(t.model, "Mul"));
    CHECK(only_node(t.model, "Add"));
}

TEST_CASE("GroupNormalization-21 -> GroupNormalization-18 folds constant per-channel values that agree within groups") {
    SingleNode t("GroupNormalization", 21, {{"x", f32({1, 4, 3})}, {"scale", f32({4})}, {"bias", f32({4})}}, {{"y", f32({1, 4, 3})}},
                 {Attribute::of_int("num_groups", 2)});
    t.constant_input(1, floats({4}, {2, 2, 3, 3}), "scale_value");
    t.constant_input(2, floats({4}, {0, 0, 1, 1}), "bias_value");
    REQUIRE_FALSE(convert(t.model, 18).has_errors());
    const Node* gn = only_node(t.model, "GroupNormalization");
    REQUIRE(gn->inputs[1]->initializer);
    CHECK(gn->inputs[1]->initializer->dims == std::vector<int64_t>{2});
    CHECK(gn->inputs[1]->initializer->at<float>(1) == 3.0f);
    CHECK_FALSE(only_node(t.model, "Mul"));
}

TEST_CASE("GroupNormalization-18 -> GroupNormalization-21 repeats each group's scale and bias over its channels") {
    check_converts_to_same_outputs(
        [] {
            return SingleNode("GroupNormalization", 18, {{"x", f32({2, 6, 3})}, {"scale", f32({3})}, {"bias", f32({3})}},
                              {{"y", f32({2, 6, 3})}}, {Attribute::of_int("num_groups", 3)});
        },
        21, "groupnorm-18-to-21");
}

TEST_CASE("GroupNormalization-18 -> GroupNormalization-21 repeats per-group values at run time when C is unknown") {
    SingleNode t("GroupNormalization", 18,
                 {{"x", Type::tensor(DType::float32, Shape{Dim::symbolic("n"), Dim::symbolic("c"), Dim::known(3)})},
                  {"scale", f32({3})},
                  {"bias", f32({3})}},
                 {{"y", Type::tensor(DType::float32)}}, {Attribute::of_int("num_groups", 3)});
    REQUIRE_FALSE(convert(t.model, 21).has_errors());
    CHECK(count_nodes(t.model, "Expand") == 2);
    CHECK(count_nodes(t.model, "Shape") == 1);
}

TEST_CASE("BatchNormalization-14 -> BatchNormalization-9 refuses running statistics used outside training") {
    SingleNode t = batch_norm(15, {{"y", f32({2, 3, 4})}, {"running_mean", f32({3})}});
    auto diags = convert(t.model, 13);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "output 1 ('running_mean')");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("training_mode=1"));
}

TEST_CASE("BatchNormalization-14 -> BatchNormalization-15 needs no change") {
    check_converts_to_same_outputs([] { return batch_norm(14, {{"y", f32({2, 3, 4})}}); }, 21, "batchnorm-14-to-21");
}

TEST_CASE("GroupNormalization-21 -> GroupNormalization-18 refuses a stash_type other than float") {
    SingleNode t("GroupNormalization", 21, {{"x", f32({1, 4, 3})}, {"scale", f32({4})}, {"bias", f32({4})}}, {{"y", f32({1, 4, 3})}},
                 {Attribute::of_int("num_groups", 2), Attribute::of_int("stash_type", 11)});
    auto diags = convert(t.model, 18);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].field == "attribute 'stash_type'");
}

TEST_CASE("GroupNormalization-21 -> GroupNormalization-18 refuses computed per-channel values over an input of unknown rank") {
    SingleNode t("GroupNormalization", 21, {{"x", Type::tensor(DType::float32)}, {"scale", f32({4})}, {"bias", f32({4})}},
                 {{"y", Type::tensor(DType::float32)}}, {Attribute::of_int("num_groups", 2)});
    auto diags = convert(t.model, 18);
    REQUIRE(diags.has_errors());
    CHECK(diags.items()[0].code == "opset.rank");
    CHECK_THAT(diags.items()[0].hint, Catch::Contains("opset 21"));
}
