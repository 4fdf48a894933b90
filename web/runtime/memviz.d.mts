// Types of the memviz host side (memviz.mjs).
export const SECTION_NAME: string;
export const RECORD_WORDS: number;
export const EVENT: Readonly<Record<string, number>>;
export const FLUSH: Readonly<{ FULL: number; BREAK_ALLOC: number; BREAK_DROP: number }>;
export const SNAPSHOT_FINISHED: number;
export const SNAPSHOT_PANICKED: number;
export const SNAPSHOT_TRAPPED: number;
export interface MemvizSection {
  bytes: Uint8Array;
  info: any;
}
export function readSection(module: WebAssembly.Module): MemvizSection | null;
export class TraceReader {
  constructor(memory: WebAssembly.Memory, info: any);
  seen: number;
  lost: number;
  length: number;
  poll(): Uint32Array;
  records(): Uint32Array;
  setBreakOnAlloc(bytes: number): void;
  setBreakOnDrop(typeId: number | null): void;
}
export function devtoolsAttached(): boolean;
export function announce(source: { generation(): number; snapshot(): Uint8Array | null }): void;
export function makeSnapshot(args: {
  section: MemvizSection | null;
  memory: WebAssembly.Memory;
  reader: TraceReader | null;
  exitCode?: number;
  flags?: number;
}): Uint8Array;
