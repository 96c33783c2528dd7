// GENERATED FILE, DO NOT EDIT: written by generators/onnx_schemas.cpp from libonnx (opsets up to 17) and generators/onnx_opset_changes.txt.
#pragma once

#include <span>
#include <string_view>

#include "opbridge/onnx/schema_types.hpp"

namespace opbridge::onnx_schema::generated {

inline constexpr int max_opset = 21;
inline constexpr int libonnx_max_opset = 17;

inline constexpr std::string_view types_0[] = {""};
inline constexpr std::string_view types_1[] = {"map(int64, double)", "map(int64, float)", "map(int64, string)", "map(string, double)", "map(string, float)", "map(string, int64)"};
inline constexpr std::string_view types_2[] = {"map(int64, float)", "map(int64, string)"};
inline constexpr std::string_view types_3[] = {"optional(seq(tensor(bfloat16)))", "optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bfloat16))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(float8e4m3fn))", "optional(tensor(float8e4m3fnuz))", "optional(tensor(float8e5m2))", "optional(tensor(float8e5m2fnuz))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int4))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint4))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bfloat16))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(float8e4m3fn))", "seq(tensor(float8e4m3fnuz))", "seq(tensor(float8e5m2))", "seq(tensor(float8e5m2fnuz))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int4))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint4))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int4)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint4)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_4[] = {"optional(seq(tensor(bfloat16)))", "optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bfloat16))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(float8e4m3fn))", "optional(tensor(float8e4m3fnuz))", "optional(tensor(float8e5m2))", "optional(tensor(float8e5m2fnuz))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bfloat16))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(float8e4m3fn))", "seq(tensor(float8e4m3fnuz))", "seq(tensor(float8e5m2))", "seq(tensor(float8e5m2fnuz))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_5[] = {"optional(seq(tensor(bfloat16)))", "optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bfloat16))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bfloat16))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_6[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))"};
inline constexpr std::string_view types_7[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int4)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint4)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_8[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_9[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_10[] = {"optional(seq(tensor(bool)))", "optional(seq(tensor(complex128)))", "optional(seq(tensor(complex64)))", "optional(seq(tensor(double)))", "optional(seq(tensor(float)))", "optional(seq(tensor(float16)))", "optional(seq(tensor(int16)))", "optional(seq(tensor(int32)))", "optional(seq(tensor(int64)))", "optional(seq(tensor(int8)))", "optional(seq(tensor(string)))", "optional(seq(tensor(uint16)))", "optional(seq(tensor(uint32)))", "optional(seq(tensor(uint64)))", "optional(seq(tensor(uint8)))", "optional(tensor(bool))", "optional(tensor(complex128))", "optional(tensor(complex64))", "optional(tensor(double))", "optional(tensor(float))", "optional(tensor(float16))", "optional(tensor(int16))", "optional(tensor(int32))", "optional(tensor(int64))", "optional(tensor(int8))", "optional(tensor(string))", "optional(tensor(uint16))", "optional(tensor(uint32))", "optional(tensor(uint64))", "optional(tensor(uint8))", "seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_11[] = {"seq(map(int64, float))", "seq(map(string, float))"};
inline constexpr std::string_view types_12[] = {"seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))"};
inline constexpr std::string_view types_13[] = {"seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_14[] = {"seq(tensor(bool))", "seq(tensor(complex128))", "seq(tensor(complex64))", "seq(tensor(double))", "seq(tensor(float))", "seq(tensor(float16))", "seq(tensor(int16))", "seq(tensor(int32))", "seq(tensor(int64))", "seq(tensor(int8))", "seq(tensor(string))", "seq(tensor(uint16))", "seq(tensor(uint32))", "seq(tensor(uint64))", "seq(tensor(uint8))", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_15[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int4)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint4)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_16[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_17[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_18[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int4)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint4)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_19[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int4)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint4)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_20[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_21[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_22[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_23[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_24[] = {"tensor(bfloat16)", "tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_25[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)"};
inline constexpr std::string_view types_26[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)"};
inline constexpr std::string_view types_27[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)"};
inline constexpr std::string_view types_28[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_29[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_30[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_31[] = {"tensor(bfloat16)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(uint32)", "tensor(uint64)"};
inline constexpr std::string_view types_32[] = {"tensor(bfloat16)", "tensor(float)"};
inline constexpr std::string_view types_33[] = {"tensor(bfloat16)", "tensor(float)", "tensor(float16)"};
inline constexpr std::string_view types_34[] = {"tensor(bfloat16)", "tensor(float)", "tensor(float16)", "tensor(int32)"};
inline constexpr std::string_view types_35[] = {"tensor(bool)"};
inline constexpr std::string_view types_36[] = {"tensor(bool)", "tensor(complex128)", "tensor(complex64)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_37[] = {"tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(string)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_38[] = {"tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_39[] = {"tensor(bool)", "tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_40[] = {"tensor(bool)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_41[] = {"tensor(double)", "tensor(float)"};
inline constexpr std::string_view types_42[] = {"tensor(double)", "tensor(float)", "tensor(float16)"};
inline constexpr std::string_view types_43[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)"};
inline constexpr std::string_view types_44[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_45[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_46[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_47[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int32)", "tensor(int64)", "tensor(uint32)", "tensor(uint64)"};
inline constexpr std::string_view types_48[] = {"tensor(double)", "tensor(float)", "tensor(float16)", "tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_49[] = {"tensor(double)", "tensor(float)", "tensor(int16)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_50[] = {"tensor(double)", "tensor(float)", "tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_51[] = {"tensor(double)", "tensor(float)", "tensor(int32)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_52[] = {"tensor(double)", "tensor(float)", "tensor(int32)", "tensor(int64)", "tensor(uint32)", "tensor(uint64)"};
inline constexpr std::string_view types_53[] = {"tensor(double)", "tensor(float)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_54[] = {"tensor(float)"};
inline constexpr std::string_view types_55[] = {"tensor(float)", "tensor(int32)"};
inline constexpr std::string_view types_56[] = {"tensor(float)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_57[] = {"tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int32)", "tensor(int4)", "tensor(int8)", "tensor(uint16)", "tensor(uint4)", "tensor(uint8)"};
inline constexpr std::string_view types_58[] = {"tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int16)", "tensor(int4)", "tensor(int8)", "tensor(uint16)", "tensor(uint4)", "tensor(uint8)"};
inline constexpr std::string_view types_59[] = {"tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int32)", "tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_60[] = {"tensor(float8e4m3fn)", "tensor(float8e4m3fnuz)", "tensor(float8e5m2)", "tensor(float8e5m2fnuz)", "tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_61[] = {"tensor(int16)", "tensor(int32)", "tensor(int64)", "tensor(int8)", "tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_62[] = {"tensor(int32)"};
inline constexpr std::string_view types_63[] = {"tensor(int32)", "tensor(int64)"};
inline constexpr std::string_view types_64[] = {"tensor(int32)", "tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_65[] = {"tensor(int32)", "tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_66[] = {"tensor(int64)"};
inline constexpr std::string_view types_67[] = {"tensor(int64)", "tensor(string)"};
inline constexpr std::string_view types_68[] = {"tensor(int8)", "tensor(uint8)"};
inline constexpr std::string_view types_69[] = {"tensor(string)"};
inline constexpr std::string_view types_70[] = {"tensor(uint16)", "tensor(uint32)", "tensor(uint64)", "tensor(uint8)"};
inline constexpr std::string_view types_71[] = {"tensor(uint8)"};

inline constexpr FormalParam s0_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s0_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s0_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s0_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s1_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s1_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s1_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s2_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s2_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s2_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s3_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s3_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s3_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s4_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s4_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s4_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s5_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s5_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s5_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s5_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s6_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s6_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s6_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s6_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s7_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s7_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s7_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s8_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s8_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s8_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s9_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s9_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s9_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s10_in[] = {{"theta", "T1", ParamOption::single, true, 1}, {"size", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s10_out[] = {{"grid", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s10_attr[] = {{"align_corners", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s10_tc[] = {{"T1", std::span<const std::string_view>(types_25, 4)}, {"T2", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s11_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s11_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s11_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s11_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s12_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s12_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s12_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s13_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s13_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s13_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s13_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s14_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s14_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s14_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s14_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s15_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s15_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s15_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s15_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s16_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s16_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s16_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s16_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s17_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s17_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s17_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s17_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s18_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s18_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s18_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s18_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s19_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s19_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s19_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s19_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s20_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s20_out[] = {{"reduced", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s20_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}, {"select_last_index", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s20_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s21_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s21_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s21_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s22_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s22_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s22_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s23_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s23_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s23_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s24_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s24_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s24_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s25_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s25_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s25_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s25_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s26_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s26_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s26_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"count_include_pad", AttributeKind(2), false, "0"}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s26_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s27_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s27_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s27_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"count_include_pad", AttributeKind(2), false, "0"}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s27_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s28_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s28_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s28_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"count_include_pad", AttributeKind(2), false, "0"}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s28_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s29_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s29_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s29_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"count_include_pad", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s29_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s30_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s30_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s30_attr[] = {{"consumed_inputs", AttributeKind(7), true, ""}, {"epsilon", AttributeKind(1), false, "1e-05"}, {"is_test", AttributeKind(2), false, "0"}, {"momentum", AttributeKind(1), false, "0.9"}, {"spatial", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s30_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s31_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s31_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s31_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"is_test", AttributeKind(2), false, "0"}, {"momentum", AttributeKind(1), false, "0.9"}, {"spatial", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s31_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s32_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s32_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s32_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}, {"spatial", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s32_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s33_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::single, true, 1}, {"var", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s33_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"mean", "T", ParamOption::optional, true, 1}, {"var", "T", ParamOption::optional, true, 1}, {"saved_mean", "T", ParamOption::optional, true, 1}, {"saved_var", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s33_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}};
inline constexpr TypeConstraint s33_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s34_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"input_mean", "U", ParamOption::single, true, 1}, {"input_var", "U", ParamOption::single, true, 1}};
inline constexpr FormalParam s34_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"running_mean", "U", ParamOption::optional, true, 1}, {"running_var", "U", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s34_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}, {"training_mode", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s34_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}, {"U", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s35_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T1", ParamOption::single, true, 1}, {"B", "T1", ParamOption::single, true, 1}, {"input_mean", "T2", ParamOption::single, true, 1}, {"input_var", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s35_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"running_mean", "T2", ParamOption::optional, true, 1}, {"running_var", "T2", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s35_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"momentum", AttributeKind(1), false, "0.9"}, {"training_mode", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s35_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}, {"T1", std::span<const std::string_view>(types_25, 4)}, {"T2", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s36_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s36_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s36_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s36_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_23, 13)}};
inline constexpr FormalParam s37_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s37_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s37_attr[] = {{"direction", AttributeKind(3), true, ""}};
inline constexpr TypeConstraint s37_tc[] = {{"T", std::span<const std::string_view>(types_70, 4)}};
inline constexpr FormalParam s38_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s38_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s38_tc[] = {{"T", std::span<const std::string_view>(types_61, 8)}};
inline constexpr FormalParam s39_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s39_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s39_tc[] = {{"T", std::span<const std::string_view>(types_61, 8)}};
inline constexpr FormalParam s40_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s40_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s40_tc[] = {{"T", std::span<const std::string_view>(types_61, 8)}};
inline constexpr FormalParam s41_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s41_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s41_tc[] = {{"T", std::span<const std::string_view>(types_61, 8)}};
inline constexpr FormalParam s42_in[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s42_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s42_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}, {"periodic", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s42_tc[] = {{"T1", std::span<const std::string_view>(types_63, 2)}, {"T2", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s43_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s43_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s43_attr[] = {{"to", AttributeKind(3), true, ""}};
inline constexpr TypeConstraint s43_tc[] = {{"T1", std::span<const std::string_view>(types_38, 12)}, {"T2", std::span<const std::string_view>(types_38, 12)}};
inline constexpr FormalParam s44_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s44_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s44_attr[] = {{"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s44_tc[] = {{"T1", std::span<const std::string_view>(types_38, 12)}, {"T2", std::span<const std::string_view>(types_38, 12)}};
inline constexpr FormalParam s45_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s45_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s45_attr[] = {{"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s45_tc[] = {{"T1", std::span<const std::string_view>(types_37, 13)}, {"T2", std::span<const std::string_view>(types_37, 13)}};
inline constexpr FormalParam s46_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s46_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s46_attr[] = {{"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s46_tc[] = {{"T1", std::span<const std::string_view>(types_22, 14)}, {"T2", std::span<const std::string_view>(types_22, 14)}};
inline constexpr FormalParam s47_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s47_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s47_attr[] = {{"saturate", AttributeKind(2), false, "1"}, {"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s47_tc[] = {{"T1", std::span<const std::string_view>(types_20, 18)}, {"T2", std::span<const std::string_view>(types_20, 18)}};
inline constexpr FormalParam s48_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s48_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s48_attr[] = {{"saturate", AttributeKind(2), false, "1"}, {"to", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s48_tc[] = {{"T1", std::span<const std::string_view>(types_18, 20)}, {"T2", std::span<const std::string_view>(types_18, 20)}};
inline constexpr FormalParam s49_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"target_type", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s49_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s49_tc[] = {{"T1", std::span<const std::string_view>(types_22, 14)}, {"T2", std::span<const std::string_view>(types_22, 14)}};
inline constexpr FormalParam s50_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"target_type", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s50_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s50_attr[] = {{"saturate", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s50_tc[] = {{"T1", std::span<const std::string_view>(types_20, 18)}, {"T2", std::span<const std::string_view>(types_20, 18)}};
inline constexpr FormalParam s51_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"target_type", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s51_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s51_attr[] = {{"saturate", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s51_tc[] = {{"T1", std::span<const std::string_view>(types_18, 20)}, {"T2", std::span<const std::string_view>(types_18, 20)}};
inline constexpr FormalParam s52_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s52_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s52_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s52_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s53_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s53_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s53_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s54_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s54_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s54_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s55_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s55_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s55_attr[] = {{"alpha", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s55_tc[] = {{"T", std::span<const std::string_view>(types_54, 1)}};
inline constexpr FormalParam s56_in[] = {{"input_data", "T", ParamOption::single, true, 1}, {"shape", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s56_out[] = {{"output_data", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s56_attr[] = {{"axes", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s56_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s57_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s57_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s57_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"max", AttributeKind(1), false, ""}, {"min", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s57_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s58_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s58_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s58_attr[] = {{"max", AttributeKind(1), false, "3.40282e+38"}, {"min", AttributeKind(1), false, "-3.40282e+38"}};
inline constexpr TypeConstraint s58_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s59_in[] = {{"input", "T", ParamOption::single, true, 1}, {"min", "T", ParamOption::optional, true, 1}, {"max", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s59_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s59_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s60_in[] = {{"input", "T", ParamOption::single, true, 1}, {"min", "T", ParamOption::optional, true, 1}, {"max", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s60_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s60_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s61_in[] = {{"input", "T", ParamOption::single, true, 1}, {"min", "T", ParamOption::optional, true, 1}, {"max", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s61_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s61_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s62_in[] = {{"input", "T", ParamOption::single, true, 1}, {"image_shape", "tensor(int64)", ParamOption::single, true, 1}, {"block_shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s62_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s62_attr[] = {{"dilations", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s62_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s63_in[] = {{"input", "T", ParamOption::single, true, 1}, {"condition", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s63_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s63_attr[] = {{"axis", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s63_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s64_in[] = {{"input", "T", ParamOption::single, true, 1}, {"condition", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s64_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s64_attr[] = {{"axis", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s64_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s65_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s65_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s65_attr[] = {{"axis", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s65_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s66_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s66_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s66_attr[] = {{"axis", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s66_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s67_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s67_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s67_attr[] = {{"axis", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s67_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s68_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s68_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s68_attr[] = {{"axis", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s68_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s69_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}};
inline constexpr FormalParam s69_out[] = {{"concat_result", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s69_attr[] = {{"axis", AttributeKind(2), true, ""}, {"new_axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s69_tc[] = {{"S", std::span<const std::string_view>(types_12, 15)}, {"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s70_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s70_attr[] = {{"value", AttributeKind(4), true, ""}};
inline constexpr TypeConstraint s70_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s71_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s71_attr[] = {{"value", AttributeKind(4), true, ""}};
inline constexpr TypeConstraint s71_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s72_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s72_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s72_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s73_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s73_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}, {"value_float", AttributeKind(1), false, ""}, {"value_floats", AttributeKind(6), false, ""}, {"value_int", AttributeKind(2), false, ""}, {"value_ints", AttributeKind(7), false, ""}, {"value_string", AttributeKind(3), false, ""}, {"value_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s73_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s74_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s74_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}, {"value_float", AttributeKind(1), false, ""}, {"value_floats", AttributeKind(6), false, ""}, {"value_int", AttributeKind(2), false, ""}, {"value_ints", AttributeKind(7), false, ""}, {"value_string", AttributeKind(3), false, ""}, {"value_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s74_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s75_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s75_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}, {"value_float", AttributeKind(1), false, ""}, {"value_floats", AttributeKind(6), false, ""}, {"value_int", AttributeKind(2), false, ""}, {"value_ints", AttributeKind(7), false, ""}, {"value_string", AttributeKind(3), false, ""}, {"value_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s75_tc[] = {{"T", std::span<const std::string_view>(types_16, 20)}};
inline constexpr FormalParam s76_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s76_attr[] = {{"sparse_value", AttributeKind(11), false, ""}, {"value", AttributeKind(4), false, ""}, {"value_float", AttributeKind(1), false, ""}, {"value_floats", AttributeKind(6), false, ""}, {"value_int", AttributeKind(2), false, ""}, {"value_ints", AttributeKind(7), false, ""}, {"value_string", AttributeKind(3), false, ""}, {"value_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s76_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s77_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s77_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s77_attr[] = {{"value", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s77_tc[] = {{"T1", std::span<const std::string_view>(types_66, 1)}, {"T2", std::span<const std::string_view>(types_38, 12)}};
inline constexpr FormalParam s78_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s78_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s78_attr[] = {{"value", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s78_tc[] = {{"T1", std::span<const std::string_view>(types_66, 1)}, {"T2", std::span<const std::string_view>(types_21, 17)}};
inline constexpr FormalParam s79_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s79_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s79_attr[] = {{"value", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s79_tc[] = {{"T1", std::span<const std::string_view>(types_66, 1)}, {"T2", std::span<const std::string_view>(types_19, 19)}};
inline constexpr FormalParam s80_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s80_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s80_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s80_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s81_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s81_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s81_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s81_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s82_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"w", "T2", ParamOption::single, true, 1}, {"x_zero_point", "T1", ParamOption::optional, true, 1}, {"w_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s82_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s82_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s82_tc[] = {{"T1", std::span<const std::string_view>(types_68, 2)}, {"T2", std::span<const std::string_view>(types_68, 2)}, {"T3", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s83_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s83_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s83_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"output_padding", AttributeKind(7), false, ""}, {"output_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s83_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s84_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s84_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s84_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"output_padding", AttributeKind(7), false, ""}, {"output_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s84_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s85_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s85_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s85_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s86_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s86_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s86_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s87_in[] = {{"x", "T", ParamOption::single, true, 1}, {"axis", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s87_out[] = {{"y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s87_attr[] = {{"exclusive", AttributeKind(2), false, "0"}, {"reverse", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s87_tc[] = {{"T", std::span<const std::string_view>(types_52, 6)}, {"T2", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s88_in[] = {{"x", "T", ParamOption::single, true, 1}, {"axis", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s88_out[] = {{"y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s88_attr[] = {{"exclusive", AttributeKind(2), false, "0"}, {"reverse", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s88_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}, {"T2", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s89_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"dft_length", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s89_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s89_attr[] = {{"axis", AttributeKind(2), false, "1"}, {"inverse", AttributeKind(2), false, "0"}, {"onesided", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s89_tc[] = {{"T1", std::span<const std::string_view>(types_25, 4)}, {"T2", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s90_in[] = {{"input", "T1", ParamOption::single, true, 1}, {"dft_length", "T2", ParamOption::optional, true, 1}, {"axis", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s90_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s90_attr[] = {{"inverse", AttributeKind(2), false, "0"}, {"onesided", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s90_tc[] = {{"T1", std::span<const std::string_view>(types_25, 4)}, {"T2", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s91_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"offset", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s91_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s91_attr[] = {{"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"offset_group", AttributeKind(2), false, "1"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s91_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s92_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s92_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s92_attr[] = {{"blocksize", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s92_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s93_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s93_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s93_attr[] = {{"blocksize", AttributeKind(2), true, ""}, {"mode", AttributeKind(3), false, "\"DCR\""}};
inline constexpr TypeConstraint s93_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s94_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s94_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s94_attr[] = {{"blocksize", AttributeKind(2), true, ""}, {"mode", AttributeKind(3), false, "\"DCR\""}};
inline constexpr TypeConstraint s94_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s95_in[] = {{"x", "T", ParamOption::single, true, 1}, {"x_scale", "tensor(float)", ParamOption::single, true, 1}, {"x_zero_point", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s95_out[] = {{"y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s95_tc[] = {{"T", std::span<const std::string_view>(types_65, 3)}};
inline constexpr FormalParam s96_in[] = {{"x", "T", ParamOption::single, true, 1}, {"x_scale", "tensor(float)", ParamOption::single, true, 1}, {"x_zero_point", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s96_out[] = {{"y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s96_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s96_tc[] = {{"T", std::span<const std::string_view>(types_65, 3)}};
inline constexpr FormalParam s97_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"x_scale", "T2", ParamOption::single, true, 1}, {"x_zero_point", "T1", ParamOption::optional, true, 1}};
inline constexpr FormalParam s97_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s97_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s97_tc[] = {{"T", std::span<const std::string_view>(types_0, 0)}, {"T1", std::span<const std::string_view>(types_59, 7)}, {"T2", std::span<const std::string_view>(types_33, 3)}};
inline constexpr FormalParam s98_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"x_scale", "T2", ParamOption::single, true, 1}, {"x_zero_point", "T1", ParamOption::optional, true, 1}};
inline constexpr FormalParam s98_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s98_attr[] = {{"axis", AttributeKind(2), false, "1"}, {"block_size", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s98_tc[] = {{"T", std::span<const std::string_view>(types_0, 0)}, {"T1", std::span<const std::string_view>(types_57, 11)}, {"T2", std::span<const std::string_view>(types_33, 3)}};
inline constexpr FormalParam s99_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s99_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s99_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s100_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s100_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s100_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s100_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s101_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s101_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s101_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s101_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s102_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s102_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s102_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s103_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s103_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s103_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s104_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s104_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s104_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s105_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s105_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s105_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"is_test", AttributeKind(2), false, "0"}, {"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s105_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s106_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s106_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s106_attr[] = {{"is_test", AttributeKind(2), false, "0"}, {"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s106_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s107_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s107_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s107_attr[] = {{"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s107_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s108_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s108_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T1", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s108_attr[] = {{"ratio", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s108_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s109_in[] = {{"data", "T", ParamOption::single, true, 1}, {"ratio", "T1", ParamOption::optional, true, 1}, {"training_mode", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s109_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T2", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s109_attr[] = {{"seed", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s109_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s110_in[] = {{"data", "T", ParamOption::single, true, 1}, {"ratio", "T1", ParamOption::optional, true, 1}, {"training_mode", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s110_out[] = {{"output", "T", ParamOption::single, true, 1}, {"mask", "T2", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s110_attr[] = {{"seed", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s110_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}, {"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s111_in[] = {{"x", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s111_out[] = {{"y", "T2", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s111_tc[] = {{"T1", std::span<const std::string_view>(types_54, 1)}, {"T2", std::span<const std::string_view>(types_71, 1)}};
inline constexpr FormalParam s112_in[] = {{"Inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s112_out[] = {{"Output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s112_attr[] = {{"equation", AttributeKind(3), true, ""}};
inline constexpr TypeConstraint s112_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s113_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s113_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s113_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s113_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s114_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s114_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s114_attr[] = {{"alpha", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s114_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s115_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s115_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s115_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s115_tc[] = {{"T", std::span<const std::string_view>(types_40, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s116_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s116_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s116_tc[] = {{"T", std::span<const std::string_view>(types_40, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s117_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s117_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s117_tc[] = {{"T", std::span<const std::string_view>(types_38, 12)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s118_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s118_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s118_tc[] = {{"T", std::span<const std::string_view>(types_23, 13)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s119_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s119_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s119_tc[] = {{"T", std::span<const std::string_view>(types_22, 14)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s120_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s120_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s120_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s121_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s121_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s121_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s122_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s122_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s122_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s122_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s123_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s123_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s123_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s124_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s124_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s124_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s125_in[] = {{"input", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s125_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s125_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s126_in[] = {{"input", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s126_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s126_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s127_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s127_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s127_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"k", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s127_tc[] = {{"T1", std::span<const std::string_view>(types_38, 12)}, {"T2", std::span<const std::string_view>(types_38, 12)}};
inline constexpr FormalParam s128_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s128_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s128_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s128_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s129_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s129_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s129_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s129_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s130_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s130_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s130_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s130_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s131_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s131_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s131_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s131_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s132_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s132_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s132_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s132_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s133_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s133_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s133_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s133_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s134_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s134_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s134_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s135_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s135_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s135_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s136_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s136_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s136_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"foward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s136_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s137_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s137_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s137_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"linear_before_reset", AttributeKind(2), false, "0"}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s137_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s138_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s138_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s138_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"linear_before_reset", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s138_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s139_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s139_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s139_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"layout", AttributeKind(2), false, "0"}, {"linear_before_reset", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s139_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s140_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s140_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s140_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s140_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s141_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s141_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s141_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s141_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s142_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s142_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s142_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s142_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s143_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s143_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s143_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s143_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s144_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}};
inline constexpr FormalParam s144_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s144_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s144_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s145_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s145_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s145_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s146_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s146_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s146_attr[] = {{"batch_dims", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s146_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s147_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s147_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s147_attr[] = {{"batch_dims", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s147_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s148_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s148_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s148_attr[] = {{"approximate", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s148_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s149_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s149_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s149_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"broadcast", AttributeKind(2), false, "0"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s149_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s150_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s150_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s150_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"broadcast", AttributeKind(2), false, "0"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s150_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s151_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s151_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s151_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s151_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s152_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s152_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s152_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s152_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s153_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s153_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s153_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s153_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s154_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}, {"C", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s154_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s154_attr[] = {{"alpha", AttributeKind(1), false, "1"}, {"beta", AttributeKind(1), false, "1"}, {"transA", AttributeKind(2), false, "0"}, {"transB", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s154_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s155_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s155_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s155_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s156_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s156_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s156_attr[] = {{"p", AttributeKind(1), false, "2"}};
inline constexpr TypeConstraint s156_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s157_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s157_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s157_attr[] = {{"p", AttributeKind(2), false, "2"}};
inline constexpr TypeConstraint s157_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s158_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s158_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s158_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s159_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s159_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s159_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s159_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s160_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s160_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s160_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s161_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s161_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s161_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s162_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s162_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s162_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s163_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s163_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s163_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s164_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s164_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s164_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s165_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"grid", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s165_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s165_attr[] = {{"align_corners", AttributeKind(2), false, "0"}, {"mode", AttributeKind(3), false, "\"bilinear\""}, {"padding_mode", AttributeKind(3), false, "\"zeros\""}};
inline constexpr TypeConstraint s165_tc[] = {{"T1", std::span<const std::string_view>(types_36, 15)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s166_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"grid", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s166_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s166_attr[] = {{"align_corners", AttributeKind(2), false, "0"}, {"mode", AttributeKind(3), false, "\"linear\""}, {"padding_mode", AttributeKind(3), false, "\"zeros\""}};
inline constexpr TypeConstraint s166_tc[] = {{"T1", std::span<const std::string_view>(types_36, 15)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s167_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"bias", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s167_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s167_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"num_groups", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s167_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s168_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"bias", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s168_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s168_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}, {"num_groups", AttributeKind(2), true, ""}, {"stash_type", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s168_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s169_in[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s169_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s169_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}, {"periodic", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s169_tc[] = {{"T1", std::span<const std::string_view>(types_63, 2)}, {"T2", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s170_in[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s170_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s170_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}, {"periodic", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s170_tc[] = {{"T1", std::span<const std::string_view>(types_63, 2)}, {"T2", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s171_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s171_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s171_attr[] = {{"alpha", AttributeKind(1), false, "0.2"}, {"beta", AttributeKind(1), false, "0.5"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s171_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s172_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s172_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s172_attr[] = {{"alpha", AttributeKind(1), false, "0.2"}, {"beta", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s172_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s173_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s173_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s173_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s174_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s174_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s174_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s174_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s175_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s175_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s175_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s175_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s176_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s176_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s176_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s176_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s177_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s177_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s177_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s178_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s178_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s178_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s179_in[] = {{"input", "V", ParamOption::single, true, 1}};
inline constexpr FormalParam s179_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s179_tc[] = {{"V", std::span<const std::string_view>(types_13, 31)}};
inline constexpr FormalParam s180_in[] = {{"input", "V", ParamOption::single, true, 1}};
inline constexpr FormalParam s180_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s180_tc[] = {{"V", std::span<const std::string_view>(types_9, 61)}};
inline constexpr FormalParam s181_in[] = {{"input", "V", ParamOption::single, true, 1}};
inline constexpr FormalParam s181_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s181_tc[] = {{"V", std::span<const std::string_view>(types_8, 65)}};
inline constexpr FormalParam s182_in[] = {{"input", "V", ParamOption::single, true, 1}};
inline constexpr FormalParam s182_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s182_tc[] = {{"V", std::span<const std::string_view>(types_7, 67)}};
inline constexpr FormalParam s183_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s183_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s183_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s183_tc[] = {{"V", std::span<const std::string_view>(types_36, 15)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s184_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s184_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s184_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s184_tc[] = {{"V", std::span<const std::string_view>(types_36, 15)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s185_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s185_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s185_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s185_tc[] = {{"V", std::span<const std::string_view>(types_14, 30)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s186_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s186_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s186_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s186_tc[] = {{"V", std::span<const std::string_view>(types_5, 64)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s187_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s187_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s187_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s187_tc[] = {{"V", std::span<const std::string_view>(types_4, 76)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s188_in[] = {{"cond", "B", ParamOption::single, true, 1}};
inline constexpr FormalParam s188_out[] = {{"outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s188_attr[] = {{"else_branch", AttributeKind(5), true, ""}, {"then_branch", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s188_tc[] = {{"V", std::span<const std::string_view>(types_3, 82)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s189_in[] = {{"encoded_stream", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s189_out[] = {{"image", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s189_attr[] = {{"pixel_format", AttributeKind(3), false, "\"RGB\""}};
inline constexpr TypeConstraint s189_tc[] = {{"T1", std::span<const std::string_view>(types_71, 1)}, {"T2", std::span<const std::string_view>(types_71, 1)}};
inline constexpr FormalParam s190_in[] = {{"input", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s190_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s190_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"epsilon", AttributeKind(1), false, "1e-05"}};
inline constexpr TypeConstraint s190_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s191_in[] = {{"input", "T", ParamOption::single, true, 1}, {"scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s191_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s191_attr[] = {{"epsilon", AttributeKind(1), false, "1e-05"}};
inline constexpr TypeConstraint s191_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s192_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s192_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s192_attr[] = {{"detect_negative", AttributeKind(2), false, "1"}, {"detect_positive", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s192_tc[] = {{"T1", std::span<const std::string_view>(types_41, 2)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s193_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s193_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s193_attr[] = {{"detect_negative", AttributeKind(2), false, "1"}, {"detect_positive", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s193_tc[] = {{"T1", std::span<const std::string_view>(types_26, 8)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s194_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s194_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s194_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s195_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s195_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s195_tc[] = {{"T1", std::span<const std::string_view>(types_25, 4)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s196_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s196_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s196_tc[] = {{"T1", std::span<const std::string_view>(types_26, 8)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s197_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s197_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s197_attr[] = {{"alpha", AttributeKind(1), false, "0.0001"}, {"beta", AttributeKind(1), false, "0.75"}, {"bias", AttributeKind(1), false, "1"}, {"size", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s197_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s198_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s198_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s198_attr[] = {{"alpha", AttributeKind(1), false, "0.0001"}, {"beta", AttributeKind(1), false, "0.75"}, {"bias", AttributeKind(1), false, "1"}, {"size", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s198_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s199_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}, {"initial_c", "T", ParamOption::optional, true, 1}, {"P", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s199_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}, {"Y_c", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s199_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"input_forget", AttributeKind(2), false, "0"}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s199_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s200_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}, {"initial_c", "T", ParamOption::optional, true, 1}, {"P", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s200_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}, {"Y_c", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s200_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"input_forget", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s200_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s201_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}, {"initial_c", "T", ParamOption::optional, true, 1}, {"P", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s201_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}, {"Y_c", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s201_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"input_forget", AttributeKind(2), false, "0"}, {"layout", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s201_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s202_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Scale", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s202_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Mean", "U", ParamOption::optional, true, 1}, {"InvStdDev", "U", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s202_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"epsilon", AttributeKind(1), false, "1e-05"}, {"stash_type", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s202_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}, {"U", std::span<const std::string_view>(types_32, 2)}};
inline constexpr FormalParam s203_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s203_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s203_attr[] = {{"alpha", AttributeKind(1), false, "0.01"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s203_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s204_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s204_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s204_attr[] = {{"alpha", AttributeKind(1), false, "0.01"}};
inline constexpr TypeConstraint s204_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s205_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s205_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s205_attr[] = {{"alpha", AttributeKind(1), false, "0.01"}};
inline constexpr TypeConstraint s205_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s206_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s206_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s206_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s206_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s207_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s207_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s207_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s208_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s208_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s208_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s209_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s209_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s209_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s210_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s210_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s210_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s211_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s211_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s211_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s212_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s212_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s212_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s212_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s213_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s213_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s213_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s214_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s214_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s214_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s215_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s215_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s215_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s215_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s216_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s216_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s216_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s216_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s217_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s217_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s217_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s217_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s218_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s218_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s218_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s218_tc[] = {{"V", std::span<const std::string_view>(types_36, 15)}, {"I", std::span<const std::string_view>(types_66, 1)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s219_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s219_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s219_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s219_tc[] = {{"V", std::span<const std::string_view>(types_36, 15)}, {"I", std::span<const std::string_view>(types_66, 1)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s220_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s220_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s220_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s220_tc[] = {{"V", std::span<const std::string_view>(types_14, 30)}, {"I", std::span<const std::string_view>(types_66, 1)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s221_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s221_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s221_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s221_tc[] = {{"V", std::span<const std::string_view>(types_5, 64)}, {"I", std::span<const std::string_view>(types_66, 1)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s222_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s222_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s222_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s222_tc[] = {{"V", std::span<const std::string_view>(types_4, 76)}, {"I", std::span<const std::string_view>(types_66, 1)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s223_in[] = {{"M", "I", ParamOption::optional, true, 1}, {"cond", "B", ParamOption::optional, true, 1}, {"v_initial", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s223_out[] = {{"v_final_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s223_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s223_tc[] = {{"V", std::span<const std::string_view>(types_3, 82)}, {"I", std::span<const std::string_view>(types_66, 1)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s224_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s224_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s224_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"p", AttributeKind(2), false, "2"}};
inline constexpr TypeConstraint s224_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s225_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s225_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s225_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), false, ""}, {"p", AttributeKind(1), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s225_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s226_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s226_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s226_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"p", AttributeKind(2), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s226_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s227_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s227_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s227_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"p", AttributeKind(2), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s227_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s228_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s228_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s228_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"p", AttributeKind(2), false, "2"}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s228_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s229_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s229_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s229_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s230_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s230_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s230_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s231_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s231_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s231_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s232_in[] = {{"A", "T1", ParamOption::single, true, 1}, {"B", "T2", ParamOption::single, true, 1}, {"a_zero_point", "T1", ParamOption::optional, true, 1}, {"b_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s232_out[] = {{"Y", "T3", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s232_tc[] = {{"T1", std::span<const std::string_view>(types_68, 2)}, {"T2", std::span<const std::string_view>(types_68, 2)}, {"T3", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s233_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s233_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s233_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s233_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s234_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s234_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s234_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s235_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s235_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s235_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s236_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s236_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s236_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s237_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s237_out[] = {{"max", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s237_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s238_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s238_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s238_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s238_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s239_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s239_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s239_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s239_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s240_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s240_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s240_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s240_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s241_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s241_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s241_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s241_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s242_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s242_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s242_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"ceil_mode", AttributeKind(2), false, "0"}, {"dilations", AttributeKind(7), false, ""}, {"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"storage_order", AttributeKind(2), false, "0"}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s242_tc[] = {{"T", std::span<const std::string_view>(types_48, 5)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s243_in[] = {{"X", "T", ParamOption::single, true, 1}, {"rois", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s243_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s243_attr[] = {{"pooled_shape", AttributeKind(7), true, ""}, {"spatial_scale", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s243_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s244_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"I", "T2", ParamOption::single, true, 1}, {"output_shape", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s244_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s244_attr[] = {{"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s244_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s245_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"I", "T2", ParamOption::single, true, 1}, {"output_shape", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s245_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s245_attr[] = {{"kernel_shape", AttributeKind(7), true, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s245_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s246_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s246_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s246_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s246_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s247_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s247_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s247_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s248_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s248_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s248_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s249_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s249_out[] = {{"mean", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s249_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s250_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s250_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s250_attr[] = {{"axes", AttributeKind(7), false, "0,2,3"}};
inline constexpr TypeConstraint s250_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s251_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s251_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s251_attr[] = {{"axes", AttributeKind(7), false, "0,2,3"}};
inline constexpr TypeConstraint s251_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s252_in[] = {{"num_mel_bins", "T1", ParamOption::single, true, 1}, {"dft_length", "T1", ParamOption::single, true, 1}, {"sample_rate", "T1", ParamOption::single, true, 1}, {"lower_edge_hertz", "T2", ParamOption::single, true, 1}, {"upper_edge_hertz", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s252_out[] = {{"output", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s252_attr[] = {{"output_datatype", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s252_tc[] = {{"T1", std::span<const std::string_view>(types_63, 2)}, {"T2", std::span<const std::string_view>(types_25, 4)}, {"T3", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s253_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s253_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s253_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s253_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s254_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s254_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s254_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s255_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s255_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s255_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s256_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s256_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s256_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s257_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s257_out[] = {{"min", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s257_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s258_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s258_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s258_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s259_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s259_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s259_attr[] = {{"fmod", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s259_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s260_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s260_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s260_attr[] = {{"fmod", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s260_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s261_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s261_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s261_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s261_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s262_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s262_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s262_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s262_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s263_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s263_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s263_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s264_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s264_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s264_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s265_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s265_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s265_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s266_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s266_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s266_attr[] = {{"dtype", AttributeKind(2), false, "6"}, {"sample_size", AttributeKind(2), false, "1"}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s266_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s267_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s267_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s267_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s267_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s268_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s268_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s268_tc[] = {{"T", std::span<const std::string_view>(types_43, 7)}};
inline constexpr FormalParam s269_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s269_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s269_tc[] = {{"T", std::span<const std::string_view>(types_27, 8)}};
inline constexpr FormalParam s270_in[] = {{"input", "T", ParamOption::single, true, 1}, {"target", "Tind", ParamOption::single, true, 1}, {"weight", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s270_out[] = {{"loss", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s270_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s270_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s271_in[] = {{"input", "T", ParamOption::single, true, 1}, {"target", "Tind", ParamOption::single, true, 1}, {"weight", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s271_out[] = {{"loss", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s271_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s271_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s272_in[] = {{"boxes", "tensor(float)", ParamOption::single, true, 1}, {"scores", "tensor(float)", ParamOption::single, true, 1}, {"max_output_boxes_per_class", "tensor(int64)", ParamOption::optional, true, 1}, {"iou_threshold", "tensor(float)", ParamOption::optional, true, 1}, {"score_threshold", "tensor(float)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s272_out[] = {{"selected_indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s272_attr[] = {{"center_point_box", AttributeKind(2), false, "0"}};
inline constexpr FormalParam s273_in[] = {{"boxes", "tensor(float)", ParamOption::single, true, 1}, {"scores", "tensor(float)", ParamOption::single, true, 1}, {"max_output_boxes_per_class", "tensor(int64)", ParamOption::optional, true, 1}, {"iou_threshold", "tensor(float)", ParamOption::optional, true, 1}, {"score_threshold", "tensor(float)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s273_out[] = {{"selected_indices", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s273_attr[] = {{"center_point_box", AttributeKind(2), false, "0"}};
inline constexpr FormalParam s274_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s274_out[] = {{"Y", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s274_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s275_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s275_out[] = {{"Y", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s275_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s276_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s276_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s276_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s277_in[] = {{"indices", "T1", ParamOption::single, true, 1}, {"depth", "T2", ParamOption::single, true, 1}, {"values", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s277_out[] = {{"output", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s277_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s277_tc[] = {{"T1", std::span<const std::string_view>(types_44, 11)}, {"T2", std::span<const std::string_view>(types_44, 11)}, {"T3", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s278_in[] = {{"indices", "T1", ParamOption::single, true, 1}, {"depth", "T2", ParamOption::single, true, 1}, {"values", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s278_out[] = {{"output", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s278_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s278_tc[] = {{"T1", std::span<const std::string_view>(types_44, 11)}, {"T2", std::span<const std::string_view>(types_44, 11)}, {"T3", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s279_in[] = {{"input", "V", ParamOption::optional, true, 1}};
inline constexpr FormalParam s279_out[] = {{"output", "O", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s279_attr[] = {{"type", AttributeKind(13), false, ""}};
inline constexpr TypeConstraint s279_tc[] = {{"V", std::span<const std::string_view>(types_14, 30)}, {"O", std::span<const std::string_view>(types_6, 30)}};
inline constexpr FormalParam s280_in[] = {{"input", "O", ParamOption::single, true, 1}};
inline constexpr FormalParam s280_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s280_tc[] = {{"O", std::span<const std::string_view>(types_6, 30)}, {"V", std::span<const std::string_view>(types_14, 30)}};
inline constexpr FormalParam s281_in[] = {{"input", "O", ParamOption::single, true, 1}};
inline constexpr FormalParam s281_out[] = {{"output", "V", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s281_tc[] = {{"O", std::span<const std::string_view>(types_10, 60)}, {"V", std::span<const std::string_view>(types_14, 30)}};
inline constexpr FormalParam s282_in[] = {{"input", "O", ParamOption::single, true, 1}};
inline constexpr FormalParam s282_out[] = {{"output", "B", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s282_tc[] = {{"O", std::span<const std::string_view>(types_6, 30)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s283_in[] = {{"input", "O", ParamOption::optional, true, 1}};
inline constexpr FormalParam s283_out[] = {{"output", "B", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s283_tc[] = {{"O", std::span<const std::string_view>(types_10, 60)}, {"B", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s284_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s284_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s284_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s284_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s285_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s285_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s285_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s286_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s286_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s286_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s286_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s287_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s287_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s287_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s288_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s288_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s288_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s289_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s289_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s289_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s290_in[] = {{"X", "T", ParamOption::single, true, 1}, {"slope", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s290_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s290_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s291_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s291_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s291_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}, {"paddings", AttributeKind(7), true, ""}, {"value", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s291_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s292_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s292_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s292_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}, {"pads", AttributeKind(7), true, ""}, {"value", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s292_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s293_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s293_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s293_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s293_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s294_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s294_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s294_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s294_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s295_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s295_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s295_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s295_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s296_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s296_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s296_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s296_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s297_in[] = {{"data", "T", ParamOption::single, true, 1}, {"pads", "tensor(int64)", ParamOption::single, true, 1}, {"constant_value", "T", ParamOption::optional, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s297_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s297_attr[] = {{"mode", AttributeKind(3), false, "\"constant\""}};
inline constexpr TypeConstraint s297_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s298_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s298_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s298_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s298_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s299_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s299_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s299_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s300_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s300_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s300_tc[] = {{"T", std::span<const std::string_view>(types_45, 5)}, {"T1", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s301_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s301_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s301_tc[] = {{"T", std::span<const std::string_view>(types_29, 6)}, {"T1", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s302_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s302_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s302_tc[] = {{"T", std::span<const std::string_view>(types_29, 6)}, {"T1", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s303_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"x_scale", "tensor(float)", ParamOption::single, true, 1}, {"x_zero_point", "T1", ParamOption::single, true, 1}, {"w", "T2", ParamOption::single, true, 1}, {"w_scale", "tensor(float)", ParamOption::single, true, 1}, {"w_zero_point", "T2", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T3", ParamOption::single, true, 1}, {"B", "T4", ParamOption::optional, true, 1}};
inline constexpr FormalParam s303_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s303_attr[] = {{"auto_pad", AttributeKind(3), false, "\"NOTSET\""}, {"dilations", AttributeKind(7), false, ""}, {"group", AttributeKind(2), false, "1"}, {"kernel_shape", AttributeKind(7), false, ""}, {"pads", AttributeKind(7), false, ""}, {"strides", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s303_tc[] = {{"T1", std::span<const std::string_view>(types_68, 2)}, {"T2", std::span<const std::string_view>(types_68, 2)}, {"T3", std::span<const std::string_view>(types_68, 2)}, {"T4", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s304_in[] = {{"a", "T1", ParamOption::single, true, 1}, {"a_scale", "tensor(float)", ParamOption::single, true, 1}, {"a_zero_point", "T1", ParamOption::single, true, 1}, {"b", "T2", ParamOption::single, true, 1}, {"b_scale", "tensor(float)", ParamOption::single, true, 1}, {"b_zero_point", "T2", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s304_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s304_tc[] = {{"T1", std::span<const std::string_view>(types_68, 2)}, {"T2", std::span<const std::string_view>(types_68, 2)}, {"T3", std::span<const std::string_view>(types_68, 2)}};
inline constexpr FormalParam s305_in[] = {{"a", "T1", ParamOption::single, true, 1}, {"a_scale", "TS", ParamOption::single, true, 1}, {"a_zero_point", "T1", ParamOption::single, true, 1}, {"b", "T2", ParamOption::single, true, 1}, {"b_scale", "TS", ParamOption::single, true, 1}, {"b_zero_point", "T2", ParamOption::single, true, 1}, {"y_scale", "TS", ParamOption::single, true, 1}, {"y_zero_point", "T3", ParamOption::single, true, 1}};
inline constexpr FormalParam s305_out[] = {{"y", "T3", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s305_tc[] = {{"T1", std::span<const std::string_view>(types_60, 6)}, {"T2", std::span<const std::string_view>(types_60, 6)}, {"T3", std::span<const std::string_view>(types_60, 6)}, {"TS", std::span<const std::string_view>(types_33, 3)}};
inline constexpr FormalParam s306_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s306_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s306_tc[] = {{"T1", std::span<const std::string_view>(types_55, 2)}, {"T2", std::span<const std::string_view>(types_68, 2)}};
inline constexpr FormalParam s307_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"y_scale", "tensor(float)", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s307_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s307_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s307_tc[] = {{"T1", std::span<const std::string_view>(types_55, 2)}, {"T2", std::span<const std::string_view>(types_68, 2)}};
inline constexpr FormalParam s308_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"y_scale", "T1", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s308_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s308_attr[] = {{"axis", AttributeKind(2), false, "1"}, {"saturate", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s308_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}, {"T2", std::span<const std::string_view>(types_60, 6)}};
inline constexpr FormalParam s309_in[] = {{"x", "T1", ParamOption::single, true, 1}, {"y_scale", "T1", ParamOption::single, true, 1}, {"y_zero_point", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s309_out[] = {{"y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s309_attr[] = {{"axis", AttributeKind(2), false, "1"}, {"block_size", AttributeKind(2), false, "0"}, {"output_dtype", AttributeKind(2), false, "0"}, {"saturate", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s309_tc[] = {{"T1", std::span<const std::string_view>(types_34, 4)}, {"T2", std::span<const std::string_view>(types_58, 10)}};
inline constexpr FormalParam s310_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s310_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s310_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"output_sequence", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s310_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s311_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s311_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s311_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s311_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s312_in[] = {{"X", "T", ParamOption::single, true, 1}, {"W", "T", ParamOption::single, true, 1}, {"R", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::optional, true, 1}, {"sequence_lens", "T1", ParamOption::optional, true, 1}, {"initial_h", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s312_out[] = {{"Y", "T", ParamOption::optional, true, 1}, {"Y_h", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s312_attr[] = {{"activation_alpha", AttributeKind(6), false, ""}, {"activation_beta", AttributeKind(6), false, ""}, {"activations", AttributeKind(8), false, ""}, {"clip", AttributeKind(1), false, ""}, {"direction", AttributeKind(3), false, "\"forward\""}, {"hidden_size", AttributeKind(2), false, ""}, {"layout", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s312_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_62, 1)}};
inline constexpr FormalParam s313_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s313_attr[] = {{"dtype", AttributeKind(2), false, "1"}, {"mean", AttributeKind(1), false, "0"}, {"scale", AttributeKind(1), false, "1"}, {"seed", AttributeKind(1), false, ""}, {"shape", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s313_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s314_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s314_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s314_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"mean", AttributeKind(1), false, "0"}, {"scale", AttributeKind(1), false, "1"}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s314_tc[] = {{"T1", std::span<const std::string_view>(types_36, 15)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s315_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s315_attr[] = {{"dtype", AttributeKind(2), false, "1"}, {"high", AttributeKind(1), false, "1"}, {"low", AttributeKind(1), false, "0"}, {"seed", AttributeKind(1), false, ""}, {"shape", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s315_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s316_in[] = {{"input", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s316_out[] = {{"output", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s316_attr[] = {{"dtype", AttributeKind(2), false, ""}, {"high", AttributeKind(1), false, "1"}, {"low", AttributeKind(1), false, "0"}, {"seed", AttributeKind(1), false, ""}};
inline constexpr TypeConstraint s316_tc[] = {{"T1", std::span<const std::string_view>(types_36, 15)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s317_in[] = {{"start", "T", ParamOption::single, true, 1}, {"limit", "T", ParamOption::single, true, 1}, {"delta", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s317_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s317_tc[] = {{"T", std::span<const std::string_view>(types_49, 5)}};
inline constexpr FormalParam s318_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s318_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s318_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s318_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s319_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s319_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s319_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s320_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s320_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s320_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s321_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s321_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s321_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s321_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s322_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s322_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s322_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s322_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s323_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s323_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s323_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s323_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s324_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s324_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s324_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s324_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s325_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s325_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s325_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s325_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s326_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s326_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s326_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s326_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s327_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s327_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s327_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s327_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s328_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s328_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s328_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s328_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s329_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s329_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s329_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s329_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s330_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s330_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s330_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s330_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s331_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s331_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s331_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s331_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s332_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s332_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s332_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s332_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s333_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s333_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s333_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s333_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s334_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s334_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s334_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s334_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s335_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s335_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s335_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s335_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s336_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s336_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s336_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s336_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s337_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s337_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s337_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s337_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s338_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s338_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s338_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s338_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s339_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s339_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s339_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s339_tc[] = {{"T", std::span<const std::string_view>(types_46, 9)}};
inline constexpr FormalParam s340_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s340_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s340_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s340_tc[] = {{"T", std::span<const std::string_view>(types_30, 10)}};
inline constexpr FormalParam s341_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s341_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s341_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s341_tc[] = {{"T", std::span<const std::string_view>(types_30, 10)}};
inline constexpr FormalParam s342_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s342_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s342_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s342_tc[] = {{"T", std::span<const std::string_view>(types_24, 11)}};
inline constexpr FormalParam s343_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s343_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s343_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s343_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s344_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s344_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s344_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s344_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s345_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s345_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s345_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s345_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s346_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s346_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s346_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s346_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s347_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s347_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s347_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s347_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s348_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s348_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s348_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s348_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s349_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s349_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s349_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s349_tc[] = {{"T", std::span<const std::string_view>(types_46, 9)}};
inline constexpr FormalParam s350_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s350_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s350_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s350_tc[] = {{"T", std::span<const std::string_view>(types_30, 10)}};
inline constexpr FormalParam s351_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s351_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s351_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s351_tc[] = {{"T", std::span<const std::string_view>(types_30, 10)}};
inline constexpr FormalParam s352_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s352_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s352_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s352_tc[] = {{"T", std::span<const std::string_view>(types_24, 11)}};
inline constexpr FormalParam s353_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s353_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s353_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s353_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s354_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s354_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s354_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s354_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s355_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s355_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s355_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s355_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s356_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s356_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s356_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s356_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s357_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s357_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s357_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s357_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s358_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s358_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s358_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s358_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s359_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s359_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s359_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s359_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s360_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s360_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s360_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s360_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s361_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s361_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s361_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s361_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s362_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s362_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s362_attr[] = {{"axes", AttributeKind(7), false, ""}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s362_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s363_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s363_out[] = {{"reduced", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s363_attr[] = {{"keepdims", AttributeKind(2), false, "1"}, {"noop_with_empty_axes", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s363_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s364_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s364_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s364_attr[] = {{"pattern", AttributeKind(3), false, ""}};
inline constexpr TypeConstraint s364_tc[] = {{"T1", std::span<const std::string_view>(types_69, 1)}, {"T2", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s365_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s365_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s365_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s365_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s366_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s366_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s366_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s367_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s367_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s367_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s368_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s368_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s368_tc[] = {{"T", std::span<const std::string_view>(types_27, 8)}};
inline constexpr FormalParam s369_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s369_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s369_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}, {"shape", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s369_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s370_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s370_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s370_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s371_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s371_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s371_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s372_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s372_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s372_attr[] = {{"allowzero", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s372_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s373_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s373_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s373_attr[] = {{"allowzero", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s373_tc[] = {{"T", std::span<const std::string_view>(types_16, 20)}};
inline constexpr FormalParam s374_in[] = {{"data", "T", ParamOption::single, true, 1}, {"shape", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s374_out[] = {{"reshaped", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s374_attr[] = {{"allowzero", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s374_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s375_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s375_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s375_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}};
inline constexpr TypeConstraint s375_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s376_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"roi", "T2", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}, {"sizes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s376_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s376_attr[] = {{"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"cubic_coeff_a", AttributeKind(1), false, "-0.75"}, {"exclude_outside", AttributeKind(2), false, "0"}, {"extrapolation_value", AttributeKind(1), false, "0"}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"nearest_mode", AttributeKind(3), false, "\"round_prefer_floor\""}};
inline constexpr TypeConstraint s376_tc[] = {{"T1", std::span<const std::string_view>(types_36, 15)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s377_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"roi", "T2", ParamOption::optional, true, 1}, {"scales", "tensor(float)", ParamOption::optional, true, 1}, {"sizes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s377_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s377_attr[] = {{"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"cubic_coeff_a", AttributeKind(1), false, "-0.75"}, {"exclude_outside", AttributeKind(2), false, "0"}, {"extrapolation_value", AttributeKind(1), false, "0"}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"nearest_mode", AttributeKind(3), false, "\"round_prefer_floor\""}};
inline constexpr TypeConstraint s377_tc[] = {{"T1", std::span<const std::string_view>(types_17, 16)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s378_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"roi", "T2", ParamOption::optional, true, 1}, {"scales", "tensor(float)", ParamOption::optional, true, 1}, {"sizes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s378_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s378_attr[] = {{"antialias", AttributeKind(2), false, "0"}, {"axes", AttributeKind(7), false, ""}, {"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"cubic_coeff_a", AttributeKind(1), false, "-0.75"}, {"exclude_outside", AttributeKind(2), false, "0"}, {"extrapolation_value", AttributeKind(1), false, "0"}, {"keep_aspect_ratio_policy", AttributeKind(3), false, "\"stretch\""}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"nearest_mode", AttributeKind(3), false, "\"round_prefer_floor\""}};
inline constexpr TypeConstraint s378_tc[] = {{"T1", std::span<const std::string_view>(types_17, 16)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s379_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"roi", "T2", ParamOption::optional, true, 1}, {"scales", "tensor(float)", ParamOption::optional, true, 1}, {"sizes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s379_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s379_attr[] = {{"antialias", AttributeKind(2), false, "0"}, {"axes", AttributeKind(7), false, ""}, {"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"cubic_coeff_a", AttributeKind(1), false, "-0.75"}, {"exclude_outside", AttributeKind(2), false, "0"}, {"extrapolation_value", AttributeKind(1), false, "0"}, {"keep_aspect_ratio_policy", AttributeKind(3), false, "\"stretch\""}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"nearest_mode", AttributeKind(3), false, "\"round_prefer_floor\""}};
inline constexpr TypeConstraint s379_tc[] = {{"T1", std::span<const std::string_view>(types_17, 16)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s380_in[] = {{"input", "T", ParamOption::single, true, 1}, {"sequence_lens", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s380_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s380_attr[] = {{"batch_axis", AttributeKind(2), false, "1"}, {"time_axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s380_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s381_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"rois", "T1", ParamOption::single, true, 1}, {"batch_indices", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s381_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s381_attr[] = {{"mode", AttributeKind(3), false, "\"avg\""}, {"output_height", AttributeKind(2), false, "1"}, {"output_width", AttributeKind(2), false, "1"}, {"sampling_ratio", AttributeKind(2), false, "0"}, {"spatial_scale", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s381_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s382_in[] = {{"X", "T1", ParamOption::single, true, 1}, {"rois", "T1", ParamOption::single, true, 1}, {"batch_indices", "T2", ParamOption::single, true, 1}};
inline constexpr FormalParam s382_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s382_attr[] = {{"coordinate_transformation_mode", AttributeKind(3), false, "\"half_pixel\""}, {"mode", AttributeKind(3), false, "\"avg\""}, {"output_height", AttributeKind(2), false, "1"}, {"output_width", AttributeKind(2), false, "1"}, {"sampling_ratio", AttributeKind(2), false, "0"}, {"spatial_scale", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s382_tc[] = {{"T1", std::span<const std::string_view>(types_42, 3)}, {"T2", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s383_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s383_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s383_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s384_in[] = {{"signal", "T1", ParamOption::single, true, 1}, {"frame_step", "T2", ParamOption::single, true, 1}, {"window", "T1", ParamOption::optional, true, 1}, {"frame_length", "T2", ParamOption::optional, true, 1}};
inline constexpr FormalParam s384_out[] = {{"output", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s384_attr[] = {{"onesided", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s384_tc[] = {{"T1", std::span<const std::string_view>(types_25, 4)}, {"T2", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s385_in[] = {{"sequence_lens", "I", ParamOption::optional, true, 1}, {"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s385_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s385_attr[] = {{"body", AttributeKind(5), true, ""}, {"directions", AttributeKind(7), false, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s385_tc[] = {{"I", std::span<const std::string_view>(types_66, 1)}, {"V", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s386_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s386_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s386_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s386_tc[] = {{"V", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s387_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s387_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s387_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s387_tc[] = {{"V", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s388_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s388_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s388_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s388_tc[] = {{"V", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s389_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s389_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s389_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s389_tc[] = {{"V", std::span<const std::string_view>(types_16, 20)}};
inline constexpr FormalParam s390_in[] = {{"initial_state_and_scan_inputs", "V", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s390_out[] = {{"final_state_and_scan_outputs", "V", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s390_attr[] = {{"body", AttributeKind(5), true, ""}, {"num_scan_inputs", AttributeKind(2), true, ""}, {"scan_input_axes", AttributeKind(7), false, ""}, {"scan_input_directions", AttributeKind(7), false, ""}, {"scan_output_axes", AttributeKind(7), false, ""}, {"scan_output_directions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s390_tc[] = {{"V", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s391_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s391_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s391_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s391_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s392_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s392_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s392_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s392_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s393_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s393_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s393_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s393_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s394_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s394_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s394_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s394_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s395_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s395_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s395_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"reduction", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s395_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s396_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "Tind", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s396_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s396_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"reduction", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s396_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s397_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s397_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s397_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s398_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s398_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s398_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s399_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s399_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s399_attr[] = {{"reduction", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s399_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s400_in[] = {{"data", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::single, true, 1}, {"updates", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s400_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s400_attr[] = {{"reduction", AttributeKind(3), false, "\"none\""}};
inline constexpr TypeConstraint s400_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s401_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s401_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s401_attr[] = {{"alpha", AttributeKind(1), false, "1.6732"}, {"consumed_inputs", AttributeKind(7), false, ""}, {"gamma", AttributeKind(1), false, "1.0507"}};
inline constexpr TypeConstraint s401_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s402_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s402_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s402_attr[] = {{"alpha", AttributeKind(1), false, "1.67326"}, {"gamma", AttributeKind(1), false, "1.0507"}};
inline constexpr TypeConstraint s402_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s403_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"position", "I", ParamOption::single, true, 1}};
inline constexpr FormalParam s403_out[] = {{"tensor", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s403_tc[] = {{"S", std::span<const std::string_view>(types_12, 15)}, {"T", std::span<const std::string_view>(types_36, 15)}, {"I", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s404_in[] = {{"inputs", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s404_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s404_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"S", std::span<const std::string_view>(types_12, 15)}};
inline constexpr FormalParam s405_out[] = {{"output", "S", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s405_attr[] = {{"dtype", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s405_tc[] = {{"S", std::span<const std::string_view>(types_12, 15)}};
inline constexpr FormalParam s406_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"position", "I", ParamOption::optional, true, 1}};
inline constexpr FormalParam s406_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s406_tc[] = {{"S", std::span<const std::string_view>(types_12, 15)}, {"I", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s407_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"tensor", "T", ParamOption::single, true, 1}, {"position", "I", ParamOption::optional, true, 1}};
inline constexpr FormalParam s407_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s407_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"S", std::span<const std::string_view>(types_12, 15)}, {"I", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s408_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}};
inline constexpr FormalParam s408_out[] = {{"length", "I", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s408_tc[] = {{"S", std::span<const std::string_view>(types_12, 15)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s409_in[] = {{"input_sequence", "S", ParamOption::single, true, 1}, {"additional_inputs", "V", ParamOption::variadic, false, 0}};
inline constexpr FormalParam s409_out[] = {{"out_sequence", "S", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s409_attr[] = {{"body", AttributeKind(5), true, ""}};
inline constexpr TypeConstraint s409_tc[] = {{"S", std::span<const std::string_view>(types_12, 15)}, {"V", std::span<const std::string_view>(types_14, 30)}};
inline constexpr FormalParam s410_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s410_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s410_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s411_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s411_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s411_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s412_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s412_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s412_attr[] = {{"end", AttributeKind(2), false, ""}, {"start", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s412_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s413_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s413_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s413_attr[] = {{"end", AttributeKind(2), false, ""}, {"start", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s413_tc[] = {{"T", std::span<const std::string_view>(types_16, 20)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s414_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s414_out[] = {{"shape", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s414_attr[] = {{"end", AttributeKind(2), false, ""}, {"start", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s414_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s415_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s415_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s415_attr[] = {{"bias", AttributeKind(1), false, "0"}, {"lambd", AttributeKind(1), false, "0.5"}};
inline constexpr TypeConstraint s415_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s416_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s416_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s416_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s416_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s417_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s417_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s417_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s418_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s418_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s418_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s419_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s419_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s419_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}};
inline constexpr FormalParam s420_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s420_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s420_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s421_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s421_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s421_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s422_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s422_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s422_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s423_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s423_out[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s423_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s424_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s424_out[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s424_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s425_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s425_out[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s425_tc[] = {{"T", std::span<const std::string_view>(types_16, 20)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s426_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s426_out[] = {{"size", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s426_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s427_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s427_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s427_attr[] = {{"axes", AttributeKind(7), false, ""}, {"ends", AttributeKind(7), true, ""}, {"starts", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s427_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s428_in[] = {{"data", "T", ParamOption::single, true, 1}, {"starts", "Tind", ParamOption::single, true, 1}, {"ends", "Tind", ParamOption::single, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}, {"steps", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s428_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s428_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s429_in[] = {{"data", "T", ParamOption::single, true, 1}, {"starts", "Tind", ParamOption::single, true, 1}, {"ends", "Tind", ParamOption::single, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}, {"steps", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s429_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s429_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s430_in[] = {{"data", "T", ParamOption::single, true, 1}, {"starts", "Tind", ParamOption::single, true, 1}, {"ends", "Tind", ParamOption::single, true, 1}, {"axes", "Tind", ParamOption::optional, true, 1}, {"steps", "Tind", ParamOption::optional, true, 1}};
inline constexpr FormalParam s430_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s430_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s431_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s431_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s431_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s431_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s432_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s432_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s432_attr[] = {{"axis", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s432_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s433_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s433_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s433_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s433_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s434_in[] = {{"scores", "T", ParamOption::single, true, 1}, {"labels", "Tind", ParamOption::single, true, 1}, {"weights", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s434_out[] = {{"output", "T", ParamOption::single, true, 1}, {"log_prob", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s434_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s434_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s435_in[] = {{"scores", "T", ParamOption::single, true, 1}, {"labels", "Tind", ParamOption::single, true, 1}, {"weights", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s435_out[] = {{"output", "T", ParamOption::single, true, 1}, {"log_prob", "T", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s435_attr[] = {{"ignore_index", AttributeKind(2), false, ""}, {"reduction", AttributeKind(3), false, "\"mean\""}};
inline constexpr TypeConstraint s435_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}, {"Tind", std::span<const std::string_view>(types_63, 2)}};
inline constexpr FormalParam s436_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s436_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s436_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s437_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s437_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s437_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s438_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s438_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s438_attr[] = {{"blocksize", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s438_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s439_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s439_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s439_attr[] = {{"blocksize", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s439_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s440_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "T", ParamOption::optional, true, 1}};
inline constexpr FormalParam s440_out[] = {{"outputs...", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s440_attr[] = {{"axis", AttributeKind(2), false, ""}, {"split", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s440_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s441_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s441_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s441_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"split", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s441_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s442_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s442_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s442_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"split", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s442_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s443_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s443_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s443_attr[] = {{"axis", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s443_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s444_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s444_out[] = {{"outputs", "T", ParamOption::variadic, true, 1}};
inline constexpr AttributeSchema s444_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"num_outputs", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s444_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s445_in[] = {{"input", "T", ParamOption::single, true, 1}, {"split", "I", ParamOption::optional, true, 1}};
inline constexpr FormalParam s445_out[] = {{"output_sequence", "S", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s445_attr[] = {{"axis", AttributeKind(2), false, "0"}, {"keepdims", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s445_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"I", std::span<const std::string_view>(types_63, 2)}, {"S", std::span<const std::string_view>(types_12, 15)}};
inline constexpr FormalParam s446_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s446_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s446_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s446_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s447_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s447_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s447_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s448_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s448_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s448_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s449_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s449_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s449_attr[] = {{"axes", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s449_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s450_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s450_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s450_attr[] = {{"axes", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s450_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s451_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s451_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s451_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s452_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s452_out[] = {{"squeezed", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s452_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s453_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s453_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s453_tc[] = {{"T", std::span<const std::string_view>(types_69, 1)}};
inline constexpr FormalParam s454_in[] = {{"X", "tensor(string)", ParamOption::single, true, 1}};
inline constexpr FormalParam s454_out[] = {{"Y", "tensor(string)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s454_attr[] = {{"case_change_action", AttributeKind(3), false, "\"NONE\""}, {"is_case_sensitive", AttributeKind(2), false, "0"}, {"locale", AttributeKind(3), false, ""}, {"stopwords", AttributeKind(8), false, ""}};
inline constexpr FormalParam s455_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s455_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "T3", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s455_attr[] = {{"delimiter", AttributeKind(3), false, ""}, {"maxsplit", AttributeKind(2), false, ""}};
inline constexpr TypeConstraint s455_tc[] = {{"T1", std::span<const std::string_view>(types_69, 1)}, {"T2", std::span<const std::string_view>(types_69, 1)}, {"T3", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s456_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s456_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s456_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}, {"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s456_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s457_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s457_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s457_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s457_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s458_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s458_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s458_tc[] = {{"T", std::span<const std::string_view>(types_47, 7)}};
inline constexpr FormalParam s459_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s459_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s459_tc[] = {{"T", std::span<const std::string_view>(types_31, 8)}};
inline constexpr FormalParam s460_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s460_out[] = {{"C", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s460_tc[] = {{"T", std::span<const std::string_view>(types_28, 12)}};
inline constexpr FormalParam s461_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s461_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s461_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s461_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s462_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s462_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s462_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s463_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s463_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s463_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s464_in[] = {{"data_0", "T", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s464_out[] = {{"sum", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s464_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s465_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s465_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s465_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s466_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s466_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s466_attr[] = {{"consumed_inputs", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s466_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s467_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s467_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s467_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s468_in[] = {{"input", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s468_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s468_tc[] = {{"T", std::span<const std::string_view>(types_25, 4)}};
inline constexpr FormalParam s469_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s469_out[] = {{"Y", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s469_attr[] = {{"max_gram_length", AttributeKind(2), true, ""}, {"max_skip_count", AttributeKind(2), true, ""}, {"min_gram_length", AttributeKind(2), true, ""}, {"mode", AttributeKind(3), true, ""}, {"ngram_counts", AttributeKind(7), true, ""}, {"ngram_indexes", AttributeKind(7), true, ""}, {"pool_int64s", AttributeKind(7), false, ""}, {"pool_strings", AttributeKind(8), false, ""}, {"weights", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s469_tc[] = {{"T", std::span<const std::string_view>(types_64, 3)}, {"T1", std::span<const std::string_view>(types_54, 1)}};
inline constexpr FormalParam s470_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s470_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s470_attr[] = {{"alpha", AttributeKind(1), false, "1"}};
inline constexpr TypeConstraint s470_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s471_in[] = {{"input", "T", ParamOption::single, true, 1}, {"tiles", "T", ParamOption::single, true, 1}, {"axis", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s471_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s471_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s472_in[] = {{"input", "T", ParamOption::single, true, 1}, {"repeats", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s472_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s472_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s473_in[] = {{"input", "T", ParamOption::single, true, 1}, {"repeats", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s473_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s473_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}, {"T1", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s474_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s474_out[] = {{"Values", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s474_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"k", AttributeKind(2), true, ""}};
inline constexpr TypeConstraint s474_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s475_in[] = {{"X", "T", ParamOption::single, true, 1}, {"K", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s475_out[] = {{"Values", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s475_attr[] = {{"axis", AttributeKind(2), false, "-1"}};
inline constexpr TypeConstraint s475_tc[] = {{"T", std::span<const std::string_view>(types_42, 3)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s476_in[] = {{"X", "T", ParamOption::single, true, 1}, {"K", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s476_out[] = {{"Values", "T", ParamOption::single, true, 1}, {"Indices", "I", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s476_attr[] = {{"axis", AttributeKind(2), false, "-1"}, {"largest", AttributeKind(2), false, "1"}, {"sorted", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s476_tc[] = {{"T", std::span<const std::string_view>(types_44, 11)}, {"I", std::span<const std::string_view>(types_66, 1)}};
inline constexpr FormalParam s477_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s477_out[] = {{"transposed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s477_attr[] = {{"perm", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s477_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s478_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s478_out[] = {{"transposed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s478_attr[] = {{"perm", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s478_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s479_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s479_out[] = {{"transposed", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s479_attr[] = {{"perm", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s479_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s480_in[] = {{"input", "T", ParamOption::single, true, 1}, {"k", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr FormalParam s480_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s480_attr[] = {{"upper", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s480_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s481_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s481_out[] = {{"Y", "T", ParamOption::single, true, 1}, {"indices", "tensor(int64)", ParamOption::optional, true, 1}, {"inverse_indices", "tensor(int64)", ParamOption::optional, true, 1}, {"counts", "tensor(int64)", ParamOption::optional, true, 1}};
inline constexpr AttributeSchema s481_attr[] = {{"axis", AttributeKind(2), false, ""}, {"sorted", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s481_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s482_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s482_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s482_attr[] = {{"axes", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s482_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s483_in[] = {{"data", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s483_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s483_attr[] = {{"axes", AttributeKind(7), true, ""}};
inline constexpr TypeConstraint s483_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s484_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s484_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s484_tc[] = {{"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s485_in[] = {{"data", "T", ParamOption::single, true, 1}, {"axes", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s485_out[] = {{"expanded", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s485_tc[] = {{"T", std::span<const std::string_view>(types_15, 22)}};
inline constexpr FormalParam s486_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s486_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s486_attr[] = {{"height_scale", AttributeKind(1), true, ""}, {"mode", AttributeKind(3), false, "\"nearest\""}, {"width_scale", AttributeKind(1), true, ""}};
inline constexpr TypeConstraint s486_tc[] = {{"T", std::span<const std::string_view>(types_39, 6)}};
inline constexpr FormalParam s487_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s487_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s487_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}, {"scales", AttributeKind(6), true, ""}};
inline constexpr TypeConstraint s487_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s488_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s488_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s488_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}};
inline constexpr TypeConstraint s488_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s489_in[] = {{"X", "T", ParamOption::single, true, 1}, {"scales", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s489_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s489_attr[] = {{"mode", AttributeKind(3), false, "\"nearest\""}};
inline constexpr TypeConstraint s489_tc[] = {{"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s490_in[] = {{"condition", "B", ParamOption::single, true, 1}, {"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s490_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s490_tc[] = {{"B", std::span<const std::string_view>(types_35, 1)}, {"T", std::span<const std::string_view>(types_36, 15)}};
inline constexpr FormalParam s491_in[] = {{"condition", "B", ParamOption::single, true, 1}, {"X", "T", ParamOption::single, true, 1}, {"Y", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s491_out[] = {{"output", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s491_tc[] = {{"B", std::span<const std::string_view>(types_35, 1)}, {"T", std::span<const std::string_view>(types_17, 16)}};
inline constexpr FormalParam s492_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s492_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s492_attr[] = {{"axis", AttributeKind(2), false, ""}, {"broadcast", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s492_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s493_in[] = {{"A", "T", ParamOption::single, true, 1}, {"B", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s493_out[] = {{"C", "T1", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s493_tc[] = {{"T", std::span<const std::string_view>(types_35, 1)}, {"T1", std::span<const std::string_view>(types_35, 1)}};
inline constexpr FormalParam s494_in[] = {{"X", "T", ParamOption::single, true, 1}, {"Y", "tensor(int64)", ParamOption::single, true, 1}};
inline constexpr FormalParam s494_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr TypeConstraint s494_tc[] = {{"T", std::span<const std::string_view>(types_51, 5)}};
inline constexpr FormalParam s495_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s495_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s495_attr[] = {{"threshold", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s495_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s496_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s496_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s496_attr[] = {{"cast_to", AttributeKind(3), false, "\"TO_FLOAT\""}, {"map_form", AttributeKind(3), false, "\"DENSE\""}, {"max_map", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s496_tc[] = {{"T1", std::span<const std::string_view>(types_2, 2)}, {"T2", std::span<const std::string_view>(types_56, 3)}};
inline constexpr FormalParam s497_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s497_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s497_attr[] = {{"cats_int64s", AttributeKind(7), false, ""}, {"cats_strings", AttributeKind(8), false, ""}, {"default_int64", AttributeKind(2), false, "-1"}, {"default_string", AttributeKind(3), false, "\"_Unused\""}};
inline constexpr TypeConstraint s497_tc[] = {{"T1", std::span<const std::string_view>(types_67, 2)}, {"T2", std::span<const std::string_view>(types_67, 2)}};
inline constexpr FormalParam s498_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s498_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s498_attr[] = {{"int64_vocabulary", AttributeKind(7), false, ""}, {"string_vocabulary", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s498_tc[] = {{"T1", std::span<const std::string_view>(types_1, 6)}, {"T2", std::span<const std::string_view>(types_53, 4)}};
inline constexpr FormalParam s499_in[] = {{"X", "T1", ParamOption::variadic, true, 1}};
inline constexpr FormalParam s499_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s499_attr[] = {{"inputdimensions", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s499_tc[] = {{"T1", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s500_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s500_out[] = {{"Y", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s500_attr[] = {{"imputed_value_floats", AttributeKind(6), false, ""}, {"imputed_value_int64s", AttributeKind(7), false, ""}, {"replaced_value_float", AttributeKind(1), false, "0"}, {"replaced_value_int64", AttributeKind(2), false, "0"}};
inline constexpr TypeConstraint s500_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s501_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s501_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s501_attr[] = {{"classes_strings", AttributeKind(8), false, ""}, {"default_int64", AttributeKind(2), false, "-1"}, {"default_string", AttributeKind(3), false, "\"_Unused\""}};
inline constexpr TypeConstraint s501_tc[] = {{"T1", std::span<const std::string_view>(types_67, 2)}, {"T2", std::span<const std::string_view>(types_67, 2)}};
inline constexpr FormalParam s502_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s502_out[] = {{"Y", "T2", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s502_attr[] = {{"default_float", AttributeKind(1), false, "-0"}, {"default_int64", AttributeKind(2), false, "-1"}, {"default_string", AttributeKind(3), false, "\"_Unused\""}, {"keys_floats", AttributeKind(6), false, ""}, {"keys_int64s", AttributeKind(7), false, ""}, {"keys_strings", AttributeKind(8), false, ""}, {"values_floats", AttributeKind(6), false, ""}, {"values_int64s", AttributeKind(7), false, ""}, {"values_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s502_tc[] = {{"T1", std::span<const std::string_view>(types_56, 3)}, {"T2", std::span<const std::string_view>(types_56, 3)}};
inline constexpr FormalParam s503_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s503_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s503_attr[] = {{"classlabels_ints", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"coefficients", AttributeKind(6), true, ""}, {"intercepts", AttributeKind(6), false, ""}, {"multi_class", AttributeKind(2), false, "0"}, {"post_transform", AttributeKind(3), false, "\"NONE\""}};
inline constexpr TypeConstraint s503_tc[] = {{"T1", std::span<const std::string_view>(types_50, 4)}, {"T2", std::span<const std::string_view>(types_67, 2)}};
inline constexpr FormalParam s504_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s504_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s504_attr[] = {{"coefficients", AttributeKind(6), false, ""}, {"intercepts", AttributeKind(6), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"targets", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s504_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s505_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s505_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s505_attr[] = {{"norm", AttributeKind(3), false, "\"MAX\""}};
inline constexpr TypeConstraint s505_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s506_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s506_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s506_attr[] = {{"cats_int64s", AttributeKind(7), false, ""}, {"cats_strings", AttributeKind(8), false, ""}, {"zeros", AttributeKind(2), false, "1"}};
inline constexpr TypeConstraint s506_tc[] = {{"T", std::span<const std::string_view>(types_51, 5)}};
inline constexpr FormalParam s507_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s507_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s507_attr[] = {{"classlabels_ints", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"coefficients", AttributeKind(6), false, ""}, {"kernel_params", AttributeKind(6), false, ""}, {"kernel_type", AttributeKind(3), false, "\"LINEAR\""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"prob_a", AttributeKind(6), false, ""}, {"prob_b", AttributeKind(6), false, ""}, {"rho", AttributeKind(6), false, ""}, {"support_vectors", AttributeKind(6), false, ""}, {"vectors_per_class", AttributeKind(7), false, ""}};
inline constexpr TypeConstraint s507_tc[] = {{"T1", std::span<const std::string_view>(types_50, 4)}, {"T2", std::span<const std::string_view>(types_67, 2)}};
inline constexpr FormalParam s508_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s508_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s508_attr[] = {{"coefficients", AttributeKind(6), false, ""}, {"kernel_params", AttributeKind(6), false, ""}, {"kernel_type", AttributeKind(3), false, "\"LINEAR\""}, {"n_supports", AttributeKind(2), false, "0"}, {"one_class", AttributeKind(2), false, "0"}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"rho", AttributeKind(6), false, ""}, {"support_vectors", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s508_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s509_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s509_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s509_attr[] = {{"offset", AttributeKind(6), false, ""}, {"scale", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s509_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s510_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s510_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s510_attr[] = {{"base_values", AttributeKind(6), false, ""}, {"class_ids", AttributeKind(7), false, ""}, {"class_nodeids", AttributeKind(7), false, ""}, {"class_treeids", AttributeKind(7), false, ""}, {"class_weights", AttributeKind(6), false, ""}, {"classlabels_int64s", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}};
inline constexpr TypeConstraint s510_tc[] = {{"T1", std::span<const std::string_view>(types_50, 4)}, {"T2", std::span<const std::string_view>(types_67, 2)}};
inline constexpr FormalParam s511_in[] = {{"X", "T1", ParamOption::single, true, 1}};
inline constexpr FormalParam s511_out[] = {{"Y", "T2", ParamOption::single, true, 1}, {"Z", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s511_attr[] = {{"base_values", AttributeKind(6), false, ""}, {"base_values_as_tensor", AttributeKind(4), false, ""}, {"class_ids", AttributeKind(7), false, ""}, {"class_nodeids", AttributeKind(7), false, ""}, {"class_treeids", AttributeKind(7), false, ""}, {"class_weights", AttributeKind(6), false, ""}, {"class_weights_as_tensor", AttributeKind(4), false, ""}, {"classlabels_int64s", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_hitrates_as_tensor", AttributeKind(4), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"nodes_values_as_tensor", AttributeKind(4), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}};
inline constexpr TypeConstraint s511_tc[] = {{"T1", std::span<const std::string_view>(types_50, 4)}, {"T2", std::span<const std::string_view>(types_67, 2)}};
inline constexpr FormalParam s512_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s512_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s512_attr[] = {{"aggregate_function", AttributeKind(3), false, "\"SUM\""}, {"base_values", AttributeKind(6), false, ""}, {"n_targets", AttributeKind(2), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"target_ids", AttributeKind(7), false, ""}, {"target_nodeids", AttributeKind(7), false, ""}, {"target_treeids", AttributeKind(7), false, ""}, {"target_weights", AttributeKind(6), false, ""}};
inline constexpr TypeConstraint s512_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s513_in[] = {{"X", "T", ParamOption::single, true, 1}};
inline constexpr FormalParam s513_out[] = {{"Y", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s513_attr[] = {{"aggregate_function", AttributeKind(3), false, "\"SUM\""}, {"base_values", AttributeKind(6), false, ""}, {"base_values_as_tensor", AttributeKind(4), false, ""}, {"n_targets", AttributeKind(2), false, ""}, {"nodes_falsenodeids", AttributeKind(7), false, ""}, {"nodes_featureids", AttributeKind(7), false, ""}, {"nodes_hitrates", AttributeKind(6), false, ""}, {"nodes_hitrates_as_tensor", AttributeKind(4), false, ""}, {"nodes_missing_value_tracks_true", AttributeKind(7), false, ""}, {"nodes_modes", AttributeKind(8), false, ""}, {"nodes_nodeids", AttributeKind(7), false, ""}, {"nodes_treeids", AttributeKind(7), false, ""}, {"nodes_truenodeids", AttributeKind(7), false, ""}, {"nodes_values", AttributeKind(6), false, ""}, {"nodes_values_as_tensor", AttributeKind(4), false, ""}, {"post_transform", AttributeKind(3), false, "\"NONE\""}, {"target_ids", AttributeKind(7), false, ""}, {"target_nodeids", AttributeKind(7), false, ""}, {"target_treeids", AttributeKind(7), false, ""}, {"target_weights", AttributeKind(6), false, ""}, {"target_weights_as_tensor", AttributeKind(4), false, ""}};
inline constexpr TypeConstraint s513_tc[] = {{"T", std::span<const std::string_view>(types_50, 4)}};
inline constexpr FormalParam s514_in[] = {{"X", "tensor(float)", ParamOption::single, true, 1}};
inline constexpr FormalParam s514_out[] = {{"Z", "T", ParamOption::single, true, 1}};
inline constexpr AttributeSchema s514_attr[] = {{"classlabels_int64s", AttributeKind(7), false, ""}, {"classlabels_strings", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s514_tc[] = {{"T", std::span<const std::string_view>(types_11, 2)}};
inline constexpr FormalParam s515_in[] = {{"R", "T1", ParamOption::single, true, 1}, {"T", "T2", ParamOption::single, true, 1}, {"inputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s515_out[] = {{"outputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s515_attr[] = {{"decay_factor", AttributeKind(1), false, "0"}, {"epsilon", AttributeKind(1), false, "1e-06"}, {"norm_coefficient", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s515_tc[] = {{"T1", std::span<const std::string_view>(types_41, 2)}, {"T2", std::span<const std::string_view>(types_66, 1)}, {"T3", std::span<const std::string_view>(types_41, 2)}};
inline constexpr FormalParam s516_in[] = {{"R", "T1", ParamOption::single, true, 1}, {"T", "T2", ParamOption::single, true, 1}, {"inputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s516_out[] = {{"outputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s516_attr[] = {{"alpha", AttributeKind(1), false, "0.9"}, {"beta", AttributeKind(1), false, "0.999"}, {"epsilon", AttributeKind(1), false, "1e-06"}, {"norm_coefficient", AttributeKind(1), false, "0"}, {"norm_coefficient_post", AttributeKind(1), false, "0"}};
inline constexpr TypeConstraint s516_tc[] = {{"T1", std::span<const std::string_view>(types_41, 2)}, {"T2", std::span<const std::string_view>(types_66, 1)}, {"T3", std::span<const std::string_view>(types_41, 2)}};
inline constexpr FormalParam s517_in[] = {{"Inputs", "T1", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s517_out[] = {{"Outputs", "T2", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s517_attr[] = {{"xs", AttributeKind(8), true, ""}, {"y", AttributeKind(3), true, ""}, {"zs", AttributeKind(8), false, ""}};
inline constexpr TypeConstraint s517_tc[] = {{"T1", std::span<const std::string_view>(types_36, 15)}, {"T2", std::span<const std::string_view>(types_42, 3)}};
inline constexpr FormalParam s518_in[] = {{"R", "T1", ParamOption::single, true, 1}, {"T", "T2", ParamOption::single, true, 1}, {"inputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr FormalParam s518_out[] = {{"outputs", "T3", ParamOption::variadic, false, 1}};
inline constexpr AttributeSchema s518_attr[] = {{"alpha", AttributeKind(1), true, ""}, {"beta", AttributeKind(1), true, ""}, {"mode", AttributeKind(3), true, ""}, {"norm_coefficient", AttributeKind(1), true, ""}};
inline constexpr TypeConstraint s518_tc[] = {{"T1", std::span<const std::string_view>(types_41, 2)}, {"T2", std::span<const std::string_view>(types_66, 1)}, {"T3", std::span<const std::string_view>(types_41, 2)}};

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
    {"", "AffineGrid", 20, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s10_in), std::span<const FormalParam>(s10_out), std::span<const AttributeSchema>(s10_attr), std::span<const TypeConstraint>(s10_tc), false},
    {"", "And", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s11_in), std::span<const FormalParam>(s11_out), std::span<const AttributeSchema>(s11_attr), std::span<const TypeConstraint>(s11_tc), true},
    {"", "And", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s12_in), std::span<const FormalParam>(s12_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s12_tc), true},
    {"", "ArgMax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s13_in), std::span<const FormalParam>(s13_out), std::span<const AttributeSchema>(s13_attr), std::span<const TypeConstraint>(s13_tc), true},
    {"", "ArgMax", 11, false, false, "axis may be negative (counts from the back)", 1, 1, 1, 1, std::span<const FormalParam>(s14_in), std::span<const FormalParam>(s14_out), std::span<const AttributeSchema>(s14_attr), std::span<const TypeConstraint>(s14_tc), true},
    {"", "ArgMax", 12, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s15_in), std::span<const FormalParam>(s15_out), std::span<const AttributeSchema>(s15_attr), std::span<const TypeConstraint>(s15_tc), true},
    {"", "ArgMax", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s16_in), std::span<const FormalParam>(s16_out), std::span<const AttributeSchema>(s16_attr), std::span<const TypeConstraint>(s16_tc), true},
    {"", "ArgMin", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s17_in), std::span<const FormalParam>(s17_out), std::span<const AttributeSchema>(s17_attr), std::span<const TypeConstraint>(s17_tc), true},
    {"", "ArgMin", 11, false, false, "axis may be negative (counts from the back)", 1, 1, 1, 1, std::span<const FormalParam>(s18_in), std::span<const FormalParam>(s18_out), std::span<const AttributeSchema>(s18_attr), std::span<const TypeConstraint>(s18_tc), true},
    {"", "ArgMin", 12, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s19_in), std::span<const FormalParam>(s19_out), std::span<const AttributeSchema>(s19_attr), std::span<const TypeConstraint>(s19_tc), true},
    {"", "ArgMin", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s20_in), std::span<const FormalParam>(s20_out), std::span<const AttributeSchema>(s20_attr), std::span<const TypeConstraint>(s20_tc), true},
    {"", "Asin", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s21_in), std::span<const FormalParam>(s21_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s21_tc), true},
    {"", "Asinh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s22_in), std::span<const FormalParam>(s22_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s22_tc), true},
    {"", "Atan", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s23_in), std::span<const FormalParam>(s23_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s23_tc), true},
    {"", "Atanh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s24_in), std::span<const FormalParam>(s24_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s24_tc), true},
    {"", "AveragePool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s25_in), std::span<const FormalParam>(s25_out), std::span<const AttributeSchema>(s25_attr), std::span<const TypeConstraint>(s25_tc), true},
    {"", "AveragePool", 7, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s26_in), std::span<const FormalParam>(s26_out), std::span<const AttributeSchema>(s26_attr), std::span<const TypeConstraint>(s26_tc), true},
    {"", "AveragePool", 10, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s27_in), std::span<const FormalParam>(s27_out), std::span<const AttributeSchema>(s27_attr), std::span<const TypeConstraint>(s27_tc), true},
    {"", "AveragePool", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s28_in), std::span<const FormalParam>(s28_out), std::span<const AttributeSchema>(s28_attr), std::span<const TypeConstraint>(s28_tc), true},
    {"", "AveragePool", 19, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s29_in), std::span<const FormalParam>(s29_out), std::span<const AttributeSchema>(s29_attr), std::span<const TypeConstraint>(s29_tc), false},
    {"", "BatchNormalization", 1, false, false, "", 5, 5, 1, 5, std::span<const FormalParam>(s30_in), std::span<const FormalParam>(s30_out), std::span<const AttributeSchema>(s30_attr), std::span<const TypeConstraint>(s30_tc), true},
    {"", "BatchNormalization", 6, false, true, "", 5, 5, 1, 5, std::span<const FormalParam>(s31_in), std::span<const FormalParam>(s31_out), std::span<const AttributeSchema>(s31_attr), std::span<const TypeConstraint>(s31_tc), true},
    {"", "BatchNormalization", 7, false, true, "", 5, 5, 1, 5, std::span<const FormalParam>(s32_in), std::span<const FormalParam>(s32_out), std::span<const AttributeSchema>(s32_attr), std::span<const TypeConstraint>(s32_tc), true},
    {"", "BatchNormalization", 9, false, true, "", 5, 5, 1, 5, std::span<const FormalParam>(s33_in), std::span<const FormalParam>(s33_out), std::span<const AttributeSchema>(s33_attr), std::span<const TypeConstraint>(s33_tc), true},
    {"", "BatchNormalization", 14, false, true, "", 5, 5, 1, 3, std::span<const FormalParam>(s34_in), std::span<const FormalParam>(s34_out), std::span<const AttributeSchema>(s34_attr), std::span<const TypeConstraint>(s34_tc), true},
    {"", "BatchNormalization", 15, false, true, "", 5, 5, 1, 3, std::span<const FormalParam>(s35_in), std::span<const FormalParam>(s35_out), std::span<const AttributeSchema>(s35_attr), std::span<const TypeConstraint>(s35_tc), true},
    {"", "Bernoulli", 15, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s36_in), std::span<const FormalParam>(s36_out), std::span<const AttributeSchema>(s36_attr), std::span<const TypeConstraint>(s36_tc), true},
    {"", "BitShift", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s37_in), std::span<const FormalParam>(s37_out), std::span<const AttributeSchema>(s37_attr), std::span<const TypeConstraint>(s37_tc), true},
    {"", "BitwiseAnd", 18, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s38_in), std::span<const FormalParam>(s38_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s38_tc), false},
    {"", "BitwiseNot", 18, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s39_in), std::span<const FormalParam>(s39_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s39_tc), false},
    {"", "BitwiseOr", 18, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s40_in), std::span<const FormalParam>(s40_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s40_tc), false},
    {"", "BitwiseXor", 18, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s41_in), std::span<const FormalParam>(s41_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s41_tc), false},
    {"", "BlackmanWindow", 17, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s42_in), std::span<const FormalParam>(s42_out), std::span<const AttributeSchema>(s42_attr), std::span<const TypeConstraint>(s42_tc), true},
    {"", "Cast", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s43_in), std::span<const FormalParam>(s43_out), std::span<const AttributeSchema>(s43_attr), std::span<const TypeConstraint>(s43_tc), true},
    {"", "Cast", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s44_in), std::span<const FormalParam>(s44_out), std::span<const AttributeSchema>(s44_attr), std::span<const TypeConstraint>(s44_tc), true},
    {"", "Cast", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s45_in), std::span<const FormalParam>(s45_out), std::span<const AttributeSchema>(s45_attr), std::span<const TypeConstraint>(s45_tc), true},
    {"", "Cast", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s46_in), std::span<const FormalParam>(s46_out), std::span<const AttributeSchema>(s46_attr), std::span<const TypeConstraint>(s46_tc), true},
    {"", "Cast", 19, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s47_in), std::span<const FormalParam>(s47_out), std::span<const AttributeSchema>(s47_attr), std::span<const TypeConstraint>(s47_tc), false},
    {"", "Cast", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s48_in), std::span<const FormalParam>(s48_out), std::span<const AttributeSchema>(s48_attr), std::span<const TypeConstraint>(s48_tc), false},
    {"", "CastLike", 15, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s49_in), std::span<const FormalParam>(s49_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s49_tc), true},
    {"", "CastLike", 19, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s50_in), std::span<const FormalParam>(s50_out), std::span<const AttributeSchema>(s50_attr), std::span<const TypeConstraint>(s50_tc), false},
    {"", "CastLike", 21, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s51_in), std::span<const FormalParam>(s51_out), std::span<const AttributeSchema>(s51_attr), std::span<const TypeConstraint>(s51_tc), false},
    {"", "Ceil", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s52_in), std::span<const FormalParam>(s52_out), std::span<const AttributeSchema>(s52_attr), std::span<const TypeConstraint>(s52_tc), true},
    {"", "Ceil", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s53_in), std::span<const FormalParam>(s53_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s53_tc), true},
    {"", "Ceil", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s54_in), std::span<const FormalParam>(s54_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s54_tc), true},
    {"", "Celu", 12, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s55_in), std::span<const FormalParam>(s55_out), std::span<const AttributeSchema>(s55_attr), std::span<const TypeConstraint>(s55_tc), true},
    {"", "CenterCropPad", 18, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s56_in), std::span<const FormalParam>(s56_out), std::span<const AttributeSchema>(s56_attr), std::span<const TypeConstraint>(s56_tc), false},
    {"", "Clip", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s57_in), std::span<const FormalParam>(s57_out), std::span<const AttributeSchema>(s57_attr), std::span<const TypeConstraint>(s57_tc), true},
    {"", "Clip", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s58_in), std::span<const FormalParam>(s58_out), std::span<const AttributeSchema>(s58_attr), std::span<const TypeConstraint>(s58_tc), true},
    {"", "Clip", 11, false, true, "", 1, 3, 1, 1, std::span<const FormalParam>(s59_in), std::span<const FormalParam>(s59_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s59_tc), true},
    {"", "Clip", 12, false, false, "", 1, 3, 1, 1, std::span<const FormalParam>(s60_in), std::span<const FormalParam>(s60_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s60_tc), true},
    {"", "Clip", 13, false, false, "", 1, 3, 1, 1, std::span<const FormalParam>(s61_in), std::span<const FormalParam>(s61_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s61_tc), true},
    {"", "Col2Im", 18, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s62_in), std::span<const FormalParam>(s62_out), std::span<const AttributeSchema>(s62_attr), std::span<const TypeConstraint>(s62_tc), false},
    {"", "Compress", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s63_in), std::span<const FormalParam>(s63_out), std::span<const AttributeSchema>(s63_attr), std::span<const TypeConstraint>(s63_tc), true},
    {"", "Compress", 11, false, false, "axis may be negative (counts from the back)", 2, 2, 1, 1, std::span<const FormalParam>(s64_in), std::span<const FormalParam>(s64_out), std::span<const AttributeSchema>(s64_attr), std::span<const TypeConstraint>(s64_tc), true},
    {"", "Concat", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s65_in), std::span<const FormalParam>(s65_out), std::span<const AttributeSchema>(s65_attr), std::span<const TypeConstraint>(s65_tc), true},
    {"", "Concat", 4, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s66_in), std::span<const FormalParam>(s66_out), std::span<const AttributeSchema>(s66_attr), std::span<const TypeConstraint>(s66_tc), true},
    {"", "Concat", 11, false, false, "axis may be negative (counts from the back)", 1, 2147483647, 1, 1, std::span<const FormalParam>(s67_in), std::span<const FormalParam>(s67_out), std::span<const AttributeSchema>(s67_attr), std::span<const TypeConstraint>(s67_tc), true},
    {"", "Concat", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s68_in), std::span<const FormalParam>(s68_out), std::span<const AttributeSchema>(s68_attr), std::span<const TypeConstraint>(s68_tc), true},
    {"", "ConcatFromSequence", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s69_in), std::span<const FormalParam>(s69_out), std::span<const AttributeSchema>(s69_attr), std::span<const TypeConstraint>(s69_tc), true},
    {"", "Constant", 1, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s70_out), std::span<const AttributeSchema>(s70_attr), std::span<const TypeConstraint>(s70_tc), true},
    {"", "Constant", 9, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s71_out), std::span<const AttributeSchema>(s71_attr), std::span<const TypeConstraint>(s71_tc), true},
    {"", "Constant", 11, false, true, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s72_out), std::span<const AttributeSchema>(s72_attr), std::span<const TypeConstraint>(s72_tc), true},
    {"", "Constant", 12, false, true, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s73_out), std::span<const AttributeSchema>(s73_attr), std::span<const TypeConstraint>(s73_tc), true},
    {"", "Constant", 13, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s74_out), std::span<const AttributeSchema>(s74_attr), std::span<const TypeConstraint>(s74_tc), true},
    {"", "Constant", 19, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s75_out), std::span<const AttributeSchema>(s75_attr), std::span<const TypeConstraint>(s75_tc), false},
    {"", "Constant", 21, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s76_out), std::span<const AttributeSchema>(s76_attr), std::span<const TypeConstraint>(s76_tc), false},
    {"", "ConstantOfShape", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s77_in), std::span<const FormalParam>(s77_out), std::span<const AttributeSchema>(s77_attr), std::span<const TypeConstraint>(s77_tc), true},
    {"", "ConstantOfShape", 20, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s78_in), std::span<const FormalParam>(s78_out), std::span<const AttributeSchema>(s78_attr), std::span<const TypeConstraint>(s78_tc), false},
    {"", "ConstantOfShape", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s79_in), std::span<const FormalParam>(s79_out), std::span<const AttributeSchema>(s79_attr), std::span<const TypeConstraint>(s79_tc), false},
    {"", "Conv", 1, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s80_in), std::span<const FormalParam>(s80_out), std::span<const AttributeSchema>(s80_attr), std::span<const TypeConstraint>(s80_tc), true},
    {"", "Conv", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s81_in), std::span<const FormalParam>(s81_out), std::span<const AttributeSchema>(s81_attr), std::span<const TypeConstraint>(s81_tc), true},
    {"", "ConvInteger", 10, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s82_in), std::span<const FormalParam>(s82_out), std::span<const AttributeSchema>(s82_attr), std::span<const TypeConstraint>(s82_tc), true},
    {"", "ConvTranspose", 1, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s83_in), std::span<const FormalParam>(s83_out), std::span<const AttributeSchema>(s83_attr), std::span<const TypeConstraint>(s83_tc), true},
    {"", "ConvTranspose", 11, false, false, "auto_pad SAME_UPPER puts the odd extra pad at the end, SAME_LOWER at the start (opset-1 pad formula had it the other way)", 2, 3, 1, 1, std::span<const FormalParam>(s84_in), std::span<const FormalParam>(s84_out), std::span<const AttributeSchema>(s84_attr), std::span<const TypeConstraint>(s84_tc), true},
    {"", "Cos", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s85_in), std::span<const FormalParam>(s85_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s85_tc), true},
    {"", "Cosh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s86_in), std::span<const FormalParam>(s86_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s86_tc), true},
    {"", "CumSum", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s87_in), std::span<const FormalParam>(s87_out), std::span<const AttributeSchema>(s87_attr), std::span<const TypeConstraint>(s87_tc), true},
    {"", "CumSum", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s88_in), std::span<const FormalParam>(s88_out), std::span<const AttributeSchema>(s88_attr), std::span<const TypeConstraint>(s88_tc), true},
    {"", "DFT", 17, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s89_in), std::span<const FormalParam>(s89_out), std::span<const AttributeSchema>(s89_attr), std::span<const TypeConstraint>(s89_tc), true},
    {"", "DFT", 20, false, true, "axis is now an optional input defaulting to -2 (last signal axis); the opset-17 attribute defaulted to 1", 1, 3, 1, 1, std::span<const FormalParam>(s90_in), std::span<const FormalParam>(s90_out), std::span<const AttributeSchema>(s90_attr), std::span<const TypeConstraint>(s90_tc), false},
    {"", "DeformConv", 19, false, false, "", 3, 5, 1, 1, std::span<const FormalParam>(s91_in), std::span<const FormalParam>(s91_out), std::span<const AttributeSchema>(s91_attr), std::span<const TypeConstraint>(s91_tc), false},
    {"", "DepthToSpace", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s92_in), std::span<const FormalParam>(s92_out), std::span<const AttributeSchema>(s92_attr), std::span<const TypeConstraint>(s92_tc), true},
    {"", "DepthToSpace", 11, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s93_in), std::span<const FormalParam>(s93_out), std::span<const AttributeSchema>(s93_attr), std::span<const TypeConstraint>(s93_tc), true},
    {"", "DepthToSpace", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s94_in), std::span<const FormalParam>(s94_out), std::span<const AttributeSchema>(s94_attr), std::span<const TypeConstraint>(s94_tc), true},
    {"", "DequantizeLinear", 10, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s95_in), std::span<const FormalParam>(s95_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s95_tc), true},
    {"", "DequantizeLinear", 13, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s96_in), std::span<const FormalParam>(s96_out), std::span<const AttributeSchema>(s96_attr), std::span<const TypeConstraint>(s96_tc), true},
    {"", "DequantizeLinear", 19, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s97_in), std::span<const FormalParam>(s97_out), std::span<const AttributeSchema>(s97_attr), std::span<const TypeConstraint>(s97_tc), false},
    {"", "DequantizeLinear", 21, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s98_in), std::span<const FormalParam>(s98_out), std::span<const AttributeSchema>(s98_attr), std::span<const TypeConstraint>(s98_tc), false},
    {"", "Det", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s99_in), std::span<const FormalParam>(s99_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s99_tc), true},
    {"", "Div", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s100_in), std::span<const FormalParam>(s100_out), std::span<const AttributeSchema>(s100_attr), std::span<const TypeConstraint>(s100_tc), true},
    {"", "Div", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s101_in), std::span<const FormalParam>(s101_out), std::span<const AttributeSchema>(s101_attr), std::span<const TypeConstraint>(s101_tc), true},
    {"", "Div", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s102_in), std::span<const FormalParam>(s102_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s102_tc), true},
    {"", "Div", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s103_in), std::span<const FormalParam>(s103_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s103_tc), true},
    {"", "Div", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s104_in), std::span<const FormalParam>(s104_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s104_tc), true},
    {"", "Dropout", 1, false, false, "", 1, 1, 1, 2, std::span<const FormalParam>(s105_in), std::span<const FormalParam>(s105_out), std::span<const AttributeSchema>(s105_attr), std::span<const TypeConstraint>(s105_tc), true},
    {"", "Dropout", 6, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s106_in), std::span<const FormalParam>(s106_out), std::span<const AttributeSchema>(s106_attr), std::span<const TypeConstraint>(s106_tc), true},
    {"", "Dropout", 7, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s107_in), std::span<const FormalParam>(s107_out), std::span<const AttributeSchema>(s107_attr), std::span<const TypeConstraint>(s107_tc), true},
    {"", "Dropout", 10, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s108_in), std::span<const FormalParam>(s108_out), std::span<const AttributeSchema>(s108_attr), std::span<const TypeConstraint>(s108_tc), true},
    {"", "Dropout", 12, false, true, "", 1, 3, 1, 2, std::span<const FormalParam>(s109_in), std::span<const FormalParam>(s109_out), std::span<const AttributeSchema>(s109_attr), std::span<const TypeConstraint>(s109_tc), true},
    {"", "Dropout", 13, false, false, "", 1, 3, 1, 2, std::span<const FormalParam>(s110_in), std::span<const FormalParam>(s110_out), std::span<const AttributeSchema>(s110_attr), std::span<const TypeConstraint>(s110_tc), true},
    {"", "DynamicQuantizeLinear", 11, false, false, "", 1, 1, 3, 3, std::span<const FormalParam>(s111_in), std::span<const FormalParam>(s111_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s111_tc), true},
    {"", "Einsum", 12, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s112_in), std::span<const FormalParam>(s112_out), std::span<const AttributeSchema>(s112_attr), std::span<const TypeConstraint>(s112_tc), true},
    {"", "Elu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s113_in), std::span<const FormalParam>(s113_out), std::span<const AttributeSchema>(s113_attr), std::span<const TypeConstraint>(s113_tc), true},
    {"", "Elu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s114_in), std::span<const FormalParam>(s114_out), std::span<const AttributeSchema>(s114_attr), std::span<const TypeConstraint>(s114_tc), true},
    {"", "Equal", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s115_in), std::span<const FormalParam>(s115_out), std::span<const AttributeSchema>(s115_attr), std::span<const TypeConstraint>(s115_tc), true},
    {"", "Equal", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s116_in), std::span<const FormalParam>(s116_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s116_tc), true},
    {"", "Equal", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s117_in), std::span<const FormalParam>(s117_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s117_tc), true},
    {"", "Equal", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s118_in), std::span<const FormalParam>(s118_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s118_tc), true},
    {"", "Equal", 19, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s119_in), std::span<const FormalParam>(s119_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s119_tc), false},
    {"", "Erf", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s120_in), std::span<const FormalParam>(s120_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s120_tc), true},
    {"", "Erf", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s121_in), std::span<const FormalParam>(s121_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s121_tc), true},
    {"", "Exp", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s122_in), std::span<const FormalParam>(s122_out), std::span<const AttributeSchema>(s122_attr), std::span<const TypeConstraint>(s122_tc), true},
    {"", "Exp", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s123_in), std::span<const FormalParam>(s123_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s123_tc), true},
    {"", "Exp", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s124_in), std::span<const FormalParam>(s124_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s124_tc), true},
    {"", "Expand", 8, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s125_in), std::span<const FormalParam>(s125_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s125_tc), true},
    {"", "Expand", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s126_in), std::span<const FormalParam>(s126_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s126_tc), true},
    {"", "EyeLike", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s127_in), std::span<const FormalParam>(s127_out), std::span<const AttributeSchema>(s127_attr), std::span<const TypeConstraint>(s127_tc), true},
    {"", "Flatten", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s128_in), std::span<const FormalParam>(s128_out), std::span<const AttributeSchema>(s128_attr), std::span<const TypeConstraint>(s128_tc), true},
    {"", "Flatten", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s129_in), std::span<const FormalParam>(s129_out), std::span<const AttributeSchema>(s129_attr), std::span<const TypeConstraint>(s129_tc), true},
    {"", "Flatten", 11, false, false, "axis may be negative, range [-r, r]", 1, 1, 1, 1, std::span<const FormalParam>(s130_in), std::span<const FormalParam>(s130_out), std::span<const AttributeSchema>(s130_attr), std::span<const TypeConstraint>(s130_tc), true},
    {"", "Flatten", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s131_in), std::span<const FormalParam>(s131_out), std::span<const AttributeSchema>(s131_attr), std::span<const TypeConstraint>(s131_tc), true},
    {"", "Flatten", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s132_in), std::span<const FormalParam>(s132_out), std::span<const AttributeSchema>(s132_attr), std::span<const TypeConstraint>(s132_tc), false},
    {"", "Floor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s133_in), std::span<const FormalParam>(s133_out), std::span<const AttributeSchema>(s133_attr), std::span<const TypeConstraint>(s133_tc), true},
    {"", "Floor", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s134_in), std::span<const FormalParam>(s134_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s134_tc), true},
    {"", "Floor", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s135_in), std::span<const FormalParam>(s135_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s135_tc), true},
    {"", "GRU", 1, false, false, "", 3, 6, 2, 2, std::span<const FormalParam>(s136_in), std::span<const FormalParam>(s136_out), std::span<const AttributeSchema>(s136_attr), std::span<const TypeConstraint>(s136_tc), true},
    {"", "GRU", 3, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s137_in), std::span<const FormalParam>(s137_out), std::span<const AttributeSchema>(s137_attr), std::span<const TypeConstraint>(s137_tc), true},
    {"", "GRU", 7, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s138_in), std::span<const FormalParam>(s138_out), std::span<const AttributeSchema>(s138_attr), std::span<const TypeConstraint>(s138_tc), true},
    {"", "GRU", 14, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s139_in), std::span<const FormalParam>(s139_out), std::span<const AttributeSchema>(s139_attr), std::span<const TypeConstraint>(s139_tc), true},
    {"", "Gather", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s140_in), std::span<const FormalParam>(s140_out), std::span<const AttributeSchema>(s140_attr), std::span<const TypeConstraint>(s140_tc), true},
    {"", "Gather", 11, false, false, "indices may be negative, range [-s, s-1]", 2, 2, 1, 1, std::span<const FormalParam>(s141_in), std::span<const FormalParam>(s141_out), std::span<const AttributeSchema>(s141_attr), std::span<const TypeConstraint>(s141_tc), true},
    {"", "Gather", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s142_in), std::span<const FormalParam>(s142_out), std::span<const AttributeSchema>(s142_attr), std::span<const TypeConstraint>(s142_tc), true},
    {"", "GatherElements", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s143_in), std::span<const FormalParam>(s143_out), std::span<const AttributeSchema>(s143_attr), std::span<const TypeConstraint>(s143_tc), true},
    {"", "GatherElements", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s144_in), std::span<const FormalParam>(s144_out), std::span<const AttributeSchema>(s144_attr), std::span<const TypeConstraint>(s144_tc), true},
    {"", "GatherND", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s145_in), std::span<const FormalParam>(s145_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s145_tc), true},
    {"", "GatherND", 12, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s146_in), std::span<const FormalParam>(s146_out), std::span<const AttributeSchema>(s146_attr), std::span<const TypeConstraint>(s146_tc), true},
    {"", "GatherND", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s147_in), std::span<const FormalParam>(s147_out), std::span<const AttributeSchema>(s147_attr), std::span<const TypeConstraint>(s147_tc), true},
    {"", "Gelu", 20, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s148_in), std::span<const FormalParam>(s148_out), std::span<const AttributeSchema>(s148_attr), std::span<const TypeConstraint>(s148_tc), false},
    {"", "Gemm", 1, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s149_in), std::span<const FormalParam>(s149_out), std::span<const AttributeSchema>(s149_attr), std::span<const TypeConstraint>(s149_tc), true},
    {"", "Gemm", 6, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s150_in), std::span<const FormalParam>(s150_out), std::span<const AttributeSchema>(s150_attr), std::span<const TypeConstraint>(s150_tc), true},
    {"", "Gemm", 7, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s151_in), std::span<const FormalParam>(s151_out), std::span<const AttributeSchema>(s151_attr), std::span<const TypeConstraint>(s151_tc), true},
    {"", "Gemm", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s152_in), std::span<const FormalParam>(s152_out), std::span<const AttributeSchema>(s152_attr), std::span<const TypeConstraint>(s152_tc), true},
    {"", "Gemm", 11, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s153_in), std::span<const FormalParam>(s153_out), std::span<const AttributeSchema>(s153_attr), std::span<const TypeConstraint>(s153_tc), true},
    {"", "Gemm", 13, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s154_in), std::span<const FormalParam>(s154_out), std::span<const AttributeSchema>(s154_attr), std::span<const TypeConstraint>(s154_tc), true},
    {"", "GlobalAveragePool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s155_in), std::span<const FormalParam>(s155_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s155_tc), true},
    {"", "GlobalLpPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s156_in), std::span<const FormalParam>(s156_out), std::span<const AttributeSchema>(s156_attr), std::span<const TypeConstraint>(s156_tc), true},
    {"", "GlobalLpPool", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s157_in), std::span<const FormalParam>(s157_out), std::span<const AttributeSchema>(s157_attr), std::span<const TypeConstraint>(s157_tc), true},
    {"", "GlobalMaxPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s158_in), std::span<const FormalParam>(s158_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s158_tc), true},
    {"", "Greater", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s159_in), std::span<const FormalParam>(s159_out), std::span<const AttributeSchema>(s159_attr), std::span<const TypeConstraint>(s159_tc), true},
    {"", "Greater", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s160_in), std::span<const FormalParam>(s160_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s160_tc), true},
    {"", "Greater", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s161_in), std::span<const FormalParam>(s161_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s161_tc), true},
    {"", "Greater", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s162_in), std::span<const FormalParam>(s162_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s162_tc), true},
    {"", "GreaterOrEqual", 12, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s163_in), std::span<const FormalParam>(s163_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s163_tc), true},
    {"", "GreaterOrEqual", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s164_in), std::span<const FormalParam>(s164_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s164_tc), true},
    {"", "GridSample", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s165_in), std::span<const FormalParam>(s165_out), std::span<const AttributeSchema>(s165_attr), std::span<const TypeConstraint>(s165_tc), true},
    {"", "GridSample", 20, false, true, "mode values renamed bilinear -> linear and bicubic -> cubic (default linear); X may be N-D (N, C, D1..Dr), was 4-D only", 2, 2, 1, 1, std::span<const FormalParam>(s166_in), std::span<const FormalParam>(s166_out), std::span<const AttributeSchema>(s166_attr), std::span<const TypeConstraint>(s166_tc), false},
    {"", "GroupNormalization", 18, false, false, "scale and bias have shape (num_groups), one value per group", 3, 3, 1, 1, std::span<const FormalParam>(s167_in), std::span<const FormalParam>(s167_out), std::span<const AttributeSchema>(s167_attr), std::span<const TypeConstraint>(s167_tc), false},
    {"", "GroupNormalization", 21, false, true, "scale and bias have shape (C), per channel; opset 18 had shape (num_groups)", 3, 3, 1, 1, std::span<const FormalParam>(s168_in), std::span<const FormalParam>(s168_out), std::span<const AttributeSchema>(s168_attr), std::span<const TypeConstraint>(s168_tc), false},
    {"", "HammingWindow", 17, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s169_in), std::span<const FormalParam>(s169_out), std::span<const AttributeSchema>(s169_attr), std::span<const TypeConstraint>(s169_tc), true},
    {"", "HannWindow", 17, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s170_in), std::span<const FormalParam>(s170_out), std::span<const AttributeSchema>(s170_attr), std::span<const TypeConstraint>(s170_tc), true},
    {"", "HardSigmoid", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s171_in), std::span<const FormalParam>(s171_out), std::span<const AttributeSchema>(s171_attr), std::span<const TypeConstraint>(s171_tc), true},
    {"", "HardSigmoid", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s172_in), std::span<const FormalParam>(s172_out), std::span<const AttributeSchema>(s172_attr), std::span<const TypeConstraint>(s172_tc), true},
    {"", "HardSwish", 14, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s173_in), std::span<const FormalParam>(s173_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s173_tc), true},
    {"", "Hardmax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s174_in), std::span<const FormalParam>(s174_out), std::span<const AttributeSchema>(s174_attr), std::span<const TypeConstraint>(s174_tc), true},
    {"", "Hardmax", 11, false, false, "axis may be negative (still coerces the input to 2-D at axis)", 1, 1, 1, 1, std::span<const FormalParam>(s175_in), std::span<const FormalParam>(s175_out), std::span<const AttributeSchema>(s175_attr), std::span<const TypeConstraint>(s175_tc), true},
    {"", "Hardmax", 13, false, true, "computed along the single dimension axis, no 2-D coercion; axis default 1 -> -1", 1, 1, 1, 1, std::span<const FormalParam>(s176_in), std::span<const FormalParam>(s176_out), std::span<const AttributeSchema>(s176_attr), std::span<const TypeConstraint>(s176_tc), true},
    {"", "Identity", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s177_in), std::span<const FormalParam>(s177_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s177_tc), true},
    {"", "Identity", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s178_in), std::span<const FormalParam>(s178_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s178_tc), true},
    {"", "Identity", 14, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s179_in), std::span<const FormalParam>(s179_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s179_tc), true},
    {"", "Identity", 16, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s180_in), std::span<const FormalParam>(s180_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s180_tc), true},
    {"", "Identity", 19, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s181_in), std::span<const FormalParam>(s181_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s181_tc), false},
    {"", "Identity", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s182_in), std::span<const FormalParam>(s182_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s182_tc), false},
    {"", "If", 1, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s183_in), std::span<const FormalParam>(s183_out), std::span<const AttributeSchema>(s183_attr), std::span<const TypeConstraint>(s183_tc), true},
    {"", "If", 11, false, false, "then_branch and else_branch outputs may differ in shape (opset 1: same shape required)", 1, 1, 1, 2147483647, std::span<const FormalParam>(s184_in), std::span<const FormalParam>(s184_out), std::span<const AttributeSchema>(s184_attr), std::span<const TypeConstraint>(s184_tc), true},
    {"", "If", 13, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s185_in), std::span<const FormalParam>(s185_out), std::span<const AttributeSchema>(s185_attr), std::span<const TypeConstraint>(s185_tc), true},
    {"", "If", 16, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s186_in), std::span<const FormalParam>(s186_out), std::span<const AttributeSchema>(s186_attr), std::span<const TypeConstraint>(s186_tc), true},
    {"", "If", 19, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s187_in), std::span<const FormalParam>(s187_out), std::span<const AttributeSchema>(s187_attr), std::span<const TypeConstraint>(s187_tc), false},
    {"", "If", 21, false, false, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s188_in), std::span<const FormalParam>(s188_out), std::span<const AttributeSchema>(s188_attr), std::span<const TypeConstraint>(s188_tc), false},
    {"", "ImageDecoder", 20, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s189_in), std::span<const FormalParam>(s189_out), std::span<const AttributeSchema>(s189_attr), std::span<const TypeConstraint>(s189_tc), false},
    {"", "InstanceNormalization", 1, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s190_in), std::span<const FormalParam>(s190_out), std::span<const AttributeSchema>(s190_attr), std::span<const TypeConstraint>(s190_tc), true},
    {"", "InstanceNormalization", 6, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s191_in), std::span<const FormalParam>(s191_out), std::span<const AttributeSchema>(s191_attr), std::span<const TypeConstraint>(s191_tc), true},
    {"", "IsInf", 10, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s192_in), std::span<const FormalParam>(s192_out), std::span<const AttributeSchema>(s192_attr), std::span<const TypeConstraint>(s192_tc), true},
    {"", "IsInf", 20, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s193_in), std::span<const FormalParam>(s193_out), std::span<const AttributeSchema>(s193_attr), std::span<const TypeConstraint>(s193_tc), false},
    {"", "IsNaN", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s194_in), std::span<const FormalParam>(s194_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s194_tc), true},
    {"", "IsNaN", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s195_in), std::span<const FormalParam>(s195_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s195_tc), true},
    {"", "IsNaN", 20, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s196_in), std::span<const FormalParam>(s196_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s196_tc), false},
    {"", "LRN", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s197_in), std::span<const FormalParam>(s197_out), std::span<const AttributeSchema>(s197_attr), std::span<const TypeConstraint>(s197_tc), true},
    {"", "LRN", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s198_in), std::span<const FormalParam>(s198_out), std::span<const AttributeSchema>(s198_attr), std::span<const TypeConstraint>(s198_tc), true},
    {"", "LSTM", 1, false, false, "", 3, 8, 0, 3, std::span<const FormalParam>(s199_in), std::span<const FormalParam>(s199_out), std::span<const AttributeSchema>(s199_attr), std::span<const TypeConstraint>(s199_tc), true},
    {"", "LSTM", 7, false, true, "", 3, 8, 0, 3, std::span<const FormalParam>(s200_in), std::span<const FormalParam>(s200_out), std::span<const AttributeSchema>(s200_attr), std::span<const TypeConstraint>(s200_tc), true},
    {"", "LSTM", 14, false, true, "", 3, 8, 0, 3, std::span<const FormalParam>(s201_in), std::span<const FormalParam>(s201_out), std::span<const AttributeSchema>(s201_attr), std::span<const TypeConstraint>(s201_tc), true},
    {"", "LayerNormalization", 17, false, false, "", 2, 3, 1, 3, std::span<const FormalParam>(s202_in), std::span<const FormalParam>(s202_out), std::span<const AttributeSchema>(s202_attr), std::span<const TypeConstraint>(s202_tc), true},
    {"", "LeakyRelu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s203_in), std::span<const FormalParam>(s203_out), std::span<const AttributeSchema>(s203_attr), std::span<const TypeConstraint>(s203_tc), true},
    {"", "LeakyRelu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s204_in), std::span<const FormalParam>(s204_out), std::span<const AttributeSchema>(s204_attr), std::span<const TypeConstraint>(s204_tc), true},
    {"", "LeakyRelu", 16, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s205_in), std::span<const FormalParam>(s205_out), std::span<const AttributeSchema>(s205_attr), std::span<const TypeConstraint>(s205_tc), true},
    {"", "Less", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s206_in), std::span<const FormalParam>(s206_out), std::span<const AttributeSchema>(s206_attr), std::span<const TypeConstraint>(s206_tc), true},
    {"", "Less", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s207_in), std::span<const FormalParam>(s207_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s207_tc), true},
    {"", "Less", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s208_in), std::span<const FormalParam>(s208_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s208_tc), true},
    {"", "Less", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s209_in), std::span<const FormalParam>(s209_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s209_tc), true},
    {"", "LessOrEqual", 12, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s210_in), std::span<const FormalParam>(s210_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s210_tc), true},
    {"", "LessOrEqual", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s211_in), std::span<const FormalParam>(s211_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s211_tc), true},
    {"", "Log", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s212_in), std::span<const FormalParam>(s212_out), std::span<const AttributeSchema>(s212_attr), std::span<const TypeConstraint>(s212_tc), true},
    {"", "Log", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s213_in), std::span<const FormalParam>(s213_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s213_tc), true},
    {"", "Log", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s214_in), std::span<const FormalParam>(s214_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s214_tc), true},
    {"", "LogSoftmax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s215_in), std::span<const FormalParam>(s215_out), std::span<const AttributeSchema>(s215_attr), std::span<const TypeConstraint>(s215_tc), true},
    {"", "LogSoftmax", 11, false, false, "axis may be negative (still coerces the input to 2-D at axis)", 1, 1, 1, 1, std::span<const FormalParam>(s216_in), std::span<const FormalParam>(s216_out), std::span<const AttributeSchema>(s216_attr), std::span<const TypeConstraint>(s216_tc), true},
    {"", "LogSoftmax", 13, false, true, "computed along the single dimension axis, no 2-D coercion; axis default 1 -> -1", 1, 1, 1, 1, std::span<const FormalParam>(s217_in), std::span<const FormalParam>(s217_out), std::span<const AttributeSchema>(s217_attr), std::span<const TypeConstraint>(s217_tc), true},
    {"", "Loop", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s218_in), std::span<const FormalParam>(s218_out), std::span<const AttributeSchema>(s218_attr), std::span<const TypeConstraint>(s218_tc), true},
    {"", "Loop", 11, false, true, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s219_in), std::span<const FormalParam>(s219_out), std::span<const AttributeSchema>(s219_attr), std::span<const TypeConstraint>(s219_tc), true},
    {"", "Loop", 13, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s220_in), std::span<const FormalParam>(s220_out), std::span<const AttributeSchema>(s220_attr), std::span<const TypeConstraint>(s220_tc), true},
    {"", "Loop", 16, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s221_in), std::span<const FormalParam>(s221_out), std::span<const AttributeSchema>(s221_attr), std::span<const TypeConstraint>(s221_tc), true},
    {"", "Loop", 19, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s222_in), std::span<const FormalParam>(s222_out), std::span<const AttributeSchema>(s222_attr), std::span<const TypeConstraint>(s222_tc), false},
    {"", "Loop", 21, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s223_in), std::span<const FormalParam>(s223_out), std::span<const AttributeSchema>(s223_attr), std::span<const TypeConstraint>(s223_tc), false},
    {"", "LpNormalization", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s224_in), std::span<const FormalParam>(s224_out), std::span<const AttributeSchema>(s224_attr), std::span<const TypeConstraint>(s224_tc), true},
    {"", "LpPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s225_in), std::span<const FormalParam>(s225_out), std::span<const AttributeSchema>(s225_attr), std::span<const TypeConstraint>(s225_tc), true},
    {"", "LpPool", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s226_in), std::span<const FormalParam>(s226_out), std::span<const AttributeSchema>(s226_attr), std::span<const TypeConstraint>(s226_tc), true},
    {"", "LpPool", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s227_in), std::span<const FormalParam>(s227_out), std::span<const AttributeSchema>(s227_attr), std::span<const TypeConstraint>(s227_tc), true},
    {"", "LpPool", 18, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s228_in), std::span<const FormalParam>(s228_out), std::span<const AttributeSchema>(s228_attr), std::span<const TypeConstraint>(s228_tc), false},
    {"", "MatMul", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s229_in), std::span<const FormalParam>(s229_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s229_tc), true},
    {"", "MatMul", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s230_in), std::span<const FormalParam>(s230_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s230_tc), true},
    {"", "MatMul", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s231_in), std::span<const FormalParam>(s231_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s231_tc), true},
    {"", "MatMulInteger", 10, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s232_in), std::span<const FormalParam>(s232_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s232_tc), true},
    {"", "Max", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s233_in), std::span<const FormalParam>(s233_out), std::span<const AttributeSchema>(s233_attr), std::span<const TypeConstraint>(s233_tc), true},
    {"", "Max", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s234_in), std::span<const FormalParam>(s234_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s234_tc), true},
    {"", "Max", 8, false, false, "inputs are multidirectionally (numpy) broadcast (opset 6: all inputs the same shape)", 1, 2147483647, 1, 1, std::span<const FormalParam>(s235_in), std::span<const FormalParam>(s235_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s235_tc), true},
    {"", "Max", 12, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s236_in), std::span<const FormalParam>(s236_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s236_tc), true},
    {"", "Max", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s237_in), std::span<const FormalParam>(s237_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s237_tc), true},
    {"", "MaxPool", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s238_in), std::span<const FormalParam>(s238_out), std::span<const AttributeSchema>(s238_attr), std::span<const TypeConstraint>(s238_tc), true},
    {"", "MaxPool", 8, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s239_in), std::span<const FormalParam>(s239_out), std::span<const AttributeSchema>(s239_attr), std::span<const TypeConstraint>(s239_tc), true},
    {"", "MaxPool", 10, false, true, "", 1, 1, 1, 2, std::span<const FormalParam>(s240_in), std::span<const FormalParam>(s240_out), std::span<const AttributeSchema>(s240_attr), std::span<const TypeConstraint>(s240_tc), true},
    {"", "MaxPool", 11, false, false, "", 1, 1, 1, 2, std::span<const FormalParam>(s241_in), std::span<const FormalParam>(s241_out), std::span<const AttributeSchema>(s241_attr), std::span<const TypeConstraint>(s241_tc), true},
    {"", "MaxPool", 12, false, false, "", 1, 1, 1, 2, std::span<const FormalParam>(s242_in), std::span<const FormalParam>(s242_out), std::span<const AttributeSchema>(s242_attr), std::span<const TypeConstraint>(s242_tc), true},
    {"", "MaxRoiPool", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s243_in), std::span<const FormalParam>(s243_out), std::span<const AttributeSchema>(s243_attr), std::span<const TypeConstraint>(s243_tc), true},
    {"", "MaxUnpool", 9, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s244_in), std::span<const FormalParam>(s244_out), std::span<const AttributeSchema>(s244_attr), std::span<const TypeConstraint>(s244_tc), true},
    {"", "MaxUnpool", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s245_in), std::span<const FormalParam>(s245_out), std::span<const AttributeSchema>(s245_attr), std::span<const TypeConstraint>(s245_tc), true},
    {"", "Mean", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s246_in), std::span<const FormalParam>(s246_out), std::span<const AttributeSchema>(s246_attr), std::span<const TypeConstraint>(s246_tc), true},
    {"", "Mean", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s247_in), std::span<const FormalParam>(s247_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s247_tc), true},
    {"", "Mean", 8, false, false, "inputs are multidirectionally (numpy) broadcast (opset 6: all inputs the same shape)", 1, 2147483647, 1, 1, std::span<const FormalParam>(s248_in), std::span<const FormalParam>(s248_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s248_tc), true},
    {"", "Mean", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s249_in), std::span<const FormalParam>(s249_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s249_tc), true},
    {"", "MeanVarianceNormalization", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s250_in), std::span<const FormalParam>(s250_out), std::span<const AttributeSchema>(s250_attr), std::span<const TypeConstraint>(s250_tc), true},
    {"", "MeanVarianceNormalization", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s251_in), std::span<const FormalParam>(s251_out), std::span<const AttributeSchema>(s251_attr), std::span<const TypeConstraint>(s251_tc), true},
    {"", "MelWeightMatrix", 17, false, false, "", 5, 5, 1, 1, std::span<const FormalParam>(s252_in), std::span<const FormalParam>(s252_out), std::span<const AttributeSchema>(s252_attr), std::span<const TypeConstraint>(s252_tc), true},
    {"", "Min", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s253_in), std::span<const FormalParam>(s253_out), std::span<const AttributeSchema>(s253_attr), std::span<const TypeConstraint>(s253_tc), true},
    {"", "Min", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s254_in), std::span<const FormalParam>(s254_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s254_tc), true},
    {"", "Min", 8, false, false, "inputs are multidirectionally (numpy) broadcast (opset 6: all inputs the same shape)", 1, 2147483647, 1, 1, std::span<const FormalParam>(s255_in), std::span<const FormalParam>(s255_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s255_tc), true},
    {"", "Min", 12, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s256_in), std::span<const FormalParam>(s256_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s256_tc), true},
    {"", "Min", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s257_in), std::span<const FormalParam>(s257_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s257_tc), true},
    {"", "Mish", 18, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s258_in), std::span<const FormalParam>(s258_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s258_tc), false},
    {"", "Mod", 10, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s259_in), std::span<const FormalParam>(s259_out), std::span<const AttributeSchema>(s259_attr), std::span<const TypeConstraint>(s259_tc), true},
    {"", "Mod", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s260_in), std::span<const FormalParam>(s260_out), std::span<const AttributeSchema>(s260_attr), std::span<const TypeConstraint>(s260_tc), true},
    {"", "Mul", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s261_in), std::span<const FormalParam>(s261_out), std::span<const AttributeSchema>(s261_attr), std::span<const TypeConstraint>(s261_tc), true},
    {"", "Mul", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s262_in), std::span<const FormalParam>(s262_out), std::span<const AttributeSchema>(s262_attr), std::span<const TypeConstraint>(s262_tc), true},
    {"", "Mul", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s263_in), std::span<const FormalParam>(s263_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s263_tc), true},
    {"", "Mul", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s264_in), std::span<const FormalParam>(s264_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s264_tc), true},
    {"", "Mul", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s265_in), std::span<const FormalParam>(s265_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s265_tc), true},
    {"", "Multinomial", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s266_in), std::span<const FormalParam>(s266_out), std::span<const AttributeSchema>(s266_attr), std::span<const TypeConstraint>(s266_tc), true},
    {"", "Neg", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s267_in), std::span<const FormalParam>(s267_out), std::span<const AttributeSchema>(s267_attr), std::span<const TypeConstraint>(s267_tc), true},
    {"", "Neg", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s268_in), std::span<const FormalParam>(s268_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s268_tc), true},
    {"", "Neg", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s269_in), std::span<const FormalParam>(s269_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s269_tc), true},
    {"", "NegativeLogLikelihoodLoss", 12, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s270_in), std::span<const FormalParam>(s270_out), std::span<const AttributeSchema>(s270_attr), std::span<const TypeConstraint>(s270_tc), true},
    {"", "NegativeLogLikelihoodLoss", 13, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s271_in), std::span<const FormalParam>(s271_out), std::span<const AttributeSchema>(s271_attr), std::span<const TypeConstraint>(s271_tc), true},
    {"", "NonMaxSuppression", 10, false, false, "", 2, 5, 1, 1, std::span<const FormalParam>(s272_in), std::span<const FormalParam>(s272_out), std::span<const AttributeSchema>(s272_attr), std::span<const TypeConstraint>(), true},
    {"", "NonMaxSuppression", 11, false, false, "", 2, 5, 1, 1, std::span<const FormalParam>(s273_in), std::span<const FormalParam>(s273_out), std::span<const AttributeSchema>(s273_attr), std::span<const TypeConstraint>(), true},
    {"", "NonZero", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s274_in), std::span<const FormalParam>(s274_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s274_tc), true},
    {"", "NonZero", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s275_in), std::span<const FormalParam>(s275_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s275_tc), true},
    {"", "Not", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s276_in), std::span<const FormalParam>(s276_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s276_tc), true},
    {"", "OneHot", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s277_in), std::span<const FormalParam>(s277_out), std::span<const AttributeSchema>(s277_attr), std::span<const TypeConstraint>(s277_tc), true},
    {"", "OneHot", 11, false, false, "indices may be negative, range [-depth, depth-1] (opset 9: [0, depth)); axis may be any negative value (opset 9: only -1)", 3, 3, 1, 1, std::span<const FormalParam>(s278_in), std::span<const FormalParam>(s278_out), std::span<const AttributeSchema>(s278_attr), std::span<const TypeConstraint>(s278_tc), true},
    {"", "Optional", 15, false, false, "", 0, 1, 1, 1, std::span<const FormalParam>(s279_in), std::span<const FormalParam>(s279_out), std::span<const AttributeSchema>(s279_attr), std::span<const TypeConstraint>(s279_tc), true},
    {"", "OptionalGetElement", 15, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s280_in), std::span<const FormalParam>(s280_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s280_tc), true},
    {"", "OptionalGetElement", 18, false, false, "input may also be a plain tensor or sequence, which is returned as is", 1, 1, 1, 1, std::span<const FormalParam>(s281_in), std::span<const FormalParam>(s281_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s281_tc), false},
    {"", "OptionalHasElement", 15, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s282_in), std::span<const FormalParam>(s282_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s282_tc), true},
    {"", "OptionalHasElement", 18, false, true, "a plain tensor or sequence input gives true; a missing input gives false", 0, 1, 1, 1, std::span<const FormalParam>(s283_in), std::span<const FormalParam>(s283_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s283_tc), false},
    {"", "Or", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s284_in), std::span<const FormalParam>(s284_out), std::span<const AttributeSchema>(s284_attr), std::span<const TypeConstraint>(s284_tc), true},
    {"", "Or", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s285_in), std::span<const FormalParam>(s285_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s285_tc), true},
    {"", "PRelu", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s286_in), std::span<const FormalParam>(s286_out), std::span<const AttributeSchema>(s286_attr), std::span<const TypeConstraint>(s286_tc), true},
    {"", "PRelu", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s287_in), std::span<const FormalParam>(s287_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s287_tc), true},
    {"", "PRelu", 7, false, false, "slope is unidirectionally broadcast to X (opset 6: a size-1 slope shared across channels)", 2, 2, 1, 1, std::span<const FormalParam>(s288_in), std::span<const FormalParam>(s288_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s288_tc), true},
    {"", "PRelu", 9, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s289_in), std::span<const FormalParam>(s289_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s289_tc), true},
    {"", "PRelu", 16, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s290_in), std::span<const FormalParam>(s290_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s290_tc), true},
    {"", "Pad", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s291_in), std::span<const FormalParam>(s291_out), std::span<const AttributeSchema>(s291_attr), std::span<const TypeConstraint>(s291_tc), true},
    {"", "Pad", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s292_in), std::span<const FormalParam>(s292_out), std::span<const AttributeSchema>(s292_attr), std::span<const TypeConstraint>(s292_tc), true},
    {"", "Pad", 11, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s293_in), std::span<const FormalParam>(s293_out), std::span<const AttributeSchema>(s293_attr), std::span<const TypeConstraint>(s293_tc), true},
    {"", "Pad", 13, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s294_in), std::span<const FormalParam>(s294_out), std::span<const AttributeSchema>(s294_attr), std::span<const TypeConstraint>(s294_tc), true},
    {"", "Pad", 18, false, true, "", 2, 4, 1, 1, std::span<const FormalParam>(s295_in), std::span<const FormalParam>(s295_out), std::span<const AttributeSchema>(s295_attr), std::span<const TypeConstraint>(s295_tc), false},
    {"", "Pad", 19, false, false, "mode also accepts wrap", 2, 4, 1, 1, std::span<const FormalParam>(s296_in), std::span<const FormalParam>(s296_out), std::span<const AttributeSchema>(s296_attr), std::span<const TypeConstraint>(s296_tc), false},
    {"", "Pad", 21, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s297_in), std::span<const FormalParam>(s297_out), std::span<const AttributeSchema>(s297_attr), std::span<const TypeConstraint>(s297_tc), false},
    {"", "Pow", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s298_in), std::span<const FormalParam>(s298_out), std::span<const AttributeSchema>(s298_attr), std::span<const TypeConstraint>(s298_tc), true},
    {"", "Pow", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s299_in), std::span<const FormalParam>(s299_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s299_tc), true},
    {"", "Pow", 12, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s300_in), std::span<const FormalParam>(s300_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s300_tc), true},
    {"", "Pow", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s301_in), std::span<const FormalParam>(s301_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s301_tc), true},
    {"", "Pow", 15, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s302_in), std::span<const FormalParam>(s302_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s302_tc), true},
    {"", "QLinearConv", 10, false, false, "", 8, 9, 1, 1, std::span<const FormalParam>(s303_in), std::span<const FormalParam>(s303_out), std::span<const AttributeSchema>(s303_attr), std::span<const TypeConstraint>(s303_tc), true},
    {"", "QLinearMatMul", 10, false, false, "", 8, 8, 1, 1, std::span<const FormalParam>(s304_in), std::span<const FormalParam>(s304_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s304_tc), true},
    {"", "QLinearMatMul", 21, false, true, "", 8, 8, 1, 1, std::span<const FormalParam>(s305_in), std::span<const FormalParam>(s305_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s305_tc), false},
    {"", "QuantizeLinear", 10, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s306_in), std::span<const FormalParam>(s306_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s306_tc), true},
    {"", "QuantizeLinear", 13, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s307_in), std::span<const FormalParam>(s307_out), std::span<const AttributeSchema>(s307_attr), std::span<const TypeConstraint>(s307_tc), true},
    {"", "QuantizeLinear", 19, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s308_in), std::span<const FormalParam>(s308_out), std::span<const AttributeSchema>(s308_attr), std::span<const TypeConstraint>(s308_tc), false},
    {"", "QuantizeLinear", 21, false, true, "", 2, 3, 1, 1, std::span<const FormalParam>(s309_in), std::span<const FormalParam>(s309_out), std::span<const AttributeSchema>(s309_attr), std::span<const TypeConstraint>(s309_tc), false},
    {"", "RNN", 1, false, false, "", 3, 6, 0, 2, std::span<const FormalParam>(s310_in), std::span<const FormalParam>(s310_out), std::span<const AttributeSchema>(s310_attr), std::span<const TypeConstraint>(s310_tc), true},
    {"", "RNN", 7, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s311_in), std::span<const FormalParam>(s311_out), std::span<const AttributeSchema>(s311_attr), std::span<const TypeConstraint>(s311_tc), true},
    {"", "RNN", 14, false, true, "", 3, 6, 0, 2, std::span<const FormalParam>(s312_in), std::span<const FormalParam>(s312_out), std::span<const AttributeSchema>(s312_attr), std::span<const TypeConstraint>(s312_tc), true},
    {"", "RandomNormal", 1, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s313_out), std::span<const AttributeSchema>(s313_attr), std::span<const TypeConstraint>(s313_tc), true},
    {"", "RandomNormalLike", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s314_in), std::span<const FormalParam>(s314_out), std::span<const AttributeSchema>(s314_attr), std::span<const TypeConstraint>(s314_tc), true},
    {"", "RandomUniform", 1, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s315_out), std::span<const AttributeSchema>(s315_attr), std::span<const TypeConstraint>(s315_tc), true},
    {"", "RandomUniformLike", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s316_in), std::span<const FormalParam>(s316_out), std::span<const AttributeSchema>(s316_attr), std::span<const TypeConstraint>(s316_tc), true},
    {"", "Range", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s317_in), std::span<const FormalParam>(s317_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s317_tc), true},
    {"", "Reciprocal", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s318_in), std::span<const FormalParam>(s318_out), std::span<const AttributeSchema>(s318_attr), std::span<const TypeConstraint>(s318_tc), true},
    {"", "Reciprocal", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s319_in), std::span<const FormalParam>(s319_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s319_tc), true},
    {"", "Reciprocal", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s320_in), std::span<const FormalParam>(s320_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s320_tc), true},
    {"", "ReduceL1", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s321_in), std::span<const FormalParam>(s321_out), std::span<const AttributeSchema>(s321_attr), std::span<const TypeConstraint>(s321_tc), true},
    {"", "ReduceL1", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s322_in), std::span<const FormalParam>(s322_out), std::span<const AttributeSchema>(s322_attr), std::span<const TypeConstraint>(s322_tc), true},
    {"", "ReduceL1", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s323_in), std::span<const FormalParam>(s323_out), std::span<const AttributeSchema>(s323_attr), std::span<const TypeConstraint>(s323_tc), true},
    {"", "ReduceL1", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s324_in), std::span<const FormalParam>(s324_out), std::span<const AttributeSchema>(s324_attr), std::span<const TypeConstraint>(s324_tc), false},
    {"", "ReduceL2", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s325_in), std::span<const FormalParam>(s325_out), std::span<const AttributeSchema>(s325_attr), std::span<const TypeConstraint>(s325_tc), true},
    {"", "ReduceL2", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s326_in), std::span<const FormalParam>(s326_out), std::span<const AttributeSchema>(s326_attr), std::span<const TypeConstraint>(s326_tc), true},
    {"", "ReduceL2", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s327_in), std::span<const FormalParam>(s327_out), std::span<const AttributeSchema>(s327_attr), std::span<const TypeConstraint>(s327_tc), true},
    {"", "ReduceL2", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s328_in), std::span<const FormalParam>(s328_out), std::span<const AttributeSchema>(s328_attr), std::span<const TypeConstraint>(s328_tc), false},
    {"", "ReduceLogSum", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s329_in), std::span<const FormalParam>(s329_out), std::span<const AttributeSchema>(s329_attr), std::span<const TypeConstraint>(s329_tc), true},
    {"", "ReduceLogSum", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s330_in), std::span<const FormalParam>(s330_out), std::span<const AttributeSchema>(s330_attr), std::span<const TypeConstraint>(s330_tc), true},
    {"", "ReduceLogSum", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s331_in), std::span<const FormalParam>(s331_out), std::span<const AttributeSchema>(s331_attr), std::span<const TypeConstraint>(s331_tc), true},
    {"", "ReduceLogSum", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s332_in), std::span<const FormalParam>(s332_out), std::span<const AttributeSchema>(s332_attr), std::span<const TypeConstraint>(s332_tc), false},
    {"", "ReduceLogSumExp", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s333_in), std::span<const FormalParam>(s333_out), std::span<const AttributeSchema>(s333_attr), std::span<const TypeConstraint>(s333_tc), true},
    {"", "ReduceLogSumExp", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s334_in), std::span<const FormalParam>(s334_out), std::span<const AttributeSchema>(s334_attr), std::span<const TypeConstraint>(s334_tc), true},
    {"", "ReduceLogSumExp", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s335_in), std::span<const FormalParam>(s335_out), std::span<const AttributeSchema>(s335_attr), std::span<const TypeConstraint>(s335_tc), true},
    {"", "ReduceLogSumExp", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s336_in), std::span<const FormalParam>(s336_out), std::span<const AttributeSchema>(s336_attr), std::span<const TypeConstraint>(s336_tc), false},
    {"", "ReduceMax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s337_in), std::span<const FormalParam>(s337_out), std::span<const AttributeSchema>(s337_attr), std::span<const TypeConstraint>(s337_tc), true},
    {"", "ReduceMax", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s338_in), std::span<const FormalParam>(s338_out), std::span<const AttributeSchema>(s338_attr), std::span<const TypeConstraint>(s338_tc), true},
    {"", "ReduceMax", 12, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s339_in), std::span<const FormalParam>(s339_out), std::span<const AttributeSchema>(s339_attr), std::span<const TypeConstraint>(s339_tc), true},
    {"", "ReduceMax", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s340_in), std::span<const FormalParam>(s340_out), std::span<const AttributeSchema>(s340_attr), std::span<const TypeConstraint>(s340_tc), true},
    {"", "ReduceMax", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s341_in), std::span<const FormalParam>(s341_out), std::span<const AttributeSchema>(s341_attr), std::span<const TypeConstraint>(s341_tc), false},
    {"", "ReduceMax", 20, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s342_in), std::span<const FormalParam>(s342_out), std::span<const AttributeSchema>(s342_attr), std::span<const TypeConstraint>(s342_tc), false},
    {"", "ReduceMean", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s343_in), std::span<const FormalParam>(s343_out), std::span<const AttributeSchema>(s343_attr), std::span<const TypeConstraint>(s343_tc), true},
    {"", "ReduceMean", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s344_in), std::span<const FormalParam>(s344_out), std::span<const AttributeSchema>(s344_attr), std::span<const TypeConstraint>(s344_tc), true},
    {"", "ReduceMean", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s345_in), std::span<const FormalParam>(s345_out), std::span<const AttributeSchema>(s345_attr), std::span<const TypeConstraint>(s345_tc), true},
    {"", "ReduceMean", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s346_in), std::span<const FormalParam>(s346_out), std::span<const AttributeSchema>(s346_attr), std::span<const TypeConstraint>(s346_tc), false},
    {"", "ReduceMin", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s347_in), std::span<const FormalParam>(s347_out), std::span<const AttributeSchema>(s347_attr), std::span<const TypeConstraint>(s347_tc), true},
    {"", "ReduceMin", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s348_in), std::span<const FormalParam>(s348_out), std::span<const AttributeSchema>(s348_attr), std::span<const TypeConstraint>(s348_tc), true},
    {"", "ReduceMin", 12, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s349_in), std::span<const FormalParam>(s349_out), std::span<const AttributeSchema>(s349_attr), std::span<const TypeConstraint>(s349_tc), true},
    {"", "ReduceMin", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s350_in), std::span<const FormalParam>(s350_out), std::span<const AttributeSchema>(s350_attr), std::span<const TypeConstraint>(s350_tc), true},
    {"", "ReduceMin", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s351_in), std::span<const FormalParam>(s351_out), std::span<const AttributeSchema>(s351_attr), std::span<const TypeConstraint>(s351_tc), false},
    {"", "ReduceMin", 20, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s352_in), std::span<const FormalParam>(s352_out), std::span<const AttributeSchema>(s352_attr), std::span<const TypeConstraint>(s352_tc), false},
    {"", "ReduceProd", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s353_in), std::span<const FormalParam>(s353_out), std::span<const AttributeSchema>(s353_attr), std::span<const TypeConstraint>(s353_tc), true},
    {"", "ReduceProd", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s354_in), std::span<const FormalParam>(s354_out), std::span<const AttributeSchema>(s354_attr), std::span<const TypeConstraint>(s354_tc), true},
    {"", "ReduceProd", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s355_in), std::span<const FormalParam>(s355_out), std::span<const AttributeSchema>(s355_attr), std::span<const TypeConstraint>(s355_tc), true},
    {"", "ReduceProd", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s356_in), std::span<const FormalParam>(s356_out), std::span<const AttributeSchema>(s356_attr), std::span<const TypeConstraint>(s356_tc), false},
    {"", "ReduceSum", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s357_in), std::span<const FormalParam>(s357_out), std::span<const AttributeSchema>(s357_attr), std::span<const TypeConstraint>(s357_tc), true},
    {"", "ReduceSum", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s358_in), std::span<const FormalParam>(s358_out), std::span<const AttributeSchema>(s358_attr), std::span<const TypeConstraint>(s358_tc), true},
    {"", "ReduceSum", 13, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s359_in), std::span<const FormalParam>(s359_out), std::span<const AttributeSchema>(s359_attr), std::span<const TypeConstraint>(s359_tc), true},
    {"", "ReduceSumSquare", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s360_in), std::span<const FormalParam>(s360_out), std::span<const AttributeSchema>(s360_attr), std::span<const TypeConstraint>(s360_tc), true},
    {"", "ReduceSumSquare", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s361_in), std::span<const FormalParam>(s361_out), std::span<const AttributeSchema>(s361_attr), std::span<const TypeConstraint>(s361_tc), true},
    {"", "ReduceSumSquare", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s362_in), std::span<const FormalParam>(s362_out), std::span<const AttributeSchema>(s362_attr), std::span<const TypeConstraint>(s362_tc), true},
    {"", "ReduceSumSquare", 18, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s363_in), std::span<const FormalParam>(s363_out), std::span<const AttributeSchema>(s363_attr), std::span<const TypeConstraint>(s363_tc), false},
    {"", "RegexFullMatch", 20, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s364_in), std::span<const FormalParam>(s364_out), std::span<const AttributeSchema>(s364_attr), std::span<const TypeConstraint>(s364_tc), false},
    {"", "Relu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s365_in), std::span<const FormalParam>(s365_out), std::span<const AttributeSchema>(s365_attr), std::span<const TypeConstraint>(s365_tc), true},
    {"", "Relu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s366_in), std::span<const FormalParam>(s366_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s366_tc), true},
    {"", "Relu", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s367_in), std::span<const FormalParam>(s367_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s367_tc), true},
    {"", "Relu", 14, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s368_in), std::span<const FormalParam>(s368_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s368_tc), true},
    {"", "Reshape", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s369_in), std::span<const FormalParam>(s369_out), std::span<const AttributeSchema>(s369_attr), std::span<const TypeConstraint>(s369_tc), true},
    {"", "Reshape", 5, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s370_in), std::span<const FormalParam>(s370_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s370_tc), true},
    {"", "Reshape", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s371_in), std::span<const FormalParam>(s371_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s371_tc), true},
    {"", "Reshape", 14, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s372_in), std::span<const FormalParam>(s372_out), std::span<const AttributeSchema>(s372_attr), std::span<const TypeConstraint>(s372_tc), true},
    {"", "Reshape", 19, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s373_in), std::span<const FormalParam>(s373_out), std::span<const AttributeSchema>(s373_attr), std::span<const TypeConstraint>(s373_tc), false},
    {"", "Reshape", 21, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s374_in), std::span<const FormalParam>(s374_out), std::span<const AttributeSchema>(s374_attr), std::span<const TypeConstraint>(s374_tc), false},
    {"", "Resize", 10, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s375_in), std::span<const FormalParam>(s375_out), std::span<const AttributeSchema>(s375_attr), std::span<const TypeConstraint>(s375_tc), true},
    {"", "Resize", 11, false, true, "", 3, 4, 1, 1, std::span<const FormalParam>(s376_in), std::span<const FormalParam>(s376_out), std::span<const AttributeSchema>(s376_attr), std::span<const TypeConstraint>(s376_tc), true},
    {"", "Resize", 13, false, true, "", 1, 4, 1, 1, std::span<const FormalParam>(s377_in), std::span<const FormalParam>(s377_out), std::span<const AttributeSchema>(s377_attr), std::span<const TypeConstraint>(s377_tc), true},
    {"", "Resize", 18, false, true, "", 1, 4, 1, 1, std::span<const FormalParam>(s378_in), std::span<const FormalParam>(s378_out), std::span<const AttributeSchema>(s378_attr), std::span<const TypeConstraint>(s378_tc), false},
    {"", "Resize", 19, false, false, "coordinate_transformation_mode also accepts half_pixel_symmetric", 1, 4, 1, 1, std::span<const FormalParam>(s379_in), std::span<const FormalParam>(s379_out), std::span<const AttributeSchema>(s379_attr), std::span<const TypeConstraint>(s379_tc), false},
    {"", "ReverseSequence", 10, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s380_in), std::span<const FormalParam>(s380_out), std::span<const AttributeSchema>(s380_attr), std::span<const TypeConstraint>(s380_tc), true},
    {"", "RoiAlign", 10, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s381_in), std::span<const FormalParam>(s381_out), std::span<const AttributeSchema>(s381_attr), std::span<const TypeConstraint>(s381_tc), true},
    {"", "RoiAlign", 16, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s382_in), std::span<const FormalParam>(s382_out), std::span<const AttributeSchema>(s382_attr), std::span<const TypeConstraint>(s382_tc), true},
    {"", "Round", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s383_in), std::span<const FormalParam>(s383_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s383_tc), true},
    {"", "STFT", 17, false, false, "", 2, 4, 1, 1, std::span<const FormalParam>(s384_in), std::span<const FormalParam>(s384_out), std::span<const AttributeSchema>(s384_attr), std::span<const TypeConstraint>(s384_tc), true},
    {"", "Scan", 8, false, false, "", 2, 2147483647, 1, 2147483647, std::span<const FormalParam>(s385_in), std::span<const FormalParam>(s385_out), std::span<const AttributeSchema>(s385_attr), std::span<const TypeConstraint>(s385_tc), true},
    {"", "Scan", 9, false, true, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s386_in), std::span<const FormalParam>(s386_out), std::span<const AttributeSchema>(s386_attr), std::span<const TypeConstraint>(s386_tc), true},
    {"", "Scan", 11, false, false, "scan_input_axes and scan_output_axes may be negative", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s387_in), std::span<const FormalParam>(s387_out), std::span<const AttributeSchema>(s387_attr), std::span<const TypeConstraint>(s387_tc), true},
    {"", "Scan", 16, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s388_in), std::span<const FormalParam>(s388_out), std::span<const AttributeSchema>(s388_attr), std::span<const TypeConstraint>(s388_tc), true},
    {"", "Scan", 19, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s389_in), std::span<const FormalParam>(s389_out), std::span<const AttributeSchema>(s389_attr), std::span<const TypeConstraint>(s389_tc), false},
    {"", "Scan", 21, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s390_in), std::span<const FormalParam>(s390_out), std::span<const AttributeSchema>(s390_attr), std::span<const TypeConstraint>(s390_tc), false},
    {"", "Scatter", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s391_in), std::span<const FormalParam>(s391_out), std::span<const AttributeSchema>(s391_attr), std::span<const TypeConstraint>(s391_tc), true},
    {"", "Scatter", 11, true, false, "deprecated in favour of ScatterElements; indices may be negative, range [-s, s-1]", 3, 3, 1, 1, std::span<const FormalParam>(s392_in), std::span<const FormalParam>(s392_out), std::span<const AttributeSchema>(s392_attr), std::span<const TypeConstraint>(s392_tc), true},
    {"", "ScatterElements", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s393_in), std::span<const FormalParam>(s393_out), std::span<const AttributeSchema>(s393_attr), std::span<const TypeConstraint>(s393_tc), true},
    {"", "ScatterElements", 13, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s394_in), std::span<const FormalParam>(s394_out), std::span<const AttributeSchema>(s394_attr), std::span<const TypeConstraint>(s394_tc), true},
    {"", "ScatterElements", 16, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s395_in), std::span<const FormalParam>(s395_out), std::span<const AttributeSchema>(s395_attr), std::span<const TypeConstraint>(s395_tc), true},
    {"", "ScatterElements", 18, false, false, "reduction also accepts max and min", 3, 3, 1, 1, std::span<const FormalParam>(s396_in), std::span<const FormalParam>(s396_out), std::span<const AttributeSchema>(s396_attr), std::span<const TypeConstraint>(s396_tc), false},
    {"", "ScatterND", 11, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s397_in), std::span<const FormalParam>(s397_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s397_tc), true},
    {"", "ScatterND", 13, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s398_in), std::span<const FormalParam>(s398_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s398_tc), true},
    {"", "ScatterND", 16, false, true, "", 3, 3, 1, 1, std::span<const FormalParam>(s399_in), std::span<const FormalParam>(s399_out), std::span<const AttributeSchema>(s399_attr), std::span<const TypeConstraint>(s399_tc), true},
    {"", "ScatterND", 18, false, false, "reduction also accepts max and min", 3, 3, 1, 1, std::span<const FormalParam>(s400_in), std::span<const FormalParam>(s400_out), std::span<const AttributeSchema>(s400_attr), std::span<const TypeConstraint>(s400_tc), false},
    {"", "Selu", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s401_in), std::span<const FormalParam>(s401_out), std::span<const AttributeSchema>(s401_attr), std::span<const TypeConstraint>(s401_tc), true},
    {"", "Selu", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s402_in), std::span<const FormalParam>(s402_out), std::span<const AttributeSchema>(s402_attr), std::span<const TypeConstraint>(s402_tc), true},
    {"", "SequenceAt", 11, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s403_in), std::span<const FormalParam>(s403_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s403_tc), true},
    {"", "SequenceConstruct", 11, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s404_in), std::span<const FormalParam>(s404_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s404_tc), true},
    {"", "SequenceEmpty", 11, false, false, "", 0, 0, 1, 1, std::span<const FormalParam>(), std::span<const FormalParam>(s405_out), std::span<const AttributeSchema>(s405_attr), std::span<const TypeConstraint>(s405_tc), true},
    {"", "SequenceErase", 11, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s406_in), std::span<const FormalParam>(s406_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s406_tc), true},
    {"", "SequenceInsert", 11, false, false, "", 2, 3, 1, 1, std::span<const FormalParam>(s407_in), std::span<const FormalParam>(s407_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s407_tc), true},
    {"", "SequenceLength", 11, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s408_in), std::span<const FormalParam>(s408_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s408_tc), true},
    {"", "SequenceMap", 17, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s409_in), std::span<const FormalParam>(s409_out), std::span<const AttributeSchema>(s409_attr), std::span<const TypeConstraint>(s409_tc), true},
    {"", "Shape", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s410_in), std::span<const FormalParam>(s410_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s410_tc), true},
    {"", "Shape", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s411_in), std::span<const FormalParam>(s411_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s411_tc), true},
    {"", "Shape", 15, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s412_in), std::span<const FormalParam>(s412_out), std::span<const AttributeSchema>(s412_attr), std::span<const TypeConstraint>(s412_tc), true},
    {"", "Shape", 19, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s413_in), std::span<const FormalParam>(s413_out), std::span<const AttributeSchema>(s413_attr), std::span<const TypeConstraint>(s413_tc), false},
    {"", "Shape", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s414_in), std::span<const FormalParam>(s414_out), std::span<const AttributeSchema>(s414_attr), std::span<const TypeConstraint>(s414_tc), false},
    {"", "Shrink", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s415_in), std::span<const FormalParam>(s415_out), std::span<const AttributeSchema>(s415_attr), std::span<const TypeConstraint>(s415_tc), true},
    {"", "Sigmoid", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s416_in), std::span<const FormalParam>(s416_out), std::span<const AttributeSchema>(s416_attr), std::span<const TypeConstraint>(s416_tc), true},
    {"", "Sigmoid", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s417_in), std::span<const FormalParam>(s417_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s417_tc), true},
    {"", "Sigmoid", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s418_in), std::span<const FormalParam>(s418_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s418_tc), true},
    {"", "Sign", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s419_in), std::span<const FormalParam>(s419_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s419_tc), true},
    {"", "Sign", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s420_in), std::span<const FormalParam>(s420_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s420_tc), true},
    {"", "Sin", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s421_in), std::span<const FormalParam>(s421_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s421_tc), true},
    {"", "Sinh", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s422_in), std::span<const FormalParam>(s422_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s422_tc), true},
    {"", "Size", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s423_in), std::span<const FormalParam>(s423_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s423_tc), true},
    {"", "Size", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s424_in), std::span<const FormalParam>(s424_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s424_tc), true},
    {"", "Size", 19, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s425_in), std::span<const FormalParam>(s425_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s425_tc), false},
    {"", "Size", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s426_in), std::span<const FormalParam>(s426_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s426_tc), false},
    {"", "Slice", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s427_in), std::span<const FormalParam>(s427_out), std::span<const AttributeSchema>(s427_attr), std::span<const TypeConstraint>(s427_tc), true},
    {"", "Slice", 10, false, true, "", 3, 5, 1, 1, std::span<const FormalParam>(s428_in), std::span<const FormalParam>(s428_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s428_tc), true},
    {"", "Slice", 11, false, false, "axes may be negative", 3, 5, 1, 1, std::span<const FormalParam>(s429_in), std::span<const FormalParam>(s429_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s429_tc), true},
    {"", "Slice", 13, false, false, "", 3, 5, 1, 1, std::span<const FormalParam>(s430_in), std::span<const FormalParam>(s430_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s430_tc), true},
    {"", "Softmax", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s431_in), std::span<const FormalParam>(s431_out), std::span<const AttributeSchema>(s431_attr), std::span<const TypeConstraint>(s431_tc), true},
    {"", "Softmax", 11, false, false, "axis may be negative (still coerces the input to 2-D at axis)", 1, 1, 1, 1, std::span<const FormalParam>(s432_in), std::span<const FormalParam>(s432_out), std::span<const AttributeSchema>(s432_attr), std::span<const TypeConstraint>(s432_tc), true},
    {"", "Softmax", 13, false, true, "computed along the single dimension axis, no 2-D coercion; axis default 1 -> -1", 1, 1, 1, 1, std::span<const FormalParam>(s433_in), std::span<const FormalParam>(s433_out), std::span<const AttributeSchema>(s433_attr), std::span<const TypeConstraint>(s433_tc), true},
    {"", "SoftmaxCrossEntropyLoss", 12, false, false, "", 2, 3, 1, 2, std::span<const FormalParam>(s434_in), std::span<const FormalParam>(s434_out), std::span<const AttributeSchema>(s434_attr), std::span<const TypeConstraint>(s434_tc), true},
    {"", "SoftmaxCrossEntropyLoss", 13, false, false, "", 2, 3, 1, 2, std::span<const FormalParam>(s435_in), std::span<const FormalParam>(s435_out), std::span<const AttributeSchema>(s435_attr), std::span<const TypeConstraint>(s435_tc), true},
    {"", "Softplus", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s436_in), std::span<const FormalParam>(s436_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s436_tc), true},
    {"", "Softsign", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s437_in), std::span<const FormalParam>(s437_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s437_tc), true},
    {"", "SpaceToDepth", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s438_in), std::span<const FormalParam>(s438_out), std::span<const AttributeSchema>(s438_attr), std::span<const TypeConstraint>(s438_tc), true},
    {"", "SpaceToDepth", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s439_in), std::span<const FormalParam>(s439_out), std::span<const AttributeSchema>(s439_attr), std::span<const TypeConstraint>(s439_tc), true},
    {"", "Split", 1, false, false, "", 1, 2, 1, 2147483647, std::span<const FormalParam>(s440_in), std::span<const FormalParam>(s440_out), std::span<const AttributeSchema>(s440_attr), std::span<const TypeConstraint>(s440_tc), true},
    {"", "Split", 2, false, true, "", 1, 1, 1, 2147483647, std::span<const FormalParam>(s441_in), std::span<const FormalParam>(s441_out), std::span<const AttributeSchema>(s441_attr), std::span<const TypeConstraint>(s441_tc), true},
    {"", "Split", 11, false, false, "axis may be negative (counts from the back)", 1, 1, 1, 2147483647, std::span<const FormalParam>(s442_in), std::span<const FormalParam>(s442_out), std::span<const AttributeSchema>(s442_attr), std::span<const TypeConstraint>(s442_tc), true},
    {"", "Split", 13, false, true, "", 1, 2, 1, 2147483647, std::span<const FormalParam>(s443_in), std::span<const FormalParam>(s443_out), std::span<const AttributeSchema>(s443_attr), std::span<const TypeConstraint>(s443_tc), true},
    {"", "Split", 18, false, true, "exactly one of input split and attribute num_outputs must be given (opset 13: neither means equal split over the outputs); uneven split makes the last chunk smaller", 1, 2, 1, 2147483647, std::span<const FormalParam>(s444_in), std::span<const FormalParam>(s444_out), std::span<const AttributeSchema>(s444_attr), std::span<const TypeConstraint>(s444_tc), false},
    {"", "SplitToSequence", 11, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s445_in), std::span<const FormalParam>(s445_out), std::span<const AttributeSchema>(s445_attr), std::span<const TypeConstraint>(s445_tc), true},
    {"", "Sqrt", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s446_in), std::span<const FormalParam>(s446_out), std::span<const AttributeSchema>(s446_attr), std::span<const TypeConstraint>(s446_tc), true},
    {"", "Sqrt", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s447_in), std::span<const FormalParam>(s447_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s447_tc), true},
    {"", "Sqrt", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s448_in), std::span<const FormalParam>(s448_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s448_tc), true},
    {"", "Squeeze", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s449_in), std::span<const FormalParam>(s449_out), std::span<const AttributeSchema>(s449_attr), std::span<const TypeConstraint>(s449_tc), true},
    {"", "Squeeze", 11, false, false, "axes may be negative", 1, 1, 1, 1, std::span<const FormalParam>(s450_in), std::span<const FormalParam>(s450_out), std::span<const AttributeSchema>(s450_attr), std::span<const TypeConstraint>(s450_tc), true},
    {"", "Squeeze", 13, false, true, "", 1, 2, 1, 1, std::span<const FormalParam>(s451_in), std::span<const FormalParam>(s451_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s451_tc), true},
    {"", "Squeeze", 21, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s452_in), std::span<const FormalParam>(s452_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s452_tc), false},
    {"", "StringConcat", 20, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s453_in), std::span<const FormalParam>(s453_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s453_tc), false},
    {"", "StringNormalizer", 10, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s454_in), std::span<const FormalParam>(s454_out), std::span<const AttributeSchema>(s454_attr), std::span<const TypeConstraint>(), true},
    {"", "StringSplit", 20, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s455_in), std::span<const FormalParam>(s455_out), std::span<const AttributeSchema>(s455_attr), std::span<const TypeConstraint>(s455_tc), false},
    {"", "Sub", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s456_in), std::span<const FormalParam>(s456_out), std::span<const AttributeSchema>(s456_attr), std::span<const TypeConstraint>(s456_tc), true},
    {"", "Sub", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s457_in), std::span<const FormalParam>(s457_out), std::span<const AttributeSchema>(s457_attr), std::span<const TypeConstraint>(s457_tc), true},
    {"", "Sub", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s458_in), std::span<const FormalParam>(s458_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s458_tc), true},
    {"", "Sub", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s459_in), std::span<const FormalParam>(s459_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s459_tc), true},
    {"", "Sub", 14, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s460_in), std::span<const FormalParam>(s460_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s460_tc), true},
    {"", "Sum", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s461_in), std::span<const FormalParam>(s461_out), std::span<const AttributeSchema>(s461_attr), std::span<const TypeConstraint>(s461_tc), true},
    {"", "Sum", 6, false, true, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s462_in), std::span<const FormalParam>(s462_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s462_tc), true},
    {"", "Sum", 8, false, false, "inputs are multidirectionally (numpy) broadcast (opset 6: all inputs the same shape)", 1, 2147483647, 1, 1, std::span<const FormalParam>(s463_in), std::span<const FormalParam>(s463_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s463_tc), true},
    {"", "Sum", 13, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s464_in), std::span<const FormalParam>(s464_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s464_tc), true},
    {"", "Tan", 7, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s465_in), std::span<const FormalParam>(s465_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s465_tc), true},
    {"", "Tanh", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s466_in), std::span<const FormalParam>(s466_out), std::span<const AttributeSchema>(s466_attr), std::span<const TypeConstraint>(s466_tc), true},
    {"", "Tanh", 6, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s467_in), std::span<const FormalParam>(s467_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s467_tc), true},
    {"", "Tanh", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s468_in), std::span<const FormalParam>(s468_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s468_tc), true},
    {"", "TfIdfVectorizer", 9, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s469_in), std::span<const FormalParam>(s469_out), std::span<const AttributeSchema>(s469_attr), std::span<const TypeConstraint>(s469_tc), true},
    {"", "ThresholdedRelu", 10, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s470_in), std::span<const FormalParam>(s470_out), std::span<const AttributeSchema>(s470_attr), std::span<const TypeConstraint>(s470_tc), true},
    {"", "Tile", 1, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s471_in), std::span<const FormalParam>(s471_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s471_tc), true},
    {"", "Tile", 6, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s472_in), std::span<const FormalParam>(s472_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s472_tc), true},
    {"", "Tile", 13, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s473_in), std::span<const FormalParam>(s473_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s473_tc), true},
    {"", "TopK", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s474_in), std::span<const FormalParam>(s474_out), std::span<const AttributeSchema>(s474_attr), std::span<const TypeConstraint>(s474_tc), true},
    {"", "TopK", 10, false, true, "", 2, 2, 2, 2, std::span<const FormalParam>(s475_in), std::span<const FormalParam>(s475_out), std::span<const AttributeSchema>(s475_attr), std::span<const TypeConstraint>(s475_tc), true},
    {"", "TopK", 11, false, true, "", 2, 2, 2, 2, std::span<const FormalParam>(s476_in), std::span<const FormalParam>(s476_out), std::span<const AttributeSchema>(s476_attr), std::span<const TypeConstraint>(s476_tc), true},
    {"", "Transpose", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s477_in), std::span<const FormalParam>(s477_out), std::span<const AttributeSchema>(s477_attr), std::span<const TypeConstraint>(s477_tc), true},
    {"", "Transpose", 13, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s478_in), std::span<const FormalParam>(s478_out), std::span<const AttributeSchema>(s478_attr), std::span<const TypeConstraint>(s478_tc), true},
    {"", "Transpose", 21, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s479_in), std::span<const FormalParam>(s479_out), std::span<const AttributeSchema>(s479_attr), std::span<const TypeConstraint>(s479_tc), false},
    {"", "Trilu", 14, false, false, "", 1, 2, 1, 1, std::span<const FormalParam>(s480_in), std::span<const FormalParam>(s480_out), std::span<const AttributeSchema>(s480_attr), std::span<const TypeConstraint>(s480_tc), true},
    {"", "Unique", 11, false, false, "", 1, 1, 1, 4, std::span<const FormalParam>(s481_in), std::span<const FormalParam>(s481_out), std::span<const AttributeSchema>(s481_attr), std::span<const TypeConstraint>(s481_tc), true},
    {"", "Unsqueeze", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s482_in), std::span<const FormalParam>(s482_out), std::span<const AttributeSchema>(s482_attr), std::span<const TypeConstraint>(s482_tc), true},
    {"", "Unsqueeze", 11, false, false, "axes may be negative, counted in the output rank", 1, 1, 1, 1, std::span<const FormalParam>(s483_in), std::span<const FormalParam>(s483_out), std::span<const AttributeSchema>(s483_attr), std::span<const TypeConstraint>(s483_tc), true},
    {"", "Unsqueeze", 13, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s484_in), std::span<const FormalParam>(s484_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s484_tc), true},
    {"", "Unsqueeze", 21, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s485_in), std::span<const FormalParam>(s485_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s485_tc), false},
    {"", "Upsample", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s486_in), std::span<const FormalParam>(s486_out), std::span<const AttributeSchema>(s486_attr), std::span<const TypeConstraint>(s486_tc), true},
    {"", "Upsample", 7, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s487_in), std::span<const FormalParam>(s487_out), std::span<const AttributeSchema>(s487_attr), std::span<const TypeConstraint>(s487_tc), true},
    {"", "Upsample", 9, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s488_in), std::span<const FormalParam>(s488_out), std::span<const AttributeSchema>(s488_attr), std::span<const TypeConstraint>(s488_tc), true},
    {"", "Upsample", 10, true, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s489_in), std::span<const FormalParam>(s489_out), std::span<const AttributeSchema>(s489_attr), std::span<const TypeConstraint>(s489_tc), true},
    {"", "Where", 9, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s490_in), std::span<const FormalParam>(s490_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s490_tc), true},
    {"", "Where", 16, false, false, "", 3, 3, 1, 1, std::span<const FormalParam>(s491_in), std::span<const FormalParam>(s491_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s491_tc), true},
    {"", "Xor", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s492_in), std::span<const FormalParam>(s492_out), std::span<const AttributeSchema>(s492_attr), std::span<const TypeConstraint>(s492_tc), true},
    {"", "Xor", 7, false, true, "", 2, 2, 1, 1, std::span<const FormalParam>(s493_in), std::span<const FormalParam>(s493_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s493_tc), true},
    {"ai.onnx.ml", "ArrayFeatureExtractor", 1, false, false, "", 2, 2, 1, 1, std::span<const FormalParam>(s494_in), std::span<const FormalParam>(s494_out), std::span<const AttributeSchema>(), std::span<const TypeConstraint>(s494_tc), true},
    {"ai.onnx.ml", "Binarizer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s495_in), std::span<const FormalParam>(s495_out), std::span<const AttributeSchema>(s495_attr), std::span<const TypeConstraint>(s495_tc), true},
    {"ai.onnx.ml", "CastMap", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s496_in), std::span<const FormalParam>(s496_out), std::span<const AttributeSchema>(s496_attr), std::span<const TypeConstraint>(s496_tc), true},
    {"ai.onnx.ml", "CategoryMapper", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s497_in), std::span<const FormalParam>(s497_out), std::span<const AttributeSchema>(s497_attr), std::span<const TypeConstraint>(s497_tc), true},
    {"ai.onnx.ml", "DictVectorizer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s498_in), std::span<const FormalParam>(s498_out), std::span<const AttributeSchema>(s498_attr), std::span<const TypeConstraint>(s498_tc), true},
    {"ai.onnx.ml", "FeatureVectorizer", 1, false, false, "", 1, 2147483647, 1, 1, std::span<const FormalParam>(s499_in), std::span<const FormalParam>(s499_out), std::span<const AttributeSchema>(s499_attr), std::span<const TypeConstraint>(s499_tc), true},
    {"ai.onnx.ml", "Imputer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s500_in), std::span<const FormalParam>(s500_out), std::span<const AttributeSchema>(s500_attr), std::span<const TypeConstraint>(s500_tc), true},
    {"ai.onnx.ml", "LabelEncoder", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s501_in), std::span<const FormalParam>(s501_out), std::span<const AttributeSchema>(s501_attr), std::span<const TypeConstraint>(s501_tc), true},
    {"ai.onnx.ml", "LabelEncoder", 2, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s502_in), std::span<const FormalParam>(s502_out), std::span<const AttributeSchema>(s502_attr), std::span<const TypeConstraint>(s502_tc), true},
    {"ai.onnx.ml", "LinearClassifier", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s503_in), std::span<const FormalParam>(s503_out), std::span<const AttributeSchema>(s503_attr), std::span<const TypeConstraint>(s503_tc), true},
    {"ai.onnx.ml", "LinearRegressor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s504_in), std::span<const FormalParam>(s504_out), std::span<const AttributeSchema>(s504_attr), std::span<const TypeConstraint>(s504_tc), true},
    {"ai.onnx.ml", "Normalizer", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s505_in), std::span<const FormalParam>(s505_out), std::span<const AttributeSchema>(s505_attr), std::span<const TypeConstraint>(s505_tc), true},
    {"ai.onnx.ml", "OneHotEncoder", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s506_in), std::span<const FormalParam>(s506_out), std::span<const AttributeSchema>(s506_attr), std::span<const TypeConstraint>(s506_tc), true},
    {"ai.onnx.ml", "SVMClassifier", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s507_in), std::span<const FormalParam>(s507_out), std::span<const AttributeSchema>(s507_attr), std::span<const TypeConstraint>(s507_tc), true},
    {"ai.onnx.ml", "SVMRegressor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s508_in), std::span<const FormalParam>(s508_out), std::span<const AttributeSchema>(s508_attr), std::span<const TypeConstraint>(s508_tc), true},
    {"ai.onnx.ml", "Scaler", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s509_in), std::span<const FormalParam>(s509_out), std::span<const AttributeSchema>(s509_attr), std::span<const TypeConstraint>(s509_tc), true},
    {"ai.onnx.ml", "TreeEnsembleClassifier", 1, false, false, "", 1, 1, 2, 2, std::span<const FormalParam>(s510_in), std::span<const FormalParam>(s510_out), std::span<const AttributeSchema>(s510_attr), std::span<const TypeConstraint>(s510_tc), true},
    {"ai.onnx.ml", "TreeEnsembleClassifier", 3, false, true, "", 1, 1, 2, 2, std::span<const FormalParam>(s511_in), std::span<const FormalParam>(s511_out), std::span<const AttributeSchema>(s511_attr), std::span<const TypeConstraint>(s511_tc), true},
    {"ai.onnx.ml", "TreeEnsembleRegressor", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s512_in), std::span<const FormalParam>(s512_out), std::span<const AttributeSchema>(s512_attr), std::span<const TypeConstraint>(s512_tc), true},
    {"ai.onnx.ml", "TreeEnsembleRegressor", 3, false, true, "", 1, 1, 1, 1, std::span<const FormalParam>(s513_in), std::span<const FormalParam>(s513_out), std::span<const AttributeSchema>(s513_attr), std::span<const TypeConstraint>(s513_tc), true},
    {"ai.onnx.ml", "ZipMap", 1, false, false, "", 1, 1, 1, 1, std::span<const FormalParam>(s514_in), std::span<const FormalParam>(s514_out), std::span<const AttributeSchema>(s514_attr), std::span<const TypeConstraint>(s514_tc), true},
    {"ai.onnx.preview.training", "Adagrad", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s515_in), std::span<const FormalParam>(s515_out), std::span<const AttributeSchema>(s515_attr), std::span<const TypeConstraint>(s515_tc), true},
    {"ai.onnx.preview.training", "Adam", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s516_in), std::span<const FormalParam>(s516_out), std::span<const AttributeSchema>(s516_attr), std::span<const TypeConstraint>(s516_tc), true},
    {"ai.onnx.preview.training", "Gradient", 1, false, false, "", 1, 2147483647, 1, 2147483647, std::span<const FormalParam>(s517_in), std::span<const FormalParam>(s517_out), std::span<const AttributeSchema>(s517_attr), std::span<const TypeConstraint>(s517_tc), true},
    {"ai.onnx.preview.training", "Momentum", 1, false, false, "", 3, 2147483647, 1, 2147483647, std::span<const FormalParam>(s518_in), std::span<const FormalParam>(s518_out), std::span<const AttributeSchema>(s518_attr), std::span<const TypeConstraint>(s518_tc), true},
};

} // namespace opbridge::onnx_schema::generated
