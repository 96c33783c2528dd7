#pragma once
// How a node's metadata (NodeMeta) is stored in an ONNX file: as NodeProto.metadata_props
// (field 9, added in ONNX 1.16; older readers keep or skip it as an unknown field). Free
// key/values are entries of their own, in order. Provenance uses reserved keys, one entry
// per item so any name survives unchanged:
//   "opbridge.rule"            the rule that produced the node
//   "opbridge.source_node.<i>" the i-th source node's name (i = 0, 1, ...)
// Keys starting with "opbridge." are reserved for this; `opbridge meta` refuses to set them.

#include <string>
#include <string_view>
#include <vector>

#include "opbridge/ir/graph.hpp"

namespace opbridge::onnx_file {

inline constexpr int node_metadata_props_field = 9;
inline constexpr std::string_view reserved_meta_prefix = "opbridge.";

inline bool is_reserved_meta_key(std::string_view key) { return key.substr(0, reserved_meta_prefix.size()) == reserved_meta_prefix; }

// The entries to write for `meta`, provenance first.
inline std::vector<KeyValue> meta_to_props(const NodeMeta& meta) {
    std::vector<KeyValue> out;
    if (!meta.rule.empty()) out.push_back({"opbridge.rule", meta.rule});
    for (std::size_t i = 0; i < meta.source_nodes.size(); ++i)
        out.push_back({"opbridge.source_node." + std::to_string(i), meta.source_nodes[i]});
    for (const auto& kv : meta.properties) out.push_back(kv);
    return out;
}

// The inverse of meta_to_props. Source nodes are placed by their index, so entries out of
// order still come back in order.
inline NodeMeta meta_from_props(const std::vector<KeyValue>& props) {
    NodeMeta meta;
    const std::string source = "opbridge.source_node.";
    for (const auto& kv : props) {
        if (kv.key == "opbridge.rule") {
            meta.rule = kv.value;
        } else if (kv.key.rfind(source, 0) == 0) {
            std::size_t index = 0;
            bool numeric = kv.key.size() > source.size() && kv.key.size() - source.size() < 7;
            for (std::size_t i = source.size(); numeric && i < kv.key.size(); ++i) {
                numeric = kv.key[i] >= '0' && kv.key[i] <= '9';
                index = index * 10 + static_cast<std::size_t>(kv.key[i] - '0');
            }
            if (!numeric) {
                meta.properties.push_back(kv);
                continue;
            }
            if (meta.source_nodes.size() <= index) meta.source_nodes.resize(index + 1);
            meta.source_nodes[index] = kv.value;
        } else {
            meta.properties.push_back(kv);
        }
    }
    return meta;
}

} // namespace opbridge::onnx_file
