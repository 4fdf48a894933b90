#!/usr/bin/env python3
"""Golden memory models: runs each program below with `wasmrust run --memviz`
and compares the JSON model with tests/memviz/expected/<name>.json; also
writes the SVG picture and checks that it is well-formed XML. The programs
are every tests/memviz/*.rs plus a few of examples/ (with statics, with a
stack). `--update` rewrites the expected files, so a change of the model
shows up as a `git diff`. The CTest test `memviz_golden` runs it from the
repository root.

  python3 tests/memviz/run_memviz_golden.py --wasmrust build/bin/wasmrust [--update]

The last line is `N passed, M failed`; the exit code is 1 when anything failed.
"""

import argparse
import difflib
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path("tests/memviz")
EXAMPLES = ["examples/14-temperatures.rs", "examples/15-life.rs", "examples/26-linear-canvas.rs"]


def cases() -> list[Path]:
    return sorted((ROOT / HERE).glob("*.rs")) + [ROOT / e for e in EXAMPLES]


def run(wasmrust: str, src: Path, out: Path) -> subprocess.CompletedProcess:
    rel = src.relative_to(ROOT)
    return subprocess.run([wasmrust, "run", str(rel), "--memviz", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def check(wasmrust: str, src: Path, update: bool, tmp: Path) -> list[str]:
    problems = []
    expected = ROOT / HERE / "expected" / (src.stem + ".json")
    actual = tmp / (src.stem + ".json")
    ran = run(wasmrust, src, actual)
    if not actual.exists():
        return [f"no JSON written (exit {ran.returncode}): {ran.stderr.strip()}"]
    text = actual.read_text()
    if update:
        expected.write_text(text)
    elif not expected.exists():
        problems.append(f"{expected.relative_to(ROOT)} is missing (run with --update)")
    elif expected.read_text() != text:
        diff = difflib.unified_diff(expected.read_text().splitlines(), text.splitlines(),
                                    "expected", "actual", lineterm="", n=2)
        problems.append("model differs:\n" + "\n".join(list(diff)[:60]))
    svg = tmp / (src.stem + ".svg")
    run(wasmrust, src, svg)
    try:
        root = ET.parse(svg).getroot()
        if not root.tag.endswith("svg"):
            problems.append("the SVG's root is not <svg>")
    except (ET.ParseError, FileNotFoundError) as e:
        problems.append(f"the SVG is not well-formed: {e}")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wasmrust", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    (ROOT / HERE / "expected").mkdir(exist_ok=True)
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for src in cases():
            problems = check(args.wasmrust, src, args.update, Path(tmp))
            if problems:
                failed += 1
                print(f"FAIL {src.relative_to(ROOT)}")
                for p in problems:
                    print("    " + p.replace("\n", "\n    "))
            else:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
