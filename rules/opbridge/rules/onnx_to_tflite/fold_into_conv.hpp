#pragma once
// Folds per-channel affine ops that follow a convolution into its weights and bias, before
// lowering: BatchNormalization (inference form), and Mul/Add by constants that vary along
// the output channel only. y = conv(x, W) * s + t  ==  conv(x, W * s[o]) + (B * s + t).

#include <cmath>

#include "opbridge/ir/model.hpp"
#include "opbridge/ir/tensor_values.hpp"
#include "opbridge/rule/context.hpp"

namespace opbridge::rules::onnx_to_tflite {

namespace fold_detail {

// Per-output-channel values of a constant shaped (C), (C,1,1), (1,C,1,1) or a scalar; nullopt otherwise.
inline std::optional<std::vector<double>> per_channel(const Tensor& t, int64_t channels, std::size_t out_rank) {
    auto v = tensor_as_doubles(t);
    if (!v) return std::nullopt;
    if (v->size() == 1) return std::vector<double>(static_cast<std::size_t>(channels), (*v)[0]);
    if (static_cast<int64_t>(v->size()) != channels) return std::nullopt;
    // the channel dim must be the source's axis 1 after right-aligned broadcasting
    std::vector<int64_t> dims = t.dims;
    while (dims.size() < out_rank) dims.insert(dims.begin(), 1);
    if (dims.size() != out_rank || dims[1] != channels) return std::nullopt;
    return v;
}

} // namespace fold_detail

// Returns the number of ops folded.
inline int fold_into_conv(Graph& g) {
    int folded = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (Node* n : g.nodes()) {
            bool bn = n->op.type == "BatchNormalization" && n->outputs.size() >= 1;
            bool affine = (n->op.type == "Mul" || n->op.type == "Add") && n->inputs.size() == 2;
            if ((!bn && !affine) || !n->op.domain.empty()) continue;
            if (bn && std::count_if(n->outputs.begin(), n->outputs.end(), [](Value* v) { return v != nullptr; }) != 1) continue;
            // which input is the convolution's output
            std::size_t data = 0;
            if (affine && (!n->inputs[0] || !n->inputs[0]->producer || n->inputs[0]->producer->op.type != "Conv")) data = 1;
            Value* x = n->inputs[data];
            Node* conv = x ? x->producer : nullptr;
            if (!conv || conv->op.type != "Conv" || !conv->op.domain.empty() || g.users(x).size() != 1 ||
                std::find(g.outputs.begin(), g.outputs.end(), x) != g.outputs.end())
                continue;
            const Tensor* w = rule::RewriteContext::constant_value(conv->input(1));
            if (!w || w->dims.size() < 3 || (w->dtype != DType::float32) || w->dims[0] < 1) continue;
            int64_t out_channels = w->dims[0];
            std::size_t rank = w->dims.size();
            std::vector<double> scale(static_cast<std::size_t>(out_channels), 1.0), shift(static_cast<std::size_t>(out_channels), 0.0);
            if (bn) {
                std::optional<std::vector<double>> p[4];
                bool ok = true;
                for (std::size_t i = 0; i < 4; ++i) {
                    const Tensor* t = rule::RewriteContext::constant_value(n->input(i + 1));
                    p[i] = t ? tensor_as_doubles(*t) : std::nullopt;
                    ok = ok && p[i] && static_cast<int64_t>(p[i]->size()) == out_channels;
                }
                if (!ok) continue;
                double eps = 1e-5;
                if (const Attribute* a = n->attribute("epsilon"))
                    if (auto* f = a->get_if<double>()) eps = *f;
                for (std::size_t o = 0; o < scale.size(); ++o) {
                    scale[o] = (*p[0])[o] / std::sqrt((*p[3])[o] + eps);
                    shift[o] = (*p[1])[o] - (*p[2])[o] * scale[o];
                }
            } else {
                const Tensor* k = rule::RewriteContext::constant_value(n->inputs[1 - data]);
                auto v = k ? fold_detail::per_channel(*k, out_channels, rank) : std::nullopt;
                if (!v) continue;
                (n->op.type == "Mul" ? scale : shift) = *v;
            }
            // new weights and bias
            auto wv = *tensor_as_doubles(*w);
            std::size_t per_out = wv.size() / static_cast<std::size_t>(out_channels);
            std::vector<float> nw(wv.size());
            for (std::size_t i = 0; i < wv.size(); ++i) nw[i] = static_cast<float>(wv[i] * scale[i / per_out]);
            std::vector<double> bias(static_cast<std::size_t>(out_channels), 0.0);
            if (const Tensor* b = rule::RewriteContext::constant_value(conv->input(2))) {
                auto bv = tensor_as_doubles(*b);
                if (!bv || bv->size() != bias.size()) continue;
                bias = *bv;
            } else if (conv->input(2)) {
                continue;
            }
            std::vector<float> nb(bias.size());
            for (std::size_t o = 0; o < bias.size(); ++o) nb[o] = static_cast<float>(bias[o] * scale[o] + shift[o]);
            auto add_initializer = [&](Tensor t, const std::string& hint) {
                Value* v = g.fresh_value(hint);
                t.name = v->name();
                v->type = Type::tensor(t.dtype, shape_of(t.dims));
                v->initializer = std::move(t);
                g.initializers.push_back(v);
                return v;
            };
            Value* new_w = add_initializer(Tensor::from_vector(DType::float32, w->dims, nw), conv->name + "_W_folded");
            Value* new_b = add_initializer(Tensor::from_vector(DType::float32, {out_channels}, nb), conv->name + "_B_folded");
            conv->inputs.resize(3);
            conv->inputs[1] = new_w;
            conv->inputs[2] = new_b;
            // the conv now computes the folded op's output
            Value* y = n->outputs[0];
            conv->outputs[0] = y;
            conv->meta.properties.push_back({"opbridge.folded", n->op.type});  // before n is freed
            g.remove_node(n);
            g.claim_outputs(conv);
            ++folded;
            changed = true;
            break;
        }
    }
    return folded;
}

} // namespace opbridge::rules::onnx_to_tflite
