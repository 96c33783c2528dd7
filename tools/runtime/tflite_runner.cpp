// TensorFlow Lite as a reference for opbridge: a long-lived process that runs .tflite models
// on request, speaking the protocol of tools/runtime/reference_runtime.hpp on stdin/stdout.
// It loads libtensorflowlite_c.so at run time (scripts/install_runtimes.sh puts one in
// .deps/tflite), so building it needs no TensorFlow headers. Loaded models are kept per path
// and reloaded when the file changes. A model that fails to load or run gets an error
// response with what TFLite reported; the process carries on.
//
//   tflite_runner [--library PATH] [--threads N] [--max-models N]
//
// PATH defaults to $OPBRIDGE_TFLITE_LIBRARY; --threads 0 lets TFLite choose.
#include "reference_runtime.hpp"

#include <dlfcn.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <list>
#include <map>

namespace {

using namespace opbridge::testing;

// ---- the TFLite C API, as far as this program uses it ------------------------------------
// Declared here from the public C API (tensorflow/lite/c/c_api.h, c_api_types.h) and bound
// with dlsym, so the program builds without TensorFlow and runs with any compatible library.

extern "C" {
struct TfLiteModel;
struct TfLiteInterpreterOptions;
struct TfLiteInterpreter;
struct TfLiteTensor;
using TfLiteStatus = int;  // kTfLiteOk = 0
using TfLiteType = int;
struct TfLiteQuantizationParams {
    float scale;
    int32_t zero_point;
};
using TfLiteErrorReporter = void (*)(void* user_data, const char* format, va_list args);
}

constexpr TfLiteStatus tflite_ok = 0;

struct TfLiteApi {
    const char* (*Version)();
    TfLiteModel* (*ModelCreate)(const void* data, size_t size);
    void (*ModelDelete)(TfLiteModel*);
    TfLiteInterpreterOptions* (*InterpreterOptionsCreate)();
    void (*InterpreterOptionsDelete)(TfLiteInterpreterOptions*);
    void (*InterpreterOptionsSetNumThreads)(TfLiteInterpreterOptions*, int32_t);
    void (*InterpreterOptionsSetErrorReporter)(TfLiteInterpreterOptions*, TfLiteErrorReporter, void*);
    TfLiteInterpreter* (*InterpreterCreate)(const TfLiteModel*, const TfLiteInterpreterOptions*);
    void (*InterpreterDelete)(TfLiteInterpreter*);
    int32_t (*InterpreterGetInputTensorCount)(const TfLiteInterpreter*);
    TfLiteTensor* (*InterpreterGetInputTensor)(const TfLiteInterpreter*, int32_t);
    TfLiteStatus (*InterpreterResizeInputTensor)(TfLiteInterpreter*, int32_t, const int*, int32_t);
    TfLiteStatus (*InterpreterAllocateTensors)(TfLiteInterpreter*);
    TfLiteStatus (*InterpreterResetVariableTensors)(TfLiteInterpreter*);
    TfLiteStatus (*InterpreterInvoke)(TfLiteInterpreter*);
    int32_t (*InterpreterGetOutputTensorCount)(const TfLiteInterpreter*);
    const TfLiteTensor* (*InterpreterGetOutputTensor)(const TfLiteInterpreter*, int32_t);
    TfLiteType (*TensorType)(const TfLiteTensor*);
    int32_t (*TensorNumDims)(const TfLiteTensor*);
    int32_t (*TensorDim)(const TfLiteTensor*, int32_t);
    size_t (*TensorByteSize)(const TfLiteTensor*);
    void* (*TensorData)(const TfLiteTensor*);
    const char* (*TensorName)(const TfLiteTensor*);
    TfLiteQuantizationParams (*TensorQuantizationParams)(const TfLiteTensor*);
    TfLiteStatus (*TensorCopyFromBuffer)(TfLiteTensor*, const void*, size_t);
};

// Binds every function, or says which one the library lacks.
std::string bind_tflite(const std::string& library_path, TfLiteApi& api) {
    if (library_path.empty())
        return "no TensorFlow Lite library was given (--library or OPBRIDGE_TFLITE_LIBRARY); "
               "run scripts/install_runtimes.sh";
    void* library = dlopen(library_path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!library)
        return std::string("could not load the TensorFlow Lite library: ") + dlerror() +
               ". Run scripts/install_runtimes.sh, or point OPBRIDGE_TFLITE_LIBRARY at libtensorflowlite_c.so";
    std::string missing;
    auto bind = [&](auto& function, const char* name) {
        function = reinterpret_cast<std::remove_reference_t<decltype(function)>>(dlsym(library, name));
        if (!function) missing += std::string(missing.empty() ? "" : ", ") + name;
    };
    bind(api.Version, "TfLiteVersion");
    bind(api.ModelCreate, "TfLiteModelCreate");
    bind(api.ModelDelete, "TfLiteModelDelete");
    bind(api.InterpreterOptionsCreate, "TfLiteInterpreterOptionsCreate");
    bind(api.InterpreterOptionsDelete, "TfLiteInterpreterOptionsDelete");
    bind(api.InterpreterOptionsSetNumThreads, "TfLiteInterpreterOptionsSetNumThreads");
    bind(api.InterpreterOptionsSetErrorReporter, "TfLiteInterpreterOptionsSetErrorReporter");
    bind(api.InterpreterCreate, "TfLiteInterpreterCreate");
    bind(api.InterpreterDelete, "TfLiteInterpreterDelete");
    bind(api.InterpreterGetInputTensorCount, "TfLiteInterpreterGetInputTensorCount");
    bind(api.InterpreterGetInputTensor, "TfLiteInterpreterGetInputTensor");
    bind(api.InterpreterResizeInputTensor, "TfLiteInterpreterResizeInputTensor");
    bind(api.InterpreterAllocateTensors, "TfLiteInterpreterAllocateTensors");
    bind(api.InterpreterResetVariableTensors, "TfLiteInterpreterResetVariableTensors");
    bind(api.InterpreterInvoke, "TfLiteInterpreterInvoke");
    bind(api.InterpreterGetOutputTensorCount, "TfLiteInterpreterGetOutputTensorCount");
    bind(api.InterpreterGetOutputTensor, "TfLiteInterpreterGetOutputTensor");
    bind(api.TensorType, "TfLiteTensorType");
    bind(api.TensorNumDims, "TfLiteTensorNumDims");
    bind(api.TensorDim, "TfLiteTensorDim");
    bind(api.TensorByteSize, "TfLiteTensorByteSize");
    bind(api.TensorData, "TfLiteTensorData");
    bind(api.TensorName, "TfLiteTensorName");
    bind(api.TensorQuantizationParams, "TfLiteTensorQuantizationParams");
    bind(api.TensorCopyFromBuffer, "TfLiteTensorCopyFromBuffer");
    if (!missing.empty())
        return library_path + " lacks TensorFlow Lite C API functions this program needs: " + missing +
               ". Use the library scripts/install_runtimes.sh installs.";
    return {};
}

// TfLiteType -> ONNX TensorProto.DataType; undefined for TFLite-only types (resource, variant).
DType onnx_dtype_of(TfLiteType type) {
    switch (type) {
        case 1: return DType::float32;
        case 2: return DType::int32;
        case 3: return DType::uint8;
        case 4: return DType::int64;
        case 5: return DType::string;
        case 6: return DType::boolean;
        case 7: return DType::int16;
        case 8: return DType::complex64;
        case 9: return DType::int8;
        case 10: return DType::float16;
        case 11: return DType::float64;
        case 12: return DType::complex128;
        case 13: return DType::uint64;
        case 16: return DType::uint32;
        case 17: return DType::uint16;
        default: return DType::undefined;
    }
}

// A user-facing error for one request.
struct RequestError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

std::string dims_text(std::span<const int64_t> dims) {
    std::string text = "[";
    for (std::size_t i = 0; i < dims.size(); ++i) text += (i ? ", " : "") + std::to_string(dims[i]);
    return text + "]";
}

// ---- loaded models -----------------------------------------------------------------------

class LoadedModel {
public:
    LoadedModel(const TfLiteApi& api, std::string path, std::string file_stamp)
        : api_(api), path_(std::move(path)), file_stamp_(std::move(file_stamp)) {}
    LoadedModel(const LoadedModel&) = delete;
    LoadedModel& operator=(const LoadedModel&) = delete;
    ~LoadedModel() {
        if (interpreter_) api_.InterpreterDelete(interpreter_);
        if (options_) api_.InterpreterOptionsDelete(options_);
        if (model_) api_.ModelDelete(model_);
    }

    // Loads the file and prepares an interpreter; throws RequestError saying why it cannot.
    void open(int threads) {
        std::ifstream file(path_, std::ios::binary);
        bytes_.assign(std::istreambuf_iterator<char>(file), {});
        if (!file.good() && !file.eof()) throw RequestError("cannot read the model " + path_);
        // TFLite keeps pointing into the buffer, so it lives as long as the model.
        model_ = api_.ModelCreate(bytes_.data(), bytes_.size());
        if (!model_)
            throw RequestError("TensorFlow Lite could not load " + path_ +
                               ": it is not a valid .tflite file (the flatbuffer failed verification)");
        options_ = api_.InterpreterOptionsCreate();
        api_.InterpreterOptionsSetNumThreads(options_, threads > 0 ? threads : -1);
        api_.InterpreterOptionsSetErrorReporter(options_, &LoadedModel::collect_log, this);
        interpreter_ = api_.InterpreterCreate(model_, options_);
        if (!interpreter_) throw RequestError("TensorFlow Lite could not create an interpreter for " + path_ + take_log());
        if (api_.InterpreterAllocateTensors(interpreter_) != tflite_ok)
            throw RequestError("TensorFlow Lite could not allocate the tensors of " + path_ + take_log());
    }

    const std::string& file_stamp() const { return file_stamp_; }

    void describe(wire::Writer& writer) const {
        const int32_t inputs = api_.InterpreterGetInputTensorCount(interpreter_);
        writer.u32(static_cast<uint32_t>(inputs));
        for (int32_t i = 0; i < inputs; ++i) write_description(writer, api_.InterpreterGetInputTensor(interpreter_, i));
        const int32_t outputs = api_.InterpreterGetOutputTensorCount(interpreter_);
        writer.u32(static_cast<uint32_t>(outputs));
        for (int32_t i = 0; i < outputs; ++i) write_description(writer, api_.InterpreterGetOutputTensor(interpreter_, i));
    }

    void run(std::vector<HostTensor>& inputs, const std::vector<std::string>& output_names, wire::Writer& writer) {
        log_.clear();
        const std::vector<int32_t> input_indices = match_inputs(inputs);
        bool resized = false;
        for (std::size_t i = 0; i < inputs.size(); ++i) {
            const TfLiteTensor* tensor = api_.InterpreterGetInputTensor(interpreter_, input_indices[i]);
            if (dims_of(tensor) == inputs[i].dims) continue;
            std::vector<int> dims;
            for (int64_t dim : inputs[i].dims) {
                if (dim < 0 || dim > std::numeric_limits<int>::max())
                    throw RequestError("input '" + inputs[i].name + "' has dims " + dims_text(inputs[i].dims) +
                                       ", which TensorFlow Lite cannot take");
                dims.push_back(static_cast<int>(dim));
            }
            if (api_.InterpreterResizeInputTensor(interpreter_, input_indices[i], dims.data(),
                                                  static_cast<int32_t>(dims.size())) != tflite_ok)
                throw RequestError("TensorFlow Lite cannot resize input '" + inputs[i].name + "' of " + path_ + " to " +
                                   dims_text(inputs[i].dims) + take_log());
            resized = true;
        }
        if (resized && api_.InterpreterAllocateTensors(interpreter_) != tflite_ok)
            throw RequestError("TensorFlow Lite could not allocate the tensors of " + path_ +
                               " for the given input dims" + take_log());
        for (std::size_t i = 0; i < inputs.size(); ++i)
            copy_input(inputs[i], api_.InterpreterGetInputTensor(interpreter_, input_indices[i]));

        // Each run starts from the model's initial state, as ONNX Runtime's runs do.
        api_.InterpreterResetVariableTensors(interpreter_);
        if (api_.InterpreterInvoke(interpreter_) != tflite_ok)
            throw RequestError("TensorFlow Lite failed to run " + path_ + take_log());

        const std::vector<const TfLiteTensor*> outputs = select_outputs(output_names);
        writer.u8(static_cast<uint8_t>(wire::Status::ok));
        writer.u32(static_cast<uint32_t>(outputs.size()));
        for (const TfLiteTensor* tensor : outputs) write_output(writer, tensor);
    }

private:
    static void collect_log(void* self, const char* format, va_list args) {
        char buffer[2048];
        std::vsnprintf(buffer, sizeof buffer, format, args);
        auto& log = static_cast<LoadedModel*>(self)->log_;
        if (log.size() < 16 * 1024) log += std::string(buffer) + "\n";
    }

    // ": <what TFLite reported>", or nothing when it reported nothing.
    std::string take_log() {
        std::string text = log_.empty() ? std::string{} : ": " + log_;
        while (!text.empty() && text.back() == '\n') text.pop_back();
        log_.clear();
        return text;
    }

    std::vector<int64_t> dims_of(const TfLiteTensor* tensor) const {
        std::vector<int64_t> dims(static_cast<std::size_t>(std::max(0, api_.TensorNumDims(tensor))));
        for (std::size_t d = 0; d < dims.size(); ++d) dims[d] = api_.TensorDim(tensor, static_cast<int32_t>(d));
        return dims;
    }

    std::optional<AffineQuantization> quantization_of(const TfLiteTensor* tensor) const {
        const TfLiteQuantizationParams params = api_.TensorQuantizationParams(tensor);
        if (params.scale == 0) return std::nullopt;
        return AffineQuantization{params.scale, params.zero_point};
    }

    void write_description(wire::Writer& writer, const TfLiteTensor* tensor) const {
        writer.tensor_description(api_.TensorName(tensor), onnx_dtype_of(api_.TensorType(tensor)), dims_of(tensor),
                                  quantization_of(tensor));
    }

    std::string input_names() const {
        std::string names;
        const int32_t count = api_.InterpreterGetInputTensorCount(interpreter_);
        for (int32_t i = 0; i < count; ++i)
            names += (i ? ", '" : "'") + std::string(api_.TensorName(api_.InterpreterGetInputTensor(interpreter_, i))) + "'";
        return names.empty() ? "(none)" : names;
    }

    // The interpreter input index for each given tensor: by name, or by position when unnamed.
    // Every model input must be given: TFLite would otherwise read whatever its buffer holds.
    std::vector<int32_t> match_inputs(std::vector<HostTensor>& inputs) const {
        const int32_t count = api_.InterpreterGetInputTensorCount(interpreter_);
        std::vector<int32_t> indices;
        std::vector<bool> given(static_cast<std::size_t>(count), false);
        for (std::size_t position = 0; position < inputs.size(); ++position) {
            HostTensor& input = inputs[position];
            int32_t index = -1;
            if (input.name.empty()) {
                if (position >= static_cast<std::size_t>(count))
                    throw RequestError("input #" + std::to_string(position) + " has no name and the model has only " +
                                       std::to_string(count) + " inputs: " + input_names());
                index = static_cast<int32_t>(position);
                input.name = api_.TensorName(api_.InterpreterGetInputTensor(interpreter_, index));
            } else {
                for (int32_t i = 0; i < count && index < 0; ++i)
                    if (input.name == api_.TensorName(api_.InterpreterGetInputTensor(interpreter_, i))) index = i;
                if (index < 0)
                    throw RequestError("the model has no input named '" + input.name + "'; its inputs are " +
                                       input_names());
            }
            if (given[static_cast<std::size_t>(index)]) throw RequestError("input '" + input.name + "' is given twice");
            given[static_cast<std::size_t>(index)] = true;
            indices.push_back(index);
        }
        for (int32_t i = 0; i < count; ++i)
            if (!given[static_cast<std::size_t>(i)])
                throw RequestError("input '" +
                                   std::string(api_.TensorName(api_.InterpreterGetInputTensor(interpreter_, i))) +
                                   "' was not given; the model's inputs are " + input_names());
        return indices;
    }

    void copy_input(const HostTensor& input, TfLiteTensor* tensor) {
        const DType expected = onnx_dtype_of(api_.TensorType(tensor));
        if (input.dtype != expected)
            throw RequestError("input '" + input.name + "' is " + dtype_name(input.dtype) + " but the model takes " +
                               dtype_name(expected));
        if (input.dtype == DType::string)
            throw RequestError("input '" + input.name + "' is a string tensor; this runner cannot feed strings to TFLite");
        const std::size_t expected_bytes = api_.TensorByteSize(tensor);
        if (input.data.size() != expected_bytes)
            throw RequestError("input '" + input.name + "' has dims " + dims_text(input.dims) + " and " +
                               std::to_string(input.data.size()) + " bytes of data, but the tensor takes " +
                               std::to_string(expected_bytes) + " bytes");
        if (api_.TensorCopyFromBuffer(tensor, input.data.data(), input.data.size()) != tflite_ok)
            throw RequestError("TensorFlow Lite did not accept the data of input '" + input.name + "'" + take_log());
    }

    std::vector<const TfLiteTensor*> select_outputs(const std::vector<std::string>& names) const {
        const int32_t count = api_.InterpreterGetOutputTensorCount(interpreter_);
        std::vector<const TfLiteTensor*> all;
        for (int32_t i = 0; i < count; ++i) all.push_back(api_.InterpreterGetOutputTensor(interpreter_, i));
        if (names.empty()) return all;
        std::vector<const TfLiteTensor*> selected;
        for (const std::string& name : names) {
            auto found = std::find_if(all.begin(), all.end(),
                                      [&](const TfLiteTensor* tensor) { return name == api_.TensorName(tensor); });
            if (found == all.end()) {
                std::string known;
                for (const TfLiteTensor* tensor : all) known += (known.empty() ? "'" : ", '") + std::string(api_.TensorName(tensor)) + "'";
                throw RequestError("the model has no output named '" + name + "'; its outputs are " + known);
            }
            selected.push_back(*found);
        }
        return selected;
    }

    void write_output(wire::Writer& writer, const TfLiteTensor* tensor) const {
        const DType dtype = onnx_dtype_of(api_.TensorType(tensor));
        if (dtype == DType::undefined)
            throw RequestError(std::string("output '") + api_.TensorName(tensor) + "' has TFLite type " +
                               std::to_string(api_.TensorType(tensor)) + ", which has no ONNX equivalent");
        const std::vector<int64_t> dims = dims_of(tensor);
        writer.tensor_description(api_.TensorName(tensor), dtype, dims, quantization_of(tensor));
        const auto* data = static_cast<const std::byte*>(api_.TensorData(tensor));
        const std::size_t size = data ? api_.TensorByteSize(tensor) : 0;
        if (dtype != DType::string) {
            std::byte* out = writer.tensor_data(size);
            if (size) std::memcpy(out, data, size);
            return;
        }
        // TFLite packs strings as: i32 count, i32 offsets[count + 1], then the bytes.
        std::vector<std::string> strings;
        int32_t count = 0;
        if (size >= 4) std::memcpy(&count, data, 4);
        if (count < 0 || size < 4 + 4 * (static_cast<std::size_t>(count) + 1))
            throw RequestError(std::string("output '") + api_.TensorName(tensor) + "' holds malformed string data");
        for (int32_t i = 0; i < count; ++i) {
            int32_t begin = 0, end = 0;
            std::memcpy(&begin, data + 4 + 4 * i, 4);
            std::memcpy(&end, data + 8 + 4 * i, 4);
            if (begin < 0 || end < begin || static_cast<std::size_t>(end) > size)
                throw RequestError(std::string("output '") + api_.TensorName(tensor) + "' holds malformed string data");
            strings.emplace_back(reinterpret_cast<const char*>(data) + begin, static_cast<std::size_t>(end - begin));
        }
        std::size_t total = 0;
        for (const std::string& element : strings) total += 4 + element.size();
        std::byte* out = writer.tensor_data(total);
        for (const std::string& element : strings) {
            const auto length = static_cast<uint32_t>(element.size());
            std::memcpy(out, &length, 4);
            std::memcpy(out + 4, element.data(), element.size());
            out += 4 + element.size();
        }
    }

    const TfLiteApi& api_;
    std::string path_;
    std::string file_stamp_;
    std::vector<char> bytes_;
    TfLiteModel* model_ = nullptr;
    TfLiteInterpreterOptions* options_ = nullptr;
    TfLiteInterpreter* interpreter_ = nullptr;
    std::string log_;
};

// ---- the server --------------------------------------------------------------------------

class Server {
public:
    Server(std::string unavailable_reason, const TfLiteApi& api, int threads, std::size_t max_models)
        : unavailable_reason_(std::move(unavailable_reason)), api_(api), threads_(threads), max_models_(max_models) {}

    wire::Writer handle(std::span<const std::byte> body) {
        wire::Writer writer;
        try {
            wire::Reader reader(body);
            const auto operation = static_cast<wire::Operation>(reader.u8());
            if (!unavailable_reason_.empty()) throw RequestError(unavailable_reason_);
            switch (operation) {
                case wire::Operation::hello:
                    writer.u8(static_cast<uint8_t>(wire::Status::ok));
                    writer.string(std::string("TensorFlow Lite ") + api_.Version());
                    writer.u32(wire::protocol_version);
                    break;
                case wire::Operation::describe: {
                    LoadedModel& model = load(reader.string());
                    writer.u8(static_cast<uint8_t>(wire::Status::ok));
                    model.describe(writer);
                    break;
                }
                case wire::Operation::run: {
                    const std::string path = reader.string();
                    std::vector<HostTensor> inputs(reader.u32());
                    for (HostTensor& input : inputs) input = reader.tensor();
                    std::vector<std::string> output_names(reader.u32());
                    for (std::string& name : output_names) name = reader.string();
                    load(path).run(inputs, output_names, writer);
                    break;
                }
                case wire::Operation::forget: {
                    const std::string path = reader.string();
                    std::erase_if(models_, [&](const auto& entry) { return path.empty() || entry.first == path; });
                    writer.u8(static_cast<uint8_t>(wire::Status::ok));
                    break;
                }
                default: throw RequestError("unknown request operation " + std::to_string(static_cast<int>(operation)));
            }
        } catch (const RequestError& error) {
            writer = failure(error.what());
        } catch (const wire::MalformedMessage& error) {
            writer = failure(std::string("malformed request: ") + error.what());
        } catch (const std::exception& error) {
            writer = failure(std::string("tflite_runner internal error: ") + error.what());
        }
        return writer;
    }

private:
    static wire::Writer failure(const std::string& message) {
        wire::Writer writer;
        writer.u8(static_cast<uint8_t>(wire::Status::error));
        writer.string(message);
        return writer;
    }

    // The model at `path`, loaded now or reused; least recently used models beyond the limit go.
    LoadedModel& load(const std::string& path) {
        struct stat info {};
        if (stat(path.c_str(), &info) != 0)
            throw RequestError("cannot read the model " + path + ": " + (errno == ENOENT ? "no such file" : std::strerror(errno)));
        if (!S_ISREG(info.st_mode)) throw RequestError("cannot read the model " + path + ": not a regular file");
        const std::string stamp = std::to_string(info.st_dev) + ":" + std::to_string(info.st_ino) + ":" +
                                  std::to_string(info.st_size) + ":" + std::to_string(info.st_mtim.tv_sec) + "." +
                                  std::to_string(info.st_mtim.tv_nsec);
        auto cached = std::find_if(models_.begin(), models_.end(), [&](const auto& entry) { return entry.first == path; });
        if (cached != models_.end() && cached->second->file_stamp() == stamp) {
            models_.splice(models_.end(), models_, cached);
            return *models_.back().second;
        }
        if (cached != models_.end()) models_.erase(cached);
        auto model = std::make_unique<LoadedModel>(api_, path, stamp);
        model->open(threads_);
        models_.emplace_back(path, std::move(model));
        while (models_.size() > max_models_) models_.pop_front();
        return *models_.back().second;
    }

    std::string unavailable_reason_;
    const TfLiteApi& api_;
    int threads_;
    std::size_t max_models_;
    std::list<std::pair<std::string, std::unique_ptr<LoadedModel>>> models_;  // least recently used first
};

bool read_exactly(int fd, void* buffer, std::size_t size) {
    auto* out = static_cast<char*>(buffer);
    while (size > 0) {
        const ssize_t got = read(fd, out, size);
        if (got == 0) return false;
        if (got < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        out += got;
        size -= static_cast<std::size_t>(got);
    }
    return true;
}

bool write_all(int fd, const void* buffer, std::size_t size) {
    const auto* in = static_cast<const char*>(buffer);
    while (size > 0) {
        const ssize_t written = write(fd, in, size);
        if (written < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        in += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

[[noreturn]] void usage_error(const std::string& message) {
    std::fprintf(stderr, "tflite_runner: %s\nusage: tflite_runner [--library PATH] [--threads N] [--max-models N]\n",
                 message.c_str());
    std::exit(2);
}

}  // namespace

int main(int argc, char** argv) {
    std::string library_path = std::getenv("OPBRIDGE_TFLITE_LIBRARY") ? std::getenv("OPBRIDGE_TFLITE_LIBRARY") : "";
    int threads = 1;
    long max_models = 8;
    for (int i = 1; i < argc; i += 2) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) usage_error(flag + " needs a value");
        const std::string value = argv[i + 1];
        char* end = nullptr;
        if (flag == "--library") {
            library_path = value;
        } else if (flag == "--threads") {
            threads = static_cast<int>(std::strtol(value.c_str(), &end, 10));
            if (*end || threads < 0) usage_error("--threads takes a count >= 0");
        } else if (flag == "--max-models") {
            max_models = std::strtol(value.c_str(), &end, 10);
            if (*end || max_models < 1) usage_error("--max-models takes a count >= 1");
        } else {
            usage_error("unknown option " + flag);
        }
    }

    // stdout carries the protocol: move it aside and point fd 1 at stderr, so anything the
    // library prints lands in the log instead of corrupting a response.
    const int protocol_out = dup(STDOUT_FILENO);
    dup2(STDERR_FILENO, STDOUT_FILENO);

    TfLiteApi api{};
    Server server(bind_tflite(library_path, api), api, threads, static_cast<std::size_t>(max_models));
    std::vector<std::byte> body;
    while (true) {
        char header[wire::frame_header_size];
        if (!read_exactly(STDIN_FILENO, header, sizeof header)) return 0;  // the client is gone
        if (std::memcmp(header, wire::frame_magic, 4) != 0) {
            std::fprintf(stderr, "tflite_runner: the client sent something that is not a protocol frame; stopping\n");
            return 2;
        }
        uint64_t body_size = 0;
        std::memcpy(&body_size, header + 4, 8);
        body.resize(body_size);
        if (!read_exactly(STDIN_FILENO, body.data(), body.size())) return 0;
        const wire::Writer response = server.handle(body);
        const auto response_header = wire::frame_header(response.body().size());
        if (!write_all(protocol_out, response_header.data(), response_header.size()) ||
            !write_all(protocol_out, response.body().data(), response.body().size()))
            return 0;
    }
}
