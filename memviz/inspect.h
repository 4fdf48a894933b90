// The typed view of one byte of memory, for the DevTools' hex view overlay:
// which region, static or heap block it belongs to, the path of the field
// (`[2].pos.y`) and that field's type and value, read from the snapshot's
// memory with the layout the compiler described (debug_info.h).
#pragma once

#include <cstdint>
#include <string>

#include "memviz/model.h"

namespace memviz {

struct ByteInfo {
  uint32_t address = 0;
  std::string region;       // the region's name ("" outside every region)
  std::string owner;        // "static COUNT", "block #3 (Point, 16 bytes)", or ""
  std::string path;         // the field inside the owner: ".y", "[2].name.len"; "" for the whole
  std::string type;         // the innermost field's type name ("u8" for raw bytes)
  uint32_t fieldStart = 0;  // the innermost field's bytes
  uint32_t fieldSize = 1;
  std::string value;  // its value, as Rust's Debug would print it (raw bytes: the byte)
};

// What `address` holds after event `event` (kNever: at the end).
ByteInfo inspect(const Model& model, uint32_t address, uint32_t event = kNever);

// The value of `size` bytes at `address` read as a scalar of `type`.
std::string scalarValue(const Model& model, const TypeInfo& type, uint32_t address);

}  // namespace memviz
