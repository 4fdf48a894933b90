// The DevTools app's state and views. App holds the memviz model of the
// latest snapshot and everything the user has chosen (the moment the time
// scrubber shows, the selection, the filters, the "break on" settings);
// frame() draws one frame of the UI. The views live in views_*.cpp, the
// bridge to the page in bridge.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "imgui.h"
#include "memviz/model.h"

namespace devtools {

using memviz::kNever;

struct CanvasSize {
  int width = 800;
  int height = 600;
};
CanvasSize canvasSize();  // the canvas's size on the page, in CSS pixels
void applyStyle();

enum class Tab : int { Map = 0, Allocations, Handles, Hex, Stats, Count };
const char* tabName(Tab t);

class App {
 public:
  // Replaces the model with a snapshot's; false (and an error shown) if it
  // cannot be decoded. `follow`: show the newest event.
  bool load(const uint8_t* data, size_t size);
  void frame();

  // What the page (and the tests) can ask for.
  void selectLine(int line);  // the editor's line: its allocations and handles
  void setEvent(uint32_t event) { event_ = clampEvent(event), follow_ = event == kNever; }
  void setTab(Tab t) { tab_ = t, tabRequested_ = true; }
  void setPaused(const std::string& reason) { paused_ = reason; }
  void selectAllocation(uint32_t id) {
    if (id == kNever || id < model_.allocations.size())
      select(id);
  }
  void selectHandle(uint32_t handle);  // and tell the page its creating line
  std::string stateJson() const;       // the model the views show, for tests
  // One frame was drawn; its UI and draw calls took `ms` (averaged for
  // stateJson, with the count of frames drawn: the benchmark's measures).
  void frameTook(double ms) {
    frameMs_ += (ms - frameMs_) * 0.05;
    ++frames_;
  }

 private:
  // views_controls.cpp
  void header();
  void scrubber();
  void breakControls();
  // views_map.cpp
  void mapView();
  void memoryBar(float height);
  void heapBar(float height);
  void selectionDetails();
  // views_table.cpp
  void allocationTable();
  void rebuildRows();
  // views_handles.cpp
  void handleTimeline();
  // views_hex.cpp
  void hexView();
  void statsView();

  uint32_t clampEvent(uint32_t e) const;
  uint32_t now() const { return follow_ ? kNever : event_; }  // the moment shown
  uint32_t eventCount() const { return static_cast<uint32_t>(model_.events.size()); }
  bool alive(const memviz::Allocation& a) const {
    return now() == kNever ? a.live() : a.liveAt(now());
  }
  // Per-moment results the views ask for every frame, computed once per
  // model and moment (each walks every event or block).
  const memviz::Stats& statsNow() const;
  const std::vector<const memviz::Allocation*>& liveByAddress() const;
  void select(uint32_t allocation);
  bool matchesLine(uint32_t site) const;

  memviz::Model model_;
  bool loaded_ = false;
  std::string error_;
  uint32_t loads_ = 0;
  uint32_t event_ = 0;
  bool follow_ = true;
  bool playing_ = false;
  float playAccum_ = 0;
  Tab tab_ = Tab::Map;
  bool tabRequested_ = false;
  uint32_t selected_ = kNever;        // allocation id
  uint32_t selectedHandle_ = kNever;  // index in model_.handles
  int line_ = 0;                      // editor line filter (0: none)
  int requestedLine_ = 0;             // the editor's line, whether it allocates or not
  char filter_[64] = "";
  std::vector<uint32_t> rows_;  // the allocation table's rows, filtered and sorted
  bool rowsDirty_ = true;
  int sortColumn_ = 0;
  bool sortAscending_ = true;
  uint32_t hexAddress_ = 0;
  bool hexJump_ = false;
  int breakMinSize_ = 0;
  bool breakOnAlloc_ = false;
  int breakDropType_ = -1;
  std::string paused_;
  uint32_t lastRowsEvent_ = kNever - 1;
  std::vector<uint32_t> handleTypes_;  // types of the handles, for "break on drop of"
  double frameMs_ = 0;
  uint32_t frames_ = 0;
  struct MomentCache {
    uint32_t loads = 0;
    uint32_t moment = 0;
  };
  mutable MomentCache statsKey_, liveKey_;
  mutable memviz::Stats stats_;
  mutable std::vector<const memviz::Allocation*> liveByAddress_;
};

App& app();

// Colours shared by the views.
ImU32 typeColor(uint32_t type, float alpha = 1.0f);
ImU32 regionColor(const std::string& kind);
std::string bytesText(uint64_t bytes);
std::string hexText(uint32_t v);

// Notifications to the page (bridge.cpp).
void notifySelectSite(uint32_t line, uint32_t col);
void notifyBreakSettings(int minSize, int dropType);
void notifyResume();

}  // namespace devtools
