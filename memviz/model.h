// The memory model the DevTools draw and the CLI prints: decoded from a
// snapshot (memory, trace records and the module's wasmrust.memviz section)
// into regions with their use, heap allocations with type, size and site,
// resource handles with their timelines, the heap's free blocks, statistics
// and anomalies (double frees, size mismatches, leaks).
//
// Allocations keep the event numbers of their allocation and free, so the
// state at any earlier moment (the DevTools' time scrubber) is a filter over
// them: liveAt(t) and statsAt(t). Numbers are typed IDs: an allocation's id
// is its index in `allocations`, a handle's its index in `handles`, types
// and sites index the DebugInfo tables.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "memviz/debug_info.h"
#include "memviz/snapshot.h"

namespace memviz {

constexpr uint32_t kNever = 0xFFFFFFFF;  // an event that has not happened

struct Region {
  std::string name;
  std::string kind;
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t used = 0;  // bytes in use (see docs/memviz.md for each kind)
  uint32_t size() const { return end - start; }
};

struct Allocation {
  uint32_t id = 0;
  uint32_t address = 0;
  uint32_t size = 0;       // requested bytes
  uint32_t footprint = 0;  // bytes of heap the block takes (size class or pages)
  uint32_t align = 1;
  uint32_t type = 0;
  uint32_t site = 0;
  uint32_t allocEvent = 0;
  uint32_t freeEvent = kNever;  // kNever while live
  uint32_t freeSite = kNever;
  uint32_t reallocFrom = kNever;  // the allocation a realloc moved this one's contents from
  uint32_t reallocTo = kNever;    // ...and the one it moved them to
  bool liveAt(uint32_t event) const { return allocEvent <= event && event < freeEvent; }
  bool live() const { return freeEvent == kNever; }
};

struct HandleEvent {
  EventKind kind = EventKind::HandleCreate;
  uint32_t event = 0;
  uint32_t site = 0;
  uint32_t arg = 0;  // the record's size field (HandleBorrow: 1 starts, 0 ends)
};

struct Handle {
  uint32_t id = 0;  // the program's handle id
  uint32_t type = 0;
  uint32_t created = 0;     // event
  uint32_t ended = kNever;  // consumed or dropped
  std::string state;        // owned, borrowed, consumed, dropped
  std::vector<HandleEvent> events;
};

// A block on one of the allocator's free lists at the time of the snapshot.
struct FreeBlock {
  uint32_t address = 0;
  uint32_t size = 0;
  bool large = false;
};

struct Anomaly {
  std::string kind;  // double_free, unknown_free, size_mismatch, overlap, leak,
                     // free_list, null_write, handle_misuse, lost_records
  uint32_t event = kNever;
  uint32_t address = 0;
  std::string message;
};

struct Stats {
  uint32_t events = 0;
  uint32_t allocs = 0, frees = 0, reallocs = 0;
  uint32_t liveBlocks = 0;
  uint64_t liveBytes = 0, liveFootprint = 0;
  uint64_t peakLiveBytes = 0;
  uint32_t peakLiveBlocks = 0;
  uint32_t peakEvent = kNever;  // the first event at which liveBytes peaked
  uint32_t heapStart = 0, heapTop = 0;
  uint32_t heapHighWater = 0;  // the highest end of any block ever allocated
  uint64_t freeBytes = 0;      // on the free lists (below the top)
  uint32_t freeBlocks = 0;
  uint32_t largestFree = 0;
  double fragmentation = 0;        // 1 - largestFree / freeBytes
  double utilization = 0;          // liveBytes / (heapTop - heapStart)
  uint32_t controlLiveBlocks = 0;  // what the allocator itself counts
  uint32_t handles = 0, liveHandles = 0;
};

struct TypeUse {  // per type: live and all-time counts
  uint32_t type = 0;
  uint32_t liveBlocks = 0, totalBlocks = 0;
  uint64_t liveBytes = 0, totalBytes = 0;
};

struct SiteUse {
  uint32_t site = 0;
  uint32_t liveBlocks = 0, totalBlocks = 0;
  uint64_t liveBytes = 0, totalBytes = 0;
};

struct Model {
  DebugInfo info;
  int32_t exitCode = 0;
  uint32_t flags = 0;
  uint32_t lost = 0;  // records the host missed: allocations before them are unknown
  std::vector<uint8_t> memory;
  std::vector<Record> events;
  std::vector<uint32_t> eventAllocation;  // per event: allocation id, or kNever
  std::vector<Region> regions;
  std::vector<Allocation> allocations;
  std::vector<Handle> handles;
  std::vector<FreeBlock> freeBlocks;
  std::vector<Anomaly> anomalies;
  std::vector<TypeUse> types;  // by total bytes, largest first
  std::vector<SiteUse> sites;  // by total bytes, largest first
  Stats stats;

  uint32_t memoryBytes() const { return static_cast<uint32_t>(memory.size()); }
  // The allocations live after event `event` (all events: kNever).
  std::vector<const Allocation*> liveAt(uint32_t event) const;
  // Allocation statistics after event `event` (the heap's free lists and
  // top are only known at the end: those fields keep their final values).
  Stats statsAt(uint32_t event) const;
  // The region containing `address`, or nullptr.
  const Region* regionAt(uint32_t address) const;
  // The allocation holding `address` after event `event`, or nullptr.
  const Allocation* allocationAt(uint32_t address, uint32_t event = kNever) const;
};

// The heap bytes a block of `size` bytes aligned to `align` takes: what the
// allocator rounds to (docs/heap.md).
uint32_t footprint(uint32_t size, uint32_t align, const HeapInfo& heap);

[[nodiscard]] bool buildModel(const Snapshot& snapshot, Model& out, std::string& error);

}  // namespace memviz
