#pragma once
// Conversion pipelines composed at compile time. Each stage says what it takes and what it
// gives (format and opset); a pipeline whose stages do not chain is a compile error, so a
// tool author learns of an incomplete converter from the compiler, not from a user.
//
//   using my_converter = pipeline<onnx_opset_stage<9, 13>, onnx_opset_stage<13, 17>>;
//   Diagnostics diags;
//   bool ok = my_converter::run(model, diags);

#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rule/fixed_string.hpp"

namespace opbridge::rule {

// A point in the space of formats: a format and its version (the default-domain opset for
// ONNX, 0 where versions do not apply).
struct ModelKind {
    Format format;
    int version;
    friend constexpr bool operator==(ModelKind, ModelKind) = default;
};

template <class S>
concept Stage = requires(Model& m, Diagnostics& d) {
    { S::input } -> std::convertible_to<ModelKind>;
    { S::output } -> std::convertible_to<ModelKind>;
    { S::run(m, d) } -> std::same_as<bool>;
};

// Fails to compile when stage A's output is not stage B's input; the template arguments in
// the compiler's message name both stages.
template <class A, class B>
struct stages_chain {
    static_assert(A::output == B::input,
                  "pipeline stages do not chain: a stage's output format/opset must be the next stage's input (A, B above)");
    static constexpr bool value = true;
};

template <Stage... Stages>
struct pipeline;

template <Stage First, Stage... Rest>
struct pipeline<First, Rest...> {
    static constexpr ModelKind input = First::input;
    static constexpr ModelKind output = pipeline<Rest...>::output;
    static_assert(stages_chain<First, pipeline<Rest...>>::value);

    static bool run(Model& m, Diagnostics& d) { return First::run(m, d) && pipeline<Rest...>::run(m, d); }
};

template <Stage Last>
struct pipeline<Last> {
    static constexpr ModelKind input = Last::input;
    static constexpr ModelKind output = Last::output;
    static bool run(Model& m, Diagnostics& d) { return Last::run(m, d); }
};

// ONNX opset From -> To with the given adapter table (the full one by default).
template <int From, int To, const AdapterTable* Table>
struct onnx_opset_stage_with {
    static_assert(From >= 1 && From <= onnx_schema::max_opset && To >= 1 && To <= onnx_schema::max_opset,
                  "onnx_opset_stage<From, To>: opsets must be within the generated schema tables");
    static constexpr ModelKind input{Format::onnx, From};
    static constexpr ModelKind output{Format::onnx, To};
    static bool run(Model& m, Diagnostics& d) {
        if (m.opset("") != From) {
            Diagnostic diag;
            diag.code = "pipeline.input";
            diag.message = "this stage converts opset " + std::to_string(From) + ", but the model imports opset " +
                           std::to_string(m.opset("").value_or(0));
            diag.hint = "start the pipeline at the model's opset";
            d.report(std::move(diag));
            return false;
        }
        OpsetConversion o{To, "", Table};
        return convert_opset(m, o, d);
    }
};

} // namespace opbridge::rule
