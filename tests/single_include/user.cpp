// Compiled with only single_include/ on the include path: the amalgamated header must be
// complete on its own.
#include <opbridge/opbridge.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    auto model = opbridge::read_model(argv[1]);
    auto summary = opbridge::summarize(model);
    std::cout << summary.node_count << " nodes\n";
    return summary.node_count > 0 ? 0 : 1;
}
