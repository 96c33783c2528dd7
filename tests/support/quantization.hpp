#pragma once
// What the quantized-model tests share: agreement measured in quantization steps of the output,
// and a comparison of two TFLite models op by op with their tensors' quantization parameters
// (a quantized model that went TFLite -> ONNX -> TFLite must come back the same).

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
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

// Elements as numbers, without applying any quantization (int8 outputs compare in integers).
inline std::vector<double> raw_values(const testing::HostTensor& t) {
    std::vector<double> v;
    switch (t.dtype) {
    case testing::DType::float32: for (float x : t.values<float>()) v.push_back(x); break;
    case testing::DType::int8: for (int8_t x : t.values<int8_t>()) v.push_back(x); break;
    case testing::DType::uint8: for (uint8_t x : t.values<uint8_t>()) v.push_back(x); break;
    case testing::DType::int16: for (int16_t x : t.values<int16_t>()) v.push_back(x); break;
    default: FAIL("output of " << testing::dtype_name(t.dtype) << " is not compared here");
    }
    return v;
}

// One quantization step of each graph output, read from the model: the scale of the integers
// its final DEQUANTIZE / DequantizeLinear reads (a float output), or 1 (a quantized output,
// whose integers are compared).
inline std::vector<double> output_steps(const Model& m) {
    std::vector<double> steps;
    for (const Value* out : m.graph->outputs) {
        if (is_quantized(out)) {
            steps.push_back(1.0);
            continue;
        }
        const Node* p = out->producer;
        INFO("output '" << out->name() << "' must be dequantized from integers with a known scale");
        REQUIRE(p);
        if (p->op.type == "DequantizeLinear") {
            const Value* scale = p->input(1);
            REQUIRE((scale && scale->initializer));
            steps.push_back(tensor_as_doubles(*scale->initializer)->at(0));
            continue;
        }
        REQUIRE(p->op.type == "DEQUANTIZE");
        REQUIRE(is_quantized(p->inputs[0]));
        steps.push_back(p->inputs[0]->quantization->scale[0]);
    }
    return steps;
}

// How far apart two outputs are, counted in quantization steps.
struct Agreement {
    int64_t elements = 0, within_one_step = 0, levels = 0;  // levels: distinct values the expected output takes
    double max_steps = 0;
    double fraction() const { return elements ? static_cast<double>(within_one_step) / static_cast<double>(elements) : 0.0; }
    std::string summary() const {
        std::ostringstream s;
        s << within_one_step << " of " << elements << " elements (" << 100.0 * fraction() << "%) within one step, at most "
          << max_steps << " steps off; the expected output takes " << levels << " levels";
        return s.str();
    }
    std::string brief() const {
        char text[64];
        std::snprintf(text, sizeof text, "%.1f%% <= 1 step, max %.1f", 100.0 * fraction(), max_steps);
        return text;
    }
    // Pools the comparisons of several runs (levels: the most any one run took).
    Agreement& operator+=(const Agreement& other) {
        elements += other.elements;
        within_one_step += other.within_one_step;
        levels = std::max(levels, other.levels);
        max_steps = std::max(max_steps, other.max_steps);
        return *this;
    }
};

inline Agreement agreement(const testing::HostTensor& expected, const testing::HostTensor& actual, double step) {
    REQUIRE(expected.dims == actual.dims);
    auto e = raw_values(expected), a = raw_values(actual);
    REQUIRE(e.size() == a.size());
    Agreement r;
    std::set<int64_t> levels;
    for (std::size_t i = 0; i < e.size(); ++i) {
        double steps = std::fabs(a[i] - e[i]) / step;
        r.max_steps = std::max(r.max_steps, steps);
        r.within_one_step += steps <= 1.0 + 1e-3;  // float rounding of scale * integer
        levels.insert(std::llround(e[i] / step));
    }
    r.elements = static_cast<int64_t>(e.size());
    r.levels = static_cast<int64_t>(levels.size());
    return r;
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
