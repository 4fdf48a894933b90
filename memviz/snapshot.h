// Snapshots and trace records (formats in format.h): decoding what the host
// runtime writes, and encoding, for tests and tools that build snapshots by
// hand. Model building (model.h) starts from a decoded Snapshot.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "memviz/format.h"

namespace memviz {

struct Record {
  EventKind kind = EventKind::Alloc;
  uint8_t alignLog2 = 0;
  uint32_t type = 0;
  uint32_t address = 0;  // or handle id
  uint32_t size = 0;
  uint32_t site = 0;
  uint32_t align() const { return 1u << alignLog2; }
};

struct Snapshot {
  uint32_t version = kSnapshotVersion;
  int32_t exitCode = 0;
  uint32_t flags = 0;   // SnapshotFlags
  uint32_t lost = 0;    // records the host did not read in time
  std::string section;  // the module's wasmrust.memviz section (JSON)
  std::vector<uint8_t> memory;
  std::vector<Record> records;
};

Record decodeRecord(const uint8_t bytes[kRecordSize]);
void encodeRecord(const Record& r, uint8_t out[kRecordSize]);

// False, with a reason in `error`, for anything that is not a whole,
// consistent snapshot of a version this code reads.
[[nodiscard]] bool decodeSnapshot(const uint8_t* data,
                                  size_t size,
                                  Snapshot& out,
                                  std::string& error);
std::vector<uint8_t> encodeSnapshot(const Snapshot& s);

// Little-endian reads from linear memory; 0 outside it.
uint32_t readU32(const std::vector<uint8_t>& memory, uint32_t address);

}  // namespace memviz
