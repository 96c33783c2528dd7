#pragma once
// Element types of tensors. The numbering is ONNX's TensorProto.DataType, so an ONNX file
// maps without a table; formats with other numberings (TFLite) translate at their borders.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace opbridge {

enum class DType : int32_t {
    undefined = 0,
    float32 = 1,
    uint8 = 2,
    int8 = 3,
    uint16 = 4,
    int16 = 5,
    int32 = 6,
    int64 = 7,
    string = 8,
    boolean = 9,
    float16 = 10,
    float64 = 11,
    uint32 = 12,
    uint64 = 13,
    complex64 = 14,
    complex128 = 15,
    bfloat16 = 16,
    float8e4m3fn = 17,
    float8e4m3fnuz = 18,
    float8e5m2 = 19,
    float8e5m2fnuz = 20,
    uint4 = 21,
    int4 = 22,
    // Types that only other formats have; kept above ONNX's range so they never collide.
    tflite_resource = 1000,
    tflite_variant = 1001,
};

// Bytes one element takes in a dense little-endian buffer; 0 for strings, sub-byte and
// unknown types (their size depends on the element count and is not a per-element fact).
constexpr std::size_t element_size(DType t) noexcept {
    switch (t) {
    case DType::boolean:
    case DType::uint8:
    case DType::int8:
    case DType::float8e4m3fn:
    case DType::float8e4m3fnuz:
    case DType::float8e5m2:
    case DType::float8e5m2fnuz: return 1;
    case DType::uint16:
    case DType::int16:
    case DType::float16:
    case DType::bfloat16: return 2;
    case DType::float32:
    case DType::int32:
    case DType::uint32: return 4;
    case DType::int64:
    case DType::uint64:
    case DType::float64:
    case DType::complex64: return 8;
    case DType::complex128: return 16;
    default: return 0;
    }
}

constexpr std::string_view dtype_name(DType t) noexcept {
    switch (t) {
    case DType::undefined: return "undefined";
    case DType::float32: return "float32";
    case DType::uint8: return "uint8";
    case DType::int8: return "int8";
    case DType::uint16: return "uint16";
    case DType::int16: return "int16";
    case DType::int32: return "int32";
    case DType::int64: return "int64";
    case DType::string: return "string";
    case DType::boolean: return "bool";
    case DType::float16: return "float16";
    case DType::float64: return "float64";
    case DType::uint32: return "uint32";
    case DType::uint64: return "uint64";
    case DType::complex64: return "complex64";
    case DType::complex128: return "complex128";
    case DType::bfloat16: return "bfloat16";
    case DType::float8e4m3fn: return "float8e4m3fn";
    case DType::float8e4m3fnuz: return "float8e4m3fnuz";
    case DType::float8e5m2: return "float8e5m2";
    case DType::float8e5m2fnuz: return "float8e5m2fnuz";
    case DType::uint4: return "uint4";
    case DType::int4: return "int4";
    case DType::tflite_resource: return "resource";
    case DType::tflite_variant: return "variant";
    }
    return "unknown";
}

// The spelling ONNX uses in type strings and error messages ("tensor(int64)").
constexpr std::string_view onnx_type_name(DType t) noexcept {
    switch (t) {
    case DType::float32: return "float";
    case DType::float64: return "double";
    default: return dtype_name(t);
    }
}

constexpr bool is_floating(DType t) noexcept {
    return t == DType::float32 || t == DType::float16 || t == DType::float64 ||
           t == DType::bfloat16;
}

constexpr bool is_integer(DType t) noexcept {
    switch (t) {
    case DType::uint8:
    case DType::int8:
    case DType::uint16:
    case DType::int16:
    case DType::int32:
    case DType::int64:
    case DType::uint32:
    case DType::uint64: return true;
    default: return false;
    }
}

} // namespace opbridge
