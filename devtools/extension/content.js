// Marks every page so that the WasmRust runtime keeps the whole memviz
// trace of dev builds for the DevTools panel (web/runtime/memviz.mjs,
// devtoolsAttached). The page's programs are read only from the panel.
document.documentElement.dataset.wasmrustDevtools = "1";
