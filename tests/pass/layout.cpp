// Layouts as permutations (include/opbridge/pass/layout.hpp).

#include <catch2/catch.hpp>

#include "opbridge/pass/layout.hpp"

using namespace opbridge::layout;

TEST_CASE("channels_last and channels_first are inverse permutations") {
    CHECK(channels_last(4) == Perm{0, 2, 3, 1});
    CHECK(channels_first(4) == Perm{0, 3, 1, 2});
    CHECK(inverse(channels_last(5)) == channels_first(5));
    CHECK(is_identity(then(channels_last(4), channels_first(4))));
    CHECK(channels_last(2) == Perm{0, 1});
}

TEST_CASE("between gives the Transpose from one held layout to another") {
    // NCHW held as NHWC, wanted back as NCHW: Transpose by [0,3,1,2].
    CHECK(between(channels_last(4), identity(4)) == Perm{0, 3, 1, 2});
    CHECK(is_identity(between(channels_last(4), channels_last(4))));
    CHECK(axis_in(channels_last(4), 1) == 3);  // the channel axis of an NHWC-held tensor
}

TEST_CASE("a transpose that moves only unit dims does not move data") {
    CHECK(moves_only_unit_dims({1, 8, 1, 1}, {0, 2, 3, 1}));
    CHECK_FALSE(moves_only_unit_dims({1, 8, 4, 4}, {0, 2, 3, 1}));
}

TEST_CASE("flattening an NHWC-held (N,C,1,1) tensor needs no transpose") {
    auto p = reshape_layout({1, 16, 1, 1}, channels_last(4), {1, 16}, identity(2));
    REQUIRE(p);
    CHECK(*p == Perm{0, 1});
}

TEST_CASE("flattening an NHWC-held (N,C,H,W) tensor with H,W > 1 must bring it back first") {
    CHECK_FALSE(reshape_layout({1, 16, 2, 2}, channels_last(4), {1, 64}, identity(2)));
}

TEST_CASE("splitting the channel dim of an NHWC-held tensor keeps the data where it is") {
    // (1,8,5,5) held NHWC -> (1,2,4,5,5): held as (1,5,5,2,4), i.e. perm [0,3,4,1,2].
    auto p = reshape_layout({1, 8, 5, 5}, channels_last(4), {1, 2, 4, 5, 5}, channels_last(5));
    REQUIRE(p);
    CHECK(*p == Perm{0, 3, 4, 1, 2});
}

TEST_CASE("merging dims that the layout keeps apart is refused") {
    // (1,4,3,3) held NHWC, reshaped to (1,12,3): C and H are not adjacent in the held order.
    CHECK_FALSE(reshape_layout({1, 4, 3, 3}, channels_last(4), {1, 12, 3}, identity(3)));
}

TEST_CASE("when a reshape cannot work in the held layout, the nearest layout it can work in is found") {
    // channel shuffle, second reshape: (1,2,4,5,5) held as (1,5,5,4,2) -> (1,8,5,5)
    Perm held{0, 3, 4, 2, 1};
    CHECK_FALSE(reshape_layout({1, 2, 4, 5, 5}, held, {1, 8, 5, 5}, channels_last(4)));
    auto ready = reshape_ready_layout({1, 2, 4, 5, 5}, held, {1, 8, 5, 5});
    REQUIRE(ready);
    CHECK(*ready == Perm{0, 3, 4, 1, 2});
    auto p = reshape_layout({1, 2, 4, 5, 5}, *ready, {1, 8, 5, 5}, channels_last(4));
    REQUIRE(p);
    CHECK(*p == channels_last(4));
}
