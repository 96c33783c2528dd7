// TFLite reader and writer (include/opbridge/tflite/), checked on real models nobody here
// wrote: MediaPipe's face detection and selfie segmentation (fp16 weights through DEQUANTIZE,
// sparse weights through DENSIFY, the custom op Convolution2DTransposeBias).
//
// The models come from scripts/fetch_mediapipe.sh; OPBRIDGE_MODELS_DIR overrides where they
// are looked for. flatc (PATH, or OPBRIDGE_FLATC) decodes files to JSON for the strongest check.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "opbridge/tflite/reader.hpp"
#include "opbridge/tflite/writer.hpp"

namespace fs = std::filesystem;
using namespace opbridge;

namespace {

const std::vector<std::string> model_names = {
    "face_detection_short_range.tflite",
    "face_detection_full_range.tflite",
    "face_detection_full_range_sparse.tflite",
    "selfie_segmentation.tflite",
};

fs::path models_dir() {
    if (const char* dir = std::getenv("OPBRIDGE_MODELS_DIR"); dir && *dir) return dir;
    return fs::path(OPBRIDGE_SOURCE_DIR) / ".cache" / "models" / "mediapipe";
}

// The path of a test model; fails the test (not skips it) when the model is missing.
std::string model_path(const std::string& name) {
    fs::path p = models_dir() / name;
    if (!fs::exists(p))
        FAIL("test model " << p << " is missing: run scripts/fetch_mediapipe.sh, or point OPBRIDGE_MODELS_DIR at a folder holding "
                           << name);
    return p.string();
}

std::string read_all(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

void write_all(const fs::path& p, const std::string& bytes) {
    std::ofstream f(p, std::ios::binary);
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

Buffer buffer_of(const std::string& bytes) { return Buffer::copy_of(bytes.data(), bytes.size()); }

// A folder of its own for one test case, removed afterwards.
struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "opbridge-tflite-XXXXXX").string();
        path = ::mkdtemp(pattern.data()) ? fs::path(pattern) : fs::path();
        REQUIRE(!path.empty());
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

uint64_t fnv1a(const void* data, std::size_t size) {
    uint64_t h = 1469598103934665603ull;
    for (std::size_t i = 0; i < size; ++i) h = (h ^ static_cast<const unsigned char*>(data)[i]) * 1099511628211ull;
    return h;
}

// ---- a model as text: every fact the IR holds, one per line --------------------------------

std::string bytes_text(const void* data, std::size_t size) {
    return std::to_string(size) + " bytes #" + std::to_string(fnv1a(data, size));
}

std::string describe(const Tensor& t) {
    std::string s = std::string(dtype_name(t.dtype)) + "[";
    for (std::size_t i = 0; i < t.dims.size(); ++i) s += (i ? "," : "") + std::to_string(t.dims[i]);
    s += "] " + bytes_text(t.data.data(), t.data.size());
    for (const auto& str : t.strings) s += " '" + str + "'";
    return s;
}

std::string describe(const Attribute& a) {
    std::ostringstream s;
    s << a.name << ":" << attribute_kind_name(a.kind) << "=";
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, int64_t>) s << v;
            else if constexpr (std::is_same_v<T, double>) s << std::hexfloat << v << std::defaultfloat;
            else if constexpr (std::is_same_v<T, std::string>) s << bytes_text(v.data(), v.size());
            else if constexpr (std::is_same_v<T, std::vector<int64_t>>) for (auto x : v) s << x << ",";
            else if constexpr (std::is_same_v<T, std::vector<double>>) for (auto x : v) s << std::hexfloat << x << ",";
            else if constexpr (std::is_same_v<T, std::vector<std::string>>) for (auto& x : v) s << bytes_text(x.data(), x.size()) << ",";
            else if constexpr (std::is_same_v<T, std::vector<Tensor>>) for (auto& x : v) s << describe(x) << ",";
            else if constexpr (std::is_same_v<T, std::monostate>) s << "-";
            else s << "(unexpected kind)";
        },
        a.value);
    return s.str();
}

std::string name_of(const Value* v) { return v ? v->name() : "<none>"; }

std::vector<std::string> describe(const Model& m) {
    std::vector<std::string> out;
    out.push_back("format " + std::string(format_name(m.format)) + " version " + std::to_string(m.format_version));
    out.push_back("description '" + m.doc_string + "'");
    for (const auto& a : m.extra) out.push_back("model extra " + describe(a));
    std::vector<const Graph*> graphs{m.graph.get()};
    for (const auto& g : m.extra_graphs) graphs.push_back(g.get());
    for (std::size_t gi = 0; gi < graphs.size(); ++gi) {
        const Graph& g = *graphs[gi];
        const std::string at = "graph " + std::to_string(gi) + " ";
        out.push_back(at + "name '" + g.name + "'");
        for (const auto& v : g.values()) {
            std::string line = at + "value " + v->name() + " " + to_string(v->type);
            if (v->quantization) {
                line += " quant{";
                for (float f : v->quantization->scale) line += std::to_string(f) + ",";
                line += "|";
                for (auto z : v->quantization->zero_point) line += std::to_string(z) + ",";
                line += "|" + std::to_string(v->quantization->min.size()) + "," + std::to_string(v->quantization->max.size()) +
                        "|" + std::to_string(v->quantization->axis) + "}";
            }
            if (v->initializer) line += " = " + describe(*v->initializer);
            out.push_back(line);
            for (const auto& a : v->extra) out.push_back(at + "  extra " + describe(a));
        }
        for (const Value* v : g.inputs) out.push_back(at + "input " + name_of(v));
        for (const Value* v : g.outputs) out.push_back(at + "output " + name_of(v));
        for (const Value* v : g.initializers) out.push_back(at + "initializer " + name_of(v));
        for (const Node* n : g.nodes()) {
            std::string line = at + "node '" + n->name + "' " + std::string(dialect_name(n->op.dialect)) + ":" + to_string(n->op) + " (";
            for (const Value* v : n->inputs) line += name_of(v) + ",";
            line += ") -> (";
            for (const Value* v : n->outputs) line += name_of(v) + ",";
            out.push_back(line + ")");
            for (const auto& a : n->attributes) out.push_back(at + "  attribute " + describe(a));
        }
    }
    for (const auto& s : m.signatures) {
        std::string line = "signature '" + s.key + "' subgraph " + std::to_string(s.subgraph_index);
        for (const auto& e : s.inputs) line += " in " + e.name + "=" + name_of(e.value);
        for (const auto& e : s.outputs) line += " out " + e.name + "=" + name_of(e.value);
        out.push_back(line);
    }
    for (const auto& md : m.metadata_buffers) out.push_back("metadata '" + md.name + "' " + bytes_text(md.data.data(), md.data.size()));
    return out;
}

// Compares two models fact by fact and names the first difference.
void require_same_model(const Model& a, const Model& b) {
    auto da = describe(a), db = describe(b);
    for (std::size_t i = 0; i < std::min(da.size(), db.size()); ++i) {
        INFO("first difference at fact " << i);
        REQUIRE(da[i] == db[i]);
    }
    REQUIRE(da.size() == db.size());
}

// ---- flatc's JSON as a tree ---------------------------------------------------------------------

// Just enough JSON for flatc's --strict-json output.
struct Json {
    enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
    std::string text;  // number (as written), string, boolean
    std::vector<Json> items;        // array elements
    std::vector<std::string> keys;  // object members, in order: keys[i] names values[i]
    std::vector<Json> values;

    const Json* member(const std::string& key) const {
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) return &values[i];
        return nullptr;
    }
    void erase(const std::string& key) {
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key) {
                keys.erase(keys.begin() + static_cast<std::ptrdiff_t>(i));
                values.erase(values.begin() + static_cast<std::ptrdiff_t>(i));
                return;
            }
    }
    bool operator==(const Json& o) const {
        return kind == o.kind && text == o.text && items == o.items && keys == o.keys && values == o.values;
    }
};

class JsonParser {
public:
    explicit JsonParser(const std::string& s) : s_(s) {}
    Json parse() {
        Json j = value();
        skip();
        if (i_ != s_.size()) throw std::runtime_error("trailing text in JSON");
        return j;
    }

private:
    void skip() {
        while (i_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[i_]))) ++i_;
    }
    char peek() {
        skip();
        if (i_ >= s_.size()) throw std::runtime_error("unexpected end of JSON");
        return s_[i_];
    }
    std::string string_literal() {
        std::string out;
        ++i_;  // opening quote
        while (i_ < s_.size() && s_[i_] != '"') {
            if (s_[i_] == '\\' && i_ + 1 < s_.size()) out += s_[i_++];
            out += s_[i_++];
        }
        ++i_;
        return out;
    }
    Json value() {
        Json j;
        char c = peek();
        if (c == '{') {
            j.kind = Json::Kind::object;
            ++i_;
            while (peek() != '}') {
                std::string key = string_literal();
                if (peek() != ':') throw std::runtime_error("expected ':' in JSON");
                ++i_;
                j.keys.push_back(std::move(key));
                j.values.push_back(value());
                if (peek() == ',') ++i_;
            }
            ++i_;
        } else if (c == '[') {
            j.kind = Json::Kind::array;
            ++i_;
            while (peek() != ']') {
                j.items.push_back(value());
                if (peek() == ',') ++i_;
            }
            ++i_;
        } else if (c == '"') {
            j.kind = Json::Kind::string;
            j.text = string_literal();
        } else {
            std::size_t start = i_;
            while (i_ < s_.size() && !std::strchr(",]} \n\r\t", s_[i_])) ++i_;
            j.text = s_.substr(start, i_ - start);
            j.kind = j.text == "true" || j.text == "false" ? Json::Kind::boolean
                     : j.text == "null"                    ? Json::Kind::null
                                                           : Json::Kind::number;
        }
        return j;
    }
    const std::string& s_;
    std::size_t i_ = 0;
};

// `flatc --json` of a .tflite file, parsed.
Json flatc_json(const std::string& tflite, const fs::path& out_dir) {
    const char* flatc = std::getenv("OPBRIDGE_FLATC");
    const std::string schema = std::string(OPBRIDGE_SOURCE_DIR) + "/include/opbridge/tflite/schema.fbs";
    const std::string command = std::string(flatc && *flatc ? flatc : "flatc") + " --json --strict-json --raw-binary -o '" +
                                out_dir.string() + "' '" + schema + "' -- '" + tflite + "'";
    INFO("running: " << command);
    REQUIRE(std::system(command.c_str()) == 0);
    fs::path json = out_dir / fs::path(tflite).filename().replace_extension(".json");
    REQUIRE(fs::exists(json));
    return JsonParser(read_all(json)).parse();
}

// An operator code entry keeps only what it means: the writer always sets builtin_code next
// to deprecated_builtin_code (TFLite >= 2.4 style), where older files set only the byte.
void normalize_operator_codes(Json& model) {
    Json* codes = nullptr;
    for (std::size_t i = 0; i < model.keys.size(); ++i)
        if (model.keys[i] == "operator_codes") codes = &model.values[i];
    if (!codes) return;
    for (Json& code : codes->items) {
        const Json* legacy = code.member("deprecated_builtin_code");
        const Json* full = code.member("builtin_code");
        const int32_t legacy_code = legacy ? std::stoi(legacy->text) : 0;
        const int32_t full_code = full ? tflite_file::builtin_operator_code(full->text).value_or(-1) : 0;
        Json effective;
        effective.kind = Json::Kind::string;
        effective.text = tflite_file::builtin_operator_name(tflite_file::effective_builtin_code(static_cast<int8_t>(legacy_code), full_code));
        code.erase("deprecated_builtin_code");
        code.erase("builtin_code");
        code.keys.push_back("effective_builtin_code");
        code.values.push_back(std::move(effective));
    }
}

// The path of the first difference between two JSON trees, or "" when they are equal.
std::string first_difference(const Json& a, const Json& b, const std::string& path = "$") {
    if (a.kind != b.kind || a.text != b.text) return path + ": '" + a.text + "' vs '" + b.text + "'";
    if (a.items.size() != b.items.size())
        return path + ": " + std::to_string(a.items.size()) + " vs " + std::to_string(b.items.size()) + " items";
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (auto d = first_difference(a.items[i], b.items[i], path + "[" + std::to_string(i) + "]"); !d.empty()) return d;
    if (a.keys != b.keys) {
        std::string keys;
        for (const auto& k : a.keys) keys += k + " ";
        keys += "vs ";
        for (const auto& k : b.keys) keys += k + " ";
        return path + ": members " + keys;
    }
    for (std::size_t i = 0; i < a.keys.size(); ++i)
        if (auto d = first_difference(a.values[i], b.values[i], path + "." + a.keys[i]); !d.empty()) return d;
    return {};
}

// Where the elements of a sparse index array (SparseIndexVector) start, or nullptr.
const void* index_array(tflite_schema::SparseIndexVector type, const void* table) {
    using namespace tflite_schema;
    if (!table) return nullptr;
    switch (type) {
    case SparseIndexVector_Int32Vector: return static_cast<const Int32Vector*>(table)->values()->data();
    case SparseIndexVector_Uint16Vector: return static_cast<const Uint16Vector*>(table)->values()->data();
    case SparseIndexVector_Uint8Vector: return static_cast<const Uint8Vector*>(table)->values()->data();
    default: return nullptr;
    }
}

// Expects an opbridge::Error whose message names `name`.
template <class F>
void require_error_naming(const std::string& name, F&& f) {
    try {
        f();
        FAIL("no error for " << name);
    } catch (const Error& e) {
        INFO("message: " << e.what());
        CHECK_THAT(std::string(e.what()), Catch::Contains(name));
    }
}

} // namespace

// ---- round trips of real models ---------------------------------------------------------------

TEST_CASE("read -> write -> read gives the same model, for every MediaPipe model") {
    for (const auto& name : model_names) {
        SECTION(name) {
            const std::string path = model_path(name);
            Model original = tflite_file::read(path);
            std::string rewritten = tflite_file::write_bytes(original);
            Model again = tflite_file::read_bytes(buffer_of(rewritten), "rewritten " + name);
            require_same_model(original, again);
        }
    }
}

TEST_CASE("flatc decodes a rewritten file into the same JSON as the original") {
    // Equal after one normalization: operator codes compare by the code they mean, because the
    // writer sets both code fields where files before TFLite 2.4 set only the byte.
    TempDir dir;
    for (const auto& name : model_names) {
        SECTION(name) {
            const std::string path = model_path(name);
            const fs::path rewritten = dir.path / ("rewritten_" + name);
            tflite_file::write(tflite_file::read(path), rewritten.string());
            fs::create_directories(dir.path / "original");
            Json expected = flatc_json(path, dir.path / "original");
            Json actual = flatc_json(rewritten.string(), dir.path);
            normalize_operator_codes(expected);
            normalize_operator_codes(actual);
            INFO("first difference: " << first_difference(expected, actual));
            REQUIRE(expected == actual);
        }
    }
}

TEST_CASE("writing what was read from a written file gives the same bytes") {
    for (const auto& name : model_names) {
        SECTION(name) {
            std::string first = tflite_file::write_bytes(tflite_file::read(model_path(name)));
            std::string second = tflite_file::write_bytes(tflite_file::read_bytes(buffer_of(first)));
            REQUIRE(first == second);
        }
    }
}

TEST_CASE("constants are views of the file, not copies") {
    const std::string bytes = read_all(model_path("face_detection_full_range_sparse.tflite"));
    Buffer file = buffer_of(bytes);
    Model m = tflite_file::read_bytes(file);
    REQUIRE(!m.graph->initializers.empty());
    for (const Value* v : m.graph->initializers) {
        const std::byte* p = v->initializer->data.data();
        INFO(v->name());
        CHECK((p >= file.data() && p + v->initializer->data.size() <= file.data() + file.size()));
    }
}

TEST_CASE("MediaPipe features come through as the mapping says") {
    SECTION("fp16 weights feed DEQUANTIZE; Conv2D options read as schema names") {
        Model m = tflite_file::read(model_path("face_detection_short_range.tflite"));
        const Node* dequantize = nullptr;
        const Node* conv = nullptr;
        for (const Node* n : m.graph->nodes()) {
            if (n->op.type == "DEQUANTIZE" && !dequantize) dequantize = n;
            if (n->op.type == "CONV_2D" && !conv) conv = n;
        }
        REQUIRE(dequantize);
        CHECK(dequantize->op.dialect == Dialect::tflite);
        CHECK(dequantize->op.version == 2);
        REQUIRE(dequantize->inputs[0]->initializer);
        CHECK(dequantize->inputs[0]->type.elem_type == DType::float16);
        CHECK(dequantize->outputs[0]->type.elem_type == DType::float32);
        REQUIRE(conv);
        REQUIRE(conv->attribute("padding"));
        // The first convolution stores only its strides; absent fields read as their defaults.
        CHECK(*conv->attribute("stride_w")->get_if<int64_t>() == 2);
        CHECK(*conv->attribute("padding")->get_if<std::string>() == "SAME");
        CHECK(*conv->attribute("fused_activation_function")->get_if<std::string>() == "NONE");
        CHECK(*conv->attribute("dilation_w_factor")->get_if<int64_t>() == 1);
        CHECK(*conv->attribute("tflite.options_type")->get_if<std::string>() == "Conv2DOptions");
    }
    SECTION("sparse weights feed DENSIFY and keep their sparsity parameters") {
        Model m = tflite_file::read(model_path("face_detection_full_range_sparse.tflite"));
        int densify = 0, sparse = 0;
        for (const Node* n : m.graph->nodes()) densify += n->op.type == "DENSIFY";
        for (const auto& v : m.graph->values())
            if (const Attribute* a = tflite_file::detail::find_attribute(v->extra, "sparsity")) {
                ++sparse;
                const std::string& blob = *a->get_if<std::string>();
                tflite_file::reflect::AlignedBlob aligned(blob);
                flatbuffers::Verifier verifier(aligned.data(), aligned.size());
                REQUIRE(verifier.VerifyBuffer<tflite_schema::SparsityParameters>(nullptr));
                auto* sp = flatbuffers::GetRoot<tflite_schema::SparsityParameters>(aligned.data());
                CHECK(sp->dim_metadata()->size() == sp->traversal_order()->size());
            }
        CHECK(densify > 0);
        CHECK(sparse == densify);
        // Rewritten, the index arrays keep the (force_align: 4) the schema gives them.
        std::string rewritten = tflite_file::write_bytes(m);
        const auto* model = tflite_schema::GetModel(rewritten.data());
        int arrays = 0;
        for (const auto* t : *model->subgraphs()->Get(0)->tensors())
            if (t->sparsity())
                for (const auto* dim : *t->sparsity()->dim_metadata())
                    for (const void* data : {index_array(dim->array_segments_type(), dim->array_segments()),
                                             index_array(dim->array_indices_type(), dim->array_indices())}) {
                        if (!data) continue;
                        ++arrays;
                        CHECK(reinterpret_cast<uintptr_t>(data) % 4 == 0);
                    }
        CHECK(arrays > 0);
        REQUIRE(m.metadata_buffers.size() == 1);
        CHECK(m.metadata_buffers[0].name == "min_runtime_version");
    }
    SECTION("the custom op keeps its code and raw options") {
        Model m = tflite_file::read(model_path("selfie_segmentation.tflite"));
        const Node* custom = nullptr;
        for (const Node* n : m.graph->nodes())
            if (n->op.domain == "custom") custom = n;
        REQUIRE(custom);
        CHECK(custom->op.type == "Convolution2DTransposeBias");
        CHECK(custom->op.version == 1);
        REQUIRE(custom->attribute("custom_options"));
        CHECK(custom->attribute("custom_options")->get_if<std::string>()->size() == 12);
    }
}

TEST_CASE("data placed after the flatbuffer (the >2 GB layout) reads back the same") {
    const std::string path = model_path("face_detection_full_range.tflite");
    Model original = tflite_file::read(path);
    tflite_file::WriteOptions options;
    options.data_after_flatbuffer = true;
    std::string bytes = tflite_file::write_bytes(original, options);
    Buffer file = buffer_of(bytes);
    Model again = tflite_file::read_bytes(file, "offset layout");
    require_same_model(original, again);
    for (const Value* v : again.graph->initializers) {
        auto offset = v->initializer->data.data() - file.data();
        CHECK(offset % 16 == 0);
    }
    // Truncating the data that lies after the flatbuffer is caught by the offset/size check.
    std::string cut = bytes.substr(0, bytes.size() - 100);
    require_error_naming("cut offset layout", [&] { tflite_file::read_bytes(buffer_of(cut), "cut offset layout"); });
}

TEST_CASE("timing of read and write (informational)") {
    for (const auto& name : model_names) {
        const std::string path = model_path(name);
        using clock = std::chrono::steady_clock;
        auto t0 = clock::now();
        Model m = tflite_file::read(path);
        auto t1 = clock::now();
        std::string bytes = tflite_file::write_bytes(m);
        auto t2 = clock::now();
        auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
        WARN(name << ": " << fs::file_size(path) << " bytes, read " << ms(t1 - t0) << " ms, write " << ms(t2 - t1) << " ms");
        CHECK(!bytes.empty());
    }
}

// ---- models built in the IR (what a converter produces) -----------------------------------------

namespace {

Value* tensor(Graph& g, const std::string& name, DType dtype, std::vector<int64_t> dims) {
    Value* v = g.value(name);
    v->type = Type::tensor(dtype, shape_of(dims));
    return v;
}

// Two subgraphs (WHILE with cond/body), a signature, a string constant, quantization, a
// dynamic batch dimension, a custom op and metadata: paths the MediaPipe files do not take.
Model small_model() {
    Model m;
    m.format = Format::tflite;
    m.format_version = 3;
    m.doc_string = "built in the IR";
    Graph& g = *m.graph;
    g.name = "main";
    Value* x = g.value("x");
    x->type = Type::tensor(DType::int8, Shape{Dim::any(), Dim::known(4)});
    x->quantization = Quantization{{0.5f}, {3}, {}, {}, 0};
    Value* w = tensor(g, "w", DType::int8, {4, 4});
    w->initializer = Tensor::from_vector<int8_t>(DType::int8, {4, 4}, std::vector<int8_t>(16, 2));
    w->quantization = Quantization{{0.1f, 0.2f, 0.3f, 0.4f}, {0, 0, 0, 0}, {}, {}, 0};
    g.initializers.push_back(w);
    Value* y = tensor(g, "y", DType::int8, {1, 4});
    Node* fc = g.add_node(Op{Dialect::tflite, "", "FULLY_CONNECTED", 5}, {x, w, nullptr}, {y});
    fc->set_attribute(Attribute::of_string("tflite.options_type", "FullyConnectedOptions"));
    fc->set_attribute(Attribute::of_string("fused_activation_function", "RELU6"));
    fc->set_attribute(Attribute::of_int("keep_num_dims", 1));
    Value* labels = tensor(g, "labels", DType::string, {2});
    labels->initializer = Tensor(DType::string, {2}, Buffer());
    labels->initializer->strings = {"cat", "dog"};
    Value* z = tensor(g, "z", DType::int8, {1, 4});
    Node* loop = g.add_node(Op{Dialect::tflite, "", "WHILE", 1}, {y}, {z});
    loop->set_attribute(Attribute::of_string("tflite.options_type", "WhileOptions"));
    loop->set_attribute(Attribute::of_int("cond_subgraph_index", 1));
    loop->set_attribute(Attribute::of_int("body_subgraph_index", 2));
    Value* out = tensor(g, "out", DType::int8, {1, 4});
    Node* custom = g.add_node(Op{Dialect::tflite, "custom", "MyOp", 2}, {z, labels}, {out});
    custom->set_attribute(Attribute::of_string("custom_options", std::string("\x01\x00\xff", 3)));
    g.inputs = {x};
    g.outputs = {out};

    for (const char* name : {"cond", "body"}) {
        auto sub = m.extra_graphs.emplace_back(std::make_shared<Graph>());
        sub->name = name;
        Value* in = tensor(*sub, "in", DType::int8, {1, 4});
        Value* res = tensor(*sub, "res", name == std::string("cond") ? DType::boolean : DType::int8, {1, 4});
        Node* n = sub->add_node(Op{Dialect::tflite, "", name == std::string("cond") ? "LOGICAL_NOT" : "ABS", 1}, {in}, {res});
        (void)n;
        sub->inputs = {in};
        sub->outputs = {res};
    }
    m.signatures.push_back({"serving_default", {{"input", x}}, {{"output", out}}, 0});
    m.metadata_buffers.push_back({"min_runtime_version", Buffer::copy_of("2.3.0\0\0\0", 8)});
    return m;
}

} // namespace

TEST_CASE("a model built in the IR is written, read back and written again identically") {
    Model m = small_model();
    std::string first = tflite_file::write_bytes(m);
    Model read = tflite_file::read_bytes(buffer_of(first), "small");
    std::string second = tflite_file::write_bytes(read);
    REQUIRE(first == second);

    SECTION("the facts survive") {
        REQUIRE(read.extra_graphs.size() == 2);
        CHECK(read.extra_graphs[1]->name == "body");
        const Value* x = read.graph->find("x");
        REQUIRE(x);
        CHECK(to_string(x->type) == "tensor(int8)[?,4]");
        REQUIRE(x->quantization);
        CHECK(x->quantization->zero_point == std::vector<int64_t>{3});
        REQUIRE(read.signatures.size() == 1);
        CHECK(read.signatures[0].inputs[0].value == x);
        CHECK(read.signatures[0].outputs[0].name == "output");
        const Node* fc = read.graph->node_at(0);
        CHECK(fc->inputs[2] == nullptr);
        CHECK(*fc->attribute("fused_activation_function")->get_if<std::string>() == "RELU6");
        CHECK(*fc->attribute("weights_format")->get_if<std::string>() == "DEFAULT");
        const Node* loop = read.graph->node_at(1);
        CHECK(*loop->attribute("body_subgraph_index")->get_if<int64_t>() == 2);
        const Node* custom = read.graph->node_at(2);
        CHECK(custom->op == (Op{Dialect::tflite, "custom", "MyOp", 2}));
        CHECK(*custom->attribute("custom_options")->get_if<std::string>() == std::string("\x01\x00\xff", 3));
        // TFLite's packed strings: count, offsets, then the bytes.
        const Value* labels = read.graph->find("labels");
        REQUIRE(labels->initializer);
        const auto& data = labels->initializer->data;
        CHECK(data.size() == 4 * 4 + 6);
        CHECK(std::string(reinterpret_cast<const char*>(data.data()) + 16, 6) == "catdog");
    }
    SECTION("flatc reads it and sees both operator code fields") {
        TempDir dir;
        write_all(dir.path / "small.tflite", first);
        Json json = flatc_json((dir.path / "small.tflite").string(), dir.path);
        const Json* codes = json.member("operator_codes");
        REQUIRE(codes);
        REQUIRE(codes->items.size() == 5);
        CHECK(codes->items[0].member("deprecated_builtin_code")->text == "9");
        CHECK(codes->items[0].member("builtin_code")->text == "FULLY_CONNECTED");
        CHECK(codes->items[1].member("deprecated_builtin_code")->text == "119");  // WHILE = 119 < 127
        CHECK(codes->items[2].member("custom_code")->text == "MyOp");
    }
}

TEST_CASE("a builtin code from 127 on is stored as the placeholder byte plus the full code") {
    Model m = small_model();
    m.graph->node_at(0)->op = Op{Dialect::tflite, "", "STABLEHLO_ABS", 1};  // code 175
    m.graph->node_at(0)->attributes.clear();
    std::string bytes = tflite_file::write_bytes(m);
    auto* model = tflite_schema::GetModel(bytes.data());
    const auto* code = model->operator_codes()->Get(0);
    CHECK(code->deprecated_builtin_code() == 127);
    CHECK(code->builtin_code() == tflite_schema::BuiltinOperator_STABLEHLO_ABS);
    Model read = tflite_file::read_bytes(buffer_of(bytes));
    CHECK(read.graph->node_at(0)->op.type == "STABLEHLO_ABS");
}

TEST_CASE("changed option attributes are written through the schema") {
    Model m = tflite_file::read(model_path("face_detection_short_range.tflite"));
    Node* conv = nullptr;
    for (Node* n : m.graph->nodes())
        if (n->op.type == "CONV_2D" && !conv) conv = n;
    REQUIRE(conv);
    REQUIRE(*conv->attribute("padding")->get_if<std::string>() == "SAME");
    conv->set_attribute(Attribute::of_string("fused_activation_function", "RELU6"));
    conv->set_attribute(Attribute::of_string("padding", "VALID"));
    conv->set_attribute(Attribute::of_int("dilation_h_factor", 2));
    Model read = tflite_file::read_bytes(buffer_of(tflite_file::write_bytes(m)));
    const Node* back = nullptr;
    for (const Node* n : read.graph->nodes())
        if (n->name == conv->name) back = n;
    REQUIRE(back);
    CHECK(*back->attribute("fused_activation_function")->get_if<std::string>() == "RELU6");
    CHECK(*back->attribute("padding")->get_if<std::string>() == "VALID");
    CHECK(*back->attribute("dilation_h_factor")->get_if<int64_t>() == 2);
    CHECK(*back->attribute("stride_w")->get_if<int64_t>() == 2);
}

TEST_CASE("a node a rule made gets the options table TFLite pairs with its op") {
    using tflite_file::reflect::default_options_table;
    CHECK(default_options_table("CONV_2D") == "Conv2DOptions");
    CHECK(default_options_table("MAX_POOL_2D") == "Pool2DOptions");
    CHECK(default_options_table("MEAN") == "ReducerOptions");
    CHECK(default_options_table("ATAN2") == "ATan2Options");
    CHECK(default_options_table("STABLEHLO_COMPOSITE") == "StableHLOCompositeOptions");
    CHECK(default_options_table("RELU").empty());

    Model m = small_model();
    Graph& g = *m.graph;
    Value* pooled = tensor(g, "pooled", DType::int8, {1, 2});
    Node* pool = g.add_node(Op{Dialect::tflite, "", "MAX_POOL_2D", 1}, {g.find("out")}, {pooled});
    pool->set_attribute(Attribute::of_string("padding", "VALID"));
    pool->set_attribute(Attribute::of_int("filter_width", 2));
    Value* relu = tensor(g, "relu", DType::int8, {1, 2});
    g.add_node(Op{Dialect::tflite, "", "RELU", 1}, {pooled}, {relu});
    g.outputs = {relu};
    Model read = tflite_file::read_bytes(buffer_of(tflite_file::write_bytes(m)));
    const Node* pool_back = read.graph->node_at(3);
    CHECK(*pool_back->attribute("tflite.options_type")->get_if<std::string>() == "Pool2DOptions");
    CHECK(*pool_back->attribute("filter_width")->get_if<int64_t>() == 2);
    CHECK(*pool_back->attribute("filter_height")->get_if<int64_t>() == 0);
    CHECK(read.graph->node_at(4)->attribute("tflite.options_type")->get_if<std::string>()->empty());
}

TEST_CASE("the writer refuses what TFLite cannot hold, listing every problem") {
    SECTION("ONNX nodes, all of them named") {
        Model m = small_model();
        Graph& g = *m.graph;
        Value* a = tensor(g, "a", DType::float32, {1});
        Value* b = tensor(g, "b", DType::float32, {1});
        g.add_node(Op{Dialect::onnx, "", "Relu", 14}, {a}, {b}, "relu_1");
        g.add_node(Op{Dialect::onnx, "", "Clip", 13}, {b}, {a}, "clip_2");
        require_error_naming("relu_1", [&] { tflite_file::write_bytes(m); });
        require_error_naming("clip_2", [&] { tflite_file::write_bytes(m); });
        TempDir dir;
        const fs::path out = dir.path / "refused.tflite";
        require_error_naming(out.string(), [&] { tflite_file::write(m, out.string()); });
        CHECK(fs::is_empty(dir.path));  // no output, not even a temporary file
    }
    SECTION("attributes that are not fields of the options table, and unknown enum names") {
        Model m = small_model();
        Node* fc = m.graph->node_at(0);
        fc->set_attribute(Attribute::of_float("alpha", 0.5));
        fc->set_attribute(Attribute::of_string("fused_activation_function", "GELU"));
        try {
            tflite_file::write_bytes(m);
            FAIL("no error");
        } catch (const Error& e) {
            const std::string message = e.what();
            INFO(message);
            CHECK_THAT(message, Catch::Contains("'alpha' is not a field of FullyConnectedOptions"));
            CHECK_THAT(message, Catch::Contains("'GELU' is not a value of"));
        }
    }
    SECTION("unknown builtin ops and dtypes TFLite lacks") {
        Model m = small_model();
        m.graph->node_at(2)->op = Op{Dialect::tflite, "", "NOT_AN_OP", 1};
        m.graph->find("y")->type.elem_type = DType::float8e5m2fnuz;
        try {
            tflite_file::write_bytes(m);
            FAIL("no error");
        } catch (const Error& e) {
            const std::string message = e.what();
            INFO(message);
            CHECK_THAT(message, Catch::Contains("'NOT_AN_OP' is not a TFLite builtin operator"));
            CHECK_THAT(message, Catch::Contains("float8e5m2fnuz"));
        }
    }
}

// ---- bad input ----------------------------------------------------------------------------------

TEST_CASE("empty, truncated, corrupted and foreign files give an error naming the file") {
    TempDir dir;
    const std::string bytes = read_all(model_path("face_detection_short_range.tflite"));
    const fs::path bad = dir.path / "bad.tflite";

    SECTION("an empty file") {
        write_all(bad, "");
        require_error_naming(bad.string(), [&] { tflite_file::read(bad.string()); });
    }
    SECTION("truncated at every eighth of its size") {
        for (int eighth = 1; eighth < 8; ++eighth) {
            write_all(bad, bytes.substr(0, bytes.size() * eighth / 8));
            INFO("kept " << eighth << "/8");
            require_error_naming(bad.string(), [&] { tflite_file::read(bad.string()); });
        }
    }
    SECTION("bytes flipped in the middle of its structure") {
        // The middle of the file is weight data, which TFLite does not checksum; the tables
        // (tensors, operators) lie between the root table and the end. Flip bytes there.
        const auto* model = tflite_schema::GetModel(bytes.data());
        const auto* operators = model->subgraphs()->Get(0)->operators();
        const std::size_t middle = static_cast<std::size_t>(reinterpret_cast<const char*>(operators) - bytes.data());
        std::string flipped = bytes;
        for (std::size_t i = middle - 32; i < middle + 32; ++i) flipped[i] = static_cast<char>(~flipped[i]);
        write_all(bad, flipped);
        require_error_naming(bad.string(), [&] { tflite_file::read(bad.string()); });
    }
    SECTION("files that are not TFLite models") {
        write_all(bad, "this is not a model, just some text that is long enough\n");
        require_error_naming(bad.string(), [&] { tflite_file::read(bad.string()); });
        const std::string onnx = (fs::path(OPBRIDGE_SOURCE_DIR) / "models" / "tiny_cnn.onnx").string();
        if (fs::exists(onnx)) require_error_naming(onnx, [&] { tflite_file::read(onnx); });
        write_all(bad, std::string("\x10\x00\x00\x00TFL3", 8) + std::string(64, '\xee'));
        require_error_naming(bad.string(), [&] { tflite_file::read(bad.string()); });
    }
    SECTION("a missing file and a directory") {
        require_error_naming("/nonexistent/model.tflite", [&] { tflite_file::read("/nonexistent/model.tflite"); });
        require_error_naming(dir.path.string(), [&] { tflite_file::read(dir.path.string()); });
    }
}

TEST_CASE("bytes flipped anywhere give a model or an error, never a crash") {
    // Sweeps a window of inverted bytes over each model (originals and rewrites, whose layouts
    // differ); what reads must also write.
    for (const auto& name : model_names) {
        const std::string original = read_all(model_path(name));
        for (const std::string* source : {&original}) {
            std::string rewritten = tflite_file::write_bytes(tflite_file::read_bytes(buffer_of(*source)));
            for (const std::string& bytes : {*source, rewritten}) {
                int refused = 0, read = 0;
                const std::size_t step = std::max<std::size_t>(bytes.size() / 300, 1);
                for (std::size_t at = 0; at + 8 <= bytes.size(); at += step) {
                    std::string flipped = bytes;
                    for (std::size_t i = at; i < at + 8; ++i) flipped[i] = static_cast<char>(~flipped[i]);
                    try {
                        Model m = tflite_file::read_bytes(buffer_of(flipped), "flipped " + name);
                        tflite_file::write_bytes(m);
                        ++read;
                    } catch (const Error& e) {
                        ++refused;
                        INFO(e.what());
                        REQUIRE_THAT(std::string(e.what()), Catch::Contains("flipped " + name) || Catch::Contains("<memory>"));
                    }
                }
                CHECK(refused > 0);
                CHECK(read > 0);
            }
        }
    }
}
