// opbridge meta: read and edit model metadata (ONNX metadata_props, TFLite metadata entries)
// and node metadata (provenance and free key/values; ONNX NodeProto.metadata_props).

#include <iostream>

#include "cli.hpp"
#include "opbridge/onnx/node_meta.hpp"

namespace opbridge::cli {
namespace {

std::string printable(std::string_view bytes) {
    for (unsigned char c : bytes)
        if (c < 0x20 && c != '\n' && c != '\t') return "<" + std::to_string(bytes.size()) + " bytes>";
    return std::string(bytes);
}

void print_node_meta(const opbridge::Node& n) {
    std::cout << "node '" << n.name << "' (" << opbridge::to_string(n.op) << ")\n";
    if (!n.meta.rule.empty()) std::cout << "  rule: " << n.meta.rule << "\n";
    for (const auto& s : n.meta.source_nodes) std::cout << "  from: " << s << "\n";
    for (const auto& kv : n.meta.properties) std::cout << "  " << kv.key << " = " << kv.value << "\n";
}

bool has_meta(const opbridge::Node& n) {
    return !n.meta.rule.empty() || !n.meta.source_nodes.empty() || !n.meta.properties.empty();
}

void print_model_meta(const opbridge::Model& m) {
    std::cout << "model metadata:\n";
    if (m.format == opbridge::Format::onnx) {
        for (const auto& kv : m.metadata_props) std::cout << "  " << kv.key << " = " << kv.value << "\n";
        if (m.metadata_props.empty()) std::cout << "  (none)\n";
    } else {
        for (const auto& b : m.metadata_buffers) std::cout << "  " << b.name << " = " << printable(b.data.as_string_view()) << "\n";
        if (m.metadata_buffers.empty()) std::cout << "  (none)\n";
    }
}

std::pair<std::string, std::string> key_value(const std::string& s) {
    auto eq = s.find('=');
    if (eq == std::string::npos || eq == 0) throw UsageError{"--set takes key=value, not '" + s + "'"};
    return {s.substr(0, eq), s.substr(eq + 1)};
}

template <class Entries, class KeyOf>
void set_entry(Entries& entries, const std::string& key, KeyOf key_of, typename Entries::value_type entry) {
    for (auto& e : entries)
        if (key_of(e) == key) {
            e = std::move(entry);
            return;
        }
    entries.push_back(std::move(entry));
}

int cmd_meta(const Args& a) {
    expect_positional(a, 1, "meta FILE [--node NAME] [--set key=value ...] [--unset key ...] [-o OUT | --in-place]");
    const std::string& in = a.positional[0];
    auto sets = a.values("--set");
    auto unsets = a.values("--unset");
    const bool editing = !sets.empty() || !unsets.empty();
    if (!editing && (a.has("--output") || a.has_flag("--in-place")))
        throw UsageError{"nothing to write: give --set or --unset"};
    if (editing && a.has("--output") == a.has_flag("--in-place"))
        throw UsageError{"say where the edited model goes: -o OUT, or --in-place to replace " + in};
    std::string out = a.has_flag("--in-place") ? in : (a.has("--output") ? a.options.at("--output") : "");
    if (editing && !a.has_flag("--in-place")) check_output_path(a, in, out);

    auto model = opbridge::read_model(in, read_options(a));
    opbridge::Node* node = nullptr;
    if (a.has("--node")) {
        const std::string& name = a.options.at("--node");
        for (opbridge::Node* n : model.graph->nodes())
            if (n->name == name) node = n;
        if (!node) opbridge::fail("meta.unknown-node", in, "--node '" + name + "'", "no node of that name in the main graph",
                                  "list node names with `opbridge inspect " + in + " --shapes`");
        if (model.format == opbridge::Format::tflite && editing)
            opbridge::fail("meta.no-place", in, "--node '" + name + "'", "TFLite files have no place for per-node metadata",
                           "edit model metadata (leave out --node), or keep the metadata in the ONNX model");
    }

    if (!editing) {
        if (node) {
            print_node_meta(*node);
            return kOk;
        }
        print_model_meta(model);
        std::size_t with_meta = 0;
        for (const opbridge::Node* n : model.graph->nodes())
            if (has_meta(*n)) ++with_meta;
        std::cout << "node metadata: " << with_meta << " node(s)\n";
        for (const opbridge::Node* n : model.graph->nodes())
            if (has_meta(*n)) print_node_meta(*n);
        return kOk;
    }

    for (const auto& s : sets) {
        auto [key, value] = key_value(s);
        if (node) {
            if (opbridge::onnx_file::is_reserved_meta_key(key))
                throw UsageError{"keys starting with 'opbridge.' hold provenance and cannot be set: '" + key + "'"};
            set_entry(node->meta.properties, key, [](const opbridge::KeyValue& kv) { return kv.key; }, opbridge::KeyValue{key, value});
        } else if (model.format == opbridge::Format::onnx) {
            set_entry(model.metadata_props, key, [](const opbridge::KeyValue& kv) { return kv.key; }, opbridge::KeyValue{key, value});
        } else {
            set_entry(model.metadata_buffers, key, [](const opbridge::NamedBuffer& b) { return b.name; },
                      opbridge::NamedBuffer{key, opbridge::Buffer::copy_of(value.data(), value.size())});
        }
    }
    for (const auto& key : unsets) {
        std::size_t removed = 0;
        if (node) removed = std::erase_if(node->meta.properties, [&](const opbridge::KeyValue& kv) { return kv.key == key; });
        else if (model.format == opbridge::Format::onnx)
            removed = std::erase_if(model.metadata_props, [&](const opbridge::KeyValue& kv) { return kv.key == key; });
        else removed = std::erase_if(model.metadata_buffers, [&](const opbridge::NamedBuffer& b) { return b.name == key; });
        if (!removed)
            opbridge::fail("meta.unknown-key", in, "--unset '" + key + "'",
                           std::string("no such key in the ") + (node ? "node's" : "model's") + " metadata; nothing was written");
    }
    opbridge::write_model(model, out);
    std::cout << "wrote " << out << "\n";
    return kOk;
}

const Register register_meta{{"meta",
                    "  meta FILE [--node NAME]      print model metadata and node metadata (provenance, key/values)\n"
                    "          [--set k=v ...]          set a key (repeatable); with --node on that node, else on the model\n"
                    "          [--unset k ...]          remove a key (repeatable)\n"
                    "          [-o OUT | --in-place]    where the edited model goes (OUT must not exist without --force)\n",
                    {"--node", "--set", "--unset", "--output"}, {"--in-place", "--force"}, cmd_meta, 15}};

} // namespace
} // namespace opbridge::cli
