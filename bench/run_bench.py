#!/usr/bin/env python3
"""WasmRust benchmark harness: the same workloads, WasmRust against three peers.

`make bench` runs `python3 bench/run_bench.py`. For every workload in
bench/workloads/ it builds

  - WasmRust   <name>.rs       build/bin/wasmrust build --release
  - clang      <name>.c        clang-14 --target=wasm32 (no libc), or on
                               wasi-libc for the heap workloads
  - rustc      <name>.peer.rs  Debian's /usr/bin/rustc 1.63 cdylib, #![no_std]
                               except for the heap workloads
  - asc        <name>.ts       AssemblyScript (bench/node_modules)

runs each module through the shared runtime (web/runtime/runtime.mjs, via
bench/node_runner.mjs), checks that every output equals what the same
<name>.rs prints when built natively by rustc (the correctness oracle), and
writes bench/results/results.{json,md} and chart.svg. The markdown table is
printed on stdout; progress goes to stderr.

A cell that cannot be measured (WasmRust not built yet, a compile error, a
missing tool, a trap) is reported as n/a with the reason. No number is ever
made up.

  python3 bench/run_bench.py [--quick] [--only NAME[,NAME]] [--runs N]
                             [--wasmrust PATH] [--tiering]
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
WORKLOADS_DIR = BENCH / "workloads"
RESULTS = BENCH / "results"
BUILD = RESULTS / "build"

WORKLOADS = ["hello", "add", "fib", "mandelbrot", "nbody", "fannkuch_redux", "spectral_norm",
             "binary_trees", "word_freq", "sort_1m"]
IMPLS = ["wasmrust", "wasmrust-dev", "clang", "rustc", "asc"]
PEERS = ["clang", "rustc", "asc"]

LABELS = {
    "wasmrust": "WasmRust",
    "wasmrust-dev": "WasmRust dev tier",
    "clang": "C (clang-14)",
    "rustc": "Rust (rustc 1.63)",
    "asc": "AssemblyScript",
}
# What the table's size and speed columns were built with, per implementation.
BUILD_NOTES = {
    "wasmrust": "speed `build --release` (Binaryen -O3); size `build --release=size` (Binaryen -Oz)",
    "wasmrust-dev": "`build` (the dev tier: no Binaryen, overflow checks on, name section)",
    "clang": "speed `-O2`; size `-Oz` + `wasm-opt -Oz`; no libc, except wasi-libc's malloc "
             "and qsort in the heap workloads",
    "rustc": "speed `-C opt-level=3`; size `-C opt-level=z -C lto=yes -C panic=abort` + `wasm-opt -Oz`; "
             "`#![no_std]`, except std (dlmalloc) in the heap workloads",
    "asc": "speed `-O3`; size `-Oz --converge`; `--runtime stub`, except `--runtime incremental` "
           "in the heap workloads",
}

CLANG = "clang-14"
WASM_OPT = "wasm-opt"
RUSTC = "/usr/bin/rustc"  # Debian's; never the one rustup may put first on PATH
NODE = "node"
ASC_JS = BENCH / "node_modules" / "assemblyscript" / "bin" / "asc.js"
RUNNER = BENCH / "node_runner.mjs"
CHROMIUM_RUNNER = BENCH / "chromium_runner.mjs"

COMPILE_TIMEOUT = 120
RUN_TIMEOUT = 120
# wasm-opt runs after the size builds of clang and rustc; it keeps the
# target_features section, so it sees the features the compiler used.
WASM_OPT_SIZE = [WASM_OPT, "-Oz", "--strip-debug", "--strip-producers"]


class Failure(Exception):
    """A step that makes one cell n/a; the message says why."""


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def first_lines(text: str, n: int = 3, width: int = 300) -> str:
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    out = " / ".join(lines[:n])
    return out if len(out) <= width else out[: width - 1] + "…"


def run_cmd(cmd: list, timeout: int, env: dict | None = None) -> subprocess.CompletedProcess:
    try:
        return subprocess.run([str(c) for c in cmd], capture_output=True, text=True,
                              timeout=timeout, env=env, cwd=ROOT)
    except FileNotFoundError:
        raise Failure(f"{cmd[0]} not found (run scripts/setup.sh)")
    except subprocess.TimeoutExpired:
        raise Failure(f"{Path(str(cmd[0])).name} timed out after {timeout} s")


def children_cpu_s() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def run_pipeline(steps: list) -> tuple:
    """Runs the commands of one build in order; returns (wall ms, CPU ms).

    CPU time (user + system of the finished child processes) is kept in the
    JSON beside the wall time: it is much less disturbed by other load."""
    cpu0, t0 = children_cpu_s(), time.perf_counter()
    for cmd in steps:
        proc = run_cmd(cmd, COMPILE_TIMEOUT)
        if proc.returncode != 0:
            msg = first_lines(proc.stderr or proc.stdout) or f"exit code {proc.returncode}"
            raise Failure(f"{Path(str(cmd[0])).name} failed: {msg}")
    return (time.perf_counter() - t0) * 1000.0, (children_cpu_s() - cpu0) * 1000.0


def show_cmd(cmd: list) -> str:
    """A command as one line, paths inside the repository made relative."""
    parts = []
    for c in cmd:
        c = str(c)
        if c.startswith(str(ROOT) + "/"):
            c = c[len(str(ROOT)) + 1:]
        parts.append(c)
    return " ".join(parts)


def source_flags(src: Path, marker: str = "bench-flags:") -> list:
    """Extra compiler flags a source asks for on a `bench-flags:` line (or
    the words on another marker's line)."""
    flags = []
    for line in src.read_text().splitlines():
        if marker in line:
            words = line.split(marker, 1)[1].split()
            flags += [w for w in words if w != "*/"]  # a C comment may end there
    return flags


# The C peers that allocate link Debian's wasi-libc (malloc, qsort, memcpy)
# and say so with a `bench-libc: wasi-libc` line. No start files: the
# module stays a library with `main` exported, and since nothing reaches
# stdio or the environment it imports no WASI function, only env.*.
CLANG_BARE = ["--target=wasm32", "-nostdlib"]
CLANG_WASI_LIBC = ["--target=wasm32-wasi", "--sysroot=/usr", "-nostartfiles"]


# ---------------------------------------------------------------------------
# Build recipes. Each returns (source, speed_steps, size_steps, out paths);
# size_steps is None when one build serves both.
# ---------------------------------------------------------------------------

def recipe(impl: str, name: str, wasmrust: Path):
    d = BUILD / name
    speed, size = d / f"{impl}.speed.wasm", d / f"{impl}.size.wasm"
    if impl == "wasmrust":
        src = WORKLOADS_DIR / f"{name}.rs"
        return (src, [[wasmrust, "build", src, "-o", speed, "--release"]],
                [[wasmrust, "build", src, "-o", size, "--release=size"]], speed, size)
    if impl == "wasmrust-dev":
        src = WORKLOADS_DIR / f"{name}.rs"
        return src, [[wasmrust, "build", src, "-o", speed]], None, speed, speed
    if impl == "clang":
        src = WORKLOADS_DIR / f"{name}.c"
        libc = source_flags(src, "bench-libc:")
        if libc not in ([], ["wasi-libc"]):
            raise Failure(f"unknown bench-libc {' '.join(libc)} (have: wasi-libc)")
        target = CLANG_WASI_LIBC if libc else CLANG_BARE
        base = [CLANG, *target, "-Wl,--no-entry", *source_flags(src)]
        tmp = d / "clang.size.pre-opt.wasm"
        return (src, [[*base, "-O2", "-o", speed, src]],
                [[*base, "-Oz", "-o", tmp, src], [*WASM_OPT_SIZE, tmp, "-o", size]], speed, size)
    if impl == "rustc":
        src = WORKLOADS_DIR / f"{name}.peer.rs"
        base = [RUSTC, "--crate-name", name, "--edition", "2021",
                "--target", "wasm32-unknown-unknown", "--crate-type", "cdylib",
                *source_flags(src)]
        tmp = d / "rustc.size.pre-opt.wasm"
        return (src, [[*base, "-C", "opt-level=3", "-o", speed, src]],
                [[*base, "-C", "opt-level=z", "-C", "lto=yes", "-C", "panic=abort",
                  "-C", "strip=debuginfo", "-o", tmp, src],
                 [*WASM_OPT_SIZE, tmp, "-o", size]], speed, size)
    if impl == "asc":
        src = WORKLOADS_DIR / f"{name}.ts"
        # stub runtime (bump allocator, no GC) unless the source asks for
        # another with `bench-flags: --runtime X` (the heap workloads need
        # one that frees); `--use abort=` drops the env.abort import, so
        # failed checks trap instead.
        flags = source_flags(src)
        runtime = [] if "--runtime" in flags else ["--runtime", "stub"]
        base = [NODE, ASC_JS, src, *runtime, "--use", "abort=", *flags]
        return (src, [[*base, "-O3", "-o", speed]],
                [[*base, "-Oz", "--converge", "-o", size]], speed, size)
    raise ValueError(impl)


def check_tools(impl: str, wasmrust: Path) -> None:
    if impl.startswith("wasmrust") and not wasmrust.exists():
        raise Failure(f"{wasmrust.relative_to(ROOT) if wasmrust.is_relative_to(ROOT) else wasmrust}"
                      " does not exist (compiler not built)")
    if impl == "asc" and not ASC_JS.exists():
        raise Failure("bench/node_modules is missing (run scripts/setup.sh)")
    need = {"clang": [CLANG, WASM_OPT], "rustc": [RUSTC, WASM_OPT], "asc": [NODE]}.get(impl, [])
    for tool in need:
        if not shutil.which(tool):
            raise Failure(f"{tool} not found (run scripts/setup.sh)")


# ---------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------

def node_run(wasm: Path, node_flags: list) -> dict:
    proc = run_cmd([NODE, *node_flags, RUNNER, wasm], RUN_TIMEOUT)
    try:
        res = json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        raise Failure(f"node runner failed: {first_lines(proc.stderr) or 'no output'}")
    if not res.get("ok"):
        err = res.get("error") or f"exit code {res.get('exitCode')}"
        raise Failure(f"run failed: {first_lines(err)}")
    return res


def gzip_size(path: Path) -> int:
    proc = subprocess.run(["gzip", "-9", "-n", "-c", str(path)], capture_output=True, check=True)
    return len(proc.stdout)


def native_oracle(name: str) -> tuple:
    """Builds <name>.rs with rustc for the host and returns (stdout, error)."""
    src = WORKLOADS_DIR / f"{name}.rs"
    exe = BUILD / name / "native"
    exe.parent.mkdir(parents=True, exist_ok=True)
    try:
        run_pipeline([[RUSTC, "--edition", "2021", "-O", "-o", exe, src]])
        proc = run_cmd([exe], RUN_TIMEOUT)
    except Failure as e:
        return None, str(e)
    if proc.returncode != 0:
        return None, f"native run exited with {proc.returncode}: {first_lines(proc.stderr)}"
    return proc.stdout, None


def measure(impl: str, name: str, args, expected: str | None) -> dict:
    cell = {"status": "n/a", "error": None}
    try:
        check_tools(impl, args.wasmrust)
        src, speed_steps, size_steps, speed_out, size_out = recipe(impl, name, args.wasmrust)
        if not src.exists():
            raise Failure(f"{src.relative_to(ROOT)} does not exist")
        (BUILD / name).mkdir(parents=True, exist_ok=True)
        for stale in (speed_out, size_out):  # never measure a previous run's module
            stale.unlink(missing_ok=True)
        cell["commands"] = {"speed": [show_cmd(c) for c in speed_steps],
                            "size": [show_cmd(c) for c in (size_steps or [])]}
        # Compile time: the speed build's whole pipeline, median of N.
        times = [run_pipeline(speed_steps) for _ in range(args.runs)]
        cell["compile_ms"] = statistics.median(t[0] for t in times)
        cell["compile_cpu_ms"] = statistics.median(t[1] for t in times)
        cell["compile_ms_all"] = [t[0] for t in times]
        if size_steps:
            cell["size_build_ms"] = run_pipeline(size_steps)[0]
        cell["size_bytes"] = size_out.stat().st_size
        cell["gzip_bytes"] = gzip_size(size_out)
        cell["speed_bytes"] = speed_out.stat().st_size
        cell["speed_module"] = str(speed_out.relative_to(ROOT))
        # Run time: main() only, median of N separate node processes.
        runs = [node_run(speed_out, args.node_flags) for _ in range(args.runs)]
        cell["run_ms"] = statistics.median(r["ms"] for r in runs)
        cell["run_ms_all"] = [r["ms"] for r in runs]
        cell["run_cpu_ms"] = statistics.median(r["cpuMs"] for r in runs)
        outputs = {r["stdout"] for r in runs}
        if size_steps:
            outputs.add(node_run(size_out, args.node_flags)["stdout"])
        cell["stdout"] = runs[0]["stdout"]
        if len(outputs) > 1:
            cell["agrees"] = False
            cell["error"] = "builds/runs printed different outputs"
        else:
            cell["agrees"] = None if expected is None else cell["stdout"] == expected
            if cell["agrees"] is False:
                cell["error"] = f"wrong output: {cell['stdout']!r}, expected {expected!r}"
        cell["status"] = "ok" if cell["agrees"] is not False else "wrong"
    except Failure as e:
        cell["error"] = str(e)
    return cell


def chromium_runs(results: dict, runs: int) -> None:
    """Runs every speed build that ran correctly in Node again in headless
    Chromium (bench/chromium_runner.mjs: one browser, a fresh page per run,
    the same V8 flags), filling run_chromium_ms; a module that prints
    something else there is wrong."""
    jobs = {c["speed_module"]: c for wl in results["workloads"].values()
            for c in wl["cells"].values() if c.get("status") == "ok"}
    if not jobs:
        return
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"runs": runs, "modules": list(jobs)}, f)
    try:
        proc = run_cmd([NODE, CHROMIUM_RUNNER, f.name], RUN_TIMEOUT * len(jobs))
        out = json.loads(proc.stdout.strip().splitlines()[-1])
    except (Failure, IndexError, json.JSONDecodeError) as e:
        err = str(e) if isinstance(e, Failure) else first_lines(proc.stderr) or "no output"
        results["meta"]["chromium"] = f"n/a: {err}"
        log(f"chromium runs failed: {err}")
        return
    finally:
        os.unlink(f.name)
    results["meta"]["chromium"] = out["chromium"]
    for module, rs in out["results"].items():
        c = jobs[module]
        failed = [r for r in rs if not r.get("ok")]
        if failed:
            c["chromium_error"] = f"Chromium: {first_lines(failed[0].get('error') or 'failed')}"
            continue
        c["run_chromium_ms"] = statistics.median(r["ms"] for r in rs)
        c["run_chromium_ms_all"] = [r["ms"] for r in rs]
        if any(r["stdout"] != c["stdout"] for r in rs):
            c["status"] = "wrong"
            c["agrees"] = False
            c["error"] = "printed something else in Chromium than in Node"


# ---------------------------------------------------------------------------
# Reporting
# ---------------------------------------------------------------------------

def fmt_ms(v) -> str:
    if v is None:
        return "n/a"
    if v >= 100:
        return f"{v:.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.2f}"


def fmt_ratio(v) -> str:
    return "n/a" if v is None else f"{v:.2f}×"


def ratios(cells: dict, impl: str = "wasmrust") -> dict:
    """WasmRust / best peer (size, gzip, compile), WasmRust / clang -O2 (run),
    for the release build (`impl` = "wasmrust") or the dev tier."""
    w = cells.get(impl, {})
    good = {k: c for k, c in cells.items() if k in PEERS and c.get("status") == "ok"}
    out = {"size": None, "gzip": None, "compile": None, "run_vs_clang": None,
           "chromium_run_vs_clang": None, "best_size_peer": None, "best_compile_peer": None}
    if w.get("status") != "ok":
        return out
    for key, field in (("size", "size_bytes"), ("gzip", "gzip_bytes"), ("compile", "compile_ms")):
        if good:
            best = min(good, key=lambda k: good[k][field])
            out[key] = w[field] / good[best][field]
            if key in ("size", "compile"):
                out[f"best_{key}_peer"] = best
    clang = good.get("clang")
    if clang and clang["run_ms"] > 0:
        out["run_vs_clang"] = w["run_ms"] / clang["run_ms"]
    if clang and clang.get("run_chromium_ms") and w.get("run_chromium_ms") is not None:
        out["chromium_run_vs_clang"] = w["run_chromium_ms"] / clang["run_chromium_ms"]
    return out


def markdown(results: dict) -> str:
    meta = results["meta"]
    lines = [
        "# WasmRust benchmarks",
        "",
        f"{meta['date']} · {meta['machine']} · node {meta['node']} · "
        f"{meta['runs']} run(s) per measurement (median) · "
        f"load average {meta['load_average_start']} → {meta['load_average_end']}",
        "",
        "| Workload | Implementation | Size (B) | gzip -9 (B) | Compile (ms) | Run, Node (ms) "
        "| Run, Chromium (ms) | Output | Size vs best peer | Compile vs best peer "
        "| Node run vs clang -O2 | Chromium run vs clang -O2 |",
        "|---|---|--:|--:|--:|--:|--:|:-:|--:|--:|--:|--:|",
    ]
    # The harness itself keeps about one CPU busy; more than that means
    # other work was competing with the measurements.
    cpus = os.cpu_count() or 1
    if meta["load_average_start"] > 0.5 * cpus or meta["load_average_end"] > 1 + 0.5 * cpus:
        lines[4:4] = ["**Warning: other work was running (see the load average); times are "
                      "inflated and noisy. Sizes are exact.**", ""]
    notes = []
    for name, wl in results["workloads"].items():
        r = wl["ratios"]
        for impl in IMPLS:
            c = wl["cells"].get(impl)
            if c is None:
                continue
            if "size_bytes" in c:
                size, gz = str(c["size_bytes"]), str(c["gzip_bytes"])
                comp, run = fmt_ms(c.get("compile_ms")), fmt_ms(c.get("run_ms"))
                crun = fmt_ms(c.get("run_chromium_ms"))
            else:
                size = gz = comp = run = crun = "n/a"
            if c["status"] == "ok":
                output = "✓" if c.get("agrees") else "?"
            elif c["status"] == "wrong":
                output = "✗"
            else:
                output = "n/a"
            for err in (c.get("error"), c.get("chromium_error")):
                if err:
                    notes.append(f"{name} / {LABELS[impl]}: {err}")
                    output += f" [{len(notes)}]"
            if impl in ("wasmrust", "wasmrust-dev"):
                rr = r if impl == "wasmrust" else wl.get("ratios_dev", {})
                rs = [fmt_ratio(rr.get("size")), fmt_ratio(rr.get("compile")),
                      fmt_ratio(rr.get("run_vs_clang")), fmt_ratio(rr.get("chromium_run_vs_clang"))]
            else:
                rs = ["", "", "", ""]
            lines.append(f"| {name} | {LABELS[impl]} | {size} | {gz} | {comp} | {run} | {crun} "
                         f"| {output} | {' | '.join(rs)} |")
    lines += ["", "Expected output (native `rustc -O` build of each `<name>.rs`, the oracle):", ""]
    for name, wl in results["workloads"].items():
        exp = wl["expected"]
        shown = " ⏎ ".join(exp.splitlines()) if exp is not None else f"n/a ({wl['oracle_error']})"
        ran = [LABELS[k] for k, c in wl["cells"].items() if "stdout" in c]
        if wl["all_agree"]:
            verdict = f"all {len(ran)} that ran agree ({', '.join(ran)})"
        else:
            bad = [LABELS[k] for k, c in wl["cells"].items() if c.get("agrees") is False]
            verdict = "**disagreement**: " + (", ".join(bad) or "no oracle")
        lines.append(f"- {name}: `{shown}` — {verdict}")
    lines += [
        "",
        "Notes:",
        "",
        "- Size: the size build's .wasm (raw and `gzip -9 -n`). Compile: wall time of the "
        "**speed** build's whole pipeline, compiler process start to .wasm written "
        "(asc includes starting Node). Run: `main()` only, timed inside one Node process "
        f"per run ({meta['node_mode']}), and in a fresh headless Chromium page per run "
        f"({meta.get('chromium') or 'not run'}; V8 flags as in Node).",
        "- Builds: " + "; ".join(f"{LABELS[k]}: {v}" for k, v in BUILD_NOTES.items()) + ".",
        "- Ratios are WasmRust / best peer (lowest value among peers with correct output) "
        "for size and compile time, WasmRust / clang -O2 for run time; below 1.00× WasmRust wins.",
    ]
    if notes:
        lines += ["", "n/a and errors:", ""]
        lines += [f"{i}. {n}" for i, n in enumerate(notes, 1)]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# SVG chart: three panels (size, compile time, run time), bars grouped by
# workload, one colour per implementation, log scale.
# ---------------------------------------------------------------------------

COLORS = {"wasmrust": "#d9480f", "wasmrust-dev": "#f59f00", "clang": "#1c7ed6", "rustc": "#7048e8", "asc": "#2b8a3e"}


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fmt_val(v: float, unit: str) -> str:
    if unit == "B":
        return f"{v / 1000:g}k" if v >= 10000 else f"{v:.0f}"
    return fmt_ms(v)


def chart_svg(results: dict) -> str:
    import math
    names = list(results["workloads"])
    panels = [("Module size — size build (bytes)", "size_bytes", "B"),
              ("Compile time — speed build (ms)", "compile_ms", "ms"),
              ("Run time of main() in Node (ms)", "run_ms", "ms")]
    width, panel_h, top, left, right = 960, 250, 64, 70, 20
    plot_h = 160
    height = top + panel_h * len(panels) + 10
    group_w = (width - left - right) / max(1, len(names))
    bar_w = min(34.0, (group_w - 24) / len(IMPLS))
    o = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
         f'viewBox="0 0 {width} {height}" font-family="system-ui, sans-serif" font-size="12">',
         f'<rect width="{width}" height="{height}" fill="#fff"/>',
         f'<text x="{left}" y="24" font-size="17" font-weight="bold">WasmRust vs peers '
         f'(log scale; lower is better)</text>']
    lx = left
    for impl in IMPLS:  # legend
        o.append(f'<rect x="{lx}" y="36" width="12" height="12" fill="{COLORS[impl]}"/>')
        o.append(f'<text x="{lx + 16}" y="46">{esc(LABELS[impl])}</text>')
        lx += 40 + 6.6 * len(LABELS[impl])
    for p, (title, field, unit) in enumerate(panels):
        y0 = top + p * panel_h + 26      # top of the plot area
        base = y0 + plot_h               # the x axis
        vals = [c[field] for wl in results["workloads"].values()
                for c in wl["cells"].values() if c.get(field)]
        lo = 10 ** math.floor(math.log10(min(vals))) if vals else 1
        hi = 10 ** math.ceil(math.log10(max(vals))) if vals else 10
        if hi <= lo:
            hi = lo * 10
        span = math.log10(hi) - math.log10(lo)

        def ypos(v):
            return base - (math.log10(v) - math.log10(lo)) / span * plot_h

        o.append(f'<text x="{left}" y="{y0 - 10}" font-size="14" font-weight="bold">{esc(title)}</text>')
        e = int(round(math.log10(lo)))
        while 10 ** e <= hi * 1.0001:
            y = ypos(10 ** e)
            o.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#dee2e6"/>')
            o.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#495057">'
                     f'{esc(fmt_val(10 ** e, unit))}</text>')
            e += 1
        o.append(f'<line x1="{left}" x2="{width - right}" y1="{base}" y2="{base}" stroke="#343a40"/>')
        for g, name in enumerate(names):
            gx = left + g * group_w + (group_w - bar_w * len(IMPLS)) / 2
            cells = results["workloads"][name]["cells"]
            for i, impl in enumerate(IMPLS):
                x = gx + i * bar_w
                c = cells.get(impl, {})
                v = c.get(field)
                if v:
                    y = ypos(max(v, lo))
                    o.append(f'<rect x="{x + 2:.1f}" y="{y:.1f}" width="{bar_w - 4:.1f}" '
                             f'height="{base - y:.1f}" fill="{COLORS[impl]}">'
                             f'<title>{esc(name)} / {esc(LABELS[impl])}: '
                             f'{esc(fmt_val(v, unit))} {unit}</title></rect>')
                    o.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" '
                             f'font-size="10" fill="#212529">{esc(fmt_val(v, unit))}</text>')
                else:
                    o.append(f'<text x="{x + bar_w / 2:.1f}" y="{base - 4}" text-anchor="middle" '
                             f'font-size="10" fill="#868e96">n/a</text>')
            o.append(f'<text x="{left + (g + 0.5) * group_w:.1f}" y="{base + 18}" '
                     f'text-anchor="middle" font-size="13">{esc(name)}</text>')
    o.append("</svg>")
    return "\n".join(o) + "\n"


# ---------------------------------------------------------------------------

def tool_version(cmd: list) -> str | None:
    try:
        proc = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=60)
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return None
    text = (proc.stdout or proc.stderr).strip()
    return text.splitlines()[0] if proc.returncode == 0 and text else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="1 run per measurement (smoke test)")
    ap.add_argument("--only", help="comma-separated workload names (default: all)")
    ap.add_argument("--runs", type=int, help="runs per measurement (default 5, 1 with --quick)")
    ap.add_argument("--wasmrust", type=Path, default=ROOT / "build" / "bin" / "wasmrust",
                    help="the WasmRust compiler (default: build/bin/wasmrust)")
    ap.add_argument("--no-browser", dest="browser", action="store_false",
                    help="skip the runs in headless Chromium")
    ap.add_argument("--tiering", action="store_true",
                    help="run Node with V8's default tiering instead of --no-liftoff")
    args = ap.parse_args()
    args.runs = args.runs or (1 if args.quick else 5)
    args.wasmrust = args.wasmrust.resolve()
    # V8 has no on-stack replacement for Wasm: a long loop inlined into main()
    # would stay in the Liftoff baseline tier for the whole run. --no-liftoff
    # compiles with TurboFan only, and --no-wasm-lazy-compilation does it at
    # instantiation (Node 20 compiles each function on its first call by
    # default, which would land inside the timed main()). So the numbers
    # compare the compilers' code, not V8's tier-up heuristics.
    args.node_flags = [] if args.tiering else ["--no-liftoff", "--no-wasm-lazy-compilation"]
    names = WORKLOADS
    if args.only:
        names = [n.strip() for n in args.only.split(",") if n.strip()]
        unknown = [n for n in names if n not in WORKLOADS]
        if unknown:
            ap.error(f"unknown workload(s): {', '.join(unknown)} (have: {', '.join(WORKLOADS)})")

    BUILD.mkdir(parents=True, exist_ok=True)
    results = {
        "meta": {
            "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
            "runs": args.runs,
            "quick": args.quick,
            "node": tool_version([NODE, "--version"]),
            "node_mode": "default V8 tiering" if args.tiering
            else "node --no-liftoff --no-wasm-lazy-compilation: all TurboFan, before main()",
            "load_average_start": round(os.getloadavg()[0], 2),
            "runtime": "web/runtime/runtime.mjs" if not os.environ.get("BENCH_RUNTIME")
            else os.environ["BENCH_RUNTIME"],
            "tools": {
                "wasmrust": tool_version([args.wasmrust, "--version"]),
                "clang": tool_version([CLANG, "--version"]),
                "rustc": tool_version([RUSTC, "--version"]),
                "asc": tool_version([NODE, ASC_JS, "--version"]) if ASC_JS.exists() else None,
                "wasm-opt": tool_version([WASM_OPT, "--version"]),
            },
            "builds": BUILD_NOTES,
        },
        "workloads": {},
    }
    t_start = time.perf_counter()
    for name in names:
        log(f"[{name}] native oracle (rustc -O)")
        expected, oracle_error = native_oracle(name)
        wl = {"expected": expected, "oracle_error": oracle_error, "cells": {}}
        for impl in IMPLS:
            log(f"[{name}] {impl}")
            c = measure(impl, name, args, expected)
            wl["cells"][impl] = c
            if c["error"]:
                log(f"    {c['status']}: {c['error']}")
        results["workloads"][name] = wl
    if args.browser:
        log("headless Chromium: every module again")
        chromium_runs(results, args.runs)
    for wl in results["workloads"].values():
        outs = {c["stdout"] for c in wl["cells"].values() if "stdout" in c}
        wl["all_agree"] = wl["expected"] is not None and outs == {wl["expected"]} and all(
            c["status"] == "ok" for c in wl["cells"].values() if "stdout" in c)
        wl["ratios"] = ratios(wl["cells"])
        wl["ratios_dev"] = ratios(wl["cells"], "wasmrust-dev")
    results["meta"]["elapsed_s"] = round(time.perf_counter() - t_start, 1)
    results["meta"]["load_average_end"] = round(os.getloadavg()[0], 2)

    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    md = markdown(results)
    (RESULTS / "results.md").write_text(md)
    (RESULTS / "chart.svg").write_text(chart_svg(results))
    print(md)
    log(f"wrote {', '.join(str((RESULTS / f).relative_to(ROOT)) for f in ('results.md', 'results.json', 'chart.svg'))}"
        f" in {results['meta']['elapsed_s']} s")
    # Exit status: 1 when some implementation printed a wrong output (a real
    # bug somewhere); n/a cells (e.g. WasmRust not built yet) are not failures.
    wrong = any(c["status"] == "wrong" for wl in results["workloads"].values()
                for c in wl["cells"].values())
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
