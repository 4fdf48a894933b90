// String::from_js (docs/interop.md): a JS string read by the program. The
// module has two paths and the runtime picks one at instantiation: the JS
// String Builtins (`length`/`charCodeAt` from "wasm:js-string", read in
// place, UTF-16 decoded in Wasm) where the engine has them, and a UTF-8
// copy made by the runtime elsewhere. Node 20 has no builtins, so the
// first path is run here with the runtime's JavaScript stand-ins for them
// (the browser test runs it with Chromium's own); both must agree with
// what the host's UTF-8 encoder makes of every string.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { makeImports, runModule, jsStringBuiltinsSupported } = await import(path.join(root, "web/runtime/runtime.mjs"));

const SOURCE = `
use wasm::js::JsString;
#[wasm::import(module = "t")]
extern "js" {
    fn get(i: u32) -> externref<JsString>;
    fn count() -> u32;
}
fn main() {
    for i in 0..count() {
        let s = String::from_js(get(i));
        let bytes: Vec<String> = s.bytes().map(|b| format!("{:02x}", b)).collect();
        println!("{}", bytes.join(""));
    }
}`;

const STRINGS = ["", "a", "Grüße", "世界", "\u{1F980}", "x\ud800y", "\udc00", "\ud83e", "end\ud83e",
  "\u{10FFFF}\u{FFFF}\u0080\u07FF\u0800", "ab".repeat(5000)];
const hex = (s) => [...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, "0")).join("");
const expected = STRINGS.map((s) => hex(s) + "\n").join("");
const host = { t: { get: (i) => STRINGS[i], count: () => STRINGS.length } };

const dir = mkdtempSync(path.join(tmpdir(), "wr-jsstr-"));
writeFileSync(path.join(dir, "prog.rs"), SOURCE);
execFileSync(path.join(root, "build/bin/wasmrust"), ["build", path.join(dir, "prog.rs"), "-o", path.join(dir, "prog.wasm")]);
const wasm = readFileSync(path.join(dir, "prog.wasm"));

test("the module imports both paths; this Node has no builtins, so runModule copies", async () => {
  const names = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module}.${i.name}`);
  for (const n of ["wasm:js-string.length", "wasm:js-string.charCodeAt", "env.js_string_builtins",
    "env.js_string_utf8_length", "env.js_string_read"])
    assert.ok(names.includes(n), n);
  assert.equal(jsStringBuiltinsSupported(), false);
  let text = "";
  const { exitCode } = await runModule(wasm, (fd, b) => { text += new TextDecoder().decode(b); }, { imports: host });
  assert.equal(exitCode, 0);
  assert.equal(text, expected);
});

test("the builtins path decodes UTF-16 in Wasm to the same bytes", async () => {
  let text = "";
  let memory = null;
  const imports = { ...host, ...makeImports((fd, b) => { text += new TextDecoder().decode(b); }, () => memory, null, null, true) };
  const { instance } = await WebAssembly.instantiate(wasm, imports);
  memory = instance.exports.memory;
  instance.exports.main();
  assert.equal(text, expected);
});
