// memviz on hand-built snapshots: decoding, replaying the trace into
// allocations and handles, the free-list walk and its cross-checks, the
// anomalies, the time scrubber's views, typed inspection, and the JSON and
// SVG reports. Snapshots of real runs are covered by tests/memviz/.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <nlohmann/json.hpp>

#include "memviz/inspect.h"
#include "memviz/model.h"
#include "memviz/report.h"
#include "memviz/snapshot.h"

namespace {

using memviz::EventKind;
using memviz::kNever;

// A small program's memory: a 64 KiB page with a null guard, a stack, a
// static `ORIGIN: Point`, a trace and a heap whose control block is at
// 0x1000 and whose blocks start at 0x1040.
constexpr uint32_t kCtl = 0x1000;
constexpr uint32_t kStart = 0x1040;
constexpr uint32_t kStatic = 0x200;

const char* const kSection = R"({"version":1,"file":"hand.rs",
  "regions":[{"name":"null guard","kind":"guard","start":0,"end":16},
             {"name":"stack","kind":"stack","start":16,"end":512},
             {"name":"statics","kind":"statics","start":512,"end":528},
             {"name":"memviz trace","kind":"trace","start":528,"end":4096},
             {"name":"heap","kind":"heap","start":4096,"end":4160}],
  "statics":[{"name":"ORIGIN","address":512,"type":3}],
  "heap":{"control":4096,"start":4160,"top":0,"live":4,"large":8,"small":16,"classes":9,"page":4096},
  "trace":{"address":528,"capacity":16,"header":16,"record":16},
  "types":[{"name":"bytes","kind":"bytes","size":1,"align":1},
           {"name":"i32","kind":"int","size":4,"align":4},
           {"name":"f64","kind":"float","size":8,"align":8},
           {"name":"Point","kind":"struct","size":16,"align":8,
            "fields":[{"name":"x","offset":0,"type":1},{"name":"y","offset":8,"type":2}]},
           {"name":"Shape","kind":"enum","size":8,"align":4,"variants":[
              {"name":"Dot","discriminant":0,"fields":[]},
              {"name":"Square","discriminant":1,"fields":[{"name":"0","offset":4,"type":1}]}]},
           {"name":"&str","kind":"fatref","size":8,"align":4,"elem":0},
           {"name":"Canvas","kind":"struct","size":4,"align":4,"fields":[]}],
  "sites":[{"line":3,"col":9,"fn":"main","what":"Box::new"},
           {"line":4,"col":9,"fn":"main","what":"Vec::push"},
           {"line":9,"col":5,"fn":"main","what":"drop"}]})";

void put32(std::vector<uint8_t>& mem, uint32_t at, uint32_t v) {
  std::memcpy(&mem[at], &v, 4);
}

memviz::Record rec(EventKind k,
                   uint32_t addr,
                   uint32_t size,
                   uint32_t type = 0,
                   uint32_t site = 0,
                   uint8_t alignLog2 = 3) {
  memviz::Record r;
  r.kind = k;
  r.address = addr;
  r.size = size;
  r.type = type;
  r.site = site;
  r.alignLog2 = alignLog2;
  return r;
}

struct Fixture {
  memviz::Snapshot snap;
  Fixture() {
    snap.section = kSection;
    snap.flags = memviz::kSnapshotFinished;
    snap.memory.assign(65536, 0);
    // ORIGIN = Point { x: -7, y: 2.5 }
    put32(snap.memory, kStatic, static_cast<uint32_t>(-7));
    double y = 2.5;
    std::memcpy(&snap.memory[kStatic + 8], &y, 8);
    put32(snap.memory, 200, 1);  // the stack went down to address 200
  }
  // Sets the heap's control block: its top, live count and free lists.
  void heap(uint32_t top, uint32_t live) {
    put32(snap.memory, kCtl + memviz::kHeapTop, top);
    put32(snap.memory, kCtl + memviz::kHeapLive, live);
  }
  void freeSmall(uint32_t addr, uint32_t classIndex) {
    uint32_t head = kCtl + memviz::kHeapSmall + 4 * classIndex;
    put32(snap.memory, addr, memviz::readU32(snap.memory, head));
    put32(snap.memory, head, addr);
  }
  memviz::Model model() {
    memviz::Model m;
    std::string error;
    EXPECT_TRUE(memviz::buildModel(snap, m, error)) << error;
    return m;
  }
};

bool hasAnomaly(const memviz::Model& m, const std::string& kind) {
  for (const memviz::Anomaly& a : m.anomalies) {
    if (a.kind == kind)
      return true;
  }
  return false;
}

TEST(MemvizSnapshot, RoundTripsAndRejectsDamage) {
  Fixture f;
  f.snap.exitCode = 101;
  f.snap.lost = 3;
  f.snap.records = {rec(EventKind::Alloc, kStart, 16, 3, 0),
                    rec(EventKind::Free, kStart, 16, 3, 2)};
  std::vector<uint8_t> bytes = memviz::encodeSnapshot(f.snap);
  memviz::Snapshot back;
  std::string error;
  ASSERT_TRUE(memviz::decodeSnapshot(bytes.data(), bytes.size(), back, error)) << error;
  EXPECT_EQ(back.exitCode, 101);
  EXPECT_EQ(back.lost, 3u);
  EXPECT_EQ(back.section, f.snap.section);
  EXPECT_EQ(back.memory, f.snap.memory);
  ASSERT_EQ(back.records.size(), 2u);
  EXPECT_EQ(back.records[1].kind, EventKind::Free);
  EXPECT_EQ(back.records[1].type, 3u);
  EXPECT_EQ(back.records[1].site, 2u);
  EXPECT_EQ(back.records[1].align(), 8u);

  std::vector<uint8_t> truncated(bytes.begin(), bytes.end() - 1);
  EXPECT_FALSE(memviz::decodeSnapshot(truncated.data(), truncated.size(), back, error));
  std::vector<uint8_t> wrongMagic = bytes;
  wrongMagic[0] = 'X';
  EXPECT_FALSE(memviz::decodeSnapshot(wrongMagic.data(), wrongMagic.size(), back, error));
  std::vector<uint8_t> future = bytes;
  future[8] = 2;
  EXPECT_FALSE(memviz::decodeSnapshot(future.data(), future.size(), back, error));
  EXPECT_NE(error.find("version 2"), std::string::npos);
}

TEST(MemvizSnapshot, RecordsKeepKindAlignmentAndTypeApart) {
  memviz::Record r = rec(EventKind::ReallocTo, 0xABCD0, 77, 0xFFFFF, 9, 12);
  uint8_t bytes[memviz::kRecordSize];
  memviz::encodeRecord(r, bytes);
  memviz::Record back = memviz::decodeRecord(bytes);
  EXPECT_EQ(back.kind, EventKind::ReallocTo);
  EXPECT_EQ(back.align(), 4096u);
  EXPECT_EQ(back.type, 0xFFFFFu);
  EXPECT_EQ(back.address, 0xABCD0u);
}

TEST(MemvizDebugInfo, ToleratesMistypedFieldsButNotOtherVersions) {
  memviz::DebugInfo info;
  std::string error;
  EXPECT_TRUE(memviz::parseDebugInfo(
      R"({"version":1,"regions":[{"name":5,"start":"x"}],"types":"no","sites":[1]})", info, error));
  ASSERT_EQ(info.regions.size(), 1u);
  EXPECT_EQ(info.regions[0].start, 0u);
  EXPECT_EQ(info.type(0).kind, "bytes");
  EXPECT_FALSE(memviz::parseDebugInfo(R"({"version":7})", info, error));
  EXPECT_FALSE(memviz::parseDebugInfo("not json", info, error));
}

TEST(MemvizModel, FootprintFollowsTheAllocator) {
  memviz::HeapInfo h;
  EXPECT_EQ(memviz::footprint(1, 1, h), 8u);
  EXPECT_EQ(memviz::footprint(9, 1, h), 16u);
  EXPECT_EQ(memviz::footprint(3, 64, h), 64u);
  EXPECT_EQ(memviz::footprint(2048, 8, h), 2048u);
  EXPECT_EQ(memviz::footprint(2049, 8, h), 4096u);
  EXPECT_EQ(memviz::footprint(10000, 8, h), 12288u);
  EXPECT_EQ(memviz::footprint(100, 4096, h), 4096u);
}

// Three blocks: a Point (Box::new), 40 bytes grown to 100 by realloc
// (Vec::push), and a 16-byte block freed again; then a handle's life.
Fixture replayed() {
  Fixture f;
  f.snap.records = {
      rec(EventKind::Alloc, kStart, 16, 3, 0),                // 0: Point at 0x1040 (16)
      rec(EventKind::Alloc, kStart + 64, 40, 1, 1, 2),        // 1: 40 bytes at 0x1080 (64)
      rec(EventKind::Alloc, kStart + 16, 16, 0, 0),           // 2: 16 bytes at 0x1050
      rec(EventKind::ReallocFrom, kStart + 64, 40, 1, 1, 2),  // 3-4: moved to 0x1100 (128)
      rec(EventKind::ReallocTo, kStart + 192, 100, 1, 1, 2),
      rec(EventKind::Free, kStart + 16, 16, 0, 2),  // 5
      rec(EventKind::HandleCreate, 7, 0, 6, 0),     // 6: Canvas #7
      rec(EventKind::HandleBorrow, 7, 1, 6, 1),     // 7
      rec(EventKind::HandleBorrow, 7, 0, 6, 1),     // 8
      rec(EventKind::HandleMove, 7, 0, 6, 1),       // 9
      rec(EventKind::HandleDrop, 7, 0, 6, 2),       // 10
  };
  // The heap as the allocator leaves it: top after the 128-byte block at
  // 0x1100; free: 0x1050 (16), 0x1060 (32, an alignment gap), 0x1080 (64)
  // and 0x10c0 (64, the gap before the 128-byte block).
  f.heap(kStart + 192 + 128, 2);
  f.freeSmall(kStart + 16, 1);
  f.freeSmall(kStart + 32, 2);
  f.freeSmall(kStart + 64, 3);
  f.freeSmall(kStart + 128, 3);
  return f;
}

TEST(MemvizModel, ReplaysAllocationsWithTheirHistory) {
  memviz::Model m = replayed().model();
  ASSERT_EQ(m.allocations.size(), 4u);
  const memviz::Allocation& point = m.allocations[0];
  EXPECT_EQ(point.type, 3u);
  EXPECT_TRUE(point.live());
  EXPECT_EQ(point.footprint, 16u);
  const memviz::Allocation& before = m.allocations[1];
  const memviz::Allocation& after = m.allocations[3];
  EXPECT_EQ(before.freeEvent, 3u);
  EXPECT_EQ(before.reallocTo, 3u);
  EXPECT_EQ(after.reallocFrom, 1u);
  EXPECT_EQ(after.size, 100u);
  EXPECT_EQ(after.footprint, 128u);
  EXPECT_EQ(m.allocations[2].freeEvent, 5u);
  EXPECT_EQ(m.allocations[2].freeSite, 2u);
  EXPECT_EQ(m.stats.allocs, 3u);
  EXPECT_EQ(m.stats.frees, 1u);
  EXPECT_EQ(m.stats.reallocs, 1u);
  EXPECT_EQ(m.stats.liveBlocks, 2u);
  EXPECT_EQ(m.stats.liveBytes, 116u);
  EXPECT_EQ(m.stats.peakLiveBytes, 132u);  // 16 + 100 + 16, after the realloc
  EXPECT_EQ(m.stats.peakEvent, 4u);
  // The program finished with both blocks live: leaks, one per site.
  ASSERT_EQ(m.anomalies.size(), 2u);
  EXPECT_EQ(m.anomalies[0].kind, "leak");
  EXPECT_EQ(m.anomalies[0].message,
            "1 block(s), 100 bytes, allocated at line 4 (Vec::push) never freed");
  EXPECT_EQ(m.anomalies[1].kind, "leak");
}

TEST(MemvizModel, WalksTheFreeListsAndTheyAddUp) {
  memviz::Model m = replayed().model();
  ASSERT_EQ(m.freeBlocks.size(), 4u);
  EXPECT_EQ(m.freeBlocks[0].address, kStart + 16);
  EXPECT_EQ(m.stats.freeBytes, 16u + 32 + 64 + 64);
  EXPECT_EQ(m.stats.largestFree, 64u);
  EXPECT_NEAR(m.stats.fragmentation, 1 - 64.0 / 176, 1e-9);
  EXPECT_EQ(m.stats.heapTop - m.stats.heapStart, m.stats.freeBytes + m.stats.liveFootprint);
  EXPECT_EQ(m.stats.controlLiveBlocks, 2u);
}

TEST(MemvizModel, CrossChecksTheAllocatorsOwnCounts) {
  Fixture f = replayed();
  f.heap(kStart + 192 + 128, 3);  // the allocator says 3 live blocks
  EXPECT_TRUE(hasAnomaly(f.model(), "accounting"));
  f = replayed();
  f.heap(kStart + 192 + 256, 2);  // 128 bytes below the top on no list
  EXPECT_TRUE(hasAnomaly(f.model(), "accounting"));
  f = replayed();
  put32(f.snap.memory, kStart + 16, 0xFFFF0);  // a free-list link out of the heap
  EXPECT_TRUE(hasAnomaly(f.model(), "free_list"));
}

TEST(MemvizModel, TheScrubberSeesEarlierStates) {
  memviz::Model m = replayed().model();
  EXPECT_EQ(m.liveAt(0).size(), 1u);
  EXPECT_EQ(m.liveAt(2).size(), 3u);
  EXPECT_EQ(m.liveAt(3).size(), 2u);  // mid-realloc: the old block is gone
  EXPECT_EQ(m.liveAt(kNever).size(), 2u);
  memviz::Stats s = m.statsAt(2);
  EXPECT_EQ(s.events, 3u);
  EXPECT_EQ(s.liveBytes, 72u);
  EXPECT_EQ(s.liveBlocks, 3u);
  EXPECT_EQ(m.statsAt(7).liveHandles, 1u);
  EXPECT_EQ(m.statsAt(kNever).liveHandles, 0u);
  EXPECT_EQ(m.allocationAt(kStart + 70, 2)->id, 1u);
  EXPECT_EQ(m.allocationAt(kStart + 70), nullptr);
  EXPECT_EQ(m.allocationAt(kStart + 200)->id, 3u);
}

TEST(MemvizModel, HandlesHaveTimelines) {
  memviz::Model m = replayed().model();
  ASSERT_EQ(m.handles.size(), 1u);
  const memviz::Handle& h = m.handles[0];
  EXPECT_EQ(h.id, 7u);
  EXPECT_EQ(h.type, 6u);
  EXPECT_EQ(h.created, 6u);
  EXPECT_EQ(h.ended, 10u);
  EXPECT_EQ(h.state, "dropped");
  ASSERT_EQ(h.events.size(), 5u);
  EXPECT_EQ(h.events[3].kind, EventKind::HandleMove);
}

TEST(MemvizModel, ReportsMisuse) {
  Fixture f;
  f.snap.records = {
      rec(EventKind::Alloc, kStart, 16),
      rec(EventKind::Free, kStart, 24),         // wrong size
      rec(EventKind::Free, kStart, 16),         // twice
      rec(EventKind::Free, kStart + 4096, 16),  // never allocated
      rec(EventKind::Alloc, kStart + 32, 64),
      rec(EventKind::Alloc, kStart + 48, 8),  // inside the 64-byte block
      rec(EventKind::HandleDrop, 99, 0),      // no such handle
  };
  f.heap(kStart + 128, 2);
  memviz::Model m = f.model();
  EXPECT_TRUE(hasAnomaly(m, "size_mismatch"));
  EXPECT_TRUE(hasAnomaly(m, "double_free"));
  EXPECT_TRUE(hasAnomaly(m, "unknown_free"));
  EXPECT_TRUE(hasAnomaly(m, "overlap"));
  EXPECT_TRUE(hasAnomaly(m, "handle_misuse"));
  EXPECT_TRUE(hasAnomaly(m, "leak"));  // finished with two blocks live
}

TEST(MemvizModel, LostRecordsMakeEarlierBlocksUnknownNotWrong) {
  Fixture f;
  f.snap.lost = 100;
  f.snap.records = {rec(EventKind::Free, kStart, 16)};
  memviz::Model m = f.model();
  EXPECT_FALSE(hasAnomaly(m, "unknown_free"));
  EXPECT_TRUE(hasAnomaly(m, "lost_records"));
  EXPECT_FALSE(hasAnomaly(m, "accounting"));
}

TEST(MemvizModel, MeasuresRegions) {
  Fixture f = replayed();
  f.snap.memory[3] = 1;  // a write through a null pointer
  memviz::Model m = f.model();
  ASSERT_GE(m.regions.size(), 5u);
  EXPECT_EQ(m.regions[0].used, 1u);
  EXPECT_TRUE(hasAnomaly(m, "null_write"));
  EXPECT_EQ(m.regions[1].kind, "stack");
  EXPECT_EQ(m.regions[1].used, 512u - 200);
  const memviz::Region& heap = m.regions[4];
  EXPECT_EQ(heap.end, kStart + 320);
  EXPECT_EQ(heap.used, 64u + 16 + 128);
  EXPECT_EQ(m.regions.back().kind, "unused");
  EXPECT_EQ(m.regions.back().end, 65536u);
  EXPECT_EQ(m.regionAt(100)->name, "stack");
}

TEST(MemvizInspect, ShowsTypedFieldsAndValues) {
  memviz::Model m = replayed().model();
  memviz::ByteInfo y = memviz::inspect(m, kStatic + 9);
  EXPECT_EQ(y.owner, "static ORIGIN");
  EXPECT_EQ(y.path, ".y");
  EXPECT_EQ(y.type, "f64");
  EXPECT_EQ(y.value, "2.5");
  EXPECT_EQ(y.fieldStart, kStatic + 8);
  EXPECT_EQ(y.fieldSize, 8u);
  memviz::ByteInfo x = memviz::inspect(m, kStatic + 2);
  EXPECT_EQ(x.path, ".x");
  EXPECT_EQ(x.value, "-7");
  EXPECT_EQ(memviz::inspect(m, kStatic + 5).type, "padding");
  // A 100-byte block of i32: element 3 holds byte 13.
  memviz::ByteInfo e = memviz::inspect(m, kStart + 192 + 13);
  EXPECT_EQ(e.path, "[3]");
  EXPECT_EQ(e.type, "i32");
  EXPECT_NE(e.owner.find("block #3"), std::string::npos);
  EXPECT_EQ(e.region, "heap");
  // Freed memory is just bytes.
  EXPECT_EQ(memviz::inspect(m, kStart + 16).owner, "");
}

TEST(MemvizInspect, ReadsEnumsAndFatPointers) {
  Fixture f;
  const char* section = R"({"version":1,"statics":[
      {"name":"S","address":512,"type":1},{"name":"T","address":520,"type":2}],
    "types":[{"name":"bytes","kind":"bytes","size":1,"align":1},
      {"name":"Shape","kind":"enum","size":8,"align":4,"variants":[
        {"name":"Dot","discriminant":0,"fields":[]},
        {"name":"Square","discriminant":1,"fields":[{"name":"0","offset":4,"type":3}]}]},
      {"name":"&str","kind":"fatref","size":8,"align":4,"elem":0},
      {"name":"u32","kind":"uint","size":4,"align":4}]})";
  f.snap.section = section;
  put32(f.snap.memory, 512, 1);
  put32(f.snap.memory, 516, 42);
  put32(f.snap.memory, 520, 0x400);
  put32(f.snap.memory, 524, 5);
  memviz::Model m = f.model();
  EXPECT_EQ(memviz::inspect(m, 513).value, "Square");
  memviz::ByteInfo field = memviz::inspect(m, 517);
  EXPECT_EQ(field.path, "::Square.0");
  EXPECT_EQ(field.value, "42");
  EXPECT_EQ(memviz::inspect(m, 521).value, "0x400");
  EXPECT_EQ(memviz::inspect(m, 525).path, ".len");
  EXPECT_EQ(memviz::inspect(m, 525).value, "5");
}

TEST(MemvizReport, JsonIsDeterministicAndComplete) {
  memviz::Model m = replayed().model();
  std::string a = memviz::toJson(m), b = memviz::toJson(replayed().model());
  EXPECT_EQ(a, b);
  auto j = nlohmann::json::parse(a);
  EXPECT_EQ(j["file"], "hand.rs");
  EXPECT_EQ(j["allocations"].size(), 4u);
  EXPECT_EQ(j["allocations"][3]["realloc_from"], 1);
  EXPECT_TRUE(j["allocations"][0]["free_event"].is_null());
  EXPECT_EQ(j["allocations"][0]["type"], "Point");
  EXPECT_EQ(j["handles"][0]["state"], "dropped");
  EXPECT_EQ(j["handles"][0]["events"].size(), 5u);
  EXPECT_EQ(j["stats"]["peak_live_bytes"], 132);
  EXPECT_EQ(j["statics"][0]["type"], "Point");
  EXPECT_EQ(j["sites"][0]["what"], "Vec::push");  // the most bytes
  EXPECT_EQ(j["free_blocks"].size(), 4u);
}

TEST(MemvizReport, SvgIsSelfContained) {
  std::string svg = memviz::toSvg(replayed().model());
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_NE(svg.find("Memory of hand.rs"), std::string::npos);
  EXPECT_NE(svg.find("Resource handles"), std::string::npos);
  EXPECT_NE(svg.find("Point, 16 bytes at 0x1040, line 3"), std::string::npos);
  EXPECT_EQ(svg.find("<script"), std::string::npos);
  EXPECT_EQ(svg.find("href"), std::string::npos);
  EXPECT_EQ(svg.substr(svg.size() - 7), "</svg>\n");
  // No element repeats an attribute (XML forbids it; browsers refuse the file).
  for (size_t at = svg.find('<'); at != std::string::npos; at = svg.find('<', at + 1)) {
    std::string tag = svg.substr(at, svg.find('>', at) - at);
    std::vector<std::string> names;
    for (size_t eq = tag.find("=\""); eq != std::string::npos; eq = tag.find("=\"", eq + 1)) {
      size_t start = tag.rfind(' ', eq) + 1;
      names.push_back(tag.substr(start, eq - start));
      eq = tag.find('"', eq + 2);
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(std::adjacent_find(names.begin(), names.end()), names.end()) << tag;
  }
}

}  // namespace
