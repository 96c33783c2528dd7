#pragma once
// Questions about ONNX operator schemas, answered from the generated tables at compile time
// or run time: which version of an op is current at an opset, what it accepts, and from
// which opset an op or a dtype is available.

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "opbridge/generated/onnx_schemas.hpp"
#include "opbridge/ir/dtype.hpp"
#include "opbridge/onnx/schema_types.hpp"

namespace opbridge::onnx_schema {

inline constexpr int max_opset = generated::max_opset;

constexpr std::string_view normalize_domain(std::string_view d) { return d == "ai.onnx" ? std::string_view() : d; }

// All versions of one op, oldest first (empty when the op is unknown).
constexpr std::span<const OpSchema> history(std::string_view domain, std::string_view op) {
    domain = normalize_domain(domain);
    const auto& all = generated::schemas;
    std::size_t lo = 0, hi = std::size(all);
    while (lo < hi) {  // first entry not less than (domain, op)
        std::size_t mid = (lo + hi) / 2;
        const auto& s = all[mid];
        if (s.domain < domain || (s.domain == domain && s.name < op)) lo = mid + 1;
        else hi = mid;
    }
    std::size_t end = lo;
    while (end < std::size(all) && all[end].domain == domain && all[end].name == op) ++end;
    return std::span<const OpSchema>(all + lo, end - lo);
}

// The version of `op` current at `opset`; nullptr when the op does not exist yet or was
// removed (deprecated) by then.
constexpr const OpSchema* at_opset(std::string_view domain, std::string_view op, int64_t opset) {
    const OpSchema* found = nullptr;
    for (const auto& s : history(domain, op))
        if (s.since_version <= opset) found = &s;
    if (found && found->deprecated) return nullptr;
    return found;
}

// The schema whose since_version is exactly `version`.
constexpr const OpSchema* exactly(std::string_view domain, std::string_view op, int version) {
    for (const auto& s : history(domain, op))
        if (s.since_version == version) return &s;
    return nullptr;
}

constexpr bool exists(std::string_view op, int version) { return exactly("", op, version) != nullptr; }

// The first opset at which the op exists (0 when it never does).
constexpr int first_opset(std::string_view domain, std::string_view op) {
    auto h = history(domain, op);
    return h.empty() ? 0 : h.front().since_version;
}

// "tensor(float)" for float32, as ONNX spells type strings.
inline std::string tensor_type_string(DType t) { return "tensor(" + std::string(onnx_type_name(t)) + ")"; }

// The allowed type strings for formal parameter `p` (its constraint's list, or itself).
constexpr std::span<const std::string_view> allowed_types(const OpSchema& s, const FormalParam& p) {
    if (const auto* c = s.constraint(p.type_str)) return c->allowed;
    return std::span<const std::string_view>(&p.type_str, 1);
}

// The formal parameter that actual input `index` binds to (variadic absorbs the rest).
constexpr const FormalParam* formal_input(const OpSchema& s, std::size_t index) {
    if (s.inputs.empty()) return nullptr;
    if (index < s.inputs.size()) return &s.inputs[index];
    if (s.inputs.back().option == ParamOption::variadic) return &s.inputs.back();
    return nullptr;
}
constexpr const FormalParam* formal_output(const OpSchema& s, std::size_t index) {
    if (s.outputs.empty()) return nullptr;
    if (index < s.outputs.size()) return &s.outputs[index];
    if (s.outputs.back().option == ParamOption::variadic) return &s.outputs.back();
    return nullptr;
}

inline bool accepts(const OpSchema& s, const FormalParam& p, DType t) {
    std::string want = tensor_type_string(t);
    for (auto a : allowed_types(s, p))
        if (a == want) return true;
    return false;
}

// The first opset from which input `index` of `op` accepts dtype `t`, or nothing.
inline std::optional<int> first_opset_accepting(std::string_view domain, std::string_view op, std::size_t index, DType t) {
    for (const auto& s : history(domain, op)) {
        if (s.deprecated) continue;
        if (const auto* p = formal_input(s, index); p && accepts(s, *p, t)) return s.since_version;
    }
    return std::nullopt;
}

} // namespace opbridge::onnx_schema
