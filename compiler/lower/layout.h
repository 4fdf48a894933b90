// Data layout of WasmRust types in linear memory and their representation
// as WebAssembly values.
//
// Scalars (integers, floats, bool, char, thin references) are one Wasm value;
// references to `str` and slices are fat pointers (two i32: address, length);
// tuples, arrays and structs live in memory and are passed around as the i32
// address of their storage ("Mem"). `()` and `!` have no value at all.
//
// Enums without data are their discriminant, an i32. Enums with data live in
// memory: the tag (the variant's discriminant, an i32) at offset 0, then each
// variant's fields laid out after it as a struct would be; all variants
// share those bytes, so the enum's size is the largest variant's.
#pragma once

#include <unordered_map>
#include <vector>

#include "compiler/sema/program.h"
#include "wasmir/module.h"

namespace wr {

// ExternRef: a host reference, a Wasm externref; in memory it is the i32
// index of a slot of the reference table (ref_table.cpp).
enum class Repr : uint8_t { None, I32, I64, F32, F64, Pair, Mem, ExternRef };

struct Layout {
  uint32_t size = 0;
  uint32_t align = 1;
};

class Layouts {
 public:
  explicit Layouts(Program& prog) : prog_(prog) {}

  Repr repr(TypeId t) const;
  Layout layout(TypeId t);
  // Byte offset of element `i` of a tuple or field `i` of a struct.
  uint32_t fieldOffset(TypeId t, uint32_t i);
  // Byte offset of field `i` of variant `v` of an enum.
  uint32_t variantFieldOffset(TypeId t, uint32_t v, uint32_t i);
  bool isEnum(TypeId t) const;
  std::vector<wasmir::ValType> valTypes(TypeId t) const;

  // Load/store opcodes for a scalar type (Repr I32/I64/F32/F64).
  wasmir::Op loadOp(TypeId t) const;
  wasmir::Op storeOp(TypeId t) const;
  uint32_t alignLog2(TypeId t);

 private:
  struct StructLayout {
    Layout whole;
    std::vector<uint32_t> fieldOffsets;                 // structs
    std::vector<std::vector<uint32_t>> variantOffsets;  // enums: per variant
  };
  const StructLayout& structLayout(TypeId t);
  Program& prog_;
  std::unordered_map<TypeId, StructLayout> structs_;
};

}  // namespace wr
