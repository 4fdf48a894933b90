// The compile worker: loads the WasmRust compiler (the Emscripten build,
// web/dist/) once and answers compile requests, so typing and compiling
// never block the page. Release modes compile without overflow checks and
// then run Binaryen (npm `binaryen`, imported only on the first release
// build: it is 2.7 MB gzipped) with the settings the native CLI uses.
import { createCompiler, moduleSizes, type Compiler } from "wasmrust";
import type { CompileRequest, CompileResponse, CompileWorkerMessage } from "./protocol";
import { optimize } from "./optimize";

const post = (message: CompileWorkerMessage, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer);

let compiler: Compiler | null = null;
const queue: CompileRequest[] = [];

async function build(req: CompileRequest, c: Compiler): Promise<CompileResponse> {
  const t0 = performance.now();
  const release = req.mode === "dev" ? false : req.mode;
  const wantViews = req.purpose === "views";
  const r = c.compile(req.source, { release, wat: wantViews, annotate: wantViews });
  const compileMs = performance.now() - t0;
  const response: CompileResponse = {
    id: req.id, ok: r.ok, wasm: r.ok ? r.wasm : null, diagnostics: r.diagnostics, wat: r.wat,
    sizes: r.sizes, annotations: r.annotations, compileMs, optimizeMs: 0, error: null,
  };
  if (!r.ok || req.mode === "dev" || req.purpose === "check") return response;
  // Release modes: Binaryen's output is what runs and what the views show.
  const t1 = performance.now();
  try {
    const optimized = await optimize(r.wasm, req.mode);
    response.wasm = optimized.wasm;
    response.wat = optimized.wat;
    response.sizes = moduleSizes(optimized.wasm);
    response.annotations = null;
  } catch (e) {
    response.ok = false;
    response.wasm = null;
    response.error = `Binaryen could not optimize the module: ${(e as Error).message}`;
  }
  response.optimizeMs = performance.now() - t1;
  return response;
}

// Requests are answered in order, one at a time; a check that is already
// superseded by a newer check is skipped (the page would ignore it anyway).
let busy = false;
async function drain() {
  if (busy || !compiler) return;
  busy = true;
  while (queue.length) {
    const req = queue.shift()!;
    if (req.purpose === "check" && queue.some((q) => q.purpose === "check")) continue;
    const res = await build(req, compiler);
    post({ type: "result", ...res }, res.wasm ? [res.wasm.buffer as ArrayBuffer] : []);
  }
  busy = false;
}

self.onmessage = (event: MessageEvent<CompileRequest>) => {
  queue.push(event.data);
  void drain();
};

const t0 = performance.now();
createCompiler()
  .then((c) => {
    compiler = c;
    post({ type: "ready", version: c.version, loadMs: performance.now() - t0 });
    void drain();
  })
  .catch((e: unknown) => post({ type: "failed", error: String((e as Error)?.message ?? e) }));
