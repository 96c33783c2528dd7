#pragma once
// ONNX QDQ models as fully quantized TFLite models. In a QDQ model an op between
// DequantizeLinear nodes (on its inputs) and QuantizeLinear nodes (on its outputs) computes,
// in the model's meaning, on the integers those nodes stand for; TFLite says the same by
// giving the op the integer tensors with their scale and zero point. So:
//   * absorb_qdq (before lowering) gives each such op its integer tensors, which carry the
//     parameters, and removes the Q/DQ pairs around it; Q and DQ left over (at float inputs
//     and outputs) become QUANTIZE and DEQUANTIZE;
//   * the float rules lower the op; target tensors carry the parameters along;
//   * fit_quantized_kernels (after lowering) meets what TFLite's int8 kernels require: the
//     parameters some ops need on their inputs or output (a QUANTIZE requantizes where they
//     differ), int32 biases (quantized_bias, used by the rules of ops with a bias), and the
//     op versions that declare int8 kernels.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/quantization.hpp"
#include "opbridge/rule/context.hpp"
#include "opbridge/rules/onnx/qdq.hpp"
#include "opbridge/rules/onnx_to_tflite/dialect.hpp"

namespace opbridge::rules::onnx_to_tflite {

struct QdqReport {
    int dequantize_absorbed = 0, quantize_absorbed = 0;  // Q/DQ nodes that became tensor parameters
    int activations_inferred = 0;  // op outputs that take the parameters of the activation after them
    int uint8_to_int8 = 0;         // uint8 tensors held as int8 (zero point - 128, same reals)
    int requantized = 0;           // QUANTIZE ops added where a kernel needs other parameters
};

// ONNX ops that only move values: integers they read stand for the same reals as those they
// write, so parameters found on one side hold on the other.
inline const std::set<std::string, std::less<>> value_moving_ops{"Transpose", "Reshape", "Flatten", "Squeeze", "Unsqueeze",
                                                                   "Identity"};

// ONNX ops that TFLite fuses into the op before them: an op output read only by one of them
// takes the activation's output parameters (the fused kernel quantizes after the activation).
inline const std::set<std::string, std::less<>> fused_activations{"Relu", "Clip"};

// ONNX ops whose TFLite lowering is one int8 kernel (or several that carry the parameters
// along, such as a Conv's PAD): only these are quantized. Any other op between Q/DQ nodes
// stays a float island, DEQUANTIZE before and QUANTIZE after, as the QDQ model computes it.
inline const std::set<std::string, std::less<>> int8_lowerings{
    "Conv", "Gemm", "MatMul", "Add", "Sub", "Mul", "MaxPool", "AveragePool", "GlobalAveragePool", "GlobalMaxPool",
    "Relu", "Clip", "LeakyRelu", "PRelu", "HardSwish", "Sigmoid", "Tanh", "Softmax", "Concat", "Reshape", "Flatten",
    "Transpose", "Squeeze", "Unsqueeze", "Pad", "Slice", "Gather", "Split", "Resize", "ReduceMean", "ReduceMax", "Max",
    "Min", "DepthToSpace", "SpaceToDepth", "Identity"};

namespace qdq_detail {

using rule::RewriteContext;
using onnx_qdq::is_qdq;
using onnx_qdq::parameters;

inline std::size_t rank_or_zero(const Value* v) { return v && v->type.shape ? v->type.shape->size() : 0; }
inline bool is_float(const Value* v) { return v && is_floating(v->type.elem_type); }
inline bool is_graph_output(const Graph& g, const Value* v) { return std::find(g.outputs.begin(), g.outputs.end(), v) != g.outputs.end(); }

} // namespace qdq_detail

// Gives every op that sits between DequantizeLinear and QuantizeLinear nodes its integer
// tensors (with their parameters) and removes those nodes. False with a diagnostic when a
// tensor is quantized two different ways.
inline bool absorb_qdq(Graph& g, QdqReport& r, Diagnostics& diags, const std::string& file) {
    using namespace qdq_detail;
    std::map<Value*, Value*> integers_of;        // DequantizeLinear output -> its integer input
    std::map<Value*, std::vector<Node*>> quantized_by;  // float value -> the QuantizeLinear nodes reading it
    std::map<Value*, Quantization> params_of;     // integer value -> its parameters

    auto claim = [&](Value* v, const Quantization& q, const Node& n) {
        auto [it, fresh] = params_of.emplace(v, q);
        if (fresh || same_quantization(it->second, q)) return true;
        diags.error("convert.quantization", file + ": '" + v->name() + "' is quantized two ways (" + describe(it->second) +
                                                " and, at node '" + n.name + "', " + describe(q) + ")",
                    "quantize each tensor once in the QDQ model");
        return false;
    };
    bool ok = true;
    for (Node* n : g.nodes()) {
        if (!is_qdq(n) || n->inputs.empty() || n->outputs.empty() || !n->outputs[0]) continue;
        bool dq = n->op.type == "DequantizeLinear";
        Value* integer = dq ? n->inputs[0] : n->outputs[0];
        auto q = parameters(*n, rank_or_zero(n->inputs[0]));
        if (!q || !integer) continue;  // computed parameters: the QuantizeLinear/DequantizeLinear rules say why
        ok = claim(integer, *q, *n) && ok;
        if (!dq && !is_integer(integer->type.elem_type)) {  // QuantizeLinear's type: its zero point's, uint8 without one
            const Tensor* zp = RewriteContext::constant_value(n->input(2));
            integer->type = Type::tensor(zp ? zp->dtype : DType::uint8, n->inputs[0]->type.shape);
        }
        if (dq) integers_of[n->outputs[0]] = integer;
        else quantized_by[n->inputs[0]].push_back(n);
    }
    if (!ok) return false;

    // A float value an op writes is represented by the integer output of the QuantizeLinear
    // nodes reading it, when those are all its readers and agree.
    std::map<Value*, Value*> integer_for_output;
    for (auto& [y, quantizers] : quantized_by) {
        if (is_graph_output(g, y) || g.users(y).size() != quantizers.size()) continue;
        Value* first = quantizers[0]->outputs[0];  // (clang 14 cannot capture a structured binding)
        bool agree = std::all_of(quantizers.begin(), quantizers.end(), [&](Node* q) {
            return q->outputs[0]->type.elem_type == first->type.elem_type && same_quantization(params_of[q->outputs[0]], params_of[first]);
        });
        if (agree) integer_for_output[y] = quantizers[0]->outputs[0];
    }

    // Which ops become quantized: every float run-time input dequantized (or an inferred
    // activation input), every float output represented. Inferred activation inputs depend
    // on their producer being quantized, so decide until nothing changes.
    std::map<Value*, Value*> inferred;  // op output -> the integer value whose parameters it takes
    for (Node* n : g.nodes()) {
        if (!fused_activations.count(n->op.type) || n->inputs.empty() || n->outputs.empty()) continue;
        Value* x = n->inputs[0];
        auto out = integer_for_output.find(n->outputs[0]);
        if (!is_float(x) || x->is_constant() || !x->producer || is_qdq(x->producer) || out == integer_for_output.end()) continue;
        if (integer_for_output.count(x) || is_graph_output(g, x) || g.users(x).size() != 1) continue;
        inferred[x] = out->second;
    }
    std::set<Node*> quantized;
    for (bool changed = true; changed;) {
        changed = false;
        quantized.clear();
        for (Node* n : g.nodes()) {
            if (is_qdq(n) || !int8_lowerings.count(n->op.type)) continue;
            bool any = false, all = true;
            for (Value* v : n->inputs) {
                if (!is_float(v) || RewriteContext::constant_value(v)) continue;
                bool represented = integers_of.count(v) || inferred.count(v);
                any = any || represented;
                all = all && represented;
            }
            for (Value* v : n->outputs) {
                if (!is_float(v)) continue;
                bool represented = integer_for_output.count(v) || inferred.count(v);
                any = any || represented;
                all = all && represented;
            }
            if (any && all) quantized.insert(n);
        }
        for (auto it = inferred.begin(); it != inferred.end();) {
            if (quantized.count(it->first->producer)) {
                ++it;
                continue;
            }
            it = inferred.erase(it);
            changed = true;
        }
    }

    // Rewrite: quantized ops read and write the integer tensors.
    std::set<const Node*> absorbed_q;
    for (Node* n : quantized) {
        for (Value*& v : n->inputs)
            if (auto it = integers_of.find(v); it != integers_of.end()) v = it->second;
        for (Value*& v : n->outputs) {
            if (auto it = integer_for_output.find(v); it != integer_for_output.end()) {
                Value* integer = it->second;
                for (Node* q : quantized_by[v]) {
                    if (q->outputs[0] != integer) g.replace_uses(q->outputs[0], integer);
                    absorbed_q.insert(q);
                }
                v = integer;
            } else if (auto inf = inferred.find(v); inf != inferred.end()) {
                v->type.elem_type = inf->second->type.elem_type;
                params_of[v] = params_of[inf->second];
                ++r.activations_inferred;
            }
        }
        g.claim_outputs(n);
    }
    for (const Node* q : absorbed_q) g.remove_node(q);
    r.quantize_absorbed = static_cast<int>(absorbed_q.size());
    for (auto& [real, integer] : integers_of)
        if (g.users(real).empty() && !is_graph_output(g, real)) ++r.dequantize_absorbed;

    // Integers read by a value-moving op stand for the same reals as those it writes (an int8
    // graph input transposed before its DequantizeLinear).
    for (bool changed = true; changed;) {
        changed = false;
        for (auto& [v, q] : params_of) {
            Node* p = v->producer;
            if (!p || !value_moving_ops.count(p->op.type) || p->inputs.empty() || is_per_axis(q)) continue;
            Value* in = p->inputs[0];
            if (!in || params_of.count(in) || !is_integer(in->initializer ? in->initializer->dtype : in->type.elem_type)) continue;
            params_of.emplace(in, q);
            changed = true;
            break;  // params_of changed under the loop
        }
    }
    // QuantizeLinear(DequantizeLinear(q)) left over is a requantization: one QUANTIZE from q.
    for (Node* n : g.nodes())
        if (n->op.type == "QuantizeLinear" && !n->inputs.empty())
            if (auto it = integers_of.find(n->inputs[0]); it != integers_of.end()) n->inputs[0] = it->second;
    // A DequantizeLinear of a constant read by float ops (a hybrid model's weights): they read
    // the quantized constant, which the lowering dequantizes where read.
    for (auto& [real, integer] : integers_of) {
        if (!integer->initializer || is_graph_output(g, real)) continue;
        for (Node* n : g.users(real))
            if (!is_qdq(n))
                for (Value*& v : n->inputs)
                    if (v == real) v = integer;
    }
    // Parameters onto the integer tensors; uint8 becomes int8 (TFLite's kernels are int8 with
    // int8 weights): q - 128 with zero point - 128 stands for the same reals. Graph inputs and
    // outputs keep the type the user feeds and reads.
    for (auto& [v, q] : params_of) {
        v->quantization = q;
        if (v->initializer) v->type = Type::tensor(v->initializer->dtype, shape_of(v->initializer->dims));
        if (v->type.elem_type != DType::uint8 || std::find(g.inputs.begin(), g.inputs.end(), v) != g.inputs.end() ||
            is_graph_output(g, v))
            continue;
        for (auto& z : v->quantization->zero_point) z -= 128;
        v->type.elem_type = DType::int8;
        if (v->initializer) {
            auto values = tensor_as_int64s(*v->initializer);
            std::vector<double> shifted(values->begin(), values->end());
            for (auto& x : shifted) x -= 128;
            std::string name = v->initializer->name;
            v->initializer = *make_tensor(DType::int8, v->initializer->dims, shifted);
            v->initializer->name = name;
        }
        ++r.uint8_to_int8;
    }
    return true;
}

// ---- QuantizeLinear / DequantizeLinear left at float boundaries ------------------------------

inline Outcome lower_quantize_linear(const Node&, LoweringContext& c) {
    if (!is_quantized(c.source_output(0)))
        return c.error("lower.quantization", "inputs 1, 2 (y_scale, y_zero_point)",
                       "the scale or zero point is computed at run time; a TFLite tensor's quantization is fixed",
                       "make them constants in the source model");
    c.emit_output(0, "QUANTIZE", {c.input(0)}, {}, 2);
    return Outcome::applied;
}

inline Outcome lower_dequantize_linear(const Node&, LoweringContext& c) {
    const Value* x = c.source_input(0);
    if (!is_quantized(x))
        return c.error("lower.quantization", "inputs 1, 2 (x_scale, x_zero_point)",
                       "the scale or zero point is computed at run time; a TFLite tensor's quantization is fixed",
                       "make them constants in the source model");
    // A constant's integers as they are (not read through another DEQUANTIZE).
    Value* q = c.constant(0) ? quantized_tensor_constant(c, *c.constant(0), *x->quantization, x->name()) : c.input(0);
    c.emit_output(0, "DEQUANTIZE", {q}, {}, 2);
    return Outcome::applied;
}

// ---- what the int8 kernels need -----------------------------------------------------------------

// The bias of a quantized convolution or dense op: int32, zero point 0, scale input_scale *
// filter_scale (per output channel when the filter is), as TFLite's kernels add it to the
// int32 accumulator. `real_bias` is the bias's real values (empty: none).
inline Value* quantized_bias(LoweringContext& c, const Value* input, const Value* filter, std::vector<double> real_bias,
                             int64_t channels, std::string_view hint) {
    const Quantization& qx = *input->quantization;
    const Quantization& qw = *filter->quantization;
    Quantization qb;
    for (int64_t i = 0; i < (is_per_axis(qw) ? channels : 1); ++i)
        qb.scale.push_back(qx.scale[0] * qw.scale[static_cast<std::size_t>(i)]);
    qb.zero_point.assign(qb.scale.size(), 0);
    qb.axis = 0;
    if (real_bias.empty()) real_bias.assign(static_cast<std::size_t>(channels), 0.0);
    if (real_bias.size() == 1) real_bias.assign(static_cast<std::size_t>(channels), real_bias[0]);
    return quantized_tensor_constant(c, *quantized_tensor(DType::int32, {channels}, real_bias, qb), qb, hint);
}

// Bias input i of a convolution or dense op over `x` with `filter` (`channels` outputs), times
// `factor` (Gemm's beta), as the target op takes it: float (zeros when absent), or int32 when
// the op is quantized.
inline std::optional<Value*> bias_for(LoweringContext& c, std::size_t i, const Value* x, const Value* filter, int64_t channels,
                                      std::string_view hint, double factor = 1.0) {
    bool has = c.input_count() > i && c.has_input(i);
    std::vector<double> reals;
    if (has) {
        auto r = c.constant_reals(i);
        if (!r) return c.error("lower.dynamic-weights", "input " + std::to_string(i) + " (bias)", "the bias is computed at run time",
                               "make it an initializer"),
               std::nullopt;
        if (r->size() != 1 && r->size() != static_cast<std::size_t>(channels))
            return c.error("lower.unsupported-form", "input " + std::to_string(i) + " (bias)", "only a per-output bias is converted"),
                   std::nullopt;
        reals = *r;
        for (auto& v : reals) v *= factor;
    }
    if (is_quantized(x) && is_quantized(filter)) return quantized_bias(c, x, filter, reals, channels, hint);
    if (reals.size() == 1) reals.assign(static_cast<std::size_t>(channels), reals[0]);
    if (reals.empty()) reals.assign(static_cast<std::size_t>(channels), 0.0);
    return c.float_constant(std::vector<float>(reals.begin(), reals.end()), {channels}, hint);
}

// FULLY_CONNECTED's int8 kernel (TFLite 2.9, the reference runtime) reads one weight scale: it
// silently uses the first of per-channel scales. Per-channel weights are requantized to one
// scale, the largest (so every weight stays in range), with a warning: each weight moves by at
// most half a step of that scale.
inline Value* fully_connected_weights(LoweringContext& c, Value* w) {
    if (!w->initializer || !w->quantization || !is_per_axis(*w->quantization)) return w;
    auto reals = dequantized_values(*w->initializer, *w->quantization);
    Quantization one;
    one.scale = {*std::max_element(w->quantization->scale.begin(), w->quantization->scale.end())};
    one.zero_point = {0};
    c.warn("lower.quantization", "FULLY_CONNECTED takes one weight scale: the per-channel weights '" + w->name() +
                                     "' are requantized per tensor (scale " + std::to_string(one.scale[0]) + ")");
    return quantized_tensor_constant(c, *quantized_tensor(w->initializer->dtype, w->initializer->dims, *reals, one), one,
                                     w->name() + "_per_tensor");
}

// What a TFLite int8 kernel needs of its tensors' parameters, and the op version that declares
// int8 tensors (TFLite's op versioning; any runtime with the int8 kernel accepts it).
enum class QuantizedParameters : unsigned char {
    free,           // each tensor its own
    inputs_as_output,  // moves values only: inputs must have the output's parameters
    fixed_output,   // the kernel's output range is fixed (scale, zero_point below)
};
struct QuantizedKernel {
    std::string_view op;
    int int8_version = 1;
    QuantizedParameters parameters = QuantizedParameters::free;
    float scale = 0;
    int zero_point = 0;
};

inline constexpr QuantizedKernel quantized_kernels[] = {
    {"CONV_2D", 3},
    {"DEPTHWISE_CONV_2D", 3},
    {"FULLY_CONNECTED", 4},
    {"TRANSPOSE_CONV", 2},
    {"ADD", 2},
    {"SUB", 2},
    {"MUL", 2},
    {"MEAN", 2},
    {"SUM", 2},
    {"REDUCE_MAX", 2},
    {"MAXIMUM", 2},
    {"MINIMUM", 2},
    {"RELU", 2},
    {"RELU6", 2},
    {"RELU_N1_TO_1", 2},
    {"LEAKY_RELU", 2},
    {"HARD_SWISH", 1},
    {"PRELU", 1},
    {"QUANTIZE", 2},
    {"DEQUANTIZE", 2},
    {"BATCH_MATMUL", 2},
    {"MAX_POOL_2D", 2, QuantizedParameters::inputs_as_output},
    {"AVERAGE_POOL_2D", 2, QuantizedParameters::inputs_as_output},
    {"CONCATENATION", 2, QuantizedParameters::inputs_as_output},
    {"RESHAPE", 1, QuantizedParameters::inputs_as_output},
    {"SQUEEZE", 1, QuantizedParameters::inputs_as_output},
    {"EXPAND_DIMS", 1, QuantizedParameters::inputs_as_output},
    {"TRANSPOSE", 2, QuantizedParameters::inputs_as_output},
    {"PAD", 2, QuantizedParameters::inputs_as_output},
    {"PADV2", 2, QuantizedParameters::inputs_as_output},
    {"SLICE", 2, QuantizedParameters::inputs_as_output},
    {"STRIDED_SLICE", 2, QuantizedParameters::inputs_as_output},
    {"GATHER", 2, QuantizedParameters::inputs_as_output},
    {"SPLIT", 2, QuantizedParameters::inputs_as_output},
    {"SPACE_TO_DEPTH", 2, QuantizedParameters::inputs_as_output},
    {"DEPTH_TO_SPACE", 2, QuantizedParameters::inputs_as_output},
    {"RESIZE_BILINEAR", 2, QuantizedParameters::inputs_as_output},
    {"RESIZE_NEAREST_NEIGHBOR", 2, QuantizedParameters::inputs_as_output},
    {"TILE", 1, QuantizedParameters::inputs_as_output},
    {"LOGISTIC", 2, QuantizedParameters::fixed_output, 1.f / 256, -128},
    {"SOFTMAX", 2, QuantizedParameters::fixed_output, 1.f / 256, -128},
    {"TANH", 2, QuantizedParameters::fixed_output, 1.f / 128, 0},
    {"LOG_SOFTMAX", 2, QuantizedParameters::fixed_output, 16.f / 256, 127},
};

namespace qdq_detail {

inline const QuantizedKernel* kernel_for(std::string_view op) {
    for (const auto& k : quantized_kernels)
        if (k.op == op) return &k;
    return nullptr;
}

inline bool is_int8(const Value* v) { return v && v->type.elem_type == DType::int8 && is_quantized(v); }

// A QUANTIZE from `x` to a new int8 value with parameters `q`, inserted before `before`.
inline Value* requantize(Graph& g, Value* x, const Quantization& q, const Node* before, const Node& user) {
    Value* y = g.fresh_value(x->name() + "_requantized");
    y->type = x->type;
    y->quantization = q;
    Node* n = g.insert_node_before(before, Op{Dialect::tflite, "", "QUANTIZE", 2}, {x}, {y}, y->name());
    n->meta = user.meta;
    return y;
}

// A clamp at a bound the int8 range cannot reach clamps nothing (saturation does it), and
// TFLite refuses to quantize such a bound when it overflows int32 at a tiny scale: RELU6 over
// a range that ends below 6 is RELU, fused or as an op.
inline void drop_unreachable_clamps(Node& n, const Quantization& q) {
    double top = q.scale[0] * (127 - (q.zero_point.empty() ? 0 : q.zero_point[0]));
    if (top > 6) return;
    if (n.op.type == "RELU6") n.op.type = "RELU";
    if (Attribute* a = n.attribute("fused_activation_function"); a && a->get_if<std::string>() && *a->get_if<std::string>() == "RELU6")
        *a = Attribute::of_string("fused_activation_function", "RELU");
}

} // namespace qdq_detail

// Meets the int8 kernels' needs on a lowered TFLite graph (see quantized_kernels). False with a
// diagnostic per node that mixes quantized and float data.
inline bool fit_quantized_kernels(Graph& g, QdqReport& r, Diagnostics& diags, const std::string& file) {
    using namespace qdq_detail;
    bool ok = true;
    std::vector<Node*> nodes(g.nodes().begin(), g.nodes().end());
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        Node* n = nodes[k];
        Value* out = n->output(0);
        bool quantized_io = is_int8(out) || std::any_of(n->inputs.begin(), n->inputs.end(), is_int8);
        if (!quantized_io || n->op.type == "QUANTIZE" || n->op.type == "DEQUANTIZE") {
            if (const QuantizedKernel* kernel = kernel_for(n->op.type); kernel && quantized_io)
                n->op.version = std::max<int64_t>(n->op.version, kernel->int8_version);
            continue;
        }
        for (std::size_t i = 0; i < n->inputs.size(); ++i) {
            Value* v = n->inputs[i];
            if (!v || v->type.elem_type != DType::float32) continue;
            Diagnostic d;
            d.severity = Severity::error;
            d.code = "convert.quantization";
            d.file = file;
            d.node = n->name;
            d.op = to_string(n->op);
            d.field = "input " + std::to_string(i) + " ('" + v->name() + "')";
            d.message = "this quantized op reads float data; TFLite's int8 kernels take int8 tensors only";
            d.hint = "quantize that input in the QDQ model (QuantizeLinear/DequantizeLinear, or an int8 initializer with a "
                     "DequantizeLinear for a constant)";
            diags.report(std::move(d));
            ok = false;
        }
        if (is_int8(out)) drop_unreachable_clamps(*n, *out->quantization);
        const QuantizedKernel* kernel = kernel_for(n->op.type);
        if (!kernel) continue;
        n->op.version = std::max<int64_t>(n->op.version, kernel->int8_version);
        if (kernel->parameters == QuantizedParameters::inputs_as_output && is_int8(out)) {
            for (Value*& v : n->inputs) {
                if (!is_int8(v) || same_quantization(*v->quantization, *out->quantization)) continue;
                if (v->initializer) {
                    auto reals = dequantized_values(*v->initializer, *v->quantization);
                    Value* c = g.fresh_value(v->name() + "_requantized");
                    c->initializer = *quantized_tensor(DType::int8, v->initializer->dims, *reals, *out->quantization);
                    c->initializer->name = c->name();
                    c->type = v->type;
                    c->quantization = out->quantization;
                    g.initializers.push_back(c);
                    v = c;
                } else {
                    v = requantize(g, v, *out->quantization, n, *n);
                }
                ++r.requantized;
            }
        }
        if (kernel->parameters == QuantizedParameters::fixed_output && is_int8(out)) {
            Quantization fixed{{kernel->scale}, {kernel->zero_point}, {}, {}, 0};
            if (same_quantization(*out->quantization, fixed)) continue;
            Value* y = g.fresh_value(out->name() + "_kernel_range");
            y->type = out->type;
            y->quantization = fixed;
            n->outputs[0] = y;
            g.claim_outputs(n);
            Op quantize{Dialect::tflite, "", "QUANTIZE", 2};
            Node* q = k + 1 < nodes.size() ? g.insert_node_before(nodes[k + 1], quantize, {y}, {out}, out->name() + "_requantize")
                                           : g.add_node(quantize, {y}, {out}, out->name() + "_requantize");
            q->meta = n->meta;
            ++r.requantized;
        }
    }
    return ok;
}

inline constexpr auto quantization = rule::lowering_table(
    lowering<"QuantizeLinear", Layout::transparent>(&lower_quantize_linear, "QUANTIZE (where it is not absorbed into the op before it)"),
    lowering<"DequantizeLinear", Layout::transparent>(&lower_dequantize_linear, "DEQUANTIZE (where it is not absorbed into the op after it)"));

} // namespace opbridge::rules::onnx_to_tflite
