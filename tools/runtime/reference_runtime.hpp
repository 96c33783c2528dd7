// Reference runtimes for tests and `opbridge verify`: runs an ONNX model in ONNX Runtime
// and a TFLite model in TensorFlow Lite, on inputs given from C++, and hands back outputs.
//
// Each runtime lives in a long-lived helper process (starting one costs 0.1-0.2 s, so one
// process serves thousands of models): tools/runtime/ort_server.mjs under Node for ONNX
// Runtime, tools/runtime/tflite_runner for TFLite 2.9, tools/runtime/litert_server.mjs under
// Node for LiteRT. All speak the binary protocol at the end of this file over a socket on
// their stdin/stdout. A runtime that crashes or hangs costs one request an error, never the
// caller: the process is restarted on the next call.
//
// Where things are found (environment first, then the defaults compiled in by CMake):
//   OPBRIDGE_NODE           node executable            (OPBRIDGE_REFERENCE_NODE, else `node` on PATH)
//   OPBRIDGE_DEPS_DIR       what install_runtimes.sh made (OPBRIDGE_REFERENCE_DEPS_DIR)
//   OPBRIDGE_ORT_SERVER     ort_server.mjs             (OPBRIDGE_REFERENCE_ORT_SERVER)
//   OPBRIDGE_LITERT_SERVER  litert_server.mjs          (OPBRIDGE_REFERENCE_LITERT_SERVER)
//   OPBRIDGE_TFLITE_RUNNER  tflite_runner executable   (OPBRIDGE_REFERENCE_TFLITE_RUNNER)
//   OPBRIDGE_TFLITE_LIBRARY libtensorflowlite_c.so     (default: <deps dir>/tflite/libtensorflowlite_c.so)
//
// Not thread-safe: give each thread its own runtime object.
#pragma once

#include <array>
#include <bit>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace opbridge::testing {

// Element types, numbered as ONNX TensorProto.DataType, so DType{proto.data_type()} works.
enum class DType : int32_t {
    undefined = 0,
    float32 = 1,
    uint8 = 2,
    int8 = 3,
    uint16 = 4,
    int16 = 5,
    int32 = 6,
    int64 = 7,
    string = 8,
    boolean = 9,
    float16 = 10,
    float64 = 11,
    uint32 = 12,
    uint64 = 13,
    complex64 = 14,
    complex128 = 15,
    bfloat16 = 16,
};

// "float32", "int64", ...; "dtype 42" for a number this file does not know.
inline std::string dtype_name(DType dtype) {
    switch (dtype) {
        case DType::undefined: return "undefined";
        case DType::float32: return "float32";
        case DType::uint8: return "uint8";
        case DType::int8: return "int8";
        case DType::uint16: return "uint16";
        case DType::int16: return "int16";
        case DType::int32: return "int32";
        case DType::int64: return "int64";
        case DType::string: return "string";
        case DType::boolean: return "bool";
        case DType::float16: return "float16";
        case DType::float64: return "float64";
        case DType::uint32: return "uint32";
        case DType::uint64: return "uint64";
        case DType::complex64: return "complex64";
        case DType::complex128: return "complex128";
        case DType::bfloat16: return "bfloat16";
    }
    return "dtype " + std::to_string(static_cast<int32_t>(dtype));
}

// Bytes per element; 0 for string and for types this file does not know.
inline std::size_t dtype_size(DType dtype) {
    switch (dtype) {
        case DType::uint8:
        case DType::int8:
        case DType::boolean: return 1;
        case DType::uint16:
        case DType::int16:
        case DType::float16:
        case DType::bfloat16: return 2;
        case DType::float32:
        case DType::int32:
        case DType::uint32: return 4;
        case DType::int64:
        case DType::uint64:
        case DType::float64:
        case DType::complex64: return 8;
        case DType::complex128: return 16;
        case DType::undefined:
        case DType::string: return 0;
    }
    return 0;
}

// TFLite's per-tensor quantization: real_value = scale * (quantized_value - zero_point).
struct AffineQuantization {
    float scale = 0;
    int32_t zero_point = 0;
    friend bool operator==(const AffineQuantization&, const AffineQuantization&) = default;
};

struct HostTensor {
    // A model input is matched by name; an input with an empty name takes the position it
    // has in the request among the model's inputs.
    std::string name;
    DType dtype = DType::undefined;
    std::vector<int64_t> dims;
    // Every dtype but string: elements packed row-major, little-endian (bool: one byte each).
    std::vector<std::byte> data;
    // dtype string only: one entry per element.
    std::vector<std::string> strings;
    // Present on TFLite tensors that carry quantization parameters.
    std::optional<AffineQuantization> quantization;

    int64_t element_count() const;

    // The elements viewed as T; T must have the dtype's size (uint16_t for float16/bfloat16,
    // uint8_t or bool for boolean).
    template <class T>
    std::span<const T> values() const {
        if (sizeof(T) != dtype_size(dtype))
            throw std::logic_error("HostTensor '" + name + "' holds " + dtype_name(dtype) +
                                   ", which cannot be viewed as a " + std::to_string(sizeof(T)) +
                                   "-byte element type");
        return {reinterpret_cast<const T*>(data.data()), data.size() / sizeof(T)};
    }
};

// The DType that stores elements of the C++ type T (float -> float32, bool -> boolean, ...).
template <class T>
constexpr DType dtype_of() {
    if constexpr (std::is_same_v<T, float>) return DType::float32;
    else if constexpr (std::is_same_v<T, double>) return DType::float64;
    else if constexpr (std::is_same_v<T, int8_t>) return DType::int8;
    else if constexpr (std::is_same_v<T, int16_t>) return DType::int16;
    else if constexpr (std::is_same_v<T, int32_t>) return DType::int32;
    else if constexpr (std::is_same_v<T, int64_t>) return DType::int64;
    else if constexpr (std::is_same_v<T, uint8_t>) return DType::uint8;
    else if constexpr (std::is_same_v<T, uint16_t>) return DType::uint16;
    else if constexpr (std::is_same_v<T, uint32_t>) return DType::uint32;
    else if constexpr (std::is_same_v<T, uint64_t>) return DType::uint64;
    else if constexpr (std::is_same_v<T, bool>) return DType::boolean;
    else static_assert(!sizeof(T), "no DType stores this C++ type; build the HostTensor by hand");
}

template <class T>
HostTensor make_tensor(std::string name, std::vector<int64_t> dims, std::span<const T> values) {
    HostTensor tensor;
    tensor.name = std::move(name);
    tensor.dtype = dtype_of<T>();
    tensor.dims = std::move(dims);
    tensor.data.resize(values.size_bytes());
    if (!values.empty()) std::memcpy(tensor.data.data(), values.data(), values.size_bytes());
    return tensor;
}
template <class T>
HostTensor make_tensor(std::string name, std::vector<int64_t> dims, const std::vector<T>& values) {
    return make_tensor(std::move(name), std::move(dims), std::span<const T>(values));
}

// A model input or output as the runtime sees it. A dim of -1 is not fixed by the model
// (symbolic or unknown). ONNX Runtime reports an unknown rank as no dims at all.
struct TensorDescription {
    std::string name;
    DType dtype = DType::undefined;
    std::vector<int64_t> dims;
    std::optional<AffineQuantization> quantization;
};

struct ModelDescription {
    bool ok = false;
    std::string error;  // when !ok: what failed and what to do
    std::vector<TensorDescription> inputs;
    std::vector<TensorDescription> outputs;
};

struct RunResult {
    bool ok = false;
    std::string error;  // when !ok: what failed and what to do
    std::vector<HostTensor> outputs;

    const HostTensor* output(std::string_view name) const;
};

struct RunRequest {
    std::string model_path;
    std::vector<HostTensor> inputs;
    std::vector<std::string> output_names;  // empty: every model output, in model order
};

struct StartResult {
    bool ok = false;
    std::string error;
    std::string runtime_version;  // e.g. "onnxruntime-node 1.30.0", "TensorFlow Lite 2.9.0"
};

struct RuntimeOptions {
    // A request that takes longer is abandoned and its runtime process restarted.
    std::chrono::milliseconds request_timeout{120'000};
    // Threads each model may use; 0 lets the runtime choose. One keeps loading small models
    // fast (no thread pool per model) and leaves the other cores to parallel test processes.
    int threads = 1;
    // Loaded models kept for reuse; the least recently used is dropped beyond this.
    int max_cached_models = 8;
    // ONNX Runtime only. True: int8 QDQ node groups run on its integer kernels on every CPU
    // (session.qdqisint8allowed, its default on ARM). False: its x86 default, which runs an int8
    // group whose activation several nodes read in float instead (dequantize, float op,
    // quantize), so it rounds differently from an integer runtime. tools/runtime/ort_server.mjs
    // says more.
    bool integer_qdq = true;
};

// One reference runtime behind its helper process. Use OnnxRuntime or TfliteRuntime.
class ReferenceRuntime {
public:
    ReferenceRuntime(ReferenceRuntime&&) noexcept;
    ReferenceRuntime& operator=(ReferenceRuntime&&) noexcept;
    ~ReferenceRuntime();

    // Starts the helper process if it is not running (run/describe do this themselves);
    // says why when the runtime cannot be used (not installed, failed to load, ...).
    StartResult start();

    // Runs the model (loaded once and reused while the file stays unchanged).
    RunResult run(const std::string& model_path, const std::vector<HostTensor>& inputs,
                  const std::vector<std::string>& output_names = {});
    // Runs each request in turn through the one process; a failed run does not stop the rest.
    std::vector<RunResult> run_batch(const std::vector<RunRequest>& requests);
    ModelDescription describe(const std::string& model_path);
    // Drops the loaded model (all of them for an empty path) to free its memory.
    void forget(const std::string& model_path = {});

    // How many times a helper process was started: 1 after any number of requests that
    // did not crash or time out.
    int process_starts() const;
    // The helper process's id, or -1 when none runs (tests use it to simulate a crash).
    int process_id() const;

    // How a helper process starts (the subclasses fill it in).
    struct Launch {
        std::string runtime_name;  // for messages: "ONNX Runtime", "TensorFlow Lite"
        std::vector<std::string> argv;
        std::string setup_hint;  // what to do when it cannot start
    };

protected:
    ReferenceRuntime(Launch launch, RuntimeOptions options);

private:
    class Process;
    std::unique_ptr<Process> process_;
};

class OnnxRuntime : public ReferenceRuntime {
public:
    explicit OnnxRuntime(RuntimeOptions options = {});
};

// TensorFlow Lite 2.9 through its C library: the reference kernels and their rounding
// (int8 requantization in fixed point, rounding twice).
class TfliteRuntime : public ReferenceRuntime {
public:
    explicit TfliteRuntime(RuntimeOptions options = {});
};

// LiteRT, TensorFlow Lite's current runtime (npm @litertjs/core, WebAssembly, XNNPACK on the
// CPU): int8 requantized in float and rounded once, as ONNX Runtime does. Its models take and
// give only float32, int32 and uint8 tensors, without quantization parameters.
class LiteRtRuntime : public ReferenceRuntime {
public:
    explicit LiteRtRuntime(RuntimeOptions options = {});
};

// Inputs filled from a deterministic generator, so two runtimes (or two runs) given the
// same descriptions and seed get the same data. Input k draws from a stream derived from
// (seed, k), so it does not depend on names, which converters may change.
struct SeedOptions {
    int64_t unfixed_dim = 1;  // used for dims the model leaves open (-1)
    double float_low = -1.0, float_high = 1.0;
    int64_t int_low = 0, int_high = 10;  // integers are drawn from [int_low, int_high)
};
std::vector<HostTensor> seeded_inputs(const std::vector<TensorDescription>& inputs, uint64_t seed,
                                      const SeedOptions& options = {});

// Element-wise comparison in the sense of numpy.isclose:
// |actual - expected| <= atol + rtol * |expected|. NaN matches NaN, and +-inf matches itself.
struct Tolerance {
    double rtol = 1e-3;
    double atol = 1e-5;
};

struct Comparison {
    bool comparable = false;  // same dtype, dims and element count
    std::string mismatch;     // when !comparable: what differs
    int64_t elements = 0;
    int64_t elements_outside = 0;  // outside the tolerance
    int64_t worst_index = -1;      // flat index of the element furthest outside (or closest to) it
    double max_abs = 0;            // max |actual - expected|
    double max_rel = 0;            // max |actual - expected| / |expected| over expected != 0
    double worst_expected = 0, worst_actual = 0;
    std::string worst_expected_string, worst_actual_string;  // string tensors: the first difference

    bool passed() const { return comparable && elements_outside == 0; }
    // One line for a test failure: "3 of 60 elements outside tolerance (max abs ..., max rel
    // ...); worst at flat index 7: expected 0.5, got 0.51"
    std::string summary() const;
};
Comparison compare(const HostTensor& expected, const HostTensor& actual, Tolerance tolerance = {});

// The tensor's real values as float32, using its quantization when it has some
// (integer and float16 tensors convert; a float32 tensor is returned as it is).
HostTensor dequantized(const HostTensor& tensor);

float float16_to_float(uint16_t bits);
uint16_t float_to_float16(float value);  // rounds to nearest even
float bfloat16_to_float(uint16_t bits);
uint16_t float_to_bfloat16(float value);  // rounds to nearest even

// ---------------------------------------------------------------------------------------
// The wire protocol between the client and the runtime processes. tools/runtime/runtime_server.mjs
// implements the same thing in JavaScript: change both together.
//
// Every message, in both directions, is a frame: the bytes "OBRT", a u64 body length, the body.
// All numbers are little-endian. Body values:
//   string  u32 byte length, UTF-8 bytes
//   tensor  string name, i32 dtype (ONNX numbering), u32 rank, i64 dims[rank],
//           u8 has_quantization [f32 scale, i32 zero_point],
//           then, when the tensor carries data: u64 byte length, zero padding up to the next
//           multiple of 8 counted from the start of the body, the bytes. String elements are
//           each a u32 length and the bytes.
// Requests: u8 operation, then
//   hello     (nothing)
//   describe  string model_path
//   run       string model_path, u32 n, n tensors with data, u32 m, m strings (output names)
//   forget    string model_path (empty: all)
// Responses: u8 status (0 ok, 1 error); on error a string message; on ok
//   hello     string runtime_version, u32 protocol_version
//   describe  u32 n, n tensors without data (inputs), u32 m, m tensors without data (outputs)
//   run       u32 n, n tensors with data
//   forget    (nothing)
namespace wire {

inline constexpr char frame_magic[4] = {'O', 'B', 'R', 'T'};
inline constexpr std::size_t frame_header_size = 12;
inline constexpr uint32_t protocol_version = 1;
inline constexpr std::size_t data_alignment = 8;

enum class Operation : uint8_t { hello = 1, describe = 2, run = 3, forget = 4 };
enum class Status : uint8_t { ok = 0, error = 1 };

// Raised by Reader on a body that does not follow the protocol.
struct MalformedMessage : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class Writer {
public:
    void u8(uint8_t value) { bytes_.push_back(std::byte{value}); }
    void u32(uint32_t value) { put(value); }
    void i32(int32_t value) { put(value); }
    void u64(uint64_t value) { put(value); }
    void i64(int64_t value) { put(value); }
    void f32(float value) { put(value); }
    void string(std::string_view text) {
        u32(static_cast<uint32_t>(text.size()));
        append(text.data(), text.size());
    }
    void tensor_description(std::string_view name, DType dtype, std::span<const int64_t> dims,
                            const std::optional<AffineQuantization>& quantization) {
        string(name);
        i32(static_cast<int32_t>(dtype));
        u32(static_cast<uint32_t>(dims.size()));
        for (int64_t dim : dims) i64(dim);
        u8(quantization ? 1 : 0);
        if (quantization) {
            f32(quantization->scale);
            i32(quantization->zero_point);
        }
    }
    // Writes the data part of a tensor: its length, the alignment padding, then `size` bytes
    // that the caller fills through the returned pointer (valid until the next write).
    std::byte* tensor_data(std::size_t size) {
        u64(size);
        bytes_.resize((bytes_.size() + data_alignment - 1) / data_alignment * data_alignment);
        bytes_.resize(bytes_.size() + size);
        return bytes_.data() + bytes_.size() - size;
    }
    void tensor(const HostTensor& tensor) {
        tensor_description(tensor.name, tensor.dtype, tensor.dims, tensor.quantization);
        if (tensor.dtype == DType::string) {
            std::size_t size = 0;
            for (const std::string& element : tensor.strings) size += 4 + element.size();
            std::byte* out = tensor_data(size);
            for (const std::string& element : tensor.strings) {
                const auto length = static_cast<uint32_t>(element.size());
                std::memcpy(out, &length, 4);
                std::memcpy(out + 4, element.data(), element.size());
                out += 4 + element.size();
            }
        } else {
            std::byte* out = tensor_data(tensor.data.size());
            if (!tensor.data.empty()) std::memcpy(out, tensor.data.data(), tensor.data.size());
        }
    }
    const std::vector<std::byte>& body() const { return bytes_; }
    std::vector<std::byte> take_body() { return std::move(bytes_); }

private:
    template <class T>
    void put(T value) {
        static_assert(std::endian::native == std::endian::little, "the protocol is little-endian");
        append(&value, sizeof value);
    }
    void append(const void* source, std::size_t size) {
        const auto* begin = static_cast<const std::byte*>(source);
        bytes_.insert(bytes_.end(), begin, begin + size);
    }
    std::vector<std::byte> bytes_;
};

class Reader {
public:
    explicit Reader(std::span<const std::byte> body) : body_(body) {}

    uint8_t u8() { return get<uint8_t>(); }
    uint32_t u32() { return get<uint32_t>(); }
    int32_t i32() { return get<int32_t>(); }
    uint64_t u64() { return get<uint64_t>(); }
    int64_t i64() { return get<int64_t>(); }
    float f32() { return get<float>(); }
    std::string string() {
        const uint32_t size = u32();
        const std::byte* begin = take(size);
        return {reinterpret_cast<const char*>(begin), size};
    }
    TensorDescription tensor_description() {
        TensorDescription description;
        description.name = string();
        description.dtype = static_cast<DType>(i32());
        const uint32_t rank = u32();
        if (rank > remaining() / 8) throw MalformedMessage("tensor rank larger than the message");
        description.dims.resize(rank);
        for (int64_t& dim : description.dims) dim = i64();
        if (u8() != 0) {
            const float scale = f32();
            description.quantization = AffineQuantization{scale, i32()};
        }
        return description;
    }
    // The data part of a tensor, in place in the body.
    std::span<const std::byte> tensor_data() {
        const uint64_t size = u64();
        const std::size_t padded = (offset_ + data_alignment - 1) / data_alignment * data_alignment;
        if (padded > body_.size()) throw MalformedMessage("tensor data runs past the message");
        offset_ = padded;
        if (size > remaining()) throw MalformedMessage("tensor data runs past the message");
        return {take(size), size};
    }
    HostTensor tensor() {
        TensorDescription description = tensor_description();
        HostTensor tensor;
        tensor.name = std::move(description.name);
        tensor.dtype = description.dtype;
        tensor.dims = std::move(description.dims);
        tensor.quantization = description.quantization;
        const std::span<const std::byte> data = tensor_data();
        if (tensor.dtype == DType::string) {
            Reader elements(data);
            while (elements.remaining() > 0) tensor.strings.push_back(elements.string());
        } else {
            tensor.data.assign(data.begin(), data.end());
        }
        return tensor;
    }
    std::size_t remaining() const { return body_.size() - offset_; }

private:
    template <class T>
    T get() {
        T value;
        std::memcpy(&value, take(sizeof value), sizeof value);
        return value;
    }
    const std::byte* take(std::size_t size) {
        if (size > remaining()) throw MalformedMessage("message ends in the middle of a value");
        const std::byte* begin = body_.data() + offset_;
        offset_ += size;
        return begin;
    }
    std::span<const std::byte> body_;
    std::size_t offset_ = 0;
};

// The 12 bytes that precede a body of `body_size` bytes.
inline std::array<std::byte, frame_header_size> frame_header(uint64_t body_size) {
    std::array<std::byte, frame_header_size> header;
    std::memcpy(header.data(), frame_magic, 4);
    std::memcpy(header.data() + 4, &body_size, 8);
    return header;
}

}  // namespace wire
}  // namespace opbridge::testing
