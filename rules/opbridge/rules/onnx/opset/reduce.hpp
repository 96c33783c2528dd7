#pragma once
// Opset adapters: ReduceSum/Mean/Max/Min/Prod/L1/L2/LogSum/LogSumExp/SumSquare (axes attribute <-> input), ArgMax/ArgMin.
//   Reduce-11 lets 'axes' count from the back.
//   ReduceSum-13 and the other Reduce-18 move 'axes' from an attribute to optional input 1 and
//   add noop_with_empty_axes (default 0: no axes still reduces over all dims).
//   ArgMax/ArgMin-11 let 'axis' count from the back; -12 adds select_last_index (default 0).
// (ReduceMax/Min-12 and -20 and ArgMax/ArgMin-13 only widen the accepted types.)
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_axes.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace reduce_detail {

// ArgMax/ArgMin-12 select_last_index=1 picks the last of equal extremes; the older version
// picks the first. Reversing the axis (a Gather with indices size-1..0) turns the last into
// the first, and size-1-i maps the index back. Needs the size of the axis.
inline int64_t arg_axis(const Node& n) {
    int64_t axis = axes_detail::int_attribute(n, "axis", 0);
    if (axis < 0)
        if (auto r = rank_of(n.input(0))) axis += *r;
    return axis;
}
inline bool selects_last(const Node& n) { return axes_detail::int_attribute(n, "select_last_index", 0) != 0; }

inline Outcome check_last_index(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (!selects_last(n) || axes_detail::static_dim(n.input(0), arg_axis(n))) return Outcome::applied;
    return ctx.error(n, "opset.unknown-dim", "attribute 'select_last_index'",
                     "select_last_index=1 picks the last of equal values, and " + std::string(info.to_op) + "-" +
                         std::to_string(info.to) + " picks the first; opbridge reverses the axis to emulate it, which needs " +
                         "the size of axis " + std::to_string(arg_axis(n)) + " of input 0, and it is unknown",
                     rule::detail::keep_opset_hint(info) + ", or give the input a static shape");
}

inline void reverse_for_last_index(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    bool last = selects_last(n);
    n.remove_attribute("select_last_index");
    if (!last) return;
    name_unnamed_node(ctx, n);
    int64_t axis = arg_axis(n), size = *axes_detail::static_dim(n.input(0), axis);
    std::vector<int64_t> reversed;
    for (int64_t i = size - 1; i >= 0; --i) reversed.push_back(i);
    Value* indices = ctx.add_constant(make_int64_tensor({size}, reversed), n.name + "_reversed");
    Value* x = n.inputs[0];
    Value* flipped = ctx.emit(n, "Gather", {x, indices}, {Attribute::of_int("axis", axis)});
    flipped->type = x->type;
    n.inputs[0] = flipped;
    n.set_attribute(Attribute::of_int("axis", axis));
    Value* original = n.outputs[0];
    Value* first = detach_output(ctx, n, 0, original->type);
    Value* last_position = ctx.constant_of(DType::int64, {}, {static_cast<double>(size - 1)}, n.name + "_last");
    emit_after(ctx, n, "Sub", {last_position, first}, {original});
}

// Adapters of one Reduce op: negative axes at 11; 'axes' an input from version AxesInput
// (whose previous version is AxesAttribute). PassThrough: see axes_input_to_attribute.
template <fixed_string Op, int AxesAttribute, int AxesInput, class PassThrough>
consteval auto reduce_rules() {
    return rule_table(adapter<Op, 1, 11>(),  // non-negative axes mean the same
                      adapter<Op, 11, 1>(normalize_negative_axes<"axes", rank_of_input<0>>),
                      adapter<Op, AxesAttribute, AxesInput>(attribute_to_input<"axes", 1>),
                      adapter<Op, AxesInput, AxesAttribute>(axes_input_to_attribute<PassThrough>));
}

template <fixed_string Op>
consteval auto arg_rules() {
    return rule_table(adapter<Op, 1, 11>(),  // a non-negative axis means the same
                      adapter<Op, 11, 1>(normalize_negative_axes<"axis", rank_of_input<0>>),
                      adapter<Op, 11, 12>(),  // select_last_index defaults to 0, the old behaviour
                      adapter<Op, 12, 11>(native<check_last_index, reverse_for_last_index,
                                                 "select_last_index=1 -> reverse the axis, index = size-1-index">));
}

} // namespace reduce_detail

inline constexpr auto reduce = concat(
    reduce_detail::reduce_rules<"ReduceSum", 11, 13, single_element_reduces_to_itself>(),
    reduce_detail::reduce_rules<"ReduceMean", 13, 18, single_element_reduces_to_itself>(),
    reduce_detail::reduce_rules<"ReduceMax", 13, 18, single_element_reduces_to_itself>(),
    reduce_detail::reduce_rules<"ReduceMin", 13, 18, single_element_reduces_to_itself>(),
    reduce_detail::reduce_rules<"ReduceProd", 13, 18, single_element_reduces_to_itself>(),
    reduce_detail::reduce_rules<"ReduceL1", 13, 18, single_element_changes>(),
    reduce_detail::reduce_rules<"ReduceL2", 13, 18, single_element_changes>(),
    reduce_detail::reduce_rules<"ReduceLogSum", 13, 18, single_element_changes>(),
    reduce_detail::reduce_rules<"ReduceLogSumExp", 13, 18, single_element_changes>(),
    reduce_detail::reduce_rules<"ReduceSumSquare", 13, 18, single_element_changes>(),
    reduce_detail::arg_rules<"ArgMax">(),
    reduce_detail::arg_rules<"ArgMin">());

} // namespace opbridge::rules::onnx_opset
