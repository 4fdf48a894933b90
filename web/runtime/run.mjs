// Node entry point of the runtime: `node run.mjs program.wasm`.
// `wasmrust run` uses it; stdout/stderr/exit code are the program's own.
import { readFileSync, writeSync } from "node:fs";
import { runModule } from "./runtime.mjs";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: node run.mjs PROGRAM.wasm\n");
  process.exit(2);
}
const { exitCode, error } = await runModule(readFileSync(path), (fd, bytes) => {
  // Synchronous writes keep stdout/stderr ordered like a native program's.
  writeSync(fd === 2 ? 2 : 1, bytes);
});
if (error) process.stderr.write(`error: ${error}\n`);
process.exitCode = exitCode;
