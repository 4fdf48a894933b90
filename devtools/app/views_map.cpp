// The memory map: the whole linear memory to scale, coloured by region, and
// the heap to scale with every block live at the scrubber's moment,
// coloured by type. Hovering shows what is there; clicking a block selects
// it (and tells the page which source line allocated it).
#include <algorithm>
#include <vector>

#include "devtools/app/app.h"
#include "memviz/inspect.h"

namespace devtools {

namespace {

void outline(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 color, float thickness = 2) {
  dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), color, 0, 0, thickness);
}

// One legend entry (a swatch and a label), wrapping to a new line when it
// would not fit on this one.
void legendItem(ImU32 color, const std::string& label) {
  float w = 12 + ImGui::GetStyle().ItemSpacing.x + ImGui::CalcTextSize(label.c_str()).x;
  if (ImGui::GetCursorPosX() + w > ImGui::GetWindowContentRegionMax().x)
    ImGui::NewLine();
  ImVec2 c = ImGui::GetCursorScreenPos();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(c.x, c.y + 3), ImVec2(c.x + 10, c.y + 13),
                                            color);
  ImGui::Dummy(ImVec2(12, 14));
  ImGui::SameLine();
  ImGui::TextUnformatted(label.c_str());
  ImGui::SameLine(0, 14);
}

// The heap bar's pixel columns. What is narrower than a few pixels is
// gathered per column and drawn as runs of equal columns, so a heap of
// 10,000 blocks costs a few hundred rectangles rather than 10,000.
class Columns {
 public:
  Columns(float left, float width)
      : left_(left),
        winner_(static_cast<size_t>(std::max(1.0f, width)), kNever),
        cover_(winner_.size(), 0) {}

  // Marks the columns that [x0, x1) touches with `value`; a column keeps the
  // value that covered the most of it in one stretch.
  void mark(float x0, float x1, uint32_t value) {
    int cols = static_cast<int>(winner_.size());
    float a = x0 - left_, b = std::max(x1 - left_, a + 0.05f);
    for (int c = std::max(0, static_cast<int>(a)); c < cols && c < b; ++c) {
      float part = std::min(b, c + 1.0f) - std::max(a, static_cast<float>(c));
      if (winner_[c] == value) {
        cover_[c] += part;
      } else if (winner_[c] == kNever || part > cover_[c]) {
        winner_[c] = value;
        cover_[c] = part;
      }
    }
  }

  // draw(x0, x1, value) for each run of marked columns with the same value.
  template <class Draw>
  void runs(Draw draw) const {
    size_t cols = winner_.size();
    for (size_t c = 0; c < cols;) {
      size_t end = c + 1;
      while (end < cols && winner_[end] == winner_[c])
        ++end;
      if (winner_[c] != kNever)
        draw(left_ + c, left_ + end, winner_[c]);
      c = end;
    }
  }

 private:
  float left_;
  std::vector<uint32_t> winner_;
  std::vector<float> cover_;
};

// Blocks at least this many pixels wide are drawn one by one.
constexpr float kOwnRectangle = 3;

}  // namespace

void App::mapView() {
  ImGui::TextDisabled("Linear memory, to scale");
  memoryBar(34);
  if (model_.info.heap.present) {
    ImGui::Spacing();
    heapBar(70);
  }
  ImGui::Separator();
  selectionDetails();
}

void App::memoryBar(float height) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  float w = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton("memory", ImVec2(w, height));
  bool hovered = ImGui::IsItemHovered();
  double total = std::max(1u, model_.memoryBytes());
  float mx = ImGui::GetIO().MousePos.x;
  for (const memviz::Region& r : model_.regions) {
    float x0 = p.x + static_cast<float>(w * r.start / total);
    float x1 = p.x + static_cast<float>(w * r.end / total);
    x1 = std::max(x1, x0 + 1);
    dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + height), regionColor(r.kind));
    if (r.size() && r.kind != "unused") {
      float used = (x1 - x0) * std::min(1.0f, static_cast<float>(r.used) / r.size());
      dl->AddRectFilled(ImVec2(x0, p.y + height - 5), ImVec2(x0 + used, p.y + height),
                        IM_COL32(38, 50, 56, 110));
    }
    if (hovered && mx >= x0 && mx < x1) {
      outline(dl, ImVec2(x0, p.y), ImVec2(x1, p.y + height), IM_COL32(38, 50, 56, 255));
      ImGui::SetTooltip("%s\n%s - %s\n%s, %s used", r.name.c_str(), hexText(r.start).c_str(),
                        hexText(r.end).c_str(), bytesText(r.size()).c_str(),
                        bytesText(r.used).c_str());
      if (ImGui::IsMouseClicked(0)) {
        hexAddress_ = r.start & ~15u;
        hexJump_ = true;
      }
    }
  }
  // Legend.
  for (const memviz::Region& r : model_.regions)
    legendItem(regionColor(r.kind), r.name + " " + bytesText(r.size()));
  ImGui::NewLine();
}

void App::heapBar(float height) {
  const memviz::Stats& s = model_.stats;
  uint32_t lo = s.heapStart, hi = std::max({s.heapTop, s.heapHighWater, lo + 1});
  ImGui::TextDisabled("Heap, to scale: %s - %s (%s)%s", hexText(lo).c_str(), hexText(hi).c_str(),
                      bytesText(hi - lo).c_str(),
                      line_ > 0 ? "  - blocks from the selected line are outlined" : "");
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 p = ImGui::GetCursorScreenPos();
  float w = ImGui::GetContentRegionAvail().x;
  ImGui::InvisibleButton("heap", ImVec2(w, height));
  bool hovered = ImGui::IsItemHovered();
  dl->AddRectFilled(p, ImVec2(p.x + w, p.y + height), IM_COL32(250, 250, 250, 255));
  dl->AddRect(p, ImVec2(p.x + w, p.y + height), IM_COL32(207, 216, 220, 255));
  double span = hi - lo;
  auto xOf = [&](uint32_t a) {
    return p.x + static_cast<float>(w * (static_cast<double>(a) - lo) / span);
  };
  // Free blocks at the end of the run, light grey (only meaningful at the end).
  const ImU32 freeColor = IM_COL32(224, 224, 224, 255);
  if (now() == kNever) {
    Columns narrowFree(p.x, w);
    for (const memviz::FreeBlock& f : model_.freeBlocks) {
      float x0 = xOf(f.address), x1 = xOf(f.address + f.size);
      if (x1 - x0 >= kOwnRectangle)
        dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + height), freeColor);
      else
        narrowFree.mark(x0, x1, 0);
    }
    narrowFree.runs([&](float x0, float x1, uint32_t) {
      dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + height), freeColor);
    });
  }
  float mx = ImGui::GetIO().MousePos.x;
  const memviz::Allocation* hover = nullptr;
  Columns narrow(p.x, w), narrowOnLine(p.x, w);
  const ImU32 lineColor = IM_COL32(0, 0, 0, 255);
  for (const memviz::Allocation* live : liveByAddress()) {
    const memviz::Allocation& a = *live;
    float x0 = xOf(a.address), x1 = xOf(a.address + a.footprint);
    if (hovered && mx >= x0 && mx < std::max(x1, x0 + 1))
      hover = &a;
    bool onLine = line_ > 0 && matchesLine(a.site);
    if (x1 - x0 >= kOwnRectangle) {
      dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + height), typeColor(a.type));
      dl->AddLine(ImVec2(x1, p.y), ImVec2(x1, p.y + height), IM_COL32(255, 255, 255, 200));
      if (onLine)
        outline(dl, ImVec2(x0, p.y + 2), ImVec2(x1, p.y + height - 2), lineColor, 1.5f);
    } else {
      narrow.mark(x0, x1, a.type);
      if (onLine)
        narrowOnLine.mark(x0, x1, 0);
    }
  }
  narrow.runs([&](float x0, float x1, uint32_t type) {
    dl->AddRectFilled(ImVec2(x0, p.y), ImVec2(x1, p.y + height), typeColor(type));
  });
  narrowOnLine.runs([&](float x0, float x1, uint32_t) {
    outline(dl, ImVec2(x0, p.y + 2), ImVec2(x1, p.y + height - 2), lineColor, 1.5f);
  });
  if (selected_ != kNever && alive(model_.allocations[selected_])) {
    const memviz::Allocation& a = model_.allocations[selected_];
    outline(dl, ImVec2(xOf(a.address), p.y), ImVec2(xOf(a.address + a.footprint), p.y + height),
            IM_COL32(230, 81, 0, 255), 3);
  }
  if (hover) {
    const memviz::SiteInfo* site = model_.info.site(hover->site);
    ImGui::SetTooltip("block #%u: %s, %u bytes (%u in the heap)\nat %s, line %u (%s)", hover->id,
                      model_.info.type(hover->type).name.c_str(), hover->size, hover->footprint,
                      hexText(hover->address).c_str(), site ? site->line : 0,
                      site ? site->what.c_str() : "?");
    if (ImGui::IsMouseClicked(0))
      select(hover->id);
  } else if (hovered) {
    double at = lo + (mx - p.x) / w * span;
    ImGui::SetTooltip("%s: free", hexText(static_cast<uint32_t>(at)).c_str());
  }
  // Types legend.
  for (size_t i = 0; i < model_.types.size() && i < 8; ++i) {
    const memviz::TypeUse& t = model_.types[i];
    legendItem(typeColor(t.type),
               model_.info.type(t.type).name + " (" + std::to_string(t.totalBlocks) + " blocks)");
  }
  if (now() == kNever && !model_.freeBlocks.empty())
    legendItem(freeColor, "free (" + bytesText(s.freeBytes) + ")");
  ImGui::NewLine();
}

void App::selectionDetails() {
  if (selected_ == kNever) {
    ImGui::TextDisabled("Click a block to see where it was allocated and freed.");
    return;
  }
  const memviz::Allocation& a = model_.allocations[selected_];
  const memviz::SiteInfo* site = model_.info.site(a.site);
  ImGui::Text("Block #%u: %s, %u bytes at %s (%u bytes in the heap, aligned to %u)", a.id,
              model_.info.type(a.type).name.c_str(), a.size, hexText(a.address).c_str(),
              a.footprint, a.align);
  if (site)
    ImGui::Text("allocated at line %u:%u in %s (%s), event %u", site->line, site->col,
                site->fn.c_str(), site->what.c_str(), a.allocEvent);
  if (a.freeEvent != kNever) {
    const memviz::SiteInfo* fs = model_.info.site(a.freeSite);
    ImGui::Text("freed at line %u, event %u", fs ? fs->line : 0, a.freeEvent);
  } else {
    ImGui::TextDisabled("still live at the end");
  }
  if (a.reallocFrom != kNever) {
    ImGui::SameLine();
    if (ImGui::SmallButton("previous (realloc)"))
      select(a.reallocFrom);
  }
  if (a.reallocTo != kNever) {
    ImGui::SameLine();
    if (ImGui::SmallButton("next (realloc)"))
      select(a.reallocTo);
  }
  ImGui::SameLine();
  if (ImGui::SmallButton("show bytes")) {
    hexAddress_ = a.address & ~15u;
    hexJump_ = true;
    setTab(Tab::Hex);
  }
}

}  // namespace devtools
