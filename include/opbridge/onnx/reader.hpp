#pragma once
// ONNX file -> IR. protobuf (libonnx's generated ModelProto) parses the file; the IR then
// borrows every weight from the parsed message instead of copying it, and external data is
// memory-mapped from files confined to the model's folder.

#include <google/protobuf/io/zero_copy_stream_impl.h>
#include <google/protobuf/stubs/logging.h>
#include <onnx/onnx_pb.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/io/file.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/limits.hpp"
#include "opbridge/onnx/parse_failure.hpp"
#include "opbridge/onnx/read_checks.hpp"
#include "opbridge/onnx/node_meta.hpp"

namespace opbridge::onnx_file {

struct ReadOptions {
    bool load_external_data = true;
    Limits limits = {};
};

namespace detail {

inline void silence_protobuf_logging() {
    // protobuf logs parse failures to stderr itself; we report them as diagnostics instead.
    static const bool once = [] {
        google::protobuf::SetLogHandler(nullptr);
        return true;
    }();
    (void)once;
}

inline std::vector<KeyValue> key_values(const google::protobuf::RepeatedPtrField<::onnx::StringStringEntryProto>& entries) {
    std::vector<KeyValue> out;
    out.reserve(entries.size());
    for (const auto& e : entries) out.push_back({e.key(), e.value()});
    return out;
}

inline Type type_from_proto(const ::onnx::TypeProto& tp) {
    Type t;
    t.denotation = tp.denotation();
    auto read_shape = [](const ::onnx::TensorShapeProto& sp) {
        Shape s;
        s.reserve(sp.dim_size());
        for (const auto& d : sp.dim()) {
            Dim dim;
            if (d.has_dim_value()) {
                dim.kind = Dim::Kind::value;
                dim.value = d.dim_value();
            } else if (d.has_dim_param()) {
                dim.kind = Dim::Kind::param;
                dim.param = d.dim_param();
            }
            dim.denotation = d.denotation();
            s.push_back(std::move(dim));
        }
        return s;
    };
    switch (tp.value_case()) {
    case ::onnx::TypeProto::kTensorType:
        t.kind = Type::Kind::tensor;
        t.has_elem_type = tp.tensor_type().has_elem_type();
        t.elem_type = static_cast<DType>(tp.tensor_type().elem_type());
        if (tp.tensor_type().has_shape()) t.shape = read_shape(tp.tensor_type().shape());
        break;
    case ::onnx::TypeProto::kSparseTensorType:
        t.kind = Type::Kind::sparse_tensor;
        t.has_elem_type = tp.sparse_tensor_type().has_elem_type();
        t.elem_type = static_cast<DType>(tp.sparse_tensor_type().elem_type());
        if (tp.sparse_tensor_type().has_shape()) t.shape = read_shape(tp.sparse_tensor_type().shape());
        break;
    case ::onnx::TypeProto::kSequenceType:
        t.kind = Type::Kind::sequence;
        if (tp.sequence_type().has_elem_type())
            t.element = std::make_shared<Type>(type_from_proto(tp.sequence_type().elem_type()));
        break;
    case ::onnx::TypeProto::kOptionalType:
        t.kind = Type::Kind::optional;
        if (tp.optional_type().has_elem_type())
            t.element = std::make_shared<Type>(type_from_proto(tp.optional_type().elem_type()));
        break;
    case ::onnx::TypeProto::kMapType:
        t.kind = Type::Kind::map;
        t.has_elem_type = tp.map_type().has_key_type();
        t.elem_type = static_cast<DType>(tp.map_type().key_type());
        if (tp.map_type().has_value_type())
            t.element = std::make_shared<Type>(type_from_proto(tp.map_type().value_type()));
        break;
    case ::onnx::TypeProto::kOpaqueType:
        t.kind = Type::Kind::opaque;
        t.opaque_domain = tp.opaque_type().domain();
        t.opaque_name = tp.opaque_type().name();
        break;
    case ::onnx::TypeProto::VALUE_NOT_SET: break;
    }
    return t;
}


class Reader {
public:
    Reader(std::shared_ptr<const ::onnx::ModelProto> proto, std::string file, ReadOptions options)
        : proto_(std::move(proto)), owner_(proto_), file_(std::move(file)), options_(options) {
        if (!file_.empty()) base_dir_ = std::filesystem::path(file_).parent_path();
    }

    // A lone TensorProto (the backend tests' input_0.pb files), its views owned by `owner`.
    Reader(std::shared_ptr<const void> owner, std::string file) : owner_(std::move(owner)), file_(std::move(file)) {
        if (!file_.empty()) base_dir_ = std::filesystem::path(file_).parent_path();
    }
    Tensor tensor(const ::onnx::TensorProto& tp) { return read_tensor(tp, "tensor '" + tp.name() + "'"); }

    Model read() {
        const auto& m = *proto_;
        Model model;
        model.format = Format::onnx;
        model.format_version = m.ir_version();
        for (const auto& o : m.opset_import()) model.opset_imports.push_back({o.domain(), o.version(), o.has_domain()});
        model.producer_name = m.producer_name();
        model.producer_version = m.producer_version();
        model.domain = m.domain();
        model.model_version = m.model_version();
        model.doc_string = m.doc_string();
        model.metadata_props = key_values(m.metadata_props());
        for (const auto& t : m.training_info()) {
            std::string bytes = t.SerializeAsString();
            model.onnx_training_info.push_back(Buffer::copy_of(bytes.data(), bytes.size()));
        }
        for (const auto& f : m.functions()) model.functions.push_back(read_function(f, model));
        opsets_ = &model.opset_imports;
        if (m.has_graph()) read_graph(m.graph(), *model.graph, 0);
        else fail("onnx.structure", file_, "graph", "the model has no graph");
        return model;
    }

private:
    int64_t opset_of(const std::string& domain) const {
        for (const auto& o : *opsets_)
            if (o.domain == domain || (domain.empty() && o.domain == "ai.onnx") || (domain == "ai.onnx" && o.domain.empty()))
                return o.version;
        return 0;
    }

    Function read_function(const ::onnx::FunctionProto& f, const Model&) {
        Function fn;
        fn.name = f.name();
        fn.domain = f.domain();
        fn.doc_string = f.doc_string();
        for (const auto& a : f.attribute()) fn.attributes.push_back(a);
        for (const auto& o : f.opset_import()) fn.opset_imports.push_back({o.domain(), o.version(), o.has_domain()});
        const auto* saved = opsets_;
        opsets_ = &fn.opset_imports;
        Graph& g = *fn.body;
        for (const auto& name : f.input()) g.inputs.push_back(g.value(name));
        read_nodes(f.node(), g, 0, "function '" + fn.name + "'");
        for (const auto& name : f.output()) g.outputs.push_back(resolve(g, name));
        StructureCheck(file_, "function '" + fn.name + "'").graph(g);
        opsets_ = saved;
        return fn;
    }

    static Value* resolve(Graph& g, const std::string& name) {
        if (name.empty()) return nullptr;
        if (Value* v = g.find(name)) return v;
        return g.value(name);
    }

    void read_value_info(const ::onnx::ValueInfoProto& vi, Value* v) {
        if (vi.has_type()) v->type = read_type(vi.type());
        if (vi.has_doc_string()) v->doc_string = vi.doc_string();
    }

    void read_graph(const ::onnx::GraphProto& gp, Graph& g, int depth) {
        if (depth > options_.limits.max_graph_depth)
            fail("onnx.limit", file_, "graph '" + gp.name() + "'",
                 "subgraphs nest deeper than " + std::to_string(options_.limits.max_graph_depth) + " levels",
                 "raise the limit with --max-depth if the model is genuine");
        g.name = gp.name();
        g.doc_string = gp.doc_string();
        for (const auto& in : gp.input()) {
            Value* v = g.value(in.name());
            read_value_info(in, v);
            g.inputs.push_back(v);
        }
        for (const auto& t : gp.initializer()) {
            Value* v = g.value(t.name());
            if (v->initializer)
                fail("onnx.structure", file_, "initializer '" + t.name() + "'", "is defined twice in graph '" + gp.name() + "'",
                     "every value must be defined exactly once: rename or drop one");
            v->initializer = read_tensor(t, "initializer '" + t.name() + "'");
            g.initializers.push_back(v);
        }
        for (const auto& s : gp.sparse_initializer()) g.sparse_initializers.push_back(read_sparse(s, "sparse_initializer"));
        read_nodes(gp.node(), g, depth, "graph '" + gp.name() + "'");
        for (const auto& out : gp.output()) {
            Value* v = resolve(g, out.name());
            if (!v) v = g.value(out.name());
            read_value_info(out, v);
            g.outputs.push_back(v);
        }
        StructureCheck(file_, "graph '" + gp.name() + "'").graph(g);
        for (const auto& vi : gp.value_info()) {
            Value* v = resolve(g, vi.name());
            if (!v) v = g.value(vi.name());
            read_value_info(vi, v);
            g.value_info.push_back(v);
        }
        for (const auto& qa : gp.quantization_annotation())
            g.quantization_annotation.push_back({qa.tensor_name(), key_values(qa.quant_parameter_tensor_names())});
    }

    void read_nodes(const google::protobuf::RepeatedPtrField<::onnx::NodeProto>& nodes, Graph& g, int depth,
                    const std::string& where) {
        if (static_cast<int64_t>(nodes.size()) > options_.limits.max_nodes)
            fail("onnx.limit", file_, where, std::to_string(nodes.size()) + " nodes exceed the limit of " +
                 std::to_string(options_.limits.max_nodes), "raise it with --max-nodes if the model is genuine");
        const std::unordered_set<const Value*> graph_inputs(g.inputs.begin(), g.inputs.end());
        StructureCheck check(file_, where);
        for (const auto& np : nodes) {
            std::vector<Value*> ins, outs;
            ins.reserve(np.input_size());
            for (const auto& name : np.input()) ins.push_back(resolve(g, name));
            outs.reserve(np.output_size());
            for (const auto& name : np.output()) outs.push_back(name.empty() ? nullptr : g.value(name));
            check.node_outputs(graph_inputs, outs, np.name(), np.op_type());
            Op op{Dialect::onnx, np.domain(), np.op_type(), opset_of(np.domain())};
            Node* n = g.add_node(std::move(op), std::move(ins), std::move(outs), np.name());
            n->doc_string = np.doc_string();
            n->empty_domain_written = np.has_domain() && np.domain().empty();
            n->attributes.reserve(np.attribute_size());
            for (const auto& a : np.attribute()) n->attributes.push_back(read_attribute(a, g, depth, np));
            read_node_metadata(np, *n);
        }
    }

    // NodeProto.metadata_props is newer than libonnx's proto, so protobuf keeps it among the
    // unknown fields (node_meta.hpp says how NodeMeta maps onto it).
    void read_node_metadata(const ::onnx::NodeProto& np, Node& n) {
        const auto& unknown = np.unknown_fields();
        std::vector<KeyValue> props;
        for (int i = 0; i < unknown.field_count(); ++i) {
            const auto& f = unknown.field(i);
            if (f.number() != node_metadata_props_field) continue;
            ::onnx::StringStringEntryProto entry;
            if (f.type() != google::protobuf::UnknownField::TYPE_LENGTH_DELIMITED || !entry.ParseFromString(f.length_delimited()))
                fail("onnx.parse", file_, "node '" + np.name() + "' (" + np.op_type() + "), metadata_props",
                     "is not a list of key/value entries");
            props.push_back({entry.key(), entry.value()});
        }
        if (!props.empty()) n.meta = meta_from_props(props);
    }

    Attribute read_attribute(const ::onnx::AttributeProto& a, Graph& g, int depth, const ::onnx::NodeProto& np) {
        Attribute attr;
        attr.name = a.name();
        attr.ref_attr_name = a.ref_attr_name();
        attr.doc_string = a.doc_string();
        attr.kind = static_cast<AttributeKind>(a.type());
        if (attr.kind == AttributeKind::undefined) {
            // Files from very old exporters leave `type` unset: infer it from the field present
            // (and remember, so the rewrite leaves it unset too).
            attr.kind = infer_kind(a);
            attr.kind_implicit = attr.kind != AttributeKind::undefined;
        }
        const std::string where = "node '" + np.name() + "' (" + np.op_type() + "), attribute '" + a.name() + "'";
        switch (attr.kind) {
        case AttributeKind::f: attr.value = static_cast<double>(a.f()); break;
        case AttributeKind::i: attr.value = a.i(); break;
        case AttributeKind::s: attr.value = a.s(); break;
        case AttributeKind::tensor: attr.value = read_tensor(a.t(), where); break;
        case AttributeKind::graph: attr.value = read_subgraph(a.g(), g, depth); break;
        case AttributeKind::floats: attr.value = std::vector<double>(a.floats().begin(), a.floats().end()); break;
        case AttributeKind::ints: attr.value = std::vector<int64_t>(a.ints().begin(), a.ints().end()); break;
        case AttributeKind::strings: attr.value = std::vector<std::string>(a.strings().begin(), a.strings().end()); break;
        case AttributeKind::tensors: {
            std::vector<Tensor> ts;
            for (const auto& t : a.tensors()) ts.push_back(read_tensor(t, where));
            attr.value = std::move(ts);
            break;
        }
        case AttributeKind::graphs: {
            std::vector<GraphPtr> gs;
            for (const auto& sub : a.graphs()) gs.push_back(read_subgraph(sub, g, depth));
            attr.value = std::move(gs);
            break;
        }
        case AttributeKind::sparse_tensor: attr.value = read_sparse(a.sparse_tensor(), where); break;
        case AttributeKind::sparse_tensors: {
            std::vector<SparseTensor> ss;
            for (const auto& s : a.sparse_tensors()) ss.push_back(read_sparse(s, where));
            attr.value = std::move(ss);
            break;
        }
        case AttributeKind::type: attr.value = read_type(a.tp()); break;
        case AttributeKind::types: {
            std::vector<Type> ts;
            for (const auto& t : a.type_protos()) ts.push_back(read_type(t));
            attr.value = std::move(ts);
            break;
        }
        case AttributeKind::undefined: break;
        default:
            fail("onnx.attribute", file_, where, "unknown attribute type " + std::to_string(a.type()));
        }
        return attr;
    }

    static AttributeKind infer_kind(const ::onnx::AttributeProto& a) {
        if (a.has_f()) return AttributeKind::f;
        if (a.has_i()) return AttributeKind::i;
        if (a.has_s()) return AttributeKind::s;
        if (a.has_t()) return AttributeKind::tensor;
        if (a.has_g()) return AttributeKind::graph;
        if (a.floats_size()) return AttributeKind::floats;
        if (a.ints_size()) return AttributeKind::ints;
        if (a.strings_size()) return AttributeKind::strings;
        if (a.tensors_size()) return AttributeKind::tensors;
        if (a.graphs_size()) return AttributeKind::graphs;
        return AttributeKind::undefined;
    }

    GraphPtr read_subgraph(const ::onnx::GraphProto& gp, Graph& parent, int depth) {
        auto sub = std::make_shared<Graph>();
        sub->parent = &parent;
        read_graph(gp, *sub, depth + 1);
        return sub;
    }

    static Type read_type(const ::onnx::TypeProto& tp) { return type_from_proto(tp); }

    SparseTensor read_sparse(const ::onnx::SparseTensorProto& sp, const std::string& where) {
        SparseTensor s;
        s.values = read_tensor(sp.values(), where + " values");
        s.indices = read_tensor(sp.indices(), where + " indices");
        s.dims.assign(sp.dims().begin(), sp.dims().end());
        return s;
    }

    // A view of a repeated field's elements, owned by the parsed message.
    template <class Field>
    Buffer view_of(const Field& field, std::size_t element_bytes) const {
        return Buffer(owner_, reinterpret_cast<const std::byte*>(field.data()),
                      static_cast<std::size_t>(field.size()) * element_bytes);
    }
    // int32_data / uint64_data hold narrower elements one per slot: keep the low bytes.
    template <class Field>
    static Buffer narrowed(const Field& field, std::size_t element_bytes) {
        std::vector<std::byte> out(static_cast<std::size_t>(field.size()) * element_bytes);
        for (int i = 0; i < field.size(); ++i) {
            auto v = field.Get(i);
            std::memcpy(out.data() + static_cast<std::size_t>(i) * element_bytes, &v, element_bytes);
        }
        return Buffer::take(std::move(out));
    }

    Tensor read_tensor(const ::onnx::TensorProto& tp, const std::string& where) {
        Tensor t;
        t.dtype = static_cast<DType>(tp.data_type());
        t.dims.assign(tp.dims().begin(), tp.dims().end());
        t.name = tp.name();
        t.empty_name_written = tp.has_name() && tp.name().empty();
        t.doc_string = tp.doc_string();
        if (tp.has_segment()) t.segment = std::make_pair(tp.segment().begin(), tp.segment().end());
        if (tp.has_raw_data()) {
            t.storage = TensorStorage::raw;
            t.data = Buffer(owner_, reinterpret_cast<const std::byte*>(tp.raw_data().data()), tp.raw_data().size());
        } else if (tp.data_location() == ::onnx::TensorProto::EXTERNAL) {
            t.storage = TensorStorage::external;
            t.external_data = key_values(tp.external_data());
            if (options_.load_external_data) t.data = load_external(t, where);
        } else {
            t.storage = TensorStorage::typed;
            switch (t.dtype) {
            case DType::float32:
            case DType::complex64: t.data = view_of(tp.float_data(), 4); break;
            case DType::int32: t.data = view_of(tp.int32_data(), 4); break;
            case DType::int64: t.data = view_of(tp.int64_data(), 8); break;
            case DType::float64:
            case DType::complex128: t.data = view_of(tp.double_data(), 8); break;
            case DType::uint64: t.data = view_of(tp.uint64_data(), 8); break;
            case DType::uint32: t.data = narrowed(tp.uint64_data(), 4); break;
            case DType::string: t.strings.assign(tp.string_data().begin(), tp.string_data().end()); break;
            default:
                if (element_size(t.dtype) > 0) t.data = narrowed(tp.int32_data(), element_size(t.dtype));
                break;
            }
        }
        // A segment holds part of a tensor's data: its size cannot be checked alone, its type and dims can.
        const bool data_whole = !tp.has_segment() && (t.storage != TensorStorage::external || options_.load_external_data);
        check_tensor_size(t, data_whole, file_, where);
        return t;
    }

    Buffer load_external(const Tensor& t, const std::string& where) {
        std::string location;
        std::optional<uint64_t> offset, length;
        auto number = [&](const KeyValue& kv) -> uint64_t {
            try {
                std::size_t used = 0;
                unsigned long long v = std::stoull(kv.value, &used);
                if (used != kv.value.size() || (!kv.value.empty() && kv.value[0] == '-')) throw std::invalid_argument("");
                return v;
            } catch (const std::exception&) {
                fail("onnx.external-data", file_, where + ", external_data '" + kv.key + "'",
                     "'" + kv.value + "' is not a non-negative integer");
            }
        };
        for (const auto& kv : t.external_data) {
            if (kv.key == "location") location = kv.value;
            else if (kv.key == "offset") offset = number(kv);
            else if (kv.key == "length") length = number(kv);
        }
        if (location.empty())
            fail("onnx.external-data", file_, where, "external data without a 'location' entry");
        std::filesystem::path rel(location);
        if (rel.is_absolute())
            fail("onnx.external-data", file_, where + ", external_data 'location'",
                 "'" + location + "' is an absolute path; external data must lie inside the model's folder");
        for (const auto& part : rel)
            if (part == "..")
                fail("onnx.external-data", file_, where + ", external_data 'location'",
                     "'" + location + "' climbs out of the model's folder with '..'");
        std::error_code ec;
        auto base = std::filesystem::weakly_canonical(base_dir_.empty() ? std::filesystem::current_path() : base_dir_, ec);
        auto target = std::filesystem::weakly_canonical((base_dir_.empty() ? std::filesystem::path(".") : base_dir_) / rel, ec);
        auto [base_end, _] = std::mismatch(base.begin(), base.end(), target.begin(), target.end());
        if (ec || base_end != base.end())
            fail("onnx.external-data", file_, where + ", external_data 'location'",
                 "'" + location + "' resolves outside the model's folder (through a symbolic link)");
        auto it = mapped_.find(target.string());
        if (it == mapped_.end()) {
            Buffer whole;
            try {
                whole = io::map_file(target.string());
            } catch (const Error& e) {
                fail("onnx.external-data", file_, where + ", external_data 'location'",
                     "cannot read '" + location + "': " + e.diagnostic().message);
            }
            it = mapped_.emplace(target.string(), std::move(whole)).first;
        }
        const Buffer& whole = it->second;
        uint64_t begin = offset.value_or(0);
        if (begin > whole.size())
            fail("onnx.external-data", file_, where + ", external_data 'offset'",
                 "offset " + std::to_string(begin) + " is beyond the end of '" + location + "' (" +
                     std::to_string(whole.size()) + " bytes)");
        uint64_t size = length.value_or(whole.size() - begin);
        if (size > whole.size() - begin)
            fail("onnx.external-data", file_, where + ", external_data 'length'",
                 "offset+length " + std::to_string(begin) + "+" + std::to_string(size) + " is beyond the end of '" +
                     location + "' (" + std::to_string(whole.size()) + " bytes)");
        return whole.slice(begin, size);
    }

    std::shared_ptr<const ::onnx::ModelProto> proto_;
    std::shared_ptr<const void> owner_;  // keeps what tensor views point into alive
    std::string file_;
    ReadOptions options_;
    std::filesystem::path base_dir_;
    const std::vector<OpsetImport>* opsets_ = nullptr;
    std::map<std::string, Buffer> mapped_;
};

// protobuf refused the bytes: say which field broke, and where.
[[noreturn]] inline void fail_parse(std::span<const std::byte> bytes, const std::string& name) {
    auto where = ParseFailureLocator(bytes).locate(::onnx::ModelProto::descriptor());
    if (!where)
        fail("onnx.parse", name, "", "not a valid ONNX model (protobuf parsing failed: truncated, corrupt or not a model)");
    fail("onnx.parse", name, where->field.empty() ? "the file" : where->field,
         "not a valid ONNX model: " + where->message, "re-export or re-download the model");
}

} // namespace detail

// Reads a model from memory (the bytes are parsed, not kept). `name` is what errors call it.
inline Model read_bytes(std::span<const std::byte> bytes, const std::string& name = "<memory>",
                        ReadOptions options = {}) {
    detail::silence_protobuf_logging();
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
        fail("onnx.parse", name, "", "larger than protobuf's 2 GB message limit",
             "store the weights as external data");
    auto proto = std::make_shared<::onnx::ModelProto>();
    if (!proto->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) detail::fail_parse(bytes, name);
    return detail::Reader(std::move(proto), name, options).read();
}

// Reads a file holding one serialized TensorProto (as the ONNX backend tests store data).
inline Tensor read_tensor_file(const std::string& path) {
    detail::silence_protobuf_logging();
    Buffer bytes = io::map_file(path);
    auto proto = std::make_shared<::onnx::TensorProto>();
    if (bytes.size() > static_cast<std::size_t>(INT32_MAX) ||
        !proto->ParseFromArray(bytes.data(), static_cast<int>(bytes.size())))
        fail("onnx.parse", path, "", "not a valid serialized TensorProto");
    const ::onnx::TensorProto& tp = *proto;
    return detail::Reader(std::move(proto), path).tensor(tp);
}

// Reads a model file. The file is streamed through the parser, so peak memory stays near
// the size of the parsed model rather than twice it.
inline Model read(const std::string& path, ReadOptions options = {}) {
    detail::silence_protobuf_logging();
    std::error_code ec;
    auto status = std::filesystem::status(path, ec);
    if (ec || !std::filesystem::exists(status)) fail("io.open", path, "", "no such file");
    if (std::filesystem::is_directory(status)) fail("io.open", path, "", "is a directory, not a model file");
    if (!std::filesystem::is_regular_file(status))
        fail("io.open", path, "", "is not a regular file (a pipe, device or socket)");
    auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > options.limits.max_file_bytes)
        fail("onnx.limit", path, "", "file of " + std::to_string(size) + " bytes exceeds the limit of " +
             std::to_string(options.limits.max_file_bytes), "raise it with --max-file-size");
    if (!ec && size == 0) fail("onnx.parse", path, "", "the file is empty");
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) fail("io.open", path, "", std::string("cannot open: ") + std::strerror(errno));
    auto proto = std::make_shared<::onnx::ModelProto>();
    bool ok;
    {
        google::protobuf::io::FileInputStream in(fd, 1 << 20);
        in.SetCloseOnDelete(true);
        ok = proto->ParseFromZeroCopyStream(&in);
    }
    if (!ok) {
        proto.reset();
        detail::fail_parse(io::map_file(path).bytes(), path);
    }
    return detail::Reader(std::move(proto), path, options).read();
}

} // namespace opbridge::onnx_file
