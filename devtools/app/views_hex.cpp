// The hex view with a typed overlay: memory 16 bytes a row, each byte tinted
// by what owns it (a static, or a heap block coloured by its type); hovering
// a byte shows the field it belongs to and that field's value (memviz's
// inspect), and outlines the field's bytes. And the statistics view.
#include <algorithm>
#include <cstdio>
#include <string>

#include "devtools/app/app.h"
#include "memviz/inspect.h"

namespace devtools {

void App::hexView() {
  uint32_t size = model_.memoryBytes();
  int addr = static_cast<int>(hexAddress_);
  ImGui::SetNextItemWidth(140);
  if (ImGui::InputInt("address", &addr, 16, 4096, ImGuiInputTextFlags_CharsHexadecimal)) {
    hexAddress_ = static_cast<uint32_t>(std::clamp(addr, 0, static_cast<int>(size) - 1)) & ~15u;
    hexJump_ = true;
  }
  ImGui::SameLine();
  ImGui::SetNextItemWidth(200);
  if (ImGui::BeginCombo("go to", "region...")) {
    for (const memviz::Region& r : model_.regions) {
      if (ImGui::Selectable(r.name.c_str())) {
        hexAddress_ = r.start & ~15u;
        hexJump_ = true;
      }
    }
    ImGui::EndCombo();
  }
  // Owners of the bytes on screen: statics and live blocks, by address.
  ImGui::BeginChild("hex", ImVec2(0, 0), false);
  float rowH = ImGui::GetTextLineHeightWithSpacing();
  if (hexJump_) {
    ImGui::SetScrollY(rowH * (hexAddress_ / 16));
    hexJump_ = false;
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  float charW = ImGui::CalcTextSize("0").x;
  float hexX = charW * 11;
  const std::vector<uint8_t>& mem = model_.memory;
  // Live blocks by address, for the tints (a binary search per byte).
  const std::vector<const memviz::Allocation*>& live = liveByAddress();
  auto blockAt = [&](uint32_t a) -> const memviz::Allocation* {
    auto it =
        std::upper_bound(live.begin(), live.end(), a,
                         [](uint32_t v, const memviz::Allocation* b) { return v < b->address; });
    if (it == live.begin())
      return nullptr;
    --it;
    return a < (*it)->address + std::max((*it)->size, 1u) ? *it : nullptr;
  };
  memviz::ByteInfo hovered;
  bool anyHover = false;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>((size + 15) / 16), rowH);
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      uint32_t base = static_cast<uint32_t>(row) * 16;
      ImVec2 p = ImGui::GetCursorScreenPos();
      char line[128];
      int n = std::snprintf(line, sizeof line, "%08x  ", base);
      for (uint32_t i = 0; i < 16 && base + i < size; ++i)
        n += std::snprintf(line + n, sizeof line - n, "%02x ", mem[base + i]);
      n += std::snprintf(line + n, sizeof line - n, " ");
      for (uint32_t i = 0; i < 16 && base + i < size; ++i) {
        uint8_t c = mem[base + i];
        line[n++] = c >= 32 && c < 127 ? static_cast<char>(c) : '.';
      }
      line[n] = 0;
      // Tints under the bytes.
      for (uint32_t i = 0; i < 16 && base + i < size; ++i) {
        uint32_t a = base + i;
        ImU32 tint = 0;
        if (const memviz::Allocation* blk = blockAt(a))
          tint = typeColor(blk->type, 0.25f);
        else
          for (const memviz::StaticInfo& s : model_.info.statics) {
            if (a >= s.address && a < s.address + std::max(model_.info.type(s.type).size, 1u))
              tint = IM_COL32(102, 187, 106, 70);
          }
        if (tint) {
          float x = p.x + hexX + charW * 3 * i;
          dl->AddRectFilled(ImVec2(x - 1, p.y), ImVec2(x + charW * 2 + 1, p.y + rowH - 1), tint);
        }
      }
      ImGui::TextUnformatted(line);
      // Hover: which byte?
      ImVec2 m = ImGui::GetIO().MousePos;
      if (ImGui::IsWindowHovered() && m.y >= p.y && m.y < p.y + rowH && m.x >= p.x + hexX) {
        int col = static_cast<int>((m.x - p.x - hexX) / (charW * 3));
        if (col >= 0 && col < 16 && base + col < size) {
          hovered = memviz::inspect(model_, base + static_cast<uint32_t>(col), now());
          anyHover = true;
        }
      }
    }
  }
  if (anyHover) {
    // Outline the hovered field's bytes (those on screen).
    for (uint32_t a = hovered.fieldStart; a < hovered.fieldStart + hovered.fieldSize; ++a) {
      int row = static_cast<int>(a / 16), col = static_cast<int>(a % 16);
      float y = ImGui::GetWindowPos().y + ImGui::GetStyle().WindowPadding.y + row * rowH -
                ImGui::GetScrollY();
      float x =
          ImGui::GetWindowPos().x + ImGui::GetStyle().WindowPadding.x + hexX + charW * 3 * col;
      dl->AddRect(ImVec2(x - 1, y), ImVec2(x + charW * 2 + 1, y + rowH - 1),
                  IM_COL32(230, 81, 0, 255));
    }
    ImGui::BeginTooltip();
    ImGui::Text("%s  %s", hexText(hovered.address).c_str(), hovered.region.c_str());
    if (!hovered.owner.empty())
      ImGui::Text("%s%s", hovered.owner.c_str(), hovered.path.c_str());
    ImGui::Text("%s = %s", hovered.type.c_str(), hovered.value.c_str());
    ImGui::EndTooltip();
  }
  ImGui::EndChild();
}

void App::statsView() {
  const memviz::Stats& s = statsNow();
  if (ImGui::BeginTable("stats", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    auto row = [](const char* k, const std::string& v) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextDisabled("%s", k);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(v.c_str());
    };
    row("events", std::to_string(s.events));
    row("allocations",
        std::to_string(s.allocs) + " (+" + std::to_string(s.reallocs) + " reallocs)");
    row("frees", std::to_string(s.frees));
    row("live", std::to_string(s.liveBlocks) + " blocks, " + bytesText(s.liveBytes));
    row("peak", bytesText(s.peakLiveBytes) + " in " + std::to_string(s.peakLiveBlocks) + " blocks");
    row("heap below the top", bytesText(s.heapTop - s.heapStart));
    row("free on lists (end)", bytesText(s.freeBytes) + " in " + std::to_string(s.freeBlocks) +
                                   " blocks, largest " + bytesText(s.largestFree));
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.1f%%", 100 * s.fragmentation);
    row("fragmentation (end)", pct);
    row("handles", std::to_string(s.liveHandles) + " live of " + std::to_string(s.handles));
    ImGui::EndTable();
  }
  ImGui::Separator();
  ImGui::Text("Anomalies (%zu)", model_.anomalies.size());
  for (const memviz::Anomaly& a : model_.anomalies)
    ImGui::BulletText("%s: %s", a.kind.c_str(), a.message.c_str());
  ImGui::Separator();
  ImGui::TextUnformatted("Allocation sites");
  for (const memviz::SiteUse& u : model_.sites) {
    const memviz::SiteInfo* si = model_.info.site(u.site);
    ImGui::PushID(static_cast<int>(u.site));
    // Line 0: a site inside std that no user call site covers (a drop).
    std::string label = si && si->line ? "line " + std::to_string(si->line) : "std";
    if (ImGui::SmallButton(label.c_str())) {
      selectLine(si ? static_cast<int>(si->line) : 0);
      if (si)
        notifySelectSite(si->line, si->col);
      setTab(Tab::Allocations);
    }
    ImGui::PopID();
    ImGui::SameLine();
    ImGui::Text("%s: %u blocks, %s (%u live)", si ? si->what.c_str() : "?", u.totalBlocks,
                bytesText(u.totalBytes).c_str(), u.liveBlocks);
  }
}

}  // namespace devtools
