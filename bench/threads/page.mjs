// The threads benchmark's page: runs the built mandelbrot variants through
// the shared runtime (web/runtime/runtime.mjs, whose TaskPool starts Web
// Workers here) in alternation and leaves the times in window.threadsResult.
import { timeVariants } from "./measure.mjs";

const params = new URLSearchParams(location.search);
const dir = params.get("dir");
const runs = Number(params.get("runs") ?? 5);
try {
  const fetchBytes = async (name) => new Uint8Array(await (await fetch(`/${dir}/${name}`)).arrayBuffer());
  window.threadsResult = { isolated: crossOriginIsolated, ...(await timeVariants(fetchBytes, runs)) };
} catch (e) {
  window.threadsResult = { fatal: String(e?.stack ?? e) };
}
