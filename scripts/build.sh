#!/usr/bin/env bash
# Builds what is missing: the native compiler (build/) and, with `--wasm`,
# the same compiler built with Emscripten (build-wasm/). Incremental: a
# second run with nothing changed takes about a second.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

[[ -f build/build.ninja ]] || cmake --preset native >/dev/null
cmake --build --preset native

if [[ ${1:-} == --wasm ]]; then
  # Debian's emscripten needs Node's global module path (see DESIGN.md).
  export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
  [[ -f build-wasm/build.ninja ]] || cmake --preset wasm >/dev/null
  cmake --build --preset wasm
fi
