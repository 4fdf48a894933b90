#!/usr/bin/env bash
# The main job: set up the machine, build what is missing (the native
# compiler, the compiler built with Emscripten, the playground bundle), and
# serve the playground on 127.0.0.1 with the headers it needs, printing its
# URL. PORT=N picks the port (default 8080, or the next free one).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/setup.sh"
bash "$root/scripts/build.sh" --playground >/dev/null
exec node "$root/scripts/serve.mjs" --root "$root/playground/dist"
