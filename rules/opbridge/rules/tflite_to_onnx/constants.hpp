#pragma once
// Constant ops TFLite keeps in the graph, folded into constants before lowering, so rules see
// their weights as constants (and permute them at conversion time):
//   DENSIFY of a sparse constant   -> the dense constant (SparsityParameters, kept by the reader
//                                     in value.extra "sparsity", say how the values are stored);
//   DEQUANTIZE of a float16 constant -> a float32 constant, or with keep_fp16 the float16
//                                     constant itself, cast back to float32 after lowering
//                                     (cast_fp16_constants).

#include <functional>
#include <set>
#include <string>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/generated/tflite_schema_generated.h"
#include "opbridge/ir/model.hpp"
#include "opbridge/ir/tensor_values.hpp"
#include "opbridge/rule/lowering.hpp"
#include "opbridge/tflite/options.hpp"

namespace opbridge::rules::tflite_to_onnx {

namespace densify_detail {

namespace fb = ::opbridge::tflite_schema;

inline std::vector<int64_t> index_vector(fb::SparseIndexVector type, const void* v) {
    std::vector<int64_t> out;
    if (!v) return out;
    auto copy = [&](const auto* values) {
        if (values) out.assign(values->begin(), values->end());
    };
    switch (type) {
    case fb::SparseIndexVector_Int32Vector: copy(static_cast<const fb::Int32Vector*>(v)->values()); break;
    case fb::SparseIndexVector_Uint16Vector: copy(static_cast<const fb::Uint16Vector*>(v)->values()); break;
    case fb::SparseIndexVector_Uint8Vector: copy(static_cast<const fb::Uint8Vector*>(v)->values()); break;
    default: break;
    }
    return out;
}

} // namespace densify_detail

// The dense tensor a sparse constant stores (TACO-style: dims traversed in traversal_order, each
// DENSE or CSR, block dims after the tensor dims). Empty message on success.
inline std::optional<Tensor> densify(const Tensor& sparse, const std::vector<int64_t>& dims, std::string_view sparsity_blob,
                                     std::string& problem) {
    namespace fb = densify_detail::fb;
    tflite_file::reflect::AlignedBlob blob(sparsity_blob);
    flatbuffers::Verifier verifier(blob.data(), blob.size());
    if (!verifier.VerifyBuffer<fb::SparsityParameters>(nullptr)) return problem = "the sparsity parameters are malformed", std::nullopt;
    const auto* sp = flatbuffers::GetRoot<fb::SparsityParameters>(blob.data());
    if (!sp->traversal_order() || !sp->dim_metadata()) return problem = "traversal_order or dim_metadata is missing", std::nullopt;
    std::vector<int64_t> order(sp->traversal_order()->begin(), sp->traversal_order()->end());
    std::vector<int64_t> block_map = sp->block_map() ? std::vector<int64_t>(sp->block_map()->begin(), sp->block_map()->end())
                                                     : std::vector<int64_t>{};
    std::size_t n = dims.size(), k = block_map.size(), levels = order.size();
    if (levels != n + k || sp->dim_metadata()->size() != levels) return problem = "traversal_order does not cover every dimension", std::nullopt;
    struct Level {
        bool dense;
        int64_t size;
        std::vector<int64_t> segments, indices;
    };
    std::vector<Level> level(levels);
    std::vector<int64_t> block_size(n, 1), block_of(n, -1);
    for (std::size_t l = 0; l < levels; ++l) {
        const auto* dm = sp->dim_metadata()->Get(static_cast<flatbuffers::uoffset_t>(l));
        level[l].dense = dm->format() == fb::DimensionType_DENSE;
        level[l].size = dm->dense_size();
        level[l].segments = densify_detail::index_vector(dm->array_segments_type(), dm->array_segments());
        level[l].indices = densify_detail::index_vector(dm->array_indices_type(), dm->array_indices());
        if (order[l] < 0 || order[l] >= static_cast<int64_t>(levels)) return problem = "traversal_order names no dimension", std::nullopt;
    }
    for (std::size_t j = 0; j < k; ++j) {
        if (block_map[j] < 0 || block_map[j] >= static_cast<int64_t>(n)) return problem = "block_map names no dimension", std::nullopt;
        for (std::size_t l = 0; l < levels; ++l)
            if (order[l] == static_cast<int64_t>(n + j)) block_size[static_cast<std::size_t>(block_map[j])] = level[l].size;
        block_of[static_cast<std::size_t>(block_map[j])] = static_cast<int64_t>(n + j);
    }
    std::size_t es = element_size(sparse.dtype);
    int64_t count = 1;
    for (int64_t d : dims) count *= d;
    std::vector<std::byte> out(static_cast<std::size_t>(count) * es, std::byte{0});
    std::vector<int64_t> e(levels, 0);
    std::size_t stored = sparse.data.size() / es;
    bool ok = true;
    std::function<void(std::size_t, int64_t)> visit = [&](std::size_t l, int64_t pos) {
        if (!ok) return;
        if (l == levels) {
            int64_t linear = 0;
            for (std::size_t d = 0; d < n; ++d) {
                int64_t coord = e[d] * block_size[d] + (block_of[d] >= 0 ? e[static_cast<std::size_t>(block_of[d])] : 0);
                if (coord >= dims[d] || pos < 0 || static_cast<std::size_t>(pos) >= stored) return void(ok = false);
                linear = linear * dims[d] + coord;
            }
            std::memcpy(out.data() + static_cast<std::size_t>(linear) * es, sparse.data.data() + static_cast<std::size_t>(pos) * es, es);
            return;
        }
        const Level& lv = level[l];
        auto t = static_cast<std::size_t>(order[l]);
        if (lv.dense) {
            for (int64_t i = 0; i < lv.size; ++i) {
                e[t] = i;
                visit(l + 1, pos * lv.size + i);
            }
            return;
        }
        if (pos < 0 || static_cast<std::size_t>(pos) + 1 >= lv.segments.size()) return void(ok = false);
        for (int64_t p = lv.segments[static_cast<std::size_t>(pos)]; p < lv.segments[static_cast<std::size_t>(pos) + 1]; ++p) {
            if (p < 0 || static_cast<std::size_t>(p) >= lv.indices.size()) return void(ok = false);
            e[t] = lv.indices[static_cast<std::size_t>(p)];
            visit(l + 1, p);
        }
    };
    visit(0, 0);
    if (!ok) return problem = "an index points outside the tensor or its stored values", std::nullopt;
    return Tensor(sparse.dtype, dims, Buffer::take(std::move(out)));
}

struct ConstantFolding {
    int densified = 0, dequantized = 0;
    std::set<std::string> kept_fp16;  // names of float16 constants to cast after lowering
};

// Folds DENSIFY and float16 DEQUANTIZE of constants in `g` (in order, so DEQUANTIZE(DENSIFY(c))
// folds too). False with an error per node when a sparse constant cannot be read.
inline bool fold_constant_ops(Graph& g, bool keep_fp16, ConstantFolding& r, Diagnostics& diags, const std::string& file) {
    std::vector<const Node*> folded;
    bool ok = true;
    for (Node* n : g.nodes()) {
        if (!n->op.domain.empty() || n->inputs.size() != 1 || n->outputs.size() != 1) continue;
        Value* in = n->inputs[0];
        Value* out = n->outputs[0];
        const Tensor* t = rule::RewriteContext::constant_value(in);
        if (!t || !out) continue;
        std::optional<Tensor> value;
        if (n->op.type == "DENSIFY") {
            const Attribute* blob = nullptr;
            for (const auto& a : in->extra)
                if (a.name == "sparsity") blob = &a;
            auto dims = in->type.shape ? static_dims(*in->type.shape) : std::nullopt;
            std::string problem = blob ? "" : "the input carries no sparsity parameters";
            if (blob && dims) value = densify(*t, *dims, *blob->get_if<std::string>(), problem);
            if (!value) {
                diags.error("convert.densify", file + ": node '" + n->name + "' (DENSIFY): " + (problem.empty() ? "the shape is not static" : problem));
                ok = false;
                continue;
            }
            ++r.densified;
        } else if (n->op.type == "DEQUANTIZE" && t->dtype == DType::float16 && out->type.elem_type == DType::float32) {
            value = keep_fp16 ? *t : *rule::LoweringContext::convert_tensor(*t, DType::float32);
            if (keep_fp16) r.kept_fp16.insert(out->name());
            ++r.dequantized;
        } else {
            continue;
        }
        value->name = out->name();
        out->type = Type::tensor(value->dtype, shape_of(value->dims));
        out->initializer = std::move(*value);
        g.initializers.push_back(out);
        folded.push_back(n);
    }
    for (const Node* n : folded) g.remove_node(n);
    return ok;
}

// keep_fp16: float16 constants that stood for float32 weights get a Cast to float32 where read.
// Target constants are named after their source value ("w", "w_1" for a second layout of it).
inline int cast_fp16_constants(Graph& g, const std::set<std::string>& kept, int64_t opset) {
    auto from_kept = [&](const std::string& name) {
        if (kept.count(name)) return true;
        auto cut = name.rfind('_');
        return cut != std::string::npos && name.find_first_not_of("0123456789", cut + 1) == std::string::npos && kept.count(name.substr(0, cut));
    };
    int casts = 0;
    std::vector<Value*> constants(g.initializers.begin(), g.initializers.end());
    for (Value* v : constants) {
        if (v->type.elem_type != DType::float16 || !from_kept(v->name())) continue;
        Value* cast = g.fresh_value(v->name() + "_float32");
        cast->type = v->type;
        cast->type.elem_type = DType::float32;
        g.replace_uses(v, cast);
        Node* first = nullptr;
        for (Node* n : g.nodes())
            if (std::find(n->inputs.begin(), n->inputs.end(), cast) != n->inputs.end()) {
                first = n;
                break;
            }
        if (!first) continue;
        Node* c = g.insert_node_before(first, Op{Dialect::onnx, "", "Cast", opset}, {v}, {cast}, cast->name());
        c->attributes.push_back(Attribute::of_int("to", static_cast<int64_t>(DType::float32)));
        ++casts;
    }
    return casts;
}

} // namespace opbridge::rules::tflite_to_onnx
