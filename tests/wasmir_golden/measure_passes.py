#!/usr/bin/env python3
"""Measures what the WasmIR passes buy on the benchmark workloads.

For every bench/workloads/<name>.rs it builds eight variants with the given
wasmrust binary and reports, for each, the module size in bytes, the fastest
run time of main() over --runs runs (the minimum: the least disturbed by a
busy machine; bench/node_runner.mjs under `node --no-liftoff
--no-wasm-lazy-compilation`, as bench/run_bench.py runs it) and the fastest
compile time:

  dev            build                                     (the dev tier)
  dev+passes     build --passes=release
  rel            build --release --no-binaryen --passes=none
  rel+passes     build --release --no-binaryen  (the release pipeline; as the Emscripten build)
  binaryen       build --release --passes=none             (Binaryen -O3 alone)
  passes+binaryen build --release            (the release tier: pre-binaryen passes)
  binaryen-z     build --release=size --passes=none
  passes+binaryen-z build --release=size

Every variant's output must equal the dev build's; a difference is reported.

  python3 tests/wasmir_golden/measure_passes.py --wasmrust build/bin/wasmrust [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKLOADS = ROOT / "bench" / "workloads"
RUNNER = ROOT / "bench" / "node_runner.mjs"
VARIANTS = [
    ("dev", []),
    ("dev+passes", ["--passes=release"]),
    ("rel", ["--release", "--no-binaryen", "--passes=none"]),
    ("rel+passes", ["--release", "--no-binaryen"]),
    ("binaryen", ["--release", "--passes=none"]),
    ("passes+binaryen", ["--release"]),
    ("binaryen-z", ["--release=size", "--passes=none"]),
    ("passes+binaryen-z", ["--release=size"]),
]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wasmrust", required=True)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json", help="also write the figures to this file")
    opts = ap.parse_args(argv)
    figures: dict[str, dict[str, dict]] = {}
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in sorted(WORKLOADS.glob("*.rs")):
            if src.name.endswith(".peer.rs"):
                continue
            name = src.stem
            figures[name] = {}
            reference = None
            for variant, flags in VARIANTS:
                out = Path(tmp) / f"{name}-{variant}.wasm"
                compile_ms = []
                for _ in range(opts.runs):
                    t0 = time.perf_counter()
                    built = subprocess.run([opts.wasmrust, "build", str(src), *flags, "-o", str(out)],
                                           capture_output=True, text=True)
                    compile_ms.append((time.perf_counter() - t0) * 1000)
                    if built.returncode != 0:
                        problems.append(f"{name} {variant}: build failed: {built.stderr}")
                        break
                if built.returncode != 0:
                    continue
                runs = []
                for _ in range(opts.runs):
                    ran = subprocess.run(["node", "--no-liftoff", "--no-wasm-lazy-compilation",
                                          str(RUNNER), str(out)], capture_output=True, text=True)
                    runs.append(json.loads(ran.stdout))
                output = (runs[0]["stdout"], runs[0]["exitCode"])
                if reference is None:
                    reference = output
                elif output != reference:
                    problems.append(f"{name} {variant}: output differs from the dev build's")
                figures[name][variant] = {
                    "bytes": out.stat().st_size,
                    "run_ms": min(r["ms"] for r in runs),
                    "compile_ms": min(compile_ms),
                }
    header = "| workload | " + " | ".join(v for v, _ in VARIANTS) + " |"
    print(header)
    print("|" + "---|" * (len(VARIANTS) + 1))
    for metric, unit, fmt in (("bytes", "B", "{:.0f}"), ("run_ms", "ms", "{:.1f}"),
                              ("compile_ms", "ms (compile)", "{:.1f}")):
        for name, by_variant in figures.items():
            cells = [fmt.format(by_variant[v][metric]) if v in by_variant else "n/a"
                     for v, _ in VARIANTS]
            print(f"| {name} {unit} | " + " | ".join(cells) + " |")
    if opts.json:
        Path(opts.json).write_text(json.dumps(figures, indent=2))
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
