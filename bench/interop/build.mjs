// Builds the interop benchmark's modules (bench/interop/README.md) into one
// folder: WasmRust's (interop.rs, --release, with its optional typed
// wrapper interop.mjs), the hand-written WAT baseline
// (wabt's wat2wasm), AssemblyScript's (asc -O3 with its generated bindings)
// and Emscripten's (em++ -O3 with embind). Used by run.mjs and by the test
// tests/web/interop_bench.test.mjs (which builds only the first two).
//
//   buildInterop(outDir, { wasmrust, only }) -> { name: { ms } }
//
// Throws with the tool's own message when a build fails or a tool is
// missing (scripts/setup.sh installs them all).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");

function run(what, cmd, args, env = {}) {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: "utf8", env: { ...process.env, ...env } });
  const ms = performance.now() - t0;
  if (r.error) throw new Error(`${what}: cannot run ${cmd} (${r.error.code}); scripts/setup.sh installs it`);
  if (r.status !== 0) throw new Error(`${what} failed (${cmd} exit ${r.status}):\n${r.stderr}${r.stdout}`);
  return { ms };
}

export const BUILDS = {
  wasmrust: (out, wasmrust) => {
    if (!existsSync(wasmrust)) throw new Error(`WasmRust: ${wasmrust} does not exist; build it first`);
    return run("WasmRust", wasmrust, ["build", path.join(here, "interop.rs"), "-o", path.join(out, "interop.wasm"), "--release",
      "--emit", "js"]);
  },
  wat: (out) => run("WAT baseline", "wat2wasm", [path.join(here, "baseline.wat"), "-o", path.join(out, "baseline.wasm")]),
  assemblyscript: (out) => {
    const asc = path.join(root, "bench/node_modules/assemblyscript/bin/asc.js");
    if (!existsSync(asc)) throw new Error("AssemblyScript: bench/node_modules is missing; run scripts/setup.sh");
    return run("AssemblyScript", process.execPath, [asc, path.join(here, "peers/interop.ts"), "-O3",
      "--bindings", "raw", "-o", path.join(out, "interop_as.wasm")]);
  },
  // ENVIRONMENT=web: the ES module's Node branch uses require/__dirname,
  // which an ES module lacks; the loader passes wasmBinary, so the web
  // build runs in Node too.
  embind: (out) => run("Emscripten embind", "em++", ["-O3", "--bind", path.join(here, "peers/interop.cpp"),
    "--js-library", path.join(here, "peers/interop_host.js"), "-sMODULARIZE=1", "-sEXPORT_ES6=1",
    "-sEXPORT_NAME=createModule", "-sENVIRONMENT=web", "-sALLOW_MEMORY_GROWTH=1",
    "-o", path.join(out, "interop_embind.mjs")], { NODE_PATH: "/usr/share/nodejs" }),
};

export function buildInterop(outDir, { wasmrust = path.join(root, "build/bin/wasmrust"), only = Object.keys(BUILDS) } = {}) {
  mkdirSync(outDir, { recursive: true });
  const result = {};
  for (const name of only) result[name] = BUILDS[name](outDir, wasmrust);
  return result;
}
