#!/usr/bin/env bash
# Runs every test: sets up the machine, builds the native and Emscripten
# compilers and the playground bundle, then runs the CTest suite — GoogleTest
# unit tests, the golden corpus (checked against rustc, wasm-validate and the
# Emscripten build), the JS runtime tests, the playground's browser tests
# (headless Chromium), lint (clang-format, clang-tidy) and the fuzz smoke.
# CTest prints the summary line; the exit code is CTest's.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" --playground
cd "$root"
exec ctest --test-dir build --output-on-failure -j2 "$@"
