// The runtime's frame loop and live snapshots. A module that exports
// `frame` has it called once per animation frame after `main` when the
// host asks for frames (runtime.mjs's `frames` option): until the program
// exits or traps, the host aborts, or the count is reached. The modules are
// written here byte by byte (the compiler does not export functions yet):
// `main` writes "M", each `frame` call counts itself in a global and writes
// "F", and may exit or trap at a chosen count. A dev build's memory can be
// snapshotted while it runs (onRunning), as the playground streams it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { runModule } = await import(path.join(root, "web/runtime/runtime.mjs"));

// --- A tiny module, encoded by hand -------------------------------------------
const uleb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const name = (s) => [...uleb(s.length), ...new TextEncoder().encode(s)];
const vec = (items) => [...uleb(items.length), ...items.flat()];
const section = (id, bytes) => [id, ...uleb(bytes.length), ...bytes];
const I32 = 0x7f;
const op = { unreachable: 0x00, if: 0x04, end: 0x0b, call: 0x10, globalGet: 0x23, globalSet: 0x24,
  i32Const: 0x41, i32Eq: 0x46, i32Add: 0x6a };
const body = (code) => [...uleb(code.length + 2), 0x00, ...code, op.end]; // no locals

/** exitAt / trapAt: the frame call that exits with code 7 / traps (0: never; below 64). */
function frameModule({ withFrame = true, exitAt = 0, trapAt = 0 } = {}) {
  const write = (at) => [op.i32Const, 1, op.i32Const, at, op.i32Const, 1, op.call, 0];
  const main = write(0);
  const frame = [
    op.globalGet, 0, op.i32Const, 1, op.i32Add, op.globalSet, 0, ...write(1),
    op.globalGet, 0, op.i32Const, exitAt, op.i32Eq, op.if, 0x40, op.i32Const, 7, op.call, 1, op.end,
    op.globalGet, 0, op.i32Const, trapAt, op.i32Eq, op.if, 0x40, op.unreachable, op.end,
  ];
  const funcs = withFrame ? [main, frame] : [main];
  const exports = [[...name("memory"), 0x02, 0], [...name("main"), 0x00, 2]];
  if (withFrame) exports.push([...name("frame"), 0x00, 3]);
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, ...vec([[I32], [I32], [I32]]), 0], [0x60, 1, I32, 0], [0x60, 0, 0]])),
    ...section(2, vec([[...name("env"), ...name("write"), 0x00, 0], [...name("env"), ...name("exit"), 0x00, 1]])),
    ...section(3, vec(funcs.map(() => [2]))),
    ...section(5, vec([[0x00, 1]])),
    ...section(6, vec([[I32, 1, op.i32Const, 0, op.end]])),
    ...section(7, vec(exports)),
    ...section(10, vec(funcs.map(body))),
    ...section(11, vec([[0x00, op.i32Const, 0, op.end, ...name("MF")]])),
  ]);
}

async function run(module, options = {}) {
  let text = "";
  const frames = [];
  const result = await runModule(module, (fd, bytes) => { text += new TextDecoder().decode(bytes); }, {
    ...options,
    onFrame: (n) => { frames.push(n); options.onFrame?.(n); },
  });
  return { ...result, text, frames };
}

test("the hand-made module is valid and its main runs alone without the option", async () => {
  assert.ok(WebAssembly.validate(frameModule()));
  const r = await run(frameModule());
  assert.deepEqual([r.exitCode, r.error, r.text, r.frames], [0, null, "M", []]);
});

test("frame is called once per frame after main, as many times as asked", async () => {
  const t0 = performance.now();
  const r = await run(frameModule(), { frames: 5 });
  assert.deepEqual([r.exitCode, r.error, r.text], [0, null, "MFFFFF"]);
  assert.deepEqual(r.frames, [1, 2, 3, 4, 5]);
  // One call per frame, not all at once (Node's stand-in frame is 16 ms).
  assert.ok(performance.now() - t0 >= 5 * 12, `5 frames took ${performance.now() - t0} ms`);
});

test("the program's exit inside frame ends the run with its code", async () => {
  const r = await run(frameModule({ exitAt: 4 }), { frames: Infinity });
  assert.deepEqual([r.exitCode, r.error, r.text, r.frames], [7, null, "MFFFF", [1, 2, 3]]);
});

test("a trap inside frame ends the run with the error", async () => {
  const r = await run(frameModule({ trapAt: 3 }), { frames: Infinity });
  assert.equal(r.exitCode, 1);
  assert.match(r.error, /runtime error: unreachable/);
  assert.equal(r.text, "MFFF");
});

test("the host's signal stops the frames; the run ends as if main had returned", async () => {
  const stop = new AbortController();
  const r = await run(frameModule(), {
    frames: Infinity, signal: stop.signal, onFrame: (n) => { if (n === 3) stop.abort(); },
  });
  assert.deepEqual([r.exitCode, r.error, r.text, r.frames], [0, null, "MFFF", [1, 2, 3]]);
});

test("a module without frame ends when main returns", async () => {
  const r = await run(frameModule({ withFrame: false }), { frames: Infinity });
  assert.deepEqual([r.exitCode, r.text, r.frames], [0, "M", []]);
});

test("a dev build's memory can be snapshotted while it runs", async () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "wr-frames-")), "stress.wasm");
  execFileSync(path.join(root, "build/bin/wasmrust"), ["build", "tests/golden/heap/stress.rs", "-o", out],
    { cwd: root });
  let live = null;
  const during = [];
  const { exitCode, snapshot } = await runModule(readFileSync(out), () => {
    if (during.length === 0) during.push(live.snapshot()); // at the program's first line of output
  }, { memviz: true, onRunning: (l) => { live = l; } });
  assert.equal(exitCode, 0);
  const header = (s) => Array.from({ length: 7 }, (_, i) => new DataView(s.buffer, s.byteOffset).getUint32(8 + 4 * i, true));
  const [, , flagsDuring, , , recordsDuring] = header(during[0]);
  const [, , flagsEnd, , , recordsEnd] = header(snapshot);
  assert.equal(flagsDuring, 0, "a snapshot taken while the program runs says it is running");
  assert.equal(flagsEnd & 1, 1);
  assert.ok(recordsDuring > 0 && recordsDuring < recordsEnd, `${recordsDuring} records then ${recordsEnd}`);
});

test("a release build has nothing to snapshot while it runs", async () => {
  let live = null;
  await runModule(frameModule(), () => {}, { onRunning: (l) => { live = l; } });
  assert.equal(live.snapshot(), null);
});
