#pragma once
// How fold_constants computes one ONNX node from constant inputs: a table of small
// evaluators, one per op. Each returns nothing when it cannot give exactly what ONNX Runtime
// would (an overflow, a NaN where the result depends on the kernel, a malformed node), so the
// node stays as it is. Float math is done in double and rounded once to float32: for + - * /
// and sqrt that equals the IEEE float32 operation, so folded values are bit-identical.

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>
#include <vector>

#include "opbridge/ir/graph.hpp"
#include "opbridge/ir/tensor_values.hpp"

namespace opbridge::fold {

// One input of the node being folded.
struct Operand {
    bool present = false;                      // false: an omitted optional input
    const Tensor* value = nullptr;             // its constant, when it has one
    std::optional<std::vector<int64_t>> dims;  // its static shape, when known
};

struct Call {
    const Node& node;
    std::vector<Operand> inputs;
    int64_t max_elements = 0;

    int64_t opset() const { return node.op.version; }
    bool has(std::size_t i) const { return i < inputs.size() && inputs[i].present; }
    const Tensor* value(std::size_t i) const { return i < inputs.size() ? inputs[i].value : nullptr; }
    int64_t int_attribute(std::string_view name, int64_t otherwise) const {
        if (const Attribute* a = node.attribute(name))
            if (auto* i = a->get_if<int64_t>()) return *i;
        return otherwise;
    }
    std::optional<std::vector<int64_t>> ints_attribute(std::string_view name) const {
        if (const Attribute* a = node.attribute(name))
            if (auto* is = a->get_if<std::vector<int64_t>>()) return *is;
        return std::nullopt;
    }
};

using Result = std::optional<Tensor>;

namespace detail {

using Dims = std::vector<int64_t>;

inline std::optional<int64_t> count_of(const Dims& dims) { return Tensor::checked_element_count(dims); }

// Whether the tensor's bytes are exactly its dims' worth of fixed-size elements.
inline bool dense(const Tensor& t) {
    std::size_t size = element_size(t.dtype);
    auto n = t.element_count();
    return size != 0 && n && t.data.size() == static_cast<std::size_t>(*n) * size;
}

// Integer dtypes whose every value an int64 holds (not uint64).
inline bool integer_in_int64(DType t) {
    switch (t) {
    case DType::int8: case DType::int16: case DType::int32: case DType::int64:
    case DType::uint8: case DType::uint16: case DType::uint32: return true;
    default: return false;
    }
}
inline bool float32_or_64(DType t) { return t == DType::float32 || t == DType::float64; }

inline std::pair<int64_t, int64_t> integer_range(DType t) {
    switch (t) {
    case DType::boolean: return {0, 1};
    case DType::int8: return {INT8_MIN, INT8_MAX};
    case DType::int16: return {INT16_MIN, INT16_MAX};
    case DType::int32: return {INT32_MIN, INT32_MAX};
    case DType::uint8: return {0, UINT8_MAX};
    case DType::uint16: return {0, UINT16_MAX};
    case DType::uint32: return {0, UINT32_MAX};
    default: return {INT64_MIN, INT64_MAX};
    }
}

// A tensor of integer dtype `t`; nothing when a value does not fit (ONNX Runtime would wrap
// or overflow, which a folded value should not pretend to know).
inline Result integer_tensor(DType t, Dims dims, const std::vector<int64_t>& values) {
    auto [low, high] = integer_range(t);
    std::size_t size = element_size(t);
    std::vector<std::byte> bytes(values.size() * size);
    for (std::size_t i = 0; i < values.size(); ++i) {
        int64_t v = values[i];
        if (v < low || v > high) return std::nullopt;
        // Little-endian two's complement: the low `size` bytes of the int64.
        uint64_t u = static_cast<uint64_t>(v);
        for (std::size_t b = 0; b < size; ++b) bytes[i * size + b] = std::byte((u >> (8 * b)) & 0xff);
    }
    return Tensor(t, std::move(dims), Buffer::take(std::move(bytes)));
}

inline Tensor float_tensor(DType t, Dims dims, const std::vector<double>& values) {
    return *make_tensor(t, std::move(dims), values);
}

inline Tensor bool_tensor(Dims dims, const std::vector<bool>& values) {
    std::vector<uint8_t> bytes(values.begin(), values.end());
    return Tensor::from_vector(DType::boolean, std::move(dims), bytes);
}

// Integer elements of an int32/int64 tensor (what ONNX takes for axes, shapes, indices).
inline std::optional<std::vector<int64_t>> index_values(const Tensor* t) {
    if (!t || !dense(*t) || (t->dtype != DType::int64 && t->dtype != DType::int32)) return std::nullopt;
    return tensor_as_int64s(*t);
}

inline std::optional<int64_t> scalar_index(const Tensor* t) {
    auto v = index_values(t);
    if (!v || v->size() != 1) return std::nullopt;
    return (*v)[0];
}

inline Dims strides_of(const Dims& dims) {
    Dims s(dims.size(), 1);
    for (std::size_t i = dims.size(); i-- > 1;) s[i - 1] = s[i] * dims[i];
    return s;
}

// A new tensor whose element i is element index[i] of `in`, with the given dims.
inline Tensor pick(const Tensor& in, Dims dims, const std::vector<int64_t>& index) {
    std::size_t size = element_size(in.dtype);
    std::vector<std::byte> bytes(index.size() * size);
    for (std::size_t i = 0; i < index.size(); ++i)
        std::memcpy(bytes.data() + i * size, in.data.data() + static_cast<std::size_t>(index[i]) * size, size);
    return Tensor(in.dtype, std::move(dims), Buffer::take(std::move(bytes)));
}

// Same elements, other dims: shares the bytes.
inline Tensor reshaped(const Tensor& in, Dims dims) { return Tensor(in.dtype, std::move(dims), in.data); }

// Calls f(flat output index, coordinates) for every element of `dims`, row-major.
template <class F>
void for_each_coordinate(const Dims& dims, F f) {
    auto n = count_of(dims).value_or(0);
    Dims coord(dims.size(), 0);
    for (int64_t i = 0; i < n; ++i) {
        f(i, coord);
        for (std::size_t d = dims.size(); d-- > 0;) {
            if (++coord[d] < dims[d]) break;
            coord[d] = 0;
        }
    }
}

// Multidirectional (numpy) broadcasting of several shapes.
inline std::optional<Dims> broadcast_dims(const std::vector<Dims>& shapes) {
    std::size_t rank = 0;
    for (const auto& s : shapes) rank = std::max(rank, s.size());
    Dims out(rank, 1);
    for (const auto& s : shapes)
        for (std::size_t i = 0; i < s.size(); ++i) {
            int64_t& o = out[rank - s.size() + i];
            int64_t d = s[i];
            if (d == o || d == 1) continue;
            if (o != 1) return std::nullopt;
            o = d;
        }
    return out;
}

// For each element of `out`, the flat index of the element of `in` that broadcasts to it.
inline std::vector<int64_t> broadcast_index(const Dims& in, const Dims& out) {
    Dims strides = strides_of(in);
    std::size_t offset = out.size() - in.size();
    std::vector<int64_t> index(static_cast<std::size_t>(count_of(out).value_or(0)));
    for_each_coordinate(out, [&](int64_t i, const Dims& c) {
        int64_t flat = 0;
        for (std::size_t d = 0; d < in.size(); ++d)
            if (in[d] != 1) flat += c[offset + d] * strides[d];
        index[static_cast<std::size_t>(i)] = flat;
    });
    return index;
}

inline bool fits(const Call& c, const Dims& dims) {
    auto n = count_of(dims);
    return n && *n <= c.max_elements;
}

// An axis in [-rank, rank) made non-negative; nothing when out of range.
inline std::optional<int64_t> normalized_axis(int64_t axis, int64_t rank) {
    if (axis < -rank || axis >= rank) return std::nullopt;
    return axis < 0 ? axis + rank : axis;
}

inline std::optional<std::vector<int64_t>> normalized_axes(const std::vector<int64_t>& axes, int64_t rank) {
    std::vector<int64_t> out;
    for (int64_t a : axes) {
        auto n = normalized_axis(a, rank);
        if (!n || std::find(out.begin(), out.end(), *n) != out.end()) return std::nullopt;
        out.push_back(*n);
    }
    return out;
}

// Axes given as attribute `axes` below `input_from_opset`, as input `index` from there on.
// An absent attribute or input gives an empty optional inside.
inline std::optional<std::optional<std::vector<int64_t>>> axes_of(const Call& c, int64_t input_from_opset, std::size_t index) {
    if (c.opset() < input_from_opset) return std::optional<std::vector<int64_t>>(c.ints_attribute("axes"));
    if (!c.has(index)) return std::optional<std::vector<int64_t>>();
    auto v = index_values(c.value(index));
    if (!v) return std::nullopt;
    return std::optional<std::vector<int64_t>>(*v);
}

// Every present input is a dense constant.
inline std::optional<std::vector<const Tensor*>> dense_inputs(const Call& c) {
    std::vector<const Tensor*> out;
    for (std::size_t i = 0; i < c.inputs.size(); ++i) {
        if (!c.has(i)) continue;
        const Tensor* t = c.value(i);
        if (!t || !dense(*t)) return std::nullopt;
        out.push_back(t);
    }
    return out;
}

// Elementwise ops on numbers: integers exactly as int64, float32/float64 as double.
struct Numbers {
    DType dtype = DType::undefined;
    Dims dims;
    std::vector<int64_t> ints;
    std::vector<double> floats;
    bool integral() const { return dtype == DType::boolean || integer_in_int64(dtype); }
};

inline std::optional<Numbers> numbers_of(const Tensor* t) {
    if (!t || !dense(*t)) return std::nullopt;
    Numbers n{t->dtype, t->dims, {}, {}};
    if (n.integral()) n.ints = *tensor_as_int64s(*t);
    else if (float32_or_64(t->dtype)) n.floats = *tensor_as_doubles(*t);
    else return std::nullopt;
    return n;
}

// The inputs as numbers of one dtype, with the broadcast output dims.
inline std::optional<std::pair<std::vector<Numbers>, Dims>> broadcast_operands(const Call& c, std::size_t count) {
    std::vector<Numbers> ns;
    std::vector<Dims> shapes;
    for (std::size_t i = 0; i < count; ++i) {
        auto n = numbers_of(c.has(i) ? c.value(i) : nullptr);
        if (!n || (i && n->dtype != ns[0].dtype)) return std::nullopt;
        shapes.push_back(n->dims);
        ns.push_back(std::move(*n));
    }
    auto out = broadcast_dims(shapes);
    if (!out || !fits(c, *out)) return std::nullopt;
    return std::pair{std::move(ns), std::move(*out)};
}

// Add, Sub, Mul, Div: `on_ints` returns nothing on overflow or division by zero.
template <class OnInts, class OnFloats>
Result arithmetic(const Call& c, OnInts on_ints, OnFloats on_floats) {
    auto operands = broadcast_operands(c, 2);
    if (!operands || c.inputs.size() != 2) return std::nullopt;
    auto& [ns, dims] = *operands;
    if (ns[0].dtype == DType::boolean) return std::nullopt;
    auto ia = broadcast_index(ns[0].dims, dims), ib = broadcast_index(ns[1].dims, dims);
    if (ns[0].integral()) {
        std::vector<int64_t> out(ia.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            auto r = on_ints(ns[0].ints[ia[i]], ns[1].ints[ib[i]]);
            if (!r) return std::nullopt;
            out[i] = *r;
        }
        return integer_tensor(ns[0].dtype, dims, out);
    }
    std::vector<double> out(ia.size());
    for (std::size_t i = 0; i < out.size(); ++i) out[i] = on_floats(ns[0].floats[ia[i]], ns[1].floats[ib[i]]);
    return float_tensor(ns[0].dtype, dims, out);
}

template <class Compare>
Result comparison(const Call& c, Compare compare) {
    auto operands = broadcast_operands(c, 2);
    if (!operands || c.inputs.size() != 2) return std::nullopt;
    auto& [ns, dims] = *operands;
    auto ia = broadcast_index(ns[0].dims, dims), ib = broadcast_index(ns[1].dims, dims);
    std::vector<bool> out(ia.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = ns[0].integral() ? compare(ns[0].ints[ia[i]], ns[1].ints[ib[i]])
                                  : compare(ns[0].floats[ia[i]], ns[1].floats[ib[i]]);
    return bool_tensor(dims, out);
}

// Sqrt, Floor, Ceil: float32/float64 only.
template <class F>
Result float_unary(const Call& c, F f) {
    auto n = numbers_of(c.value(0));
    if (!n || !float32_or_64(n->dtype)) return std::nullopt;
    for (double& x : n->floats) x = f(x);
    return float_tensor(n->dtype, n->dims, n->floats);
}

// Min, Max over any number of inputs; a NaN leaves the node alone (kernels differ on it).
template <class Pick>
Result variadic_extreme(const Call& c, Pick pick_first) {
    if (c.inputs.empty()) return std::nullopt;
    auto operands = broadcast_operands(c, c.inputs.size());
    if (!operands) return std::nullopt;
    auto& [ns, dims] = *operands;
    if (ns[0].dtype == DType::boolean) return std::nullopt;
    std::vector<int64_t> ints;
    std::vector<double> floats;
    for (std::size_t k = 0; k < ns.size(); ++k) {
        auto index = broadcast_index(ns[k].dims, dims);
        for (std::size_t i = 0; i < index.size(); ++i) {
            if (ns[0].integral()) {
                int64_t x = ns[k].ints[index[i]];
                if (k == 0) ints.push_back(x);
                else if (pick_first(x, ints[i])) ints[i] = x;
            } else {
                double x = ns[k].floats[index[i]];
                if (std::isnan(x)) return std::nullopt;
                if (k == 0) floats.push_back(x);
                else if (pick_first(x, floats[i])) floats[i] = x;
            }
        }
    }
    if (ns[0].integral()) return integer_tensor(ns[0].dtype, dims, ints);
    return float_tensor(ns[0].dtype, dims, floats);
}

} // namespace detail

// ---- The evaluators, one per op ------------------------------------------------------------

// Shape-15 added start/end: the slice of dims it returns, clamped like Slice.
inline Result shape(const Call& c) {
    if (!c.has(0) || !c.inputs[0].dims) return std::nullopt;
    const auto& dims = *c.inputs[0].dims;
    int64_t rank = static_cast<int64_t>(dims.size());
    int64_t start = 0, end = rank;
    if (c.opset() >= 15) {
        start = c.int_attribute("start", 0);
        end = c.int_attribute("end", rank);
    }
    auto clamp = [&](int64_t i) { return std::clamp(i < 0 ? i + rank : i, int64_t{0}, rank); };
    start = clamp(start);
    end = std::max(clamp(end), start);
    std::vector<int64_t> out(dims.begin() + start, dims.begin() + end);
    return make_int64_tensor({static_cast<int64_t>(out.size())}, out);
}

inline Result size(const Call& c) {
    if (!c.has(0) || !c.inputs[0].dims) return std::nullopt;
    auto n = detail::count_of(*c.inputs[0].dims);
    if (!n) return std::nullopt;
    return make_int64_tensor({}, {*n});
}

inline Result gather(const Call& c) {
    const Tensor* data = c.value(0);
    auto indices = detail::index_values(c.value(1));
    if (!data || !detail::dense(*data) || !indices || data->dims.empty()) return std::nullopt;
    int64_t rank = static_cast<int64_t>(data->dims.size());
    auto axis = detail::normalized_axis(c.int_attribute("axis", 0), rank);
    if (!axis) return std::nullopt;
    int64_t extent = data->dims[*axis];
    detail::Dims outer(data->dims.begin(), data->dims.begin() + *axis);
    detail::Dims inner(data->dims.begin() + *axis + 1, data->dims.end());
    detail::Dims dims = outer;
    dims.insert(dims.end(), c.value(1)->dims.begin(), c.value(1)->dims.end());
    dims.insert(dims.end(), inner.begin(), inner.end());
    if (!detail::fits(c, dims)) return std::nullopt;
    int64_t outer_n = *detail::count_of(outer), inner_n = *detail::count_of(inner);
    std::vector<int64_t> index;
    for (int64_t o = 0; o < outer_n; ++o)
        for (int64_t k : *indices) {
            if (k < -extent || k >= extent) return std::nullopt;
            if (k < 0) k += extent;
            for (int64_t j = 0; j < inner_n; ++j) index.push_back((o * extent + k) * inner_n + j);
        }
    return detail::pick(*data, dims, index);
}

// Unsqueeze-13 moved axes from an attribute to input 1.
inline Result unsqueeze(const Call& c) {
    const Tensor* data = c.value(0);
    auto axes = detail::axes_of(c, 13, 1);
    if (!data || !detail::dense(*data) || !axes || !*axes) return std::nullopt;
    int64_t rank = static_cast<int64_t>(data->dims.size() + (*axes)->size());
    auto normalized = detail::normalized_axes(**axes, rank);
    if (!normalized) return std::nullopt;
    detail::Dims dims;
    for (int64_t i = 0, from = 0; i < rank; ++i)
        dims.push_back(std::find(normalized->begin(), normalized->end(), i) != normalized->end() ? 1 : data->dims[from++]);
    return detail::reshaped(*data, dims);
}

// Squeeze-13 moved axes from an attribute to input 1; without axes every 1 goes.
inline Result squeeze(const Call& c) {
    const Tensor* data = c.value(0);
    auto axes = detail::axes_of(c, 13, 1);
    if (!data || !detail::dense(*data) || !axes) return std::nullopt;
    int64_t rank = static_cast<int64_t>(data->dims.size());
    std::vector<int64_t> drop;
    if (*axes) {
        auto normalized = detail::normalized_axes(**axes, rank);
        if (!normalized) return std::nullopt;
        for (int64_t a : *normalized)
            if (data->dims[a] != 1) return std::nullopt;
        drop = *normalized;
    } else {
        for (int64_t i = 0; i < rank; ++i)
            if (data->dims[i] == 1) drop.push_back(i);
    }
    detail::Dims dims;
    for (int64_t i = 0; i < rank; ++i)
        if (std::find(drop.begin(), drop.end(), i) == drop.end()) dims.push_back(data->dims[i]);
    return detail::reshaped(*data, dims);
}

inline Result concat(const Call& c) {
    auto inputs = detail::dense_inputs(c);
    if (!inputs || inputs->empty()) return std::nullopt;
    const Tensor& first = *(*inputs)[0];
    int64_t rank = static_cast<int64_t>(first.dims.size());
    const Attribute* axis_attribute = c.node.attribute("axis");
    if (!axis_attribute || !axis_attribute->get_if<int64_t>()) return std::nullopt;
    auto axis = detail::normalized_axis(*axis_attribute->get_if<int64_t>(), rank);
    if (!axis) return std::nullopt;
    detail::Dims dims = first.dims;
    dims[*axis] = 0;
    for (const Tensor* t : *inputs) {
        if (t->dtype != first.dtype || t->dims.size() != first.dims.size()) return std::nullopt;
        for (int64_t d = 0; d < rank; ++d)
            if (d != *axis && t->dims[d] != first.dims[d]) return std::nullopt;
        dims[*axis] += t->dims[*axis];
    }
    if (!detail::fits(c, dims)) return std::nullopt;
    int64_t outer = *detail::count_of(detail::Dims(first.dims.begin(), first.dims.begin() + *axis));
    int64_t inner = *detail::count_of(detail::Dims(first.dims.begin() + *axis + 1, first.dims.end()));
    std::size_t size = element_size(first.dtype);
    std::vector<std::byte> bytes;
    bytes.reserve(static_cast<std::size_t>(*detail::count_of(dims)) * size);
    for (int64_t o = 0; o < outer; ++o)
        for (const Tensor* t : *inputs) {
            std::size_t block = static_cast<std::size_t>(t->dims[*axis] * inner) * size;
            const std::byte* from = t->data.data() + static_cast<std::size_t>(o) * block;
            bytes.insert(bytes.end(), from, from + block);
        }
    return Tensor(first.dtype, dims, Buffer::take(std::move(bytes)));
}

// Slice-10 moved starts/ends/axes from attributes to inputs and added steps. Indices are
// made non-negative by adding the dim, then clamped: to [0, dim] for a positive step, to
// [0, dim-1] (start) and [-1, dim-1] (end) for a negative one.
inline Result slice(const Call& c) {
    const Tensor* data = c.value(0);
    if (!data || !detail::dense(*data)) return std::nullopt;
    std::optional<std::vector<int64_t>> starts, ends, axes, steps;
    if (c.opset() < 10) {
        starts = c.ints_attribute("starts");
        ends = c.ints_attribute("ends");
        axes = c.ints_attribute("axes");
    } else {
        starts = detail::index_values(c.value(1));
        ends = detail::index_values(c.value(2));
        if (c.has(3) && !(axes = detail::index_values(c.value(3)))) return std::nullopt;
        if (c.has(4) && !(steps = detail::index_values(c.value(4)))) return std::nullopt;
    }
    if (!starts || !ends || starts->size() != ends->size()) return std::nullopt;
    int64_t rank = static_cast<int64_t>(data->dims.size());
    if (!axes) {
        axes.emplace();
        for (std::size_t i = 0; i < starts->size(); ++i) axes->push_back(static_cast<int64_t>(i));
    }
    if (!steps) steps = std::vector<int64_t>(starts->size(), 1);
    if (axes->size() != starts->size() || steps->size() != starts->size()) return std::nullopt;
    auto normalized = detail::normalized_axes(*axes, rank);
    if (!normalized) return std::nullopt;
    detail::Dims first(rank, 0), step(rank, 1), dims = data->dims;
    for (std::size_t i = 0; i < normalized->size(); ++i) {
        int64_t a = (*normalized)[i], dim = data->dims[a], s = (*starts)[i], e = (*ends)[i], st = (*steps)[i];
        if (st == 0) return std::nullopt;
        if (s < 0) s += dim;
        if (e < 0) e += dim;
        int64_t n = 0;
        if (dim == 0) n = 0;
        else if (st > 0) {
            s = std::clamp(s, int64_t{0}, dim);
            e = std::clamp(e, int64_t{0}, dim);
            n = e > s ? (e - s - 1) / st + 1 : 0;
        } else {
            s = std::clamp(s, int64_t{0}, dim - 1);
            e = std::clamp(e, int64_t{-1}, dim - 1);
            n = s > e ? (st == INT64_MIN ? 1 : (s - e - 1) / -st + 1) : 0;
        }
        first[a] = s;
        step[a] = st;
        dims[a] = n;
    }
    if (!detail::fits(c, dims)) return std::nullopt;
    detail::Dims strides = detail::strides_of(data->dims);
    std::vector<int64_t> index(static_cast<std::size_t>(*detail::count_of(dims)));
    detail::for_each_coordinate(dims, [&](int64_t i, const detail::Dims& coord) {
        int64_t flat = 0;
        for (int64_t d = 0; d < rank; ++d) flat += (first[d] + coord[d] * step[d]) * strides[d];
        index[static_cast<std::size_t>(i)] = flat;
    });
    return detail::pick(*data, dims, index);
}

// Conversions as ONNX Runtime does them (static_cast): integers wrap, floats truncate toward
// zero. A float that does not fit the integer type (or NaN) is undefined there, so not folded.
inline Result cast(const Call& c) {
    const Tensor* in = c.value(0);
    const Attribute* to_attribute = c.node.attribute("to");
    if (!in || !detail::dense(*in) || !to_attribute || !to_attribute->get_if<int64_t>()) return std::nullopt;
    auto to = static_cast<DType>(*to_attribute->get_if<int64_t>());
    if (to == in->dtype) return Tensor(in->dtype, in->dims, in->data);
    bool integral_in = in->dtype == DType::boolean || detail::integer_in_int64(in->dtype);
    bool float_in = detail::float32_or_64(in->dtype) || in->dtype == DType::float16;
    bool integral_out = to == DType::boolean || detail::integer_in_int64(to);
    if (!(integral_in || float_in)) return std::nullopt;
    if (integral_out) {
        std::vector<int64_t> out;
        if (integral_in) {
            out = *tensor_as_int64s(*in);
            for (int64_t& v : out) {
                if (to == DType::boolean) v = v != 0;
                else {
                    auto [low, high] = detail::integer_range(to);
                    // Keep the low bits, as the two's complement conversion does.
                    uint64_t span = static_cast<uint64_t>(high) - static_cast<uint64_t>(low) + 1;
                    if (to != DType::int64) {
                        uint64_t u = static_cast<uint64_t>(v) % span;
                        v = low < 0 && u > static_cast<uint64_t>(high) ? static_cast<int64_t>(u - span) : static_cast<int64_t>(u);
                    }
                }
            }
        } else {
            std::vector<double> doubles = *tensor_as_doubles(*in);
            for (double d : doubles) {
                if (std::isnan(d)) return std::nullopt;
                if (to == DType::boolean) {
                    out.push_back(d != 0);
                    continue;
                }
                double t = std::trunc(d);
                auto [low, high] = detail::integer_range(to);
                // 2^63 is exact in double; int64's high is not.
                if (t < static_cast<double>(low) || t >= static_cast<double>(high) + 1.0) return std::nullopt;
                out.push_back(static_cast<int64_t>(t));
            }
        }
        return detail::integer_tensor(to, in->dims, out);
    }
    if (to == DType::float32 || to == DType::float64) {
        if (integral_in) {
            // int64 -> float32 must round once, straight from the integer.
            auto ints = *tensor_as_int64s(*in);
            std::vector<double> out;
            for (int64_t v : ints) out.push_back(to == DType::float32 ? static_cast<double>(static_cast<float>(v)) : static_cast<double>(v));
            return detail::float_tensor(to, in->dims, out);
        }
        return detail::float_tensor(to, in->dims, *tensor_as_doubles(*in));
    }
    return std::nullopt;  // to float16 and others: rounding modes differ between kernels
}

inline Result add(const Call& c) {
    return detail::arithmetic(
        c,
        [](int64_t a, int64_t b) -> std::optional<int64_t> {
            int64_t r;
            if (__builtin_add_overflow(a, b, &r)) return std::nullopt;
            return r;
        },
        [](double a, double b) { return a + b; });
}

inline Result sub(const Call& c) {
    return detail::arithmetic(
        c,
        [](int64_t a, int64_t b) -> std::optional<int64_t> {
            int64_t r;
            if (__builtin_sub_overflow(a, b, &r)) return std::nullopt;
            return r;
        },
        [](double a, double b) { return a - b; });
}

inline Result mul(const Call& c) {
    return detail::arithmetic(
        c,
        [](int64_t a, int64_t b) -> std::optional<int64_t> {
            int64_t r;
            if (__builtin_mul_overflow(a, b, &r)) return std::nullopt;
            return r;
        },
        [](double a, double b) { return a * b; });
}

// Integer division truncates toward zero, as C++ and ONNX Runtime do (-7 / 2 == -3).
inline Result div(const Call& c) {
    return detail::arithmetic(
        c,
        [](int64_t a, int64_t b) -> std::optional<int64_t> {
            if (b == 0 || (a == INT64_MIN && b == -1)) return std::nullopt;
            return a / b;
        },
        [](double a, double b) { return a / b; });
}

inline Result neg(const Call& c) {
    auto n = detail::numbers_of(c.value(0));
    if (!n || n->dtype == DType::boolean) return std::nullopt;
    if (n->integral()) {
        for (int64_t& v : n->ints) {
            if (v == INT64_MIN) return std::nullopt;
            v = -v;
        }
        return detail::integer_tensor(n->dtype, n->dims, n->ints);
    }
    for (double& v : n->floats) v = -v;
    return detail::float_tensor(n->dtype, n->dims, n->floats);
}

// A 0 copies the input's dim at that position (unless Reshape-14's allowzero is set, when it
// means an empty dim); one -1 takes what is left.
inline Result reshape(const Call& c) {
    const Tensor* data = c.value(0);
    auto shape = detail::index_values(c.value(1));
    if (!data || !detail::dense(*data) || !shape || c.value(1)->dtype != DType::int64) return std::nullopt;
    bool allow_zero = c.opset() >= 14 && c.int_attribute("allowzero", 0) != 0;
    detail::Dims dims = *shape;
    int64_t known = 1;
    std::optional<std::size_t> inferred;
    for (std::size_t i = 0; i < dims.size(); ++i) {
        if (dims[i] == 0 && !allow_zero) {
            if (i >= data->dims.size()) return std::nullopt;
            dims[i] = data->dims[i];
        }
        if (dims[i] == -1) {
            if (inferred) return std::nullopt;
            inferred = i;
        } else if (dims[i] < 0) {
            return std::nullopt;
        } else if (__builtin_mul_overflow(known, dims[i], &known)) {
            return std::nullopt;
        }
    }
    int64_t total = *data->element_count();
    if (inferred) {
        if (known == 0 || total % known != 0) return std::nullopt;
        dims[*inferred] = total / known;
    } else if (known != total) {
        return std::nullopt;
    }
    return detail::reshaped(*data, dims);
}

// Expand broadcasts both ways: a 1 in the shape keeps the input's dim.
inline Result expand(const Call& c) {
    const Tensor* data = c.value(0);
    auto shape = detail::index_values(c.value(1));
    if (!data || !detail::dense(*data) || !shape) return std::nullopt;
    for (int64_t d : *shape)
        if (d < 0) return std::nullopt;
    auto dims = detail::broadcast_dims({data->dims, *shape});
    if (!dims || !detail::fits(c, *dims)) return std::nullopt;
    return detail::pick(*data, *dims, detail::broadcast_index(data->dims, *dims));
}

// The value attribute is a one-element tensor; without it, float32 zeros.
inline Result constant_of_shape(const Call& c) {
    auto shape = detail::index_values(c.value(0));
    if (!shape || c.value(0)->dtype != DType::int64) return std::nullopt;
    for (int64_t d : *shape)
        if (d < 0) return std::nullopt;
    if (!detail::fits(c, *shape)) return std::nullopt;
    Tensor fill = Tensor::from_vector(DType::float32, {1}, std::vector<float>{0.0f});
    if (const Attribute* a = c.node.attribute("value")) {
        const Tensor* t = a->get_if<Tensor>();
        if (!t || !detail::dense(*t) || t->element_count() != 1) return std::nullopt;
        fill = *t;
    }
    std::vector<int64_t> index(static_cast<std::size_t>(*detail::count_of(*shape)), 0);
    return detail::pick(fill, *shape, index);
}

// Integers only: ONNX Runtime accumulates float ranges step by step, which folding would have
// to imitate to be exact.
inline Result range(const Call& c) {
    auto start = detail::numbers_of(c.value(0)), limit = detail::numbers_of(c.value(1)), delta = detail::numbers_of(c.value(2));
    if (!start || !limit || !delta) return std::nullopt;
    DType t = start->dtype;
    if ((t != DType::int32 && t != DType::int64 && t != DType::int16) || limit->dtype != t || delta->dtype != t ||
        start->ints.size() != 1 || limit->ints.size() != 1 || delta->ints.size() != 1)
        return std::nullopt;
    __int128 s = start->ints[0], l = limit->ints[0], d = delta->ints[0];
    // ONNX Runtime counts with ceil((limit - start) / delta) in double: exact below 2^53.
    if (d == 0 || (l - s) > (__int128(1) << 53) || (s - l) > (__int128(1) << 53)) return std::nullopt;
    __int128 span = l - s;
    __int128 n = span / d + ((span % d != 0 && ((span > 0) == (d > 0))) ? 1 : 0);
    if (n < 0) n = 0;
    if (n > c.max_elements) return std::nullopt;
    std::vector<int64_t> out;
    for (__int128 i = 0; i < n; ++i) out.push_back(static_cast<int64_t>(s + i * d));
    return detail::integer_tensor(t, {static_cast<int64_t>(n)}, out);
}

inline Result equal(const Call& c) {
    return detail::comparison(c, [](auto a, auto b) { return a == b; });
}
inline Result less(const Call& c) {
    return detail::comparison(c, [](auto a, auto b) { return a < b; });
}
inline Result greater(const Call& c) {
    return detail::comparison(c, [](auto a, auto b) { return a > b; });
}

inline Result logical_not(const Call& c) {
    const Tensor* in = c.value(0);
    if (!in || !detail::dense(*in) || in->dtype != DType::boolean) return std::nullopt;
    std::vector<bool> out;
    std::vector<int64_t> flags = *tensor_as_int64s(*in);
    for (int64_t v : flags) out.push_back(v == 0);
    return detail::bool_tensor(in->dims, out);
}

inline Result where(const Call& c) {
    auto inputs = detail::dense_inputs(c);
    if (!inputs || inputs->size() != 3 || c.inputs.size() != 3) return std::nullopt;
    const Tensor &condition = *(*inputs)[0], &x = *(*inputs)[1], &y = *(*inputs)[2];
    if (condition.dtype != DType::boolean || x.dtype != y.dtype) return std::nullopt;
    auto dims = detail::broadcast_dims({condition.dims, x.dims, y.dims});
    if (!dims || !detail::fits(c, *dims)) return std::nullopt;
    auto ic = detail::broadcast_index(condition.dims, *dims), ix = detail::broadcast_index(x.dims, *dims),
         iy = detail::broadcast_index(y.dims, *dims);
    // Picks from x and y laid end to end.
    std::vector<std::byte> both(x.data.bytes().begin(), x.data.bytes().end());
    both.insert(both.end(), y.data.bytes().begin(), y.data.bytes().end());
    Tensor joined(x.dtype, {static_cast<int64_t>(both.size() / element_size(x.dtype))}, Buffer::take(std::move(both)));
    int64_t x_count = *x.element_count();
    std::vector<int64_t> index(ic.size());
    for (std::size_t i = 0; i < index.size(); ++i)
        index[i] = condition.at<uint8_t>(static_cast<std::size_t>(ic[i])) ? ix[i] : x_count + iy[i];
    return detail::pick(joined, *dims, index);
}

inline Result min(const Call& c) {
    return detail::variadic_extreme(c, [](auto candidate, auto current) { return candidate < current; });
}
inline Result max(const Call& c) {
    return detail::variadic_extreme(c, [](auto candidate, auto current) { return candidate > current; });
}

// ReduceSum-13 and ReduceProd-18 moved axes to input 1 and added noop_with_empty_axes.
// Integers only, so the order of accumulation does not matter.
template <bool product>
Result reduce(const Call& c) {
    auto n = detail::numbers_of(c.value(0));
    if (!n || !detail::integer_in_int64(n->dtype)) return std::nullopt;
    auto axes = detail::axes_of(c, product ? 18 : 13, 1);
    if (!axes) return std::nullopt;
    int64_t rank = static_cast<int64_t>(n->dims.size());
    bool keep = c.int_attribute("keepdims", 1) != 0;
    std::vector<int64_t> reduced;
    if (*axes && !(*axes)->empty()) {
        auto normalized = detail::normalized_axes(**axes, rank);
        if (!normalized) return std::nullopt;
        reduced = *normalized;
    } else if (c.opset() >= (product ? 18 : 13) && c.int_attribute("noop_with_empty_axes", 0) != 0) {
        return detail::integer_tensor(n->dtype, n->dims, n->ints);
    } else {
        for (int64_t i = 0; i < rank; ++i) reduced.push_back(i);
    }
    auto is_reduced = [&](int64_t d) { return std::find(reduced.begin(), reduced.end(), d) != reduced.end(); };
    detail::Dims kept_dims, dims;
    for (int64_t d = 0; d < rank; ++d) {
        kept_dims.push_back(is_reduced(d) ? 1 : n->dims[d]);
        if (!is_reduced(d) || keep) dims.push_back(kept_dims.back());
    }
    std::vector<int64_t> out(static_cast<std::size_t>(*detail::count_of(kept_dims)), product ? 1 : 0);
    detail::Dims strides = detail::strides_of(kept_dims);
    bool overflow = false;
    detail::for_each_coordinate(n->dims, [&](int64_t i, const detail::Dims& coord) {
        int64_t flat = 0;
        for (int64_t d = 0; d < rank; ++d)
            if (!is_reduced(d)) flat += coord[d] * strides[d];
        int64_t& acc = out[static_cast<std::size_t>(flat)];
        int64_t x = n->ints[static_cast<std::size_t>(i)];
        overflow |= product ? __builtin_mul_overflow(acc, x, &acc) : __builtin_add_overflow(acc, x, &acc);
    });
    if (overflow) return std::nullopt;
    return detail::integer_tensor(n->dtype, dims, out);
}

inline Result sqrt(const Call& c) {
    return detail::float_unary(c, [](double x) { return std::sqrt(x); });
}
inline Result floor(const Call& c) {
    return detail::float_unary(c, [](double x) { return std::floor(x); });
}
inline Result ceil(const Call& c) {
    return detail::float_unary(c, [](double x) { return std::ceil(x); });
}

// Without perm the dims are reversed.
inline Result transpose(const Call& c) {
    const Tensor* data = c.value(0);
    if (!data || !detail::dense(*data)) return std::nullopt;
    int64_t rank = static_cast<int64_t>(data->dims.size());
    std::vector<int64_t> perm;
    if (auto p = c.ints_attribute("perm")) perm = *p;
    else
        for (int64_t i = rank; i-- > 0;) perm.push_back(i);
    if (static_cast<int64_t>(perm.size()) != rank) return std::nullopt;
    auto normalized = detail::normalized_axes(perm, rank);
    if (!normalized || *normalized != perm) return std::nullopt;
    detail::Dims dims, in_strides = detail::strides_of(data->dims);
    for (int64_t p : perm) dims.push_back(data->dims[p]);
    std::vector<int64_t> index(static_cast<std::size_t>(*data->element_count()));
    detail::for_each_coordinate(dims, [&](int64_t i, const detail::Dims& coord) {
        int64_t flat = 0;
        for (int64_t d = 0; d < rank; ++d) flat += coord[d] * in_strides[perm[d]];
        index[static_cast<std::size_t>(i)] = flat;
    });
    return detail::pick(*data, dims, index);
}

inline Result tile(const Call& c) {
    const Tensor* data = c.value(0);
    auto repeats = detail::index_values(c.value(1));
    if (!data || !detail::dense(*data) || !repeats || repeats->size() != data->dims.size()) return std::nullopt;
    detail::Dims dims;
    for (std::size_t d = 0; d < repeats->size(); ++d) {
        int64_t n;
        if ((*repeats)[d] < 0 || __builtin_mul_overflow(data->dims[d], (*repeats)[d], &n)) return std::nullopt;
        dims.push_back(n);
    }
    if (!detail::fits(c, dims)) return std::nullopt;
    detail::Dims in_strides = detail::strides_of(data->dims);
    std::vector<int64_t> index(static_cast<std::size_t>(*detail::count_of(dims)));
    detail::for_each_coordinate(dims, [&](int64_t i, const detail::Dims& coord) {
        int64_t flat = 0;
        for (std::size_t d = 0; d < dims.size(); ++d) flat += (coord[d] % data->dims[d]) * in_strides[d];
        index[static_cast<std::size_t>(i)] = flat;
    });
    return detail::pick(*data, dims, index);
}

// ---- The table ---------------------------------------------------------------------------

struct Kernel {
    std::string_view op;
    Result (*evaluate)(const Call&);
    // Shape and Size read only the input's static shape, not its values.
    bool reads_values = true;
};

inline constexpr std::array kernels = {
    Kernel{"Shape", shape, false},
    Kernel{"Size", size, false},
    Kernel{"Gather", gather},
    Kernel{"Unsqueeze", unsqueeze},
    Kernel{"Squeeze", squeeze},
    Kernel{"Concat", concat},
    Kernel{"Slice", slice},
    Kernel{"Cast", cast},
    Kernel{"Add", add},
    Kernel{"Sub", sub},
    Kernel{"Mul", mul},
    Kernel{"Div", div},
    Kernel{"Neg", neg},
    Kernel{"Reshape", reshape},
    Kernel{"Expand", expand},
    Kernel{"ConstantOfShape", constant_of_shape},
    Kernel{"Range", range},
    Kernel{"Equal", equal},
    Kernel{"Less", less},
    Kernel{"Greater", greater},
    Kernel{"Not", logical_not},
    Kernel{"Where", where},
    Kernel{"Min", min},
    Kernel{"Max", max},
    Kernel{"ReduceProd", reduce<true>},
    Kernel{"ReduceSum", reduce<false>},
    Kernel{"Sqrt", sqrt},
    Kernel{"Floor", floor},
    Kernel{"Ceil", ceil},
    Kernel{"Transpose", transpose},
    Kernel{"Tile", tile},
};

inline const Kernel* kernel_for(std::string_view op) {
    for (const auto& k : kernels)
        if (k.op == op) return &k;
    return nullptr;
}

} // namespace opbridge::fold
