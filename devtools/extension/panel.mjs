// The "WasmRust" DevTools panel: the DevTools app (app/, copied from
// devtools/dist by scripts/build.sh) showing the inspected page's WasmRust
// program. A page that runs a dev build announces it through
// globalThis.__wasmrust_memviz (web/runtime/memviz.mjs); twice a second the
// panel asks, with chrome.devtools.inspectedWindow.eval, whether anything
// changed and, if so, for a snapshot.
import { createDevTools } from "./app/devtools.mjs";

const note = document.getElementById("note");
const dt = await createDevTools(document.getElementById("canvas"), {});
window.wasmrustDevTools = dt; // for tests: the app's model

let generation = null;

function show(status, text) {
  document.body.dataset.status = status;
  note.textContent = text;
  note.hidden = status === "attached";
}

function poll() {
  const expr = `(() => {
    const m = globalThis.__wasmrust_memviz;
    if (!m) return null;
    const g = m.generation();
    return { g, data: g === ${JSON.stringify(generation)} ? null : m.snapshotBase64() };
  })()`;
  chrome.devtools.inspectedWindow.eval(expr, (result, error) => {
    if (error) {
      show("error", `Could not read the page: ${error.value ?? error.description ?? "error"}`);
      return;
    }
    if (!result) {
      generation = null;
      show("none",
        "This page runs no WasmRust program. Pages that run a dev build of one " +
        "(through the WasmRust runtime) appear here.");
      return;
    }
    if (result.data) {
      const bin = atob(result.data);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      if (dt.loadSnapshot(bytes)) {
        generation = result.g;
        show("attached", "");
      } else {
        show("error", "The page's snapshot could not be read.");
      }
    }
  });
}

poll();
setInterval(poll, 500);
chrome.devtools.network.onNavigated.addListener(() => {
  generation = null;
  poll();
});
