// opbridge check: structural validity, every problem in one report; with --profile P, also
// everything that consumer will reject (--profile list names the profiles).

#include <iostream>

#include "cli.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/profile.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rules/profiles/all.hpp"

namespace opbridge::cli {
namespace {

int list_profiles() {
    for (const auto* p : rules::profiles::all) {
        std::string name(p->name);
        name.resize(std::max<std::size_t>(name.size(), 18), ' ');
        std::cout << name << "  " << p->description << "\n" << std::string(20, ' ') << "opsets " << p->min_opset << ".."
                  << p->max_opset << "; from " << p->source << "\n";
    }
    return kOk;
}

const opbridge::profile::Profile& profile_option(const Args& a) {
    const auto* p = rules::profiles::find(a.options.at("--profile"));
    if (!p) {
        std::string names;
        for (const auto* q : rules::profiles::all) names += (names.empty() ? "" : ", ") + std::string(q->name);
        throw UsageError{"no profile '" + a.options.at("--profile") + "'; the profiles are: " + names};
    }
    return *p;
}

int cmd_check(const Args& a) {
    if (a.has("--profile") && a.options.at("--profile") == "list") return list_profiles();
    expect_positional(a, 1, "check FILE [--profile P] [--json]");
    const opbridge::profile::Profile* consumer = a.has("--profile") ? &profile_option(a) : nullptr;
    auto model = opbridge::read_model(a.positional[0], read_options(a));
    opbridge::Diagnostics diags;
    bool ok = opbridge::check_model(model, diags, a.positional[0]);
    if (consumer) {
        opbridge::infer_shapes(model);  // ranks and shapes some consumers' rules depend on
        ok = opbridge::profile::check_profile(model, *consumer, diags, a.positional[0]) && ok;
    }
    if (a.has_flag("--json")) std::cout << opbridge::to_json(diags) << "\n";
    else {
        std::cout << opbridge::to_text(diags);
        std::string verdict = ok ? (consumer ? "valid, and " + std::string(consumer->name) + " accepts it" : "valid")
                                 : std::to_string(diags.error_count()) + " problem(s)";
        std::cout << a.positional[0] << ": " << verdict << "\n";
    }
    return ok ? kOk : kFailure;
}

const Register register_check{{"check",
                    "  check FILE [--json]          structural validity: undefined or duplicate values, cycles, ops unknown at\n"
                    "                                   the opset, arity, attributes, dtypes; every problem in one report\n"
                    "        [--profile P]              also what consumer P rejects (ops, versions, dtypes, attribute values,\n"
                    "                                   inputs that must be constant); --profile list names the profiles\n",
                    {"--profile"}, {"--json"}, cmd_check, 20}};

} // namespace
} // namespace opbridge::cli
