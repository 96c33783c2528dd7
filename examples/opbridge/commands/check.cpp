// opbridge check: structural validity, every problem in one report.

#include <iostream>

#include "cli.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/report.hpp"

namespace opbridge::cli {
namespace {

int cmd_check(const Args& a) {
    expect_positional(a, 1, "check FILE [--json]");
    auto model = opbridge::read_model(a.positional[0], read_options(a));
    opbridge::Diagnostics diags;
    bool ok = opbridge::check_model(model, diags, a.positional[0]);
    if (a.has_flag("--json")) std::cout << opbridge::to_json(diags) << "\n";
    else {
        std::cout << opbridge::to_text(diags);
        std::cout << a.positional[0] << ": " << (ok ? "valid" : std::to_string(diags.error_count()) + " problem(s)") << "\n";
    }
    return ok ? kOk : kFailure;
}

const Register reg{{"check",
                    "  check FILE [--json]          structural validity: undefined or duplicate values, cycles, ops unknown at\n"
                    "                                   the opset, arity, attributes, dtypes; every problem in one report\n",
                    {}, {"--json"}, cmd_check, 20}};

} // namespace
} // namespace opbridge::cli
