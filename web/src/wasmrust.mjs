// The in-page compiler API: `createCompiler()` loads the compiler (built
// with Emscripten, web/dist/wasmrust-core.{mjs,wasm}) and returns an object
// whose compile(source, options) gives { ok, wasm, diagnostics, wat, sizes }.
// It works on a page's main thread, in a Web Worker and in Node; the
// playground and the tests use it, and it talks to the compiler only through
// its embind surface (web/bindings/compiler_api.cpp).
import createCore from "./wasmrust-core.mjs";

const isNode = typeof process !== "undefined" && !!process.versions?.node;

// Node's fetch cannot read file: URLs, so Emscripten's loader is given the
// bytes directly there (see DESIGN.md's toolchain notes).
async function loadWasmBinary() {
  if (!isNode) return undefined;
  const { readFile } = await import("node:fs/promises");
  return readFile(new URL("./wasmrust-core.wasm", import.meta.url));
}

// Section sizes of a module, for the size breakdown views.
export function sectionSizes(wasm) {
  const names = ["custom", "type", "import", "function", "table", "memory", "global", "export",
                 "start", "element", "code", "data", "datacount"];
  const sizes = {};
  let at = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = wasm[at++];
      result |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return result >>> 0;
  };
  while (at < wasm.length) {
    const id = wasm[at++];
    const size = leb();
    const name = names[id] ?? `section ${id}`;
    sizes[name] = (sizes[name] ?? 0) + size;
    at += size;
  }
  return sizes;
}

export async function createCompiler(options = {}) {
  const wasmBinary = options.wasmBinary ?? (await loadWasmBinary());
  const core = await createCore(wasmBinary ? { wasmBinary } : {});
  return {
    version: core.version(),
    compile(source, opts = {}) {
      const r = core.compile(String(source), {
        path: opts.path ?? "main.rs",
        release: opts.release ?? false,
        wat: !!opts.wat,
      });
      return {
        ok: r.ok,
        wasm: r.wasm,
        diagnostics: JSON.parse(r.diagnostics),
        rendered: r.rendered,
        wat: r.wat,
        sizes: r.ok ? { total: r.wasm.length, sections: sectionSizes(r.wasm) } : null,
        timesUs: r.timesUs,
      };
    },
  };
}
