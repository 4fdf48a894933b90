// Runs benchmark modules in headless Debian Chromium, the browser twin of
// node_runner.mjs, for run_bench.py's "Run, Chromium" column.
//
//   node bench/chromium_runner.mjs JOBS.json
//
// JOBS.json: {"runs": N, "modules": ["bench/results/build/fib/clang.speed.wasm", ...]}
// (paths relative to the repository). Starts one Chromium and, for every
// module, N fresh pages (bench/chromium_page.html), alternating between
// modules so that a burst of load falls on all of them; prints one JSON
// object {"chromium": version, "results": {module: [result, ...]}} whose
// results have node_runner's shape. V8 runs with the flags the Node runs
// use (--no-liftoff --no-wasm-lazy-compilation): every function is compiled
// by TurboFan during instantiation, outside the timed main().
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../scripts/serve.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const jobs = JSON.parse(readFileSync(process.argv[2], "utf8"));
const { chromium } = createRequire(path.join(root, "playground/package.json"))("playwright-core");

// Cross-origin isolated, so that performance.now() has its fine resolution.
const server = await startServer({ root, port: 0, csp: false });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync",
         "--js-flags=--no-liftoff --no-wasm-lazy-compilation"],
});
const version = browser.version();
const results = Object.fromEntries(jobs.modules.map((m) => [m, []]));
try {
  for (let run = 0; run < jobs.runs; run++) {
    for (const module of jobs.modules) {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      try {
        await page.goto(`${server.url}bench/chromium_page.html?wasm=${encodeURIComponent(module)}`);
        await page.waitForFunction(() => window.benchResult, null, { timeout: 300000 });
        results[module].push(await page.evaluate(() => window.benchResult));
      } catch (e) {
        results[module].push({ ok: false, error: String(e.message || e).split("\n")[0] });
      } finally {
        await ctx.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
process.stdout.write(JSON.stringify({ chromium: version, results }) + "\n");
