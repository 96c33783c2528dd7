#pragma once
// Node attributes. The kinds and their numbering are ONNX's AttributeProto.AttributeType;
// TFLite builtin options map onto the same kinds field by field.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "opbridge/ir/tensor.hpp"
#include "opbridge/ir/type.hpp"

namespace opbridge {

class Graph;
using GraphPtr = std::shared_ptr<Graph>;

enum class AttributeKind : int32_t {
    undefined = 0,
    f = 1,
    i = 2,
    s = 3,
    tensor = 4,
    graph = 5,
    floats = 6,
    ints = 7,
    strings = 8,
    tensors = 9,
    graphs = 10,
    sparse_tensor = 11,
    sparse_tensors = 12,
    type = 13,
    types = 14,
};

class Attribute {
public:
    using Value = std::variant<std::monostate, double, int64_t, std::string, Tensor, GraphPtr,
                               std::vector<double>, std::vector<int64_t>, std::vector<std::string>,
                               std::vector<Tensor>, std::vector<GraphPtr>, SparseTensor,
                               std::vector<SparseTensor>, Type, std::vector<Type>>;

    std::string name;
    AttributeKind kind = AttributeKind::undefined;
    Value value;
    std::string ref_attr_name;  // in a function body: takes the caller's attribute of that name
    std::string doc_string;
    bool kind_implicit = false;  // the file left AttributeProto.type unset (very old exporters)

    Attribute() = default;
    Attribute(std::string n, AttributeKind k, Value v)
        : name(std::move(n)), kind(k), value(std::move(v)) {}

    static Attribute of_float(std::string n, double v) { return {std::move(n), AttributeKind::f, v}; }
    static Attribute of_int(std::string n, int64_t v) { return {std::move(n), AttributeKind::i, v}; }
    static Attribute of_string(std::string n, std::string v) {
        return {std::move(n), AttributeKind::s, std::move(v)};
    }
    static Attribute of_ints(std::string n, std::vector<int64_t> v) {
        return {std::move(n), AttributeKind::ints, std::move(v)};
    }
    static Attribute of_floats(std::string n, std::vector<double> v) {
        return {std::move(n), AttributeKind::floats, std::move(v)};
    }
    static Attribute of_tensor(std::string n, Tensor v) {
        return {std::move(n), AttributeKind::tensor, std::move(v)};
    }
    static Attribute of_graph(std::string n, GraphPtr g) {
        return {std::move(n), AttributeKind::graph, std::move(g)};
    }

    template <class T>
    const T* get_if() const noexcept { return std::get_if<T>(&value); }
};

inline std::string_view attribute_kind_name(AttributeKind k) noexcept {
    switch (k) {
    case AttributeKind::undefined: return "undefined";
    case AttributeKind::f: return "float";
    case AttributeKind::i: return "int";
    case AttributeKind::s: return "string";
    case AttributeKind::tensor: return "tensor";
    case AttributeKind::graph: return "graph";
    case AttributeKind::floats: return "floats";
    case AttributeKind::ints: return "ints";
    case AttributeKind::strings: return "strings";
    case AttributeKind::tensors: return "tensors";
    case AttributeKind::graphs: return "graphs";
    case AttributeKind::sparse_tensor: return "sparse_tensor";
    case AttributeKind::sparse_tensors: return "sparse_tensors";
    case AttributeKind::type: return "type_proto";
    case AttributeKind::types: return "type_protos";
    }
    return "unknown";
}

} // namespace opbridge
