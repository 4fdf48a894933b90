// The run worker: runs one compiled program through the shared WasmRust
// runtime (web/runtime/runtime.mjs, the same one `wasmrust run` uses) and
// streams its output to the page. The page makes a fresh worker for every
// run and terminates it when the time limit passes, so a runaway program
// cannot freeze anything. Output is sent in batches (a program printing in a
// tight loop would otherwise flood the page with messages) and stops the
// program once it passes the output limit. Dev builds also send memviz
// snapshots for the Memory panel: up to four a second while the program
// runs (whenever it calls out to the host: output, a trace flush, a
// frame), one at its end, and one when a "break on" condition pauses it
// (the worker then waits on shared memory until the page says continue).
// A module that exports `frame` has it called every animation frame after
// `main` (the runtime's frame loop) until it exits or the page stops it;
// each frame tells the page, whose time limit then applies per frame.
// A program that spawns wasm::thread tasks runs them on the runtime's Web
// Workers (started from this worker; they end with it) when the page is
// cross-origin isolated, and in order otherwise.
import { runModule, type HostContext } from "wasmrust/runtime";
import { limitMemory } from "./memory_limit";
import { netHost } from "./net_host";
import domHost from "../../examples/29-dom-tree.host.mjs";
import type { RunRequest, RunWorkerMessage } from "./protocol";

const post = (message: RunWorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

class OutputLimit extends Error {}

const SNAPSHOT_MS = 250;

self.onmessage = async (event: MessageEvent<RunRequest>) => {
  const { wasm, maxPages, maxOutputBytes, memviz, breakOnAlloc, breakOnDrop, resume } = event.data;
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
  // Live snapshots, taken when the program calls out (the worker cannot
  // interrupt it): at most one per SNAPSHOT_MS, and less often when making
  // them is slow (a long trace), so that they take at most a tenth of the
  // run's time.
  let live: { snapshot: () => Uint8Array | null } | null = null;
  let nextSnapshot = performance.now() + SNAPSHOT_MS;
  const streamSnapshot = (force = false) => {
    const now = performance.now();
    if (!live || (!force && now < nextSnapshot)) return;
    const bytes = live.snapshot();
    const done = performance.now();
    nextSnapshot = done + Math.max(SNAPSHOT_MS, 9 * (done - now));
    if (bytes) post({ type: "memviz", snapshot: bytes }, [bytes.buffer]);
  };
  const onTrace = (reason: number) => {
    streamSnapshot(reason !== 0);
    if (reason === 0 || !resume) return;
    flush();
    post({ type: "paused", reason: reason === 1
      ? `an allocation of at least ${breakOnAlloc} bytes`
      : "a handle of the chosen type ended (consumed or dropped)" });
    const flag = new Int32Array(resume);
    Atomics.store(flag, 0, 0);
    Atomics.wait(flag, 0, 0);
  };
  const { exitCode, error, snapshot, threads } = await runModule(limited.wasm, (fd, bytes) => {
    total += bytes.length;
    if (total > maxOutputBytes) throw new OutputLimit();
    if (pending && pending.fd !== fd) flush();
    pending ??= { fd, chunks: [], size: 0 };
    pending.chunks.push(bytes);
    pending.size += bytes.length;
    if (performance.now() - lastFlush > 50 || pending.size > 65536) flush();
    streamSnapshot();
  }, {
    memviz, breakOnAlloc, onTrace,
    maxPages, // a program that spawns tasks imports its memory: the runtime caps it
    // The host fns of the gallery's examples (28-fetch-cache, 29-dom-tree).
    imports: (ctx: HostContext) => ({ ...netHost(ctx), ...domHost(ctx) }),
    breakOnDrop: breakOnDrop >= 0 ? breakOnDrop : undefined,
    onRunning: (l: { snapshot: () => Uint8Array | null }) => { live = memviz ? l : null; },
    frames: Infinity,
    onFrame: (n: number) => {
      flush();
      streamSnapshot();
      post({ type: "frame", n });
    },
  });
  flush();
  if (threads?.mode === "in-order") {
    // wasm::thread tasks ran one after another at their spawns
    // (docs/threads.md): say so, and why.
    const n = threads.tasks === 1 ? "1 task" : `${threads.tasks} tasks`;
    const note = new TextEncoder().encode(
      `note: ${n} of wasm::thread::scope ran in order: ${threads.reason}\n`);
    post({ type: "out", fd: 2, bytes: note }, [note.buffer]);
  }
  if (snapshot) post({ type: "memviz", snapshot }, [snapshot.buffer]);
  const stopped = total > maxOutputBytes
    ? `the program printed more than ${maxOutputBytes / 1024} KiB and was stopped`
    : error;
  post({ type: "exit", exitCode, error: stopped, ms: performance.now() - t0 });
};

post({ type: "ready" });
