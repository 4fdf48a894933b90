// The model as an SVG picture (see report.h): a 1280-wide slide with the
// whole linear memory to scale, the heap to scale with its blocks coloured
// by type, the key numbers, live bytes over time, the busiest allocation
// sites and, when there are any, the resource handles' timelines.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "memviz/report.h"

namespace memviz {

namespace {

constexpr double kWidth = 1280;
constexpr double kMargin = 40;
constexpr double kBarWidth = kWidth - 2 * kMargin;
const char* const kFont = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

const char* regionColor(const std::string& kind) {
  static const std::map<std::string, const char*> kColors = {
      {"guard", "#9e9e9e"}, {"stack", "#5c6bc0"},   {"data", "#26a69a"},   {"statics", "#66bb6a"},
      {"frame", "#7e57c2"}, {"scratch", "#bdbdbd"}, {"format", "#ffa726"}, {"trace", "#a1887f"},
      {"heap", "#ef5350"},  {"unused", "#eceff1"}};
  auto it = kColors.find(kind);
  return it == kColors.end() ? "#cfd8dc" : it->second;
}

const char* typeColor(uint32_t type) {
  static const char* const kPalette[] = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
                                         "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#86bcb6"};
  return kPalette[type % 10];
}

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string num(double v, int decimals = 0) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string count(uint64_t v) {  // 12,345
  std::string s = std::to_string(v), out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (i && (s.size() - i) % 3 == 0)
      out += ',';
    out += s[i];
  }
  return out;
}

std::string bytes(uint64_t v) {
  if (v < 1024)
    return std::to_string(v) + " B";
  if (v < (1u << 20))
    return num(v / 1024.0, v < 10u * 1024 ? 1 : 0) + " KiB";
  return num(v / (1024.0 * 1024.0), v < 10ull * 1024 * 1024 ? 1 : 0) + " MiB";
}

std::string hex(uint32_t v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "0x%x", v);
  return buf;
}

class Svg {
 public:
  explicit Svg(const Model& m) : m_(m) {}

  std::string render() {
    double y = header();
    y = memoryBar(y + 20);
    if (m_.info.heap.present)
      y = heapBar(y + 30);
    y = panels(y + 30);
    if (!m_.handles.empty())
      y = handles(y + 20);
    std::string head = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(kWidth) +
                       "\" height=\"" + num(y + kMargin) + "\" viewBox=\"0 0 " + num(kWidth) + " " +
                       num(y + kMargin) + "\" " + kFont + ">\n";
    head +=
        "<defs><pattern id=\"free\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f5f5f5\"/>"
        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#bdbdbd\" stroke-width=\"2\"/>"
        "</pattern></defs>\n";
    head += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
    return head + body_ + "</svg>\n";
  }

 private:
  // `extra` holds more attributes; a fill there replaces the default ink.
  void text(double x, double y, const std::string& s, int size = 14, const char* extra = "") {
    bool ownFill = std::string(extra).find("fill=") == 0 ||
                   std::string(extra).find(" fill=") != std::string::npos;
    body_ += "<text x=\"" + num(x, 1) + "\" y=\"" + num(y, 1) + "\" font-size=\"" +
             std::to_string(size) + "\" " + (ownFill ? "" : "fill=\"#263238\" ") + extra + ">" +
             esc(s) + "</text>\n";
  }
  void rect(double x,
            double y,
            double w,
            double h,
            const char* fill,
            const std::string& title = "",
            const char* extra = "") {
    body_ += "<rect x=\"" + num(x, 2) + "\" y=\"" + num(y, 1) + "\" width=\"" +
             num(std::max(w, 0.0), 2) + "\" height=\"" + num(h, 1) + "\" fill=\"" + fill + "\" " +
             extra;
    if (title.empty())
      body_ += "/>\n";
    else
      body_ += "><title>" + esc(title) + "</title></rect>\n";
  }

  double header() {
    std::string title = "Memory of " + (m_.info.file.empty() ? "a program" : m_.info.file);
    text(kMargin, 50, title, 26, "font-weight=\"bold\"");
    std::string how = (m_.flags & kSnapshotTrapped)    ? "stopped on a trap"
                      : (m_.flags & kSnapshotPanicked) ? "panicked"
                                                       : "finished";
    std::string sub = how + ", exit code " + std::to_string(m_.exitCode) + " · " +
                      count(m_.events.size()) + " heap events · " + bytes(m_.memoryBytes()) +
                      " of linear memory (" + count(m_.memoryBytes() / 65536) + " pages)";
    text(kMargin, 76, sub, 15, "fill-opacity=\"0.8\"");
    return 90;
  }

  double memoryBar(double y) {
    text(kMargin, y, "Linear memory, to scale", 16, "font-weight=\"bold\"");
    y += 10;
    double total = std::max(1u, m_.memoryBytes());
    for (const Region& r : m_.regions) {
      double x = kMargin + kBarWidth * r.start / total;
      double w = kBarWidth * r.size() / total;
      rect(x, y, std::max(w, 1.0), 36, regionColor(r.kind),
           r.name + ": " + hex(r.start) + "–" + hex(r.end) + ", " + bytes(r.size()) + ", " +
               bytes(r.used) + " used");
      // How much of the region is in use, as a darker band.
      if (r.size() && r.kind != "unused")
        rect(x, y + 30, std::max(w * std::min(1.0, double(r.used) / r.size()), 0.0), 6, "#263238",
             "", "fill-opacity=\"0.35\"");
    }
    y += 36;
    // Legend: every region with its size.
    double x = kMargin;
    y += 22;
    for (const Region& r : m_.regions) {
      std::string label = r.name + " " + bytes(r.size());
      double w = 22 + 7.2 * label.size();
      if (x + w > kWidth - kMargin) {
        x = kMargin;
        y += 20;
      }
      rect(x, y - 11, 12, 12, regionColor(r.kind));
      text(x + 17, y, label, 13);
      x += w + 10;
    }
    return y;
  }

  double heapBar(double y) {
    const Stats& s = m_.stats;
    uint32_t lo = s.heapStart, hi = std::max(s.heapTop, s.heapHighWater);
    text(kMargin, y, "Heap, to scale: " + hex(lo) + " to " + hex(hi) + " (" + bytes(hi - lo) + ")",
         16, "font-weight=\"bold\"");
    y += 10;
    rect(kMargin, y, kBarWidth, 60, "#fafafa", "", "stroke=\"#cfd8dc\"");
    double span = std::max<double>(1, hi - lo);
    auto xOf = [&](uint32_t a) { return kMargin + kBarWidth * (double(a) - lo) / span; };
    for (const FreeBlock& f : m_.freeBlocks)
      rect(xOf(f.address), y, std::max(xOf(f.address + f.size) - xOf(f.address), 0.5), 60,
           "url(#free)", "free: " + hex(f.address) + ", " + bytes(f.size));
    std::vector<const Allocation*> live = m_.liveAt(kNever);
    if (live.size() <= 4000) {
      for (const Allocation* a : live) {
        const SiteInfo* si = m_.info.site(a->site);
        rect(xOf(a->address), y, std::max(xOf(a->address + a->footprint) - xOf(a->address), 0.6),
             60, typeColor(a->type),
             m_.info.type(a->type).name + ", " + count(a->size) + " bytes at " + hex(a->address) +
                 (si ? ", line " + std::to_string(si->line) : ""),
             "stroke=\"#ffffff\" stroke-width=\"0.3\"");
      }
    } else {
      // Too many blocks to draw one by one: one column per pixel, shaded by
      // how much of it live blocks cover, in the colour of the type covering most.
      int cols = static_cast<int>(kBarWidth);
      std::vector<std::map<uint32_t, double>> cover(cols);
      double perCol = span / cols;
      for (const Allocation* a : live) {
        double from = (double(a->address) - lo) / perCol, to = from + a->footprint / perCol;
        for (int c = std::max(0, int(from)); c < cols && c < to; ++c)
          cover[c][a->type] += std::min<double>(to, c + 1) - std::max<double>(from, c);
      }
      for (int c = 0; c < cols; ++c) {
        double sum = 0, best = 0;
        uint32_t type = 0;
        for (auto& [t, v] : cover[c]) {
          sum += v;
          if (v > best)
            best = v, type = t;
        }
        if (sum > 0)
          rect(kMargin + c, y, 1, 60, typeColor(type), "",
               ("fill-opacity=\"" + num(std::min(1.0, 0.25 + sum), 2) + "\"").c_str());
      }
    }
    // Wide blocks get their size written on them.
    if (live.size() <= 4000) {
      for (const Allocation* a : live) {
        double w = xOf(a->address + a->footprint) - xOf(a->address);
        std::string label = bytes(a->size);
        if (w > 8.0 * label.size() + 8)
          text(xOf(a->address) + w / 2, y + 35, label, 12,
               "fill=\"#ffffff\" text-anchor=\"middle\" font-weight=\"bold\"");
      }
    }
    // The allocator's top: above it the heap is unused (blocks there were
    // freed and the top came down).
    if (s.heapTop < hi) {
      double x = xOf(s.heapTop);
      body_ += "<line x1=\"" + num(x, 1) + "\" y1=\"" + num(y - 4, 1) + "\" x2=\"" + num(x, 1) +
               "\" y2=\"" + num(y + 64, 1) +
               "\" stroke=\"#263238\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"/>\n";
      text(x + 4, y + 56, "top", 12, "fill-opacity=\"0.8\"");
    }
    y += 60;
    text(kMargin, y + 18, hex(lo), 12, "fill-opacity=\"0.7\"");
    text(kWidth - kMargin, y + 18, hex(hi), 12, "fill-opacity=\"0.7\" text-anchor=\"end\"");
    // Types legend.
    double x = kMargin + 140;
    for (size_t i = 0; i < m_.types.size() && i < 6; ++i) {
      const TypeUse& t = m_.types[i];
      std::string label = m_.info.type(t.type).name + " (" + count(t.liveBlocks) + " live)";
      rect(x, y + 7, 12, 12, typeColor(t.type));
      text(x + 17, y + 18, label, 13);
      x += 30 + 7.2 * label.size();
    }
    rect(x, y + 7, 12, 12, "url(#free)", "", "stroke=\"#bdbdbd\"");
    text(x + 17, y + 18, "free (" + bytes(s.freeBytes) + ")", 13);
    return y + 24;
  }

  double panels(double y) {
    const Stats& s = m_.stats;
    // Key numbers.
    text(kMargin, y, "Numbers", 16, "font-weight=\"bold\"");
    struct Item {
      std::string label, value;
    };
    std::vector<Item> items = {
        {"live blocks", count(s.liveBlocks) + " (" + bytes(s.liveBytes) + ")"},
        {"peak", bytes(s.peakLiveBytes) + " in " + count(s.peakLiveBlocks) + " blocks"},
        {"allocations", count(s.allocs) + " (+" + count(s.reallocs) + " reallocs)"},
        {"frees", count(s.frees)},
        {"heap in use", bytes(s.heapTop - s.heapStart)},
        {"utilization", num(100 * s.utilization, 1) + "%"},
        {"free on lists", bytes(s.freeBytes) + " in " + count(s.freeBlocks) + " blocks"},
        {"fragmentation", num(100 * s.fragmentation, 1) + "%"},
        {"anomalies", count(m_.anomalies.size())},
    };
    double yy = y + 26;
    for (const Item& it : items) {
      text(kMargin, yy, it.label, 14, "fill-opacity=\"0.7\"");
      text(kMargin + 130, yy, it.value, 14, "font-weight=\"bold\"");
      yy += 22;
    }
    for (size_t i = 0; i < m_.anomalies.size() && i < 3; ++i) {
      text(kMargin, yy, "⚠ " + m_.anomalies[i].message.substr(0, 60), 12, "fill=\"#c62828\"");
      yy += 18;
    }
    double bottom = yy;
    bottom = std::max(bottom, chart(kMargin + 420, y, 420, 200));
    bottom = std::max(bottom, siteTable(kMargin + 880, y));
    return bottom;
  }

  // Live bytes over the events: the polyline of a run's heap use.
  double chart(double x, double y, double w, double h) {
    text(x, y, "Live heap bytes over time", 16, "font-weight=\"bold\"");
    double top = y + 14;
    rect(x, top, w, h, "#fafafa", "", "stroke=\"#cfd8dc\"");
    size_t n = m_.events.size();
    if (n == 0) {
      text(x + w / 2, top + h / 2, "no heap events", 13,
           "text-anchor=\"middle\" fill-opacity=\"0.6\"");
      return top + h;
    }
    // Sample: the highest live byte count in each of up to 400 buckets.
    size_t buckets = std::min<size_t>(400, n);
    std::vector<double> peak(buckets, 0);
    double live = 0, maxLive = 1;
    for (size_t i = 0; i < n; ++i) {
      uint32_t id = m_.eventAllocation[i];
      if (id != kNever) {
        const Record& r = m_.events[i];
        bool grows = r.kind == EventKind::Alloc || r.kind == EventKind::ReallocTo;
        live += grows ? m_.allocations[id].size : -double(m_.allocations[id].size);
      }
      size_t b = i * buckets / n;
      peak[b] = std::max(peak[b], live);
      maxLive = std::max(maxLive, live);
    }
    std::string pts;
    for (size_t b = 0; b < buckets; ++b) {
      double px = x + w * (b + 0.5) / buckets, py = top + h - (h - 10) * peak[b] / maxLive;
      pts += num(px, 1) + "," + num(py, 1) + " ";
    }
    body_ +=
        "<polyline points=\"" + pts + "\" fill=\"none\" stroke=\"#e15759\" stroke-width=\"2\"/>\n";
    text(x + 4, top + 14, bytes(static_cast<uint64_t>(maxLive)), 12, "fill-opacity=\"0.7\"");
    text(x, top + h + 16, "event 0", 12, "fill-opacity=\"0.7\"");
    text(x + w, top + h + 16, "event " + count(n), 12, "fill-opacity=\"0.7\" text-anchor=\"end\"");
    return top + h + 20;
  }

  double siteTable(double x, double y) {
    text(x, y, "Where memory is allocated", 16, "font-weight=\"bold\"");
    double yy = y + 26;
    if (m_.sites.empty()) {
      text(x, yy, "no allocations", 13, "fill-opacity=\"0.6\"");
      return yy;
    }
    text(x, yy, "line", 12, "fill-opacity=\"0.6\"");
    text(x + 48, yy, "blocks", 12, "fill-opacity=\"0.6\"");
    text(x + 110, yy, "bytes", 12, "fill-opacity=\"0.6\"");
    text(x + 180, yy, "live", 12, "fill-opacity=\"0.6\"");
    yy += 20;
    for (size_t i = 0; i < m_.sites.size() && i < 8; ++i) {
      const SiteUse& s = m_.sites[i];
      const SiteInfo* si = m_.info.site(s.site);
      text(x, yy, si ? std::to_string(si->line) : "?", 13, "font-weight=\"bold\"");
      text(x + 48, yy, count(s.totalBlocks), 13);
      text(x + 110, yy, bytes(s.totalBytes), 13);
      text(x + 180, yy, count(s.liveBlocks), 13);
      if (si)
        text(x + 220, yy, si->what.size() > 18 ? si->what.substr(si->what.size() - 18) : si->what,
             11, "fill-opacity=\"0.6\"");
      yy += 20;
    }
    return yy;
  }

  // One row per handle: a bar from creation to its end, markers for events.
  double handles(double y) {
    text(kMargin, y, "Resource handles", 16, "font-weight=\"bold\"");
    y += 14;
    double n = std::max<double>(1, m_.events.size());
    double x0 = kMargin + 160, w = kBarWidth - 160;
    auto xOf = [&](uint32_t e) { return x0 + w * e / n; };
    size_t rows = std::min<size_t>(m_.handles.size(), 16);
    for (size_t i = 0; i < rows; ++i) {
      const Handle& h = m_.handles[i];
      double yy = y + 22.0 * i;
      text(kMargin, yy + 14, m_.info.type(h.type).name + " #" + std::to_string(h.id), 13);
      uint32_t end = h.ended == kNever ? static_cast<uint32_t>(n) : h.ended;
      rect(xOf(h.created), yy + 4, std::max(xOf(end) - xOf(h.created), 2.0), 12, typeColor(h.type),
           h.state);
      for (const HandleEvent& e : h.events) {
        const char* color = e.kind == EventKind::HandleDrop      ? "#c62828"
                            : e.kind == EventKind::HandleConsume ? "#2e7d32"
                            : e.kind == EventKind::HandleMove    ? "#f9a825"
                                                                 : "#263238";
        body_ += "<circle cx=\"" + num(xOf(e.event), 1) + "\" cy=\"" + num(yy + 10, 1) +
                 "\" r=\"4\" fill=\"" + color + "\"/>\n";
      }
    }
    return y + 22.0 * rows;
  }

  const Model& m_;
  std::string body_;
};

}  // namespace

std::string toSvg(const Model& model) {
  return Svg(model).render();
}

}  // namespace memviz
