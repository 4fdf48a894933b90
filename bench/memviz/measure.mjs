// Times one module's run through the shared runtime, in-process (no Node
// start-up in the figure): `node measure.mjs PROGRAM.wasm RUNS [--memviz |
// --live]`. Prints the fastest run in milliseconds. --memviz also reads the
// whole trace and builds the end-of-run snapshot, as `wasmrust run --memviz`
// does; --live does that and takes snapshots while the program runs, as
// the playground's run worker streams them to its Memory panel (at most
// four a second, and at most a tenth of the time).
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { runModule } from "../../web/runtime/runtime.mjs";

const [file, runsArg, flag] = process.argv.slice(2);
const wasm = readFileSync(file);
const memviz = flag === "--memviz" || flag === "--live";
let best = Infinity;
for (let i = 0; i < Number(runsArg || 5); i++) {
  let live = null;
  let next = performance.now() + 250;
  let streamed = 0;
  const stream = () => {
    const now = performance.now();
    if (!live || now < next) return;
    streamed += live.snapshot().length;
    const done = performance.now();
    next = done + Math.max(250, 9 * (done - now));
  };
  const options = flag === "--live"
    ? { memviz, onRunning: (l) => { live = l; }, onTrace: stream }
    : { memviz };
  const t0 = performance.now();
  const { exitCode } = await runModule(wasm, stream, options);
  const ms = performance.now() - t0;
  if (exitCode !== 0) throw new Error(`exit code ${exitCode}`);
  best = Math.min(best, ms);
  if (streamed < 0) throw new Error("unreachable"); // keeps the snapshots from being optimized away
}
console.log(best.toFixed(1));
