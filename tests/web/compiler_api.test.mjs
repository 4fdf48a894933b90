// The in-page compiler API (web/dist/wasmrust.mjs, built by the `wasm`
// preset) under Node: same bytes as the native CLI, diagnostics as data,
// and modules that run through the shared runtime.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "build/bin/wasmrust");
const { createCompiler } = await import(path.join(root, "web/dist/wasmrust.mjs"));
const { runModule } = await import(path.join(root, "web/runtime/runtime.mjs"));
const compiler = await createCompiler();

function nativeBuild(file, extra = []) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "wr-api-")), "out.wasm");
  execFileSync(cli, ["build", file, "-o", out, ...extra], { cwd: root });
  return new Uint8Array(readFileSync(out));
}

async function run(wasm) {
  const chunks = { 1: [], 2: [] };
  const { exitCode } = await runModule(wasm, (fd, bytes) => chunks[fd].push(Buffer.from(bytes)));
  return { exitCode, stdout: Buffer.concat(chunks[1]).toString(), stderr: Buffer.concat(chunks[2]).toString() };
}

test("version matches the native CLI", () => {
  const native = execFileSync(cli, ["--version"]).toString().trim();
  assert.equal(`wasmrust ${compiler.version}`, native);
});

test("every example compiles to the same bytes as the native CLI", () => {
  for (const name of readdirSync(path.join(root, "examples")).filter((f) => f.endsWith(".rs"))) {
    const rel = `examples/${name}`;
    const r = compiler.compile(readFileSync(path.join(root, rel), "utf8"), { path: rel });
    assert.ok(r.ok, `${rel}: ${r.rendered}`);
    assert.deepEqual(r.wasm, nativeBuild(rel), rel);
  }
});

test("a compiled program runs through the shared runtime", async () => {
  const r = compiler.compile('fn main() { let x: u8 = 200; println!("{} {:.2} {:?}", x, 1.0 / 3.0, (1, "a")); }');
  assert.ok(r.ok);
  assert.ok(r.sizes.total === r.wasm.length && r.sizes.sections.code > 0);
  assert.deepEqual(await run(r.wasm), { exitCode: 0, stdout: '200 0.33 (1, "a")\n', stderr: "" });
});

test("panics report Rust's message and exit code 101", async () => {
  const r = compiler.compile("fn f(a: i32) -> i32 { a * 1000000 }\nfn main() { println!(\"{}\", f(5000)); }", { path: "p.rs" });
  const out = await run(r.wasm);
  assert.equal(out.exitCode, 101);
  assert.match(out.stderr, /panicked at p\.rs:1:23:\nattempt to multiply with overflow/);
});

test("diagnostics come back as data with spans, notes and suggestions", () => {
  const src = "fn main() {\n    let n = 1;\n    n = 2;\n    let s: i32 = \"x\";\n}\n";
  const r = compiler.compile(src);
  assert.equal(r.ok, false);
  assert.equal(r.wasm.length, 0);
  const errors = r.diagnostics.filter((d) => d.severity === "error");
  const codes = errors.map((d) => d.code);
  assert.deepEqual(codes, ["E0384", "E0308"]);
  const mismatch = errors[1];
  assert.equal(mismatch.spans.find((s) => s.primary).line_start, 4);
  const fix = errors[0].helps.find((h) => h.suggestion);
  assert.equal(fix.suggestion.replacement, "mut ");
  assert.equal(fix.suggestion.applicability, "MachineApplicable");
  assert.match(r.rendered, /error\[E0384\]: cannot assign twice to immutable variable `n`/);
});

test("WAT output on request", () => {
  const r = compiler.compile('fn main() { println!("hi"); }', { wat: true });
  assert.match(r.wat, /^\(module/);
  assert.match(r.wat, /\(export "main"/);
});

test("byte annotations cover the module and sizes break it down by section and function", () => {
  const r = compiler.compile("fn twice(x: i32) -> i32 { x * 2 }\nfn main() { println!(\"{}\", twice(21)); }", { annotate: true });
  assert.ok(r.ok);
  let at = 0;
  for (const a of r.annotations) {
    assert.equal(a.offset, at, `annotation at ${at}: ${a.description}`);
    at += a.size;
  }
  assert.equal(at, r.wasm.length);
  assert.ok(r.annotations.some((a) => a.description.startsWith("section: code")));
  const names = r.sizes.functions.map((f) => f.name);
  assert.ok(names.includes("main") && names.includes("twice"), names.join(","));
  const sectionTotal = r.sizes.sectionList.reduce((n, s) => n + s.size, 0);
  assert.ok(sectionTotal < r.wasm.length && sectionTotal > r.wasm.length - 64);
  assert.equal(compiler.compile("fn main() {}").annotations, null, "only on request");
});

test("both builds time the same stages: --time-passes=json natively, timesUs in the page", () => {
  const rel = "examples/01-hello.rs";
  const dir = mkdtempSync(path.join(tmpdir(), "wr-api-"));
  // The same file name on both sides: dev modules name their source file.
  const r = spawnSync(cli, ["build", rel, "-o", path.join(dir, "out.wasm"),
                            "--time-passes=json", "--repeat", "3"], { cwd: root });
  assert.equal(r.status, 0, r.stderr.toString());
  const native = JSON.parse(r.stderr.toString().trim().split("\n").pop());
  assert.equal(native.runs, 3);
  assert.equal(native.totals.length, 3);
  assert.ok(native.median.total > 0 && native.min.total <= native.median.total);
  const page = compiler.compile(readFileSync(path.join(root, rel), "utf8"), { path: rel });
  assert.deepEqual(Object.keys(page.timesUs), Object.keys(native.median));
  assert.ok(page.timesUs.total > 0 && page.timesUs.lex <= page.timesUs.total);
  assert.deepEqual(page.wasm, new Uint8Array(readFileSync(path.join(dir, "out.wasm"))));
});

test("denyEffects rejects a program that could call the host, as --deny-effect does", () => {
  const src = '#[wasm::import(module = "m")]\nextern "js" { fn ping(); }\nfn main() { ping(); }\n';
  assert.ok(compiler.compile(src).ok);
  const r = compiler.compile(src, { denyEffects: ["js_call"] });
  assert.equal(r.ok, false);
  assert.deepEqual(r.diagnostics.map((d) => d.code), ["W1011"]);
});

test("the typed wrapper on request, the same as --emit js", () => {
  const src = "#[wasm::export]\nfn add(a: i32, b: i32) -> i32 { a + b }\n";
  const r = compiler.compile(src, { js: true, path: "lib.rs" });
  assert.ok(r.ok, r.rendered);
  assert.match(r.js, /"add":x\["add"\]/);
  assert.match(r.dts, /add\(a: number, b: number\): number;/);
  assert.equal(compiler.compile(src).js, "");
});
