// The opbridge command-line tool. Each command (commands/*.cpp) is a thin layer over the
// headers: it parses arguments, calls the library, prints diagnostics, and maps the outcome
// to an exit code: 0 success, 1 conversion or validation failure (with a diagnostic), 2 usage
// error.

#include <sys/stat.h>

#include <iostream>
#include <new>
#include <stdexcept>

#include "cli.hpp"
#include "opbridge/report.hpp"
#include "opbridge/version.hpp"

namespace opbridge::cli {

// Options every command accepts.
const std::vector<std::string> kGlobalValued = {"--max-file-size", "--max-nodes", "--max-depth", "--max-expansion"};
const std::vector<std::string> kGlobalFlags = {"--help", "--version"};

std::string help_text() {
    std::string s = "opbridge - convert neural-network models between deployment formats\n\n"
                    "usage: opbridge <command> [options]\n\ncommands:\n";
    auto sorted = commands();
    std::stable_sort(sorted.begin(), sorted.end(), [](const Command& a, const Command& b) { return a.order < b.order; });
    for (const auto& c : sorted) s += c.help;
    s += "\noptions:\n"
         "  --help                       this text\n"
         "  --version                    the version\n"
         "  --max-file-size BYTES        refuse larger input files (default 64 GiB)\n"
         "  --max-nodes N                refuse graphs with more nodes (default 10,000,000)\n"
         "  --max-depth N                refuse subgraphs nested deeper (default 64)\n"
         "  --max-expansion N            TFLite: refuse files whose shared tables would take more than N bytes\n"
         "                                   of memory per byte of file, plus 64 MiB (default 32)\n"
         "\nexit codes: 0 success, 1 conversion or validation failure, 2 usage error\n";
    return s;
}

const Command* find_command(const std::string& name) {
    for (const auto& c : commands())
        if (c.name == name) return &c;
    return nullptr;
}

Args parse(int argc, char** argv) {
    Args a;
    // The command is the first word that is not an option; its options are known after it.
    for (int i = 1; i < argc && a.command.empty(); ++i)
        if (std::string(argv[i]).rfind("--", 0) != 0) a.command = argv[i];
    const Command* command = find_command(a.command);
    auto is_in = [](const std::vector<std::string>& v, const std::string& s) {
        return std::find(v.begin(), v.end(), s) != v.end();
    };
    bool command_seen = false;
    for (int i = 1; i < argc; ++i) {
        std::string s = argv[i];
        if (s == "-o") s = "--output";  // the one short option: where a command writes
        if (s.rfind("--", 0) == 0) {
            std::string name = s, value;
            if (auto eq = s.find('='); eq != std::string::npos) {
                name = s.substr(0, eq);
                value = s.substr(eq + 1);
            }
            if (is_in(kGlobalValued, name) || (command && is_in(command->valued, name))) {
                if (value.empty()) {
                    if (i + 1 >= argc) throw UsageError{name + " needs a value"};
                    value = argv[++i];
                }
                a.options[name] = value;
                a.all_options.emplace_back(name, value);
            } else if (is_in(kGlobalFlags, name) || (command && is_in(command->flags, name))) {
                a.flags.push_back(name);
            } else {
                throw UsageError{"unknown option " + name + (command ? " for '" + a.command + "'" : "")};
            }
        } else if (!command_seen && s == a.command) {
            command_seen = true;
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

std::vector<std::string> list_option(const Args& a, const std::string& name) {
    std::vector<std::string> out;
    auto it = a.options.find(name);
    if (it == a.options.end()) return out;
    std::string item;
    for (std::size_t i = 0; i <= it->second.size(); ++i) {
        if (i == it->second.size() || it->second[i] == ',') {
            if (item.empty()) throw UsageError{name + " takes a comma-separated list of names, not '" + it->second + "'"};
            out.push_back(item);
            item.clear();
        } else {
            item += it->second[i];
        }
    }
    return out;
}

ReadOptions read_options(const Args& a) {
    ReadOptions o;
    o.limits.max_file_bytes = number_option(a, "--max-file-size", o.limits.max_file_bytes);
    o.limits.max_nodes = static_cast<int64_t>(number_option(a, "--max-nodes", static_cast<uint64_t>(o.limits.max_nodes)));
    o.limits.max_graph_depth = static_cast<int>(std::min<uint64_t>(
        number_option(a, "--max-depth", static_cast<uint64_t>(o.limits.max_graph_depth)), INT32_MAX));
    o.limits.max_expansion = number_option(a, "--max-expansion", o.limits.max_expansion);
    return o;
}

void expect_positional(const Args& a, std::size_t n, const char* usage) {
    if (a.positional.size() != n) throw UsageError{std::string("usage: opbridge ") + usage};
}

void print_diagnostics(const Diagnostics& diags, bool as_json) {
    if (as_json) std::cerr << to_json(diags) << "\n";
    else std::cerr << to_text(diags);
}

bool same_file(const std::string& a, const std::string& b) {
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0) return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void check_output_path(const Args& a, const std::string& in, const std::string& out) {
    if (same_file(in, out)) throw UsageError{"refusing to overwrite the input '" + in + "' with the output"};
    struct stat so {};
    if (::stat(out.c_str(), &so) == 0 && !a.has_flag("--force"))
        throw UsageError{"'" + out + "' exists; pass --force to overwrite it"};
}

} // namespace opbridge::cli

int main(int argc, char** argv) {
    using namespace opbridge::cli;
    try {
        Args a = parse(argc, argv);
        if (a.has_flag("--help") || a.command == "help") {
            std::cout << help_text();
            return kOk;
        }
        if (a.has_flag("--version")) {
            std::cout << "opbridge " << opbridge::version_string << "\n";
            return kOk;
        }
        if (a.command.empty()) throw UsageError{"no command given"};
        const Command* command = find_command(a.command);
        if (!command) throw UsageError{"unknown command '" + a.command + "'"};
        return command->run(a);
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
