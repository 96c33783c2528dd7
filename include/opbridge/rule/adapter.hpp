#pragma once
// Opset adapters: how one ONNX op changes between two adjacent versions of its schema.
//
//   // Clip-6 holds min/max as attributes; from Clip-11 they are optional inputs 1 and 2.
//   inline constexpr auto clip_6_to_11 = adapter<"Clip", 6, 11>(attribute_to_input<"min", 1>,
//                                                               attribute_to_input<"max", 2>);
//
// An adapter is a list of declarative steps (rule/steps.hpp). It compiles to one flat,
// type-erased AdapterEntry, so a table of hundreds of adapters is a constexpr array (cheap to
// compile) while the steps inside one adapter stay a small boost::hana tuple.
// Versions are schema since-versions (Clip has 1, 6, 11, 12, 13), and `From`/`To` are
// adjacent in that history; the driver chains adapters to cross many opsets.

#include <boost/hana/for_each.hpp>
#include <boost/hana/tuple.hpp>

#include <string>
#include <string_view>

#include "opbridge/onnx/schema.hpp"
#include "opbridge/rule/context.hpp"
#include "opbridge/rule/fixed_string.hpp"

namespace opbridge::rule {

// The two schemas an adapter goes between, handed to every step.
struct AdapterInfo {
    std::string_view op;
    int from, to;
    const onnx_schema::OpSchema* from_schema;
    const onnx_schema::OpSchema* to_schema;
    std::string_view to_op;  // differs from `op` when the op is replaced (Upsample -> Resize)
    bool downgrade() const noexcept { return to < from; }
};

enum class AdapterKind : unsigned char { rewrite, unsupported };

struct AdapterEntry {
    std::string_view op;
    int from = 0, to = 0;
    AdapterKind kind = AdapterKind::rewrite;
    Outcome (*apply)(Node&, RewriteContext&) = nullptr;
    std::string (*describe)() = nullptr;
    std::string_view reason;  // unsupported: why the target cannot express it
    std::string_view to_op;   // the op after the step (same as `op` unless replaced)
};

namespace detail {

template <class Step>
concept has_check = requires(const Step s, const Node& n, RewriteContext& c, const AdapterInfo& i) {
    { s.check(n, c, i) } -> std::same_as<Outcome>;
};

// Trailing omitted inputs go, but never below the schema's minimum count: Loop's `cond`
// may be omitted yet its slot must stay ("M", "").
inline void trim_omitted_inputs(Node& n, const onnx_schema::OpSchema* schema) {
    std::size_t keep = schema ? static_cast<std::size_t>(schema->min_input) : 0;
    while (n.inputs.size() > keep && n.inputs.back() == nullptr) n.inputs.pop_back();
}

template <fixed_string Op, int From, int To, fixed_string ToOp, class... Steps>
Outcome run_adapter(Node& n, RewriteContext& ctx) {
    static const AdapterInfo info{Op.view(), From, To, onnx_schema::exactly("", Op.view(), From),
                                  To ? onnx_schema::exactly("", ToOp.view(), To) : nullptr, ToOp.view()};
    boost::hana::tuple<Steps...> steps;
    // Every guard runs before anything changes, so a refused node is left as it was.
    bool ok = true;
    boost::hana::for_each(steps, [&](const auto& s) {
        if constexpr (has_check<std::decay_t<decltype(s)>>)
            if (ok && s.check(n, ctx, info) == Outcome::failed) ok = false;
    });
    if (!ok) return Outcome::failed;
    boost::hana::for_each(steps, [&](const auto& s) { s.apply(n, ctx, info); });
    trim_omitted_inputs(n, info.to_schema);
    if constexpr (To != 0) n.op.type = std::string(ToOp.view());
    return Outcome::applied;
}

template <class... Steps>
std::string describe_steps() {
    std::string out;
    boost::hana::tuple<Steps...> steps;
    boost::hana::for_each(steps, [&](const auto& s) {
        if (!out.empty()) out += "; ";
        out += s.describe();
    });
    return out.empty() ? std::string("no change needed") : out;
}

} // namespace detail

// A rewrite between versions From and To of Op (either direction).
template <fixed_string Op, int From, int To, class... Steps>
consteval AdapterEntry adapter(Steps...) {
    static_assert(onnx_schema::exists(Op, From), "adapter<Op, From, To>: Op has no schema version From (see the template arguments above)");
    static_assert(onnx_schema::exists(Op, To), "adapter<Op, From, To>: Op has no schema version To (see the template arguments above)");
    static_assert(From != To, "adapter<Op, From, To>: From and To must differ");
    return AdapterEntry{Op.view(), From, To, AdapterKind::rewrite, &detail::run_adapter<Op, From, To, Op, Steps...>,
                        &detail::describe_steps<Steps...>, {}, Op.view()};
}

// A rewrite that replaces Op-From by another op, NewOp-To (Upsample-9 -> Resize-10 and back).
template <fixed_string Op, int From, fixed_string NewOp, int To, class... Steps>
consteval AdapterEntry replacement(Steps...) {
    static_assert(onnx_schema::exists(Op, From), "replacement<Op, From, NewOp, To>: Op has no schema version From");
    static_assert(onnx_schema::exists(NewOp, To), "replacement<Op, From, NewOp, To>: NewOp has no schema version To");
    return AdapterEntry{Op.view(), From, To, AdapterKind::rewrite, &detail::run_adapter<Op, From, To, NewOp, Steps...>,
                        &detail::describe_steps<Steps...>, {}, NewOp.view()};
}

// Going below Op's first version (Since): replace the node by older ops. The steps build
// nodes that produce the node's own output values; the driver then removes the node.
template <fixed_string Op, int Since, class... Steps>
consteval AdapterEntry decomposition(Steps...) {
    static_assert(onnx_schema::exists(Op, Since), "decomposition<Op, Since>: Op has no schema version Since");
    return AdapterEntry{Op.view(), Since, 0, AdapterKind::rewrite, &detail::run_adapter<Op, Since, 0, Op, Steps...>,
                        &detail::describe_steps<Steps...>, {}, ""};
}

// A step the target version cannot express at all; `reason` says why and what to do.
template <fixed_string Op, int From, int To>
consteval AdapterEntry unsupported(std::string_view reason) {
    static_assert(onnx_schema::exists(Op, From), "unsupported<Op, From, To>: Op has no schema version From");
    return AdapterEntry{Op.view(), From, To, AdapterKind::unsupported, nullptr, nullptr, reason, Op.view()};
}

} // namespace opbridge::rule
