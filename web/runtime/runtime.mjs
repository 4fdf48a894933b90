// The WasmRust runtime: instantiates a compiled module and runs it.
//
// This one module is all the JavaScript a WasmRust program needs: the CLI
// (`wasmrust run`, through run.mjs), the playground's run worker and the
// benchmarks all load programs through it. A module imports only the host
// functions below (module "env") and exports `memory` and `main`; nothing is
// generated per program.
//
//   env.write(fd: i32, ptr: i32, len: i32)          bytes to stdout (1) / stderr (2)
//   env.exit(code: i32)                              ends the program (never returns)
//   env.fmt_f64(x: f64, prec: i32, flags: i32, out: i32) -> i32
//        formats x the way Rust's `{}`/`{:?}`/`{:.N}`/`{:e}` do, writes the
//        UTF-8 text at `out` (room for 1100 bytes) and returns its length.
//        prec < 0: shortest round-trip digits. flags: see FMT_* below.
//   env.math(op: i32, x: f64, y: f64) -> f64
//        the float functions Wasm has no instruction for (`%`, powf, sin, ...);
//        op codes in MATH_OPS, in the order the compiler numbers them.
//   env.trace_flush(reason: i32)
//        dev builds that allocate: the memviz trace ring wrapped (0) or hit a
//        "break on" condition (1, 2); see memviz.mjs.
//   env.task_in_order()
//        a `wasm::thread::Scope::spawn` task is about to run in order, on
//        this thread (there are no workers); the run's result counts them.
//   env.task_workers() -> i32, env.task_spawn(data, vtable),
//   env.task_help() -> i32, and env.memory (shared)
//        a module that spawns tasks: the task queue of a pool of workers,
//        each an instance of the module over the same shared memory
//        (threads.mjs; docs/threads.md).
//   env.js_string_builtins() -> i32, "wasm:js-string" length/charCodeAt,
//   env.js_string_utf8_length(s) -> i32, env.js_string_read(s, ptr)
//        String::from_js of a JS string (an externref): where the engine
//        has the JS String Builtins, runModule compiles the module with
//        them, the engine provides "wasm:js-string" itself and
//        js_string_builtins() is 1; elsewhere the string is copied into
//        memory as UTF-8 (docs/interop.md).
//
// A program that declares host fns (`extern "js"` blocks) imports them from
// their own modules; the caller supplies them as `options.imports` (see
// hostImports below and docs/interop.md). Strings and slices reach them as
// (pointer, length) into `memory`.
import { formatFloat } from "./float_format.mjs";
import {
  TaskPool, memoryImport, unshareMemory, sharedMemoryAvailable, defaultWorkerCount, renameThread,
} from "./threads.mjs";
import {
  readSection, TraceReader, makeSnapshot, announce, devtoolsAttached,
  SNAPSHOT_FINISHED, SNAPSHOT_PANICKED, SNAPSHOT_TRAPPED,
} from "./memviz.mjs";

export const FMT_DEBUG = 1;
export const FMT_F32 = 2;
export const FMT_LOWER_EXP = 4;
export const FMT_UPPER_EXP = 8;
export const FMT_PLUS = 16;

const MATH_OPS = [
  (x, y) => x % y, Math.pow, Math.atan2, Math.hypot, (x, y) => Math.log(x) / Math.log(y),
  Math.sin, Math.cos, Math.tan, Math.asin, Math.acos, Math.atan, Math.sinh, Math.cosh,
  Math.tanh, Math.exp, (x) => 2 ** x, Math.expm1, Math.log, Math.log1p, Math.log10,
  Math.log2, Math.cbrt,
];

// Thrown by env.exit to unwind the Wasm stack back to runModule.
class ProgramExit {
  constructor(code) {
    this.code = code;
  }
}

// Builds the import object for one instance. `out(fd, bytes)` receives output;
// `traceFlush(reason)`, if given, is called when the program flushes its
// memviz trace.
export function makeImports(out, getMemory, traceFlush = null, threads = null, jsStringBuiltins = false) {
  const encoder = new TextEncoder();
  // The copying path of String::from_js asks for the length, then the
  // bytes, of the same string: encode it once.
  let lastString = null, lastBytes = null;
  const utf8 = (s) => {
    if (s !== lastString) [lastString, lastBytes] = [s, encoder.encode(s)];
    return lastBytes;
  };
  return {
    // What the engine provides itself with the JS String Builtins on; as
    // JavaScript otherwise (a module compiled elsewhere may use them).
    "wasm:js-string": {
      length: (s) => s.length,
      charCodeAt: (s, i) => s.charCodeAt(i),
    },
    env: {
      write(fd, ptr, len) {
        out(fd, new Uint8Array(getMemory().buffer, ptr, len).slice());
      },
      exit(code) {
        throw new ProgramExit(code);
      },
      fmt_f64(x, prec, flags, ptr) {
        const bytes = encoder.encode(formatFloat(x, prec, flags));
        new Uint8Array(getMemory().buffer, ptr, bytes.length).set(bytes);
        return bytes.length;
      },
      math(op, x, y) {
        return MATH_OPS[op](x, y);
      },
      trace_flush(reason) {
        if (traceFlush) traceFlush(reason);
      },
      task_in_order() {
        if (threads) threads.tasks++;
      },
      js_string_builtins: () => (jsStringBuiltins ? 1 : 0),
      js_string_utf8_length: (s) => utf8(String(s)).length,
      js_string_read(s, ptr) {
        const bytes = utf8(String(s));
        new Uint8Array(getMemory().buffer, ptr, bytes.length).set(bytes);
      },
      // Without a pool (threaded modules get runModule's own).
      task_workers: () => 0,
      task_spawn() {},
      task_help: () => 0,
    },
  };
}

// The JS String Builtins (the "wasm:js-string" imports compiled as the
// engine's own): does this engine have them? A module importing `length`
// with the wrong type compiles only where it does not.
const JS_STRING_BUILTINS = { builtins: ["js-string"] };
let builtinsSupported = null;
export function jsStringBuiltinsSupported() {
  if (builtinsSupported === null) {
    const name = [...new TextEncoder().encode("wasm:js-string")];
    const field = [...new TextEncoder().encode("length")];
    const imports = [1, name.length, ...name, field.length, ...field, 0, 0];
    const bytes = new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0, 1, 4, 1, 0x60, 0, 0,
      2, imports.length, ...imports]);
    try {
      new WebAssembly.Module(bytes, JS_STRING_BUILTINS);
      builtinsSupported = false;
    } catch {
      builtinsSupported = true;
    }
  }
  return builtinsSupported;
}

// The program's own host fns: `options.imports` is an import object
// ({ module: { name: fn } }) or a function that returns one given a context
// with the instance's memory and exports once they exist, the module's
// imports (WebAssembly.Module.imports), and readString(ptr, len) for the
// (pointer, length) strings the program passes.
function hostImports(given, context) {
  if (!given) return {};
  return typeof given === "function" ? given(context) : given;
}

function hostContext(getInstance, module) {
  const decoder = new TextDecoder();
  return {
    moduleImports: WebAssembly.Module.imports(module),
    get memory() { return getInstance()?.exports.memory; },
    get exports() { return getInstance()?.exports; },
    readString(ptr, len) {
      // A copy: browsers decode no views of a shared memory.
      return decoder.decode(new Uint8Array(getInstance().exports.memory.buffer, ptr, len).slice());
    },
  };
}

// A host fn the module imports that no one provides: say which, and how to
// provide it, instead of the engine's "module is not an object".
function missingHostFns(moduleImports, imports) {
  const missing = moduleImports
    .filter(({ module, name, kind }) =>
      kind === "function" && typeof imports[module]?.[name] !== "function")
    .map(({ module, name }) => `${module}.${name}`);
  if (missing.length === 0) return null;
  const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ", ..." : "");
  return `the program imports host fns that no host provides: ${shown} ` +
    "(pass them in options.imports, or `wasmrust run --host FILE.mjs`; docs/interop.md)";
}

// Runs a compiled module to completion. Returns { exitCode, error }, and
// with `options.memviz` also `snapshot`: the memviz snapshot of the end of
// the run (memviz.mjs), or null for a module without the memviz section.
// `options.onTrace(reason, reader, snapshot)` is called on each trace flush
// (after the reader has read the new records; `snapshot()` makes one of this
// moment); `options.breakOnAlloc` (bytes) makes the program flush after
// every allocation at least that large, `options.breakOnDrop` (a type id)
// after a resource handle of that type ends. `options.onRunning(live)` is called
// just before `main` with `live.snapshot()`, a snapshot of the moment it is
// called (null for a module without the section): a host streams the run's
// memory with it from its own callbacks (output, flushes, frames).
// `out(fd, Uint8Array)` is called for every write.
// A dev build is also announced to the DevTools extension (memviz.mjs's
// announce): it can take snapshots of the run at any moment.
//
// Programs driven by frames: with `options.frames` (a count, or Infinity),
// a module that exports a function `frame` has it called once per
// animation frame after `main` returns, without arguments, until the
// program exits or traps, `options.signal` (an AbortSignal) aborts, or it
// was called `frames` times; then the run ends as if `main` had returned.
// `options.onFrame(n)` is called after the n-th call. Without the option
// (or for modules without `frame`) the run ends when `main` returns.
//
// `wasmBytes` may also be a compiled WebAssembly.Module; `options.entry`
// names the export to run instead of `main` (test builds export `test:N`).
//
// A program that spawns `wasm::thread` tasks also gets `threads` in its
// result: { mode: "threads", workers, tasks } when a pool of workers ran
// them, { mode: "in-order", tasks, reason } when they ran one after another
// at their spawns (no shared memory here, or `options.threads` is 0).
// `options.threads`: how many workers to start for such a program (default:
// the cores but one, at most 8). `options.maxPages` caps the memory such a
// program imports (others have their own; the playground rewrites them).
// `wasmBytes` may also be { module, bytes }: the module compiled already.
//
// `options.imports`: the program's host fns (hostImports above).
// `options.invoke` ({ name, args }) calls an export after `main` (or, in a
// module without `main`, instead of it) and returns its value as `result`;
// `options.afterMain(exports, context)` runs after `main` too.
export async function runModule(wasmBytes, out, options = {}) {
  let memory = null;
  let reader = null;
  const keepAll = options.memviz || devtoolsAttached();
  const onFlush = (reason) => {
    if (!reader || (!keepAll && !options.onTrace)) return;
    reader.poll();
    if (options.onTrace) options.onTrace(reason, reader, () => makeSnapshot({ section, memory, reader }));
  };
  let instance;
  const threads = { mode: "in-order", tasks: 0 };
  let section = null;
  let context;
  let pool = null;
  // A threaded run passes the workers' output on before the main thread's.
  const write = (fd, bytes) => {
    pool?.shared.drain(out);
    out(fd, fd === 2 && pool?.inTask ? renameThread(bytes) : bytes);
  };
  try {
    let { module, bytes } = wasmBytes instanceof WebAssembly.Module ? { module: wasmBytes }
      : wasmBytes.module ? wasmBytes : { bytes: wasmBytes };
    const imported = bytes ? memoryImport(bytes) : null;
    let sharedMemory = null;
    if (imported) {
      const made = importedMemory(bytes, imported, options);
      if (made.error) return { exitCode: 1, error: made.error };
      ({ bytes, reason: threads.reason } = made);
      sharedMemory = made.memory;
      module = null;
    }
    const builtins = !module && jsStringBuiltinsSupported();
    module ??= await WebAssembly.compile(bytes, builtins ? JS_STRING_BUILTINS : undefined);
    section = readSection(module);
    context = hostContext(() => instance, module);
    const imports = {
      ...hostImports(options.imports, context),
      ...makeImports(write, () => memory, onFlush, threads, builtins),
    };
    if (sharedMemory) imports.env.memory = sharedMemory;
    Object.assign(imports.env, poolImports(() => pool, () => instance.exports, out));
    const missing = missingHostFns(context.moduleImports, imports);
    if (missing) return { exitCode: 1, error: missing };
    instance = await WebAssembly.instantiate(module, imports);
    // (Pages without cross-origin isolation have no SharedArrayBuffer.)
    if (typeof SharedArrayBuffer === "function" && sharedMemory?.buffer instanceof SharedArrayBuffer) {
      const count = options.threads ?? await defaultWorkerCount();
      try {
        pool = await TaskPool.start(module, sharedMemory, count, builtins);
        Object.assign(threads, { mode: "threads", workers: count });
        delete threads.reason;
      } catch (e) {
        threads.reason = `no worker could be started (${e.message})`;
      }
    }
  } catch (e) {
    pool?.stop();
    return { exitCode: 1, error: `failed to instantiate module: ${e.message}` };
  }
  memory = instance.exports.memory;
  try {
    return await runInstance();
  } finally {
    if (pool) {
      pool.shared.drain(out);
      pool.stop();
    }
  }

  async function runInstance() {
    let ended = null; // { exitCode, flags } once the run is over
    if (section) {
      reader = new TraceReader(memory, section.info);
      if (options.breakOnAlloc) reader.setBreakOnAlloc(options.breakOnAlloc);
      if (options.breakOnDrop !== undefined) reader.setBreakOnDrop(options.breakOnDrop);
      const snapshotNow = () => {
        reader.poll();
        return makeSnapshot({ section, memory, reader, exitCode: ended?.exitCode ?? 0, flags: ended?.flags ?? 0 });
      };
      announce({
        generation: () => (reader.poll(), reader.seen * 2 + (ended ? 1 : 0)),
        snapshot: snapshotNow,
      });
      options.onRunning?.({ snapshot: snapshotNow });
    } else {
      options.onRunning?.({ snapshot: () => null });
    }
    const finish = (ran, flags) => {
      if (pool) threads.tasks = pool.shared.spawned();
      const result = threads.tasks > 0 ? { ...ran, threads } : ran;
      ended = { exitCode: result.exitCode, flags };
      if (!options.memviz) return result;
      if (!section) return { ...result, snapshot: null };
      reader.poll();
      const snapshot = makeSnapshot({ section, memory, reader, exitCode: result.exitCode, flags });
      return { ...result, snapshot };
    };
    try {
      const entry = instance.exports[options.entry ?? "main"];
      if (entry) entry();
      if (options.frames > 0 && typeof instance.exports.frame === "function")
        await runFrames(instance.exports.frame, options);
      let result;
      if (options.invoke) {
        const fn = instance.exports[options.invoke.name];
        if (typeof fn !== "function") {
          return { exitCode: 1, error: `the module exports no fn \`${options.invoke.name}\`` };
        }
        result = fn(...(options.invoke.args ?? []));
      }
      if (options.afterMain) await options.afterMain(instance.exports, context);
      if (result !== undefined) return finish({ exitCode: 0, error: null, result }, SNAPSHOT_FINISHED);
      return finish({ exitCode: 0, error: null }, SNAPSHOT_FINISHED);
    } catch (e) {
      if (e instanceof ProgramExit) {
        const flags = SNAPSHOT_FINISHED | (e.code === 101 ? SNAPSHOT_PANICKED : 0);
        return finish({ exitCode: e.code, error: null }, flags);
      }
      return finish(trapResult(e, out), SNAPSHOT_TRAPPED);
    }
  }
}

// The memory a module that spawns tasks imports: shared, for a pool of
// workers, where this host has shared memory and `options.threads` is not
// 0; else ordinary (its import made unshared), with tasks run in order.
function importedMemory(bytes, imported, options) {
  const maximum = Math.min(imported.max ?? 65536, options.maxPages ?? 65536);
  if (imported.min > maximum) {
    return { error: `the program asks for ${imported.min * 64} KiB of memory at start; ` +
      `the limit is ${maximum * 64} KiB` };
  }
  const reason = options.threads === 0 ? "threads are turned off"
    : !sharedMemoryAvailable() ? "shared memory is unavailable here (the page is not cross-origin isolated)"
    : null;
  if (reason || !imported.shared) {
    return {
      bytes: imported.shared ? unshareMemory(bytes, imported) : bytes,
      memory: new WebAssembly.Memory({ initial: imported.min, maximum }),
      reason: reason ?? "the module's memory is not shared",
    };
  }
  return { bytes, memory: new WebAssembly.Memory({ initial: imported.min, maximum, shared: true }) };
}

// The main thread's task imports: with a pool (made after the instance),
// spawned tasks go to its queue (or run now if it is full), and helping
// passes the workers' output on and runs one; without, tasks run in order.
function poolImports(getPool, exports, out) {
  return {
    task_workers: () => getPool()?.workers.length ?? 0,
    task_spawn(data, vtable) {
      const pool = getPool();
      if (!pool.shared.push(data, vtable)) pool.runHere(exports(), data, vtable);
    },
    task_help() {
      const pool = getPool();
      if (!pool) return 0;
      pool.shared.drain(out);
      const task = pool.shared.pop();
      if (!task) return 0;
      pool.runHere(exports(), task[0], task[1]);
      return 1;
    },
  };
}

// Calls `frame` once per animation frame (see runModule). Pages and
// dedicated workers in browsers have requestAnimationFrame; elsewhere
// (Node) a 16 ms timer stands in. An exit or a trap inside `frame` throws
// to runModule, as one inside `main` does.
async function runFrames(frame, { frames, signal, onFrame }) {
  const nextFrame = typeof requestAnimationFrame === "function"
    ? () => new Promise((resolve) => requestAnimationFrame(resolve))
    : () => new Promise((resolve) => setTimeout(resolve, 16));
  for (let n = 1; n <= frames && !signal?.aborted; n++) {
    await nextFrame();
    if (signal?.aborted) break;
    frame();
    onFrame?.(n);
  }
}

// What a trap means for the user: a stack overflow (engine stack exhaustion,
// or the shadow stack running below address 0; compiled code bounds-checks
// every other memory access it makes), or a runtime error.
function trapResult(e, out) {
  const stackOverflow =
    (e instanceof RangeError && /call stack/i.test(e.message)) ||
    (e instanceof WebAssembly.RuntimeError && /memory access out of bounds/i.test(e.message));
  if (stackOverflow) {
    const msg = "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\n";
    out(2, encoder.encode(msg));
    return { exitCode: 134, error: null };
  }
  return { exitCode: 1, error: `runtime error: ${e.message}` };
}

const encoder = new TextEncoder();
