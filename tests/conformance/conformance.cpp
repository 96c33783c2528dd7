// Opset conformance against the ONNX backend node tests (Debian's libonnx-testdata): every
// model is converted to each target opset; what opbridge produces runs in ONNX Runtime on
// the test's inputs and is compared with the test's reference outputs (rtol 1e-3, atol 1e-5,
// as the backend tests do). onnx's own version converter is measured on the same pairs when
// its results are given (see onnx_version_converter.py), and both are printed side by side.
//
//   opbridge_conformance [--targets 7,9,...] [--filter SUBSTRING] [--reference FILE.tsv]
//                        [--report FILE] [--work DIR] [--require-clean]
//
// --require-clean exits 1 when any pair is converted-but-wrong or crashed.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "opbridge/onnx/reader.hpp"
#include "opbridge/onnx/writer.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"
#include "reference_runtime.hpp"

namespace fs = std::filesystem;
using opbridge::testing::HostTensor;

namespace {

enum class Verdict { correct, refused, wrong, crashed, not_expressible_refused };

struct Options {
    std::vector<int> targets = {7, 9, 11, 13, 15, 17, 19, 21};
    std::string filter;
    std::string reference;  // TSV from onnx_version_converter.py: test, target, status, converted path
    std::string report;
    std::string work = (fs::temp_directory_path() / "opbridge-conformance").string();
    bool require_clean = false;
};

HostTensor to_host(const opbridge::Tensor& t, const std::string& name) {
    HostTensor h;
    h.name = name;
    h.dtype = static_cast<opbridge::testing::DType>(t.dtype);
    h.dims = t.dims;
    h.data.assign(t.data.data(), t.data.data() + t.data.size());
    h.strings = t.strings;
    return h;
}

struct TestCase {
    std::string name;
    fs::path model;
    std::vector<std::vector<HostTensor>> inputs, outputs;  // per test_data_set
    std::vector<std::string> input_names, output_names;
    int64_t source_opset = 0;
    std::vector<std::string> ops;
};

std::vector<fs::path> sorted_files(const fs::path& dir, const std::string& prefix) {
    std::vector<fs::path> out;
    for (auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().rfind(prefix, 0) == 0) out.push_back(e.path());
    std::sort(out.begin(), out.end(), [](const fs::path& a, const fs::path& b) {
        auto index = [](const fs::path& p) {
            auto s = p.stem().string();
            return std::stoi(s.substr(s.find('_') + 1));
        };
        return index(a) < index(b);
    });
    return out;
}

std::optional<TestCase> load_case(const fs::path& dir) {
    TestCase c;
    c.name = dir.filename().string();
    c.model = dir / "model.onnx";
    auto model = opbridge::onnx_file::read(c.model.string());
    c.source_opset = model.opset("").value_or(0);
    // Inputs the test feeds: graph inputs without an initializer, in order.
    for (auto* v : model.graph->inputs)
        if (!v->initializer) c.input_names.push_back(v->name());
    for (auto* v : model.graph->outputs) c.output_names.push_back(v->name());
    std::set<std::string> ops;
    for (auto* n : model.graph->nodes()) ops.insert(n->op.domain.empty() ? n->op.type : n->op.domain + "." + n->op.type);
    c.ops.assign(ops.begin(), ops.end());
    for (auto& set : fs::directory_iterator(dir)) {
        if (!set.is_directory() || set.path().filename().string().rfind("test_data_set_", 0) != 0) continue;
        std::vector<HostTensor> ins, outs;
        auto in_files = sorted_files(set.path(), "input_");
        auto out_files = sorted_files(set.path(), "output_");
        if (in_files.size() != c.input_names.size() || out_files.size() != c.output_names.size()) return std::nullopt;
        for (std::size_t i = 0; i < in_files.size(); ++i)
            ins.push_back(to_host(opbridge::onnx_file::read_tensor_file(in_files[i].string()), c.input_names[i]));
        for (std::size_t i = 0; i < out_files.size(); ++i)
            outs.push_back(to_host(opbridge::onnx_file::read_tensor_file(out_files[i].string()), c.output_names[i]));
        c.inputs.push_back(std::move(ins));
        c.outputs.push_back(std::move(outs));
    }
    if (c.inputs.empty()) return std::nullopt;
    return c;
}

// Runs `model_path` on every data set of `c`; "" when all outputs match, else why not.
std::string run_and_compare(opbridge::testing::OnnxRuntime& ort, const TestCase& c, const std::string& model_path) {
    std::vector<opbridge::testing::RunRequest> requests;
    for (const auto& ins : c.inputs) requests.push_back({model_path, ins, c.output_names});
    auto results = ort.run_batch(requests);
    for (std::size_t k = 0; k < results.size(); ++k) {
        if (!results[k].ok) return "ONNX Runtime: " + results[k].error;
        const auto& expected = c.outputs[k];
        if (results[k].outputs.size() != expected.size()) return "output count differs";
        for (std::size_t i = 0; i < expected.size(); ++i) {
            auto cmp = opbridge::testing::compare(expected[i], results[k].outputs[i], {1e-3, 1e-5});
            if (!cmp.passed()) return "output '" + expected[i].name + "': " + (cmp.comparable ? cmp.summary() : cmp.mismatch);
        }
    }
    ort.forget(model_path);
    return "";
}

// Every op of the test exists in the target opset: the pair is one the target can express
// (features of an op a target lacks, such as an int8 Clip at opset 11, are not counted here).
bool expressible(const TestCase& c, int target) {
    for (const auto& op : c.ops) {
        if (op.find('.') != std::string::npos) return false;
        if (!opbridge::onnx_schema::at_opset("", op, target)) return false;
    }
    return true;
}

struct Tally {
    int correct = 0, refused = 0, wrong = 0, crashed = 0, expressible = 0, expressible_correct = 0;
    int total() const { return correct + refused + wrong + crashed; }
};

std::string percent(int a, int b) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", b ? 100.0 * a / b : 0.0);
    return buf;
}

} // namespace

int main(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--targets") {
            o.targets.clear();
            std::stringstream ss(next());
            std::string t;
            while (std::getline(ss, t, ',')) o.targets.push_back(std::stoi(t));
        } else if (a == "--filter") o.filter = next();
        else if (a == "--reference") o.reference = next();
        else if (a == "--report") o.report = next();
        else if (a == "--work") o.work = next();
        else if (a == "--require-clean") o.require_clean = true;
        else {
            std::cerr << "unknown argument " << a << "\n";
            return 2;
        }
    }
    fs::create_directories(o.work);
    opbridge::testing::OnnxRuntime ort;
    if (auto started = ort.start(); !started.ok) {
        std::cerr << "ONNX Runtime is not available: " << started.error << "\n";
        return 1;
    }

    // onnx's version converter results: (test, target) -> converted model path or "".
    std::map<std::pair<std::string, int>, std::string> reference;
    if (!o.reference.empty()) {
        std::ifstream in(o.reference);
        std::string line;
        while (std::getline(in, line)) {
            std::stringstream ss(line);
            std::string test, target, status, path;
            std::getline(ss, test, '\t');
            std::getline(ss, target, '\t');
            std::getline(ss, status, '\t');
            std::getline(ss, path, '\t');
            reference[{test, std::stoi(target)}] = status == "ok" ? path : "";
        }
    }

    std::vector<fs::path> dirs;
    for (auto& e : fs::directory_iterator(fs::path(OPBRIDGE_TESTDATA_DIR) / "node"))
        if (e.is_directory() && e.path().filename().string().find(o.filter) != std::string::npos) dirs.push_back(e.path());
    std::sort(dirs.begin(), dirs.end());

    std::map<int, Tally> ours, theirs;
    int oracle_broken = 0, unreadable = 0;
    std::ostringstream details;
    for (const auto& dir : dirs) {
        std::optional<TestCase> c;
        try {
            c = load_case(dir);
        } catch (const std::exception& e) {
            details << dir.filename().string() << "\tunreadable\t" << e.what() << "\n";
        }
        if (!c) {
            ++unreadable;
            continue;
        }
        // The oracle itself: the unconverted model must pass in ONNX Runtime, else the pair
        // says nothing about opbridge.
        if (auto why = run_and_compare(ort, *c, c->model.string()); !why.empty()) {
            ++oracle_broken;
            details << c->name << "\toracle\t" << why << "\n";
            continue;
        }
        for (int target : o.targets) {
            Tally& t = ours[target];
            bool can = expressible(*c, target);
            t.expressible += can;
            std::string out = (fs::path(o.work) / (c->name + "-" + std::to_string(target) + ".onnx")).string();
            std::string verdict, why;
            try {
                auto model = opbridge::onnx_file::read(c->model.string());
                opbridge::Diagnostics diags;
                opbridge::OpsetConversion conversion{target, c->model.string(), &opbridge::rules::onnx_opset::table};
                if (!opbridge::convert_opset(model, conversion, diags)) {
                    ++t.refused;
                    verdict = "refused";
                    why = diags.items().empty() ? "" : diags.items().front().one_line();
                } else {
                    opbridge::onnx_file::write(model, out);
                    why = run_and_compare(ort, *c, out);
                    if (why.empty()) {
                        ++t.correct;
                        t.expressible_correct += can;
                        verdict = "correct";
                    } else {
                        ++t.wrong;
                        verdict = "WRONG";
                    }
                    fs::remove(out);
                }
            } catch (const std::exception& e) {
                ++t.crashed;
                verdict = "CRASHED";
                why = e.what();
            }
            details << c->name << "\t" << target << "\t" << verdict << "\t" << why << "\n";

            if (!o.reference.empty()) {
                Tally& r = theirs[target];
                r.expressible += can;
                auto it = reference.find({c->name, target});
                if (it == reference.end() || it->second.empty()) ++r.refused;
                else if (auto rwhy = run_and_compare(ort, *c, it->second); rwhy.empty()) {
                    ++r.correct;
                    r.expressible_correct += can;
                } else ++r.wrong;
            }
        }
    }

    std::ostringstream summary;
    summary << "ONNX backend node tests: " << dirs.size() << " models, " << unreadable << " without usable data, "
            << oracle_broken << " that ONNX Runtime itself does not pass (excluded)\n";
    summary << "target | opbridge: correct refused wrong crashed | correct/expressible";
    if (!o.reference.empty()) summary << " || onnx version_converter: correct refused-or-failed wrong | correct/expressible";
    summary << "\n";
    Tally all, all_ref;
    for (int target : o.targets) {
        const Tally& t = ours[target];
        char line[256];
        std::snprintf(line, sizeof line, "%6d | %7d %7d %5d %7d | %4d/%-4d %s", target, t.correct, t.refused, t.wrong,
                      t.crashed, t.expressible_correct, t.expressible, percent(t.expressible_correct, t.expressible).c_str());
        summary << line;
        if (!o.reference.empty()) {
            const Tally& r = theirs[target];
            std::snprintf(line, sizeof line, " || %7d %7d %5d | %4d/%-4d %s", r.correct, r.refused, r.wrong,
                          r.expressible_correct, r.expressible, percent(r.expressible_correct, r.expressible).c_str());
            summary << line;
            all_ref.correct += r.correct;
            all_ref.refused += r.refused;
            all_ref.wrong += r.wrong;
            all_ref.expressible += r.expressible;
            all_ref.expressible_correct += r.expressible_correct;
        }
        summary << "\n";
        all.correct += t.correct;
        all.refused += t.refused;
        all.wrong += t.wrong;
        all.crashed += t.crashed;
        all.expressible += t.expressible;
        all.expressible_correct += t.expressible_correct;
    }
    summary << "   all | " << all.correct << " correct, " << all.refused << " refused, " << all.wrong << " wrong, "
            << all.crashed << " crashed; correct on " << all.expressible_correct << " of " << all.expressible
            << " expressible pairs (" << percent(all.expressible_correct, all.expressible) << ")";
    if (!o.reference.empty())
        summary << "; onnx version_converter: " << all_ref.correct << " correct, " << all_ref.wrong << " wrong, correct on "
                << all_ref.expressible_correct << " of " << all_ref.expressible << " expressible ("
                << percent(all_ref.expressible_correct, all_ref.expressible) << ")";
    summary << "\n";
    std::cout << summary.str();
    if (!o.report.empty()) {
        std::ofstream r(o.report);
        r << summary.str() << "\n# per pair: test, target, verdict, why\n" << details.str();
        std::cout << "details: " << o.report << "\n";
    }
    if (o.require_clean && (all.wrong || all.crashed)) {
        std::cerr << all.wrong << " pair(s) converted but wrong, " << all.crashed << " crashed: see the report\n";
        return 1;
    }
    return 0;
}
