// opbridge convert: read a model, convert it, write it atomically.

#include <filesystem>
#include <iostream>
#include <map>

#include "cli.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/complete.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "opbridge/pass/profile_rewrite.hpp"
#include "opbridge/rules/profiles/all.hpp"

namespace opbridge::cli {
namespace {

// --input-shape name=1,3,224,224 (repeatable as name=...;name2=...)
std::map<std::string, std::vector<int64_t>> input_shapes(const Args& a) {
    std::map<std::string, std::vector<int64_t>> out;
    auto it = a.options.find("--input-shape");
    if (it == a.options.end()) return out;
    std::string spec = it->second;
    std::size_t start = 0;
    while (start < spec.size()) {
        std::size_t end = spec.find(';', start);
        std::string one = spec.substr(start, end == std::string::npos ? std::string::npos : end - start);
        start = end == std::string::npos ? spec.size() : end + 1;
        auto eq = one.rfind('=');
        if (eq == std::string::npos || eq == 0) throw UsageError{"--input-shape takes NAME=d0,d1,... (got '" + one + "')"};
        std::vector<int64_t> dims;
        std::size_t p = eq + 1;
        while (p <= one.size()) {
            std::size_t q = one.find(',', p);
            std::string d = one.substr(p, q == std::string::npos ? std::string::npos : q - p);
            try {
                std::size_t used = 0;
                long long v = std::stoll(d, &used);
                if (used != d.size() || v < 0) throw std::invalid_argument("");
                dims.push_back(v);
            } catch (const std::exception&) {
                throw UsageError{"--input-shape: '" + d + "' is not a dimension size in '" + one + "'"};
            }
            if (q == std::string::npos) break;
            p = q + 1;
        }
        out[one.substr(0, eq)] = dims;
    }
    return out;
}

int cmd_convert(const Args& a) {
    expect_positional(a, 2, "convert IN OUT [--force] [--external-data BYTES]");
    const std::string& in = a.positional[0];
    const std::string& out = a.positional[1];
    auto out_format = opbridge::format_from_extension(out);
    if (!out_format) throw UsageError{"cannot tell the output format of '" + out + "': name it *.onnx or *.tflite"};
    check_output_path(a, in, out);

    auto model = opbridge::read_model(in, read_options(a));
    bool tflite_to_onnx = model.format == Format::tflite && *out_format == Format::onnx;  // --opset is the target there
    if (a.options.count("--opset") && !tflite_to_onnx) {
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
    if (a.has("--profile")) {
        const auto* profile = opbridge::rules::profiles::find(a.options.at("--profile"));
        if (!profile)
            throw UsageError{"no profile '" + a.options.at("--profile") + "' (opbridge check --profile list names them)"};
        if (model.format != Format::onnx || *out_format != Format::onnx)
            throw UsageError{"--profile rewrites ONNX for an ONNX consumer: give an .onnx input and output"};
        Diagnostics diags;
        bool ok = opbridge::rewrite_for_profile(model, *profile, diags, opbridge::rules::onnx_opset::table, in);
        print_diagnostics(diags, a.has_flag("--json"));
        if (!ok) {
            std::cerr << "opbridge: " << in << " cannot be rewritten for " << a.options.at("--profile") << "; nothing was written\n";
            return kFailure;
        }
    }
    if (model.format == Format::onnx && *out_format == Format::tflite) {
        namespace to_tflite = opbridge::rules::onnx_to_tflite;
        to_tflite::Options options;
        options.nhwc_io = a.has_flag("--nhwc-io");
        options.fp16_weights = a.has_flag("--fp16");
        options.input_shapes = input_shapes(a);
        Diagnostics diags;
        to_tflite::Report report;
        auto converted = to_tflite::convert(model, options, diags, in, &report);
        print_diagnostics(diags, a.has_flag("--json"));
        if (!converted) {
            std::cerr << "opbridge: " << diags.error_count() << " problem(s) converting " << in << " to TFLite; nothing was written\n";
            return kFailure;
        }
        model = std::move(*converted);
    }
    if (tflite_to_onnx) {
        namespace to_onnx = opbridge::rules::tflite_to_onnx;
        to_onnx::Options options;
        options.nchw_io = a.has_flag("--nchw-io");
        options.keep_fp16 = a.has_flag("--keep-fp16");
        options.qlinear_ops = a.has_flag("--qop");
        if (options.qlinear_ops && a.options.count("--opset") && number_option(a, "--opset", 0) < 10)
            throw UsageError{"--qop makes QLinearConv/QLinearMatMul, which ONNX has from opset 10"};
        options.opset = static_cast<int64_t>(number_option(a, "--opset", static_cast<uint64_t>(to_onnx::default_opset)));
        if (options.opset < 7 || options.opset > opbridge::onnx_schema::max_opset)
            throw UsageError{"--opset takes a default-domain opset from 7 to " + std::to_string(opbridge::onnx_schema::max_opset)};
        Diagnostics diags;
        auto converted = to_onnx::convert(model, options, diags, in);
        print_diagnostics(diags, a.has_flag("--json"));
        if (!converted) {
            std::cerr << "opbridge: " << diags.error_count() << " problem(s) converting " << in << " to ONNX; nothing was written\n";
            return kFailure;
        }
        model = std::move(*converted);
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

const Register register_convert{{"convert",
                    "  convert IN OUT [--force]     read IN and write OUT (format from OUT's extension: .onnx, .tflite)\n"
                    "          [--opset N]              ONNX: convert to default-domain opset N (7..21), up or down; TFLite -> ONNX: the target (default 21)\n"
                    "          [--json]                 diagnostics as JSON on stderr\n"
                    "          [--external-data BYTES]  ONNX output: tensors of at least BYTES go to OUT.data\n"
                    "          [--nhwc-io]              ONNX -> TFLite: rank-4 inputs and outputs NHWC (default: as in ONNX)\n"
                    "          [--fp16]                 ONNX -> TFLite: weights stored as float16 (+DEQUANTIZE)\n"
                    "          [--nchw-io]              TFLite -> ONNX: rank-4 inputs and outputs NCHW (default: NHWC, as in TFLite)\n"
                    "          [--keep-fp16]            TFLite -> ONNX: float16 weights stay float16 (+Cast)\n"
                    "          [--qop]                  TFLite -> ONNX: quantized Conv/MatMul as QLinearConv/QLinearMatMul (default: QDQ)\n"
                    "          [--profile P]            rewrite what consumer P rejects into what it accepts (check --profile list)\n"
                    "          [--input-shape N=d,..]   fix the sizes of dynamic inputs (several: 'a=1,3;b=1,5')\n",
                    {"--opset", "--external-data", "--input-shape", "--profile"}, {"--json", "--force", "--nhwc-io", "--fp16", "--nchw-io", "--keep-fp16", "--qop"}, cmd_convert, 30}};

} // namespace
} // namespace opbridge::cli
