// Reads a model, prints its summary, writes it back: enough to prove the headers, include
// paths and dependencies a consumer gets are complete.
#include <opbridge/model_io.hpp>
#include <opbridge/summary.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    auto model = opbridge::read_model(argv[1]);
    std::cout << opbridge::to_text(opbridge::summarize(model));
    opbridge::write_model(model, argv[2]);
    return 0;
}
