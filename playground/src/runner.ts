// Runs compiled programs, each in a fresh worker (run.worker.ts), under a
// time limit: past it the worker is terminated and the run ends with a clear
// message, while the page carries on. A program driven by frames (it exports
// `frame`, called every animation frame) runs until it exits or is
// stopped; the limit then applies to each frame. One worker is kept started ahead of
// time so a run does not wait for a worker to boot.
import type { RunRequest, RunWorkerMessage } from "./protocol";

export const TIME_LIMIT_MS = 5000;
export const MEMORY_LIMIT_PAGES = 4096; // 256 MiB
export const OUTPUT_LIMIT_BYTES = 1 << 20;

export interface RunOutcome {
  exitCode: number | null;
  error: string | null;
  timedOut: boolean;
  ms: number;
}

export interface RunHandlers {
  onOutput(fd: number, bytes: Uint8Array): void;
  /** A memviz snapshot (dev builds): during the run and at its end. */
  onSnapshot?(snapshot: Uint8Array): void;
  /** The program stopped on a "break on" condition; resume() continues it. */
  onPaused?(reason: string): void;
  /** A frame-driven program's `frame` export returned for the n-th time. */
  onFrame?(n: number): void;
}

export interface RunOptions {
  memviz: boolean;
  breakOnAlloc: number;
  breakOnDrop: number;
}

function startWorker(): { worker: Worker; ready: Promise<void> } {
  const worker = new Worker(new URL("./run.worker.ts", import.meta.url), { type: "module" });
  const ready = new Promise<void>((resolve) => {
    worker.onmessage = (e: MessageEvent<RunWorkerMessage>) => {
      if (e.data.type === "ready") resolve();
    };
  });
  return { worker, ready };
}

export class Runner {
  private spare = startWorker();
  private current: {
    worker: Worker;
    finish: (o: RunOutcome) => void;
    resume: () => void;
  } | null = null;

  get running(): boolean {
    return this.current !== null;
  }

  /** Continues a program paused on a "break on" condition. */
  resume(): void {
    this.current?.resume();
  }

  /** Stops the program that is running, if any. */
  stop(reason: string): void {
    if (!this.current) return;
    this.current.worker.terminate();
    this.current.finish({ exitCode: null, error: reason, timedOut: false, ms: 0 });
  }

  async run(wasm: Uint8Array, handlers: RunHandlers, options: RunOptions = { memviz: false, breakOnAlloc: 0, breakOnDrop: -1 },
    timeLimitMs = TIME_LIMIT_MS): Promise<RunOutcome> {
    this.stop("stopped: a new run started");
    const { worker, ready } = this.spare;
    this.spare = startWorker();
    await ready;
    const started = performance.now();
    // Pausing needs shared memory (the page is cross-origin isolated).
    const resumeFlag = (options.breakOnAlloc || options.breakOnDrop >= 0) &&
      typeof SharedArrayBuffer !== "undefined"
      ? new SharedArrayBuffer(4) : null;
    return new Promise<RunOutcome>((resolve) => {
      let timer = 0;
      // The time limit does not count time spent paused.
      let remaining = timeLimitMs;
      let since = performance.now();
      const arm = () => {
        since = performance.now();
        timer = window.setTimeout(() => finish({
          exitCode: null, timedOut: true, ms: performance.now() - started,
          error: `the program ran for more than ${timeLimitMs / 1000} s and was stopped (an endless loop?)`,
        }), remaining);
      };
      const finish = (outcome: RunOutcome) => {
        clearTimeout(timer);
        if (this.current?.worker === worker) this.current = null;
        worker.terminate();
        resolve(outcome);
      };
      const resume = () => {
        if (!resumeFlag) return;
        const flag = new Int32Array(resumeFlag);
        Atomics.store(flag, 0, 1);
        Atomics.notify(flag, 0);
        arm();
      };
      this.current = { worker, finish, resume };
      arm();
      worker.onmessage = (e: MessageEvent<RunWorkerMessage>) => {
        const m = e.data;
        if (m.type === "out") handlers.onOutput(m.fd, m.bytes);
        else if (m.type === "memviz") handlers.onSnapshot?.(m.snapshot);
        else if (m.type === "frame") {
          // A frame came back: the next one gets the whole limit.
          clearTimeout(timer);
          remaining = timeLimitMs;
          arm();
          handlers.onFrame?.(m.n);
        } else if (m.type === "paused") {
          clearTimeout(timer);
          remaining = Math.max(0, remaining - (performance.now() - since));
          handlers.onPaused?.(m.reason);
        } else if (m.type === "exit") finish({ exitCode: m.exitCode, error: m.error, timedOut: false, ms: m.ms });
      };
      worker.onerror = (e) => finish({ exitCode: null, error: e.message, timedOut: false, ms: 0 });
      const req: RunRequest = {
        wasm, maxPages: MEMORY_LIMIT_PAGES, maxOutputBytes: OUTPUT_LIMIT_BYTES,
        memviz: options.memviz, breakOnAlloc: options.breakOnAlloc, breakOnDrop: options.breakOnDrop,
        resume: resumeFlag,
      };
      worker.postMessage(req);
    });
  }
}
