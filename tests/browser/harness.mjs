// Shared set-up of the browser tests: one static server (scripts/serve.mjs,
// with the same COOP/COEP/CSP headers as `bash scripts/main.sh`) over the
// built playground, and one headless Debian Chromium driven by
// playwright-core (never a downloaded browser; Playwright starts it with a
// fresh temporary --user-data-dir). Each test opens pages in its own browser
// context (empty storage) and fails on any console error, which includes
// Content-Security-Policy violations.
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { startServer } from "../../scripts/serve.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const shots = path.join(root, "tests/out/browser");
const { chromium } = createRequire(path.join(root, "playground/package.json"))("playwright-core");

// --enable-unsafe-swiftshader: WebGL2 (the Memory panel's DevTools app) on
// the CPU, as headless Chromium has no GPU.
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

export async function launchChromium() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}

export async function start() {
  mkdirSync(shots, { recursive: true });
  const server = await startServer({ root: path.join(root, "playground/dist"), port: 0 });
  const browser = await launchChromium();
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page in a fresh context; `errors` collects console errors and page errors. */
export async function openPage(env, { url = env.url, viewport = { width: 1280, height: 800 }, context } = {}) {
  const ctx = context ?? (await env.browser.newContext({ viewport }));
  const page = await ctx.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(url);
  return { page, ctx, errors };
}

/** Waits until the page finished its run number `n` (compile failures count). */
export async function waitForRun(page, n, timeout = 20000) {
  await page.waitForFunction((k) => Number(document.body.dataset.runs ?? 0) >= k, n, { timeout });
}

export async function runCount(page) {
  return page.evaluate(() => Number(document.body.dataset.runs ?? 0));
}

/**
 * Replaces the editor's program the way pasting does: select all, then a
 * paste event carrying the text. (Playwright's insertText goes through the
 * browser's contenteditable editing, which adds style attributes that the
 * page's CSP rightly blocks; a real paste never does.)
 */
export async function setSource(page, source) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.locator(".cm-content").evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, source);
}

export async function editorText(page) {
  // CodeMirror renders one .cm-line per line.
  return page.locator(".cm-line").evaluateAll((lines) => lines.map((l) => l.textContent).join("\n"));
}

/** Presses Ctrl+Enter in the editor and waits for the run to finish. */
export async function runProgram(page) {
  const before = await runCount(page);
  await page.locator(".cm-content").press("ControlOrMeta+Enter");
  await waitForRun(page, before + 1);
}

export async function output(page) {
  return page.evaluate(() => {
    const c = document.querySelector("#console");
    const text = (cls) => [...c.querySelectorAll(`span.${cls}`)].map((s) => s.textContent).join("");
    return { stdout: text("stdout"), stderr: text("stderr"), exitCode: c.dataset.exitCode ?? null,
             notes: [...c.querySelectorAll(".note")].map((n) => n.textContent) };
  });
}

export async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`) });
}

export function assertNoErrors(errors) {
  assert.deepEqual(errors, [], `console errors:\n${errors.join("\n")}`);
}
