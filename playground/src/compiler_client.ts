// The page's side of the compile worker: one worker for the page's lifetime,
// requests numbered so that a caller gets the answer to its own request,
// and a promise that settles when the compiler is loaded.
import type { CompileRequest, CompileResponse, CompileWorkerMessage } from "./protocol";

export class CompilerClient {
  private worker = new Worker(new URL("./compile.worker.ts", import.meta.url), { type: "module" });
  private nextId = 1;
  private waiting = new Map<number, (r: CompileResponse) => void>();
  readonly ready: Promise<{ version: string; loadMs: number }>;

  constructor() {
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<CompileWorkerMessage>) => {
        const m = event.data;
        if (m.type === "ready") {
          performance.mark("wasmrust:compiler-ready", { detail: { loadMs: m.loadMs } });
          resolve({ version: m.version, loadMs: m.loadMs });
        }
        else if (m.type === "failed") reject(new Error(m.error));
        else {
          const done = this.waiting.get(m.id);
          this.waiting.delete(m.id);
          done?.(m);
        }
      };
      this.worker.onerror = (e) => reject(new Error(e.message || "the compiler failed to load"));
    });
  }

  compile(req: Omit<CompileRequest, "id">): Promise<CompileResponse> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.worker.postMessage({ ...req, id } satisfies CompileRequest);
    });
  }
}
