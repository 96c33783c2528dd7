// opbridge graph (include/opbridge/graphviz.hpp): DOT a person can read, rendered by Graphviz.

#include <fstream>
#include <sstream>

#include "opbridge/graphviz.hpp"
#include "support.hpp"

using namespace tools_test;

namespace {
std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}
} // namespace

TEST_CASE("graph: DOT labels nodes op@version and edges with dtype and shape, hiding weights") {
    require_model(mobilenet);
    auto model = opbridge::read_model(mobilenet);
    opbridge::infer_shapes(model);
    std::string dot = opbridge::to_dot(model);
    CHECK_THAT(dot, Catch::StartsWith("digraph"));
    CHECK_THAT(dot, Catch::Contains("<b>Conv@13</b>"));
    CHECK_THAT(dot, Catch::Contains("<b>Gemm@13</b>"));
    CHECK_THAT(dot, Catch::Contains("label=<f32 1x32x32x32>"));  // the first Conv's output, 64x64 input
    CHECK_THAT(dot, Catch::Contains("subgraph cluster_"));         // grouped by module
    CHECK_THAT(dot, !Catch::Contains("Identity@13"));              // deduplicated weights stay out
    CHECK_THAT(dot, !Catch::Contains("Constant@13"));
    CHECK_THAT(opbridge::to_dot(model, {.show_constants = true}), Catch::Contains("Identity@13"));
}

TEST_CASE("graph: --collapse folds repeated blocks of mobilenet_v2") {
    require_model(mobilenet);
    auto model = opbridge::read_model(mobilenet);
    opbridge::infer_shapes(model);
    std::string dot = opbridge::to_dot(model, {.collapse = true});
    // features.8..10 are three inverted residual blocks with the same ops.
    CHECK_THAT(dot, Catch::Contains("features.8 … features.10  (×3)"));
    CHECK_THAT(dot, Catch::Contains("Conv×3"));
    CHECK_THAT(dot, !Catch::Contains("subgraph cluster_"));
}

TEST_CASE("graph: --from/--to draws the region only, --highlight colours nodes") {
    require_model(mobilenet);
    auto model = opbridge::read_model(mobilenet);
    opbridge::infer_shapes(model);
    std::string dot = opbridge::to_dot(model, {.highlight = {"/classifier/classifier.1/Gemm"},
                                               .from = {"/features/features.18/features.18.2/Clip_output_0"},
                                               .to = {"output"}});
    CHECK_THAT(dot, Catch::Contains("GlobalAveragePool@13"));
    CHECK_THAT(dot, !Catch::Contains("Conv@13"));
    CHECK_THAT(dot, Catch::Contains("fillcolor=\"#ffb3b3\""));
    CHECK_THROWS_WITH(opbridge::to_dot(model, {.highlight = {"no_such_node"}}), Catch::Contains("'no_such_node'"));
}

TEST_CASE("graph: the CLI renders a valid SVG and PNG with Graphviz") {
    require_model(mobilenet);
    TempDir dir;
    auto r = run_cli("graph " + mobilenet + " -o " + dir / "m.svg --highlight /Flatten");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    std::string svg = slurp(dir / "m.svg");
    CHECK_THAT(svg, Catch::StartsWith("<?xml"));
    CHECK_THAT(svg, Catch::Contains("<svg") && Catch::Contains("</svg>"));
    CHECK_THAT(svg, Catch::Contains(">Conv@13</text>"));
    CHECK_THAT(svg, Catch::Contains(">Flatten@13</text>"));
    CHECK_THAT(svg, Catch::Contains("f32 1x1280"));

    auto p = run_cli("graph " + mobilenet + " -o " + dir / "m.png --collapse");
    INFO(p.output);
    REQUIRE(p.exit_code == 0);
    CHECK(slurp(dir / "m.png").substr(0, 8) == "\x89PNG\r\n\x1a\n");
    SECTION("an existing output needs --force; unknown names and formats are refused") {
        CHECK(run_cli("graph " + mobilenet + " -o " + dir / "m.svg").exit_code == 2);
        CHECK(run_cli("graph " + mobilenet + " -o " + dir / "m.jpg").exit_code == 2);
        auto u = run_cli("graph " + mobilenet + " -o " + dir / "u.svg --from nope");
        CHECK(u.exit_code == 1);
        CHECK_THAT(u.output, Catch::Contains("'nope'"));
        CHECK_FALSE(fs::exists(dir / "u.svg"));
    }
}
