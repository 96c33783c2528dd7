#pragma once
// TFLite tables <-> IR attributes, driven by the schema itself: flatbuffers reflection over
// the embedded binary schema (generated/tflite_schema.bfbs.h). No op has code of its own, so
// an option table added to schema.fbs is read and written without touching this file.
//
// Flat tables (builtin options, quantization details) become attributes, one per field, named
// as in the schema:
//   enum            -> string, the value's name ("SAME", "RELU6"); an int when the file holds
//                      a value the schema does not name
//   bool, integer   -> int            float, double -> float        string -> string
//   [ubyte]/[byte]  -> string of the raw bytes (these fields are opaque payloads)
//   [integer/bool]  -> ints           [float] -> floats              [enum] -> strings
//   [string]        -> strings
// An absent field reads as its schema default, so a rule always sees every field. A field the
// file stored although it equals its default is named in "tflite.explicit_defaults", so the
// writer stores it again (flatbuffers builders normally omit defaults; a few tools do not).
// Optional scalars (`= null`) that are absent get no attribute.
//
// default_options_table(op) names the table TFLite pairs with a builtin op, for nodes a rule
// made (nodes read from a file say which table they had).
//
// Tables the IR has no place for (sparsity, variant subtypes, external buffers) are kept as
// "blobs": standalone flatbuffers whose root is that table, deep-copied field by field with
// the presence of every field preserved. Read one with flatbuffers::GetRoot<T> on an
// AlignedBlob copy (an attribute string need not be aligned for flatbuffers reads).

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "flatbuffers/flatbuffers.h"
#include "flatbuffers/reflection.h"
#include "opbridge/generated/tflite_schema.bfbs.h"
#include "opbridge/ir/attribute.hpp"

namespace opbridge::tflite_file::reflect {

// What does not fit (a field of an unsupported kind, an attribute of the wrong kind). The
// reader and writer add the file and field and report it as an opbridge::Error.
class Problem : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Attribute that lists fields stored although equal to their default (see above).
inline constexpr std::string_view explicit_defaults_attribute = "tflite.explicit_defaults";

inline bool is_scalar(reflection::BaseType t) noexcept { return t >= reflection::UType && t <= reflection::Double; }
inline bool is_integer(reflection::BaseType t) noexcept { return t >= reflection::UType && t <= reflection::ULong; }
inline bool is_float(reflection::BaseType t) noexcept { return t == reflection::Float || t == reflection::Double; }

// Calls f(T{}) with the C++ type of a scalar base type.
template <class F>
decltype(auto) with_scalar_type(reflection::BaseType t, F&& f) {
    switch (t) {
    case reflection::UType:
    case reflection::Bool:
    case reflection::UByte: return f(uint8_t{});
    case reflection::Byte: return f(int8_t{});
    case reflection::Short: return f(int16_t{});
    case reflection::UShort: return f(uint16_t{});
    case reflection::Int: return f(int32_t{});
    case reflection::UInt: return f(uint32_t{});
    case reflection::Long: return f(int64_t{});
    case reflection::ULong: return f(uint64_t{});
    case reflection::Float: return f(float{});
    case reflection::Double: return f(double{});
    default: throw Problem("not a scalar type");
    }
}

// The embedded schema, parsed once, with what the codecs look up often precomputed.
class SchemaInfo {
public:
    static const SchemaInfo& get() {
        static const SchemaInfo info;
        return info;
    }

    const reflection::Schema& schema() const noexcept { return *schema_; }

    // "Conv2DOptions" -> its table, or nullptr.
    const reflection::Object* find_object(std::string_view short_name) const {
        return schema_->objects()->LookupByKey((prefix_ + std::string(short_name)).c_str());
    }
    const reflection::Object& object(std::string_view short_name) const {
        if (const auto* o = find_object(short_name)) return *o;
        throw Problem("opbridge's TFLite schema has no table " + std::string(short_name));
    }
    const reflection::Enum& enumeration(std::string_view short_name) const {
        if (const auto* e = schema_->enums()->LookupByKey((prefix_ + std::string(short_name)).c_str())) return *e;
        throw Problem("opbridge's TFLite schema has no enum or union " + std::string(short_name));
    }
    std::string_view short_name(const reflection::Object& o) const {
        std::string_view n = o.name()->string_view();
        return n.starts_with(prefix_) ? n.substr(prefix_.size()) : n;
    }

    // Fields in schema (id) order, deprecated ones left out.
    const std::vector<const reflection::Field*>& fields(const reflection::Object& o) const {
        return fields_.at(&o);
    }
    const reflection::Field* field(const reflection::Object& o, std::string_view name) const {
        const auto* f = o.fields()->LookupByKey(std::string(name).c_str());
        return f && !f->deprecated() ? f : nullptr;
    }

    // The enum of an enum-typed scalar (or union type) field, or nullptr for plain numbers.
    const reflection::Enum* enum_of(const reflection::Type& t) const {
        bool enum_like = is_integer(t.base_type()) || t.base_type() == reflection::Union ||
                         (t.base_type() == reflection::Vector && is_integer(t.element()));
        if (!enum_like || t.index() < 0 || static_cast<uint32_t>(t.index()) >= schema_->enums()->size()) return nullptr;
        return schema_->enums()->Get(static_cast<uint32_t>(t.index()));
    }
    const reflection::Object* object_of(const reflection::Type& t) const {
        if (t.index() < 0 || static_cast<uint32_t>(t.index()) >= schema_->objects()->size()) return nullptr;
        return schema_->objects()->Get(static_cast<uint32_t>(t.index()));
    }

    static const char* value_name(const reflection::Enum& e, int64_t value) {
        const auto* v = e.values()->LookupByKey(value);
        return v ? v->name()->c_str() : nullptr;
    }
    static std::optional<int64_t> value_of(const reflection::Enum& e, std::string_view name) {
        for (const auto* v : *e.values())
            if (v->name()->string_view() == name) return v->value();
        return std::nullopt;
    }
    // The table a union type code selects; nullptr for NONE and codes the schema does not know.
    const reflection::Object* union_member(const reflection::Enum& u, int64_t code) const {
        if (code <= 0) return nullptr;
        const auto* v = u.values()->LookupByKey(code);
        if (!v || !v->union_type()) return nullptr;
        return object_of(*v->union_type());
    }

    // The alignment a vector field demands with (force_align: N), or 0. The embedded schema
    // carries builtin attributes only when flatc ran with --bfbs-builtins; until it does, the
    // fields schema.fbs aligns are listed here.
    std::size_t forced_alignment(const reflection::Object& object, const reflection::Field& f) const {
        if (f.attributes())
            if (const auto* kv = f.attributes()->LookupByKey("force_align"); kv && kv->value()) {
                std::size_t n = 0;
                for (char c : kv->value()->string_view()) {
                    if (c < '0' || c > '9') return 0;
                    n = n * 10 + static_cast<std::size_t>(c - '0');
                }
                return n;
            }
        static constexpr struct {
            std::string_view table, field;
            std::size_t alignment;
        } aligned_in_schema[] = {
            {"CustomQuantization", "custom", 16}, {"Uint16Vector", "values", 4},
            {"Uint8Vector", "values", 4},         {"Buffer", "data", 16},
        };
        for (const auto& a : aligned_in_schema)
            if (short_name(object) == a.table && f.name()->string_view() == a.field) return a.alignment;
        return 0;
    }

private:
    SchemaInfo() {
        const uint8_t* data = ::opbridge::tflite_schema::ModelBinarySchema::data();
        flatbuffers::Verifier verifier(data, ::opbridge::tflite_schema::ModelBinarySchema::size());
        if (!reflection::VerifySchemaBuffer(verifier)) throw Problem("the embedded TFLite binary schema is corrupt");
        schema_ = reflection::GetSchema(data);
        std::string_view root = schema_->root_table()->name()->string_view();  // "<namespace>.Model"
        prefix_ = std::string(root.substr(0, root.rfind('.') + 1));
        for (const auto* o : *schema_->objects()) {
            std::vector<const reflection::Field*> fs;
            for (const auto* f : *o->fields())
                if (!f->deprecated()) fs.push_back(f);
            std::sort(fs.begin(), fs.end(), [](auto* a, auto* b) { return a->id() < b->id(); });
            fields_.emplace(o, std::move(fs));
        }
    }

    const reflection::Schema* schema_ = nullptr;
    std::string prefix_;
    std::unordered_map<const reflection::Object*, std::vector<const reflection::Field*>> fields_;
};

namespace detail {

template <class T>
T read_scalar_field(const flatbuffers::Table& table, const reflection::Field& f) {
    // Defaults of every kind are stored as default_integer or default_real in the schema.
    if constexpr (std::is_floating_point_v<T>) return table.GetField<T>(f.offset(), static_cast<T>(f.default_real()));
    else return table.GetField<T>(f.offset(), static_cast<T>(f.default_integer()));
}

inline int64_t read_integer(const flatbuffers::Table& table, const reflection::Field& f) {
    return with_scalar_type(f.type()->base_type(), [&](auto t) -> int64_t {
        using T = decltype(t);
        if constexpr (std::is_floating_point_v<T>) return 0;
        else return static_cast<int64_t>(read_scalar_field<T>(table, f));
    });
}
inline double read_float(const flatbuffers::Table& table, const reflection::Field& f) {
    return f.type()->base_type() == reflection::Float ? read_scalar_field<float>(table, f)
                                                      : read_scalar_field<double>(table, f);
}
inline int64_t read_integer_at(reflection::BaseType t, const uint8_t* p) {
    return with_scalar_type(t, [&](auto v) -> int64_t {
        using T = decltype(v);
        if constexpr (std::is_floating_point_v<T>) return 0;
        else return static_cast<int64_t>(flatbuffers::ReadScalar<T>(p));
    });
}
inline double read_float_at(reflection::BaseType t, const uint8_t* p) {
    return t == reflection::Float ? flatbuffers::ReadScalar<float>(p) : flatbuffers::ReadScalar<double>(p);
}

inline std::string table_name(const reflection::Object& o) { return std::string(SchemaInfo::get().short_name(o)); }

} // namespace detail

struct FlatTable {
    std::vector<Attribute> attributes;           // one per field, schema order
    std::vector<std::string> explicit_defaults;  // fields stored although equal to their default
};

// Reads a flat table (scalars, strings, vectors of those) into attributes.
inline FlatTable read_flat_table(const reflection::Object& object, const flatbuffers::Table& table) {
    const SchemaInfo& info = SchemaInfo::get();
    FlatTable out;
    for (const reflection::Field* f : info.fields(object)) {
        const std::string name = f->name()->str();
        const reflection::Type& type = *f->type();
        const reflection::BaseType base = type.base_type();
        const bool present = table.CheckField(f->offset());
        if (is_scalar(base) && base != reflection::UType) {
            if (f->optional() && !present) continue;  // null: no attribute
            if (is_float(base)) {
                double v = detail::read_float(table, *f);
                if (present && v == f->default_real()) out.explicit_defaults.push_back(name);
                out.attributes.push_back(Attribute::of_float(name, v));
                continue;
            }
            int64_t v = detail::read_integer(table, *f);
            if (present && v == f->default_integer()) out.explicit_defaults.push_back(name);
            const reflection::Enum* e = info.enum_of(type);
            const char* value_name = e ? SchemaInfo::value_name(*e, v) : nullptr;
            if (value_name) out.attributes.push_back(Attribute::of_string(name, value_name));
            else out.attributes.push_back(Attribute::of_int(name, v));
            continue;
        }
        if (base == reflection::String) {
            const auto* s = table.GetPointer<const flatbuffers::String*>(f->offset());
            if (present && s && s->size() == 0) out.explicit_defaults.push_back(name);
            out.attributes.push_back(Attribute::of_string(name, s ? s->str() : std::string()));
            continue;
        }
        if (base != reflection::Vector)
            throw Problem("field '" + name + "' of " + detail::table_name(object) +
                          " is a nested table or union, which a flat table cannot hold");
        const reflection::BaseType elem = type.element();
        const auto* raw = table.GetPointer<const flatbuffers::Vector<uint8_t>*>(f->offset());
        const uint32_t count = raw ? raw->size() : 0;
        if (present && raw && count == 0) out.explicit_defaults.push_back(name);
        const reflection::Enum* e = info.enum_of(type);
        if ((elem == reflection::UByte || elem == reflection::Byte) && !e) {
            std::string bytes(count, '\0');
            if (count) std::memcpy(bytes.data(), raw->Data(), count);
            out.attributes.push_back(Attribute::of_string(name, std::move(bytes)));
        } else if (is_integer(elem)) {
            const std::size_t size = flatbuffers::GetTypeSize(elem);
            std::vector<int64_t> values(count);
            for (uint32_t i = 0; i < count; ++i) values[i] = detail::read_integer_at(elem, raw->Data() + i * size);
            std::vector<std::string> names;
            for (int64_t v : values) {
                const char* n = e ? SchemaInfo::value_name(*e, v) : nullptr;
                if (!n) break;
                names.emplace_back(n);
            }
            if (e && names.size() == values.size())
                out.attributes.push_back(Attribute(name, AttributeKind::strings, std::move(names)));
            else
                out.attributes.push_back(Attribute::of_ints(name, std::move(values)));
        } else if (is_float(elem)) {
            const std::size_t size = flatbuffers::GetTypeSize(elem);
            std::vector<double> values(count);
            for (uint32_t i = 0; i < count; ++i) values[i] = detail::read_float_at(elem, raw->Data() + i * size);
            out.attributes.push_back(Attribute::of_floats(name, std::move(values)));
        } else if (elem == reflection::String) {
            const auto* strings = table.GetPointer<const flatbuffers::Vector<flatbuffers::Offset<flatbuffers::String>>*>(f->offset());
            std::vector<std::string> values;
            if (strings)
                for (const auto* s : *strings) values.push_back(s ? s->str() : std::string());
            out.attributes.push_back(Attribute(name, AttributeKind::strings, std::move(values)));
        } else {
            throw Problem("field '" + name + "' of " + detail::table_name(object) +
                          " is a vector of tables or unions, which a flat table cannot hold");
        }
    }
    return out;
}

namespace detail {

// One field of a flat table ready to be built: scalars hold their value, the rest an offset
// created before the table was started (flatbuffers forbids nesting).
struct PreparedField {
    const reflection::Field* field = nullptr;
    bool force = false;
    int64_t integer = 0;
    double real = 0;
    flatbuffers::uoffset_t offset = 0;
};

inline std::string kind_name(const Attribute& a) { return std::string(attribute_kind_name(a.kind)); }

template <class T>
bool fits(int64_t v) {
    if constexpr (std::is_same_v<T, uint64_t>) return true;  // stored as the same 64 bits
    else return v >= static_cast<int64_t>(std::numeric_limits<T>::min()) &&
                v <= static_cast<int64_t>(std::numeric_limits<T>::max());
}

inline bool integer_fits(reflection::BaseType t, int64_t v) {
    return with_scalar_type(t, [&](auto x) {
        using T = decltype(x);
        if constexpr (std::is_floating_point_v<T>) return true;
        else return fits<T>(v);
    });
}

// An enum field's value from its name or number.
inline std::optional<int64_t> enum_or_integer(const reflection::Enum* e, const Attribute& a, std::string& problem) {
    if (const auto* n = a.get_if<int64_t>()) return *n;
    if (const auto* s = a.get_if<std::string>()) {
        if (e)
            if (auto v = SchemaInfo::value_of(*e, *s)) return v;
        problem = "'" + *s + "' is not a value of " + (e ? e->name()->str() : std::string("this field"));
        if (e) {
            problem += " (one of:";
            for (const auto* v : *e->values()) problem += " " + v->name()->str();
            problem += ")";
        }
        return std::nullopt;
    }
    problem = "holds a " + kind_name(a) + ", expected " + (e ? "one of the names of " + e->name()->str() : std::string("an int"));
    return std::nullopt;
}

template <class T>
flatbuffers::uoffset_t create_scalar_vector(flatbuffers::FlatBufferBuilder& fbb, const std::vector<T>& values,
                                            std::size_t alignment) {
    if (alignment) fbb.ForceVectorAlignment(values.size(), sizeof(T), alignment);
    return fbb.CreateVector(values).o;
}

} // namespace detail

// Builds `object` from attributes (those whose names are not fields are the caller's to
// filter out). Every attribute that does not fit adds a line to `problems`; then nothing is
// built and the result is null.
inline flatbuffers::Offset<void> write_flat_table(flatbuffers::FlatBufferBuilder& fbb, const reflection::Object& object,
                                                  const std::vector<const Attribute*>& attributes,
                                                  const std::vector<std::string>& explicit_defaults,
                                                  std::vector<std::string>& problems) {
    const SchemaInfo& info = SchemaInfo::get();
    const std::string table = detail::table_name(object);
    const std::size_t problems_before = problems.size();
    auto is_explicit = [&](std::string_view n) {
        return std::find(explicit_defaults.begin(), explicit_defaults.end(), n) != explicit_defaults.end();
    };
    std::vector<detail::PreparedField> prepared;

    // Pass 1: check every attribute and convert it; no builder calls yet.
    struct Pending {
        const reflection::Field* field;
        const Attribute* attribute;
    };
    std::vector<Pending> pending;
    for (const Attribute* a : attributes) {
        const reflection::Field* f = info.field(object, a->name);
        if (!f) {
            std::string known;
            for (const auto* k : info.fields(object)) known += (known.empty() ? "" : ", ") + k->name()->str();
            problems.push_back("attribute '" + a->name + "' is not a field of " + table +
                               (known.empty() ? " (it has no fields)" : " (fields: " + known + ")"));
            continue;
        }
        pending.push_back({f, a});
    }
    for (const auto& [f, a] : pending) {
        const std::string where = "attribute '" + a->name + "' (" + table + "." + f->name()->str() + ")";
        const reflection::Type& type = *f->type();
        const reflection::BaseType base = type.base_type();
        detail::PreparedField p;
        p.field = f;
        p.force = is_explicit(a->name) || f->optional();
        if (is_float(base)) {
            if (const auto* d = a->get_if<double>()) p.real = *d;
            else if (const auto* i = a->get_if<int64_t>()) p.real = static_cast<double>(*i);
            else { problems.push_back(where + " holds a " + detail::kind_name(*a) + ", expected a float"); continue; }
            prepared.push_back(p);
        } else if (is_scalar(base) && base != reflection::UType) {
            std::string problem;
            auto v = detail::enum_or_integer(info.enum_of(type), *a, problem);
            if (!v) { problems.push_back(where + " " + problem); continue; }
            if (!detail::integer_fits(base, *v)) {
                problems.push_back(where + ": " + std::to_string(*v) + " does not fit the field's type");
                continue;
            }
            p.integer = *v;
            prepared.push_back(p);
        } else if (base == reflection::String) {
            const auto* s = a->get_if<std::string>();
            if (!s) { problems.push_back(where + " holds a " + detail::kind_name(*a) + ", expected a string"); continue; }
            prepared.push_back(p);
        } else if (base == reflection::Vector) {
            const reflection::BaseType elem = type.element();
            const reflection::Enum* e = info.enum_of(type);
            bool ok = (elem == reflection::UByte || elem == reflection::Byte) && !e
                          ? (a->get_if<std::string>() || a->get_if<std::vector<int64_t>>())
                      : is_integer(elem) ? (a->get_if<std::vector<int64_t>>() || (e && a->get_if<std::vector<std::string>>()))
                      : is_float(elem)   ? (a->get_if<std::vector<double>>() || a->get_if<std::vector<int64_t>>())
                      : elem == reflection::String ? a->get_if<std::vector<std::string>>() != nullptr
                                                   : false;
            if (!ok) { problems.push_back(where + " holds a " + detail::kind_name(*a) + ", which does not fit this vector field"); continue; }
            if (const auto* ints = a->get_if<std::vector<int64_t>>(); ints && is_integer(elem))
                for (int64_t v : *ints)
                    if (!detail::integer_fits(elem, v)) {
                        problems.push_back(where + ": element " + std::to_string(v) + " does not fit the field's type");
                        ok = false;
                        break;
                    }
            if (const auto* names = a->get_if<std::vector<std::string>>(); names && e)
                for (const auto& n : *names)
                    if (!SchemaInfo::value_of(*e, n)) {
                        problems.push_back(where + ": '" + n + "' is not a value of " + e->name()->str());
                        ok = false;
                        break;
                    }
            if (ok) prepared.push_back(p);
        } else {
            problems.push_back(where + ": fields of this kind are not supported in options");
        }
    }
    if (problems.size() != problems_before) return 0;

    // Pass 2: strings and vectors first (they cannot be created inside a table), then the table.
    std::unordered_map<const reflection::Field*, const Attribute*> attribute_of;
    for (const auto& [f, a] : pending) attribute_of[f] = a;
    for (auto& p : prepared) {
        const reflection::Type& type = *p.field->type();
        const Attribute& a = *attribute_of.at(p.field);
        if (type.base_type() == reflection::String) {
            const auto& s = *a.get_if<std::string>();
            if (!s.empty() || p.force) p.offset = fbb.CreateString(s).o;
        } else if (type.base_type() == reflection::Vector) {
            const reflection::BaseType elem = type.element();
            const std::size_t alignment = info.forced_alignment(object, *p.field);
            const reflection::Enum* e = info.enum_of(type);
            if (elem == reflection::String) {
                const auto& v = *a.get_if<std::vector<std::string>>();
                if (!v.empty() || p.force) p.offset = fbb.CreateVectorOfStrings(v).o;
                continue;
            }
            if (is_float(elem)) {
                std::vector<double> v;
                if (const auto* d = a.get_if<std::vector<double>>()) v = *d;
                else for (int64_t i : *a.get_if<std::vector<int64_t>>()) v.push_back(static_cast<double>(i));
                if (v.empty() && !p.force) continue;
                if (elem == reflection::Float) p.offset = detail::create_scalar_vector(fbb, std::vector<float>(v.begin(), v.end()), alignment);
                else p.offset = detail::create_scalar_vector(fbb, v, alignment);
                continue;
            }
            std::vector<int64_t> v;
            if (const auto* s = a.get_if<std::string>()) {
                for (unsigned char c : *s) v.push_back(elem == reflection::Byte ? static_cast<int8_t>(c) : c);
            } else if (const auto* names = a.get_if<std::vector<std::string>>()) {
                for (const auto& n : *names) v.push_back(*SchemaInfo::value_of(*e, n));
            } else {
                v = *a.get_if<std::vector<int64_t>>();
            }
            if (v.empty() && !p.force) continue;
            with_scalar_type(elem, [&](auto x) {
                using T = decltype(x);
                p.offset = detail::create_scalar_vector(fbb, std::vector<T>(v.begin(), v.end()), alignment);
            });
        }
    }
    const auto start = fbb.StartTable();
    for (const auto& p : prepared) {
        const reflection::BaseType base = p.field->type()->base_type();
        const auto slot = p.field->offset();
        if (base == reflection::String || base == reflection::Vector) {
            if (p.offset) fbb.AddOffset(slot, flatbuffers::Offset<void>(p.offset));
            continue;
        }
        fbb.ForceDefaults(p.force);
        with_scalar_type(base, [&](auto x) {
            using T = decltype(x);
            if constexpr (std::is_floating_point_v<T>)
                fbb.AddElement<T>(slot, static_cast<T>(p.real), static_cast<T>(p.field->default_real()));
            else
                fbb.AddElement<T>(slot, static_cast<T>(p.integer), static_cast<T>(p.field->default_integer()));
        });
        fbb.ForceDefaults(false);
    }
    return flatbuffers::Offset<void>(fbb.EndTable(start));
}

// Deep copy of a table into `fbb`, every present field kept present (also when it holds its
// default), absent ones left absent. `table` must come from a verified buffer.
inline flatbuffers::Offset<void> copy_table(flatbuffers::FlatBufferBuilder& fbb, const reflection::Object& object,
                                            const flatbuffers::Table& table) {
    const SchemaInfo& info = SchemaInfo::get();
    const std::string name = detail::table_name(object);
    std::vector<std::pair<const reflection::Field*, flatbuffers::uoffset_t>> offsets;
    for (const reflection::Field* f : info.fields(object)) {
        if (!table.CheckField(f->offset())) continue;
        const reflection::Type& type = *f->type();
        const std::string where = name + "." + f->name()->str();
        switch (type.base_type()) {
        case reflection::String: {
            const auto* s = table.GetPointer<const flatbuffers::String*>(f->offset());
            if (s) offsets.emplace_back(f, fbb.CreateString(s).o);
            break;
        }
        case reflection::Obj: {
            const reflection::Object* sub = info.object_of(type);
            if (!sub || sub->is_struct()) throw Problem(where + ": struct fields are not supported");
            const auto* t = table.GetPointer<const flatbuffers::Table*>(f->offset());
            if (t) offsets.emplace_back(f, copy_table(fbb, *sub, *t).o);
            break;
        }
        case reflection::Union: {
            const reflection::Enum* u = info.enum_of(type);
            const reflection::Field* type_field = info.field(object, f->name()->str() + flatbuffers::UnionTypeFieldSuffix());
            if (!u || !type_field) throw Problem(where + ": union without a type field");
            const int64_t code = table.GetField<uint8_t>(type_field->offset(), 0);
            const reflection::Object* member = info.union_member(*u, code);
            if (!member) throw Problem(where + ": union type code " + std::to_string(code) + " is not one opbridge's schema knows");
            const auto* t = table.GetPointer<const flatbuffers::Table*>(f->offset());
            if (t) offsets.emplace_back(f, copy_table(fbb, *member, *t).o);
            break;
        }
        case reflection::Vector: {
            const reflection::BaseType elem = type.element();
            if (elem == reflection::String) {
                const auto* v = table.GetPointer<const flatbuffers::Vector<flatbuffers::Offset<flatbuffers::String>>*>(f->offset());
                std::vector<flatbuffers::Offset<flatbuffers::String>> items;
                for (const auto* s : *v) items.push_back(fbb.CreateString(s));
                offsets.emplace_back(f, fbb.CreateVector(items).o);
            } else if (elem == reflection::Obj) {
                const reflection::Object* sub = info.object_of(type);
                if (!sub || sub->is_struct()) throw Problem(where + ": vectors of structs are not supported");
                const auto* v = table.GetPointer<const flatbuffers::Vector<flatbuffers::Offset<flatbuffers::Table>>*>(f->offset());
                std::vector<flatbuffers::Offset<void>> items;
                for (const auto* t : *v) items.push_back(copy_table(fbb, *sub, *t));
                offsets.emplace_back(f, fbb.CreateVector(items).o);
            } else if (is_scalar(elem)) {
                const auto* v = table.GetPointer<const flatbuffers::Vector<uint8_t>*>(f->offset());
                const std::size_t size = flatbuffers::GetTypeSize(elem);
                if (std::size_t a = info.forced_alignment(object, *f)) fbb.ForceVectorAlignment(v->size(), size, a);
                // Elements are little-endian in both buffers: copy them as bytes.
                fbb.StartVector(v->size(), size);
                fbb.PushBytes(v->Data(), v->size() * size);
                offsets.emplace_back(f, fbb.EndVector(v->size()));
            } else {
                throw Problem(where + ": vectors of unions are not supported");
            }
            break;
        }
        default: break;  // scalars go into the table below
        }
    }
    const auto start = fbb.StartTable();
    for (const auto& [f, off] : offsets) fbb.AddOffset(f->offset(), flatbuffers::Offset<void>(off));
    for (const reflection::Field* f : info.fields(object)) {
        const reflection::BaseType base = f->type()->base_type();
        if (!is_scalar(base) || !table.CheckField(f->offset())) continue;
        with_scalar_type(base, [&](auto x) {
            using T = decltype(x);
            fbb.AddElement<T>(f->offset(), table.GetField<T>(f->offset(), T{}));  // two-argument form: always stored
        });
    }
    return flatbuffers::Offset<void>(fbb.EndTable(start));
}

// ---- which options table a builtin op takes ---------------------------------------------------

// Ops that share an options table; every other op takes the table whose name, lower-cased
// without underscores, is the op's name likewise plus "options" (CONV_2D -> Conv2DOptions,
// ATAN2 -> ATan2Options), as TFLite's own serialization tools pair them.
inline constexpr std::pair<std::string_view, std::string_view> shared_options_tables[] = {
    {"AVERAGE_POOL_2D", "Pool2DOptions"},
    {"MAX_POOL_2D", "Pool2DOptions"},
    {"L2_POOL_2D", "Pool2DOptions"},
    {"MEAN", "ReducerOptions"},
    {"SUM", "ReducerOptions"},
    {"REDUCE_PROD", "ReducerOptions"},
    {"REDUCE_MAX", "ReducerOptions"},
    {"REDUCE_MIN", "ReducerOptions"},
    {"REDUCE_ANY", "ReducerOptions"},
    {"REDUCE_ALL", "ReducerOptions"},
    {"MAXIMUM", "MaximumMinimumOptions"},
    {"MINIMUM", "MaximumMinimumOptions"},
    {"L2_NORMALIZATION", "L2NormOptions"},
    {"UNIDIRECTIONAL_SEQUENCE_RNN", "SequenceRNNOptions"},
    {"CONV_3D_TRANSPOSE", "Conv3DOptions"},
    {"RANDOM_STANDARD_NORMAL", "RandomOptions"},
    {"RANDOM_UNIFORM", "RandomOptions"},
    {"MULTINOMIAL", "RandomOptions"},
};

// The options table (BuiltinOptions or BuiltinOptions2 member) a builtin op takes, or "" for
// ops without one (RELU, LOGISTIC, ...).
inline std::string default_options_table(std::string_view op) {
    for (const auto& [name, table] : shared_options_tables)
        if (name == op) return std::string(table);
    auto collapsed = [](std::string_view s) {
        std::string out;
        for (char c : s)
            if (c != '_') out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return out;
    };
    const std::string wanted = collapsed(op) + "options";
    const SchemaInfo& info = SchemaInfo::get();
    for (const char* union_name : {"BuiltinOptions", "BuiltinOptions2"})
        for (const auto* v : *info.enumeration(union_name).values())
            if (v->value() != 0 && collapsed(v->name()->string_view()) == wanted) return v->name()->str();
    return {};
}

// A standalone flatbuffer whose root is a copy of `table`.
inline std::string table_blob(const reflection::Object& object, const flatbuffers::Table& table) {
    flatbuffers::FlatBufferBuilder fbb(256);
    fbb.Finish(copy_table(fbb, object, table));
    return std::string(reinterpret_cast<const char*>(fbb.GetBufferPointer()), fbb.GetSize());
}

// A blob's bytes in storage aligned for flatbuffers reads (an attribute's string may not be).
class AlignedBlob {
public:
    explicit AlignedBlob(std::string_view bytes) : words_((bytes.size() + 7) / 8) {
        if (!bytes.empty()) std::memcpy(words_.data(), bytes.data(), bytes.size());
        size_ = bytes.size();
    }
    const uint8_t* data() const noexcept { return reinterpret_cast<const uint8_t*>(words_.data()); }
    std::size_t size() const noexcept { return size_; }

private:
    std::vector<uint64_t> words_;
    std::size_t size_ = 0;
};

// Copies a blob's root table into `fbb`, after verifying the blob holds a T (the generated
// type of `object`); a blob a rule made up cannot make the writer read out of bounds.
template <class T>
flatbuffers::Offset<void> copy_blob(flatbuffers::FlatBufferBuilder& fbb, const reflection::Object& object,
                                    std::string_view blob) {
    AlignedBlob aligned(blob);
    flatbuffers::Verifier verifier(aligned.data(), aligned.size());
    if (aligned.size() < sizeof(flatbuffers::uoffset_t) || !verifier.VerifyBuffer<T>(nullptr))
        throw Problem("is not a valid " + detail::table_name(object) + " flatbuffer");
    return copy_table(fbb, object, *flatbuffers::GetRoot<flatbuffers::Table>(aligned.data()));
}

} // namespace opbridge::tflite_file::reflect
