#pragma once
// Reading and making tensor elements whatever their dtype: rules compare and move
// constants (Clip bounds, Resize scales, axes) without caring how they are stored.

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

#include "opbridge/ir/tensor.hpp"

namespace opbridge {

// IEEE half <-> float, exact for every half value; rounding to nearest-even on the way in.
inline float half_to_float(uint16_t h) {
    uint32_t sign = uint32_t(h & 0x8000) << 16, exp = (h >> 10) & 0x1f, mant = h & 0x3ff, bits;
    if (exp == 0) {
        if (mant == 0) bits = sign;
        else {  // subnormal: normalize
            int e = -1;
            do {
                ++e;
                mant <<= 1;
            } while (!(mant & 0x400));
            bits = sign | uint32_t(127 - 15 - e) << 23 | (mant & 0x3ff) << 13;
        }
    } else if (exp == 31) {
        bits = sign | 0x7f800000u | mant << 13;
    } else {
        bits = sign | (exp + 127 - 15) << 23 | mant << 13;
    }
    return std::bit_cast<float>(bits);
}

inline uint16_t float_to_half(float f) {
    uint32_t x = std::bit_cast<uint32_t>(f);
    uint32_t sign = (x >> 16) & 0x8000;
    uint32_t abs = x & 0x7fffffff;
    if (abs >= 0x7f800000) return uint16_t(sign | 0x7c00 | (abs > 0x7f800000 ? 0x200 : 0));  // inf / nan
    if (abs >= 0x477ff000) return uint16_t(sign | 0x7c00);  // overflows to inf
    if (abs < 0x38800000) {  // subnormal or zero in half
        float scaled = std::bit_cast<float>(abs) * 16777216.0f;  // 2^24: half subnormal unit
        return uint16_t(sign | uint32_t(std::nearbyint(scaled)));
    }
    uint32_t rounded = abs + 0xfff + ((abs >> 13) & 1);  // round to nearest even
    return uint16_t(sign | ((rounded - 0x38000000) >> 13));
}

inline float bfloat16_to_float(uint16_t b) { return std::bit_cast<float>(uint32_t(b) << 16); }

// Every element as a double (integers and floats alike); nothing for strings and odd types.
inline std::optional<std::vector<double>> tensor_as_doubles(const Tensor& t) {
    std::size_t size = element_size(t.dtype);
    if (size == 0 || t.dtype == DType::complex64 || t.dtype == DType::complex128) return std::nullopt;
    std::size_t n = t.data.size() / size;
    std::vector<double> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        switch (t.dtype) {
        case DType::float32: out[i] = t.at<float>(i); break;
        case DType::float64: out[i] = t.at<double>(i); break;
        case DType::float16: out[i] = half_to_float(t.at<uint16_t>(i)); break;
        case DType::bfloat16: out[i] = bfloat16_to_float(t.at<uint16_t>(i)); break;
        case DType::int8: out[i] = t.at<int8_t>(i); break;
        case DType::uint8: out[i] = t.at<uint8_t>(i); break;
        case DType::boolean: out[i] = t.at<uint8_t>(i) != 0; break;
        case DType::int16: out[i] = t.at<int16_t>(i); break;
        case DType::uint16: out[i] = t.at<uint16_t>(i); break;
        case DType::int32: out[i] = t.at<int32_t>(i); break;
        case DType::uint32: out[i] = t.at<uint32_t>(i); break;
        case DType::int64: out[i] = static_cast<double>(t.at<int64_t>(i)); break;
        case DType::uint64: out[i] = static_cast<double>(t.at<uint64_t>(i)); break;
        default: return std::nullopt;
        }
    }
    return out;
}

// Integer elements exactly (int8..int64, uint8..uint32, bool); nothing for other dtypes.
inline std::optional<std::vector<int64_t>> tensor_as_int64s(const Tensor& t) {
    std::size_t size = element_size(t.dtype);
    if (size == 0) return std::nullopt;
    std::size_t n = t.data.size() / size;
    std::vector<int64_t> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        switch (t.dtype) {
        case DType::int8: out[i] = t.at<int8_t>(i); break;
        case DType::uint8: out[i] = t.at<uint8_t>(i); break;
        case DType::boolean: out[i] = t.at<uint8_t>(i) != 0; break;
        case DType::int16: out[i] = t.at<int16_t>(i); break;
        case DType::uint16: out[i] = t.at<uint16_t>(i); break;
        case DType::int32: out[i] = t.at<int32_t>(i); break;
        case DType::uint32: out[i] = t.at<uint32_t>(i); break;
        case DType::int64: out[i] = t.at<int64_t>(i); break;
        default: return std::nullopt;
        }
    }
    return out;
}

// A tensor of dtype `t` holding `values` (converted), with the given dims.
inline std::optional<Tensor> make_tensor(DType t, std::vector<int64_t> dims, const std::vector<double>& values) {
    std::size_t size = element_size(t);
    if (size == 0) return std::nullopt;
    std::vector<std::byte> bytes(values.size() * size);
    for (std::size_t i = 0; i < values.size(); ++i) {
        std::byte* p = bytes.data() + i * size;
        double v = values[i];
        auto put = [&](auto x) { std::memcpy(p, &x, sizeof x); };
        switch (t) {
        case DType::float32: put(static_cast<float>(v)); break;
        case DType::float64: put(v); break;
        case DType::float16: put(float_to_half(static_cast<float>(v))); break;
        case DType::bfloat16: put(uint16_t(std::bit_cast<uint32_t>(static_cast<float>(v)) >> 16)); break;
        case DType::int8: put(static_cast<int8_t>(v)); break;
        case DType::uint8: put(static_cast<uint8_t>(v)); break;
        case DType::boolean: put(static_cast<uint8_t>(v != 0)); break;
        case DType::int16: put(static_cast<int16_t>(v)); break;
        case DType::uint16: put(static_cast<uint16_t>(v)); break;
        case DType::int32: put(static_cast<int32_t>(v)); break;
        case DType::uint32: put(static_cast<uint32_t>(v)); break;
        case DType::int64: put(static_cast<int64_t>(v)); break;
        case DType::uint64: put(static_cast<uint64_t>(v)); break;
        default: return std::nullopt;
        }
    }
    return Tensor(t, std::move(dims), Buffer::take(std::move(bytes)));
}

inline Tensor make_int64_tensor(std::vector<int64_t> dims, const std::vector<int64_t>& values) {
    return Tensor::from_vector(DType::int64, std::move(dims), values);
}

} // namespace opbridge
