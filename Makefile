# Convenience targets over the scripts in scripts/ (the README's two
# commands do not need make).
.PHONY: all run serve dist test bench bench-compile bench-web bench-interop bench-threads bench-memviz golden-update lint-fix fuzz clean

all:
	bash scripts/setup.sh && bash scripts/build.sh --playground

run serve:
	bash scripts/main.sh

# The playground as a static site in playground/dist/ (copy it to any static
# host; playground/dist/_headers lists the headers to send with it).
dist:
	bash scripts/setup.sh && bash scripts/build.sh --playground && echo "static site: playground/dist/"

test:
	bash scripts/test.sh

bench:
	bash scripts/setup.sh && bash scripts/build.sh && python3 bench/run_bench.py
	python3 bench/compile_speed.py
	node bench/interop/run.mjs
	node bench/threads/run.mjs

# A parallel mandelbrot on wasm::thread::scope, 1 task against 64, in Node
# and in headless Chromium (bench/results/threads.md and .json).
bench-threads:
	bash scripts/setup.sh && bash scripts/build.sh && node bench/threads/run.mjs

# Crossing the JS/Wasm boundary: exported add, a host fn called from Wasm,
# a 1 KB string in and out; WasmRust against hand-written WAT,
# AssemblyScript's bindings and Emscripten's embind, in Node and in headless
# Chromium (bench/interop/README.md; bench/results/interop.md and .json).
bench-interop:
	bash scripts/setup.sh && bash scripts/build.sh && node bench/interop/run.mjs

# Compile speed alone: a generated 100,000-line program, WasmRust's dev tier
# against rustc (bench/results/compile_speed.md).
bench-compile:
	bash scripts/setup.sh && bash scripts/build.sh && python3 bench/compile_speed.py

# The in-page compiler against AssemblyScript in headless Chromium: download
# size, time to first result, recompile time, throughput (bench/browser_bench.mjs).
bench-web:
	bash scripts/setup.sh && bash scripts/build.sh --playground && node bench/browser_bench.mjs

# The memory visualizer's costs (docs/memviz.md): the traced dev build
# against the release build on an allocation-heavy program, and the
# DevTools app's frame rate per view with 10,000 live blocks and 1,000
# handles in headless Chromium, and its download size. Tables on stdout and
# in bench/results/memviz_overhead.md and devtools_fps.md (+ .json).
bench-memviz:
	bash scripts/setup.sh && bash scripts/build.sh --wasm
	mkdir -p bench/results
	bash -o pipefail -c 'python3 bench/memviz_overhead.py --json bench/results/memviz_overhead.json | tee bench/results/memviz_overhead.md'
	bash -o pipefail -c 'node bench/devtools_fps.mjs --json bench/results/devtools_fps.json | tee bench/results/devtools_fps.md'

golden-update:
	bash scripts/build.sh && python3 tests/golden/run_golden.py --wasmrust build/bin/wasmrust --update

lint-fix:
	bash scripts/lint.sh --fix

fuzz:
	FUZZ_SEED=0 FUZZ_SECONDS=$${FUZZ_SECONDS:-3600} bash tests/fuzz/run_smoke.sh

clean:
	rm -rf build build-wasm build-fuzz playground/dist
