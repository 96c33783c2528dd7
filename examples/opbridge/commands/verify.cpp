// opbridge verify: run two models in the reference runtimes and compare their outputs, and
// with --intermediate the tensors inside them, naming the first node where they part.

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <memory>
#include <unordered_set>

#include "cli.hpp"
#include "layout.hpp"
#include "opbridge/ir/quantization.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/rules/onnx/qdq.hpp"
#include "reference_runtime.hpp"

namespace opbridge::cli {
namespace {

namespace rt = opbridge::testing;
namespace fs = std::filesystem;

// --tflite-runtime: which runtime runs TFLite models.
enum class TfliteRuntimeChoice { tflite_2_9, litert };

TfliteRuntimeChoice tflite_runtime_choice(const Args& a) {
    if (!a.has("--tflite-runtime")) return TfliteRuntimeChoice::tflite_2_9;
    const std::string& name = a.options.at("--tflite-runtime");
    if (name == "tflite") return TfliteRuntimeChoice::tflite_2_9;
    if (name == "litert") return TfliteRuntimeChoice::litert;
    throw UsageError{"--tflite-runtime takes 'tflite' (TensorFlow Lite 2.9) or 'litert' (LiteRT), not '" + name + "'"};
}

std::unique_ptr<rt::ReferenceRuntime> runtime_for(opbridge::Format format, TfliteRuntimeChoice tflite) {
    if (format != opbridge::Format::tflite) return std::make_unique<rt::OnnxRuntime>();
    if (tflite == TfliteRuntimeChoice::litert) return std::make_unique<rt::LiteRtRuntime>();
    return std::make_unique<rt::TfliteRuntime>();
}

// --inputs DIR: input_0.pb, input_1.pb, ... (one serialized ONNX TensorProto each, the
// layout of the ONNX backend test data), matched to the model's inputs by position.
std::vector<rt::HostTensor> inputs_from_folder(const std::string& dir, const std::vector<rt::TensorDescription>& wanted) {
    if (!fs::is_directory(dir))
        opbridge::fail("verify.inputs", dir, "", "is not a folder", "give a folder holding input_0.pb, input_1.pb, ...");
    std::vector<rt::HostTensor> out;
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        std::string path = (fs::path(dir) / ("input_" + std::to_string(i) + ".pb")).string();
        if (!fs::exists(path))
            opbridge::fail("verify.inputs", path, "", "is missing: the model has " + std::to_string(wanted.size()) +
                           " input(s), so the folder needs input_0.pb .. input_" + std::to_string(wanted.size() - 1) + ".pb");
        opbridge::Tensor t = opbridge::onnx_file::read_tensor_file(path);
        rt::HostTensor h;
        h.name = wanted[i].name;
        h.dtype = static_cast<rt::DType>(t.dtype);
        h.dims = t.dims;
        h.data.assign(t.data.data(), t.data.data() + t.data.size());
        h.strings = t.strings;
        if (h.dtype != wanted[i].dtype)
            opbridge::fail("verify.inputs", path, "data_type", "is " + rt::dtype_name(h.dtype) + " but input '" + wanted[i].name +
                           "' takes " + rt::dtype_name(wanted[i].dtype));
        bool dims_fit = h.dims.size() == wanted[i].dims.size();
        for (std::size_t d = 0; dims_fit && d < h.dims.size(); ++d) dims_fit = wanted[i].dims[d] < 0 || wanted[i].dims[d] == h.dims[d];
        if (!dims_fit) {
            std::string have, want;
            for (auto d : h.dims) have += (have.empty() ? "" : ",") + std::to_string(d);
            for (auto d : wanted[i].dims) want += (want.empty() ? "" : ",") + (d < 0 ? std::string("?") : std::to_string(d));
            opbridge::fail("verify.inputs", path, "dims", "are [" + have + "] but input '" + wanted[i].name + "' takes [" + want + "]");
        }
        out.push_back(std::move(h));
    }
    return out;
}

// The same data for B's inputs: renamed, and transposed where B takes another layout.
std::vector<rt::HostTensor> inputs_for(const std::vector<rt::HostTensor>& inputs, const std::vector<rt::TensorDescription>& wanted) {
    std::vector<rt::HostTensor> out;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        std::vector<int64_t> dims = wanted[i].dims;
        for (std::size_t d = 0; d < dims.size() && d < inputs[i].dims.size(); ++d)
            if (dims[d] < 0) dims[d] = inputs[i].dims[d];
        auto perm = rt::layout_permutation(inputs[i].dims, dims);
        out.push_back(perm ? rt::transposed(inputs[i], *perm) : inputs[i]);
        out.back().name = wanted[i].name;
    }
    return out;
}

// The per-tensor quantization of a model's tensor: a TFLite tensor's own parameters, or the
// constant scale and zero point of the ONNX QuantizeLinear that writes it (a runtime returns
// the bare integers of an ONNX model, so verify compares them through these). A float tensor
// dequantized from integers (DequantizeLinear, DEQUANTIZE) gets its source's: its values lie
// on that grid of steps.
std::optional<rt::AffineQuantization> quantization_in(const opbridge::Model& m, const std::string& tensor) {
    const opbridge::Value* v = m.graph->find(tensor);
    if (!v) return std::nullopt;
    const opbridge::Node* p = v->producer;
    const std::size_t rank = v->type.shape ? v->type.shape->size() : 0;
    std::optional<opbridge::Quantization> q;
    if (opbridge::is_quantized(v)) q = v->quantization;
    else if (p && (p->op.type == "QuantizeLinear" || p->op.type == "DequantizeLinear")) q = opbridge::rules::onnx_qdq::parameters(*p, rank);
    else if (p && p->op.type == "DEQUANTIZE" && opbridge::is_quantized(p->input(0))) q = p->input(0)->quantization;
    if (!q || q->scale.size() != 1) return std::nullopt;
    return rt::AffineQuantization{static_cast<float>(q->scale[0]), static_cast<int32_t>(q->zero_point.empty() ? 0 : q->zero_point[0])};
}

// `t` with the quantization `tensor` has in `m`, when the runtime did not attach it (on a
// float tensor it only sets the step the comparison allows).
rt::HostTensor with_quantization(rt::HostTensor t, const opbridge::Model& m, const std::string& tensor) {
    if (!t.quantization) t.quantization = quantization_in(m, tensor);
    return t;
}

struct LayoutComparison {
    rt::Comparison comparison;
    // Quantized tensors: elements more than half a step apart (the two sides rounded a value
    // differently, or computed different values), and the largest distance in steps.
    int64_t elements_apart = 0;
    double max_steps = 0;
    bool quantized = false;
};

// Compares `actual` with `expected`, transposing it when its layout differs. Quantized
// tensors compare as the reals they stand for; one quantization step of the coarser side is
// added to the absolute tolerance (two runtimes' integer kernels round differently).
LayoutComparison compare_any_layout(const rt::HostTensor& expected_raw, const rt::HostTensor& actual_raw, rt::Tolerance tolerance) {
    double step = 0;
    for (const auto* t : {&expected_raw, &actual_raw})
        if (t->quantization) step = std::max<double>(step, t->quantization->scale);
    tolerance.atol = std::max(tolerance.atol, 1.0001 * step);
    auto expected = rt::dequantized(expected_raw);
    auto actual = rt::dequantized(actual_raw);
    actual.name = expected.name;
    // When the shape cannot tell the layouts apart (C == H == W), the layout that fits best.
    std::optional<rt::Comparison> best;
    rt::HostTensor best_actual = actual;
    for (const auto& perm : rt::layout_permutations(actual.dims, expected.dims)) {
        auto t = rt::transposed(actual, perm);
        auto c = rt::compare(expected, t, tolerance);
        if (!best || (c.comparable && c.elements_outside < best->elements_outside)) best = c, best_actual = std::move(t);
    }
    LayoutComparison out{best ? *best : rt::compare(expected, actual, tolerance)};
    if (step > 0 && out.comparison.comparable && expected.dtype == rt::DType::float32 && best_actual.dtype == rt::DType::float32) {
        out.quantized = true;
        auto e = expected.values<float>();
        auto b = best_actual.values<float>();
        for (std::size_t i = 0; i < e.size(); ++i) {
            const double steps = std::fabs(double{b[i]} - double{e[i]}) / step;
            out.elements_apart += steps > 0.5;
            out.max_steps = std::max(out.max_steps, steps);
        }
    }
    return out;
}

std::string describe(const rt::Comparison& c) {
    if (!c.comparable) return "not comparable: " + c.mismatch;
    return "max abs " + std::to_string(c.max_abs) + ", max rel " + std::to_string(c.max_rel) +
           (c.passed() ? "  ok" : "  DIFFERS: " + c.summary());
}

// Outputs of nodes that only compute constants (Constant, Identity of a weight).
std::unordered_set<const opbridge::Value*> constant_values(const opbridge::Graph& g) {
    std::unordered_set<const opbridge::Value*> constant(g.initializers.begin(), g.initializers.end());
    for (const opbridge::Node* n : g.nodes()) {
        bool all = n->subgraphs().empty();
        for (const opbridge::Value* v : n->inputs) all = all && (!v || constant.count(v));
        if (all)
            for (const opbridge::Value* v : n->outputs)
                if (v) constant.insert(v);
    }
    return constant;
}

// A tensor of A and the tensor of B that should hold the same values.
struct Correspondence {
    const opbridge::Node* node_a;
    std::string tensor_a, tensor_b;
    std::string how;  // "name" or "provenance"
};

// Pairs A's computed tensors with B's: by name first, then by provenance (a node of one
// model lists the other's node among its source nodes; the last such node stands for it).
std::vector<Correspondence> correspondences(const opbridge::Model& a, const opbridge::Model& b) {
    const opbridge::Graph& ga = *a.graph;
    const opbridge::Graph& gb = *b.graph;
    auto const_a = constant_values(ga), const_b = constant_values(gb);
    auto usable = [](const opbridge::Model& m, const opbridge::Value* v) {
        // ONNX graph outputs need a type; TFLite tensors always have one.
        return m.format == opbridge::Format::tflite ||
               (v->type.kind == opbridge::Type::Kind::tensor && v->type.has_elem_type);
    };
    std::vector<Correspondence> out;
    for (const opbridge::Node* n : ga.nodes()) {
        for (std::size_t i = 0; i < n->outputs.size(); ++i) {
            const opbridge::Value* v = n->outputs[i];
            if (!v || const_a.count(v) || !usable(a, v)) continue;
            const opbridge::Value* w = gb.find(v->name());
            std::string how = "name";
            if (!w || w->graph() != &gb || !w->producer || const_b.count(w)) {
                w = nullptr;
                how = "provenance";
                for (const opbridge::Node* m : gb.nodes()) {
                    bool made_from_n = std::find(m->meta.source_nodes.begin(), m->meta.source_nodes.end(), n->name) != m->meta.source_nodes.end();
                    bool n_made_from_m = std::find(n->meta.source_nodes.begin(), n->meta.source_nodes.end(), m->name) != n->meta.source_nodes.end();
                    if ((made_from_n || n_made_from_m) && !n->name.empty() && i < m->outputs.size() && m->outputs[i] &&
                        m->outputs.size() == n->outputs.size())
                        w = m->outputs[i];
                }
            }
            if (w && usable(b, w) && !const_b.count(w)) out.push_back({n, v->name(), w->name(), how});
        }
    }
    return out;
}

// The name under which LiteRT returns an inner tensor that it cannot return as it is.
std::string dequantized_name(const std::string& tensor) { return tensor + "/verify_dequantized"; }

// A copy of the model in `dir` whose outputs also include `extra` tensors. For LiteRT, which
// returns only float32, int32 and uint8 tensors, a quantized tensor of another type is returned
// through a DEQUANTIZE (as dequantized_name(tensor)), and other types are left out.
std::string with_outputs(opbridge::Model& m, const std::vector<std::string>& extra, const std::string& dir, const std::string& stem,
                         bool litert = false) {
    opbridge::Graph& g = *m.graph;
    std::unordered_set<const opbridge::Value*> present(g.outputs.begin(), g.outputs.end());
    for (const auto& name : extra) {
        opbridge::Value* v = g.find(name);
        if (!v) continue;
        const opbridge::DType t = v->type.elem_type;
        if (litert && t != opbridge::DType::float32 && t != opbridge::DType::int32 && t != opbridge::DType::uint8) {
            const bool dequantizable = (t == opbridge::DType::int8 || t == opbridge::DType::int16) && opbridge::is_quantized(v) &&
                                       v->quantization->scale.size() == 1;
            if (!dequantizable) continue;
            opbridge::Value* f = g.value(dequantized_name(name));
            f->type = opbridge::Type::tensor(opbridge::DType::float32, v->type.shape);
            g.add_node(opbridge::Op{opbridge::Dialect::tflite, "", "DEQUANTIZE", t == opbridge::DType::int8 ? 2 : 4}, {v}, {f});
            v = f;
        }
        if (present.insert(v).second) g.outputs.push_back(v);
    }
    std::string path = (fs::path(dir) / (stem + (m.format == opbridge::Format::tflite ? ".tflite" : ".onnx"))).string();
    opbridge::write_model(m, path);
    return path;
}

struct TempDir {
    std::string path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "opbridge-verify-XXXXXX").string();
        if (!::mkdtemp(tmpl.data())) opbridge::fail("io.write", tmpl, "", "cannot create a temporary folder");
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

int cmd_verify(const Args& a) {
    expect_positional(a, 2, "verify A B [--inputs DIR] [--seed S] [--rtol R] [--atol A] [--intermediate] [--tflite-runtime R]");
    const std::string& pa = a.positional[0];
    const std::string& pb = a.positional[1];
    auto ma = opbridge::read_model(pa, read_options(a));  // a clear error for unreadable files first
    auto mb = opbridge::read_model(pb, read_options(a));
    const TfliteRuntimeChoice tflite = tflite_runtime_choice(a);
    auto ra = runtime_for(ma.format, tflite);
    auto rb = runtime_for(mb.format, tflite);
    auto da = ra->describe(pa);
    if (!da.ok) opbridge::fail("verify.runtime", pa, "", da.error);
    auto db = rb->describe(pb);
    if (!db.ok) opbridge::fail("verify.runtime", pb, "", db.error);
    if (da.inputs.size() != db.inputs.size() || da.outputs.size() != db.outputs.size())
        opbridge::fail("verify.interface", pb, "",
                       "has " + std::to_string(db.inputs.size()) + " inputs and " + std::to_string(db.outputs.size()) +
                           " outputs; " + pa + " has " + std::to_string(da.inputs.size()) + " and " +
                           std::to_string(da.outputs.size()));
    uint64_t seed = number_option(a, "--seed", 0);
    rt::Tolerance tolerance{real_option(a, "--rtol", 1e-4), real_option(a, "--atol", 1e-5)};
    auto inputs_a = a.has("--inputs") ? inputs_from_folder(a.options.at("--inputs"), da.inputs) : rt::seeded_inputs(da.inputs, seed);
    auto inputs_b = inputs_for(inputs_a, db.inputs);

    // With --intermediate both models run as copies that also output every corresponding tensor.
    std::unique_ptr<TempDir> temp;
    std::vector<Correspondence> pairs;
    std::string run_a = pa, run_b = pb;
    if (a.has_flag("--intermediate")) {
        opbridge::infer_shapes(ma);
        opbridge::infer_shapes(mb);
        pairs = correspondences(ma, mb);
        temp = std::make_unique<TempDir>();
        std::vector<std::string> extra_a, extra_b;
        for (const auto& p : pairs) extra_a.push_back(p.tensor_a), extra_b.push_back(p.tensor_b);
        const bool litert = tflite == TfliteRuntimeChoice::litert;
        run_a = with_outputs(ma, extra_a, temp->path, "a", litert && ma.format == opbridge::Format::tflite);
        run_b = with_outputs(mb, extra_b, temp->path, "b", litert && mb.format == opbridge::Format::tflite);
    }
    auto out_a = ra->run(run_a, inputs_a);
    if (!out_a.ok) opbridge::fail("verify.run", pa, "", out_a.error);
    auto out_b = rb->run(run_b, inputs_b);
    if (!out_b.ok) opbridge::fail("verify.run", pb, "", out_b.error);

    bool all_pass = true;
    std::cout << "verify " << pa << " vs " << pb << " ("
              << (a.has("--inputs") ? "inputs from " + a.options.at("--inputs") : "seed " + std::to_string(seed)) << ", rtol "
              << tolerance.rtol << ", atol " << tolerance.atol << "; " << ra->start().runtime_version;
    if (ma.format != mb.format) std::cout << " and " << rb->start().runtime_version;
    std::cout << ")\n";
    for (std::size_t i = 0; i < da.outputs.size(); ++i) {
        auto c = compare_any_layout(with_quantization(out_a.outputs[i], ma, out_a.outputs[i].name),
                                    with_quantization(out_b.outputs[i], mb, out_b.outputs[i].name), tolerance)
                     .comparison;
        all_pass = all_pass && c.passed();
        std::cout << "  output " << i << " '" << out_a.outputs[i].name << "': " << describe(c) << "\n";
    }
    if (a.has_flag("--intermediate")) {
        std::size_t compared = 0, differing = 0;
        const Correspondence* first = nullptr;
        const Correspondence* first_apart = nullptr;  // the first quantized pair not equal step for step
        rt::Comparison first_comparison;
        LayoutComparison first_apart_comparison;
        auto output_of = [](const rt::RunResult& r, const std::string& tensor) {
            const rt::HostTensor* t = r.output(tensor);
            return t ? t : r.output(dequantized_name(tensor));
        };
        for (const auto& p : pairs) {
            const rt::HostTensor* ta = output_of(out_a, p.tensor_a);
            const rt::HostTensor* tb = output_of(out_b, p.tensor_b);
            if (!ta || !tb) continue;
            auto c = compare_any_layout(with_quantization(*ta, ma, p.tensor_a), with_quantization(*tb, mb, p.tensor_b), tolerance);
            ++compared;
            if (c.quantized && c.elements_apart > 0 && !first_apart) first_apart = &p, first_apart_comparison = c;
            if (c.comparison.passed()) continue;
            ++differing;
            if (!first) first = &p, first_comparison = c.comparison;
        }
        std::cout << "  intermediate: " << compared << " corresponding tensor(s) compared, " << differing << " differ\n";
        if (first_apart) {
            std::cout << "  first quantized difference: node '" << first_apart->node_a->name << "' ("
                      << opbridge::to_string(first_apart->node_a->op) << "), output '" << first_apart->tensor_a << "': "
                      << first_apart_comparison.elements_apart << " of " << first_apart_comparison.comparison.elements
                      << " elements apart, at most " << std::llround(first_apart_comparison.max_steps) << " step(s)\n";
        }
        if (first) {
            all_pass = false;
            std::cout << "  first divergence: node '" << first->node_a->name << "' (" << opbridge::to_string(first->node_a->op)
                      << "), output '" << first->tensor_a << "'";
            if (first->tensor_b != first->tensor_a) std::cout << " vs '" << first->tensor_b << "' (by " << first->how << ")";
            std::cout << ": " << describe(first_comparison) << "\n";
        }
    }
    std::cout << (all_pass ? "outputs agree" : "outputs differ") << "\n";
    return all_pass ? kOk : kFailure;
}

const Register register_verify{{"verify",
                    "  verify A B [--seed S]        run both models in the reference runtimes (ONNX Runtime, TFLite) on\n"
                    "          [--inputs DIR]           the same inputs (seeded, or DIR/input_<i>.pb TensorProto files);\n"
                    "          [--rtol R --atol A]      report max abs/rel error per output (NCHW/NHWC matched by shape);\n"
                    "          [--intermediate]         also compare corresponding inner tensors (by name or provenance) and\n"
                    "                                   name the first node that diverges; exit 1 beyond the tolerance;\n"
                    "                                   quantized tensors compare as reals, give or take one step, and the\n"
                    "                                   first quantized tensor whose steps differ at all is named too\n"
                    "          [--tflite-runtime R]     tflite: TensorFlow Lite 2.9 (default); litert: LiteRT, its current\n"
                    "                                   runtime (XNNPACK; float32/int32/uint8 model inputs and outputs)\n",
                    {"--seed", "--rtol", "--atol", "--inputs", "--tflite-runtime"}, {"--intermediate"}, cmd_verify, 50}};

} // namespace
} // namespace opbridge::cli
