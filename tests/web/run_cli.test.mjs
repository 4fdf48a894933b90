// web/runtime/run.mjs, the Node entry point `wasmrust run` uses: a reader
// that leaves early (`wasmrust run prog.rs | head`) ends the run quietly,
// with the status of a native program killed by SIGPIPE, instead of a
// Node stack trace.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

test("a closed stdout ends the run quietly with status 141", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "wr-run-"));
  writeFileSync(path.join(dir, "prog.rs"), 'fn main() { for i in 0..200000 { println!("line {}", i); } }\n');
  const wasm = path.join(dir, "prog.wasm");
  execFileSync(path.join(root, "build/bin/wasmrust"), ["build", path.join(dir, "prog.rs"), "-o", wasm]);
  const child = spawn(process.execPath, [path.join(root, "web/runtime/run.mjs"), wasm]);
  let stderr = "";
  child.stderr.on("data", (d) => { stderr += d; });
  // Read the first chunk, then go away as `head` does.
  const first = await new Promise((resolve) => child.stdout.once("data", resolve));
  assert.match(String(first), /^line 0\n/);
  child.stdout.destroy();
  const code = await new Promise((resolve) => child.on("close", resolve));
  assert.equal(code, 141);
  assert.equal(stderr, "");
});
