// The model as JSON (see report.h; the schema is in docs/memviz.md).
#include <cmath>
#include <nlohmann/json.hpp>

#include "memviz/report.h"

namespace memviz {

namespace {

using Json = nlohmann::ordered_json;

// A number that may be missing (kNever): null in JSON.
Json opt(uint32_t v) {
  return v == kNever ? Json(nullptr) : Json(v);
}

const char* kindName(EventKind k) {
  switch (k) {
    case EventKind::Alloc:
      return "alloc";
    case EventKind::Free:
      return "free";
    case EventKind::ReallocFrom:
      return "realloc_from";
    case EventKind::ReallocTo:
      return "realloc_to";
    case EventKind::HandleCreate:
      return "create";
    case EventKind::HandleBorrow:
      return "borrow";
    case EventKind::HandleMove:
      return "move";
    case EventKind::HandleConsume:
      return "consume";
    case EventKind::HandleDrop:
      return "drop";
  }
  return "?";
}

Json statsJson(const Stats& s) {
  return {{"events", s.events},
          {"allocs", s.allocs},
          {"frees", s.frees},
          {"reallocs", s.reallocs},
          {"live_blocks", s.liveBlocks},
          {"live_bytes", s.liveBytes},
          {"live_footprint", s.liveFootprint},
          {"peak_live_bytes", s.peakLiveBytes},
          {"peak_live_blocks", s.peakLiveBlocks},
          {"peak_event", opt(s.peakEvent)},
          {"heap_start", s.heapStart},
          {"heap_top", s.heapTop},
          {"heap_high_water", s.heapHighWater},
          {"free_bytes", s.freeBytes},
          {"free_blocks", s.freeBlocks},
          {"largest_free", s.largestFree},
          // Rounded so that the text is the same on every platform.
          {"fragmentation", std::round(s.fragmentation * 10000) / 10000},
          {"utilization", std::round(s.utilization * 10000) / 10000},
          {"allocator_live_blocks", s.controlLiveBlocks},
          {"handles", s.handles},
          {"live_handles", s.liveHandles}};
}

}  // namespace

std::string toJson(const Model& m) {
  Json j;
  j["file"] = m.info.file;
  j["exit"] = {{"code", m.exitCode},
               {"finished", (m.flags & kSnapshotFinished) != 0},
               {"panicked", (m.flags & kSnapshotPanicked) != 0},
               {"trapped", (m.flags & kSnapshotTrapped) != 0}};
  j["memory"] = {{"bytes", m.memoryBytes()}, {"pages", m.memoryBytes() / 65536}};
  Json regions = Json::array();
  for (const Region& r : m.regions)
    regions.push_back({{"name", r.name},
                       {"kind", r.kind},
                       {"start", r.start},
                       {"end", r.end},
                       {"size", r.size()},
                       {"used", r.used}});
  j["regions"] = std::move(regions);
  Json statics = Json::array();
  for (const StaticInfo& s : m.info.statics)
    statics.push_back({{"name", s.name},
                       {"address", s.address},
                       {"size", m.info.type(s.type).size},
                       {"type", m.info.type(s.type).name}});
  j["statics"] = std::move(statics);
  j["stats"] = statsJson(m.stats);
  Json types = Json::array();
  for (const TypeUse& t : m.types)
    types.push_back({{"type", m.info.type(t.type).name},
                     {"live_blocks", t.liveBlocks},
                     {"live_bytes", t.liveBytes},
                     {"total_blocks", t.totalBlocks},
                     {"total_bytes", t.totalBytes}});
  j["types"] = std::move(types);
  Json sites = Json::array();
  for (const SiteUse& s : m.sites) {
    const SiteInfo* si = m.info.site(s.site);
    sites.push_back({{"line", si ? si->line : 0},
                     {"col", si ? si->col : 0},
                     {"fn", si ? si->fn : ""},
                     {"what", si ? si->what : ""},
                     {"live_blocks", s.liveBlocks},
                     {"live_bytes", s.liveBytes},
                     {"total_blocks", s.totalBlocks},
                     {"total_bytes", s.totalBytes}});
  }
  j["sites"] = std::move(sites);
  Json allocs = Json::array();
  for (const Allocation& a : m.allocations) {
    const SiteInfo* si = m.info.site(a.site);
    allocs.push_back({{"id", a.id},
                      {"address", a.address},
                      {"size", a.size},
                      {"footprint", a.footprint},
                      {"align", a.align},
                      {"type", m.info.type(a.type).name},
                      {"line", si ? si->line : 0},
                      {"alloc_event", a.allocEvent},
                      {"free_event", opt(a.freeEvent)},
                      {"realloc_from", opt(a.reallocFrom)},
                      {"realloc_to", opt(a.reallocTo)}});
  }
  j["allocations"] = std::move(allocs);
  Json handles = Json::array();
  for (const Handle& h : m.handles) {
    Json evs = Json::array();
    for (const HandleEvent& e : h.events) {
      const SiteInfo* si = m.info.site(e.site);
      evs.push_back({{"kind", kindName(e.kind)}, {"event", e.event}, {"line", si ? si->line : 0}});
    }
    handles.push_back({{"id", h.id},
                       {"type", m.info.type(h.type).name},
                       {"state", h.state},
                       {"created", h.created},
                       {"ended", opt(h.ended)},
                       {"events", std::move(evs)}});
  }
  j["handles"] = std::move(handles);
  Json free = Json::array();
  for (const FreeBlock& f : m.freeBlocks)
    free.push_back({{"address", f.address}, {"size", f.size}, {"large", f.large}});
  j["free_blocks"] = std::move(free);
  Json anomalies = Json::array();
  for (const Anomaly& a : m.anomalies)
    anomalies.push_back({{"kind", a.kind},
                         {"event", opt(a.event)},
                         {"address", a.address},
                         {"message", a.message}});
  j["anomalies"] = std::move(anomalies);
  return j.dump(1) + "\n";
}

}  // namespace memviz
