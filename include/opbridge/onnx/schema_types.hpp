#pragma once
// The shape of the generated ONNX schema tables (include/opbridge/generated/onnx_schemas.hpp).

#include <span>
#include <string_view>

#include "opbridge/ir/attribute.hpp"

namespace opbridge::onnx_schema {

enum class ParamOption : unsigned char { single, optional, variadic };

struct FormalParam {
    std::string_view name;
    std::string_view type_str;  // a type-constraint name ("T") or a concrete type ("tensor(int64)")
    ParamOption option;
    bool homogeneous;
    int min_arity;
};

struct AttributeSchema {
    std::string_view name;
    AttributeKind kind;
    bool required;
    std::string_view default_text;  // printed default, "" when none
};

struct TypeConstraint {
    std::string_view param;
    std::span<const std::string_view> allowed;  // "tensor(float)", "seq(tensor(int64))"…
};

struct OpSchema {
    std::string_view domain;
    std::string_view name;
    int since_version;
    bool deprecated;
    bool signature_changed;          // inputs, outputs or attributes differ from the previous version
    std::string_view semantic_note;  // a change of meaning the signature does not show
    int min_input, max_input, min_output, max_output;
    std::span<const FormalParam> inputs, outputs;
    std::span<const AttributeSchema> attributes;
    std::span<const TypeConstraint> type_constraints;
    bool from_libonnx;  // false: from the hand-kept change table (opsets libonnx does not know)

    constexpr const AttributeSchema* attribute(std::string_view n) const {
        for (const auto& a : attributes)
            if (a.name == n) return &a;
        return nullptr;
    }
    constexpr const TypeConstraint* constraint(std::string_view param) const {
        for (const auto& c : type_constraints)
            if (c.param == param) return &c;
        return nullptr;
    }
};

} // namespace opbridge::onnx_schema
