// The memviz trace at run time: dev builds record every allocation and free
// in the ring buffer, the host reads all of them (the program flushes when
// the ring wraps), "break on" stops at the right allocation, snapshots hold
// what memviz needs, and release builds have no trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "build/bin/wasmrust");
const { runModule, makeImports } = await import(path.join(root, "web/runtime/runtime.mjs"));
const { readSection, TraceReader, EVENT, RECORD_WORDS, FLUSH } =
  await import(path.join(root, "web/runtime/memviz.mjs"));

function build(file, extra = []) {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "wr-memviz-")), "out.wasm");
  execFileSync(cli, ["build", file, "-o", out, ...extra], { cwd: root });
  return readFileSync(out);
}

const quiet = () => {};

// Replays records: every free must match a live block exactly.
function replay(records) {
  const live = new Map();
  const counts = { alloc: 0, free: 0, realloc: 0 };
  for (let i = 0; i < records.length; i += RECORD_WORDS) {
    const kind = records[i] & 0xff;
    const addr = records[i + 1];
    const size = records[i + 2];
    if (kind === EVENT.ALLOC || kind === EVENT.REALLOC_TO) {
      assert.ok(!live.has(addr), `block at ${addr} allocated twice`);
      live.set(addr, size);
      if (kind === EVENT.ALLOC) counts.alloc++;
    } else if (kind === EVENT.FREE || kind === EVENT.REALLOC_FROM) {
      assert.equal(live.get(addr), size, `free of ${addr} (${size} bytes) matches no live block`);
      live.delete(addr);
      if (kind === EVENT.FREE) counts.free++;
      else counts.realloc++;
    } else {
      assert.fail(`unexpected record kind ${kind}`);
    }
  }
  return { live, counts };
}

test("the stress program's records replay to an empty heap", async () => {
  const wasm = build("tests/golden/heap/stress.rs");
  const { exitCode, snapshot } = await runModule(wasm, quiet, { memviz: true });
  assert.equal(exitCode, 0);
  assert.ok(snapshot);
  const view = new DataView(snapshot.buffer, snapshot.byteOffset);
  assert.equal(new TextDecoder().decode(snapshot.subarray(0, 8)), "WRMVSNAP");
  const [version, code, flags, sectionLen, memLen, count, lost] =
    Array.from({ length: 7 }, (_, i) => view.getUint32(8 + 4 * i, true));
  assert.deepEqual([version, code, flags & 1, lost], [1, 0, 1, 0]);
  const info = JSON.parse(new TextDecoder().decode(snapshot.subarray(36, 36 + sectionLen)));
  assert.equal(info.file, "tests/golden/heap/stress.rs");
  assert.equal(memLen % 65536, 0);
  const recordsAt = 36 + sectionLen + memLen;
  const records = new Uint32Array(snapshot.slice(recordsAt).buffer);
  assert.equal(records.length, count * RECORD_WORDS);
  const { live, counts } = replay(records);
  assert.equal(live.size, 0);
  // The program's own counts (its output) match: two rounds and 100 blocks.
  assert.equal(counts.alloc, 2 * 2400 + 1 + 100);
  assert.equal(counts.realloc, 2 * 1236);
});

test("a host that reads on every flush loses nothing when the ring wraps", async () => {
  const wasm = build("tests/web/memviz/churn.rs");
  let flushes = 0;
  const { exitCode, snapshot } = await runModule(wasm, quiet, {
    memviz: true,
    onTrace: (reason) => { if (reason === FLUSH.FULL) flushes++; },
  });
  assert.equal(exitCode, 0);
  const view = new DataView(snapshot.buffer, snapshot.byteOffset);
  const count = view.getUint32(8 + 20, true);
  const lost = view.getUint32(8 + 24, true);
  assert.equal(count, 2 * 20000 + 8 + 2);
  assert.equal(lost, 0);
  assert.equal(flushes, Math.floor(count / 16384));
});

test("a host that never reads loses the oldest records, and knows how many", async () => {
  const wasm = build("tests/web/memviz/churn.rs");
  const module = await WebAssembly.compile(wasm);
  const section = readSection(module);
  let memory = null;
  const instance = await WebAssembly.instantiate(module, makeImports(quiet, () => memory));
  memory = instance.exports.memory;
  instance.exports.main();
  const reader = new TraceReader(memory, section.info);
  const fresh = reader.poll();
  assert.equal(fresh.length / RECORD_WORDS, section.info.trace.capacity);
  assert.equal(reader.lost, 2 * 20000 + 8 + 2 - section.info.trace.capacity);
  // The newest record is the last free, of the 100,000-byte block.
  const last = fresh.length - RECORD_WORDS;
  assert.equal(fresh[last] & 0xff, EVENT.FREE);
  assert.equal(fresh[last + 2], 100000);
});

test("break on allocation stops right after the first large enough block", async () => {
  const wasm = build("tests/web/memviz/churn.rs");
  const breaks = [];
  await runModule(wasm, quiet, {
    memviz: true,
    breakOnAlloc: 50000,
    onTrace: (reason, reader) => {
      if (reason !== FLUSH.BREAK_ALLOC) return;
      const all = reader.records();
      const last = all.length - RECORD_WORDS;
      breaks.push({ kind: all[last] & 0xff, size: all[last + 2], index: reader.seen });
    },
  });
  assert.deepEqual(breaks, [{ kind: EVENT.ALLOC, size: 100000, index: 2 * 20000 + 8 + 1 }]);
});

test("resource handles are traced, and break on drop stops where one of the chosen type ends", async () => {
  const wasm = build("examples/26-linear-canvas.rs");
  const module = await WebAssembly.compile(wasm);
  const { info } = readSection(module);
  const canvas = info.types.findIndex((t) => t.name === "CanvasContext");
  assert.ok(canvas > 0);
  const ends = [];
  const { exitCode, snapshot } = await runModule(wasm, quiet, {
    memviz: true,
    breakOnDrop: canvas,
    onTrace: (reason, reader) => {
      if (reason !== FLUSH.BREAK_DROP) return;
      const all = reader.records();
      const last = all.length - RECORD_WORDS;
      ends.push({ kind: all[last] & 0xff, id: all[last + 1], type: all[last] >>> 12 });
    },
  });
  assert.equal(exitCode, 0);
  assert.ok(snapshot);
  assert.deepEqual(ends, [
    { kind: EVENT.HANDLE_CONSUME, id: 1, type: canvas },
    { kind: EVENT.HANDLE_CONSUME, id: 2, type: canvas },
  ]);
});

test("records name their site and type from the section's tables", async () => {
  const wasm = build("tests/web/memviz/churn.rs");
  const module = await WebAssembly.compile(wasm);
  const { info } = readSection(module);
  const { snapshot } = await runModule(wasm, quiet, { memviz: true });
  const view = new DataView(snapshot.buffer, snapshot.byteOffset);
  const at = 36 + view.getUint32(8 + 12, true) + view.getUint32(8 + 16, true);
  const first = new Uint32Array(snapshot.slice(at, at + 16).buffer);
  const site = info.sites[first[3]];
  assert.deepEqual([site.line, site.what, site.fn], [9, "wasm::heap::alloc", "main"]);
  assert.equal(info.types[first[0] >>> 12].name, "bytes");
  assert.equal((first[0] >>> 8) & 15, 3); // 8-byte alignment
});

test("release builds have no section and give no snapshot", async () => {
  const wasm = build("tests/web/memviz/churn.rs", ["--release"]);
  const module = await WebAssembly.compile(wasm);
  assert.equal(readSection(module), null);
  const { exitCode, snapshot } = await runModule(wasm, quiet, { memviz: true });
  assert.equal(exitCode, 0);
  assert.equal(snapshot, null);
});
