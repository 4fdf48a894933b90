// The handle timeline: one row per resource handle, a bar from its creation
// to its consumption or drop (lighter while borrowed), markers for borrows,
// moves, consumes and drops, and the scrubber's moment as a line. Clicking
// a row selects the handle and tells the page its creating line.
#include <algorithm>

#include "devtools/app/app.h"

namespace devtools {

namespace {

ImU32 markerColor(memviz::EventKind k) {
  switch (k) {
    case memviz::EventKind::HandleBorrow:
      return IM_COL32(30, 136, 229, 255);
    case memviz::EventKind::HandleMove:
      return IM_COL32(249, 168, 37, 255);
    case memviz::EventKind::HandleConsume:
      return IM_COL32(46, 125, 50, 255);
    case memviz::EventKind::HandleDrop:
      return IM_COL32(198, 40, 40, 255);
    default:
      return IM_COL32(38, 50, 56, 255);
  }
}

}  // namespace

void App::handleTimeline() {
  if (model_.handles.empty()) {
    ImGui::TextDisabled(
        "No resource handles: this program creates no #[wasm::linear] values (or the trace "
        "has none yet).");
    return;
  }
  ImGui::TextDisabled("markers: borrow (blue), move (yellow), consume (green), drop (red)");
  const float rowH = ImGui::GetTextLineHeightWithSpacing() + 4;
  const float labelW = 170;
  ImGui::BeginChild("timeline", ImVec2(0, 0), false);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float w = ImGui::GetContentRegionAvail().x - labelW;
  double n = std::max<uint32_t>(1, eventCount());
  uint32_t at = now() == kNever ? eventCount() : now();
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(model_.handles.size()), rowH);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const memviz::Handle& h = model_.handles[i];
      ImVec2 p = ImGui::GetCursorScreenPos();
      ImGui::PushID(i);
      if (ImGui::Selectable("##row", selectedHandle_ == static_cast<uint32_t>(i),
                            ImGuiSelectableFlags_None, ImVec2(0, rowH - 4)))
        selectHandle(static_cast<uint32_t>(i));
      ImGui::PopID();
      bool dim = h.created > at;  // not created yet at the scrubber's moment
      dl->AddText(ImVec2(p.x + 4, p.y + 2),
                  dim ? IM_COL32(150, 150, 150, 255) : IM_COL32(38, 50, 56, 255),
                  (model_.info.type(h.type).name + " #" + std::to_string(h.id)).c_str());
      auto xOf = [&](uint32_t e) { return p.x + labelW + static_cast<float>(w * e / n); };
      uint32_t end = h.ended == kNever ? eventCount() : h.ended;
      float x0 = xOf(h.created), x1 = std::max(xOf(end), x0 + 2);
      dl->AddRectFilled(ImVec2(x0, p.y + 4), ImVec2(x1, p.y + rowH - 6),
                        typeColor(h.type, dim ? 0.3f : 0.85f), 2);
      // Borrowed spans, lighter.
      uint32_t borrowStart = kNever;
      for (const memviz::HandleEvent& e : h.events) {
        if (e.kind != memviz::EventKind::HandleBorrow)
          continue;
        if (e.arg && borrowStart == kNever) {
          borrowStart = e.event;
        } else if (!e.arg && borrowStart != kNever) {
          dl->AddRectFilled(ImVec2(xOf(borrowStart), p.y + 7), ImVec2(xOf(e.event), p.y + rowH - 9),
                            IM_COL32(255, 255, 255, 150));
          borrowStart = kNever;
        }
      }
      for (const memviz::HandleEvent& e : h.events)
        dl->AddCircleFilled(ImVec2(xOf(e.event), p.y + rowH / 2 - 1), 4, markerColor(e.kind));
    }
  }
  // The scrubber's moment.
  ImVec2 top = ImGui::GetWindowPos();
  float x = top.x + ImGui::GetStyle().WindowPadding.x + labelW + static_cast<float>(w * at / n);
  dl->AddLine(ImVec2(x, top.y), ImVec2(x, top.y + ImGui::GetWindowHeight()),
              IM_COL32(230, 81, 0, 200), 2);
  ImGui::EndChild();
}

}  // namespace devtools
