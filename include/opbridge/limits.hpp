#pragma once
// Limits on what a file may make opbridge do. Each protects against hostile or broken files
// (a recursion bomb, a count that would exhaust memory); each can be raised from the CLI.

#include <cstdint>

namespace opbridge {

struct Limits {
    uint64_t max_file_bytes = uint64_t(64) << 30;  // 64 GiB: larger than any real model file
    int64_t max_nodes = 10'000'000;                // per graph
    int max_graph_depth = 64;                      // nesting of If/Loop/Scan bodies
    // TFLite: memory the reader may build per byte of file (plus a fixed 64 MiB). A flatbuffer
    // can point many tables at one vector or string, so a small file could otherwise declare
    // gigabytes of shapes and names; honest files stay far below (their bytes are mostly weights).
    uint64_t max_expansion = 32;
};

} // namespace opbridge
