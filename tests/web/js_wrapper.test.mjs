// `wasmrust build --emit js`: the typed wrapper (.mjs) and its declarations
// (.d.ts) beside the module. The wrapper must be small, must hand numeric
// exports over untouched, and must convert strings, typed arrays, bool and
// char both ways, including for host fns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "build/bin/wasmrust");
const dir = mkdtempSync(path.join(tmpdir(), "wr-wrapper-"));
const wasmPath = path.join(dir, "app.wasm");
execFileSync(cli, ["build", "tests/web/js_wrapper_program.rs", "--emit", "js", "-o", wasmPath],
  { cwd: root });
const { instantiate } = await import(pathToFileURL(path.join(dir, "app.mjs")).href);
const notes = [];
const ticks = []; // the frame that called each tick
const app = await instantiate(readFileSync(wasmPath), {
  host: {
    note: (message, loud, mark) => {
      notes.push([message, loud, mark]);
      return message.length;
    },
    tick: (n) => {
      ticks.push(new Error().stack.split("\n")[2]);
      return n + 1;
    },
  },
});

test("the wrapper is a few hundred bytes", () => {
  const size = readFileSync(path.join(dir, "app.mjs")).length;
  assert.ok(size < 2048, `app.mjs is ${size} bytes`);
});

test("numeric exports are the module's own functions", () => {
  assert.equal(app.add, app.exports.add);
  assert.equal(app.add(40, 2), 42);
  assert.equal(app.wide(5n), 15n);
});

test("strings go in, host fns get them decoded", () => {
  assert.equal(app.shout("héllo"), 5);
  assert.deepEqual(notes.at(-1), ["héllo", true, "!"]);
});

test("strings of any length and script go in whole", () => {
  assert.equal(app.shout(""), 0);
  assert.deepEqual(notes.at(-1), ["", true, "!"]);
  const long = "ünïcödé 𝄞 ".repeat(300);
  assert.equal(app.shout(long), long.length);
  assert.deepEqual(notes.at(-1), [long, true, "!"]);
});

test("numeric host fns are the caller's functions, called by the module itself", () => {
  assert.equal(app.tick_twice(40), 42);
  assert.equal(ticks.length, 2);
  for (const frame of ticks) assert.match(frame, /wasm/, `called from ${frame}, not from the module`);
});

test("typed arrays go in, and &mut slices come back", () => {
  assert.equal(app.total(new Float64Array([1.5, 2.5, 4])), 8);
  const xs = new Int32Array([1, -2, 3]);
  app.negate_all(xs);
  assert.deepEqual(Array.from(xs), [-1, 2, -3]);
});

test("bool, char and &str results are converted", () => {
  assert.equal(app.is_upper("Q"), true);
  assert.equal(app.is_upper("q"), false);
  assert.equal(app.next_char("a"), "b");
  assert.equal(app.motto(), "zero glue");
});

test("the declarations type every export and host fn", () => {
  const dts = readFileSync(path.join(dir, "app.d.ts"), "utf8");
  for (const line of [
    "add(a: number, b: number): number;",
    "wide(a: bigint): bigint;",
    "total(xs: Float64Array): number;",
    "negate_all(xs: Int32Array): void;",
    "next_char(c: string): string;",
    "note(message: string, loud: boolean, mark: string): number;",
  ]) assert.ok(dts.includes(line), `missing: ${line}\n${dts}`);
});

// A module that spawns tasks imports a shared memory: the wrapper makes it
// (or, with no shared memory on the host, makes the import unshared) and
// runs the tasks in order. Its output is the golden test's.
async function runThreaded(withoutSharedMemory) {
  const source = "tests/golden/threads/scope_basic.rs";
  const out = path.join(dir, withoutSharedMemory ? "tasks_unshared.wasm" : "tasks.wasm");
  execFileSync(cli, ["build", source, "--emit", "js", "-o", out], { cwd: root });
  const { instantiate: make } = await import(pathToFileURL(out.replace(/\.wasm$/, ".mjs")).href);
  const printed = [];
  const log = console.log, sab = globalThis.SharedArrayBuffer;
  console.log = (line) => printed.push(line);
  if (withoutSharedMemory) delete globalThis.SharedArrayBuffer;
  try {
    const threaded = await make(readFileSync(out));
    threaded.main();
    const expected = readFileSync(path.join(root, source), "utf8").split("\n")
      .filter((l) => l.startsWith("// CHECK:STDOUT: ")).map((l) => l.slice(17));
    assert.deepEqual(printed, expected);
    return threaded.exports.memory.buffer instanceof sab;
  } finally {
    console.log = log;
    globalThis.SharedArrayBuffer = sab;
  }
}

test("a module that spawns tasks runs through the wrapper, over shared memory", async () => {
  assert.equal(await runThreaded(false), true);
});

test("without shared memory, the wrapper runs it over an unshared one", async () => {
  assert.equal(await runThreaded(true), false);
});
