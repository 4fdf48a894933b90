// The page side of bench/chromium_runner.mjs: the Chromium twin of
// node_runner.mjs. Fetches the module named by ?wasm=, instantiates it with
// the shared runtime's imports (web/runtime/runtime.mjs, as every run in
// Node does) and times only its main() call. The result, in node_runner's
// JSON shape, lands in window.benchResult.
import { makeImports } from "/web/runtime/runtime.mjs";

const result = { ok: false, ms: null, exitCode: 0, stdout: "", stderr: "", error: null };
const chunks = { 1: [], 2: [] };
try {
  const wasm = new URLSearchParams(location.search).get("wasm");
  const bytes = await (await fetch(`/${wasm}`)).arrayBuffer();
  let memory = null;
  const imports = makeImports((fd, b) => chunks[fd === 2 ? 2 : 1].push(b.slice()), () => memory);
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  memory = instance.exports.memory;
  if (typeof instance.exports.main !== "function") throw new Error("module exports no main()");
  const t0 = performance.now();
  try {
    instance.exports.main();
  } finally {
    result.ms = performance.now() - t0;
  }
  result.ok = true;
} catch (e) {
  if (e && !(e instanceof Error) && typeof e.code === "number") {
    result.exitCode = e.code; // env.exit(code) unwinds with the runtime's ProgramExit
    result.ok = e.code === 0;
    if (!result.ok) result.error = `exit code ${e.code}`;
  } else {
    result.exitCode = 1;
    result.error = String(e && e.message ? e.message : e);
  }
}
const text = (fd) => {
  const all = new Uint8Array(chunks[fd].reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks[fd]) all.set(c, at), (at += c.length);
  return new TextDecoder().decode(all);
};
result.stdout = text(1);
result.stderr = text(2);
window.benchResult = result;
