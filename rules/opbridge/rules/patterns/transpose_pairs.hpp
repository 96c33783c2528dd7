#pragma once
// Transpose(Transpose(x, perm=p), perm=q) where q undoes p  ==>  x. Layout passes leave such
// pairs at the borders of regions they rewrite; the pair is an identity.
#include "opbridge/rule/pattern.hpp"

namespace opbridge::rules::patterns {
using namespace opbridge::rule;

// NCHW -> NHWC followed by NHWC -> NCHW, and the reverse: the pairs layout conversion makes.
inline constexpr auto transpose_nchw_nhwc_pair_rule =
    pattern(op<"Transpose">(op<"Transpose">(var<"x">).where(attr<"perm">.ints(0, 2, 3, 1))).where(attr<"perm">.ints(0, 3, 1, 2)))
        .rewrite(op<"Identity">(var<"x">));
inline constexpr auto transpose_nhwc_nchw_pair_rule =
    pattern(op<"Transpose">(op<"Transpose">(var<"x">).where(attr<"perm">.ints(0, 3, 1, 2))).where(attr<"perm">.ints(0, 2, 3, 1)))
        .rewrite(op<"Identity">(var<"x">));
inline constexpr PatternEntry transpose_pairs[] = {
    pattern_entry<transpose_nchw_nhwc_pair_rule, "Transpose(0,2,3,1) then (0,3,1,2) -> Identity">(),
    pattern_entry<transpose_nhwc_nchw_pair_rule, "Transpose(0,3,1,2) then (0,2,3,1) -> Identity">(),
};

} // namespace opbridge::rules::patterns
