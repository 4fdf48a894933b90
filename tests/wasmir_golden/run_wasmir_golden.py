#!/usr/bin/env python3
"""WasmIR pass tests for WasmRust, in two modes.

Golden IR (default): every `tests/wasmir_golden/**/*.rs` file names the passes
to run in a `// PASSES: a,b,c` header (`release` for the release pipeline),
optionally `// ARGS: --release` (extra compiler flags) and `// FUNCS: f,g`
(compare only these functions), and holds the WAT the compiler prints after
those passes in its trailing `// WAT:` comment block. The runner compiles
the file with `wasmrust build --passes=... --emit wat`, compares the text, and
also runs the program with and without the passes: both must print the same
output and exit with the same code. `--update` rewrites the blocks from the
compiler's output, so a change shows up in `git diff`.

Behaviour (`--behaviour`): every run test of the compiler's golden corpus
(tests/golden/, files not named fail_*) is built in the dev tier with the
release pipeline (`--passes=release`); the module must pass wasm-validate and
its run must match the test's CHECK block exactly. Then the release tier is
built without Binaryen, without passes and with each release pipeline
(`release`, `pre-binaryen` and their `-size` variants), and all runs must
agree. The corpus's own format and helpers come from tests/golden/run_golden.py
(imported, not changed).

  python3 tests/wasmir_golden/run_wasmir_golden.py --wasmrust build/bin/wasmrust [--update]
  python3 tests/wasmir_golden/run_wasmir_golden.py --wasmrust build/bin/wasmrust --behaviour

The last line is `N passed, M failed`; the exit code is 1 when anything failed.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import concurrent.futures
import dataclasses
import difflib
import os
import re
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO_ROOT / "tests" / "golden"))
import run_golden  # noqa: E402  (the golden corpus's format and process helpers)

TEST_DIR = Path("tests/wasmir_golden")
WAT_PREFIX = "// WAT:"
PASSES_RE = re.compile(r"^// PASSES:\s*(\S+)\s*$")
ARGS_RE = re.compile(r"^// ARGS:(.*)$")
FUNCS_RE = re.compile(r"^// FUNCS:\s*(\S+)\s*$")
RUNTIME = REPO_ROOT / "web" / "runtime" / "run.mjs"
TIMEOUT = 60
# A release run may legitimately loop forever (wrapping arithmetic where the
# dev tier panics): both runs timing out counts as agreeing.
RELEASE_RUN_TIMEOUT = 10


@dataclasses.dataclass
class Result:
    path: Path
    problems: list[str] = dataclasses.field(default_factory=list)
    updated: bool = False


def run(argv: list[str], cwd: Path = REPO_ROOT, timeout: float = TIMEOUT) -> run_golden.Outcome:
    return run_golden.run(argv, timeout, cwd)


def describe(outcome: run_golden.Outcome) -> str:
    return outcome.describe()


def diff(expected: str, actual: str, a: str = "expected", b: str = "actual") -> str:
    lines = difflib.unified_diff(expected.split("\n"), actual.split("\n"),
                                 fromfile=a, tofile=b, lineterm="", n=2)
    return run_golden.indent("\n".join(lines))


# ---------------------------------------------------------------------------
# Golden IR tests.

@dataclasses.dataclass
class IrTest:
    path: Path
    code: str          # the file above its WAT block
    passes: str
    args: list[str]
    funcs: list[str]
    expected: str


def parse_ir_test(path: Path) -> IrTest:
    lines = (REPO_ROOT / path).read_text().split("\n")
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].startswith(WAT_PREFIX):
            start = i
        elif lines[i].strip():
            break
    passes, args, funcs = None, [], []
    for line in lines[:start]:
        if line.startswith(WAT_PREFIX):
            raise ValueError("a `// WAT:` line outside the trailing block")
        if m := PASSES_RE.match(line):
            passes = m.group(1)
        elif m := ARGS_RE.match(line):
            args += m.group(1).split()
        elif m := FUNCS_RE.match(line):
            funcs += m.group(1).split(",")
    if passes is None:
        raise ValueError("missing `// PASSES: a,b,c` header")
    expected = "\n".join(l[len(WAT_PREFIX) + 1:] if l != WAT_PREFIX else ""
                         for l in lines[start:] if l.strip())
    code = "\n".join(lines[:start]).rstrip("\n") + "\n"
    return IrTest(path, code, passes, args, funcs, expected)


def select_funcs(wat: str, names: list[str]) -> str:
    """The `(func $name ...)` blocks of the module, in the order asked."""
    lines = wat.rstrip("\n").split("\n")
    out = []
    for name in names:
        head = f"  (func ${name} "
        starts = [i for i, l in enumerate(lines) if l.startswith(head)]
        if not starts:
            out.append(f";; no function ${name}")
            continue
        i = starts[0]
        out.append(lines[i])
        for line in lines[i + 1:]:
            if line.startswith("  (") or line == ")":
                break
            out.append(line)
    return "\n".join(out)


def check_ir_test(opts: argparse.Namespace, path: Path) -> Result:
    result = Result(path)
    try:
        test = parse_ir_test(path)
    except ValueError as e:
        result.problems.append(f"bad test file: {e}")
        return result
    wasmrust = [opts.wasmrust]
    built = run(wasmrust + ["build", *test.args, f"--passes={test.passes}", "--emit", "wat",
                            "-o", "-", str(path)])
    if built.exit != 0:
        result.problems.append(f"`wasmrust build` failed: {describe(built)}")
        return result
    actual = built.stdout.rstrip("\n")
    if test.funcs:
        actual = select_funcs(actual, test.funcs)
    if opts.update:
        text = test.code + "\n" + "\n".join(
            f"{WAT_PREFIX} {l}" if l else WAT_PREFIX for l in actual.split("\n")) + "\n"
        if (REPO_ROOT / path).read_text() != text:
            (REPO_ROOT / path).write_text(text)
            result.updated = True
    elif actual != test.expected:
        result.problems.append("WAT differs:\n" + diff(test.expected, actual))
    # The passes must not change what the program does.
    plain = run(wasmrust + ["run", *test.args, "--passes=none", str(path)])
    passed = run(wasmrust + ["run", *test.args, f"--passes={test.passes}", str(path)])
    if (plain.stdout, plain.stderr, plain.exit) != (passed.stdout, passed.stderr, passed.exit):
        result.problems.append("the program behaves differently after the passes:\n"
                               + diff(plain.stdout + plain.stderr + f"exit {plain.exit}",
                                      passed.stdout + passed.stderr + f"exit {passed.exit}",
                                      "without", "with"))
    return result


# ---------------------------------------------------------------------------
# Behaviour over the compiler's golden corpus.

def build_and_run(opts: argparse.Namespace, test: run_golden.TestFile, flags: list[str],
                  tmp: Path, name: str, result: Result,
                  timeout: float = TIMEOUT,
                  seen: dict[bytes, run_golden.Outcome] | None = None
                  ) -> run_golden.Outcome | None:
    root = run_golden.src_root(tmp)
    out = tmp / f"{name}.wasm"
    mode = ["--test"] if test.is_test_mode else []
    built = run([opts.wasmrust, "build", *mode, *test.args, *flags, str(test.path), "-o", str(out)],
                root)
    if built.exit != 0 or not out.exists():
        result.problems.append(f"`build {' '.join(flags)}` failed: {describe(built)}")
        return None
    # A module byte-identical to one this test already validated and ran
    # behaves the same: its outcome is reused (pipelines often agree on
    # small programs, and the runs are most of this test's time).
    digest = hashlib.sha256(out.read_bytes()).digest()
    if seen is not None and digest in seen:
        return copy.copy(seen[digest])
    valid = run([run_golden.WASM_VALIDATE, *run_golden.WASM_VALIDATE_FLAGS, str(out)])
    if valid.exit != 0:
        result.problems.append(f"wasm-validate rejects `build {' '.join(flags)}`: "
                               f"{describe(valid)}")
    # RUN-ARGS (--host, --invoke) are the runtime's own flags.
    # Test builds run under the test runner; its report's times vary.
    runner = RUNTIME.with_name("test.mjs") if test.is_test_mode else RUNTIME
    ran = run(["node", str(runner), str(out), *test.run_args], root, timeout)
    ran.stdout = run_golden.FINISHED_RE.sub("finished in 0.00s", ran.stdout)
    if seen is not None and valid.exit == 0:
        seen[digest] = copy.copy(ran)
    return ran


def check_behaviour(opts: argparse.Namespace, path: Path) -> Result:
    result = Result(path)
    test = run_golden.parse_test(path)
    with tempfile.TemporaryDirectory(prefix="wasmir-") as tmp_name:
        tmp = Path(tmp_name)
        run_golden.mirror(test, tmp)
        dev = build_and_run(opts, test, ["--passes=release"], tmp, "dev", result)
        if dev is not None and dev.timed_out:
            result.problems.append("dev + passes: the run timed out")
        elif dev is not None:
            exp = test.expect
            for name, want, got in (("stdout", exp.stdout, dev.stdout),
                                    ("stderr", exp.stderr, dev.stderr)):
                if want != got:
                    result.problems.append(f"dev + passes: {name} differs:\n" + diff(want, got))
            if exp.exit != dev.exit:
                result.problems.append(f"dev + passes: exit code {dev.exit}, expected {exp.exit}")
        base = ["--release", "--no-binaryen"]
        seen: dict[bytes, run_golden.Outcome] = {}
        plain = build_and_run(opts, test, base + ["--passes=none"], tmp, "rel", result,
                              RELEASE_RUN_TIMEOUT, seen)
        if plain is None:
            return result
        for pipeline in ("release", "pre-binaryen", "release-size", "pre-binaryen-size"):
            opt = build_and_run(opts, test, base + [f"--passes={pipeline}"], tmp, pipeline,
                                result, RELEASE_RUN_TIMEOUT, seen)
            if opt is None or (plain.timed_out and opt.timed_out):
                continue
            if plain.timed_out != opt.timed_out:
                result.problems.append(f"release: only one of the runs with and without the "
                                       f"{pipeline} passes timed out")
            elif (plain.stdout, plain.stderr, plain.exit) != (opt.stdout, opt.stderr, opt.exit):
                result.problems.append(
                    f"release: the {pipeline} passes change the program's behaviour:\n"
                    + diff(plain.stdout + plain.stderr + f"exit {plain.exit}",
                           opt.stdout + opt.stderr + f"exit {opt.exit}", "without", "with"))
    return result


# ---------------------------------------------------------------------------

def discover(directory: Path, filter_text: str | None, behaviour: bool) -> list[Path]:
    if behaviour:
        # The golden corpus's own discovery knows its multi-file programs
        # (a folder with main.rs is one test); fail_* tests do not run.
        return [p for p in run_golden.discover(filter_text) if not run_golden.is_fail_path(p)]
    paths = sorted(p.relative_to(REPO_ROOT) for p in (REPO_ROOT / directory).rglob("*.rs"))
    return [p for p in paths if not filter_text or filter_text in str(p)]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wasmrust", required=True, help="path of the native wasmrust binary")
    ap.add_argument("--update", action="store_true", help="rewrite the WAT blocks")
    ap.add_argument("--behaviour", action="store_true",
                    help="check tests/golden/ programs with the passes instead")
    ap.add_argument("--filter", help="only tests whose path contains this text")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    opts = ap.parse_args(argv)
    opts.wasmrust = str(Path(opts.wasmrust).resolve())
    if opts.behaviour and opts.update:
        ap.error("--behaviour has nothing to update")
    directory = run_golden.GOLDEN_DIR if opts.behaviour else TEST_DIR
    check = check_behaviour if opts.behaviour else check_ir_test
    paths = discover(directory, opts.filter, opts.behaviour)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        results = list(pool.map(lambda p: check(opts, p), paths))
    failed = 0
    for r in results:
        if r.updated:
            print(f"updated {r.path}")
        if r.problems:
            failed += 1
            print(f"FAIL {r.path}")
            for problem in r.problems:
                print(run_golden.indent(problem, "  "))
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
