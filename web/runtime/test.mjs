// Node entry point for test builds (`wasmrust test`):
//
//   node test.mjs program.wasm [FILTER...] [--ignored] [--include-ignored] [--exact]
//
// A test build exports one entry per `#[test]` fn (`test:N`) and lists them
// in its `wasmrust.tests` custom section (compiler/lower/test_entries.cpp).
// Each test runs in a fresh instance of the module, with its output
// captured; the report is libtest's, line for line: `running N tests`,
// `test NAME ... ok|FAILED|ignored`, the captured output of each failure,
// and `test result: ...`. Exits 101 if a test failed, as a Rust test
// binary does; a test that exits the process or overflows its stack ends
// the whole run with that exit code, also as in Rust.
import { readFileSync, writeSync } from "node:fs";
import { runModule } from "./runtime.mjs";

const [path, ...rest] = process.argv.slice(2);
if (!path) {
  process.stderr.write("usage: node test.mjs PROGRAM.wasm [FILTER...] [--ignored] [--include-ignored] [--exact]\n");
  process.exit(2);
}
const flags = new Set(rest.filter((a) => a.startsWith("--")));
const filters = rest.filter((a) => !a.startsWith("--"));
for (const f of flags) {
  if (!["--ignored", "--include-ignored", "--exact"].includes(f)) {
    process.stderr.write(`error: unrecognized option: '${f}'\n`);
    process.exit(101);
  }
}

const bytes = readFileSync(path);
const module = await WebAssembly.compile(bytes);
const listed = WebAssembly.Module.customSections(module, "wasmrust.tests");
if (listed.length === 0) {
  process.stderr.write("error: the module is not a test build (compile it with `wasmrust test`)\n");
  process.exit(2);
}
const all = JSON.parse(new TextDecoder().decode(listed[0])).map((t, i) => ({ ...t, entry: `test:${i}` }));
const matches = (t) =>
  filters.length === 0 || filters.some((f) => (flags.has("--exact") ? t.name === f : t.name.includes(f)));
const tests = all.filter(matches).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const filteredOut = all.length - tests.length;

const print = (text) => writeSync(1, text);
const started = performance.now();
print(`\nrunning ${tests.length} test${tests.length === 1 ? "" : "s"}\n`);

const decoder = new TextDecoder();
let passed = 0;
let ignored = 0;
const failures = []; // { name, output }
for (const t of tests) {
  const label = `test ${t.name}${t.should_panic ? " - should panic" : ""} ... `;
  const skip = flags.has("--ignored") ? !t.ignore : t.ignore && !flags.has("--include-ignored");
  if (skip) {
    print(`${label}ignored\n`);
    ignored++;
    continue;
  }
  const chunks = [];
  // The bytes too: a module that spawns tasks imports a memory the runtime
  // makes from what its import asks for.
  const result = await runModule({ module, bytes }, (fd, b) => chunks.push(b.slice()), { entry: t.entry });
  // The module's panics name the only thread it knows; libtest names the
  // test's thread after the test.
  const output = decoder
    .decode(concat(chunks))
    .replace(/^thread 'main' (panicked|has overflowed)/gm, `thread '${t.name}' $1`);
  const panicked = result.exitCode === 101;
  if (result.exitCode !== 0 && !panicked) {
    // process::exit, or an abort: the whole test binary ends here.
    print(`${label}\n`);
    process.stderr.write(output);
    if (result.error) process.stderr.write(`error: ${result.error}\n`);
    process.exit(result.exitCode);
  }
  let note = null;
  if (t.should_panic && !panicked) {
    note = "note: test did not panic as expected";
  } else if (t.should_panic && t.expected && !panicMessage(output).includes(t.expected)) {
    note =
      "note: panic did not contain expected string\n" +
      `      panic message: \`${JSON.stringify(panicMessage(output))}\`,\n` +
      ` expected substring: \`${JSON.stringify(t.expected)}\``;
  } else if (!t.should_panic && panicked) {
    note = "";
  }
  if (note === null) {
    print(`${label}ok\n`);
    passed++;
  } else {
    print(`${label}FAILED\n`);
    failures.push({ name: t.name, output: output + note });
  }
}

if (failures.length > 0) {
  let out = "\nfailures:\n\n";
  for (const f of failures) if (f.output) out += `---- ${f.name} stdout ----\n${f.output}\n`;
  out += "\nfailures:\n";
  for (const f of failures) out += `    ${f.name}\n`;
  print(out);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const verdict = failures.length > 0 ? "FAILED" : "ok";
print(
  `\ntest result: ${verdict}. ${passed} passed; ${failures.length} failed; ${ignored} ignored; ` +
    `0 measured; ${filteredOut} filtered out; finished in ${seconds}s\n\n`,
);
process.exitCode = failures.length > 0 ? 101 : 0;

function concat(chunks) {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// The message of the panic in a test's output: the lines after
// "thread '...' panicked at FILE:LINE:COL:" up to the backtrace note.
function panicMessage(output) {
  const m = /thread '[^']*' panicked at [^\n]*:\n([\s\S]*?)\nnote: run with `RUST_BACKTRACE=1`/.exec(output);
  return m ? m[1] : "";
}
