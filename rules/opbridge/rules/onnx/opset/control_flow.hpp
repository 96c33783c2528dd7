#pragma once
// Opset adapters: If (branch shapes at 11), Loop (no loop-carried value needed from 11),
// Scan (batched at 8, unbatched with axes and directions from 9, negative axes at 11), the
// sequence and optional types they carry from 13/16, float8 (19) and int4 (21) values, and
// the optional and sequence ops, which no older opset can express.
#include <memory>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace control_flow_detail {

inline Graph* graph_attribute(const Node& n, std::string_view name) {
    const Attribute* a = n.attribute(name);
    const GraphPtr* g = a ? a->get_if<GraphPtr>() : nullptr;
    return g ? g->get() : nullptr;
}
inline std::vector<int64_t> ints_attribute(const Node& n, std::string_view name) {
    const Attribute* a = n.attribute(name);
    const auto* v = a ? a->get_if<std::vector<int64_t>>() : nullptr;
    return v ? *v : std::vector<int64_t>{};
}
inline std::optional<int64_t> rank_of_value(const Value* v) {
    auto dims = known_dims_of(v);
    return dims ? std::optional<int64_t>(static_cast<int64_t>(dims->size())) : std::nullopt;
}
inline int64_t int_attribute(const Node& n, std::string_view name, int64_t fallback) {
    const Attribute* a = n.attribute(name);
    const int64_t* v = a ? a->get_if<int64_t>() : nullptr;
    return v ? *v : fallback;
}

// ---- If: before opset 11 both branches must give outputs of one shape ----------------------

inline Outcome branches_agree_in_shape(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Graph *then_branch = graph_attribute(n, "then_branch"), *else_branch = graph_attribute(n, "else_branch");
    if (!then_branch || !else_branch) return Outcome::applied;
    for (std::size_t i = 0; i < then_branch->outputs.size() && i < else_branch->outputs.size(); ++i) {
        const Type &a = then_branch->outputs[i]->type, &b = else_branch->outputs[i]->type;
        if (a.kind != Type::Kind::tensor || b.kind != Type::Kind::tensor || !a.shape || !b.shape) continue;
        bool differ = a.shape->size() != b.shape->size();
        for (std::size_t d = 0; !differ && d < a.shape->size(); ++d)
            differ = (*a.shape)[d].is_known() && (*b.shape)[d].is_known() && (*a.shape)[d].value != (*b.shape)[d].value;
        if (differ)
            return ctx.error(n, "opset.branch-shapes", "output " + std::to_string(i),
                             "If-1 needs both branches to give outputs of one shape, but then_branch gives " + to_string(*a.shape) +
                                 " and else_branch " + to_string(*b.shape),
                             rule::detail::keep_opset_hint(info));
    }
    return Outcome::applied;
}

// ---- Loop: Loop-1 needs at least one loop-carried value ------------------------------------

// A Loop-11 without loop-carried values gets one that the body passes through unchanged.
inline void add_passed_through_value(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (n.inputs.size() > 2) return;
    Graph* body = graph_attribute(n, "body");
    if (!body) return;
    n.inputs.resize(2, nullptr);
    n.inputs.push_back(ctx.constant_of(DType::boolean, {}, {0.0}, n.name + "_unused_carried"));
    Value* in = body->fresh_value("unused_carried_in");
    Value* out = body->fresh_value("unused_carried_out");
    in->type = out->type = Type::tensor(DType::boolean, Shape{});
    body->inputs.insert(body->inputs.begin() + std::min<std::ptrdiff_t>(2, std::ssize(body->inputs)), in);
    body->outputs.insert(body->outputs.begin() + std::min<std::ptrdiff_t>(1, std::ssize(body->outputs)), out);
    // The body was converted before the node: the new node is made at the target opset.
    body->add_node(Op{Dialect::onnx, "", "Identity", ctx.target_opset()}, {in}, {out}, ctx.unique_node_name(n.name + "_pass_unused"));
    n.outputs.insert(n.outputs.begin(), ctx.new_value(n.name + "_unused_carried_final"));
    ctx.graph().claim_outputs(&n);
}

// ---- Scan ----------------------------------------------------------------------------------

inline Type without_axis(const Type& t, std::optional<std::size_t> axis) {
    Type out = t;
    if (axis && out.kind == Type::Kind::tensor && out.shape && *axis < out.shape->size())
        out.shape->erase(out.shape->begin() + static_cast<std::ptrdiff_t>(*axis));
    return out;
}
inline Type with_leading_axis(const Value* v) {
    auto t = infer_dtype(v);
    if (!t) return Type{};
    Type out = Type::tensor(*t);
    if (v->type.kind == Type::Kind::tensor && v->type.shape) {
        out.shape = v->type.shape;
        out.shape->insert(out.shape->begin(), Dim::any());
    }
    return out;
}

// Scan-8 runs its body on each item of a batch (axis 0) and scans axis 1; Scan-9 has no
// batch. Going up, the node scans axis 1 of the batched tensors, and a new body runs the old
// one on every batch item through an inner Scan over axis 0 (which takes states and elements
// alike as scanned inputs and stacks every result back along the batch axis).
inline Outcome scan_has_full_length_sequences(const Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (!n.input(0)) return Outcome::applied;
    return ctx.error(n, "opset.input-unsupported", decompose_detail::input_text(n, 0),
                     "Scan-9 has no sequence_lens: opbridge converts a Scan-8 only when every sequence has the full length "
                     "(sequence_lens omitted)",
                     "omit sequence_lens if all sequences have the maximum length, or keep opset 8");
}
inline void scan_batch_into_inner_scan(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    GraphPtr body = *n.attribute("body")->get_if<GraphPtr>();
    std::size_t scanned = static_cast<std::size_t>(int_attribute(n, "num_scan_inputs", 0));
    std::size_t values = n.inputs.size() - 1, states = values - scanned, scan_outputs = n.outputs.size() - states;

    auto per_step = std::make_shared<Graph>();
    per_step->name = body->name + "_over_batch";
    per_step->parent = &ctx.graph();
    body->parent = per_step.get();
    std::vector<Value*> inner_in, inner_out;
    for (std::size_t i = 0; i < values; ++i) {
        const Value* outer = n.inputs[1 + i];
        Value* v = per_step->fresh_value(outer->name() + "_step");
        v->type = without_axis(outer->type, i < states ? std::nullopt : std::optional<std::size_t>(1));
        per_step->inputs.push_back(v);
        inner_in.push_back(v);
    }
    for (Value* result : body->outputs) {
        Value* v = per_step->fresh_value(result->name() + "_batch");
        v->type = with_leading_axis(result);
        per_step->outputs.push_back(v);
        inner_out.push_back(v);
    }
    // The body was converted before the node: the inner Scan is made at the target opset.
    Node* inner = per_step->add_node(Op{Dialect::onnx, "", "Scan", ctx.target_opset()}, inner_in, inner_out,
                                     ctx.unique_node_name(n.name + "_per_batch_item"));
    inner->attributes = {Attribute::of_graph("body", body), Attribute::of_int("num_scan_inputs", static_cast<int64_t>(values))};

    n.inputs.erase(n.inputs.begin());
    if (Attribute* directions = n.attribute("directions")) directions->name = "scan_input_directions";
    n.set_attribute(Attribute::of_ints("scan_input_axes", std::vector<int64_t>(scanned, 1)));
    n.set_attribute(Attribute::of_ints("scan_output_axes", std::vector<int64_t>(scan_outputs, 1)));
    n.set_attribute(Attribute::of_graph("body", per_step));
}

// Going down to Scan-8: a batch of one. Inputs get a leading axis (scanned inputs first
// brought to scan axis 0), outputs lose it (scan outputs then moved to their axis).
inline std::vector<int64_t> move_axis(int64_t rank, int64_t from, int64_t to) {
    std::vector<int64_t> perm;
    for (int64_t i = 0; i < rank; ++i)
        if (i != from) perm.push_back(i);
    perm.insert(perm.begin() + to, from);
    return perm;
}
inline Outcome scan_fits_a_batch_of_one(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    std::size_t scanned = static_cast<std::size_t>(int_attribute(n, "num_scan_inputs", 0));
    std::size_t states = n.inputs.size() - scanned;
    for (int64_t d : ints_attribute(n, "scan_output_directions"))
        if (d != 0)
            return ctx.error(n, "opset.attribute-value", "attribute 'scan_output_directions'",
                             "Scan-8 cannot write a scan output in reverse order", rule::detail::keep_opset_hint(info));
    auto input_axes = ints_attribute(n, "scan_input_axes"), output_axes = ints_attribute(n, "scan_output_axes");
    for (std::size_t i = 0; i < input_axes.size(); ++i)
        if (input_axes[i] != 0 && !rank_of_value(n.input(states + i)))
            return ctx.error(n, "opset.needs-shape", decompose_detail::input_text(n, static_cast<int>(states + i)),
                             "Scan-8 scans axis 1 after the batch axis, so scan axis " + std::to_string(input_axes[i]) +
                                 " has to be moved to the front, which needs the input's rank, and it is not known",
                             rule::detail::keep_opset_hint(info));
    for (std::size_t j = 0; j < output_axes.size(); ++j)
        if (output_axes[j] != 0 && !rank_of_value(n.output(states + j)))
            return ctx.error(n, "opset.needs-shape", "output " + std::to_string(states + j),
                             "Scan-8 stacks scan outputs on axis 1 after the batch axis, so moving them to axis " +
                                 std::to_string(output_axes[j]) + " needs the output's rank, and it is not known",
                             rule::detail::keep_opset_hint(info));
    return Outcome::applied;
}
inline void scan_as_batch_of_one(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    std::size_t scanned = static_cast<std::size_t>(int_attribute(n, "num_scan_inputs", 0));
    std::size_t states = n.inputs.size() - scanned;
    auto input_axes = ints_attribute(n, "scan_input_axes"), output_axes = ints_attribute(n, "scan_output_axes");
    Formula f(n, ctx);
    std::vector<Value*> inputs{nullptr};  // no sequence_lens: every sequence has the full length
    for (std::size_t i = 0; i < n.inputs.size(); ++i) {
        Expr x = f.input(i);
        int64_t axis = i >= states && i - states < input_axes.size() ? input_axes[i - states] : 0;
        if (axis != 0)
            x = f.op("Transpose", {x}, {Attribute::of_ints("perm", move_axis(*rank_of_value(x.value), axis, 0))});
        inputs.push_back(unsqueeze(x, {0}).value);
    }
    n.inputs = std::move(inputs);

    std::vector<Node*> after;
    for (std::size_t j = 0; j < n.outputs.size(); ++j) {
        Value* result = n.outputs[j];
        if (!result) continue;
        int64_t axis = j >= states && j - states < output_axes.size() ? output_axes[j - states] : 0;
        Value* batched = ctx.new_value(result->name() + "_batch_of_one");
        Value* unbatched = axis != 0 ? ctx.new_value(result->name() + "_scan_axis_0") : result;
        after.push_back(ctx.add_node_before(n, "Squeeze", {batched}, {unbatched}, result->name() + "_Squeeze"));
        after.back()->attributes = {Attribute::of_ints("axes", {0})};
        if (axis != 0) {
            after.push_back(ctx.add_node_before(n, "Transpose", {unbatched}, {result}, result->name() + "_Transpose"));
            after.back()->attributes = {Attribute::of_ints("perm", move_axis(*rank_of_value(result), 0, axis))};
        }
        n.outputs[j] = batched;
    }
    ctx.graph().claim_outputs(&n);
    place_after(ctx.graph(), n, after);

    if (Attribute* directions = n.attribute("scan_input_directions")) directions->name = "directions";
    for (const char* name : {"scan_input_axes", "scan_output_axes", "scan_output_directions"}) n.remove_attribute(name);
}

// Scan-11 allows negative scan axes: counted from the back of the input, or of the output.
inline Outcome scan_axes_ranks_known(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    std::size_t scanned = static_cast<std::size_t>(int_attribute(n, "num_scan_inputs", 0));
    std::size_t states = n.inputs.size() - scanned;
    auto input_axes = ints_attribute(n, "scan_input_axes"), output_axes = ints_attribute(n, "scan_output_axes");
    for (std::size_t i = 0; i < input_axes.size(); ++i)
        if (input_axes[i] < 0 && !rank_of_value(n.input(states + i)))
            return ctx.error(n, "opset.needs-shape", "attribute 'scan_input_axes'",
                             "Scan-9 takes non-negative axes only, and the rank of input " + std::to_string(states + i) +
                                 " that would make axis " + std::to_string(input_axes[i]) + " non-negative is not known",
                             rule::detail::keep_opset_hint(info));
    for (std::size_t j = 0; j < output_axes.size(); ++j)
        if (output_axes[j] < 0 && !rank_of_value(n.output(states + j)))
            return ctx.error(n, "opset.needs-shape", "attribute 'scan_output_axes'",
                             "Scan-9 takes non-negative axes only, and the rank of output " + std::to_string(states + j) +
                                 " that would make axis " + std::to_string(output_axes[j]) + " non-negative is not known",
                             rule::detail::keep_opset_hint(info));
    return Outcome::applied;
}
inline void scan_axes_non_negative(Node& n, RewriteContext&, const AdapterInfo&) {
    std::size_t scanned = static_cast<std::size_t>(int_attribute(n, "num_scan_inputs", 0));
    std::size_t states = n.inputs.size() - scanned;
    auto input_axes = ints_attribute(n, "scan_input_axes"), output_axes = ints_attribute(n, "scan_output_axes");
    for (std::size_t i = 0; i < input_axes.size(); ++i)
        if (input_axes[i] < 0) input_axes[i] += *rank_of_value(n.input(states + i));
    for (std::size_t j = 0; j < output_axes.size(); ++j)
        if (output_axes[j] < 0) output_axes[j] += *rank_of_value(n.output(states + j));
    if (!input_axes.empty()) n.set_attribute(Attribute::of_ints("scan_input_axes", input_axes));
    if (!output_axes.empty()) n.set_attribute(Attribute::of_ints("scan_output_axes", output_axes));
}

// ---- optional values: OptionalGetElement/OptionalHasElement-18 also take plain values -------

inline Outcome input_is_optional(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Value* v = n.input(0);
    if (v && (v->type.kind == Type::Kind::optional || v->type.kind == Type::Kind::none)) return Outcome::applied;
    std::string what = v ? "is a plain " + std::string(v->type.kind == Type::Kind::sequence ? "sequence" : "tensor") : "is missing";
    return ctx.error(n, "opset.input-unsupported", decompose_detail::input_text(n, 0),
                     std::string(info.op) + "-" + std::to_string(info.to) + " takes only an optional value, and this input " + what +
                         " (from opset 18 that is allowed)",
                     rule::detail::keep_opset_hint(info) + (v ? ", or remove the node: on a plain value it is an Identity (or a true constant)"
                                                              : ", or replace the node by a false constant"));
}

} // namespace control_flow_detail

namespace control_flow_steps {
using namespace control_flow_detail;
inline constexpr auto branch_shapes_agree = guard<branches_agree_in_shape, "then/else outputs of one shape">;
inline constexpr auto at_least_one_carried_value = native<no_check, add_passed_through_value, "a passed-through loop-carried value when there is none">;
inline constexpr auto batch_scan_into_inner_scan = native<scan_has_full_length_sequences, scan_batch_into_inner_scan,
                                                         "scan axis 1 of the batch; the body runs per batch item through an inner Scan">;
inline constexpr auto scan_batch_of_one = native<scan_fits_a_batch_of_one, scan_as_batch_of_one, "a batch of one around the scan">;
inline constexpr auto non_negative_scan_axes = native<scan_axes_ranks_known, scan_axes_non_negative, "negative scan axes counted from the front">;
inline constexpr auto optional_input = guard<input_is_optional, "an optional input">;
} // namespace control_flow_steps

inline constexpr auto control_flow = rule_table(
    // If-11 lets the branches give outputs of different shapes; If-13 adds sequences, -16
    // optionals, -19 float8 and -21 int4 values.
    adapter<"If", 1, 11>(), adapter<"If", 11, 1>(control_flow_steps::branch_shapes_agree),
    adapter<"If", 13, 11>(types_in_older_schema), adapter<"If", 16, 13>(types_in_older_schema),
    adapter<"If", 19, 16>(types_in_older_schema), adapter<"If", 21, 19>(types_in_older_schema),

    // Loop-11 allows no loop-carried values (Loop-1 needs one); then the same type steps as If.
    adapter<"Loop", 1, 11>(), adapter<"Loop", 11, 1>(control_flow_steps::at_least_one_carried_value),
    adapter<"Loop", 13, 11>(types_in_older_schema), adapter<"Loop", 16, 13>(types_in_older_schema),
    adapter<"Loop", 19, 16>(types_in_older_schema), adapter<"Loop", 21, 19>(types_in_older_schema),

    rule::unsupported<"Scan", 8, 0>("a scan before opset 8 has to be unrolled into one copy of the body per step, which opbridge does "
                                    "not do"),
    adapter<"Scan", 8, 9>(control_flow_steps::batch_scan_into_inner_scan),
    adapter<"Scan", 9, 8>(control_flow_steps::scan_batch_of_one),
    adapter<"Scan", 9, 11>(), adapter<"Scan", 11, 9>(control_flow_steps::non_negative_scan_axes),
    adapter<"Scan", 16, 11>(types_in_older_schema), adapter<"Scan", 19, 16>(types_in_older_schema),
    adapter<"Scan", 21, 19>(types_in_older_schema),

    // Optional values exist from opset 15, sequences from 11.
    rule::unsupported<"Optional", 15, 0>("ONNX has no optional type before opset 15"),
    rule::unsupported<"OptionalGetElement", 15, 0>("ONNX has no optional type before opset 15"),
    rule::unsupported<"OptionalHasElement", 15, 0>("ONNX has no optional type before opset 15"),
    adapter<"OptionalGetElement", 15, 18>(), adapter<"OptionalGetElement", 18, 15>(control_flow_steps::optional_input),
    adapter<"OptionalHasElement", 15, 18>(), adapter<"OptionalHasElement", 18, 15>(control_flow_steps::optional_input),
    rule::unsupported<"SequenceAt", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SequenceConstruct", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SequenceEmpty", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SequenceErase", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SequenceInsert", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SequenceLength", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"ConcatFromSequence", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SplitToSequence", 11, 0>("ONNX has no sequence type before opset 11"),
    rule::unsupported<"SequenceMap", 17, 0>("opbridge does not rewrite SequenceMap into the Loop over SequenceAt and SequenceInsert "
                                            "that its function body describes"));

} // namespace opbridge::rules::onnx_opset
