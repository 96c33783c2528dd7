// opbridge cut: keep the part of a model that computes some tensors (pass/cut.hpp).

#include <iostream>

#include "cli.hpp"
#include "opbridge/pass/cut.hpp"

namespace opbridge::cli {
namespace {

int cmd_cut(const Args& a) {
    expect_positional(a, 2, "cut IN OUT --outputs T1,T2 [--inputs A,B] [--force]");
    const std::string& in = a.positional[0];
    const std::string& out = a.positional[1];
    if (!a.has("--outputs")) throw UsageError{"cut needs --outputs T1,T2,...: the tensors the cut model computes"};
    auto in_format = opbridge::format_from_extension(out);
    if (!in_format) throw UsageError{"cannot tell the output format of '" + out + "': name it *.onnx or *.tflite"};
    check_output_path(a, in, out);

    auto model = opbridge::read_model(in, read_options(a));
    if (model.format != *in_format)
        throw UsageError{"cut keeps the format: write the " + std::string(opbridge::format_name(model.format)) + " input to a *." +
                         std::string(opbridge::format_name(model.format)) + " file"};
    opbridge::CutOptions options;
    options.outputs = list_option(a, "--outputs");
    options.inputs = list_option(a, "--inputs");
    options.file = in;
    std::size_t nodes_before = model.graph->node_count();
    opbridge::cut_model(model, options);
    opbridge::write_model(model, out);
    std::cout << "wrote " << out << ": " << model.graph->node_count() << " of " << nodes_before << " nodes; inputs:";
    for (const opbridge::Value* v : model.graph->inputs) std::cout << " " << v->name() << " " << opbridge::to_string(v->type);
    std::cout << "\n";
    return kOk;
}

const Register register_cut{{"cut",
                    "  cut IN OUT --outputs T,...   keep what computes tensors T from the graph inputs (or from --inputs\n"
                    "          [--inputs A,...]         A,..., which become typed inputs); a valid model of the same format\n",
                    {"--outputs", "--inputs"}, {"--force"}, cmd_cut, 70}};

} // namespace
} // namespace opbridge::cli
