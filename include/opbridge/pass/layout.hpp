#pragma once
// Layouts as permutations. While a graph is converted between dialects, every source value
// is represented by a target tensor and a permutation `perm` with
//     target = Transpose(source, perm)        (ONNX Transpose semantics: dims[k] = src[perm[k]])
// The identity means "same layout as the source"; channels_last(4) = [0,2,3,1] is NCHW seen as
// NHWC, channels_first(4) = [0,3,1,2] is NHWC seen as NCHW. Ops convert with whatever perm is
// cheapest and a Transpose is only materialized where a consumer needs another one. One
// mechanism serves both directions; only the preferred spatial permutation differs.
//
// A Transpose that only moves dims of size 1 does not move data: it is a reshape, and the
// converter emits one (rank changes and unit-dim moves cost nothing at run time).

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/diagnostics.hpp"

namespace opbridge::layout {

using Perm = std::vector<int64_t>;

inline Perm identity(std::size_t rank) {
    Perm p(rank);
    std::iota(p.begin(), p.end(), 0);
    return p;
}
inline bool is_identity(const Perm& p) {
    for (std::size_t i = 0; i < p.size(); ++i)
        if (p[i] != static_cast<int64_t>(i)) return false;
    return true;
}
// NCHW -> NHWC for rank >= 3 (N, C, D1..Dk -> N, D1..Dk, C); the identity below rank 3.
inline Perm channels_last(std::size_t rank) {
    if (rank < 3) return identity(rank);
    Perm p{0};
    for (std::size_t i = 2; i < rank; ++i) p.push_back(static_cast<int64_t>(i));
    p.push_back(1);
    return p;
}
// NHWC -> NCHW: the inverse of channels_last.
inline Perm channels_first(std::size_t rank) {
    if (rank < 3) return identity(rank);
    Perm p{0, static_cast<int64_t>(rank) - 1};
    for (std::size_t i = 1; i + 1 < rank; ++i) p.push_back(static_cast<int64_t>(i));
    return p;
}
// Whether `p` holds each of 0 .. size-1 once (a perm read from a file may hold anything).
inline bool is_permutation(const Perm& p) {
    std::vector<bool> seen(p.size(), false);
    for (int64_t a : p) {
        if (a < 0 || a >= static_cast<int64_t>(p.size()) || seen[static_cast<std::size_t>(a)]) return false;
        seen[static_cast<std::size_t>(a)] = true;
    }
    return true;
}
inline Perm inverse(const Perm& p) {
    Perm inv(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) inv[static_cast<std::size_t>(p[i])] = static_cast<int64_t>(i);
    return inv;
}
// Transpose by `first`, then by `second`: one Transpose with the returned perm.
inline Perm then(const Perm& first, const Perm& second) {
    Perm r(second.size());
    for (std::size_t k = 0; k < second.size(); ++k) r[k] = first[static_cast<std::size_t>(second[k])];
    return r;
}
// The Transpose that takes a tensor held in layout `from` to layout `to` (same source value).
inline Perm between(const Perm& from, const Perm& to) { return then(inverse(from), to); }

// Where source axis `axis` (already non-negative) sits in a tensor held in layout `perm`.
inline int64_t axis_in(const Perm& perm, int64_t axis) { return inverse(perm)[static_cast<std::size_t>(axis)]; }

// The layout of a result whose source axis `axis` was replaced by `count` new axes, in place
// (Gather: by the indices' dims; count 0 drops the axis). The new axes sit where `axis` was
// held, in their own order; the other axes keep their held order.
inline Perm replace_axis(const Perm& perm, int64_t axis, std::size_t count) {
    const int64_t shift = static_cast<int64_t>(count) - 1;
    Perm out;
    for (int64_t a : perm) {
        if (a == axis)
            for (std::size_t k = 0; k < count; ++k) out.push_back(axis + static_cast<int64_t>(k));
        else out.push_back(a > axis ? a + shift : a);
    }
    return out;
}

// The layout of a result broadcast to `count` more leading axes (Expand, numpy broadcasting):
// the new axes come first, in order, then the old ones as they were held.
inline Perm with_leading_axes(const Perm& perm, std::size_t count) {
    Perm out = identity(count);
    for (int64_t a : perm) out.push_back(a + static_cast<int64_t>(count));
    return out;
}

// The layout a reduction's result is held in when the reduced source axes are dropped
// (keepdims=0): `perm` without them, the remaining source axes renumbered in order.
inline Perm without_axes(const Perm& perm, const std::vector<int64_t>& dropped) {
    Perm out;
    for (int64_t axis : perm) {
        if (std::find(dropped.begin(), dropped.end(), axis) != dropped.end()) continue;
        int64_t below = 0;
        for (int64_t d : dropped) below += d < axis ? 1 : 0;
        out.push_back(axis - below);
    }
    return out;
}

// `perm` with source axis `axis` moved to the end, the others keeping their order: the layout
// in which an op that works on the last axis (SOFTMAX, TOPK_V2) sees `axis` there.
inline Perm with_axis_last(const Perm& perm, int64_t axis) {
    Perm out;
    for (int64_t a : perm)
        if (a != axis) out.push_back(a);
    out.push_back(axis);
    return out;
}

// `dims` taken through `perm`. A shape declared in a file can disagree with the layout its op
// gives it (rank 3 where the input has rank 4): that stops the rule converting the op, and the
// lowering reports it against the node.
template <class T>
std::vector<T> permuted(const std::vector<T>& dims, const Perm& perm) {
    if (perm.size() != dims.size())
        fail("lower.shape", "", "", "a shape of rank " + std::to_string(dims.size()) + " is held in a layout of rank " +
                                        std::to_string(perm.size()) + ": the shapes the model declares for this node's values disagree",
             "fix the shapes declared in the source model (graph outputs, value_info)");
    std::vector<T> out(perm.size());
    for (std::size_t k = 0; k < perm.size(); ++k) out[k] = dims[static_cast<std::size_t>(perm[k])];
    return out;
}

// Whether Transpose(x, perm) with x of `dims` keeps the order of the dims larger than 1, so it
// can be a reshape.
inline bool moves_only_unit_dims(const std::vector<int64_t>& dims, const Perm& perm) {
    if (dims.size() != perm.size()) return false;
    int64_t last = -1;
    for (int64_t axis : perm) {
        if (dims[static_cast<std::size_t>(axis)] == 1) continue;
        if (axis < last) return false;
        last = axis;
    }
    return true;
}

// How a Reshape from `in_dims` to `out_dims` splits and merges: the dims larger than 1 of
// both shapes form runs of equal products ("groups"); group_of_in[i] is the group of input
// dim i (-1 for unit dims), out_groups[g] the output dims of group g.
struct ReshapeGroups {
    std::vector<int> group_of_in;
    std::vector<std::vector<int64_t>> out_groups;
};

inline std::optional<ReshapeGroups> reshape_groups(const std::vector<int64_t>& in_dims, const std::vector<int64_t>& out_dims) {
    for (int64_t d : in_dims)
        if (d <= 0) return std::nullopt;
    for (int64_t d : out_dims)
        if (d <= 0) return std::nullopt;
    std::vector<int64_t> in_big, out_big;
    for (std::size_t i = 0; i < in_dims.size(); ++i)
        if (in_dims[i] != 1) in_big.push_back(static_cast<int64_t>(i));
    for (std::size_t j = 0; j < out_dims.size(); ++j)
        if (out_dims[j] != 1) out_big.push_back(static_cast<int64_t>(j));
    ReshapeGroups r{std::vector<int>(in_dims.size(), -1), {}};
    std::size_t a = 0, b = 0;
    while (a < in_big.size() || b < out_big.size()) {
        if (a >= in_big.size() || b >= out_big.size()) return std::nullopt;
        int64_t pa = in_dims[static_cast<std::size_t>(in_big[a])], pb = out_dims[static_cast<std::size_t>(out_big[b])];
        int group = static_cast<int>(r.out_groups.size());
        r.group_of_in[static_cast<std::size_t>(in_big[a++])] = group;
        r.out_groups.push_back({out_big[b++]});
        while (pa != pb) {
            if (pa < pb) {
                if (a >= in_big.size()) return std::nullopt;
                if (__builtin_mul_overflow(pa, in_dims[static_cast<std::size_t>(in_big[a])], &pa)) return std::nullopt;  // declared sizes beyond int64
                r.group_of_in[static_cast<std::size_t>(in_big[a++])] = group;
            } else {
                if (b >= out_big.size()) return std::nullopt;
                if (__builtin_mul_overflow(pb, out_dims[static_cast<std::size_t>(out_big[b])], &pb)) return std::nullopt;
                r.out_groups.back().push_back(out_big[b++]);
            }
        }
    }
    return r;
}

// A Reshape of a source value held in layout `in_perm`, done directly on the held tensor when
// the reshape only splits and merges dims that the layout keeps together and in order.
// Returns the layout the result is held in (preferring `preferred`, then the identity), or
// nullopt when the data would have to move first. Shapes must be static.
inline std::optional<Perm> reshape_layout(const std::vector<int64_t>& in_dims, const Perm& in_perm,
                                          const std::vector<int64_t>& out_dims, const Perm& preferred) {
    auto groups = reshape_groups(in_dims, out_dims);
    if (!groups) return std::nullopt;
    // The held tensor visits the non-unit source dims in perm order: each group must appear
    // as one run, in increasing order.
    std::vector<int> order;
    int64_t previous_axis = -1;
    int current = -1;
    std::vector<bool> seen(groups->out_groups.size(), false);
    for (int64_t axis : in_perm) {
        int g = groups->group_of_in[static_cast<std::size_t>(axis)];
        if (g < 0) continue;
        if (g != current) {
            if (seen[static_cast<std::size_t>(g)]) return std::nullopt;
            seen[static_cast<std::size_t>(g)] = true;
            order.push_back(g);
            current = g;
        } else if (axis < previous_axis) {
            return std::nullopt;
        }
        previous_axis = axis;
    }
    std::vector<int64_t> wanted;
    for (int g : order)
        for (int64_t j : groups->out_groups[static_cast<std::size_t>(g)]) wanted.push_back(j);
    auto fits = [&](const Perm& candidate) {
        if (candidate.size() != out_dims.size()) return false;
        std::vector<int64_t> big;
        for (int64_t j : candidate)
            if (out_dims[static_cast<std::size_t>(j)] != 1) big.push_back(j);
        return big == wanted;
    };
    if (fits(preferred)) return preferred;
    Perm id = identity(out_dims.size());
    if (fits(id)) return id;
    // Unit dims stay where they are; the others take the order the data has.
    Perm built = id;
    std::size_t next = 0;
    for (auto& j : built)
        if (out_dims[static_cast<std::size_t>(j)] != 1) j = wanted[next++];
    return built;
}

// When reshape_layout refuses: the layout closest to `in_perm` in which it would not — each
// group's dims together and in order, groups in the order in which the held tensor first
// reaches them. Moving the data there is the least a Reshape of that value needs.
inline std::optional<Perm> reshape_ready_layout(const std::vector<int64_t>& in_dims, const Perm& in_perm,
                                                const std::vector<int64_t>& out_dims) {
    auto groups = reshape_groups(in_dims, out_dims);
    if (!groups) return std::nullopt;
    std::vector<int64_t> big_order;
    std::vector<bool> placed(groups->out_groups.size(), false);
    for (int64_t axis : in_perm) {
        int g = groups->group_of_in[static_cast<std::size_t>(axis)];
        if (g < 0 || placed[static_cast<std::size_t>(g)]) continue;
        placed[static_cast<std::size_t>(g)] = true;
        for (std::size_t i = 0; i < in_dims.size(); ++i)
            if (groups->group_of_in[i] == g) big_order.push_back(static_cast<int64_t>(i));
    }
    Perm out = in_perm;
    std::size_t next = 0;
    for (auto& axis : out)
        if (groups->group_of_in[static_cast<std::size_t>(axis)] >= 0) axis = big_order[next++];
    return out;
}

inline std::string to_string(const Perm& p) {
    std::string s = "[";
    for (std::size_t i = 0; i < p.size(); ++i) s += (i ? "," : "") + std::to_string(p[i]);
    return s + "]";
}

} // namespace opbridge::layout
