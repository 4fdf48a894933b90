#!/usr/bin/env bash
# Fuzz smoke test: builds the libFuzzer harness (the `fuzz` CMake preset,
# build-fuzz/) if needed, replays every input in tests/fuzz/regressions/ once,
# then fuzzes the compiler for a bounded time starting from a sample of the
# golden programs (tests/golden/) and the regression inputs into a scratch
# corpus in build-fuzz/corpus/. Exits non-zero on any crash, hang, leak or
# invariant violation; crash inputs are saved in build-fuzz/artifacts/.
#
#   tests/fuzz/run_smoke.sh                      # 60 seconds
#   FUZZ_SECONDS=3600 tests/fuzz/run_smoke.sh    # a longer run
#   FUZZ_ARGS="-jobs=2 -workers=2" tests/fuzz/run_smoke.sh   # extra libFuzzer flags
#
# Prints `fuzz smoke: N runs, K crashes` and then, for CI's parser, exactly
# `1 passed, 0 failed` or `0 passed, 1 failed`.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$ROOT/build-fuzz"
FUZZER="$BUILD/bin/wasmrust_fuzz"
SECONDS_BUDGET="${FUZZ_SECONDS:-60}"
CORPUS="$BUILD/corpus"
ARTIFACTS="$BUILD/artifacts"
LOG="$BUILD/fuzz-smoke.log"

finish() {  # finish RUNS CRASHES
  echo "fuzz smoke: $1 runs, $2 crashes"
  if [[ "$2" == 0 ]]; then
    echo "1 passed, 0 failed"
    exit 0
  fi
  echo "0 passed, 1 failed"
  exit 1
}

cd "$ROOT" || exit 1

# Build (quietly; the log is shown only when something fails).
mkdir -p "$BUILD"
BUILD_LOG="$BUILD/fuzz-build.log"
if [[ ! -f "$BUILD/build.ninja" ]]; then
  if ! cmake --preset fuzz >"$BUILD_LOG" 2>&1; then
    cat "$BUILD_LOG" >&2
    echo "fuzz smoke: configuring the fuzz preset failed" >&2
    finish 0 1
  fi
fi
if ! cmake --build --preset fuzz --target wasmrust_fuzz >"$BUILD_LOG" 2>&1; then
  cat "$BUILD_LOG" >&2
  echo "fuzz smoke: building wasmrust_fuzz failed" >&2
  finish 0 1
fi

SYMBOLIZER="$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)"
[[ -z "$SYMBOLIZER" && -x /usr/lib/llvm-14/bin/llvm-symbolizer ]] &&
  SYMBOLIZER=/usr/lib/llvm-14/bin/llvm-symbolizer
[[ -n "$SYMBOLIZER" ]] && export ASAN_SYMBOLIZER_PATH="$SYMBOLIZER"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

# A fixed seed keeps the smoke reproducible from run to run (CI); long runs
# pass FUZZ_SEED=0 for a random one.
COMMON=(-max_len=4096 -timeout=10 -rss_limit_mb=2048 -seed="${FUZZ_SEED:-1}")
mkdir -p "$ARTIFACTS"

# 1. Regression inputs: each must run cleanly once.
shopt -s nullglob
REGRESSIONS=("$ROOT"/tests/fuzz/regressions/*.rs)
if (( ${#REGRESSIONS[@]} > 0 )); then
  regressions_failed=0
  for input in "${REGRESSIONS[@]}"; do
    if ! "$FUZZER" "${COMMON[@]}" "$input" >"$BUILD/regression.log" 2>&1; then
      echo "FAIL regression ${input#"$ROOT"/}" >&2
      # The error line and the top of the first stack.
      grep -E 'ERROR: |runtime error|invariant violated|^    #[0-9]+ ' \
        "$BUILD/regression.log" | sed -n '1,10p' >&2
      regressions_failed=$((regressions_failed + 1))
    fi
  done
  echo "fuzz smoke: ${#REGRESSIONS[@]} regression inputs, $regressions_failed failing"
  (( regressions_failed > 0 )) && finish "${#REGRESSIONS[@]}" "$regressions_failed"
fi

# 2. Bounded fuzzing from a sample of the golden programs (and the regression
# inputs). libFuzzer runs every seed before it starts mutating, whatever the
# time budget, and one compile under the sanitizers takes seconds (dev and
# release, with Binaryen): seeding from the whole corpus would make the smoke
# grow with it. So the seeds are a fixed-size, evenly spread sample of the
# golden programs (FUZZ_SEEDS, 60 unless told: about three minutes), and the
# scratch corpus starts empty each time. The first directory is the one
# libFuzzer writes new inputs to; the others are only read.
SEED_DIR="$BUILD/seeds"
rm -rf "$SEED_DIR" "$CORPUS"
mkdir -p "$SEED_DIR" "$CORPUS"
mapfile -t GOLDEN < <(find "$ROOT/tests/golden" -name '*.rs' | sort)
want="${FUZZ_SEEDS:-60}"
step=$(( (${#GOLDEN[@]} + want - 1) / want ))
(( step < 1 )) && step=1
for (( i = 0; i < ${#GOLDEN[@]}; i += step )); do
  rel="${GOLDEN[$i]#"$ROOT"/tests/golden/}"
  cp "${GOLDEN[$i]}" "$SEED_DIR/${rel//\//_}"
done
SEEDS=("$SEED_DIR" "$ROOT"/tests/fuzz/regressions/)
# shellcheck disable=SC2086  # FUZZ_ARGS is a list of flags
"$FUZZER" "${COMMON[@]}" \
  -max_total_time="$SECONDS_BUDGET" \
  -dict="$ROOT/tests/fuzz/dictionary.txt" \
  -artifact_prefix="$ARTIFACTS/" \
  -print_final_stats=1 \
  ${FUZZ_ARGS:-} \
  "$CORPUS" "${SEEDS[@]}" >"$LOG" 2>&1
status=$?

runs="$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$LOG" | awk '{s += $2} END {print s + 0}')"
if [[ "$runs" == 0 ]]; then
  runs="$(grep -oE '^#[0-9]+' "$LOG" | tail -1 | tr -d '#')"
  runs="${runs:-0}"
fi
rate="$(grep -oE 'exec/s: [0-9]+' "$LOG" | tail -1 | awk '{print $2}')"
corpus_size="$(find "$CORPUS" -type f | wc -l)"
echo "fuzz smoke: ${SECONDS_BUDGET} s, ${rate:-?} exec/s, corpus $corpus_size inputs (log: ${LOG#"$ROOT"/})"

if (( status != 0 )); then
  grep -E 'ERROR: |SUMMARY: |runtime error|invariant violated|^    #[0-9] |Test unit written' \
    "$LOG" | head -30 >&2
  crashes="$(grep -cE 'Test unit written to' "$LOG")"
  (( crashes == 0 )) && crashes=1
  finish "$runs" "$crashes"
fi
finish "$runs" 0
