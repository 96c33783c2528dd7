#pragma once
// The TFLite -> ONNX converter, composed from the rules beside this file:
//   1. fold constant ops: DENSIFY of sparse constants and DEQUANTIZE of float16 constants
//      become constants (constants.hpp), so weights are permuted at conversion time;
//   2. make quantization explicit: DEQUANTIZE/QUANTIZE around every op on quantized tensors
//      (quantization.hpp), so the model becomes an ONNX QDQ model;
//   3. lower every node (pass/lower.hpp) with NCHW inside the graph; inputs and outputs keep
//      TFLite's NHWC unless nchw_io;
//   4. an ONNX model (IR 8, opset 17, the opset the rules are written against); graph inputs
//      and outputs take their signature def names; keep_fp16 casts float16 weights where read;
//   5. another opset when asked, through the opset adapters (pass/opset_convert.hpp);
//   6. with qlinear_ops, QDQ around convolutions and matrix products as QLinear ops.

#include <optional>
#include <string>

#include "opbridge/pass/lower.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"
#include "opbridge/rules/tflite_to_onnx/all.hpp"
#include "opbridge/rules/tflite_to_onnx/constants.hpp"
#include "opbridge/rules/tflite_to_onnx/quantization.hpp"
#include "opbridge/rules/patterns/qlinear.hpp"

namespace opbridge::rules::tflite_to_onnx {

// The opset a conversion targets unless told: the newest that both opbridge's opset adapters
// and ONNX Runtime (1.30 reads up to 26) know. The rules lower at rules_opset, then adapt.
inline constexpr int64_t default_opset = onnx_schema::max_opset;

struct Options {
    bool nchw_io = false;    // rank-4 inputs/outputs NCHW instead of TFLite's NHWC
    bool keep_fp16 = false;  // float16 weights stay float16, with a Cast where read
    int64_t opset = default_opset;
    bool qlinear_ops = false;  // QDQ around Conv/MatMul as QLinearConv/QLinearMatMul (patterns/qlinear.hpp)
    // The rules to lower with; nullptr: every rule beside this file. A program with rules of
    // its own (custom ops) concatenates them with `all` (examples/custom_rule/).
    const rule::LoweringTable* table = nullptr;
};

struct Report {
    int densified = 0, dequantized = 0, fp16_casts = 0;
    QuantizationReport quantization;
    int qlinear_ops = 0;
};

namespace detail {

// Renames graph input/output `held_name` of `g` to `wanted`, unless another value has that name.
inline void rename_io(Graph& g, const std::string& held_name, const std::string& wanted) {
    if (held_name == wanted || g.find(wanted)) return;
    if (Value* v = g.find(held_name)) g.rename(v, wanted);
}

// Signature def names for the inputs and outputs of the main subgraph.
inline void apply_signature_names(const Model& source, Graph& target) {
    for (const Signature& s : source.signatures) {
        if (s.subgraph_index != 0) continue;
        for (const auto& e : s.inputs)
            if (e.value) rename_io(target, e.value->name(), e.name);
        for (const auto& e : s.outputs)
            if (e.value) rename_io(target, e.value->name(), e.name);
        return;  // one signature names them
    }
}

} // namespace detail

// Converts `tflite` (its constant ops are folded on the way) to an ONNX model; nullopt with
// every problem in `diags` when it cannot.
inline std::optional<Model> convert(Model& tflite, const Options& options, Diagnostics& diags, const std::string& file,
                                    Report* report = nullptr) {
    Report local;
    Report& r = report ? *report : local;
    ConstantFolding folding;
    if (!fold_constant_ops(*tflite.graph, options.keep_fp16, folding, diags, file)) return std::nullopt;
    r.densified = folding.densified;
    r.dequantized = folding.dequantized;
    expose_quantized_arithmetic(*tflite.graph, r.quantization);
    if (r.quantization.int16 && options.opset < 21) {
        diags.error("convert.quantization", file + ": the model has 16-bit quantized activations; ONNX's QuantizeLinear and "
                                                   "DequantizeLinear take int16 from opset 21",
                    "convert with --opset 21");
        return std::nullopt;
    }

    Model target;
    target.format = Format::onnx;
    target.format_version = 8;
    target.set_opset("", rules_opset);
    LoweringRequest request{options.table ? options.table : &table, &onnx, file, {}, options.nchw_io};
    if (!lower_model(tflite, target, request, diags)) return std::nullopt;
    move_transposes_onto_integers(*target.graph);
    drop_requantize_pairs(*target.graph, r.quantization);
    drop_unread(*target.graph);
    target.producer_name = "opbridge";
    target.doc_string = "converted by opbridge from " + file;
    detail::apply_signature_names(tflite, *target.graph);
    if (options.keep_fp16) r.fp16_casts = cast_fp16_constants(*target.graph, folding.kept_fp16, rules_opset);

    if (options.opset != rules_opset) {
        OpsetConversion conversion{options.opset, file, &onnx_opset::table};
        if (!convert_opset(target, conversion, diags)) return std::nullopt;
    }
    if (options.qlinear_ops) {
        r.qlinear_ops = rule::apply_patterns(target, *target.graph, patterns::qlinear_patterns, diags, file, options.opset);
        drop_unread(*target.graph);
    }
    return target;
}

} // namespace opbridge::rules::tflite_to_onnx
