// Emits include/opbridge/generated/onnx_schemas.hpp: every ONNX operator schema with its
// version history (inputs, outputs, attributes, type constraints), taken from libonnx's
// schema registry. Opsets libonnx does not know (it stops at 17) come from the hand-kept
// change table generators/onnx_opset_changes.txt, applied by the same emitter.
//
//   onnx_schemas CHANGES_FILE OUTPUT_HEADER

#include <onnx/defs/schema.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Param {
    std::string name, type_str;
    int option = 0;  // 0 single, 1 optional, 2 variadic
    bool homogeneous = true;
    int min_arity = 1;
    bool operator==(const Param&) const = default;
};
struct Attr {
    std::string name;
    int kind = 0;  // AttributeProto.AttributeType
    bool required = false;
    std::string default_text;
    bool operator==(const Attr& o) const { return name == o.name && kind == o.kind && required == o.required && default_text == o.default_text; }
};
struct Constraint {
    std::string param;
    std::vector<std::string> types;
};
struct Schema {
    std::string domain, name;
    int since = 0;
    bool deprecated = false;
    int min_input = 0, max_input = 0, min_output = 0, max_output = 0;
    std::vector<Param> inputs, outputs;
    std::vector<Attr> attributes;
    std::vector<Constraint> constraints;
    std::string semantic_note;  // a change the signature does not show (from the change table)
    std::string source = "libonnx";
};

[[noreturn]] void die(const std::string& msg) {
    std::cerr << "onnx_schemas: " << msg << "\n";
    std::exit(1);
}

std::string attribute_default(const onnx::AttributeProto& a) {
    using T = onnx::AttributeProto;
    if (a.name().empty() && a.type() == T::UNDEFINED) return "";
    std::ostringstream s;
    switch (a.type()) {
    case T::FLOAT: s << a.f(); break;
    case T::INT: s << a.i(); break;
    case T::STRING: s << '"' << a.s() << '"'; break;
    case T::INTS:
        for (int i = 0; i < a.ints_size(); ++i) s << (i ? "," : "") << a.ints(i);
        break;
    case T::FLOATS:
        for (int i = 0; i < a.floats_size(); ++i) s << (i ? "," : "") << a.floats(i);
        break;
    default: break;
    }
    return s.str();
}

Schema from_libonnx(const onnx::OpSchema& s) {
    Schema out;
    out.domain = s.domain();
    out.name = s.Name();
    out.since = s.SinceVersion();
    out.deprecated = s.Deprecated();
    out.min_input = s.min_input();
    out.max_input = s.max_input();
    out.min_output = s.min_output();
    out.max_output = s.max_output();
    auto params = [](const std::vector<onnx::OpSchema::FormalParameter>& ps) {
        std::vector<Param> r;
        for (const auto& p : ps)
            r.push_back({p.GetName(), p.GetTypeStr(), static_cast<int>(p.GetOption()), p.GetIsHomogeneous(), p.GetMinArity()});
        return r;
    };
    out.inputs = params(s.inputs());
    out.outputs = params(s.outputs());
    for (const auto& [name, a] : s.attributes())
        out.attributes.push_back({name, static_cast<int>(a.type), a.required, attribute_default(a.default_value)});
    for (const auto& c : s.typeConstraintParams()) {
        Constraint k{c.type_param_str, c.allowed_type_strs};
        std::sort(k.types.begin(), k.types.end());
        out.constraints.push_back(std::move(k));
    }
    return out;
}

int attribute_kind(const std::string& k) {
    static const std::map<std::string, int> kinds = {
        {"float", 1}, {"int", 2}, {"string", 3}, {"tensor", 4}, {"graph", 5}, {"floats", 6}, {"ints", 7},
        {"strings", 8}, {"tensors", 9}, {"graphs", 10}, {"sparse_tensor", 11}, {"sparse_tensors", 12},
        {"type_proto", 13}, {"type_protos", 14}};
    auto it = kinds.find(k);
    if (it == kinds.end()) die("unknown attribute kind '" + k + "'");
    return it->second;
}

std::vector<std::string> split_words(const std::string& line) {
    std::vector<std::string> w;
    std::istringstream is(line);
    std::string x;
    while (is >> x) w.push_back(x);
    return w;
}

void recount(Schema& s) {
    // Arity follows from the formal parameters: optional ones may be left out at the end,
    // a variadic one takes any number (from its min arity).
    auto count = [](const std::vector<Param>& ps, int& lo, int& hi) {
        lo = 0;
        hi = 0;
        for (std::size_t i = 0; i < ps.size(); ++i) {
            if (ps[i].option == 2) {
                hi = 2147483647;
                lo = static_cast<int>(i) + ps[i].min_arity;
            } else {
                ++hi;
                if (ps[i].option == 0) lo = static_cast<int>(i) + 1;
            }
        }
    };
    count(s.inputs, s.min_input, s.max_input);
    count(s.outputs, s.min_output, s.max_output);
}

// The change table: blocks "op NAME VERSION [new|deprecated]" followed by indented changes.
void apply_changes(const std::string& file, std::vector<Schema>& schemas, int& max_opset) {
    std::ifstream in(file);
    if (!in) die("cannot read " + file);
    std::string line;
    Schema* current = nullptr;
    int line_no = 0;
    auto where = [&] { return file + ":" + std::to_string(line_no) + ": "; };
    auto param = [&](const std::vector<std::string>& w, std::size_t from) {
        // NAME TYPESTR [optional|variadic] [heterogeneous]
        if (w.size() < from + 2) die(where() + "expected NAME TYPE");
        Param p{w[from], w[from + 1], 0, true, 1};
        for (std::size_t i = from + 2; i < w.size(); ++i) {
            if (w[i] == "optional") p.option = 1;
            else if (w[i] == "variadic") p.option = 2;
            else if (w[i] == "heterogeneous") p.homogeneous = false;
            else if (w[i].rfind("min=", 0) == 0) p.min_arity = std::stoi(w[i].substr(4));
            else die(where() + "unknown parameter flag '" + w[i] + "'");
        }
        return p;
    };
    while (std::getline(in, line)) {
        ++line_no;
        if (auto hash = line.find('#'); hash != std::string::npos) line = line.substr(0, hash);
        auto w = split_words(line);
        if (w.empty()) continue;
        if (w[0] == "semantics") continue;  // read by apply_semantic_notes
        if (w[0] == "max_opset") {
            max_opset = std::stoi(w.at(1));
            continue;
        }
        if (w[0] == "op") {
            if (w.size() < 3) die(where() + "expected: op NAME VERSION [new|deprecated]");
            const std::string& name = w[1];
            int version = std::stoi(w[2]);
            bool is_new = w.size() > 3 && w[3] == "new";
            bool deprecated = w.size() > 3 && w[3] == "deprecated";
            const Schema* previous = nullptr;
            for (const auto& s : schemas)
                if (s.domain.empty() && s.name == name && s.since < version && (!previous || s.since > previous->since))
                    previous = &s;
            for (const auto& s : schemas)
                if (s.domain.empty() && s.name == name && s.since == version)
                    die(where() + name + "-" + std::to_string(version) + " is already known");
            Schema next;
            if (is_new) {
                if (previous) die(where() + name + " is not new at " + std::to_string(version));
                next.name = name;
            } else {
                if (!previous) die(where() + name + " has no earlier version to change (mark it 'new')");
                next = *previous;
                next.semantic_note.clear();
            }
            next.since = version;
            next.deprecated = deprecated;
            next.source = "change table";
            schemas.push_back(std::move(next));
            current = &schemas.back();
            continue;
        }
        if (!current) die(where() + "a change outside an 'op' block");
        const std::string& verb = w[0];
        if (verb == "input+" || verb == "output+") {
            auto& list = verb == "input+" ? current->inputs : current->outputs;
            Param p = param(w, 1);
            list.push_back(p);
        } else if (verb == "input-" || verb == "output-") {
            auto& list = verb == "input-" ? current->inputs : current->outputs;
            auto it = std::find_if(list.begin(), list.end(), [&](const Param& p) { return p.name == w.at(1); });
            if (it == list.end()) die(where() + "no parameter '" + w.at(1) + "' to remove");
            list.erase(it);
        } else if (verb == "attr+") {
            if (w.size() < 3) die(where() + "expected: attr+ NAME KIND [required] [= DEFAULT]");
            Attr a{w[1], attribute_kind(w[2]), false, ""};
            for (std::size_t i = 3; i < w.size(); ++i) {
                if (w[i] == "required") a.required = true;
                else if (w[i] == "=" && i + 1 < w.size()) {
                    a.default_text = w[i + 1];
                    ++i;
                } else die(where() + "unexpected '" + w[i] + "'");
            }
            auto it = std::find_if(current->attributes.begin(), current->attributes.end(), [&](const Attr& x) { return x.name == a.name; });
            if (it != current->attributes.end()) *it = a;
            else current->attributes.push_back(a);
            std::sort(current->attributes.begin(), current->attributes.end(), [](auto& x, auto& y) { return x.name < y.name; });
        } else if (verb == "attr-") {
            auto& as = current->attributes;
            auto it = std::find_if(as.begin(), as.end(), [&](const Attr& a) { return a.name == w.at(1); });
            if (it == as.end()) die(where() + "no attribute '" + w.at(1) + "' to remove");
            as.erase(it);
        } else if (verb == "types") {
            // types PARAM = T... | types PARAM += T... | types PARAM -= T...
            if (w.size() < 3) die(where() + "expected: types PARAM (=|+=|-=) TYPE...");
            auto it = std::find_if(current->constraints.begin(), current->constraints.end(), [&](auto& c) { return c.param == w[1]; });
            if (it == current->constraints.end()) {
                current->constraints.push_back({w[1], {}});
                it = current->constraints.end() - 1;
            }
            std::vector<std::string> listed(w.begin() + 3, w.end());
            if (w[2] == "=") it->types = listed;
            else if (w[2] == "+=") it->types.insert(it->types.end(), listed.begin(), listed.end());
            else if (w[2] == "-=")
                std::erase_if(it->types, [&](const std::string& t) { return std::find(listed.begin(), listed.end(), t) != listed.end(); });
            else die(where() + "expected =, += or -=");
            std::sort(it->types.begin(), it->types.end());
            it->types.erase(std::unique(it->types.begin(), it->types.end()), it->types.end());
        } else if (verb == "semantic") {
            current->semantic_note = line.substr(line.find("semantic") + 9);
        } else {
            die(where() + "unknown change '" + verb + "'");
        }
        recount(*current);
    }
}

// Changes that libonnx's own versions make to meaning without changing the signature.
void apply_semantic_notes(const std::string& file, std::vector<Schema>& schemas) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        line = line.substr(0, line.find('#'));
        auto w = split_words(line);
        if (w.size() < 4 || w[0] != "semantics") continue;
        int v = std::stoi(w[2]);
        // The note is everything after the third word.
        std::istringstream words(line);
        std::string skip;
        words >> skip >> skip >> skip;
        std::string note;
        std::getline(words, note);
        note = note.substr(note.find_first_not_of(" \t"));
        while (!note.empty() && (note.back() == ' ' || note.back() == '\t')) note.pop_back();
        bool found = false;
        for (auto& s : schemas)
            if (s.domain.empty() && s.name == w[1] && s.since == v) {
                s.semantic_note = note;
                found = true;
            }
        if (!found) die(file + ": 'semantics " + w[1] + " " + w[2] + "' names no known schema");
    }
}

std::string quote(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

bool same_signature(const Schema& a, const Schema& b) {
    return a.inputs == b.inputs && a.outputs == b.outputs && a.attributes == b.attributes;
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) die("usage: onnx_schemas CHANGES_FILE OUTPUT_HEADER");
    std::vector<Schema> schemas;
    for (const auto& s : onnx::OpSchemaRegistry::get_all_schemas_with_history()) schemas.push_back(from_libonnx(s));
    int max_opset = 0;
    for (const auto& s : schemas)
        if (s.domain.empty()) max_opset = std::max(max_opset, s.since);
    const int libonnx_max = max_opset;
    schemas.reserve(schemas.size() + 1000);  // apply_changes keeps a pointer into the vector
    apply_semantic_notes(argv[1], schemas);
    apply_changes(argv[1], schemas, max_opset);

    std::sort(schemas.begin(), schemas.end(), [](const Schema& a, const Schema& b) {
        return std::tie(a.domain, a.name, a.since) < std::tie(b.domain, b.name, b.since);
    });

    // Deduplicate type lists: most constraints share a handful of sets.
    std::map<std::vector<std::string>, int> type_lists;
    for (const auto& s : schemas)
        for (const auto& c : s.constraints) type_lists.emplace(c.types, 0);
    int id = 0;
    for (auto& [types, index] : type_lists) index = id++;

    std::ostringstream o;
    o << "// GENERATED FILE, DO NOT EDIT: written by generators/onnx_schemas.cpp from libonnx "
         "(opsets up to " << libonnx_max << ") and generators/onnx_opset_changes.txt.\n";
    o << "#pragma once\n\n#include <span>\n#include <string_view>\n\n#include \"opbridge/onnx/schema_types.hpp\"\n\n";
    o << "namespace opbridge::onnx_schema::generated {\n\n";
    o << "inline constexpr int max_opset = " << max_opset << ";\n";
    o << "inline constexpr int libonnx_max_opset = " << libonnx_max << ";\n\n";
    for (const auto& [types, index] : type_lists) {
        o << "inline constexpr std::string_view types_" << index << "[] = {";
        for (std::size_t i = 0; i < types.size(); ++i) o << (i ? ", " : "") << quote(types[i]);
        if (types.empty()) o << "\"\"";
        o << "};\n";
    }
    o << "\n";
    auto emit_params = [&](const std::string& var, const std::vector<Param>& ps) {
        if (ps.empty()) return;
        o << "inline constexpr FormalParam " << var << "[] = {";
        for (std::size_t i = 0; i < ps.size(); ++i)
            o << (i ? ", " : "") << "{" << quote(ps[i].name) << ", " << quote(ps[i].type_str) << ", ParamOption::"
              << (ps[i].option == 0 ? "single" : ps[i].option == 1 ? "optional" : "variadic") << ", "
              << (ps[i].homogeneous ? "true" : "false") << ", " << ps[i].min_arity << "}";
        o << "};\n";
    };
    for (std::size_t k = 0; k < schemas.size(); ++k) {
        const auto& s = schemas[k];
        std::string base = "s" + std::to_string(k);
        emit_params(base + "_in", s.inputs);
        emit_params(base + "_out", s.outputs);
        if (!s.attributes.empty()) {
            o << "inline constexpr AttributeSchema " << base << "_attr[] = {";
            for (std::size_t i = 0; i < s.attributes.size(); ++i) {
                const auto& a = s.attributes[i];
                o << (i ? ", " : "") << "{" << quote(a.name) << ", AttributeKind(" << a.kind << "), "
                  << (a.required ? "true" : "false") << ", " << quote(a.default_text) << "}";
            }
            o << "};\n";
        }
        if (!s.constraints.empty()) {
            o << "inline constexpr TypeConstraint " << base << "_tc[] = {";
            for (std::size_t i = 0; i < s.constraints.size(); ++i) {
                const auto& c = s.constraints[i];
                int tl = type_lists[c.types];
                o << (i ? ", " : "") << "{" << quote(c.param) << ", std::span<const std::string_view>(types_" << tl
                  << ", " << c.types.size() << ")}";
            }
            o << "};\n";
        }
    }
    o << "\n// Sorted by (domain, name, since_version).\ninline constexpr OpSchema schemas[] = {\n";
    for (std::size_t k = 0; k < schemas.size(); ++k) {
        const auto& s = schemas[k];
        std::string base = "s" + std::to_string(k);
        const Schema* prev = (k > 0 && schemas[k - 1].domain == s.domain && schemas[k - 1].name == s.name) ? &schemas[k - 1] : nullptr;
        bool signature_changed = prev && !same_signature(*prev, s);
        auto span = [&](const std::string& var, bool nonempty, const char* type) {
            return nonempty ? "std::span<const " + std::string(type) + ">(" + var + ")" : "std::span<const " + std::string(type) + ">()";
        };
        o << "    {" << quote(s.domain) << ", " << quote(s.name) << ", " << s.since << ", "
          << (s.deprecated ? "true" : "false") << ", " << (signature_changed ? "true" : "false") << ", "
          << quote(s.semantic_note) << ", " << s.min_input << ", " << s.max_input << ", " << s.min_output << ", "
          << s.max_output << ", " << span(base + "_in", !s.inputs.empty(), "FormalParam") << ", "
          << span(base + "_out", !s.outputs.empty(), "FormalParam") << ", "
          << span(base + "_attr", !s.attributes.empty(), "AttributeSchema") << ", "
          << span(base + "_tc", !s.constraints.empty(), "TypeConstraint") << ", "
          << (s.source == "libonnx" ? "true" : "false") << "},\n";
    }
    o << "};\n\n} // namespace opbridge::onnx_schema::generated\n";

    std::string text = o.str();
    std::ofstream out(argv[2], std::ios::binary);
    if (!out) die(std::string("cannot write ") + argv[2]);
    out << text;
    std::cerr << "onnx_schemas: " << schemas.size() << " schemas, opsets up to " << max_opset << " -> " << argv[2] << "\n";
    return 0;
}
