#pragma once
// ONNX Runtime's CPU execution provider, by release. Each release implements the ONNX opsets
// up to the one in ONNX Runtime's version table (docs/Versioning.md; 1.30 measured here:
// onnxruntime-node 1.30 loads opset 26), back to opset 7. Its kernels cover the ONNX schemas
// except where OperatorKernels.md lists fewer types; the gaps that bite in practice are below.

#include "opbridge/profile.hpp"

namespace opbridge::rules::profiles {

namespace onnxruntime_detail {
using namespace opbridge::profile;

inline constexpr DTypes arithmetic = dtypes({DType::float32, DType::float64, DType::int32, DType::int64});
inline constexpr DTypes clip_12 = dtypes({DType::float32, DType::float64, DType::float16, DType::int8, DType::uint8,
                                          DType::int32, DType::uint32, DType::int64, DType::uint64});

inline constexpr OpRule kernel_gaps[] = {
    {"Clip", 1, 11, true, dtypes({DType::float32}), {}, {}, 0, 0,
     "the CPU kernels of Clip-6 and Clip-11 are registered for float only; Clip-12 adds integer types",
     "convert to opset 12 or later (opbridge convert --opset 12), or insert a Cast to float around the Clip"},
    {"Clip", 12, 1000, true, clip_12},
    {"Add", 1, 1000, true, arithmetic, {}, {}, 0, 0, "the CPU kernel is registered for float, double, int32 and int64 only"},
    {"Sub", 1, 1000, true, arithmetic, {}, {}, 0, 0, "the CPU kernel is registered for float, double, int32 and int64 only"},
    {"Mul", 1, 1000, true, arithmetic, {}, {}, 0, 0, "the CPU kernel is registered for float, double, int32 and int64 only"},
    {"Div", 1, 1000, true, arithmetic, {}, {}, 0, 0, "the CPU kernel is registered for float, double, int32 and int64 only"},
};

constexpr Profile release(std::string_view name, std::string_view description, int max_opset) {
    Profile p;
    p.name = name;
    p.description = description;
    p.source = "ONNX Runtime docs/Versioning.md (opset per release) and docs/OperatorKernels.md (CPU kernel types)";
    p.min_opset = 7;
    p.max_opset = max_opset;
    p.accepts_unlisted = true;
    p.ops = kernel_gaps;
    p.rejects_other_domains = false;  // com.microsoft contrib ops and ai.onnx.ml have kernels
    p.unlisted_fix = "";
    return p;
}

} // namespace onnxruntime_detail

inline constexpr auto onnxruntime_1_10 = onnxruntime_detail::release("onnxruntime-1.10", "ONNX Runtime 1.10 to 1.13, CPU (opsets 7..15)", 15);
inline constexpr auto onnxruntime_1_14 = onnxruntime_detail::release("onnxruntime-1.14", "ONNX Runtime 1.14, CPU (opsets 7..18)", 18);
inline constexpr auto onnxruntime_1_17 = onnxruntime_detail::release("onnxruntime-1.17", "ONNX Runtime 1.17, CPU (opsets 7..20)", 20);
inline constexpr auto onnxruntime_1_18 = onnxruntime_detail::release("onnxruntime-1.18", "ONNX Runtime 1.18 to 1.20, CPU (opsets 7..21)", 21);
inline constexpr auto onnxruntime_1_30 = onnxruntime_detail::release("onnxruntime-1.30", "ONNX Runtime 1.30, CPU (opsets 7..26, measured with onnxruntime-node 1.30)", 26);

} // namespace opbridge::rules::profiles
