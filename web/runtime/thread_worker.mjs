// A worker of the runtime's TaskPool (threads.mjs): one instance of the
// module over the run's shared memory, running queued tasks until the pool
// stops. It is started with { module, memory, buffers, index, workers },
// answers { type: "ready" } once its instance exists, and then only waits
// for tasks (Atomics.wait; a worker may block).
//
// Its host imports are the runtime's (makeImports), with output going to
// the pool's channel; a task's own spawns go to the queue as well. The
// program's host fns (`extern "js"`) live on the main thread only: a task
// that calls one on a worker fails, and says why.
import { makeImports } from "./runtime.mjs";
import { Shared, runTask, renameThread } from "./threads.mjs";

const isNode = typeof process !== "undefined" && !!process.versions?.node;
const port = isNode ? (await import("node:worker_threads")).parentPort : self;
const post = (m) => port.postMessage(m);

function start({ module, memory, buffers, index, workers, jsStringBuiltins }) {
  const shared = new Shared(buffers);
  const write = (fd, bytes) => shared.write(fd, fd === 2 ? renameThread(bytes) : bytes);
  const imports = makeImports(write, () => memory, null, null, jsStringBuiltins);
  let exports = null;
  const afterTrap = () => exports.__wasmrust_thread_start(index);
  Object.assign(imports.env, {
    memory,
    task_workers: () => workers,
    task_spawn(data, vtable) {
      if (!shared.push(data, vtable)) runTask(exports, data, vtable, afterTrap);
    },
    task_help() {
      const task = shared.pop();
      if (!task) return 0;
      runTask(exports, task[0], task[1], afterTrap);
      return 1;
    },
  });
  const encoder = new TextEncoder();
  for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
    if (kind !== "function" || imports[from]?.[name]) continue;
    imports[from] ??= {};
    imports[from][name] = () => {
      write(2, encoder.encode(`error: the host fn \`${from}.${name}\` was called from a task on a ` +
        "worker thread; host fns run on the main thread only (docs/threads.md)\n"));
      throw new Error(`host fn ${from}.${name} called on a worker`);
    };
  }
  exports = new WebAssembly.Instance(module, imports).exports;
  exports.__wasmrust_thread_start(index);
  post({ type: "ready" });
  while (!shared.stopped()) {
    const seen = shared.signal();
    const task = shared.pop();
    if (task) runTask(exports, task[0], task[1], afterTrap);
    else shared.waitForTask(seen);
  }
}

const onMessage = (m) => {
  try {
    start(isNode ? m : m.data);
  } catch (e) {
    post({ type: "error", message: String(e?.message ?? e) });
  }
};
if (isNode) port.once("message", onMessage);
else self.onmessage = onMessage;
