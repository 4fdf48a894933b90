// Release builds in the page: the Emscripten build of the compiler has no
// Binaryen, so the compile worker hands the module's bytes to binaryen.js
// here, with the settings the native CLI uses (wasmir/binaryen_opt.cpp):
// exactly the features WasmRust emits, -O3 for speed, -Oz for size, and a
// size build never larger than its input.
import type { Mode } from "./protocol";

type BinaryenModule = typeof import("binaryen").default;
let binaryen: Promise<BinaryenModule> | null = null;

// Loaded on the first release build only (a 15 MB module).
function load(): Promise<BinaryenModule> {
  binaryen ??= import("binaryen").then((m) => m.default);
  return binaryen;
}

// The contents of the module's section `id` (empty if it has none).
function section(wasm: Uint8Array, id: number): Uint8Array {
  let at = 8;
  while (at < wasm.length) {
    const sectionId = wasm[at++];
    let size = 0, shift = 0, byte: number;
    do {
      byte = wasm[at++];
      size |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    size >>>= 0;
    if (sectionId === id) return wasm.subarray(at, at + size);
    at += size;
  }
  return new Uint8Array(0);
}

const kTypeSection = 1, kImportSection = 2, kTableSection = 4, kCodeSection = 10;

// The features below are enabled only when the module uses them, as the
// native CLI does. A plain byte scan of the code section may see the
// opcode bytes inside an immediate too, which only turns a feature on
// needlessly and is harmless.

// Bulk memory: memory.copy or memory.fill (0xFC 0x0A / 0xFC 0x0B).
function usesBulkMemory(code: Uint8Array): boolean {
  for (let i = 0; i + 1 < code.length; i++)
    if (code[i] === 0xfc && (code[i + 1] === 0x0a || code[i + 1] === 0x0b)) return true;
  return false;
}

// Reference types: externref (0x6F) in a signature, an import or a table
// (externref<T>, and the reference table of docs/interop.md).
function usesReferenceTypes(wasm: Uint8Array): boolean {
  return [kTypeSection, kImportSection, kTableSection].some((id) => section(wasm, id).includes(0x6f));
}

// Threads: the 0xFE-prefixed atomics a program with wasm::sync::atomic or
// wasm::thread tasks uses (docs/threads.md).
function usesAtomics(code: Uint8Array): boolean {
  return code.includes(0xfe);
}

function textOf(b: BinaryenModule, wasm: Uint8Array): string {
  const module = b.readBinary(wasm);
  try {
    return module.emitText();
  } finally {
    module.dispose();
  }
}

export async function optimize(wasm: Uint8Array, mode: Exclude<Mode, "dev">) {
  const b = await load();
  const module = b.readBinary(wasm);
  try {
    const F = b.Features;
    // This Binaryen splits memory.copy/fill (BulkMemoryOpt) from the rest of
    // bulk memory; Debian's older libbinaryen has them under one flag.
    const code = section(wasm, kCodeSection);
    module.setFeatures(F.MVP | F.MutableGlobals | (usesBulkMemory(code) ? F.BulkMemory | F.BulkMemoryOpt : 0) |
      F.SignExt | F.NontrappingFPToInt | F.Multivalue | (usesAtomics(code) ? F.Atomics : 0) |
      (usesReferenceTypes(wasm) ? F.ReferenceTypes : 0));
    b.setDebugInfo(false);
    b.setOptimizeLevel(mode === "size" ? 2 : 3);
    b.setShrinkLevel(mode === "size" ? 2 : 0);
    module.optimize();
    if (!module.validate()) throw new Error("Binaryen produced an invalid module");
    const out = module.emitBinary();
    const keep = mode === "speed" || out.length < wasm.length;
    const best = keep ? out : wasm;
    const wat = keep ? module.emitText() : textOf(b, wasm);
    return { wasm: new Uint8Array(best), wat };
  } finally {
    module.dispose();
  }
}
