// The App: loading snapshots, the frame's layout, selection, and the state
// exposed for tests (see app.h).
#include "devtools/app/app.h"

#include <emscripten.h>

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "memviz/snapshot.h"

namespace devtools {

// clang-format off
EM_JS(int, canvasCssWidth, (), { return Module.canvas ? (Module.canvas.clientWidth | 0) : 800; });
EM_JS(int, canvasCssHeight, (), { return Module.canvas ? (Module.canvas.clientHeight | 0) : 600; });
// clang-format on

CanvasSize canvasSize() {
  CanvasSize s{canvasCssWidth(), canvasCssHeight()};
  s.width = std::max(s.width, 200);
  s.height = std::max(s.height, 150);
  return s;
}

void applyStyle() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowRounding = 0;
  style.FrameRounding = 3;
  style.TabRounding = 3;
  style.ItemSpacing = ImVec2(8, 6);
}

const char* tabName(Tab t) {
  static const char* const kNames[] = {"Memory map", "Allocations", "Handles", "Hex", "Stats"};
  return kNames[static_cast<int>(t)];
}

App& app() {
  static App instance;
  return instance;
}

ImU32 typeColor(uint32_t type, float alpha) {
  static const ImU32 kPalette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                   0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0x86bcb6};
  ImU32 rgb = kPalette[type % 10];
  return IM_COL32(rgb >> 16, (rgb >> 8) & 0xFF, rgb & 0xFF, static_cast<int>(alpha * 255));
}

ImU32 regionColor(const std::string& kind) {
  struct Entry {
    const char* kind;
    ImU32 color;
  };
  static const Entry kColors[] = {
      {"guard", IM_COL32(158, 158, 158, 255)}, {"stack", IM_COL32(92, 107, 192, 255)},
      {"data", IM_COL32(38, 166, 154, 255)},   {"statics", IM_COL32(102, 187, 106, 255)},
      {"frame", IM_COL32(126, 87, 194, 255)},  {"scratch", IM_COL32(189, 189, 189, 255)},
      {"format", IM_COL32(255, 167, 38, 255)}, {"trace", IM_COL32(161, 136, 127, 255)},
      {"heap", IM_COL32(239, 83, 80, 255)},    {"unused", IM_COL32(236, 239, 241, 255)}};
  for (const Entry& e : kColors) {
    if (kind == e.kind)
      return e.color;
  }
  return IM_COL32(207, 216, 220, 255);
}

std::string bytesText(uint64_t v) {
  char buf[32];
  if (v < 1024)
    std::snprintf(buf, sizeof buf, "%llu B", static_cast<unsigned long long>(v));
  else if (v < (1u << 20))
    std::snprintf(buf, sizeof buf, "%.1f KiB", v / 1024.0);
  else
    std::snprintf(buf, sizeof buf, "%.1f MiB", v / (1024.0 * 1024.0));
  return buf;
}

std::string hexText(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%x", v);
  return buf;
}

bool App::load(const uint8_t* data, size_t size) {
  memviz::Snapshot snap;
  memviz::Model model;
  std::string error;
  if (!memviz::decodeSnapshot(data, size, snap, error) || !memviz::buildModel(snap, model, error)) {
    error_ = error;
    return false;
  }
  model_ = std::move(model);
  loaded_ = true;
  error_.clear();
  ++loads_;
  paused_.clear();
  if (selected_ != kNever && selected_ >= model_.allocations.size())
    selected_ = kNever;
  if (selectedHandle_ != kNever && selectedHandle_ >= model_.handles.size())
    selectedHandle_ = kNever;
  event_ = clampEvent(event_);
  handleTypes_.clear();
  for (const memviz::Handle& h : model_.handles) {
    if (std::find(handleTypes_.begin(), handleTypes_.end(), h.type) == handleTypes_.end())
      handleTypes_.push_back(h.type);
  }
  selectLine(requestedLine_);
  rowsDirty_ = true;
  if (loads_ == 1 || hexAddress_ >= model_.memoryBytes()) {
    // Start the hex view where the program's own data is: the heap, or the data.
    hexAddress_ = model_.info.heap.present ? model_.info.heap.start & ~15u : 0;
    for (const memviz::Region& r : model_.regions) {
      if (!model_.info.heap.present && r.kind == "data")
        hexAddress_ = r.start & ~15u;
    }
    hexJump_ = true;
  }
  return true;
}

const memviz::Stats& App::statsNow() const {
  if (statsKey_.loads != loads_ || statsKey_.moment != now()) {
    stats_ = model_.statsAt(now());
    statsKey_ = {loads_, now()};
  }
  return stats_;
}

const std::vector<const memviz::Allocation*>& App::liveByAddress() const {
  if (liveKey_.loads != loads_ || liveKey_.moment != now()) {
    liveByAddress_ = model_.liveAt(now());
    std::sort(liveByAddress_.begin(), liveByAddress_.end(),
              [](const memviz::Allocation* x, const memviz::Allocation* y) {
                return x->address < y->address;
              });
    liveKey_ = {loads_, now()};
  }
  return liveByAddress_;
}

uint32_t App::clampEvent(uint32_t e) const {
  if (eventCount() == 0)
    return 0;
  return std::min(e, eventCount() - 1);
}

void App::select(uint32_t allocation) {
  selected_ = allocation;
  if (allocation == kNever)
    return;
  const memviz::Allocation& a = model_.allocations[allocation];
  hexAddress_ = a.address & ~15u;
  if (const memviz::SiteInfo* s = model_.info.site(a.site))
    notifySelectSite(s->line, s->col);
}

void App::selectHandle(uint32_t handle) {
  selectedHandle_ = handle < model_.handles.size() ? handle : kNever;
  if (selectedHandle_ == kNever)
    return;
  const memviz::Handle& h = model_.handles[handle];
  if (!h.events.empty()) {
    if (const memviz::SiteInfo* s = model_.info.site(h.events[0].site))
      notifySelectSite(s->line, s->col);
  }
}

// Only a line that allocates narrows the views; other lines show everything.
void App::selectLine(int line) {
  requestedLine_ = line;
  line_ = 0;
  for (const memviz::SiteInfo& s : model_.info.sites) {
    if (static_cast<int>(s.line) == line)
      line_ = line;
  }
  rowsDirty_ = true;
}

bool App::matchesLine(uint32_t site) const {
  if (line_ <= 0)
    return true;
  const memviz::SiteInfo* s = model_.info.site(site);
  return s && static_cast<int>(s->line) == line_;
}

void App::frame() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  // The window fills the canvas; its background is the canvas's clear
  // colour (main.cpp), not a rectangle: with a software renderer, one
  // blended pass over every pixel less per frame.
  ImGui::Begin("WasmRust DevTools", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoBackground);
  header();
  if (loaded_) {
    scrubber();
    breakControls();
    if (ImGui::BeginTabBar("views")) {
      for (int i = 0; i < static_cast<int>(Tab::Count); ++i) {
        Tab t = static_cast<Tab>(i);
        ImGuiTabItemFlags flags =
            tabRequested_ && tab_ == t ? ImGuiTabItemFlags_SetSelected : ImGuiTabItemFlags_None;
        if (ImGui::BeginTabItem(tabName(t), nullptr, flags)) {
          if (!tabRequested_)
            tab_ = t;
          switch (t) {
            case Tab::Map:
              mapView();
              break;
            case Tab::Allocations:
              allocationTable();
              break;
            case Tab::Handles:
              handleTimeline();
              break;
            case Tab::Hex:
              hexView();
              break;
            default:
              statsView();
          }
          ImGui::EndTabItem();
        }
      }
      tabRequested_ = false;
      ImGui::EndTabBar();
    }
  }
  ImGui::End();
}

std::string App::stateJson() const {
  nlohmann::json j;
  j["loaded"] = loaded_;
  j["loads"] = loads_;
  j["error"] = error_;
  j["tab"] = tabName(tab_);
  j["fps"] = ImGui::GetIO().Framerate;
  j["frame_ms"] = frameMs_;
  j["frames"] = frames_;
  if (!loaded_)
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  const memviz::Stats& s = statsNow();
  j["file"] = model_.info.file;
  j["exit_code"] = model_.exitCode;
  j["running"] = model_.flags == 0;  // a snapshot of a program still running
  j["events"] = eventCount();
  j["event"] = now() == kNever ? nlohmann::json(nullptr) : nlohmann::json(now());
  j["live_blocks"] = s.liveBlocks;
  j["live_bytes"] = s.liveBytes;
  j["allocations"] = model_.allocations.size();
  j["handles"] = s.handles;
  j["live_handles"] = s.liveHandles;
  nlohmann::json regions = nlohmann::json::array();
  for (const memviz::Region& r : model_.regions)
    regions.push_back({{"name", r.name}, {"start", r.start}, {"end", r.end}, {"used", r.used}});
  j["regions"] = std::move(regions);
  nlohmann::json handles = nlohmann::json::array();
  for (const memviz::Handle& h : model_.handles)
    handles.push_back({{"id", h.id},
                       {"type", model_.info.type(h.type).name},
                       {"type_id", h.type},
                       {"state", h.state}});
  j["handle_list"] = std::move(handles);
  j["selected"] = selected_ == kNever ? nlohmann::json(nullptr) : nlohmann::json(selected_);
  j["line"] = line_;
  j["filter"] = filter_;
  j["table_rows"] = rows_.size();
  j["anomalies"] = model_.anomalies.size();
  j["paused"] = paused_;
  j["break_on_alloc"] = breakOnAlloc_ ? breakMinSize_ : 0;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace devtools
