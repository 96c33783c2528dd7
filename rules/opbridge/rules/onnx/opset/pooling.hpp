#pragma once
// Opset adapters: MaxPool, AveragePool, LpPool.
// MaxPool-8 added the Indices output and storage_order (which only orders Indices);
// MaxPool-10 and AveragePool-10 added ceil_mode, MaxPool-10 dilations; AveragePool-19 added
// dilations; LpPool-18 added ceil_mode and dilations. Going down, ceil_mode becomes extra end
// padding (static shapes) and dilations must be all 1. MaxPool-12 added int8/uint8: below it
// they are pooled in float, which holds them exactly. (AveragePool-11 and the global pools
// change no signature: the driver checks their dtypes by itself.)
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_nn.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

inline constexpr auto pooling = rule_table(
    adapter<"MaxPool", 1, 8>(),
    adapter<"MaxPool", 8, 1>(remove_unused_output<1>, drop_attribute<"storage_order">),
    adapter<"MaxPool", 8, 10>(),
    adapter<"MaxPool", 10, 8>(drop_ints_attribute_if_all<"dilations", 1>, ceil_mode_as_end_padding),
    adapter<"MaxPool", 12, 11>(compute_integer_inputs_in<DType::float32, 0>),
    adapter<"AveragePool", 7, 10>(),
    adapter<"AveragePool", 10, 7>(ceil_mode_as_end_padding),
    adapter<"AveragePool", 11, 19>(),
    adapter<"AveragePool", 19, 11>(drop_ints_attribute_if_all<"dilations", 1>),
    adapter<"LpPool", 11, 18>(),
    adapter<"LpPool", 18, 11>(drop_ints_attribute_if_all<"dilations", 1>, ceil_mode_as_end_padding));

} // namespace opbridge::rules::onnx_opset
