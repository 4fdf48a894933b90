// The DevTools app as an ES module: createDevTools(canvas, hooks) loads the
// app (devtools-core.mjs/.wasm, built from devtools/app/ with Emscripten)
// onto a canvas and returns its controls. Pages host it in a frame of its
// own (index.html + host.mjs), because the app's GLFW layer listens to the
// whole window's keyboard.
//
//   const dt = await createDevTools(canvas, {
//     onSelectSite(line, col) {},          // the user picked a block or handle
//     onBreakSettings(minSize, dropType) {},  // "break on" changed
//     onResume() {},                       // "Continue" after a break
//   });
//   dt.loadSnapshot(bytes);   // a memviz snapshot (Uint8Array), see memviz/format.h
//   dt.state();               // what the views show, as an object (for tests)
//   dt.selectLine(12); dt.setEvent(40); dt.setTab("Allocations"); dt.setPaused("why");
//   dt.selectAllocation(3);   // as a click on block #3 does
//   dt.selectHandle(0);       // as a click on handle #0's timeline row does

const TABS = ["Memory map", "Allocations", "Handles", "Hex", "Stats"];

export async function createDevTools(canvas, hooks = {}, coreUrl = "./devtools-core.mjs") {
  const { default: createDevToolsModule } = await import(coreUrl);
  const Module = await createDevToolsModule({
    canvas,
    onSelectSite: (line, col) => hooks.onSelectSite?.(line, col),
    onBreakSettings: (minSize, dropType) => hooks.onBreakSettings?.(minSize, dropType),
    onResume: () => hooks.onResume?.(),
  });
  const withString = (s, fn) => {
    const n = Module.lengthBytesUTF8(s) + 1;
    const p = Module._malloc(n);
    Module.stringToUTF8(s, p, n);
    try {
      return fn(p);
    } finally {
      Module._free(p);
    }
  };
  return {
    loadSnapshot(bytes) {
      const p = Module._malloc(bytes.length);
      Module.HEAPU8.set(bytes, p);
      const ok = Module._devtools_load(p, bytes.length);
      Module._free(p);
      return ok === 1;
    },
    state() {
      return JSON.parse(Module.UTF8ToString(Module._devtools_state()));
    },
    selectLine(line) {
      Module._devtools_select_line(line | 0);
    },
    setEvent(event) {
      Module._devtools_set_event(event === null ? -1 : event | 0);
    },
    setTab(tab) {
      Module._devtools_set_tab(typeof tab === "number" ? tab : TABS.indexOf(tab));
    },
    selectAllocation(id) {
      Module._devtools_select_allocation(id | 0);
    },
    selectHandle(id) {
      Module._devtools_select_handle(id | 0);
    },
    setPaused(reason) {
      withString(reason ?? "", (p) => Module._devtools_set_paused(p));
    },
  };
}
