#!/usr/bin/env bash
# The main job, end to end, on the model the repository ships (models/tiny_cnn.onnx, opset
# 13): set up, build, convert it down to opset 9 and up to opset 17, check each result in
# ONNX Runtime against the original, and print a short report.
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
scripts/setup.sh
build_dir=${OPBRIDGE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target opbridge_cli >/dev/null
cli=$build_dir/bin/opbridge
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
model=models/tiny_cnn.onnx

echo "== model"
"$cli" inspect "$model"
for opset in 9 17; do
  echo
  echo "== convert to opset $opset"
  "$cli" convert "$model" "$out/tiny_cnn-opset$opset.onnx" --opset "$opset"
  "$cli" verify "$model" "$out/tiny_cnn-opset$opset.onnx"
done
echo
echo "== report: tiny_cnn.onnx converted to opsets 9 and 17; both agree with the original in ONNX Runtime"
