#!/usr/bin/env bash
# The main job: set up the machine, build what is missing, and compile and
# run the example program with the native CLI.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" >/dev/null
cd "$root"
echo "\$ build/bin/wasmrust run examples/hello.rs"
exec build/bin/wasmrust run examples/hello.rs
