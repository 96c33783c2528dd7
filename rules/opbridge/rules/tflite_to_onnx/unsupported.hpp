#pragma once
// TFLite builtins with no ONNX rule, each with the reason, so `opbridge rules --from tflite --to
// onnx` and the converter's error say why. DENSIFY is here too: it is folded into a dense
// constant before lowering (constants.hpp), so only a DENSIFY of a computed tensor reaches it.

#include "opbridge/rules/tflite_to_onnx/dialect.hpp"

namespace opbridge::rules::tflite_to_onnx {

inline constexpr std::string_view recurrent = "recurrent TFLite kernels have their own gate layouts; not converted yet";
inline constexpr std::string_view stablehlo_structured = "structured StableHLO op; not converted yet";
inline constexpr std::string_view no_onnx_op = "ONNX has no op with this meaning";

inline constexpr auto unsupported = rule::lowering_table(
    not_lowered<"DENSIFY">("its input is computed at run time; only sparse constants are densified (at conversion time)"),
    not_lowered<"CUSTOM">("custom ops are read as custom.<code>; add a rule for it (see examples/custom_rule)"),
    not_lowered<"DELEGATE">("a delegate placeholder has no computation in the file"),
    not_lowered<"PLACEHOLDER_FOR_GREATER_OP_CODES">("not an op: a marker in the opcode table"),
    not_lowered<"FAKE_QUANT">("quantized models are not converted yet (issue 6, QDQ)"),
    not_lowered<"LSTM">(recurrent), not_lowered<"RNN">(recurrent), not_lowered<"SVDF">(recurrent),
    not_lowered<"UNIDIRECTIONAL_SEQUENCE_RNN">(recurrent), not_lowered<"UNIDIRECTIONAL_SEQUENCE_LSTM">(recurrent),
    not_lowered<"BIDIRECTIONAL_SEQUENCE_RNN">(recurrent), not_lowered<"BIDIRECTIONAL_SEQUENCE_LSTM">(recurrent),
    not_lowered<"HASHTABLE_LOOKUP">("hash tables have no ONNX op"), not_lowered<"HASHTABLE">("hash tables have no ONNX op"),
    not_lowered<"HASHTABLE_FIND">("hash tables have no ONNX op"), not_lowered<"HASHTABLE_IMPORT">("hash tables have no ONNX op"),
    not_lowered<"HASHTABLE_SIZE">("hash tables have no ONNX op"),
    not_lowered<"LSH_PROJECTION">(no_onnx_op), not_lowered<"SKIP_GRAM">(no_onnx_op), not_lowered<"CONCAT_EMBEDDINGS">(no_onnx_op),
    not_lowered<"EMBEDDING_LOOKUP_SPARSE">(no_onnx_op), not_lowered<"SEGMENT_SUM">(no_onnx_op),
    not_lowered<"UNSORTED_SEGMENT_PROD">(no_onnx_op), not_lowered<"UNSORTED_SEGMENT_MAX">(no_onnx_op),
    not_lowered<"UNSORTED_SEGMENT_SUM">(no_onnx_op), not_lowered<"UNSORTED_SEGMENT_MIN">(no_onnx_op),
    not_lowered<"IMAG">("ONNX has no complex tensors"), not_lowered<"REAL">("ONNX has no complex tensors"),
    not_lowered<"COMPLEX_ABS">("ONNX has no complex tensors"), not_lowered<"RFFT2D">("ONNX DFT needs opset 17 real/complex pairs; not converted yet"),
    not_lowered<"CALL">("subgraph calls are not converted yet"), not_lowered<"CALL_ONCE">("subgraph calls are not converted yet"),
    not_lowered<"IF">("control flow (subgraphs) is not converted yet"), not_lowered<"WHILE">("control flow (subgraphs) is not converted yet"),
    not_lowered<"VAR_HANDLE">("resource variables have no ONNX counterpart"),
    not_lowered<"READ_VARIABLE">("resource variables have no ONNX counterpart"),
    not_lowered<"ASSIGN_VARIABLE">("resource variables have no ONNX counterpart"),
    not_lowered<"RANDOM_STANDARD_NORMAL">("random ops cannot agree with the source; not converted"),
    not_lowered<"RANDOM_UNIFORM">("random ops cannot agree with the source; not converted"),
    not_lowered<"MULTINOMIAL">("random ops cannot agree with the source; not converted"),
    not_lowered<"BATCH_TO_SPACE_ND">("not converted yet (a Reshape/Transpose/Slice decomposition)"),
    not_lowered<"SPACE_TO_BATCH_ND">("not converted yet (a Pad/Reshape/Transpose decomposition)"),
    not_lowered<"SPARSE_TO_DENSE">("not converted yet (ScatterND on a filled tensor)"),
    not_lowered<"UNIQUE">("ONNX Unique sorts or not by attribute and returns int64 indices; not converted yet"),
    not_lowered<"REVERSE_SEQUENCE">("not converted yet (ONNX ReverseSequence needs time/batch axes 0/1)"),
    not_lowered<"MATRIX_DIAG">(no_onnx_op), not_lowered<"MATRIX_SET_DIAG">(no_onnx_op),
    not_lowered<"NON_MAX_SUPPRESSION_V4">("ONNX NonMaxSuppression returns selected indices in another form; not converted yet"),
    not_lowered<"NON_MAX_SUPPRESSION_V5">("ONNX NonMaxSuppression has no soft-NMS; not converted yet"),
    not_lowered<"BROADCAST_ARGS">("not converted yet (Max of the padded shapes)"),
    not_lowered<"BUCKETIZE">("not converted yet (a comparison and ReduceSum)"),
    not_lowered<"DYNAMIC_UPDATE_SLICE">("not converted yet (ScatterND with computed indices)"),
    not_lowered<"DILATE">(no_onnx_op), not_lowered<"REDUCE_WINDOW">(stablehlo_structured),
    not_lowered<"STABLEHLO_RESHAPE">(stablehlo_structured), not_lowered<"STABLEHLO_CONCATENATE">(stablehlo_structured),
    not_lowered<"STABLEHLO_BROADCAST_IN_DIM">(stablehlo_structured), not_lowered<"STABLEHLO_CONVOLUTION">(stablehlo_structured),
    not_lowered<"STABLEHLO_SLICE">(stablehlo_structured), not_lowered<"STABLEHLO_CUSTOM_CALL">(stablehlo_structured),
    not_lowered<"STABLEHLO_REDUCE">(stablehlo_structured), not_lowered<"STABLEHLO_REMAINDER">(stablehlo_structured),
    not_lowered<"STABLEHLO_RSQRT">(stablehlo_structured), not_lowered<"STABLEHLO_SCATTER">(stablehlo_structured),
    not_lowered<"STABLEHLO_COMPARE">(stablehlo_structured), not_lowered<"STABLEHLO_DYNAMIC_SLICE">(stablehlo_structured),
    not_lowered<"STABLEHLO_DYNAMIC_UPDATE_SLICE">(stablehlo_structured), not_lowered<"STABLEHLO_PAD">(stablehlo_structured),
    not_lowered<"STABLEHLO_IOTA">(stablehlo_structured), not_lowered<"STABLEHLO_DOT_GENERAL">(stablehlo_structured),
    not_lowered<"STABLEHLO_REDUCE_WINDOW">(stablehlo_structured), not_lowered<"STABLEHLO_SORT">(stablehlo_structured),
    not_lowered<"STABLEHLO_WHILE">(stablehlo_structured), not_lowered<"STABLEHLO_GATHER">(stablehlo_structured),
    not_lowered<"STABLEHLO_TRANSPOSE">(stablehlo_structured), not_lowered<"STABLEHLO_RNG_BIT_GENERATOR">(stablehlo_structured),
    not_lowered<"STABLEHLO_COMPOSITE">(stablehlo_structured), not_lowered<"STABLEHLO_SHIFT_LEFT">(stablehlo_structured),
    not_lowered<"STABLEHLO_CBRT">(stablehlo_structured), not_lowered<"STABLEHLO_CASE">(stablehlo_structured));

} // namespace opbridge::rules::tflite_to_onnx
