// The bridge between the app and the page that hosts it (the playground's
// panel, the Chrome extension's panel): functions the page calls, exported
// to JS, and notifications the app sends to the page through hooks on the
// Module object. devtools/web/devtools.mjs wraps both.
#include <emscripten.h>

#include <cstdlib>
#include <string>

#include "devtools/app/app.h"

// clang-format off
EM_JS(void, jsSelectSite, (int line, int col), {
  if (Module.onSelectSite) Module.onSelectSite(line, col);
});
EM_JS(void, jsBreakSettings, (int minSize, int dropType), {
  if (Module.onBreakSettings) Module.onBreakSettings(minSize, dropType);
});
EM_JS(void, jsResume, (), {
  if (Module.onResume) Module.onResume();
});
// clang-format on

namespace devtools {

void notifySelectSite(uint32_t line, uint32_t col) {
  jsSelectSite(static_cast<int>(line), static_cast<int>(col));
}
void notifyBreakSettings(int minSize, int dropType) {
  jsBreakSettings(minSize, dropType);
}
void notifyResume() {
  jsResume();
}

}  // namespace devtools

extern "C" {

// Loads a snapshot (memviz/format.h) the page wrote at `data`; 1 on success.
EMSCRIPTEN_KEEPALIVE int devtools_load(const uint8_t* data, int size) {
  return devtools::app().load(data, static_cast<size_t>(size)) ? 1 : 0;
}

// The views' state as JSON (for tests and the page); valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* devtools_state() {
  static std::string json;
  json = devtools::app().stateJson();
  return json.c_str();
}

// The editor's selected line: the views show its allocations (0: none).
EMSCRIPTEN_KEEPALIVE void devtools_select_line(int line) {
  devtools::app().selectLine(line);
}

// The time scrubber's position (-1: the end, following new events).
EMSCRIPTEN_KEEPALIVE void devtools_set_event(int event) {
  devtools::app().setEvent(event < 0 ? devtools::kNever : static_cast<uint32_t>(event));
}

// 0 map, 1 allocations, 2 handles, 3 hex, 4 stats.
EMSCRIPTEN_KEEPALIVE void devtools_set_tab(int tab) {
  if (tab >= 0 && tab < static_cast<int>(devtools::Tab::Count))
    devtools::app().setTab(static_cast<devtools::Tab>(tab));
}

// Selects a heap block as a click on it does (for tests).
EMSCRIPTEN_KEEPALIVE void devtools_select_allocation(int id) {
  devtools::app().selectAllocation(id < 0 ? devtools::kNever : static_cast<uint32_t>(id));
}

// Selects a resource handle as a click on its timeline row does (for tests).
EMSCRIPTEN_KEEPALIVE void devtools_select_handle(int id) {
  devtools::app().selectHandle(id < 0 ? devtools::kNever : static_cast<uint32_t>(id));
}

// The program is paused (a "break on" condition hit), for this reason; "" resumes.
EMSCRIPTEN_KEEPALIVE void devtools_set_paused(const char* reason) {
  devtools::app().setPaused(reason ? reason : "");
}

}  // extern "C"
