// End-to-end tests of the playground in headless Chromium: what a person
// does on the page (type, run, read output, fix errors, share, reload, pick
// examples) and what they must see. Screenshots of every view go to
// tests/out/browser/ for a person to look at.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  assertNoErrors, editorText, openPage, output, root, runCount, runProgram, setSource, shot, start, waitForRun,
} from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const HELLO = 'fn main() {\n    let x: u8 = 200;\n    println!("sum {} {:.2} {:?}", x as u32 + 100, 1.0 / 3.0, (1, \'a\'));\n}\n';

test("the page loads, runs its first program on its own, and a typed program runs with Ctrl+Enter", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  assert.equal((await output(page)).stdout, "Hello, world!\nPress Ctrl+Enter (or Cmd+Enter) to run again.\n");
  assert.equal(await page.evaluate(() => crossOriginIsolated), true, "COOP/COEP make the page cross-origin isolated");
  await setSource(page, HELLO);
  await runProgram(page);
  assert.deepEqual(await output(page), { stdout: "sum 300 0.33 (1, 'a')\n", stderr: "", exitCode: "0", notes: ["Program finished."] });
  assert.match(await page.locator("#timing").textContent(), /compiled in [\d.]+ ms · [\d.]+ (B|KiB) · ran in/);
  await shot(page, "01-output");

  for (const [tab, name] of [["wat", "02-wat"], ["bytes", "03-bytes"], ["sizes", "04-sizes"]]) {
    await page.locator(`[role=tab][data-tab=${tab}]`).click();
    await shot(page, name);
  }
  assert.match(await page.locator("#wat").textContent(), /^\(module[\s\S]*\(export "main"/);
  const dump = await page.locator("[data-testid=byte-dump]").textContent();
  assert.match(dump, /section: code/);
  assert.match(dump, /call \d+|call \$/);
  const sizes = await page.locator("#pane-sizes").textContent();
  assert.match(sizes, /Sections[\s\S]*code[\s\S]*Functions[\s\S]*main/);
  assertNoErrors(errors);
  await ctx.close();
});

test("a program with errors shows lint markers, help text, a working quick fix and a jump to the span", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await setSource(page, 'fn main() {\n    let n = 1;\n    n = 2;\n    let s: i32 = "x";\n    println!("{} {}", n, s);\n}\n');
  await runProgram(page);
  await page.locator(".cm-lintRange-error").first().waitFor();
  assert.equal(await page.locator(".cm-lintRange-error").count(), 2);
  assert.equal(await page.locator("[role=tab][data-tab=problems]").getAttribute("aria-selected"), "true");
  const problems = page.locator("[data-testid=problem]");
  assert.equal(await problems.count(), 2);
  assert.match(await problems.nth(0).textContent(), /error\[E0384\]cannot assign twice to immutable variable `n`/);
  assert.match(await problems.nth(0).textContent(), /consider making this binding mutable/);
  assert.match(await problems.nth(1).textContent(), /error\[E0308\]mismatched types/);
  assert.match((await output(page)).notes[0], /Could not compile: 2 errors/);

  // Hovering a marker shows the diagnostic with its help.
  await page.locator(".cm-lintRange-error").first().hover();
  const tooltip = page.locator(".cm-tooltip-lint");
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /help: consider making this binding mutable/);
  await shot(page, "05-diagnostics");

  // Clicking the type error selects its span: typing replaces exactly `"x"`.
  await problems.nth(1).click();
  await page.keyboard.type("7");
  assert.match(await editorText(page), /let s: i32 = 7;/);
  // The quick fix of the other error inserts `mut `.
  await page.locator("[data-testid=apply-fix]").first().click();
  assert.match(await editorText(page), /let mut n = 1;/);
  await page.locator(".cm-lintRange-error").first().waitFor({ state: "detached" });
  await runProgram(page);
  assert.deepEqual((await output(page)).stdout, "2 7\n");
  assertNoErrors(errors);
  await ctx.close();
});

test("a share link reproduces the program in a fresh browser", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  const program = 'fn main() {\n    for i in 0..3 {\n        println!("shared {} ✓ é", i * 7);\n    }\n}\n';
  await setSource(page, program);
  await page.locator("[data-testid=share]").click();
  await page.waitForFunction(() => location.hash.startsWith("#code="));
  const link = page.url();
  await ctx.close();

  const other = await openPage(env, { url: link });
  await waitForRun(other.page, 1);
  assert.equal(await editorText(other.page), program.replace(/\n$/, "\n"));
  assert.equal((await output(other.page)).stdout, "shared 0 ✓ é\nshared 7 ✓ é\nshared 14 ✓ é\n");
  assertNoErrors([...errors, ...other.errors]);
  await other.ctx.close();
});

test("a runaway program is stopped at the time limit and the page compiles and runs the next one", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await setSource(page, "fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = n.wrapping_add(1);\n    }\n}\n");
  const before = await runCount(page);
  await page.locator(".cm-content").press("ControlOrMeta+Enter");
  await page.waitForFunction(() => document.body.dataset.state === "running");
  // The page stays responsive while the program spins in its worker.
  const t0 = Date.now();
  await page.locator("[role=tab][data-tab=wat]").click();
  await page.locator("[role=tab][data-tab=output]").click();
  assert.ok(Date.now() - t0 < 3000, "the page answers clicks while the program runs");
  await waitForRun(page, before + 1, 15000);
  const out = await output(page);
  assert.equal(out.exitCode, null);
  assert.match(out.notes.join("\n"), /ran for more than 5 s and was stopped/);
  assert.equal(await page.locator("#status").getAttribute("data-state"), "stopped");
  await shot(page, "06-runaway-stopped");
  await setSource(page, HELLO);
  await runProgram(page);
  assert.equal((await output(page)).stdout, "sum 300 0.33 (1, 'a')\n");
  assertNoErrors(errors);
  await ctx.close();
});

test("the program survives a reload, and the dark theme and phone layout render", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await setSource(page, HELLO);
  await page.waitForFunction(() => localStorage.getItem("wasmrust.playground.source")?.includes("sum"));
  await page.locator("[data-testid=theme]").click();
  await page.reload();
  await waitForRun(page, 1);
  assert.equal(await editorText(page), HELLO);
  assert.equal((await output(page)).stdout, "sum 300 0.33 (1, 'a')\n");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "dark");
  await shot(page, "07-dark");
  await page.setViewportSize({ width: 390, height: 844 });
  const editor = await page.locator("#editor").boundingBox();
  const results = await page.locator(".output-pane").boundingBox();
  assert.ok(editor.width > 300 && results.width > 300, "both panes use the phone's width");
  assert.ok(results.y >= editor.y + editor.height - 1, "the results sit below the editor");
  await shot(page, "08-phone");
  assertNoErrors(errors);
  await ctx.close();
});

test("release builds load Binaryen on demand and print the same", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await setSource(page, HELLO);
  const before = await runCount(page);
  await page.locator("[data-testid=mode]").selectOption("size");
  await waitForRun(page, before + 1, 60000);
  assert.equal((await output(page)).stdout, "sum 300 0.33 (1, 'a')\n");
  assert.match(await page.locator("#timing").textContent(), /Binaryen \d+ ms/);
  await page.locator("[role=tab][data-tab=sizes]").click();
  assert.match(await page.locator("[data-testid=size-total]").textContent(), /release \(size\) build/);
  await shot(page, "09-release-sizes");
  assertNoErrors(errors);
  await ctx.close();
});

// What `wasmrust run` prints for a file named main.rs (the page's file name,
// which panic messages mention).
// An example with host fns has its host module beside it (X.host.mjs); the
// page gives the same fns (playground/src/net_host.ts).
function cliRun(file) {
  const dir = mkdtempSync(path.join(tmpdir(), "wr-gallery-"));
  copyFileSync(file, path.join(dir, "main.rs"));
  const host = file.replace(/\.rs$/, ".host.mjs");
  const args = ["run", "main.rs", ...(existsSync(host) ? ["--host", host] : [])];
  const r = spawnSync(path.join(root, "build/bin/wasmrust"), args, { cwd: dir, encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, exitCode: String(r.status) };
}

test("every gallery example runs in the page and prints what `wasmrust run` prints", async () => {
  const dir = path.join(root, "examples");
  const files = readdirSync(dir).filter((f) => f.endsWith(".rs")).sort();
  assert.ok(files.length >= 12, "at least 12 examples");
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await page.locator("[data-testid=examples]").click();
  await shot(page, "10-gallery");
  await page.keyboard.press("Escape");
  for (const [i, file] of files.entries()) {
    const before = await runCount(page);
    await page.locator("[data-testid=examples]").click();
    await page.locator("[data-testid=example-card]").nth(i).click();
    await waitForRun(page, before + 1);
    const expected = cliRun(path.join(dir, file));
    const got = await output(page);
    assert.deepEqual({ stdout: got.stdout, stderr: got.stderr, exitCode: got.exitCode }, expected, file);
    assert.equal(await editorText(page), readFileSync(path.join(dir, file), "utf8").replace(/\n$/, "\n"), file);
  }
  assertNoErrors(errors);
  await ctx.close();
});

// A task panics and the scope returns its error: that happens only when
// tasks run on workers (in order, a panic ends the program).
const TASKS = `use wasm::thread::{scope, SharedSlice};
fn main() {
    let mut v: Vec<u64> = (1..=64).collect();
    let mut shared = SharedSlice::new(&mut v);
    scope(|s| {
        for chunk in shared.chunks_mut(16) {
            s.spawn(move || for x in chunk.iter_mut() { *x = *x * *x; });
        }
    }).unwrap();
    println!("sum of squares {}", v.iter().sum::<u64>());
    let r = scope(|s| { s.spawn(|| -> u32 { panic!("task failed") }); });
    println!("{:?}", r.err().map(|e| e.task()));
}
`;

test("wasm::thread tasks run on Web Workers in the cross-origin-isolated page", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  assert.equal(await page.evaluate(() => crossOriginIsolated), true);
  await setSource(page, TASKS);
  await runProgram(page);
  const got = await output(page);
  assert.equal(got.stdout, "sum of squares 89440\nSome(0)\n");
  assert.match(got.stderr, /^thread '<unnamed>' panicked at [^\n]*:11:45:\ntask failed\n/);
  assert.doesNotMatch(got.stderr, /ran in order/);
  assert.equal(got.exitCode, "0");
  assertNoErrors(errors);
  await ctx.close();
});

test("without cross-origin isolation the same tasks run in order, and the page says why", async () => {
  const { startServer } = await import("../../scripts/serve.mjs");
  const plain = await startServer({ root: path.join(root, "playground/dist"), port: 0, isolated: false });
  try {
    const { page, ctx, errors } = await openPage(env, { url: plain.url });
    await waitForRun(page, 1);
    assert.equal(await page.evaluate(() => crossOriginIsolated), false);
    await setSource(page, TASKS.replace(/\n    let r = scope[^\n]*\n[^\n]*\n/, "\n"));
    await runProgram(page);
    const got = await output(page);
    assert.equal(got.stdout, "sum of squares 89440\n");
    assert.equal(got.stderr, "note: 4 tasks of wasm::thread::scope ran in order: shared memory is unavailable " +
      "here (the page is not cross-origin isolated)\n");
    assert.equal(got.exitCode, "0");
    assertNoErrors(errors);
    await ctx.close();
  } finally {
    await plain.close();
  }
});

test("the native CLI used as the oracle is the one built from this tree", () => {
  const version = execFileSync(path.join(root, "build/bin/wasmrust"), ["--version"]).toString();
  assert.match(version, /^wasmrust \d+\.\d+\.\d+/);
});
