// Node entry point of the runtime: `node run.mjs program.wasm`.
// `wasmrust run` uses it; stdout/stderr/exit code are the program's own.
import { readFileSync, writeSync } from "node:fs";
import { runModule } from "./runtime.mjs";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: node run.mjs PROGRAM.wasm\n");
  process.exit(2);
}
// stdout is line-buffered and stderr is not, as in a native Rust program:
// programs write each piece of a line separately, and a line costs one
// system call.
let pending = [];
let pendingBytes = 0;
function flushStdout() {
  if (pendingBytes === 0) return;
  writeSync(1, Buffer.concat(pending, pendingBytes));
  pending = [];
  pendingBytes = 0;
}
const { exitCode, error } = await runModule(readFileSync(path), (fd, bytes) => {
  if (fd === 2) {
    writeSync(2, bytes);
    return;
  }
  pending.push(bytes);
  pendingBytes += bytes.length;
  if (bytes.includes(10) || pendingBytes > 65536) flushStdout();
});
flushStdout();
if (error) process.stderr.write(`error: ${error}\n`);
process.exitCode = exitCode;
