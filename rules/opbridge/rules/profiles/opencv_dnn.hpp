#pragma once
// OpenCV DNN 4.6 (the version Debian bookworm ships, libopencv-dnn406) reading ONNX with
// cv::dnn::readNetFromONNX. Facts from its ONNX importer's supported-layer list, checked
// for real by tests/profiles/opencv_validation.cpp, which loads every model of the test
// corpus in OpenCV and compares; what OpenCV really did decided every entry below.

#include "opbridge/profile.hpp"

namespace opbridge::rules::profiles {

namespace opencv_dnn_4_6_detail {
using namespace opbridge::profile;

inline constexpr char folded[] =
    "the importer reads this input as a weight blob, so it must be an initializer or folded from constants";
inline constexpr InputRule first_constant[] = {{0, true, false, folded}};
inline constexpr InputRule second_constant[] = {{1, true, false, folded}};
inline constexpr InputRule rest_constant[] = {{-1, true, false, folded}};
inline constexpr InputRule batchnorm_inputs[] = {{1, true, false, folded}, {2, true, false, folded},
                                                 {3, true, false, folded}, {4, true, false, folded}};
inline constexpr InputRule no_output_shape[] = {
    {2, false, true, "the importer has no place for MaxUnpool's output_shape input"}};
inline constexpr InputRule identity_of_computed[] = {
    {0, false, false, "the importer makes an Identity layer, which has nothing to run on a weight blob", true}};
inline constexpr InputRule squeeze_no_axes_input[] = {
    {1, false, true, "the importer takes Squeeze axes only as the attribute of Squeeze-1/11"}};
inline constexpr InputRule clip_no_inputs[] = {
    {1, false, true, "the importer takes min/max only as Clip-6 attributes"},
    {2, false, true, "the importer takes min/max only as Clip-6 attributes"}};

inline constexpr AttributeRule kernel_shape_given[] = {
    {"kernel_shape", "", {}, "the importer does not derive the kernel size from the weights"}};
inline constexpr std::string_view nearest_only[] = {"nearest"};
inline constexpr std::string_view nearest_linear[] = {"nearest", "linear"};
inline constexpr std::string_view opencv_coordinate_modes[] = {"half_pixel", "pytorch_half_pixel", "align_corners", "asymmetric"};
inline constexpr AttributeRule upsample_modes[] = {
    {"mode", "nearest", nearest_only, "Upsample's 'linear' has no OpenCV layer; Resize-11 linear does"}};
inline constexpr AttributeRule resize10_modes[] = {
    {"mode", "nearest", nearest_only, "Resize-10 'linear' is not mapped to OpenCV's bilinear layer"}};
inline constexpr AttributeRule resize11_modes[] = {
    {"mode", "nearest", nearest_linear, "OpenCV resizes by nearest or bilinear only"},
    {"coordinate_transformation_mode", "half_pixel", opencv_coordinate_modes,
     "OpenCV's resize layer implements these coordinate transforms only"}};

// Eltwise layers with two computed operands need them of one rank, at least 2.
inline constexpr char eltwise[] = "OpenCV's eltwise layer broadcasts computed operands only between equal ranks of 2 or more";

inline constexpr OpRule ops[] = {
    // Elementwise, one input.
    {"Abs"}, {"Acos"}, {"Acosh"}, {"Asin"}, {"Asinh"}, {"Atan"}, {"Atanh"}, {"Ceil"}, {"Celu"}, {"Cos"}, {"Cosh"},
    {"Elu"}, {"Erf"}, {"Exp"}, {"Floor"}, {"HardSigmoid"}, {"HardSwish"}, {"LeakyRelu"}, {"Log"}, {"Neg"}, {"Not"},
    {"Reciprocal"}, {"Relu"}, {"Round"}, {"Selu"}, {"Shrink"}, {"Sigmoid"}, {"Sign"}, {"Sin"}, {"Sinh"},
    {"Softplus"}, {"Softsign"}, {"Sqrt"}, {"Tan"}, {"Tanh"}, {"ThresholdedRelu"}, {"Dropout"},
    {"Cast"}, {"Softmax"}, {"LogSoftmax"}, {"DepthToSpace"}, {"SpaceToDepth"}, {"CumSum"}, {"Flatten"},
    {"Transpose"}, {"Concat"}, {"Shape"}, {"Constant"},
    {"Identity", 1, 1000, true, any_dtype, identity_of_computed},
    {"Clip", 1, 6},
    {"Clip", 11, 1000, true, any_dtype, clip_no_inputs, {}, 0, 0, "",
     "convert to opset 10 or lower, where Clip-6 holds constant min/max as attributes (opbridge convert --profile opencv-dnn-4.6)"},
    // Elementwise, two or more inputs.
    {"Add", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise},
    {"Sub", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise},
    {"Mul", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise, "", false},
    {"Div", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise, "", false},
    {"Sum", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise},
    {"Max", 1, 1000, true, any_dtype, {}, {}, 2, 2, eltwise},
    {"Min", 1, 1000, true, any_dtype, {}, {}, 2, 2, eltwise},
    {"Equal", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise},
    {"Greater", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise},
    {"Less", 1, 1000, true, any_dtype, {}, {}, 0, 2, eltwise},
    {"Pow", 1, 1000, true, any_dtype, second_constant, {}, 0, 0, "OpenCV raises to a constant power only"},
    // Layers with weights.
    {"Conv", 1, 1000, true, any_dtype, {}, kernel_shape_given},
    {"ConvTranspose", 1, 1000, true, any_dtype, rest_constant, kernel_shape_given},
    {"MatMul"},
    {"Gemm", 1, 1000, true, any_dtype, rest_constant},
    {"BatchNormalization", 1, 1000, true, any_dtype, batchnorm_inputs},
    {"InstanceNormalization", 1, 1000, true, any_dtype, rest_constant},
    {"PRelu", 1, 1000, true, any_dtype, second_constant},
    {"LSTM", 1, 1000, true, any_dtype, rest_constant, {}, 4, 0, "the importer needs W, R and B as initializers"},
    {"GRU", 1, 1000, true, any_dtype, rest_constant, {}, 6, 0, "the importer needs all six GRU inputs"},
    {"QuantizeLinear", 1, 1000, true, any_dtype, rest_constant},
    {"DequantizeLinear", 1, 1000, true, any_dtype, rest_constant},
    {"QLinearConv", 1, 1000, true, any_dtype, rest_constant},
    {"QLinearMatMul", 1, 1000, true, any_dtype, rest_constant},
    // Pooling and reductions.
    {"AveragePool"}, {"MaxPool"}, {"GlobalAveragePool"}, {"GlobalMaxPool"}, {"LRN"}, {"ArgMax"}, {"ArgMin"},
    {"MaxUnpool", 1, 1000, true, any_dtype, no_output_shape},
    {"ReduceL1"}, {"ReduceL2"}, {"ReduceLogSum"}, {"ReduceLogSumExp"}, {"ReduceMax"}, {"ReduceMean"}, {"ReduceMin"},
    {"ReduceProd"}, {"ReduceSumSquare"},
    {"ReduceSum", 1, 1000, true, any_dtype, second_constant},
    // Shapes: the importer computes shapes at load time, so shape operands must be known then.
    {"Reshape", 1, 1000, true, any_dtype, second_constant},
    {"Expand", 1, 1000, true, any_dtype, second_constant},
    {"Squeeze", 1, 12},
    {"Squeeze", 13, 1000, true, any_dtype, squeeze_no_axes_input, {}, 0, 0, "",
     "convert to opset 12 or lower, where Squeeze holds axes as an attribute (opbridge convert --profile opencv-dnn-4.6)"},
    {"Unsqueeze", 1, 1000, true, any_dtype, second_constant},
    {"Slice", 1, 1000, true, any_dtype, rest_constant},
    {"Split", 1, 1000, true, any_dtype, second_constant},
    {"Gather", 1, 1000, true, any_dtype, second_constant},
    {"Pad", 1, 1000, true, any_dtype, rest_constant},
    {"ConstantOfShape", 1, 1000, true, any_dtype, first_constant},
    // Resizing.
    {"Upsample", 1, 9, true, any_dtype, second_constant, upsample_modes, 0, 0, "",
     "for mode 'linear', convert to opset 11 or later, where Resize-11 linear/asymmetric computes the same (opbridge convert --profile opencv-dnn-4.6)"},
    {"Resize", 10, 10, true, any_dtype, rest_constant, resize10_modes, 0, 0, "",
     "convert to opset 11 or later (opbridge convert --profile opencv-dnn-4.6)"},
    {"Resize", 11, 1000, true, any_dtype, rest_constant, resize11_modes},
};

} // namespace opencv_dnn_4_6_detail

inline constexpr opbridge::profile::Profile opencv_dnn_4_6{
    .name = "opencv-dnn-4.6",
    .description = "OpenCV 4.6 DNN module, cv::dnn::readNetFromONNX (Debian bookworm's libopencv-dnn406)",
    .source = "OpenCV 4.6 ONNX importer's layer list, validated against the real library on the ONNX node tests and torchvision exports",
    .min_opset = 1,
    .max_opset = 17,
    .accepts_unlisted = false,
    .ops = opencv_dnn_4_6_detail::ops,
    .graph_input_dtypes = opbridge::profile::dtypes({DType::float32, DType::float64, DType::int8, DType::uint8, DType::int16,
                                                     DType::uint16, DType::int32, DType::int64, DType::uint32, DType::uint64,
                                                     DType::boolean}),
    .tensor_io_only = true,
    .io_shapes_required = true,
    .rejects_constant_graph = true,
    .rejects_unused_inputs = true,
    .unlisted_fix = "OpenCV 4.6 has no layer for it: cut the graph before it (opbridge cut) and compute the rest outside, "
                    "or register a custom layer",
};

} // namespace opbridge::rules::profiles
