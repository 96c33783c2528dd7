#pragma once
// The ONNX -> TFLite converter, composed from the rules beside this file:
//   1. fix dynamic input sizes (--input-shape), then bring the model to opset 17 with the
//      opset adapters (the rules below are written against 17);
//   2. fold constant subgraphs (shape computations) and infer every shape;
//   3. ONNX-level rewrites: BatchNormalization and per-channel Mul/Add folded into the
//      preceding Conv, x*HardSigmoid(x) -> HardSwish, the erf form of GELU -> Gelu;
//   4. QDQ models: ops between DequantizeLinear and QuantizeLinear take the integer tensors
//      with their parameters (quantization.hpp);
//   5. lower every node (pass/lower.hpp) with NHWC inside the graph;
//   6. TFLite-level rewrites: fused activations, index permutations as GATHER, what the int8
//      kernels need, optional float16 weights;
//   7. the legality check happens in the writer (every problem in one report).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/pass/fold_constants.hpp"
#include "opbridge/pass/lower.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rule/pattern.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"
#include "opbridge/rules/onnx_to_tflite/all.hpp"
#include "opbridge/rules/onnx_to_tflite/fold_into_conv.hpp"
#include "opbridge/rules/onnx_to_tflite/fusions.hpp"
#include "opbridge/rules/patterns/gelu.hpp"
#include "opbridge/rules/patterns/hard_swish.hpp"

namespace opbridge::rules::onnx_to_tflite {

struct Options {
    bool nhwc_io = false;      // rank-4 inputs/outputs NHWC instead of the ONNX layout
    bool fp16_weights = false; // weights stored as float16 (+DEQUANTIZE)
    std::map<std::string, std::vector<int64_t>> input_shapes;  // fixed sizes for dynamic inputs
};

struct Report {
    int folded_into_conv = 0, patterns = 0, fused_activations = 0, permutations_to_gather = 0, fp16_weights = 0;
    QdqReport quantization;
};

inline constexpr int64_t canonical_opset = 17;

// Converts `onnx` (modified on the way) to a TFLite model; nullopt with every problem in
// `diags` when it cannot.
inline std::optional<Model> convert(Model& onnx, const Options& options, Diagnostics& diags, const std::string& file,
                                    Report* report = nullptr) {
    Report local;
    Report& r = report ? *report : local;
    Graph& g = *onnx.graph;
    // 1. input sizes
    for (Value* in : g.inputs) {
        if (in->initializer) continue;
        if (auto it = options.input_shapes.find(in->name()); it != options.input_shapes.end()) {
            in->type.shape = shape_of(it->second);
            in->type.kind = Type::Kind::tensor;
        }
    }
    for (const auto& shape : options.input_shapes) {  // not [name, dims]: clang 14 cannot capture a structured binding
        const std::string& name = shape.first;
        if (std::none_of(g.inputs.begin(), g.inputs.end(), [&](Value* v) { return v->name() == name; }))
            diags.error("convert.input-shape", "--input-shape names '" + name + "', which is not an input of " + file);
    }
    for (Value* in : g.inputs) {
        if (in->initializer) continue;
        if (!in->type.shape || !static_dims(*in->type.shape))
            diags.error("convert.dynamic-input",
                        file + ": input '" + in->name() + "' has shape " + (in->type.shape ? to_string(*in->type.shape) : "of unknown rank") +
                            "; TFLite needs static sizes",
                        "fix them with --input-shape " + in->name() + "=d0,d1,...");
    }
    if (diags.error_count()) return std::nullopt;
    auto opset = onnx.opset("");
    if (!opset) {
        diags.error("convert.opset", file + " imports no default-domain opset");
        return std::nullopt;
    }
    if (*opset != canonical_opset) {
        OpsetConversion conversion{canonical_opset, file, &onnx_opset::table};
        if (!convert_opset(onnx, conversion, diags)) return std::nullopt;
    }
    // 2.-3.
    fold_constants(onnx);
    r.folded_into_conv = fold_into_conv(g);
    // Shapes before the patterns: they make ops opset 17 does not have (Gelu), which ONNX's
    // shape inference would stop at; the values they produce keep their types.
    if (std::string why = infer_shapes(onnx); !why.empty())
        diags.warning("convert.shapes", file + ": ONNX shape inference did not run (" + why +
                                            "); values the file leaves untyped stay so, and a TFLite tensor needs a rank",
                      "fix what it names, or declare the shapes in value_info");
    static constexpr rule::PatternEntry patterns[] = {patterns::hard_swish, patterns::gelu_a, patterns::gelu_b};
    r.patterns = rule::apply_patterns(onnx, g, patterns, diags, file, canonical_opset);
    drop_unread(g);
    // 4.
    if (!absorb_qdq(g, r.quantization, diags, file)) return std::nullopt;
    drop_unread(g);
    // 5.
    Model target;
    target.format = Format::tflite;
    target.format_version = 3;
    LoweringRequest request{&table, &tflite, file, {options.fp16_weights}, options.nhwc_io};
    if (!lower_model(onnx, target, request, diags)) return std::nullopt;
    // 6.
    r.fused_activations = fuse_activations(*target.graph);
    r.permutations_to_gather = permutations_to_gather(*target.graph);
    drop_unread(*target.graph);
    if (!fit_quantized_kernels(*target.graph, r.quantization, diags, file)) return std::nullopt;
    if (options.fp16_weights) r.fp16_weights = store_weights_as_fp16(*target.graph);
    target.doc_string = "converted by opbridge from " + file;
    return target;
}

} // namespace opbridge::rules::onnx_to_tflite
