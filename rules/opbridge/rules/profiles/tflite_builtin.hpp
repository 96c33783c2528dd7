#pragma once
// The ONNX ops that opbridge's ONNX -> TFLite conversion lowers to TFLite builtin operators
// (issue #5's list): a model is accepted when every node is one of these, in a form TFLite
// can express. Shape-computing ops (Shape, Constant, ConstantOfShape, Identity...) are folded
// where shapes are static.

#include "opbridge/profile.hpp"

namespace opbridge::rules::profiles {

namespace tflite_builtin_detail {
using namespace opbridge::profile;

inline constexpr char static_operand[] = "TFLite takes this operand as a constant tensor or a static option";
inline constexpr InputRule first_constant[] = {{0, true, false, static_operand}};
inline constexpr InputRule second_constant[] = {{1, true, false, static_operand}};
inline constexpr InputRule rest_constant[] = {{-1, true, false, static_operand}};
inline constexpr std::string_view modes[] = {"nearest", "linear"};
inline constexpr std::string_view coordinate_modes[] = {"asymmetric", "align_corners", "half_pixel"};
inline constexpr AttributeRule resize_attributes[] = {
    {"mode", "nearest", modes, "RESIZE_NEAREST_NEIGHBOR and RESIZE_BILINEAR are TFLite's only resize ops"},
    {"coordinate_transformation_mode", "half_pixel", coordinate_modes,
     "TFLite's resize ops express asymmetric, align_corners and half_pixel_centers only"}};
inline constexpr AttributeRule upsample_attributes[] = {
    {"mode", "nearest", modes, "RESIZE_NEAREST_NEIGHBOR and RESIZE_BILINEAR are TFLite's only resize ops"}};
inline constexpr std::string_view no_ceil[] = {"0"};
inline constexpr AttributeRule pool_attributes[] = {
    {"ceil_mode", "0", no_ceil, "TFLite pooling rounds output sizes down"}};

inline constexpr OpRule ops[] = {
    {"Conv"}, {"ConvTranspose", 1, 1000, true, any_dtype, rest_constant},
    {"Gemm"}, {"MatMul"}, {"BatchNormalization", 1, 1000, true, any_dtype, rest_constant},
    {"Relu"}, {"Clip", 1, 1000, true, any_dtype, rest_constant}, {"LeakyRelu"}, {"PRelu", 1, 1000, true, any_dtype, second_constant},
    {"Sigmoid"}, {"Tanh"}, {"HardSigmoid"}, {"HardSwish"}, {"Gelu"}, {"Erf"}, {"Elu"}, {"Softplus"},
    {"Add"}, {"Sub"}, {"Mul"}, {"Div"}, {"Pow"}, {"Sqrt"}, {"Exp"}, {"Log"}, {"Neg"}, {"Abs"}, {"Min"}, {"Max"},
    {"Equal"}, {"Greater"}, {"Less"}, {"Where"},
    {"MaxPool", 1, 1000, true, any_dtype, {}, pool_attributes}, {"AveragePool", 1, 1000, true, any_dtype, {}, pool_attributes},
    {"GlobalAveragePool"}, {"GlobalMaxPool"},
    {"Reshape", 1, 1000, true, any_dtype, second_constant}, {"Flatten"}, {"Squeeze", 1, 1000, true, any_dtype, second_constant},
    {"Unsqueeze", 1, 1000, true, any_dtype, second_constant}, {"Transpose"}, {"Concat"},
    {"Split", 1, 1000, true, any_dtype, second_constant}, {"Slice", 1, 1000, true, any_dtype, rest_constant}, {"Gather"},
    {"GatherND"}, {"Pad", 1, 1000, true, any_dtype, rest_constant}, {"Tile", 1, 1000, true, any_dtype, second_constant},
    {"Expand", 1, 1000, true, any_dtype, second_constant},
    {"Resize", 11, 1000, true, any_dtype, rest_constant, resize_attributes},
    {"Resize", 10, 10, true, any_dtype, rest_constant, upsample_attributes},
    {"Upsample", 1, 9, true, any_dtype, second_constant, upsample_attributes},
    {"ReduceMean"}, {"ReduceSum"}, {"ReduceMax"}, {"ReduceMin"}, {"ReduceProd"}, {"Softmax"}, {"LogSoftmax"},
    {"LayerNormalization"}, {"Cast"}, {"TopK", 1, 1000, true, any_dtype, second_constant}, {"ArgMax"},
    {"NonMaxSuppression", 1, 1000, true, any_dtype, rest_constant},
    // Folded at conversion time where shapes are static.
    {"Shape"}, {"Constant"}, {"ConstantOfShape", 1, 1000, true, any_dtype, first_constant},
    {"Identity"}, {"Dropout"},
};

} // namespace tflite_builtin_detail

inline constexpr opbridge::profile::Profile tflite_builtin{
    .name = "tflite-builtin",
    .description = "TFLite builtin operators, through opbridge's ONNX -> TFLite conversion",
    .source = "opbridge issue #5: the ONNX ops the ONNX -> TFLite rules lower",
    .min_opset = 7,
    .max_opset = 21,
    .accepts_unlisted = false,
    .ops = tflite_builtin_detail::ops,
    .tensor_io_only = true,
    .unlisted_fix = "no TFLite builtin lowers it: cut the graph before it (opbridge cut) and run the rest in the host "
                    "program, or decompose it into listed ops",
};

} // namespace opbridge::rules::profiles
