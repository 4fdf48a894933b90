#!/usr/bin/env python3
"""Measures what the effect-driven optimizations save on sdk_app.rs (a
program that links a 240-fn host SDK and uses three of its fns; see
gen_sdk_app.py): the module built normally against the same program built
with `--no-effect-opt` (every declared host fn imported, unused pure calls
kept), in the dev and the release tier. Both builds must print the same.
Writes the table to stdout (bench/effects/README.md keeps the last one).

  python3 bench/effects/measure.py [--wasmrust build/bin/wasmrust]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
RUNTIME = REPO / "web" / "runtime" / "run.mjs"
PROGRAM = HERE / "sdk_app.rs"
HOST = HERE / "sdk_host.mjs"
# The page's compiler has no Binaryen: its release tier is the WasmIR
# pipeline alone, like `--release --no-binaryen`.
TIERS = {"dev": [], "release, WasmIR passes only (as in the page)": ["--release", "--no-binaryen"],
         "release with Binaryen": ["--release"]}


def build(wasmrust: str, flags: list[str], out: Path) -> tuple[int, int, int]:
    """Builds the module; returns (bytes, imports, functions)."""
    subprocess.run([wasmrust, "build", str(PROGRAM), *flags, "-o", str(out)], check=True)
    wat = subprocess.run([wasmrust, "build", str(PROGRAM), *flags, "--emit", "wat", "-o", "-"],
                         check=True, capture_output=True, text=True).stdout
    imports = len(re.findall(r"^\s*\(import ", wat, re.M))
    funcs = len(re.findall(r"^\s*\(func ", wat, re.M))
    return out.stat().st_size, imports, funcs


def run(module: Path) -> str:
    ran = subprocess.run(["node", str(RUNTIME), str(module), "--host", str(HOST)],
                         capture_output=True, text=True, timeout=60)
    return f"{ran.stdout}{ran.stderr}exit {ran.returncode}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wasmrust", default=str(REPO / "build" / "bin" / "wasmrust"))
    opts = ap.parse_args()
    rows = []
    ok = True
    with tempfile.TemporaryDirectory(prefix="effects-bench-") as tmp:
        for tier, flags in TIERS.items():
            name = str(len(rows))
            base = build(opts.wasmrust, flags + ["--no-effect-opt"], Path(tmp) / f"{name}-base.wasm")
            opt = build(opts.wasmrust, flags, Path(tmp) / f"{name}-opt.wasm")
            outputs = {run(Path(tmp) / f"{name}-{v}.wasm") for v in ("base", "opt")}
            same = len(outputs) == 1 and "exit 0" in next(iter(outputs))
            ok &= same
            rows.append((tier, base, opt, same))
    print("| tier | without effect opts: bytes / imports / fns | with: bytes / imports / fns "
          "| saved | same output |")
    print("|---|---|---|---|---|")
    for tier, base, opt, same in rows:
        saved = base[0] - opt[0]
        print(f"| {tier} | {base[0]:,} / {base[1]} / {base[2]} | {opt[0]:,} / {opt[1]} / {opt[2]} "
              f"| {saved:,} bytes ({100 * saved / base[0]:.0f} %) | {'yes' if same else 'NO'} |")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
