// The browser benchmark (`make bench-web`): WasmRust's in-page compiler
// against AssemblyScript's, both in the same headless Debian Chromium.
//
//   1. download: the compiler's files as the page fetches them, gzip -9;
//   2. first result: navigation start to the first compiled-and-run
//      program, in a fresh browser context (empty cache), median of 5 —
//      for the playground itself and for a bare page per compiler;
//   3. recompile: a ~1,000-line program (bench/browser_programs.mjs, the
//      same program in both languages) compiled again and again in the
//      page, dev tier (no optimization), median;
//   4. throughput: lines per second in the page against the same compiler
//      outside the browser (WasmRust's native CLI, less its process start;
//      AssemblyScript's asc called in-process by Node).
//
// Needs `bash scripts/build.sh --playground` and bench/node_modules (setup).
// Prints a table and writes bench/results/browser.{md,json}.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
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

// --- 2/3. in Chromium ---------------------------------------------------------
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

async function recompile(engine, src, n) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(`${repo.url}bench/browser_bench.html?engine=${engine}`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 60000 });
  const r = await page.evaluate(([s, k]) => window.bench.recompile(s, k), [src, n]);
  await ctx.close();
  return r;
}
const wrBig = wasmrustBig();
const asBig = assemblyscriptBig();
const page = { wasmrust: await recompile("wasmrust", wrBig, 30), assemblyscript: await recompile("as", asBig, 8) };
await browser.close();
await playground.close();
await repo.close();
if (page.wasmrust.output !== page.assemblyscript.output)
  throw new Error(`the two programs disagree: ${page.wasmrust.output} vs ${page.assemblyscript.output}`);

// --- 4. outside the browser -----------------------------------------------------
const work = mkdtempSync(path.join(tmpdir(), "wr-bench-web-"));
writeFileSync(path.join(work, "big.rs"), wrBig);
const cli = path.join(root, "build/bin/wasmrust");
function wall(args, n) {
  const times = [];
  for (let i = 0; i < n + 2; i++) {
    const t0 = performance.now();
    const r = spawnSync(cli, args, { cwd: work });
    if (r.status !== 0) throw new Error(`wasmrust ${args.join(" ")}: ${r.stderr}`);
    if (i >= 2) times.push(performance.now() - t0);
  }
  return times;
}
const nativeBuild = wall(["build", "big.rs", "-o", "big.wasm"], 20);
const nativeStart = wall(["--version"], 20);
const asc = await import(pathToFileURL(path.join(nm, "assemblyscript/dist/asc.js")).href);
const nodeAs = [];
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  const { error } = await asc.main(["main.ts", "--outFile", "main.wasm", "--runtime", "stub", "--use", "abort="], {
    readFile: (n) => (n === "main.ts" ? asBig : null), writeFile: () => {}, listFiles: () => [],
  });
  if (error) throw error;
  if (i >= 2) nodeAs.push(performance.now() - t0);
}

// --- report ---------------------------------------------------------------------
const wrPage = median(page.wasmrust.times);
const asPage = median(page.assemblyscript.times);
const wrNative = Math.max(0.01, median(nativeBuild) - median(nativeStart));
const asNode = median(nodeAs);
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
const ms = (n) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const klps = (src, t) => `${((lines(src) / t) * 1000 / 1000).toFixed(0)}k lines/s`;
const results = {
  sizes, first, page, native: { wasmrustBuild: nativeBuild, wasmrustStart: nativeStart, assemblyscriptNode: nodeAs },
  lines: { wasmrust: lines(wrBig), assemblyscript: lines(asBig) },
  chromium: spawnSync("/usr/bin/chromium", ["--version"]).stdout?.toString().trim(),
};
const table = `| | WasmRust | AssemblyScript | target (WasmRust) |
|---|---|---|---|
| compiler download, gzip -9 | ${kb(sizes.wasmrust.compilerGzip)} (raw ${kb(sizes.wasmrust.compilerRaw)}) | ${kb(sizes.assemblyscript.compilerGzip)} (raw ${kb(sizes.assemblyscript.compilerRaw)}) | ≤ 1024 KiB |
| whole playground page, gzip -9 (Binaryen excluded) | ${kb(sizes.wasmrust.playgroundGzip)} | — | |
| navigation → first compiled-and-run result, playground | ${ms(median(first.playground))} | — | ≤ 1500 ms |
| navigation → first compiled-and-run result, bare page | ${ms(median(first.wasmrust))} | ${ms(median(first.assemblyscript))} | |
| recompile ~1,000 lines in the page (dev tier), median | ${ms(wrPage)} (${lines(wrBig)} lines) | ${ms(asPage)} (${lines(asBig)} lines) | ≤ 30 ms |
| same outside the browser | ${ms(wrNative)} (native CLI) | ${ms(asNode)} (Node, in-process) | |
| page throughput | ${klps(wrBig, wrPage)} | ${klps(asBig, asPage)} | |
| page time ÷ outside time | ${(wrPage / wrNative).toFixed(2)}× | ${(asPage / asNode).toFixed(2)}× | ≤ 2× |

${RUNS} fresh-context loads per first-result figure; 30 (WasmRust) and 8 (AssemblyScript) timed
recompiles after 2 warm-ups; native CLI: median wall time of 20 \`wasmrust build\` runs less the
median of 20 \`wasmrust --version\` runs (${ms(median(nativeStart))}). Both programs print ${page.wasmrust.output.trim()}.
${results.chromium}, ${new Date().toISOString().slice(0, 10)}.
`;
console.log(table);
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, "bench/results/browser.md"), table);
writeFileSync(path.join(root, "bench/results/browser.json"), JSON.stringify(results, null, 2));
