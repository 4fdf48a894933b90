// Times the mandelbrot variants (bench/threads/run.mjs builds them) in this
// host, Node or a page: each run is the time from just before `main` to
// its end (the runtime's workers are started before, as they are once per
// program), variants alternating so that a busy moment hits them alike.
// Every run's output is checked against the others'.
import { runModule } from "../../web/runtime/runtime.mjs";

export const VARIANTS = [
  { name: "1 task", file: "mandelbrot_1.wasm" },
  { name: "64 tasks", file: "mandelbrot_64.wasm" },
];

export async function timeVariants(readBytes, runs) {
  const times = {};
  const outputs = new Set();
  let workers = null;
  const modules = {};
  for (const v of VARIANTS) modules[v.name] = await readBytes(v.file);
  for (let i = 0; i < runs + 1; i++) {
    for (const v of VARIANTS) {
      let text = "";
      let start = 0;
      const decoder = new TextDecoder();
      const result = await runModule(modules[v.name], (fd, b) => { text += decoder.decode(b); },
        { onRunning: () => { start = performance.now(); } });
      const ms = performance.now() - start;
      if (result.exitCode !== 0) throw new Error(`${v.name}: exit ${result.exitCode} ${result.error ?? ""} ${text}`);
      if (result.threads?.mode !== "threads") throw new Error(`${v.name}: tasks ran in order (${result.threads?.reason})`);
      workers = result.threads.workers;
      outputs.add(text.trim());
      if (i > 0) (times[v.name] ??= []).push(ms); // the first round warms up
    }
  }
  if (outputs.size !== 1) throw new Error(`the variants disagree: ${[...outputs].join(" / ")}`);
  return { times, workers, output: [...outputs][0] };
}
