#pragma once
// TFLite numbering <-> opbridge names. Tensor types map onto the IR's DType (which uses
// ONNX's numbering); builtin operator codes map onto their schema names ("CONV_2D"), which
// are what Node::op.type holds for a TFLite node.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "opbridge/generated/tflite_schema_generated.h"
#include "opbridge/ir/dtype.hpp"

namespace opbridge::tflite_file {

namespace schema = ::opbridge::tflite_schema;

// TensorType code and the IR dtype it means. INT2 has no IR dtype: such tensors keep their
// raw code (see the reader's header comment).
struct TensorTypeMapping {
    int8_t code;
    DType dtype;
};
inline constexpr TensorTypeMapping tensor_type_mappings[] = {
    {schema::TensorType_FLOAT32, DType::float32},
    {schema::TensorType_FLOAT16, DType::float16},
    {schema::TensorType_INT32, DType::int32},
    {schema::TensorType_UINT8, DType::uint8},
    {schema::TensorType_INT64, DType::int64},
    {schema::TensorType_STRING, DType::string},
    {schema::TensorType_BOOL, DType::boolean},
    {schema::TensorType_INT16, DType::int16},
    {schema::TensorType_COMPLEX64, DType::complex64},
    {schema::TensorType_INT8, DType::int8},
    {schema::TensorType_FLOAT64, DType::float64},
    {schema::TensorType_COMPLEX128, DType::complex128},
    {schema::TensorType_UINT64, DType::uint64},
    {schema::TensorType_RESOURCE, DType::tflite_resource},
    {schema::TensorType_VARIANT, DType::tflite_variant},
    {schema::TensorType_UINT32, DType::uint32},
    {schema::TensorType_UINT16, DType::uint16},
    {schema::TensorType_INT4, DType::int4},
    {schema::TensorType_BFLOAT16, DType::bfloat16},
    {schema::TensorType_UINT4, DType::uint4},
    {schema::TensorType_FLOAT8_E4M3FN, DType::float8e4m3fn},
    {schema::TensorType_FLOAT8_E5M2, DType::float8e5m2},
};

constexpr std::optional<DType> dtype_from_tensor_type(int8_t code) noexcept {
    for (const auto& m : tensor_type_mappings)
        if (m.code == code) return m.dtype;
    return std::nullopt;
}

constexpr std::optional<int8_t> tensor_type_from_dtype(DType dtype) noexcept {
    for (const auto& m : tensor_type_mappings)
        if (m.dtype == dtype) return m.code;
    return std::nullopt;
}

// "FLOAT16", or "TensorType(<code>)" for a code the schema does not name.
inline std::string tensor_type_name(int8_t code) {
    const char* name = schema::EnumNameTensorType(static_cast<schema::TensorType>(code));
    if (name && *name) return name;
    return "TensorType(" + std::to_string(code) + ")";
}

// deprecated_builtin_code is a byte: codes from 127 on are stored as this placeholder there
// and in full only in builtin_code.
inline constexpr int32_t placeholder_for_greater_op_codes = schema::BuiltinOperator_PLACEHOLDER_FOR_GREATER_OP_CODES;

// The builtin code an OperatorCode means: the larger of its two fields (files before
// TFLite 2.4 set only the byte field; later ones set both).
constexpr int32_t effective_builtin_code(int8_t deprecated_builtin_code, int32_t builtin_code) noexcept {
    return deprecated_builtin_code > builtin_code ? deprecated_builtin_code : builtin_code;
}

// Ops whose code this schema does not name (a file newer than the schema) keep their code in
// the name, so they can still be carried and written back.
inline constexpr std::string_view unnamed_builtin_prefix = "BUILTIN_OPERATOR_";

inline std::string builtin_operator_name(int32_t code) {
    const char* name = schema::EnumNameBuiltinOperator(static_cast<schema::BuiltinOperator>(code));
    if (name && *name) return name;
    return std::string(unnamed_builtin_prefix) + std::to_string(code);
}

inline std::optional<int32_t> builtin_operator_code(std::string_view name) {
    static const auto by_name = [] {
        std::unordered_map<std::string_view, int32_t> m;
        for (auto code : schema::EnumValuesBuiltinOperator())
            m.emplace(schema::EnumNameBuiltinOperator(code), static_cast<int32_t>(code));
        return m;
    }();
    if (auto it = by_name.find(name); it != by_name.end()) return it->second;
    if (name.starts_with(unnamed_builtin_prefix)) {
        auto digits = name.substr(unnamed_builtin_prefix.size());
        if (digits.empty() || digits.size() > 9) return std::nullopt;
        int32_t code = 0;
        for (char c : digits) {
            if (c < '0' || c > '9') return std::nullopt;
            code = code * 10 + (c - '0');
        }
        return code;
    }
    return std::nullopt;
}

inline constexpr std::string_view custom_op_domain = "custom";

} // namespace opbridge::tflite_file
