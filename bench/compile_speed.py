#!/usr/bin/env python3
"""Compile speed: WasmRust's dev tier on a generated program of ordinary code
(bench/gen_program.py, 100,000 lines by default), as a whole process (start,
read, compile, write), against rustc compiling the same program to
wasm32-unknown-unknown without optimizations. Reports lines per second, the
peak memory of the process, the ratio to rustc, and the issue's targets
(>= 1,000,000 lines/s, <= 200 MB). Checks that both programs print the same
checksum. Writes bench/results/compile_speed.md and .json.

    python3 bench/compile_speed.py [--lines 100000] [--runs 5] [--no-rustc]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
RUSTC = "/usr/bin/rustc"
TARGET_LINES_PER_S = 1_000_000
TARGET_PEAK_MB = 200


def timed(argv: list[str]) -> tuple[float, float, int, str]:
    """Wall seconds, the child's peak RSS in MB, its exit code and stderr."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        return wall, usage.ru_maxrss / 1024, p.returncode, err.read().decode(errors="replace")


def measure(argv: list[str], runs: int) -> dict:
    walls, peaks = [], []
    for _ in range(runs):
        wall, peak, code, stderr = timed(argv)
        if code != 0:
            raise SystemExit(f"compile failed: {' '.join(map(str, argv))}\n{stderr}")
        walls.append(wall)
        peaks.append(peak)
    return {"wall_s": statistics.median(walls), "walls": walls, "peak_mb": max(peaks)}


def run_output(argv: list[str]) -> str:
    return subprocess.run(argv, capture_output=True, text=True, check=True).stdout.strip()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lines", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-rustc", action="store_true", help="skip the rustc comparison")
    ap.add_argument("--wasmrust", type=Path, default=ROOT / "build" / "bin" / "wasmrust")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="compile-speed-") as tmp:
        tmp = Path(tmp)
        src = tmp / "big.rs"
        gen = subprocess.run([sys.executable, str(ROOT / "bench" / "gen_program.py"),
                              "--lines", str(args.lines)], capture_output=True, text=True,
                             check=True).stdout
        src.write_text(gen)
        lines = gen.count("\n")
        wasm = tmp / "big.wasm"
        ours = measure([str(args.wasmrust), "build", str(src), "-o", str(wasm)], args.runs)
        checksum = run_output([str(args.wasmrust), "run", str(src)])
        result = {"lines": lines, "wasmrust": ours, "checksum": checksum,
                  "load_average": os.getloadavg()}
        if not args.no_rustc:
            out = tmp / "big.rustc.wasm"
            result["rustc"] = measure([RUSTC, "--edition", "2021", "-A", "warnings",
                                       "--target", "wasm32-unknown-unknown", "--crate-type",
                                       "cdylib", "-C", "opt-level=0", "-o", str(out), str(src)],
                                      max(1, args.runs // 3))
            native = tmp / "big.native"
            subprocess.run([RUSTC, "--edition", "2021", "-A", "warnings", "-o", str(native),
                            str(src)], check=True, capture_output=True)
            theirs = run_output([str(native)])
            if theirs != checksum:
                raise SystemExit(f"checksums differ: wasmrust {checksum!r}, rustc {theirs!r}")

    lps = lines / ours["wall_s"]
    rows = [
        "| Compiler | Wall time (median) | Lines per second | Peak memory |",
        "|---|---|---|---|",
        f"| WasmRust dev tier | {ours['wall_s'] * 1000:.0f} ms | {lps:,.0f} | {ours['peak_mb']:.0f} MB |",
    ]
    if "rustc" in result:
        r = result["rustc"]
        rows.append(f"| rustc wasm32, opt-level=0 | {r['wall_s'] * 1000:.0f} ms | "
                    f"{lines / r['wall_s']:,.0f} | {r['peak_mb']:.0f} MB |")
    text = "\n".join([
        f"# Compile speed: a generated program of {lines:,} lines",
        "",
        *rows,
        "",
        f"- WasmRust: {lps / TARGET_LINES_PER_S:.2f}x the target of "
        f"{TARGET_LINES_PER_S:,} lines/s; peak memory {ours['peak_mb']:.0f} MB "
        f"(target <= {TARGET_PEAK_MB} MB).",
    ])
    if "rustc" in result:
        text += (f"\n- rustc takes {result['rustc']['wall_s'] / ours['wall_s']:.1f}x as long "
                 "as WasmRust's dev tier on the same program.")
    la = result["load_average"]
    text += (f"\n- Both print `{checksum}`. Load average {la[0]:.1f} {la[1]:.1f} {la[2]:.1f}; "
             "on a busy machine wall times grow with it.\n")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "compile_speed.md").write_text(text)
    (RESULTS / "compile_speed.json").write_text(json.dumps(result, indent=2) + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
