// The browser benchmark's page script: ?engine=wasmrust|as picks the
// compiler. On load it compiles and runs hello through the shared runtime
// (web/runtime/runtime.mjs) and marks "first-result"; then window.bench
// lets the driver time recompiles of any source.
import { runModule } from "/web/runtime/runtime.mjs";
import { AS_HELLO, WR_HELLO } from "/bench/browser_programs.mjs";

const engine = new URLSearchParams(location.search).get("engine") ?? "wasmrust";

async function wasmrustCompiler() {
  const { createCompiler } = await import("/web/dist/wasmrust.mjs");
  const c = await createCompiler();
  return (src) => {
    const r = c.compile(src);
    if (!r.ok) throw new Error(r.rendered);
    return r.wasm;
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
    return wasm;
  };
}

async function run(wasm) {
  let text = "";
  const decoder = new TextDecoder();
  const { exitCode } = await runModule(wasm, (fd, bytes) => { text += decoder.decode(bytes); });
  return { exitCode, text };
}

const compile = engine === "as" ? await assemblyscriptCompiler() : await wasmrustCompiler();
const first = await run(await compile(engine === "as" ? AS_HELLO : WR_HELLO));
performance.mark("first-result");
document.getElementById("out").textContent = first.text;

window.bench = {
  first,
  /** Compiles `src` `warm + n` times; returns the last n times (ms) and the program's output. */
  async recompile(src, n, warm = 2) {
    const times = [];
    let wasm = null;
    for (let i = 0; i < warm + n; i++) {
      const t0 = performance.now();
      wasm = await compile(src);
      if (i >= warm) times.push(performance.now() - t0);
    }
    return { times, output: (await run(wasm)).text, bytes: wasm.length };
  },
};
document.body.dataset.ready = "1";
