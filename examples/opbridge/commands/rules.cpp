// opbridge rules: which rules convert between two opsets, or between two formats.

#include <iostream>

#include "cli.hpp"
#include "opbridge/rules/onnx/opset/complete.hpp"
#include "opbridge/rules/tflite_to_onnx/all.hpp"
#include "opbridge/tflite/names.hpp"

namespace opbridge::cli {
namespace {

// Every TFLite builtin op with the rule that converts it to ONNX, or why none does.
int list_tflite_to_onnx() {
    const auto& table = opbridge::rules::tflite_to_onnx::table;
    int converted = 0, refused = 0, missing = 0;
    for (auto code : opbridge::tflite_schema::EnumValuesBuiltinOperator()) {
        std::string name = opbridge::tflite_file::builtin_operator_name(static_cast<int32_t>(code));
        const auto* e = table.find(name, 1);
        std::cout << "  " << name << ": ";
        if (e && e->supported()) {
            std::cout << e->targets << " (" << opbridge::rule::layout_name(e->layout) << ")\n";
            ++converted;
        } else if (e) {
            std::cout << "not converted: " << e->reason << "\n";
            ++refused;
        } else {
            std::cout << "NO RULE\n";
            ++missing;
        }
    }
    for (const auto& e : table.entries())
        if (e.op.find('.') != std::string_view::npos)
            std::cout << "  " << e.op << ": " << (e.supported() ? std::string(e.targets) : "not converted: " + std::string(e.reason)) << "\n";
    std::cout << converted << " builtin op(s) converted, " << refused << " not convertible (reason given), " << missing
              << " without an entry\n";
    return kOk;
}

// Every op of the default domain whose schema changes between the two opsets, with the rule
// that converts it (or why none can).
int cmd_rules(const Args& a) {
    if (!a.positional.empty() || !a.options.count("--from") || !a.options.count("--to"))
        throw UsageError{"usage: opbridge rules --from A --to B"};
    if (a.options.at("--from") == "tflite" && a.options.at("--to") == "onnx") return list_tflite_to_onnx();
    int64_t from = static_cast<int64_t>(number_option(a, "--from", 0));
    int64_t to = static_cast<int64_t>(number_option(a, "--to", 0));
    namespace schema = opbridge::onnx_schema;
    const auto& table = opbridge::rules::onnx_opset::table;
    int64_t lo = std::min(from, to), hi = std::max(from, to);
    bool down = to < from;
    int adapters = 0, automatic = 0, impossible = 0;
    std::string last;
    for (const auto& s : schema::generated::schemas) {
        if (!s.domain.empty() || s.name == last) continue;
        last = std::string(s.name);
        auto history = schema::history("", s.name);
        const auto* at_from = schema::at_opset("", s.name, from);
        if (!at_from) continue;  // not in the source opset: nothing to convert
        for (std::size_t i = 1; i < history.size(); ++i) {
            const auto& older = history[i - 1];
            const auto& newer = history[i];
            if (newer.since_version <= lo || newer.since_version > hi || older.deprecated) continue;
            int f = down ? newer.since_version : older.since_version, t = down ? older.since_version : newer.since_version;
            const auto* e = table.find(s.name, f, t);
            std::cout << "  " << s.name << " " << f << " -> " << t << ": ";
            if (e && e->kind == opbridge::rule::AdapterKind::rewrite) {
                std::cout << e->describe() << "\n";
                ++adapters;
            } else if (e) {
                std::cout << "cannot go: " << e->reason << "\n";
                ++impossible;
            } else if (!opbridge::rule::detail::step_needs_rule(newer)) {
                std::cout << "only the accepted types change" << (down ? " (dtypes checked)" : "") << "\n";
                ++automatic;
            } else {
                std::cout << "NO RULE\n";
                ++impossible;
            }
        }
        if (down && schema::first_opset("", s.name) > to && schema::first_opset("", s.name) <= from) {
            const opbridge::rule::AdapterEntry* e = nullptr;
            for (const auto* x : table.for_op(s.name))
                if (x->from == schema::first_opset("", s.name) && x->to < x->from) e = x;
            std::cout << "  " << s.name << " (new in " << schema::first_opset("", s.name) << "): ";
            if (e && e->kind == opbridge::rule::AdapterKind::rewrite) {
                std::cout << (e->to ? "replaced: " : "decomposed: ") << e->describe() << "\n";
                ++adapters;
            } else {
                std::cout << "cannot go: " << (e ? std::string(e->reason) : std::string("no decomposition")) << "\n";
                ++impossible;
            }
        }
    }
    std::cout << adapters << " step(s) by rule, " << automatic << " automatic, " << impossible << " cannot be converted\n";
    return kOk;
}

const Register register_rules{{"rules",
                    "  rules --from A --to B        which ONNX ops change between opsets A and B, and how each is converted\n"
                    "  rules --from tflite --to onnx  every TFLite builtin op: its ONNX rule, or why it has none\n",
                    {"--from", "--to"}, {}, cmd_rules, 40}};

} // namespace
} // namespace opbridge::cli
