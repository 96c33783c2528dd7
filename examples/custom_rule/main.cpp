// A TFLite -> ONNX converter with one rule of its own: the builtin rules plus the custom op
// rule in convolution2d_transpose_bias.hpp, concatenated into one table.
//
//   custom_rule_converter selfie_segmentation.tflite selfie_segmentation.onnx

#include <iostream>

#include "convolution2d_transpose_bias.hpp"
#include "opbridge/model_io.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"

namespace to_onnx = opbridge::rules::tflite_to_onnx;

inline constexpr auto rules = opbridge::rule::concat(to_onnx::all, custom_rule::mediapipe);
static_assert(opbridge::rule::check_unique_lowerings(rules), "a custom rule claims an op a builtin rule converts");

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: custom_rule_converter IN.tflite OUT.onnx\n";
        return 2;
    }
    try {
        static const opbridge::rule::LoweringTable table{rules};
        auto model = opbridge::read_model(argv[1]);
        to_onnx::Options options;
        options.table = &table;
        opbridge::Diagnostics diags;
        auto onnx = to_onnx::convert(model, options, diags, argv[1]);
        std::cerr << opbridge::to_text(diags);
        if (!onnx) return 1;
        opbridge::write_model(*onnx, argv[2]);
        std::cout << "wrote " << argv[2] << "\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "custom_rule_converter: " << e.what() << "\n";
        return 1;
    }
}
