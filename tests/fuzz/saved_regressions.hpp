// The fuzzers' saved findings (tests/fuzz/regressions/), for the tests that replay them.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace opbridge::fuzz {

// Calls `replay(bytes, file name)` for each saved input whose extension is `extension`
// (".opset", ".to_tflite", ".to_onnx"); returns how many there were.
template <class Replay>
int for_each_saved_regression(const std::string& extension, Replay&& replay) {
    namespace fs = std::filesystem;
    int files = 0;
    for (auto& e : fs::directory_iterator(fs::path(OPBRIDGE_SOURCE_DIR) / "tests" / "fuzz" / "regressions")) {
        if (e.path().extension() != extension) continue;
        ++files;
        std::ifstream f(e.path(), std::ios::binary);
        std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
        replay(bytes, e.path().filename().string());
    }
    return files;
}

} // namespace opbridge::fuzz
