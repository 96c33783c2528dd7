#pragma once
// Affine quantization: an integer tensor q stands for the real values
//     real = scale * (q - zero_point)
// with one scale/zero point for the whole tensor, or one per index of `axis` (per-axis, as
// convolution weights are quantized per output channel). TFLite tensors carry these
// parameters (Value::quantization); ONNX spells them as QuantizeLinear/DequantizeLinear
// inputs. These helpers are what both directions share.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/ir/graph.hpp"
#include "opbridge/ir/tensor_values.hpp"
#include "opbridge/pass/layout.hpp"

namespace opbridge {

// Whether `v` is an integer tensor whose values stand for reals through a scale.
inline bool is_quantized(const Value* v) {
    if (!v || !v->quantization || v->quantization->scale.empty()) return false;
    // An ONNX initializer's type is its tensor's; the value may declare none.
    return is_integer(v->initializer ? v->initializer->dtype : v->type.elem_type);
}
inline bool is_quantized(const Tensor& t, const std::optional<Quantization>& q) {
    return q && !q->scale.empty() && is_integer(t.dtype);
}
inline bool is_per_axis(const Quantization& q) { return q.scale.size() > 1; }

// The representable range of an integer type (int8: -128..127).
inline std::pair<double, double> quantized_range(DType t) {
    switch (t) {
    case DType::int8: return {-128, 127};
    case DType::uint8: return {0, 255};
    case DType::int16: return {-32768, 32767};
    case DType::uint16: return {0, 65535};
    case DType::int32: return {-2147483648.0, 2147483647.0};
    default: return {0, 0};
    }
}

// The scale and zero point that apply to element `flat` of a tensor of `dims`.
inline std::pair<double, double> quantization_at(const Quantization& q, const std::vector<int64_t>& dims, int64_t flat) {
    std::size_t k = 0;
    if (is_per_axis(q) && q.axis >= 0 && static_cast<std::size_t>(q.axis) < dims.size()) {
        int64_t inner = 1;
        for (std::size_t d = static_cast<std::size_t>(q.axis) + 1; d < dims.size(); ++d) inner *= dims[d];
        k = static_cast<std::size_t>((flat / inner) % dims[static_cast<std::size_t>(q.axis)]);
    }
    k = std::min(k, q.scale.size() - 1);
    double zp = q.zero_point.empty() ? 0 : static_cast<double>(q.zero_point[std::min(k, q.zero_point.size() - 1)]);
    return {q.scale[k], zp};
}

// The real values a quantized tensor stands for.
inline std::optional<std::vector<double>> dequantized_values(const Tensor& t, const Quantization& q) {
    auto values = tensor_as_doubles(t);
    if (!values || q.scale.empty()) return values;
    for (std::size_t i = 0; i < values->size(); ++i) {
        auto [scale, zp] = quantization_at(q, t.dims, static_cast<int64_t>(i));
        (*values)[i] = scale * ((*values)[i] - zp);
    }
    return values;
}

// Reals quantized into `type` with `q` (round half away from zero, as TFLite's quantizer does;
// saturated to the type's range).
inline std::optional<Tensor> quantized_tensor(DType type, const std::vector<int64_t>& dims, const std::vector<double>& reals,
                                              const Quantization& q) {
    auto [lo, hi] = quantized_range(type);
    std::vector<double> ints(reals.size());
    for (std::size_t i = 0; i < reals.size(); ++i) {
        auto [scale, zp] = quantization_at(q, dims, static_cast<int64_t>(i));
        ints[i] = std::clamp(std::round(reals[i] / scale) + zp, lo, hi);
    }
    return make_tensor(type, dims, ints);
}

// `q` for a tensor transposed by `perm` (ONNX Transpose semantics) after `added_leading` unit
// dims were put in front: only the per-axis axis moves.
inline Quantization permuted_quantization(Quantization q, const layout::Perm& perm, std::size_t added_leading = 0) {
    if (!is_per_axis(q) || perm.empty()) return q;
    q.axis = static_cast<int32_t>(layout::axis_in(perm, q.axis + static_cast<int64_t>(added_leading)));
    return q;
}

// "scale 0.0235, zero point -128" or "per-axis (axis 0, 32 scales)", for messages.
inline std::string describe(const Quantization& q) {
    if (is_per_axis(q)) return "per-axis (axis " + std::to_string(q.axis) + ", " + std::to_string(q.scale.size()) + " scales)";
    if (q.scale.empty()) return "no scale";
    return "scale " + std::to_string(q.scale[0]) + ", zero point " + std::to_string(q.zero_point.empty() ? 0 : q.zero_point[0]);
}

// Whether two parameter sets describe the same mapping (scales equal to float precision).
inline bool same_quantization(const Quantization& a, const Quantization& b) {
    if (a.scale.size() != b.scale.size() || (is_per_axis(a) && a.axis != b.axis)) return false;
    for (std::size_t i = 0; i < a.scale.size(); ++i) {
        if (std::fabs(a.scale[i] - b.scale[i]) > 1e-6f * std::max(std::fabs(a.scale[i]), std::fabs(b.scale[i]))) return false;
        int64_t za = a.zero_point.empty() ? 0 : a.zero_point[std::min(i, a.zero_point.size() - 1)];
        int64_t zb = b.zero_point.empty() ? 0 : b.zero_point[std::min(i, b.zero_point.size() - 1)];
        if (za != zb) return false;
    }
    return true;
}

} // namespace opbridge
