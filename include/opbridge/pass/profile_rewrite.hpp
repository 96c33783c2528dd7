#pragma once
// Rewrites a model into what a consumer profile accepts, where a faithful rewrite exists:
//   - an opset step: the model is converted (convert_opset) to the opset in the profile's
//     range, nearest to its own, at which every node is a version the consumer takes. This is
//     also how Upsample and Resize variants change into each other (Upsample-9 linear becomes
//     Resize-11 linear/asymmetric, Resize-10 becomes Upsample-9 below opset 10), and how
//     Clip's min/max move between inputs and attributes;
//   - Identity nodes over an initializer are folded away (their readers read the initializer),
//     for consumers that cannot run an op on a weight;
//   - an integer Clip becomes Cast -> float Clip -> Cast back, for consumers whose Clip takes
//     float only at the opsets they read (exact for |values| < 2^24, and said so in a note).
// The model is changed only on success; otherwise every rejection of the best candidate is
// reported, as check_profile words it, and the function returns false.

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/profile.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge {

namespace detail {

inline Model copy_model(const Model& m) {
    std::string bytes = onnx_file::write_bytes(m);
    return onnx_file::read_bytes(std::as_bytes(std::span(bytes.data(), bytes.size())), "<copy>");
}

inline void note(Diagnostics& diags, const std::string& file, std::string message) {
    Diagnostic d;
    d.severity = Severity::note;
    d.code = "profile.rewrite";
    d.file = file;
    d.message = std::move(message);
    diags.report(std::move(d));
}

// The codes check_profile gives `n`, against profile `p`.
inline bool rejected_with(const Diagnostics& diags, const Node& n, std::string_view code) {
    for (const auto& d : diags.items())
        if (d.code == code && d.node == n.name && d.op == to_string(n.op)) return true;
    return false;
}

// Identity over an initializer: readers read the initializer instead. Only where the profile
// refuses the Identity itself, and never for a graph output (its name would change).
inline int fold_constant_identities(Graph& g, const Diagnostics& rejections) {
    std::vector<Node*> folded;
    for (Node* n : g.nodes()) {
        if (n->op.type != "Identity" || !onnx_schema::normalize_domain(n->op.domain).empty()) continue;
        Value* in = n->input(0);
        Value* out = n->output(0);
        if (!in || !out || !in->initializer || !rejected_with(rejections, *n, "profile.constant-input")) continue;
        if (std::find(g.outputs.begin(), g.outputs.end(), out) != g.outputs.end()) continue;
        g.replace_uses(out, in);
        folded.push_back(n);
    }
    for (Node* n : folded) g.remove_node(n);
    return static_cast<int>(folded.size());
}

inline bool is_integer_dtype(DType t) {
    switch (t) {
    case DType::int8: case DType::int16: case DType::int32: case DType::int64:
    case DType::uint8: case DType::uint16: case DType::uint32: case DType::uint64: return true;
    default: return false;
    }
}

// Clip on integers -> Cast to float, Clip, Cast back. Constant bounds become float
// initializers (so an opset step can still fold them into Clip-6 attributes).
inline int integer_clips_to_float(Model& m, Graph& g, Diagnostics& diags, const std::string& file) {
    std::vector<Node*> clips;
    for (Node* n : g.nodes())
        if (n->op.type == "Clip" && onnx_schema::normalize_domain(n->op.domain).empty())
            if (auto t = infer_dtype(n->input(0)); t && is_integer_dtype(*t)) clips.push_back(n);
    int64_t opset = m.opset("").value_or(13);
    for (Node* clip : clips) {
        DType t = *infer_dtype(clip->input(0));
        Value* x = clip->input(0);
        Value* y = clip->output(0);
        auto shape = x->type.shape;
        Value* xf = g.fresh_value(x->name() + "_as_float");
        xf->type = Type::tensor(DType::float32, shape);
        Node* to_float = g.insert_node_before(clip, Op{Dialect::onnx, "", "Cast", opset}, {x}, {xf}, clip->name + "_to_float");
        to_float->set_attribute(Attribute::of_int("to", static_cast<int64_t>(DType::float32)));
        for (std::size_t i = 1; i < clip->inputs.size() && i < 3; ++i) {
            Value* bound = clip->inputs[i];
            if (!bound) continue;
            Value* bf = g.fresh_value(bound->name() + "_as_float");
            bf->type = Type::tensor(DType::float32, std::vector<Dim>{});
            if (bound->initializer) {
                float v = 0;
                const Tensor& b = *bound->initializer;
                switch (t) {
                case DType::int8: v = static_cast<float>(b.at<int8_t>(0)); break;
                case DType::int16: v = static_cast<float>(b.at<int16_t>(0)); break;
                case DType::int32: v = static_cast<float>(b.at<int32_t>(0)); break;
                case DType::int64: v = static_cast<float>(b.at<int64_t>(0)); break;
                case DType::uint8: v = static_cast<float>(b.at<uint8_t>(0)); break;
                case DType::uint16: v = static_cast<float>(b.at<uint16_t>(0)); break;
                case DType::uint32: v = static_cast<float>(b.at<uint32_t>(0)); break;
                default: v = static_cast<float>(b.at<uint64_t>(0)); break;
                }
                bf->initializer = Tensor::from_vector<float>(DType::float32, {}, {v});
                g.initializers.push_back(bf);
            } else {
                Node* c = g.insert_node_before(clip, Op{Dialect::onnx, "", "Cast", opset}, {bound}, {bf}, clip->name + "_bound" + std::to_string(i));
                c->set_attribute(Attribute::of_int("to", static_cast<int64_t>(DType::float32)));
            }
            clip->inputs[i] = bf;
        }
        clip->inputs[0] = xf;
        Value* yf = g.fresh_value(y->name() + "_as_float");
        yf->type = Type::tensor(DType::float32, shape);
        clip->outputs[0] = yf;
        g.claim_outputs(clip);
        // The Cast back must come after the Clip: insert it before the Clip's successor.
        std::size_t at = 0;
        while (g.node_at(at) != clip) ++at;
        Node* back = at + 1 < g.node_count()
                         ? g.insert_node_before(g.node_at(at + 1), Op{Dialect::onnx, "", "Cast", opset}, {yf}, {y}, clip->name + "_back")
                         : g.add_node(Op{Dialect::onnx, "", "Cast", opset}, {yf}, {y}, clip->name + "_back");
        back->set_attribute(Attribute::of_int("to", static_cast<int64_t>(t)));
        Diagnostic d;
        d.severity = Severity::note;
        d.code = "profile.rewrite";
        d.file = file;
        d.node = clip->name;
        d.op = to_string(clip->op);
        d.field = "input 0 ('" + x->name() + "')";
        d.message = "Clip on " + onnx_schema::tensor_type_string(t) + " now runs in float between two Casts; exact while |values| < 2^24";
        diags.report(std::move(d));
    }
    return static_cast<int>(clips.size());
}

// Opsets to try, nearest to `current` first (upward before downward at equal distance).
inline std::vector<int64_t> candidate_opsets(int64_t current, const profile::Profile& p) {
    int64_t lo = std::max<int64_t>(p.min_opset, 7), hi = std::min<int64_t>(p.max_opset, onnx_schema::max_opset);
    std::vector<int64_t> out;
    for (int64_t o = lo; o <= hi; ++o) out.push_back(o);
    std::stable_sort(out.begin(), out.end(), [&](int64_t a, int64_t b) {
        auto da = std::abs(a - current), db = std::abs(b - current);
        return da != db ? da < db : a > b;
    });
    return out;
}

} // namespace detail

struct ProfileRewriteResult {
    bool accepted = false;
    int64_t opset = 0;  // the opset the rewritten model imports
};

// Rewrites `model` in place into what `p` accepts; on failure leaves it as it was and reports
// why in `diags`. `table` holds the opset adapters (rules/opbridge/rules/onnx/opset/all.hpp).
inline bool rewrite_for_profile(Model& model, const profile::Profile& p, Diagnostics& diags,
                                const rule::AdapterTable& table, const std::string& file = {}) {
    if (model.format != Format::onnx) {
        Diagnostic d;
        d.code = "profile.format";
        d.file = file;
        d.message = "profiles describe consumers of ONNX models; this model is " + std::string(format_name(model.format));
        d.hint = "convert it to ONNX first";
        diags.report(std::move(d));
        return false;
    }
    const int64_t source_opset = model.opset("").value_or(0);

    // One attempt: local rewrites on a copy at `opset` (converted first when it differs).
    struct Attempt {
        bool ok = false;
        Model model;
        Diagnostics notes, rejections;
    };
    auto attempt = [&](int64_t opset, bool clips_to_float) {
        Attempt a;
        a.model = detail::copy_model(model);
        if (clips_to_float) detail::integer_clips_to_float(a.model, *a.model.graph, a.notes, file);
        if (opset != source_opset) {
            Diagnostics conversion;
            OpsetConversion o{opset, file, &table};
            if (!convert_opset(a.model, o, conversion)) {
                a.rejections = std::move(conversion);
                return a;
            }
        }
        infer_shapes(a.model);
        Diagnostics first;
        if (profile::check_profile(a.model, p, first, file)) {
            a.ok = true;
            return a;
        }
        if (int n = detail::fold_constant_identities(*a.model.graph, first))
            detail::note(a.notes, file, "folded " + std::to_string(n) + " Identity node(s) over initializers: " +
                                            std::string(p.name) + " cannot run an op on a weight");
        a.ok = profile::check_profile(a.model, p, a.rejections, file);
        return a;
    };

    std::optional<Attempt> best_failure;
    for (bool clips_to_float : {false, true}) {
        if (clips_to_float) {
            bool any = false;
            for (Node* n : model.graph->nodes())
                if (n->op.type == "Clip")
                    if (auto t = infer_dtype(n->input(0)); t && detail::is_integer_dtype(*t)) any = true;
            if (!any) break;
        }
        for (int64_t opset : detail::candidate_opsets(source_opset, p)) {
            Attempt a = attempt(opset, clips_to_float);
            if (a.ok) {
                model = std::move(a.model);
                if (opset != source_opset)
                    detail::note(diags, file, "converted from opset " + std::to_string(source_opset) + " to " + std::to_string(opset) +
                                                  ", the nearest opset at which " + std::string(p.name) + " takes every node");
                for (const auto& d : a.notes.items()) diags.report(d);
                return true;
            }
            if (opset == source_opset && !clips_to_float) best_failure = std::move(a);
        }
    }
    // Nothing worked: what the consumer rejects at the model's own opset (after the local rewrites).
    if (best_failure) {
        for (const auto& d : best_failure->rejections.items()) diags.report(d);
    } else {
        profile::check_profile(model, p, diags, file);
    }
    Diagnostic d;
    d.code = "profile.no-rewrite";
    d.file = file;
    d.message = "no faithful rewrite makes the model acceptable to " + std::string(p.name) + " (tried opsets " +
                std::to_string(std::max(p.min_opset, 7)) + " to " + std::to_string(std::min(p.max_opset, onnx_schema::max_opset)) +
                ", folding Identity over weights, and integer Clip in float)";
    d.hint = "see the rejections above; what no rewrite covers must be cut out of the graph (opbridge cut) or replaced";
    diags.report(std::move(d));
    return false;
}

} // namespace opbridge
