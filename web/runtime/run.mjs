// Node entry point of the runtime: `node run.mjs program.wasm [--memviz PATH]
// [--frames N]`. `wasmrust run` uses it; stdout/stderr/exit code are the
// program's own. With --memviz, a memviz snapshot of the end of the run
// (memviz/format.h) is written to PATH; a module without the memviz section
// (a release build) writes none and says so on stderr. With --frames, a
// module that exports `frame` has it called N times after `main`, one call
// every 16 ms (runtime.mjs's frame loop).
import { readFileSync, writeFileSync, writeSync } from "node:fs";
import { runModule } from "./runtime.mjs";

const args = process.argv.slice(2);
const memvizAt = args.indexOf("--memviz");
const snapshotPath = memvizAt >= 0 ? args.splice(memvizAt, 2)[1] : null;
const framesAt = args.indexOf("--frames");
const frames = framesAt >= 0 ? Number(args.splice(framesAt, 2)[1]) : 0;
const path = args[0];
if (!path || (memvizAt >= 0 && !snapshotPath) || !(frames >= 0)) {
  process.stderr.write("usage: node run.mjs PROGRAM.wasm [--memviz SNAPSHOT] [--frames N]\n");
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
const { exitCode, error, snapshot } = await runModule(readFileSync(path), (fd, bytes) => {
  if (fd === 2) {
    writeSync(2, bytes);
    return;
  }
  pending.push(bytes);
  pendingBytes += bytes.length;
  if (bytes.includes(10) || pendingBytes > 65536) flushStdout();
}, { memviz: snapshotPath !== null, frames });
flushStdout();
if (snapshotPath !== null) {
  if (snapshot) writeFileSync(snapshotPath, snapshot);
  else process.stderr.write("memviz: the module has no memviz section (a release build?)\n");
}
if (error) process.stderr.write(`error: ${error}\n`);
process.exitCode = exitCode;
