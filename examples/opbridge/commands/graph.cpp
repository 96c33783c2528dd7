// opbridge graph: draw a model with Graphviz (DOT text from opbridge/graphviz.hpp, rendered
// to SVG or PNG by Graphviz's `dot`, found on PATH or through OPBRIDGE_DOT).

#include <sys/wait.h>
#include <spawn.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli.hpp"
#include "opbridge/graphviz.hpp"
#include "opbridge/pass/shape_inference.hpp"

extern char** environ;

namespace opbridge::cli {
namespace {

// Runs `dot -T<format> -o <temp> <dot file>` and renames the result onto `out`.
void render(const std::string& dot_text, const std::string& format, const std::string& out) {
    const std::string temp_dot = out + ".opbridge-tmp-" + std::to_string(::getpid()) + ".dot";
    const std::string temp_out = out + ".opbridge-tmp-" + std::to_string(::getpid());
    struct Cleanup {
        std::string a, b;
        ~Cleanup() {
            std::remove(a.c_str());
            std::remove(b.c_str());
        }
    } cleanup{temp_dot, temp_out};
    {
        opbridge::io::AtomicOutput dot_file(temp_dot);
        dot_file.write(dot_text.data(), dot_text.size());
        dot_file.commit();
    }
    const char* env_dot = std::getenv("OPBRIDGE_DOT");
    std::string dot = env_dot && *env_dot ? env_dot : "dot";
    std::string type = "-T" + format;
    std::vector<std::string> args = {dot, type, "-o", temp_out, temp_dot};
    std::vector<char*> argv;
    for (auto& s : args) argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    int spawned = ::posix_spawnp(&pid, dot.c_str(), nullptr, nullptr, argv.data(), environ);
    if (spawned != 0)
        opbridge::fail("graph.graphviz", out, "", "cannot run Graphviz '" + dot + "': " + std::strerror(spawned),
                       "install Graphviz (Debian: apt-get install graphviz), set OPBRIDGE_DOT to its dot, or write a .dot file");
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        opbridge::fail("graph.graphviz", out, "", "Graphviz '" + dot + "' failed (its message is above)",
                       "write a .dot file and render it yourself to see more");
    if (std::rename(temp_out.c_str(), out.c_str()) != 0)
        opbridge::fail("io.write", out, "", std::string("cannot move the rendered file into place: ") + std::strerror(errno));
}

int cmd_graph(const Args& a) {
    expect_positional(a, 1, "graph FILE -o OUT.svg|OUT.png|OUT.dot [--highlight N,...] [--from T,...] [--to T,...] [--collapse]");
    const std::string& in = a.positional[0];
    if (!a.has("--output")) throw UsageError{"graph needs -o OUT.svg, OUT.png or OUT.dot"};
    const std::string& out = a.options.at("--output");
    std::string ext = std::filesystem::path(out).extension().string();
    if (ext != ".svg" && ext != ".png" && ext != ".dot" && ext != ".gv")
        throw UsageError{"cannot tell the picture format of '" + out + "': name it *.svg, *.png or *.dot"};
    check_output_path(a, in, out);

    auto model = opbridge::read_model(in, read_options(a));
    opbridge::infer_shapes(model);
    opbridge::GraphvizOptions options;
    options.highlight = list_option(a, "--highlight");
    options.from = list_option(a, "--from");
    options.to = list_option(a, "--to");
    options.collapse = a.has_flag("--collapse");
    options.show_constants = a.has_flag("--constants");
    options.title = std::filesystem::path(in).filename().string();
    if (auto opset = model.opset(""); opset && model.format == opbridge::Format::onnx)
        options.title += "  (opset " + std::to_string(*opset) + ")";
    options.file = in;
    std::string dot_text = opbridge::to_dot(model, options);

    if (ext == ".dot" || ext == ".gv") {
        opbridge::io::AtomicOutput file(out);
        file.write(dot_text.data(), dot_text.size());
        file.commit();
    } else {
        render(dot_text, ext.substr(1), out);
    }
    std::cout << "wrote " << out << "\n";
    return kOk;
}

const Register register_graph{{"graph",
                    "  graph FILE -o OUT            draw the model with Graphviz: OUT.svg, OUT.png (needs `dot`) or OUT.dot;\n"
                    "          [--highlight N,...]      nodes labelled op@version, edges with dtype and shape;\n"
                    "          [--from T,... --to T,...]  colour the named nodes; draw only the region between tensors;\n"
                    "          [--collapse] [--constants]  one box per module, repeated modules folded; show weight nodes\n",
                    {"--output", "--highlight", "--from", "--to"}, {"--collapse", "--constants", "--force"}, cmd_graph, 60}};

} // namespace
} // namespace opbridge::cli
