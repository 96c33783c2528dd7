#pragma once
// A model's main graph as Graphviz DOT text, meant for a person to read:
//   * one box per node, labelled op@version with the node's name underneath; graph inputs and
//     outputs as ovals with their types; edges labelled with dtype and shape (run
//     infer_shapes first to have them everywhere);
//   * weights stay out of the picture: initializers, and nodes that only compute constants
//     (Constant, Identity of a weight) are hidden unless `show_constants`;
//   * nodes are grouped into clusters by the module path in their names ("/features/
//     features.3/conv/Conv" belongs to "features.3"), at the depth that gives a handful of groups;
//   * `collapse` draws each group as one box listing its ops, and folds runs of consecutive
//     groups with the same ops into one box marked "xN";
//   * `from`/`to` draw only the nodes between those tensors;
//   * `highlight` colours the named nodes (or the producers of named tensors), e.g. the nodes
//     a diagnostic names.
// Unknown names in `highlight`, `from` or `to` are errors that name them.

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"

namespace opbridge {

struct GraphvizOptions {
    std::vector<std::string> highlight;  // node names, or tensor names (their producer)
    std::vector<std::string> from, to;   // tensor names bounding the region drawn
    bool collapse = false;
    bool show_constants = false;
    std::string title;  // drawn at the top; empty: the graph's name
    std::string file;   // for diagnostics
};

namespace graphviz_detail {

inline std::string html(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\n': out += "<br/>"; break;
        default: out += c;
        }
    }
    return out;
}

inline std::string short_dtype(DType t) {
    switch (t) {
    case DType::float32: return "f32";
    case DType::float16: return "f16";
    case DType::float64: return "f64";
    case DType::bfloat16: return "bf16";
    case DType::int64: return "i64";
    case DType::int32: return "i32";
    case DType::int16: return "i16";
    case DType::int8: return "i8";
    case DType::uint8: return "u8";
    case DType::boolean: return "bool";
    default: return std::string(dtype_name(t));
    }
}

// "f32 1x32x112x112", "i64 ?xN", or "" when nothing is known.
inline std::string type_label(const Value* v) {
    const Type& t = v->type;
    std::string dtype;
    std::optional<Shape> shape;
    if (t.kind == Type::Kind::tensor) {
        if (t.has_elem_type) dtype = short_dtype(t.elem_type);
        shape = t.shape;
    } else if (v->initializer) {
        dtype = short_dtype(v->initializer->dtype);
        shape = shape_of(v->initializer->dims);
    }
    std::string s = dtype;
    if (shape) {
        std::string dims;
        for (std::size_t i = 0; i < shape->size(); ++i) {
            const Dim& d = (*shape)[i];
            if (i) dims += "x";
            dims += d.is_known() ? std::to_string(d.value) : d.kind == Dim::Kind::param ? d.param : "?";
        }
        if (shape->empty()) dims = "scalar";
        s += (s.empty() ? "" : " ") + dims;
    }
    return s;
}

inline std::string shorten(const std::string& s, std::size_t max) {
    if (s.size() <= max) return s;
    return "…" + s.substr(s.size() - (max - 1));
}

// The module path of a node from its name: "/features/features.3/conv/Conv" -> {features,
// features.3, conv}. TFLite names ("model/conv2d/Conv2D;model/bn/...") use the part before ';'.
inline std::vector<std::string> module_path(const Node& n) {
    std::string name = n.name.substr(0, n.name.find(';'));
    std::vector<std::string> parts;
    std::string cur;
    for (char c : name) {
        if (c == '/') {
            if (!cur.empty()) parts.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    return parts;  // the last component (the op's own name) is left out
}

inline std::string join_path(const std::vector<std::string>& p, std::size_t depth) {
    std::string s;
    for (std::size_t i = 0; i < std::min(depth, p.size()); ++i) s += (i ? "/" : "") + p[i];
    return s;
}

class DotBuilder {
public:
    DotBuilder(const Model& model, const GraphvizOptions& options) : model_(model), g_(*model.graph), options_(options) {}

    std::string build() {
        find_constants();
        choose_nodes();
        resolve_highlight();
        group_nodes();
        std::string out = "digraph \"opbridge\" {\n";
        std::string title = options_.title;
        if (title.empty()) {
            title = g_.name.empty() ? std::string(format_name(model_.format)) : g_.name;
            if (auto opset = model_.opset(""); opset && model_.format == Format::onnx) title += "  (opset " + std::to_string(*opset) + ")";
        }
        out += "  graph [rankdir=TB, fontname=\"Helvetica\", fontsize=14, nodesep=0.3, ranksep=0.3, labelloc=t, "
               "label=<" + html(title) + ">];\n"
               "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#e8eef7\", color=\"#5b7db1\", "
               "fontname=\"Helvetica\", fontsize=11, margin=\"0.12,0.04\", height=0.3];\n"
               "  edge [fontname=\"Helvetica\", fontsize=9, color=\"#6b6b6b\", fontcolor=\"#404040\", arrowsize=0.6];\n";
        emit_units(out);
        emit_edges(out);
        out += "}\n";
        return out;
    }

private:
    // What is drawn as one box (collapsed) or one cluster: the nodes of a module, or of a run
    // of identical modules.
    struct Unit {
        std::string key;
        std::vector<const Node*> nodes;
        int repeat = 1;
        std::string last_key;
        std::string block_signature;
        std::size_t first_size = 0;
    };

    void find_constants() {
        for (Value* v : g_.initializers) constant_.insert(v);
        for (Node* n : g_.nodes()) {
            bool all_constant = n->subgraphs().empty();
            for (Value* v : n->inputs)
                if (v && !constant_.count(v)) all_constant = false;
            if (!all_constant) continue;
            constant_nodes_.insert(n);
            for (Value* v : n->outputs)
                if (v) constant_.insert(v);
        }
        for (Value* v : g_.outputs) constant_.erase(v);  // a graph output is always drawn
    }

    Value* tensor(const std::string& name, const char* role) const {
        Value* v = g_.find(name);
        if (!v || v->graph() != &g_)
            fail("graph.unknown-tensor", options_.file, std::string(role) + " '" + name + "'",
                 "no tensor of that name in the main graph", "list them with `opbridge inspect FILE --shapes`");
        return v;
    }

    void choose_nodes() {
        std::unordered_set<const Node*> after, before;
        bool bounded_from = !options_.from.empty(), bounded_to = !options_.to.empty();
        if (bounded_from) {
            std::unordered_set<const Value*> live;
            for (const auto& name : options_.from) live.insert(tensor(name, "--from"));
            for (Node* n : g_.nodes()) {
                bool reads = false;
                for (Value* v : n->inputs) reads = reads || (v && live.count(v));
                if (!reads) continue;
                after.insert(n);
                for (Value* v : n->outputs)
                    if (v) live.insert(v);
            }
        }
        if (bounded_to) {
            std::vector<const Value*> stack;
            for (const auto& name : options_.to) stack.push_back(tensor(name, "--to"));
            std::unordered_set<const Value*> seen;
            std::unordered_set<const Value*> from_set;
            for (const auto& name : options_.from) from_set.insert(g_.find(name));
            while (!stack.empty()) {
                const Value* v = stack.back();
                stack.pop_back();
                if (!seen.insert(v).second || from_set.count(v) || !v->producer) continue;
                before.insert(v->producer);
                for (Value* in : v->producer->inputs)
                    if (in) stack.push_back(in);
            }
        }
        for (Node* n : g_.nodes()) {
            if (!options_.show_constants && constant_nodes_.count(n)) continue;
            if (bounded_from && !after.count(n)) continue;
            if (bounded_to && !before.count(n)) continue;
            drawn_.push_back(n);
        }
        if (drawn_.empty())
            fail("graph.empty-region", options_.file, "", "no node lies between the --from and --to tensors",
                 "check that --from comes before --to in the graph");
        for (std::size_t i = 0; i < drawn_.size(); ++i) index_[drawn_[i]] = i;
    }

    void resolve_highlight() {
        for (const auto& name : options_.highlight) {
            const Node* found = nullptr;
            for (Node* n : g_.nodes())
                if (n->name == name) found = n;
            if (!found)
                if (Value* v = g_.find(name); v && v->graph() == &g_) found = v->producer;
            if (!found)
                fail("graph.unknown-node", options_.file, "--highlight '" + name + "'",
                     "no node (or computed tensor) of that name in the main graph",
                     "use node names as `opbridge inspect FILE --shapes` lists them");
            highlighted_.insert(found);
        }
    }

    // Groups by module path at the shallowest depth that gives at least 8 groups (or the
    // deepest there is), so clusters are neither one giant box nor one per node.
    void group_nodes() {
        std::vector<std::vector<std::string>> paths;
        std::size_t max_depth = 0;
        for (const Node* n : drawn_) {
            paths.push_back(module_path(*n));
            max_depth = std::max(max_depth, paths.back().size());
        }
        std::size_t depth = 0;
        for (std::size_t d = 1; d <= max_depth; ++d) {
            std::set<std::string> keys;
            for (const auto& p : paths)
                if (!p.empty()) keys.insert(join_path(p, d));
            if (keys.size() > 1) depth = d;
            if (keys.size() >= 8) break;
        }
        // Units: consecutive nodes of one group; a group split by other nodes becomes several.
        std::map<std::string, std::size_t> open;  // group key -> unit index
        for (std::size_t i = 0; i < drawn_.size(); ++i) {
            std::string key = depth ? join_path(paths[i], depth) : std::string();
            if (key.empty()) key = "\x01node" + std::to_string(i);  // ungrouped: a unit of its own
            auto it = open.find(key);
            if (it == open.end()) {
                units_.push_back(Unit{key, {drawn_[i]}, 1});
                open[key] = units_.size() - 1;
            } else {
                units_[it->second].nodes.push_back(drawn_[i]);
            }
        }
        for (std::size_t u = 0; u < units_.size(); ++u)
            for (const Node* n : units_[u].nodes) unit_of_[n] = u;
        if (options_.collapse) fold_runs();
    }

    std::string signature(const Unit& u) const {
        std::string s;
        for (const Node* n : u.nodes) s += to_string(n->op) + ";";
        return s;
    }

    // Which units a unit reads from (through values drawn, constants aside).
    std::set<std::size_t> sources(const Unit& u, std::size_t self) const {
        std::set<std::size_t> out;
        for (const Node* n : u.nodes)
            for (Value* v : n->inputs) {
                if (!v || constant_.count(v) || !v->producer) continue;
                auto it = unit_of_.find(v->producer);
                if (it != unit_of_.end() && it->second != self) out.insert(it->second);
            }
        return out;
    }

    // Consecutive groups with the same ops, each fed only by the one before, become one unit.
    void fold_runs() {
        std::vector<Unit> folded;
        std::vector<std::size_t> new_index(units_.size());
        for (std::size_t u = 0; u < units_.size(); ++u) {
            bool grouped = units_[u].key[0] != '\x01' && units_[u].nodes.size() > 1;
            if (!folded.empty() && grouped && u > 0 && new_index[u - 1] == folded.size() - 1) {
                Unit& prev = folded.back();
                auto src = sources(units_[u], u);
                bool fed_by_prev = src.size() == 1 && *src.begin() == u - 1;
                if (fed_by_prev && signature(units_[u]) == prev.block_signature) {
                    prev.nodes.insert(prev.nodes.end(), units_[u].nodes.begin(), units_[u].nodes.end());
                    prev.repeat += 1;
                    prev.last_key = units_[u].key;
                    new_index[u] = folded.size() - 1;
                    continue;
                }
            }
            folded.push_back(units_[u]);
            folded.back().block_signature = signature(units_[u]);
            folded.back().first_size = units_[u].nodes.size();
            new_index[u] = folded.size() - 1;
        }
        units_ = std::move(folded);
        unit_of_.clear();
        for (std::size_t u = 0; u < units_.size(); ++u)
            for (const Node* n : units_[u].nodes) unit_of_[n] = u;
    }

    static std::string last_component(const std::string& key) {
        auto slash = key.rfind('/');
        return slash == std::string::npos ? key : key.substr(slash + 1);
    }

    bool is_highlighted(const Unit& u) const {
        for (const Node* n : u.nodes)
            if (highlighted_.count(n)) return true;
        return false;
    }

    std::string node_id(const Node* n) const {
        if (options_.collapse) {
            const Unit& u = units_[unit_of_.at(n)];
            if (u.nodes.size() > 1) return "u" + std::to_string(unit_of_.at(n));
        }
        return "n" + std::to_string(index_.at(n));
    }

    std::string node_line(const Node* n) const {
        std::string label = "<<b>" + html(to_string(n->op)) + "</b>";
        if (!n->name.empty()) label += "<br/><font point-size=\"8\" color=\"#555555\">" + html(shorten(n->name, 48)) + "</font>";
        label += ">";
        std::string attrs = "label=" + label;
        if (highlighted_.count(n)) attrs += ", fillcolor=\"#ffb3b3\", color=\"#c00000\", penwidth=2";
        return "  " + node_id(n) + " [" + attrs + "];\n";
    }

    std::string unit_line(std::size_t ui) const {
        const Unit& u = units_[ui];
        // The ops of one block with their counts, in first-seen order.
        std::vector<std::pair<std::string, int>> counts;
        std::size_t per_block = u.repeat > 1 ? u.first_size : u.nodes.size();
        for (std::size_t i = 0; i < per_block; ++i) {
            std::string op = u.nodes[i]->op.type;
            auto it = std::find_if(counts.begin(), counts.end(), [&](auto& c) { return c.first == op; });
            if (it == counts.end()) counts.push_back({op, 1});
            else ++it->second;
        }
        std::string ops;
        int on_line = 0;
        for (const auto& [op, count] : counts) {
            if (on_line == 4) ops += "<br/>", on_line = 0;
            else if (!ops.empty()) ops += "  ";
            ops += html(op) + (count > 1 ? "×" + std::to_string(count) : "");
            ++on_line;
        }
        std::string title = last_component(u.key);
        if (u.repeat > 1) title += " … " + last_component(u.last_key) + "  (×" + std::to_string(u.repeat) + ")";
        std::string label = "<<b>" + html(title) + "</b><br/><font point-size=\"9\">" + ops + "</font>>";
        std::string attrs = "label=" + label + ", fillcolor=\"#fff4d6\", color=\"#b08d2a\"";
        if (u.repeat > 1) attrs += ", peripheries=2";
        if (is_highlighted(u)) attrs += ", fillcolor=\"#ffb3b3\", color=\"#c00000\", penwidth=2";
        return "  u" + std::to_string(ui) + " [" + attrs + "];\n";
    }

    void emit_units(std::string& out) {
        int cluster = 0;
        for (std::size_t ui = 0; ui < units_.size(); ++ui) {
            const Unit& u = units_[ui];
            if (options_.collapse && u.nodes.size() > 1) {
                out += unit_line(ui);
            } else if (u.nodes.size() > 1) {
                out += "  subgraph cluster_" + std::to_string(cluster++) + " {\n    label=<" + html(last_component(u.key)) +
                       ">; labeljust=l; fontsize=10; style=\"rounded,dashed\"; color=\"#9aa7b8\";\n";
                for (const Node* n : u.nodes) out += "  " + node_line(n);
                out += "  }\n";
            } else {
                out += node_line(u.nodes.front());
            }
        }
    }

    // Where a value drawn as an edge comes from: a node, a graph input, or the region's edge.
    std::string source_of(const Value* v, std::string& out) {
        if (v->producer && index_.count(v->producer)) return node_id(v->producer);
        if (auto it = external_.find(v); it != external_.end()) return it->second;
        bool graph_input = std::find(g_.inputs.begin(), g_.inputs.end(), v) != g_.inputs.end();
        std::string id = "t" + std::to_string(external_.size());
        external_[v] = id;
        std::string fill = graph_input ? "#d9f2d9" : "#f2f2f2";
        std::string style = graph_input ? "filled" : "filled,dashed";
        out += "  " + id + " [shape=oval, style=\"" + style + "\", fillcolor=\"" + fill + "\", color=\"#4d8a4d\", label=<<b>" +
               html(shorten(v->name(), 40)) + "</b><br/><font point-size=\"9\">" + html(type_label(v)) + "</font>>];\n";
        return id;
    }

    void emit_edges(std::string& out) {
        std::set<std::tuple<std::string, std::string, const Value*>> done;
        std::string edges;
        for (const Node* n : drawn_) {
            std::string to = node_id(n);
            for (const Value* v : n->inputs) {
                if (!v || (constant_.count(v) && !(options_.show_constants && v->producer))) continue;
                std::string from = source_of(v, out);
                if (from == to || !done.insert({from, to, v}).second) continue;
                edges += "  " + from + " -> " + to + " [label=<" + html(type_label(v)) + ">];\n";
            }
        }
        int k = 0;
        for (const Value* v : g_.outputs) {
            if (!v->producer || !index_.count(v->producer)) continue;
            std::string id = "o" + std::to_string(k++);
            out += "  " + id + " [shape=oval, style=filled, fillcolor=\"#fde2c4\", color=\"#b0702a\", label=<<b>" +
                   html(shorten(v->name(), 40)) + "</b><br/><font point-size=\"9\">" + html(type_label(v)) + "</font>>];\n";
            edges += "  " + node_id(v->producer) + " -> " + id + ";\n";
        }
        // The region's last tensors, when they are not graph outputs, end in a marker too.
        for (const auto& name : options_.to) {
            const Value* v = g_.find(name);
            if (!v || !v->producer || !index_.count(v->producer) ||
                std::find(g_.outputs.begin(), g_.outputs.end(), v) != g_.outputs.end())
                continue;
            std::string id = "o" + std::to_string(k++);
            out += "  " + id + " [shape=oval, style=\"filled,dashed\", fillcolor=\"#fde2c4\", color=\"#b0702a\", label=<<b>" +
                   html(shorten(v->name(), 40)) + "</b><br/><font point-size=\"9\">" + html(type_label(v)) + "</font>>];\n";
            edges += "  " + node_id(v->producer) + " -> " + id + ";\n";
        }
        out += edges;
    }

    const Model& model_;
    const Graph& g_;
    const GraphvizOptions& options_;
    std::unordered_set<const Value*> constant_;
    std::unordered_set<const Node*> constant_nodes_;
    std::vector<const Node*> drawn_;
    std::unordered_map<const Node*, std::size_t> index_;
    std::unordered_set<const Node*> highlighted_;
    std::vector<Unit> units_;
    std::unordered_map<const Node*, std::size_t> unit_of_;
    std::unordered_map<const Value*, std::string> external_;
};

} // namespace graphviz_detail

// DOT text for the main graph of `model` (see the top of this file). Call infer_shapes(model)
// first for shapes on every edge.
inline std::string to_dot(const Model& model, const GraphvizOptions& options = {}) {
    return graphviz_detail::DotBuilder(model, options).build();
}

} // namespace opbridge
