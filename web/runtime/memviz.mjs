// The host side of the memory visualizer: reads the trace that a dev build
// of a WasmRust program writes into its own linear memory, and makes
// snapshots for memviz (the CLI's `--memviz`, the playground's panel, the
// DevTools extension). The formats are defined in memviz/format.h; the
// numbers below mirror it.
//
// The program appends 16-byte records to a ring buffer whose address is in
// the module's `wasmrust.memviz` custom section. The host reads the ring
// whenever it likes (e.g. every animation frame) without calling into the
// program; the program calls env.trace_flush(reason) when the ring wraps, so
// a host that reads then loses nothing.

export const SECTION_NAME = "wasmrust.memviz";
export const RECORD_WORDS = 4; // 16 bytes: kind | align_log2 << 8 | type << 12, address, size, site
export const TYPE_SHIFT = 12;
export const EVENT = Object.freeze({
  ALLOC: 1,
  FREE: 2,
  REALLOC_FROM: 3,
  REALLOC_TO: 4,
  HANDLE_CREATE: 16,
  HANDLE_BORROW: 17,
  HANDLE_MOVE: 18,
  HANDLE_CONSUME: 19,
  HANDLE_DROP: 20,
});
export const FLUSH = Object.freeze({ FULL: 0, BREAK_ALLOC: 1, BREAK_DROP: 2 });
const TRACE_COUNT = 0;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const TRACE_BREAK_MIN_SIZE = 4;
const TRACE_BREAK_DROP_TYPE = 8;

export const SNAPSHOT_FINISHED = 1;
export const SNAPSHOT_PANICKED = 2;
export const SNAPSHOT_TRAPPED = 4;

// The section's bytes and parsed JSON, or null for a module without it
// (release builds).
export function readSection(module) {
  const sections = WebAssembly.Module.customSections(module, SECTION_NAME);
  if (sections.length === 0) return null;
  const bytes = new Uint8Array(sections[0]);
  return { bytes, info: JSON.parse(new TextDecoder().decode(bytes)) };
}

// Reads the ring buffer of one running instance. Keeps at most `maxRecords`
// (the oldest go, counted as lost).
export class TraceReader {
  constructor(memory, info, maxRecords = 1 << 21) {
    this.memory = memory;
    this.maxRecords = maxRecords;
    this.address = info.trace ? info.trace.address : 0;
    this.capacity = info.trace ? info.trace.capacity : 0;
    this.seen = 0; // records read so far (all time)
    this.lost = 0; // records overwritten before they were read
    this.chunks = [];
    this.length = 0; // records held
  }

  // Records written since the last poll, appended to the history and
  // returned (a Uint32Array, four words per record).
  poll() {
    if (!this.address) return new Uint32Array(0);
    const words = new Uint32Array(this.memory.buffer);
    const base = (this.address + 16) >>> 2;
    const count = words[(this.address + TRACE_COUNT) >>> 2];
    let from = this.seen;
    if (count - from > this.capacity) {
      this.lost += count - from - this.capacity;
      from = count - this.capacity;
    }
    const fresh = new Uint32Array((count - from) * RECORD_WORDS);
    let at = 0;
    while (from < count) {
      const slot = from % this.capacity;
      const n = Math.min(count - from, this.capacity - slot);
      fresh.set(words.subarray(base + slot * RECORD_WORDS, base + (slot + n) * RECORD_WORDS), at);
      at += n * RECORD_WORDS;
      from += n;
    }
    this.seen = count;
    if (fresh.length) {
      this.chunks.push(fresh);
      this.length += fresh.length / RECORD_WORDS;
    }
    while (this.length > this.maxRecords && this.chunks.length > 1) {
      const n = this.chunks.shift().length / RECORD_WORDS;
      this.length -= n;
      this.lost += n;
    }
    return fresh;
  }

  // Every record read so far, in order.
  records() {
    if (this.chunks.length > 1) {
      const all = new Uint32Array(this.length * RECORD_WORDS);
      let at = 0;
      for (const c of this.chunks) {
        all.set(c, at);
        at += c.length;
      }
      this.chunks = [all];
    }
    return this.chunks[0] ?? new Uint32Array(0);
  }

  // "Break on" controls: the program calls trace_flush(BREAK_ALLOC) after
  // an allocation of at least `bytes` (0: off), trace_flush(BREAK_DROP)
  // after a drop of a handle of type `typeId` (null: off).
  setBreakOnAlloc(bytes) {
    new Uint32Array(this.memory.buffer)[(this.address + TRACE_BREAK_MIN_SIZE) >>> 2] = bytes >>> 0;
  }
  setBreakOnDrop(typeId) {
    const v = typeId === null || typeId === undefined ? 0 : typeId + 1;
    new Uint32Array(this.memory.buffer)[(this.address + TRACE_BREAK_DROP_TYPE) >>> 2] = v;
  }
}

// A snapshot file (memviz/format.h): the section, a copy of memory and all
// records read, with how the run ended.
export function makeSnapshot({ section, memory, reader, exitCode = 0, flags = 0 }) {
  const sectionBytes = section ? section.bytes : new Uint8Array(0);
  const mem = new Uint8Array(memory.buffer);
  const chunks = reader ? reader.chunks : [];
  const count = reader ? reader.length : 0;
  const header = 8 + 7 * 4;
  const out = new Uint8Array(header + sectionBytes.length + mem.length + count * RECORD_WORDS * 4);
  out.set(new TextEncoder().encode("WRMVSNAP"), 0);
  const view = new DataView(out.buffer);
  const fields = [1, exitCode, flags, sectionBytes.length, mem.length, count, reader ? reader.lost : 0];
  fields.forEach((v, i) => view.setUint32(8 + 4 * i, v >>> 0, true));
  let at = header;
  out.set(sectionBytes, at);
  at += sectionBytes.length;
  out.set(mem, at);
  at += mem.length;
  // Records go out little-endian, as Wasm memory is: copy the words' bytes
  // when this platform is little-endian too.
  for (const c of chunks) {
    if (LITTLE_ENDIAN) out.set(new Uint8Array(c.buffer, c.byteOffset, c.byteLength), at);
    else for (let i = 0; i < c.length; i++) view.setUint32(at + 4 * i, c[i], true);
    at += c.byteLength;
  }
  return out;
}

// --- Announcing programs to the DevTools extension ---------------------------
// A page that runs a dev build exposes it through one global, which the
// WasmRust DevTools extension reads from its panel (with
// chrome.devtools.inspectedWindow.eval):
//   globalThis.__wasmrust_memviz = { version: 1, generation(), snapshot(), snapshotBase64() }
// generation() changes whenever a new snapshot would differ. The extension's
// content script marks pages with <html data-wasmrust-devtools>, and then
// the runtime keeps every trace record (not only those still in the ring).
export function devtoolsAttached() {
  return typeof document !== "undefined" && document.documentElement?.dataset?.wasmrustDevtools !== undefined;
}

export function announce(source) {
  globalThis.__wasmrust_memviz = {
    version: 1,
    generation: () => source.generation(),
    snapshot: () => source.snapshot(),
    snapshotBase64: () => {
      const bytes = source.snapshot();
      if (!bytes) return null;
      let text = "";
      for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
  };
}
