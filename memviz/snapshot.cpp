// Snapshot and record encoding (see snapshot.h and format.h).
#include "memviz/snapshot.h"

#include <cstring>

namespace memviz {

namespace {

uint32_t le32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) | static_cast<uint32_t>(p[1]) << 8 |
         static_cast<uint32_t>(p[2]) << 16 | static_cast<uint32_t>(p[3]) << 24;
}

void put32(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
  p[2] = static_cast<uint8_t>(v >> 16);
  p[3] = static_cast<uint8_t>(v >> 24);
}

}  // namespace

Record decodeRecord(const uint8_t bytes[kRecordSize]) {
  uint32_t w0 = le32(bytes);
  Record r;
  r.kind = static_cast<EventKind>(w0 & kRecordKindMask);
  r.alignLog2 = static_cast<uint8_t>((w0 >> kRecordAlignShift) & 0xF);
  r.type = w0 >> kRecordTypeShift;
  r.address = le32(bytes + 4);
  r.size = le32(bytes + 8);
  r.site = le32(bytes + 12);
  return r;
}

void encodeRecord(const Record& r, uint8_t out[kRecordSize]) {
  put32(out, static_cast<uint32_t>(r.kind) |
                 static_cast<uint32_t>(r.alignLog2) << kRecordAlignShift |
                 r.type << kRecordTypeShift);
  put32(out + 4, r.address);
  put32(out + 8, r.size);
  put32(out + 12, r.site);
}

bool decodeSnapshot(const uint8_t* data, size_t size, Snapshot& out, std::string& error) {
  if (size < kSnapshotHeaderSize || std::memcmp(data, kSnapshotMagic, 8) != 0) {
    error = "not a memviz snapshot (no WRMVSNAP header)";
    return false;
  }
  uint32_t f[7];
  for (size_t i = 0; i < 7; ++i)
    f[i] = le32(data + 8 + 4 * i);
  if (f[0] != kSnapshotVersion) {
    error = "snapshot version " + std::to_string(f[0]) + " is not supported (this reads version " +
            std::to_string(kSnapshotVersion) + ")";
    return false;
  }
  uint64_t need = kSnapshotHeaderSize + static_cast<uint64_t>(f[3]) + f[4] +
                  static_cast<uint64_t>(f[5]) * kRecordSize;
  if (need != size) {
    error =
        "snapshot is " + std::to_string(size) + " bytes, its header says " + std::to_string(need);
    return false;
  }
  out.version = f[0];
  out.exitCode = static_cast<int32_t>(f[1]);
  out.flags = f[2];
  out.lost = f[6];
  const uint8_t* p = data + kSnapshotHeaderSize;
  out.section.assign(reinterpret_cast<const char*>(p), f[3]);
  p += f[3];
  out.memory.assign(p, p + f[4]);
  p += f[4];
  out.records.clear();
  out.records.reserve(f[5]);
  for (uint32_t i = 0; i < f[5]; ++i, p += kRecordSize)
    out.records.push_back(decodeRecord(p));
  return true;
}

std::vector<uint8_t> encodeSnapshot(const Snapshot& s) {
  std::vector<uint8_t> out(kSnapshotHeaderSize + s.section.size() + s.memory.size() +
                           s.records.size() * kRecordSize);
  std::memcpy(out.data(), kSnapshotMagic, 8);
  uint32_t f[7] = {s.version,
                   static_cast<uint32_t>(s.exitCode),
                   s.flags,
                   static_cast<uint32_t>(s.section.size()),
                   static_cast<uint32_t>(s.memory.size()),
                   static_cast<uint32_t>(s.records.size()),
                   s.lost};
  for (size_t i = 0; i < 7; ++i)
    put32(out.data() + 8 + 4 * i, f[i]);
  uint8_t* p = out.data() + kSnapshotHeaderSize;
  std::memcpy(p, s.section.data(), s.section.size());
  p += s.section.size();
  if (!s.memory.empty())
    std::memcpy(p, s.memory.data(), s.memory.size());
  p += s.memory.size();
  for (const Record& r : s.records) {
    encodeRecord(r, p);
    p += kRecordSize;
  }
  return out;
}

uint32_t readU32(const std::vector<uint8_t>& memory, uint32_t address) {
  if (static_cast<uint64_t>(address) + 4 > memory.size())
    return 0;
  return le32(memory.data() + address);
}

}  // namespace memviz
