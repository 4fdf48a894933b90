// The browser benchmark (`make bench-web`): WasmRust's in-page compiler
// against AssemblyScript's, both in the same headless Debian Chromium.
//
//   1. download: the compiler's files as the page fetches them, gzip -9;
//   2. first result: navigation start to the first compiled-and-run
//      program, in a fresh browser context (empty cache), median of 5 —
//      for the playground itself and for a bare page per compiler;
//   3. recompile: a ~1,000-line program (bench/browser_programs.mjs, the
//      same program in both languages) compiled again and again in the
//      page, dev tier (no optimization): the first compiles after loading,
//      then, after a warm-up, the median of the compile call's wall time;
//      for WasmRust also the compiler's own time inside WebAssembly;
//   4. throughput: the same compiles outside the browser, in-process, in
//      alternating rounds with the page's — WasmRust's native CLI timing
//      its own driver (`build --time-passes=json --repeat N`), AssemblyScript's
//      asc called by Node — and the ratio page ÷ outside.
//
// Needs `bash scripts/build.sh --playground` and bench/node_modules (setup).
// Prints a table and writes bench/results/browser.{md,json}.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { startServer } from "../scripts/serve.mjs";
import { assemblyscriptBig, lines, wasmrustBig } from "./browser_programs.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { chromium } = createRequire(path.join(root, "playground/package.json"))("playwright-core");
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
              "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const gz = (files) => files.reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
const raw = (files) => files.reduce((n, f) => n + readFileSync(f).length, 0);

// --- 1. download sizes ------------------------------------------------------
const dist = path.join(root, "playground/dist");
const assets = readdirSync(path.join(dist, "assets")).map((f) => path.join(dist, "assets", f));
const pick = (re) => assets.filter((f) => re.test(path.basename(f)));
const wrCompilerFiles = [...pick(/^wasmrust-core-.*\.wasm$/), ...pick(/^compile\.worker-.*\.js$/)];
const pageFiles = [path.join(dist, "index.html"), ...pick(/\.(js|css|wasm)$/).filter((f) => !/binaryen/.test(f))];
const nm = path.join(root, "bench/node_modules");
const asFiles = ["assemblyscript/dist/asc.js", "assemblyscript/dist/assemblyscript.js", "binaryen/index.js",
                 "long/index.js"].map((f) => path.join(nm, f));
const sizes = {
  wasmrust: { compilerGzip: gz(wrCompilerFiles), compilerRaw: raw(wrCompilerFiles), playgroundGzip: gz(pageFiles) },
  assemblyscript: { compilerGzip: gz(asFiles), compilerRaw: raw(asFiles) },
};

// --- 2. first result, in Chromium -------------------------------------------
const playground = await startServer({ root: dist, port: 0 });
const repo = await startServer({ root, port: 0, csp: false }); // the bench page has an inline import map
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ARGS });

async function firstResult(url, ready, mark) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(url);
    await page.waitForFunction(ready, null, { timeout: 60000 });
    times.push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, mark));
    await ctx.close();
  }
  return times;
}

const first = {
  playground: await firstResult(playground.url, () => document.body.dataset.runs === "1", "wasmrust:first-result"),
  wasmrust: await firstResult(`${repo.url}bench/browser_bench.html?engine=wasmrust`, () => document.body.dataset.ready, "first-result"),
  assemblyscript: await firstResult(`${repo.url}bench/browser_bench.html?engine=as`, () => document.body.dataset.ready, "first-result"),
};

// --- 3/4. recompiles, in the page and outside the browser ------------------------
// The same source, options (dev tier) and file name on both sides. First the
// compiles right after loading (V8 still moving the compiler's code to its
// optimizing tier); then, after a warm-up, rounds that alternate the page and
// the outside so that a busy machine weighs on both.
const COLD_N = 10; // compiles right after the first result, per engine
// Short rounds, so that both sides meet the same bursts of load.
const WR_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WR_N = Number(process.env.BENCH_RECOMPILES ?? 5); // WasmRust compiles per round and side
const AS_ROUNDS = Number(process.env.BENCH_AS_ROUNDS ?? 10);
const AS_N = Number(process.env.BENCH_AS_RECOMPILES ?? 2); // AssemblyScript compiles per round and side
const WR_WARM = { compiles: 200, ms: 2000 }; // the page's warm-up (V8 tiering); natively 10 compiles
const AS_WARM = { compiles: 2, ms: 0 };
const NATIVE_WARM = 10;

const wrBig = wasmrustBig();
const asBig = assemblyscriptBig();
const work = mkdtempSync(path.join(tmpdir(), "wr-bench-web-"));
writeFileSync(path.join(work, "main.rs"), wrBig); // the page compiles it as main.rs too
const cli = path.join(root, "build/bin/wasmrust");

async function benchPage(engine) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${repo.url}bench/browser_bench.html?engine=${engine}`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60000 });
  return page;
}
const pageRecompiles = (page, src, n) => page.evaluate(([s, k]) => window.bench.recompile(s, k), [src, n]);
const pageWarmUp = (page, src, w) => page.evaluate(([s, c, t]) => window.bench.warmUp(s, c, t), [src, w.compiles, w.ms]);

// `wasmrust build --time-passes=json --repeat`: the driver's own time of
// warm + n compiles in one process; the first `warm` are dropped.
function nativeCompiles(warm, n) {
  const r = spawnSync(cli, ["build", "main.rs", "-o", "main.wasm", "--time-passes=json", "--repeat", String(warm + n)],
                      { cwd: work });
  if (r.status !== 0) throw new Error(`wasmrust build: ${r.stderr}`);
  const report = JSON.parse(r.stderr.toString().trim().split("\n").pop());
  return report.totals.slice(warm);
}

const asc = await import(pathToFileURL(path.join(nm, "assemblyscript/dist/asc.js")).href);
async function nodeAsCompiles(warm, n) {
  const times = [];
  for (let i = 0; i < warm + n; i++) {
    const t0 = performance.now();
    const { error } = await asc.main(["main.ts", "--outFile", "main.wasm", "--runtime", "stub", "--use", "abort="], {
      readFile: (name) => (name === "main.ts" ? asBig : null), writeFile: () => {}, listFiles: () => [],
    });
    if (error) throw error;
    if (i >= warm) times.push(performance.now() - t0);
  }
  return times;
}

// WasmRust first, then AssemblyScript, each with only its own page open: a
// JavaScript compiler as large as asc keeps V8's background threads busy
// (optimizing, collecting) for a while after it runs, which on a small
// machine would slow whatever is measured next.
const idle = () => new Promise((resolve) => setTimeout(resolve, 1000));
await idle();
const loadBefore = loadavg()[0];
const m = { wrPage: [], wrInside: [], wrNative: [], asPage: [], asNode: [] };
const cold = {};
const warmUps = {};
const wrPageTab = await benchPage("wasmrust");
const crossOriginIsolated = await wrPageTab.evaluate(() => self.crossOriginIsolated);
cold.wrPage = (await pageRecompiles(wrPageTab, wrBig, COLD_N)).times;
warmUps.wasmrust = await pageWarmUp(wrPageTab, wrBig, WR_WARM);
let wrLast = null;
for (let round = 0; round < WR_ROUNDS; round++) {
  wrLast = await pageRecompiles(wrPageTab, wrBig, WR_N);
  m.wrPage.push(...wrLast.times);
  m.wrInside.push(...wrLast.inside);
  m.wrNative.push(...nativeCompiles(NATIVE_WARM, WR_N));
}
await wrPageTab.context().close();
await idle();
const asPageTab = await benchPage("as");
cold.asPage = (await pageRecompiles(asPageTab, asBig, COLD_N)).times;
warmUps.assemblyscript = await pageWarmUp(asPageTab, asBig, AS_WARM);
await nodeAsCompiles(AS_WARM.compiles, 0);
let asLast = null;
for (let round = 0; round < AS_ROUNDS; round++) {
  asLast = await pageRecompiles(asPageTab, asBig, AS_N);
  m.asPage.push(...asLast.times);
  m.asNode.push(...(await nodeAsCompiles(0, AS_N)));
}
const loadAfter = loadavg()[0];
await browser.close();
await playground.close();
await repo.close();
if (wrLast.output !== asLast.output)
  throw new Error(`the two programs disagree: ${wrLast.output} vs ${asLast.output}`);
const nativeWasm = readFileSync(path.join(work, "main.wasm"));
if (Buffer.compare(Buffer.from(wrLast.wasm), nativeWasm) !== 0)
  throw new Error("the page and the native CLI compiled different modules from the same source");

// --- report ---------------------------------------------------------------------
const med = {
  wrPage: median(m.wrPage), wrInside: median(m.wrInside), wrNative: median(m.wrNative),
  asPage: median(m.asPage), asNode: median(m.asNode),
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * q)];
const fastest = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.min(...v)]));
const p10 = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, quantile(v, 0.1)]));
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
const ms = (n) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const klps = (src, t) => `${((lines(src) / t) * 1000 / 1000).toFixed(0)}k lines/s`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const results = {
  sizes, first,
  recompile: {
    cold: { compiles: COLD_N, median: { wrPage: median(cold.wrPage), asPage: median(cold.asPage) }, all: cold },
    warmUp: { wasmrust: { ...WR_WARM, done: warmUps.wasmrust }, assemblyscript: { ...AS_WARM, done: warmUps.assemblyscript },
              native: NATIVE_WARM },
    rounds: { wasmrust: WR_ROUNDS, assemblyscript: AS_ROUNDS }, perRound: { wasmrust: WR_N, assemblyscript: AS_N },
    median: med, p10, fastest, all: m, moduleBytes: nativeWasm.length, output: wrLast.output.trim(),
  },
  ratios: { pageOverNative: med.wrPage / med.wrNative, insideOverNative: med.wrInside / med.wrNative,
            assemblyscriptPageOverNode: med.asPage / med.asNode },
  lines: { wasmrust: lines(wrBig), assemblyscript: lines(asBig) },
  machine: { cores: cpus().length, loadBefore, loadAfter, crossOriginIsolated },
  chromium: spawnSync("/usr/bin/chromium", ["--version"]).stdout?.toString().trim(),
};
const table = `| | WasmRust | AssemblyScript | target (WasmRust) |
|---|---|---|---|
| compiler download, gzip -9 | ${kb(sizes.wasmrust.compilerGzip)} (raw ${kb(sizes.wasmrust.compilerRaw)}) | ${kb(sizes.assemblyscript.compilerGzip)} (raw ${kb(sizes.assemblyscript.compilerRaw)}) | ≤ 1024 KiB |
| whole playground page, gzip -9 (Binaryen excluded) | ${kb(sizes.wasmrust.playgroundGzip)} | — | |
| navigation → first compiled-and-run result, playground | ${ms(median(first.playground))} | — | ≤ 1500 ms |
| navigation → first compiled-and-run result, bare page | ${ms(median(first.wasmrust))} | ${ms(median(first.assemblyscript))} | |
| first ${COLD_N} compiles of ~1,000 lines after loading, median | ${ms(results.recompile.cold.median.wrPage)} | ${ms(results.recompile.cold.median.asPage)} | |
| recompile ~1,000 lines in the page (dev tier), median | ${ms(med.wrPage)} (${lines(wrBig)} lines) | ${ms(med.asPage)} (${lines(asBig)} lines) | ≤ 30 ms |
| … of which inside the compiler (its own clock, in WebAssembly) | ${ms(med.wrInside)} | — | |
| same compile outside the browser, in-process, median | ${ms(med.wrNative)} (native CLI) | ${ms(med.asNode)} (asc in Node) | |
| page throughput | ${klps(wrBig, med.wrPage)} | ${klps(asBig, med.asPage)} | |
| page ÷ outside | ${ratio(med.wrPage, med.wrNative)} | ${ratio(med.asPage, med.asNode)} | ≤ 2× |
| page ÷ outside, the compiler's own time on both sides | ${ratio(med.wrInside, med.wrNative)} | — | |

${RUNS} fresh-context loads per first-result figure. In the page every compile is one call on the main thread, no
worker: WasmRust's \`compile()\` (the source into WebAssembly memory, the compile, then bytes, diagnostics and the
size breakdown back to JavaScript), AssemblyScript's \`asc.main\`. The first ${COLD_N} compiles follow the first result
directly, while V8 is still moving the compiler's code from its baseline to its optimizing tier. Then a warm-up
(WasmRust: ${warmUps.wasmrust} compiles, for at least ${WR_WARM.compiles} and ${WR_WARM.ms / 1000} s; AssemblyScript: ${warmUps.assemblyscript}) and
rounds that alternate the page and the outside, ${WR_ROUNDS} of ${WR_N} WasmRust compiles per side and ${AS_ROUNDS} of ${AS_N} AssemblyScript
compiles (${WR_N * WR_ROUNDS} and ${AS_N * AS_ROUNDS} per figure). Outside: WasmRust's native CLI, the time its driver measures around the
same compile (\`wasmrust build --time-passes=json --repeat N\`, first ${NATIVE_WARM} dropped: no process start, no file
I/O); AssemblyScript's \`asc.main\` called in-process by Node. Tenth percentile, less moved by a busy machine: page
${ms(p10.wrPage)}, inside ${ms(p10.wrInside)}, native ${ms(p10.wrNative)} (${ratio(p10.wrPage, p10.wrNative)} and ${ratio(p10.wrInside, p10.wrNative)}); AssemblyScript ${ms(p10.asPage)} and
${ms(p10.asNode)}. The page and the CLI compiled the same source to the same ${nativeWasm.length} bytes; both programs print
${wrLast.output.trim()}.
${results.chromium}; ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}; ${new Date().toISOString().slice(0, 10)}.
`;
console.log(table);
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, "bench/results/browser.md"), table);
writeFileSync(path.join(root, "bench/results/browser.json"), JSON.stringify(results, null, 2));
