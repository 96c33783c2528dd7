#pragma once
// TensorRT 8.6 through its ONNX parser (onnx-tensorrt): ONNX opsets 9 to 17. The ops, their
// types and their restrictions come from onnx-tensorrt's published support matrix
// (docs/operators.md): FP32, FP16, INT8, INT32 and BOOL tensors, with INT64 and DOUBLE cast
// down to INT32 and FLOAT (taken here as accepted where INT32 and FP32 are).

#include "opbridge/profile.hpp"

namespace opbridge::rules::profiles {

namespace tensorrt_8_6_detail {
using namespace opbridge::profile;

inline constexpr char initializer[] = "TensorRT builds this operand into the engine, so it must be an initializer";
inline constexpr InputRule weights_initializer[] = {{1, true, false, initializer}};
inline constexpr InputRule axis_initializer[] = {{1, true, false, initializer}};
inline constexpr InputRule k_initializer[] = {{1, true, false, initializer}};
inline constexpr InputRule axes_initializer[] = {{1, true, false, initializer}};
inline constexpr InputRule slice_axes_initializer[] = {{3, true, false, initializer}};
inline constexpr InputRule scale_bias_initializers[] = {{1, true, false, initializer}, {2, true, false, initializer}};
inline constexpr InputRule nms_initializers[] = {{2, true, false, initializer}, {3, true, false, initializer}, {4, true, false, initializer}};
inline constexpr std::string_view resize_modes[] = {"nearest", "linear"};
inline constexpr std::string_view resize_coordinate_modes[] = {"half_pixel", "pytorch_half_pixel", "tf_half_pixel_for_nn", "asymmetric", "align_corners"};
inline constexpr std::string_view resize_nearest_modes[] = {"floor", "ceil", "round_prefer_floor", "round_prefer_ceil"};
inline constexpr AttributeRule resize_attributes[] = {
    {"mode", "nearest", resize_modes, "TensorRT resizes by nearest or linear only"},
    {"coordinate_transformation_mode", "half_pixel", resize_coordinate_modes, "TensorRT implements these coordinate transforms"},
    {"nearest_mode", "round_prefer_floor", resize_nearest_modes, "TensorRT implements these nearest roundings"}};

inline constexpr DTypes B = dtypes({DType::boolean});
inline constexpr DTypes F = dtypes({DType::float32, DType::float64});
inline constexpr DTypes F_H = dtypes({DType::float32, DType::float64, DType::float16});
inline constexpr DTypes F_H_I = dtypes({DType::float32, DType::float64, DType::float16, DType::int32, DType::int64});
inline constexpr DTypes F_H_I_B = dtypes({DType::float32, DType::float64, DType::float16, DType::int32, DType::int64, DType::boolean});
inline constexpr DTypes F_H_I_Q_B = dtypes({DType::float32, DType::float64, DType::float16, DType::int32, DType::int64, DType::int8, DType::boolean});
inline constexpr DTypes F_H_Q = dtypes({DType::float32, DType::float64, DType::float16, DType::int8});
inline constexpr DTypes F_H_Q_I = dtypes({DType::float32, DType::float64, DType::float16, DType::int8, DType::int32, DType::int64});
inline constexpr DTypes Q = dtypes({DType::int8});

inline constexpr OpRule ops[] = {
    {"Abs", 1, 1000, true, F_H_I, {}, {}},
    {"Acos", 1, 1000, true, F_H, {}, {}},
    {"Acosh", 1, 1000, true, F_H, {}, {}},
    {"Add", 1, 1000, true, F_H_I, {}, {}},
    {"And", 1, 1000, true, B, {}, {}},
    {"ArgMax", 1, 1000, true, F_H, {}, {}},
    {"ArgMin", 1, 1000, true, F_H, {}, {}},
    {"Asin", 1, 1000, true, F_H, {}, {}},
    {"Asinh", 1, 1000, true, F_H, {}, {}},
    {"Atan", 1, 1000, true, F_H, {}, {}},
    {"Atanh", 1, 1000, true, F_H, {}, {}},
    {"AveragePool", 1, 1000, true, F_H_Q_I, {}, {}},
    {"BatchNormalization", 1, 1000, true, F_H, {}, {}},
    {"Cast", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"Ceil", 1, 1000, true, F_H, {}, {}},
    {"Celu", 1, 1000, true, F_H, {}, {}},
    {"Clip", 1, 1000, true, F_H_Q, {}, {}},
    {"Concat", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"Constant", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"ConstantOfShape", 1, 1000, true, F, {}, {}},
    {"Conv", 1, 1000, true, F_H_Q, weights_initializer, {}},
    {"ConvTranspose", 1, 1000, true, F_H_Q, weights_initializer, {}},
    {"Cos", 1, 1000, true, F_H, {}, {}},
    {"Cosh", 1, 1000, true, F_H, {}, {}},
    {"CumSum", 1, 1000, true, F_H, axis_initializer, {}},
    {"DepthToSpace", 1, 1000, true, F_H_I, {}, {}},
    {"DequantizeLinear", 1, 1000, true, Q, {}, {}},
    {"Div", 1, 1000, true, F_H_I, {}, {}},
    {"Dropout", 1, 1000, true, F_H, {}, {}},
    {"Einsum", 1, 1000, true, F_H, {}, {}},
    {"Elu", 1, 1000, true, F_H_Q, {}, {}},
    {"Equal", 1, 1000, true, F_H_I, {}, {}},
    {"Erf", 1, 1000, true, F_H, {}, {}},
    {"Exp", 1, 1000, true, F_H, {}, {}},
    {"Expand", 1, 1000, true, F_H_I_B, {}, {}},
    {"EyeLike", 1, 1000, true, F_H_I_B, {}, {}},
    {"Flatten", 1, 1000, true, F_H_I_B, {}, {}},
    {"Floor", 1, 1000, true, F_H, {}, {}},
    {"Gather", 1, 1000, true, F_H_Q_I, {}, {}},
    {"GatherElements", 1, 1000, true, F_H_Q_I, {}, {}},
    {"GatherND", 1, 1000, true, F_H_Q_I, {}, {}},
    {"Gemm", 1, 1000, true, F_H_Q, {}, {}},
    {"GlobalAveragePool", 1, 1000, true, F_H_Q, {}, {}},
    {"GlobalLpPool", 1, 1000, true, F_H_Q, {}, {}},
    {"GlobalMaxPool", 1, 1000, true, F_H_Q, {}, {}},
    {"Greater", 1, 1000, true, F_H_I, {}, {}},
    {"GreaterOrEqual", 1, 1000, true, F_H_I, {}, {}},
    {"GRU", 1, 1000, true, F_H, {}, {}},
    {"HardSigmoid", 1, 1000, true, F_H_Q, {}, {}},
    {"Identity", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"If", 1, 1000, true, F_H_I_B, {}, {}},
    {"ImageScaler", 1, 1000, true, F_H, {}, {}},
    {"InstanceNormalization", 1, 1000, true, F_H, scale_bias_initializers, {}},
    {"IsNaN", 1, 1000, true, F_H_I, {}, {}},
    {"LeakyRelu", 1, 1000, true, F_H_Q, {}, {}},
    {"Less", 1, 1000, true, F_H_I, {}, {}},
    {"LessOrEqual", 1, 1000, true, F_H_I, {}, {}},
    {"Log", 1, 1000, true, F_H, {}, {}},
    {"LogSoftmax", 1, 1000, true, F_H, {}, {}},
    {"Loop", 1, 1000, true, F_H_I_B, {}, {}},
    {"LRN", 1, 1000, true, F_H, {}, {}},
    {"LSTM", 1, 1000, true, F_H, {}, {}},
    {"LpNormalization", 1, 1000, true, F_H, {}, {}},
    {"LpPool", 1, 1000, true, F_H_Q, {}, {}},
    {"MatMul", 1, 1000, true, F_H, {}, {}},
    {"Max", 1, 1000, true, F_H_I, {}, {}},
    {"MaxPool", 1, 1000, true, F_H_Q, {}, {}},
    {"Mean", 1, 1000, true, F_H_I, {}, {}},
    {"Min", 1, 1000, true, F_H_I, {}, {}},
    {"Mul", 1, 1000, true, F_H_I, {}, {}},
    {"Neg", 1, 1000, true, F_H_I, {}, {}},
    {"NonMaxSuppression", 1, 1000, true, F_H, nms_initializers, {}},
    {"Not", 1, 1000, true, B, {}, {}},
    {"Or", 1, 1000, true, B, {}, {}},
    {"Pad", 1, 1000, true, F_H_Q_I, {}, {}},
    {"Pow", 1, 1000, true, F_H, {}, {}},
    {"PRelu", 1, 1000, true, F_H_Q, {}, {}},
    {"QuantizeLinear", 1, 1000, true, F_H, {}, {}},
    {"RandomUniform", 1, 1000, true, F_H, {}, {}},
    {"RandomUniformLike", 1, 1000, true, F_H, {}, {}},
    {"Range", 1, 1000, true, F_H_I, {}, {}},
    {"ReduceL1", 1, 1000, true, F_H, {}, {}},
    {"ReduceL2", 1, 1000, true, F_H, {}, {}},
    {"ReduceLogSum", 1, 1000, true, F_H, {}, {}},
    {"ReduceLogSumExp", 1, 1000, true, F_H, {}, {}},
    {"ReduceMax", 1, 1000, true, F_H, {}, {}},
    {"ReduceMean", 1, 1000, true, F_H, {}, {}},
    {"ReduceMin", 1, 1000, true, F_H, {}, {}},
    {"ReduceProd", 1, 1000, true, F_H, {}, {}},
    {"ReduceSum", 1, 1000, true, F_H, {}, {}},
    {"ReduceSumSquare", 1, 1000, true, F_H, {}, {}},
    {"Relu", 1, 1000, true, F_H_Q, {}, {}},
    {"Reshape", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"Resize", 1, 1000, true, F_H, {}, resize_attributes},
    {"ReverseSequence", 1, 1000, true, F_H, {}, {}},
    {"RNN", 1, 1000, true, F_H, {}, {}},
    {"Round", 1, 1000, true, F_H_Q, {}, {}},
    {"Scan", 1, 1000, true, F_H, {}, {}},
    {"Scatter", 1, 1000, true, F_H_Q_I, {}, {}},
    {"ScatterElements", 1, 1000, true, F_H_Q_I, {}, {}},
    {"ScatterND", 1, 1000, true, F_H_Q_I, {}, {}},
    {"Selu", 1, 1000, true, F_H_Q, {}, {}},
    {"Shape", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"Sigmoid", 1, 1000, true, F_H_Q, {}, {}},
    {"Sign", 1, 1000, true, F_H_Q_I, {}, {}},
    {"Sin", 1, 1000, true, F_H, {}, {}},
    {"Sinh", 1, 1000, true, F_H, {}, {}},
    {"Size", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"Slice", 1, 1000, true, F_H_I_Q_B, slice_axes_initializer, {}},
    {"Softmax", 1, 1000, true, F_H, {}, {}},
    {"Softplus", 1, 1000, true, F_H_Q, {}, {}},
    {"Softsign", 1, 1000, true, F_H_Q, {}, {}},
    {"SpaceToDepth", 1, 1000, true, F_H_I, {}, {}},
    {"Split", 1, 1000, true, F_H_I_B, {}, {}},
    {"Sqrt", 1, 1000, true, F_H, {}, {}},
    {"Squeeze", 1, 1000, true, F_H_I_Q_B, axes_initializer, {}},
    {"Sub", 1, 1000, true, F_H_I, {}, {}},
    {"Sum", 1, 1000, true, F_H_I, {}, {}},
    {"Tan", 1, 1000, true, F_H, {}, {}},
    {"Tanh", 1, 1000, true, F_H_Q, {}, {}},
    {"ThresholdedRelu", 1, 1000, true, F_H_Q, {}, {}},
    {"Tile", 1, 1000, true, F_H_I_B, {}, {}},
    {"TopK", 1, 1000, true, F_H, k_initializer, {}},
    {"Transpose", 1, 1000, true, F_H_I_Q_B, {}, {}},
    {"Unsqueeze", 1, 1000, true, F_H_I_Q_B, axes_initializer, {}},
    {"Upsample", 1, 1000, true, F_H, {}, {}},
    {"Where", 1, 1000, true, F_H_I_B, {}, {}},
    {"Xor", 1, 1000, true, B, {}, {}},
    {"BitShift", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Compress", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"ConcatFromSequence", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"ConvInteger", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Det", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"DynamicQuantizeLinear", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Hardmax", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"IsInf", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"MatMulInteger", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"MaxRoiPool", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"MaxUnpool", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"MeanVarianceNormalization", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Mod", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Multinomial", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"NegativeLogLikelihoodLoss", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"NonZero", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"OneHot", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"QLinearConv", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"QLinearMatMul", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"RandomNormal", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"RandomNormalLike", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Reciprocal", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"RoiAlign", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SequenceAt", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SequenceConstruct", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SequenceEmpty", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SequenceErase", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SequenceInsert", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SequenceLength", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Shrink", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SoftmaxCrossEntropyLoss", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"SplitToSequence", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"StringNormalizer", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"TfIdfVectorizer", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    {"Unique", 1, 1000, false, any_dtype, {}, {}, 0, 0, "marked unsupported in the support matrix"},
    // Opsets 14-17, in the 8.6 release.
    {"HardSwish", 1, 1000, true, F_H_Q}, {"Trilu", 1, 1000, true, F_H_I_Q_B}, {"CastLike", 1, 1000, true, F_H_I_Q_B},
    {"LayerNormalization", 1, 1000, true, F_H},
};

} // namespace tensorrt_8_6_detail

inline constexpr opbridge::profile::Profile tensorrt_8_6{
    .name = "tensorrt-8.6",
    .description = "TensorRT 8.6 ONNX parser (onnx-tensorrt)",
    .source = "onnx-tensorrt docs/operators.md support matrix (supported ops, types, restrictions); opsets 9..17 for 8.6",
    .min_opset = 9,
    .max_opset = 17,
    .accepts_unlisted = false,
    .ops = tensorrt_8_6_detail::ops,
    .graph_input_dtypes = opbridge::profile::dtypes({DType::float32, DType::float16, DType::int8, DType::int32, DType::int64,
                                                     DType::boolean, DType::uint8, DType::float64}),
    .tensor_io_only = true,
    .unlisted_fix = "TensorRT's ONNX parser has no importer for it: write a TensorRT plugin, or cut the graph before it (opbridge cut)",
};

} // namespace opbridge::rules::profiles
