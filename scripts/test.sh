#!/usr/bin/env bash
# Sets up the machine, builds everything once, and runs the whole test suite with CTest.
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
scripts/setup.sh
build_dir=${OPBRIDGE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" --timeout 1800

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer (CMakePresets.json), then
# each fuzz target for 60 s, starting from (and so replaying) its saved corpus of past findings.
# OPBRIDGE_SKIP_SANITIZERS=1 skips both (a quick local run).
cd "$repo_dir"
if [[ ${OPBRIDGE_SKIP_SANITIZERS:-0} != 1 ]]; then
  cmake --preset asan >/dev/null
  cmake --build --preset asan
  ctest --preset asan
  OPBRIDGE_FUZZ_SEED=${OPBRIDGE_FUZZ_SEED:-1} tests/fuzz/run "${OPBRIDGE_FUZZ_SECONDS:-60}"
fi
