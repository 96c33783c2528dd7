#!/usr/bin/env bash
# Rebuilds generators/onnx_schemas and rewrites include/opbridge/generated/onnx_schemas.hpp
# from libonnx's schema registry and generators/onnx_opset_changes.txt.
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
build_dir=${OPBRIDGE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" --target onnx_schemas >/dev/null
"$build_dir/generators/onnx_schemas" generators/onnx_opset_changes.txt include/opbridge/generated/onnx_schemas.hpp
