#pragma once
// Opset adapters: BatchNormalization, Dropout, LayerNormalization, GroupNormalization,
// MeanVarianceNormalization. (InstanceNormalization and LpNormalization change nothing in
// opsets 7..21; MeanVarianceNormalization-13 only widens types.)
#include <numeric>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/steps_nn.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace normalization_family {

inline bool is_used(RewriteContext& ctx, const Value* v) { return v && opbridge::value_is_read(ctx.graph(), v); }

// ---- BatchNormalization: training by output count (9) or by training_mode (14) --------------

// BatchNormalization-9 trains (normalizes with the batch's statistics and outputs the running
// ones) when it has all five outputs (Y, mean, var, saved_mean, saved_var) and infers with Y
// alone; BatchNormalization-14 says so with training_mode and has no saved_* outputs.
inline Outcome saved_statistics_unused(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    for (std::size_t i : {3u, 4u})
        if (is_used(ctx, n.output(i)))
            return ctx.error(n, "opset.output-unsupported", "output " + std::to_string(i) + " ('" + n.output(i)->name() + "')",
                             std::string(info.to_op) + "-" + std::to_string(info.to) +
                                 " has no saved_mean/saved_var outputs, and this one is used",
                             "keep the model below opset " + std::to_string(info.to) + ", or stop using the output");
    return Outcome::applied;
}
inline void outputs_as_training_mode(Node& n, RewriteContext&, const AdapterInfo&) {
    if (n.outputs.size() < 2) return;
    for (std::size_t i = 3; i < n.outputs.size(); ++i)
        if (n.outputs[i]) n.outputs[i]->producer = nullptr;
    n.outputs.resize(3);
    n.set_attribute(Attribute::of_int("training_mode", 1));
}

inline Outcome outputs_fit_mode(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (nn_detail::int_attribute(n, "training_mode").value_or(0) == 1) return Outcome::applied;
    for (std::size_t i : {1u, 2u})
        if (is_used(ctx, n.output(i)))
            return ctx.error(n, "opset.output-unsupported", "output " + std::to_string(i) + " ('" + n.output(i)->name() + "')",
                             "running statistics are outputs of training only, and training_mode is 0; " + std::string(info.to_op) +
                                 "-" + std::to_string(info.to) + " would train because the output is there",
                             "set training_mode=1 if the node trains, or drop the output");
    return Outcome::applied;
}
inline void training_mode_as_outputs(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    bool training = nn_detail::int_attribute(n, "training_mode").value_or(0) == 1;
    n.remove_attribute("training_mode");
    if (training) {
        static const char* names[] = {"", "running_mean", "running_var", "saved_mean", "saved_var"};
        n.outputs.resize(5, nullptr);
        for (std::size_t i = 1; i < 5; ++i)
            if (!n.outputs[i]) n.outputs[i] = ctx.new_value((n.name.empty() ? std::string("batchnorm") : n.name) + "_" + names[i]);
        ctx.graph().claim_outputs(&n);
        return;
    }
    for (std::size_t i = 1; i < n.outputs.size(); ++i)
        if (n.outputs[i]) n.outputs[i]->producer = nullptr;
    n.outputs.resize(1);
}

// ---- Dropout-12 -> 10: inference only ------------------------------------------------------

// Dropout-10 has no training mode. Dropout-12 in inference (training_mode omitted or false)
// ignores its ratio and defines the mask as all true, which Dropout-10 does not define: a
// mask in use is made from the input's shape instead.
inline Outcome inference_only(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Value* training = n.input(2);
    if (!training) return Outcome::applied;
    if (const Tensor* t = RewriteContext::constant_value(training))
        if (auto v = tensor_as_int64s(*t); v && v->size() == 1 && (*v)[0] == 0) return Outcome::applied;
    return ctx.error(n, "opset.input-unsupported", "input 2 ('" + training->name() + "')",
                     std::string(info.to_op) + "-" + std::to_string(info.to) +
                         " has no training mode, and training_mode is not a constant false" + rule::detail::producer_text(training),
                     rule::detail::keep_opset_hint(info) + ", or remove training_mode for inference");
}
inline void dropout_for_inference(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    if (const Tensor* ratio = RewriteContext::constant_value(n.input(1)))
        if (auto v = tensor_as_doubles(*ratio); v && v->size() == 1) n.set_attribute(Attribute::of_float("ratio", (*v)[0]));
    n.inputs.resize(1);
    n.remove_attribute("seed");
    if (n.outputs.size() < 2) return;
    Value* mask = n.outputs[1];
    n.outputs.resize(1);
    if (!mask) return;
    mask->producer = nullptr;
    Value* x = n.inputs[0];
    Value* shape = ctx.emit(n, "Shape", {x});
    if (auto rank = rank_of(x)) {
        std::vector<int64_t> ones(static_cast<std::size_t>(*rank), 1);
        Value* one_true = ctx.constant_of(DType::boolean, ones, {1}, n.name + "_true");
        ctx.emit_into(n, "Tile", {one_true, shape}, {mask});
    } else {
        ctx.emit_into(n, "ConstantOfShape", {shape}, {mask}, {Attribute::of_tensor("value", *make_tensor(DType::boolean, {1}, {1}))});
    }
}

// ---- LayerNormalization-17 ----------------------------------------------------------------

inline Outcome rank_known(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    auto rank = rank_of(n.input(0));
    if (!rank)
        return ctx.error(n, "opset.rank", "input 0", std::string(info.op) + " is rebuilt from older ops over axes counted from its rank, which is unknown",
                         rule::detail::keep_opset_hint(info) + ", or declare the input's shape");
    // The spec allows axis in [-rank, rank).
    const Attribute* a = n.attribute("axis");
    const int64_t axis = a && a->get_if<int64_t>() ? *a->get_if<int64_t>() : -1;
    if (axis < -*rank || axis >= *rank)
        return ctx.error(n, "opset.attribute", "attribute 'axis'",
                         "axis " + std::to_string(axis) + " is outside [-" + std::to_string(*rank) + ", " + std::to_string(*rank) +
                             ") for an input of rank " + std::to_string(*rank),
                         "fix the axis");
    return Outcome::applied;
}

// The spec's own definition: over the axes from 'axis' on, in stash_type precision,
// Mean = ReduceMean(X), D = X - Mean, InvStdDev = 1 / sqrt(ReduceMean(D * D) + epsilon),
// Y = D * InvStdDev * Scale + B.
inline void layer_normalization(Formula& f) {
    int64_t rank = *rank_of(f.node().input(0));
    int64_t axis = f.int_attribute("axis", -1);
    if (axis < 0) axis += rank;
    std::vector<int64_t> axes(static_cast<std::size_t>(rank - axis));
    std::iota(axes.begin(), axes.end(), axis);
    auto mean_over_axes = [&](Expr e) {
        return f.op("ReduceMean", {e}, {Attribute::of_ints("axes", axes), Attribute::of_int("keepdims", 1)});
    };
    Expr x = f.input(0);
    Expr stashed = cast(x, static_cast<DType>(f.int_attribute("stash_type", 1)));
    Expr mean = mean_over_axes(stashed);
    Expr d = stashed - mean;
    Expr inv_std_dev = f.op("Reciprocal", {sqrt(mean_over_axes(d * d) + f.float_attribute("epsilon", 1e-5))});
    Expr y = cast(d * inv_std_dev, x.dtype) * f.input(1);
    if (f.input(2).given()) y = y + f.input(2);
    f.output(0, y);
    f.output(1, mean);
    f.output(2, inv_std_dev);
}

// ---- MeanVarianceNormalization-9 --------------------------------------------------------------

// The spec's own definition: (X - E[X]) / (sqrt(E[X^2] - E[X]^2) + 1e-9) over 'axes'.
inline Expr mean_variance_normalization(Formula& f) {
    std::vector<int64_t> axes{0, 2, 3};
    if (auto a = nn_detail::ints_attribute(f.node(), "axes")) axes = *a;
    auto mean_over_axes = [&](Expr e) { return f.op("ReduceMean", {e}, {Attribute::of_ints("axes", axes)}); };
    Expr x = f.input(0);
    Expr mean = mean_over_axes(x);
    Expr variance = mean_over_axes(x * x) - mean * mean;
    return (x - mean) / (sqrt(variance) + 1e-9);
}

// ---- GroupNormalization --------------------------------------------------------------------------

// GroupNormalization-18 normalizes each group of channels and then scales and shifts it by
// one value per group: InstanceNormalization does exactly that to X reshaped to
// [N, num_groups, everything else].
inline void group_normalization_18(Formula& f) {
    Expr x = f.input(0);
    int64_t groups = f.int_attribute("num_groups", 1);
    Expr grouped = f.op("Reshape", {x, f.int64s({0, groups, -1})});
    Expr normalized = f.op("InstanceNormalization", {grouped, f.input(1), f.input(2)},
                           {Attribute::of_float("epsilon", f.float_attribute("epsilon", 1e-5))});
    f.output(0, f.op("Reshape", {normalized, f.op("Shape", {x}, {}, DType::int64)}));
}

// GroupNormalization-21 scales and shifts per channel (scale, bias of shape C), -18 per group
// (num_groups). Up: each group's value is repeated over its channels.
inline void per_group_to_per_channel(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    int64_t groups = nn_detail::int_attribute(n, "num_groups").value_or(1);
    auto x_dims = static_shape_of(n.input(0));
    std::optional<int64_t> channels;
    if (x_dims && x_dims->size() > 1 && (*x_dims)[1] > 0) channels = (*x_dims)[1];
    Value* per_group_shape = nullptr;  // [groups, C / groups], computed once when C is unknown
    for (std::size_t i : {1u, 2u}) {
        Value* v = n.inputs[i];
        if (channels) {
            std::vector<double> index;
            for (int64_t c = 0; c < *channels; ++c) index.push_back(static_cast<double>(c / (*channels / groups)));
            n.inputs[i] = ctx.emit(n, "Gather", {v, ctx.constant_of(DType::int64, {*channels}, index, n.name + "_channel_group")});
            continue;
        }
        if (!per_group_shape) {
            Value* c = ctx.emit(n, "Gather", {ctx.emit(n, "Shape", {n.inputs[0]}), ctx.constant_of(DType::int64, {1}, {1}, n.name + "_one")});
            Value* per_group = ctx.emit(n, "Div", {c, ctx.constant_of(DType::int64, {1}, {double(groups)}, n.name + "_groups")});
            per_group_shape = ctx.emit(n, "Concat", {ctx.constant_of(DType::int64, {1}, {double(groups)}, n.name + "_groups"), per_group},
                                       {Attribute::of_int("axis", 0)});
        }
        Value* column = ctx.emit(n, "Reshape", {v, ctx.add_constant(make_int64_tensor({2}, {groups, 1}), n.name + "_column")});
        Value* repeated = ctx.emit(n, "Expand", {column, per_group_shape});
        n.inputs[i] = ctx.emit(n, "Reshape", {repeated, ctx.add_constant(make_int64_tensor({1}, {-1}), n.name + "_flat")});
    }
}

// Down: constant per-channel values that agree within each group fold to one per group;
// otherwise the node normalizes with unit scale and zero bias per group, and a Mul and Add
// after it apply the per-channel scale and bias.
inline std::optional<std::vector<double>> per_group_values(const Value* v, int64_t groups) {
    const Tensor* t = RewriteContext::constant_value(v);
    auto values = t ? tensor_as_doubles(*t) : std::nullopt;
    if (!values || values->empty() || groups <= 0 || values->size() % static_cast<std::size_t>(groups) != 0) return std::nullopt;
    std::size_t per = values->size() / static_cast<std::size_t>(groups);
    std::vector<double> out;
    for (std::size_t g = 0; g < static_cast<std::size_t>(groups); ++g) {
        for (std::size_t c = 1; c < per; ++c)
            if ((*values)[g * per + c] != (*values)[g * per]) return std::nullopt;
        out.push_back((*values)[g * per]);
    }
    return out;
}
inline bool folds_per_group(const Node& n) {
    int64_t groups = nn_detail::int_attribute(n, "num_groups").value_or(1);
    return per_group_values(n.input(1), groups) && per_group_values(n.input(2), groups);
}
inline Outcome per_channel_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (folds_per_group(n) || (infer_dtype(n.input(0)) && rank_of(n.input(0)))) return Outcome::applied;
    return ctx.error(n, "opset.rank", "input 0",
                     "per-channel scale and bias are applied after " + std::string(info.to_op) + "-" + std::to_string(info.to) +
                         ", which needs the input's element type and rank, and they are unknown",
                     rule::detail::keep_opset_hint(info) + ", or declare the input's type and shape");
}
inline void per_channel_to_per_group(Node& n, RewriteContext& ctx, const AdapterInfo&) {
    int64_t groups = nn_detail::int_attribute(n, "num_groups").value_or(1);
    if (folds_per_group(n)) {
        for (std::size_t i : {1u, 2u}) {
            const Tensor* t = RewriteContext::constant_value(n.inputs[i]);
            n.inputs[i] = ctx.constant_of(t->dtype, {groups}, *per_group_values(n.inputs[i], groups), n.inputs[i]->name() + "_per_group");
        }
        return;
    }
    DType t = *infer_dtype(n.input(0));
    std::vector<int64_t> channel_shape(static_cast<std::size_t>(*rank_of(n.input(0)) - 1), 1);
    channel_shape[0] = -1;  // [C, 1, ..., 1] broadcasts over N and the spatial dims
    Value* shape = ctx.add_constant(make_int64_tensor({static_cast<int64_t>(channel_shape.size())}, channel_shape), n.name + "_channel_shape");
    Value* scale = ctx.emit(n, "Reshape", {n.inputs[1], shape});
    Value* bias = ctx.emit(n, "Reshape", {n.inputs[2], shape});
    n.inputs[1] = ctx.constant_of(t, {groups}, std::vector<double>(static_cast<std::size_t>(groups), 1.0), n.name + "_unit_scale");
    n.inputs[2] = ctx.constant_of(t, {groups}, std::vector<double>(static_cast<std::size_t>(groups), 0.0), n.name + "_zero_bias");
    Value* y = n.outputs[0];
    Value* normalized = detach_output(ctx, n, 0);
    Value* scaled = ctx.new_value(y->name() + "_scaled");
    Node* mul = emit_after(ctx, n, "Mul", {normalized, scale}, {scaled});
    emit_after(ctx, *mul, "Add", {scaled, bias}, {y});
}

} // namespace normalization_family

inline constexpr auto normalization = rule_table(
    // BatchNormalization-9 dropped 'spatial' (always 1 from then on).
    adapter<"BatchNormalization", 7, 9>(drop_attribute_if_default<"spatial", 1>),
    adapter<"BatchNormalization", 9, 7>(),
    // BatchNormalization-14 trains by training_mode, not by its output count, and lost the
    // saved_mean/saved_var outputs; its mean and var may have their own type (U).
    adapter<"BatchNormalization", 9, 14>(native<normalization_family::saved_statistics_unused, normalization_family::outputs_as_training_mode,
                                                "output count -> training_mode">),
    adapter<"BatchNormalization", 14, 9>(native<normalization_family::outputs_fit_mode, normalization_family::training_mode_as_outputs,
                                                "training_mode -> output count">,
                                         cast_input_to_dtype_of<3, 0>, cast_input_to_dtype_of<4, 0>),
    // BatchNormalization-15 lets scale and B have their own type (T1).
    adapter<"BatchNormalization", 14, 15>(),
    adapter<"BatchNormalization", 15, 14>(cast_input_to_dtype_of<1, 0>, cast_input_to_dtype_of<2, 0>),

    // Dropout-10 made the mask bool (Dropout-7: the input's type).
    adapter<"Dropout", 7, 10>(cast_output_like_input<1, 0>),
    adapter<"Dropout", 10, 7>(cast_output_to<1, DType::boolean>),
    // Dropout-12 moved ratio to input 1 and added training_mode (input 2) and seed.
    adapter<"Dropout", 10, 12>(attribute_to_input<"ratio", 1>),
    adapter<"Dropout", 12, 10>(native<normalization_family::inference_only, normalization_family::dropout_for_inference,
                                      "inference only: ratio -> attribute, mask -> all true">),

    decomposition<"LayerNormalization", 17>(guard<normalization_family::rank_known, "the input's rank is known">,
                                            formula<normalization_family::layer_normalization,
                                                    "ReduceMean/Sub/Mul/ReduceMean/Add/Sqrt/Reciprocal/Mul, then Scale and B">),
    decomposition<"MeanVarianceNormalization", 9>(
        formula<normalization_family::mean_variance_normalization, "(X - E[X]) / (sqrt(E[X^2] - E[X]^2) + 1e-9)">),

    decomposition<"GroupNormalization", 18>(
        formula<normalization_family::group_normalization_18, "InstanceNormalization of X reshaped to [N, num_groups, -1]">),
    // GroupNormalization-21 scales and shifts per channel, not per group, and computes in
    // stash_type (default float).
    adapter<"GroupNormalization", 18, 21>(native<no_check, normalization_family::per_group_to_per_channel, "per-group scale/bias -> per channel">),
    adapter<"GroupNormalization", 21, 18>(drop_attribute_if_default<"stash_type", 1>,
                                          native<normalization_family::per_channel_expressible, normalization_family::per_channel_to_per_group,
                                                 "per-channel scale/bias -> per group (folded, or applied after)">));

} // namespace opbridge::rules::onnx_opset
