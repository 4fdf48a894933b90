// The Bytes pane: the module as an annotated hex dump, one row per thing
// the encoder wrote (section headers, counts, entries, each instruction),
// like `wabt`'s `-v` dumps. Dev builds carry the encoder's own notes; after
// Binaryen rewrote a release module only its structure (sections and
// function bodies) is known, and the pane says so.
import type { ByteAnnotation } from "wasmrust";
import { h } from "../dom";

const ROW_LIMIT = 3000;
const SECTION_NAMES = ["custom", "type", "import", "function", "table", "memory", "global",
                       "export", "start", "element", "code", "data", "datacount"];

function readLeb(bytes: Uint8Array, at: number): [number, number] {
  let result = 0, shift = 0, byte: number;
  do {
    byte = bytes[at++];
    result |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return [result >>> 0, at];
}

/** Annotations from the module's structure alone: sections and function bodies. */
export function structuralAnnotations(wasm: Uint8Array): ByteAnnotation[] {
  const notes: ByteAnnotation[] = [{ offset: 0, size: 8, description: "magic \\0asm, version 1" }];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const id = wasm[at++];
    let size: number;
    [size, at] = readLeb(wasm, at);
    const name = SECTION_NAMES[id] ?? `id ${id}`;
    notes.push({ offset: start, size: at - start, description: `section: ${name} (${size} bytes)` });
    const end = at + size;
    if (id === 10) {
      let count: number;
      const countAt = at;
      [count, at] = readLeb(wasm, at);
      notes.push({ offset: countAt, size: at - countAt, description: `${count} function bodies` });
      for (let i = 0; i < count; i++) {
        const bodyStart = at;
        let bodySize: number;
        [bodySize, at] = readLeb(wasm, at);
        at += bodySize;
        notes.push({ offset: bodyStart, size: at - bodyStart, description: `function body ${i} (${bodySize} bytes)` });
      }
    } else if (size > 0) {
      notes.push({ offset: at, size, description: `${name} contents` });
    }
    at = end;
  }
  return notes;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");

export function renderBytes(root: HTMLElement, wasm: Uint8Array, annotations: ByteAnnotation[] | null, all = false): void {
  const notes = annotations ?? structuralAnnotations(wasm);
  const rows: HTMLElement[] = [];
  for (const a of notes) {
    // Long entries (data, whole bodies) wrap every 8 bytes.
    for (let at = a.offset; at < a.offset + a.size || at === a.offset; at += 8) {
      const end = Math.min(a.offset + a.size, at + 8);
      const bytes = Array.from(wasm.subarray(at, end), (b) => hex(b, 2)).join(" ");
      const first = at === a.offset;
      const isSection = first && a.description.startsWith("section:");
      rows.push(h("div", { class: isSection ? "row section" : "row" },
        h("span", { class: "off" }, hex(at, 6)),
        h("span", { class: "hex" }, bytes),
        h("span", { class: "desc" }, first ? a.description : "")));
      if (rows.length >= ROW_LIMIT && !all) break;
      if (a.size === 0) break;
    }
    if (rows.length >= ROW_LIMIT && !all) break;
  }
  const header = h("p", { class: "pane-intro" },
    annotations
      ? `${wasm.length} bytes, each row one thing the encoder wrote.`
      : `${wasm.length} bytes after Binaryen's optimization: sections and function bodies only (dev builds annotate every instruction).`);
  const more = rows.length >= ROW_LIMIT && !all
    ? h("button", { class: "more", type: "button", onclick: () => renderBytes(root, wasm, annotations, true) },
        `Show all (${notes.length} entries)`)
    : null;
  root.replaceChildren(header, h("div", { class: "dump", "data-testid": "byte-dump" }, ...rows), more ?? "");
}
