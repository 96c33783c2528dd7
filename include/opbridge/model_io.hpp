#pragma once
// Read and write a model whatever its format: the format comes from the file's contents
// when reading (TFLite files carry the identifier "TFL3") and from the extension when writing.

#include <filesystem>
#include <optional>
#include <string>

#include "opbridge/diagnostics.hpp"
#include "opbridge/io/file.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"

namespace opbridge {

// The format an output path asks for, from its extension.
inline std::optional<Format> format_from_extension(const std::string& path) {
    auto ext = std::filesystem::path(path).extension().string();
    for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (ext == ".onnx") return Format::onnx;
    if (ext == ".tflite") return Format::tflite;
    return std::nullopt;
}

// TFLite files have the flatbuffers file identifier at bytes 4..7.
inline bool looks_like_tflite(std::span<const std::byte> head) {
    return head.size() >= 8 && std::memcmp(head.data() + 4, "TFL3", 4) == 0;
}

struct ReadOptions {
    Limits limits = {};
    bool load_external_data = true;
};

inline Model read_model(const std::string& path, const ReadOptions& options = {});

struct WriteOptions {
    std::size_t external_data_threshold = 0;  // ONNX only
};

inline void write_model(const Model& model, const std::string& path, const WriteOptions& options = {});

} // namespace opbridge

#include "opbridge/tflite/reader.hpp"
#include "opbridge/tflite/writer.hpp"

namespace opbridge {

inline Model read_model(const std::string& path, const ReadOptions& options) {
    Buffer head = io::map_file(path);
    if (head.empty()) fail("io.read", path, "", "the file is empty");
    // A *.tflite name is taken at its word, so a damaged TFLite file is reported as one.
    if (looks_like_tflite(head.bytes()) || format_from_extension(path) == Format::tflite) {
        tflite_file::ReadOptions o;
        o.limits = options.limits;
        return tflite_file::read(path, o);
    }
    head = Buffer();  // ONNX is streamed through the parser; drop the mapping first
    onnx_file::ReadOptions o;
    o.limits = options.limits;
    o.load_external_data = options.load_external_data;
    return onnx_file::read(path, o);
}

inline void write_model(const Model& model, const std::string& path, const WriteOptions& options) {
    auto format = format_from_extension(path);
    if (!format)
        fail("io.write", path, "", "cannot tell the output format from the extension",
             "name the output *.onnx or *.tflite");
    if (*format == Format::onnx) {
        onnx_file::WriteOptions o;
        o.external_data_threshold = options.external_data_threshold;
        onnx_file::write(model, path, o);
    } else {
        tflite_file::write(model, path);
    }
}

} // namespace opbridge
