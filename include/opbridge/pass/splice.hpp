#pragma once
// Graph surgery, part two: join two models of the same format, feeding some inputs of the
// second from outputs of the first. The usual use is re-attaching post-processing written
// for the target (an NMS block) to a body that was cut (pass/cut.hpp) and converted.
//
// splice_models(a, b, options) moves b's main graph into a's:
//   * each connection "a_out:b_in" makes b's nodes read a's output a_out where they read
//     b's input b_in (dtypes must agree, and known dims);
//   * b's values and nodes whose names a already uses get `options.prefix` in front;
//   * the result's inputs are a's, then b's unconnected ones; its outputs are a's unconnected
//     ones, then b's;
//   * ONNX: opset imports must agree per domain. When the default-domain opsets differ and
//     `options.opset_table` is given, the model at the lower opset is converted up to the
//     higher one first (pass/opset_convert.hpp); otherwise it is an error saying which to
//     convert. The result has the higher IR version of the two and b's local functions too.
// The result is validated with check_model. Failures throw opbridge::Error naming the model
// file and the tensor or node concerned.

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/pass/cut.hpp"
#include "opbridge/pass/opset_convert.hpp"

namespace opbridge {

struct SpliceConnection {
    std::string a_output, b_input;
};

struct SpliceOptions {
    std::vector<SpliceConnection> connect;
    std::string prefix = "b/";  // put before b's names that a already uses
    std::string file_a, file_b;  // for diagnostics
    // Adapters to bring the lower default-domain opset up to the higher one; without them,
    // models at different opsets are refused.
    const rule::AdapterTable* opset_table = nullptr;
};

namespace detail {

// Whether two types can be joined: same dtype, and same rank and dims where both are known.
inline bool types_join(const Type& a, const Type& b, std::string& why) {
    if (a.kind != Type::Kind::tensor || b.kind != Type::Kind::tensor) return true;  // nothing to hold against it
    if (a.has_elem_type && b.has_elem_type && a.elem_type != b.elem_type) {
        why = "dtypes differ: " + to_string(a) + " vs " + to_string(b);
        return false;
    }
    if (a.shape && b.shape) {
        bool same = a.shape->size() == b.shape->size();
        for (std::size_t i = 0; same && i < a.shape->size(); ++i)
            same = !(*a.shape)[i].is_known() || !(*b.shape)[i].is_known() || (*a.shape)[i].value == (*b.shape)[i].value;
        if (!same) {
            why = "shapes differ: " + to_string(a) + " vs " + to_string(b);
            return false;
        }
    }
    return true;
}

inline void remap_outer_reads(Graph& sub, const std::unordered_map<const Value*, Value*>& map) {
    for (Node* n : sub.nodes()) {
        for (Value*& v : n->inputs)
            if (auto it = map.find(v); v && it != map.end()) v = it->second;
        for (Graph* g : n->subgraphs()) remap_outer_reads(*g, map);
    }
    for (Value*& v : sub.outputs)
        if (auto it = map.find(v); v && it != map.end()) v = it->second;
}

// Brings both models to the same default-domain opset, and merges the other imports.
inline void agree_on_opsets(Model& a, Model& b, const SpliceOptions& options) {
    auto va = a.opset(""), vb = b.opset("");
    if (va && vb && *va != *vb) {
        bool a_lower = *va < *vb;
        Model& lower = a_lower ? a : b;
        const std::string& lower_file = a_lower ? options.file_a : options.file_b;
        int64_t target = std::max(*va, *vb);
        if (!options.opset_table)
            fail("splice.opset", lower_file, "opset_import",
                 "is at opset " + std::to_string(std::min(*va, *vb)) + ", the other model at " + std::to_string(target),
                 "convert it first: opbridge convert " + lower_file + " OUT.onnx --opset " + std::to_string(target));
        Diagnostics diags;
        OpsetConversion conversion{target, lower_file, options.opset_table};
        if (!convert_opset(lower, conversion, diags))
            fail("splice.opset", lower_file, "opset_import",
                 "cannot be converted from opset " + std::to_string(std::min(*va, *vb)) + " to " + std::to_string(target) +
                     " to match the other model: " + (diags.items().empty() ? std::string() : diags.items().front().one_line()),
                 "splice models at the same opset");
    }
    for (const auto& o : b.opset_imports) {
        auto mine = a.opset(o.domain);
        if (!mine) a.opset_imports.push_back(o);
        else if (*mine != o.version)
            fail("splice.opset", options.file_b, "opset_import '" + o.domain + "'",
                 "is at version " + std::to_string(o.version) + ", " + options.file_a + " imports version " + std::to_string(*mine),
                 "use the same version of that domain in both models");
    }
    a.format_version = std::max(a.format_version, b.format_version);
}

} // namespace detail

// Moves `b` into `a` as described at the top of this file; `b` is left empty of meaning.
inline void splice_models(Model& a, Model& b, const SpliceOptions& options) {
    const std::string& fa = options.file_a;
    const std::string& fb = options.file_b;
    if (a.format != b.format)
        fail("splice.format", fb, "", "is " + std::string(format_name(b.format)) + " but " + fa + " is " +
             std::string(format_name(a.format)), "convert one of them so both have the same format");
    if (options.connect.empty()) fail("splice.usage", "", "connect", "no connections given", "name at least one a_out:b_in pair");
    if (b.format == Format::tflite && !b.extra_graphs.empty())
        fail("splice.unsupported", fb, "subgraphs",
             "has " + std::to_string(b.extra_graphs.size()) + " subgraph(s) besides the main one (control flow), which splice cannot move yet");
    if (a.format == Format::onnx) detail::agree_on_opsets(a, b, options);

    Graph& ga = *a.graph;
    Graph& gb = *b.graph;
    std::unordered_map<const Value*, Value*> map;  // b's value -> a's
    std::unordered_set<const Value*> connected_a_outputs;
    std::unordered_set<const Value*> connected_b_inputs;
    for (const auto& c : options.connect) {
        Value* out = nullptr;
        for (Value* v : ga.outputs)
            if (v->name() == c.a_output) out = v;
        if (!out) {
            std::string names;
            for (Value* v : ga.outputs) names += (names.empty() ? "'" : ", '") + v->name() + "'";
            fail("splice.unknown-tensor", fa, "output '" + c.a_output + "'", "is not an output of this model (its outputs: " + names + ")",
                 "connect one of its outputs, or cut the model there first");
        }
        Value* in = nullptr;
        for (Value* v : gb.inputs)
            if (v->name() == c.b_input && !v->initializer) in = v;
        if (!in) {
            std::string names;
            for (Value* v : gb.inputs)
                if (!v->initializer) names += (names.empty() ? "'" : ", '") + v->name() + "'";
            fail("splice.unknown-tensor", fb, "input '" + c.b_input + "'", "is not an input of this model (its inputs: " + names + ")",
                 "connect one of its inputs");
        }
        if (!connected_b_inputs.insert(in).second)
            fail("splice.usage", fb, "input '" + c.b_input + "'", "is connected twice", "connect each input once");
        std::string why;
        if (!detail::types_join(out->type, in->type, why))
            fail("splice.type", fb, "input '" + c.b_input + "'", "cannot take " + fa + "'s output '" + c.a_output + "': " + why,
                 "insert a Cast/Reshape, or connect a matching tensor");
        map[in] = out;
        connected_a_outputs.insert(out);
    }

    // Names a's graph uses; values it merely remembers (left by a cut) give way to b's.
    std::unordered_set<std::string> used;
    for (Value* v : ga.inputs) used.insert(v->name());
    for (Value* v : ga.outputs) used.insert(v->name());
    for (Value* v : ga.initializers) used.insert(v->name());
    for (Value* v : ga.value_info) used.insert(v->name());
    for (Node* n : ga.nodes()) {
        for (Value* v : n->inputs)
            if (v) used.insert(v->name());
        for (Value* v : n->outputs)
            if (v) used.insert(v->name());
    }
    auto claim = [&](const std::string& name) {
        if (Value* stale = ga.find(name); stale && stale->graph() == &ga && !used.count(name)) {
            std::string away = name + "__unused";
            while (ga.find(away)) away += "_";
            ga.rename(stale, away);
        }
        Value* v = ga.fresh_value(used.count(name) ? options.prefix + name : name);
        used.insert(v->name());
        return v;
    };

    auto take = [&](Value* v) -> Value* {
        if (!v) return nullptr;
        if (auto it = map.find(v); it != map.end()) return it->second;
        if (v->graph() != &gb) return v;  // not b's main graph: left as it is
        Value* copy = claim(v->name());
        copy->type = v->type;
        copy->doc_string = v->doc_string;
        copy->initializer = v->initializer;
        copy->quantization = v->quantization;
        copy->extra = v->extra;
        std::erase_if(copy->extra, [](const Attribute& x) { return x.name == "unreferenced"; });
        map[v] = copy;
        return copy;
    };

    // Inputs and initializers first, so b's interface keeps its names where it can.
    std::vector<Value*> b_inputs, b_outputs, b_initializers, b_value_info;
    for (Value* v : gb.inputs)
        if (!connected_b_inputs.count(v)) b_inputs.push_back(take(v));
    for (Value* v : gb.initializers) b_initializers.push_back(take(v));

    std::unordered_set<std::string> node_names;
    for (Node* n : ga.nodes()) node_names.insert(n->name);
    for (Node* n : gb.nodes()) {
        std::vector<Value*> ins, outs;
        for (Value* v : n->inputs) ins.push_back(take(v));
        for (Value* v : n->outputs) outs.push_back(take(v));
        std::string name = n->name;
        if (!name.empty() && node_names.count(name)) {
            std::string base = options.prefix + name;
            name = base;
            for (int i = 1; node_names.count(name); ++i) name = base + "_" + std::to_string(i);
        }
        node_names.insert(name);
        Node* copy = ga.add_node(n->op, std::move(ins), std::move(outs), name);
        copy->doc_string = n->doc_string;
        copy->empty_domain_written = n->empty_domain_written;
        copy->attributes = n->attributes;
        copy->meta = n->meta;
        for (Graph* sub : copy->subgraphs()) {
            detail::remap_outer_reads(*sub, map);
            sub->parent = &ga;
        }
    }
    for (Value* v : gb.outputs) b_outputs.push_back(take(v));
    for (Value* v : gb.value_info)
        if (map.count(v) || v->graph() == &gb) b_value_info.push_back(take(v));

    std::erase_if(ga.outputs, [&](Value* v) { return connected_a_outputs.count(v) != 0; });
    ga.inputs.insert(ga.inputs.end(), b_inputs.begin(), b_inputs.end());
    ga.outputs.insert(ga.outputs.end(), b_outputs.begin(), b_outputs.end());
    for (Value* v : b_initializers)
        if (std::find(ga.initializers.begin(), ga.initializers.end(), v) == ga.initializers.end()) ga.initializers.push_back(v);
    for (Value* v : b_value_info)
        if (v->producer && std::find(ga.value_info.begin(), ga.value_info.end(), v) == ga.value_info.end()) ga.value_info.push_back(v);

    for (auto& f : b.functions) {
        bool present = false;
        for (const auto& mine : a.functions) present = present || (mine.name == f.name && mine.domain == f.domain);
        if (!present) a.functions.push_back(std::move(f));
    }
    if (a.format == Format::tflite) detail::retarget_signatures(a, ga, 0);

    Diagnostics diags;
    if (!check_model(a, diags, fa)) {
        std::string first = diags.items().empty() ? std::string() : diags.items().front().one_line();
        fail("splice.invalid", fa, "", "the spliced graph is not valid: " + first);
    }
}

} // namespace opbridge
