#pragma once
// One sink for everything that goes wrong or deserves a word. Every stage reports here; the
// CLI prints the whole list at the end, so a user sees every problem of a run at once.

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace opbridge {

enum class Severity : uint8_t { note, warning, error };

inline std::string_view severity_name(Severity s) noexcept {
    switch (s) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
    }
    return "error";
}

struct Diagnostic {
    Severity severity = Severity::error;
    std::string code;     // stable reason code, e.g. "onnx.parse", "opset.no-adapter"
    std::string file;
    std::string node;     // node name, when one is concerned
    std::string op;       // "Clip@11"
    std::string field;    // input, attribute or file field concerned
    std::string message;  // what failed and why
    std::string hint;     // what to do about it
    struct Considered {
        std::string rule, why_not;
    };
    std::vector<Considered> considered;  // rules tried for this node and why each did not apply

    // One line: "model.onnx: node 'Clip_2738' (Clip@11), input 1: <message> [fix: <hint>]"
    std::string one_line() const {
        std::string s;
        if (!file.empty()) s += file + ": ";
        s += std::string(severity_name(severity)) + ": ";
        if (!node.empty() || !op.empty()) {
            s += "node '" + node + "'";
            if (!op.empty()) s += " (" + op + ")";
            s += field.empty() ? ": " : ", ";
        }
        if (!field.empty()) s += field + ": ";
        s += message;
        if (!hint.empty()) s += " (fix: " + hint + ")";
        return s;
    }
};

class Diagnostics {
public:
    void report(Diagnostic d) { items_.push_back(std::move(d)); }
    void error(std::string code, std::string message, std::string hint = {}) {
        report(Diagnostic{Severity::error, std::move(code), {}, {}, {}, {}, std::move(message), std::move(hint), {}});
    }
    void warning(std::string code, std::string message, std::string hint = {}) {
        report(Diagnostic{Severity::warning, std::move(code), {}, {}, {}, {}, std::move(message), std::move(hint), {}});
    }
    // The first error reported (warnings and notes may come before it), or nullptr.
    const Diagnostic* first_error() const noexcept {
        for (const auto& d : items_)
            if (d.severity == Severity::error) return &d;
        return nullptr;
    }
    bool has_errors() const noexcept { return first_error() != nullptr; }
    std::size_t error_count() const noexcept {
        std::size_t n = 0;
        for (const auto& d : items_) n += d.severity == Severity::error;
        return n;
    }
    const std::vector<Diagnostic>& items() const noexcept { return items_; }
    void set_file_if_empty(const std::string& file) {
        for (auto& d : items_)
            if (d.file.empty()) d.file = file;
    }

private:
    std::vector<Diagnostic> items_;
};

// Thrown where a stage cannot go on (an unreadable file); carries the diagnostic that says why.
class Error : public std::runtime_error {
public:
    explicit Error(Diagnostic d) : std::runtime_error(d.one_line()), diagnostic_(std::move(d)) {}
    const Diagnostic& diagnostic() const noexcept { return diagnostic_; }

private:
    Diagnostic diagnostic_;
};

[[noreturn]] inline void fail(std::string code, std::string file, std::string field, std::string message,
                              std::string hint = {}) {
    Diagnostic d;
    d.code = std::move(code);
    d.file = std::move(file);
    d.field = std::move(field);
    d.message = std::move(message);
    d.hint = std::move(hint);
    throw Error(std::move(d));
}

} // namespace opbridge
