#pragma once
// Opset adapters: elementwise and tensor-making ops newer than opset 7, rebuilt from older
// ops where that is exact (Sinh, Cosh, Asinh, Acosh, Atanh, Sign, IsNaN, IsInf, Where,
// Expand, ConstantOfShape, EyeLike, Range, GreaterOrEqual, LessOrEqual, Mod, BitShift,
// BitwiseNot, Round, Trilu, CastLike, Bernoulli, GatherElements, the two training losses
// and the window functions) and refused with the reason where it is not (Erf, Det, CumSum,
// Einsum, NonZero, Unique, BitwiseAnd/Or/Xor); Max/Min/Mean/Sum broadcasting (8); Cast's
// saturate and new types (9, 13, 19, 21).
#include <cmath>
#include <limits>
#include <numbers>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace math_formulas {

// Integers below opset 9 (where Greater and Less take floats only) are compared as doubles:
// exact for the sign of any integer and for every value of up to 32 bits.
inline Expr comparable(Expr x) {
    if (is_integer(x.dtype) && x.formula->target_opset() < 9) return cast(x, DType::float64);
    return x;
}

// Sinh-9: (e^x - e^-x) / 2
inline Expr sinh(Formula& f) {
    Expr x = f.input(0);
    return (exp(x) - exp(-x)) * 0.5;
}
// Cosh-9: (e^x + e^-x) / 2
inline Expr cosh(Formula& f) {
    Expr x = f.input(0);
    return (exp(x) + exp(-x)) * 0.5;
}
// Asinh-9: sign(x) * ln(|x| + sqrt(x^2 + 1)); odd, so a large negative x does not cancel.
inline Expr asinh(Formula& f) {
    Expr x = f.input(0), a = abs(x);
    return sign(x) * log(a + sqrt(a * a + 1.0));
}
// Acosh-9: ln(x + sqrt((x - 1)(x + 1))), which keeps its precision near x = 1.
inline Expr acosh(Formula& f) {
    Expr x = f.input(0);
    return log(x + sqrt((x - 1.0) * (x + 1.0)));
}
// Atanh-9: ln((1 + x) / (1 - x)) / 2
inline Expr atanh(Formula& f) {
    Expr x = f.input(0);
    return log((1.0 + x) / (1.0 - x)) * 0.5;
}

// Sign-9: (x > 0) - (x < 0), integers counted as doubles (see comparable) and cast back.
inline Expr sign_of(Formula& f) {
    Expr x = f.input(0);
    DType t = is_integer(x.dtype) ? DType::float64 : x.dtype;
    Expr v = cast(x, t);
    return cast(cast(greater(v, 0.0), t) - cast(less(v, 0.0), t), x.dtype);
}

// IsNaN-9: NaN is the only value neither greater than -inf nor less than +inf.
inline Expr is_nan_of(Formula& f) {
    Expr x = f.input(0);
    const double inf = std::numeric_limits<double>::infinity();
    return logical_not(logical_or(greater(x, -inf), less(x, inf)));
}

// IsInf-10: the infinities are the values beyond the largest finite one of their type.
inline Expr is_inf_of(Formula& f) {
    Expr x = f.input(0);
    const double largest = x.dtype == DType::float32 ? std::numeric_limits<float>::max() : std::numeric_limits<double>::max();
    bool positive = f.int_attribute("detect_positive", 1) != 0, negative = f.int_attribute("detect_negative", 1) != 0;
    if (positive && negative) return greater(abs(x), largest);
    if (positive) return greater(x, largest);
    if (negative) return less(x, -largest);
    return greater(x, std::numeric_limits<double>::infinity());  // detects nothing: always false
}

// Where-9 below opset 9 is a blend: c * x + (1 - c) * y for integers (x * 1 + y * 0 is exact),
// (c and x) or (not c and y) for booleans. For floats an inf or NaN in the branch not taken
// would come through as NaN, so those are refused.
inline Expr where_blend(Formula& f) {
    Expr c = f.input(0), x = f.input(1), y = f.input(2);
    if (x.dtype == DType::boolean) return logical_or(logical_and(c, x), logical_and(logical_not(c), y));
    Expr take_x = cast(c, x.dtype);
    return take_x * x + (1.0 - take_x) * y;
}

// Expand-8 below opset 8: Unsqueeze to the output rank, then Tile each axis where the input
// has 1 and the shape more (Tile copies, exactly and for every type).
inline Expr expand_by_tile(Formula& f) {
    Expr x = f.input(0);
    auto shape = *tensor_as_int64s(*f.constant_input(1));
    auto dims = *known_dims_of(x.value);
    if (shape.size() < dims.size()) shape.insert(shape.begin(), dims.size() - shape.size(), 1);
    return tile_to(x, dims, shape);
}
inline Outcome expand_input_dims_known(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Tensor* shape = RewriteContext::constant_value(n.input(1));
    auto dims = known_dims_of(n.input(0));
    auto to = shape ? tensor_as_int64s(*shape) : std::nullopt;
    if (!to) return Outcome::applied;  // refused by the constant_input step
    bool known = dims.has_value();
    for (std::size_t i = 0; known && i < to->size(); ++i) {
        std::ptrdiff_t d = static_cast<std::ptrdiff_t>(dims->size()) - static_cast<std::ptrdiff_t>(to->size()) + static_cast<std::ptrdiff_t>(i);
        if ((*to)[i] != 1 && d >= 0 && !(*dims)[static_cast<std::size_t>(d)]) known = false;
    }
    if (known) return Outcome::applied;
    return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 0),
                     "Expand below opset 8 becomes Tile, whose repeats need the input's size on every axis the shape enlarges, "
                     "and it is not known",
                     rule::detail::keep_opset_hint(info) + ", or give the input a static shape");
}

// Folding a tensor-making op into a constant stops at this many elements (a constant of
// that size already bloats the file; beyond it the model should keep the op).
inline constexpr int64_t max_folded_elements = int64_t(1) << 24;

inline Outcome folds_small_enough(const Node& n, RewriteContext& ctx, const AdapterInfo& info, std::optional<int64_t> count) {
    if (count && *count <= max_folded_elements) return Outcome::applied;
    return ctx.error(n, "opset.too-large", "",
                     std::string(info.op) + " below opset " + std::to_string(info.from) +
                         " becomes a constant, and this one would have " +
                         (count ? std::to_string(*count) : std::string("an unbounded number of")) + " elements (at most " +
                         std::to_string(max_folded_elements) + " are folded)",
                     rule::detail::keep_opset_hint(info));
}

// ConstantOfShape-9 below opset 9: with a constant shape, the output is a constant.
inline Tensor constant_of_shape_value(const Node& n, const std::vector<int64_t>& dims) {
    Tensor one = make_tensor(DType::float32, {1}, {0.0}).value();  // the documented default
    if (const Attribute* a = n.attribute("value"))
        if (const Tensor* t = a->get_if<Tensor>()) one = *t;
    std::size_t size = element_size(one.dtype);
    int64_t count = Tensor::checked_element_count(dims).value_or(0);
    std::vector<std::byte> bytes(static_cast<std::size_t>(count) * size);
    for (std::size_t i = 0; i < bytes.size(); i += size) std::memcpy(bytes.data() + i, one.data.data(), size);
    return Tensor(one.dtype, dims, Buffer::take(std::move(bytes)));
}
inline Expr constant_of_shape_folded(Formula& f) {
    return f.constant(constant_of_shape_value(f.node(), *tensor_as_int64s(*f.constant_input(0))));
}
inline Outcome constant_of_shape_small(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Tensor* shape = RewriteContext::constant_value(n.input(0));
    if (!shape) return Outcome::applied;  // refused by the constant_input step
    auto dims = tensor_as_int64s(*shape);
    return folds_small_enough(n, ctx, info, dims ? Tensor::checked_element_count(*dims) : std::nullopt);
}

// EyeLike-9 below opset 9: for an input of static shape [rows, cols], a constant with ones
// on diagonal k, of the 'dtype' attribute's type or else the input's.
inline Expr eye_like_folded(Formula& f) {
    Expr x = f.input(0);
    auto dims = *static_shape_of(x.value);
    int64_t k = f.int_attribute("k", 0);
    DType t = static_cast<DType>(f.int_attribute("dtype", static_cast<int64_t>(x.dtype)));
    std::vector<double> values(static_cast<std::size_t>(dims[0] * dims[1]), 0.0);
    for (int64_t i = 0; i < dims[0]; ++i)
        if (i + k >= 0 && i + k < dims[1]) values[static_cast<std::size_t>(i * dims[1] + i + k)] = 1.0;
    return f.constant(make_tensor(t, dims, values).value());
}
inline Outcome eye_like_shape_static(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto dims = static_shape_of(n.input(0));
    if (!dims || dims->size() != 2)
        return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 0),
                         "EyeLike below opset 9 becomes a constant, which needs the input's 2-D shape, and it is not known",
                         rule::detail::keep_opset_hint(info) + ", or give the input a static shape");
    return folds_small_enough(n, ctx, info, Tensor::checked_element_count(*dims));
}

// Range-11 below opset 11: with constant start, limit and delta the output is a constant of
// max(ceil((limit - start) / delta), 0) elements start + i * delta.
inline std::optional<int64_t> range_count(const Node& n) {
    const Tensor *start = RewriteContext::constant_value(n.input(0)), *limit = RewriteContext::constant_value(n.input(1)),
                 *delta = RewriteContext::constant_value(n.input(2));
    if (!start || !limit || !delta) return std::nullopt;
    auto s = tensor_as_doubles(*start), l = tensor_as_doubles(*limit), d = tensor_as_doubles(*delta);
    if (!s || !l || !d || s->empty() || l->empty() || d->empty() || d->front() == 0) return std::nullopt;
    double count = std::ceil((l->front() - s->front()) / d->front());
    if (!(count < double(max_folded_elements) + 1)) return std::nullopt;
    return std::max<int64_t>(0, static_cast<int64_t>(count));
}
inline Expr range_folded(Formula& f) {
    const Tensor& start = *f.constant_input(0);
    const Tensor& delta = *f.constant_input(2);
    int64_t count = *range_count(f.node());
    Tensor t;
    if (is_integer(start.dtype)) {
        int64_t s = tensor_as_int64s(start)->front(), d = tensor_as_int64s(delta)->front();
        std::vector<int64_t> values(static_cast<std::size_t>(count));
        for (int64_t i = 0; i < count; ++i) values[static_cast<std::size_t>(i)] = s + i * d;
        t = make_int64_tensor({count}, values);
        if (start.dtype != DType::int64) {
            std::vector<double> narrowed(values.begin(), values.end());
            t = make_tensor(start.dtype, {count}, narrowed).value();
        }
    } else {
        double s = tensor_as_doubles(start)->front(), d = tensor_as_doubles(delta)->front();
        std::vector<double> values(static_cast<std::size_t>(count));
        for (int64_t i = 0; i < count; ++i) values[static_cast<std::size_t>(i)] = s + static_cast<double>(i) * d;
        t = make_tensor(start.dtype, {count}, values).value();
    }
    return f.constant(std::move(t));
}
inline Outcome range_foldable(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    for (int i = 0; i < 3; ++i)
        if (!RewriteContext::constant_value(n.input(static_cast<std::size_t>(i))))
            return ctx.error(n, "opset.needs-constant", decompose_detail::input_text(n, i),
                             "Range below opset 11 can only be folded into a constant, which needs start, limit and delta "
                             "constant, but this input is computed at run time" +
                                 rule::detail::producer_text(n.input(static_cast<std::size_t>(i))),
                             rule::detail::keep_opset_hint(info));
    return folds_small_enough(n, ctx, info, range_count(n));
}

// GreaterOrEqual-12: a >= b is "a > b or a == b" where Equal takes the type (floats from
// opset 11); below that "not a < b", which for floats must also rule out NaN operands.
inline Expr at_least_as(Expr a, Expr b) {
    if (is_integer(a.dtype)) return logical_not(less(comparable(a), comparable(b)));
    if (a.formula->target_opset() >= 11) return logical_or(greater(a, b), equal(a, b));
    return logical_and(logical_not(less(a, b)), logical_not(logical_or(is_nan(a), is_nan(b))));
}
inline Expr greater_or_equal(Formula& f) { return at_least_as(f.input(0), f.input(1)); }
// LessOrEqual-12: a <= b is b >= a.
inline Expr less_or_equal(Formula& f) { return at_least_as(f.input(1), f.input(0)); }
inline Outcome integers_compare_exactly(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto t = infer_dtype(n.input(0));
    if (ctx.target_opset() >= 9 || !t || (*t != DType::int64 && *t != DType::uint64)) return Outcome::applied;
    return ctx.error(n, "opset.dtype", decompose_detail::input_text(n, 0),
                     "Greater and Less take integers only from opset 9, and 64-bit integers cannot be compared exactly as "
                     "doubles below it",
                     "convert to opset 9 or later (opset " + std::to_string(info.from) + " keeps " + std::string(info.op) + ")");
}

// 8- and 16-bit integers, which Div, Mul and Sub take only from opset 14, are computed in the
// 32-bit type of the same signedness and cast back: every result fits.
inline DType widened_for_arithmetic(DType t, int64_t target_opset) {
    if (target_opset >= 14) return t;
    if (t == DType::int8 || t == DType::int16) return DType::int32;
    if (t == DType::uint8 || t == DType::uint16) return DType::uint32;
    return t;
}

// Mod-10 on integers, from Div (which truncates toward zero): r = a - b * (a / b) has the sign
// of a, which is fmod = 1. fmod = 0 takes the sign of b: add b where r and b differ in sign.
inline Expr mod_of(Formula& f) {
    DType type = f.input(0).dtype, wide = widened_for_arithmetic(type, f.target_opset());
    Expr a = cast(f.input(0), wide), b = cast(f.input(1), wide);
    Expr r = a - b * (a / b);
    bool is_signed = type == DType::int8 || type == DType::int16 || type == DType::int32 || type == DType::int64;
    if (f.int_attribute("fmod", 0) == 0 && is_signed) {
        Expr r_negative = less(comparable(r), 0.0), r_positive = greater(comparable(r), 0.0), b_negative = less(comparable(b), 0.0);
        Expr signs_differ = logical_or(logical_and(r_negative, logical_not(b_negative)), logical_and(r_positive, b_negative));
        r = r + b * cast(signs_differ, wide);
    }
    return cast(r, type);
}

// BitShift-11 with a constant shift s, on unsigned integers: x << s = x * 2^s (the product
// wraps as the shift does) and x >> s = x / 2^s.
inline std::optional<std::vector<uint64_t>> shift_amounts(const Node& n) {
    const Tensor* t = RewriteContext::constant_value(n.input(1));
    if (!t) return std::nullopt;
    if (t->dtype == DType::uint64) return t->to_vector<uint64_t>();
    auto v = tensor_as_int64s(*t);
    if (!v) return std::nullopt;
    return std::vector<uint64_t>(v->begin(), v->end());
}
inline Expr bit_shift_of(Formula& f) {
    Expr x = f.input(0);
    auto amounts = *shift_amounts(f.node());
    std::vector<int64_t> dims = f.constant_input(1)->dims;
    Tensor factor = x.dtype == DType::uint64 ? Tensor::from_vector(x.dtype, dims, [&] {
        std::vector<uint64_t> p;
        for (uint64_t s : amounts) p.push_back(uint64_t(1) << s);
        return p;
    }())
                                             : Tensor::from_vector(x.dtype, dims, [&] {
                                                   std::vector<uint32_t> p;
                                                   for (uint64_t s : amounts) p.push_back(uint32_t(1) << s);
                                                   return p;
                                               }());
    Expr by = f.constant(std::move(factor));
    return f.string_attribute("direction", "") == "LEFT" ? x * by : x / by;
}
inline Outcome shift_amounts_in_range(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto amounts = shift_amounts(n);
    auto t = infer_dtype(n.input(0));
    if (!amounts || !t) return Outcome::applied;  // refused by the other steps
    uint64_t bits = *t == DType::uint64 ? 64 : 32;
    for (uint64_t s : *amounts)
        if (s >= bits)
            return ctx.error(n, "opset.constant-value", decompose_detail::input_text(n, 1),
                             "BitShift below opset 11 multiplies or divides by 2^shift, and a shift of " + std::to_string(s) +
                                 " does not fit a " + std::to_string(bits) + "-bit factor",
                             rule::detail::keep_opset_hint(info));
    return Outcome::applied;
}

// BitwiseNot-18: in two's complement ~x = all-ones - x: -1 - x for signed integers and
// max - x for unsigned ones (8- and 16-bit ones computed in 32 bits below opset 14, see above).
inline Expr bitwise_not_of(Formula& f) {
    Expr x = f.input(0);
    DType wide = widened_for_arithmetic(x.dtype, f.target_opset());
    bool is_signed = x.dtype == DType::int8 || x.dtype == DType::int16 || x.dtype == DType::int32 || x.dtype == DType::int64;
    if (wide != x.dtype) {
        double all_ones = is_signed ? -1.0 : double((uint64_t(1) << (8 * element_size(x.dtype))) - 1);
        return cast(all_ones - cast(x, wide), x.dtype);
    }
    std::vector<std::byte> ones(element_size(x.dtype), std::byte{0xff});
    return f.constant(Tensor(x.dtype, {}, Buffer::take(std::move(ones)))) - x;
}

// Round-11: half to even, from Floor and comparisons (see round_half_to_even).
inline Expr round_of(Formula& f) { return round_half_to_even(f.input(0)); }

// Trilu-14 below opset 14, for static last two dims: a mask keeps the triangle j - i >= k
// (upper) or j - i <= k (lower), constant when k is, else compared with k at run time; it
// selects through Where from opset 9 (exact for every value), and below through a product
// with the 0/1 mask (exact for integers) or And (booleans).
inline Expr trilu_masked(Formula& f) {
    Expr x = f.input(0);
    auto dims = *known_dims_of(x.value);
    int64_t rows = *dims[dims.size() - 2], cols = *dims.back();
    bool upper = f.int_attribute("upper", 1) != 0;
    const Tensor* k_constant = f.constant_input(1);
    Expr keep;
    if (!f.input(1).given() || k_constant) {
        int64_t k = k_constant ? tensor_as_int64s(*k_constant)->front() : 0;
        std::vector<double> mask(static_cast<std::size_t>(rows * cols));
        for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) mask[static_cast<std::size_t>(i * cols + j)] = upper ? j - i >= k : j - i <= k;
        keep = f.constant(make_tensor(DType::boolean, {rows, cols}, mask).value());
    } else {
        std::vector<int64_t> diagonal_offset(static_cast<std::size_t>(rows * cols));
        for (int64_t i = 0; i < rows; ++i)
            for (int64_t j = 0; j < cols; ++j) diagonal_offset[static_cast<std::size_t>(i * cols + j)] = j - i;
        Expr offset = comparable(f.constant(make_int64_tensor({rows, cols}, diagonal_offset))), k = comparable(f.input(1));
        keep = logical_not(upper ? less(offset, k) : greater(offset, k));
    }
    if (f.target_opset() >= 9) return where(keep, x, f.constant(x.dtype, 0.0));
    if (x.dtype == DType::boolean) return logical_and(x, keep);
    return x * cast(keep, x.dtype);
}
inline Outcome trilu_maskable(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto dims = known_dims_of(n.input(0));
    if (!dims || dims->size() < 2 || !(*dims)[dims->size() - 2] || !dims->back())
        return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 0),
                         "Trilu below opset 14 masks the last two axes, which needs their sizes, and they are not known",
                         rule::detail::keep_opset_hint(info) + ", or give the input a static shape");
    auto t = infer_dtype(n.input(0));
    bool blend_exact = t && (*t == DType::boolean || *t == DType::int32 || *t == DType::int64 || *t == DType::uint32 || *t == DType::uint64);
    if (t && ctx.target_opset() < 9 && !blend_exact)
        return ctx.error(n, "opset.dtype", decompose_detail::input_text(n, 0),
                         "Trilu below opset 9 multiplies by a 0/1 mask, which would turn an inf or NaN outside the triangle into NaN; "
                         "Where (opset 9) selects exactly",
                         "convert to opset 9 or later (opset " + std::to_string(info.from) + " keeps Trilu)");
    if (t && (*t == DType::string || element_size(*t) == 0))
        return ctx.error(n, "opset.dtype", decompose_detail::input_text(n, 0),
                         "Trilu below opset 14 needs a zero of the input's type, and opbridge makes none for " +
                             onnx_schema::tensor_type_string(*t),
                         rule::detail::keep_opset_hint(info));
    return Outcome::applied;
}

// CastLike-15: Cast to the element type of the second input.
inline Expr cast_like_of(Formula& f) { return cast(f.input(0), f.input(1).dtype); }

// Bernoulli-15: 1 where a uniform draw in [0, 1) falls below p (RandomUniformLike, Less),
// in the 'dtype' attribute's type or else p's.
inline Expr bernoulli_of(Formula& f) {
    Expr p = f.input(0);
    std::vector<Attribute> draw{Attribute::of_int("dtype", static_cast<int64_t>(p.dtype))};
    if (const Attribute* seed = f.node().attribute("seed")) draw.push_back(*seed);
    Expr u = f.op("RandomUniformLike", {p}, std::move(draw), p.dtype);
    return cast(less(u, p), static_cast<DType>(f.int_attribute("dtype", static_cast<int64_t>(p.dtype))));
}

// Max/Min/Mean/Sum-8 broadcast their inputs (numpy); opset 6 needs them all of one shape.
// Going down, inputs of one shape stay as they are and inputs of static shapes are tiled to
// the common shape.
inline bool same_known_dim(const Dim& a, const Dim& b) {
    if (a.is_known() && b.is_known()) return a.value == b.value;
    return a.kind == Dim::Kind::param && b.kind == Dim::Kind::param && !a.param.empty() && a.param == b.param;
}
inline bool inputs_share_one_shape(const Node& n) {
    std::optional<Shape> first;
    for (const Value* v : n.inputs) {
        if (!v) continue;
        std::optional<Shape> s;
        if (v->initializer) s = shape_of(v->initializer->dims);
        else if (v->type.kind == Type::Kind::tensor && v->type.shape) s = *v->type.shape;
        if (!s) return false;
        if (!first) first = s;
        else if (s->size() != first->size() || !std::equal(s->begin(), s->end(), first->begin(), same_known_dim)) return false;
    }
    return true;
}
inline std::optional<std::vector<int64_t>> common_static_shape(const Node& n) {
    std::vector<std::vector<int64_t>> shapes;
    for (const Value* v : n.inputs) {
        if (!v) continue;
        auto s = static_shape_of(v);
        if (!s) return std::nullopt;
        shapes.push_back(*s);
    }
    return broadcast_shapes(shapes);
}
inline Outcome one_shape_or_static(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (inputs_share_one_shape(n) || common_static_shape(n)) return Outcome::applied;
    return ctx.error(n, "opset.broadcast", "",
                     std::string(info.op) + "-" + std::to_string(info.to) +
                         " needs all inputs of one shape, and these are not known to be (they would be broadcast from opset 8)",
                     rule::detail::keep_opset_hint(info) + ", or give the inputs static shapes so opbridge can tile them");
}
inline void tile_to_common_shape(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (inputs_share_one_shape(n)) return;
    auto common = *common_static_shape(n);
    Formula f(n, ctx);
    for (std::size_t i = 0; i < n.inputs.size(); ++i) {
        if (!n.inputs[i] || static_shape_of(n.inputs[i]) == common) continue;
        n.inputs[i] = tile_to(f.input(i), *known_dims_of(n.inputs[i]), common).value;
    }
}

// ONNX Runtime, the reference runtime, implements Max-6 and Min-6 for float and float16 only
// (the schema lists double too): refused rather than written as a model it cannot load.
inline Outcome not_double_for_onnx_runtime(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto t = infer_dtype(n.input(0));
    if (!t || *t != DType::float64) return Outcome::applied;
    return ctx.error(n, "opset.runtime-kernel", decompose_detail::input_text(n, 0),
                     std::string(info.op) + "-" + std::to_string(info.to) +
                         " on tensor(double) has no kernel in ONNX Runtime, so the converted model would not load there",
                     rule::detail::keep_opset_hint(info) + ", or insert a Cast to float");
}
// GatherElements-11 below opset 11, for static shapes: out[i] = data[i with i[axis] = indices[i]]
// is a Gather on the flattened data at index sum over j of i_j * stride_j, with each negative
// index first wrapped by the size of the axis.
inline Expr gather_elements_flat(Formula& f) {
    Expr data = f.input(0), indices = f.input(1);
    auto data_dims = *static_shape_of(data.value), index_dims = *static_shape_of(indices.value);
    const auto rank = static_cast<int64_t>(data_dims.size());
    int64_t axis = f.int_attribute("axis", 0);
    if (axis < 0) axis += rank;
    std::vector<int64_t> strides(data_dims.size(), 1);
    for (int64_t j = rank - 2; j >= 0; --j) strides[j] = strides[j + 1] * data_dims[j + 1];
    // The part of each flat index that does not depend on the gathered index.
    std::vector<int64_t> offsets(static_cast<std::size_t>(Tensor::checked_element_count(index_dims).value_or(0)));
    std::vector<int64_t> at(index_dims.size(), 0);
    for (auto& offset : offsets) {
        for (int64_t j = 0; j < rank; ++j)
            if (j != axis) offset += at[j] * strides[j];
        for (int64_t j = rank - 1; j >= 0 && ++at[j] == index_dims[j]; --j) at[j] = 0;
    }
    Expr index = cast(indices, DType::int64);
    Expr wrapped = index + cast(less(comparable(index), 0.0), DType::int64) * double(data_dims[axis]);
    Expr flat = wrapped * double(strides[axis]) + f.constant(make_int64_tensor(index_dims, offsets));
    return f.op("Gather", {f.op("Reshape", {data, f.int64s({-1})}), flat}, {Attribute::of_int("axis", 0)});
}
inline Outcome gather_elements_shapes_static(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    for (int i = 0; i < 2; ++i)
        if (!static_shape_of(n.input(static_cast<std::size_t>(i))))
            return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, i),
                             "GatherElements below opset 11 becomes a Gather on flattened data, which needs the static shapes of "
                             "data and indices, and this one is not known",
                             rule::detail::keep_opset_hint(info) + ", or give the inputs static shapes");
    return Outcome::applied;
}

// NegativeLogLikelihoodLoss-12: loss[n, d...] = -input[n, target[n, d...], d...] * weight[target[n, d...]],
// 0 where target == ignore_index; then summed, or averaged over the weights taken (mean).
inline Expr negative_log_likelihood(Formula& f, Expr input, Expr target, Expr weight) {
    auto target_dims = static_shape_of(target.value);
    Expr safe_target = target, counted;
    if (const Attribute* ignored = f.node().attribute("ignore_index")) {
        Expr kept = logical_not(equal(target, f.constant(target.dtype, static_cast<double>(*ignored->get_if<int64_t>()))));
        safe_target = where(kept, target, f.constant(target.dtype, 0.0));
        counted = cast(kept, input.dtype);
    }
    Expr column = unsqueeze(safe_target, {1});
    if (target_dims) {
        target_dims->insert(target_dims->begin() + 1, 1);
        with_shape(column, *target_dims);
    }
    Expr picked = squeeze(f.op("GatherElements", {input, column}, {Attribute::of_int("axis", 1)}), {1});
    Expr taken = weight.given() ? f.op("Gather", {weight, safe_target}, {Attribute::of_int("axis", 0)}) : Expr{};
    if (counted.given()) taken = taken.given() ? taken * counted : counted;
    Expr loss = taken.given() ? -picked * taken : -picked;
    std::string reduction = f.string_attribute("reduction", "mean");
    if (reduction == "none") return loss;
    if (reduction == "sum") return reduce_sum(loss);
    return taken.given() ? reduce_sum(loss) / reduce_sum(taken) : reduce_mean(loss);
}
inline Expr negative_log_likelihood_loss(Formula& f) { return negative_log_likelihood(f, f.input(0), f.input(1), f.input(2)); }

// SoftmaxCrossEntropyLoss-12: log_prob = LogSoftmax(scores) over the class axis 1, then the
// negative log-likelihood of it. LogSoftmax before opset 13 coerces its input to 2-D at the
// axis, so with more than 2 axes the class axis is moved last for it, and back.
inline std::vector<int64_t> moving_axis(int64_t rank, int64_t from, int64_t to) {
    std::vector<int64_t> perm;
    for (int64_t i = 0; i < rank; ++i)
        if (i != from) perm.push_back(i);
    perm.insert(perm.begin() + to, from);
    return perm;
}
inline void softmax_cross_entropy_loss(Formula& f) {
    Expr scores = f.input(0);
    const Type scores_type = scores.value->type;
    const auto rank = static_cast<int64_t>(known_dims_of(scores.value)->size());
    Expr log_prob;
    if (rank <= 2) {
        log_prob = f.op("LogSoftmax", {scores}, {Attribute::of_int("axis", 1)});
    } else {
        Expr classes_last = f.op("Transpose", {scores}, {Attribute::of_ints("perm", moving_axis(rank, 1, rank - 1))});
        Expr normalized = f.op("LogSoftmax", {classes_last}, {Attribute::of_int("axis", rank - 1)});
        log_prob = f.op("Transpose", {normalized}, {Attribute::of_ints("perm", moving_axis(rank, rank - 1, 1))});
    }
    if (log_prob.value->type.kind == Type::Kind::none) log_prob.value->type = scores_type;
    f.output(0, negative_log_likelihood(f, log_prob, f.input(1), f.input(2)));
    f.output(1, log_prob);
}
inline Outcome scores_rank_known(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (known_dims_of(n.input(0))) return Outcome::applied;
    return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, 0),
                     "SoftmaxCrossEntropyLoss below opset 12 moves the class axis for LogSoftmax, which needs the rank of the "
                     "scores, and it is not known",
                     rule::detail::keep_opset_hint(info) + ", or give the scores a static shape");
}

// HannWindow-17, HammingWindow-17, BlackmanWindow-17: w[n] = a0 - a1 cos(2 pi n / N) + a2 cos(4 pi n / N)
// for n in [0, size), N = size (periodic) or size - 1 (symmetric), in 'output_datatype'. A
// constant size folds into a constant window; otherwise Range (opset 11) counts n.
inline Expr window(Formula& f, double a0, double a1, double a2) {
    const double two_pi = 2 * std::numbers::pi;
    bool periodic = f.int_attribute("periodic", 1) != 0;
    auto out = static_cast<DType>(f.int_attribute("output_datatype", static_cast<int64_t>(DType::float32)));
    if (const Tensor* size_tensor = f.constant_input(0)) {
        int64_t size = tensor_as_int64s(*size_tensor)->front();
        double n_total = static_cast<double>(periodic ? size : size - 1);
        std::vector<double> w(static_cast<std::size_t>(std::max<int64_t>(size, 0)));
        for (std::size_t n = 0; n < w.size(); ++n)
            w[n] = a0 - a1 * std::cos(two_pi * double(n) / n_total) + a2 * std::cos(2 * two_pi * double(n) / n_total);
        return f.constant(make_tensor(out, {static_cast<int64_t>(w.size())}, w).value());
    }
    Expr size = f.input(0);
    Expr n = cast(f.op("Range", {f.constant(size.dtype, 0.0), size, f.constant(size.dtype, 1.0)}), DType::float32);
    Expr n_total = periodic ? cast(size, DType::float32) : cast(size, DType::float32) - 1.0;
    Expr angle = n * (f.constant(DType::float32, two_pi) / n_total);
    Expr w = a0 - a1 * cos(angle);
    if (a2 != 0) w = w + a2 * cos(angle * 2.0);
    return cast(w, out);
}
inline Expr hann_window(Formula& f) { return window(f, 0.5, 0.5, 0.0); }
inline Expr hamming_window(Formula& f) { return window(f, 25.0 / 46, 21.0 / 46, 0.0); }
inline Expr blackman_window(Formula& f) { return window(f, 0.42, 0.5, 0.08); }
inline Outcome window_size_countable(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (ctx.target_opset() >= 11 || RewriteContext::constant_value(n.input(0))) return Outcome::applied;
    return ctx.error(n, "opset.needs-constant", decompose_detail::input_text(n, 0),
                     std::string(info.op) + " below opset 17 counts its samples with Range, which exists from opset 11, "
                                            "unless the size is a constant (then the window folds), and this size is computed at run time" +
                         rule::detail::producer_text(n.input(0)),
                     "convert to opset 11 or later, or make the size constant");
}

inline constexpr auto broadcast_by_tiling = native<one_shape_or_static, tile_to_common_shape, "inputs of one shape (static shapes are tiled)">;

} // namespace math_formulas

inline constexpr auto math = rule_table(
    // Hyperbolic functions from Exp, Log and Sqrt.
    decomposition<"Sinh", 9>(formula<math_formulas::sinh, "(exp(x) - exp(-x)) / 2">),
    decomposition<"Cosh", 9>(formula<math_formulas::cosh, "(exp(x) + exp(-x)) / 2">),
    decomposition<"Asinh", 9>(formula<math_formulas::asinh, "sign(x) * log(|x| + sqrt(x^2 + 1))">),
    decomposition<"Acosh", 9>(formula<math_formulas::acosh, "log(x + sqrt((x - 1)(x + 1)))">),
    decomposition<"Atanh", 9>(formula<math_formulas::atanh, "log((1 + x) / (1 - x)) / 2">),
    decomposition<"Sign", 9>(formula<math_formulas::sign_of, "(x > 0) - (x < 0)">),
    rule::unsupported<"Erf", 9, 0>("no older op computes the error function, and an approximation would change the results "
                                   "(a Gelu exported with approximate='tanh' needs no Erf)"),

    // Tests and selection.
    decomposition<"IsNaN", 9>(formula<math_formulas::is_nan_of, "not (x > -inf or x < inf)">),
    decomposition<"IsInf", 10>(formula<math_formulas::is_inf_of, "|x| > largest finite value (or x >, x < -, per detect_*)">),
    decomposition<"GreaterOrEqual", 12>(guard<math_formulas::integers_compare_exactly, "integers compare exactly">,
                                        formula<math_formulas::greater_or_equal, "a > b or a == b (not a < b, and neither is NaN)">),
    decomposition<"LessOrEqual", 12>(guard<math_formulas::integers_compare_exactly, "integers compare exactly">,
                                     formula<math_formulas::less_or_equal, "b > a or a == b (not b < a, and neither is NaN)">),
    decomposition<"Where", 9>(input_dtype_in<1,
                                             "before opset 9 Where is a blend with Mul and Add, exact only for booleans and 32- "
                                             "and 64-bit integers (an inf or NaN in the branch not taken would become NaN)",
                                             DType::boolean, DType::int32, DType::int64, DType::uint32, DType::uint64>,
                              formula<math_formulas::where_blend, "c * x + (1 - c) * y">),

    // Arithmetic.
    decomposition<"Mod", 10>(input_dtype_in<0, "a float remainder rebuilt from Div would round differently", DType::int8, DType::int16,
                                            DType::int32, DType::int64, DType::uint8, DType::uint16, DType::uint32, DType::uint64>,
                             formula<math_formulas::mod_of, "a - b * (a / b), plus b where the signs of the remainder and b differ">),
    decomposition<"Round", 11>(formula<math_formulas::round_of, "floor(x) + (x - floor(x) > 1/2, or == 1/2 at an odd floor)">),
    decomposition<"BitShift", 11>(
        input_dtype_in<0, "Mul and Div take only 32- and 64-bit unsigned integers before opset 14", DType::uint32, DType::uint64>,
        constant_input<1, "BitShift below opset 11 multiplies or divides by 2^shift, which needs a constant shift">,
        guard<math_formulas::shift_amounts_in_range, "shift amounts below the bit width">,
        formula<math_formulas::bit_shift_of, "x * 2^s (LEFT) or x / 2^s (RIGHT)">),
    decomposition<"BitwiseNot", 18>(formula<math_formulas::bitwise_not_of, "all-ones - x">),
    rule::unsupported<"BitwiseAnd", 18, 0>("And takes only booleans before opset 18, and an integer bitwise and has no exact form in "
                                           "older arithmetic ops"),
    rule::unsupported<"BitwiseOr", 18, 0>("Or takes only booleans before opset 18, and an integer bitwise or has no exact form in "
                                          "older arithmetic ops"),
    rule::unsupported<"BitwiseXor", 18, 0>("Xor takes only booleans before opset 18, and an integer bitwise xor has no exact form in "
                                           "older arithmetic ops"),
    rule::unsupported<"Det", 11, 0>("no older op computes a determinant (it needs a factorisation of each matrix)"),
    rule::unsupported<"CumSum", 11, 0>("no older op computes a running sum, and a MatMul with a triangular matrix would add in "
                                       "another order (other rounding)"),
    rule::unsupported<"Einsum", 12, 0>("opbridge does not rewrite einsum equations into MatMul, Transpose and ReduceSum; re-export the "
                                       "model with the einsum written as those ops (e.g. torch.matmul)"),

    // Max/Min/Mean/Sum broadcast from opset 8.
    adapter<"Max", 6, 8>(),
    adapter<"Max", 8, 6>(guard<math_formulas::not_double_for_onnx_runtime, "not double">, math_formulas::broadcast_by_tiling),
    adapter<"Min", 6, 8>(),
    adapter<"Min", 8, 6>(guard<math_formulas::not_double_for_onnx_runtime, "not double">, math_formulas::broadcast_by_tiling),
    adapter<"Mean", 6, 8>(), adapter<"Mean", 8, 6>(math_formulas::broadcast_by_tiling),
    adapter<"Sum", 6, 8>(), adapter<"Sum", 8, 6>(math_formulas::broadcast_by_tiling),
    // Max-12 and Min-12 add integer types; below, they are computed as exact floats.
    adapter<"Max", 8, 12>(), adapter<"Max", 12, 8>(integers_as_exact_floats),
    adapter<"Min", 8, 12>(), adapter<"Min", 12, 8>(integers_as_exact_floats),

    // Tensor-making ops.
    decomposition<"Expand", 8>(constant_input<1, "Expand below opset 8 becomes Tile, whose repeats need a constant shape">,
                               guard<math_formulas::expand_input_dims_known, "input sizes known where the shape enlarges">,
                               formula<math_formulas::expand_by_tile, "Tile(Unsqueeze(x), repeats)">),
    decomposition<"ConstantOfShape", 9>(constant_input<0, "ConstantOfShape below opset 9 becomes a constant, which needs a constant shape">,
                                        guard<math_formulas::constant_of_shape_small, "a constant of bounded size">,
                                        formula<math_formulas::constant_of_shape_folded, "value repeated to the constant shape">),
    // ConstantOfShape-20 and -21 add output types (bfloat16, float8, int4) the older versions cannot make.
    adapter<"ConstantOfShape", 20, 9>(types_in_older_schema), adapter<"ConstantOfShape", 21, 20>(types_in_older_schema),
    decomposition<"EyeLike", 9>(guard<math_formulas::eye_like_shape_static, "a static 2-D input shape">,
                                formula<math_formulas::eye_like_folded, "constant identity shifted by k">),
    decomposition<"Range", 11>(guard<math_formulas::range_foldable, "constant start, limit and delta">,
                               formula<math_formulas::range_folded, "constant start + i * delta">),
    decomposition<"Trilu", 14>(guard<math_formulas::trilu_maskable, "static last two axes and a maskable type">,
                               formula<math_formulas::trilu_masked, "Where(triangle, x, 0)">),
    rule::unsupported<"NonZero", 9, 0>("no older op produces a number of indices that depends on the data"),
    rule::unsupported<"Unique", 11, 0>("no older op removes duplicates (the output size depends on the data)"),
    decomposition<"Bernoulli", 15>(formula<math_formulas::bernoulli_of, "Cast(RandomUniformLike(p) < p)">),
    decomposition<"GatherElements", 11>(guard<math_formulas::gather_elements_shapes_static, "static shapes">,
                                         formula<math_formulas::gather_elements_flat, "Gather(flattened data, flat indices)">),

    // Training losses, from GatherElements, Gather and reductions.
    decomposition<"NegativeLogLikelihoodLoss", 12>(
        formula<math_formulas::negative_log_likelihood_loss, "-input[target] * weight[target], reduced">),
    decomposition<"SoftmaxCrossEntropyLoss", 12>(guard<math_formulas::scores_rank_known, "scores of known rank">,
                                                 formula<math_formulas::softmax_cross_entropy_loss,
                                                         "NegativeLogLikelihoodLoss(LogSoftmax(scores over the class axis))">),

    // Window functions, from Range and Cos (or folded).
    decomposition<"HannWindow", 17>(guard<math_formulas::window_size_countable, "Range or a constant size">,
                                    formula<math_formulas::hann_window, "1/2 - 1/2 cos(2 pi n / N)">),
    decomposition<"HammingWindow", 17>(guard<math_formulas::window_size_countable, "Range or a constant size">,
                                       formula<math_formulas::hamming_window, "25/46 - 21/46 cos(2 pi n / N)">),
    decomposition<"BlackmanWindow", 17>(guard<math_formulas::window_size_countable, "Range or a constant size">,
                                        formula<math_formulas::blackman_window, "0.42 - 0.5 cos(2 pi n / N) + 0.08 cos(4 pi n / N)">),

    // Cast-19 added 'saturate', which only affects casts to float8 (a type Cast-13 cannot make);
    // Cast-9 added string and Cast-13 bfloat16, Cast-21 int4 and uint4.
    adapter<"Cast", 13, 19>(), adapter<"Cast", 19, 13>(drop_attribute<"saturate">, types_in_older_schema),
    adapter<"Cast", 21, 19>(types_in_older_schema), adapter<"Cast", 13, 9>(types_in_older_schema),
    adapter<"Cast", 9, 6>(types_in_older_schema),
    decomposition<"CastLike", 15>(formula<math_formulas::cast_like_of, "Cast(x, to = element type of target_type)">),
    adapter<"CastLike", 15, 19>(), adapter<"CastLike", 19, 15>(drop_attribute<"saturate">, types_in_older_schema),
    adapter<"CastLike", 21, 19>(types_in_older_schema));

} // namespace opbridge::rules::onnx_opset
