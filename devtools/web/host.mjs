// The DevTools app in a frame of its own (index.html), driven by its parent
// page through postMessage — the playground's Memory panel. Messages in:
//   {type: "snapshot", bytes}   show this memviz snapshot
//   {type: "selectLine", line}  the editor's line (0: none)
//   {type: "paused", reason}    the program stopped on a "break on" ("": resumed)
//   {type: "setEvent", event} / {type: "setTab", tab}
//   {type: "state", id}         reply {type: "state", id, state}
// Messages out: {type: "ready"}, {type: "selectSite", line, col},
// {type: "breakSettings", minSize, dropType}, {type: "resume"}.
import { createDevTools } from "./devtools.mjs";

const parentWindow = window.parent;
const post = (msg) => parentWindow.postMessage(msg, location.origin);

const dt = await createDevTools(document.getElementById("canvas"), {
  onSelectSite: (line, col) => post({ type: "selectSite", line, col }),
  onBreakSettings: (minSize, dropType) => post({ type: "breakSettings", minSize, dropType }),
  onResume: () => post({ type: "resume" }),
});
window.wasmrustDevTools = dt; // for tests: the app's model

let latest = null;
function loadLatest() {
  if (!latest) return;
  dt.loadSnapshot(new Uint8Array(latest));
  latest = null;
}

window.addEventListener("message", (e) => {
  if (e.origin !== location.origin || e.source !== parentWindow) return;
  const m = e.data;
  // Every other message applies after the snapshots sent before it.
  if (m?.type !== "snapshot") loadLatest();
  switch (m?.type) {
    case "snapshot":
      // Snapshots can come faster than the app models them (a running
      // program's, several a second): only the newest is loaded, once per
      // animation frame.
      if (!latest) requestAnimationFrame(loadLatest);
      latest = m.bytes;
      break;
    case "selectLine":
      dt.selectLine(m.line);
      break;
    case "paused":
      dt.setPaused(m.reason);
      break;
    case "setEvent":
      dt.setEvent(m.event);
      break;
    case "setTab":
      dt.setTab(m.tab);
      break;
    case "state":
      post({ type: "state", id: m.id, state: dt.state() });
      break;
  }
});
post({ type: "ready" });
