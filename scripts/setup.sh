#!/usr/bin/env bash
# Installs everything opbridge needs on a Debian bookworm machine, then fetches the test
# models. Safe to run again: quiet when everything is already there.
#   - C++ libraries and tools from Debian (apt-get)
#   - the reference runtimes from npm into .deps/ (scripts/install_runtimes.sh)
#   - the third-party test models from npm into .cache/ (scripts/fetch_mediapipe.sh)
#   - the torchvision sample models (scripts/make_models.py, random weights, sets "ci" and "tflite")
#   - int8 QDQ versions of some of them, calibrated in ONNX Runtime (scripts/make_qdq_models.py)
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
  g++ cmake make pkg-config git
  libonnx-dev python3-onnx libonnx-testdata
  libprotobuf-dev protobuf-compiler
  libflatbuffers-dev flatbuffers-compiler
  libboost-dev catch2 graphviz
  python3-torch python3-torchvision python3-numpy python3-flatbuffers
  clang-14 libclang-rt-14-dev
)
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ $status == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) == 0 ]] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$repo_dir/scripts/install_runtimes.sh"
"$repo_dir/scripts/fetch_mediapipe.sh"
/usr/bin/python3 "$repo_dir/scripts/make_models.py" --set ci >/dev/null
/usr/bin/python3 "$repo_dir/scripts/make_models.py" --set tflite >/dev/null  # ONNX -> TFLite model set (issue 5)
/usr/bin/python3 "$repo_dir/scripts/make_qdq_models.py" >/dev/null  # quantized models (issue 6)
