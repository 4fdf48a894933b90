// The Chromium side of the interop benchmark: the same cases as Node
// (cases.mjs), the modules fetched from the folder named by ?dir=. The
// result lands in window.interopResult; run.mjs waits for it.
import { runAll } from "./cases.mjs";

const params = new URLSearchParams(location.search);
const base = new URL(`/${params.get("dir")}/`, location.href);
const files = {
  bytes: async (name) => new Uint8Array(await (await fetch(new URL(name, base))).arrayBuffer()),
  importModule: (name) => import(new URL(name, base).href),
};
try {
  window.interopResult = await runAll(files, { reps: Number(params.get("reps") ?? 3) });
} catch (e) {
  window.interopResult = { fatal: String(e && e.stack || e) };
}
