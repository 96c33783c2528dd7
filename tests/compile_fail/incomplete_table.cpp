// Must not compile: a table holding only Clip's rules, declared complete for opsets 9..13,
// misses (among others) the steps of ArgMax, whose axis may be negative from opset 11.
#include "opbridge/rules/onnx/opset/clip.hpp"
using namespace opbridge::rule;
inline constexpr auto table = sorted(opbridge::rules::onnx_opset::clip);
static_assert(check_complete<table, 9, 13>());
int main() {}
