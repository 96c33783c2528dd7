#pragma once
// A small streaming JSON writer for the CLI's --json outputs (reports are flat and small).

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace opbridge::json {

inline std::string quote(std::string_view s) {
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

// Builds one JSON value; `key` calls are valid inside objects, values anywhere.
class Writer {
public:
    Writer& begin_object() { separate(); out_ += "{"; first_.push_back(true); return *this; }
    Writer& end_object() { out_ += "}"; first_.pop_back(); return *this; }
    Writer& begin_array() { separate(); out_ += "["; first_.push_back(true); return *this; }
    Writer& end_array() { out_ += "]"; first_.pop_back(); return *this; }
    Writer& key(std::string_view k) {
        separate();
        out_ += quote(k) + ":";
        after_key_ = true;
        return *this;
    }
    Writer& value(std::string_view s) { separate(); out_ += quote(s); return *this; }
    Writer& value(const char* s) { return value(std::string_view(s)); }
    Writer& value(const std::string& s) { return value(std::string_view(s)); }
    Writer& value(bool b) { separate(); out_ += b ? "true" : "false"; return *this; }
    Writer& value(double d) {
        separate();
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", d);
        out_ += buf;
        return *this;
    }
    template <class Int>
        requires std::is_integral_v<Int>
    Writer& value(Int i) { separate(); out_ += std::to_string(i); return *this; }
    Writer& null() { separate(); out_ += "null"; return *this; }
    template <class T>
    Writer& field(std::string_view k, const T& v) { key(k); return value(v); }

    const std::string& str() const noexcept { return out_; }

private:
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_.empty()) {
            if (!first_.back()) out_ += ",";
            first_.back() = false;
        }
    }
    std::string out_;
    std::vector<bool> first_;
    bool after_key_ = false;
};

} // namespace opbridge::json
