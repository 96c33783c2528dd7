// opbridge convert: read a model, convert it, write it atomically.

#include <filesystem>
#include <iostream>

#include "cli.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/complete.hpp"

namespace opbridge::cli {
namespace {

int cmd_convert(const Args& a) {
    expect_positional(a, 2, "convert IN OUT [--force] [--external-data BYTES]");
    const std::string& in = a.positional[0];
    const std::string& out = a.positional[1];
    auto out_format = opbridge::format_from_extension(out);
    if (!out_format) throw UsageError{"cannot tell the output format of '" + out + "': name it *.onnx or *.tflite"};
    check_output_path(a, in, out);

    auto model = opbridge::read_model(in, read_options(a));
    if (a.options.count("--opset")) {
        int64_t target = static_cast<int64_t>(number_option(a, "--opset", 0));
        if (target < 7 || target > opbridge::onnx_schema::max_opset)
            throw UsageError{"--opset takes a default-domain opset from 7 to " + std::to_string(opbridge::onnx_schema::max_opset)};
        if (model.format != opbridge::Format::onnx || *out_format != opbridge::Format::onnx)
            throw UsageError{"--opset converts ONNX to ONNX: give an .onnx input and output"};
        opbridge::Diagnostics diags;
        opbridge::OpsetConversion conversion{target, in, &opbridge::rules::onnx_opset::table};
        if (!opbridge::convert_opset(model, conversion, diags)) {
            print_diagnostics(diags, a.has_flag("--json"));
            std::cerr << "opbridge: " << diags.error_count() << " node(s) cannot be converted to opset " << target
                      << "; nothing was written\n";
            return kFailure;
        }
        print_diagnostics(diags, a.has_flag("--json"));
    }
    if (model.format != *out_format)
        opbridge::fail("convert.unsupported", in, "",
                       std::string("conversion from ") + std::string(opbridge::format_name(model.format)) + " to " +
                           std::string(opbridge::format_name(*out_format)) + " is not available in this build",
                       "write the same format as the input");
    opbridge::WriteOptions wo;
    wo.external_data_threshold = number_option(a, "--external-data", 0);
    opbridge::write_model(model, out, wo);
    std::cout << "wrote " << out << "\n";
    return kOk;
}

const Register reg{{"convert",
                    "  convert IN OUT [--force]     read IN and write OUT (format from OUT's extension: .onnx, .tflite)\n"
                    "          [--opset N]              ONNX: convert to default-domain opset N (7..21), up or down\n"
                    "          [--json]                 diagnostics as JSON on stderr\n"
                    "          [--external-data BYTES]  ONNX output: tensors of at least BYTES go to OUT.data\n",
                    {"--opset", "--external-data"}, {"--json", "--force"}, cmd_convert, 30}};

} // namespace
} // namespace opbridge::cli
