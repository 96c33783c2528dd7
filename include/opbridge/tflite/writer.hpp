#pragma once
// IR -> TFLite file: the inverse of the mapping documented at the top of tflite/reader.hpp,
// built with a FlatBufferBuilder. What the writer decides itself:
//   * tensors: per graph, the values some node, graph input/output, signature, intermediate or
//     quantization detail uses, plus those the reader found unused ("unreferenced"), in
//     values() order, so an unchanged model keeps every tensor index;
//   * buffers: entry 0 stays the empty sentinel; then one entry per distinct constant (two
//     values whose data shared storage on read share one entry), in tensor order; with
//     "buffer_per_tensor" every other tensor gets an empty entry of its own; then metadata
//     buffers and the legacy metadata_buffer entries;
//   * operator codes: the ops in use, in the order of the table read ("operator_codes"), then
//     new ones in first-use order; deprecated_builtin_code = min(code, 127), builtin_code = code;
//   * options: the table "tflite.options_type" names ("" = none); a node without that
//     attribute (made by a rule) gets the table TFLite pairs with its op (options.hpp);
//   * custom options always go inside the flatbuffer;
//   * constant data goes inside the flatbuffer, or, when the model would pass flatbuffers'
//     2 GB limit (or WriteOptions asks), after it, 16-byte aligned, through Buffer.offset/size.
// A model that TFLite cannot hold (ONNX nodes, unknown ops, attributes that are not fields of
// the options table, dtypes TFLite lacks) is refused with one error listing every problem.

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "flatbuffers/flatbuffers.h"
#include "opbridge/diagnostics.hpp"
#include "opbridge/generated/tflite_schema_generated.h"
#include "opbridge/io/file.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/tflite/names.hpp"
#include "opbridge/tflite/options.hpp"
#include "opbridge/tflite/reader.hpp"

namespace opbridge::tflite_file {

struct WriteOptions {
    // Put constant data after the flatbuffer (Buffer.offset/size) even when it would fit
    // inside. Only runtimes that know those fields read such files (TFLite 2.9 does not).
    bool data_after_flatbuffer = false;
};

namespace detail {

inline const Attribute* extra(const Value& v, std::string_view name) { return find_attribute(v.extra, name); }

inline std::optional<int64_t> int_of(const Attribute* a) {
    if (!a) return std::nullopt;
    if (const auto* i = a->get_if<int64_t>()) return *i;
    return std::nullopt;
}

// TFLite's packed string tensor: int32 count, count+1 int32 offsets from the buffer start, bytes.
inline Buffer pack_strings(const std::vector<std::string>& strings) {
    std::size_t header = 4 * (strings.size() + 2), total = header;
    for (const auto& s : strings) total += s.size();
    std::vector<std::byte> out(total);
    auto put = [&](std::size_t at, uint32_t v) { std::memcpy(out.data() + at, &v, 4); };
    put(0, static_cast<uint32_t>(strings.size()));
    std::size_t offset = header;
    for (std::size_t i = 0; i < strings.size(); ++i) {
        put(4 * (i + 1), static_cast<uint32_t>(offset));
        if (!strings[i].empty()) std::memcpy(out.data() + offset, strings[i].data(), strings[i].size());
        offset += strings[i].size();
    }
    put(4 * (strings.size() + 1), static_cast<uint32_t>(offset));
    return Buffer::take(std::move(out));
}

using fbb_t = flatbuffers::FlatBufferBuilder;
template <class T>
using Off = flatbuffers::Offset<T>;

class Writer {
public:
    Writer(const Model& model, std::string target, WriteOptions options)
        : model_(model), target_(std::move(target)), options_(options) {
        graphs_.push_back(model.graph.get());
        for (const auto& g : model.extra_graphs) graphs_.push_back(g.get());
    }

    // Builds the flatbuffer; afterwards head() is the file's start and trailing() the data
    // pieces that follow it (only when data goes after the flatbuffer).
    void build() {
        check_dialects();
        plan_tensors();
        plan_operator_codes();
        plan_buffers();
        throw_if_problems();

        const uint64_t structure_estimate = 4096 + 256 * (tensor_count_ + node_count_) + custom_option_bytes_;
        const uint64_t limit = FLATBUFFERS_MAX_BUFFER_SIZE - 1;
        if (structure_estimate >= limit)
            fail("tflite.write", target_, "", "the model's structure alone would pass flatbuffers' 2 GB limit");
        data_after_ = options_.data_after_flatbuffer || data_bytes_ + structure_estimate + 16 * buffers_.size() >= limit;
        // Sized up front so the builder never reallocates (each growth would copy every weight).
        fbb_.emplace(static_cast<std::size_t>(structure_estimate + (data_after_ ? 0 : data_bytes_ + 16 * buffers_.size())));
        fbb_t& fbb = *fbb_;

        auto buffers = write_buffers(fbb);
        auto codes = write_operator_codes(fbb);
        std::vector<Off<schema::SubGraph>> subgraphs;
        for (std::size_t i = 0; i < graphs_.size(); ++i) subgraphs.push_back(write_subgraph(fbb, i));
        auto subgraphs_vec = fbb.CreateVector(subgraphs);
        Off<flatbuffers::String> description = model_.doc_string.empty() ? 0 : fbb.CreateString(model_.doc_string);
        Off<flatbuffers::Vector<int32_t>> legacy_metadata;
        if (find_attribute(model_.extra, "metadata_buffer")) legacy_metadata = fbb.CreateVector(legacy_metadata_indices_);
        Off<flatbuffers::Vector<Off<schema::Metadata>>> metadata;
        if (!model_.metadata_buffers.empty()) {
            std::vector<Off<schema::Metadata>> entries;
            for (std::size_t i = 0; i < model_.metadata_buffers.size(); ++i)
                entries.push_back(schema::CreateMetadata(fbb, fbb.CreateString(model_.metadata_buffers[i].name), metadata_indices_[i]));
            metadata = fbb.CreateVector(entries);
        }
        auto signatures = write_signatures(fbb);
        auto groups = write_blobs<schema::ExternalBufferGroup>(fbb, "external_buffer_groups", "ExternalBufferGroup");
        auto externals = write_blobs<schema::ExternalBuffer>(fbb, "external_buffers", "ExternalBuffer");
        throw_if_problems();

        schema::ModelBuilder mb(fbb);
        // A model read from ONNX carries ONNX's ir_version; TFLite files are schema version 3.
        mb.add_version(model_.format == Format::tflite ? static_cast<uint32_t>(model_.format_version) : 3u);
        mb.add_operator_codes(codes);
        mb.add_subgraphs(subgraphs_vec);
        mb.add_description(description);
        mb.add_buffers(buffers);
        mb.add_metadata_buffer(legacy_metadata);
        mb.add_metadata(metadata);
        mb.add_signature_defs(signatures);
        mb.add_external_buffer_groups(groups);
        mb.add_external_buffers(externals);
        schema::FinishModelBuffer(fbb, mb.Finish());

        total_size_ = fbb.GetSize();
        if (data_after_) place_trailing_data();
    }

    const uint8_t* head() const { return fbb_->GetBufferPointer(); }
    std::size_t head_size() const { return fbb_->GetSize(); }
    const std::vector<std::pair<uint64_t, Buffer>>& trailing() const { return trailing_; }
    uint64_t total_size() const { return total_size_; }

private:
    // ---- problems ---------------------------------------------------------------------------

    void problem(std::string code, std::string field, std::string message, const Node* node = nullptr) {
        Diagnostic d;
        d.code = std::move(code);
        d.file = target_;
        d.field = std::move(field);
        d.message = std::move(message);
        if (node) {
            d.node = node->name;
            d.op = to_string(node->op);
        }
        problems_.push_back(std::move(d));
    }

    void throw_if_problems() {
        if (problems_.empty()) return;
        Diagnostic first = problems_.front();
        if (problems_.size() > 1) {
            first.message = std::to_string(problems_.size()) + " problems: ";
            for (std::size_t i = 0; i < problems_.size(); ++i) {
                Diagnostic p = problems_[i];
                p.file.clear();
                first.message += (i ? "; " : "") + p.one_line().substr(std::string("error: ").size());
            }
            first.node.clear();
            first.op.clear();
            first.field.clear();
        }
        throw Error(std::move(first));
    }

    // TFLite files hold only TFLite ops: list every ONNX node at once, so one run shows them all.
    void check_dialects() {
        std::vector<const Node*> onnx_nodes;
        for (const Graph* g : graphs_)
            for (const Node* n : g->nodes())
                if (n->op.dialect == Dialect::onnx) onnx_nodes.push_back(n);
        if (onnx_nodes.empty()) return;
        Diagnostic d;
        d.code = "tflite.illegal-node";
        d.file = target_;
        d.node = onnx_nodes.front()->name;
        d.op = "onnx:" + to_string(onnx_nodes.front()->op);
        d.message = std::to_string(onnx_nodes.size()) +
                    (onnx_nodes.size() > 1 ? " nodes are ONNX ops" : " node is an ONNX op") + ", which a TFLite file cannot hold:";
        for (const Node* n : onnx_nodes) d.message += " '" + n->name + "' (" + to_string(n->op) + ")";
        d.hint = "convert the model to the TFLite dialect first (opbridge convert in.onnx out.tflite)";
        throw Error(std::move(d));
    }

    // ---- tensors -----------------------------------------------------------------------------

    void plan_tensors() {
        tensor_index_.resize(graphs_.size());
        tensors_.resize(graphs_.size());
        for (std::size_t gi = 0; gi < graphs_.size(); ++gi) {
            const Graph& g = *graphs_[gi];
            std::unordered_set<const Value*> used;
            auto use = [&](const Value* v, const std::string& field, const Node* n) {
                if (!v) return;
                if (v->graph() != &g)
                    problem("tflite.structure", field, "uses value '" + v->name() + "' of another graph; a TFLite subgraph can only use its own tensors", n);
                used.insert(v);
            };
            for (const auto* list : {&g.inputs, &g.outputs}) {
                const std::string field = "graph '" + g.name + (list == &g.inputs ? "' inputs" : "' outputs");
                for (const Value* v : *list) {
                    if (!v) problem("tflite.structure", field, "holds an empty entry; a TFLite subgraph lists tensors only");
                    use(v, field, nullptr);
                }
            }
            for (const Node* n : g.nodes()) {
                ++node_count_;
                if (const auto* a = n->attribute("custom_options"))
                    if (const auto* bytes = a->get_if<std::string>()) custom_option_bytes_ += bytes->size();
                for (const Value* v : n->inputs) use(v, "inputs", n);
                for (const Value* v : n->outputs) use(v, "outputs", n);
                if (const auto* a = n->attribute("tflite.intermediates"))
                    if (const auto* names = a->get_if<std::vector<std::string>>())
                        for (const auto& name : *names)
                            if (!name.empty()) use(value_named(g, name, "tflite.intermediates", n), "tflite.intermediates", n);
            }
            for (const auto& s : model_.signatures)
                if (s.subgraph_index == static_cast<int32_t>(gi)) {
                    for (const auto& e : s.inputs) use(e.value, "signature '" + s.key + "' inputs", nullptr);
                    for (const auto& e : s.outputs) use(e.value, "signature '" + s.key + "' outputs", nullptr);
                }
            for (const auto& v : g.values())
                for (const char* field : {"quantization_details.scales", "quantization_details.zero_points"})
                    if (const auto* a = extra(*v, field))
                        if (const auto* name = a->get_if<std::string>()) use(value_named(g, *name, field, nullptr), field, nullptr);
            for (const auto& v : g.values()) {
                if (!used.count(v.get()) && !extra(*v, "unreferenced")) continue;
                std::string why;
                if (!file_type(*v, why)) problem("tflite.type", "value '" + v->name() + "'", why);
                tensor_index_[gi][v.get()] = static_cast<int32_t>(tensors_[gi].size());
                tensors_[gi].push_back(v.get());
                ++tensor_count_;
            }
        }
        for (const auto& s : model_.signatures)
            if (s.subgraph_index < 0 || static_cast<std::size_t>(s.subgraph_index) >= graphs_.size())
                problem("tflite.structure", "signature '" + s.key + "'", "subgraph index " + std::to_string(s.subgraph_index) +
                        " is out of range (the model has " + std::to_string(graphs_.size()) + " graphs)");
    }

    const Value* value_named(const Graph& g, const std::string& name, const std::string& field, const Node* n) {
        const Value* v = g.find(name);
        if (!v) problem("tflite.structure", field, "names value '" + name + "', which graph '" + g.name + "' does not have", n);
        return v;
    }

    int32_t index_of(std::size_t graph, const Value* v) const {
        if (!v) return -1;
        auto it = tensor_index_[graph].find(v);
        return it == tensor_index_[graph].end() ? -1 : it->second;
    }

    // The type to write: the value's, else the one its constant implies.
    static std::optional<Type> tensor_type(const Value& v) {
        if (v.type.kind == Type::Kind::tensor) return v.type;
        if (v.initializer) return Type::tensor(v.initializer->dtype, shape_of(v.initializer->dims));
        return std::nullopt;
    }

    // The type to write and its TensorType code; nullopt (with the reason in `why`) when TFLite cannot hold it.
    static std::optional<std::pair<Type, int8_t>> file_type(const Value& v, std::string& why) {
        auto type = tensor_type(v);
        if (!type) {
            why = "has no tensor type (" + to_string(v.type) + "); TFLite needs a dtype for every tensor";
            return std::nullopt;
        }
        if (auto code = tensor_type_from_dtype(type->elem_type); code && type->has_elem_type) return std::pair{*type, *code};
        // A TensorType the IR has no dtype for (INT2) travels as its raw code.
        if (auto raw = int_of(extra(v, "tensor_type")); raw && (!type->has_elem_type || type->elem_type == DType::undefined))
            return std::pair{*type, static_cast<int8_t>(*raw)};
        why = "has dtype " + std::string(dtype_name(type->elem_type)) + ", which TFLite cannot hold";
        return std::nullopt;
    }

    Off<schema::Tensor> write_tensor(fbb_t& fbb, std::size_t graph, const Value& v) {
        const std::string field = "value '" + v.name() + "'";
        std::string why;
        auto [type, type_code] = *file_type(v, why);  // checked by plan_tensors
        ShapeFields shape = derived_shape_fields(type);
        auto ints32 = [](const Attribute* a) {
            std::vector<int32_t> out;
            if (const auto* dims = a->get_if<std::vector<int64_t>>())
                for (int64_t d : *dims) out.push_back(static_cast<int32_t>(d));
            return out;
        };
        if (const auto* a = extra(v, "shape")) shape.shape = ints32(a);
        if (extra(v, "shape_absent")) shape.shape.reset();
        if (const auto* a = extra(v, "shape_signature")) shape.signature = ints32(a);
        if (extra(v, "shape_signature_absent")) shape.signature.reset();

        Off<flatbuffers::Vector<int32_t>> shape_vec, signature_vec;
        if (shape.shape) shape_vec = fbb.CreateVector(*shape.shape);
        if (shape.signature) signature_vec = fbb.CreateVector(*shape.signature);
        const auto* original_name = extra(v, "name");
        const std::string& name = original_name && original_name->get_if<std::string>() ? *original_name->get_if<std::string>() : v.name();
        Off<flatbuffers::String> name_off = name.empty() ? 0 : fbb.CreateString(name);
        Off<schema::QuantizationParameters> quantization = write_quantization(fbb, graph, v);

        const auto& info = reflect::SchemaInfo::get();
        Off<schema::SparsityParameters> sparsity;
        Off<flatbuffers::Vector<Off<schema::VariantSubType>>> variants;
        try {
            if (const auto* a = extra(v, "sparsity"))
                if (const auto* blob = a->get_if<std::string>())
                    sparsity = reflect::copy_blob<schema::SparsityParameters>(fbb, info.object("SparsityParameters"), *blob).o;
            if (const auto* a = extra(v, "variant_tensors"))
                if (const auto* blobs = a->get_if<std::vector<std::string>>()) {
                    std::vector<Off<schema::VariantSubType>> items;
                    for (const auto& b : *blobs)
                        items.push_back(reflect::copy_blob<schema::VariantSubType>(fbb, info.object("VariantSubType"), b).o);
                    variants = fbb.CreateVector(items);
                }
        } catch (const reflect::Problem& p) {
            problem("tflite.extra", field + " extra", p.what());
        }

        schema::TensorBuilder tb(fbb);
        tb.add_shape(shape_vec);
        tb.add_type(static_cast<schema::TensorType>(type_code));
        tb.add_buffer(tensor_buffer_.at(&v));
        tb.add_name(name_off);
        tb.add_quantization(quantization);
        tb.add_sparsity(sparsity);
        tb.add_shape_signature(signature_vec);
        tb.add_variant_tensors(variants);
        // Carried flags are stored as read, even when they hold the default.
        fbb.ForceDefaults(true);
        if (auto x = int_of(extra(v, "is_variable"))) tb.add_is_variable(*x != 0);
        if (auto x = int_of(extra(v, "has_rank"))) tb.add_has_rank(*x != 0);
        if (auto x = int_of(extra(v, "external_buffer"))) tb.add_external_buffer(static_cast<uint32_t>(*x));
        fbb.ForceDefaults(false);
        return tb.Finish();
    }

    Off<schema::QuantizationParameters> write_quantization(fbb_t& fbb, std::size_t graph, const Value& v) {
        if (!v.quantization) return 0;
        const Quantization& q = *v.quantization;
        auto floats = [&](const std::vector<float>& f) {
            return f.empty() ? Off<flatbuffers::Vector<float>>() : fbb.CreateVector(f);
        };
        auto min = floats(q.min), max = floats(q.max), scale = floats(q.scale);
        Off<flatbuffers::Vector<int64_t>> zero_point = q.zero_point.empty() ? 0 : fbb.CreateVector(q.zero_point);
        Off<void> details;
        uint8_t details_type = 0;
        if (const auto* t = extra(v, "quantization_details_type"))
            if (const auto* member = t->get_if<std::string>()) details = write_quantization_details(fbb, graph, v, *member, details_type);
        schema::QuantizationParametersBuilder qb(fbb);
        qb.add_min(min);
        qb.add_max(max);
        qb.add_scale(scale);
        qb.add_zero_point(zero_point);
        if (!details.IsNull()) {
            qb.add_details_type(static_cast<schema::QuantizationDetails>(details_type));
            qb.add_details(details);
        }
        qb.add_quantized_dimension(q.axis);
        return qb.Finish();
    }

    Off<void> write_quantization_details(fbb_t& fbb, std::size_t graph, const Value& v, const std::string& member,
                                         uint8_t& type_code) {
        const std::string field = "value '" + v.name() + "' quantization_details";
        const auto& info = reflect::SchemaInfo::get();
        const auto& details_union = info.enumeration("QuantizationDetails");
        auto code = reflect::SchemaInfo::value_of(details_union, member);
        const reflection::Object* object = code ? info.union_member(details_union, *code) : nullptr;
        if (!object) {
            problem("tflite.extra", field, "'" + member + "' is not a QuantizationDetails member");
            return 0;
        }
        type_code = static_cast<uint8_t>(*code);
        const std::string prefix = "quantization_details.";
        std::vector<Attribute> fields;
        std::vector<std::string> explicit_defaults;
        for (const auto& a : v.extra) {
            if (!a.name.starts_with(prefix)) continue;
            Attribute f = a;
            f.name = a.name.substr(prefix.size());
            if (f.name == reflect::explicit_defaults_attribute) {
                if (const auto* names = f.get_if<std::vector<std::string>>()) explicit_defaults = *names;
                continue;
            }
            // Tensor references travel as value names; the file wants this graph's indices.
            if ((f.name == "scales" || f.name == "zero_points") && f.kind == AttributeKind::s)
                f = Attribute::of_int(f.name, index_of(graph, v.graph()->find(std::get<std::string>(f.value))));
            fields.push_back(std::move(f));
        }
        std::vector<const Attribute*> pointers;
        for (const auto& f : fields) pointers.push_back(&f);
        std::vector<std::string> messages;
        auto table = reflect::write_flat_table(fbb, *object, pointers, explicit_defaults, messages);
        for (const auto& m : messages) problem("tflite.extra", field, m);
        return table;
    }

    // ---- buffers ------------------------------------------------------------------------------

    uint32_t add_buffer(const Buffer& data, bool share) {
        if (share && !data.empty()) {
            auto key = std::make_pair(data.data(), data.size());
            if (auto it = buffer_index_.find(key); it != buffer_index_.end()) return it->second;
            buffer_index_[key] = static_cast<uint32_t>(buffers_.size());
        }
        buffers_.push_back(data);
        data_bytes_ += data.size();
        return static_cast<uint32_t>(buffers_.size() - 1);
    }

    void plan_buffers() {
        buffers_.push_back(Buffer());  // entry 0: the empty sentinel
        const bool per_tensor = find_attribute(model_.extra, "buffer_per_tensor") != nullptr;
        for (std::size_t gi = 0; gi < graphs_.size(); ++gi)
            for (const Value* v : tensors_[gi]) {
                Buffer data;
                if (v->initializer) {
                    data = v->initializer->data;
                    if (data.empty() && !v->initializer->strings.empty()) {
                        packed_strings_.push_back(pack_strings(v->initializer->strings));
                        data = packed_strings_.back();
                    }
                }
                tensor_buffer_[v] = !data.empty() ? add_buffer(data, true) : per_tensor ? add_buffer(Buffer(), false) : 0u;
            }
        for (const auto& md : model_.metadata_buffers) metadata_indices_.push_back(add_buffer(md.data, true));
        if (const auto* a = find_attribute(model_.extra, "metadata_buffer"))
            if (const auto* tensors = a->get_if<std::vector<Tensor>>())
                for (const auto& t : *tensors) legacy_metadata_indices_.push_back(static_cast<int32_t>(add_buffer(t.data, true)));
    }

    Off<flatbuffers::Vector<Off<schema::Buffer>>> write_buffers(fbb_t& fbb) {
        std::vector<Off<schema::Buffer>> entries;
        entries.reserve(buffers_.size());
        for (const Buffer& b : buffers_) {
            if (b.empty()) {
                entries.push_back(schema::BufferBuilder(fbb).Finish());
            } else if (data_after_) {
                // Offset 1 is a placeholder, patched once the flatbuffer's size is known.
                schema::BufferBuilder bb(fbb);
                bb.add_offset(1);
                bb.add_size(b.size());
                entries.push_back(bb.Finish());
            } else {
                fbb.ForceVectorAlignment(b.size(), 1, 16);  // Buffer.data is (force_align: 16)
                auto data = fbb.CreateVector(reinterpret_cast<const uint8_t*>(b.data()), b.size());
                entries.push_back(schema::CreateBuffer(fbb, data));
            }
        }
        return fbb.CreateVector(entries);
    }

    void place_trailing_data() {
        uint64_t at = fbb_->GetSize();
        const schema::Model* model = schema::GetModel(fbb_->GetBufferPointer());
        for (uint32_t i = 0; i < buffers_.size(); ++i) {
            const Buffer& b = buffers_[i];
            if (b.empty()) continue;
            at = (at + 15) / 16 * 16;
            // The builder's memory is ours to patch; the generated API only offers const access.
            auto* table = reinterpret_cast<flatbuffers::Table*>(const_cast<schema::Buffer*>(model->buffers()->Get(i)));
            table->SetField<uint64_t>(schema::Buffer::VT_OFFSET, at, 0);
            trailing_.emplace_back(at, b);
            at += b.size();
        }
        total_size_ = at;
    }

    // ---- operator codes ---------------------------------------------------------------------

    // Ops in the order of the table read from the file (so an unchanged model keeps its opcode
    // indices), then new ones in first-use order; entries no node uses are dropped.
    void plan_operator_codes() {
        std::unordered_map<std::string, std::size_t> rank_in_file;
        if (const auto* a = find_attribute(model_.extra, "operator_codes"))
            if (const auto* keys = a->get_if<std::vector<std::string>>())
                for (const auto& key : *keys) rank_in_file.emplace(key, rank_in_file.size());
        std::vector<std::pair<const Op*, const Node*>> used;
        std::unordered_set<std::string> seen;
        for (const Graph* g : graphs_)
            for (const Node* n : g->nodes())
                if (seen.insert(operator_code_key(n->op)).second) used.emplace_back(&n->op, n);
        auto rank = [&](const Op* op) {
            auto it = rank_in_file.find(operator_code_key(*op));
            return it == rank_in_file.end() ? rank_in_file.size() : it->second;
        };
        std::stable_sort(used.begin(), used.end(), [&](const auto& a, const auto& b) { return rank(a.first) < rank(b.first); });
        for (const auto& [op, n] : used) add_operator_code(*op, n);
    }

    void add_operator_code(const Op& op, const Node* n) {
        std::string key = operator_code_key(op);
        if (opcode_index_.count(key)) return;
        OperatorCodeEntry entry;
        entry.version = op.version;
        if (op.domain == custom_op_domain) {
            entry.code = schema::BuiltinOperator_CUSTOM;
            entry.custom_code = op.type;
        } else if (!op.domain.empty()) {
            problem("tflite.illegal-node", "op", "has domain '" + op.domain + "'; TFLite ops are builtins (domain \"\") or custom (domain \"custom\")", n);
            return;
        } else if (auto code = builtin_operator_code(op.type)) {
            entry.code = *code;
        } else {
            problem("tflite.illegal-node", "op", "'" + op.type + "' is not a TFLite builtin operator", n);
            return;
        }
        if (entry.version < INT32_MIN || entry.version > INT32_MAX) {
            problem("tflite.illegal-node", "op", "version " + std::to_string(entry.version) + " does not fit TFLite's int32", n);
            return;
        }
        opcode_index_[key] = static_cast<uint32_t>(opcodes_.size());
        opcodes_.push_back(std::move(entry));
    }

    Off<flatbuffers::Vector<Off<schema::OperatorCode>>> write_operator_codes(fbb_t& fbb) {
        std::vector<Off<schema::OperatorCode>> entries;
        for (const auto& e : opcodes_) {
            auto custom = e.code == schema::BuiltinOperator_CUSTOM ? fbb.CreateString(e.custom_code) : 0;
            const int8_t legacy = static_cast<int8_t>(std::min(e.code, placeholder_for_greater_op_codes));
            entries.push_back(schema::CreateOperatorCode(fbb, legacy, custom, static_cast<int32_t>(e.version),
                                                         static_cast<schema::BuiltinOperator>(e.code)));
        }
        return fbb.CreateVector(entries);
    }

    // ---- operators ------------------------------------------------------------------------------

    std::vector<int32_t> indices(std::size_t graph, const std::vector<Value*>& values) const {
        std::vector<int32_t> out;
        out.reserve(values.size());
        for (const Value* v : values) out.push_back(index_of(graph, v));
        return out;
    }

    // Options: every attribute that is not bookkeeping ("tflite.*") or custom_options.
    static bool is_option_field(const Attribute& a) {
        return !a.name.starts_with("tflite.") && a.name != "custom_options";
    }

    void write_options(fbb_t& fbb, const Node& n, uint8_t& type, Off<void>& table, uint8_t& type_2, Off<void>& table_2) {
        std::vector<const Attribute*> fields;
        for (const auto& a : n.attributes)
            if (is_option_field(a)) fields.push_back(&a);
        // Nodes read from a file say which table they had ("" for none); a node a rule made
        // gets the table TFLite pairs with its op.
        const Attribute* type_attribute = n.attribute("tflite.options_type");
        std::string member;
        if (!type_attribute) {
            if (n.op.domain.empty()) member = reflect::default_options_table(n.op.type);
        } else if (const auto* named = type_attribute->get_if<std::string>()) {
            member = *named;
        } else {
            problem("tflite.options", "attribute 'tflite.options_type'", "holds a " +
                    std::string(attribute_kind_name(type_attribute->kind)) + ", expected the name of an options table", &n);
            return;
        }
        if (member.empty()) {
            if (!fields.empty())
                problem("tflite.options", "attribute '" + fields.front()->name + "'",
                        type_attribute ? "the node has option attributes but 'tflite.options_type' says it has no options table"
                                       : n.op.type + " takes no options, so its attributes have nowhere to go", &n);
            return;
        }
        const auto& info = reflect::SchemaInfo::get();
        const reflection::Enum& first = info.enumeration("BuiltinOptions");
        const reflection::Enum& second = info.enumeration("BuiltinOptions2");
        auto code = reflect::SchemaInfo::value_of(first, member);
        const bool in_second = !code;
        if (in_second) code = reflect::SchemaInfo::value_of(second, member);
        const reflection::Object* object = code ? info.union_member(in_second ? second : first, *code) : nullptr;
        if (!object) {
            problem("tflite.options", "attribute 'tflite.options_type'", "'" + member + "' is not a TFLite options table", &n);
            return;
        }
        for (const Attribute* a : fields) {
            if (a->name.ends_with("_subgraph_index") || a->name.ends_with("_subgraph_indices") || a->name == "subgraph" ||
                a->name == "called_computations") {
                std::vector<int64_t> refs;
                if (const auto* i = a->get_if<int64_t>()) refs.push_back(*i);
                if (const auto* is = a->get_if<std::vector<int64_t>>()) refs = *is;
                for (int64_t r : refs)
                    if (r < 0 || static_cast<std::size_t>(r) >= graphs_.size())
                        problem("tflite.options", "attribute '" + a->name + "'", "subgraph index " + std::to_string(r) +
                                " is out of range (the model has " + std::to_string(graphs_.size()) + " graphs)", &n);
            }
        }
        std::vector<std::string> explicit_defaults;
        if (const auto* a = n.attribute(reflect::explicit_defaults_attribute))
            if (const auto* names = a->get_if<std::vector<std::string>>()) explicit_defaults = *names;
        std::vector<std::string> messages;
        auto built = reflect::write_flat_table(fbb, *object, fields, explicit_defaults, messages);
        for (const auto& m : messages) problem("tflite.options", "", m, &n);
        if (!messages.empty()) return;
        (in_second ? type_2 : type) = static_cast<uint8_t>(*code);
        (in_second ? table_2 : table) = built;
    }

    Off<schema::Operator> write_operator(fbb_t& fbb, std::size_t graph, const Node& n) {
        auto inputs = fbb.CreateVector(indices(graph, n.inputs));
        auto outputs = fbb.CreateVector(indices(graph, n.outputs));
        uint8_t type = 0, type_2 = 0;
        Off<void> options, options_2;
        write_options(fbb, n, type, options, type_2, options_2);
        Off<flatbuffers::Vector<uint8_t>> custom;
        if (const auto* a = n.attribute("custom_options")) {
            if (const auto* bytes = a->get_if<std::string>())
                custom = fbb.CreateVector(reinterpret_cast<const uint8_t*>(bytes->data()), bytes->size());
            else
                problem("tflite.options", "attribute 'custom_options'", "holds a " + std::string(attribute_kind_name(a->kind)) +
                        ", expected a string of raw bytes", &n);
        }
        Off<flatbuffers::Vector<uint8_t>> mutating;
        if (const auto* a = n.attribute("tflite.mutating_variable_inputs"))
            if (const auto* flags = a->get_if<std::vector<int64_t>>()) {
                std::vector<uint8_t> bytes;
                for (int64_t f : *flags) bytes.push_back(f != 0);
                mutating = fbb.CreateVector(bytes);
            }
        Off<flatbuffers::Vector<int32_t>> intermediates;
        if (const auto* a = n.attribute("tflite.intermediates"))
            if (const auto* names = a->get_if<std::vector<std::string>>()) {
                std::vector<int32_t> ids;
                for (const auto& name : *names) ids.push_back(name.empty() ? -1 : index_of(graph, graphs_[graph]->find(name)));
                intermediates = fbb.CreateVector(ids);
            }
        const auto opcode = opcode_index_.find(operator_code_key(n.op));
        schema::OperatorBuilder ob(fbb);
        ob.add_opcode_index(opcode == opcode_index_.end() ? 0 : opcode->second);
        ob.add_inputs(inputs);
        ob.add_outputs(outputs);
        if (!options.IsNull()) {
            ob.add_builtin_options_type(static_cast<schema::BuiltinOptions>(type));
            ob.add_builtin_options(options);
        }
        if (!options_2.IsNull()) {
            ob.add_builtin_options_2_type(static_cast<schema::BuiltinOptions2>(type_2));
            ob.add_builtin_options_2(options_2);
        }
        ob.add_custom_options(custom);
        ob.add_mutating_variable_inputs(mutating);
        ob.add_intermediates(intermediates);
        fbb.ForceDefaults(true);
        if (auto x = int_of(n.attribute("tflite.custom_options_format")))
            ob.add_custom_options_format(static_cast<schema::CustomOptionsFormat>(*x));
        if (auto x = int_of(n.attribute("tflite.debug_metadata_index"))) ob.add_debug_metadata_index(static_cast<int32_t>(*x));
        fbb.ForceDefaults(false);
        return ob.Finish();
    }

    Off<schema::SubGraph> write_subgraph(fbb_t& fbb, std::size_t gi) {
        const Graph& g = *graphs_[gi];
        std::vector<Off<schema::Tensor>> tensors;
        tensors.reserve(tensors_[gi].size());
        for (const Value* v : tensors_[gi]) tensors.push_back(write_tensor(fbb, gi, *v));
        auto tensors_vec = fbb.CreateVector(tensors);
        auto inputs = fbb.CreateVector(indices(gi, g.inputs));
        auto outputs = fbb.CreateVector(indices(gi, g.outputs));
        std::vector<Off<schema::Operator>> ops;
        ops.reserve(g.node_count());
        for (const Node* n : g.nodes()) ops.push_back(write_operator(fbb, gi, *n));
        auto ops_vec = fbb.CreateVector(ops);
        auto name = g.name.empty() ? 0 : fbb.CreateString(g.name);
        schema::SubGraphBuilder sb(fbb);
        sb.add_tensors(tensors_vec);
        sb.add_inputs(inputs);
        sb.add_outputs(outputs);
        sb.add_operators(ops_vec);
        sb.add_name(name);
        if (const auto* a = find_attribute(model_.extra, "subgraph_debug_metadata_index"))
            if (const auto* all = a->get_if<std::vector<int64_t>>(); all && gi < all->size())
                sb.add_debug_metadata_index(static_cast<int32_t>((*all)[gi]));
        return sb.Finish();
    }

    // ---- model-level tables ---------------------------------------------------------------------

    Off<flatbuffers::Vector<Off<schema::SignatureDef>>> write_signatures(fbb_t& fbb) {
        if (model_.signatures.empty()) return 0;
        std::vector<Off<schema::SignatureDef>> defs;
        for (const auto& s : model_.signatures) {
            const std::size_t gi = static_cast<std::size_t>(std::max(0, s.subgraph_index));
            if (gi >= graphs_.size()) continue;  // reported by plan_tensors
            auto maps = [&](const std::vector<Signature::Entry>& entries) {
                std::vector<Off<schema::TensorMap>> out;
                for (const auto& e : entries) {
                    int32_t index = index_of(gi, e.value);
                    if (index < 0)
                        problem("tflite.structure", "signature '" + s.key + "' entry '" + e.name + "'",
                                "does not name a tensor of subgraph " + std::to_string(gi));
                    out.push_back(schema::CreateTensorMap(fbb, fbb.CreateString(e.name), static_cast<uint32_t>(std::max(0, index))));
                }
                return fbb.CreateVector(out);
            };
            auto inputs = maps(s.inputs);
            auto outputs = maps(s.outputs);
            defs.push_back(schema::CreateSignatureDef(fbb, inputs, outputs, fbb.CreateString(s.key), static_cast<uint32_t>(gi)));
        }
        return fbb.CreateVector(defs);
    }

    template <class T>
    Off<flatbuffers::Vector<Off<T>>> write_blobs(fbb_t& fbb, const char* key, std::string_view table) {
        const auto* a = find_attribute(model_.extra, key);
        const auto* blobs = a ? a->get_if<std::vector<std::string>>() : nullptr;
        if (!blobs) return 0;
        std::vector<Off<T>> items;
        try {
            for (const auto& b : *blobs)
                items.push_back(reflect::copy_blob<T>(fbb, reflect::SchemaInfo::get().object(table), b).o);
        } catch (const reflect::Problem& p) {
            problem("tflite.extra", std::string("model extra '") + key + "'", p.what());
            return 0;
        }
        return fbb.CreateVector(items);
    }

    struct OperatorCodeEntry {
        int32_t code = 0;
        std::string custom_code;
        int64_t version = 1;
    };

    const Model& model_;
    std::string target_;
    WriteOptions options_;
    std::optional<fbb_t> fbb_;
    std::vector<std::pair<uint64_t, Buffer>> trailing_;  // file offset, data
    uint64_t total_size_ = 0;
    std::vector<const Graph*> graphs_;
    std::vector<Diagnostic> problems_;

    std::vector<std::unordered_map<const Value*, int32_t>> tensor_index_;
    std::vector<std::vector<const Value*>> tensors_;
    std::size_t tensor_count_ = 0, node_count_ = 0;
    uint64_t custom_option_bytes_ = 0;

    std::vector<Buffer> buffers_;
    std::map<std::pair<const std::byte*, std::size_t>, uint32_t> buffer_index_;
    std::unordered_map<const Value*, uint32_t> tensor_buffer_;
    std::vector<uint32_t> metadata_indices_;
    std::vector<int32_t> legacy_metadata_indices_;
    std::vector<Buffer> packed_strings_;
    uint64_t data_bytes_ = 0;
    bool data_after_ = false;

    std::vector<OperatorCodeEntry> opcodes_;
    std::unordered_map<std::string, uint32_t> opcode_index_;
};

} // namespace detail

// The whole model as the bytes of a .tflite file.
inline std::string write_bytes(const Model& model, WriteOptions options = {}) {
    detail::Writer writer(model, "<memory>", options);
    writer.build();
    std::string bytes;
    bytes.reserve(static_cast<std::size_t>(writer.total_size()));
    bytes.append(reinterpret_cast<const char*>(writer.head()), writer.head_size());
    for (const auto& [offset, data] : writer.trailing()) {
        bytes.resize(static_cast<std::size_t>(offset), '\0');
        bytes.append(reinterpret_cast<const char*>(data.data()), data.size());
    }
    return bytes;
}

// Writes `path` through a temporary file renamed into place once complete. Data placed after
// the flatbuffer is written straight from where it lies (usually the input's mapping).
inline void write(const Model& model, const std::string& path, WriteOptions options = {}) {
    detail::Writer writer(model, path, options);
    writer.build();
    io::AtomicOutput file(path);
    file.write(writer.head(), writer.head_size());
    uint64_t at = writer.head_size();
    static const char zeros[16] = {};
    for (const auto& [offset, data] : writer.trailing()) {
        file.write(zeros, static_cast<std::size_t>(offset - at));
        file.write(data.data(), data.size());
        at = offset + data.size();
    }
    file.commit();
}

} // namespace opbridge::tflite_file
