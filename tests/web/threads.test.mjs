// wasm::thread tasks in the runtime (docs/threads.md): a program that
// spawns tasks imports a shared memory and runs them on a pool of workers
// (Node worker_threads here), which the run's result reports; with
// `threads: 0` (as where shared memory is unavailable) the same module runs
// over an ordinary memory with its tasks in order, and says why. These
// tests check what programs can see: values, panics as errors, output
// order, and the allocator and format buffer under concurrent tasks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const cli = path.join(root, "build/bin/wasmrust");
const { runModule } = await import(path.join(root, "web/runtime/runtime.mjs"));

function build(source, ...flags) {
  const dir = mkdtempSync(path.join(tmpdir(), "wr-threads-"));
  const file = path.join(dir, "prog.rs");
  writeFileSync(file, source);
  const out = path.join(dir, "prog.wasm");
  execFileSync(cli, ["build", ...flags, file, "-o", out]);
  return readFileSync(out);
}

async function run(bytes, options = {}) {
  let stdout = "", stderr = "";
  const decoder = new TextDecoder();
  const result = await runModule(bytes, (fd, b) => {
    if (fd === 1) stdout += decoder.decode(b);
    else stderr += decoder.decode(b);
  }, options);
  return { ...result, stdout, stderr };
}

const imports = (bytes) => WebAssembly.Module.imports(new WebAssembly.Module(bytes));

// Every task fills its own chunk; the scope's result and a joined value.
const CHUNKS = `
use wasm::thread::{scope, SharedSlice};
fn main() {
    let mut data: Vec<u32> = vec![0; 64];
    let mut shared = SharedSlice::new(&mut data);
    let r = scope(|s| {
        let mut first = 0;
        for chunk in shared.chunks_mut(8) {
            s.spawn(move || {
                for (i, x) in chunk.iter_mut().enumerate() {
                    *x = (first + i) as u32 * 3;
                }
            });
            first += 8;
        }
        s.spawn(|| 6 * 7).join().unwrap()
    });
    let sum: u32 = data.iter().sum();
    println!("{:?} {} {}", r, sum, data[63]);
}`;

test("tasks run on workers over a shared memory", async () => {
  const bytes = build(CHUNKS);
  const memory = imports(bytes).find((i) => i.kind === "memory");
  assert.deepEqual(memory, { module: "env", name: "memory", kind: "memory" });
  const { exitCode, stdout, threads } = await run(bytes, { threads: 2 });
  assert.equal(exitCode, 0);
  assert.equal(stdout, "Ok(42) 6048 189\n");
  assert.deepEqual(threads, { mode: "threads", tasks: 9, workers: 2 });
});

test("with threads: 0 the same module runs its tasks in order and says why", async () => {
  const { exitCode, stdout, threads } = await run(build(CHUNKS), { threads: 0 });
  assert.equal(exitCode, 0);
  assert.equal(stdout, "Ok(42) 6048 189\n");
  assert.deepEqual(threads, { mode: "in-order", tasks: 9, reason: "threads are turned off" });
});

test("a task's panic is the scope's error, and its thread is <unnamed>", async () => {
  const bytes = build(`
    fn main() {
        let v: Vec<i32> = Vec::new();
        let r = wasm::thread::scope(|s| {
            s.spawn(|| 1);
            s.spawn(|| v[3]);
            7
        });
        match r {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("scope: {} ({:?})", e, e.task()),
        }
        let h = wasm::thread::scope(|s| s.spawn(|| -> i32 { panic!("boom") }).join());
        println!("{:?}", h.unwrap().is_err());
    }`);
  const { exitCode, stdout, stderr, threads } = await run(bytes, { threads: 1 });
  assert.equal(exitCode, 0);
  assert.equal(stdout, "scope: task 1 panicked (1)\ntrue\n");
  assert.match(stderr, /^thread '<unnamed>' panicked at .*prog\.rs:6:24:\nindex out of bounds: the len is 0 but the index is 3\n/);
  assert.match(stderr, /thread '<unnamed>' panicked at .*\nboom\n/);
  assert.equal(threads.mode, "threads");
  // In order, a panic ends the program, as any panic does.
  const inOrder = await run(bytes, { threads: 0 });
  assert.equal(inOrder.exitCode, 101);
});

test("output from tasks comes before what main prints after joining them", async () => {
  const { exitCode, stdout } = await run(build(`
    fn main() {
        for round in 0..3 {
            wasm::thread::scope(|s| {
                s.spawn(move || println!("task of round {}", round));
            }).unwrap();
            println!("main after round {}", round);
        }
    }`), { threads: 2 });
  assert.equal(exitCode, 0);
  assert.equal(stdout, [0, 1, 2].map((r) => `task of round ${r}\nmain after round ${r}\n`).join(""));
});

test("concurrent tasks allocate, format and drop safely", async () => {
  // Every task builds strings and vectors (the allocator's lock) with
  // format! (each thread's own format buffer); some handles are joined,
  // the others dropped unjoined (their tasks free their own records).
  const { exitCode, stdout, threads } = await run(build(`
    fn work(t: usize) -> String {
        let mut parts: Vec<String> = Vec::new();
        for i in 0..2000 {
            parts.push(format!("{}-{}", t, i));
            if parts.len() > 50 {
                parts.clear();
            }
        }
        let mut total = 0;
        for p in parts.iter() {
            total += p.len();
        }
        format!("task {} kept {} parts, {} bytes", t, parts.len(), total)
    }
    fn main() {
        let results = wasm::thread::scope(|s| {
            let mut handles = Vec::new();
            for t in 0..8 {
                let h = s.spawn(move || work(t));
                if t % 2 == 0 {
                    handles.push(h);
                }
            }
            let mut out = Vec::new();
            for h in handles {
                out.push(h.join().unwrap());
            }
            out
        }).unwrap();
        for r in results.iter() {
            println!("{}", r);
        }
    }`), { threads: 3 });
  assert.equal(exitCode, 0);
  const expected = [0, 2, 4, 6].map((t) => {
    const kept = 2000 % 51 === 0 ? 51 : 2000 % 51;
    let bytes = 0;
    for (let i = 2000 - kept; i < 2000; i++) bytes += `${t}-${i}`.length;
    return `task ${t} kept ${kept} parts, ${bytes} bytes\n`;
  }).join("");
  assert.equal(stdout, expected);
  assert.equal(threads.tasks, 8);
});

test("release builds run tasks on workers too", async () => {
  const { exitCode, stdout, threads } = await run(build(CHUNKS, "--release"), { threads: 2 });
  assert.equal(exitCode, 0);
  assert.equal(stdout, "Ok(42) 6048 189\n");
  assert.equal(threads.mode, "threads");
});

test("a program that spawns no task has no shared memory and no report", async () => {
  const bytes = build(`fn main() { let r = wasm::thread::scope(|_s| 2); println!("{:?}", r); }`);
  assert.ok(!imports(bytes).some((i) => i.kind === "memory" || i.name === "task_spawn"));
  const { exitCode, stdout, threads } = await run(bytes);
  assert.equal(exitCode, 0);
  assert.equal(stdout, "Ok(2)\n");
  assert.equal(threads, undefined);
});
