// Times one module's run through the shared runtime, in-process (no Node
// start-up in the figure): `node measure.mjs PROGRAM.wasm RUNS [--memviz]`.
// Prints the fastest run in milliseconds. --memviz also reads the whole
// trace and builds the end-of-run snapshot, as `wasmrust run --memviz` does.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runModule } from "../../web/runtime/runtime.mjs";

const [file, runsArg, flag] = process.argv.slice(2);
const wasm = readFileSync(file);
const memviz = flag === "--memviz";
let best = Infinity;
for (let i = 0; i < Number(runsArg || 5); i++) {
  const t0 = performance.now();
  const { exitCode } = await runModule(wasm, () => {}, { memviz });
  const ms = performance.now() - t0;
  if (exitCode !== 0) throw new Error(`exit code ${exitCode}`);
  best = Math.min(best, ms);
}
console.log(best.toFixed(1));
