#pragma once
// ONNX's QDQ form, as both dialect directions read it: QuantizeLinear(x, y_scale, y_zero_point)
// and DequantizeLinear(x, x_scale, x_zero_point), per tensor (scalar scale) or per axis (1-D
// scale along `axis`, default 1; opset 13+). Without a zero point the integer type is uint8
// and the zero point 0.

#include <optional>
#include <string_view>

#include "opbridge/ir/quantization.hpp"
#include "opbridge/rule/context.hpp"
#include "opbridge/rule/lowering.hpp"

namespace opbridge::rules::onnx_qdq {

inline bool is_qdq(const Node* n) { return n && (n->op.type == "QuantizeLinear" || n->op.type == "DequantizeLinear"); }

// The parameters of a QuantizeLinear/DequantizeLinear with constant scale and zero point (its
// axis counted on `rank` dims), or nothing.
inline std::optional<Quantization> parameters(const Node& n, std::size_t rank) {
    const Tensor* scale = rule::RewriteContext::constant_value(n.input(1));
    if (!scale) return std::nullopt;
    auto scales = tensor_as_doubles(*scale);
    if (!scales || scales->empty()) return std::nullopt;
    Quantization q;
    for (double s : *scales) q.scale.push_back(static_cast<float>(s));
    if (n.input(2)) {
        const Tensor* zp = rule::RewriteContext::constant_value(n.input(2));
        auto zps = zp ? tensor_as_int64s(*zp) : std::nullopt;
        if (!zps || zps->size() != scales->size()) return std::nullopt;
        q.zero_point = *zps;
    } else {
        q.zero_point.assign(scales->size(), 0);
    }
    int64_t axis = rule::int_attribute(n, "axis", 1);
    if (axis < 0) axis += static_cast<int64_t>(rank);
    q.axis = scales->size() > 1 ? static_cast<int32_t>(axis) : 0;
    return q;
}

} // namespace opbridge::rules::onnx_qdq
