// The threads benchmark (`make bench-threads`, part of `make bench`): the
// same parallel mandelbrot (mandelbrot_tasks.rs) built with its rows in 1
// task and in 64, run through the shared runtime in Node (worker_threads)
// and in headless Chromium (Web Workers, a cross-origin-isolated page),
// in one run. The speedup is 1 task's time over 64 tasks'; the issue's
// target is at least 1.8 on 2 cores.
//
//   node bench/threads/run.mjs [--runs N] [--no-browser] [--wasmrust PATH]
//
// Writes bench/results/threads.md and .json; exits 1 if a variant failed
// or printed another total.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, loadavg } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";
import { VARIANTS } from "./measure.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt("--runs", 5));
const wasmrust = opt("--wasmrust", path.join(root, "build/bin/wasmrust"));
const outDir = path.join(root, "bench/results/threads");
mkdirSync(outDir, { recursive: true });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// Both variants, release builds.
const source = readFileSync(path.join(here, "mandelbrot_tasks.rs"), "utf8");
for (const tasks of [1, 64]) {
  const file = path.join(outDir, `mandelbrot_${tasks}.rs`);
  writeFileSync(file, source.replace("const TASKS: usize = 1;", `const TASKS: usize = ${tasks};`));
  const built = spawnSync(wasmrust, ["build", "--release", file, "-o", path.join(outDir, `mandelbrot_${tasks}.wasm`)],
    { encoding: "utf8" });
  if (built.status !== 0) {
    console.error(built.stderr);
    process.exit(1);
  }
}

const results = {};
const problems = [];
const loadBefore = loadavg()[0];
const node = spawnSync(process.execPath, [path.join(here, "node_run.mjs"), outDir, String(RUNS)], { encoding: "utf8" });
if (node.status === 0) results.Node = JSON.parse(node.stdout.trim().split("\n").pop());
else problems.push(`Node: ${node.stderr.trim().split("\n").slice(-3).join(" ")}`);

let chromiumVersion = null;
if (!args.includes("--no-browser")) {
  const { chromium } = createRequire(path.join(root, "playground/package.json"))("playwright-core");
  const server = await startServer({ root, port: 0 });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  chromiumVersion = browser.version();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}bench/threads/page.html?dir=bench/results/threads&runs=${RUNS}`);
    await page.waitForFunction(() => window.threadsResult, null, { timeout: 600000 });
    const r = await page.evaluate(() => window.threadsResult);
    if (r.fatal) problems.push(`Chromium: ${r.fatal}`);
    else results.Chromium = r;
  } finally {
    await browser.close();
    await server.close();
  }
}
const loadAfter = loadavg()[0];

const fmt = (x, d = 0) => x.toFixed(d);
let md = "# Threads: a parallel mandelbrot on wasm::thread::scope\n\n" +
  `bench/threads/mandelbrot_tasks.rs (2048x1536, release build) with its rows in 1 task and in 64; ` +
  `median of ${RUNS} runs after a warm-up, each from just before \`main\` to its end. ` +
  `${availableParallelism()} cores, load average ${fmt(loadBefore, 2)} before, ${fmt(loadAfter, 2)} after. ` +
  "Speedup = 1 task's time over 64 tasks' (target: at least 1.80 on 2 cores).\n\n" +
  "| Host | workers | " + VARIANTS.map((v) => `${v.name} (ms)`).join(" | ") + " | speedup |\n|---|--:|" +
  VARIANTS.map(() => "--:|").join("") + "--:|\n";
const verdicts = [];
for (const [host, r] of Object.entries(results)) {
  const ms = VARIANTS.map((v) => median(r.times[v.name]));
  const speedup = ms[0] / ms[1];
  md += `| ${host} | ${r.workers} | ${ms.map((m) => fmt(m)).join(" | ")} | ${fmt(speedup, 2)} |\n`;
  verdicts.push(`${host}: ${fmt(speedup, 2)}x with ${r.workers} worker(s) and the main thread ` +
    `(runs: ${VARIANTS.map((v) => r.times[v.name].map((x) => fmt(x)).join("/")).join(" vs ")} ms)`);
}
if (problems.length) md += "\nProblems:\n\n" + problems.map((p) => `- ${p}\n`).join("");
md += "\n" + verdicts.map((v) => `- ${v}\n`).join("");
mkdirSync(path.join(root, "bench/results"), { recursive: true });
writeFileSync(path.join(root, "bench/results/threads.md"), md);
writeFileSync(path.join(root, "bench/results/threads.json"),
  JSON.stringify({ runs: RUNS, chromium: chromiumVersion, node: process.version, loadBefore, loadAfter, results, problems }, null, 1));
console.log(md);
process.exitCode = problems.length ? 1 : 0;
