#pragma once
// IR -> ONNX file. Fields are written in field-number order, as protobuf's own serializer
// does, and each tensor keeps the storage form it was read in (raw_data, typed fields or
// external data), so reading a file and writing it back gives an equal ModelProto.
// Field numbers are those of onnx.proto (ONNX 1.12), plus NodeProto.metadata_props (9, ONNX 1.16)
// for node metadata (node_meta.hpp).

#include <filesystem>
#include <string>
#include <unordered_map>

#include "opbridge/diagnostics.hpp"
#include "opbridge/io/file.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/node_meta.hpp"
#include "opbridge/onnx/read_checks.hpp"
#include "opbridge/onnx/wire.hpp"

namespace opbridge::onnx_file {

struct WriteOptions {
    // Tensors of at least this many bytes go to a side file "<output>.data"; 0 keeps every
    // tensor inline unless it was read from external data.
    std::size_t external_data_threshold = 0;
    bool keep_external_data = true;  // tensors read as external stay external
    // Tensors larger than this are written without their bytes, as external data that points
    // nowhere: for tools that only need names, types and dims (shape inference). 0: never.
    std::size_t elide_data_above = 0;
};

namespace detail {

class Writer {
    using E = wire::Encoder;

public:
    Writer(const Model& model, WriteOptions options, std::string data_file_name)
        : model_(model), options_(options), data_file_name_(std::move(data_file_name)) {}

    // Decides which tensors go external and at which offsets, before anything is written.
    void plan_external() {
        if (data_file_name_.empty()) return;
        auto visit_graph = [&](auto&& self, const Graph& g) -> void {
            for (Value* v : g.initializers)
                if (v->initializer) plan(*v->initializer);
            for (Node* n : g.nodes())
                for (const auto& a : n->attributes) {
                    if (auto* t = a.get_if<Tensor>()) plan(*t);
                    if (auto* sub = a.get_if<GraphPtr>()) self(self, **sub);
                    if (auto* subs = a.get_if<std::vector<GraphPtr>>())
                        for (auto& s : *subs) self(self, *s);
                }
        };
        visit_graph(visit_graph, *model_.graph);
    }
    const std::vector<const Tensor*>& external_tensors() const { return external_order_; }

    void model(E& e) const {
        const Model& m = model_;
        if (m.format_version) e.int64_field(1, m.format_version);
        if (!m.producer_name.empty()) e.bytes_field(2, m.producer_name);
        if (!m.producer_version.empty()) e.bytes_field(3, m.producer_version);
        if (!m.domain.empty()) e.bytes_field(4, m.domain);
        if (m.model_version) e.int64_field(5, m.model_version);
        if (!m.doc_string.empty()) e.bytes_field(6, m.doc_string);
        e.message_field(7, [&](E& s) { graph(s, *m.graph); });
        for (const auto& o : m.opset_imports) e.message_field(8, [&](E& s) { opset(s, o); });
        for (const auto& kv : m.metadata_props) e.message_field(14, [&](E& s) { key_value(s, kv); });
        for (const auto& t : m.onnx_training_info) e.bytes_field(20, t.data(), t.size());
        for (const auto& f : m.functions) e.message_field(25, [&](E& s) { function(s, f); });
    }

private:
    void plan(const Tensor& t) {
        bool external = (t.storage == TensorStorage::external && options_.keep_external_data) ||
                        (options_.external_data_threshold > 0 && t.data.size() >= options_.external_data_threshold &&
                         t.dtype != DType::string);
        if (!external || placement_.count(&t)) return;
        if (t.storage == TensorStorage::external && t.data.empty()) return;  // not loaded: keep its entries
        // Page-aligned offsets let readers map each tensor directly.
        next_offset_ = (next_offset_ + 4095) / 4096 * 4096;
        placement_[&t] = {next_offset_, t.data.size()};
        next_offset_ += t.data.size();
        external_order_.push_back(&t);
    }

public:
    struct Placement {
        uint64_t offset, length;
    };
    const Placement* placement(const Tensor& t) const {
        auto it = placement_.find(&t);
        return it == placement_.end() ? nullptr : &it->second;
    }

private:
    static void opset(E& e, const OpsetImport& o) {
        if (!o.domain.empty() || o.empty_domain_written) e.bytes_field(1, o.domain);
        e.int64_field(2, o.version);
    }
    static void key_value(E& e, const KeyValue& kv) {
        e.bytes_field(1, kv.key);
        e.bytes_field(2, kv.value);
    }
    static void names(E& e, int field, const std::vector<Value*>& values) {
        for (Value* v : values) e.bytes_field(field, v ? std::string_view(v->name()) : std::string_view());
    }

    void function(E& e, const Function& f) const {
        const Graph& g = *f.body;
        if (!f.name.empty()) e.bytes_field(1, f.name);
        names(e, 4, g.inputs);
        names(e, 5, g.outputs);
        for (const auto& a : f.attributes) e.bytes_field(6, a);
        for (Node* n : g.nodes()) e.message_field(7, [&](E& s) { node(s, *n); });
        if (!f.doc_string.empty()) e.bytes_field(8, f.doc_string);
        for (const auto& o : f.opset_imports) e.message_field(9, [&](E& s) { opset(s, o); });
        if (!f.domain.empty()) e.bytes_field(10, f.domain);
    }

    void graph(E& e, const Graph& g) const {
        for (Node* n : g.nodes()) e.message_field(1, [&](E& s) { node(s, *n); });
        if (!g.name.empty()) e.bytes_field(2, g.name);
        for (Value* v : g.initializers) e.message_field(5, [&](E& s) { tensor(s, *v->initializer, &v->name()); });
        if (!g.doc_string.empty()) e.bytes_field(10, g.doc_string);
        for (Value* v : g.inputs) e.message_field(11, [&](E& s) { value_info(s, *v); });
        for (Value* v : g.outputs) e.message_field(12, [&](E& s) { value_info(s, *v); });
        for (Value* v : g.value_info) e.message_field(13, [&](E& s) { value_info(s, *v); });
        for (const auto& qa : g.quantization_annotation)
            e.message_field(14, [&](E& s) {
                s.bytes_field(1, qa.tensor_name);
                for (const auto& kv : qa.quant_parameter_tensor_names) s.message_field(2, [&](E& k) { key_value(k, kv); });
            });
        for (const auto& sp : g.sparse_initializers) e.message_field(15, [&](E& s) { sparse(s, sp); });
    }

    void node(E& e, const Node& n) const {
        names(e, 1, n.inputs);
        names(e, 2, n.outputs);
        if (!n.name.empty()) e.bytes_field(3, n.name);
        e.bytes_field(4, n.op.type);
        for (const auto& a : n.attributes) e.message_field(5, [&](E& s) { attribute(s, a); });
        if (!n.doc_string.empty()) e.bytes_field(6, n.doc_string);
        if (!n.op.domain.empty() || n.empty_domain_written) e.bytes_field(7, n.op.domain);
        for (const auto& kv : meta_to_props(n.meta)) e.message_field(node_metadata_props_field, [&](E& s) { key_value(s, kv); });
    }

    void value_info(E& e, const Value& v) const {
        e.bytes_field(1, v.name());
        if (v.type.kind != Type::Kind::none) e.message_field(2, [&](E& s) { type(s, v.type); });
        if (!v.doc_string.empty()) e.bytes_field(3, v.doc_string);
    }

    static void shape(E& e, const Shape& sh) {
        for (const auto& d : sh)
            e.message_field(1, [&](E& s) {
                if (d.kind == Dim::Kind::value) s.int64_field(1, d.value);
                else if (d.kind == Dim::Kind::param) s.bytes_field(2, d.param);
                if (!d.denotation.empty()) s.bytes_field(3, d.denotation);
            });
    }

    static void type(E& e, const Type& t) {
        auto tensor_like = [&](E& s) {
            if (t.has_elem_type) s.int32_field(1, static_cast<int32_t>(t.elem_type));
            if (t.shape) s.message_field(2, [&](E& x) { shape(x, *t.shape); });
        };
        auto element = [&](E& s) {
            if (t.element) s.message_field(1, [&](E& x) { type(x, *t.element); });
        };
        switch (t.kind) {
        case Type::Kind::tensor: e.message_field(1, tensor_like); break;
        case Type::Kind::sequence: e.message_field(4, element); break;
        case Type::Kind::map:
            e.message_field(5, [&](E& s) {
                if (t.has_elem_type) s.int32_field(1, static_cast<int32_t>(t.elem_type));
                if (t.element) s.message_field(2, [&](E& x) { type(x, *t.element); });
            });
            break;
        case Type::Kind::opaque:
            break;  // written after denotation (field 7) below
        case Type::Kind::sparse_tensor: break;
        case Type::Kind::optional: break;
        case Type::Kind::none: break;
        }
        if (!t.denotation.empty()) e.bytes_field(6, t.denotation);
        if (t.kind == Type::Kind::opaque)
            e.message_field(7, [&](E& s) {
                if (!t.opaque_domain.empty()) s.bytes_field(1, t.opaque_domain);
                if (!t.opaque_name.empty()) s.bytes_field(2, t.opaque_name);
            });
        if (t.kind == Type::Kind::sparse_tensor) e.message_field(8, tensor_like);
        if (t.kind == Type::Kind::optional) e.message_field(9, element);
    }

    void sparse(E& e, const SparseTensor& sp) const {
        e.message_field(1, [&](E& s) { tensor(s, sp.values, nullptr); });
        e.message_field(2, [&](E& s) { tensor(s, sp.indices, nullptr); });
        for (int64_t d : sp.dims) e.int64_field(3, d);
    }

    // Typed fields hold narrow types one element per int32 slot (uint32 per uint64 slot).
    template <class Wide>
    static void widened(E& e, int field, const Tensor& t, std::size_t element_bytes) {
        std::size_t count = element_bytes ? t.data.size() / element_bytes : 0;
        std::vector<Wide> wide(count);
        for (std::size_t i = 0; i < count; ++i) {
            if constexpr (std::is_signed_v<Wide>) {
                // Signed types sign-extend; unsigned and float bit patterns zero-extend.
                if (t.dtype == DType::int8) wide[i] = t.at<int8_t>(i);
                else if (t.dtype == DType::int16) wide[i] = t.at<int16_t>(i);
                else {
                    uint32_t bits = 0;
                    std::memcpy(&bits, t.data.data() + i * element_bytes, element_bytes);
                    wide[i] = static_cast<Wide>(bits);
                }
            } else {
                uint32_t bits = 0;
                std::memcpy(&bits, t.data.data() + i * element_bytes, element_bytes);
                wide[i] = bits;
            }
        }
        e.packed_varints<Wide>(field, std::span<const Wide>(wide));
    }

    void tensor(E& e, const Tensor& t, const std::string* name) const {
        for (int64_t d : t.dims) e.int64_field(1, d);
        e.int32_field(2, static_cast<int32_t>(t.dtype));
        if (t.segment)
            e.message_field(3, [&](E& s) {
                s.int64_field(1, t.segment->first);
                s.int64_field(2, t.segment->second);
            });
        if (options_.elide_data_above && t.data.size() > options_.elide_data_above && t.dtype != DType::string) {
            const std::string& tensor_name = name ? *name : t.name;
            if (!tensor_name.empty()) e.bytes_field(8, tensor_name);
            e.message_field(13, [&](E& s) { key_value(s, {"location", "opbridge-elided"}); });
            e.int32_field(14, 1);
            return;
        }
        const Placement* ext = placement(t);
        bool typed = !ext && t.storage == TensorStorage::typed;
        // An external tensor whose bytes were never loaded can only keep pointing at its file.
        bool unloaded_external = !ext && t.storage == TensorStorage::external && t.data.empty();
        if (typed) {
            switch (t.dtype) {
            case DType::float32:
            case DType::complex64: e.packed_fixed(4, t.data.data(), t.data.size()); break;
            case DType::int32: e.packed_varints<int32_t>(5, std::span<const int32_t>(t.to_vector<int32_t>())); break;
            case DType::string:
                for (const auto& s : t.strings) e.bytes_field(6, s);
                break;
            case DType::int64: e.packed_varints<int64_t>(7, std::span<const int64_t>(t.to_vector<int64_t>())); break;
            case DType::float64:
            case DType::complex128: break;  // field 10, written in order below
            case DType::uint64:
            case DType::uint32: break;      // field 11, below
            default:
                if (element_size(t.dtype) > 0) widened<int32_t>(e, 5, t, element_size(t.dtype));
                break;
            }
        }
        const std::string& tensor_name = name ? *name : t.name;
        if (!tensor_name.empty() || t.empty_name_written) e.bytes_field(8, tensor_name);
        if (!typed && !ext && !unloaded_external) e.bytes_field(9, t.data.data(), t.data.size());
        if (typed && (t.dtype == DType::float64 || t.dtype == DType::complex128))
            e.packed_fixed(10, t.data.data(), t.data.size());
        if (typed && t.dtype == DType::uint64)
            e.packed_varints<uint64_t>(11, std::span<const uint64_t>(t.to_vector<uint64_t>()));
        if (typed && t.dtype == DType::uint32) widened<uint64_t>(e, 11, t, 4);
        if (!t.doc_string.empty()) e.bytes_field(12, t.doc_string);
        if (ext) {
            e.message_field(13, [&](E& s) { key_value(s, {"location", data_file_name_}); });
            e.message_field(13, [&](E& s) { key_value(s, {"offset", std::to_string(ext->offset)}); });
            e.message_field(13, [&](E& s) { key_value(s, {"length", std::to_string(ext->length)}); });
            e.int32_field(14, 1);
        } else if (unloaded_external) {
            for (const auto& kv : t.external_data) e.message_field(13, [&](E& s) { key_value(s, kv); });
            e.int32_field(14, 1);
        }
    }

    void attribute(E& e, const Attribute& a) const {
        e.bytes_field(1, a.name);
        using K = AttributeKind;
        switch (a.kind) {
        case K::f: e.float_field(2, static_cast<float>(std::get<double>(a.value))); break;
        case K::i: e.int64_field(3, std::get<int64_t>(a.value)); break;
        case K::s: e.bytes_field(4, std::get<std::string>(a.value)); break;
        case K::tensor: e.message_field(5, [&](E& s) { tensor(s, std::get<Tensor>(a.value), nullptr); }); break;
        case K::graph: e.message_field(6, [&](E& s) { graph(s, *std::get<GraphPtr>(a.value)); }); break;
        case K::floats:
            for (double f : std::get<std::vector<double>>(a.value)) e.float_field(7, static_cast<float>(f));
            break;
        case K::ints:
            for (int64_t i : std::get<std::vector<int64_t>>(a.value)) e.int64_field(8, i);
            break;
        case K::strings:
            for (const auto& s : std::get<std::vector<std::string>>(a.value)) e.bytes_field(9, s);
            break;
        case K::tensors:
            for (const auto& t : std::get<std::vector<Tensor>>(a.value))
                e.message_field(10, [&](E& s) { tensor(s, t, nullptr); });
            break;
        case K::graphs:
            for (const auto& g : std::get<std::vector<GraphPtr>>(a.value))
                e.message_field(11, [&](E& s) { graph(s, *g); });
            break;
        default: break;
        }
        if (!a.doc_string.empty()) e.bytes_field(13, a.doc_string);
        if (a.kind == K::type) e.message_field(14, [&](E& s) { type(s, std::get<Type>(a.value)); });
        if (a.kind == K::types)
            for (const auto& t : std::get<std::vector<Type>>(a.value)) e.message_field(15, [&](E& s) { type(s, t); });
        if (!a.kind_implicit && a.kind != K::undefined) e.int32_field(20, static_cast<int32_t>(a.kind));
        if (!a.ref_attr_name.empty()) e.bytes_field(21, a.ref_attr_name);
        if (a.kind == K::sparse_tensor) e.message_field(22, [&](E& s) { sparse(s, std::get<SparseTensor>(a.value)); });
        if (a.kind == K::sparse_tensors)
            for (const auto& sp : std::get<std::vector<SparseTensor>>(a.value)) e.message_field(23, [&](E& s) { sparse(s, sp); });
    }

    const Model& model_;
    WriteOptions options_;
    std::string data_file_name_;
    std::unordered_map<const Tensor*, Placement> placement_;
    std::vector<const Tensor*> external_order_;
    uint64_t next_offset_ = 0;
};

// ONNX files hold only ONNX nodes and tensors of ONNX data types (what the reader accepts back):
// list every other node and tensor at once, so one run shows them all.
inline void check_writable(const Model& model, const std::string& path) {
    Diagnostics diags;
    auto check_tensor = [&](const Tensor& t, const std::string& node, const std::string& field) {
        const bool holds_something = !t.data.empty() || !t.strings.empty() || !t.dims.empty();
        if (is_onnx_tensor_type(t.dtype) || !holds_something) return;
        Diagnostic d;
        d.code = "onnx.illegal-tensor";
        d.file = path;
        d.node = node;
        d.field = field;
        d.message = "has no ONNX data type (its source type, " + std::to_string(static_cast<int>(t.dtype)) + ", has none)";
        d.hint = "convert the tensor to a type ONNX has in the source model";
        diags.report(std::move(d));
    };
    auto visit = [&](auto&& self, const Graph& g) -> void {
        for (const Value* v : g.initializers)
            if (v->initializer) check_tensor(*v->initializer, "", "initializer '" + v->name() + "'");
        for (Node* n : g.nodes()) {
            for (const Attribute& a : n->attributes)
                if (const auto* t = a.get_if<Tensor>()) check_tensor(*t, n->name, "attribute '" + a.name + "'");
            if (n->op.dialect != Dialect::onnx) {
                Diagnostic d;
                d.code = "onnx.illegal-node";
                d.file = path;
                d.node = n->name;
                d.op = std::string(dialect_name(n->op.dialect)) + ":" + to_string(n->op);
                d.message = "is not an ONNX op; convert the model before writing it as ONNX";
                diags.report(std::move(d));
            }
            for (Graph* sub : n->subgraphs()) self(self, *sub);
        }
    };
    visit(visit, *model.graph);
    if (diags.has_errors()) {
        Diagnostic first = diags.items().front();
        if (diags.error_count() > 1)
            first.message += " (and " + std::to_string(diags.error_count() - 1) + " more such nodes or tensors)";
        throw Error(std::move(first));
    }
}

class FileSink final : public wire::Sink {
public:
    explicit FileSink(io::AtomicOutput& out) : out_(out) {}
    void append(const void* data, std::size_t size) override { out_.write(data, size); }

private:
    io::AtomicOutput& out_;
};

} // namespace detail

// The whole model as bytes (every tensor inline, unless `options` elides large ones).
inline std::string write_bytes(const Model& model, WriteOptions options = {}) {
    detail::check_writable(model, "<memory>");
    options.keep_external_data = false;
    detail::Writer writer(model, options, "");
    std::string out;
    out.reserve(wire::Encoder::measure([&](wire::Encoder& e) { writer.model(e); }));
    wire::StringSink sink(out);
    {
        wire::Encoder e(&sink);
        writer.model(e);
    }
    return out;
}

// Writes `path` (and "<path>.data" when tensors go external) through temporary files that
// are renamed into place only when everything was written.
inline void write(const Model& model, const std::string& path, WriteOptions options = {}) {
    detail::check_writable(model, path);
    std::string data_name = std::filesystem::path(path).filename().string() + ".data";
    detail::Writer writer(model, options, data_name);
    writer.plan_external();
    uint64_t total = wire::Encoder::measure([&](wire::Encoder& e) { writer.model(e); });
    if (total > static_cast<uint64_t>(INT32_MAX))
        fail("onnx.write", path, "", "the model would be " + std::to_string(total) +
             " bytes, over protobuf's 2 GB limit", "write weights as external data (--external-data)");
    std::optional<io::AtomicOutput> data_out;
    if (!writer.external_tensors().empty()) {
        data_out.emplace((std::filesystem::path(path).parent_path() / data_name).string());
        uint64_t at = 0;
        static const char zeros[4096] = {};
        for (const Tensor* t : writer.external_tensors()) {
            uint64_t offset = writer.placement(*t)->offset;
            if (offset > at) data_out->write(zeros, offset - at);
            data_out->write(t->data.data(), t->data.size());
            at = offset + t->data.size();
        }
    }
    io::AtomicOutput out(path);
    {
        detail::FileSink sink(out);
        wire::Encoder e(&sink);
        writer.model(e);
    }
    if (data_out) data_out->commit();
    out.commit();
}

} // namespace opbridge::onnx_file
