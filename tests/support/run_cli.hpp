#pragma once
// Runs the opbridge CLI the build made (OPBRIDGE_CLI) with arguments, as a shell would, and
// collects what it printed on stdout and stderr together with its exit code.

#include <catch2/catch.hpp>

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace opbridge::test {

struct CliRun {
    int exit_code;       // 128 + the signal when the process was killed by one
    std::string output;  // stdout and stderr together
};

inline CliRun run_cli(const std::string& args) {
    const std::string command = std::string(OPBRIDGE_CLI) + " " + args + " 2>&1";
    FILE* p = ::popen(command.c_str(), "r");
    REQUIRE(p);
    std::string out;
    std::array<char, 4096> buf{};
    while (std::size_t n = std::fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
    const int status = ::pclose(p);
    return {WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status), out};
}

} // namespace opbridge::test
