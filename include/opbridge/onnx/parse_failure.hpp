#pragma once
// Where a protobuf message stops being valid. protobuf's parser only says that it failed; this
// walks the wire format with the message's descriptor and names the first field that breaks
// (a length past the end of the file, a cut-off varint, nesting beyond protobuf's limit), so
// an error can say "graph.node[12].attribute[0].t.raw_data: ... at byte 4123".

#include <google/protobuf/descriptor.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace opbridge::onnx_file::detail {

struct ParseFailure {
    std::string field;    // "graph.node[3].attribute[0]", empty for the top level
    std::string message;  // what is wrong there, with the byte offset
};

class ParseFailureLocator {
public:
    static constexpr int max_depth = 100;  // protobuf's default recursion limit

    explicit ParseFailureLocator(std::span<const std::byte> bytes)
        : data_(reinterpret_cast<const uint8_t*>(bytes.data())), size_(bytes.size()) {}

    std::optional<ParseFailure> locate(const google::protobuf::Descriptor* type) {
        message(0, size_, type, 0);
        return found_;
    }

private:
    bool varint(std::size_t& pos, std::size_t end, uint64_t& v) const {
        v = 0;
        for (int shift = 0; shift < 70 && pos < end; shift += 7) {
            uint8_t b = data_[pos++];
            if (shift < 64) v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return shift < 63 || b <= 1;
        }
        return false;
    }

    void report(std::string message) {
        std::string field;
        const std::size_t n = path_.size();
        for (std::size_t i = 0; i < n; ++i) {
            // A recursion bomb's path is thousands of steps long: keep its ends.
            if (n > 12 && i == 4) {
                field += ".(" + std::to_string(n - 8) + " more levels)";
                i = n - 5;
                continue;
            }
            field += (i ? "." : "") + path_[i];
        }
        found_ = ParseFailure{std::move(field), std::move(message)};
    }

    void message(std::size_t begin, std::size_t end, const google::protobuf::Descriptor* type, int depth) {
        std::unordered_map<int, int> seen;  // how many of each repeated message field so far
        std::size_t pos = begin;
        while (pos < end && !found_) {
            const std::size_t start = pos;
            uint64_t tag = 0;
            if (!varint(pos, end, tag)) {
                report("a field tag at byte " + std::to_string(start) + " is cut off or malformed");
                return;
            }
            const uint64_t number = tag >> 3;
            const int wire_type = static_cast<int>(tag & 7);
            const google::protobuf::FieldDescriptor* fd =
                type && number <= INT32_MAX ? type->FindFieldByNumber(static_cast<int>(number)) : nullptr;
            const bool nested = fd && fd->type() == google::protobuf::FieldDescriptor::TYPE_MESSAGE && wire_type == 2;
            std::string name = fd ? fd->name() : "field " + std::to_string(number);
            if (nested && fd->is_repeated()) name += "[" + std::to_string(seen[fd->number()]++) + "]";
            path_.push_back(std::move(name));
            if (number == 0) {
                report("field number 0 at byte " + std::to_string(start) + " is not valid protobuf (not an ONNX file?)");
                return;
            }
            uint64_t value = 0;
            switch (wire_type) {
            case 0:
                if (!varint(pos, end, value))
                    report("the number at byte " + std::to_string(start) + " is cut off or malformed");
                break;
            case 1:
            case 5: {
                const std::size_t width = wire_type == 1 ? 8 : 4;
                if (end - pos < width)
                    report("the " + std::to_string(width) + "-byte value at byte " + std::to_string(start) +
                           " runs past the end of its message (byte " + std::to_string(end) + ")");
                else
                    pos += width;
                break;
            }
            case 2:
                if (!varint(pos, end, value)) {
                    report("the length at byte " + std::to_string(start) + " is cut off or malformed");
                } else if (value > end - pos) {
                    report("declares " + std::to_string(value) + " bytes at byte " + std::to_string(start) +
                           " but its message ends at byte " + std::to_string(end) + " (truncated or corrupt)");
                } else if (nested && depth + 1 > max_depth) {
                    report("messages nest more than " + std::to_string(max_depth) + " levels deep at byte " +
                           std::to_string(start) + " (a recursion bomb?)");
                } else {
                    if (nested) message(pos, pos + value, fd->message_type(), depth + 1);
                    pos += value;
                }
                break;
            default:
                report("wire type " + std::to_string(wire_type) + " at byte " + std::to_string(start) +
                       " is not used by ONNX files (corrupt data?)");
                break;
            }
            if (found_) return;
            path_.pop_back();
        }
    }

    const uint8_t* data_;
    std::size_t size_;
    std::vector<std::string> path_;
    std::optional<ParseFailure> found_;
};

} // namespace opbridge::onnx_file::detail
