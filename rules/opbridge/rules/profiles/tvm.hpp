#pragma once
// Apache TVM's Relay ONNX frontend (relay.frontend.from_onnx): the ops in its converter map,
// read from the frontend's _get_convert_map of the v0.7 line. An op outside the map is
// refused at import with "operators are not supported for frontend ONNX". That map keys
// the inverse trigonometric ops as "ACos", "ASin"... so ONNX's Acos/Asin/Atan/Acosh/Asinh/Atanh
// find no converter, and Softplus is keyed "SoftPlus".

#include "opbridge/profile.hpp"

namespace opbridge::rules::profiles {

namespace tvm_detail {
using namespace opbridge::profile;

inline constexpr OpRule ops[] = {
    {"Identity"}, {"Affine"}, {"ThresholdedRelu"}, {"ScaledTanh"}, {"ParametricSoftplus"}, {"ConstantOfShape"},
    {"FC"}, {"Scale"}, {"Upsample"}, {"SpatialBN"}, {"Add"}, {"Sub"}, {"Mul"}, {"Div"}, {"Neg"}, {"Abs"},
    {"Reciprocal"}, {"Floor"}, {"Ceil"}, {"Round"}, {"IsInf"}, {"IsNaN"}, {"Sqrt"}, {"Relu"}, {"LeakyRelu"},
    {"Selu"}, {"Elu"}, {"Exp"}, {"Greater"}, {"Less"}, {"Log"}, {"Cos"}, {"Cosh"}, {"Sin"}, {"Sinh"}, {"Tan"},
    {"Tanh"}, {"Pow"}, {"PRelu"}, {"Sigmoid"}, {"HardSigmoid"}, {"Max"}, {"Min"}, {"Sum"}, {"Mean"}, {"Clip"},
    {"Softmax"}, {"LogSoftmax"}, {"OneHot"}, {"Softsign"}, {"SoftPlus"}, {"Gemm"}, {"MatMul"}, {"Mod"}, {"Xor"},
    {"AveragePool"}, {"LpPool"}, {"MaxPool"}, {"Conv"}, {"ConvTranspose"}, {"GlobalAveragePool"},
    {"GlobalMaxPool"}, {"BatchNormalization"}, {"InstanceNormalization"}, {"Dropout"}, {"Flatten"}, {"LRN"},
    {"LSTM"}, {"GRU"}, {"MaxRoiPool"}, {"RoiAlign"}, {"ReduceMax"}, {"ReduceMin"}, {"ReduceSum"}, {"ReduceMean"},
    {"ReduceProd"}, {"ReduceLogSumExp"}, {"ReduceLogSum"}, {"ReduceSumSquare"}, {"ReduceL1"}, {"ReduceL2"},
    {"ArgMax"}, {"ArgMin"}, {"TopK"}, {"Cast"}, {"Reshape"}, {"Expand"}, {"Concat"}, {"Split"}, {"Slice"},
    {"Transpose"}, {"DepthToSpace"}, {"SpaceToDepth"}, {"Gather"}, {"GatherElements"}, {"GatherND"}, {"Scatter"},
    {"ScatterElements"}, {"Squeeze"}, {"Unsqueeze"}, {"Pad"}, {"Shape"}, {"Sign"}, {"Equal"}, {"Not"}, {"And"},
    {"Tile"}, {"Erf"}, {"Where"}, {"Or"}, {"Resize"}, {"NonZero"}, {"Range"}, {"Loop"}, {"Constant"},
    {"Softplus", 1, 1000, false, any_dtype, {}, {}, 0, 0, "the converter map keys it as 'SoftPlus'", "replace it by Log(Exp(x) + 1)"},
};

} // namespace tvm_detail

inline constexpr opbridge::profile::Profile tvm{
    .name = "tvm",
    .description = "Apache TVM Relay ONNX frontend (v0.7 line)",
    .source = "TVM python/tvm/relay/frontend/onnx.py, _get_convert_map",
    .min_opset = 1,
    .max_opset = 13,
    .accepts_unlisted = false,
    .ops = tvm_detail::ops,
    .rejects_other_domains = true,
    .unlisted_fix = "TVM's ONNX frontend has no converter for it: decompose it into supported ops, or register a converter",
};

} // namespace opbridge::rules::profiles
