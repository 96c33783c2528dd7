#!/usr/bin/env bash
# Regenerates a generated part into a temporary folder and fails when the checked-in copy
# differs. Parts: tflite (the schema headers), onnx (the operator schema tables).
set -euo pipefail
repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo_dir"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
case ${1:-} in
  tflite)
    scripts/regen_tflite_schema.sh "$tmp" >/dev/null
    for f in tflite_schema_generated.h tflite_schema.bfbs.h; do
      if ! cmp -s "$tmp/$f" "include/opbridge/generated/$f"; then
        echo "include/opbridge/generated/$f is out of date: run scripts/regen_tflite_schema.sh" >&2
        exit 1
      fi
    done ;;
  onnx)
    # $2: the built generators/onnx_schemas program
    "$2" generators/onnx_opset_changes.txt "$tmp/onnx_schemas.hpp" 2>/dev/null
    if ! cmp -s "$tmp/onnx_schemas.hpp" include/opbridge/generated/onnx_schemas.hpp; then
      echo "include/opbridge/generated/onnx_schemas.hpp is out of date: run scripts/regen_onnx_schemas.sh" >&2
      exit 1
    fi ;;
  *) echo "usage: check_generated.sh tflite | onnx GENERATOR" >&2; exit 2 ;;
esac
echo "generated $1 files are in sync"
