#pragma once
// QDQ around a convolution or a matrix product  ==>  the QLinear operator that computes it on
// the integers (ONNX 10+: QLinearConv, QLinearMatMul), for consumers that run QLinear ops but
// do not fuse QDQ themselves (`convert --qop`).
//   QuantizeLinear(Conv(DQ(x), DQ(w), DQ(b)), ys, yz)         ==>  QLinearConv(x, .., w, .., ys, yz, b)
//   QuantizeLinear(Relu(Conv(..)), ys, yz)                    ==>  Clip(QLinearConv(..), yz)
//   QuantizeLinear(MatMul(DQ(a), DQ(b)), ys, yz)              ==>  QLinearMatMul(a, .., b, .., ys, yz)
// QLinearConv adds an int32 bias to the accumulator, so the bias must be quantized with scale
// x_scale * w_scale and zero point 0 (how TFLite stores it); w is quantized per tensor or per
// output channel (axis 0). Relu after quantization is max(q, zero point), the Clip above.
#include <cmath>

#include "opbridge/ir/quantization.hpp"
#include "opbridge/rule/pattern.hpp"

namespace opbridge::rules::patterns {
using namespace opbridge::rule;

namespace qlinear_detail {

inline std::optional<std::vector<double>> values(const Bindings& b, std::string_view name) {
    const Tensor* t = RewriteContext::constant_value(b.get(name));
    return t ? tensor_as_doubles(*t) : std::nullopt;
}

// w per tensor or per output channel, as QLinearConv reads w_scale.
inline bool weights_per_output_channel(const Bindings& b) {
    auto ws = values(b, "ws");
    if (!ws) return false;
    const Node* dq = b.node("w_dq");
    const Attribute* axis = dq ? dq->attribute("axis") : nullptr;
    return ws->size() == 1 || (axis && axis->get_if<int64_t>() && *axis->get_if<int64_t>() == 0);
}

inline bool accumulator_bias(const Bindings& b) {
    auto xs = values(b, "xs"), ws = values(b, "ws"), bs = values(b, "bs"), bz = values(b, "bz");
    if (!xs || !ws || !bs || !bz || xs->size() != 1 || !weights_per_output_channel(b)) return false;
    if (b.get("b")->type.elem_type != DType::int32) return false;
    for (double z : *bz)
        if (z != 0) return false;
    for (std::size_t i = 0; i < bs->size(); ++i) {
        double want = (*xs)[0] * (*ws)[ws->size() == 1 ? 0 : std::min(i, ws->size() - 1)];
        if (std::fabs((*bs)[i] - want) > 1e-6 * std::fabs(want)) return false;
    }
    return bs->size() == 1 || bs->size() == ws->size() || ws->size() == 1;
}

inline bool per_tensor_operands(const Bindings& b) {
    for (auto name : {"as", "bs", "ys"}) {
        auto v = values(b, name);
        if (!v || v->size() != 1) return false;
    }
    return true;
}

} // namespace qlinear_detail

inline constexpr auto dq_x = op<"DequantizeLinear">(var<"x">, var<"xs">, var<"xz">);
inline constexpr auto dq_w = op<"DequantizeLinear">(var<"w">, var<"ws">, var<"wz">).bind<"w_dq">();
inline constexpr auto dq_b = op<"DequantizeLinear">(var<"b">, var<"bs">, var<"bz">);
inline constexpr auto conv_with_bias = op<"Conv">(dq_x, dq_w, dq_b).bind<"conv">();
inline constexpr auto conv_without_bias = op<"Conv">(dq_x, dq_w).bind<"conv">();
inline constexpr auto qlinear_conv_with_bias =
    op<"QLinearConv">(var<"x">, var<"xs">, var<"xz">, var<"w">, var<"ws">, var<"wz">, var<"ys">, var<"yz">, var<"b">)
        .with(attributes_of<"conv">);
inline constexpr auto qlinear_conv_without_bias =
    op<"QLinearConv">(var<"x">, var<"xs">, var<"xz">, var<"w">, var<"ws">, var<"wz">, var<"ys">, var<"yz">).with(attributes_of<"conv">);

inline constexpr auto qlinear_conv_bias_rule = pattern(op<"QuantizeLinear">(conv_with_bias, var<"ys">, var<"yz">))
                                                   .when(&qlinear_detail::accumulator_bias)
                                                   .rewrite(qlinear_conv_with_bias);
inline constexpr auto qlinear_conv_rule = pattern(op<"QuantizeLinear">(conv_without_bias, var<"ys">, var<"yz">))
                                              .when(&qlinear_detail::weights_per_output_channel)
                                              .rewrite(qlinear_conv_without_bias);
inline constexpr auto qlinear_conv_relu_bias_rule =
    pattern(op<"QuantizeLinear">(op<"Relu">(conv_with_bias), var<"ys">, var<"yz">))
        .when(&qlinear_detail::accumulator_bias)
        .rewrite(op<"Clip">(qlinear_conv_with_bias, var<"yz">));
inline constexpr auto qlinear_conv_relu_rule = pattern(op<"QuantizeLinear">(op<"Relu">(conv_without_bias), var<"ys">, var<"yz">))
                                                   .when(&qlinear_detail::weights_per_output_channel)
                                                   .rewrite(op<"Clip">(qlinear_conv_without_bias, var<"yz">));
inline constexpr auto qlinear_matmul_rule =
    pattern(op<"QuantizeLinear">(op<"MatMul">(op<"DequantizeLinear">(var<"a">, var<"as">, var<"az">),
                                              op<"DequantizeLinear">(var<"b">, var<"bs">, var<"bz">)),
                                 var<"ys">, var<"yz">))
        .when(&qlinear_detail::per_tensor_operands)
        .rewrite(op<"QLinearMatMul">(var<"a">, var<"as">, var<"az">, var<"b">, var<"bs">, var<"bz">, var<"ys">, var<"yz">));

inline constexpr PatternEntry qlinear_conv_bias = pattern_entry<qlinear_conv_bias_rule, "Q(Conv(DQ x, DQ w, DQ b)) -> QLinearConv">();
inline constexpr PatternEntry qlinear_conv = pattern_entry<qlinear_conv_rule, "Q(Conv(DQ x, DQ w)) -> QLinearConv">();
inline constexpr PatternEntry qlinear_conv_relu_bias =
    pattern_entry<qlinear_conv_relu_bias_rule, "Q(Relu(Conv(DQ x, DQ w, DQ b))) -> Clip(QLinearConv, zero point)">();
inline constexpr PatternEntry qlinear_conv_relu =
    pattern_entry<qlinear_conv_relu_rule, "Q(Relu(Conv(DQ x, DQ w))) -> Clip(QLinearConv, zero point)">();
inline constexpr PatternEntry qlinear_matmul = pattern_entry<qlinear_matmul_rule, "Q(MatMul(DQ a, DQ b)) -> QLinearMatMul">();

inline constexpr PatternEntry qlinear_patterns[] = {qlinear_conv_bias, qlinear_conv, qlinear_conv_relu_bias, qlinear_conv_relu,
                                                    qlinear_matmul};

} // namespace opbridge::rules::patterns
