#pragma once
// A string usable as a template argument, so op and attribute names can live in types:
// adapter<"Clip", 6, 11>, attribute_to_input<"min", 1>. Compile errors then name them.

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace opbridge {

template <std::size_t N>
struct fixed_string {
    char data[N]{};
    constexpr fixed_string(const char (&s)[N]) { std::copy_n(s, N, data); }
    constexpr explicit fixed_string(std::string_view s) { std::copy_n(s.data(), std::min(s.size(), N - 1), data); }
    constexpr std::string_view view() const { return {data, N - 1}; }
    constexpr operator std::string_view() const { return view(); }
    constexpr std::size_t size() const { return N - 1; }
};

template <std::size_t N>
fixed_string(const char (&)[N]) -> fixed_string<N>;

// For static_asserts that must only fire when instantiated.
template <auto...>
inline constexpr bool dependent_false = false;

} // namespace opbridge
