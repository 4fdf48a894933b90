// Types of the WasmRust runtime (runtime.mjs), for TypeScript callers such
// as the playground's run worker.
export const FMT_DEBUG: number;
export const FMT_F32: number;
export const FMT_LOWER_EXP: number;
export const FMT_UPPER_EXP: number;
export const FMT_PLUS: number;
export function makeImports(
  out: (fd: number, bytes: Uint8Array) => void,
  getMemory: () => WebAssembly.Memory | null,
): WebAssembly.Imports;
export function runModule(
  wasmBytes: Uint8Array | ArrayBuffer,
  out: (fd: number, bytes: Uint8Array) => void,
): Promise<{ exitCode: number; error: string | null }>;
