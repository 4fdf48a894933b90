// The interop benchmark (`make bench-interop`, bench/interop/README.md):
// what crossing the JavaScript/WebAssembly boundary costs with WasmRust's
// zero-glue exports and imports, against a hand-written WAT module and
// against AssemblyScript's and Emscripten's generated bindings, side by
// side in one run, in Node and in headless Chromium.
//
//   node bench/interop/run.mjs [--runs N] [--reps N] [--quick] [--no-browser] [--wasmrust PATH]
//
// Builds every module (build.mjs) into bench/results/interop/, runs N fresh
// Node processes and N fresh Chromium pages (each times every case `reps`
// times and keeps the median), and writes bench/results/interop.md (also
// printed) and interop.json. Exit status 1 when a module computed a wrong
// result or could not be built.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { startServer } from "../../scripts/serve.mjs";
import { buildInterop, BUILDS } from "./build.mjs";
import { CALLS, PEERS, STRING_CALLS, TEXT } from "./cases.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const quick = args.includes("--quick");
const RUNS = Number(opt("--runs", quick ? 1 : 5));
const REPS = Number(opt("--reps", quick ? 1 : 3));
const outDir = path.join(root, "bench/results/interop");
const resultsDir = path.join(root, "bench/results");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// --- build ------------------------------------------------------------------
const buildErrors = {};
const buildTimes = {};
for (const name of Object.keys(BUILDS)) {
  try {
    Object.assign(buildTimes, buildInterop(outDir, { only: [name], wasmrust: opt("--wasmrust", undefined) }));
  } catch (e) {
    buildErrors[name] = e.message;
    console.error(e.message);
  }
}

// --- runs -------------------------------------------------------------------
// Each run gives { times: { case: { peer: [ms] } }, errors }; a run's figure
// for a cell is the median of its reps, the table's the median of the runs.
function collect(runs) {
  const cells = {};
  const errors = {};
  for (const run of runs) {
    for (const [peer, list] of Object.entries(run.errors ?? {})) for (const e of list) (errors[peer] ??= new Set()).add(e);
    for (const [c, byPeer] of Object.entries(run.times ?? {})) {
      for (const [peer, ms] of Object.entries(byPeer)) ((cells[c] ??= {})[peer] ??= []).push(median(ms));
    }
  }
  return { cells, errors: Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [...v]])), runs };
}

const loadBefore = loadavg()[0];
const nodeRuns = [];
for (let i = 0; i < RUNS; i++) {
  const r = spawnSync(process.execPath, [path.join(here, "node_run.mjs"), outDir, String(REPS)], { encoding: "utf8" });
  if (r.status !== 0) {
    nodeRuns.push({ errors: { node: [`node_run.mjs failed: ${r.stderr.trim().split("\n").pop()}`] } });
    continue;
  }
  nodeRuns.push(JSON.parse(r.stdout.trim().split("\n").pop()));
}
const node = collect(nodeRuns);

let browser = null;
let chromiumVersion = null;
if (!args.includes("--no-browser")) {
  const { chromium } = createRequire(path.join(root, "playground/package.json"))("playwright-core");
  const server = await startServer({ root, port: 0, csp: false }); // the timed loops are `new Function`s
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"] });
  chromiumVersion = b.version();
  const pageRuns = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const ctx = await b.newContext();
      const page = await ctx.newPage();
      await page.goto(`${server.url}bench/interop/page.html?dir=bench/results/interop&reps=${REPS}`);
      await page.waitForFunction(() => window.interopResult, null, { timeout: 600000 });
      const result = await page.evaluate(() => window.interopResult);
      pageRuns.push(result.fatal ? { errors: { page: [result.fatal] } } : result);
      await ctx.close();
    }
  } finally {
    await b.close();
    await server.close();
  }
  browser = collect(pageRuns);
}
const loadAfter = loadavg()[0];

// --- table ------------------------------------------------------------------
const CASES = [
  { key: "add", title: `add(i32, i32) called from JavaScript ${CALLS.toLocaleString("en")} times`, calls: CALLS, base: "wat", unit: ["ns", 1e6] },
  { key: "import", title: `a host fn called from WebAssembly ${CALLS.toLocaleString("en")} times`, calls: CALLS, base: "wat", unit: ["ns", 1e6] },
  { key: "string", title: `upper(s) of a ${TEXT.length}-byte string and back, ${STRING_CALLS.toLocaleString("en")} times`, calls: STRING_CALLS, base: "wasmrust", unit: ["µs", 1e3] },
];
const fmt = (x, d = 2) => (x === undefined ? "n/a" : x.toFixed(d));
const engines = [["Node", node], ...(browser ? [["Chromium", browser]] : [])];

let md = "# Interop: crossing the JavaScript/WebAssembly boundary\n\n";
md += "Median of " + RUNS + " fresh processes/pages, each the median of " + REPS + " timings after a warm-up " +
  "(bench/interop/README.md). Per call = the timed loop's wall time over its number of calls; " +
  "ratio = to the hand-written WAT module (add, host fn) or to WasmRust (string); below 1.00 is faster.\n";
const verdicts = [];
for (const c of CASES) {
  md += `\n## ${c.title}\n\n| Implementation |`;
  for (const [e] of engines) md += ` ${e} ms | ${e} ${c.unit[0]}/call | ${e} ratio |`;
  md += "\n|---|" + engines.map(() => "--:|--:|--:|").join("") + "\n";
  for (const p of PEERS.filter((p) => p.cases.includes(c.key))) {
    md += `| ${p.label} |`;
    for (const [, data] of engines) {
      const ms = data.cells[c.key]?.[p.name];
      const base = data.cells[c.key]?.[c.base];
      const m = ms && median(ms);
      md += ` ${fmt(m)} | ${fmt(m && (m * c.unit[1]) / c.calls, 1)} | ${fmt(m && base && m / median(base))} |`;
    }
    md += "\n";
  }
  for (const [e, data] of engines) {
    const row = data.cells[c.key] ?? {};
    const meds = Object.entries(row).map(([p, ms]) => [p, median(ms)]).sort((a, b) => a[1] - b[1]);
    if (!meds.length) continue;
    if (c.base === "wat" && row.wat && row.wasmrust) {
      // Paired: each run's WasmRust over the same run's WAT (timed
      // alternately), which a burst of load moves less than either alone.
      const paired = median(row.wasmrust.map((x, i) => x / row.wat[i]));
      verdicts.push(`${e}, ${c.key}: WasmRust ÷ WAT = ${fmt(median(row.wasmrust) / median(row.wat))}, ` +
        `paired per run ${fmt(paired)} (target 1.00 within noise; runs: WAT ${row.wat.map((x) => fmt(x, 0)).join("/")} ms, ` +
        `WasmRust ${row.wasmrust.map((x) => fmt(x, 0)).join("/")} ms)`);
    } else if (c.key === "string") {
      const peers = meds.filter(([p]) => p !== "wasmrust-reuse");
      verdicts.push(`${e}, string: lowest ${peers[0][0]} (${peers.map(([p, m]) => `${p} ${fmt(m)} ms`).join(", ")})`);
    }
  }
}
// What each implementation ships: its module and the JavaScript it needs
// beyond the caller's own code (the WasmRust rows need none, or the
// optional wrapper).
const SHIPPED = [
  ["hand-written WAT", ["baseline.wasm"], []],
  ["WasmRust", ["interop.wasm"], []],
  ["WasmRust, --emit js wrapper", ["interop.wasm"], ["interop.mjs"]],
  ["AssemblyScript (bindings)", ["interop_as.wasm"], ["interop_as.js"]],
  ["Emscripten embind", ["interop_embind.wasm"], ["interop_embind.mjs"]],
];
const size = (f) => (existsSync(path.join(outDir, f)) ? readFileSync(path.join(outDir, f)) : null);
const sizes = {};
md += "\n## What each ships\n\n| Implementation | .wasm (B) | JavaScript (B) | both, gzip -9 (B) |\n|---|--:|--:|--:|\n";
for (const [label, wasm, js] of SHIPPED) {
  const parts = [...wasm, ...js].map(size);
  if (parts.some((b) => !b)) continue;
  const sum = (list) => list.reduce((n, f) => n + size(f).length, 0);
  const gz = parts.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0);
  sizes[label] = { wasm: sum(wasm), js: sum(js), gzip: gz };
  md += `| ${label} | ${sum(wasm)} | ${sum(js)} | ${gz} |\n`;
}

md += "\n## Verdicts\n\n" + verdicts.map((v) => `- ${v}`).join("\n") + "\n";
const allErrors = { build: buildErrors, node: node.errors, chromium: browser?.errors ?? {} };
const problems = Object.entries(allErrors).flatMap(([where, e]) => Object.entries(e).map(([k, v]) => `${where} ${k}: ${[].concat(v).join("; ")}`));
if (problems.length) md += "\n## Problems\n\n" + problems.map((p) => `- ${p.replace(/\n/g, " ")}`).join("\n") + "\n";
md += `\n${process.version} (Node); ${chromiumVersion ? `Chromium ${chromiumVersion}` : "no browser run"}; ` +
  `${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}.\n`;

mkdirSync(resultsDir, { recursive: true });
writeFileSync(path.join(resultsDir, "interop.md"), md);
writeFileSync(path.join(resultsDir, "interop.json"), JSON.stringify({
  calls: CALLS, stringCalls: STRING_CALLS, textBytes: TEXT.length, runs: RUNS, reps: REPS,
  node: { version: process.version, cells: node.cells, runs: node.runs },
  chromium: browser && { version: chromiumVersion, cells: browser.cells, runs: browser.runs },
  buildMs: buildTimes, sizes, errors: allErrors, loadavg: [loadBefore, loadAfter],
}, null, 1));
process.stdout.write(md);
process.exit(problems.length ? 1 : 0);
