// The top of the window: what is loaded, the time scrubber that replays the
// recorded events, and the "break on" controls.
#include <algorithm>
#include <string>

#include "devtools/app/app.h"

namespace devtools {

void App::header() {
  if (!loaded_) {
    ImGui::TextUnformatted("WasmRust DevTools");
    ImGui::TextDisabled("No snapshot yet: run a program built in dev mode.");
    if (!error_.empty())
      ImGui::TextColored(ImVec4(0.78f, 0.16f, 0.16f, 1), "Could not read the snapshot: %s",
                         error_.c_str());
    return;
  }
  const char* how = (model_.flags & memviz::kSnapshotTrapped)    ? "stopped on a trap"
                    : (model_.flags & memviz::kSnapshotPanicked) ? "panicked"
                    : (model_.flags & memviz::kSnapshotFinished) ? "finished"
                                                                 : "running";
  ImGui::Text("%s", model_.info.file.empty() ? "program" : model_.info.file.c_str());
  ImGui::SameLine();
  std::string ending = model_.flags
                           ? std::string(how) + ", exit code " + std::to_string(model_.exitCode)
                           : std::string(how);
  ImGui::TextDisabled("%s  |  %u events  |  %s of memory", ending.c_str(), eventCount(),
                      bytesText(model_.memoryBytes()).c_str());
  if (!model_.anomalies.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImVec4(0.78f, 0.16f, 0.16f, 1), "%zu anomalies", model_.anomalies.size());
  }
  if (!paused_.empty()) {
    ImGui::TextColored(ImVec4(0.9f, 0.45f, 0.05f, 1), "Paused: %s", paused_.c_str());
    ImGui::SameLine();
    if (ImGui::Button("Continue")) {
      paused_.clear();
      notifyResume();
    }
  }
}

void App::scrubber() {
  uint32_t n = eventCount();
  if (n == 0) {
    ImGui::TextDisabled("No heap events recorded.");
    return;
  }
  // Playing steps through the events at about 30 per second.
  if (playing_) {
    playAccum_ += ImGui::GetIO().DeltaTime * 30;
    while (playAccum_ >= 1) {
      playAccum_ -= 1;
      if (follow_ || event_ + 1 >= n) {
        playing_ = false;
        follow_ = true;
        break;
      }
      ++event_;
    }
  }
  auto step = [&](int64_t delta) {
    int64_t at = follow_ ? n - 1 : event_;
    event_ = static_cast<uint32_t>(std::clamp<int64_t>(at + delta, 0, n - 1));
    follow_ = false;
  };
  if (ImGui::Button("|<"))
    step(-static_cast<int64_t>(n));
  ImGui::SameLine();
  if (ImGui::Button("<"))
    step(-1);
  ImGui::SameLine();
  if (ImGui::Button(playing_ ? "Pause" : "Play")) {
    playing_ = !playing_;
    if (playing_ && follow_) {
      follow_ = false;
      event_ = 0;
    }
  }
  ImGui::SameLine();
  if (ImGui::Button(">"))
    step(1);
  ImGui::SameLine();
  if (ImGui::Button(">|")) {
    follow_ = true;
    playing_ = false;
  }
  ImGui::SameLine();
  int shown = follow_ ? static_cast<int>(n) - 1 : static_cast<int>(event_);
  ImGui::SetNextItemWidth(std::max(120.0f, ImGui::GetContentRegionAvail().x - 330));
  if (ImGui::SliderInt("##event", &shown, 0, static_cast<int>(n) - 1, "event %d")) {
    event_ = static_cast<uint32_t>(shown);
    follow_ = event_ + 1 >= n;
  }
  ImGui::SameLine();
  const memviz::Stats& s = statsNow();
  ImGui::Text("%u live blocks, %s%s", s.liveBlocks, bytesText(s.liveBytes).c_str(),
              follow_ ? "  (end)" : "");
  if (!follow_ && event_ < n) {
    const memviz::Record& r = model_.events[event_];
    const memviz::SiteInfo* site = model_.info.site(r.site);
    static const char* const kKinds[] = {"?", "alloc", "free", "realloc from", "realloc to"};
    uint8_t k = static_cast<uint8_t>(r.kind);
    std::string where = site && site->line ? "line " + std::to_string(site->line) : "in std";
    ImGui::TextDisabled("event %u: %s %s at %s, %s", event_, k < 5 ? kKinds[k] : "handle event",
                        bytesText(r.size).c_str(), hexText(r.address).c_str(), where.c_str());
  }
}

void App::breakControls() {
  bool changed = ImGui::Checkbox("Break on allocation of at least", &breakOnAlloc_);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(110);
  changed |= ImGui::InputInt("bytes##break", &breakMinSize_, 64, 1024);
  breakMinSize_ = std::max(breakMinSize_, 1);
  ImGui::SameLine();
  ImGui::TextDisabled("|");
  ImGui::SameLine();
  std::string current =
      breakDropType_ < 0 ? "off" : model_.info.type(static_cast<uint32_t>(breakDropType_)).name;
  ImGui::SetNextItemWidth(160);
  if (ImGui::BeginCombo("break on drop of", current.c_str())) {
    if (ImGui::Selectable("off", breakDropType_ < 0)) {
      breakDropType_ = -1;
      changed = true;
    }
    for (uint32_t t : handleTypes_) {
      if (ImGui::Selectable(model_.info.type(t).name.c_str(),
                            breakDropType_ == static_cast<int>(t))) {
        breakDropType_ = static_cast<int>(t);
        changed = true;
      }
    }
    ImGui::EndCombo();
  }
  if (changed)
    notifyBreakSettings(breakOnAlloc_ ? breakMinSize_ : 0, breakDropType_);
}

}  // namespace devtools
