#pragma once
// Protobuf wire-format output that streams weights from where they already are. protobuf's
// own serializer needs every bytes field copied into the message first, which doubles peak
// memory on a large model; this writer measures each nested message, writes its length, then
// its fields, and hands large byte fields to the sink without copying them.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace opbridge::onnx_file::wire {

// Where encoded bytes go. `measuring` sinks only count.
class Sink {
public:
    virtual ~Sink() = default;
    virtual void append(const void* data, std::size_t size) = 0;
};

class StringSink final : public Sink {
public:
    explicit StringSink(std::string& out) : out_(out) {}
    void append(const void* data, std::size_t size) override {
        out_.append(static_cast<const char*>(data), size);
    }

private:
    std::string& out_;
};

class Encoder {
public:
    // A counting encoder (sink == nullptr) measures; a writing one encodes into `sink`.
    explicit Encoder(Sink* sink = nullptr) : sink_(sink) {
        if (sink_) buffer_.resize(kBufferSize);
    }
    ~Encoder() { flush(); }
    Encoder(const Encoder&) = delete;
    Encoder& operator=(const Encoder&) = delete;

    uint64_t size() const noexcept { return count_; }
    bool measuring() const noexcept { return sink_ == nullptr; }

    void flush() {
        if (sink_ && used_) sink_->append(buffer_.data(), used_);
        used_ = 0;
    }

    static constexpr std::size_t varint_size(uint64_t v) noexcept {
        std::size_t n = 1;
        while (v >= 0x80) {
            v >>= 7;
            ++n;
        }
        return n;
    }

    void varint(uint64_t v) {
        if (measuring()) {
            count_ += varint_size(v);
            return;
        }
        uint8_t tmp[10];
        std::size_t n = 0;
        while (v >= 0x80) {
            tmp[n++] = static_cast<uint8_t>(v | 0x80);
            v >>= 7;
        }
        tmp[n++] = static_cast<uint8_t>(v);
        raw(tmp, n);
    }
    void tag(int field, int wire_type) { varint((static_cast<uint64_t>(field) << 3) | static_cast<uint64_t>(wire_type)); }

    // Singular fields.
    void int64_field(int field, int64_t v) {
        tag(field, 0);
        varint(static_cast<uint64_t>(v));
    }
    // int32 and enums are sign-extended to 64 bits on the wire, as protobuf does.
    void int32_field(int field, int32_t v) { int64_field(field, static_cast<int64_t>(v)); }
    void uint64_field(int field, uint64_t v) {
        tag(field, 0);
        varint(v);
    }
    void float_field(int field, float v) {
        tag(field, 5);
        uint32_t bits;
        std::memcpy(&bits, &v, 4);
        fixed32(bits);
    }
    void bytes_field(int field, std::string_view bytes) { bytes_field(field, bytes.data(), bytes.size()); }
    void bytes_field(int field, const void* data, std::size_t size) {
        tag(field, 2);
        varint(size);
        raw(data, size);
    }
    // Packed repeated scalars: one length-delimited run of fixed-width little-endian elements,
    // which is exactly how the values sit in memory on this (little-endian) machine.
    void packed_fixed(int field, const void* data, std::size_t bytes) {
        if (bytes == 0) return;
        bytes_field(field, data, bytes);
    }
    template <class Int>
    void packed_varints(int field, std::span<const Int> values) {
        if (values.empty()) return;
        uint64_t len = 0;
        for (Int v : values) len += varint_size(static_cast<uint64_t>(static_cast<int64_t>(v)));
        tag(field, 2);
        varint(len);
        for (Int v : values) varint(static_cast<uint64_t>(static_cast<int64_t>(v)));
    }

    // A nested message: `body(Encoder&)` writes its fields. Measured first for its length.
    template <class Body>
    void message_field(int field, Body&& body) {
        uint64_t len = measure(body);
        tag(field, 2);
        varint(len);
        if (measuring()) count_ += len;
        else body(*this);
    }
    template <class Body>
    static uint64_t measure(Body&& body) {
        Encoder counter;
        body(counter);
        return counter.size();
    }

private:
    void fixed32(uint32_t v) {
        uint8_t b[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
        raw(b, 4);
    }
    void raw(const void* data, std::size_t size) {
        count_ += size;
        if (measuring() || size == 0) return;
        if (size >= kBufferSize / 2) {  // large: straight from where it lives
            flush();
            sink_->append(data, size);
            return;
        }
        if (used_ + size > kBufferSize) flush();
        std::memcpy(buffer_.data() + used_, data, size);
        used_ += size;
    }

    Sink* sink_;
    uint64_t count_ = 0;
    std::size_t used_ = 0;
    static constexpr std::size_t kBufferSize = 1 << 16;
    std::vector<uint8_t> buffer_;  // only a writing encoder has one
};

} // namespace opbridge::onnx_file::wire
