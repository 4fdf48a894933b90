// The in-page compiler API: `createCompiler()` loads the compiler (built
// with Emscripten, web/dist/wasmrust-core.{mjs,wasm}) and returns an object
// whose compile(source, options) gives { ok, wasm, diagnostics, wat, sizes }.
// It works on a page's main thread, in a Web Worker and in Node; the
// playground and the tests use it, and it talks to the compiler only through
// its embind surface (web/bindings/compiler_api.cpp). moduleSizes() reads
// any module's bytes (the playground also uses it on Binaryen's output).
import createCore from "./wasmrust-core.mjs";

const isNode = typeof process !== "undefined" && !!process.versions?.node;

// Node's fetch cannot read file: URLs, so Emscripten's loader is given the
// bytes directly there (see DESIGN.md's toolchain notes).
async function loadWasmBinary() {
  if (!isNode) return undefined;
  const { readFile } = await import("node:fs/promises");
  return readFile(new URL("./wasmrust-core.wasm", import.meta.url));
}

const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global",
                       "export", "start", "element", "code", "data", "datacount"];

const utf8 = new TextDecoder();

// A name from the module's bytes. Most are short and ASCII, and building
// those directly is several times faster than a TextDecoder call, which the
// size breakdown would otherwise make once per function on every compile.
function decodeName(bytes) {
  if (bytes.length > 64) return utf8.decode(bytes);
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return utf8.decode(bytes);
  return String.fromCharCode.apply(null, bytes);
}

// A cursor over module bytes with the LEB128 and name readers the size
// breakdown needs.
function reader(wasm, at) {
  const r = {
    at,
    u32() {
      let result = 0, shift = 0, byte;
      do {
        byte = wasm[r.at++];
        result |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      return result >>> 0;
    },
    name() {
      const len = r.u32();
      const text = decodeName(wasm.subarray(r.at, r.at + len));
      r.at += len;
      return text;
    },
  };
  return r;
}

// The sections of a module: [{ id, name, start (of contents), size }].
function sections(wasm) {
  const list = [];
  const r = reader(wasm, 8);
  while (r.at < wasm.length) {
    const id = wasm[r.at++];
    const size = r.u32();
    let name = SECTION_NAMES[id] ?? `section ${id}`;
    if (id === 0) name = `custom "${reader(wasm, r.at).name()}"`;
    list.push({ id, name, start: r.at, size });
    r.at += size;
  }
  return list;
}

// Function names from the name section (subsection 1), by function index.
function functionNames(wasm, list) {
  const names = new Map();
  const section = list.find((s) => s.name === 'custom "name"');
  if (!section) return names;
  const r = reader(wasm, section.start);
  r.name();
  const end = section.start + section.size;
  while (r.at < end) {
    const kind = wasm[r.at++];
    const size = r.u32();
    const next = r.at + size;
    if (kind === 1) {
      for (let n = r.u32(); n > 0; n--) {
        const index = r.u32();
        names.set(index, r.name());
      }
    }
    r.at = next;
  }
  return names;
}

// Section sizes of a module, for the size breakdown views.
export function sectionSizes(wasm) {
  const sizes = {};
  for (const s of sections(wasm)) {
    const key = s.id === 0 ? "custom" : s.name;
    sizes[key] = (sizes[key] ?? 0) + s.size;
  }
  return sizes;
}

// Everything the size views show: the total, bytes per section (custom
// sections by name) and the body size of every function, largest first.
export function moduleSizes(wasm) {
  const list = sections(wasm);
  const sectionList = list.map((s) => ({ name: s.name, size: s.size }));
  let imported = 0;
  const imports = list.find((s) => s.id === 2);
  if (imports) {
    const r = reader(wasm, imports.start);
    for (let n = r.u32(); n > 0; n--) {
      r.name();
      r.name();
      const kind = wasm[r.at++];
      if (kind === 0) { imported++; r.u32(); }
      else if (kind === 1) { r.at++; const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
      else if (kind === 2) { const flags = r.u32(); r.u32(); if (flags & 1) r.u32(); }
      else if (kind === 3) { r.at += 2; }
    }
  }
  const names = functionNames(wasm, list);
  const functions = [];
  const code = list.find((s) => s.id === 10);
  if (code) {
    const r = reader(wasm, code.start);
    const count = r.u32();
    for (let i = 0; i < count; i++) {
      const bodyStart = r.at;
      const size = r.u32();
      r.at += size;
      const index = imported + i;
      functions.push({ index, name: names.get(index) ?? `func[${index}]`, size: r.at - bodyStart });
    }
  }
  functions.sort((a, b) => b.size - a.size || a.index - b.index);
  return { total: wasm.length, sections: sectionSizes(wasm), sectionList, functions };
}

// The compiler's "offset size description" lines as objects.
function parseAnnotations(text) {
  if (!text) return null;
  const list = [];
  for (const line of text.split("\n")) {
    if (!line) continue;
    const a = line.indexOf(" ");
    const b = line.indexOf(" ", a + 1);
    list.push({ offset: +line.slice(0, a), size: +line.slice(a + 1, b), description: line.slice(b + 1) });
  }
  return list;
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
        annotate: !!opts.annotate,
        denyEffects: Array.isArray(opts.denyEffects) ? opts.denyEffects.map(String) : [],
        js: !!opts.js,
      });
      return {
        ok: r.ok,
        wasm: r.wasm,
        diagnostics: JSON.parse(r.diagnostics),
        rendered: r.rendered,
        wat: r.wat,
        sizes: r.ok ? moduleSizes(r.wasm) : null,
        annotations: parseAnnotations(r.annotations),
        js: r.js,
        dts: r.dts,
        timesUs: r.timesUs,
      };
    },
  };
}
