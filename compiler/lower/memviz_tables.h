// What a dev build tells the memory visualizer about itself: the tables of
// types and allocation sites that trace records refer to by number, and the
// memory map, written as the `wasmrust.memviz` custom section (JSON; format
// in memviz/format.h and docs/memviz.md).
//
// ModuleLowerer owns one. Lowering interns types and sites as it emits
// traced allocations (FnLowerer::emitAlloc and friends); finalize() hands
// it the memory map once addresses are known and adds the section. Release
// builds never call it.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/lower/layout.h"
#include "compiler/source/source_file.h"

namespace wr {

class MemvizTables {
 public:
  MemvizTables(Program& prog, Layouts& layouts, const SourceFile& file)
      : prog_(prog), layouts_(layouts), file_(file) {}

  // The type table's number for `t` (its fields' types are added too);
  // kNoType is 0, "raw bytes".
  uint32_t typeId(TypeId t);
  // The site table's number for an allocation or free at `span` in function
  // `fn`, doing `what` (e.g. "wasm::heap::alloc").
  uint32_t siteId(Span span, const std::string& fn, const std::string& what);

  struct Region {
    const char* name;
    const char* kind;  // guard, stack, data, statics, frame, scratch, format, trace, heap
    uint32_t start;
    uint32_t end;  // the heap's is where its control block says the top is
  };
  struct Static {
    std::string name;
    uint32_t address;
    TypeId type;
  };
  struct MemoryMap {
    std::vector<Region> regions;
    std::vector<Static> statics;
    uint32_t heapCtl = 0;  // 0: no heap
    uint32_t trace = 0;    // 0: no trace
  };
  std::vector<uint8_t> section(const MemoryMap& map);

 private:
  std::string typeJson(TypeId t);

  Program& prog_;
  Layouts& layouts_;
  const SourceFile& file_;
  std::unordered_map<TypeId, uint32_t> typeIds_;
  std::vector<std::string> types_;  // each entry's JSON; 0 is raw bytes
  std::unordered_map<std::string, uint32_t> siteIds_;
  std::vector<std::string> sites_;  // each entry's JSON
};

}  // namespace wr
