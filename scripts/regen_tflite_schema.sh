#!/usr/bin/env bash
# Regenerates the checked-in C++ headers for opbridge's TFLite schema.
#
#   scripts/regen_tflite_schema.sh [OUTPUT_DIR]
#
# Input : include/opbridge/tflite/schema.fbs
# Output: OUTPUT_DIR/tflite_schema_generated.h  (tables, object API, type tables)
#         OUTPUT_DIR/tflite_schema.bfbs.h       (binary schema for flatbuffers
#                                                 reflection, as a byte array)
# OUTPUT_DIR defaults to include/opbridge/generated. CI regenerates into a
# temporary directory and diffs against the checked-in files:
#
#   tmp=$(mktemp -d) && scripts/regen_tflite_schema.sh "$tmp" &&
#     for f in tflite_schema_generated.h tflite_schema.bfbs.h; do
#       diff -q "$tmp/$f" "include/opbridge/generated/$f" || exit 1; done
#
# The output is a pure function of schema.fbs and the flatc version: flatc is
# run from the repository root on a relative path, so no absolute path ends up
# in the binary schema. The generated code static_asserts the flatbuffers
# runtime version, so the flatc used here must match the headers the project
# builds against (Debian's flatbuffers-compiler / libflatbuffers-dev).
# Override the compiler with FLATC=/path/to/flatc.
set -euo pipefail

readonly expected_flatc_version="2.0.8"
readonly schema="include/opbridge/tflite/schema.fbs"
readonly script_name="scripts/regen_tflite_schema.sh"
# Flags for the C++ header. --gen-object-api: ModelT & co. for the writer;
# --reflect-names: mini-reflection type tables with field names;
# --gen-compare: operator== on object-API types (round-trip tests);
# --gen-name-strings: GetFullyQualifiedName() for diagnostics.
readonly cpp_flags=(--cpp --gen-object-api --reflect-names --gen-compare --gen-name-strings)

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out_dir=${1:-"$repo_root/include/opbridge/generated"}
flatc=${FLATC:-flatc}

die() { echo "regen_tflite_schema: $*" >&2; exit 1; }

command -v "$flatc" >/dev/null 2>&1 ||
  die "flatc not found (apt-get install flatbuffers-compiler, or set FLATC)"
version=$("$flatc" --version | awk '{print $NF}')
[[ "$version" == "$expected_flatc_version" ]] ||
  die "flatc $version found, $expected_flatc_version required (the generated code pins the runtime version)"

mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$repo_root"
export LC_ALL=C
# One run writes both schema_generated.h and, with --bfbs-gen-embed,
# schema_bfbs_generated.h (the serialized schema as a static byte array).
"$flatc" "${cpp_flags[@]}" --bfbs-gen-embed -o "$work" "$schema"

[[ -s "$work/schema_generated.h" && -s "$work/schema_bfbs_generated.h" ]] ||
  die "flatc did not produce the expected files in $work"

# Writes $1 (flatc output) to $2 with a first line naming this script.
emit() {
  local src=$1 dst=$2 what=$3
  {
    echo "// GENERATED FILE, DO NOT EDIT: written by $script_name from $schema (flatc $expected_flatc_version)."
    echo "// Contents: $what"
    cat "$src"
  } >"$work/next"
  mv "$work/next" "$dst"
}

emit "$work/schema_generated.h" "$out_dir/tflite_schema_generated.h" \
  "C++ API (namespace opbridge::tflite_schema) for TFLite model files; flags: ${cpp_flags[*]}."
emit "$work/schema_bfbs_generated.h" "$out_dir/tflite_schema.bfbs.h" \
  "the binary schema (reflection::Schema, root Model) as opbridge::tflite_schema::ModelBinarySchema::data()/size()."

echo "regen_tflite_schema: wrote $out_dir/tflite_schema_generated.h and $out_dir/tflite_schema.bfbs.h"
