// GENERATED FILE, DO NOT EDIT: written by generators/onnx_schemas.cpp from libonnx (opsets up to 17) and generators/onnx_opset_changes.txt.
#pragma once

#include <span>
#include <string_view>

#include "opbridge/onnx/schema_types.hpp"

namespace opbridge::onnx_schema::generated {

inline constexpr int max_opset = 17;
inline constexpr int libonnx_max_opset = 17;

inline constexpr std::string_view types_0[] = {"map(int64, double)", "map(int64, float)", "map(int64, string)", "map(string, double)", "map(string, float)", "map(string, int64)"};
inline constexpr std::string_view types_1[] = {"map(int64, float)", "map(int64, string)"};
inline constexpr std::string_view types_2[] = {"optional(seq(tensor(bfloat16)))", "optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bfloat16))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bfloat16))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_3[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))"};
inline constexpr std::string_view types_4[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_5[] = {"seq(map(int64, float))", "seq(map(string, float))"};
inline constexpr std::string_view types_6[] = {"seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))"};
inline constexpr std::string_view types_7[] = {"seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_8[] = {"seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_9[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_10[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_11[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_12[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)"};
inline constexpr std::string_view types_13[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)"};
inline constexpr std::string_view types_14[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_15[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_16[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_17[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(uint32)", "tensor(uint64)"};
inline constexpr std::string_view types_18[] = {"tensor(bfloat16)", "tensor(float)"};
inline constexpr std::string_view types_19[] = {"tensor(bool)"};
inline constexpr std::string_view types_20[] = {"tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_21[] = {"tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_22[] = {"tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_23[] = {"tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_24[] = {"tensor(bool)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_25[] = {"tensor(double)", "tensor(float)"};
inline constexpr std::string_view types_26[] = {"tensor(double)", "tensor(float)", "tensor(float16)"};
inline constexpr std::string_view types_27[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)"};
inline constexpr std::string_view types_28[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_29[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_30[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_31[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(uint32)", "tensor(uint64)"};
inline constexpr std::string_view types_32[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_33[] = {"tensor(double)", "tensor(float)", "tensor(int16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_34[] = {"tensor(double)", "tensor(float)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_35[] = {"tensor(double)", "tensor(float)", "tensor(int32)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_36[] = {"tensor(double)", "tensor(float)", "tensor(int32)", "tensor(int64)", "tensor(uint32)", "tensor(uint64)"};
inline constexpr std::string_view types_37[] = {"tensor(double)", "tensor(float)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_38[] = {"tensor(float)"};
inline constexpr std::string_view types_39[] = {"tensor(float)", "tensor(int32)"};
inline constexpr std::string_view types_40[] = {"tensor(float)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_41[] = {"tensor(int32)"};
inline constexpr std::string_view types_42[] = {"tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_43[] = {"tensor(int32)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_44[] = {"tensor(int32)", "tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_45[] = {"tensor(int64)"};
inline constexpr std::string_view types_46[] = {"tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_47[] = {"tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_48[] = {"tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_49[] = {"tensor(uint8)"};

inline constexpr FormalParam s0_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s0_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s0_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s0_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s1_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s1_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s1_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s2_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s2_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s2_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s3_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s3_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s3_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s4_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s4_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s4_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s5_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s5_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s5_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s5_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s6_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s6_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s6_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s6_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s7_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s7_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s7_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s8_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s8_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s8_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s9_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s9_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s9_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s10_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s10_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s10_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s10_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s11_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s11_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s11_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s12_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s12_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s12_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s12_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s13_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s13_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s13_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s13_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s14_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s14_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s14_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s14_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s15_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s15_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s15_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s15_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s16_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s16_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s16_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s16_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s17_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s17_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s17_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s17_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s18_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s18_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s18_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s18_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s19_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s19_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s19_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s19_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s20_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s20_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s20_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s21_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s21_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s21_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s22_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s22_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s22_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s23_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s23_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s23_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s24_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s24_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s24_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s24_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s25_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s25_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s25_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"count_include_pad", AttributeKind(2), false, "0"}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s25_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s26_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s26_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s26_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"count_include_pad", AttributeKind(2), false, "0"}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s26_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s27_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s27_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s27_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"count_include_pad", AttributeKind(2), false, "0"}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s27_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s28_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s28_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s28_attr[] = {{"consumed_inputs", AttributeKind(7), true, ""}, {"epsilon", AttributeKind(1), false, "1e-05"}, {"is_test", AttributeKind(2), false, "0"}, {"momentum", AttributeKind(1), false, "0.9"}, {"spatial", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s28_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s29_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s29_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s29_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"is_test", AttributeKind(2), false, "0"}, {"momentum", AttributeKind(1), false, "0.9"}, {"spatial", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s29_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s30_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s30_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s30_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}, {"spatial", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s30_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s31_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s31_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s31_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}};
inline constexpr TypeConstraint s31_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s32_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"input_mean", "U", ParamOption::single, true, 1}, {"input_var", "U", ParamOption::single, true, 1}};
inline constexpr FormalParam s32_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"running_mean", "U", ParamOption::optional, true, 1}, {"running_var", "U", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s32_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}, {"training_mode", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s32_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}, {"U", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s33_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T1", ParamOption::single, true, 1}, {"B", "T1", ParamOption::single, true, 1}, {"input_mean", "T2", ParamOption::single, true, 1}, {"input_var", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s33_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"running_mean", "T2", ParamOption::optional, true, 1}, {"running_var", "T2", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s33_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}, {"training_mode", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s33_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}, {"T1", std::span<const std::string_view>(types_12, 4)}, {"T2", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s34_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s34_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s34_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s34_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_11, 13)}};
inline constexpr FormalParam s35_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s35_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s35_attr[] = {{"direction", AttributeKind(3), true, ""}};
inline constexpr TypeConstraint s35_tc[] = {{"T", std::span<const std::string_view>(types_48, 4)}};
inline constexpr FormalParam s36_in[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s36_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s36_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}, {"periodic", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s36_tc[] = {{"T1", std::span<const std::string_view>(types_42, 2)}, {"T2", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s37_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s37_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s37_attr[] = {{"to", AttributeKind(3), true, ""}};
inline constexpr TypeConstraint s37_tc[] = {{"T1", std::span<const std::string_view>(types_22, 12)}, {"T2", std::span<const std::string_view>(types_22, 12)}};
inline constexpr FormalParam s38_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s38_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s38_attr[] = {{"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s38_tc[] = {{"T1", std::span<const std::string_view>(types_22, 12)}, {"T2", std::span<const std::string_view>(types_22, 12)}};
inline constexpr FormalParam s39_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s39_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s39_attr[] = {{"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s39_tc[] = {{"T1", std::span<const std::string_view>(types_21, 13)}, {"T2", std::span<const std::string_view>(types_21, 13)}};
inline constexpr FormalParam s40_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s40_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s40_attr[] = {{"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s40_tc[] = {{"T1", std::span<const std::string_view>(types_10, 14)}, {"T2", std::span<const std::string_view>(types_10, 14)}};
inline constexpr FormalParam s41_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"target_type", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s41_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s41_tc[] = {{"T1", std::span<const std::string_view>(types_10, 14)}, {"T2", std::span<const std::string_view>(types_10, 14)}};
inline constexpr FormalParam s42_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s42_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s42_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s42_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s43_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s43_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s43_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s44_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s44_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s44_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s45_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s45_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s45_attr[] = {{"alpha", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s45_tc[] = {{"T", std::span<const std::string_view>(types_38, 1)}};
inline constexpr FormalParam s46_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s46_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s46_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"max", AttributeKind(1), false, ""}, {"min", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s46_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s47_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s47_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s47_attr[] = {{"max", AttributeKind(1), false, "3.40282e+38"}, {"min", AttributeKind(1), false, "-3.40282e+38"}};
inline constexpr TypeConstraint s47_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s48_in[] = {{"input", "T", ParamOption::single, true, 1}, {"min", "T", ParamOption::optional, true, 1}, {"max", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s48_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s48_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s49_in[] = {{"input", "T", ParamOption::single, true, 1}, {"min", "T", ParamOption::optional, true, 1}, {"max", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s49_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s49_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s50_in[] = {{"input", "T", ParamOption::single, true, 1}, {"min", "T", ParamOption::optional, true, 1}, {"max", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s50_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s50_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s51_in[] = {{"input", "T", ParamOption::single, true, 1}, {"condition", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s51_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s51_attr[] = {{"axis", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s51_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s52_in[] = {{"input", "T", ParamOption::single, true, 1}, {"condition", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s52_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s52_attr[] = {{"axis", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s52_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s53_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s53_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s53_attr[] = {{"axis", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s53_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s54_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s54_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s54_attr[] = {{"axis", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s54_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s55_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s55_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s55_attr[] = {{"axis", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s55_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s56_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s56_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s56_attr[] = {{"axis", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s56_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s57_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}};
inline constexpr FormalParam s57_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s57_attr[] = {{"axis", AttributeKind(2), true, ""}, {"new_axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s57_tc[] = {{"S", std::span<const std::string_view>(types_6, 15)}, {"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s58_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s58_attr[] = {{"value", AttributeKind(4), true, ""}};
inline constexpr TypeConstraint s58_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s59_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s59_attr[] = {{"value", AttributeKind(4), true, ""}};
inline constexpr TypeConstraint s59_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s60_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s60_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s60_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s61_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s61_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}, {"value_float", AttributeKind(1), false, ""}, {"value_floats", AttributeKind(6), false, ""}, {"value_int", AttributeKind(2), false, ""}, {"value_ints", AttributeKind(7), false, ""}, {"value_string", AttributeKind(3), false, ""}, {"value_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s61_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s62_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s62_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}, {"value_float", AttributeKind(1), false, ""}, {"value_floats", AttributeKind(6), false, ""}, {"value_int", AttributeKind(2), false, ""}, {"value_ints", AttributeKind(7), false, ""}, {"value_string", AttributeKind(3), false, ""}, {"value_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s62_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s63_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s63_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s63_attr[] = {{"value", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s63_tc[] = {{"T1", std::span<const std::string_view>(types_45, 1)}, {"T2", std::span<const std::string_view>(types_22, 12)}};
inline constexpr FormalParam s64_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s64_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s64_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s64_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s65_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s65_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s65_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s65_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s66_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"w", "T2", ParamOption::single, true, 1}, {"x_zero_point", "T1", ParamOption::optional, true, 1}, {"w_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s66_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s66_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s66_tc[] = {{"T1", std::span<const std::string_view>(types_47, 2)}, {"T2", std::span<const std::string_view>(types_47, 2)}, {"T3", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s67_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s67_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s67_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"output_padding", AttributeKind(7), false, ""}, {"output_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s67_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s68_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s68_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s68_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"output_padding", AttributeKind(7), false, ""}, {"output_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s68_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s69_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s69_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s69_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s70_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s70_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s70_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s71_in[] = {{"x", "T", ParamOption::single, true, 1}, {"axis", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s71_out[] = {{"y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s71_attr[] = {{"exclusive", AttributeKind(2), false, "0"}, {"reverse", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s71_tc[] = {{"T", std::span<const std::string_view>(types_36, 6)}, {"T2", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s72_in[] = {{"x", "T", ParamOption::single, true, 1}, {"axis", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s72_out[] = {{"y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s72_attr[] = {{"exclusive", AttributeKind(2), false, "0"}, {"reverse", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s72_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}, {"T2", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s73_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"dft_length", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s73_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s73_attr[] = {{"axis", AttributeKind(2), false, "1"}, {"inverse", AttributeKind(2), false, "0"}, {"onesided", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s73_tc[] = {{"T1", std::span<const std::string_view>(types_12, 4)}, {"T2", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s74_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s74_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s74_attr[] = {{"blocksize", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s74_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s75_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s75_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s75_attr[] = {{"blocksize", AttributeKind(2), true, ""}, {"mode", AttributeKind(3), false, "\"DCR\""}};
inline constexpr TypeConstraint s75_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s76_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s76_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s76_attr[] = {{"blocksize", AttributeKind(2), true, ""}, {"mode", AttributeKind(3), false, "\"DCR\""}};
inline constexpr TypeConstraint s76_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s77_in[] = {{"x", "T", ParamOption::single, true, 1}, {"x_scale", "tensor(float)", ParamOption::single, true, 1}, {"x_zero_point", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s77_out[] = {{"y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s77_tc[] = {{"T", std::span<const std::string_view>(types_44, 3)}};
inline constexpr FormalParam s78_in[] = {{"x", "T", ParamOption::single, true, 1}, {"x_scale", "tensor(float)", ParamOption::single, true, 1}, {"x_zero_point", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s78_out[] = {{"y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s78_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s78_tc[] = {{"T", std::span<const std::string_view>(types_44, 3)}};
inline constexpr FormalParam s79_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s79_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s79_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s80_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s80_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s80_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s80_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s81_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s81_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s81_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s81_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s82_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s82_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s82_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s83_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s83_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s83_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s84_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s84_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s84_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s85_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s85_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s85_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"is_test", AttributeKind(2), false, "0"}, {"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s85_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s86_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s86_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s86_attr[] = {{"is_test", AttributeKind(2), false, "0"}, {"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s86_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s87_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s87_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s87_attr[] = {{"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s87_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s88_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s88_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T1", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s88_attr[] = {{"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s88_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s89_in[] = {{"data", "T", ParamOption::single, true, 1}, {"ratio", "T1", ParamOption::optional, true, 1}, {"training_mode", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s89_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T2", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s89_attr[] = {{"seed", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s89_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s90_in[] = {{"data", "T", ParamOption::single, true, 1}, {"ratio", "T1", ParamOption::optional, true, 1}, {"training_mode", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s90_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T2", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s90_attr[] = {{"seed", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s90_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}, {"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s91_in[] = {{"x", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s91_out[] = {{"y", "T2", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s91_tc[] = {{"T1", std::span<const std::string_view>(types_38, 1)}, {"T2", std::span<const std::string_view>(types_49, 1)}};
inline constexpr FormalParam s92_in[] = {{"Inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s92_out[] = {{"Output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s92_attr[] = {{"equation", AttributeKind(3), true, ""}};
inline constexpr TypeConstraint s92_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s93_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s93_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s93_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s93_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s94_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s94_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s94_attr[] = {{"alpha", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s94_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s95_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s95_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s95_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s95_tc[] = {{"T", std::span<const std::string_view>(types_24, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s96_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s96_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s96_tc[] = {{"T", std::span<const std::string_view>(types_24, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s97_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s97_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s97_tc[] = {{"T", std::span<const std::string_view>(types_22, 12)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s98_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s98_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s98_tc[] = {{"T", std::span<const std::string_view>(types_11, 13)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s99_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s99_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s99_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s100_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s100_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s100_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s101_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s101_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s101_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s101_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s102_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s102_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s102_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s103_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s103_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s103_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s104_in[] = {{"input", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s104_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s104_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s105_in[] = {{"input", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s105_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s105_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s106_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s106_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s106_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"k", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s106_tc[] = {{"T1", std::span<const std::string_view>(types_22, 12)}, {"T2", std::span<const std::string_view>(types_22, 12)}};
inline constexpr FormalParam s107_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s107_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s107_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s107_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s108_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s108_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s108_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s108_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s109_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s109_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s109_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s109_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s110_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s110_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s110_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s110_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s111_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s111_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s111_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s111_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s112_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s112_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s112_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s113_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s113_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s113_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s114_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s114_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s114_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"foward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s114_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s115_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s115_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s115_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"linear_before_reset", AttributeKind(2), false, "0"}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s115_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s116_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s116_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s116_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"linear_before_reset", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s116_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s117_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s117_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s117_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"layout", AttributeKind(2), false, "0"}, {"linear_before_reset", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s117_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s118_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s118_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s118_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s118_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s119_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s119_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s119_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s119_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s120_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s120_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s120_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s120_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s121_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s121_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s121_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s121_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s122_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s122_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s122_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s122_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s123_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s123_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s123_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s124_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s124_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s124_attr[] = {{"batch_dims", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s124_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s125_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s125_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s125_attr[] = {{"batch_dims", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s125_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s126_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s126_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s126_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"broadcast", AttributeKind(2), false, "0"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s126_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s127_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s127_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s127_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"broadcast", AttributeKind(2), false, "0"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s127_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s128_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s128_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s128_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s128_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s129_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s129_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s129_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s129_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s130_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s130_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s130_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s130_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s131_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s131_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s131_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s131_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s132_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s132_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s132_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s133_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s133_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s133_attr[] = {{"p", AttributeKind(1), false, "2"}};
inline constexpr TypeConstraint s133_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s134_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s134_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s134_attr[] = {{"p", AttributeKind(2), false, "2"}};
inline constexpr TypeConstraint s134_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s135_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s135_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s135_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s136_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s136_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s136_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s136_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s137_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s137_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s137_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s138_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s138_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s138_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s139_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s139_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s139_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s140_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s140_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s140_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s141_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s141_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s141_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s142_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"grid", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s142_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s142_attr[] = {{"align_corners", AttributeKind(2), false, "0"}, {"mode", AttributeKind(3), false, "\"bilinear\""}, {"padding_mode", AttributeKind(3), false, "\"zeros\""}};
inline constexpr TypeConstraint s142_tc[] = {{"T1", std::span<const std::string_view>(types_20, 15)}, {"T2", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s143_in[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s143_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s143_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}, {"periodic", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s143_tc[] = {{"T1", std::span<const std::string_view>(types_42, 2)}, {"T2", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s144_in[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s144_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s144_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}, {"periodic", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s144_tc[] = {{"T1", std::span<const std::string_view>(types_42, 2)}, {"T2", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s145_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s145_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s145_attr[] = {{"alpha", AttributeKind(1), false, "0.2"}, {"beta", AttributeKind(1), false, "0.5"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s145_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s146_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s146_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s146_attr[] = {{"alpha", AttributeKind(1), false, "0.2"}, {"beta", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s146_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s147_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s147_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s147_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s148_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s148_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s148_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s148_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s149_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s149_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s149_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s149_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s150_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s150_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s150_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s150_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s151_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s151_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s151_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s152_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s152_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s152_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s153_in[] = {{"input", "V", ParamOption::single, true, 1}};
inline constexpr FormalParam s153_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s153_tc[] = {{"V", std::span<const std::string_view>(types_7, 31)}};
inline constexpr FormalParam s154_in[] = {{"input", "V", ParamOption::single, true, 1}};
inline constexpr FormalParam s154_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s154_tc[] = {{"V", std::span<const std::string_view>(types_4, 61)}};
inline constexpr FormalParam s155_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s155_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s155_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s155_tc[] = {{"V", std::span<const std::string_view>(types_20, 15)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s156_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s156_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s156_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s156_tc[] = {{"V", std::span<const std::string_view>(types_20, 15)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s157_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s157_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s157_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s157_tc[] = {{"V", std::span<const std::string_view>(types_8, 30)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s158_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s158_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s158_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s158_tc[] = {{"V", std::span<const std::string_view>(types_2, 64)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s159_in[] = {{"input", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s159_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s159_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"epsilon", AttributeKind(1), false, "1e-05"}};
inline constexpr TypeConstraint s159_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s160_in[] = {{"input", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s160_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s160_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}};
inline constexpr TypeConstraint s160_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s161_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s161_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s161_attr[] = {{"detect_negative", AttributeKind(2), false, "1"}, {"detect_positive", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s161_tc[] = {{"T1", std::span<const std::string_view>(types_25, 2)}, {"T2", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s162_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s162_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s162_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s163_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s163_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s163_tc[] = {{"T1", std::span<const std::string_view>(types_12, 4)}, {"T2", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s164_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s164_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s164_attr[] = {{"alpha", AttributeKind(1), false, "0.0001"}, {"beta", AttributeKind(1), false, "0.75"}, {"bias", AttributeKind(1), false, "1"}, {"size", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s164_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s165_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s165_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s165_attr[] = {{"alpha", AttributeKind(1), false, "0.0001"}, {"beta", AttributeKind(1), false, "0.75"}, {"bias", AttributeKind(1), false, "1"}, {"size", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s165_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s166_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}, {"initial_c", "T", ParamOption::optional, true, 1}, {"P", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s166_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}, {"Y_c", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s166_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"input_forget", AttributeKind(2), false, "0"}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s166_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s167_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}, {"initial_c", "T", ParamOption::optional, true, 1}, {"P", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s167_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}, {"Y_c", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s167_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"input_forget", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s167_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s168_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}, {"initial_c", "T", ParamOption::optional, true, 1}, {"P", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s168_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}, {"Y_c", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s168_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"input_forget", AttributeKind(2), false, "0"}, {"layout", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s168_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s169_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s169_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Mean", "U", ParamOption::optional, true, 1}, {"InvStdDev", "U", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s169_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"epsilon", AttributeKind(1), false, "1e-05"}, {"stash_type", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s169_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}, {"U", std::span<const std::string_view>(types_18, 2)}};
inline constexpr FormalParam s170_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s170_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s170_attr[] = {{"alpha", AttributeKind(1), false, "0.01"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s170_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s171_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s171_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s171_attr[] = {{"alpha", AttributeKind(1), false, "0.01"}};
inline constexpr TypeConstraint s171_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s172_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s172_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s172_attr[] = {{"alpha", AttributeKind(1), false, "0.01"}};
inline constexpr TypeConstraint s172_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s173_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s173_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s173_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s173_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s174_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s174_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s174_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s175_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s175_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s175_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s176_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s176_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s176_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s177_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s177_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s177_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s178_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s178_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s178_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s179_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s179_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s179_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s179_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s180_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s180_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s180_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s181_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s181_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s181_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s182_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s182_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s182_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s182_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s183_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s183_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s183_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s183_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s184_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s184_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s184_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s184_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s185_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s185_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s185_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s185_tc[] = {{"V", std::span<const std::string_view>(types_20, 15)}, {"I", std::span<const std::string_view>(types_45, 1)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s186_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s186_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s186_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s186_tc[] = {{"V", std::span<const std::string_view>(types_20, 15)}, {"I", std::span<const std::string_view>(types_45, 1)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s187_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s187_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s187_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s187_tc[] = {{"V", std::span<const std::string_view>(types_8, 30)}, {"I", std::span<const std::string_view>(types_45, 1)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s188_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s188_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s188_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s188_tc[] = {{"V", std::span<const std::string_view>(types_2, 64)}, {"I", std::span<const std::string_view>(types_45, 1)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s189_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s189_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s189_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"p", AttributeKind(2), false, "2"}};
inline constexpr TypeConstraint s189_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s190_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s190_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s190_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), false, ""}, {"p", AttributeKind(1), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s190_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s191_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s191_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s191_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"p", AttributeKind(2), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s191_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s192_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s192_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s192_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"p", AttributeKind(2), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s192_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s193_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s193_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s193_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s194_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s194_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s194_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s195_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s195_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s195_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s196_in[] = {{"A", "T1", ParamOption::single, true, 1}, {"B", "T2", ParamOption::single, true, 1}, {"a_zero_point", "T1", ParamOption::optional, true, 1}, {"b_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s196_out[] = {{"Y", "T3", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s196_tc[] = {{"T1", std::span<const std::string_view>(types_47, 2)}, {"T2", std::span<const std::string_view>(types_47, 2)}, {"T3", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s197_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s197_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s197_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s197_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s198_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s198_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s198_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s199_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s199_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s199_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s200_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s200_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s200_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s201_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s201_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s201_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s202_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s202_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s202_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s202_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s203_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s203_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s203_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s203_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s204_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s204_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s204_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s204_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s205_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s205_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s205_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s205_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s206_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s206_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s206_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s206_tc[] = {{"T", std::span<const std::string_view>(types_32, 5)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s207_in[] = {{"X", "T", ParamOption::single, true, 1}, {"rois", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s207_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s207_attr[] = {{"pooled_shape", AttributeKind(7), true, ""}, {"spatial_scale", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s207_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s208_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"I", "T2", ParamOption::single, true, 1}, {"output_shape", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s208_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s208_attr[] = {{"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s208_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s209_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"I", "T2", ParamOption::single, true, 1}, {"output_shape", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s209_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s209_attr[] = {{"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s209_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s210_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s210_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s210_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s210_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s211_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s211_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s211_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s212_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s212_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s212_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s213_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s213_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s213_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s214_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s214_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s214_attr[] = {{"axes", AttributeKind(7), false, "0,2,3"}};
inline constexpr TypeConstraint s214_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s215_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s215_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s215_attr[] = {{"axes", AttributeKind(7), false, "0,2,3"}};
inline constexpr TypeConstraint s215_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s216_in[] = {{"num_mel_bins", "T1", ParamOption::single, true, 1}, {"dft_length", "T1", ParamOption::single, true, 1}, {"sample_rate", "T1", ParamOption::single, true, 1}, {"lower_edge_hertz", "T2", ParamOption::single, true, 1}, {"upper_edge_hertz", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s216_out[] = {{"output", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s216_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s216_tc[] = {{"T1", std::span<const std::string_view>(types_42, 2)}, {"T2", std::span<const std::string_view>(types_12, 4)}, {"T3", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s217_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s217_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s217_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s217_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s218_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s218_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s218_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s219_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s219_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s219_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s220_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s220_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s220_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s221_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s221_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s221_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s222_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s222_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s222_attr[] = {{"fmod", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s222_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s223_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s223_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s223_attr[] = {{"fmod", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s223_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s224_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s224_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s224_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s224_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s225_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s225_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s225_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s225_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s226_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s226_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s226_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s227_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s227_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s227_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s228_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s228_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s228_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s229_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s229_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s229_attr[] = {{"dtype", AttributeKind(2), false, "6"}, {"sample_size", AttributeKind(2), false, "1"}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s229_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s230_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s230_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s230_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s230_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s231_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s231_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s231_tc[] = {{"T", std::span<const std::string_view>(types_27, 7)}};
inline constexpr FormalParam s232_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s232_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s232_tc[] = {{"T", std::span<const std::string_view>(types_13, 8)}};
inline constexpr FormalParam s233_in[] = {{"input", "T", ParamOption::single, true, 1}, {"target", "Tind", ParamOption::single, true, 1}, {"weight", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s233_out[] = {{"loss", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s233_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s233_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s234_in[] = {{"input", "T", ParamOption::single, true, 1}, {"target", "Tind", ParamOption::single, true, 1}, {"weight", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s234_out[] = {{"loss", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s234_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s234_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s235_in[] = {{"boxes", "tensor(float)", ParamOption::single, true, 1}, {"scores", "tensor(float)", ParamOption::single, true, 1}, {"max_output_boxes_per_class", "tensor(int64)", ParamOption::optional, true, 1}, {"iou_threshold", "tensor(float)", ParamOption::optional, true, 1}, {"score_threshold", "tensor(float)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s235_out[] = {{"selected_indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s235_attr[] = {{"center_point_box", AttributeKind(2), false, "0"}};
inline constexpr FormalParam s236_in[] = {{"boxes", "tensor(float)", ParamOption::single, true, 1}, {"scores", "tensor(float)", ParamOption::single, true, 1}, {"max_output_boxes_per_class", "tensor(int64)", ParamOption::optional, true, 1}, {"iou_threshold", "tensor(float)", ParamOption::optional, true, 1}, {"score_threshold", "tensor(float)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s236_out[] = {{"selected_indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s236_attr[] = {{"center_point_box", AttributeKind(2), false, "0"}};
inline constexpr FormalParam s237_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s237_out[] = {{"Y", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s237_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s238_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s238_out[] = {{"Y", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s238_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s239_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s239_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s239_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s240_in[] = {{"indices", "T1", ParamOption::single, true, 1}, {"depth", "T2", ParamOption::single, true, 1}, {"values", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s240_out[] = {{"output", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s240_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s240_tc[] = {{"T1", std::span<const std::string_view>(types_28, 11)}, {"T2", std::span<const std::string_view>(types_28, 11)}, {"T3", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s241_in[] = {{"indices", "T1", ParamOption::single, true, 1}, {"depth", "T2", ParamOption::single, true, 1}, {"values", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s241_out[] = {{"output", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s241_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s241_tc[] = {{"T1", std::span<const std::string_view>(types_28, 11)}, {"T2", std::span<const std::string_view>(types_28, 11)}, {"T3", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s242_in[] = {{"input", "V", ParamOption::optional, true, 1}};
inline constexpr FormalParam s242_out[] = {{"output", "O", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s242_attr[] = {{"type", AttributeKind(13), false, ""}};
inline constexpr TypeConstraint s242_tc[] = {{"V", std::span<const std::string_view>(types_8, 30)}, {"O", std::span<const std::string_view>(types_3, 30)}};
inline constexpr FormalParam s243_in[] = {{"input", "O", ParamOption::single, true, 1}};
inline constexpr FormalParam s243_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s243_tc[] = {{"O", std::span<const std::string_view>(types_3, 30)}, {"V", std::span<const std::string_view>(types_8, 30)}};
inline constexpr FormalParam s244_in[] = {{"input", "O", ParamOption::single, true, 1}};
inline constexpr FormalParam s244_out[] = {{"output", "B", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s244_tc[] = {{"O", std::span<const std::string_view>(types_3, 30)}, {"B", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s245_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s245_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s245_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s245_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s246_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s246_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s246_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s247_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s247_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s247_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s247_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s248_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s248_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s248_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s249_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s249_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s249_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s250_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s250_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s250_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s251_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s251_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s251_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s252_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s252_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s252_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}, {"paddings", AttributeKind(7), true, ""}, {"value", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s252_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s253_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s253_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s253_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}, {"pads", AttributeKind(7), true, ""}, {"value", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s253_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s254_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s254_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s254_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s254_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s255_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s255_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s255_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s255_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s256_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s256_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s256_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s256_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s257_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s257_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s257_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s258_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s258_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s258_tc[] = {{"T", std::span<const std::string_view>(types_29, 5)}, {"T1", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s259_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s259_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s259_tc[] = {{"T", std::span<const std::string_view>(types_15, 6)}, {"T1", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s260_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s260_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s260_tc[] = {{"T", std::span<const std::string_view>(types_15, 6)}, {"T1", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s261_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"x_scale", "tensor(float)", ParamOption::single, true, 1}, {"x_zero_point", "T1", ParamOption::single, true, 1}, {"w", "T2", ParamOption::single, true, 1}, {"w_scale", "tensor(float)", ParamOption::single, true, 1}, {"w_zero_point", "T2", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T3", ParamOption::single, true, 1}, {"B", "T4", ParamOption::optional, true, 1}};
inline constexpr FormalParam s261_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s261_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s261_tc[] = {{"T1", std::span<const std::string_view>(types_47, 2)}, {"T2", std::span<const std::string_view>(types_47, 2)}, {"T3", std::span<const std::string_view>(types_47, 2)}, {"T4", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s262_in[] = {{"a", "T1", ParamOption::single, true, 1}, {"a_scale", "tensor(float)", ParamOption::single, true, 1}, {"a_zero_point", "T1", ParamOption::single, true, 1}, {"b", "T2", ParamOption::single, true, 1}, {"b_scale", "tensor(float)", ParamOption::single, true, 1}, {"b_zero_point", "T2", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s262_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s262_tc[] = {{"T1", std::span<const std::string_view>(types_47, 2)}, {"T2", std::span<const std::string_view>(types_47, 2)}, {"T3", std::span<const std::string_view>(types_47, 2)}};
inline constexpr FormalParam s263_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s263_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s263_tc[] = {{"T1", std::span<const std::string_view>(types_39, 2)}, {"T2", std::span<const std::string_view>(types_47, 2)}};
inline constexpr FormalParam s264_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s264_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s264_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s264_tc[] = {{"T1", std::span<const std::string_view>(types_39, 2)}, {"T2", std::span<const std::string_view>(types_47, 2)}};
inline constexpr FormalParam s265_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s265_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s265_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s265_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s266_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s266_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s266_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s266_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s267_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s267_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s267_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"layout", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s267_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_41, 1)}};
inline constexpr FormalParam s268_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s268_attr[] = {{"dtype", AttributeKind(2), false, "1"}, {"mean", AttributeKind(1), false, "0"}, {"scale", AttributeKind(1), false, "1"}, {"seed", AttributeKind(1), false, ""}, {"shape", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s268_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s269_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s269_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s269_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"mean", AttributeKind(1), false, "0"}, {"scale", AttributeKind(1), false, "1"}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s269_tc[] = {{"T1", std::span<const std::string_view>(types_20, 15)}, {"T2", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s270_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s270_attr[] = {{"dtype", AttributeKind(2), false, "1"}, {"high", AttributeKind(1), false, "1"}, {"low", AttributeKind(1), false, "0"}, {"seed", AttributeKind(1), false, ""}, {"shape", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s270_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s271_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s271_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s271_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"high", AttributeKind(1), false, "1"}, {"low", AttributeKind(1), false, "0"}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s271_tc[] = {{"T1", std::span<const std::string_view>(types_20, 15)}, {"T2", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s272_in[] = {{"start", "T", ParamOption::single, true, 1}, {"limit", "T", ParamOption::single, true, 1}, {"delta", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s272_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s272_tc[] = {{"T", std::span<const std::string_view>(types_33, 5)}};
inline constexpr FormalParam s273_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s273_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s273_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s273_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s274_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s274_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s274_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s275_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s275_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s275_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s276_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s276_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s276_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s276_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s277_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s277_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s277_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s277_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s278_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s278_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s278_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s278_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s279_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s279_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s279_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s279_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s280_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s280_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s280_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s280_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s281_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s281_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s281_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s281_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s282_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s282_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s282_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s282_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s283_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s283_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s283_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s283_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s284_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s284_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s284_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s284_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s285_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s285_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s285_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s285_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s286_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s286_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s286_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s286_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s287_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s287_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s287_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s287_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s288_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s288_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s288_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s288_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s289_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s289_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s289_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s289_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s290_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s290_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s290_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s290_tc[] = {{"T", std::span<const std::string_view>(types_30, 9)}};
inline constexpr FormalParam s291_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s291_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s291_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s291_tc[] = {{"T", std::span<const std::string_view>(types_16, 10)}};
inline constexpr FormalParam s292_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s292_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s292_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s292_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s293_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s293_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s293_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s293_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s294_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s294_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s294_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s294_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s295_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s295_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s295_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s295_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s296_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s296_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s296_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s296_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s297_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s297_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s297_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s297_tc[] = {{"T", std::span<const std::string_view>(types_30, 9)}};
inline constexpr FormalParam s298_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s298_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s298_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s298_tc[] = {{"T", std::span<const std::string_view>(types_16, 10)}};
inline constexpr FormalParam s299_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s299_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s299_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s299_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s300_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s300_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s300_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s300_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s301_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s301_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s301_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s301_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s302_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s302_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s302_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s302_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s303_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s303_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s303_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s303_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s304_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s304_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s304_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s304_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s305_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s305_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s305_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s305_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s306_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s306_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s306_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s306_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s307_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s307_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s307_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s307_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s308_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s308_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s308_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s308_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s309_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s309_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s309_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s310_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s310_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s310_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s311_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s311_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s311_tc[] = {{"T", std::span<const std::string_view>(types_13, 8)}};
inline constexpr FormalParam s312_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s312_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s312_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"shape", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s312_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s313_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s313_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s313_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s314_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s314_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s314_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s315_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s315_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s315_attr[] = {{"allowzero", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s315_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s316_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s316_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s316_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}};
inline constexpr TypeConstraint s316_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s317_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"roi", "T2", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}, {"sizes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s317_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s317_attr[] = {{"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"cubic_coeff_a", AttributeKind(1), false, "-0.75"}, {"exclude_outside", AttributeKind(2), false, "0"}, {"extrapolation_value", AttributeKind(1), false, "0"}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"nearest_mode", AttributeKind(3), false, "\"round_prefer_floor\""}};
inline constexpr TypeConstraint s317_tc[] = {{"T1", std::span<const std::string_view>(types_20, 15)}, {"T2", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s318_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"roi", "T2", ParamOption::optional, true, 1}, {"scales", "tensor(float)", ParamOption::optional, true, 1}, {"sizes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s318_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s318_attr[] = {{"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"cubic_coeff_a", AttributeKind(1), false, "-0.75"}, {"exclude_outside", AttributeKind(2), false, "0"}, {"extrapolation_value", AttributeKind(1), false, "0"}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"nearest_mode", AttributeKind(3), false, "\"round_prefer_floor\""}};
inline constexpr TypeConstraint s318_tc[] = {{"T1", std::span<const std::string_view>(types_9, 16)}, {"T2", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s319_in[] = {{"input", "T", ParamOption::single, true, 1}, {"sequence_lens", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s319_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s319_attr[] = {{"batch_axis", AttributeKind(2), false, "1"}, {"time_axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s319_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s320_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"rois", "T1", ParamOption::single, true, 1}, {"batch_indices", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s320_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s320_attr[] = {{"mode", AttributeKind(3), false, "\"avg\""}, {"output_height", AttributeKind(2), false, "1"}, {"output_width", AttributeKind(2), false, "1"}, {"sampling_ratio", AttributeKind(2), false, "0"}, {"spatial_scale", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s320_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s321_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"rois", "T1", ParamOption::single, true, 1}, {"batch_indices", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s321_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s321_attr[] = {{"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"mode", AttributeKind(3), false, "\"avg\""}, {"output_height", AttributeKind(2), false, "1"}, {"output_width", AttributeKind(2), false, "1"}, {"sampling_ratio", AttributeKind(2), false, "0"}, {"spatial_scale", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s321_tc[] = {{"T1", std::span<const std::string_view>(types_26, 3)}, {"T2", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s322_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s322_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s322_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s323_in[] = {{"signal", "T1", ParamOption::single, true, 1}, {"frame_step", "T2", ParamOption::single, true, 1}, {"window", "T1", ParamOption::optional, true, 1}, {"frame_length", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s323_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s323_attr[] = {{"onesided", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s323_tc[] = {{"T1", std::span<const std::string_view>(types_12, 4)}, {"T2", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s324_in[] = {{"sequence_lens", "I", ParamOption::optional, true, 1}, {"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s324_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s324_attr[] = {{"body", AttributeKind(5), true, ""}, {"directions", AttributeKind(7), false, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s324_tc[] = {{"I", std::span<const std::string_view>(types_45, 1)}, {"V", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s325_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s325_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s325_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s325_tc[] = {{"V", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s326_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s326_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s326_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s326_tc[] = {{"V", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s327_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s327_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s327_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s327_tc[] = {{"V", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s328_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s328_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s328_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s328_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s329_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s329_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s329_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s329_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s330_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s330_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s330_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s330_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s331_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s331_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s331_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s331_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s332_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s332_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s332_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"reduction", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s332_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s333_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s333_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s333_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s334_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s334_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s334_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s335_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s335_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s335_attr[] = {{"reduction", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s335_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s336_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s336_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s336_attr[] = {{"alpha", AttributeKind(1), false, "1.6732"}, {"consumed_inputs", AttributeKind(7), false, ""}, {"gamma", AttributeKind(1), false, "1.0507"}};
inline constexpr TypeConstraint s336_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s337_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s337_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s337_attr[] = {{"alpha", AttributeKind(1), false, "1.67326"}, {"gamma", AttributeKind(1), false, "1.0507"}};
inline constexpr TypeConstraint s337_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s338_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"position", "I", ParamOption::single, true, 1}};
inline constexpr FormalParam s338_out[] = {{"tensor", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s338_tc[] = {{"S", std::span<const std::string_view>(types_6, 15)}, {"T", std::span<const std::string_view>(types_20, 15)}, {"I", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s339_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s339_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s339_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"S", std::span<const std::string_view>(types_6, 15)}};
inline constexpr FormalParam s340_out[] = {{"output", "S", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s340_attr[] = {{"dtype", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s340_tc[] = {{"S", std::span<const std::string_view>(types_6, 15)}};
inline constexpr FormalParam s341_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"position", "I", ParamOption::optional, true, 1}};
inline constexpr FormalParam s341_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s341_tc[] = {{"S", std::span<const std::string_view>(types_6, 15)}, {"I", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s342_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"tensor", "T", ParamOption::single, true, 1}, {"position", "I", ParamOption::optional, true, 1}};
inline constexpr FormalParam s342_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s342_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"S", std::span<const std::string_view>(types_6, 15)}, {"I", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s343_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}};
inline constexpr FormalParam s343_out[] = {{"length", "I", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s343_tc[] = {{"S", std::span<const std::string_view>(types_6, 15)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s344_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"additional_inputs", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s344_out[] = {{"out_sequence", "S", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s344_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s344_tc[] = {{"S", std::span<const std::string_view>(types_6, 15)}, {"V", std::span<const std::string_view>(types_8, 30)}};
inline constexpr FormalParam s345_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s345_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s345_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s346_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s346_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s346_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s347_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s347_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s347_attr[] = {{"end", AttributeKind(2), false, ""}, {"start", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s347_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s348_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s348_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s348_attr[] = {{"bias", AttributeKind(1), false, "0"}, {"lambd", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s348_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s349_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s349_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s349_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s349_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s350_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s350_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s350_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s351_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s351_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s351_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s352_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s352_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s352_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}};
inline constexpr FormalParam s353_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s353_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s353_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s354_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s354_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s354_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s355_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s355_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s355_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s356_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s356_out[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s356_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s357_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s357_out[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s357_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s358_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s358_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s358_attr[] = {{"axes", AttributeKind(7), false, ""}, {"ends", AttributeKind(7), true, ""}, {"starts", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s358_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s359_in[] = {{"data", "T", ParamOption::single, true, 1}, {"starts", "Tind", ParamOption::single, true, 1}, {"ends", "Tind", ParamOption::single, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}, {"steps", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s359_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s359_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s360_in[] = {{"data", "T", ParamOption::single, true, 1}, {"starts", "Tind", ParamOption::single, true, 1}, {"ends", "Tind", ParamOption::single, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}, {"steps", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s360_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s360_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s361_in[] = {{"data", "T", ParamOption::single, true, 1}, {"starts", "Tind", ParamOption::single, true, 1}, {"ends", "Tind", ParamOption::single, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}, {"steps", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s361_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s361_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s362_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s362_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s362_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s362_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s363_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s363_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s363_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s363_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s364_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s364_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s364_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s364_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s365_in[] = {{"scores", "T", ParamOption::single, true, 1}, {"labels", "Tind", ParamOption::single, true, 1}, {"weights", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s365_out[] = {{"output", "T", ParamOption::single, true, 1}, {"log_prob", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s365_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s365_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s366_in[] = {{"scores", "T", ParamOption::single, true, 1}, {"labels", "Tind", ParamOption::single, true, 1}, {"weights", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s366_out[] = {{"output", "T", ParamOption::single, true, 1}, {"log_prob", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s366_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s366_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}, {"Tind", std::span<const std::string_view>(types_42, 2)}};
inline constexpr FormalParam s367_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s367_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s367_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s368_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s368_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s368_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s369_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s369_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s369_attr[] = {{"blocksize", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s369_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s370_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s370_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s370_attr[] = {{"blocksize", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s370_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s371_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s371_out[] = {{"outputs...", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s371_attr[] = {{"axis", AttributeKind(2), false, ""}, {"split", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s371_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s372_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s372_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s372_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"split", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s372_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s373_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s373_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s373_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"split", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s373_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s374_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s374_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s374_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s374_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s375_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "I", ParamOption::optional, true, 1}};
inline constexpr FormalParam s375_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s375_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s375_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"I", std::span<const std::string_view>(types_42, 2)}, {"S", std::span<const std::string_view>(types_6, 15)}};
inline constexpr FormalParam s376_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s376_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s376_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s376_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s377_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s377_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s377_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s378_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s378_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s378_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s379_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s379_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s379_attr[] = {{"axes", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s379_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s380_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s380_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s380_attr[] = {{"axes", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s380_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s381_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s381_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s381_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s382_in[] = {{"X", "tensor(string)", ParamOption::single, true, 1}};
inline constexpr FormalParam s382_out[] = {{"Y", "tensor(string)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s382_attr[] = {{"case_change_action", AttributeKind(3), false, "\"NONE\""}, {"is_case_sensitive", AttributeKind(2), false, "0"}, {"locale", AttributeKind(3), false, ""}, {"stopwords", AttributeKind(8), false, ""}};
inline constexpr FormalParam s383_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s383_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s383_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s383_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s384_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s384_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s384_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s384_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s385_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s385_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s385_tc[] = {{"T", std::span<const std::string_view>(types_31, 7)}};
inline constexpr FormalParam s386_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s386_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s386_tc[] = {{"T", std::span<const std::string_view>(types_17, 8)}};
inline constexpr FormalParam s387_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s387_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s387_tc[] = {{"T", std::span<const std::string_view>(types_14, 12)}};
inline constexpr FormalParam s388_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s388_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s388_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s388_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s389_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s389_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s389_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s390_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s390_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s390_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s391_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s391_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s391_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s392_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s392_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s392_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s393_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s393_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s393_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s393_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s394_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s394_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s394_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s395_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s395_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s395_tc[] = {{"T", std::span<const std::string_view>(types_12, 4)}};
inline constexpr FormalParam s396_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s396_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s396_attr[] = {{"max_gram_length", AttributeKind(2), true, ""}, {"max_skip_count", AttributeKind(2), true, ""}, {"min_gram_length", AttributeKind(2), true, ""}, {"mode", AttributeKind(3), true, ""}, {"ngram_counts", AttributeKind(7), true, ""}, {"ngram_indexes", AttributeKind(7), true, ""}, {"pool_int64s", AttributeKind(7), false, ""}, {"pool_strings", AttributeKind(8), false, ""}, {"weights", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s396_tc[] = {{"T", std::span<const std::string_view>(types_43, 3)}, {"T1", std::span<const std::string_view>(types_38, 1)}};
inline constexpr FormalParam s397_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s397_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s397_attr[] = {{"alpha", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s397_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s398_in[] = {{"input", "T", ParamOption::single, true, 1}, {"tiles", "T", ParamOption::single, true, 1}, {"axis", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s398_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s398_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s399_in[] = {{"input", "T", ParamOption::single, true, 1}, {"repeats", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s399_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s399_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s400_in[] = {{"input", "T", ParamOption::single, true, 1}, {"repeats", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s400_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s400_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}, {"T1", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s401_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s401_out[] = {{"Values", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s401_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"k", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s401_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s402_in[] = {{"X", "T", ParamOption::single, true, 1}, {"K", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s402_out[] = {{"Values", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s402_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s402_tc[] = {{"T", std::span<const std::string_view>(types_26, 3)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s403_in[] = {{"X", "T", ParamOption::single, true, 1}, {"K", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s403_out[] = {{"Values", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s403_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"largest", AttributeKind(2), false, "1"}, {"sorted", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s403_tc[] = {{"T", std::span<const std::string_view>(types_28, 11)}, {"I", std::span<const std::string_view>(types_45, 1)}};
inline constexpr FormalParam s404_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s404_out[] = {{"transposed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s404_attr[] = {{"perm", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s404_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s405_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s405_out[] = {{"transposed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s405_attr[] = {{"perm", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s405_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s406_in[] = {{"input", "T", ParamOption::single, true, 1}, {"k", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s406_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s406_attr[] = {{"upper", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s406_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s407_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s407_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::optional, true, 1}, {"inverse_indices", "tensor(int64)", ParamOption::optional, true, 1}, {"counts", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s407_attr[] = {{"axis", AttributeKind(2), false, ""}, {"sorted", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s407_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s408_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s408_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s408_attr[] = {{"axes", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s408_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s409_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s409_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s409_attr[] = {{"axes", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s409_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s410_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s410_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s410_tc[] = {{"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s411_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s411_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s411_attr[] = {{"height_scale", AttributeKind(1), true, ""}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"width_scale", AttributeKind(1), true, ""}};
inline constexpr TypeConstraint s411_tc[] = {{"T", std::span<const std::string_view>(types_23, 6)}};
inline constexpr FormalParam s412_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s412_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s412_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}, {"scales", AttributeKind(6), true, ""}};
inline constexpr TypeConstraint s412_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s413_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s413_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s413_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}};
inline constexpr TypeConstraint s413_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s414_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s414_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s414_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}};
inline constexpr TypeConstraint s414_tc[] = {{"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s415_in[] = {{"condition", "B", ParamOption::single, true, 1}, {"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s415_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s415_tc[] = {{"B", std::span<const std::string_view>(types_19, 1)}, {"T", std::span<const std::string_view>(types_20, 15)}};
inline constexpr FormalParam s416_in[] = {{"condition", "B", ParamOption::single, true, 1}, {"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s416_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s416_tc[] = {{"B", std::span<const std::string_view>(types_19, 1)}, {"T", std::span<const std::string_view>(types_9, 16)}};
inline constexpr FormalParam s417_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s417_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s417_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s417_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s418_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s418_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s418_tc[] = {{"T", std::span<const std::string_view>(types_19, 1)}, {"T1", std::span<const std::string_view>(types_19, 1)}};
inline constexpr FormalParam s419_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s419_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s419_tc[] = {{"T", std::span<const std::string_view>(types_35, 5)}};
inline constexpr FormalParam s420_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s420_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s420_attr[] = {{"threshold", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s420_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s421_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s421_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s421_attr[] = {{"cast_to", AttributeKind(3), false, "\"TO_FLOAT\""}, {"map_form", AttributeKind(3), false, "\"DENSE\""}, {"max_map", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s421_tc[] = {{"T1", std::span<const std::string_view>(types_1, 2)}, {"T2", std::span<const std::string_view>(types_40, 3)}};
inline constexpr FormalParam s422_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s422_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s422_attr[] = {{"cats_int64s", AttributeKind(7), false, ""}, {"cats_strings", AttributeKind(8), false, ""}, {"default_int64", AttributeKind(2), false, "-1"}, {"default_string", AttributeKind(3), false, "\"_Unused\""}};
inline constexpr TypeConstraint s422_tc[] = {{"T1", std::span<const std::string_view>(types_46, 2)}, {"T2", std::span<const std::string_view>(types_46, 2)}};
inline constexpr FormalParam s423_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s423_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s423_attr[] = {{"int64_vocabulary", AttributeKind(7), false, ""}, {"string_vocabulary", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s423_tc[] = {{"T1", std::span<const std::string_view>(types_0, 6)}, {"T2", std::span<const std::string_view>(types_37, 4)}};
inline constexpr FormalParam s424_in[] = {{"X", "T1", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s424_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s424_attr[] = {{"inputdimensions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s424_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s425_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s425_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s425_attr[] = {{"imputed_value_floats", AttributeKind(6), false, ""}, {"imputed_value_int64s", AttributeKind(7), false, ""}, {"replaced_value_float", AttributeKind(1), false, "0"}, {"replaced_value_int64", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s425_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s426_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s426_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s426_attr[] = {{"classes_strings", AttributeKind(8), false, ""}, {"default_int64", AttributeKind(2), false, "-1"}, {"default_string", AttributeKind(3), false, "\"_Unused\""}};
inline constexpr TypeConstraint s426_tc[] = {{"T1", std::span<const std::string_view>(types_46, 2)}, {"T2", std::span<const std::string_view>(types_46, 2)}};
inline constexpr FormalParam s427_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s427_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s427_attr[] = {{"default_float", AttributeKind(1), false, "-0"}, {"default_int64", AttributeKind(2), false, "-1"}, {"default_string", AttributeKind(3), false, "\"_Unused\""}, {"keys_floats", AttributeKind(6), false, ""}, {"keys_int64s", AttributeKind(7), false, ""}, {"keys_strings", AttributeKind(8), false, ""}, {"values_floats", AttributeKind(6), false, ""}, {"values_int64s", AttributeKind(7), false, ""}, {"values_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s427_tc[] = {{"T1", std::span<const std::string_view>(types_40, 3)}, {"T2", std::span<const std::string_view>(types_40, 3)}};
inline constexpr FormalParam s428_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s428_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s428_attr[] = {{"classlabels_ints", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"coefficients", AttributeKind(6), true, ""}, {"intercepts", AttributeKind(6), false, ""}, {"multi_class", AttributeKind(2), false, "0"}, {"post_transform", AttributeKind(3), false, "\"NONE\""}};
inline constexpr TypeConstraint s428_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}, {"T2", std::span<const std::string_view>(types_46, 2)}};
inline constexpr FormalParam s429_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s429_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s429_attr[] = {{"coefficients", AttributeKind(6), false, ""}, {"intercepts", AttributeKind(6), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"targets", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s429_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s430_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s430_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s430_attr[] = {{"norm", AttributeKind(3), false, "\"MAX\""}};
inline constexpr TypeConstraint s430_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s431_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s431_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s431_attr[] = {{"cats_int64s", AttributeKind(7), false, ""}, {"cats_strings", AttributeKind(8), false, ""}, {"zeros", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s431_tc[] = {{"T", std::span<const std::string_view>(types_35, 5)}};
inline constexpr FormalParam s432_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s432_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s432_attr[] = {{"classlabels_ints", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"coefficients", AttributeKind(6), false, ""}, {"kernel_params", AttributeKind(6), false, ""}, {"kernel_type", AttributeKind(3), false, "\"LINEAR\""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"prob_a", AttributeKind(6), false, ""}, {"prob_b", AttributeKind(6), false, ""}, {"rho", AttributeKind(6), false, ""}, {"support_vectors", AttributeKind(6), false, ""}, {"vectors_per_class", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s432_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}, {"T2", std::span<const std::string_view>(types_46, 2)}};
inline constexpr FormalParam s433_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s433_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s433_attr[] = {{"coefficients", AttributeKind(6), false, ""}, {"kernel_params", AttributeKind(6), false, ""}, {"kernel_type", AttributeKind(3), false, "\"LINEAR\""}, {"n_supports", AttributeKind(2), false, "0"}, {"one_class", AttributeKind(2), false, "0"}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"rho", AttributeKind(6), false, ""}, {"support_vectors", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s433_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s434_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s434_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s434_attr[] = {{"offset", AttributeKind(6), false, ""}, {"scale", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s434_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s435_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s435_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s435_attr[] = {{"base_values", AttributeKind(6), false, ""}, {"class_ids", AttributeKind(7), false, ""}, {"class_nodeids", AttributeKind(7), false, ""}, {"class_treeids", AttributeKind(7), false, ""}, {"class_weights", AttributeKind(6), false, ""}, {"classlabels_int64s", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}};
inline constexpr TypeConstraint s435_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}, {"T2", std::span<const std::string_view>(types_46, 2)}};
inline constexpr FormalParam s436_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s436_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s436_attr[] = {{"base_values", AttributeKind(6), false, ""}, {"base_values_as_tensor", AttributeKind(4), false, ""}, {"class_ids", AttributeKind(7), false, ""}, {"class_nodeids", AttributeKind(7), false, ""}, {"class_treeids", AttributeKind(7), false, ""}, {"class_weights", AttributeKind(6), false, ""}, {"class_weights_as_tensor", AttributeKind(4), false, ""}, {"classlabels_int64s", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_hitrates_as_tensor", AttributeKind(4), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"nodes_values_as_tensor", AttributeKind(4), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}};
inline constexpr TypeConstraint s436_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}, {"T2", std::span<const std::string_view>(types_46, 2)}};
inline constexpr FormalParam s437_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s437_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s437_attr[] = {{"aggregate_function", AttributeKind(3), false, "\"SUM\""}, {"base_values", AttributeKind(6), false, ""}, {"n_targets", AttributeKind(2), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"target_ids", AttributeKind(7), false, ""}, {"target_nodeids", AttributeKind(7), false, ""}, {"target_treeids", AttributeKind(7), false, ""}, {"target_weights", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s437_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s438_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s438_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s438_attr[] = {{"aggregate_function", AttributeKind(3), false, "\"SUM\""}, {"base_values", AttributeKind(6), false, ""}, {"base_values_as_tensor", AttributeKind(4), false, ""}, {"n_targets", AttributeKind(2), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_hitrates_as_tensor", AttributeKind(4), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"nodes_values_as_tensor", AttributeKind(4), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"target_ids", AttributeKind(7), false, ""}, {"target_nodeids", AttributeKind(7), false, ""}, {"target_treeids", AttributeKind(7), false, ""}, {"target_weights", AttributeKind(6), false, ""}, {"target_weights_as_tensor", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s438_tc[] = {{"T", std::span<const std::string_view>(types_34, 4)}};
inline constexpr FormalParam s439_in[] = {{"X", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s439_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s439_attr[] = {{"classlabels_int64s", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s439_tc[] = {{"T", std::span<const std::string_view>(types_5, 2)}};
inline constexpr FormalParam s440_in[] = {{"R", "T1", ParamOption::single, true, 1}, {"T", "T2", ParamOption::single, true, 1}, {"inputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s440_out[] = {{"outputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s440_attr[] = {{"decay_factor", AttributeKind(1), false, "0"}, {"epsilon", AttributeKind(1), false, "1e-06"}, {"norm_coefficient", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s440_tc[] = {{"T1", std::span<const std::string_view>(types_25, 2)}, {"T2", std::span<const std::string_view>(types_45, 1)}, {"T3", std::span<const std::string_view>(types_25, 2)}};
inline constexpr FormalParam s441_in[] = {{"R", "T1", ParamOption::single, true, 1}, {"T", "T2", ParamOption::single, true, 1}, {"inputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s441_out[] = {{"outputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s441_attr[] = {{"alpha", AttributeKind(1), false, "0.9"}, {"beta", AttributeKind(1), false, "0.999"}, {"epsilon", AttributeKind(1), false, "1e-06"}, {"norm_coefficient", AttributeKind(1), false, "0"}, {"norm_coefficient_post", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s441_tc[] = {{"T1", std::span<const std::string_view>(types_25, 2)}, {"T2", std::span<const std::string_view>(types_45, 1)}, {"T3", std::span<const std::string_view>(types_25, 2)}};
inline constexpr FormalParam s442_in[] = {{"Inputs", "T1", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s442_out[] = {{"Outputs", "T2", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s442_attr[] = {{"xs", AttributeKind(8), true, ""}, {"y", AttributeKind(3), true, ""}, {"zs", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s442_tc[] = {{"T1", std::span<const std::string_view>(types_20, 15)}, {"T2", std::span<const std::string_view>(types_26, 3)}};
inline constexpr FormalParam s443_in[] = {{"R", "T1", ParamOption::single, true, 1}, {"T", "T2", ParamOption::single, true, 1}, {"inputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s443_out[] = {{"outputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s443_attr[] = {{"alpha", AttributeKind(1), true, ""}, {"beta", AttributeKind(1), true, ""}, {"mode", AttributeKind(3), true, ""}, {"norm_coefficient", AttributeKind(1), true, ""}};
inline constexpr TypeConstraint s443_tc[] = {{"T1", std::span<const std::string_view>(types_25, 2)}, {"T2", std::span<const std::string_view>(types_45, 1)}, {"T3", std::span<const std::string_view>(types_25, 2)}};

// Sorted by (domain, name, since_version).
inline constexpr OpSchema schemas[] = {
    {"", "Abs", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s0_in), std::span<const FormalParam>(s0_out), std::span<const AttributeSchema>(s0_attr), std::span<const TypeConstraint>(s0_tc), true},
    {"", "Abs", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s1_in), std::span<const FormalParam>(s1_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s1_tc), true},
    {"", "Abs", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s2_in), std::span<const FormalParam>(s2_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s2_tc), true},
    {"", "Acos", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s3_in), std::span<const FormalParam>(s3_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s3_tc), true},
    {"", "Acosh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s4_in), std::span<const FormalParam>(s4_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s4_tc), true},
    {"", "Add", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s5_in), std::span<const FormalParam>(s5_out), std::span<const AttributeSchema>(s5_attr), std::span<const TypeConstraint>(s5_tc), true},
    {"", "Add", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s6_in), std::span<const FormalParam>(s6_out), std::span<const AttributeSchema>(s6_attr), std::span<const TypeConstraint>(s6_tc), true},
    {"", "Add", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s7_in), std::span<const FormalParam>(s7_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s7_tc), true},
    {"", "Add", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s8_in), std::span<const FormalParam>(s8_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s8_tc), true},
    {"", "Add", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s9_in), std::span<const FormalParam>(s9_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s9_tc), true},
    {"", "And", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s10_in), std::span<const FormalParam>(s10_out), std::span<const AttributeSchema>(s10_attr), std::span<const TypeConstraint>(s10_tc), true},
    {"", "And", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s11_in), std::span<const FormalParam>(s11_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s11_tc), true},
    {"", "ArgMax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s12_in), std::span<const FormalParam>(s12_out), std::span<const AttributeSchema>(s12_attr), std::span<const TypeConstraint>(s12_tc), true},
    {"", "ArgMax", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s13_in), std::span<const FormalParam>(s13_out), std::span<const AttributeSchema>(s13_attr), std::span<const TypeConstraint>(s13_tc), true},
    {"", "ArgMax", 12, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s14_in), std::span<const FormalParam>(s14_out), std::span<const AttributeSchema>(s14_attr), std::span<const TypeConstraint>(s14_tc), true},
    {"", "ArgMax", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s15_in), std::span<const FormalParam>(s15_out), std::span<const AttributeSchema>(s15_attr), std::span<const TypeConstraint>(s15_tc), true},
    {"", "ArgMin", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s16_in), std::span<const FormalParam>(s16_out), std::span<const AttributeSchema>(s16_attr), std::span<const TypeConstraint>(s16_tc), true},
    {"", "ArgMin", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s17_in), std::span<const FormalParam>(s17_out), std::span<const AttributeSchema>(s17_attr), std::span<const TypeConstraint>(s17_tc), true},
    {"", "ArgMin", 12, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s18_in), std::span<const FormalParam>(s18_out), std::span<const AttributeSchema>(s18_attr), std::span<const TypeConstraint>(s18_tc), true},
    {"", "ArgMin", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s19_in), std::span<const FormalParam>(s19_out), std::span<const AttributeSchema>(s19_attr), std::span<const TypeConstraint>(s19_tc), true},
    {"", "Asin", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s20_in), std::span<const FormalParam>(s20_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s20_tc), true},
    {"", "Asinh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s21_in), std::span<const FormalParam>(s21_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s21_tc), true},
    {"", "Atan", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s22_in), std::span<const FormalParam>(s22_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s22_tc), true},
    {"", "Atanh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s23_in), std::span<const FormalParam>(s23_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s23_tc), true},
    {"", "AveragePool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s24_in), std::span<const FormalParam>(s24_out), std::span<const AttributeSchema>(s24_attr), std::span<const TypeConstraint>(s24_tc), true},
    {"", "AveragePool", 7, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s25_in), std::span<const FormalParam>(s25_out), std::span<const AttributeSchema>(s25_attr), std::span<const TypeConstraint>(s25_tc), true},
    {"", "AveragePool", 10, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s26_in), std::span<const FormalParam>(s26_out), std::span<const AttributeSchema>(s26_attr), std::span<const TypeConstraint>(s26_tc), true},
    {"", "AveragePool", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s27_in), std::span<const FormalParam>(s27_out), std::span<const AttributeSchema>(s27_attr), std::span<const TypeConstraint>(s27_tc), true},
    {"", "BatchNormalization", 1, false, false, "", 5, 5, 1, 5, std::span<const FormalParam>(s28_in), std::span<const FormalParam>(s28_out), std::span<const AttributeSchema>(s28_attr), std::span<const TypeConstraint>(s28_tc), true},
    {"", "BatchNormalization", 6, false, true, "", 5, 5, 1, 5, std::span<const FormalParam>(s29_in), std::span<const FormalParam>(s29_out), std::span<const AttributeSchema>(s29_attr), std::span<const TypeConstraint>(s29_tc), true},
    {"", "BatchNormalization", 7, false, true, "", 5, 5, 1, 5, std::span<const FormalParam>(s30_in), std::span<const FormalParam>(s30_out), std::span<const AttributeSchema>(s30_attr), std::span<const TypeConstraint>(s30_tc), true},
    {"", "BatchNormalization", 9, false, true, "", 5, 5, 1, 5, std::span<const FormalParam>(s31_in), std::span<const FormalParam>(s31_out), std::span<const AttributeSchema>(s31_attr), std::span<const TypeConstraint>(s31_tc), true},
    {"", "BatchNormalization", 14, false, true, "", 5, 5, 1, 3, std::span<const FormalParam>(s32_in), std::span<const FormalParam>(s32_out), std::span<const AttributeSchema>(s32_attr), std::span<const TypeConstraint>(s32_tc), true},
    {"", "BatchNormalization", 15, false, true, "", 5, 5, 1, 3, std::span<const FormalParam>(s33_in), std::span<const FormalParam>(s33_out), std::span<const AttributeSchema>(s33_attr), std::span<const TypeConstraint>(s33_tc), true},
    {"", "Bernoulli", 15, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s34_in), std::span<const FormalParam>(s34_out), std::span<const AttributeSchema>(s34_attr), std::span<const TypeConstraint>(s34_tc), true},
    {"", "BitShift", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s35_in), std::span<const FormalParam>(s35_out), std::span<const AttributeSchema>(s35_attr), std::span<const TypeConstraint>(s35_tc), true},
    {"", "BlackmanWindow", 17, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s36_in), std::span<const FormalParam>(s36_out), std::span<const AttributeSchema>(s36_attr), std::span<const TypeConstraint>(s36_tc), true},
    {"", "Cast", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s37_in), std::span<const FormalParam>(s37_out), std::span<const AttributeSchema>(s37_attr), std::span<const TypeConstraint>(s37_tc), true},
    {"", "Cast", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s38_in), std::span<const FormalParam>(s38_out), std::span<const AttributeSchema>(s38_attr), std::span<const TypeConstraint>(s38_tc), true},
    {"", "Cast", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s39_in), std::span<const FormalParam>(s39_out), std::span<const AttributeSchema>(s39_attr), std::span<const TypeConstraint>(s39_tc), true},
    {"", "Cast", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s40_in), std::span<const FormalParam>(s40_out), std::span<const AttributeSchema>(s40_attr), std::span<const TypeConstraint>(s40_tc), true},
    {"", "CastLike", 15, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s41_in), std::span<const FormalParam>(s41_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s41_tc), true},
    {"", "Ceil", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s42_in), std::span<const FormalParam>(s42_out), std::span<const AttributeSchema>(s42_attr), std::span<const TypeConstraint>(s42_tc), true},
    {"", "Ceil", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s43_in), std::span<const FormalParam>(s43_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s43_tc), true},
    {"", "Ceil", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s44_in), std::span<const FormalParam>(s44_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s44_tc), true},
    {"", "Celu", 12, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s45_in), std::span<const FormalParam>(s45_out), std::span<const AttributeSchema>(s45_attr), std::span<const TypeConstraint>(s45_tc), true},
    {"", "Clip", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s46_in), std::span<const FormalParam>(s46_out), std::span<const AttributeSchema>(s46_attr), std::span<const TypeConstraint>(s46_tc), true},
    {"", "Clip", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s47_in), std::span<const FormalParam>(s47_out), std::span<const AttributeSchema>(s47_attr), std::span<const TypeConstraint>(s47_tc), true},
    {"", "Clip", 11, false, true, "", 1, 3, 1, 1, std::span<const FormalParam>(s48_in), std::span<const FormalParam>(s48_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s48_tc), true},
    {"", "Clip", 12, false, false, "", 1, 3, 1, 1, std::span<const FormalParam>(s49_in), std::span<const FormalParam>(s49_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s49_tc), true},
    {"", "Clip", 13, false, false, "", 1, 3, 1, 1, std::span<const FormalParam>(s50_in), std::span<const FormalParam>(s50_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s50_tc), true},
    {"", "Compress", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s51_in), std::span<const FormalParam>(s51_out), std::span<const AttributeSchema>(s51_attr), std::span<const TypeConstraint>(s51_tc), true},
    {"", "Compress", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s52_in), std::span<const FormalParam>(s52_out), std::span<const AttributeSchema>(s52_attr), std::span<const TypeConstraint>(s52_tc), true},
    {"", "Concat", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s53_in), std::span<const FormalParam>(s53_out), std::span<const AttributeSchema>(s53_attr), std::span<const TypeConstraint>(s53_tc), true},
    {"", "Concat", 4, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s54_in), std::span<const FormalParam>(s54_out), std::span<const AttributeSchema>(s54_attr), std::span<const TypeConstraint>(s54_tc), true},
    {"", "Concat", 11, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s55_in), std::span<const FormalParam>(s55_out), std::span<const AttributeSchema>(s55_attr), std::span<const TypeConstraint>(s55_tc), true},
    {"", "Concat", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s56_in), std::span<const FormalParam>(s56_out), std::span<const AttributeSchema>(s56_attr), std::span<const TypeConstraint>(s56_tc), true},
    {"", "ConcatFromSequence", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s57_in), std::span<const FormalParam>(s57_out), std::span<const AttributeSchema>(s57_attr), std::span<const TypeConstraint>(s57_tc), true},
    {"", "Constant", 1, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s58_out), std::span<const AttributeSchema>(s58_attr), std::span<const TypeConstraint>(s58_tc), true},
    {"", "Constant", 9, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s59_out), std::span<const AttributeSchema>(s59_attr), std::span<const TypeConstraint>(s59_tc), true},
    {"", "Constant", 11, false, true, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s60_out), std::span<const AttributeSchema>(s60_attr), std::span<const TypeConstraint>(s60_tc), true},
    {"", "Constant", 12, false, true, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s61_out), std::span<const AttributeSchema>(s61_attr), std::span<const TypeConstraint>(s61_tc), true},
    {"", "Constant", 13, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s62_out), std::span<const AttributeSchema>(s62_attr), std::span<const TypeConstraint>(s62_tc), true},
    {"", "ConstantOfShape", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s63_in), std::span<const FormalParam>(s63_out), std::span<const AttributeSchema>(s63_attr), std::span<const TypeConstraint>(s63_tc), true},
    {"", "Conv", 1, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s64_in), std::span<const FormalParam>(s64_out), std::span<const AttributeSchema>(s64_attr), std::span<const TypeConstraint>(s64_tc), true},
    {"", "Conv", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s65_in), std::span<const FormalParam>(s65_out), std::span<const AttributeSchema>(s65_attr), std::span<const TypeConstraint>(s65_tc), true},
    {"", "ConvInteger", 10, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s66_in), std::span<const FormalParam>(s66_out), std::span<const AttributeSchema>(s66_attr), std::span<const TypeConstraint>(s66_tc), true},
    {"", "ConvTranspose", 1, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s67_in), std::span<const FormalParam>(s67_out), std::span<const AttributeSchema>(s67_attr), std::span<const TypeConstraint>(s67_tc), true},
    {"", "ConvTranspose", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s68_in), std::span<const FormalParam>(s68_out), std::span<const AttributeSchema>(s68_attr), std::span<const TypeConstraint>(s68_tc), true},
    {"", "Cos", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s69_in), std::span<const FormalParam>(s69_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s69_tc), true},
    {"", "Cosh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s70_in), std::span<const FormalParam>(s70_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s70_tc), true},
    {"", "CumSum", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s71_in), std::span<const FormalParam>(s71_out), std::span<const AttributeSchema>(s71_attr), std::span<const TypeConstraint>(s71_tc), true},
    {"", "CumSum", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s72_in), std::span<const FormalParam>(s72_out), std::span<const AttributeSchema>(s72_attr), std::span<const TypeConstraint>(s72_tc), true},
    {"", "DFT", 17, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s73_in), std::span<const FormalParam>(s73_out), std::span<const AttributeSchema>(s73_attr), std::span<const TypeConstraint>(s73_tc), true},
    {"", "DepthToSpace", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s74_in), std::span<const FormalParam>(s74_out), std::span<const AttributeSchema>(s74_attr), std::span<const TypeConstraint>(s74_tc), true},
    {"", "DepthToSpace", 11, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s75_in), std::span<const FormalParam>(s75_out), std::span<const AttributeSchema>(s75_attr), std::span<const TypeConstraint>(s75_tc), true},
    {"", "DepthToSpace", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s76_in), std::span<const FormalParam>(s76_out), std::span<const AttributeSchema>(s76_attr), std::span<const TypeConstraint>(s76_tc), true},
    {"", "DequantizeLinear", 10, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s77_in), std::span<const FormalParam>(s77_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s77_tc), true},
    {"", "DequantizeLinear", 13, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s78_in), std::span<const FormalParam>(s78_out), std::span<const AttributeSchema>(s78_attr), std::span<const TypeConstraint>(s78_tc), true},
    {"", "Det", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s79_in), std::span<const FormalParam>(s79_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s79_tc), true},
    {"", "Div", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s80_in), std::span<const FormalParam>(s80_out), std::span<const AttributeSchema>(s80_attr), std::span<const TypeConstraint>(s80_tc), true},
    {"", "Div", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s81_in), std::span<const FormalParam>(s81_out), std::span<const AttributeSchema>(s81_attr), std::span<const TypeConstraint>(s81_tc), true},
    {"", "Div", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s82_in), std::span<const FormalParam>(s82_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s82_tc), true},
    {"", "Div", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s83_in), std::span<const FormalParam>(s83_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s83_tc), true},
    {"", "Div", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s84_in), std::span<const FormalParam>(s84_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s84_tc), true},
    {"", "Dropout", 1, false, false, "", 1, 1, 1, 2, std::span<const FormalParam>(s85_in), std::span<const FormalParam>(s85_out), std::span<const AttributeSchema>(s85_attr), std::span<const TypeConstraint>(s85_tc), true},
    {"", "Dropout", 6, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s86_in), std::span<const FormalParam>(s86_out), std::span<const AttributeSchema>(s86_attr), std::span<const TypeConstraint>(s86_tc), true},
    {"", "Dropout", 7, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s87_in), std::span<const FormalParam>(s87_out), std::span<const AttributeSchema>(s87_attr), std::span<const TypeConstraint>(s87_tc), true},
    {"", "Dropout", 10, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s88_in), std::span<const FormalParam>(s88_out), std::span<const AttributeSchema>(s88_attr), std::span<const TypeConstraint>(s88_tc), true},
    {"", "Dropout", 12, false, true, "", 1, 3, 1, 2, std::span<const FormalParam>(s89_in), std::span<const FormalParam>(s89_out), std::span<const AttributeSchema>(s89_attr), std::span<const TypeConstraint>(s89_tc), true},
    {"", "Dropout", 13, false, false, "", 1, 3, 1, 2, std::span<const FormalParam>(s90_in), std::span<const FormalParam>(s90_out), std::span<const AttributeSchema>(s90_attr), std::span<const TypeConstraint>(s90_tc), true},
    {"", "DynamicQuantizeLinear", 11, false, false, "", 1, 1, 3, 3, std::span<const FormalParam>(s91_in), std::span<const FormalParam>(s91_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s91_tc), true},
    {"", "Einsum", 12, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s92_in), std::span<const FormalParam>(s92_out), std::span<const AttributeSchema>(s92_attr), std::span<const TypeConstraint>(s92_tc), true},
    {"", "Elu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s93_in), std::span<const FormalParam>(s93_out), std::span<const AttributeSchema>(s93_attr), std::span<const TypeConstraint>(s93_tc), true},
    {"", "Elu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s94_in), std::span<const FormalParam>(s94_out), std::span<const AttributeSchema>(s94_attr), std::span<const TypeConstraint>(s94_tc), true},
    {"", "Equal", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s95_in), std::span<const FormalParam>(s95_out), std::span<const AttributeSchema>(s95_attr), std::span<const TypeConstraint>(s95_tc), true},
    {"", "Equal", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s96_in), std::span<const FormalParam>(s96_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s96_tc), true},
    {"", "Equal", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s97_in), std::span<const FormalParam>(s97_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s97_tc), true},
    {"", "Equal", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s98_in), std::span<const FormalParam>(s98_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s98_tc), true},
    {"", "Erf", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s99_in), std::span<const FormalParam>(s99_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s99_tc), true},
    {"", "Erf", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s100_in), std::span<const FormalParam>(s100_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s100_tc), true},
    {"", "Exp", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s101_in), std::span<const FormalParam>(s101_out), std::span<const AttributeSchema>(s101_attr), std::span<const TypeConstraint>(s101_tc), true},
    {"", "Exp", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s102_in), std::span<const FormalParam>(s102_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s102_tc), true},
    {"", "Exp", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s103_in), std::span<const FormalParam>(s103_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s103_tc), true},
    {"", "Expand", 8, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s104_in), std::span<const FormalParam>(s104_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s104_tc), true},
    {"", "Expand", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s105_in), std::span<const FormalParam>(s105_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s105_tc), true},
    {"", "EyeLike", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s106_in), std::span<const FormalParam>(s106_out), std::span<const AttributeSchema>(s106_attr), std::span<const TypeConstraint>(s106_tc), true},
    {"", "Flatten", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s107_in), std::span<const FormalParam>(s107_out), std::span<const AttributeSchema>(s107_attr), std::span<const TypeConstraint>(s107_tc), true},
    {"", "Flatten", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s108_in), std::span<const FormalParam>(s108_out), std::span<const AttributeSchema>(s108_attr), std::span<const TypeConstraint>(s108_tc), true},
    {"", "Flatten", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s109_in), std::span<const FormalParam>(s109_out), std::span<const AttributeSchema>(s109_attr), std::span<const TypeConstraint>(s109_tc), true},
    {"", "Flatten", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s110_in), std::span<const FormalParam>(s110_out), std::span<const AttributeSchema>(s110_attr), std::span<const TypeConstraint>(s110_tc), true},
    {"", "Floor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s111_in), std::span<const FormalParam>(s111_out), std::span<const AttributeSchema>(s111_attr), std::span<const TypeConstraint>(s111_tc), true},
    {"", "Floor", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s112_in), std::span<const FormalParam>(s112_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s112_tc), true},
    {"", "Floor", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s113_in), std::span<const FormalParam>(s113_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s113_tc), true},
    {"", "GRU", 1, false, false, "", 3, 6, 2, 2, std::span<const FormalParam>(s114_in), std::span<const FormalParam>(s114_out), std::span<const AttributeSchema>(s114_attr), std::span<const TypeConstraint>(s114_tc), true},
    {"", "GRU", 3, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s115_in), std::span<const FormalParam>(s115_out), std::span<const AttributeSchema>(s115_attr), std::span<const TypeConstraint>(s115_tc), true},
    {"", "GRU", 7, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s116_in), std::span<const FormalParam>(s116_out), std::span<const AttributeSchema>(s116_attr), std::span<const TypeConstraint>(s116_tc), true},
    {"", "GRU", 14, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s117_in), std::span<const FormalParam>(s117_out), std::span<const AttributeSchema>(s117_attr), std::span<const TypeConstraint>(s117_tc), true},
    {"", "Gather", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s118_in), std::span<const FormalParam>(s118_out), std::span<const AttributeSchema>(s118_attr), std::span<const TypeConstraint>(s118_tc), true},
    {"", "Gather", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s119_in), std::span<const FormalParam>(s119_out), std::span<const AttributeSchema>(s119_attr), std::span<const TypeConstraint>(s119_tc), true},
    {"", "Gather", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s120_in), std::span<const FormalParam>(s120_out), std::span<const AttributeSchema>(s120_attr), std::span<const TypeConstraint>(s120_tc), true},
    {"", "GatherElements", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s121_in), std::span<const FormalParam>(s121_out), std::span<const AttributeSchema>(s121_attr), std::span<const TypeConstraint>(s121_tc), true},
    {"", "GatherElements", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s122_in), std::span<const FormalParam>(s122_out), std::span<const AttributeSchema>(s122_attr), std::span<const TypeConstraint>(s122_tc), true},
    {"", "GatherND", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s123_in), std::span<const FormalParam>(s123_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s123_tc), true},
    {"", "GatherND", 12, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s124_in), std::span<const FormalParam>(s124_out), std::span<const AttributeSchema>(s124_attr), std::span<const TypeConstraint>(s124_tc), true},
    {"", "GatherND", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s125_in), std::span<const FormalParam>(s125_out), std::span<const AttributeSchema>(s125_attr), std::span<const TypeConstraint>(s125_tc), true},
    {"", "Gemm", 1, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s126_in), std::span<const FormalParam>(s126_out), std::span<const AttributeSchema>(s126_attr), std::span<const TypeConstraint>(s126_tc), true},
    {"", "Gemm", 6, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s127_in), std::span<const FormalParam>(s127_out), std::span<const AttributeSchema>(s127_attr), std::span<const TypeConstraint>(s127_tc), true},
    {"", "Gemm", 7, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s128_in), std::span<const FormalParam>(s128_out), std::span<const AttributeSchema>(s128_attr), std::span<const TypeConstraint>(s128_tc), true},
    {"", "Gemm", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s129_in), std::span<const FormalParam>(s129_out), std::span<const AttributeSchema>(s129_attr), std::span<const TypeConstraint>(s129_tc), true},
    {"", "Gemm", 11, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s130_in), std::span<const FormalParam>(s130_out), std::span<const AttributeSchema>(s130_attr), std::span<const TypeConstraint>(s130_tc), true},
    {"", "Gemm", 13, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s131_in), std::span<const FormalParam>(s131_out), std::span<const AttributeSchema>(s131_attr), std::span<const TypeConstraint>(s131_tc), true},
    {"", "GlobalAveragePool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s132_in), std::span<const FormalParam>(s132_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s132_tc), true},
    {"", "GlobalLpPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s133_in), std::span<const FormalParam>(s133_out), std::span<const AttributeSchema>(s133_attr), std::span<const TypeConstraint>(s133_tc), true},
    {"", "GlobalLpPool", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s134_in), std::span<const FormalParam>(s134_out), std::span<const AttributeSchema>(s134_attr), std::span<const TypeConstraint>(s134_tc), true},
    {"", "GlobalMaxPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s135_in), std::span<const FormalParam>(s135_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s135_tc), true},
    {"", "Greater", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s136_in), std::span<const FormalParam>(s136_out), std::span<const AttributeSchema>(s136_attr), std::span<const TypeConstraint>(s136_tc), true},
    {"", "Greater", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s137_in), std::span<const FormalParam>(s137_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s137_tc), true},
    {"", "Greater", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s138_in), std::span<const FormalParam>(s138_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s138_tc), true},
    {"", "Greater", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s139_in), std::span<const FormalParam>(s139_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s139_tc), true},
    {"", "GreaterOrEqual", 12, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s140_in), std::span<const FormalParam>(s140_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s140_tc), true},
    {"", "GreaterOrEqual", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s141_in), std::span<const FormalParam>(s141_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s141_tc), true},
    {"", "GridSample", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s142_in), std::span<const FormalParam>(s142_out), std::span<const AttributeSchema>(s142_attr), std::span<const TypeConstraint>(s142_tc), true},
    {"", "HammingWindow", 17, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s143_in), std::span<const FormalParam>(s143_out), std::span<const AttributeSchema>(s143_attr), std::span<const TypeConstraint>(s143_tc), true},
    {"", "HannWindow", 17, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s144_in), std::span<const FormalParam>(s144_out), std::span<const AttributeSchema>(s144_attr), std::span<const TypeConstraint>(s144_tc), true},
    {"", "HardSigmoid", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s145_in), std::span<const FormalParam>(s145_out), std::span<const AttributeSchema>(s145_attr), std::span<const TypeConstraint>(s145_tc), true},
    {"", "HardSigmoid", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s146_in), std::span<const FormalParam>(s146_out), std::span<const AttributeSchema>(s146_attr), std::span<const TypeConstraint>(s146_tc), true},
    {"", "HardSwish", 14, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s147_in), std::span<const FormalParam>(s147_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s147_tc), true},
    {"", "Hardmax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s148_in), std::span<const FormalParam>(s148_out), std::span<const AttributeSchema>(s148_attr), std::span<const TypeConstraint>(s148_tc), true},
    {"", "Hardmax", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s149_in), std::span<const FormalParam>(s149_out), std::span<const AttributeSchema>(s149_attr), std::span<const TypeConstraint>(s149_tc), true},
    {"", "Hardmax", 13, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s150_in), std::span<const FormalParam>(s150_out), std::span<const AttributeSchema>(s150_attr), std::span<const TypeConstraint>(s150_tc), true},
    {"", "Identity", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s151_in), std::span<const FormalParam>(s151_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s151_tc), true},
    {"", "Identity", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s152_in), std::span<const FormalParam>(s152_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s152_tc), true},
    {"", "Identity", 14, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s153_in), std::span<const FormalParam>(s153_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s153_tc), true},
    {"", "Identity", 16, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s154_in), std::span<const FormalParam>(s154_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s154_tc), true},
    {"", "If", 1, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s155_in), std::span<const FormalParam>(s155_out), std::span<const AttributeSchema>(s155_attr), std::span<const TypeConstraint>(s155_tc), true},
    {"", "If", 11, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s156_in), std::span<const FormalParam>(s156_out), std::span<const AttributeSchema>(s156_attr), std::span<const TypeConstraint>(s156_tc), true},
    {"", "If", 13, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s157_in), std::span<const FormalParam>(s157_out), std::span<const AttributeSchema>(s157_attr), std::span<const TypeConstraint>(s157_tc), true},
    {"", "If", 16, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s158_in), std::span<const FormalParam>(s158_out), std::span<const AttributeSchema>(s158_attr), std::span<const TypeConstraint>(s158_tc), true},
    {"", "InstanceNormalization", 1, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s159_in), std::span<const FormalParam>(s159_out), std::span<const AttributeSchema>(s159_attr), std::span<const TypeConstraint>(s159_tc), true},
    {"", "InstanceNormalization", 6, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s160_in), std::span<const FormalParam>(s160_out), std::span<const AttributeSchema>(s160_attr), std::span<const TypeConstraint>(s160_tc), true},
    {"", "IsInf", 10, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s161_in), std::span<const FormalParam>(s161_out), std::span<const AttributeSchema>(s161_attr), std::span<const TypeConstraint>(s161_tc), true},
    {"", "IsNaN", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s162_in), std::span<const FormalParam>(s162_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s162_tc), true},
    {"", "IsNaN", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s163_in), std::span<const FormalParam>(s163_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s163_tc), true},
    {"", "LRN", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s164_in), std::span<const FormalParam>(s164_out), std::span<const AttributeSchema>(s164_attr), std::span<const TypeConstraint>(s164_tc), true},
    {"", "LRN", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s165_in), std::span<const FormalParam>(s165_out), std::span<const AttributeSchema>(s165_attr), std::span<const TypeConstraint>(s165_tc), true},
    {"", "LSTM", 1, false, false, "", 3, 8, 0, 3, std::span<const FormalParam>(s166_in), std::span<const FormalParam>(s166_out), std::span<const AttributeSchema>(s166_attr), std::span<const TypeConstraint>(s166_tc), true},
    {"", "LSTM", 7, false, true, "", 3, 8, 0, 3, std::span<const FormalParam>(s167_in), std::span<const FormalParam>(s167_out), std::span<const AttributeSchema>(s167_attr), std::span<const TypeConstraint>(s167_tc), true},
    {"", "LSTM", 14, false, true, "", 3, 8, 0, 3, std::span<const FormalParam>(s168_in), std::span<const FormalParam>(s168_out), std::span<const AttributeSchema>(s168_attr), std::span<const TypeConstraint>(s168_tc), true},
    {"", "LayerNormalization", 17, false, false, "", 2, 3, 1, 3, std::span<const FormalParam>(s169_in), std::span<const FormalParam>(s169_out), std::span<const AttributeSchema>(s169_attr), std::span<const TypeConstraint>(s169_tc), true},
    {"", "LeakyRelu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s170_in), std::span<const FormalParam>(s170_out), std::span<const AttributeSchema>(s170_attr), std::span<const TypeConstraint>(s170_tc), true},
    {"", "LeakyRelu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s171_in), std::span<const FormalParam>(s171_out), std::span<const AttributeSchema>(s171_attr), std::span<const TypeConstraint>(s171_tc), true},
    {"", "LeakyRelu", 16, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s172_in), std::span<const FormalParam>(s172_out), std::span<const AttributeSchema>(s172_attr), std::span<const TypeConstraint>(s172_tc), true},
    {"", "Less", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s173_in), std::span<const FormalParam>(s173_out), std::span<const AttributeSchema>(s173_attr), std::span<const TypeConstraint>(s173_tc), true},
    {"", "Less", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s174_in), std::span<const FormalParam>(s174_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s174_tc), true},
    {"", "Less", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s175_in), std::span<const FormalParam>(s175_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s175_tc), true},
    {"", "Less", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s176_in), std::span<const FormalParam>(s176_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s176_tc), true},
    {"", "LessOrEqual", 12, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s177_in), std::span<const FormalParam>(s177_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s177_tc), true},
    {"", "LessOrEqual", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s178_in), std::span<const FormalParam>(s178_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s178_tc), true},
    {"", "Log", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s179_in), std::span<const FormalParam>(s179_out), std::span<const AttributeSchema>(s179_attr), std::span<const TypeConstraint>(s179_tc), true},
    {"", "Log", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s180_in), std::span<const FormalParam>(s180_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s180_tc), true},
    {"", "Log", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s181_in), std::span<const FormalParam>(s181_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s181_tc), true},
    {"", "LogSoftmax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s182_in), std::span<const FormalParam>(s182_out), std::span<const AttributeSchema>(s182_attr), std::span<const TypeConstraint>(s182_tc), true},
    {"", "LogSoftmax", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s183_in), std::span<const FormalParam>(s183_out), std::span<const AttributeSchema>(s183_attr), std::span<const TypeConstraint>(s183_tc), true},
    {"", "LogSoftmax", 13, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s184_in), std::span<const FormalParam>(s184_out), std::span<const AttributeSchema>(s184_attr), std::span<const TypeConstraint>(s184_tc), true},
    {"", "Loop", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s185_in), std::span<const FormalParam>(s185_out), std::span<const AttributeSchema>(s185_attr), std::span<const TypeConstraint>(s185_tc), true},
    {"", "Loop", 11, false, true, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s186_in), std::span<const FormalParam>(s186_out), std::span<const AttributeSchema>(s186_attr), std::span<const TypeConstraint>(s186_tc), true},
    {"", "Loop", 13, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s187_in), std::span<const FormalParam>(s187_out), std::span<const AttributeSchema>(s187_attr), std::span<const TypeConstraint>(s187_tc), true},
    {"", "Loop", 16, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s188_in), std::span<const FormalParam>(s188_out), std::span<const AttributeSchema>(s188_attr), std::span<const TypeConstraint>(s188_tc), true},
    {"", "LpNormalization", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s189_in), std::span<const FormalParam>(s189_out), std::span<const AttributeSchema>(s189_attr), std::span<const TypeConstraint>(s189_tc), true},
    {"", "LpPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s190_in), std::span<const FormalParam>(s190_out), std::span<const AttributeSchema>(s190_attr), std::span<const TypeConstraint>(s190_tc), true},
    {"", "LpPool", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s191_in), std::span<const FormalParam>(s191_out), std::span<const AttributeSchema>(s191_attr), std::span<const TypeConstraint>(s191_tc), true},
    {"", "LpPool", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s192_in), std::span<const FormalParam>(s192_out), std::span<const AttributeSchema>(s192_attr), std::span<const TypeConstraint>(s192_tc), true},
    {"", "MatMul", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s193_in), std::span<const FormalParam>(s193_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s193_tc), true},
    {"", "MatMul", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s194_in), std::span<const FormalParam>(s194_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s194_tc), true},
    {"", "MatMul", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s195_in), std::span<const FormalParam>(s195_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s195_tc), true},
    {"", "MatMulInteger", 10, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s196_in), std::span<const FormalParam>(s196_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s196_tc), true},
    {"", "Max", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s197_in), std::span<const FormalParam>(s197_out), std::span<const AttributeSchema>(s197_attr), std::span<const TypeConstraint>(s197_tc), true},
    {"", "Max", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s198_in), std::span<const FormalParam>(s198_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s198_tc), true},
    {"", "Max", 8, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s199_in), std::span<const FormalParam>(s199_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s199_tc), true},
    {"", "Max", 12, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s200_in), std::span<const FormalParam>(s200_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s200_tc), true},
    {"", "Max", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s201_in), std::span<const FormalParam>(s201_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s201_tc), true},
    {"", "MaxPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s202_in), std::span<const FormalParam>(s202_out), std::span<const AttributeSchema>(s202_attr), std::span<const TypeConstraint>(s202_tc), true},
    {"", "MaxPool", 8, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s203_in), std::span<const FormalParam>(s203_out), std::span<const AttributeSchema>(s203_attr), std::span<const TypeConstraint>(s203_tc), true},
    {"", "MaxPool", 10, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s204_in), std::span<const FormalParam>(s204_out), std::span<const AttributeSchema>(s204_attr), std::span<const TypeConstraint>(s204_tc), true},
    {"", "MaxPool", 11, false, false, "", 1, 1, 1, 2, std::span<const FormalParam>(s205_in), std::span<const FormalParam>(s205_out), std::span<const AttributeSchema>(s205_attr), std::span<const TypeConstraint>(s205_tc), true},
    {"", "MaxPool", 12, false, false, "", 1, 1, 1, 2, std::span<const FormalParam>(s206_in), std::span<const FormalParam>(s206_out), std::span<const AttributeSchema>(s206_attr), std::span<const TypeConstraint>(s206_tc), true},
    {"", "MaxRoiPool", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s207_in), std::span<const FormalParam>(s207_out), std::span<const AttributeSchema>(s207_attr), std::span<const TypeConstraint>(s207_tc), true},
    {"", "MaxUnpool", 9, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s208_in), std::span<const FormalParam>(s208_out), std::span<const AttributeSchema>(s208_attr), std::span<const TypeConstraint>(s208_tc), true},
    {"", "MaxUnpool", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s209_in), std::span<const FormalParam>(s209_out), std::span<const AttributeSchema>(s209_attr), std::span<const TypeConstraint>(s209_tc), true},
    {"", "Mean", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s210_in), std::span<const FormalParam>(s210_out), std::span<const AttributeSchema>(s210_attr), std::span<const TypeConstraint>(s210_tc), true},
    {"", "Mean", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s211_in), std::span<const FormalParam>(s211_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s211_tc), true},
    {"", "Mean", 8, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s212_in), std::span<const FormalParam>(s212_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s212_tc), true},
    {"", "Mean", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s213_in), std::span<const FormalParam>(s213_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s213_tc), true},
    {"", "MeanVarianceNormalization", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s214_in), std::span<const FormalParam>(s214_out), std::span<const AttributeSchema>(s214_attr), std::span<const TypeConstraint>(s214_tc), true},
    {"", "MeanVarianceNormalization", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s215_in), std::span<const FormalParam>(s215_out), std::span<const AttributeSchema>(s215_attr), std::span<const TypeConstraint>(s215_tc), true},
    {"", "MelWeightMatrix", 17, false, false, "", 5, 5, 1, 1, std::span<const FormalParam>(s216_in), std::span<const FormalParam>(s216_out), std::span<const AttributeSchema>(s216_attr), std::span<const TypeConstraint>(s216_tc), true},
    {"", "Min", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s217_in), std::span<const FormalParam>(s217_out), std::span<const AttributeSchema>(s217_attr), std::span<const TypeConstraint>(s217_tc), true},
    {"", "Min", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s218_in), std::span<const FormalParam>(s218_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s218_tc), true},
    {"", "Min", 8, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s219_in), std::span<const FormalParam>(s219_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s219_tc), true},
    {"", "Min", 12, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s220_in), std::span<const FormalParam>(s220_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s220_tc), true},
    {"", "Min", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s221_in), std::span<const FormalParam>(s221_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s221_tc), true},
    {"", "Mod", 10, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s222_in), std::span<const FormalParam>(s222_out), std::span<const AttributeSchema>(s222_attr), std::span<const TypeConstraint>(s222_tc), true},
    {"", "Mod", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s223_in), std::span<const FormalParam>(s223_out), std::span<const AttributeSchema>(s223_attr), std::span<const TypeConstraint>(s223_tc), true},
    {"", "Mul", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s224_in), std::span<const FormalParam>(s224_out), std::span<const AttributeSchema>(s224_attr), std::span<const TypeConstraint>(s224_tc), true},
    {"", "Mul", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s225_in), std::span<const FormalParam>(s225_out), std::span<const AttributeSchema>(s225_attr), std::span<const TypeConstraint>(s225_tc), true},
    {"", "Mul", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s226_in), std::span<const FormalParam>(s226_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s226_tc), true},
    {"", "Mul", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s227_in), std::span<const FormalParam>(s227_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s227_tc), true},
    {"", "Mul", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s228_in), std::span<const FormalParam>(s228_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s228_tc), true},
    {"", "Multinomial", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s229_in), std::span<const FormalParam>(s229_out), std::span<const AttributeSchema>(s229_attr), std::span<const TypeConstraint>(s229_tc), true},
    {"", "Neg", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s230_in), std::span<const FormalParam>(s230_out), std::span<const AttributeSchema>(s230_attr), std::span<const TypeConstraint>(s230_tc), true},
    {"", "Neg", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s231_in), std::span<const FormalParam>(s231_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s231_tc), true},
    {"", "Neg", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s232_in), std::span<const FormalParam>(s232_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s232_tc), true},
    {"", "NegativeLogLikelihoodLoss", 12, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s233_in), std::span<const FormalParam>(s233_out), std::span<const AttributeSchema>(s233_attr), std::span<const TypeConstraint>(s233_tc), true},
    {"", "NegativeLogLikelihoodLoss", 13, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s234_in), std::span<const FormalParam>(s234_out), std::span<const AttributeSchema>(s234_attr), std::span<const TypeConstraint>(s234_tc), true},
    {"", "NonMaxSuppression", 10, false, false, "", 2, 5, 1, 1, std::span<const FormalParam>(s235_in), std::span<const FormalParam>(s235_out), std::span<const AttributeSchema>(s235_attr), std::span<const TypeConstraint>(), true},
    {"", "NonMaxSuppression", 11, false, false, "", 2, 5, 1, 1, std::span<const FormalParam>(s236_in), std::span<const FormalParam>(s236_out), std::span<const AttributeSchema>(s236_attr), std::span<const TypeConstraint>(), true},
    {"", "NonZero", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s237_in), std::span<const FormalParam>(s237_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s237_tc), true},
    {"", "NonZero", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s238_in), std::span<const FormalParam>(s238_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s238_tc), true},
    {"", "Not", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s239_in), std::span<const FormalParam>(s239_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s239_tc), true},
    {"", "OneHot", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s240_in), std::span<const FormalParam>(s240_out), std::span<const AttributeSchema>(s240_attr), std::span<const TypeConstraint>(s240_tc), true},
    {"", "OneHot", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s241_in), std::span<const FormalParam>(s241_out), std::span<const AttributeSchema>(s241_attr), std::span<const TypeConstraint>(s241_tc), true},
    {"", "Optional", 15, false, false, "", 0, 1, 1, 1, std::span<const FormalParam>(s242_in), std::span<const FormalParam>(s242_out), std::span<const AttributeSchema>(s242_attr), std::span<const TypeConstraint>(s242_tc), true},
    {"", "OptionalGetElement", 15, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s243_in), std::span<const FormalParam>(s243_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s243_tc), true},
    {"", "OptionalHasElement", 15, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s244_in), std::span<const FormalParam>(s244_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s244_tc), true},
    {"", "Or", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s245_in), std::span<const FormalParam>(s245_out), std::span<const AttributeSchema>(s245_attr), std::span<const TypeConstraint>(s245_tc), true},
    {"", "Or", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s246_in), std::span<const FormalParam>(s246_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s246_tc), true},
    {"", "PRelu", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s247_in), std::span<const FormalParam>(s247_out), std::span<const AttributeSchema>(s247_attr), std::span<const TypeConstraint>(s247_tc), true},
    {"", "PRelu", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s248_in), std::span<const FormalParam>(s248_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s248_tc), true},
    {"", "PRelu", 7, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s249_in), std::span<const FormalParam>(s249_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s249_tc), true},
    {"", "PRelu", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s250_in), std::span<const FormalParam>(s250_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s250_tc), true},
    {"", "PRelu", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s251_in), std::span<const FormalParam>(s251_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s251_tc), true},
    {"", "Pad", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s252_in), std::span<const FormalParam>(s252_out), std::span<const AttributeSchema>(s252_attr), std::span<const TypeConstraint>(s252_tc), true},
    {"", "Pad", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s253_in), std::span<const FormalParam>(s253_out), std::span<const AttributeSchema>(s253_attr), std::span<const TypeConstraint>(s253_tc), true},
    {"", "Pad", 11, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s254_in), std::span<const FormalParam>(s254_out), std::span<const AttributeSchema>(s254_attr), std::span<const TypeConstraint>(s254_tc), true},
    {"", "Pad", 13, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s255_in), std::span<const FormalParam>(s255_out), std::span<const AttributeSchema>(s255_attr), std::span<const TypeConstraint>(s255_tc), true},
    {"", "Pow", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s256_in), std::span<const FormalParam>(s256_out), std::span<const AttributeSchema>(s256_attr), std::span<const TypeConstraint>(s256_tc), true},
    {"", "Pow", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s257_in), std::span<const FormalParam>(s257_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s257_tc), true},
    {"", "Pow", 12, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s258_in), std::span<const FormalParam>(s258_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s258_tc), true},
    {"", "Pow", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s259_in), std::span<const FormalParam>(s259_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s259_tc), true},
    {"", "Pow", 15, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s260_in), std::span<const FormalParam>(s260_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s260_tc), true},
    {"", "QLinearConv", 10, false, false, "", 8, 9, 1, 1, std::span<const FormalParam>(s261_in), std::span<const FormalParam>(s261_out), std::span<const AttributeSchema>(s261_attr), std::span<const TypeConstraint>(s261_tc), true},
    {"", "QLinearMatMul", 10, false, false, "", 8, 8, 1, 1, std::span<const FormalParam>(s262_in), std::span<const FormalParam>(s262_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s262_tc), true},
    {"", "QuantizeLinear", 10, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s263_in), std::span<const FormalParam>(s263_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s263_tc), true},
    {"", "QuantizeLinear", 13, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s264_in), std::span<const FormalParam>(s264_out), std::span<const AttributeSchema>(s264_attr), std::span<const TypeConstraint>(s264_tc), true},
    {"", "RNN", 1, false, false, "", 3, 6, 0, 2, std::span<const FormalParam>(s265_in), std::span<const FormalParam>(s265_out), std::span<const AttributeSchema>(s265_attr), std::span<const TypeConstraint>(s265_tc), true},
    {"", "RNN", 7, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s266_in), std::span<const FormalParam>(s266_out), std::span<const AttributeSchema>(s266_attr), std::span<const TypeConstraint>(s266_tc), true},
    {"", "RNN", 14, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s267_in), std::span<const FormalParam>(s267_out), std::span<const AttributeSchema>(s267_attr), std::span<const TypeConstraint>(s267_tc), true},
    {"", "RandomNormal", 1, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s268_out), std::span<const AttributeSchema>(s268_attr), std::span<const TypeConstraint>(s268_tc), true},
    {"", "RandomNormalLike", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s269_in), std::span<const FormalParam>(s269_out), std::span<const AttributeSchema>(s269_attr), std::span<const TypeConstraint>(s269_tc), true},
    {"", "RandomUniform", 1, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s270_out), std::span<const AttributeSchema>(s270_attr), std::span<const TypeConstraint>(s270_tc), true},
    {"", "RandomUniformLike", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s271_in), std::span<const FormalParam>(s271_out), std::span<const AttributeSchema>(s271_attr), std::span<const TypeConstraint>(s271_tc), true},
    {"", "Range", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s272_in), std::span<const FormalParam>(s272_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s272_tc), true},
    {"", "Reciprocal", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s273_in), std::span<const FormalParam>(s273_out), std::span<const AttributeSchema>(s273_attr), std::span<const TypeConstraint>(s273_tc), true},
    {"", "Reciprocal", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s274_in), std::span<const FormalParam>(s274_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s274_tc), true},
    {"", "Reciprocal", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s275_in), std::span<const FormalParam>(s275_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s275_tc), true},
    {"", "ReduceL1", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s276_in), std::span<const FormalParam>(s276_out), std::span<const AttributeSchema>(s276_attr), std::span<const TypeConstraint>(s276_tc), true},
    {"", "ReduceL1", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s277_in), std::span<const FormalParam>(s277_out), std::span<const AttributeSchema>(s277_attr), std::span<const TypeConstraint>(s277_tc), true},
    {"", "ReduceL1", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s278_in), std::span<const FormalParam>(s278_out), std::span<const AttributeSchema>(s278_attr), std::span<const TypeConstraint>(s278_tc), true},
    {"", "ReduceL2", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s279_in), std::span<const FormalParam>(s279_out), std::span<const AttributeSchema>(s279_attr), std::span<const TypeConstraint>(s279_tc), true},
    {"", "ReduceL2", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s280_in), std::span<const FormalParam>(s280_out), std::span<const AttributeSchema>(s280_attr), std::span<const TypeConstraint>(s280_tc), true},
    {"", "ReduceL2", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s281_in), std::span<const FormalParam>(s281_out), std::span<const AttributeSchema>(s281_attr), std::span<const TypeConstraint>(s281_tc), true},
    {"", "ReduceLogSum", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s282_in), std::span<const FormalParam>(s282_out), std::span<const AttributeSchema>(s282_attr), std::span<const TypeConstraint>(s282_tc), true},
    {"", "ReduceLogSum", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s283_in), std::span<const FormalParam>(s283_out), std::span<const AttributeSchema>(s283_attr), std::span<const TypeConstraint>(s283_tc), true},
    {"", "ReduceLogSum", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s284_in), std::span<const FormalParam>(s284_out), std::span<const AttributeSchema>(s284_attr), std::span<const TypeConstraint>(s284_tc), true},
    {"", "ReduceLogSumExp", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s285_in), std::span<const FormalParam>(s285_out), std::span<const AttributeSchema>(s285_attr), std::span<const TypeConstraint>(s285_tc), true},
    {"", "ReduceLogSumExp", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s286_in), std::span<const FormalParam>(s286_out), std::span<const AttributeSchema>(s286_attr), std::span<const TypeConstraint>(s286_tc), true},
    {"", "ReduceLogSumExp", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s287_in), std::span<const FormalParam>(s287_out), std::span<const AttributeSchema>(s287_attr), std::span<const TypeConstraint>(s287_tc), true},
    {"", "ReduceMax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s288_in), std::span<const FormalParam>(s288_out), std::span<const AttributeSchema>(s288_attr), std::span<const TypeConstraint>(s288_tc), true},
    {"", "ReduceMax", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s289_in), std::span<const FormalParam>(s289_out), std::span<const AttributeSchema>(s289_attr), std::span<const TypeConstraint>(s289_tc), true},
    {"", "ReduceMax", 12, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s290_in), std::span<const FormalParam>(s290_out), std::span<const AttributeSchema>(s290_attr), std::span<const TypeConstraint>(s290_tc), true},
    {"", "ReduceMax", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s291_in), std::span<const FormalParam>(s291_out), std::span<const AttributeSchema>(s291_attr), std::span<const TypeConstraint>(s291_tc), true},
    {"", "ReduceMean", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s292_in), std::span<const FormalParam>(s292_out), std::span<const AttributeSchema>(s292_attr), std::span<const TypeConstraint>(s292_tc), true},
    {"", "ReduceMean", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s293_in), std::span<const FormalParam>(s293_out), std::span<const AttributeSchema>(s293_attr), std::span<const TypeConstraint>(s293_tc), true},
    {"", "ReduceMean", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s294_in), std::span<const FormalParam>(s294_out), std::span<const AttributeSchema>(s294_attr), std::span<const TypeConstraint>(s294_tc), true},
    {"", "ReduceMin", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s295_in), std::span<const FormalParam>(s295_out), std::span<const AttributeSchema>(s295_attr), std::span<const TypeConstraint>(s295_tc), true},
    {"", "ReduceMin", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s296_in), std::span<const FormalParam>(s296_out), std::span<const AttributeSchema>(s296_attr), std::span<const TypeConstraint>(s296_tc), true},
    {"", "ReduceMin", 12, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s297_in), std::span<const FormalParam>(s297_out), std::span<const AttributeSchema>(s297_attr), std::span<const TypeConstraint>(s297_tc), true},
    {"", "ReduceMin", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s298_in), std::span<const FormalParam>(s298_out), std::span<const AttributeSchema>(s298_attr), std::span<const TypeConstraint>(s298_tc), true},
    {"", "ReduceProd", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s299_in), std::span<const FormalParam>(s299_out), std::span<const AttributeSchema>(s299_attr), std::span<const TypeConstraint>(s299_tc), true},
    {"", "ReduceProd", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s300_in), std::span<const FormalParam>(s300_out), std::span<const AttributeSchema>(s300_attr), std::span<const TypeConstraint>(s300_tc), true},
    {"", "ReduceProd", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s301_in), std::span<const FormalParam>(s301_out), std::span<const AttributeSchema>(s301_attr), std::span<const TypeConstraint>(s301_tc), true},
    {"", "ReduceSum", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s302_in), std::span<const FormalParam>(s302_out), std::span<const AttributeSchema>(s302_attr), std::span<const TypeConstraint>(s302_tc), true},
    {"", "ReduceSum", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s303_in), std::span<const FormalParam>(s303_out), std::span<const AttributeSchema>(s303_attr), std::span<const TypeConstraint>(s303_tc), true},
    {"", "ReduceSum", 13, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s304_in), std::span<const FormalParam>(s304_out), std::span<const AttributeSchema>(s304_attr), std::span<const TypeConstraint>(s304_tc), true},
    {"", "ReduceSumSquare", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s305_in), std::span<const FormalParam>(s305_out), std::span<const AttributeSchema>(s305_attr), std::span<const TypeConstraint>(s305_tc), true},
    {"", "ReduceSumSquare", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s306_in), std::span<const FormalParam>(s306_out), std::span<const AttributeSchema>(s306_attr), std::span<const TypeConstraint>(s306_tc), true},
    {"", "ReduceSumSquare", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s307_in), std::span<const FormalParam>(s307_out), std::span<const AttributeSchema>(s307_attr), std::span<const TypeConstraint>(s307_tc), true},
    {"", "Relu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s308_in), std::span<const FormalParam>(s308_out), std::span<const AttributeSchema>(s308_attr), std::span<const TypeConstraint>(s308_tc), true},
    {"", "Relu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s309_in), std::span<const FormalParam>(s309_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s309_tc), true},
    {"", "Relu", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s310_in), std::span<const FormalParam>(s310_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s310_tc), true},
    {"", "Relu", 14, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s311_in), std::span<const FormalParam>(s311_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s311_tc), true},
    {"", "Reshape", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s312_in), std::span<const FormalParam>(s312_out), std::span<const AttributeSchema>(s312_attr), std::span<const TypeConstraint>(s312_tc), true},
    {"", "Reshape", 5, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s313_in), std::span<const FormalParam>(s313_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s313_tc), true},
    {"", "Reshape", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s314_in), std::span<const FormalParam>(s314_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s314_tc), true},
    {"", "Reshape", 14, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s315_in), std::span<const FormalParam>(s315_out), std::span<const AttributeSchema>(s315_attr), std::span<const TypeConstraint>(s315_tc), true},
    {"", "Resize", 10, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s316_in), std::span<const FormalParam>(s316_out), std::span<const AttributeSchema>(s316_attr), std::span<const TypeConstraint>(s316_tc), true},
    {"", "Resize", 11, false, true, "", 3, 4, 1, 1, std::span<const FormalParam>(s317_in), std::span<const FormalParam>(s317_out), std::span<const AttributeSchema>(s317_attr), std::span<const TypeConstraint>(s317_tc), true},
    {"", "Resize", 13, false, true, "", 1, 4, 1, 1, std::span<const FormalParam>(s318_in), std::span<const FormalParam>(s318_out), std::span<const AttributeSchema>(s318_attr), std::span<const TypeConstraint>(s318_tc), true},
    {"", "ReverseSequence", 10, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s319_in), std::span<const FormalParam>(s319_out), std::span<const AttributeSchema>(s319_attr), std::span<const TypeConstraint>(s319_tc), true},
    {"", "RoiAlign", 10, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s320_in), std::span<const FormalParam>(s320_out), std::span<const AttributeSchema>(s320_attr), std::span<const TypeConstraint>(s320_tc), true},
    {"", "RoiAlign", 16, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s321_in), std::span<const FormalParam>(s321_out), std::span<const AttributeSchema>(s321_attr), std::span<const TypeConstraint>(s321_tc), true},
    {"", "Round", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s322_in), std::span<const FormalParam>(s322_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s322_tc), true},
    {"", "STFT", 17, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s323_in), std::span<const FormalParam>(s323_out), std::span<const AttributeSchema>(s323_attr), std::span<const TypeConstraint>(s323_tc), true},
    {"", "Scan", 8, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s324_in), std::span<const FormalParam>(s324_out), std::span<const AttributeSchema>(s324_attr), std::span<const TypeConstraint>(s324_tc), true},
    {"", "Scan", 9, false, true, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s325_in), std::span<const FormalParam>(s325_out), std::span<const AttributeSchema>(s325_attr), std::span<const TypeConstraint>(s325_tc), true},
    {"", "Scan", 11, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s326_in), std::span<const FormalParam>(s326_out), std::span<const AttributeSchema>(s326_attr), std::span<const TypeConstraint>(s326_tc), true},
    {"", "Scan", 16, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s327_in), std::span<const FormalParam>(s327_out), std::span<const AttributeSchema>(s327_attr), std::span<const TypeConstraint>(s327_tc), true},
    {"", "Scatter", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s328_in), std::span<const FormalParam>(s328_out), std::span<const AttributeSchema>(s328_attr), std::span<const TypeConstraint>(s328_tc), true},
    {"", "Scatter", 11, true, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s329_in), std::span<const FormalParam>(s329_out), std::span<const AttributeSchema>(s329_attr), std::span<const TypeConstraint>(s329_tc), true},
    {"", "ScatterElements", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s330_in), std::span<const FormalParam>(s330_out), std::span<const AttributeSchema>(s330_attr), std::span<const TypeConstraint>(s330_tc), true},
    {"", "ScatterElements", 13, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s331_in), std::span<const FormalParam>(s331_out), std::span<const AttributeSchema>(s331_attr), std::span<const TypeConstraint>(s331_tc), true},
    {"", "ScatterElements", 16, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s332_in), std::span<const FormalParam>(s332_out), std::span<const AttributeSchema>(s332_attr), std::span<const TypeConstraint>(s332_tc), true},
    {"", "ScatterND", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s333_in), std::span<const FormalParam>(s333_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s333_tc), true},
    {"", "ScatterND", 13, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s334_in), std::span<const FormalParam>(s334_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s334_tc), true},
    {"", "ScatterND", 16, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s335_in), std::span<const FormalParam>(s335_out), std::span<const AttributeSchema>(s335_attr), std::span<const TypeConstraint>(s335_tc), true},
    {"", "Selu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s336_in), std::span<const FormalParam>(s336_out), std::span<const AttributeSchema>(s336_attr), std::span<const TypeConstraint>(s336_tc), true},
    {"", "Selu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s337_in), std::span<const FormalParam>(s337_out), std::span<const AttributeSchema>(s337_attr), std::span<const TypeConstraint>(s337_tc), true},
    {"", "SequenceAt", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s338_in), std::span<const FormalParam>(s338_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s338_tc), true},
    {"", "SequenceConstruct", 11, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s339_in), std::span<const FormalParam>(s339_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s339_tc), true},
    {"", "SequenceEmpty", 11, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s340_out), std::span<const AttributeSchema>(s340_attr), std::span<const TypeConstraint>(s340_tc), true},
    {"", "SequenceErase", 11, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s341_in), std::span<const FormalParam>(s341_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s341_tc), true},
    {"", "SequenceInsert", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s342_in), std::span<const FormalParam>(s342_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s342_tc), true},
    {"", "SequenceLength", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s343_in), std::span<const FormalParam>(s343_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s343_tc), true},
    {"", "SequenceMap", 17, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s344_in), std::span<const FormalParam>(s344_out), std::span<const AttributeSchema>(s344_attr), std::span<const TypeConstraint>(s344_tc), true},
    {"", "Shape", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s345_in), std::span<const FormalParam>(s345_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s345_tc), true},
    {"", "Shape", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s346_in), std::span<const FormalParam>(s346_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s346_tc), true},
    {"", "Shape", 15, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s347_in), std::span<const FormalParam>(s347_out), std::span<const AttributeSchema>(s347_attr), std::span<const TypeConstraint>(s347_tc), true},
    {"", "Shrink", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s348_in), std::span<const FormalParam>(s348_out), std::span<const AttributeSchema>(s348_attr), std::span<const TypeConstraint>(s348_tc), true},
    {"", "Sigmoid", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s349_in), std::span<const FormalParam>(s349_out), std::span<const AttributeSchema>(s349_attr), std::span<const TypeConstraint>(s349_tc), true},
    {"", "Sigmoid", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s350_in), std::span<const FormalParam>(s350_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s350_tc), true},
    {"", "Sigmoid", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s351_in), std::span<const FormalParam>(s351_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s351_tc), true},
    {"", "Sign", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s352_in), std::span<const FormalParam>(s352_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s352_tc), true},
    {"", "Sign", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s353_in), std::span<const FormalParam>(s353_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s353_tc), true},
    {"", "Sin", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s354_in), std::span<const FormalParam>(s354_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s354_tc), true},
    {"", "Sinh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s355_in), std::span<const FormalParam>(s355_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s355_tc), true},
    {"", "Size", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s356_in), std::span<const FormalParam>(s356_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s356_tc), true},
    {"", "Size", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s357_in), std::span<const FormalParam>(s357_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s357_tc), true},
    {"", "Slice", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s358_in), std::span<const FormalParam>(s358_out), std::span<const AttributeSchema>(s358_attr), std::span<const TypeConstraint>(s358_tc), true},
    {"", "Slice", 10, false, true, "", 3, 5, 1, 1, std::span<const FormalParam>(s359_in), std::span<const FormalParam>(s359_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s359_tc), true},
    {"", "Slice", 11, false, false, "", 3, 5, 1, 1, std::span<const FormalParam>(s360_in), std::span<const FormalParam>(s360_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s360_tc), true},
    {"", "Slice", 13, false, false, "", 3, 5, 1, 1, std::span<const FormalParam>(s361_in), std::span<const FormalParam>(s361_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s361_tc), true},
    {"", "Softmax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s362_in), std::span<const FormalParam>(s362_out), std::span<const AttributeSchema>(s362_attr), std::span<const TypeConstraint>(s362_tc), true},
    {"", "Softmax", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s363_in), std::span<const FormalParam>(s363_out), std::span<const AttributeSchema>(s363_attr), std::span<const TypeConstraint>(s363_tc), true},
    {"", "Softmax", 13, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s364_in), std::span<const FormalParam>(s364_out), std::span<const AttributeSchema>(s364_attr), std::span<const TypeConstraint>(s364_tc), true},
    {"", "SoftmaxCrossEntropyLoss", 12, false, false, "", 2, 3, 1, 2, std::span<const FormalParam>(s365_in), std::span<const FormalParam>(s365_out), std::span<const AttributeSchema>(s365_attr), std::span<const TypeConstraint>(s365_tc), true},
    {"", "SoftmaxCrossEntropyLoss", 13, false, false, "", 2, 3, 1, 2, std::span<const FormalParam>(s366_in), std::span<const FormalParam>(s366_out), std::span<const AttributeSchema>(s366_attr), std::span<const TypeConstraint>(s366_tc), true},
    {"", "Softplus", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s367_in), std::span<const FormalParam>(s367_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s367_tc), true},
    {"", "Softsign", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s368_in), std::span<const FormalParam>(s368_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s368_tc), true},
    {"", "SpaceToDepth", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s369_in), std::span<const FormalParam>(s369_out), std::span<const AttributeSchema>(s369_attr), std::span<const TypeConstraint>(s369_tc), true},
    {"", "SpaceToDepth", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s370_in), std::span<const FormalParam>(s370_out), std::span<const AttributeSchema>(s370_attr), std::span<const TypeConstraint>(s370_tc), true},
    {"", "Split", 1, false, false, "", 1, 2, 1, 2147483647, std::span<const FormalParam>(s371_in), std::span<const FormalParam>(s371_out), std::span<const AttributeSchema>(s371_attr), std::span<const TypeConstraint>(s371_tc), true},
    {"", "Split", 2, false, true, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s372_in), std::span<const FormalParam>(s372_out), std::span<const AttributeSchema>(s372_attr), std::span<const TypeConstraint>(s372_tc), true},
    {"", "Split", 11, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s373_in), std::span<const FormalParam>(s373_out), std::span<const AttributeSchema>(s373_attr), std::span<const TypeConstraint>(s373_tc), true},
    {"", "Split", 13, false, true, "", 1, 2, 1, 2147483647, std::span<const FormalParam>(s374_in), std::span<const FormalParam>(s374_out), std::span<const AttributeSchema>(s374_attr), std::span<const TypeConstraint>(s374_tc), true},
    {"", "SplitToSequence", 11, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s375_in), std::span<const FormalParam>(s375_out), std::span<const AttributeSchema>(s375_attr), std::span<const TypeConstraint>(s375_tc), true},
    {"", "Sqrt", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s376_in), std::span<const FormalParam>(s376_out), std::span<const AttributeSchema>(s376_attr), std::span<const TypeConstraint>(s376_tc), true},
    {"", "Sqrt", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s377_in), std::span<const FormalParam>(s377_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s377_tc), true},
    {"", "Sqrt", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s378_in), std::span<const FormalParam>(s378_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s378_tc), true},
    {"", "Squeeze", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s379_in), std::span<const FormalParam>(s379_out), std::span<const AttributeSchema>(s379_attr), std::span<const TypeConstraint>(s379_tc), true},
    {"", "Squeeze", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s380_in), std::span<const FormalParam>(s380_out), std::span<const AttributeSchema>(s380_attr), std::span<const TypeConstraint>(s380_tc), true},
    {"", "Squeeze", 13, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s381_in), std::span<const FormalParam>(s381_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s381_tc), true},
    {"", "StringNormalizer", 10, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s382_in), std::span<const FormalParam>(s382_out), std::span<const AttributeSchema>(s382_attr), std::span<const TypeConstraint>(), true},
    {"", "Sub", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s383_in), std::span<const FormalParam>(s383_out), std::span<const AttributeSchema>(s383_attr), std::span<const TypeConstraint>(s383_tc), true},
    {"", "Sub", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s384_in), std::span<const FormalParam>(s384_out), std::span<const AttributeSchema>(s384_attr), std::span<const TypeConstraint>(s384_tc), true},
    {"", "Sub", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s385_in), std::span<const FormalParam>(s385_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s385_tc), true},
    {"", "Sub", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s386_in), std::span<const FormalParam>(s386_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s386_tc), true},
    {"", "Sub", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s387_in), std::span<const FormalParam>(s387_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s387_tc), true},
    {"", "Sum", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s388_in), std::span<const FormalParam>(s388_out), std::span<const AttributeSchema>(s388_attr), std::span<const TypeConstraint>(s388_tc), true},
    {"", "Sum", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s389_in), std::span<const FormalParam>(s389_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s389_tc), true},
    {"", "Sum", 8, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s390_in), std::span<const FormalParam>(s390_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s390_tc), true},
    {"", "Sum", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s391_in), std::span<const FormalParam>(s391_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s391_tc), true},
    {"", "Tan", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s392_in), std::span<const FormalParam>(s392_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s392_tc), true},
    {"", "Tanh", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s393_in), std::span<const FormalParam>(s393_out), std::span<const AttributeSchema>(s393_attr), std::span<const TypeConstraint>(s393_tc), true},
    {"", "Tanh", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s394_in), std::span<const FormalParam>(s394_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s394_tc), true},
    {"", "Tanh", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s395_in), std::span<const FormalParam>(s395_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s395_tc), true},
    {"", "TfIdfVectorizer", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s396_in), std::span<const FormalParam>(s396_out), std::span<const AttributeSchema>(s396_attr), std::span<const TypeConstraint>(s396_tc), true},
    {"", "ThresholdedRelu", 10, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s397_in), std::span<const FormalParam>(s397_out), std::span<const AttributeSchema>(s397_attr), std::span<const TypeConstraint>(s397_tc), true},
    {"", "Tile", 1, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s398_in), std::span<const FormalParam>(s398_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s398_tc), true},
    {"", "Tile", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s399_in), std::span<const FormalParam>(s399_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s399_tc), true},
    {"", "Tile", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s400_in), std::span<const FormalParam>(s400_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s400_tc), true},
    {"", "TopK", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s401_in), std::span<const FormalParam>(s401_out), std::span<const AttributeSchema>(s401_attr), std::span<const TypeConstraint>(s401_tc), true},
    {"", "TopK", 10, false, true, "", 2, 2, 2, 2, std::span<const FormalParam>(s402_in), std::span<const FormalParam>(s402_out), std::span<const AttributeSchema>(s402_attr), std::span<const TypeConstraint>(s402_tc), true},
    {"", "TopK", 11, false, true, "", 2, 2, 2, 2, std::span<const FormalParam>(s403_in), std::span<const FormalParam>(s403_out), std::span<const AttributeSchema>(s403_attr), std::span<const TypeConstraint>(s403_tc), true},
    {"", "Transpose", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s404_in), std::span<const FormalParam>(s404_out), std::span<const AttributeSchema>(s404_attr), std::span<const TypeConstraint>(s404_tc), true},
    {"", "Transpose", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s405_in), std::span<const FormalParam>(s405_out), std::span<const AttributeSchema>(s405_attr), std::span<const TypeConstraint>(s405_tc), true},
    {"", "Trilu", 14, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s406_in), std::span<const FormalParam>(s406_out), std::span<const AttributeSchema>(s406_attr), std::span<const TypeConstraint>(s406_tc), true},
    {"", "Unique", 11, false, false, "", 1, 1, 1, 4, std::span<const FormalParam>(s407_in), std::span<const FormalParam>(s407_out), std::span<const AttributeSchema>(s407_attr), std::span<const TypeConstraint>(s407_tc), true},
    {"", "Unsqueeze", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s408_in), std::span<const FormalParam>(s408_out), std::span<const AttributeSchema>(s408_attr), std::span<const TypeConstraint>(s408_tc), true},
    {"", "Unsqueeze", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s409_in), std::span<const FormalParam>(s409_out), std::span<const AttributeSchema>(s409_attr), std::span<const TypeConstraint>(s409_tc), true},
    {"", "Unsqueeze", 13, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s410_in), std::span<const FormalParam>(s410_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s410_tc), true},
    {"", "Upsample", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s411_in), std::span<const FormalParam>(s411_out), std::span<const AttributeSchema>(s411_attr), std::span<const TypeConstraint>(s411_tc), true},
    {"", "Upsample", 7, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s412_in), std::span<const FormalParam>(s412_out), std::span<const AttributeSchema>(s412_attr), std::span<const TypeConstraint>(s412_tc), true},
    {"", "Upsample", 9, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s413_in), std::span<const FormalParam>(s413_out), std::span<const AttributeSchema>(s413_attr), std::span<const TypeConstraint>(s413_tc), true},
    {"", "Upsample", 10, true, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s414_in), std::span<const FormalParam>(s414_out), std::span<const AttributeSchema>(s414_attr), std::span<const TypeConstraint>(s414_tc), true},
    {"", "Where", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s415_in), std::span<const FormalParam>(s415_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s415_tc), true},
    {"", "Where", 16, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s416_in), std::span<const FormalParam>(s416_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s416_tc), true},
    {"", "Xor", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s417_in), std::span<const FormalParam>(s417_out), std::span<const AttributeSchema>(s417_attr), std::span<const TypeConstraint>(s417_tc), true},
    {"", "Xor", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s418_in), std::span<const FormalParam>(s418_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s418_tc), true},
    {"ai.onnx.ml", "ArrayFeatureExtractor", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s419_in), std::span<const FormalParam>(s419_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s419_tc), true},
    {"ai.onnx.ml", "Binarizer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s420_in), std::span<const FormalParam>(s420_out), std::span<const AttributeSchema>(s420_attr), std::span<const TypeConstraint>(s420_tc), true},
    {"ai.onnx.ml", "CastMap", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s421_in), std::span<const FormalParam>(s421_out), std::span<const AttributeSchema>(s421_attr), std::span<const TypeConstraint>(s421_tc), true},
    {"ai.onnx.ml", "CategoryMapper", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s422_in), std::span<const FormalParam>(s422_out), std::span<const AttributeSchema>(s422_attr), std::span<const TypeConstraint>(s422_tc), true},
    {"ai.onnx.ml", "DictVectorizer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s423_in), std::span<const FormalParam>(s423_out), std::span<const AttributeSchema>(s423_attr), std::span<const TypeConstraint>(s423_tc), true},
    {"ai.onnx.ml", "FeatureVectorizer", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s424_in), std::span<const FormalParam>(s424_out), std::span<const AttributeSchema>(s424_attr), std::span<const TypeConstraint>(s424_tc), true},
    {"ai.onnx.ml", "Imputer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s425_in), std::span<const FormalParam>(s425_out), std::span<const AttributeSchema>(s425_attr), std::span<const TypeConstraint>(s425_tc), true},
    {"ai.onnx.ml", "LabelEncoder", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s426_in), std::span<const FormalParam>(s426_out), std::span<const AttributeSchema>(s426_attr), std::span<const TypeConstraint>(s426_tc), true},
    {"ai.onnx.ml", "LabelEncoder", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s427_in), std::span<const FormalParam>(s427_out), std::span<const AttributeSchema>(s427_attr), std::span<const TypeConstraint>(s427_tc), true},
    {"ai.onnx.ml", "LinearClassifier", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s428_in), std::span<const FormalParam>(s428_out), std::span<const AttributeSchema>(s428_attr), std::span<const TypeConstraint>(s428_tc), true},
    {"ai.onnx.ml", "LinearRegressor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s429_in), std::span<const FormalParam>(s429_out), std::span<const AttributeSchema>(s429_attr), std::span<const TypeConstraint>(s429_tc), true},
    {"ai.onnx.ml", "Normalizer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s430_in), std::span<const FormalParam>(s430_out), std::span<const AttributeSchema>(s430_attr), std::span<const TypeConstraint>(s430_tc), true},
    {"ai.onnx.ml", "OneHotEncoder", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s431_in), std::span<const FormalParam>(s431_out), std::span<const AttributeSchema>(s431_attr), std::span<const TypeConstraint>(s431_tc), true},
    {"ai.onnx.ml", "SVMClassifier", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s432_in), std::span<const FormalParam>(s432_out), std::span<const AttributeSchema>(s432_attr), std::span<const TypeConstraint>(s432_tc), true},
    {"ai.onnx.ml", "SVMRegressor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s433_in), std::span<const FormalParam>(s433_out), std::span<const AttributeSchema>(s433_attr), std::span<const TypeConstraint>(s433_tc), true},
    {"ai.onnx.ml", "Scaler", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s434_in), std::span<const FormalParam>(s434_out), std::span<const AttributeSchema>(s434_attr), std::span<const TypeConstraint>(s434_tc), true},
    {"ai.onnx.ml", "TreeEnsembleClassifier", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s435_in), std::span<const FormalParam>(s435_out), std::span<const AttributeSchema>(s435_attr), std::span<const TypeConstraint>(s435_tc), true},
    {"ai.onnx.ml", "TreeEnsembleClassifier", 3, false, true, "", 1, 1, 2, 2, std::span<const FormalParam>(s436_in), std::span<const FormalParam>(s436_out), std::span<const AttributeSchema>(s436_attr), std::span<const TypeConstraint>(s436_tc), true},
    {"ai.onnx.ml", "TreeEnsembleRegressor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s437_in), std::span<const FormalParam>(s437_out), std::span<const AttributeSchema>(s437_attr), std::span<const TypeConstraint>(s437_tc), true},
    {"ai.onnx.ml", "TreeEnsembleRegressor", 3, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s438_in), std::span<const FormalParam>(s438_out), std::span<const AttributeSchema>(s438_attr), std::span<const TypeConstraint>(s438_tc), true},
    {"ai.onnx.ml", "ZipMap", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s439_in), std::span<const FormalParam>(s439_out), std::span<const AttributeSchema>(s439_attr), std::span<const TypeConstraint>(s439_tc), true},
    {"ai.onnx.preview.training", "Adagrad", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s440_in), std::span<const FormalParam>(s440_out), std::span<const AttributeSchema>(s440_attr), std::span<const TypeConstraint>(s440_tc), true},
    {"ai.onnx.preview.training", "Adam", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s441_in), std::span<const FormalParam>(s441_out), std::span<const AttributeSchema>(s441_attr), std::span<const TypeConstraint>(s441_tc), true},
    {"ai.onnx.preview.training", "Gradient", 1, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s442_in), std::span<const FormalParam>(s442_out), std::span<const AttributeSchema>(s442_attr), std::span<const TypeConstraint>(s442_tc), true},
    {"ai.onnx.preview.training", "Momentum", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s443_in), std::span<const FormalParam>(s443_out), std::span<const AttributeSchema>(s443_attr), std::span<const TypeConstraint>(s443_tc), true},
};

} // namespace opbridge::onnx_schema::generated
