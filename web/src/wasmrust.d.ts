// Types of the in-page compiler API (web/src/wasmrust.mjs).
export interface Span {
  lo: number; hi: number;
  line_start: number; column_start: number; line_end: number; column_end: number;
  label: string | null; primary: boolean;
}
export interface Suggestion {
  lo: number; hi: number;
  line_start: number; column_start: number; line_end: number; column_end: number;
  replacement: string;
  applicability: "MachineApplicable" | "MaybeIncorrect";
}
export interface Diagnostic {
  severity: "error" | "warning";
  code: string | null;
  kind: string;
  message: string;
  file: string;
  spans: Span[];
  notes: string[];
  helps: { message: string; suggestion: Suggestion | null }[];
  rendered: string;
}
export interface CompileOptions {
  path?: string;
  release?: false | "speed" | "size";
  wat?: boolean;
  /** Also return the encoder's explanation of every byte. */
  annotate?: boolean;
  /** Reject the program if it could perform these effects ("js_call", "io",
   * "alloc", "panic", ...): `wasmrust build --deny-effect`. */
  denyEffects?: string[];
  /** Also return the typed wrapper and its declarations (`--emit js`). */
  js?: boolean;
}
export interface ByteAnnotation {
  offset: number; size: number; description: string;
}
export interface ModuleSizes {
  total: number;
  /** Bytes per section kind (all custom sections under "custom"). */
  sections: Record<string, number>;
  /** Every section in module order; custom sections as `custom "name"`. */
  sectionList: { name: string; size: number }[];
  /** Function bodies, largest first (names from the name section if any). */
  functions: { index: number; name: string; size: number }[];
}
export interface CompileResult {
  ok: boolean;
  wasm: Uint8Array;
  diagnostics: Diagnostic[];
  rendered: string;
  wat: string;
  sizes: ModuleSizes | null;
  annotations: ByteAnnotation[] | null;
  /** With `js: true`: the typed ES-module wrapper and its .d.ts ("" otherwise). */
  js: string;
  dts: string;
  /**
   * The compiler's own time in microseconds, measured inside WebAssembly:
   * one entry per stage (lex, parse, resolve, check, effects, lower, validate,
   * passes, encode, optimize; 0 when it did not run) and `total`, the whole
   * compile. The same figures as `wasmrust build --time-passes=json`.
   */
  timesUs: Record<string, number>;
}
export interface Compiler {
  version: string;
  compile(source: string, options?: CompileOptions): CompileResult;
}
export function createCompiler(options?: { wasmBinary?: Uint8Array }): Promise<Compiler>;
export function sectionSizes(wasm: Uint8Array): Record<string, number>;
export function moduleSizes(wasm: Uint8Array): ModuleSizes;
