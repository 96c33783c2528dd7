// opbridge splice: join two models of one format, outputs of the first feeding inputs of the
// second (pass/splice.hpp). Models at different ONNX opsets meet at the higher one.

#include <iostream>

#include "cli.hpp"
#include "opbridge/pass/splice.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"

namespace opbridge::cli {
namespace {

int cmd_splice(const Args& a) {
    expect_positional(a, 3, "splice A B OUT --connect a_out:b_in,... [--prefix P] [--force]");
    const std::string& pa = a.positional[0];
    const std::string& pb = a.positional[1];
    const std::string& out = a.positional[2];
    if (!a.has("--connect")) throw UsageError{"splice needs --connect a_out:b_in,...: which outputs of A feed which inputs of B"};
    opbridge::SpliceOptions options;
    for (const auto& pair : list_option(a, "--connect")) {
        auto colon = pair.rfind(':');
        if (colon == std::string::npos || colon == 0 || colon + 1 == pair.size())
            throw UsageError{"--connect takes a_out:b_in pairs, not '" + pair + "'"};
        options.connect.push_back({pair.substr(0, colon), pair.substr(colon + 1)});
    }
    if (a.has("--prefix")) options.prefix = a.options.at("--prefix");
    auto out_format = opbridge::format_from_extension(out);
    if (!out_format) throw UsageError{"cannot tell the output format of '" + out + "': name it *.onnx or *.tflite"};
    check_output_path(a, pa, out);
    check_output_path(a, pb, out);

    auto ma = opbridge::read_model(pa, read_options(a));
    auto mb = opbridge::read_model(pb, read_options(a));
    if (ma.format != *out_format)
        throw UsageError{"splice keeps the format: write the result to a *." + std::string(opbridge::format_name(ma.format)) + " file"};
    options.file_a = pa;
    options.file_b = pb;
    options.opset_table = &opbridge::rules::onnx_opset::table;
    opbridge::splice_models(ma, mb, options);
    opbridge::write_model(ma, out);
    std::cout << "wrote " << out << ": " << ma.graph->node_count() << " nodes, " << ma.graph->inputs.size() << " input(s), "
              << ma.graph->outputs.size() << " output(s)\n";
    return kOk;
}

const Register register_splice{{"splice",
                    "  splice A B OUT               join two models of one format: A's outputs feed B's inputs as\n"
                    "          --connect a:b,...        connected; B's clashing names get --prefix (default 'b/'); the lower\n"
                    "          [--prefix P]             ONNX opset is converted up to the other\n",
                    {"--connect", "--prefix"}, {"--force"}, cmd_splice, 80}};

} // namespace
} // namespace opbridge::cli
