#pragma once
// Diagnostics for people (one line each, with the rules that were considered) and for tools
// (--json: one object per diagnostic with every field).

#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/util/json.hpp"

namespace opbridge {

inline std::string to_text(const Diagnostics& diags) {
    std::string out;
    for (const auto& d : diags.items()) {
        out += d.one_line() + "\n";
        for (const auto& c : d.considered) out += "    considered " + c.rule + ": " + c.why_not + "\n";
    }
    return out;
}

inline std::string to_json(const Diagnostics& diags) {
    json::Writer w;
    w.begin_object();
    w.field("errors", diags.error_count());
    w.key("diagnostics").begin_array();
    for (const auto& d : diags.items()) {
        w.begin_object();
        w.field("severity", severity_name(d.severity));
        w.field("code", d.code);
        w.field("file", d.file);
        w.field("node", d.node);
        w.field("op", d.op);
        w.field("field", d.field);
        w.field("message", d.message);
        w.field("hint", d.hint);
        w.key("considered").begin_array();
        for (const auto& c : d.considered) w.begin_object().field("rule", c.rule).field("why_not", c.why_not).end_object();
        w.end_array();
        w.end_object();
    }
    w.end_array();
    w.end_object();
    return w.str();
}

} // namespace opbridge
