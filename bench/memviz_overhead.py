#!/usr/bin/env python3
"""The cost of memviz instrumentation: bench/memviz/alloc_churn.rs (2,000,000
allocator operations) built as a release build, a dev build without the
memviz trace (--no-instrument) and a normal dev build, each run in-process
by bench/memviz/measure.mjs (fastest of N runs, Node start-up excluded); the
dev build is also run with the host reading the whole trace and building
the snapshot (the CLI's --memviz), and with snapshots streamed while it
runs (the playground's Memory panel). Prints a markdown table and the
verdict; the issue's target is a dev build within 2x the release build's
time (a verdict, not a test: the exit status is 0 either way).

  python3 bench/memviz_overhead.py [--wasmrust build/bin/wasmrust] [--runs 5] [--json FILE]
"""

import argparse
import json
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORKLOAD = ROOT / "bench/memviz/alloc_churn.rs"
MEASURE = ROOT / "bench/memviz/measure.mjs"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wasmrust", default=str(ROOT / "build/bin/wasmrust"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", help="also write the numbers to this file")
    args = ap.parse_args()
    tiers = [("release", ["--release"], None), ("dev, no trace", ["--no-instrument"], None),
             ("dev (traced)", [], None), ("dev, host reads the trace", [], "--memviz"),
             ("dev, snapshots streamed while it runs", [], "--live")]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, flags, memviz in tiers:
            out = Path(tmp) / "m.wasm"
            subprocess.run([args.wasmrust, "build", str(WORKLOAD), "-o", str(out), *flags],
                           check=True)
            cmd = ["node", str(MEASURE), str(out), str(args.runs)] + ([memviz] if memviz else [])
            ms = float(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            rows.append((name, out.stat().st_size, ms))
    base = rows[0][2]
    print("| build | module bytes | time (ms) | vs release |")
    print("|---|---:|---:|---:|")
    for name, size, ms in rows:
        print(f"| {name} | {size} | {ms:.1f} | {ms / base:.2f}x |")
    traced = rows[2][2] / base
    ok = traced <= 2.0
    print(f"\ndev (traced) / release: {traced:.2f}x (target: at most 2x): {'met' if ok else 'MISSED'}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "workload": WORKLOAD.name, "runs": args.runs, "load": os.getloadavg()[0],
            "rows": [{"build": n, "bytes": b, "ms": ms, "vs_release": ms / base} for n, b, ms in rows],
        }, indent=2) + "\n")


if __name__ == "__main__":
    main()
