// Runs one benchmark module through the shared WasmRust runtime and times
// only its `main()` call.
//
//   node bench/node_runner.mjs PROGRAM.wasm
//
// Prints one JSON object on stdout:
//   {"ok": bool, "ms": main() wall time, "cpuMs": main() CPU time of the
//    process (user + system), "exitCode": n, "stdout": "...", "stderr": "...",
//    "error": null | "message"}
// Instantiation (compile + link) is outside the timed region; run node with
// --no-liftoff --no-wasm-lazy-compilation so that all of the module is
// compiled (by TurboFan) before main() starts. The imports
// come from web/runtime/runtime.mjs's makeImports, so every program — peers
// included — sees exactly the host functions `wasmrust run` gives it.
// BENCH_RUNTIME=path/to/runtime.mjs overrides the runtime (for testing).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const here = path.dirname(fileURLToPath(import.meta.url));
const runtimePath = process.env.BENCH_RUNTIME
  ? path.resolve(process.env.BENCH_RUNTIME)
  : path.join(here, "..", "web", "runtime", "runtime.mjs");

function report(result) {
  process.stdout.write(JSON.stringify(result) + "\n");
}

const file = process.argv[2];
if (!file) {
  process.stderr.write("usage: node node_runner.mjs PROGRAM.wasm\n");
  process.exit(2);
}

const chunks = { 1: [], 2: [] };
const collected = (fd) => new TextDecoder().decode(Buffer.concat(chunks[fd]));
const result = { ok: false, ms: null, cpuMs: null, exitCode: 0, stdout: "", stderr: "", error: null };

try {
  const { makeImports } = await import(pathToFileURL(runtimePath).href);
  let memory = null;
  const imports = makeImports((fd, bytes) => chunks[fd === 2 ? 2 : 1].push(bytes), () => memory);
  const { instance } = await WebAssembly.instantiate(readFileSync(file), imports);
  memory = instance.exports.memory;
  if (typeof instance.exports.main !== "function") throw new Error("module exports no main()");
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    instance.exports.main();
  } finally {
    result.ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    result.cpuMs = (cpu.user + cpu.system) / 1000;
  }
  result.ok = true;
} catch (e) {
  if (e && !(e instanceof Error) && typeof e.code === "number") {
    // env.exit(code) unwinds with the runtime's ProgramExit.
    result.exitCode = e.code;
    result.ok = e.code === 0;
    if (!result.ok) result.error = `exit code ${e.code}`;
  } else {
    result.exitCode = 1;
    result.error = String(e && e.message ? e.message : e);
  }
}
result.stdout = collected(1);
result.stderr = collected(2);
report(result);
