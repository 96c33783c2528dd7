// The opbridge command-line tool. Each command is a thin layer over the headers: it parses
// arguments, calls the library, prints diagnostics, and maps the outcome to an exit code:
// 0 success, 1 conversion or validation failure (with a diagnostic), 2 usage error.

#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "opbridge/model_io.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/report.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/complete.hpp"
#include "opbridge/summary.hpp"
#include "opbridge/version.hpp"
#include "reference_runtime.hpp"

namespace {

constexpr int kOk = 0, kFailure = 1, kUsage = 2;

const char* const kHelp = R"(opbridge - convert neural-network models between deployment formats

usage: opbridge <command> [options]

commands:
  inspect FILE [--json]        format, producer, opsets, inputs/outputs, op histogram, parameters
          [--shapes]               also every value's inferred dtype and shape, and each node's metadata
  check FILE [--json]          structural validity: undefined or duplicate values, cycles, ops unknown at
                                   the opset, arity, attributes, dtypes; every problem in one report
  convert IN OUT [--force]     read IN and write OUT (format from OUT's extension: .onnx, .tflite)
          [--opset N]              ONNX: convert to default-domain opset N (7..21), up or down
          [--json]                 diagnostics as JSON on stderr
          [--external-data BYTES]  ONNX output: tensors of at least BYTES go to OUT.data
  rules --from A --to B        which ONNX ops change between opsets A and B, and how each is converted
  verify A B [--seed S]        run both models in the reference runtimes (ONNX Runtime, TFLite) on
          [--rtol R --atol A]      the same seeded inputs; report max abs/rel error per output;
                                   exit 1 when any output differs beyond the tolerance

options:
  --help                       this text
  --version                    the version
  --max-file-size BYTES        refuse larger input files (default 64 GiB)
  --max-nodes N                refuse graphs with more nodes (default 10,000,000)
  --max-depth N                refuse subgraphs nested deeper (default 64)

exit codes: 0 success, 1 conversion or validation failure, 2 usage error
)";

struct Args {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // --name value
    std::vector<std::string> flags;              // --name
    bool has_flag(const std::string& f) const {
        return std::find(flags.begin(), flags.end(), f) != flags.end();
    }
};

struct UsageError {
    std::string message;
};

// Options that take a value; everything else starting with "--" is a flag.
const std::vector<std::string> kValued = {"--external-data", "--max-file-size", "--max-nodes", "--max-depth",
                                          "--opset", "--from", "--to", "--seed", "--rtol", "--atol"};
const std::vector<std::string> kFlags = {"--json", "--force", "--help", "--version", "--shapes"};

Args parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s.rfind("--", 0) == 0) {
            std::string name = s, value;
            if (auto eq = s.find('='); eq != std::string::npos) {
                name = s.substr(0, eq);
                value = s.substr(eq + 1);
            }
            if (std::find(kValued.begin(), kValued.end(), name) != kValued.end()) {
                if (value.empty()) {
                    if (i + 1 >= argc) throw UsageError{name + " needs a value"};
                    value = argv[++i];
                }
                a.options[name] = value;
            } else if (std::find(kFlags.begin(), kFlags.end(), name) != kFlags.end()) {
                a.flags.push_back(name);
            } else {
                throw UsageError{"unknown option " + name};
            }
        } else if (a.command.empty()) {
            a.command = s;
        } else {
            a.positional.push_back(s);
        }
    }
    return a;
}

uint64_t number_option(const Args& a, const std::string& name, uint64_t fallback) {
    auto it = a.options.find(name);
    if (it == a.options.end()) return fallback;
    try {
        std::size_t used = 0;
        unsigned long long v = std::stoull(it->second, &used);
        if (used != it->second.size() || it->second[0] == '-') throw std::invalid_argument("");
        return v;
    } catch (const std::exception&) {
        throw UsageError{name + " takes a non-negative whole number, not '" + it->second + "'"};
    }
}

opbridge::ReadOptions read_options(const Args& a) {
    opbridge::ReadOptions o;
    o.limits.max_file_bytes = number_option(a, "--max-file-size", o.limits.max_file_bytes);
    o.limits.max_nodes = static_cast<int64_t>(number_option(a, "--max-nodes", static_cast<uint64_t>(o.limits.max_nodes)));
    o.limits.max_graph_depth = static_cast<int>(number_option(a, "--max-depth", static_cast<uint64_t>(o.limits.max_graph_depth)));
    return o;
}

void expect_positional(const Args& a, std::size_t n, const char* usage) {
    if (a.positional.size() != n) throw UsageError{std::string("usage: opbridge ") + usage};
}

std::string shapes_text(opbridge::Model& model);

int cmd_inspect(const Args& a) {
    expect_positional(a, 1, "inspect FILE [--json]");
    auto model = opbridge::read_model(a.positional[0], read_options(a));
    auto summary = opbridge::summarize(model);
    if (a.has_flag("--json")) std::cout << opbridge::to_json(summary) << "\n";
    else std::cout << "file:        " << a.positional[0] << "\n" << opbridge::to_text(summary);
    if (a.has_flag("--shapes")) std::cout << shapes_text(model);
    return kOk;
}

void print_diagnostics(const opbridge::Diagnostics& diags, bool as_json = false) {
    if (as_json) std::cerr << opbridge::to_json(diags) << "\n";
    else std::cerr << opbridge::to_text(diags);
}

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

// Every value with its dtype and shape (inferred where the file left them out), and every
// node with its op@version and metadata.
std::string shapes_text(opbridge::Model& model) {
    opbridge::infer_shapes(model);
    std::string out = "values:\n";
    for (const auto& v : model.graph->values())
        out += "  " + v->name() + ": " + opbridge::to_string(v->type) + (v->initializer ? " (constant)" : "") + "\n";
    out += "nodes:\n";
    for (const opbridge::Node* n : model.graph->nodes()) {
        out += "  " + (n->name.empty() ? std::string("<unnamed>") : n->name) + ": " + opbridge::to_string(n->op);
        if (!n->meta.rule.empty()) out += " [rule: " + n->meta.rule + "]";
        if (!n->meta.source_nodes.empty()) {
            out += " [from:";
            for (const auto& s : n->meta.source_nodes) out += " " + s;
            out += "]";
        }
        for (const auto& kv : n->meta.properties) out += " [" + kv.key + "=" + kv.value + "]";
        out += "\n";
    }
    return out;
}

// Every op of the default domain whose schema changes between the two opsets, with the rule
// that converts it (or why none can).
int cmd_rules(const Args& a) {
    if (!a.positional.empty() || !a.options.count("--from") || !a.options.count("--to"))
        throw UsageError{"usage: opbridge rules --from A --to B"};
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

double real_option(const Args& a, const std::string& name, double fallback) {
    auto it = a.options.find(name);
    if (it == a.options.end()) return fallback;
    try {
        std::size_t used = 0;
        double v = std::stod(it->second, &used);
        if (used != it->second.size() || v < 0) throw std::invalid_argument("");
        return v;
    } catch (const std::exception&) {
        throw UsageError{name + " takes a non-negative number, not '" + it->second + "'"};
    }
}

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

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

int cmd_convert(const Args& a) {
    expect_positional(a, 2, "convert IN OUT [--force] [--external-data BYTES]");
    const std::string& in = a.positional[0];
    const std::string& out = a.positional[1];
    auto out_format = opbridge::format_from_extension(out);
    if (!out_format) throw UsageError{"cannot tell the output format of '" + out + "': name it *.onnx or *.tflite"};
    if (same_file(in, out)) throw UsageError{"refusing to overwrite the input '" + in + "' with the output"};
    if (std::filesystem::exists(out) && !a.has_flag("--force"))
        throw UsageError{"'" + out + "' exists; pass --force to overwrite it"};

    auto model = opbridge::read_model(in, read_options(a));
    if (a.options.count("--opset")) {
        int64_t target = static_cast<int64_t>(number_option(a, "--opset", 0));
        if (target < 7 || target > opbridge::onnx_schema::max_opset)
            throw UsageError{"--opset takes a default-domain opset from 7 to " + std::to_string(opbridge::onnx_schema::max_opset)};
        if (model.format != opbridge::Format::onnx || *out_format != opbridge::Format::onnx)
            throw UsageError{"--opset converts ONNX to ONNX: give an .onnx input and output"};
        opbridge::Diagnostics diags;
        opbridge::OpsetConversion conversion{target, in, &opbridge::rules::onnx_opset::table};
        if (!opbridge::convert_opset(model, conversion, diags)) {
            print_diagnostics(diags, a.has_flag("--json"));
            std::cerr << "opbridge: " << diags.error_count() << " node(s) cannot be converted to opset " << target
                      << "; nothing was written\n";
            return kFailure;
        }
        print_diagnostics(diags, a.has_flag("--json"));
    }
    if (model.format != *out_format)
        opbridge::fail("convert.unsupported", in, "",
                       std::string("conversion from ") + std::string(opbridge::format_name(model.format)) + " to " +
                           std::string(opbridge::format_name(*out_format)) + " is not available in this build",
                       "write the same format as the input");
    opbridge::WriteOptions wo;
    wo.external_data_threshold = number_option(a, "--external-data", 0);
    opbridge::write_model(model, out, wo);
    std::cout << "wrote " << out << "\n";
    return kOk;
}

} // namespace

int main(int argc, char** argv) {
    try {
        Args a = parse(argc, argv);
        if (a.has_flag("--help") || a.command == "help") {
            std::cout << kHelp;
            return kOk;
        }
        if (a.has_flag("--version")) {
            std::cout << "opbridge " << opbridge::version_string << "\n";
            return kOk;
        }
        if (a.command.empty()) throw UsageError{"no command given"};
        if (a.command == "inspect") return cmd_inspect(a);
        if (a.command == "convert") return cmd_convert(a);
        if (a.command == "rules") return cmd_rules(a);
        if (a.command == "verify") return cmd_verify(a);
        if (a.command == "check") return cmd_check(a);
        throw UsageError{"unknown command '" + a.command + "'"};
    } catch (const UsageError& e) {
        std::cerr << "opbridge: " << e.message << "\n(run 'opbridge --help' for usage)\n";
        return kUsage;
    } catch (const opbridge::Error& e) {
        std::cerr << e.diagnostic().one_line() << "\n";
        return kFailure;
    } catch (const std::bad_alloc&) {
        std::cerr << "opbridge: error: out of memory (the model may declare impossible sizes)\n";
        return kFailure;
    } catch (const std::exception& e) {
        std::cerr << "opbridge: error: " << e.what() << "\n";
        return kFailure;
    }
}
