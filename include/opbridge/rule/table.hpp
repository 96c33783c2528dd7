#pragma once
// Tables of adapters: flat constexpr arrays (cheap to compile however many rules they hold),
// checked at compile time, searched at run time.
//
//   inline constexpr auto clip_rules = rule_table(adapter<"Clip", 6, 11>(...), adapter<"Clip", 11, 6>(...));
//   inline constexpr auto all = concat(clip_rules, resize_rules);
//   static_assert(check_unique<all>());            // no two rules for one op@version step
//   static_assert(check_complete<all, 7, 21>());   // every change in 7..21 has a rule

#include <algorithm>
#include <array>
#include <span>

#include "opbridge/onnx/schema.hpp"
#include "opbridge/rule/adapter.hpp"

namespace opbridge::rule {

template <class... Entries>
consteval auto rule_table(Entries... entries) {
    return std::array<AdapterEntry, sizeof...(Entries)>{entries...};
}

template <std::size_t... N>
consteval auto concat(const std::array<AdapterEntry, N>&... tables) {
    std::array<AdapterEntry, (N + ... + 0)> out{};
    std::size_t at = 0;
    ((std::copy(tables.begin(), tables.end(), out.begin() + at), at += N), ...);
    return out;
}

// The table sorted by (op, from, to) for binary search at run time.
template <std::size_t N>
consteval std::array<AdapterEntry, N> sorted(std::array<AdapterEntry, N> t) {
    std::sort(t.begin(), t.end(), [](const AdapterEntry& a, const AdapterEntry& b) {
        return a.op < b.op || (a.op == b.op && (a.from < b.from || (a.from == b.from && a.to < b.to)));
    });
    return t;
}

class AdapterTable {
public:
    constexpr AdapterTable() = default;
    template <std::size_t N>
    constexpr explicit AdapterTable(const std::array<AdapterEntry, N>& sorted_entries) : entries_(sorted_entries) {}

    const AdapterEntry* find(std::string_view op, int from, int to) const {
        auto it = std::lower_bound(entries_.begin(), entries_.end(), std::make_tuple(op, from, to), [](const AdapterEntry& e, const auto& key) {
            return std::make_tuple(e.op, e.from, e.to) < key;
        });
        if (it != entries_.end() && it->op == op && it->from == from && it->to == to) return &*it;
        return nullptr;
    }
    // Every entry for `op`, for diagnostics that list what was considered.
    std::vector<const AdapterEntry*> for_op(std::string_view op) const {
        std::vector<const AdapterEntry*> out;
        for (const auto& e : entries_)
            if (e.op == op) out.push_back(&e);
        return out;
    }
    std::span<const AdapterEntry> entries() const noexcept { return entries_; }

private:
    std::span<const AdapterEntry> entries_;
};

// ---- compile-time checks --------------------------------------------------------------

// Instantiated only to fail: the template arguments in the compiler's message name the op
// and the versions.
template <fixed_string Op, int From, int To>
struct two_rules_claim_the_same_step {
    static_assert(dependent_false<Op>, "two rules in one table claim the same op and version step (Op, From, To above)");
    static constexpr bool value = false;
};
template <fixed_string Op, int From, int To>
struct table_declared_complete_misses_a_step {
    static_assert(dependent_false<Op>,
                  "the table is declared complete for these opsets, but Op changes between schema versions From and To "
                  "without an adapter or an unsupported entry (Op, From, To above): add one in rules/opbridge/rules/onnx/opset/");
    static constexpr bool value = false;
};

namespace detail {

template <std::size_t N>
consteval int first_duplicate(const std::array<AdapterEntry, N>& t) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (t[i].op == t[j].op && t[i].from == t[j].from && t[i].to == t[j].to) return static_cast<int>(i);
    return -1;
}

// A step of the schema history needs a rule when the signature or the meaning changed, or
// when the op is removed (deprecated) or introduced (going below its first version).
constexpr bool step_needs_rule(const onnx_schema::OpSchema& newer) {
    return newer.signature_changed || !newer.semantic_note.empty() || newer.deprecated;
}

struct MissingStep {
    int schema = -1;  // index into generated::schemas of the op concerned
    int from = 0, to = 0;
};

template <std::size_t N>
consteval bool has_entry(const std::array<AdapterEntry, N>& t, std::string_view op, int from, int to) {
    for (const auto& e : t)
        if (e.op == op && e.from == from && e.to == to) return true;
    return false;
}

// Going below an op's first version: a decomposition (to 0) or a replacement by an older op
// (Resize-10 -> Upsample-9) both count.
template <std::size_t N>
consteval bool has_way_below(const std::array<AdapterEntry, N>& t, std::string_view op, int first) {
    for (const auto& e : t)
        if (e.op == op && e.from == first && e.to < first) return true;
    return false;
}

template <std::size_t N>
consteval MissingStep first_missing(const std::array<AdapterEntry, N>& t, int lo, int hi) {
    const auto& all = onnx_schema::generated::schemas;
    for (std::size_t i = 0; i < std::size(all); ++i) {
        const auto& s = all[i];
        if (!s.domain.empty() || s.since_version > hi) continue;
        bool first = i == 0 || all[i - 1].name != s.name || !all[i - 1].domain.empty();
        if (first) {
            // Introduced inside the range: going below needs a decomposition or an unsupported entry.
            if (s.since_version > lo && !s.deprecated && !has_way_below(t, s.name, s.since_version))
                return {static_cast<int>(i), s.since_version, 0};
            continue;
        }
        const auto& prev = all[i - 1];
        if (s.since_version <= lo || prev.deprecated || !step_needs_rule(s)) continue;
        if (!has_entry(t, s.name, prev.since_version, s.since_version)) return {static_cast<int>(i), prev.since_version, s.since_version};
        if (!s.deprecated && !has_entry(t, s.name, s.since_version, prev.since_version))
            return {static_cast<int>(i), s.since_version, prev.since_version};
    }
    return {};
}

template <int I>
inline constexpr auto schema_name =
    fixed_string<onnx_schema::generated::schemas[I].name.size() + 1>(onnx_schema::generated::schemas[I].name);

} // namespace detail

// True, or a compile error naming the op and versions that two rules claim.
template <const auto& Table>
consteval bool check_unique() {
    constexpr int dup = detail::first_duplicate(Table);
    if constexpr (dup >= 0) {
        constexpr auto& e = Table[dup];
        return two_rules_claim_the_same_step<fixed_string<e.op.size() + 1>(e.op), e.from, e.to>::value;
    }
    return true;
}

// True, or a compile error naming the first op step in opsets Lo..Hi without a rule.
template <const auto& Table, int Lo, int Hi>
consteval bool check_complete() {
    constexpr auto missing = detail::first_missing(Table, Lo, Hi);
    if constexpr (missing.schema >= 0)
        return table_declared_complete_misses_a_step<detail::schema_name<missing.schema>, missing.from, missing.to>::value;
    return true;
}

} // namespace opbridge::rule
