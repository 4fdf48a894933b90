// Node entry point of the runtime:
//   node run.mjs program.wasm [--memviz PATH] [--frames N] [--host HOST.mjs] [--invoke NAME ARG...]
// `wasmrust run` uses it; stdout/stderr/exit code are the program's own.
// Tasks of wasm::thread::scope run on a pool of worker threads; where they
// ran in order instead, stderr says so after the run (docs/threads.md).
// With --threads N, N workers run them (0: in order).
// With --memviz, a memviz snapshot of the end of the run (memviz/format.h)
// is written to PATH; a module without the memviz section (a release build)
// writes none and says so on stderr. With --frames, a module that exports
// `frame` has it called N times after `main`, one call every 16 ms
// (runtime.mjs's frame loop).
// With --host, HOST.mjs provides the program's host fns: its default export
// is an import object or a function (context) => import object, and an
// optional `afterMain(exports, context)` export runs after `main` (to call
// exports with strings, for example). With --invoke, the export NAME is
// called after `main` with the numbers ARG... and its value is printed.
import { readFileSync, writeFileSync, writeSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runModule } from "./runtime.mjs";

const args = process.argv.slice(2);
const invokeAt = args.indexOf("--invoke");
const invoke = invokeAt >= 0 ? args.splice(invokeAt) : null;
const hostAt = args.indexOf("--host");
const hostPath = hostAt >= 0 ? args.splice(hostAt, 2)[1] : null;
const host = hostPath ? await import(pathToFileURL(resolve(hostPath)).href) : {};
// Integers beyond 2^53 (or written with an `n`) are BigInts, for i64 exports.
const number = (s) => (/^-?\d+n?$/.test(s) && (s.endsWith("n") || !Number.isSafeInteger(Number(s)))
  ? BigInt(s.replace(/n$/, "")) : Number(s));
const memvizAt = args.indexOf("--memviz");
const snapshotPath = memvizAt >= 0 ? args.splice(memvizAt, 2)[1] : null;
const threadsAt = args.indexOf("--threads");
const workers = threadsAt >= 0 ? Number(args.splice(threadsAt, 2)[1]) : undefined;
const framesAt = args.indexOf("--frames");
const frames = framesAt >= 0 ? Number(args.splice(framesAt, 2)[1]) : 0;
const path = args[0];
if (!path || (memvizAt >= 0 && !snapshotPath) || !(frames >= 0)) {
  process.stderr.write("usage: node run.mjs PROGRAM.wasm [--memviz SNAPSHOT] [--frames N] [--threads N]\n");
  process.exit(2);
}
// stdout is line-buffered and stderr is not, as in a native Rust program:
// programs write each piece of a line separately, and a line costs one
// system call.
let pending = [];
let pendingBytes = 0;
function flushStdout() {
  if (pendingBytes === 0) return;
  write(1, Buffer.concat(pending, pendingBytes));
  pending = [];
  pendingBytes = 0;
}
// A reader that went away (`wasmrust run prog.rs | head`) ends the run
// quietly, as a native program killed by SIGPIPE ends (status 141).
function write(fd, bytes) {
  try {
    writeSync(fd, bytes);
  } catch (e) {
    if (e.code !== "EPIPE") throw e;
    process.exit(141);
  }
}
const { exitCode, error, snapshot, result, threads } = await runModule(readFileSync(path), (fd, bytes) => {
  if (fd === 2) {
    write(2, bytes);
    return;
  }
  pending.push(bytes);
  pendingBytes += bytes.length;
  if (bytes.includes(10) || pendingBytes > 65536) flushStdout();
}, {
  memviz: snapshotPath !== null,
  frames,
  threads: workers,
  imports: host.default,
  afterMain: host.afterMain,
  invoke: invoke && invoke.length > 1 ? { name: invoke[1], args: invoke.slice(2).map(number) } : null,
});
if (result !== undefined) {
  const text = Array.isArray(result) ? result.join(" ") : String(result);
  pending.push(Buffer.from(text + "\n"));
  pendingBytes += text.length + 1;
}
flushStdout();
if (snapshotPath !== null) {
  if (snapshot) writeFileSync(snapshotPath, snapshot);
  else process.stderr.write("memviz: the module has no memviz section (a release build?)\n");
}
// Tasks of `wasm::thread::scope` ran one after another at their spawns:
// say so and why, since a program may expect them to overlap
// (docs/threads.md).
if (threads?.mode === "in-order") {
  const n = threads.tasks === 1 ? "1 task" : `${threads.tasks} tasks`;
  process.stderr.write(`note: ${n} of wasm::thread::scope ran in order: ${threads.reason}\n`);
}
if (error) process.stderr.write(`error: ${error}\n`);
process.exitCode = exitCode;
