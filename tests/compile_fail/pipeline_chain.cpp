// Must not compile: the first stage ends at opset 13 but the second starts at 11.
#include "opbridge/rules/onnx/opset/all.hpp"
using namespace opbridge::rules::onnx_opset;
using broken = opbridge::rule::pipeline<stage<9, 13>, stage<11, 17>>;
int main() {
    opbridge::Model m;
    opbridge::Diagnostics d;
    return broken::run(m, d) ? 0 : 1;
}
