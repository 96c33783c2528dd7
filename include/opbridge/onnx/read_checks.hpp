#pragma once
// What the ONNX reader checks before it hands a model on: every tensor holds exactly the data
// its dims and data_type declare, and every graph is one a converter can walk (each value
// defined once, every name read is defined somewhere, no cycles). Files that break these are
// refused with an error naming the tensor, node or value, so no later pass meets them.

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/graph.hpp"
#include "opbridge/ir/tensor.hpp"

namespace opbridge::onnx_file::detail {

inline std::string dims_text(const std::vector<int64_t>& dims) {
    std::string s = "[";
    for (std::size_t i = 0; i < dims.size(); ++i) s += (i ? ", " : "") + std::to_string(dims[i]);
    return s + "]";
}

inline bool is_onnx_tensor_type(DType t) {
    return static_cast<int>(t) >= 1 && static_cast<int>(t) <= static_cast<int>(DType::int4);
}

// Refuses a tensor whose dims, data_type and data disagree. `data_loaded` is false for
// external data left on disk and for a segment of a tensor (its size is then unknown here).
inline void check_tensor_size(const Tensor& t, bool data_loaded, const std::string& file, const std::string& where) {
    const bool has_data = !t.data.empty() || !t.strings.empty();
    if (!is_onnx_tensor_type(t.dtype)) {
        if (!has_data && t.dims.empty()) return;  // an empty, untyped tensor holds nothing to misread
        fail("onnx.tensor", file, where + ", data_type",
             std::to_string(static_cast<int>(t.dtype)) + " is not an ONNX tensor data type", "re-export the model");
    }
    for (std::size_t i = 0; i < t.dims.size(); ++i)
        if (t.dims[i] < 0)
            fail("onnx.tensor", file, where + ", dims", "dim " + std::to_string(i) + " of " + dims_text(t.dims) +
                 " is negative; a stored tensor has a fixed, non-negative shape", "re-export the model");
    auto count = t.element_count();
    if (!count)
        fail("onnx.tensor", file, where + ", dims",
             "the product of " + dims_text(t.dims) + " overflows a 64-bit count: no file can hold that tensor",
             "re-export the model");
    if (!data_loaded) return;
    const uint64_t n = static_cast<uint64_t>(*count);
    const std::string shape = std::string(dtype_name(t.dtype)) + " " + dims_text(t.dims);
    if (t.dtype == DType::string) {
        if (t.strings.size() != n)
            fail("onnx.tensor", file, where, shape + " has " + std::to_string(n) + " elements but the file holds " +
                 std::to_string(t.strings.size()) + " strings", "re-export the model");
        return;
    }
    uint64_t expected;
    if (t.dtype == DType::int4 || t.dtype == DType::uint4) {
        if (t.storage == TensorStorage::typed) return;  // packed into int32_data, not kept as bytes
        expected = n / 2 + n % 2;                       // two elements per byte
    } else {
        const uint64_t size = element_size(t.dtype);
        if (n > UINT64_MAX / size)
            fail("onnx.tensor", file, where + ", dims", shape + " needs more bytes than a 64-bit size can count",
                 "re-export the model");
        expected = n * size;
    }
    if (t.data.size() != expected)
        fail("onnx.tensor", file, where,
             shape + " needs " + std::to_string(expected) + " bytes of data but the file holds " +
                 std::to_string(t.data.size()),
             "the tensor's dims, data_type and data disagree: re-export the model");
}

// Graph structure, checked once all of a graph's nodes are read. Values of enclosing graphs
// (read through Graph::find) are defined there and not checked again.
class StructureCheck {
public:
    StructureCheck(const std::string& file, const std::string& where) : file_(file), where_(where) {}

    // Before a node's outputs are claimed: none of them may be defined already. `inputs` are
    // the graph's inputs.
    void node_outputs(const std::unordered_set<const Value*>& inputs, const std::vector<Value*>& outputs,
                      const std::string& node, const std::string& op) {
        for (std::size_t i = 0; i < outputs.size(); ++i) {
            const Value* v = outputs[i];
            if (!v) continue;
            std::string by;
            if (v->producer) by = "node '" + v->producer->name + "'";
            else if (v->initializer) by = "an initializer";
            else if (inputs.count(v)) by = "a graph input";
            for (std::size_t j = 0; j < i && by.empty(); ++j)
                if (outputs[j] == v) by = "the same node's output " + std::to_string(j);
            if (!by.empty())
                fail("onnx.structure", file_, "node '" + node + "' (" + op + "), output '" + v->name() + "'",
                     "is already defined by " + by + "; every value must be defined exactly once",
                     "rename one of them");
        }
    }

    // After all nodes and outputs: every name read is defined, and the nodes form no cycle.
    void graph(const Graph& g) {
        std::unordered_set<const Value*> inputs(g.inputs.begin(), g.inputs.end());
        auto defined = [&](const Value* v) {
            return !v || v->graph() != &g || v->producer || v->initializer || inputs.count(v);
        };
        bool out_of_order = false;
        std::unordered_set<const Node*> seen;
        for (const Node* n : g.nodes()) {
            for (std::size_t i = 0; i < n->inputs.size(); ++i) {
                const Value* v = n->inputs[i];
                if (!defined(v))
                    fail("onnx.structure", file_, node_field(*n) + ", input " + std::to_string(i) + " ('" + v->name() + "')",
                         "is not a graph input, an initializer, or the output of any node",
                         "fix the name or add what defines it");
                if (v && v->graph() == &g && v->producer && !seen.count(v->producer)) out_of_order = true;
            }
            seen.insert(n);
        }
        for (const Value* v : g.outputs)
            if (!defined(v))
                fail("onnx.structure", file_, where_ + ", output '" + v->name() + "'",
                     "no node, graph input or initializer defines it", "fix the name or remove the output");
        if (out_of_order) find_cycle(g);
    }

private:
    std::string node_field(const Node& n) const { return "node '" + n.name + "' (" + n.op.type + ")"; }

    // Nodes out of order are allowed (a pass may sort them); a cycle is not. Depth-first over
    // producers, without recursion: a node met again while still open closes a cycle.
    void find_cycle(const Graph& g) {
        enum class State : uint8_t { open, done };
        std::unordered_map<const Node*, State> state;
        for (const Node* start : g.nodes()) {
            if (state.count(start)) continue;
            std::vector<std::pair<const Node*, std::size_t>> stack{{start, 0}};
            state[start] = State::open;
            while (!stack.empty()) {
                auto& [n, next] = stack.back();
                if (next == n->inputs.size()) {
                    state[n] = State::done;
                    stack.pop_back();
                    continue;
                }
                const Value* v = n->inputs[next++];
                if (!v || v->graph() != &g || !v->producer) continue;
                const Node* p = v->producer;
                auto it = state.find(p);
                if (it == state.end()) {
                    state[p] = State::open;
                    stack.push_back({p, 0});
                } else if (it->second == State::open) {
                    fail("onnx.structure", file_, node_field(*n) + ", input '" + v->name() + "'",
                         "is computed by node '" + p->name + "', which depends on this node's own result: the nodes "
                         "form a cycle",
                         "break the cycle; ONNX graphs must be acyclic");
                }
            }
        }
    }

    const std::string& file_;
    std::string where_;
};

} // namespace opbridge::onnx_file::detail
