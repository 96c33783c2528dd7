// Compose your own converter: an exporter writes opset 9, the runtime wants 17. The
// pipeline's stages are checked at compile time to chain (9 -> 13 -> 17).
#include <opbridge/model_io.hpp>
#include <opbridge/rules/onnx/opset/all.hpp>

#include <iostream>

using namespace opbridge::rules::onnx_opset;
using converter = opbridge::rule::pipeline<stage<9, 13>, stage<13, 17>>;

int main(int argc, char** argv) {
    if (argc != 3) return std::cerr << "usage: compose IN.onnx OUT.onnx\n", 2;
    auto model = opbridge::read_model(argv[1]);
    opbridge::Diagnostics diags;
    if (!converter::run(model, diags)) {
        for (const auto& d : diags.items()) std::cerr << d.one_line() << "\n";
        return 1;
    }
    opbridge::write_model(model, argv[2]);
}
