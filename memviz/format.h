// The memviz formats: what a dev build of a WasmRust program writes for the
// memory visualizer, and what the host hands to memviz. The compiler
// (compiler/lower/heap_runtime.cpp, memviz_tables.cpp) writes them, the JS
// runtime (web/runtime/memviz.mjs, which mirrors these numbers) reads the
// trace and makes snapshots, and memviz (snapshot.cpp, model.cpp) decodes
// them. docs/memviz.md describes them in prose.
//
// 1. The `wasmrust.memviz` custom section: UTF-8 JSON describing the memory
//    map (regions, statics), the heap's control block, the trace buffer and
//    the tables of types and allocation sites that trace records refer to.
// 2. The trace buffer in linear memory: a 16-byte header, then a ring of
//    kTraceCapacity 16-byte records. The program appends; the host reads
//    without calling into the program, and the program calls the host
//    import `env.trace_flush(reason)` when the ring wraps (so a host that
//    keeps up loses nothing) and on the "break on" conditions.
// 3. A snapshot: the section, linear memory and the whole event list at one
//    moment (the end of a run, or any moment the DevTools pick), in one file.
#pragma once

#include <cstdint>

namespace memviz {

constexpr const char* kSectionName = "wasmrust.memviz";
constexpr uint32_t kSectionVersion = 1;

// --- The trace buffer ------------------------------------------------------
// Header, offsets from the trace's address:
constexpr uint32_t kTraceCount = 0;          // u32: records written so far (all time)
constexpr uint32_t kTraceBreakMinSize = 4;   // u32: host sets; 0 = off (see TraceFlush)
constexpr uint32_t kTraceBreakDropType = 8;  // u32: host sets; type id + 1, 0 = off
constexpr uint32_t kTraceHeaderSize = 16;
constexpr uint32_t kTraceCapacity = 16384;  // records in the ring (a power of two)
constexpr uint32_t kRecordSize = 16;
// Record i (0-based, all time) is at header + 16 * (i % capacity), four
// little-endian u32:
//   kind | align_log2 << 8 | type << 12,  address (or handle id),  size,  site
// (the alignment, with the size, gives the block's footprint in the heap).
constexpr uint32_t kRecordKindMask = 0xFF;
constexpr uint32_t kRecordAlignShift = 8;
constexpr uint32_t kRecordTypeShift = 12;
enum class EventKind : uint8_t {
  Alloc = 1,        // a block of `size` bytes at `address`
  Free = 2,         // the block at `address`, of `size` bytes, freed
  ReallocFrom = 3,  // a realloc released the block at `address` (`size`: old size)...
  ReallocTo = 4,    // ...and its contents are now at `address` (`size`: new size)
  // Resource handles (`#[wasm::linear]` types); `address` is the handle id.
  // For HandleBorrow, `size` is 1 when a borrow starts and 0 when it ends.
  HandleCreate = 16,
  HandleBorrow = 17,
  HandleMove = 18,
  HandleConsume = 19,
  HandleDrop = 20,
};

// Why the program calls env.trace_flush(reason).
enum class FlushReason : uint8_t {
  Full = 0,        // the ring wrapped: read every record now
  BreakAlloc = 1,  // an allocation of at least break_min_size bytes
  BreakDrop = 2,   // a drop of a handle of type break_drop_type - 1
};

// --- The heap's control block (see docs/heap.md) ---------------------------
constexpr uint32_t kHeapTop = 0;
constexpr uint32_t kHeapLive = 4;
constexpr uint32_t kHeapLarge = 8;
constexpr uint32_t kHeapSmall = 16;
constexpr uint32_t kHeapClasses = 9;  // 8, 16, ..., 2048 bytes
constexpr uint32_t kHeapPage = 4096;

// --- Snapshots -------------------------------------------------------------
// "WRMVSNAP", then little-endian u32s: version, exit code, flags, section
// length S, memory length M, record count E, records lost; then S bytes of
// section JSON, M bytes of memory, E records of 16 bytes.
constexpr char kSnapshotMagic[9] = "WRMVSNAP";
constexpr uint32_t kSnapshotVersion = 1;
constexpr uint32_t kSnapshotHeaderSize = 8 + 7 * 4;
// Snapshot flags:
constexpr uint32_t kSnapshotFinished = 1;  // the program returned from main or called exit
constexpr uint32_t kSnapshotPanicked = 2;  // it panicked (exit code 101)
constexpr uint32_t kSnapshotTrapped = 4;   // it stopped on a trap (e.g. out of bounds)

}  // namespace memviz
