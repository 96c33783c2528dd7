#pragma once
// A whole model: what produced it, which opsets it imports, its main graph, functions and
// everything a format carries that the IR does not interpret (kept so a round trip loses nothing).

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "opbridge/ir/graph.hpp"

namespace opbridge {

enum class Format : uint8_t { onnx, tflite };

inline std::string_view format_name(Format f) noexcept { return f == Format::onnx ? "onnx" : "tflite"; }

struct OpsetImport {
    std::string domain;  // "" is the default ONNX domain
    int64_t version = 0;
    bool empty_domain_written = true;  // ONNX files may set domain "" or leave it out; both mean the default
    friend bool operator==(const OpsetImport& a, const OpsetImport& b) {
        return a.domain == b.domain && a.version == b.version;
    }
};

// A model-local ONNX function. Its body is a graph whose inputs/outputs are the formal ones.
struct Function {
    std::string name;
    std::string domain;
    std::vector<std::string> attributes;  // formal attribute names
    std::vector<OpsetImport> opset_imports;
    std::string doc_string;
    std::shared_ptr<Graph> body = std::make_shared<Graph>();
};

// A TFLite signature: named entry point mapping signature keys to tensors of a subgraph.
struct Signature {
    struct Entry {
        std::string name;
        Value* value = nullptr;
    };
    std::string key;
    std::vector<Entry> inputs, outputs;
    int32_t subgraph_index = 0;
};

struct NamedBuffer {
    std::string name;
    Buffer data;
};

class Model {
public:
    Format format = Format::onnx;   // the format it was read from or is meant for
    int64_t format_version = 0;     // ONNX ir_version; TFLite schema version
    std::vector<OpsetImport> opset_imports;
    std::string producer_name, producer_version, domain;
    int64_t model_version = 0;
    std::string doc_string;         // ONNX doc_string; TFLite description
    std::vector<KeyValue> metadata_props;

    std::shared_ptr<Graph> graph = std::make_shared<Graph>();
    std::vector<std::shared_ptr<Graph>> extra_graphs;  // TFLite subgraphs after the first
    std::vector<Function> functions;

    std::vector<Signature> signatures;
    std::vector<NamedBuffer> metadata_buffers;  // TFLite metadata entries
    std::vector<Attribute> extra;               // format facts carried as attributes
    std::vector<Buffer> onnx_training_info;     // serialized TrainingInfoProto, carried as-is

    std::optional<int64_t> opset(std::string_view dom) const {
        for (const auto& o : opset_imports)
            if (o.domain == dom || (dom.empty() && o.domain == "ai.onnx") || (dom == "ai.onnx" && o.domain.empty()))
                return o.version;
        return std::nullopt;
    }
    void set_opset(std::string_view dom, int64_t v) {
        for (auto& o : opset_imports)
            if (o.domain == dom) {
                o.version = v;
                return;
            }
        opset_imports.push_back({std::string(dom), v});
    }
};

} // namespace opbridge
