// The messages between the page and its two workers: the compile worker
// (compile.worker.ts, one for the page's lifetime) and the run worker
// (run.worker.ts, a fresh one for every run so a runaway program can be
// terminated without losing anything else).
import type { ByteAnnotation, Diagnostic, ModuleSizes } from "wasmrust";

/** dev: the compiler's debug build; speed/size: release, then Binaryen -O3/-Oz. */
export type Mode = "dev" | "speed" | "size";

export interface CompileRequest {
  id: number;
  source: string;
  mode: Mode;
  /**
   * check: diagnostics only (as you type); run: the module to run; views:
   * the module plus its WAT and byte annotations. Dev runs ask for `run`
   * first and `views` while the program runs, so Run answers sooner.
   */
  purpose: "check" | "run" | "views";
}

export interface CompileResponse {
  id: number;
  ok: boolean;
  wasm: Uint8Array | null;
  diagnostics: Diagnostic[];
  wat: string;
  sizes: ModuleSizes | null;
  /** The encoder's notes on every byte; null after Binaryen rewrote the module. */
  annotations: ByteAnnotation[] | null;
  compileMs: number;
  /** Binaryen's time (release only), including loading it the first time. */
  optimizeMs: number;
  /** A failure of the tooling itself (not a diagnostic of the program). */
  error: string | null;
}

export type CompileWorkerMessage =
  | { type: "ready"; version: string; loadMs: number }
  | { type: "failed"; error: string }
  | ({ type: "result" } & CompileResponse);

export interface RunRequest {
  wasm: Uint8Array;
  /** Dev builds: send memviz snapshots (during the run and at its end). */
  memviz: boolean;
  /** Pause after allocations of at least this many bytes (0: never). */
  breakOnAlloc: number;
  /** Pause where a resource handle of this memviz type id ends (-1: never). */
  breakOnDrop: number;
  /** While paused the worker waits until the page stores 1 at index 0. */
  resume: SharedArrayBuffer | null;
  /** Largest linear memory the program may grow to, in 64 KiB pages. */
  maxPages: number;
  /** Output past this many bytes stops the program. */
  maxOutputBytes: number;
}

export type RunWorkerMessage =
  | { type: "ready" }
  | { type: "out"; fd: number; bytes: Uint8Array }
  | { type: "memviz"; snapshot: Uint8Array }
  | { type: "paused"; reason: string }
  /** The program's `frame` export returned for the n-th time (frame-driven programs). */
  | { type: "frame"; n: number }
  | { type: "exit"; exitCode: number; error: string | null; ms: number };
