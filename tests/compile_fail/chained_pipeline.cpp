// Must compile: the control case for pipeline_chain.cpp.
#include "opbridge/rules/onnx/opset/all.hpp"
using namespace opbridge::rules::onnx_opset;
using converter = opbridge::rule::pipeline<stage<9, 13>, stage<13, 17>>;
static_assert(converter::input.version == 9 && converter::output.version == 17);
int main() {}
