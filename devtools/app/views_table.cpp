// The allocation table: every block the trace recorded, with its state at
// the scrubber's moment; sortable by any column and filtered by text
// (type, function, "live", "freed", a line number) and by the editor line.
#include <algorithm>
#include <cstring>

#include "devtools/app/app.h"

namespace devtools {

namespace {

enum Column { kId, kAddress, kSize, kType, kLine, kState, kAllocated, kFreed, kColumns };

bool contains(const std::string& hay, const char* needle) {
  if (!*needle)
    return true;
  auto lower = [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); };
  std::string h(hay), n(needle);
  std::transform(h.begin(), h.end(), h.begin(), lower);
  std::transform(n.begin(), n.end(), n.begin(), lower);
  return h.find(n) != std::string::npos;
}

}  // namespace

void App::rebuildRows() {
  rows_.clear();
  for (const memviz::Allocation& a : model_.allocations) {
    if (!matchesLine(a.site))
      continue;
    const memviz::SiteInfo* s = model_.info.site(a.site);
    std::string text = model_.info.type(a.type).name + " " + (alive(a) ? "live" : "freed") + " " +
                       (s ? s->fn + " " + s->what + " " + std::to_string(s->line) : "");
    if (!contains(text, filter_))
      continue;
    rows_.push_back(a.id);
  }
  auto key = [&](uint32_t id, int col) -> int64_t {
    const memviz::Allocation& a = model_.allocations[id];
    const memviz::SiteInfo* s = model_.info.site(a.site);
    switch (col) {
      case kAddress:
        return a.address;
      case kSize:
        return a.size;
      case kType:
        return a.type;
      case kLine:
        return s ? s->line : 0;
      case kState:
        return alive(a) ? 0 : 1;
      case kAllocated:
        return a.allocEvent;
      case kFreed:
        return a.freeEvent == kNever ? INT64_MAX : a.freeEvent;
      default:
        return a.id;
    }
  };
  std::stable_sort(rows_.begin(), rows_.end(), [&](uint32_t x, uint32_t y) {
    int64_t kx = key(x, sortColumn_), ky = key(y, sortColumn_);
    return sortAscending_ ? kx < ky : kx > ky;
  });
  rowsDirty_ = false;
  lastRowsEvent_ = now();
}

void App::allocationTable() {
  ImGui::SetNextItemWidth(260);
  if (ImGui::InputTextWithHint("##filter", "filter: type, function, live, freed, line", filter_,
                               sizeof filter_))
    rowsDirty_ = true;
  if (line_ > 0) {
    ImGui::SameLine();
    if (ImGui::SmallButton(("line " + std::to_string(line_) + "  x").c_str()))
      selectLine(0);
  }
  ImGui::SameLine();
  ImGui::TextDisabled("%zu of %zu blocks", rows_.size(), model_.allocations.size());
  // A block's state only changes the rows when the filter or the order can
  // depend on it; otherwise scrubbing keeps the cached rows.
  bool stateMatters = filter_[0] != 0 || sortColumn_ == kState;
  if (rowsDirty_ || (stateMatters && lastRowsEvent_ != now()))
    rebuildRows();
  ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg |
                          ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY |
                          ImGuiTableFlags_Resizable;
  if (!ImGui::BeginTable("allocations", kColumns, flags, ImGui::GetContentRegionAvail()))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_DefaultSort);
  ImGui::TableSetupColumn("address");
  ImGui::TableSetupColumn("size");
  ImGui::TableSetupColumn("type");
  ImGui::TableSetupColumn("line");
  ImGui::TableSetupColumn("state");
  ImGui::TableSetupColumn("allocated");
  ImGui::TableSetupColumn("freed");
  ImGui::TableHeadersRow();
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
    if (specs->SpecsDirty && specs->SpecsCount > 0) {
      sortColumn_ = specs->Specs[0].ColumnIndex;
      sortAscending_ = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
      specs->SpecsDirty = false;
      rebuildRows();
    }
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(rows_.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      const memviz::Allocation& a = model_.allocations[rows_[r]];
      const memviz::SiteInfo* s = model_.info.site(a.site);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      char label[32];
      std::snprintf(label, sizeof label, "%u", a.id);
      if (ImGui::Selectable(label, selected_ == a.id, ImGuiSelectableFlags_SpanAllColumns))
        select(a.id);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(hexText(a.address).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%u", a.size);
      ImGui::TableNextColumn();
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(typeColor(a.type)), "%s",
                         model_.info.type(a.type).name.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%u", s ? s->line : 0);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(alive(a) ? "live" : "freed");
      ImGui::TableNextColumn();
      ImGui::Text("%u", a.allocEvent);
      ImGui::TableNextColumn();
      if (a.freeEvent != kNever)
        ImGui::Text("%u", a.freeEvent);
    }
  }
  ImGui::EndTable();
}

}  // namespace devtools
