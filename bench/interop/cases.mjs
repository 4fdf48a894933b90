// The interop benchmark's cases and peers, shared by Node (node_run.mjs) and
// Chromium (page.mjs): loads each peer's module, checks that it computes the
// right results, and times the three cases.
//
//   add       JavaScript calls the export add(acc, i) 10 million times;
//   import    one call of call_host(10 million): the module calls the host
//             fn step(acc, i) 10 million times;
//   string    upper(s) of a 1 KB ASCII string, 20,000 times: the string
//             goes into the module and a new one comes back.
//
// Every timed loop is its own function (`new Function`), so one peer's calls
// never share the engine's call-site feedback with another's.

import { makeImports } from "../../web/runtime/runtime.mjs";

export const CALLS = 10_000_000;
export const STRING_CALLS = 20_000;
export const TEXT = "The quick brown fox jumps over the lazy dog; 0123456789! ".repeat(19).slice(0, 1024);

// Every peer's host fn; its body is also in peers/interop_host.js.
export const step = (acc, i) => (acc + i) | 0;

// sum(0..n) wrapped to i32: what both the add loop and call_host return.
export const expectedSum = (n) => Number(BigInt.asIntN(32, (BigInt(n) * BigInt(n - 1)) / 2n));

// The peers, in table order. `load(files)` resolves to { add, call_host,
// upper } as JavaScript sees them; `files.bytes(name)` is a module's bytes,
// `files.importModule(name)` imports a generated JavaScript file.
export const PEERS = [
  { name: "wat", label: "hand-written WAT", cases: ["add", "import"], load: loadWat },
  { name: "wasmrust", label: "WasmRust", cases: ["add", "import", "string"], load: loadWasmRust },
  { name: "wasmrust-js", label: "WasmRust, --emit js wrapper", cases: ["add", "import"], load: loadWasmRustWrapper },
  { name: "wasmrust-reuse", label: "WasmRust, buffers kept", cases: ["string"], load: loadWasmRustReused },
  { name: "assemblyscript", label: "AssemblyScript (bindings)", cases: ["add", "import", "string"], load: loadAssemblyScript },
  { name: "embind", label: "Emscripten embind", cases: ["add", "import", "string"], load: loadEmbind },
];

async function instantiate(bytes, imports) {
  const { instance } = await WebAssembly.instantiate(bytes, imports);
  return instance.exports;
}

async function loadWat(files) {
  const x = await instantiate(await files.bytes("baseline.wasm"), { host: { step } });
  return { add: x.add, call_host: x.call_host };
}

// The module also imports the runtime's env.write and env.exit, which only
// a panic would call (a bounds check in upper).
async function instantiateWasmRust(files) {
  let memory = null;
  const decoder = new TextDecoder();
  const out = (fd, bytes) => console.error(decoder.decode(bytes));
  const x = await instantiate(await files.bytes("interop.wasm"), { ...makeImports(out, () => memory), host: { step } });
  memory = x.memory;
  return x;
}

// WasmRust's zero-glue string path (docs/interop.md): the host places the
// UTF-8 in the module's memory with the exported allocator — encodeInto
// writes it there directly, no intermediate array — passes (pointer,
// length), and decodes the (pointer, length) that comes back.
async function loadWasmRust(files) {
  const x = await instantiateWasmRust(files);
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const upper = (s) => {
    const cap = s.length * 3; // UTF-8 is at most 3 bytes per UTF-16 unit
    const p = x.wasmrust_alloc(cap, 1);
    const { written } = enc.encodeInto(s, new Uint8Array(x.memory.buffer, p, cap));
    const q = x.wasmrust_alloc(written, 1);
    const n = x.upper(p, written, q, written);
    const r = dec.decode(new Uint8Array(x.memory.buffer, q, n));
    x.wasmrust_dealloc(q, written, 1);
    x.wasmrust_dealloc(p, cap, 1);
    return r;
  };
  return { add: x.add, call_host: x.call_host, upper };
}

// Through the optional typed wrapper `wasmrust build --emit js` writes.
async function loadWasmRustWrapper(files) {
  const { instantiate: wrap } = await files.importModule("interop.mjs");
  const x = await wrap(await files.bytes("interop.wasm"), { host: { step } });
  return { add: x.add, call_host: x.call_host };
}

// The same, with the two buffers allocated once: what a caller that makes
// many calls can do when nothing stands between it and the module.
async function loadWasmRustReused(files) {
  const x = await instantiateWasmRust(files);
  const enc = new TextEncoder();
  const dec = new TextDecoder();
  const cap = 64 * 1024;
  const p = x.wasmrust_alloc(cap, 1);
  const q = x.wasmrust_alloc(cap, 1);
  const upper = (s) => {
    const { written } = enc.encodeInto(s, new Uint8Array(x.memory.buffer, p, cap));
    const n = x.upper(p, written, q, cap);
    return dec.decode(new Uint8Array(x.memory.buffer, q, n));
  };
  return { upper };
}

async function loadAssemblyScript(files) {
  const { instantiate: asInstantiate } = await files.importModule("interop_as.js");
  const module = await WebAssembly.compile(await files.bytes("interop_as.wasm"));
  const x = await asInstantiate(module, { host: { step } });
  return { add: x.add, call_host: x.call_host, upper: x.upper };
}

async function loadEmbind(files) {
  const { default: createModule } = await files.importModule("interop_embind.mjs");
  const m = await createModule({ wasmBinary: await files.bytes("interop_embind.wasm") });
  return { add: m.add, call_host: m.call_host, upper: m.upper };
}

// Checks one loaded peer; returns a list of what is wrong (empty: right).
export function check(peer, api, n = 1000) {
  const wrong = [];
  const sum = expectedSum(n);
  if (peer.cases.includes("add")) {
    let acc = 0;
    for (let i = 0; i < n; i++) acc = api.add(acc, i);
    if (acc !== sum) wrong.push(`add loop gave ${acc}, expected ${sum}`);
    if (api.add(0x7fffffff, 1) !== -0x80000000) wrong.push("add does not wrap");
  }
  if (peer.cases.includes("import")) {
    const got = api.call_host(n);
    if (got !== sum) wrong.push(`call_host(${n}) gave ${got}, expected ${sum}`);
  }
  if (peer.cases.includes("string")) {
    for (const s of [TEXT, "", "a", "mixed Case 42"]) {
      const got = api.upper(s);
      if (got !== s.toUpperCase()) wrong.push(`upper(${JSON.stringify(s.slice(0, 20))}...) gave ${JSON.stringify(got.slice(0, 20))}...`);
    }
  }
  return wrong;
}

// One timed loop per case, compiled afresh for each peer. The peer's name
// is part of each source: V8 caches `new Function` by its text, and two
// loops with the same text would share call-site feedback.
function makeLoops(name) {
  const tag = `// ${name}\n`;
  return {
    add: new Function("api", "n",
      `${tag}const add = api.add; let acc = 0; for (let i = 0; i < n; i++) acc = add(acc, i); return acc;`),
    import: new Function("api", "n", `${tag}return api.call_host(n);`),
    string: new Function("api", "n", "s",
      `${tag}const upper = api.upper; let len = 0; for (let i = 0; i < n; i++) len += upper(s).length; return len;`),
  };
}

const COUNTS = { add: CALLS, import: CALLS, string: STRING_CALLS };

// Loads every peer, checks it, warms each loop up, then times every case of
// every peer `reps` times, interleaved (so a burst of load falls on all),
// and returns { times: { case: { peer: [ms...] } }, errors: { peer: [...] } }.
export async function runAll(files, { reps = 3, only = null, now = () => performance.now() } = {}) {
  const loaded = [];
  const errors = {};
  for (const peer of PEERS) {
    if (only && !only.includes(peer.name)) continue;
    try {
      const api = await peer.load(files);
      const wrong = check(peer, api);
      if (wrong.length) errors[peer.name] = wrong;
      else loaded.push({ peer, api, loops: makeLoops(peer.name) });
    } catch (e) {
      errors[peer.name] = [`could not load: ${e.message}`];
    }
  }
  const times = { add: {}, import: {}, string: {} };
  for (const { peer, api, loops } of loaded) {
    for (const c of peer.cases) {
      loops[c](api, COUNTS[c] / 10, TEXT); // warm-up: the loop and the calls reach the optimizing tier
      times[c][peer.name] = [];
    }
  }
  for (let r = 0; r < reps; r++) {
    // Each rep starts with another peer, so that whatever the first or last
    // timing of a round pays (a collection, another process's burst) is
    // spread over all of them.
    const order = loaded.map((_, k) => loaded[(k + r) % loaded.length]);
    for (const c of ["add", "import", "string"]) {
      for (const { peer, api, loops } of order) {
        if (!peer.cases.includes(c)) continue;
        const t0 = now();
        const result = loops[c](api, COUNTS[c], TEXT);
        const ms = now() - t0;
        const want = c === "string" ? COUNTS[c] * TEXT.length : expectedSum(COUNTS[c]);
        if (result !== want) (errors[peer.name] ??= []).push(`${c}: result ${result}, expected ${want}`);
        times[c][peer.name].push(ms);
      }
    }
  }
  return { times, errors };
}
