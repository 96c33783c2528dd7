#!/usr/bin/env bash
# Makes the benchmark models (torchvision exports with random weights, MediaPipe .tflite
# files), builds the benchmark, and prints its ratios. Not part of the test suite.
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo_dir"
scripts/setup.sh
/usr/bin/python3 scripts/make_models.py --set bench >/dev/null
build_dir=${OPBRIDGE_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build_dir" -j "$(nproc)" --target opbridge_bench >/dev/null
models=.cache/models
"$build_dir/tests/opbridge_bench" \
  "$models/resnet18-opset13.onnx" "$models/mobilenet_v3_small-opset13.onnx" \
  "$models/convnext_tiny-opset13.onnx" "$models/vit_b_16-opset13.onnx" \
  "$models/mediapipe/face_detection_short_range.tflite" "$models/mediapipe/face_detection_full_range_sparse.tflite" \
  "$models/mediapipe/selfie_segmentation.tflite"
