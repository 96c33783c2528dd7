#pragma once
// The type of a value: a tensor's element type and shape, or the container kinds ONNX adds
// (sequence, map, optional, sparse tensor, opaque). Each dimension is known, symbolic or unknown.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/ir/dtype.hpp"

namespace opbridge {

struct Dim {
    enum class Kind : uint8_t { unknown, value, param };
    Kind kind = Kind::unknown;
    int64_t value = 0;       // when kind == value
    std::string param;       // when kind == param: a symbolic name such as "batch"
    std::string denotation;  // ONNX dimension denotation, carried as-is

    static Dim known(int64_t v) { return Dim{Kind::value, v, {}, {}}; }
    static Dim symbolic(std::string name) { return Dim{Kind::param, 0, std::move(name), {}}; }
    static Dim any() { return Dim{}; }

    bool is_known() const noexcept { return kind == Kind::value; }
    friend bool operator==(const Dim&, const Dim&) = default;
};

using Shape = std::vector<Dim>;

inline Shape shape_of(const std::vector<int64_t>& dims) {
    Shape s;
    s.reserve(dims.size());
    for (auto d : dims) s.push_back(Dim::known(d));
    return s;
}

// Static dims of a shape, or nothing when any dim is not a known value.
inline std::optional<std::vector<int64_t>> static_dims(const Shape& s) {
    std::vector<int64_t> dims;
    dims.reserve(s.size());
    for (const auto& d : s) {
        if (!d.is_known()) return std::nullopt;
        dims.push_back(d.value);
    }
    return dims;
}

struct Type {
    enum class Kind : uint8_t { none, tensor, sparse_tensor, sequence, map, optional, opaque };
    Kind kind = Kind::none;
    DType elem_type = DType::undefined;   // tensor, sparse_tensor; key type for map
    bool has_elem_type = false;           // ONNX lets a tensor type leave elem_type unset
    std::optional<Shape> shape;           // tensor, sparse_tensor; nullopt = rank unknown
    std::shared_ptr<Type> element;        // sequence, optional: element; map: value type
    std::string opaque_domain, opaque_name;
    std::string denotation;

    static Type tensor(DType t, std::optional<Shape> s = std::nullopt) {
        Type ty;
        ty.kind = Kind::tensor;
        ty.elem_type = t;
        ty.has_elem_type = true;
        ty.shape = std::move(s);
        return ty;
    }
    bool is_tensor() const noexcept { return kind == Kind::tensor; }
    std::optional<int64_t> rank() const {
        if (!shape) return std::nullopt;
        return static_cast<int64_t>(shape->size());
    }

    friend bool operator==(const Type& a, const Type& b) {
        if (a.kind != b.kind || a.elem_type != b.elem_type || a.has_elem_type != b.has_elem_type ||
            a.shape != b.shape || a.opaque_domain != b.opaque_domain ||
            a.opaque_name != b.opaque_name || a.denotation != b.denotation)
            return false;
        if (!a.element || !b.element) return !a.element && !b.element;
        return *a.element == *b.element;
    }
};

// "tensor(float)[1,3,224,224]" — the form diagnostics and `inspect` print.
inline std::string to_string(const Shape& s) {
    std::string out = "[";
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i) out += ",";
        switch (s[i].kind) {
        case Dim::Kind::value: out += std::to_string(s[i].value); break;
        case Dim::Kind::param: out += s[i].param; break;
        case Dim::Kind::unknown: out += "?"; break;
        }
    }
    return out + "]";
}

inline std::string to_string(const Type& t) {
    switch (t.kind) {
    case Type::Kind::none: return "?";
    case Type::Kind::tensor:
    case Type::Kind::sparse_tensor: {
        std::string s = t.kind == Type::Kind::tensor ? "tensor(" : "sparse_tensor(";
        s += std::string(onnx_type_name(t.elem_type)) + ")";
        if (t.shape) s += to_string(*t.shape);
        return s;
    }
    case Type::Kind::sequence:
        return "seq(" + (t.element ? to_string(*t.element) : std::string("?")) + ")";
    case Type::Kind::optional:
        return "optional(" + (t.element ? to_string(*t.element) : std::string("?")) + ")";
    case Type::Kind::map:
        return "map(" + std::string(onnx_type_name(t.elem_type)) + "," +
               (t.element ? to_string(*t.element) : std::string("?")) + ")";
    case Type::Kind::opaque: return "opaque(" + t.opaque_domain + "," + t.opaque_name + ")";
    }
    return "?";
}

} // namespace opbridge
