#!/usr/bin/env bash
# Installs the reference runtimes that `opbridge verify` and the tests run models in:
#   - ONNX Runtime (npm onnxruntime-node, whose package carries the native CPU library),
#   - the TensorFlow Lite 2.9 C library (taken out of the npm package tfjs-tflite-node),
#   - LiteRT, TensorFlow Lite's current runtime (npm @litertjs/core, WebAssembly).
# Everything goes into <repo>/.deps (or $OPBRIDGE_DEPS_DIR); nothing outside it is touched.
# Needs only node and npm. Safe to run again: it prints nothing when all is in place.
set -euo pipefail

readonly ORT_PACKAGE=onnxruntime-node
readonly ORT_VERSION=1.30.0
readonly LITERT_PACKAGE=@litertjs/core
readonly LITERT_VERSION=2.5.3
readonly TFLITE_PACKAGE=tfjs-tflite-node
readonly TFLITE_VERSION=0.0.2
readonly TFLITE_LIBRARY_IN_PACKAGE=package/cc_deps/linux_amd64/libtensorflowlite_c.so
# Checked after extraction so a changed tarball cannot slip in silently.
readonly TFLITE_LIBRARY_SHA256=dc89b4cd86d956516570bd483668e6dd98907f49901d0567dedc69a29a56b7f7

repo_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deps_dir=${OPBRIDGE_DEPS_DIR:-$repo_dir/.deps}

fail() {
    echo "install_runtimes: $*" >&2
    exit 1
}

command -v node >/dev/null || fail "node is not on PATH; install Node.js 20 (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null || fail "npm is not on PATH; install it (Debian: apt-get install npm)"

# install_npm_package NAME VERSION LOAD_CHECK: NAME@VERSION into $deps_dir/npm, unless that
# version is there and LOAD_CHECK (JavaScript run with the package folder as argv[1]) passes.
install_npm_package() {
    local package=$1 version=$2 load_check=$3
    local npm_dir=$deps_dir/npm
    local package_dir=$npm_dir/node_modules/$package
    if node -e '
        const [dir, want] = process.argv.slice(1);
        if (require(dir + "/package.json").version !== want) process.exit(1);' "$package_dir" "$version" 2>/dev/null &&
        node -e "$load_check" "$package_dir" 2>/dev/null; then
        return
    fi
    echo "install_runtimes: installing $package@$version into $npm_dir" >&2
    mkdir -p "$npm_dir"
    # onnxruntime-node's install script would download CUDA parts from outside the registry;
    # the CPU library we need is already inside the package.
    ONNXRUNTIME_NODE_INSTALL=skip npm install --prefix "$npm_dir" --save-exact \
        --no-audit --no-fund --loglevel=error "$package@$version" >/dev/null
    node -e "$load_check" "$package_dir" ||
        fail "$package@$version was installed into $npm_dir but does not load in $(node --version)"
}

install_tflite_library() {
    local target=$deps_dir/tflite/libtensorflowlite_c.so
    if [[ -f $target ]] && echo "$TFLITE_LIBRARY_SHA256  $target" | sha256sum --check --status; then
        return
    fi
    echo "install_runtimes: extracting libtensorflowlite_c.so from $TFLITE_PACKAGE@$TFLITE_VERSION" >&2
    local work_dir
    work_dir=$(mktemp -d)
    # npm pack only downloads the tarball (checked against the registry's integrity hash);
    # installing the package would try to build its node binding, which we do not need.
    (cd "$work_dir" && npm pack --silent "$TFLITE_PACKAGE@$TFLITE_VERSION" >/dev/null)
    tar -xzf "$work_dir/$TFLITE_PACKAGE-$TFLITE_VERSION.tgz" -C "$work_dir" "$TFLITE_LIBRARY_IN_PACKAGE"
    echo "$TFLITE_LIBRARY_SHA256  $work_dir/$TFLITE_LIBRARY_IN_PACKAGE" | sha256sum --check --status ||
        fail "libtensorflowlite_c.so in $TFLITE_PACKAGE@$TFLITE_VERSION does not have the expected SHA-256"
    mkdir -p "$(dirname "$target")"
    # Rename into place so an interrupted run never leaves a half-written library.
    cp "$work_dir/$TFLITE_LIBRARY_IN_PACKAGE" "$target.partial"
    mv "$target.partial" "$target"
    rm -rf "$work_dir"
}

install_npm_package "$ORT_PACKAGE" "$ORT_VERSION" 'require(process.argv[1])'
# An ES module: it loads in litert_server.mjs, after shims for its browser loader; here the
# check is that its WebAssembly build is in place.
install_npm_package "$LITERT_PACKAGE" "$LITERT_VERSION" \
    'require("fs").accessSync(process.argv[1] + "/wasm/litert_wasm_compat_internal.wasm")'
install_tflite_library
