// The extension's devtools_page: registers the "WasmRust" panel, which
// loads the DevTools app (panel.html).
chrome.devtools.panels.create("WasmRust", "", "panel.html");
