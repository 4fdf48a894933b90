// String::from_js in headless Chromium, whose engine has the JS String
// Builtins: the runtime compiles the module with them, so the program
// reads JS strings in place through "wasm:js-string" (docs/interop.md), and
// must print what the copying path prints under Node (the golden test
// tests/golden/interop/js_string.rs).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { launchChromium, root } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";

const out = path.join(root, "tests/out/browser");
let server, browser;
before(async () => {
  mkdirSync(out, { recursive: true });
  execFileSync(path.join(root, "build/bin/wasmrust"),
    ["build", "tests/golden/interop/js_string.rs", "-o", path.join(out, "js_string.wasm")], { cwd: root });
  server = await startServer({ root, port: 0 });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test("Chromium reads JS strings through the JS String Builtins and prints what Node's copy prints", async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}tests/browser/blank.html`);
  const result = await page.evaluate(async () => {
    const { runModule, jsStringBuiltinsSupported } = await import("/web/runtime/runtime.mjs");
    const hostModule = await import("/tests/golden/interop/js_string.host.mjs");
    const wasm = new Uint8Array(await (await fetch("/tests/out/browser/js_string.wasm")).arrayBuffer());
    let text = "";
    const decoder = new TextDecoder();
    const { exitCode } = await runModule(wasm, (fd, b) => { text += decoder.decode(b); }, { imports: hostModule.default });
    return { builtins: jsStringBuiltinsSupported(), exitCode, text };
  });
  assert.equal(result.builtins, true, "this Chromium has the JS String Builtins");
  assert.equal(result.exitCode, 0);
  const expected = readFileSync(path.join(root, "tests/golden/interop/js_string.rs"), "utf8")
    .split("\n").filter((l) => l.startsWith("// CHECK:STDOUT: ")).map((l) => l.slice(17) + "\n").join("");
  assert.equal(result.text, expected);
  await page.close();
});
