#pragma once
// TFLite file -> IR. The file is memory-mapped and checked by the flatbuffers Verifier before
// anything is read; constant data is then borrowed from the mapping, never copied.
//
// How a TFLite model maps onto the IR (the writer, tflite/writer.hpp, inverts it exactly):
//
//   Model        format = tflite, format_version = version, doc_string = description.
//                Subgraph 0 -> model.graph, the others -> model.extra_graphs, in order
//                (graph name = subgraph name). signature_defs -> model.signatures (entries
//                point at Values of the signature's subgraph). metadata -> model.metadata_buffers
//                (name + view of the buffer). model.extra carries:
//                  "operator_codes"     strings  the opcode table in file order ("CONV_2D@1",
//                                                "custom.Convolution2DTransposeBias@1"); the
//                                                writer orders codes by it, so indices stay put
//                  "buffer_per_tensor"  int 1    every tensor had a buffer entry of its own
//                                                (MLIR converter style), empty ones included
//                  "metadata_buffer"    tensors  legacy Model.metadata_buffer, as uint8 views
//                  "external_buffer_groups", "external_buffers"  strings, blobs (options.hpp)
//                  "subgraph_debug_metadata_index"  ints, one per subgraph (-1 = absent)
//   Tensor       -> Value, created in tensor order, so values() order is tensor order.
//                type = Type::tensor(dtype, shape): TensorType maps onto DType (names.hpp);
//                the shape comes from shape_signature when present (its -1 dims become
//                unknown Dims), else from shape (a missing shape vector = unknown rank).
//                Names are made unique within the graph ("x", "x_1"; "tensor_<index>" for an
//                empty name); the file's name is kept in value.extra "name" when it differs.
//                A tensor whose buffer holds data -> value.initializer, a Tensor whose Buffer
//                is a zero-copy slice of the file (inline data or Buffer.offset/size data
//                placed after the flatbuffer); its dims are the file's `shape`. STRING tensors
//                keep TFLite's packed string buffer (count, offsets, bytes) as Tensor::data,
//                byte for byte; Tensor::strings stays empty.
//                quantization -> value.quantization (scale, zero_point, min, max,
//                quantized_dimension as axis); a present-but-empty table gives an engaged,
//                empty Quantization.
//                value.extra carries what the IR does not model:
//                  "name"  "shape"  "shape_absent"  "shape_signature"  "shape_signature_absent"
//                          the file's fields where they differ from what the writer derives
//                          from the type (shape: unknown dims as 1; shape_signature: written
//                          only when a dim is unknown, unknown dims as -1)
//                  "tensor_type"  int    raw TensorType when the IR has no dtype for it (INT2)
//                  "is_variable", "has_rank", "external_buffer"  ints, when the file set them
//                  "sparsity"     string blob of SparsityParameters (compressed data stays in
//                                 the buffer, as is)
//                  "variant_tensors"  strings, one VariantSubType blob each
//                  "quantization_details_type"  the QuantizationDetails member name, and
//                  "quantization_details.<field>" its fields (tensor indices as value names),
//                  "quantization_details.tflite.explicit_defaults"
//                  "unreferenced"  int 1  no operator, input, output or signature used it
//                                         (kept, so the writer does not drop it)
//   Operator     -> Node, in order. Builtin: Op{tflite, "", "<BuiltinOperator name>", version};
//                the code is max(deprecated_builtin_code, builtin_code). CUSTOM:
//                Op{tflite, "custom", custom_code, version}. Inputs of -1 -> nullptr.
//                The node is named after its first output value.
//                builtin_options / builtin_options_2 -> one attribute per field (options.hpp),
//                and "tflite.options_type" = the union member name ("Conv2DOptions"), or ""
//                when the operator had no options table (an empty table stays a table).
//                custom_options -> string attribute "custom_options" (raw bytes, also when they
//                were stored after the flatbuffer). Carried: "tflite.custom_options_format",
//                "tflite.mutating_variable_inputs" (ints), "tflite.intermediates" (value names),
//                "tflite.debug_metadata_index", "tflite.explicit_defaults".

#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "flatbuffers/flatbuffers.h"
#include "opbridge/diagnostics.hpp"
#include "opbridge/generated/tflite_schema_generated.h"
#include "opbridge/io/file.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/limits.hpp"
#include "opbridge/tflite/names.hpp"
#include "opbridge/tflite/options.hpp"
#include "opbridge/tflite/verify_failure.hpp"

namespace opbridge::tflite_file {

struct ReadOptions {
    Limits limits = {};
};

namespace detail {

static_assert(FLATBUFFERS_LITTLEENDIAN, "TFLite data is little-endian; a big-endian host would need byte swapping");

inline const flatbuffers::Table& as_table(const void* t) { return *static_cast<const flatbuffers::Table*>(t); }

inline const Attribute* find_attribute(const std::vector<Attribute>& attributes, std::string_view name) {
    for (const auto& a : attributes)
        if (a.name == name) return &a;
    return nullptr;
}

// Key of an opcode table entry in model.extra "operator_codes" (to_string of the node's Op).
inline std::string operator_code_key(const Op& op) { return to_string(op); }

// Shape fields of a Tensor as stored: a missing vector is nullopt.
struct ShapeFields {
    std::optional<std::vector<int32_t>> shape, signature;
};

// What the writer stores for a type's shape; the reader keeps the file's fields where they differ.
inline ShapeFields derived_shape_fields(const Type& type) {
    ShapeFields f;
    if (!type.shape) return f;
    bool dynamic = false;
    f.shape.emplace();
    for (const auto& d : *type.shape) {
        bool known = d.is_known() && d.value >= 0 && d.value <= INT32_MAX;
        dynamic |= !known;
        f.shape->push_back(known ? static_cast<int32_t>(d.value) : 1);
    }
    if (dynamic) {
        f.signature.emplace();
        for (const auto& d : *type.shape)
            f.signature->push_back(d.is_known() && d.value >= 0 && d.value <= INT32_MAX ? static_cast<int32_t>(d.value) : -1);
    }
    return f;
}

class Reader {
public:
    Reader(Buffer file, std::string name, ReadOptions options)
        : file_(std::move(file)), name_(std::move(name)), options_(options) {}

    Model read() {
        verify();
        budget_left_ = (uint64_t(64) << 20) + std::min<uint64_t>(options_.limits.max_expansion, UINT64_MAX / 2 / (file_.size() + 1)) * file_.size();
        const schema::Model& m = *schema::GetModel(file_.data());
        model_ = &m;
        Model model;
        model.format = Format::tflite;
        model.format_version = m.version();
        if (m.description()) model.doc_string = m.description()->str();

        read_operator_codes(model);
        if (!m.subgraphs() || m.subgraphs()->size() == 0)
            fail("tflite.structure", name_, "subgraphs", "the model has no subgraph");
        const uint32_t subgraph_count = m.subgraphs()->size();
        if (subgraph_count > static_cast<uint64_t>(options_.limits.max_nodes))
            fail("tflite.limit", name_, "subgraphs", std::to_string(subgraph_count) + " subgraphs exceed the limit of " +
                 std::to_string(options_.limits.max_nodes), "raise it with --max-nodes if the model is genuine");

        std::vector<Graph*> graphs;
        for (uint32_t i = 0; i < subgraph_count; ++i) {
            if (i == 0) graphs.push_back(model.graph.get());
            else graphs.push_back(model.extra_graphs.emplace_back(std::make_shared<Graph>()).get());
        }
        values_.resize(subgraph_count);
        referenced_.resize(subgraph_count);
        bool buffer_per_tensor = true, any_tensor = false;
        std::vector<int64_t> debug_indices;
        bool any_debug_index = false;
        for (uint32_t i = 0; i < subgraph_count; ++i) {
            const schema::SubGraph& sg = *m.subgraphs()->Get(i);
            read_tensors(sg, i, *graphs[i]);
            if (sg.tensors())
                for (const auto* t : *sg.tensors()) {
                    any_tensor = true;
                    buffer_per_tensor &= t->buffer() != 0;
                }
            any_debug_index |= as_table(&sg).CheckField(schema::SubGraph::VT_DEBUG_METADATA_INDEX);
            debug_indices.push_back(sg.debug_metadata_index());
        }
        for (uint32_t i = 0; i < subgraph_count; ++i) read_subgraph(*m.subgraphs()->Get(i), i, *graphs[i]);
        if (buffer_per_tensor && any_tensor) model.extra.push_back(Attribute::of_int("buffer_per_tensor", 1));
        if (any_debug_index) model.extra.push_back(Attribute::of_ints("subgraph_debug_metadata_index", debug_indices));

        read_signatures(model);
        read_metadata(model);
        mark_unreferenced();
        return model;
    }

private:
    // ---- verification -------------------------------------------------------------------

    void verify() {
        const std::size_t size = file_.size();
        if (size == 0) fail("tflite.parse", name_, "", "the file is empty");
        if (size > options_.limits.max_file_bytes)
            fail("tflite.limit", name_, "", "file of " + std::to_string(size) + " bytes exceeds the limit of " +
                 std::to_string(options_.limits.max_file_bytes), "raise it with --max-file-size");
        if (size < 8 || !schema::ModelBufferHasIdentifier(file_.data()))
            fail("tflite.parse", name_, "",
                 "not a TFLite model: bytes 4..7 are not the file identifier \"TFL3\"" +
                     std::string(size < 8 ? " (the file has only " + std::to_string(size) + " bytes)" : ""));
        // A flatbuffer addresses at most 2 GB; larger files put constant data after it
        // (Buffer.offset/size), which is checked separately when each buffer is read.
        verified_size_ = std::min<std::size_t>(size, FLATBUFFERS_MAX_BUFFER_SIZE - 1);
        flatbuffers::Verifier::Options o;
        o.max_depth = 64;  // the TFLite schema nests about 10 levels; more is a hostile file
        // Every table takes at least 4 bytes, so a file cannot honestly hold more tables than
        // this; the cap stops shared-subtable files from making verification explode.
        o.max_tables = static_cast<flatbuffers::uoffset_t>(verified_size_ / 4 + 16);
        flatbuffers::Verifier verifier(reinterpret_cast<const uint8_t*>(file_.data()), verified_size_, o);
        if (!schema::VerifyModelBuffer(verifier)) {
            auto where = VerifyFailureLocator(file_.data(), verified_size_, o.max_depth, o.max_tables)
                             .locate(reflect::SchemaInfo::get().object("Model"));
            fail("tflite.verify", name_, where ? (where->field.empty() ? std::string("the file") : where->field) : "",
                 "the file is corrupt or truncated: its flatbuffer structure does not verify against the TFLite schema" +
                     (where ? ": " + where->message : std::string()),
                 "re-export or re-download the model");
        }
    }

    [[noreturn]] void bad(const std::string& field, const std::string& message) const {
        fail("tflite.structure", name_, field, message);
    }

    // ---- what reading may build -------------------------------------------------------------

    template <class V>
    static uint64_t vector_size(const V* v) { return v ? v->size() : 0; }

    static uint64_t attribute_bytes(const Attribute& a) {
        uint64_t n = sizeof(Attribute);
        if (const auto* s = a.get_if<std::string>()) n += s->size();
        if (const auto* is = a.get_if<std::vector<int64_t>>()) n += 8 * is->size();
        if (const auto* fs = a.get_if<std::vector<double>>()) n += 8 * fs->size();
        if (const auto* ss = a.get_if<std::vector<std::string>>())
            for (const auto& s : *ss) n += sizeof(std::string) + s.size();
        return n;
    }

    // Charges what reading `field` builds against the file's budget (Limits::max_expansion).
    // Shared vectors and strings are charged at every use, which is what makes a bomb of them fail.
    void spend(uint64_t bytes, const std::string& field) {
        if (bytes <= budget_left_) {
            budget_left_ -= bytes;
            return;
        }
        fail("tflite.limit", name_, field,
             "the file's tables point at the same data so often that reading it would take more than " +
                 std::to_string(options_.limits.max_expansion) + " bytes of memory per byte of file (plus 64 MiB)",
             "a genuine model does not do this; raise the limit with --max-expansion if it is one");
    }

    // A constant's buffer must hold exactly what its type and shape declare.
    void check_buffer_size(DType dtype, const std::vector<int32_t>& shape, std::size_t bytes, const std::string& where) const {
        const uint64_t size = element_size(dtype);
        if (size == 0) return;  // strings, packed int4, resources: no fixed element size
        uint64_t count = 1;
        for (std::size_t i = 0; i < shape.size(); ++i) {
            if (shape[i] < 0)
                bad(where + ".shape", "dim " + std::to_string(i) + " is " + std::to_string(shape[i]) +
                    ": a constant tensor has a fixed, non-negative shape");
            const auto d = static_cast<uint64_t>(shape[i]);
            if (d != 0 && count > UINT64_MAX / size / d)
                bad(where + ".shape", "the product of the dims overflows a 64-bit size: no file can hold this constant");
            count *= d;
        }
        if (count * size != bytes)
            bad(where + ".buffer", std::string(dtype_name(dtype)) + " tensor of " + std::to_string(count) +
                " elements needs " + std::to_string(count * size) + " bytes but its buffer holds " + std::to_string(bytes));
    }

    // ---- buffers --------------------------------------------------------------------------

    // The bytes of buffer `index`: a view into the file, empty when the buffer holds nothing.
    Buffer buffer_bytes(uint32_t index, const std::string& field) const {
        const auto* buffers = model_->buffers();
        const uint32_t count = buffers ? buffers->size() : 0;
        if (index >= count)
            bad(field, "buffer index " + std::to_string(index) + " is out of range (the model has " +
                std::to_string(count) + " buffers)");
        const schema::Buffer& b = *buffers->Get(index);
        if (const auto* data = b.data(); data && data->size() > 0)
            return file_.slice(static_cast<std::size_t>(data->data() - reinterpret_cast<const uint8_t*>(file_.data())),
                               data->size());
        // Offsets of 0 and 1 mean "no data here" (1 is the converters' placeholder).
        if (b.offset() > 1) {
            const uint64_t offset = b.offset(), size = b.size();
            if (offset > file_.size() || size > file_.size() - offset)
                bad("buffers[" + std::to_string(index) + "].offset",
                    "data at offset " + std::to_string(offset) + " of " + std::to_string(size) +
                        " bytes lies beyond the end of the file (" + std::to_string(file_.size()) + " bytes)");
            return file_.slice(static_cast<std::size_t>(offset), static_cast<std::size_t>(size));
        }
        return {};
    }

    // ---- operator codes ---------------------------------------------------------------

    void read_operator_codes(Model& model) {
        std::vector<std::string> keys;
        if (const auto* codes = model_->operator_codes()) {
            for (uint32_t i = 0; i < codes->size(); ++i) {
                const schema::OperatorCode& c = *codes->Get(i);
                const int32_t code = effective_builtin_code(c.deprecated_builtin_code(), c.builtin_code());
                if (code < 0)
                    bad("operator_codes[" + std::to_string(i) + "]", "builtin code " + std::to_string(code) + " is negative");
                Op op;
                op.dialect = Dialect::tflite;
                op.version = c.version();
                if (code == schema::BuiltinOperator_CUSTOM) {
                    op.domain = std::string(custom_op_domain);
                    op.type = c.custom_code() ? c.custom_code()->str() : std::string();
                } else {
                    op.type = builtin_operator_name(code);
                }
                keys.push_back(operator_code_key(op));
                ops_.push_back(std::move(op));
            }
        }
        model.extra.push_back(Attribute(std::string("operator_codes"), AttributeKind::strings, std::move(keys)));
    }

    // ---- tensors ----------------------------------------------------------------------------

    std::string unique_name(Graph& g, std::string base) {
        if (!g.find(base)) return base;
        int& next = next_suffix_[&g][base];
        std::string candidate;
        do candidate = base + "_" + std::to_string(++next);
        while (g.find(candidate));
        return candidate;
    }

    Value* tensor_value(uint32_t subgraph, int64_t index, const std::string& field) const {
        const auto& values = values_[subgraph];
        if (index < 0 || static_cast<uint64_t>(index) >= values.size())
            bad(field, "tensor index " + std::to_string(index) + " is out of range (subgraph " + std::to_string(subgraph) +
                " has " + std::to_string(values.size()) + " tensors)");
        return values[static_cast<std::size_t>(index)];
    }
    Value* use_tensor(uint32_t subgraph, int64_t index, const std::string& field) {
        Value* v = tensor_value(subgraph, index, field);
        referenced_[subgraph][static_cast<std::size_t>(index)] = true;
        return v;
    }

    void read_tensors(const schema::SubGraph& sg, uint32_t subgraph, Graph& g) {
        const auto* tensors = sg.tensors();
        const uint32_t count = tensors ? tensors->size() : 0;
        const std::string where = "subgraphs[" + std::to_string(subgraph) + "]";
        if (count > static_cast<uint64_t>(options_.limits.max_nodes))
            fail("tflite.limit", name_, where + ".tensors", std::to_string(count) + " tensors exceed the limit of " +
                 std::to_string(options_.limits.max_nodes), "raise it with --max-nodes if the model is genuine");
        values_[subgraph].reserve(count);
        referenced_[subgraph].assign(count, false);
        for (uint32_t i = 0; i < count; ++i) {
            const schema::Tensor& t = *tensors->Get(i);
            spend(sizeof(Value) + 64 + (t.name() ? 2 * t.name()->size() : 0) +
                      (sizeof(Dim) + 8) * ((t.shape() ? t.shape()->size() : 0) + (t.shape_signature() ? t.shape_signature()->size() : 0)) +
                      8 * (t.quantization() ? vector_size(t.quantization()->scale()) + vector_size(t.quantization()->zero_point()) +
                                                   vector_size(t.quantization()->min()) + vector_size(t.quantization()->max())
                                             : 0),
                  where + ".tensors[" + std::to_string(i) + "]");
            std::string file_name = t.name() ? t.name()->str() : std::string();
            Value* v = g.value(unique_name(g, file_name.empty() ? "tensor_" + std::to_string(i) : file_name));
            if (v->name() != file_name) v->extra.push_back(Attribute::of_string("name", file_name));
            values_[subgraph].push_back(v);
        }
        // Details may name other tensors of the subgraph, so every Value exists before these.
        for (uint32_t i = 0; i < count; ++i)
            read_tensor(*tensors->Get(i), subgraph, *values_[subgraph][i], g, where + ".tensors[" + std::to_string(i) + "]");
    }

    static std::vector<int32_t> to_vector(const flatbuffers::Vector<int32_t>* v) {
        return v ? std::vector<int32_t>(v->begin(), v->end()) : std::vector<int32_t>();
    }
    static std::vector<int64_t> widen(const std::vector<int32_t>& v) { return {v.begin(), v.end()}; }

    void read_tensor(const schema::Tensor& t, uint32_t subgraph, Value& v, Graph& g, const std::string& where) {
        const flatbuffers::Table& table = as_table(&t);
        ShapeFields file;
        if (t.shape()) file.shape = to_vector(t.shape());
        if (t.shape_signature()) file.signature = to_vector(t.shape_signature());
        for (const auto* dims : {&file.shape, &file.signature}) {
            if (!*dims) continue;
            int64_t count = 1;  // the element count of any tensor fits an int64 (the converters multiply dims)
            for (int32_t d : **dims)
                if (d > 0 && __builtin_mul_overflow(count, int64_t{d}, &count))
                    bad(where + (dims == &file.shape ? ".shape" : ".shape_signature"),
                        "the product of the dims overflows a 64-bit count: no tensor has this many elements");
        }
        std::optional<Shape> shape;
        if (const auto& dims = file.signature ? file.signature : file.shape) {
            shape.emplace();
            for (int32_t d : *dims) shape->push_back(d >= 0 ? Dim::known(d) : Dim::any());
        }
        const int8_t type_code = static_cast<int8_t>(t.type());
        if (auto dtype = dtype_from_tensor_type(type_code)) {
            v.type = Type::tensor(*dtype, std::move(shape));
        } else {
            v.type = Type::tensor(DType::undefined, std::move(shape));
            v.type.has_elem_type = false;
            v.extra.push_back(Attribute::of_int("tensor_type", type_code));
        }
        const ShapeFields derived = derived_shape_fields(v.type);
        if (file.shape != derived.shape) {
            if (file.shape) v.extra.push_back(Attribute::of_ints("shape", widen(*file.shape)));
            else v.extra.push_back(Attribute::of_int("shape_absent", 1));
        }
        if (file.signature != derived.signature) {
            if (file.signature) v.extra.push_back(Attribute::of_ints("shape_signature", widen(*file.signature)));
            else v.extra.push_back(Attribute::of_int("shape_signature_absent", 1));
        }
        if (table.CheckField(schema::Tensor::VT_IS_VARIABLE)) v.extra.push_back(Attribute::of_int("is_variable", t.is_variable()));
        if (table.CheckField(schema::Tensor::VT_HAS_RANK)) v.extra.push_back(Attribute::of_int("has_rank", t.has_rank()));
        if (table.CheckField(schema::Tensor::VT_EXTERNAL_BUFFER))
            v.extra.push_back(Attribute::of_int("external_buffer", t.external_buffer()));

        if (t.buffer() != 0) {
            Buffer bytes = buffer_bytes(t.buffer(), where + ".buffer");
            if (!bytes.empty()) {
                if (file.shape && !t.sparsity()) check_buffer_size(v.type.elem_type, *file.shape, bytes.size(), where);
                v.initializer = Tensor(v.type.elem_type, file.shape ? widen(*file.shape) : std::vector<int64_t>(), std::move(bytes));
                g.initializers.push_back(&v);
            }
        }
        if (const auto* q = t.quantization()) read_quantization(*q, subgraph, v, where + ".quantization");

        const auto& info = reflect::SchemaInfo::get();
        try {
            if (const auto* s = t.sparsity())
                v.extra.push_back(Attribute::of_string("sparsity", reflect::table_blob(info.object("SparsityParameters"), as_table(s))));
            if (const auto* variants = t.variant_tensors()) {
                std::vector<std::string> blobs;
                for (const auto* sub : *variants) blobs.push_back(reflect::table_blob(info.object("VariantSubType"), as_table(sub)));
                v.extra.push_back(Attribute(std::string("variant_tensors"), AttributeKind::strings, std::move(blobs)));
            }
        } catch (const reflect::Problem& p) {
            bad(where, p.what());
        }
    }

    void read_quantization(const schema::QuantizationParameters& q, uint32_t subgraph, Value& v, const std::string& where) {
        Quantization quant;
        if (q.scale()) quant.scale.assign(q.scale()->begin(), q.scale()->end());
        if (q.zero_point()) quant.zero_point.assign(q.zero_point()->begin(), q.zero_point()->end());
        if (q.min()) quant.min.assign(q.min()->begin(), q.min()->end());
        if (q.max()) quant.max.assign(q.max()->begin(), q.max()->end());
        quant.axis = q.quantized_dimension();
        v.quantization = std::move(quant);
        if (q.details_type() == schema::QuantizationDetails_NONE || !q.details()) return;
        const auto& info = reflect::SchemaInfo::get();
        const reflection::Object* member = info.union_member(info.enumeration("QuantizationDetails"), q.details_type());
        if (!member)
            bad(where + ".details_type", "quantization details type " + std::to_string(q.details_type()) +
                " is not one opbridge's TFLite schema knows (a file newer than the schema?)");
        reflect::FlatTable details;
        try {
            details = reflect::read_flat_table(*member, as_table(q.details()));
        } catch (const reflect::Problem& p) {
            bad(where + ".details", p.what());
        }
        v.extra.push_back(Attribute::of_string("quantization_details_type", std::string(info.short_name(*member))));
        for (auto& a : details.attributes) {
            // Block-wise and multi-axis schemes hold their scales in other tensors of the same
            // subgraph; -1 (no zero points) stays a number.
            if ((a.name == "scales" || a.name == "zero_points") && a.kind == AttributeKind::i) {
                int64_t tensor = std::get<int64_t>(a.value);
                if (tensor >= 0) {
                    a.value = use_tensor(subgraph, tensor, where + ".details." + a.name)->name();
                    a.kind = AttributeKind::s;
                }
            }
            a.name = "quantization_details." + a.name;
            v.extra.push_back(std::move(a));
        }
        if (!details.explicit_defaults.empty())
            v.extra.push_back(Attribute("quantization_details." + std::string(reflect::explicit_defaults_attribute),
                                        AttributeKind::strings, std::move(details.explicit_defaults)));
    }

    // ---- operators -------------------------------------------------------------------------

    void read_subgraph(const schema::SubGraph& sg, uint32_t subgraph, Graph& g) {
        const std::string where = "subgraphs[" + std::to_string(subgraph) + "]";
        spend(8 * (vector_size(sg.inputs()) + vector_size(sg.outputs())) + (sg.name() ? sg.name()->size() : 0), where);
        if (sg.name()) g.name = sg.name()->str();
        if (const auto* inputs = sg.inputs())
            for (uint32_t i = 0; i < inputs->size(); ++i)
                g.inputs.push_back(use_tensor(subgraph, inputs->Get(i), where + ".inputs[" + std::to_string(i) + "]"));
        if (const auto* outputs = sg.outputs())
            for (uint32_t i = 0; i < outputs->size(); ++i)
                g.outputs.push_back(use_tensor(subgraph, outputs->Get(i), where + ".outputs[" + std::to_string(i) + "]"));
        const auto* operators = sg.operators();
        const uint32_t count = operators ? operators->size() : 0;
        if (count > static_cast<uint64_t>(options_.limits.max_nodes))
            fail("tflite.limit", name_, where + ".operators", std::to_string(count) + " operators exceed the limit of " +
                 std::to_string(options_.limits.max_nodes), "raise it with --max-nodes if the model is genuine");
        for (uint32_t i = 0; i < count; ++i)
            read_operator(*operators->Get(i), subgraph, i, g, where + ".operators[" + std::to_string(i) + "]");
    }

    std::vector<Value*> operator_tensors(const flatbuffers::Vector<int32_t>* indices, uint32_t subgraph,
                                         const std::string& field) {
        std::vector<Value*> out;
        if (!indices) return out;
        out.reserve(indices->size());
        for (uint32_t i = 0; i < indices->size(); ++i) {
            int32_t index = indices->Get(i);
            // -1 marks an omitted optional tensor.
            out.push_back(index == -1 ? nullptr : use_tensor(subgraph, index, field + "[" + std::to_string(i) + "]"));
        }
        return out;
    }

    void read_operator(const schema::Operator& op, uint32_t subgraph, uint32_t index, Graph& g, const std::string& where) {
        const flatbuffers::Table& table = as_table(&op);
        spend(sizeof(Node) + 8 * (vector_size(op.inputs()) + vector_size(op.outputs()) + vector_size(op.mutating_variable_inputs())) +
                  64 * vector_size(op.intermediates()) + vector_size(op.custom_options()),
              where);
        if (op.opcode_index() >= ops_.size())
            bad(where + ".opcode_index", "operator code index " + std::to_string(op.opcode_index()) +
                " is out of range (the model has " + std::to_string(ops_.size()) + " operator codes)");
        std::vector<Value*> inputs = operator_tensors(op.inputs(), subgraph, where + ".inputs");
        std::vector<Value*> outputs = operator_tensors(op.outputs(), subgraph, where + ".outputs");
        // Each tensor has at most one writer, and neither a constant nor a subgraph input is written.
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const Value* v = outputs[i];
            if (!v) continue;
            const bool listed_twice = std::find(outputs.begin(), outputs.begin() + static_cast<std::ptrdiff_t>(i), v) != outputs.begin() + static_cast<std::ptrdiff_t>(i);
            const char* why = v->producer || listed_twice ? "is already written by an operator"
                              : v->initializer        ? "is a constant"
                              : std::find(g.inputs.begin(), g.inputs.end(), v) != g.inputs.end() ? "is an input of the subgraph"
                                                                                                 : nullptr;
            if (why) bad(where + ".outputs[" + std::to_string(i) + "]", "tensor '" + v->name() + "' " + why + "; an operator's output must be a tensor nothing else defines");
        }
        std::string node_name = !outputs.empty() && outputs[0] ? outputs[0]->name() : "#" + std::to_string(index);
        Node* n = g.add_node(ops_[op.opcode_index()], std::move(inputs), std::move(outputs), std::move(node_name));

        const bool has_options = op.builtin_options_type() != schema::BuiltinOptions_NONE && op.builtin_options();
        const bool has_options_2 = op.builtin_options_2_type() != schema::BuiltinOptions2_NONE && op.builtin_options_2();
        if (has_options && has_options_2)
            bad(where, "the operator has both builtin_options and builtin_options_2; TFLite ops use one or the other");
        if (has_options) read_options("BuiltinOptions", op.builtin_options_type(), op.builtin_options(), *n, where + ".builtin_options");
        if (has_options_2)
            read_options("BuiltinOptions2", op.builtin_options_2_type(), op.builtin_options_2(), *n, where + ".builtin_options_2");
        // "" records that the file had no options table, so the writer adds none.
        if (!has_options && !has_options_2) n->attributes.push_back(Attribute::of_string("tflite.options_type", ""));

        if (op.large_custom_options_offset() > 1) {
            // Custom options of models over 2 GB live after the flatbuffer.
            const uint64_t offset = op.large_custom_options_offset(), size = op.large_custom_options_size();
            if (offset > file_.size() || size > file_.size() - offset)
                bad(where + ".large_custom_options_offset",
                    "custom options at offset " + std::to_string(offset) + " of " + std::to_string(size) +
                        " bytes lie beyond the end of the file (" + std::to_string(file_.size()) + " bytes)");
            n->attributes.push_back(Attribute::of_string(
                "custom_options", std::string(reinterpret_cast<const char*>(file_.data()) + offset, size)));
        } else if (const auto* custom = op.custom_options()) {
            n->attributes.push_back(Attribute::of_string(
                "custom_options", std::string(reinterpret_cast<const char*>(custom->data()), custom->size())));
        }
        if (table.CheckField(schema::Operator::VT_CUSTOM_OPTIONS_FORMAT))
            n->attributes.push_back(Attribute::of_int("tflite.custom_options_format", op.custom_options_format()));
        if (const auto* mutating = op.mutating_variable_inputs())
            n->attributes.push_back(Attribute::of_ints("tflite.mutating_variable_inputs",
                                                       std::vector<int64_t>(mutating->begin(), mutating->end())));
        if (const auto* intermediates = op.intermediates()) {
            std::vector<std::string> names;
            for (uint32_t i = 0; i < intermediates->size(); ++i) {
                int32_t t = intermediates->Get(i);
                names.push_back(t == -1 ? std::string()
                                        : use_tensor(subgraph, t, where + ".intermediates[" + std::to_string(i) + "]")->name());
            }
            n->attributes.push_back(Attribute(std::string("tflite.intermediates"), AttributeKind::strings, std::move(names)));
        }
        if (table.CheckField(schema::Operator::VT_DEBUG_METADATA_INDEX))
            n->attributes.push_back(Attribute::of_int("tflite.debug_metadata_index", op.debug_metadata_index()));
    }

    // Fields that hold subgraph indices (control flow and StableHLO regions): checked here so
    // no later stage follows a bad index.
    static bool holds_subgraph_indices(std::string_view field) {
        return field.ends_with("_subgraph_index") || field.ends_with("_subgraph_indices") ||
               field == "called_computations" || field == "subgraph";
    }

    void read_options(std::string_view union_name, int64_t type_code, const void* options, Node& n, const std::string& where) {
        const auto& info = reflect::SchemaInfo::get();
        const reflection::Object* member = info.union_member(info.enumeration(union_name), type_code);
        if (!member)
            bad(where + "_type", "options type code " + std::to_string(type_code) +
                " is not one opbridge's TFLite schema knows (a file newer than the schema?)");
        reflect::FlatTable t;
        try {
            t = reflect::read_flat_table(*member, as_table(options));
        } catch (const reflect::Problem& p) {
            bad(where, p.what());
        }
        const int64_t subgraph_count = model_->subgraphs()->size();
        for (const auto& a : t.attributes) {
            if (!holds_subgraph_indices(a.name)) continue;
            std::vector<int64_t> indices;
            if (const auto* i = a.get_if<int64_t>()) indices.push_back(*i);
            if (const auto* is = a.get_if<std::vector<int64_t>>()) indices = *is;
            for (int64_t i : indices)
                if (i < 0 || i >= subgraph_count)
                    bad(where + "." + a.name, "subgraph index " + std::to_string(i) + " is out of range (the model has " +
                        std::to_string(subgraph_count) + " subgraphs)");
        }
        for (const auto& a : t.attributes) spend(attribute_bytes(a), where + "." + a.name);
        for (auto& a : t.attributes) n.attributes.push_back(std::move(a));
        n.attributes.push_back(Attribute::of_string("tflite.options_type", std::string(info.short_name(*member))));
        if (!t.explicit_defaults.empty())
            n.attributes.push_back(Attribute(std::string(reflect::explicit_defaults_attribute), AttributeKind::strings,
                                             std::move(t.explicit_defaults)));
    }

    // ---- model-level tables -----------------------------------------------------------------

    void read_signatures(Model& model) {
        const auto* defs = model_->signature_defs();
        if (!defs) return;
        for (uint32_t i = 0; i < defs->size(); ++i) {
            const schema::SignatureDef& d = *defs->Get(i);
            const std::string where = "signature_defs[" + std::to_string(i) + "]";
            Signature s;
            if (d.signature_key()) s.key = d.signature_key()->str();
            if (d.subgraph_index() >= values_.size())
                bad(where + ".subgraph_index", "subgraph index " + std::to_string(d.subgraph_index()) +
                    " is out of range (the model has " + std::to_string(values_.size()) + " subgraphs)");
            s.subgraph_index = static_cast<int32_t>(d.subgraph_index());
            auto entries = [&](const auto* maps, std::vector<Signature::Entry>& out, const std::string& field) {
                if (!maps) return;
                for (uint32_t j = 0; j < maps->size(); ++j) {
                    const schema::TensorMap& tm = *maps->Get(j);
                    out.push_back({tm.name() ? tm.name()->str() : std::string(),
                                   use_tensor(d.subgraph_index(), tm.tensor_index(),
                                              field + "[" + std::to_string(j) + "].tensor_index")});
                }
            };
            entries(d.inputs(), s.inputs, where + ".inputs");
            entries(d.outputs(), s.outputs, where + ".outputs");
            model.signatures.push_back(std::move(s));
        }
    }

    void read_metadata(Model& model) {
        if (const auto* metadata = model_->metadata())
            for (uint32_t i = 0; i < metadata->size(); ++i) {
                const schema::Metadata& md = *metadata->Get(i);
                model.metadata_buffers.push_back({md.name() ? md.name()->str() : std::string(),
                                                  buffer_bytes(md.buffer(), "metadata[" + std::to_string(i) + "].buffer")});
            }
        if (const auto* legacy = model_->metadata_buffer()) {
            std::vector<Tensor> buffers;
            for (uint32_t i = 0; i < legacy->size(); ++i) {
                const int32_t index = legacy->Get(i);
                const std::string field = "metadata_buffer[" + std::to_string(i) + "]";
                if (index < 0) bad(field, "buffer index " + std::to_string(index) + " is negative");
                Buffer bytes = buffer_bytes(static_cast<uint32_t>(index), field);
                const auto size = static_cast<int64_t>(bytes.size());
                buffers.emplace_back(DType::uint8, std::vector<int64_t>{size}, std::move(bytes));
            }
            model.extra.push_back(Attribute(std::string("metadata_buffer"), AttributeKind::tensors, std::move(buffers)));
        }
        const auto& info = reflect::SchemaInfo::get();
        auto blobs = [&](const auto* tables, std::string_view table_name, const char* key) {
            if (!tables) return;
            std::vector<std::string> out;
            for (const auto* t : *tables) out.push_back(reflect::table_blob(info.object(table_name), as_table(t)));
            model.extra.push_back(Attribute(std::string(key), AttributeKind::strings, std::move(out)));
        };
        try {
            blobs(model_->external_buffer_groups(), "ExternalBufferGroup", "external_buffer_groups");
            blobs(model_->external_buffers(), "ExternalBuffer", "external_buffers");
        } catch (const reflect::Problem& p) {
            bad("external_buffers", p.what());
        }
    }

    void mark_unreferenced() {
        for (std::size_t s = 0; s < values_.size(); ++s)
            for (std::size_t i = 0; i < values_[s].size(); ++i)
                if (!referenced_[s][i]) values_[s][i]->extra.push_back(Attribute::of_int("unreferenced", 1));
    }

    Buffer file_;
    std::string name_;
    ReadOptions options_;
    std::size_t verified_size_ = 0;
    uint64_t budget_left_ = 0;
    const schema::Model* model_ = nullptr;
    std::vector<Op> ops_;
    std::vector<std::vector<Value*>> values_;     // per subgraph, by tensor index
    std::vector<std::vector<bool>> referenced_;  // per subgraph, by tensor index
    std::unordered_map<const Graph*, std::unordered_map<std::string, int>> next_suffix_;
};

} // namespace detail

// Reads a model held in memory. The model's constants stay views of `bytes`, which they keep
// alive. `name` is what error messages call it.
inline Model read_bytes(Buffer bytes, const std::string& name = "<memory>", ReadOptions options = {}) {
    return detail::Reader(std::move(bytes), name, options).read();
}

// Reads a model file through a read-only memory mapping.
inline Model read(const std::string& path, ReadOptions options = {}) {
    return read_bytes(io::map_file(path), path, options);
}

} // namespace opbridge::tflite_file
