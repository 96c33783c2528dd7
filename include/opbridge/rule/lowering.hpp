#pragma once
// Dialect conversion rules (ONNX -> TFLite, TFLite -> ONNX): one entry per source op, each
// declaring its layout class next to the code that lowers it.
//
//   inline constexpr auto relu = lowering<"Relu", Layout::transparent>(same_as<"RELU">, "RELU");
//   inline constexpr auto conv = lowering<"Conv", Layout::source>(&lower_conv, "CONV_2D / DEPTHWISE_CONV_2D");
//
// Layout classes (see pass/layout.hpp for how a value is held in a permuted layout):
//   source       works in the target's spatial layout (Conv: NHWC in TFLite): inputs are
//                handed over in it and outputs are held in it;
//   transparent  elementwise: works in whatever layout its leading input is held in;
//                constants are permuted at conversion time, other inputs brought to it;
//   axes         attribute-bearing (Concat axis, Reduce axes, Slice, Pad): works in the
//                leading input's layout and maps its axes through it (ctx.axis);
//   terminator   needs the source layout (Reshape without a layout-preserving form, MatMul);
//   custom       handles layouts itself (Transpose, Reshape): ctx.held(i, perm), ctx.input_perm(i).
// The driver (pass/lower.hpp) applies the class, so a Transpose appears only where a value
// held in one layout meets a consumer that needs another.

#include <algorithm>
#include <array>
#include <climits>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/ir/quantization.hpp"
#include "opbridge/ir/tensor_values.hpp"
#include "opbridge/pass/layout.hpp"
#include "opbridge/rule/context.hpp"
#include "opbridge/rule/fixed_string.hpp"

namespace opbridge::rule {

enum class Layout : unsigned char { source, transparent, axes, terminator, custom };

inline std::string_view layout_name(Layout l) noexcept {
    switch (l) {
    case Layout::source: return "layout source";
    case Layout::transparent: return "layout transparent";
    case Layout::axes: return "attribute-bearing";
    case Layout::terminator: return "layout terminator";
    case Layout::custom: return "custom layout";
    }
    return "?";
}

class LoweringContext;

struct LoweringEntry {
    std::string_view op;        // source op type
    int since = 1, until = INT_MAX;  // source versions covered (ONNX: schema since-versions)
    Layout layout = Layout::custom;
    Outcome (*apply)(const Node&, LoweringContext&) = nullptr;
    std::string_view targets;   // what it becomes, for `opbridge rules` and diagnostics
    std::string_view reason;    // unsupported entries: why not, and what to do
    bool supported() const noexcept { return apply != nullptr; }
};

template <fixed_string Op, Layout L, int Since = 1, int Until = INT_MAX>
consteval LoweringEntry lowering(Outcome (*apply)(const Node&, LoweringContext&), std::string_view targets) {
    return LoweringEntry{Op.view(), Since, Until, L, apply, targets, {}};
}
template <fixed_string Op>
consteval LoweringEntry not_lowered(std::string_view reason) {
    return LoweringEntry{Op.view(), 1, INT_MAX, Layout::custom, nullptr, {}, reason};
}

template <class... Entries>
consteval auto lowering_table(Entries... entries) {
    return std::array<LoweringEntry, sizeof...(Entries)>{entries...};
}
template <std::size_t... N>
consteval auto concat(const std::array<LoweringEntry, N>&... tables) {
    std::array<LoweringEntry, (N + ... + 0)> out{};
    std::size_t at = 0;
    ((std::copy(tables.begin(), tables.end(), out.begin() + at), at += N), ...);
    return out;
}
template <std::size_t N>
consteval bool check_unique_lowerings(const std::array<LoweringEntry, N>& t) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (t[i].op == t[j].op && t[i].since <= t[j].until && t[j].since <= t[i].until) return false;
    return true;
}

class LoweringTable {
public:
    constexpr LoweringTable() = default;
    template <std::size_t N>
    constexpr explicit LoweringTable(const std::array<LoweringEntry, N>& entries) : entries_(entries) {}
    const LoweringEntry* find(std::string_view op, int64_t version) const {
        for (const auto& e : entries_)
            if (e.op == op && e.since <= version && version <= e.until) return &e;
        return nullptr;
    }
    std::vector<const LoweringEntry*> for_op(std::string_view op) const {
        std::vector<const LoweringEntry*> out;
        for (const auto& e : entries_)
            if (e.op == op) out.push_back(&e);
        return out;
    }
    std::span<const LoweringEntry> entries() const noexcept { return entries_; }

private:
    std::span<const LoweringEntry> entries_;
};

// How the target dialect spells the two ops layout changes need, and its conventions.
struct TargetDialect {
    Dialect dialect;
    // Transpose(x, perm) and Reshape(x, dims) producing `out` (its type already set).
    void (*transpose)(LoweringContext&, Value* x, const layout::Perm& perm, Value* out);
    void (*reshape)(LoweringContext&, Value* x, const std::vector<int64_t>& dims, Value* out);
    layout::Perm (*spatial)(std::size_t rank);  // the layout source ops want, relative to the source's
    int64_t default_version = 1;                // op version of emitted nodes (ONNX: the opset rules target)
    // How the target holds a quantized constant where an op reads it (ONNX: DequantizeLinear of
    // the integer initializer; TFLite: the integer tensor carrying its parameters). nullptr:
    // such constants are refused with a diagnostic.
    Value* (*quantized_constant)(LoweringContext&, Tensor data, const Quantization& q, std::string_view hint) = nullptr;
    // Whether target tensors carry quantization parameters (TFLite's do; ONNX has Q/DQ ops).
    bool values_carry_quantization = false;
    // Whether every target tensor has a rank (TFLite's shape vector is required): a node with a
    // tensor whose rank neither the file nor shape inference gives is refused, not written as a
    // scalar.
    bool tensors_have_rank = false;
};

struct LoweringOptions {
    bool fp16_weights = false;
};

// A source value as the target holds it.
struct Held {
    Value* value = nullptr;
    layout::Perm perm;
};

// What a lowering rule sees: the source node, its inputs as the target holds them, and ways
// to add target nodes and constants. Errors name the source node.
class LoweringContext {
public:
    LoweringContext(const Model& source, Model& target, const TargetDialect& dialect, Diagnostics& diags, std::string file,
                    LoweringOptions options)
        : source_(source), target_(target), dialect_(dialect), diags_(diags), file_(std::move(file)), options_(options) {}

    // ---- the node being lowered (set by the driver) ----------------------------------------
    const Node& node() const { return *node_; }
    bool lowering_a_node() const noexcept { return node_ != nullptr; }  // false while graph outputs are placed
    Layout layout_class() const noexcept { return layout_; }
    const LoweringOptions& options() const noexcept { return options_; }
    Graph& graph() const { return *target_.graph; }
    Model& target() const { return target_; }
    const TargetDialect& dialect() const noexcept { return dialect_; }

    std::size_t input_count() const { return node_->inputs.size(); }
    bool has_input(std::size_t i) const { return node_->input(i) != nullptr; }
    const Value* source_input(std::size_t i) const { return node_->input(i); }
    const Value* source_output(std::size_t i) const { return node_->output(i); }
    // A constant source input (initializer or Constant node), or nullptr.
    const Tensor* constant(std::size_t i) const { return RewriteContext::constant_value(node_->input(i)); }
    std::optional<std::vector<int64_t>> constant_ints(std::size_t i) const {
        const Tensor* t = constant(i);
        return t ? tensor_as_int64s(*t) : std::nullopt;
    }
    // The real values of a constant input: a quantized constant is dequantized.
    std::optional<std::vector<double>> constant_reals(std::size_t i) const {
        const Tensor* t = constant(i);
        if (!t) return std::nullopt;
        const Value* v = node_->input(i);
        return is_quantized(v) ? dequantized_values(*t, *v->quantization) : tensor_as_doubles(*t);
    }
    // Static dims of a source input/output in the source layout (nullopt when not static).
    std::optional<std::vector<int64_t>> dims(std::size_t i) const { return dims_of(node_->input(i)); }
    std::optional<std::vector<int64_t>> output_dims(std::size_t i) const { return dims_of(node_->output(i)); }
    std::size_t rank(std::size_t i) const {
        const Value* v = node_->input(i);
        return v && v->type.shape ? v->type.shape->size() : 0;
    }
    DType dtype(std::size_t i) const {
        const Value* v = node_->input(i);
        return v ? v->type.elem_type : DType::undefined;
    }
    DType output_dtype(std::size_t i) const {
        const Value* v = node_->output(i);
        return v ? v->type.elem_type : DType::undefined;
    }

    // The layout this node works in (its leading input's, the spatial one, or the identity).
    const layout::Perm& perm() const noexcept { return perm_; }
    // A source axis as the file gives it (negative counts from the end), made non-negative. The
    // file can hold any number: one outside [-rank, rank) stops the rule (refuse()).
    int64_t source_axis(int64_t axis, std::size_t rank) const {
        const auto r = static_cast<int64_t>(rank);
        if (axis < -r || axis >= r)
            refuse("lower.axis", "axis", "axis " + std::to_string(axis) + " is outside [-" + std::to_string(r) + ", " + std::to_string(r) +
                                             ") for an input of rank " + std::to_string(r),
                   "fix the axis in the source model");
        return axis < 0 ? axis + r : axis;
    }
    // A source axis (negative counts from the end) as an axis of the held tensors. Rank 0 (a
    // scalar, or a rank nobody knows) keeps the axis as given, for the runtime to count.
    int64_t axis(int64_t source_axis, std::size_t rank) const {
        if (rank == 0) return source_axis;
        source_axis = this->source_axis(source_axis, rank);
        if (perm_.size() != rank) return source_axis;
        return layout::axis_in(perm_, source_axis);
    }

    // Input i as the layout class wants it (lazily: constants become target constants only
    // when asked for). Rules ask for optional inputs after has_input(): an input a file leaves
    // out where the op needs one stops the rule (refuse()).
    Value* input(std::size_t i) {
        const Value* v = present_input(i);
        std::size_t r = v->type.shape ? v->type.shape->size() : 0;
        switch (layout_) {
        case Layout::source: return held(i, dialect_.spatial(r));
        case Layout::terminator: return held(i, layout::identity(r));
        case Layout::custom: return held(i, layout::identity(r));
        case Layout::transparent:
        case Layout::axes: return broadcast_input(i);
        }
        return nullptr;
    }
    // Source input i, which the op reads: a node that leaves it out stops the rule.
    const Value* present_input(std::size_t i) const {
        const Value* v = node_->input(i);
        if (!v)
            refuse("lower.input", "input " + std::to_string(i), "the node has no input " + std::to_string(i) + ", which its op reads",
                   "fix the node's inputs in the source model");
        return v;
    }
    // Input i held in `perm` (relative to the source layout), adding a Transpose if needed. An
    // input the node leaves out, or one nothing gives before this node (no earlier node computes
    // it, and it is neither a graph input nor a constant), stops the rule.
    Value* held(std::size_t i, const layout::Perm& perm) {
        const Value* v = present_input(i);
        Value* out = held_value(v, perm);
        if (!out)
            refuse("lower.input", "input " + std::to_string(i),
                   "value '" + v->name() + "' is not computed before this node: no earlier node outputs it, and it is neither a graph input nor a constant",
                   "fix the node order or this input in the source model");
        return out;
    }
    // How input i is held now (before any request).
    layout::Perm input_perm(std::size_t i) const {
        const Value* v = node_->input(i);
        if (!v) return {};
        if (auto it = held_.find(v); it != held_.end()) return it->second.perm;
        return layout::identity(v->type.shape ? v->type.shape->size() : 0);
    }

    // ---- building the target graph ---------------------------------------------------------
    // A new target value of the given type, named after `hint`.
    Value* new_value(std::string_view hint, Type type) {
        Value* v = graph().fresh_value(hint);
        v->type = std::move(type);
        return v;
    }
    // The type source output i has when held in `perm` (the node's own layout by default).
    Type output_type(std::size_t i) const { return output_type(i, perm_); }
    Type output_type(std::size_t i, const layout::Perm& perm) const {
        const Value* v = node_->output(i);
        if (!v) refuse_missing_output(i);
        Type t = v->type;
        if (t.shape && perm.size() == t.shape->size()) t.shape = layout::permuted(*t.shape, perm);
        return t;
    }
    // A target node `op` from `inputs` to new values of the given types.
    std::vector<Value*> emit(std::string_view op, std::vector<Value*> inputs, std::vector<Attribute> attributes,
                             std::vector<Type> output_types, int64_t version = 0) {
        std::vector<Value*> outs;
        for (auto& t : output_types) outs.push_back(new_value(base_name() + "_" + lower(op), std::move(t)));
        emit_into(op, std::move(inputs), outs, std::move(attributes), version);
        return outs;
    }
    Value* emit1(std::string_view op, std::vector<Value*> inputs, std::vector<Attribute> attributes, Type output_type,
                 int64_t version = 0) {
        return emit(op, std::move(inputs), std::move(attributes), {std::move(output_type)}, version)[0];
    }
    Node* emit_into(std::string_view op, std::vector<Value*> inputs, std::vector<Value*> outputs,
                    std::vector<Attribute> attributes, int64_t version = 0) {
        // version 0: the dialect's default
        Node* n = graph().add_node(Op{dialect_.dialect, "", std::string(op), version ? version : dialect_.default_version},
                                   std::move(inputs), std::move(outputs),
                                   unique_node_name(base_name()));
        n->attributes = std::move(attributes);
        if (node_) {
            n->meta.source_nodes = {node_->name};
            n->meta.rule = rule_name_;
        }
        return n;
    }
    // Emits the node that computes source output i, held in the node's layout; returns it.
    Value* emit_output(std::size_t i, std::string_view op, std::vector<Value*> inputs, std::vector<Attribute> attributes = {},
                       int64_t version = 0) {
        Value* out = output_value(i);
        emit_into(op, std::move(inputs), {out}, std::move(attributes), version);
        return out;
    }
    // A fresh target value standing for source output i (held in `perm`), registered as it.
    Value* output_value(std::size_t i) { return output_value(i, perm_); }
    Value* output_value(std::size_t i, const layout::Perm& perm) {
        const Value* src = node_->output(i);
        if (!src) refuse_missing_output(i);
        Value* out = new_value(src->name(), output_type(i, perm));
        carry_quantization(src, out, perm);
        set_output(i, out, perm);
        return out;
    }
    // Source output i is held by `v`, in `perm` (default: the node's layout).
    void set_output(std::size_t i, Value* v) { set_output(i, v, perm_); }
    void set_output(std::size_t i, Value* v, const layout::Perm& perm) {
        const Value* src = node_->output(i);
        if (src) held_[src] = Held{v, perm.size() == (src->type.shape ? src->type.shape->size() : 0) ? perm
                                                                                                   : layout::identity(src->type.shape ? src->type.shape->size() : 0)};
    }

    // A target constant.
    Value* constant_tensor(Tensor t, std::string_view hint) {
        Value* v = graph().fresh_value(hint);
        t.name = v->name();
        v->type = Type::tensor(t.dtype, shape_of(t.dims));
        v->initializer = std::move(t);
        graph().initializers.push_back(v);
        return v;
    }
    Value* int32_constant(const std::vector<int64_t>& values, std::string_view hint, std::optional<std::vector<int64_t>> dims = {}) {
        std::vector<int32_t> v32(values.begin(), values.end());
        std::vector<int64_t> d = dims ? *dims : std::vector<int64_t>{static_cast<int64_t>(values.size())};
        return constant_tensor(Tensor::from_vector(DType::int32, d, v32), hint);
    }
    Value* float_constant(const std::vector<float>& values, std::vector<int64_t> dims, std::string_view hint) {
        return constant_tensor(Tensor::from_vector(DType::float32, std::move(dims), values), hint);
    }
    // Source constant input i as a target constant: cast to `as` when given, laid out in
    // `perm` (data moved now, at conversion time).
    // A quantized constant keeps its integers and parameters (TargetDialect::quantized_constant);
    // `as` applies to the others.
    Value* constant_input(std::size_t i, const layout::Perm& perm, std::optional<DType> as = std::nullopt) {
        const Tensor* t = constant(i);
        if (!t) return nullptr;
        if (is_quantized(node_->input(i))) return source_constant(node_->input(i), *t, perm);
        Tensor c = source_tensor(node_->input(i), *t, perm);
        if (as && *as != c.dtype) c = converted(c, *as, "input " + std::to_string(i) + " (" + node_->input(i)->name() + ")");
        return constant_tensor(std::move(c), node_->input(i)->name());
    }
    // The values of source constant `v` laid out in `perm`. A string constant must give its
    // strings one by one: TFLite packs them in one buffer (count, offsets, bytes), which no
    // rule unpacks, so such a constant stops the rule.
    Tensor source_tensor(const Value* v, const Tensor& t, const layout::Perm& perm) const {
        if (t.dtype == DType::string)
            if (auto n = t.element_count(); !n || t.strings.size() != static_cast<std::size_t>(*n))
                refuse("lower.dtype", "constant '" + v->name() + "'",
                       "holds strings packed in one buffer as TFLite stores them; string constants are converted only when "
                       "the file gives their elements one by one",
                       "compute the strings in the model instead of storing them, or convert the model without this op");
        return permute_tensor(t, perm);
    }
    // A source constant laid out in `perm` as a target constant (data moved now); a quantized one
    // as the target dialect holds quantized constants.
    Value* source_constant(const Value* v, const Tensor& t, const layout::Perm& perm) {
        std::size_t added = perm.size() > t.dims.size() ? perm.size() - t.dims.size() : 0;
        Tensor data = source_tensor(v, t, perm);
        if (!is_quantized(v)) return constant_tensor(std::move(data), v->name());
        Quantization q = permuted_quantization(*v->quantization, perm, added);
        if (!dialect_.quantized_constant) {
            if (node_) error("lower.quantization", "constant '" + v->name() + "'",
                             "quantized constants (" + describe(q) + ") cannot be expressed in " + std::string(dialect_name(dialect_.dialect)));
            return constant_tensor(std::move(data), v->name());
        }
        return dialect_.quantized_constant(*this, std::move(data), q, v->name());
    }
    // Target value `to` holds the values of source value `from` in layout `perm`: it carries
    // `from`'s quantization when the target's tensors carry it.
    void carry_quantization(const Value* from, Value* to, const layout::Perm& perm) const {
        if (dialect_.values_carry_quantization && is_quantized(from)) to->quantization = permuted_quantization(*from->quantization, perm);
    }

    // Target Transpose/Reshape (the dialect's own ops).
    Value* transpose(Value* x, const layout::Perm& perm, std::string_view hint = {}) {
        auto dims = static_dims(*x->type.shape);
        Type t = x->type;
        t.shape = layout::permuted(*x->type.shape, perm);
        Value* out = new_value(hint.empty() ? x->name() + "_transposed" : hint, t);
        if (x->quantization) out->quantization = permuted_quantization(*x->quantization, perm);
        dialect_.transpose(*this, x, perm, out);
        return out;
    }
    Value* reshape(Value* x, const std::vector<int64_t>& dims, std::string_view hint = {}) {
        Value* out = new_value(hint.empty() ? x->name() + "_reshaped" : hint, Type::tensor(x->type.elem_type, shape_of(dims)));
        if (x->quantization && !is_per_axis(*x->quantization)) out->quantization = x->quantization;
        dialect_.reshape(*this, x, dims, out);
        return out;
    }

    // Stops the rule where it stands, for what a helper deep inside it cannot work with (an axis
    // outside the rank): lower_model reports the error against the node and gives the node up.
    [[noreturn]] void refuse(std::string code, std::string field, std::string message, std::string hint = {}) const {
        fail(std::move(code), file_, std::move(field), std::move(message), std::move(hint));
    }

    // A file can leave out any output, which a rule asks for by index.
    [[noreturn]] void refuse_missing_output(std::size_t i) const {
        refuse("lower.output", "output " + std::to_string(i), "the node has no output " + std::to_string(i) + ", which its op computes",
               "fix the node's outputs in the source model");
    }

    // A constant of a data type the file chose (an input's, an output's): one no constant can
    // hold (a string, an undefined type) stops the rule.
    Tensor tensor_of(DType t, std::vector<int64_t> dims, const std::vector<double>& values) const {
        auto made = make_tensor(t, std::move(dims), values);
        if (!made)
            refuse("lower.dtype", "", "needs a constant of type " + std::string(dtype_name(t)) + " from this node's types, and there is none",
                   "fix the node's tensor types in the source model");
        return std::move(*made);
    }

    // A constant's values as `to`, for the node's `field`; a file that gives the constant a type
    // that cannot be read so (floats where the op takes integers, strings) stops the rule.
    Tensor converted(const Tensor& t, DType to, std::string field) const {
        auto c = convert_tensor(t, to);
        if (!c)
            refuse("lower.dtype", std::move(field),
                   "the constant holds " + std::string(dtype_name(t.dtype)) + " values, which cannot be read as " +
                       std::string(dtype_name(to)),
                   "give the constant a type the op takes in the source model");
        return std::move(*c);
    }

    // Reports an error about the node and returns Outcome::failed.
    Outcome error(std::string code, std::string field, std::string message, std::string hint = {}) {
        Diagnostic d;
        d.severity = Severity::error;
        d.code = std::move(code);
        d.file = file_;
        d.node = node_->name.empty() ? "<unnamed>" : node_->name;
        d.op = to_string(node_->op);
        d.field = std::move(field);
        d.message = std::move(message);
        d.hint = std::move(hint);
        diags_.report(std::move(d));
        return Outcome::failed;
    }
    void warn(std::string code, std::string message) {
        Diagnostic d;
        d.severity = Severity::warning;
        d.code = std::move(code);
        d.file = file_;
        if (node_) {
            d.node = node_->name;
            d.op = to_string(node_->op);
        }
        d.message = std::move(message);
        diags_.report(std::move(d));
    }

    // Permutes a tensor's data: out = Transpose(t, perm) (a rank-extending broadcast constant
    // is first given leading unit dims).
    static Tensor permute_tensor(const Tensor& t, const layout::Perm& perm) {
        if (perm.empty() || layout::is_identity(perm) && perm.size() == t.dims.size()) return t;
        std::vector<int64_t> dims = t.dims;
        while (dims.size() < perm.size()) dims.insert(dims.begin(), 1);
        if (layout::moves_only_unit_dims(dims, perm)) {
            Tensor out = t;
            out.dims = layout::permuted(dims, perm);
            return out;
        }
        std::size_t es = element_size(t.dtype), rank = dims.size();
        std::vector<int64_t> out_dims = layout::permuted(dims, perm);
        std::vector<int64_t> in_strides(rank, 1);
        for (std::size_t k = rank; k-- > 1;) in_strides[k - 1] = in_strides[k] * dims[k];
        int64_t count = 1;
        for (int64_t d : dims) count *= d;
        const bool strings = t.dtype == DType::string;  // elements in t.strings (source_tensor checked the count)
        std::vector<std::byte> out(strings ? 0 : static_cast<std::size_t>(count) * es);
        std::vector<std::string> out_strings(strings ? static_cast<std::size_t>(count) : 0);
        std::vector<int64_t> index(rank, 0);
        const std::byte* src = t.data.data();
        for (int64_t o = 0; o < count; ++o) {
            int64_t offset = 0;
            for (std::size_t k = 0; k < rank; ++k) offset += index[k] * in_strides[static_cast<std::size_t>(perm[k])];
            if (strings) out_strings[static_cast<std::size_t>(o)] = t.strings[static_cast<std::size_t>(offset)];
            else std::memcpy(out.data() + static_cast<std::size_t>(o) * es, src + static_cast<std::size_t>(offset) * es, es);
            for (std::size_t k = rank; k-- > 0;) {
                if (++index[k] < out_dims[k]) break;
                index[k] = 0;
            }
        }
        Tensor r(t.dtype, out_dims, Buffer::take(std::move(out)));
        r.strings = std::move(out_strings);
        return r;
    }
    // The tensor's values as another dtype (float16 <-> float32, int64 -> int32, …).
    static std::optional<Tensor> convert_tensor(const Tensor& t, DType to) {
        if (t.dtype == to) return t;
        if (to == DType::float16 && t.dtype == DType::float32) {
            auto in = t.to_vector<float>();
            std::vector<uint16_t> out(in.size());
            for (std::size_t i = 0; i < in.size(); ++i) out[i] = float_to_half(in[i]);
            return Tensor::from_vector(DType::float16, t.dims, out);
        }
        auto values = tensor_as_doubles(t);
        if (!values) return std::nullopt;
        if (to == DType::int32 || to == DType::int64) {
            auto ints = tensor_as_int64s(t);
            if (!ints) return std::nullopt;
            if (to == DType::int64) return make_int64_tensor(t.dims, *ints);
            std::vector<int32_t> v32;
            for (int64_t x : *ints) v32.push_back(static_cast<int32_t>(std::clamp<int64_t>(x, INT32_MIN, INT32_MAX)));
            return Tensor::from_vector(DType::int32, t.dims, v32);
        }
        return make_tensor(to, t.dims, *values);
    }

    // ---- driver side ---------------------------------------------------------------------------
    std::map<const Value*, Held>& held_map() { return held_; }
    void begin_node(const Node& n, const LoweringEntry& e) {
        node_ = &n;
        layout_ = e.layout;
        rule_name_ = std::string(e.op);
        choose_perm();
    }
    void end_node() { node_ = nullptr; }
    std::string unique_node_name(std::string_view hint) {
        std::string name(hint.empty() ? "node" : hint);
        for (int i = 1; used_names_.count(name); ++i) name = std::string(hint) + "_" + std::to_string(i);
        used_names_.insert(name);
        return name;
    }
    Value* held_value(const Value* v, const layout::Perm& perm) {
        if (!v) return nullptr;
        auto cached = copies_.find({v, perm});
        if (cached != copies_.end()) return cached->second;
        auto it = held_.find(v);
        if (it == held_.end()) {
            // Not lowered yet: a source constant (initializer or Constant node).
            const Tensor* t = RewriteContext::constant_value(v);
            if (!t) return nullptr;
            Value* out = source_constant(v, *t, perm);
            copies_[{v, perm}] = out;
            return out;
        }
        const Held& h = it->second;
        if (h.perm == perm || perm.size() != h.perm.size()) return h.value;
        layout::Perm t = layout::between(h.perm, perm);
        auto held_dims = h.value->type.shape ? static_dims(*h.value->type.shape) : std::nullopt;
        if (held_dims && held_dims->size() != t.size())  // a declared shape of another rank than the value's layout
            fail("lower.shape", file_, "value '" + v->name() + "'",
                 "has a shape of rank " + std::to_string(held_dims->size()) + " but is held in a layout of rank " +
                     std::to_string(t.size()) + ": the shapes the model declares for it disagree",
                 "fix the shapes declared in the source model");
        Value* out;
        if (held_dims && layout::moves_only_unit_dims(*held_dims, t)) out = reshape(h.value, layout::permuted(*held_dims, t));
        else out = transpose(h.value, t);
        copies_[{v, perm}] = out;
        return out;
    }

private:
    static std::optional<std::vector<int64_t>> dims_of(const Value* v) {
        if (!v || !v->type.shape) return std::nullopt;
        return static_dims(*v->type.shape);
    }
    static std::string lower(std::string_view s) {
        std::string out(s);
        for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    }
    std::string base_name() const {
        if (!node_) return "opbridge";
        if (!node_->name.empty()) return node_->name;
        for (const Value* v : node_->outputs)
            if (v) return v->name();
        return node_->op.type;
    }
    bool is_runtime(const Value* v) const { return v && !RewriteContext::constant_value(v); }

    // The leading input: the first computed (non-constant) input of the highest rank.
    void choose_perm() {
        std::size_t lead_rank = 0;
        const Value* lead = nullptr;
        for (const Value* v : node_->inputs) {
            if (!is_runtime(v)) continue;
            std::size_t r = v->type.shape ? v->type.shape->size() : 0;
            if (!lead || r > lead_rank) {
                lead = v;
                lead_rank = r;
            }
            if (layout_ == Layout::axes) break;  // axes ops work in their first data input's layout
        }
        std::size_t out_rank = node_->output(0) && node_->output(0)->type.shape ? node_->output(0)->type.shape->size() : 0;
        switch (layout_) {
        case Layout::source: perm_ = dialect_.spatial(rank(0)); break;
        case Layout::transparent:
        case Layout::axes: perm_ = lead ? input_perm_of(lead) : layout::identity(out_rank); break;
        default: perm_ = layout::identity(out_rank);
        }
    }
    layout::Perm input_perm_of(const Value* v) const {
        if (auto it = held_.find(v); it != held_.end()) return it->second.perm;
        return layout::identity(v->type.shape ? v->type.shape->size() : 0);
    }
    // An input of an elementwise or axes op in the node's layout. Lower-rank inputs broadcast
    // from the right: they get leading unit dims first when the layout moves axes.
    Value* broadcast_input(std::size_t i) {
        const Value* v = node_->input(i);
        std::size_t r = v->type.shape ? v->type.shape->size() : 0;
        if (r == perm_.size()) return held(i, perm_);
        if (layout::is_identity(perm_) || layout_ == Layout::axes) return held(i, layout::identity(r));
        // constant: permuted with leading unit dims
        if (const Tensor* t = RewriteContext::constant_value(v)) {
            auto cached = copies_.find({v, perm_});
            if (cached != copies_.end()) return cached->second;
            Value* out = source_constant(v, *t, perm_);
            copies_[{v, perm_}] = out;
            return out;
        }
        Value* x = held(i, layout::identity(r));
        auto d = x->type.shape ? static_dims(*x->type.shape) : std::nullopt;
        if (!d) return x;
        std::vector<int64_t> full = *d;
        while (full.size() < perm_.size()) full.insert(full.begin(), 1);
        Value* expanded = reshape(x, full);
        auto p = layout::between(layout::identity(full.size()), perm_);
        if (layout::moves_only_unit_dims(full, p)) return reshape(expanded, layout::permuted(full, p));
        return transpose(expanded, p);
    }

    const Model& source_;
    Model& target_;
    const TargetDialect& dialect_;
    Diagnostics& diags_;
    std::string file_;
    LoweringOptions options_;

    const Node* node_ = nullptr;
    Layout layout_ = Layout::custom;
    std::string rule_name_;
    layout::Perm perm_;
    std::map<const Value*, Held> held_;
    std::map<std::pair<const Value*, layout::Perm>, Value*> copies_;
    std::set<std::string> used_names_;
};

// ---- what rules of every direction share ----------------------------------------------------

// A node's attribute, or `fallback` when absent or of another kind (ONNX attributes and TFLite
// option fields alike).
inline int64_t int_attribute(const Node& n, std::string_view name, int64_t fallback) {
    if (const Attribute* a = n.attribute(name))
        if (const auto* v = a->get_if<int64_t>()) return *v;
    return fallback;
}
inline double real_attribute(const Node& n, std::string_view name, double fallback) {
    if (const Attribute* a = n.attribute(name))
        if (const auto* v = a->get_if<double>()) return *v;
    return fallback;
}
inline std::vector<int64_t> ints_attribute(const Node& n, std::string_view name, std::vector<int64_t> fallback = {}) {
    if (const Attribute* a = n.attribute(name))
        if (const auto* v = a->get_if<std::vector<int64_t>>()) return *v;
    return fallback;
}
inline std::string string_attribute(const Node& n, std::string_view name, std::string fallback = {}) {
    if (const Attribute* a = n.attribute(name))
        if (const auto* v = a->get_if<std::string>()) return *v;
    return fallback;
}

// Source output 0 is input 0 reshaped to the output's static dims (Reshape, Flatten, Squeeze,
// RESHAPE, EXPAND_DIMS...). The held tensor is reshaped directly when its layout keeps the
// merged and split dims together; otherwise the data moves once, to the nearest layout where
// it does (pass/layout.hpp). `hint` says how to make the shapes static.
inline Outcome reshape_held_input(LoweringContext& c, std::string_view hint) {
    c.present_input(0);
    auto in = c.dims(0);
    auto out = c.output_dims(0);
    if (!in || !out) return c.error("lower.dynamic-shape", "output 0", "the reshape's shapes are not static", std::string(hint));
    layout::Perm held = c.input_perm(0);
    layout::Perm preferred = layout::is_identity(held) ? layout::identity(out->size()) : c.dialect().spatial(out->size());
    layout::Perm out_perm = layout::identity(out->size());
    Value* x;
    if (auto p = layout::reshape_layout(*in, held, *out, preferred)) {
        out_perm = *p;
        x = c.held(0, held);
    } else if (auto ready = layout::reshape_ready_layout(*in, held, *out)) {
        x = c.held(0, *ready);
        out_perm = layout::reshape_layout(*in, *ready, *out, preferred).value_or(layout::identity(out->size()));
    } else {
        x = c.held(0, layout::identity(in->size()));
    }
    std::vector<int64_t> target = layout::permuted(*out, out_perm);
    if (auto xd = static_dims(*x->type.shape); xd && *xd == target) {
        c.set_output(0, x, out_perm);
        return Outcome::applied;
    }
    c.dialect().reshape(c, x, target, c.output_value(0, out_perm));
    return Outcome::applied;
}

// Source output 0 is Transpose(input 0, q): nothing is emitted, the result is the same tensor
// held in another permutation, so Transpose pairs cancel.
inline Outcome hold_transposed_input(LoweringContext& c, const layout::Perm& q) {
    c.present_input(0);
    layout::Perm held = c.input_perm(0);
    if (!layout::is_permutation(q) || (!held.empty() && q.size() != held.size())) {
        std::string text;
        for (int64_t a : q) text += (text.empty() ? "" : ", ") + std::to_string(a);
        return c.error("lower.attribute", "perm", "perm [" + text + "] is not a permutation of the input's " + std::to_string(held.size()) + " axes",
                       "fix the perm in the source model");
    }
    c.set_output(0, c.held(0, held), layout::then(layout::inverse(q), held));
    return Outcome::applied;
}

} // namespace opbridge::rule
