# Convenience targets over the scripts in scripts/ (the README's two
# commands do not need make).
.PHONY: all run test bench golden-update lint-fix fuzz clean

all:
	bash scripts/setup.sh && bash scripts/build.sh --wasm

run:
	bash scripts/main.sh

test:
	bash scripts/test.sh

bench:
	bash scripts/setup.sh && bash scripts/build.sh && python3 bench/run_bench.py

golden-update:
	bash scripts/build.sh && python3 tests/golden/run_golden.py --wasmrust build/bin/wasmrust --update

lint-fix:
	bash scripts/lint.sh --fix

fuzz:
	FUZZ_SEED=0 FUZZ_SECONDS=$${FUZZ_SECONDS:-3600} bash tests/fuzz/run_smoke.sh

clean:
	rm -rf build build-wasm build-fuzz
