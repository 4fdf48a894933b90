// Building the memory model from a snapshot (see model.h): replay the trace,
// measure the regions, walk the heap's free lists, and cross-check them.
#include "memviz/model.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace memviz {

namespace {

bool isAllocKind(EventKind k) {
  return k == EventKind::Alloc || k == EventKind::ReallocTo;
}
bool isFreeKind(EventKind k) {
  return k == EventKind::Free || k == EventKind::ReallocFrom;
}
bool isHandleKind(EventKind k) {
  return static_cast<uint8_t>(k) >= static_cast<uint8_t>(EventKind::HandleCreate) &&
         static_cast<uint8_t>(k) <= static_cast<uint8_t>(EventKind::HandleDrop);
}

std::string hex(uint32_t v) {
  static const char* const kDigits = "0123456789abcdef";
  std::string s = "0x";
  bool started = false;
  for (int shift = 28; shift >= 0; shift -= 4) {
    uint32_t d = (v >> shift) & 15;
    if (d || started || shift == 0) {
      s += kDigits[d];
      started = true;
    }
  }
  return s;
}

// Replays the trace into allocations and handles.
class Replay {
 public:
  explicit Replay(Model& m) : m_(m) {}

  void run() {
    m_.eventAllocation.assign(m_.events.size(), kNever);
    for (uint32_t i = 0; i < m_.events.size(); ++i) {
      const Record& r = m_.events[i];
      if (isAllocKind(r.kind))
        alloc(i, r);
      else if (isFreeKind(r.kind))
        free(i, r);
      else if (isHandleKind(r.kind))
        handle(i, r);
    }
  }

 private:
  void anomaly(const char* kind, uint32_t event, uint32_t address, std::string message) {
    m_.anomalies.push_back({kind, event, address, std::move(message)});
  }

  void alloc(uint32_t i, const Record& r) {
    Allocation a;
    a.id = static_cast<uint32_t>(m_.allocations.size());
    a.address = r.address;
    a.size = r.size;
    a.align = r.align();
    a.footprint = footprint(r.size, a.align, m_.info.heap);
    a.type = r.type;
    a.site = r.site;
    a.allocEvent = i;
    if (r.kind == EventKind::ReallocTo && i > 0 &&
        m_.events[i - 1].kind == EventKind::ReallocFrom && m_.events[i - 1].site == r.site &&
        m_.eventAllocation[i - 1] != kNever) {
      a.reallocFrom = m_.eventAllocation[i - 1];
      m_.allocations[a.reallocFrom].reallocTo = a.id;
    }
    checkOverlap(i, a);
    live_[a.address] = a.id;
    m_.eventAllocation[i] = a.id;
    m_.allocations.push_back(a);
  }

  // A new block must not overlap a live one: that would be the allocator's
  // bug, or a trace that does not match the heap.
  void checkOverlap(uint32_t i, const Allocation& a) {
    auto next = live_.lower_bound(a.address);
    if (next != live_.end() && next->first < a.address + a.footprint) {
      const Allocation& b = m_.allocations[next->second];
      anomaly("overlap", i, a.address,
              "block at " + hex(a.address) + " (" + std::to_string(a.footprint) +
                  " bytes) overlaps the live block at " + hex(b.address));
    } else if (next != live_.begin()) {
      const Allocation& b = m_.allocations[std::prev(next)->second];
      if (b.address + b.footprint > a.address)
        anomaly("overlap", i, a.address,
                "block at " + hex(a.address) + " overlaps the live block at " + hex(b.address) +
                    " (" + std::to_string(b.footprint) + " bytes)");
    }
  }

  void free(uint32_t i, const Record& r) {
    auto it = live_.find(r.address);
    if (it == live_.end()) {
      bool wasFreed = freed_.count(r.address) != 0;
      if (m_.lost == 0 || wasFreed) {
        anomaly(
            wasFreed ? "double_free" : "unknown_free", i, r.address,
            std::string(wasFreed ? "block at " + hex(r.address) + " freed twice"
                                 : "free of " + hex(r.address) + ", which is not a live block"));
      }
      return;
    }
    Allocation& a = m_.allocations[it->second];
    if (a.size != r.size) {
      anomaly("size_mismatch", i, r.address,
              "block at " + hex(r.address) + " of " + std::to_string(a.size) + " bytes freed as " +
                  std::to_string(r.size) + " bytes");
    }
    a.freeEvent = i;
    a.freeSite = r.site;
    m_.eventAllocation[i] = a.id;
    freed_.insert(r.address);
    live_.erase(it);
  }

  void handle(uint32_t i, const Record& r) {
    HandleEvent ev{r.kind, i, r.site, r.size};
    if (r.kind == EventKind::HandleCreate) {
      if (handles_.count(r.address))
        anomaly("handle_misuse", i, r.address,
                "handle " + std::to_string(r.address) + " created while still live");
      Handle h;
      h.id = r.address;
      h.type = r.type;
      h.created = i;
      h.state = "owned";
      h.events.push_back(ev);
      handles_[r.address] = static_cast<uint32_t>(m_.handles.size());
      m_.handles.push_back(std::move(h));
      return;
    }
    auto it = handles_.find(r.address);
    if (it == handles_.end()) {
      if (m_.lost == 0)
        anomaly("handle_misuse", i, r.address,
                "event on handle " + std::to_string(r.address) + ", which is not live");
      return;
    }
    Handle& h = m_.handles[it->second];
    h.events.push_back(ev);
    switch (r.kind) {
      case EventKind::HandleBorrow:
        h.state = r.size ? "borrowed" : "owned";
        break;
      case EventKind::HandleConsume:
      case EventKind::HandleDrop:
        h.state = r.kind == EventKind::HandleDrop ? "dropped" : "consumed";
        h.ended = i;
        handles_.erase(it);
        break;
      default:
        break;
    }
  }

  Model& m_;
  std::map<uint32_t, uint32_t> live_;               // address -> allocation id
  std::unordered_map<uint32_t, uint32_t> handles_;  // live handle id -> index
  std::unordered_set<uint32_t> freed_;              // addresses freed at least once
};

uint32_t highestNonZero(const std::vector<uint8_t>& mem, uint32_t start, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(mem.size()));
  for (uint32_t a = end; a > start; --a) {
    if (mem[a - 1])
      return a - start;
  }
  return 0;
}

uint32_t lowestNonZero(const std::vector<uint8_t>& mem, uint32_t start, uint32_t end) {
  end = std::min<uint32_t>(end, static_cast<uint32_t>(mem.size()));
  for (uint32_t a = start; a < end; ++a) {
    if (mem[a])
      return a;
  }
  return end;
}

void measureRegions(Model& m) {
  const std::vector<uint8_t>& mem = m.memory;
  for (const RegionInfo& ri : m.info.regions) {
    Region r{ri.name, ri.kind, ri.start, ri.end, 0};
    if (r.kind == "guard") {
      for (uint32_t a = r.start; a < r.end && a < mem.size(); ++a)
        r.used += mem[a] != 0;
      if (r.used)
        m.anomalies.push_back({"null_write", kNever, r.start,
                               std::to_string(r.used) + " bytes of the null guard were written"});
    } else if (r.kind == "stack") {
      r.used = r.end - lowestNonZero(mem, r.start, r.end);  // the deepest the stack went
    } else if (r.kind == "data" || r.kind == "statics") {
      r.used = r.size();
    } else if (r.kind == "trace") {
      uint32_t count = readU32(mem, r.start + kTraceCount);
      uint64_t held = std::min<uint64_t>(count, m.info.trace.capacity);
      r.used = static_cast<uint32_t>(kTraceHeaderSize + held * kRecordSize);
    } else if (r.kind == "heap") {
      // The region in the section is the control block; the heap runs to
      // the top the allocator records.
      uint32_t top = readU32(mem, m.info.heap.control + m.info.heap.top);
      r.end = std::max(top, m.info.heap.start);
      r.used = static_cast<uint32_t>(m.stats.liveFootprint) + (m.info.heap.start - r.start);
    } else {
      r.used = highestNonZero(mem, r.start, r.end);
    }
    m.regions.push_back(std::move(r));
  }
  uint32_t last = m.regions.empty() ? 0 : m.regions.back().end;
  if (m.memoryBytes() > last)
    m.regions.push_back({"unused memory", "unused", last, m.memoryBytes(), 0});
}

// Walks the allocator's free lists in the snapshot's memory.
void walkFreeLists(Model& m) {
  const HeapInfo& h = m.info.heap;
  const std::vector<uint8_t>& mem = m.memory;
  uint32_t top = readU32(mem, h.control + h.top);
  if (!top)
    return;  // nothing was ever carved
  uint32_t limit = (top - h.start) / 8 + 1;
  auto bad = [&](const std::string& what) {
    m.anomalies.push_back({"free_list", kNever, h.control, "free list: " + what});
  };
  for (uint32_t k = 0; k < h.classes; ++k) {
    uint32_t bytes = 8u << k;
    uint32_t p = readU32(mem, h.control + h.small + 4 * k), n = 0;
    while (p) {
      if (p < h.start || p + bytes > top || p % bytes || ++n > limit) {
        bad("class " + std::to_string(bytes) + " links to " + hex(p));
        break;
      }
      m.freeBlocks.push_back({p, bytes, false});
      p = readU32(mem, p);
    }
  }
  uint32_t p = readU32(mem, h.control + h.large), prev = 0, n = 0;
  while (p) {
    uint32_t bytes = readU32(mem, p + 4);
    if (p < h.start || p <= prev || bytes == 0 || bytes % h.page || p + bytes > top ||
        ++n > limit) {
      bad("large span at " + hex(p) + " (" + std::to_string(bytes) + " bytes)");
      break;
    }
    m.freeBlocks.push_back({p, bytes, true});
    prev = p;
    p = readU32(mem, p);
  }
  std::sort(m.freeBlocks.begin(), m.freeBlocks.end(),
            [](const FreeBlock& a, const FreeBlock& b) { return a.address < b.address; });
}

void finishStats(Model& m) {
  Stats& s = m.stats;
  const HeapInfo& h = m.info.heap;
  if (h.present) {
    s.heapStart = h.start;
    s.heapTop = std::max(readU32(m.memory, h.control + h.top), h.start);
    s.controlLiveBlocks = readU32(m.memory, h.control + h.live);
  }
  for (const FreeBlock& f : m.freeBlocks) {
    s.freeBytes += f.size;
    s.largestFree = std::max(s.largestFree, f.size);
  }
  s.freeBlocks = static_cast<uint32_t>(m.freeBlocks.size());
  s.fragmentation = s.freeBytes ? 1.0 - static_cast<double>(s.largestFree) / s.freeBytes : 0;
  uint32_t extent = s.heapTop - s.heapStart;
  s.utilization = extent ? static_cast<double>(s.liveBytes) / extent : 0;
  for (const Handle& hd : m.handles)
    s.liveHandles += hd.ended == kNever;
  s.handles = static_cast<uint32_t>(m.handles.size());
  if (m.lost) {
    m.anomalies.push_back(
        {"lost_records", kNever, 0,
         std::to_string(m.lost) + " trace records were overwritten before the host read them"});
    return;
  }
  // With the whole trace, the model and the allocator must agree.
  if (h.present && s.controlLiveBlocks != s.liveBlocks)
    m.anomalies.push_back({"accounting", kNever, h.control,
                           "the allocator counts " + std::to_string(s.controlLiveBlocks) +
                               " live blocks, the trace " + std::to_string(s.liveBlocks)});
  if (h.present && s.freeBytes + s.liveFootprint != extent)
    m.anomalies.push_back({"accounting", kNever, h.control,
                           "free (" + std::to_string(s.freeBytes) + ") and live (" +
                               std::to_string(s.liveFootprint) + ") bytes do not add up to the " +
                               std::to_string(extent) + " bytes below the top"});
}

void usage(Model& m) {
  std::map<uint32_t, TypeUse> types;
  std::map<uint32_t, SiteUse> sites;
  for (const Allocation& a : m.allocations) {
    if (a.reallocFrom != kNever)
      continue;  // counted once, at its first allocation
    // Follow realloc chains to the block's current incarnation.
    const Allocation* cur = &a;
    while (cur->reallocTo != kNever)
      cur = &m.allocations[cur->reallocTo];
    TypeUse& t = types[a.type];
    t.type = a.type;
    ++t.totalBlocks;
    t.totalBytes += a.size;
    SiteUse& s = sites[a.site];
    s.site = a.site;
    ++s.totalBlocks;
    s.totalBytes += a.size;
    if (cur->live()) {
      ++t.liveBlocks, t.liveBytes += cur->size;
      ++s.liveBlocks, s.liveBytes += cur->size;
    }
  }
  for (auto& [k, v] : types)
    m.types.push_back(v);
  for (auto& [k, v] : sites)
    m.sites.push_back(v);
  std::stable_sort(m.types.begin(), m.types.end(),
                   [](const TypeUse& a, const TypeUse& b) { return a.totalBytes > b.totalBytes; });
  std::stable_sort(m.sites.begin(), m.sites.end(),
                   [](const SiteUse& a, const SiteUse& b) { return a.totalBytes > b.totalBytes; });
  // Leaks: blocks still live when the program finished normally, per site.
  if ((m.flags & kSnapshotFinished) && !(m.flags & kSnapshotPanicked) && m.exitCode == 0) {
    for (const SiteUse& s : m.sites) {
      if (!s.liveBlocks)
        continue;
      const SiteInfo* si = m.info.site(s.site);
      std::string where = si ? "line " + std::to_string(si->line) + " (" + si->what + ")" : "?";
      m.anomalies.push_back({"leak", kNever, 0,
                             std::to_string(s.liveBlocks) + " block(s), " +
                                 std::to_string(s.liveBytes) + " bytes, allocated at " + where +
                                 " never freed"});
    }
  }
}

}  // namespace

uint32_t footprint(uint32_t size, uint32_t align, const HeapInfo& heap) {
  uint32_t smallMax = 8u << (heap.classes - 1);
  uint32_t r = std::max({size, align, 8u});
  if (r <= smallMax) {
    uint32_t p = 8;
    while (p < r)
      p <<= 1;
    return p;
  }
  uint64_t pages = (static_cast<uint64_t>(r) + heap.page - 1) / heap.page;
  return static_cast<uint32_t>(std::min<uint64_t>(pages * heap.page, 0xFFFFFFFFu));
}

std::vector<const Allocation*> Model::liveAt(uint32_t event) const {
  std::vector<const Allocation*> out;
  for (const Allocation& a : allocations) {
    if (event == kNever ? a.live() : a.liveAt(event))
      out.push_back(&a);
  }
  return out;
}

Stats Model::statsAt(uint32_t event) const {
  Stats s = stats;
  uint32_t end = event == kNever ? static_cast<uint32_t>(events.size())
                                 : std::min<uint32_t>(event + 1, events.size());
  s.events = end;
  s.allocs = s.frees = s.reallocs = s.liveBlocks = 0;
  s.liveBytes = s.liveFootprint = s.peakLiveBytes = 0;
  s.peakLiveBlocks = 0;
  s.peakEvent = kNever;
  s.heapHighWater = 0;
  for (uint32_t i = 0; i < end; ++i) {
    uint32_t id = eventAllocation[i];
    if (id == kNever)
      continue;
    const Allocation& a = allocations[id];
    const Record& r = events[i];
    if (isAllocKind(r.kind)) {
      s.allocs += r.kind == EventKind::Alloc;
      ++s.liveBlocks;
      s.liveBytes += a.size;
      s.liveFootprint += a.footprint;
      s.heapHighWater = std::max(s.heapHighWater, a.address + a.footprint);
      if (s.liveBytes > s.peakLiveBytes) {
        s.peakLiveBytes = s.liveBytes;
        s.peakEvent = i;
      }
      s.peakLiveBlocks = std::max(s.peakLiveBlocks, s.liveBlocks);
    } else {
      s.frees += r.kind == EventKind::Free;
      s.reallocs += r.kind == EventKind::ReallocFrom;
      --s.liveBlocks;
      s.liveBytes -= a.size;
      s.liveFootprint -= a.footprint;
    }
  }
  if (event != kNever) {
    s.liveHandles = 0;
    s.handles = 0;
    for (const Handle& h : handles) {
      if (h.created < end) {
        ++s.handles;
        s.liveHandles += h.ended == kNever || h.ended >= end;
      }
    }
  }
  return s;
}

const Region* Model::regionAt(uint32_t address) const {
  for (const Region& r : regions) {
    if (address >= r.start && address < r.end)
      return &r;
  }
  return nullptr;
}

const Allocation* Model::allocationAt(uint32_t address, uint32_t event) const {
  const Allocation* found = nullptr;
  for (const Allocation& a : allocations) {
    bool alive = event == kNever ? a.live() : a.liveAt(event);
    if (alive && address >= a.address && address < a.address + std::max(a.size, 1u))
      found = &a;
  }
  return found;
}

bool buildModel(const Snapshot& snap, Model& m, std::string& error) {
  m = Model();
  if (!parseDebugInfo(snap.section, m.info, error))
    return false;
  m.exitCode = snap.exitCode;
  m.flags = snap.flags;
  m.lost = snap.lost;
  m.memory = snap.memory;
  m.events = snap.records;
  Replay(m).run();
  Stats s = m.statsAt(kNever);
  m.stats = s;
  walkFreeLists(m);
  measureRegions(m);
  finishStats(m);
  usage(m);
  return true;
}

}  // namespace memviz
