#pragma once
// Tensor data. Bytes are a reference-counted view: they borrow from a mapped file or a parsed
// message and are copied only when a rule changes them (e.g. OIHW -> OHWI).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "opbridge/ir/dtype.hpp"

namespace opbridge {

class Buffer {
public:
    Buffer() = default;
    // A view of `size` bytes at `data` that stays valid while `owner` lives.
    Buffer(std::shared_ptr<const void> owner, const std::byte* data, std::size_t size)
        : owner_(std::move(owner)), data_(data), size_(size) {}

    static Buffer take(std::vector<std::byte> bytes) {
        auto holder = std::make_shared<std::vector<std::byte>>(std::move(bytes));
        const std::byte* p = holder->data();
        std::size_t n = holder->size();
        return Buffer(std::move(holder), p, n);
    }
    static Buffer copy_of(const void* data, std::size_t size) {
        std::vector<std::byte> bytes(size);
        if (size) std::memcpy(bytes.data(), data, size);
        return take(std::move(bytes));
    }
    static Buffer copy_of(std::span<const std::byte> bytes) {
        return copy_of(bytes.data(), bytes.size());
    }

    const std::byte* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    bool empty() const noexcept { return size_ == 0; }
    std::span<const std::byte> bytes() const noexcept { return {data_, size_}; }
    std::string_view as_string_view() const noexcept {
        return {reinterpret_cast<const char*>(data_), size_};
    }
    // A view of part of these bytes, sharing the same owner. The caller checks the range.
    Buffer slice(std::size_t offset, std::size_t size) const { return Buffer(owner_, data_ + offset, size); }
    // True when both views show the same bytes of the same storage (not merely equal bytes).
    bool same_storage(const Buffer& o) const noexcept {
        return data_ == o.data_ && size_ == o.size_;
    }

private:
    std::shared_ptr<const void> owner_;
    const std::byte* data_ = nullptr;
    std::size_t size_ = 0;
};

// How a tensor's values were stored in an ONNX file. A rewrite keeps the form it read, so a
// round trip gives back the same message; new tensors use raw_data.
enum class TensorStorage : uint8_t { raw, typed, external };

struct KeyValue {
    std::string key, value;
    friend bool operator==(const KeyValue&, const KeyValue&) = default;
};

class Tensor {
public:
    DType dtype = DType::undefined;
    std::vector<int64_t> dims;
    Buffer data;                       // dense little-endian elements (not for strings)
    std::vector<std::string> strings;  // elements of a string tensor
    std::string name;
    bool empty_name_written = false;  // the file spelled out name "" (kept for a lossless round trip)
    std::string doc_string;
    TensorStorage storage = TensorStorage::raw;
    std::optional<std::pair<int64_t, int64_t>> segment;  // ONNX TensorProto.segment
    std::vector<KeyValue> external_data;                 // as read: location, offset, length…

    Tensor() = default;
    Tensor(DType t, std::vector<int64_t> d, Buffer b)
        : dtype(t), dims(std::move(d)), data(std::move(b)) {}

    // Product of dims, or nothing when it overflows or a dim is negative.
    std::optional<int64_t> element_count() const { return checked_element_count(dims); }

    static std::optional<int64_t> checked_element_count(const std::vector<int64_t>& dims) {
        int64_t n = 1;
        for (int64_t d : dims) {
            if (d < 0) return std::nullopt;
            if (d != 0 && n > INT64_MAX / d) return std::nullopt;
            n *= d;
        }
        return n;
    }

    // Typed read-only view; the caller checks dtype. Data from a file may be unaligned, so
    // element access goes through `at` rather than a reinterpret_cast span.
    template <class T>
    T at(std::size_t i) const {
        T v;
        std::memcpy(&v, data.data() + i * sizeof(T), sizeof(T));
        return v;
    }
    template <class T>
    std::vector<T> to_vector() const {
        std::vector<T> out(data.size() / sizeof(T));
        if (!out.empty()) std::memcpy(out.data(), data.data(), out.size() * sizeof(T));
        return out;
    }
    template <class T>
    static Tensor from_vector(DType t, std::vector<int64_t> dims, const std::vector<T>& values) {
        return Tensor(t, std::move(dims), Buffer::copy_of(values.data(), values.size() * sizeof(T)));
    }
};

struct SparseTensor {
    Tensor values;
    Tensor indices;
    std::vector<int64_t> dims;
};

// Quantization of a value: per-tensor (one scale) or per-axis (one scale per slice of `axis`).
struct Quantization {
    std::vector<float> scale;
    std::vector<int64_t> zero_point;
    std::vector<float> min, max;  // TFLite keeps calibration ranges too
    int32_t axis = 0;
    bool empty() const noexcept { return scale.empty() && zero_point.empty() && min.empty() && max.empty(); }
    friend bool operator==(const Quantization&, const Quantization&) = default;
};

} // namespace opbridge
