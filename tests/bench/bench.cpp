// Benchmarks: ratios measured in one run on this machine, never asserted on.
//
//   onnx   read+write (opbridge, bytes -> IR -> bytes) / protobuf ParseFromString+SerializeToString
//          read+write file -> file, and peak RSS of that (in a fresh process) / file size
//   tflite read+write (bytes -> IR -> bytes) / copying the same bytes
//
//   opset  convert to another opset (bytes -> IR -> convert -> bytes) / the same floor,
//          and peak RSS of a file -> file conversion / file size
//
// usage: opbridge_bench [--opset N] MODEL... (each .onnx or .tflite)

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <onnx/onnx_pb.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>

#include "opbridge/model_io.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/rules/onnx/opset/all.hpp"
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
#include "opbridge/tflite/writer.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string slurp(const std::string& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// Best of `reps` runs, in seconds: the least disturbed measurement of the same work.
double best_of(int reps, const std::function<void()>& work) {
    double best = 1e30;
    for (int i = 0; i < reps; ++i) {
        auto t0 = Clock::now();
        work();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
}

int reps_for(std::size_t bytes) { return bytes > (100u << 20) ? 3 : bytes > (10u << 20) ? 5 : 20; }

int target_opset = 0;  // --opset N: also measure conversion to opset N
bool to_tflite = false; // --tflite: also measure ONNX -> TFLite and TFLite -> ONNX conversion

// TFLite bytes -> ONNX bytes, as `opbridge convert IN.tflite OUT.onnx` does.
std::string tflite_to_onnx_bytes(opbridge::Model m, const std::string& path) {
    opbridge::Diagnostics d;
    auto o = opbridge::rules::tflite_to_onnx::convert(m, {}, d, path);
    if (!o) throw std::runtime_error(d.items().front().one_line());
    return opbridge::onnx_file::write_bytes(*o);
}

// ONNX bytes -> TFLite bytes, as `opbridge convert IN.onnx OUT.tflite` does.
std::string onnx_to_tflite_bytes(opbridge::Model m, const std::string& path) {
    opbridge::Diagnostics d;
    auto t = opbridge::rules::onnx_to_tflite::convert(m, {}, d, path);
    if (!t) throw std::runtime_error(d.items().front().one_line());
    return opbridge::tflite_file::write_bytes(*t);
}

// Runs this program again as `--convert-child IN OUT [OPSET]` and returns the child's peak RSS in bytes.
long child_peak_rss(const char* self, const std::string& in, const std::string& out, int opset = 0) {
    std::string opset_text = std::to_string(opset);
    pid_t pid = ::fork();
    if (pid == 0) {
        ::execl(self, self, "--convert-child", in.c_str(), out.c_str(), opset_text.c_str(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    ::wait4(pid, &status, 0, &usage);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return -1;
    return usage.ru_maxrss * 1024L;
}

void bench_onnx(const char* self, const std::string& path) {
    std::string bytes = slurp(path);
    int reps = reps_for(bytes.size());
    double floor = best_of(reps, [&] {
        onnx::ModelProto p;
        p.ParseFromString(bytes);
        std::string out;
        p.SerializeToString(&out);
    });
    std::span<const std::byte> view(reinterpret_cast<const std::byte*>(bytes.data()), bytes.size());
    double ours = best_of(reps, [&] {
        auto m = opbridge::onnx_file::read_bytes(view);
        std::string out = opbridge::onnx_file::write_bytes(m);
    });
    std::string out_path = (fs::temp_directory_path() / ("opbridge-bench-" + std::to_string(::getpid()) + ".onnx")).string();
    double file_to_file = best_of(reps, [&] {
        auto m = opbridge::onnx_file::read(path);
        opbridge::onnx_file::write(m, out_path);
    });
    long rss = child_peak_rss(self, path, out_path);
    if (target_opset) {
        double convert = best_of(reps, [&] {
            auto m = opbridge::onnx_file::read_bytes(view);
            opbridge::Diagnostics d;
            opbridge::OpsetConversion o{target_opset, path, &opbridge::rules::onnx_opset::table};
            if (!opbridge::convert_opset(m, o, d)) throw std::runtime_error(d.items().front().one_line());
            std::string out = opbridge::onnx_file::write_bytes(m);
        });
        long convert_rss = child_peak_rss(self, path, out_path, target_opset);
        std::printf("%-44s opset  -> %d: read+convert+write %.3f s  ratio to floor %.2fx  peak RSS/file %.2fx\n",
                    fs::path(path).filename().c_str(), target_opset, convert, convert / floor,
                    convert_rss > 0 ? double(convert_rss) / double(bytes.size()) : -1.0);
    }
    if (to_tflite) {
        double convert = best_of(reps, [&] { onnx_to_tflite_bytes(opbridge::onnx_file::read_bytes(view), path); });
        std::string tflite_path = out_path + ".tflite";
        long convert_rss = child_peak_rss(self, path, tflite_path, -1);
        fs::remove(tflite_path);
        std::printf("%-44s tflite <- onnx: read+convert+write %.3f s  ratio to floor %.2fx  peak RSS/file %.2fx\n",
                    fs::path(path).filename().c_str(), convert, convert / floor,
                    convert_rss > 0 ? double(convert_rss) / double(bytes.size()) : -1.0);
    }
    fs::remove(out_path);
    std::printf("%-44s onnx   %8.1f MB  floor %.3f s  read+write %.3f s  ratio %.2fx  | file->file %.3f s (%.2fx)  peak RSS/file %.2fx\n",
                fs::path(path).filename().c_str(), bytes.size() / 1e6, floor, ours, ours / floor, file_to_file,
                file_to_file / floor, rss > 0 ? double(rss) / double(bytes.size()) : -1.0);
}

void bench_tflite(const char* self, const std::string& path) {
    std::string bytes = slurp(path);
    int reps = reps_for(bytes.size()) * 5;
    double copy = best_of(reps, [&] {
        std::string c(bytes);
        asm volatile("" : : "r"(c.data()) : "memory");
    });
    auto buffer = opbridge::Buffer::copy_of(bytes.data(), bytes.size());
    double ours = best_of(reps, [&] {
        auto m = opbridge::tflite_file::read_bytes(buffer, path);
        std::string out = opbridge::tflite_file::write_bytes(m);
    });
    std::string out_path = (fs::temp_directory_path() / ("opbridge-bench-" + std::to_string(::getpid()) + ".tflite")).string();
    long rss = child_peak_rss(self, path, out_path);
    fs::remove(out_path);
    if (to_tflite) try {  // the other direction: TFLite -> ONNX
        double convert = best_of(reps, [&] { tflite_to_onnx_bytes(opbridge::tflite_file::read_bytes(buffer, path), path); });
        std::string onnx_path = out_path + ".onnx";
        long convert_rss = child_peak_rss(self, path, onnx_path, -1);
        fs::remove(onnx_path);
        std::printf("%-44s onnx <- tflite: read+convert+write %.4f s  ratio to read+write %.1fx  peak RSS/file %.2fx\n",
                    fs::path(path).filename().c_str(), convert, convert / ours,
                    convert_rss > 0 ? double(convert_rss) / double(bytes.size()) : -1.0);
    } catch (const std::exception& e) {
        std::printf("%-44s onnx <- tflite: not converted (%s)\n", fs::path(path).filename().c_str(), e.what());
    }
    std::printf("%-44s tflite %8.1f MB  copy  %.4f s  read+write %.4f s  ratio %.1fx  | peak RSS/file %.2fx\n",
                fs::path(path).filename().c_str(), bytes.size() / 1e6, copy, ours, ours / copy,
                rss > 0 ? double(rss) / double(bytes.size()) : -1.0);
}

} // namespace

int main(int argc, char** argv) {
    if (argc == 5 && std::strcmp(argv[1], "--convert-child") == 0) {
        try {
            auto model = opbridge::read_model(argv[2]);
            if (std::atoi(argv[4]) < 0) {
                std::string bytes = model.format == opbridge::Format::onnx ? onnx_to_tflite_bytes(std::move(model), argv[2])
                                                                           : tflite_to_onnx_bytes(std::move(model), argv[2]);
                opbridge::io::AtomicOutput out(argv[3]);
                out.write(bytes.data(), bytes.size());
                out.commit();
                return 0;
            }
            if (int opset = std::atoi(argv[4])) {
                opbridge::Diagnostics d;
                opbridge::OpsetConversion o{opset, argv[2], &opbridge::rules::onnx_opset::table};
                if (!opbridge::convert_opset(model, o, d)) return 1;
            }
            opbridge::write_model(model, argv[3]);
            return 0;
        } catch (const std::exception& e) {
            std::fprintf(stderr, "%s\n", e.what());
            return 1;
        }
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: opbridge_bench MODEL...\n");
        return 2;
    }
    for (int i = 1; i < argc; ++i) {
        std::string path = argv[i];
        if (path == "--tflite") {
            to_tflite = true;
            continue;
        }
        if (path == "--opset" && i + 1 < argc) {
            target_opset = std::atoi(argv[++i]);
            continue;
        }
        try {
            if (path.ends_with(".tflite")) bench_tflite(argv[0], path);
            else bench_onnx(argv[0], path);
        } catch (const std::exception& e) {
            std::printf("%s: %s\n", path.c_str(), e.what());
        }
    }
    return 0;
}
