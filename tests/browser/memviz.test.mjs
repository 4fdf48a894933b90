// The playground's Memory panel in headless Chromium: a dev run's memory
// reaches the DevTools app (Dear ImGui on WebGL2, in a frame of its own),
// the app's model matches the program, the editor and the app select each
// other's lines, the time scrubber replays, "break on allocation" pauses
// the program until Continue, a long run is shown while it runs, and
// release runs say what is missing.
// Screenshots of each view go to tests/out/browser/memviz-*.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  assertNoErrors, openPage, output, root, runCount, runProgram, setSource, shot, start, waitForRun,
} from "./harness.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const GROWING = readFileSync(path.join(root, "tests/memviz/growing_buffer.rs"), "utf8");
const VIEWS = ["map", "allocations", "handles", "hex", "stats"];

/** The app's state once it satisfies `ok` (the app loads on first show). */
async function appState(page, ok = (s) => s.loaded, timeout = 30000) {
  const end = Date.now() + timeout;
  let last = null;
  while (Date.now() < end) {
    last = await page.evaluate(() => Promise.race([
      window.wasmrustMemory.state(),
      new Promise((r) => setTimeout(() => r(null), 500)),
    ]));
    if (last && ok(last)) return last;
    await page.waitForTimeout(200);
  }
  assert.fail(`the Memory panel never got there; last state: ${JSON.stringify(last)}`);
}

function devtoolsFrame(page) {
  return page.frames().find((f) => f.url().includes("/devtools/index.html"));
}

async function openMemory(page, source) {
  await waitForRun(page, 1);
  await setSource(page, source);
  await page.locator("[role=tab][data-tab=memory]").click();
  await runProgram(page);
}

test("a dev run's heap appears in the Memory panel, linked to the editor", async () => {
  const { page, ctx, errors } = await openPage(env, { viewport: { width: 1400, height: 860 } });
  await openMemory(page, GROWING);
  const s = await appState(page, (x) => x.loaded && x.file === "main.rs" && x.events === 25);
  assert.equal(s.exit_code, 0);
  assert.equal(s.allocations, 13); // 2 allocations + 11 reallocs
  assert.equal(s.live_blocks, 1);
  assert.equal(s.live_bytes, 24);
  assert.equal(s.anomalies, 1); // the block left live on purpose: a leak
  assert.deepEqual(s.regions.map((r) => r.name),
    ["null guard", "data", "scratch", "memviz trace", "heap", "unused memory"]);

  // Editor -> app: the cursor on the realloc line shows its 11 blocks.
  const frame = devtoolsFrame(page);
  await frame.evaluate(() => window.wasmrustDevTools.setTab("Allocations"));
  await page.locator(".cm-line", { hasText: "buf = heap::realloc" }).click();
  const onLine = await appState(page, (x) => x.line === 14 && x.table_rows === 11);
  assert.equal(onLine.table_rows, 11);
  // A line without allocations shows everything.
  await page.locator(".cm-line", { hasText: "cap *= 2;" }).click();
  await appState(page, (x) => x.line === 0 && x.table_rows === 13);

  // App -> editor: picking block #0 selects the line that allocated it.
  await frame.evaluate(() => window.wasmrustDevTools.selectAllocation(0));
  await page.waitForFunction(() => {
    const host = document.querySelector("#editor");
    const active = host?.shadowRoot?.querySelector(".cm-activeLine");
    return active?.textContent.includes("let keep = heap::alloc(24, 8);");
  });

  // The scrubber: after event 5 (the fourth realloc) two blocks were live.
  await frame.evaluate(() => window.wasmrustDevTools.setEvent(5));
  const early = await appState(page, (x) => x.event === 5);
  assert.equal(early.live_blocks, 2);
  await frame.evaluate(() => window.wasmrustDevTools.setEvent(null));

  for (const [i, name] of VIEWS.entries()) {
    await frame.evaluate((t) => window.wasmrustDevTools.setTab(t), i);
    await page.waitForTimeout(400);
    await shot(page, `memviz-0${i + 1}-${name}`);
  }
  assertNoErrors(errors);
  await ctx.close();
});

test("break on allocation pauses the program until Continue", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await setSource(page, GROWING);
  await page.locator("[role=tab][data-tab=memory]").click();
  await appState(page, (x) => x.loaded);
  // What the app's "Break on allocation of at least" control sends.
  const frame = devtoolsFrame(page);
  const message = (m) => frame.evaluate((msg) => parent.postMessage(msg, location.origin), m);
  await message({ type: "breakSettings", minSize: 1000, dropType: -1 });
  const runsBefore = await page.evaluate(() => Number(document.body.dataset.runs));
  await page.locator(".cm-content").press("ControlOrMeta+Enter");
  // The buffer doubles to 1024, 2048, 4096 and 8192 bytes: four pauses.
  for (const [i, size] of [1024, 2048, 4096, 8192].entries()) {
    await page.waitForFunction((n) => Number(document.body.dataset.pauses ?? 0) === n, i + 1);
    const paused = await appState(page, (x) => x.paused !== "");
    assert.match(paused.paused, /at least 1000 bytes/);
    assert.equal(await page.evaluate(() => Number(document.body.dataset.runs)), runsBefore);
    const heap = await appState(page, (x) => x.paused !== "" && x.live_bytes === 24 + size);
    assert.equal(heap.live_blocks, 2);
    if (size === 1024) await shot(page, "memviz-06-paused");
    await message({ type: "resume" }); // the Continue button
  }
  await waitForRun(page, runsBefore + 1);
  assert.equal((await output(page)).stdout, "5000 bytes in a buffer of 8192: true\nlive blocks: 1\n");
  assertNoErrors(errors);
  await ctx.close();
});

// Runs for a while (about a second, longer on a slow machine): each step
// allocates a block and computes before printing; the blocks go at the end.
// The page sends at most one snapshot per 250 ms while a program runs, so
// the run must last well beyond that on a fast machine too.
const LONG_RUNNING = `use wasm::heap;

fn main() {
    let mut blocks = [0usize; 24];
    let mut i = 0;
    let mut x: u32 = 1;
    while i < 24 {
        blocks[i] = heap::alloc(64 * (i + 1), 8);
        let mut k = 0;
        while k < 12_000_000 {
            x = x.wrapping_mul(1664525).wrapping_add(1013904223);
            k += 1;
        }
        println!("step {}: {} live blocks ({})", i, heap::live_blocks(), x % 10);
        i += 1;
    }
    i = 0;
    while i < 24 {
        heap::dealloc(blocks[i], 64 * (i + 1), 8);
        i += 1;
    }
    println!("done: {} live blocks", heap::live_blocks());
}
`;

test("the Memory panel follows a program while it runs, not only at its end", async () => {
  const { page, ctx, errors } = await openPage(env);
  await waitForRun(page, 1);
  await setSource(page, LONG_RUNNING);
  await page.locator("[role=tab][data-tab=memory]").click();
  const before = await appState(page, (x) => x.loaded);
  // The header of every snapshot the page receives: flags (0 while the
  // program runs) and the number of trace records.
  await page.evaluate(() => {
    const panel = window.wasmrustMemory;
    const show = panel.snapshot.bind(panel);
    window.snapshotsSeen = [];
    panel.snapshot = (bytes) => {
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      window.snapshotsSeen.push({ flags: view.getUint32(16, true), records: view.getUint32(28, true) });
      show(bytes);
    };
  });
  const runsBefore = await runCount(page);
  await page.locator(".cm-content").press("ControlOrMeta+Enter");
  await waitForRun(page, runsBefore + 1);
  const seen = await page.evaluate(() => window.snapshotsSeen);
  const during = seen.filter((x) => x.flags === 0);
  assert.ok(during.length >= 1, `snapshots received: ${JSON.stringify(seen)}`);
  assert.ok(during.every((x) => x.records < 48), JSON.stringify(seen));
  assert.deepEqual(seen.at(-1), { flags: 1, records: 48 }); // the end, finished
  const end = await appState(page, (x) => !x.running && x.file === "main.rs" && x.loads > before.loads);
  assert.equal(end.live_blocks, 0);
  assert.equal(end.allocations, 24);
  assert.match((await output(page)).stdout, /done: 0 live blocks\n$/);
  assertNoErrors(errors);
  await ctx.close();
});

// Driven by frames: `frame` is called once per animation frame; each frame
// acquires a linear lease, lends it to a method and releases it.
const FRAMES = `static mut FRAME: u32 = 0;

#[wasm::linear]
struct Lease { id: u32, renewals: u32 }

impl Lease {
    fn acquire(id: u32) -> Lease { Lease { id, renewals: 0 } }
    fn renew(&mut self) { self.renewals += 1; }
    fn release(self) -> u32 { let Lease { id, renewals } = self; id * 10 + renewals }
}

#[wasm::export]
fn frame() {
    let n = unsafe { FRAME += 1; FRAME };
    let mut lease = Lease::acquire(n);
    lease.renew();
    println!("frame {}: released lease {}", n, lease.release());
    if n == 5 {
        std::process::exit(0);
    }
}

fn main() {
    println!("frames start");
}
`;

test("a frame-driven program's resource handles appear in the panel, linked to the editor", async () => {
  const { page, ctx, errors } = await openPage(env);
  await openMemory(page, FRAMES);
  const s = await appState(page, (x) => x.loaded && !x.running && x.handles === 5);
  assert.equal(s.live_handles, 0);
  assert.deepEqual(s.handle_list.map((h) => [h.id, h.type, h.state]),
    [1, 2, 3, 4, 5].map((n) => [n, "Lease", "consumed"]));
  assert.equal(s.anomalies, 0);
  assert.match((await output(page)).stdout, /^frames start\nframe 1: released lease 11\n[^]*frame 5: released lease 51\n$/);
  // App -> editor: picking handle #0 selects the line that created it.
  const frame = devtoolsFrame(page);
  await frame.evaluate(() => window.wasmrustDevTools.setTab("Handles"));
  await frame.evaluate(() => window.wasmrustDevTools.selectHandle(0));
  await page.waitForFunction(() => {
    const active = document.querySelector("#editor")?.shadowRoot?.querySelector(".cm-activeLine");
    return active?.textContent.includes("fn acquire(id: u32) -> Lease { Lease { id, renewals: 0 } }");
  });
  await page.waitForTimeout(400);
  await shot(page, "memviz-07-frame-handles");

  // Break on drop: the app's control names a handle type; the program pauses
  // where each handle of it is consumed, until Continue.
  const message = (m) => frame.evaluate((msg) => parent.postMessage(msg, location.origin), m);
  await message({ type: "breakSettings", minSize: 0, dropType: s.handle_list[0].type_id });
  const runsBefore = await runCount(page);
  const pausesBefore = await page.evaluate(() => Number(document.body.dataset.pauses ?? 0));
  await page.locator(".cm-content").press("ControlOrMeta+Enter");
  for (let n = 1; n <= 5; n++) {
    await page.waitForFunction((k) => Number(document.body.dataset.pauses ?? 0) === k, pausesBefore + n);
    const paused = await appState(page, (x) => x.paused !== "");
    assert.match(paused.paused, /handle of the chosen type ended/);
    assert.equal(await runCount(page), runsBefore);
    await message({ type: "resume" });
  }
  await waitForRun(page, runsBefore + 1);
  assertNoErrors(errors);
  await ctx.close();
});

test("a release run says that the memory view needs a dev build", async () => {
  const { page, ctx, errors } = await openPage(env);
  await openMemory(page, GROWING);
  await appState(page, (x) => x.loaded);
  assert.equal(await page.locator("#memory-note").isHidden(), true);
  await page.locator("#mode").selectOption("speed");
  await waitForRun(page, 3);
  assert.match(await page.locator("#memory-note").textContent(), /shows dev builds/);
  assertNoErrors(errors);
  await ctx.close();
});
