// The runtime's report of in-order tasks: a program whose wasm::thread tasks
// ran gets `threads: { mode: "in-order", tasks }` in runModule's result (one
// count per `s.spawn`, through the host import env.task_in_order); a program
// without tasks gets no such field and imports nothing for them.
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

function build(source) {
  const dir = mkdtempSync(path.join(tmpdir(), "wr-threads-"));
  const file = path.join(dir, "prog.rs");
  writeFileSync(file, source);
  const out = path.join(dir, "prog.wasm");
  execFileSync(cli, ["build", file, "-o", out]);
  return readFileSync(out);
}

async function run(bytes) {
  let text = "";
  const decoder = new TextDecoder();
  const result = await runModule(bytes, (fd, b) => { if (fd === 1) text += decoder.decode(b); });
  return { ...result, text };
}

test("tasks that ran in order are counted", async () => {
  const bytes = build(`
    fn main() {
        let v = vec![1, 2, 3];
        let n = wasm::thread::scope(|s| {
            for _ in 0..3 {
                s.spawn(|| v.len());
            }
            s.spawn(|| v[0]).join().unwrap()
        });
        println!("{}", n.unwrap());
    }`);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.name);
  assert.ok(imports.includes("task_in_order"));
  const { exitCode, text, threads } = await run(bytes);
  assert.equal(exitCode, 0);
  assert.equal(text, "1\n");
  assert.deepEqual(threads, { mode: "in-order", tasks: 4 });
});

test("a program without tasks has no report", async () => {
  const bytes = build(`fn main() { let r = wasm::thread::scope(|_s| 2); println!("{:?}", r); }`);
  const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes)).map((i) => i.name);
  assert.ok(!imports.includes("task_in_order"));
  const { exitCode, text, threads } = await run(bytes);
  assert.equal(exitCode, 0);
  assert.equal(text, "Ok(2)\n");
  assert.equal(threads, undefined);
});
