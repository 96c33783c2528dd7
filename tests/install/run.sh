#!/usr/bin/env bash
# Builds tests/install/consumer against opbridge three ways and runs it on the demo model.
#   run.sh SOURCE_DIR BUILD_DIR MODE      MODE: find_package | add_subdirectory | FetchContent
set -euo pipefail
src=$1 work=$2/consumer-$3 mode=$3
rm -rf "$work" && mkdir -p "$work"
args=(-DOPBRIDGE_CONSUME="$mode" -DOPBRIDGE_SOURCE="$src" -DCMAKE_BUILD_TYPE=Release)
if [[ $mode == find_package ]]; then
  # Install a copy of the headers and package files, as a user would.
  cmake -S "$src" -B "$work/opbridge-build" -DOPBRIDGE_BUILD_TESTS=OFF -DOPBRIDGE_BUILD_EXAMPLES=OFF >/dev/null
  cmake --install "$work/opbridge-build" --prefix "$work/prefix" >/dev/null
  args+=(-DCMAKE_PREFIX_PATH="$work/prefix")
  test -f "$work/prefix/lib/cmake/opbridge/opbridgeConfig.cmake"
fi
cmake -S "$src/tests/install/consumer" -B "$work/build" "${args[@]}" >/dev/null
cmake --build "$work/build" -j 2 >/dev/null
"$work/build/consumer" "$src/models/tiny_cnn.onnx" "$work/out.onnx" | grep -q "Conv"
cmp "$src/models/tiny_cnn.onnx" "$work/out.onnx"
echo "consumer built with $mode and round-tripped the demo model"
