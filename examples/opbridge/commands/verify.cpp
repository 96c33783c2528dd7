// opbridge verify: run two models in the reference runtimes and compare their outputs.

#include <iostream>
#include <memory>

#include "cli.hpp"
#include "reference_runtime.hpp"

namespace opbridge::cli {
namespace {

// Runs both models on the same seeded inputs (matched by position) and compares outputs.
int cmd_verify(const Args& a) {
    expect_positional(a, 2, "verify A B [--seed S] [--rtol R] [--atol A]");
    namespace rt = opbridge::testing;
    auto runtime_for = [](const std::string& path) -> std::unique_ptr<rt::ReferenceRuntime> {
        auto model = opbridge::read_model(path);  // a clear error for unreadable files first
        if (model.format == opbridge::Format::tflite) return std::make_unique<rt::TfliteRuntime>();
        return std::make_unique<rt::OnnxRuntime>();
    };
    const std::string& pa = a.positional[0];
    const std::string& pb = a.positional[1];
    auto ra = runtime_for(pa);
    auto rb = runtime_for(pb);
    auto da = ra->describe(pa);
    if (!da.ok) opbridge::fail("verify.runtime", pa, "", da.error);
    auto db = rb->describe(pb);
    if (!db.ok) opbridge::fail("verify.runtime", pb, "", db.error);
    if (da.inputs.size() != db.inputs.size() || da.outputs.size() != db.outputs.size())
        opbridge::fail("verify.interface", pb, "",
                       "has " + std::to_string(db.inputs.size()) + " inputs and " + std::to_string(db.outputs.size()) +
                           " outputs; " + pa + " has " + std::to_string(da.inputs.size()) + " and " +
                           std::to_string(da.outputs.size()));
    uint64_t seed = number_option(a, "--seed", 0);
    rt::Tolerance tolerance{real_option(a, "--rtol", 1e-4), real_option(a, "--atol", 1e-5)};
    auto inputs_a = rt::seeded_inputs(da.inputs, seed);
    auto inputs_b = inputs_a;
    for (std::size_t i = 0; i < inputs_b.size(); ++i) inputs_b[i].name = db.inputs[i].name;
    auto out_a = ra->run(pa, inputs_a);
    if (!out_a.ok) opbridge::fail("verify.run", pa, "", out_a.error);
    auto out_b = rb->run(pb, inputs_b);
    if (!out_b.ok) opbridge::fail("verify.run", pb, "", out_b.error);
    bool all_pass = true;
    std::cout << "verify " << pa << " vs " << pb << " (seed " << seed << ", rtol " << tolerance.rtol << ", atol "
              << tolerance.atol << ")\n";
    for (std::size_t i = 0; i < out_a.outputs.size(); ++i) {
        auto expected = rt::dequantized(out_a.outputs[i]);
        auto actual = rt::dequantized(out_b.outputs[i]);
        actual.name = expected.name;
        auto c = rt::compare(expected, actual, tolerance);
        all_pass = all_pass && c.passed();
        std::cout << "  output " << i << " '" << out_a.outputs[i].name << "': "
                  << (c.comparable ? "max abs " + std::to_string(c.max_abs) + ", max rel " + std::to_string(c.max_rel) +
                                         (c.passed() ? "  ok" : "  DIFFERS: " + c.summary())
                                   : "not comparable: " + c.mismatch)
                  << "\n";
    }
    std::cout << (all_pass ? "outputs agree" : "outputs differ") << "\n";
    return all_pass ? kOk : kFailure;
}

const Register reg{{"verify",
                    "  verify A B [--seed S]        run both models in the reference runtimes (ONNX Runtime, TFLite) on\n"
                    "          [--rtol R --atol A]      the same seeded inputs; report max abs/rel error per output;\n"
                    "                                   exit 1 when any output differs beyond the tolerance\n",
                    {"--seed", "--rtol", "--atol"}, {}, cmd_verify, 50}};

} // namespace
} // namespace opbridge::cli
