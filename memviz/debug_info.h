// The `wasmrust.memviz` section of a dev build, parsed (format in
// docs/memviz.md): the memory map, the heap's and the trace's layout, and
// the tables of types and sites that trace records refer to.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace memviz {

struct Field {
  std::string name;
  uint32_t offset = 0;
  uint32_t type = 0;
};

struct Variant {
  std::string name;
  int64_t discriminant = 0;
  std::vector<Field> fields;
};

// kind: bytes, int, uint, float, bool, char, unit, ref, fatref, str, slice,
// array, tuple, struct, enum.
struct TypeInfo {
  std::string name;
  std::string kind;
  uint32_t size = 0;
  uint32_t align = 1;
  uint32_t elem = 0;  // ref, fatref, slice, array
  uint64_t len = 0;   // array
  std::vector<Field> fields;
  std::vector<Variant> variants;
};

struct SiteInfo {
  uint32_t line = 0;
  uint32_t col = 0;
  std::string fn;
  std::string what;
};

struct RegionInfo {
  std::string name;
  std::string kind;  // guard, stack, data, statics, frame, scratch, format, trace, heap
  uint32_t start = 0;
  uint32_t end = 0;
};

struct StaticInfo {
  std::string name;
  uint32_t address = 0;
  uint32_t type = 0;
};

struct HeapInfo {
  bool present = false;
  uint32_t control = 0;                               // the control block's address
  uint32_t start = 0;                                 // the first block
  uint32_t top = 0, live = 4, large = 8, small = 16;  // field offsets
  uint32_t classes = 9;
  uint32_t page = 4096;
};

struct TraceInfo {
  bool present = false;
  uint32_t address = 0;
  uint32_t capacity = 0;
};

struct DebugInfo {
  uint32_t version = 0;
  std::string file;
  std::vector<RegionInfo> regions;
  std::vector<StaticInfo> statics;
  HeapInfo heap;
  TraceInfo trace;
  std::vector<TypeInfo> types;  // 0 is raw bytes
  std::vector<SiteInfo> sites;

  const TypeInfo& type(uint32_t id) const;  // raw bytes for an unknown id
  const SiteInfo* site(uint32_t id) const;  // nullptr for an unknown id
};

[[nodiscard]] bool parseDebugInfo(std::string_view json, DebugInfo& out, std::string& error);

}  // namespace memviz
