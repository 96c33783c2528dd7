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
cmake --build "$build_dir" -j "$(nproc)" --target opbridge_bench opbridge_cli >/dev/null
models=.cache/models
echo "== compile time of one file that includes every opset rule"
start=$(date +%s.%N)
g++ -std=c++20 -O0 -fsyntax-only -DONNX_ML=1 -DONNX_NAMESPACE=onnx -Iinclude -Irules -x c++ - <<'CPP'
#include "opbridge/rules/onnx/opset/complete.hpp"
#include "opbridge/pass/opset_convert.hpp"
CPP
end=$(date +%s.%N)
echo "rules/opbridge/rules/onnx/opset/complete.hpp + driver: $(echo "$end - $start" | bc) s ($(grep -c 'adapter<\|replacement<\|decomposition<\|unsupported<' rules/opbridge/rules/onnx/opset/*.hpp | awk -F: '{s+=$2} END {print s}') rule declarations)"
start=$(date +%s.%N)
g++ -std=c++20 -O0 -fsyntax-only -DONNX_ML=1 -DONNX_NAMESPACE=onnx -Iinclude -Irules -x c++ - <<'CPP'
#include "opbridge/rules/onnx_to_tflite/convert.hpp"
CPP
end=$(date +%s.%N)
echo "rules/opbridge/rules/onnx_to_tflite/convert.hpp (every ONNX -> TFLite rule, the opset rules, the pipeline): $(echo "$end - $start" | bc) s"
start=$(date +%s.%N)
g++ -std=c++20 -O0 -fsyntax-only -DONNX_ML=1 -DONNX_NAMESPACE=onnx -Iinclude -Irules -x c++ - <<'CPP'
#include "opbridge/rules/tflite_to_onnx/convert.hpp"
CPP
end=$(date +%s.%N)
echo "rules/opbridge/rules/tflite_to_onnx/convert.hpp (every TFLite -> ONNX rule and the pipeline): $(echo "$end - $start" | bc) s"
echo
echo "== read/write, opset conversion (to 17), ONNX -> TFLite and TFLite -> ONNX"
"$build_dir/tests/opbridge_bench" --opset 17 --tflite \
  "$models/resnet18-opset13.onnx" "$models/mobilenet_v3_small-opset13.onnx" \
  "$models/convnext_tiny-opset13.onnx" "$models/vit_b_16-opset13.onnx" \
  "$models/mediapipe/face_detection_short_range.tflite" "$models/mediapipe/face_detection_full_range_sparse.tflite" \
  "$models/mediapipe/selfie_segmentation.tflite"
echo
echo "== quantized (issue 6): int8 QDQ ONNX -> int8 TFLite, and an int8 TFLite -> ONNX QDQ"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for m in resnet18 mobilenet_v2; do
  "$build_dir/bin/opbridge" convert "$models/qdq/$m-opset13-qdq.onnx" "$work/$m-int8.tflite" >/dev/null
done
"$build_dir/tests/opbridge_bench" --opset 17 --tflite \
  "$models/qdq/resnet18-opset13-qdq.onnx" "$models/qdq/mobilenet_v2-opset13-qdq.onnx" \
  "$work/resnet18-int8.tflite" "$work/mobilenet_v2-int8.tflite"
