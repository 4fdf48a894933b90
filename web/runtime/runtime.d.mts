// Types of the WasmRust runtime (runtime.mjs), for TypeScript callers such
// as the playground's run worker.
import type { TraceReader } from "./memviz.mjs";

export const FMT_DEBUG: number;
export const FMT_F32: number;
export const FMT_LOWER_EXP: number;
export const FMT_UPPER_EXP: number;
export const FMT_PLUS: number;
export function makeImports(
  out: (fd: number, bytes: Uint8Array) => void,
  getMemory: () => WebAssembly.Memory | null,
  traceFlush?: ((reason: number) => void) | null,
): WebAssembly.Imports;
export interface RunOptions {
  /** Return a memviz snapshot of the end of the run (dev builds). */
  memviz?: boolean;
  /** Called after the program flushes its trace (0: ring full, 1: break on alloc, 2: on drop). */
  onTrace?: (reason: number, reader: TraceReader, snapshot: () => Uint8Array) => void;
  /** Break (call onTrace with reason 1) after allocations of at least this many bytes. */
  breakOnAlloc?: number;
  /** Called just before `main`: `snapshot()` is a memviz snapshot of that moment (null without the section). */
  onRunning?: (live: { snapshot: () => Uint8Array | null }) => void;
  /** Call the module's `frame` export once per animation frame after `main`, at most this many times. */
  frames?: number;
  /** Stops calling `frame`; the run then ends as if `main` had returned. */
  signal?: AbortSignal;
  /** Called after the n-th call of `frame`. */
  onFrame?: (n: number) => void;
}
export function runModule(
  wasmBytes: Uint8Array | ArrayBuffer,
  out: (fd: number, bytes: Uint8Array) => void,
  options?: RunOptions,
): Promise<{ exitCode: number; error: string | null; snapshot?: Uint8Array | null }>;
