#pragma once
// What the quantized-model tests share: agreement measured in quantization steps of the output,
// and a comparison of two TFLite models op by op with their tensors' quantization parameters
// (a quantized model that went TFLite -> ONNX -> TFLite must come back the same).

#include <algorithm>
#include <iterator>
#include <vector>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>

#include "opbridge/ir/model.hpp"
#include "opbridge/ir/quantization.hpp"
#include "reference_runtime.hpp"

namespace opbridge::test {

struct StepAgreement {
    double within_one_step = 0;  // fraction of elements within one step
    double max_steps = 0;        // the largest difference, in steps
    std::string summary() const {
        char text[64];
        std::snprintf(text, sizeof text, "%.1f%% <= 1 step, max %.1f", 100.0 * within_one_step, max_steps);
        return text;
    }
};

// How far apart two float tensors are, counted in steps of `step` (the scale of the integers
// they were dequantized from). A difference up to 1.001 steps counts as one step (float noise).
inline StepAgreement step_agreement(const testing::HostTensor& a, const testing::HostTensor& b, double step) {
    auto x = a.values<float>(), y = b.values<float>();
    StepAgreement r;
    if (x.size() != y.size() || x.empty()) return r;
    std::size_t close = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        double steps = std::fabs(static_cast<double>(x[i]) - y[i]) / step;
        close += steps <= 1.001;
        r.max_steps = std::max(r.max_steps, steps);
    }
    r.within_one_step = static_cast<double>(close) / static_cast<double>(x.size());
    return r;
}

// The scale of the integers graph output `index` is dequantized from: the quantization of the
// tensor its producer (DEQUANTIZE / DequantizeLinear) reads, or of the output itself.
inline std::optional<double> output_step(const Model& m, std::size_t index) {
    const Value* out = m.graph->outputs.at(index);
    const Value* integers = out;
    if (out->producer && (out->producer->op.type == "DEQUANTIZE" || out->producer->op.type == "DequantizeLinear"))
        integers = out->producer->inputs[0];
    if (integers->quantization && !integers->quantization->scale.empty()) return integers->quantization->scale[0];
    if (out->producer && out->producer->op.type == "DequantizeLinear")
        if (const Value* s = out->producer->input(1); s && s->initializer) return tensor_as_doubles(*s->initializer)->at(0);
    return std::nullopt;
}

// The difference between two TFLite models in their ops and the quantization of the tensors
// each op reads and writes, compared as sets of such signatures (the order of ops that do not
// depend on each other may differ); empty when there is none.
inline std::string quantized_model_difference(const Model& a, const Model& b) {
    auto signatures = [](const Model& m) {
        std::vector<std::string> out;
        auto params = [](const Value* v) {
            if (!v || !v->quantization || v->quantization->scale.empty()) return std::string("-");
            std::ostringstream s;
            s.precision(6);
            for (float x : v->quantization->scale) s << x << ",";
            s << "z";
            for (int64_t z : v->quantization->zero_point) s << z << ",";
            if (is_per_axis(*v->quantization)) s << "a" << v->quantization->axis;
            return s.str();
        };
        for (const Node* n : m.graph->nodes()) {
            std::string s = n->op.type + " (";
            for (const Value* v : n->inputs) s += params(v) + " ";
            s += ") -> (";
            for (const Value* v : n->outputs) s += params(v) + " ";
            out.push_back(s + ")");
        }
        std::sort(out.begin(), out.end());
        return out;
    };
    auto sa = signatures(a), sb = signatures(b);
    std::vector<std::string> only_a, only_b;
    std::set_difference(sa.begin(), sa.end(), sb.begin(), sb.end(), std::back_inserter(only_a));
    std::set_difference(sb.begin(), sb.end(), sa.begin(), sa.end(), std::back_inserter(only_b));
    if (only_a.empty() && only_b.empty()) return {};
    std::string d = "ops or parameters differ; only in the first:";
    for (auto& s : only_a) d += "\n  " + s;
    d += "\nonly in the second:";
    for (auto& s : only_b) d += "\n  " + s;
    return d;
}

} // namespace opbridge::test
