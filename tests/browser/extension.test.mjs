// The Chrome DevTools extension (devtools/extension/) in headless Chromium:
// loaded unpacked, with DevTools opened on a page that runs a dev build of
// a WasmRust program; the "WasmRust" panel is shown through the DevTools
// protocol (the DevTools front end is itself a page), and the panel's app
// must list that page's regions and handles. On a page without a WasmRust
// program the panel says so. Screenshots: tests/out/browser/extension-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS, root, shots } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const { chromium } = createRequire(path.join(root, "playground/package.json"))("playwright-core");
const extension = path.join(root, "devtools/extension");

let server;
let context;
before(async () => {
  assert.ok(existsSync(path.join(extension, "app/devtools-core.wasm")),
    "the extension's app is missing: run scripts/build.sh --wasm");
  mkdirSync(shots, { recursive: true }); // a fresh clone has no tests/out/ yet
  // A site with two pages: one runs a dev build through the WasmRust runtime.
  const site = mkdtempSync(path.join(tmpdir(), "wr-ext-site-"));
  for (const f of ["runtime.mjs", "memviz.mjs", "float_format.mjs", "threads.mjs", "thread_worker.mjs"])
    copyFileSync(path.join(root, "web/runtime", f), path.join(site, f));
  execFileSync(path.join(root, "build/bin/wasmrust"),
    ["build", "examples/26-linear-canvas.rs", "-o", path.join(site, "prog.wasm")], { cwd: root });
  writeFileSync(path.join(site, "index.html"), `<!doctype html><meta charset="utf-8">
<title>A page running WasmRust</title><link rel="icon" href="data:,">
<script type="module" src="main.mjs"></script><pre id="out"></pre>`);
  writeFileSync(path.join(site, "main.mjs"), `import { runModule } from "./runtime.mjs";
const wasm = new Uint8Array(await (await fetch("prog.wasm")).arrayBuffer());
const { exitCode } = await runModule(wasm, (fd, bytes) => {
  document.getElementById("out").textContent += new TextDecoder().decode(bytes);
});
document.body.dataset.exitCode = String(exitCode);`);
  writeFileSync(path.join(site, "plain.html"), `<!doctype html><meta charset="utf-8">
<title>No WasmRust here</title><link rel="icon" href="data:,"><p>Just a page.</p>`);
  server = await startServer({ root: site, port: 0 });
  // Extensions need a persistent profile; Playwright's default arguments
  // disable them.
  context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), "wr-ext-profile-")), {
    executablePath: "/usr/bin/chromium",
    headless: true,
    ignoreDefaultArgs: ["--disable-extensions"],
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
      "--auto-open-devtools-for-tabs"],
  });
});
after(async () => {
  await context?.close();
  await server?.close();
});

/** Commands to another target (the DevTools front end, the panel) through
 * the page's CDP session, in the protocol's non-flattened mode. */
async function attach(cdp, targetId) {
  const { sessionId } = await cdp.send("Target.attachToTarget", { targetId, flatten: false });
  const pending = new Map();
  let next = 1;
  cdp.on("Target.receivedMessageFromTarget", (e) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message);
    pending.get(m.id)?.(m);
    pending.delete(m.id);
  });
  const send = (method, params = {}) => new Promise((resolve) => {
    const id = next++;
    pending.set(id, resolve);
    void cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) });
  });
  const evaluate = async (expression) => {
    const r = await send("Runtime.evaluate", { expression, awaitPromise: true, returnByValue: true });
    if (r.result?.exceptionDetails) throw new Error(JSON.stringify(r.result.exceptionDetails));
    return r.result?.result?.value;
  };
  return { send, evaluate };
}

// Retries `fn` until it returns something truthy; exceptions count as not
// yet (the DevTools front end takes a moment to start).
async function until(fn, what, timeout = 30000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = `error: ${e.message}`;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`timed out waiting for ${what}; last: ${JSON.stringify(last)}`);
}

const UI = "await import('./ui/legacy/legacy.js')";

test("the WasmRust panel lists the inspected page's regions and handles", async () => {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.exitCode === "0");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.wasmrustDevtools), "1",
    "the content script marked the page");
  const cdp = await context.newCDPSession(page);
  const targets = async () => (await cdp.send("Target.getTargets")).targetInfos;
  const front = await until(async () => (await targets()).find((t) => t.url.startsWith("devtools://")),
    "the DevTools window");
  const devtools = await attach(cdp, front.targetId);
  const panelId = await until(() => devtools.evaluate(`(async () => (${UI}).InspectorView.InspectorView
    .instance().tabbedPane.tabIds().find((id) => id.endsWith("WasmRust")) ?? null)()`), "the WasmRust panel");
  await devtools.evaluate(`(async () => { await (${UI}).InspectorView.InspectorView.instance()
    .showPanel(${JSON.stringify(panelId)}); })()`);
  const panelTarget = await until(async () => (await targets()).find((t) => t.url.endsWith("/panel.html")),
    "the panel's page");
  const panel = await attach(cdp, panelTarget.targetId);
  const state = await until(async () => {
    const s = await panel.evaluate(`(() => document.body.dataset.status === "attached" &&
      window.wasmrustDevTools ? window.wasmrustDevTools.state() : null)()`);
    return s?.events === 62 ? s : null;
  }, "the page's program in the panel");
  assert.match(state.file, /26-linear-canvas\.rs$/);
  assert.equal(state.exit_code, 0);
  assert.equal(state.live_blocks, 0);
  assert.deepEqual(state.regions.map((r) => r.name), ["null guard", "stack", "data", "main frame",
    "scratch", "format buffer", "memviz trace", "heap", "unused memory"]);
  // The canvas example's two linear canvas contexts, each consumed.
  assert.deepEqual(state.handle_list.map((h) => [h.id, h.type, h.state]),
    [[1, "CanvasContext", "consumed"], [2, "CanvasContext", "consumed"]]);
  await new Promise((r) => setTimeout(r, 500));
  const png = await devtools.send("Page.captureScreenshot", { format: "png" });
  writeFileSync(path.join(shots, "extension-01-panel.png"), Buffer.from(png.result.data, "base64"));

  // A page without a WasmRust program: the panel says so.
  await page.goto(new URL("plain.html", server.url).href);
  const status = await until(async () => {
    const s = await panel.evaluate(`[document.body.dataset.status, document.getElementById("note").textContent]`);
    return s?.[0] === "none" ? s : null;
  }, "the panel to notice");
  assert.match(status[1], /runs no WasmRust program/);
  const png2 = await devtools.send("Page.captureScreenshot", { format: "png" });
  writeFileSync(path.join(shots, "extension-02-no-program.png"), Buffer.from(png2.result.data, "base64"));
});
