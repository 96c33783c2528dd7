// rules/opbridge/rules/patterns/: multi-node rewrites by pattern templates.
#include "rules/onnx_opset/harness.hpp"

#include "opbridge/rules/patterns/hard_swish.hpp"
#include "opbridge/rules/patterns/transpose_pairs.hpp"

using namespace opbridge;
using namespace opbridge::test;

namespace {
// x -> HardSigmoid(alpha, beta) -> Mul(x or swapped) -> y, at opset 14.
Model hard_swish_spelled_out(double alpha, bool swapped) {
    Model m;
    m.format_version = 8;
    m.opset_imports.push_back({"", 14});
    Graph& g = *m.graph;
    g.name = "g";
    Value* x = g.value("x");
    x->type = f32({2, 8});
    Value* h = g.value("h");
    Value* y = g.value("y");
    y->type = f32({2, 8});
    Node* hs = g.add_node({Dialect::onnx, "", "HardSigmoid", 14}, {x}, {h}, "hs");
    hs->attributes = {Attribute::of_float("alpha", alpha), Attribute::of_float("beta", 0.5)};
    g.add_node({Dialect::onnx, "", "Mul", 14}, swapped ? std::vector<Value*>{h, x} : std::vector<Value*>{x, h}, {y}, "mul");
    g.inputs.push_back(x);
    g.outputs.push_back(y);
    return m;
}
int rewrite(Model& m, std::span<const rule::PatternEntry> table) {
    Diagnostics d;
    return rule::apply_patterns(m, *m.graph, table, d, "test.onnx", 14);
}
} // namespace

TEST_CASE("x * HardSigmoid(x; 1/6, 0.5) becomes HardSwish(x), keeping the output name") {
    for (bool swapped : {false, true}) {
        Model source = hard_swish_spelled_out(1.0 / 6, swapped);
        Model m = hard_swish_spelled_out(1.0 / 6, swapped);
        CHECK(rewrite(m, std::span(&rules::patterns::hard_swish, 1)) == 1);
        REQUIRE(m.graph->node_count() == 1);
        const Node* n = m.graph->node_at(0);
        CHECK(n->op.type == "HardSwish");
        CHECK(n->inputs[0]->name() == "x");
        CHECK(n->outputs[0]->name() == "y");
        CHECK(m.graph->outputs[0]->producer == n);
        check_same_outputs(source, m, swapped ? "hardswish-swapped" : "hardswish");
    }
}

TEST_CASE("HardSigmoid with another alpha is not HardSwish and stays") {
    Model m = hard_swish_spelled_out(0.2, false);
    CHECK(rewrite(m, std::span(&rules::patterns::hard_swish, 1)) == 0);
    CHECK(m.graph->node_count() == 2);
}

TEST_CASE("a HardSigmoid whose output is also read elsewhere is kept") {
    Model m = hard_swish_spelled_out(1.0 / 6, false);
    Graph& g = *m.graph;
    g.outputs.push_back(g.find("h"));  // h is now a model output too
    CHECK(rewrite(m, std::span(&rules::patterns::hard_swish, 1)) == 1);
    CHECK(g.node_count() == 2);  // HardSigmoid stays for h; HardSwish computes y
}

TEST_CASE("a Transpose pair that undoes itself becomes an Identity") {
    Model m;
    m.format_version = 8;
    m.opset_imports.push_back({"", 13});
    Graph& g = *m.graph;
    Value* x = g.value("x");
    x->type = f32({1, 3, 4, 5});
    Value* t = g.value("t");
    Value* y = g.value("y");
    g.add_node({Dialect::onnx, "", "Transpose", 13}, {x}, {t}, "a")->attributes = {Attribute::of_ints("perm", {0, 2, 3, 1})};
    g.add_node({Dialect::onnx, "", "Transpose", 13}, {t}, {y}, "b")->attributes = {Attribute::of_ints("perm", {0, 3, 1, 2})};
    g.inputs.push_back(x);
    g.outputs.push_back(y);
    Diagnostics d;
    CHECK(rule::apply_patterns(m, g, rules::patterns::transpose_pairs, d, "t.onnx", 13) == 1);
    REQUIRE(g.node_count() == 1);
    CHECK(g.node_at(0)->op.type == "Identity");
    CHECK(g.node_at(0)->outputs[0] == y);
}
