#pragma once
// Types and shapes of values the file left undeclared, from ONNX's own shape inference
// (libonnx), run on a copy of the model without its weights so it costs little memory.
// Inferred types serve rules (a rank to normalize a negative axis, a dtype for a Cast);
// they are not written out unless the value was already listed in value_info.

#include <onnx/checker.h>
#include <onnx/shape_inference/implementation.h>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <functional>
#include <map>
#include <string>

#include "opbridge/ir/model.hpp"
#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"

// Present only in sanitizer builds, where a fuzzer may hook it to save the crashing input.
extern "C" void __sanitizer_set_death_callback(void (*)(void)) __attribute__((weak));

namespace opbridge {

namespace detail {

inline bool knows_shape(const Type& t) { return t.kind == Type::Kind::tensor && t.has_elem_type && t.shape.has_value(); }

inline void take_inferred(Graph& g, const ::onnx::GraphProto& gp) {
    auto take = [&](const ::onnx::ValueInfoProto& vi) {
        if (!vi.has_type()) return;
        Value* v = g.find(vi.name());
        if (!v) return;
        Type t = onnx_file::detail::type_from_proto(vi.type());
        if (t.kind == Type::Kind::none) return;
        // A known shape is kept, unless it has unknown dims that inference now fills (a Resize
        // whose sizes became a constant when the shape computation in front of it was folded).
        if (knows_shape(v->type) && (static_dims(*v->type.shape) || !knows_shape(t) || !static_dims(*t.shape) ||
                                     t.shape->size() != v->type.shape->size()))
            return;
        v->type = std::move(t);
    };
    for (const auto& vi : gp.value_info()) take(vi);
    for (const auto& vi : gp.output()) take(vi);
    // Subgraphs: nodes were written in order, so the i-th NodeProto is the i-th node.
    int i = 0;
    for (Node* n : g.nodes()) {
        if (i >= gp.node_size()) break;
        const auto& np = gp.node(i++);
        for (const auto& a : np.attribute()) {
            const Attribute* attr = n->attribute(a.name());
            if (!attr) continue;
            if (a.has_g())
                if (auto* sub = attr->get_if<GraphPtr>()) take_inferred(**sub, a.g());
            if (auto* subs = attr->get_if<std::vector<GraphPtr>>())
                for (int k = 0; k < a.graphs_size() && k < static_cast<int>(subs->size()); ++k) take_inferred(*(*subs)[k], a.graphs(k));
        }
    }
}

// Large initializers were written without data (external data pointing nowhere); inference
// only needs their type, so they become typed graph inputs and the checker has no file to
// look for.
inline void elided_initializers_to_inputs(::onnx::GraphProto& g) {
    auto* inits = g.mutable_initializer();
    for (int i = inits->size() - 1; i >= 0; --i) {
        const auto& t = inits->Get(i);
        if (t.data_location() != ::onnx::TensorProto::EXTERNAL) continue;
        bool listed = false;
        for (const auto& in : g.input()) listed = listed || in.name() == t.name();
        if (!listed) {
            auto* in = g.add_input();
            in->set_name(t.name());
            auto* tt = in->mutable_type()->mutable_tensor_type();
            tt->set_elem_type(t.data_type());
            auto* shape = tt->mutable_shape();
            for (auto d : t.dims()) shape->add_dim()->set_dim_value(d);
        }
        inits->DeleteSubrange(i, 1);
    }
    for (auto& n : *g.mutable_node())
        for (auto& a : *n.mutable_attribute()) {
            if (a.has_g()) elided_initializers_to_inputs(*a.mutable_g());
            for (auto& sub : *a.mutable_graphs()) elided_initializers_to_inputs(sub);
        }
}

// libonnx's checker wants every graph output of the main graph typed with a shape, which ONNX
// allows a file to leave out (helper.make_tensor_value_info(name, type, None)); the whole model
// would go uninferred for it. Such outputs leave the copy's output list: inference then types
// them in value_info, where take_inferred finds them as it finds any inner value.
inline void drop_outputs_without_shape(::onnx::GraphProto& g) {
    auto* outputs = g.mutable_output();
    for (int i = outputs->size() - 1; i >= 0; --i) {
        const auto& type = outputs->Get(i).type();
        bool shaped = type.has_tensor_type() && type.tensor_type().has_elem_type() && type.tensor_type().has_shape();
        if (!shaped && !type.has_sequence_type() && !type.has_map_type() && !type.has_optional_type()) outputs->DeleteSubrange(i, 1);
    }
}

// How deep model-local functions call each other (a cycle counts as unbounded). libonnx's
// inference expands function calls recursively, so a self-calling function overflows its stack.
inline bool function_calls_nest_deeper_than(const Model& model, int limit) {
    std::map<std::pair<std::string, std::string>, const Function*> by_name;
    for (const auto& f : model.functions) by_name[{f.domain, f.name}] = &f;
    std::map<const Function*, int> depth;  // -1 while being measured
    std::function<int(const Function*, int)> measure = [&](const Function* f, int level) -> int {
        if (level > limit) return limit + 1;  // a chain this long is the answer already
        if (auto it = depth.find(f); it != depth.end()) return it->second < 0 ? limit + 1 : it->second;
        depth[f] = -1;
        int deepest = 0;
        for (const Node* n : f->body->nodes()) {
            auto callee = by_name.find({n->op.domain, n->op.type});
            if (callee != by_name.end()) deepest = std::max(deepest, 1 + measure(callee->second, level + 1));
            if (deepest > limit) break;
        }
        return depth[f] = std::min(deepest, limit + 1);
    };
    for (const auto& f : model.functions)
        if (measure(&f, 0) > limit) return true;
    return false;
}

// Runs libonnx's inference on `proto` in a child process and takes its result back. libonnx
// trusts the nodes it infers, and some malformed ones crash it (a LayerNormalization axis far
// below the rank indexes before the shape): in a child, such a crash only costs the inferred
// types. False when the child failed; `proto` is then unchanged.
inline bool infer_in_child_process(::onnx::ModelProto& proto) {
    int fds[2];
    if (::pipe(fds) != 0) return false;
    const pid_t pid = ::fork();
    if (pid < 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return false;
    }
    if (pid == 0) {
        ::close(fds[0]);
        // A crash here ends only this child, quietly: default signal actions (not the parent's
        // handlers, such as a sanitizer's or a fuzzer's that would report it) and no stderr.
        for (int sig : {SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGILL}) ::signal(sig, SIG_DFL);
        if (__sanitizer_set_death_callback) __sanitizer_set_death_callback(nullptr);
        if (int devnull = ::open("/dev/null", O_WRONLY); devnull >= 0) ::dup2(devnull, 2);
        try {
            ::onnx::ShapeInferenceOptions inference(false, 0, true);
            ::onnx::shape_inference::InferShapes(proto, ::onnx::OpSchemaRegistry::Instance(), inference);
        } catch (const std::exception&) {
            // A model libonnx cannot fully infer (a newer opset, a custom domain) keeps what was
            // inferred before the failure.
        }
        const std::string out = proto.SerializeAsString();
        for (std::size_t done = 0; done < out.size();) {
            const ssize_t n = ::write(fds[1], out.data() + done, out.size() - done);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) ::_exit(1);
            done += static_cast<std::size_t>(n);
        }
        ::_exit(0);  // no atexit handlers, no destructors: the parent owns everything
    }
    ::close(fds[1]);
    std::string bytes;
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fds[0], buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        bytes.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fds[0]);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    ::onnx::ModelProto inferred;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || !inferred.ParseFromString(bytes)) return false;
    proto = std::move(inferred);
    return true;
}

} // namespace detail

// Fills in the types of values of `model` that have none (or no shape). Never fails: what
// cannot be inferred stays unknown. Returns why libonnx inferred nothing (its checker refused
// the model, or inference crashed), empty when it ran: a caller that needs the types can say so.
inline std::string infer_shapes(Model& model) {
    if (model.format != Format::onnx) return {};
    std::string not_run;
    onnx_file::WriteOptions options;
    options.elide_data_above = 4096;  // shape computations need small constants only
    ::onnx::ModelProto proto;
    try {
        std::string bytes = onnx_file::write_bytes(model, options);
        if (!proto.ParseFromString(bytes)) return "the model could not be written for it";
        detail::elided_initializers_to_inputs(*proto.mutable_graph());
        detail::drop_outputs_without_shape(*proto.mutable_graph());
        // libonnx's inference trusts its input (a malformed node can crash it): only models
        // that pass its own checker go in, and inference runs in a child process.
        // Elided tensors are external data it does not open.
        ::onnx::checker::CheckerContext checker;
        checker.set_ir_version(static_cast<int>(proto.ir_version()));
        std::unordered_map<std::string, int> opsets;
        for (const auto& o : proto.opset_import()) opsets[o.domain()] = static_cast<int>(o.version());
        checker.set_opset_imports(opsets);
        ::onnx::checker::LexicalScopeContext scope;
        ::onnx::checker::check_graph(proto.graph(), checker, scope);
        // Calls into model-local functions stay uninferred when they recurse (or nest absurdly).
        if (detail::function_calls_nest_deeper_than(model, 64)) proto.clear_functions();
        if (!detail::infer_in_child_process(proto)) not_run = "libonnx's shape inference crashed on it, or its process could not start";
    } catch (const std::exception& e) {
        if (std::getenv("OPBRIDGE_DEBUG_INFERENCE")) std::fprintf(stderr, "shape inference: %s\n", e.what());
        // A model libonnx cannot fully infer (a newer opset, a custom domain) keeps what was
        // inferred before the failure.
        not_run = e.what();
        std::replace(not_run.begin(), not_run.end(), '\n', ' ');
        while (not_run.find("  ") != std::string::npos) not_run.erase(not_run.find("  "), 1);
        if (not_run.size() > 300) not_run = not_run.substr(0, 300) + "...";
    }
    detail::take_inferred(*model.graph, proto.graph());
    return not_run;
}

// The rank of a value when known.
inline std::optional<int64_t> rank_of(const Value* v) {
    if (!v) return std::nullopt;
    if (v->type.kind == Type::Kind::tensor && v->type.shape) return static_cast<int64_t>(v->type.shape->size());
    if (v->initializer) return static_cast<int64_t>(v->initializer->dims.size());
    return std::nullopt;
}

} // namespace opbridge
