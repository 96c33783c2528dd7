#pragma once
// Every consumer profile opbridge ships, looked up by name (check/convert --profile NAME).

#include <array>

#include "opbridge/rules/profiles/onnxruntime.hpp"
#include "opbridge/rules/profiles/opencv_dnn.hpp"
#include "opbridge/rules/profiles/tensorrt.hpp"
#include "opbridge/rules/profiles/tflite_builtin.hpp"
#include "opbridge/rules/profiles/tvm.hpp"

namespace opbridge::rules::profiles {

inline constexpr std::array<const opbridge::profile::Profile*, 9> all = {
    &onnxruntime_1_10, &onnxruntime_1_14, &onnxruntime_1_17, &onnxruntime_1_18, &onnxruntime_1_30,
    &opencv_dnn_4_6, &tensorrt_8_6, &tvm, &tflite_builtin};

static_assert(opbridge::profile::entries_unique(onnxruntime_1_30), "onnxruntime: two entries claim one op version");
static_assert(opbridge::profile::entries_unique(opencv_dnn_4_6), "opencv-dnn-4.6: two entries claim one op version");
static_assert(opbridge::profile::entries_unique(tensorrt_8_6), "tensorrt-8.6: two entries claim one op version");
static_assert(opbridge::profile::entries_unique(tvm), "tvm: two entries claim one op version");
static_assert(opbridge::profile::entries_unique(tflite_builtin), "tflite-builtin: two entries claim one op version");

// The profile called `name`, or nullptr.
inline const opbridge::profile::Profile* find(std::string_view name) { return opbridge::profile::find_profile(all, name); }

} // namespace opbridge::rules::profiles
