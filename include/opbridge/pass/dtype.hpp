#pragma once
// The element type of a value, from what the file declared or, when it did not, from the
// producing op's schema: an output whose type constraint it shares with an input has that
// input's type; a fixed type ("tensor(int64)") or an attribute (Cast's 'to') decides others.

#include <optional>
#include <string_view>

#include "opbridge/ir/graph.hpp"
#include "opbridge/onnx/schema.hpp"

namespace opbridge {

// "tensor(float)" -> float32; nothing for non-tensor or unknown strings.
inline std::optional<DType> dtype_from_type_string(std::string_view s) {
    if (!s.starts_with("tensor(") || !s.ends_with(")")) return std::nullopt;
    std::string_view name = s.substr(7, s.size() - 8);
    for (int i = 1; i <= 22; ++i) {
        auto t = static_cast<DType>(i);
        if (onnx_type_name(t) == name) return t;
    }
    return std::nullopt;
}

inline std::optional<DType> infer_dtype(const Value* v, int depth = 0) {
    if (!v) return std::nullopt;
    if (v->type.kind == Type::Kind::tensor && v->type.has_elem_type && v->type.elem_type != DType::undefined)
        return v->type.elem_type;
    if (v->initializer) return v->initializer->dtype;
    const Node* p = v->producer;
    if (!p || p->op.dialect != Dialect::onnx || depth > 10000) return std::nullopt;
    const auto* schema = onnx_schema::at_opset(p->op.domain, p->op.type, p->op.version);
    if (!schema) return std::nullopt;
    const auto* formal = onnx_schema::formal_output(*schema, static_cast<std::size_t>(v->producer_output));
    if (!formal) return std::nullopt;
    if (auto fixed = dtype_from_type_string(formal->type_str)) return fixed;
    auto allowed = onnx_schema::allowed_types(*schema, *formal);
    if (allowed.size() == 1)
        if (auto only = dtype_from_type_string(allowed[0])) return only;
    // Shares its constraint with an input: the first such input that is given.
    for (std::size_t i = 0; i < p->inputs.size(); ++i)
        if (const auto* in = onnx_schema::formal_input(*schema, i); in && in->type_str == formal->type_str && p->inputs[i])
            return infer_dtype(p->inputs[i], depth + 1);
    // Set by an attribute: Cast 'to', EyeLike/RandomNormal 'dtype', Constant/ConstantOfShape 'value'.
    for (const char* name : {"to", "dtype"})
        if (const Attribute* a = p->attribute(name))
            if (auto* i = a->get_if<int64_t>()) return static_cast<DType>(*i);
    for (const char* name : {"value"})
        if (const Attribute* a = p->attribute(name))
            if (auto* t = a->get_if<Tensor>()) return t->dtype;
    if (p->op.type == "ConstantOfShape") return DType::float32;  // its documented default
    return std::nullopt;
}

} // namespace opbridge
