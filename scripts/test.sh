#!/usr/bin/env bash
# Runs every test: sets up the machine, builds the native and Emscripten
# compilers and the playground bundle, then runs the CTest suite — GoogleTest
# unit tests, the golden corpus (checked against rustc, wasm-validate and the
# Emscripten build), the JS runtime tests, the playground's browser tests
# (headless Chromium), lint (clang-format, clang-tidy) and the fuzz smoke.
# CTest prints its summary line, then each runner's own summary (golden
# corpus, wasmir, memviz, lint, fuzz) is printed from CTest's log; the exit
# code is CTest's.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" --playground
cd "$root"
status=0
ctest --test-dir build --output-on-failure -j2 "$@" || status=$?
log=build/Testing/Temporary/LastTest.log
if [[ -f $log ]]; then
  echo "Runner summaries:"
  awk '/^[0-9]+\/[0-9]+ Testing: / { name = $3 }
       /^[0-9]+ passed, [0-9]+ failed$|^(format|tidy|fuzz smoke): / { print "  " name ": " $0 }' "$log"
fi
exit "$status"
