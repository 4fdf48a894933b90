// The run worker: runs one compiled program through the shared WasmRust
// runtime (web/runtime/runtime.mjs, the same one `wasmrust run` uses) and
// streams its output to the page. The page makes a fresh worker for every
// run and terminates it when the time limit passes, so a runaway program
// cannot freeze anything. Output is sent in batches (a program printing in a
// tight loop would otherwise flood the page with messages) and stops the
// program once it passes the output limit.
import { runModule } from "wasmrust/runtime";
import { limitMemory } from "./memory_limit";
import type { RunRequest, RunWorkerMessage } from "./protocol";

const post = (message: RunWorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

class OutputLimit extends Error {}

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const { wasm, maxPages, maxOutputBytes } = event.data;
  const t0 = performance.now();
  const limited = limitMemory(wasm, maxPages);
  if ("error" in limited) {
    post({ type: "exit", exitCode: 1, error: limited.error, ms: 0 });
    return;
  }
  let pending: { fd: number; chunks: Uint8Array[]; size: number } | null = null;
  let total = 0;
  let lastFlush = performance.now();
  const flush = () => {
    if (!pending) return;
    const bytes = new Uint8Array(pending.size);
    let at = 0;
    for (const c of pending.chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    post({ type: "out", fd: pending.fd, bytes }, [bytes.buffer]);
    pending = null;
    lastFlush = performance.now();
  };
  const { exitCode, error } = await runModule(limited.wasm, (fd, bytes) => {
    total += bytes.length;
    if (total > maxOutputBytes) throw new OutputLimit();
    if (pending && pending.fd !== fd) flush();
    pending ??= { fd, chunks: [], size: 0 };
    pending.chunks.push(bytes);
    pending.size += bytes.length;
    if (performance.now() - lastFlush > 50 || pending.size > 65536) flush();
  });
  flush();
  const stopped = total > maxOutputBytes
    ? `the program printed more than ${maxOutputBytes / 1024} KiB and was stopped`
    : error;
  post({ type: "exit", exitCode, error: stopped, ms: performance.now() - t0 });
};

post({ type: "ready" });
