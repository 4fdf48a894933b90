// The interop benchmark's modules (bench/interop/) build and compute the
// right results: WasmRust's (--release, raw and through its --emit js
// wrapper) and the hand-written WAT baseline, loaded exactly as the
// benchmark loads them, with no timing. The peers
// (AssemblyScript, Emscripten) are checked by the benchmark itself, which
// refuses to time a module that gives a wrong result. A missing tool fails
// the test with the tool's name (scripts/setup.sh installs wat2wasm).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { buildInterop } from "../../bench/interop/build.mjs";
import { PEERS, check, expectedSum, step, TEXT } from "../../bench/interop/cases.mjs";

const dir = mkdtempSync(path.join(tmpdir(), "wr-interop-"));
buildInterop(dir, { only: ["wasmrust", "wat"] });
const files = {
  bytes: async (name) => readFileSync(path.join(dir, name)),
  importModule: (name) => import(pathToFileURL(path.join(dir, name)).href),
};
const peer = (name) => PEERS.find((p) => p.name === name);

for (const name of ["wat", "wasmrust", "wasmrust-js", "wasmrust-reuse"]) {
  test(`${name}: add, call_host and upper give the right results`, async () => {
    const p = peer(name);
    const api = await p.load(files);
    assert.deepEqual(check(p, api, 5000), []);
  });
}

// (env.write and env.exit are the runtime's, for a panic: a bounds check.)
test("WasmRust's module has the zero-glue interface: the exports and one host import", async () => {
  const module = await WebAssembly.compile(readFileSync(path.join(dir, "interop.wasm")));
  const exports = WebAssembly.Module.exports(module).map((e) => e.name);
  for (const name of ["add", "call_host", "upper", "memory", "wasmrust_alloc", "wasmrust_dealloc"])
    assert.ok(exports.includes(name), `exports ${exports.join(", ")}`);
  const imports = WebAssembly.Module.imports(module).filter((i) => i.module !== "env");
  assert.deepEqual(imports.map((i) => `${i.module}.${i.name}`), ["host.step"]);
});

test("call_host calls the host fn once per iteration, in order", async () => {
  const seen = [];
  const { instance } = await WebAssembly.instantiate(readFileSync(path.join(dir, "interop.wasm")),
    { env: { write() {}, exit() {} }, host: { step: (acc, i) => (seen.push(i), step(acc, i)) } });
  assert.equal(instance.exports.call_host(100), expectedSum(100));
  assert.deepEqual(seen, [...Array(100).keys()]);
  assert.equal(TEXT.length, 1024);
});
