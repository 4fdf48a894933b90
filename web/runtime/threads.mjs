// Threads for `wasm::thread::scope` (docs/threads.md): the runtime's side.
//
// A module that spawns tasks imports its memory ("env" "memory", shared,
// with a maximum) and three host fns: `task_workers()` (how many workers
// run tasks: 0 means every task runs in order, at its spawn),
// `task_spawn(data, vtable)` (a task for the queue, as its `dyn TaskBody`)
// and `task_help()` (run one queued task on the calling thread; 0 if none
// is queued). The thread that waits for a scope calls `task_help` until the
// scope's tasks are done, so it works too instead of blocking (a page's
// main thread may not block).
//
// A TaskPool starts workers (Node worker_threads or Web Workers running
// thread_worker.mjs), each an instance of the module over the same memory,
// before `main` runs: a worker started while the main thread is busy in
// Wasm would not start until it returns. They share with the main thread,
// through SharedArrayBuffers:
//   - the queue: a ring of (data, vtable) pairs behind a spin lock, and a
//     signal word workers wait on (Atomics.wait) when it is empty;
//   - the output channel: what workers print, as (fd, length, bytes)
//     records the main thread passes on (in order with its own output)
//     whenever it prints or helps, and at the end of the run.
// A task that traps (a panic ends in `exit(101)`, which throws) is failed
// through the module's `__wasmrust_task_fail`, which `scope` and `join`
// turn into `Err(TaskPanic)`.
//
// Where shared memory is unavailable (a page that is not cross-origin
// isolated), the module is run over an ordinary memory (its import made
// unshared: atomics work on any memory) with no workers, and every task
// runs in order; the run's result says why.

const QUEUE_LOCK = 0;
const QUEUE_HEAD = 1;
const QUEUE_TAIL = 2;
const QUEUE_SIGNAL = 3;
const QUEUE_STOP = 4;
const QUEUE_SPAWNED = 5; // tasks spawned, for the run's report
const QUEUE_RING = 8; // pairs from here
const QUEUE_CAPACITY = 4096; // pairs

const OUT_LOCK = 0;
const OUT_USED = 1;
const OUT_HEADER = 8; // bytes
const OUT_CAPACITY = 1 << 20;

export const MAX_WORKERS = 8; // the module reserves stacks for this many

const isNode = typeof process !== "undefined" && !!process.versions?.node;

function lock(words, at) {
  while (Atomics.compareExchange(words, at, 0, 1) !== 0) {
    // Critical sections are a few loads and stores: spin.
  }
}

function unlock(words, at) {
  Atomics.store(words, at, 0);
}

// The queue and the output channel, over SharedArrayBuffers that the main
// thread makes and the workers receive.
export class Shared {
  constructor(buffers = null) {
    this.buffers = buffers ?? {
      queue: new SharedArrayBuffer((QUEUE_RING + 2 * QUEUE_CAPACITY) * 4),
      out: new SharedArrayBuffer(OUT_HEADER + OUT_CAPACITY),
    };
    this.queue = new Int32Array(this.buffers.queue);
    this.outWords = new Int32Array(this.buffers.out, 0, OUT_HEADER / 4);
    this.outBytes = new Uint8Array(this.buffers.out, OUT_HEADER);
  }

  // Adds a task; false when the queue is full (the caller runs it then).
  push(data, vtable) {
    const q = this.queue;
    Atomics.add(q, QUEUE_SPAWNED, 1);
    lock(q, QUEUE_LOCK);
    const head = q[QUEUE_HEAD], tail = q[QUEUE_TAIL];
    const full = tail - head >= QUEUE_CAPACITY;
    if (!full) {
      const at = QUEUE_RING + 2 * (tail % QUEUE_CAPACITY);
      q[at] = data;
      q[at + 1] = vtable;
      q[QUEUE_TAIL] = tail + 1;
    }
    unlock(q, QUEUE_LOCK);
    if (!full) {
      Atomics.add(q, QUEUE_SIGNAL, 1);
      Atomics.notify(q, QUEUE_SIGNAL, 1);
    }
    return !full;
  }

  // The oldest queued task as [data, vtable], or null.
  pop() {
    const q = this.queue;
    lock(q, QUEUE_LOCK);
    const head = q[QUEUE_HEAD];
    let task = null;
    if (head !== q[QUEUE_TAIL]) {
      const at = QUEUE_RING + 2 * (head % QUEUE_CAPACITY);
      task = [q[at], q[at + 1]];
      q[QUEUE_HEAD] = head + 1;
    }
    unlock(q, QUEUE_LOCK);
    return task;
  }

  // Workers: waits until a task may have been queued or the pool stops.
  waitForTask(seen) {
    Atomics.wait(this.queue, QUEUE_SIGNAL, seen, 100);
  }
  signal() {
    return Atomics.load(this.queue, QUEUE_SIGNAL);
  }
  spawned() {
    return Atomics.load(this.queue, QUEUE_SPAWNED);
  }
  stopped() {
    return Atomics.load(this.queue, QUEUE_STOP) !== 0;
  }
  stop() {
    Atomics.store(this.queue, QUEUE_STOP, 1);
    Atomics.add(this.queue, QUEUE_SIGNAL, 1);
    Atomics.notify(this.queue, QUEUE_SIGNAL);
  }

  // Workers: appends a record to the output channel, waiting while the
  // main thread has not drained enough of it.
  write(fd, bytes) {
    for (let at = 0; at < bytes.length;) {
      const n = Math.min(bytes.length - at, OUT_CAPACITY / 4);
      const w = this.outWords;
      lock(w, OUT_LOCK);
      const used = w[OUT_USED];
      const fits = used + 5 + n <= OUT_CAPACITY;
      if (fits) {
        const o = this.outBytes;
        o[used] = fd;
        new DataView(o.buffer, o.byteOffset).setUint32(used + 1, n, true);
        o.set(bytes.subarray(at, at + n), used + 5);
        w[OUT_USED] = used + 5 + n;
        at += n;
      }
      unlock(w, OUT_LOCK);
      if (!fits) Atomics.wait(w, OUT_USED, used, 5);
    }
  }

  // The main thread: passes the workers' output on, in order.
  drain(out) {
    const w = this.outWords;
    if (Atomics.load(w, OUT_USED) === 0) return;
    lock(w, OUT_LOCK);
    const used = w[OUT_USED];
    const copy = this.outBytes.slice(0, used);
    w[OUT_USED] = 0;
    unlock(w, OUT_LOCK);
    Atomics.notify(w, OUT_USED);
    const view = new DataView(copy.buffer);
    for (let at = 0; at < used;) {
      const n = view.getUint32(at + 1, true);
      out(copy[at], copy.subarray(at + 5, at + 5 + n));
      at += 5 + n;
    }
  }
}

// Runs one task on this thread: true if it ended normally, false if it
// trapped (then it is failed, so its scope sees the panic).
// `afterTrap()` puts the thread's globals back (a trap leaves the stack
// pointer where the task's frames had it).
export function runTask(exports, data, vtable, afterTrap = () => {}) {
  try {
    exports.__wasmrust_task_run(data, vtable);
    return true;
  } catch {
    afterTrap();
    exports.__wasmrust_task_fail(data, vtable);
    return false;
  }
}

// A panic's first line names the thread: a task's is not `main` but, as a
// spawned thread without a name is, `<unnamed>`.
const MAIN = new TextEncoder().encode("thread 'main' ");
const UNNAMED = new TextEncoder().encode("thread '<unnamed>' ");
export function renameThread(bytes) {
  if (bytes.length < MAIN.length || !MAIN.every((b, i) => bytes[i] === b)) return bytes;
  const out = new Uint8Array(bytes.length - MAIN.length + UNNAMED.length);
  out.set(UNNAMED);
  out.set(bytes.subarray(MAIN.length), UNNAMED.length);
  return out;
}

// The module's memory import, read from its bytes: { min, max, shared,
// flagsAt } (flagsAt: the offset of its limits' flags byte), or null.
export function memoryImport(bytes) {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let at = 8;
  const leb = () => {
    let result = 0, shift = 0, byte;
    do {
      byte = u8[at++];
      result += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    return result;
  };
  while (at < u8.length) {
    const id = u8[at++];
    const size = leb();
    const end = at + size;
    if (id !== 2) {
      at = end;
      continue;
    }
    const count = leb();
    for (let i = 0; i < count; i++) {
      // (`at += leb()` would add to the value `at` had before leb ran.)
      const moduleName = leb();
      at += moduleName;
      const fieldName = leb();
      at += fieldName;
      const kind = u8[at++];
      if (kind === 0) {
        leb();
      } else if (kind === 1) {
        at++; // element type
        const flags = u8[at++];
        leb();
        if (flags & 1) leb();
      } else if (kind === 2) {
        const flagsAt = at;
        const flags = u8[at++];
        const min = leb();
        const max = flags & 1 ? leb() : undefined;
        return { min, max, shared: (flags & 2) !== 0, flagsAt };
      } else {
        at += 2; // global: value type, mutability
      }
    }
    return null;
  }
  return null;
}

// A copy of the module whose memory import is not shared.
export function unshareMemory(bytes, imp) {
  const copy = new Uint8Array(bytes);
  copy[imp.flagsAt] &= ~2;
  return copy;
}

// Can this host run tasks on workers over a shared memory?
export function sharedMemoryAvailable() {
  if (typeof SharedArrayBuffer !== "function") return false;
  return isNode || globalThis.crossOriginIsolated === true;
}

export async function defaultWorkerCount() {
  let cores = 2;
  if (isNode) {
    const os = await import("node:os");
    cores = os.availableParallelism?.() ?? os.cpus().length;
  } else if (typeof navigator !== "undefined") {
    cores = navigator.hardwareConcurrency || 2;
  }
  // The thread waiting for a scope runs tasks too.
  return Math.max(1, Math.min(MAX_WORKERS, cores - 1));
}

// Workers running tasks for one run of a module.
export class TaskPool {
  static async start(module, memory, count, jsStringBuiltins = false) {
    const shared = new Shared();
    const workers = [];
    const ready = [];
    for (let index = 0; index < count; index++) {
      const worker = isNode
        ? new (await import("node:worker_threads")).Worker(new URL("./thread_worker.mjs", import.meta.url))
        : new Worker(new URL("./thread_worker.mjs", import.meta.url), { type: "module" });
      workers.push(worker);
      ready.push(new Promise((resolve, reject) => {
        const onMessage = (m) => {
          const data = isNode ? m : m.data;
          if (data?.type === "ready") resolve();
          else if (data?.type === "error") reject(new Error(data.message));
        };
        if (isNode) {
          worker.on("message", onMessage);
          worker.on("error", reject);
        } else {
          worker.onmessage = onMessage;
          worker.onerror = (e) => reject(new Error(e.message ?? "worker failed to start"));
        }
      }));
      worker.postMessage({ module, memory, buffers: shared.buffers, index, workers: count, jsStringBuiltins });
    }
    await Promise.all(ready);
    return new TaskPool(shared, workers);
  }

  constructor(shared, workers) {
    this.shared = shared;
    this.workers = workers;
    this.inTask = false; // the main thread is running a task (its panics are not main's)
  }

  // Runs a task on the main thread, which helps while it waits.
  runHere(exports, data, vtable) {
    const outer = this.inTask;
    this.inTask = true;
    try {
      runTask(exports, data, vtable);
    } finally {
      this.inTask = outer;
    }
  }

  stop() {
    this.shared.stop();
    for (const w of this.workers) w.terminate();
  }
}
