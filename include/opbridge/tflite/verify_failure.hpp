#pragma once
// Where a TFLite flatbuffer stops verifying. The flatbuffers Verifier only answers yes or no;
// once it said no, this walks the file again with the schema (reflection) and names the first
// field that breaks: "subgraphs[0].tensors[12].name: the string at byte 4123 has no NUL".
// It only runs on files the Verifier refused, to make the error useful; it decides nothing.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "flatbuffers/reflection.h"
#include "opbridge/tflite/options.hpp"

namespace opbridge::tflite_file::detail {

struct VerifyFailure {
    std::string field;    // "subgraphs[0].tensors[3].shape", empty for the root
    std::string message;  // what is wrong there, with the byte offset
};

class VerifyFailureLocator {
public:
    VerifyFailureLocator(const void* data, std::size_t size, std::size_t max_depth, std::size_t max_tables)
        : data_(static_cast<const uint8_t*>(data)), size_(size), max_depth_(max_depth), max_tables_(max_tables) {}

    std::optional<VerifyFailure> locate(const reflection::Object& root) {
        if (!offset_target(0, "the root offset")) return found_;
        table(target_, root, 1);
        return found_;
    }

private:
    using Info = reflect::SchemaInfo;

    bool in(uint64_t pos, uint64_t len) const { return pos <= size_ && len <= size_ - pos; }
    uint32_t u32(std::size_t pos) const {
        uint32_t v;
        std::memcpy(&v, data_ + pos, 4);
        return v;
    }
    uint16_t u16(std::size_t pos) const {
        uint16_t v;
        std::memcpy(&v, data_ + pos, 2);
        return v;
    }

    bool report(const std::string& message) {
        std::string field;
        for (const auto& p : path_) field += (field.empty() || p[0] == '[' ? "" : ".") + p;
        found_ = VerifyFailure{std::move(field), message};
        return false;
    }
    static std::string at(std::size_t pos) { return " at byte " + std::to_string(pos); }

    // Follows the uoffset stored at `pos`; sets target_.
    bool offset_target(std::size_t pos, const std::string& what) {
        if (!in(pos, 4) || pos % 4) return report(what + at(pos) + " lies outside the file or is misaligned");
        const uint64_t target = uint64_t(pos) + u32(pos);
        if (target >= size_) return report(what + at(pos) + " points to byte " + std::to_string(target) + ", past the end of the file (" + std::to_string(size_) + " bytes)");
        target_ = static_cast<std::size_t>(target);
        return true;
    }

    bool string(std::size_t pos) {
        if (!in(pos, 4) || pos % 4) return report("the string" + at(pos) + " lies outside the file or is misaligned");
        const uint64_t len = u32(pos);
        if (!in(pos + 4, len + 1))
            return report("the string" + at(pos) + " declares " + std::to_string(len) + " bytes, past the end of the file");
        if (data_[pos + 4 + len] != 0) return report("the string" + at(pos) + " has no terminating NUL");
        return true;
    }

    bool table(std::size_t pos, const reflection::Object& object, std::size_t depth) {
        if (depth > max_depth_) return report("tables nest deeper than " + std::to_string(max_depth_) + " levels" + at(pos));
        if (++tables_ > max_tables_)
            return report("the file refers to more tables than it can hold (" + std::to_string(max_tables_) +
                          "): the same tables are shared over and over" + at(pos));
        if (!in(pos, 4) || pos % 4) return report("the table" + at(pos) + " lies outside the file or is misaligned");
        int32_t back;
        std::memcpy(&back, data_ + pos, 4);
        const int64_t vtable = int64_t(pos) - back;
        if (vtable < 0 || !in(static_cast<uint64_t>(vtable), 4) || vtable % 2)
            return report("the table" + at(pos) + " has its field index (vtable) outside the file");
        const auto vt = static_cast<std::size_t>(vtable);
        const uint16_t vsize = u16(vt), tsize = u16(vt + 2);
        if (vsize < 4 || vsize % 2 || !in(vt, vsize)) return report("the field index (vtable)" + at(vt) + " is malformed");
        if (!in(pos, tsize)) return report("the table" + at(pos) + " runs past the end of the file");
        const auto& info = Info::get();
        for (const reflection::Field* f : info.fields(object)) {
            const std::size_t slot = f->offset();
            const uint16_t field_offset = slot + 2 <= vsize ? u16(vt + slot) : 0;
            if (!field_offset) continue;
            path_.push_back(f->name()->str());
            if (!field(pos, pos + field_offset, object, *f, depth)) return false;
            path_.pop_back();
        }
        return true;
    }

    bool field(std::size_t table_pos, std::size_t pos, const reflection::Object& object, const reflection::Field& f,
               std::size_t depth) {
        const auto& schema = Info::get().schema();
        const reflection::Type& type = *f.type();
        const auto base = type.base_type();
        if (base <= reflection::Double && base != reflection::None) {
            const std::size_t width = flatbuffers::GetTypeSize(base);
            return in(pos, width) ? true : report("the value" + at(pos) + " runs past the end of the file");
        }
        switch (base) {
        case reflection::String:
            return offset_target(pos, "the offset") && string(target_);
        case reflection::Obj: {
            const reflection::Object& sub = *schema.objects()->Get(static_cast<uint32_t>(type.index()));
            if (sub.is_struct())
                return in(pos, sub.bytesize()) ? true : report("the struct" + at(pos) + " runs past the end of the file");
            return offset_target(pos, "the offset") && table(target_, sub, depth + 1);
        }
        case reflection::Union: {
            const reflection::Field* type_field = Info::get().field(object, f.name()->str() + "_type");
            if (!type_field) return true;
            // The union's type sits in its own field of the same table.
            int32_t back;
            std::memcpy(&back, data_ + table_pos, 4);
            const auto vt = static_cast<std::size_t>(int64_t(table_pos) - back);
            const std::size_t slot = type_field->offset();
            const uint16_t type_offset = slot + 2 <= u16(vt) ? u16(vt + slot) : 0;
            const uint8_t code = type_offset && in(table_pos + type_offset, 1) ? data_[table_pos + type_offset] : 0;
            const reflection::Enum& e = *schema.enums()->Get(static_cast<uint32_t>(type.index()));
            const reflection::EnumVal* member = e.values()->LookupByKey(code);
            if (!offset_target(pos, "the offset")) return false;
            if (!member || !member->union_type() || member->union_type()->index() < 0) return true;
            return table(target_, *schema.objects()->Get(static_cast<uint32_t>(member->union_type()->index())), depth + 1);
        }
        case reflection::Vector: {
            if (!offset_target(pos, "the offset")) return false;
            const std::size_t vec = target_;
            if (!in(vec, 4) || vec % 4) return report("the vector" + at(vec) + " lies outside the file or is misaligned");
            const uint64_t count = u32(vec);
            const auto element = type.element();
            const reflection::Object* sub =
                element == reflection::Obj ? schema.objects()->Get(static_cast<uint32_t>(type.index())) : nullptr;
            const uint64_t width = sub && sub->is_struct() ? sub->bytesize()
                                   : element == reflection::String || sub ? 4
                                                                          : flatbuffers::GetTypeSize(element);
            if (width && count > (size_ - vec - 4) / width)
                return report("the vector" + at(vec) + " declares " + std::to_string(count) + " elements of " +
                              std::to_string(width) + " bytes, more than the rest of the file holds");
            if (element != reflection::String && !(sub && !sub->is_struct())) return true;
            for (uint64_t i = 0; i < count; ++i) {
                path_.back() += "[" + std::to_string(i) + "]";
                const std::size_t slot = vec + 4 + 4 * static_cast<std::size_t>(i);
                if (!offset_target(slot, "the offset")) return false;
                if (element == reflection::String ? !string(target_) : !table(target_, *sub, depth + 1)) return false;
                path_.back().erase(path_.back().rfind('['));
            }
            return true;
        }
        default:
            return true;
        }
    }

    const uint8_t* data_;
    std::size_t size_, max_depth_, max_tables_;
    std::size_t tables_ = 0, target_ = 0;
    std::vector<std::string> path_;
    std::optional<VerifyFailure> found_;
};

} // namespace opbridge::tflite_file::detail
