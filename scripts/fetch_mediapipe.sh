#!/usr/bin/env bash
# Fetch MediaPipe's published TFLite models: real-world TFLite files (fp16 weights through
# DEQUANTIZE, DENSIFY, HARD_SWISH, a custom op) that no exporter here can make.
# They come inside npm packages, the one registry reachable here. Nothing is committed:
#   .cache/npm/*.tgz                 the packed packages
#   .cache/models/mediapipe/*.tflite the models
# Idempotent: prints nothing and asks no registry when everything is already present.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
npm_dir=$repo/.cache/npm
out=$repo/.cache/models/mediapipe
# Pinned, so the tests see the same bytes on every machine.
packages=(@mediapipe/face_detection@0.4.1657300184
          @mediapipe/selfie_segmentation@0.1.1675465747)

mkdir -p "$npm_dir" "$out"
for spec in "${packages[@]}"; do
  name=${spec%@*} version=${spec##*@}
  tgz=$npm_dir/$(tr / - <<<"${name#@}")-$version.tgz  # npm pack's own file name
  if [[ ! -s $tgz ]]; then
    (cd "$npm_dir" && npm pack --silent "$spec" >/dev/null)
    echo "fetched $spec"
  fi
  # Extract each missing .tflite through a temporary folder, so an interrupted run never
  # leaves a truncated model that looks present.
  tar -tzf "$tgz" | grep '\.tflite$' | while read -r member; do
    [[ -s $out/$(basename "$member") ]] && continue
    tmp=$(mktemp -d "$out/.tmp.XXXXXX")
    tar -xzf "$tgz" -C "$tmp" --no-same-owner -m "$member"
    chmod 644 "$tmp/$member"  # the tarball marks some models executable
    mv "$tmp/$member" "$out/"
    rm -rf "$tmp"
    echo "extracted $(basename "$member")"
  done
done
