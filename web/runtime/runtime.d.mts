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
  /** Counts the tasks that ran in order (`env.task_in_order`). */
  threads?: { tasks: number } | null,
): WebAssembly.Imports;
/** What the program's host fns are given: the instance's memory and exports
 * (once instantiated), and a decoder for the (pointer, length) strings the
 * program passes them. */
export interface HostContext {
  readonly memory: WebAssembly.Memory | undefined;
  readonly exports: WebAssembly.Exports | undefined;
  /** What the module imports (to provide stubs, for example). */
  readonly moduleImports: WebAssembly.ModuleImportDescriptor[];
  readString(ptr: number, len: number): string;
}
export interface RunOptions {
  /** The program's host fns (`extern "js"` blocks): an import object, or a
   * function that makes one from the context. */
  imports?: WebAssembly.Imports | ((context: HostContext) => WebAssembly.Imports);
  /** Call this export after `main` (instead of it, in a module without one). */
  invoke?: { name: string; args?: Array<number | bigint> } | null;
  /** Runs after `main` (and `invoke`). */
  afterMain?: (exports: WebAssembly.Exports, context: HostContext) => void | Promise<void>;
  /** Return a memviz snapshot of the end of the run (dev builds). */
  memviz?: boolean;
  /** Called after the program flushes its trace (0: ring full, 1: break on alloc, 2: on drop). */
  onTrace?: (reason: number, reader: TraceReader, snapshot: () => Uint8Array) => void;
  /** Break (call onTrace with reason 1) after allocations of at least this many bytes. */
  breakOnAlloc?: number;
  /** Flush (BREAK_DROP) where a resource handle of this memviz type id ends. */
  breakOnDrop?: number;
  /** Called just before `main`: `snapshot()` is a memviz snapshot of that moment (null without the section). */
  onRunning?: (live: { snapshot: () => Uint8Array | null }) => void;
  /** Call the module's `frame` export once per animation frame after `main`, at most this many times. */
  frames?: number;
  /** Stops calling `frame`; the run then ends as if `main` had returned. */
  signal?: AbortSignal;
  /** Called after the n-th call of `frame`. */
  onFrame?: (n: number) => void;
  /** Workers for a program that spawns `wasm::thread` tasks (default: the cores but one, at most 8; 0: in order). */
  threads?: number;
  /** Caps the memory a program that spawns tasks imports (in 64 KiB pages). */
  maxPages?: number;
}
export function runModule(
  wasmBytes: Uint8Array | ArrayBuffer | WebAssembly.Module | { module: WebAssembly.Module; bytes: Uint8Array },
  out: (fd: number, bytes: Uint8Array) => void,
  options?: RunOptions,
): Promise<{
  exitCode: number;
  error: string | null;
  snapshot?: Uint8Array | null;
  /** The value `invoke` returned. */
  result?: unknown;
  /** Present when `wasm::thread` tasks ran: on a pool of workers, or in order (and why). */
  threads?:
    | { mode: "threads"; tasks: number; workers: number }
    | { mode: "in-order"; tasks: number; reason: string };
}>;
