#!/usr/bin/env python3
"""Golden test runner for WasmRust: runs every `tests/golden/**/*.rs` file
through the `wasmrust` CLI and compares its output with the expectations kept
in the file's trailing `// CHECK:` comment block. Programs named `fail_*` must
be rejected by `wasmrust check`; all others are run with `wasmrust run`, built
to a module that `wasm-validate` must accept, and (unless told otherwise)
compared with the same program compiled by Debian's rustc, the project's
correctness oracle. The tools see each file without its CHECK block.
`--update` rewrites the blocks from actual output, so a change of behaviour
shows up as a `git diff`. Called by the CTest test `golden` from the
repository root; see tests/golden/README.md for the format.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import difflib
import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = Path("tests/golden")
CACHE_DIR = Path("build/golden-cache")
RUSTC = "/usr/bin/rustc"
WASM_VALIDATE = "/usr/bin/wasm-validate"
# Programs that spawn tasks use a shared memory and atomics (docs/threads.md).
WASM_VALIDATE_FLAGS = ["--enable-threads"]
RUSTC_FLAGS = ["--edition", "2021", "-C", "overflow-checks=on",
               "-C", "debuginfo=0", "-A", "warnings"]
RUN_TIMEOUT = 30        # seconds for one program run (WasmRust or rustc-built)
RUSTC_RUN_TIMEOUT = 10
COMPILE_TIMEOUT = 120   # rustc and node can be slow on a loaded machine
FAIL_EXIT_CODE = 1      # `wasmrust check` on a program with errors

CHECK_PREFIX = "// CHECK:"
ERROR_CODE_RE = re.compile(r"error\[([EW]\d{4})\]")
RUSTC_SKIP_RE = re.compile(r"^// RUSTC: skip\s*(?:—|--|-|:)?\s*(.*)$")
ARGS_RE = re.compile(r"^// ARGS:(.*)$")
# `// MODE: test`: the program's #[test] fns are run with `wasmrust test`,
# and rustc's oracle is `rustc --test` run with one test thread; their
# reports are compared line by line for the test lines and the counts (the
# panic messages in a failure's captured output are not rustc 1.63's).
MODE_TEST = "// MODE: test"
FINISHED_RE = re.compile(r"finished in \d+\.\d+s")
TEST_LINE_RE = re.compile(r"^(running \d+ tests?|test .*)$")
RUN_ARGS_RE = re.compile(r"^// RUN-ARGS:(.*)$")
# A folder holding main.rs is one multi-file program: main.rs is the test
# (with the CHECK block), the other .rs files in the folder its modules.
MAIN_FILE = "main.rs"


# ---------------------------------------------------------------------------
# Text: everything is decoded with surrogateescape so that invalid UTF-8 (in a
# test source or a program's output) survives a read/write round trip.

def decode(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


def encode(text: str) -> bytes:
    return text.encode("utf-8", errors="surrogateescape")


def needs_escape(line: str) -> bool:
    """A line that a Rust line comment or an editor would not keep verbatim."""
    return any((ord(c) < 0x20 and c != "\t") or c == "\x7f"
               or 0xDC80 <= ord(c) <= 0xDCFF or c in "\x85\u2028\u2029"
               for c in line)


def escape_line(line: str) -> str:
    out = []
    for c in line:
        if c == "\\":
            out.append("\\\\")
        elif 0xDC80 <= ord(c) <= 0xDCFF:        # an undecodable byte
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif needs_escape(c):
            out.append(f"\\u{{{ord(c):x}}}")
        else:
            out.append(c)
    return "".join(out)


def unescape_line(text: str) -> str:
    def repl(m: re.Match) -> str:
        if m.group(1):
            return "\\"
        if m.group(2):
            return chr(0xDC00 + int(m.group(2), 16))
        return chr(int(m.group(3), 16))
    return re.sub(r"\\(\\)|\\x([0-9a-f]{2})|\\u\{([0-9a-f]+)\}", repl, text)


# ---------------------------------------------------------------------------
# The test file format.

@dataclasses.dataclass
class Expect:
    stdout: str = ""
    stderr: str = ""
    exit: int = 0


@dataclasses.dataclass
class TestFile:
    path: Path                  # relative to the repository root
    code: str                   # the file up to its trailing CHECK block
    args: list[str]
    rustc_skip: str | None      # the reason, when the oracle is skipped
    expect: Expect
    run_args: list[str] = dataclasses.field(default_factory=list)  # `wasmrust run` only
    # A multi-file program (a folder with main.rs): its module files, by
    # path relative to the repository root, copied verbatim beside it.
    module_files: dict[Path, bytes] = dataclasses.field(default_factory=dict)

    @property
    def is_test_mode(self) -> bool:
        return MODE_TEST in self.code.split("\n")

    @property
    def is_fail(self) -> bool:
        return is_fail_path(self.path)

    @property
    def source(self) -> str:
        """The code as the tools see it, and as --update writes it back: what
        is above the block, with exactly one final newline, so that a file
        reads the same with and without a block."""
        return self.code.rstrip("\n") + "\n"

    @property
    def uses_extensions(self) -> bool:
        return "wasm::" in self.code or any(b"wasm::" in m for m in self.module_files.values())


class FormatError(Exception):
    pass


def is_fail_path(path: Path) -> bool:
    """A fail_* test: the file's name, or its folder's for a main.rs."""
    name = path.parent.name if path.name == MAIN_FILE else path.name
    return name.startswith("fail_")


def is_check_line(line: str) -> bool:
    return line.startswith(CHECK_PREFIX)


def split_block(lines: list[str]) -> int:
    """Index of the first line of the trailing CHECK block (len if none)."""
    start = len(lines)
    for i in range(len(lines) - 1, -1, -1):
        if is_check_line(lines[i]):
            start = i
        elif lines[i].strip():
            break
    return start


def parse_test(path: Path) -> TestFile:
    text = decode((REPO_ROOT / path).read_bytes())
    lines = text.split("\n")
    start = split_block(lines)
    args, skip = parse_headers(path, lines[:start])
    expect = parse_block(lines[start:])
    code = "\n".join(lines[:start]) + ("\n" if start < len(lines) else "")
    # `{dir}` is the test's folder in the checkout (host modules live there).
    run_args = [a.replace("{dir}", str(REPO_ROOT / path.parent))
                for line in lines[:start] if (m := RUN_ARGS_RE.match(line))
                for a in m.group(1).split()]
    modules = {}
    if path.name == MAIN_FILE:
        modules = {p.relative_to(REPO_ROOT): (p).read_bytes()
                   for p in sorted((REPO_ROOT / path.parent).rglob("*.rs"))
                   if p.relative_to(REPO_ROOT) != path}
    return TestFile(path, code, args, skip, expect, run_args, modules)


def parse_headers(path: Path, code_lines: list[str]) -> tuple[list[str], str | None]:
    args: list[str] = []
    skip = None
    for n, line in enumerate(code_lines, 1):
        if is_check_line(line):
            raise FormatError(f"{path}:{n}: CHECK line outside the trailing block")
        if m := ARGS_RE.match(line):
            args += m.group(1).split()
        elif line.startswith("// RUSTC:"):
            m = RUSTC_SKIP_RE.match(line)
            if not m or not m.group(1).strip():
                raise FormatError(f"{path}:{n}: write `// RUSTC: skip — <reason>`")
            skip = m.group(1).strip()
    return args, skip


def parse_block(lines: list[str]) -> Expect:
    streams: dict[str, list[str]] = {"STDOUT": [], "STDERR": []}
    no_newline: set[str] = set()
    exit_code = 0
    for line in lines:
        if not line.strip():
            continue
        tag, _, rest = line[len(CHECK_PREFIX):].partition(":")
        if tag == "EXIT":
            exit_code = int(rest.strip())
        elif tag in streams and rest == "NONEWLINE":
            no_newline.add(tag)
        elif tag in streams and rest.startswith("ESC: "):
            streams[tag].append(unescape_line(rest[5:]))
        elif tag in streams and (rest == "" or rest.startswith(" ")):
            streams[tag].append(rest[1:])
        else:
            raise FormatError(f"malformed CHECK line: {line!r}")
    out, err = (join_stream(streams[t], t in no_newline) for t in ("STDOUT", "STDERR"))
    return Expect(out, err, exit_code)


def join_stream(lines: list[str], no_newline: bool) -> str:
    text = "\n".join(lines)
    return text if no_newline or not lines else text + "\n"


def render_stream(tag: str, text: str) -> list[str]:
    if not text:
        return []
    lines = text.split("\n")
    complete = lines[-1] == ""
    if complete:
        lines.pop()
    out = [render_line(tag, line) for line in lines]
    if not complete:
        out.append(f"{CHECK_PREFIX}{tag}:NONEWLINE")
    return out


def render_line(tag: str, line: str) -> str:
    if needs_escape(line):
        return f"{CHECK_PREFIX}{tag}:ESC: {escape_line(line)}"
    return f"{CHECK_PREFIX}{tag}: {line}" if line else f"{CHECK_PREFIX}{tag}:"


def render_block(expect: Expect, is_fail: bool) -> list[str]:
    block = render_stream("STDOUT", expect.stdout) + render_stream("STDERR", expect.stderr)
    if expect.exit != 0 and not is_fail:
        block.append(f"{CHECK_PREFIX}EXIT: {expect.exit}")
    return block


def write_test(test: TestFile, expect: Expect) -> bool:
    """Rewrite the trailing block; True when the file changed."""
    block = render_block(expect, test.is_fail)
    text = test.source
    if block:
        text += "\n" + "\n".join(block) + "\n"
    full = REPO_ROOT / test.path
    data = encode(text)
    if full.read_bytes() == data:
        return False
    full.write_bytes(data)
    return True


# ---------------------------------------------------------------------------
# Processes.

@dataclasses.dataclass
class Outcome:
    stdout: str
    stderr: str
    exit: int
    timed_out: bool = False

    def describe(self) -> str:
        if self.timed_out:
            return "timed out"
        return f"exit code {self.exit}" + (f"\n{indent(self.stderr)}" if self.stderr else "")


def run(argv: list[str], timeout: float, cwd: Path = REPO_ROOT) -> Outcome:
    # Stable output: no colours, no backtraces, whatever the caller's terminal.
    env = dict(os.environ, NO_COLOR="1", RUST_BACKTRACE="0", TERM="dumb")
    try:
        # A session of its own, so that a timeout also ends grandchildren (a
        # wasm engine, node) that would otherwise keep the pipes open.
        p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             start_new_session=True)
    except OSError as e:
        return Outcome("", f"cannot run {argv[0]}: {e}", -1)
    with p:
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            out, err = p.communicate()
            return Outcome(decode(out), decode(err), -1, True)
    return Outcome(decode(out), decode(err), p.returncode)


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.rstrip("\n").split("\n"))


def error_codes(stderr: str) -> list[str]:
    return sorted(set(ERROR_CODE_RE.findall(stderr)))


def src_root(tmp: Path) -> Path:
    return tmp / "src"


def mirror(test: TestFile, tmp: Path) -> None:
    """Write the test without its CHECK block under the same relative path in
    a scratch root, the working directory of every compiler and program run.

    The expectations must not change what they describe: an unterminated string
    or comment would run into the block, and an error at the end of the file
    would move with it. The relative path keeps diagnostics and panic messages
    identical to those for the file in the checkout.
    """
    root = src_root(tmp)
    copy = root / test.path
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(encode(test.source))
    for rel, data in test.module_files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_bytes(data)


# ---------------------------------------------------------------------------
# The rustc oracle, cached by a hash of the source and the compiler version so
# that re-runs cost nothing.

class RustcOracle:
    def __init__(self) -> None:
        version = run([RUSTC, "--version"], COMPILE_TIMEOUT)
        if version.exit != 0:
            raise SystemExit(f"run_golden: {RUSTC} is not usable: {version.describe()}")
        self.version = version.stdout.strip()
        (REPO_ROOT / CACHE_DIR).mkdir(parents=True, exist_ok=True)

    def result(self, test: TestFile, tmp: Path) -> dict:
        source = encode(test.source)
        key = hashlib.sha256(
            "\0".join([self.version, *RUSTC_FLAGS, str(test.is_fail), str(test.is_test_mode)])
            .encode() + b"\0" + source
            + b"".join(b"\0" + str(rel).encode() + b"\0" + data
                       for rel, data in test.module_files.items())
        ).hexdigest()
        cache = REPO_ROOT / CACHE_DIR / f"{key}.json"
        if cache.exists():
            return json.loads(cache.read_text())
        result = self.compute(test, tmp)
        if not result.get("timed_out"):     # a loaded machine should not poison the cache
            partial = cache.with_suffix(f".{os.getpid()}.{id(tmp)}.tmp")
            partial.write_text(json.dumps(result))
            partial.replace(cache)
        return result

    def compute(self, test: TestFile, tmp: Path) -> dict:
        exe = tmp / "rustc.out"
        mode = ["--test"] if test.is_test_mode else []
        compiled = run([RUSTC, *RUSTC_FLAGS, *mode, "-o", str(exe), str(test.path)],
                       COMPILE_TIMEOUT, cwd=src_root(tmp))
        result = {"compiled": compiled.exit == 0 and not compiled.timed_out,
                  "codes": error_codes(compiled.stderr),
                  "compile_stderr": compiled.stderr[-4000:]}
        if result["compiled"] and not test.is_fail:
            threads = ["--test-threads=1"] if test.is_test_mode else []
            ran = run([str(exe), *threads], RUSTC_RUN_TIMEOUT, cwd=src_root(tmp))
            result.update(stdout=ran.stdout, exit=ran.exit, timed_out=ran.timed_out)
        return result


# ---------------------------------------------------------------------------
# Checking one test.

@dataclasses.dataclass
class Result:
    test: TestFile | None
    path: Path
    problems: list[str] = dataclasses.field(default_factory=list)
    actual: Expect | None = None
    codes: list[str] = dataclasses.field(default_factory=list)
    updated: bool = False

    @property
    def passed(self) -> bool:
        return not self.problems


class Runner:
    def __init__(self, opts: argparse.Namespace) -> None:
        self.opts = opts
        self.oracle = None if opts.no_rustc else RustcOracle()

    def check(self, path: Path) -> Result:
        try:
            test = parse_test(path)
        except (FormatError, ValueError) as e:
            return Result(None, path, [f"bad test file: {e}"])
        result = Result(test, path)
        with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
            mirror(test, Path(tmp))
            if self.opts.bootstrap_from_rustc:
                self.bootstrap(test, result, Path(tmp))
            elif test.is_fail:
                self.check_fail(test, result, Path(tmp))
            else:
                self.check_run(test, result, Path(tmp))
        return result

    def wasmrust(self, *argv: str) -> list[str]:
        return [self.opts.wasmrust, *argv]

    def uses_oracle(self, test: TestFile) -> bool:
        return self.oracle is not None and test.rustc_skip is None and not test.uses_extensions

    # -- programs that must compile and run ---------------------------------

    def check_run(self, test: TestFile, result: Result, tmp: Path) -> None:
        verb = "test" if test.is_test_mode else "run"
        ran = run(self.wasmrust(verb, *test.args, str(test.path), *test.run_args),
                  RUN_TIMEOUT, src_root(tmp))
        if ran.timed_out:
            result.problems.append(f"`wasmrust {verb}` timed out after {RUN_TIMEOUT} s")
            return
        stdout = FINISHED_RE.sub("finished in 0.00s", ran.stdout)
        result.actual = Expect(stdout, ran.stderr, ran.exit)
        self.compare_or_update(test, result)
        wasm = self.check_build(test, result, tmp)
        if wasm is not None and self.opts.compiler_js:
            self.check_js_parity(test, result, tmp, wasm)
        if self.uses_oracle(test):
            self.check_oracle_run(test, result, tmp)

    def check_build(self, test: TestFile, result: Result, tmp: Path) -> bytes | None:
        out = tmp / "native.wasm"
        mode = ["--test"] if test.is_test_mode else []
        built = run(self.wasmrust("build", *mode, *test.args, str(test.path), "-o", str(out)),
                    COMPILE_TIMEOUT, src_root(tmp))
        if built.exit != 0 or built.timed_out or not out.exists():
            result.problems.append(f"`wasmrust build` failed: {built.describe()}")
            return None
        valid = run([WASM_VALIDATE, *WASM_VALIDATE_FLAGS, str(out)], COMPILE_TIMEOUT)
        if valid.exit != 0:
            result.problems.append(f"wasm-validate rejects the module: {valid.describe()}")
        return out.read_bytes()

    def check_js_parity(self, test: TestFile, result: Result, tmp: Path, native: bytes) -> None:
        out = tmp / "js.wasm"
        mode = ["--test"] if test.is_test_mode else []
        argv = ["node", self.opts.compiler_js, "build", *mode, *test.args, str(test.path),
                "-o", str(out)]
        built = run(argv, COMPILE_TIMEOUT, src_root(tmp))
        if built.exit != 0 or built.timed_out or not out.exists():
            result.problems.append(f"the Emscripten compiler failed: {built.describe()}")
        elif out.read_bytes() != native:
            result.problems.append(
                f"the Emscripten compiler's module differs from the native one "
                f"({len(out.read_bytes())} vs {len(native)} bytes)")

    def check_oracle_run(self, test: TestFile, result: Result, tmp: Path) -> None:
        rustc = self.oracle.result(test, tmp)
        if not rustc["compiled"]:
            result.problems.append("rustc rejects this program (add `// RUSTC: skip — why` "
                                   "if that is intended):\n" + indent(rustc["compile_stderr"]))
        elif rustc.get("timed_out"):
            result.problems.append(f"the rustc-built program timed out after {RUSTC_RUN_TIMEOUT} s")
        elif test.is_test_mode:
            ours, theirs = test_lines(result.actual.stdout), test_lines(rustc["stdout"])
            if ours != theirs:
                result.problems.append("the test report differs from rustc --test's:\n"
                                       + diff(theirs, ours, "rustc", "wasmrust"))
            if result.actual.exit != rustc["exit"]:
                result.problems.append(f"exit code {result.actual.exit}, "
                                       f"rustc's test binary exits with {rustc['exit']}")
        else:
            actual = result.actual
            if actual.stdout != rustc["stdout"]:
                result.problems.append(
                    self.oracle_stdout_problem(test, rustc["stdout"], actual.stdout))
            if actual.exit != rustc["exit"]:
                result.problems.append(
                    f"exit code {actual.exit}, rustc's program exits with {rustc['exit']}")

    def oracle_stdout_problem(self, test: TestFile, rustc: str, actual: str) -> str:
        # Most expectations came from rustc: do not print the same diff twice.
        if rustc == test.expect.stdout and not self.opts.update:
            return "stdout differs from rustc's too (rustc's is the expected one)"
        return "stdout differs from rustc's:\n" + diff(rustc, actual, "rustc", "wasmrust")

    # -- programs that must be rejected --------------------------------------

    def check_fail(self, test: TestFile, result: Result, tmp: Path) -> None:
        mode = ["--test"] if test.is_test_mode else []
        argv = self.wasmrust("check", "--error-format", "human", *mode, *test.args,
                             str(test.path))
        ran = run(argv, COMPILE_TIMEOUT, src_root(tmp))
        if ran.timed_out:
            result.problems.append("`wasmrust check` timed out")
            return
        result.actual = Expect("", ran.stderr, FAIL_EXIT_CODE)
        result.codes = error_codes(ran.stderr)
        if ran.exit != FAIL_EXIT_CODE:
            result.problems.append(
                f"`wasmrust check` exits with {ran.exit}, expected {FAIL_EXIT_CODE}")
        if ran.stdout:
            result.problems.append("`wasmrust check` wrote to stdout:\n" + indent(ran.stdout))
        self.compare_or_update(test, result)
        if self.uses_oracle(test):
            self.check_oracle_fail(test, result, tmp)

    def check_oracle_fail(self, test: TestFile, result: Result, tmp: Path) -> None:
        rustc = self.oracle.result(test, tmp)
        if rustc["compiled"]:
            result.problems.append("rustc accepts this program, but it is a fail_ test")
            return
        foreign = [c for c in result.codes if c.startswith("E") and c not in rustc["codes"]]
        if foreign:
            result.problems.append(f"error code(s) {', '.join(foreign)} not reported by rustc "
                                   f"(rustc: {', '.join(rustc['codes']) or 'none'})")

    # -- expectations ---------------------------------------------------------

    def compare_or_update(self, test: TestFile, result: Result) -> None:
        if self.opts.update:
            result.updated = write_test(test, result.actual)
            return
        exp, act = test.expect, result.actual
        for name in ("stdout", "stderr"):
            if getattr(exp, name) != getattr(act, name):
                result.problems.append(f"{name} differs:\n"
                                       + diff(getattr(exp, name), getattr(act, name)))
        if not test.is_fail and exp.exit != act.exit:
            result.problems.append(f"exit code {act.exit}, expected {exp.exit}")

    def bootstrap(self, test: TestFile, result: Result, tmp: Path) -> None:
        """Fill stdout/exit expectations from rustc before WasmRust could run."""
        if not self.uses_oracle(test):
            return
        rustc = self.oracle.result(test, tmp)
        if test.is_fail:
            result.codes = rustc["codes"]
            if rustc["compiled"]:
                result.problems.append("rustc accepts this program, but it is a fail_ test")
        elif not rustc["compiled"]:
            result.problems.append(
                "rustc rejects this program:\n" + indent(rustc["compile_stderr"]))
        elif rustc.get("timed_out"):
            result.problems.append("the rustc-built program timed out")
        else:
            result.updated = write_test(test, Expect(rustc["stdout"], "", rustc["exit"]))


def test_lines(report: str) -> str:
    """The lines of a libtest report that do not depend on panic formats."""
    lines = [FINISHED_RE.sub("finished in 0.00s", line) for line in report.split("\n")]
    return "\n".join(line for line in lines
                     if TEST_LINE_RE.match(line) or line.startswith("test result:"))


def diff(expected: str, actual: str, a: str = "expected", b: str = "actual") -> str:
    lines = difflib.unified_diff(display_lines(expected), display_lines(actual),
                                 fromfile=a, tofile=b, lineterm="", n=3)
    return indent("\n".join(lines))


def display_lines(text: str) -> list[str]:
    """Lines as a reader can compare them: escapes visible, a missing newline said."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    elif text:
        lines.append("\\ No newline at end of output")
    return [escape_line(line) if needs_escape(line) else line for line in lines]


# ---------------------------------------------------------------------------
# Driver.

def is_module_file(path: Path) -> bool:
    """A module file of a multi-file program: some folder above it (its own
    included) holds the program's main.rs, which is not this file."""
    for folder in path.parents:
        if folder == REPO_ROOT / GOLDEN_DIR or folder == REPO_ROOT:
            return False
        main = folder / MAIN_FILE
        if main.exists() and main != path:
            return True
    return False


def discover(filter_text: str | None) -> list[Path]:
    paths = sorted(p.relative_to(REPO_ROOT) for p in (REPO_ROOT / GOLDEN_DIR).rglob("*.rs")
                   if not is_module_file(p))
    return [p for p in paths if not filter_text or filter_text in str(p)]


def parse_args(argv: list[str]) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--wasmrust", help="path of the native wasmrust binary")
    ap.add_argument("--update", action="store_true",
                    help="rewrite each test's CHECK block from the actual output")
    ap.add_argument("--bootstrap-from-rustc", action="store_true",
                    help="fill CHECK:STDOUT/EXIT of run tests from rustc (no wasmrust needed)")
    ap.add_argument("--filter", help="only tests whose path contains this text")
    ap.add_argument("--jobs", "-j", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--compiler-js", help="also build with `node PATH` and require identical bytes")
    ap.add_argument("--no-rustc", action="store_true", help="skip the rustc oracle")
    opts = ap.parse_args(argv)
    if opts.bootstrap_from_rustc and (opts.no_rustc or opts.update):
        ap.error("--bootstrap-from-rustc needs rustc and excludes --update")
    if not opts.bootstrap_from_rustc and not opts.wasmrust:
        ap.error("--wasmrust is required")
    for name in ("wasmrust", "compiler_js"):
        if getattr(opts, name):
            path = Path(getattr(opts, name)).resolve()
            if not path.is_file():
                ap.error(f"--{name.replace('_', '-')}: no such file: {path}")
            setattr(opts, name, str(path))
    return opts


def report(results: list[Result]) -> None:
    for r in results:
        if r.updated:
            print(f"updated {r.path}")
    for r in results:
        if not r.passed:
            print(f"FAIL {r.path}")
            for problem in r.problems:
                print(indent(problem, "  "))
    print_error_codes(results)


def print_error_codes(results: list[Result]) -> None:
    """Which codes the fail_ tests exercise: a quick view of diagnostic coverage."""
    codes: dict[str, int] = {}
    for r in results:
        if r.test is not None and r.test.is_fail:
            for c in r.codes:
                codes[c] = codes.get(c, 0) + 1
    if codes:
        print("error codes in fail_ tests: "
              + " ".join(f"{c}({n})" if n > 1 else c for c, n in sorted(codes.items())))


def main(argv: list[str]) -> int:
    opts = parse_args(argv)
    paths = discover(opts.filter)
    runner = Runner(opts)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as pool:
        results = list(pool.map(runner.check, paths))
    report(results)
    failed = sum(not r.passed for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
