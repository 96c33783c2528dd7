#pragma once
// What every opbridge command shares: parsed arguments, usage errors, exit codes, option
// parsing helpers, and the command registry. Each command lives in its own file under
// commands/ and registers itself with a static `Register` object, so adding a command never
// touches another command's file.

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "opbridge/diagnostics.hpp"
#include "opbridge/model_io.hpp"

namespace opbridge::cli {

constexpr int kOk = 0, kFailure = 1, kUsage = 2;

struct Args {
    std::string command;
    std::vector<std::string> positional;
    std::map<std::string, std::string> options;  // --name value (the last one given)
    std::vector<std::pair<std::string, std::string>> all_options;  // every --name value, in order
    std::vector<std::string> flags;              // --name
    bool has_flag(const std::string& f) const {
        return std::find(flags.begin(), flags.end(), f) != flags.end();
    }
    bool has(const std::string& option) const { return options.count(option) != 0; }
    // Every value given for a repeatable option (--set a=1 --set b=2), in order.
    std::vector<std::string> values(const std::string& option) const {
        std::vector<std::string> out;
        for (const auto& [name, value] : all_options)
            if (name == option) out.push_back(value);
        return out;
    }
};

struct UsageError {
    std::string message;
};

struct Command {
    std::string name;
    std::string help;                  // lines for --help, already indented like the others
    std::vector<std::string> valued;   // options of this command that take a value
    std::vector<std::string> flags;    // options of this command that take none
    int (*run)(const Args&) = nullptr;
    int order = 100;                   // position in --help
};

inline std::vector<Command>& commands() {
    static std::vector<Command> all;
    return all;
}

struct Register {
    explicit Register(Command c) { commands().push_back(std::move(c)); }
};

uint64_t number_option(const Args& a, const std::string& name, uint64_t fallback);
double real_option(const Args& a, const std::string& name, double fallback);
ReadOptions read_options(const Args& a);
// "a,b,c" -> {a, b, c}; empty items are usage errors naming the option.
std::vector<std::string> list_option(const Args& a, const std::string& name);
void expect_positional(const Args& a, std::size_t n, const char* usage);
void print_diagnostics(const Diagnostics& diags, bool as_json = false);
bool same_file(const std::string& a, const std::string& b);
// Refuses an output that is the input, or exists without --force (usage errors).
void check_output_path(const Args& a, const std::string& in, const std::string& out);

} // namespace opbridge::cli
