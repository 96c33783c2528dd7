// opbridge inspect: what a model file holds.

#include <iostream>

#include "cli.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/summary.hpp"

namespace opbridge::cli {
namespace {

// Every value with its dtype and shape (inferred where the file left them out), and every
// node with its op@version and metadata.
std::string shapes_text(opbridge::Model& model) {
    opbridge::infer_shapes(model);
    std::string out = "values:\n";
    for (const auto& v : model.graph->values())
        out += "  " + v->name() + ": " + opbridge::to_string(v->type) + (v->initializer ? " (constant)" : "") + "\n";
    out += "nodes:\n";
    for (const opbridge::Node* n : model.graph->nodes()) {
        out += "  " + (n->name.empty() ? std::string("<unnamed>") : n->name) + ": " + opbridge::to_string(n->op);
        if (!n->meta.rule.empty()) out += " [rule: " + n->meta.rule + "]";
        if (!n->meta.source_nodes.empty()) {
            out += " [from:";
            for (const auto& s : n->meta.source_nodes) out += " " + s;
            out += "]";
        }
        for (const auto& kv : n->meta.properties) out += " [" + kv.key + "=" + kv.value + "]";
        out += "\n";
    }
    return out;
}


int cmd_inspect(const Args& a) {
    expect_positional(a, 1, "inspect FILE [--json]");
    auto model = opbridge::read_model(a.positional[0], read_options(a));
    auto summary = opbridge::summarize(model);
    if (a.has_flag("--json")) std::cout << opbridge::to_json(summary) << "\n";
    else std::cout << "file:        " << a.positional[0] << "\n" << opbridge::to_text(summary);
    if (a.has_flag("--shapes")) std::cout << shapes_text(model);
    return kOk;
}

const Register register_inspect{{"inspect",
                    "  inspect FILE [--json]        format, producer, opsets, inputs/outputs, op histogram, parameters\n"
                    "          [--shapes]               also every value's inferred dtype and shape, and each node's metadata\n",
                    {}, {"--json", "--shapes"}, cmd_inspect, 10}};

} // namespace
} // namespace opbridge::cli
