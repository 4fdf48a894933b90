// Type layouts (see layout.h). Fields are laid out in declaration order with
// natural alignment; Rust may reorder fields, but no program can observe the
// difference without `size_of`, which this version does not offer.
#include "compiler/lower/layout.h"

namespace wr {

using wasmir::Op;
using wasmir::ValType;

Repr Layouts::repr(TypeId t) const {
  const TypeData& d = prog_.types.get(t);
  switch (d.kind) {
    case TypeKind::Bool:
    case TypeKind::Char:
      return Repr::I32;
    case TypeKind::Int:
      return intBits(static_cast<IntKind>(d.sub)) == 64 ? Repr::I64 : Repr::I32;
    case TypeKind::Float:
      return d.sub == 0 ? Repr::F32 : Repr::F64;
    case TypeKind::Ref: {
      TypeKind ek = prog_.types.kind(d.elem);
      // `&dyn Trait`: data address and vtable address (docs/dyn.md).
      return ek == TypeKind::Str || ek == TypeKind::Slice || ek == TypeKind::Dyn ? Repr::Pair
                                                                                 : Repr::I32;
    }
    case TypeKind::ExternRef:
      return Repr::ExternRef;
    case TypeKind::Tuple:
      return d.elems.empty() ? Repr::None : Repr::Mem;
    case TypeKind::Array:
      return Repr::Mem;
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      return s.isEnum && !s.hasFields() ? Repr::I32 : Repr::Mem;
    }
    default:
      return Repr::None;
  }
}

bool Layouts::isEnum(TypeId t) const {
  const TypeData& d = prog_.types.get(t);
  return d.kind == TypeKind::Struct && prog_.structs[d.id].isEnum;
}

std::vector<ValType> Layouts::valTypes(TypeId t) const {
  switch (repr(t)) {
    case Repr::None:
      return {};
    case Repr::I32:
    case Repr::Mem:
      return {ValType::I32};
    case Repr::I64:
      return {ValType::I64};
    case Repr::F32:
      return {ValType::F32};
    case Repr::F64:
      return {ValType::F64};
    case Repr::Pair:
      return {ValType::I32, ValType::I32};
    case Repr::ExternRef:
      return {ValType::ExternRef};
  }
  return {};
}

static uint32_t alignUp(uint32_t v, uint32_t a) {
  return (v + a - 1) & ~(a - 1);
}

Layout Layouts::layout(TypeId t) {
  const TypeData& d = prog_.types.get(t);
  switch (d.kind) {
    case TypeKind::Bool:
      return {1, 1};
    case TypeKind::Char:
      return {4, 4};
    case TypeKind::Int: {
      uint32_t bytes = static_cast<uint32_t>(intBits(static_cast<IntKind>(d.sub)) / 8);
      return {bytes, bytes};
    }
    case TypeKind::Float:
      return d.sub == 0 ? Layout{4, 4} : Layout{8, 8};
    case TypeKind::Ref:
      return repr(t) == Repr::Pair ? Layout{8, 4} : Layout{4, 4};
    case TypeKind::ExternRef:  // the index of its slot in the reference table
      return {4, 4};
    case TypeKind::Tuple: {
      uint32_t size = 0, align = 1;
      std::vector<TypeId> elems = d.elems;
      for (TypeId e : elems) {
        Layout l = layout(e);
        size = alignUp(size, l.align) + l.size;
        align = std::max(align, l.align);
      }
      return {alignUp(size, align), align};
    }
    case TypeKind::Array: {
      TypeId elem = d.elem;
      uint64_t len = d.len;
      Layout l = layout(elem);
      uint64_t size = static_cast<uint64_t>(l.size) * len;
      return {static_cast<uint32_t>(std::min<uint64_t>(size, 0x7FFFFFFF)), l.align};
    }
    case TypeKind::Struct:
      return structLayout(t).whole;
    default:
      return {0, 1};
  }
}

// Struct and enum layouts are computed per type, not per declaration: each
// instance of a generic struct has its own.
const Layouts::StructLayout& Layouts::structLayout(TypeId t) {
  auto it = structs_.find(t);
  if (it != structs_.end())
    return it->second;
  StructLayout out;
  const StructInfo& s = prog_.structs[prog_.types.get(t).id];
  uint32_t size = 0, align = 1;
  if (s.isEnum) {
    // The tag, then the variants overlapping after it.
    size = 4;
    align = 4;
    uint32_t end = size;
    for (uint32_t v = 0; v < s.variants.size(); ++v) {
      uint32_t at = 4;
      std::vector<uint32_t> offsets;
      for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
        Layout l = layout(prog_.variantFieldType(t, v, i));
        at = alignUp(at, l.align);
        offsets.push_back(at);
        at += l.size;
        align = std::max(align, l.align);
      }
      out.variantOffsets.push_back(std::move(offsets));
      end = std::max(end, at);
    }
    out.whole = {alignUp(end, align), align};
  } else {
    for (uint32_t i = 0; i < s.fields.size(); ++i) {
      Layout l = layout(prog_.fieldType(t, i));
      size = alignUp(size, l.align);
      out.fieldOffsets.push_back(size);
      size += l.size;
      align = std::max(align, l.align);
    }
    out.whole = {alignUp(size, align), align};
    if (prog_.dynPointee(t) != kNoType) {
      // Box<dyn Trait>: its `ptr`, then the vtable's address (docs/dyn.md).
      out.fieldOffsets.push_back(4);
      out.whole = {8, 4};
    }
  }
  return structs_.emplace(t, std::move(out)).first->second;
}

uint32_t Layouts::fieldOffset(TypeId t, uint32_t i) {
  const TypeData& d = prog_.types.get(t);
  if (d.kind == TypeKind::Struct)
    return structLayout(t).fieldOffsets[i];
  uint32_t off = 0;
  std::vector<TypeId> elems = d.elems;
  for (uint32_t k = 0; k <= i && k < elems.size(); ++k) {
    Layout l = layout(elems[k]);
    off = alignUp(off, l.align);
    if (k == i)
      return off;
    off += l.size;
  }
  return off;
}

uint32_t Layouts::variantFieldOffset(TypeId t, uint32_t v, uint32_t i) {
  return structLayout(t).variantOffsets[v][i];
}

Op Layouts::loadOp(TypeId t) const {
  const TypeData& d = prog_.types.get(t);
  if (d.kind == TypeKind::Bool)
    return Op::I32Load8U;
  if (d.kind == TypeKind::Int) {
    switch (static_cast<IntKind>(d.sub)) {
      case IntKind::I8:
        return Op::I32Load8S;
      case IntKind::U8:
        return Op::I32Load8U;
      case IntKind::I16:
        return Op::I32Load16S;
      case IntKind::U16:
        return Op::I32Load16U;
      case IntKind::I64:
      case IntKind::U64:
        return Op::I64Load;
      default:
        return Op::I32Load;
    }
  }
  if (d.kind == TypeKind::Float)
    return d.sub == 0 ? Op::F32Load : Op::F64Load;
  return Op::I32Load;
}

Op Layouts::storeOp(TypeId t) const {
  const TypeData& d = prog_.types.get(t);
  if (d.kind == TypeKind::Bool)
    return Op::I32Store8;
  if (d.kind == TypeKind::Int) {
    switch (static_cast<IntKind>(d.sub)) {
      case IntKind::I8:
      case IntKind::U8:
        return Op::I32Store8;
      case IntKind::I16:
      case IntKind::U16:
        return Op::I32Store16;
      case IntKind::I64:
      case IntKind::U64:
        return Op::I64Store;
      default:
        return Op::I32Store;
    }
  }
  if (d.kind == TypeKind::Float)
    return d.sub == 0 ? Op::F32Store : Op::F64Store;
  return Op::I32Store;
}

uint32_t Layouts::alignLog2(TypeId t) {
  uint32_t a = layout(t).align;
  if (repr(t) == Repr::Pair)
    a = 4;
  uint32_t log = 0;
  while ((1u << log) < a)
    ++log;
  return log;
}

}  // namespace wr
