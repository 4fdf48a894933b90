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
}
export interface CompileResult {
  ok: boolean;
  wasm: Uint8Array;
  diagnostics: Diagnostic[];
  rendered: string;
  wat: string;
  sizes: { total: number; sections: Record<string, number> } | null;
  timesUs: Record<string, number>;
}
export interface Compiler {
  version: string;
  compile(source: string, options?: CompileOptions): CompileResult;
}
export function createCompiler(options?: { wasmBinary?: Uint8Array }): Promise<Compiler>;
export function sectionSizes(wasm: Uint8Array): Record<string, number>;
