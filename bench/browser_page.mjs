// The browser benchmark's page script: ?engine=wasmrust|as picks the
// compiler. On load it compiles and runs hello through the shared runtime
// (web/runtime/runtime.mjs) and marks "first-result"; then window.bench
// lets the driver time recompiles of any source. Everything runs on the
// page's main thread: no worker, so no messaging inside the timings.
import { runModule } from "/web/runtime/runtime.mjs";
import { AS_HELLO, WR_HELLO } from "/bench/browser_programs.mjs";

const engine = new URLSearchParams(location.search).get("engine") ?? "wasmrust";

async function wasmrustCompiler() {
  const { createCompiler } = await import("/web/dist/wasmrust.mjs");
  const c = await createCompiler();
  // The public API call, as the playground's compile worker makes it:
  // source in, then bytes, diagnostics and the size breakdown out. `inside`
  // is the compiler's own time for the same call, measured in WebAssembly.
  return (src) => {
    const r = c.compile(src);
    if (!r.ok) throw new Error(r.rendered);
    return { wasm: r.wasm, inside: r.timesUs.total / 1000 };
  };
}

async function assemblyscriptCompiler() {
  const asc = await import("assemblyscript/asc");
  return async (src) => {
    let wasm = null;
    const { error, stderr } = await asc.main(
      ["main.ts", "--outFile", "main.wasm", "--runtime", "stub", "--use", "abort="], {
        readFile: (name) => (name === "main.ts" ? src : null),
        writeFile: (name, data) => { if (name === "main.wasm") wasm = data; },
        listFiles: () => [],
      });
    if (error) throw new Error(`${error.message}\n${stderr.toString()}`);
    return { wasm, inside: null };
  };
}

async function run(wasm) {
  let text = "";
  const decoder = new TextDecoder();
  const { exitCode } = await runModule(wasm, (fd, bytes) => { text += decoder.decode(bytes); });
  return { exitCode, text };
}

const compile = engine === "as" ? await assemblyscriptCompiler() : await wasmrustCompiler();
const first = await run((await compile(engine === "as" ? AS_HELLO : WR_HELLO)).wasm);
performance.mark("first-result");
document.getElementById("out").textContent = first.text;

window.bench = {
  first,
  /**
   * Compiles `src` `warm + n` times. Returns, for the last n: `times`, the
   * wall time (ms) of each compile call, and `inside`, the compiler's own
   * time where it reports one (WasmRust); plus the last module's bytes and
   * what it prints.
   */
  /**
   * Compiles `src` until at least `compiles` compiles and `ms` milliseconds
   * have passed: V8 first runs a WebAssembly module's code in its baseline
   * tier and moves hot functions to its optimizing tier as they run, so the
   * first compiles after loading are slower. Returns the number of compiles.
   */
  async warmUp(src, compiles, ms) {
    const t0 = performance.now();
    let n = 0;
    while (n < compiles || performance.now() - t0 < ms) {
      await compile(src);
      n++;
    }
    return n;
  },
  async recompile(src, n, warm = 0) {
    const times = [];
    const inside = [];
    let last = null;
    for (let i = 0; i < warm + n; i++) {
      const t0 = performance.now();
      last = await compile(src);
      const t = performance.now() - t0;
      if (i < warm) continue;
      times.push(t);
      if (last.inside !== null) inside.push(last.inside);
    }
    return { times, inside, output: (await run(last.wasm)).text, wasm: Array.from(last.wasm) };
  },
};
document.body.dataset.ready = "1";
