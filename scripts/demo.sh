#!/usr/bin/env bash
# The main job, end to end, on the model the repository ships (models/tiny_cnn.onnx, opset
# 13): set up, build, convert it down to opset 9, up to opset 17 and to TFLite, check each
# result in a real runtime against the original, and print a short report.
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
echo "== convert to TFLite (NHWC inside, weights permuted at conversion time)"
"$cli" convert "$model" "$out/tiny_cnn.tflite"
"$cli" inspect "$out/tiny_cnn.tflite" | sed -n '/^ops:/,$p'
"$cli" verify "$model" "$out/tiny_cnn.tflite"
echo
echo "== report: tiny_cnn.onnx converted to opsets 9 and 17 and to TFLite; each agrees with the original"
echo "   (ONNX results in ONNX Runtime, the TFLite result in the TFLite runtime)"
