#!/usr/bin/env bash
# Builds what is missing: the native compiler (build/) and, with `--wasm`,
# the same compiler built with Emscripten (build-wasm/, which also writes
# the in-page compiler to web/dist/ and the DevTools app to devtools/dist/,
# copied into the playground's site and the Chrome extension). `--playground` does both and then
# bundles the playground (playground/dist/, a static site) when any of its
# inputs is newer than the last bundle. Incremental: a second run with
# nothing changed takes about a second.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

wasm=0
playground=0
for arg in "$@"; do
  case "$arg" in
    --wasm) wasm=1 ;;
    --playground) wasm=1 playground=1 ;;
    *) echo "build.sh: unknown option $arg (--wasm, --playground)" >&2; exit 2 ;;
  esac
done

[[ -f build/build.ninja ]] || cmake --preset native >/dev/null
cmake --build --preset native

if ((wasm)); then
  # Debian's emscripten needs Node's global module path (see DESIGN.md).
  export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
  [[ -f build-wasm/build.ninja ]] || cmake --preset wasm >/dev/null
  cmake --build --preset wasm
  # The DevTools app, where the playground and the extension load it from.
  if [[ -f devtools/dist/devtools-core.wasm ]]; then
    for dest in playground/public/devtools devtools/extension/app; do
      mkdir -p "$dest"
      cp -p devtools/dist/* "$dest/"
    done
  fi
fi

if ((playground)); then
  stamp=playground/dist/index.html
  inputs=(playground/index.html playground/src examples playground/public
          playground/vite.config.ts playground/tsconfig.json playground/package-lock.json
          web/dist web/runtime devtools/dist)
  if [[ ! -f $stamp || -n $(find "${inputs[@]}" -newer "$stamp" -print -quit 2>/dev/null) ]]; then
    echo "Bundling the playground (playground/dist/)"
    (cd playground && node_modules/.bin/tsc --noEmit && node_modules/.bin/vite build --logLevel error)
  fi
fi
