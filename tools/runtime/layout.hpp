// Matching tensors across layouts: an ONNX model computes rank-4 tensors as NCHW where its
// TFLite conversion computes NHWC. When two tensors' dims are equal up to such a
// permutation, one is transposed before comparing. The match is by dims alone, so a tensor
// whose dims are equal as they are is compared as it is (the identity is tried first).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "reference_runtime.hpp"

namespace opbridge::testing {

// Every permutation p with to[i] == from[p[i]] for every i among the identity, NCHW -> NHWC
// ([0,2,3,1]) and NHWC -> NCHW ([0,3,1,2]), in that order. More than one fits when the
// channels, height and width are all equal ([1,32,32,32]).
inline std::vector<std::vector<int>> layout_permutations(const std::vector<int64_t>& from, const std::vector<int64_t>& to) {
    std::vector<std::vector<int>> fitting;
    if (from.size() != to.size()) return fitting;
    std::vector<std::vector<int>> candidates;
    std::vector<int> identity(from.size());
    for (std::size_t i = 0; i < identity.size(); ++i) identity[i] = static_cast<int>(i);
    candidates.push_back(identity);
    if (from.size() == 4) {
        candidates.push_back({0, 2, 3, 1});
        candidates.push_back({0, 3, 1, 2});
    }
    for (const auto& p : candidates) {
        bool fits = true;
        for (std::size_t i = 0; fits && i < to.size(); ++i) fits = to[i] == from[static_cast<std::size_t>(p[i])];
        if (fits) fitting.push_back(p);
    }
    return fitting;
}

// The first of layout_permutations(from, to); nothing when none fits.
inline std::optional<std::vector<int>> layout_permutation(const std::vector<int64_t>& from, const std::vector<int64_t>& to) {
    auto fitting = layout_permutations(from, to);
    if (fitting.empty()) return std::nullopt;
    return fitting.front();
}

// `t` transposed so that result.dims[i] == t.dims[perm[i]] (numpy.transpose(t, perm)).
// String tensors are returned unchanged.
inline HostTensor transposed(const HostTensor& t, const std::vector<int>& perm) {
    bool identity = true;
    for (std::size_t i = 0; i < perm.size(); ++i) identity = identity && perm[i] == static_cast<int>(i);
    if (identity || t.dtype == DType::string || perm.size() != t.dims.size()) return t;
    const std::size_t rank = perm.size();
    const std::size_t element = dtype_size(t.dtype);
    HostTensor out = t;
    for (std::size_t i = 0; i < rank; ++i) out.dims[i] = t.dims[static_cast<std::size_t>(perm[i])];
    std::vector<int64_t> in_strides(rank, 1);
    for (std::size_t i = rank - 1; i > 0; --i) in_strides[i - 1] = in_strides[i] * t.dims[i];
    const int64_t count = t.element_count();
    std::vector<int64_t> index(rank, 0);  // position in `out`
    for (int64_t flat = 0; flat < count; ++flat) {
        int64_t source = 0;
        for (std::size_t i = 0; i < rank; ++i) source += index[i] * in_strides[static_cast<std::size_t>(perm[i])];
        std::memcpy(out.data.data() + static_cast<std::size_t>(flat) * element,
                    t.data.data() + static_cast<std::size_t>(source) * element, element);
        for (std::size_t i = rank; i-- > 0;) {
            if (++index[i] < out.dims[i]) break;
            index[i] = 0;
        }
    }
    return out;
}

} // namespace opbridge::testing
