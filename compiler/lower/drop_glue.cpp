// Glue: what dropping, cloning and comparing a value means for each type,
// from the impl methods the checker instantiated (Program::dropFns,
// cloneFns, eqFns; check_glue.cpp) and the type's structure.
//
// Drop glue runs the type's Drop impl (if any), then drops its parts in
// declaration order (fields; the fields of the variant the value is;
// array elements in order). Each type that needs any gets one function,
// `drop<T>(addr)`, made on first use: recursive types are no problem, and
// every drop of a String costs one call.
//
// Derived Clone copies the value bitwise and then clones over it each part
// that is not Copy; derived `==` compares the parts (equalMem), calling the
// PartialEq impls of parts that have one.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

bool ModuleLowerer::needsDrop(TypeId t) {
  auto it = needsDrop_.find(t);
  if (it != needsDrop_.end())
    return it->second;
  needsDrop_[t] = false;  // a type reached again through itself adds nothing
  const TypeData& d = prog.types.get(t);
  bool needs = false;
  switch (d.kind) {
    case TypeKind::Array:
      needs = d.len > 0 && dropsInMemory(d.elem);
      break;
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems))
        needs = needs || dropsInMemory(e);
      break;
    case TypeKind::Struct: {
      const StructInfo& s = prog.structs[d.id];
      if (s.closure)
        break;
      needs = prog.dropFns.count(t) > 0 || prog.dynPointee(t) != kNoType;
      for (uint32_t i = 0; i < s.fields.size() && !needs; ++i)
        needs = dropsInMemory(prog.fieldType(t, i));
      for (uint32_t v = 0; v < s.variants.size() && !needs; ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size() && !needs; ++i)
          needs = dropsInMemory(prog.variantFieldType(t, v, i));
      }
      break;
    }
    default:
      break;
  }
  needsDrop_[t] = needs;
  return needs;
}

bool ModuleLowerer::dropsInMemory(TypeId t) {
  return prog.types.kind(t) == TypeKind::ExternRef || needsDrop(t);
}

uint32_t ModuleLowerer::dropFnRef(TypeId t) {
  auto it = dropGlueFns_.find(t);
  if (it != dropGlueFns_.end())
    return it->second;
  uint32_t id = static_cast<uint32_t>(funcs.size());
  dropGlueFns_[t] = id;
  funcs.emplace_back();
  wasmir::FuncType sig;
  sig.params = {ValType::I32};
  FnLowerer fl(*this, id, sig, "");
  funcs[id].name = "drop<" + prog.typeName(t) + ">";
  fl.lowerDropGlue(t);
  return id;
}

// Runs the drop glue of the value of type `t` at [addrLocal].
void FnLowerer::dropAt(TypeId t, uint32_t addrLocal) {
  dropAtOffset(t, addrLocal, 0);
}

void FnLowerer::dropAtOffset(TypeId t, uint32_t base, uint32_t offset) {
  if (repr(t) == Repr::ExternRef) {
    dropExternRef(base, offset);
    return;
  }
  if (!m_.needsDrop(t))
    return;
  b_.get(base);
  if (offset)
    b_.i32(static_cast<int32_t>(offset)), b_.op(Op::I32Add);
  b_.call(m_.dropFnRef(t));
}

// The body of drop<T>(addr).
void FnLowerer::lowerDropGlue(TypeId t) {
  TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  const uint32_t addr = 0;
  if (lowerBoxDynDrop(t)) {
    // Box<dyn Trait>: through the vtable (lower_dyn.cpp).
  } else if (d.kind == TypeKind::Array) {
    TypeId elem = d.elem;
    uint32_t sz = size(elem), end = temp(ValType::I32), p = temp(ValType::I32);
    b_.get(addr), b_.set(p);
    b_.get(addr), b_.i32(static_cast<int32_t>(sz * d.len)), b_.op(Op::I32Add), b_.set(end);
    auto brk = b_.block();
    auto top = b_.loop();
    b_.get(p), b_.get(end), b_.op(Op::I32GeU), b_.brIf(brk);
    dropAt(elem, p);
    b_.get(p), b_.i32(static_cast<int32_t>(sz)), b_.op(Op::I32Add), b_.set(p);
    b_.br(top);
    b_.end();
    b_.end();
  } else if (d.kind == TypeKind::Tuple) {
    std::vector<TypeId> elems = d.elems;
    for (uint32_t i = 0; i < elems.size(); ++i)
      dropAtOffset(elems[i], addr, m_.layouts.fieldOffset(t, i));
  } else if (d.kind == TypeKind::Struct) {
    auto own = m_.prog.dropFns.find(t);
    if (own != m_.prog.dropFns.end()) {
      b_.get(addr);  // Drop::drop(&mut self)
      b_.call(m_.fnRef(own->second));
    }
    const StructInfo& s = m_.prog.structs[d.id];
    if (!s.isEnum) {
      for (uint32_t i = 0; i < s.fields.size(); ++i)
        dropAtOffset(m_.prog.fieldType(t, i), addr, m_.layouts.fieldOffset(t, i));
    } else if (s.hasFields()) {
      uint32_t tag = temp(ValType::I32);
      b_.get(addr);
      b_.mem(Op::I32Load, 0, 2);
      b_.set(tag);
      forEachVariant(t, tag, [&](uint32_t v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
          dropAtOffset(m_.prog.variantFieldType(t, v, i), addr,
                       m_.layouts.variantFieldOffset(t, v, i));
        }
      });
    }
  }
  emitEpilogue();  // removed again unless the body took a frame
  b_.op(Op::End);
  finishBody();
}

// Does cloning `t` take more than a bitwise copy?
bool ModuleLowerer::needsCloneGlue(TypeId t) {
  if (prog.cloneFns.count(t))
    return true;
  auto it = needsClone_.find(t);
  if (it != needsClone_.end())
    return it->second;
  needsClone_[t] = false;
  const TypeData& d = prog.types.get(t);
  bool needs = false;
  switch (d.kind) {
    case TypeKind::ExternRef:  // a copy of its slot index would share the slot
      needs = true;
      break;
    case TypeKind::Array:
      needs = d.len > 0 && needsCloneGlue(d.elem);
      break;
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems))
        needs = needs || needsCloneGlue(e);
      break;
    case TypeKind::Struct: {
      // Only derived clones get here; a recursive type clones through a
      // Box, whose Clone impl is in cloneFns.
      const StructInfo& s = prog.structs[d.id];
      for (uint32_t i = 0; i < s.fields.size() && !needs; ++i)
        needs = needsCloneGlue(prog.fieldType(t, i));
      for (uint32_t v = 0; v < s.variants.size() && !needs; ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size() && !needs; ++i)
          needs = needsCloneGlue(prog.variantFieldType(t, v, i));
      }
      break;
    }
    default:
      break;
  }
  needsClone_[t] = needs;
  return needs;
}

// Clones the value of type `t` at [src + srcOff] into [dst + dstOff] (both
// locals holding addresses).
void FnLowerer::cloneInto(TypeId t, uint32_t dst, uint32_t dstOff, uint32_t src, uint32_t srcOff) {
  auto own = m_.prog.cloneFns.find(t);
  if (own != m_.prog.cloneFns.end()) {
    FnInfo& f = m_.prog.fns[own->second];
    bool sret = repr(f.ret) == Repr::Mem;
    if (sret) {
      b_.get(dst);
      if (dstOff)
        b_.i32(static_cast<int32_t>(dstOff)), b_.op(Op::I32Add);
    }
    b_.get(src);
    if (srcOff)
      b_.i32(static_cast<int32_t>(srcOff)), b_.op(Op::I32Add);
    b_.call(m_.fnRef(own->second));
    if (!sret)
      storeAt(t, dst, dstOff);
    return;
  }
  if (repr(t) != Repr::Mem) {
    loadAt(t, src, srcOff);
    storeAt(t, dst, dstOff);
    return;
  }
  copyMem(dst, dstOff, src, srcOff, t);
  if (!m_.needsCloneGlue(t))
    return;
  const TypeData& d = m_.prog.types.get(t);
  if (d.kind == TypeKind::Array) {
    uint32_t sz = size(d.elem);
    for (uint32_t i = 0; i < d.len; ++i)  // arrays of clones are short in practice
      cloneInto(d.elem, dst, dstOff + i * sz, src, srcOff + i * sz);
  } else if (d.kind == TypeKind::Tuple) {
    std::vector<TypeId> elems = d.elems;
    for (uint32_t i = 0; i < elems.size(); ++i) {
      uint32_t off = m_.layouts.fieldOffset(t, i);
      cloneInto(elems[i], dst, dstOff + off, src, srcOff + off);
    }
  } else if (d.kind == TypeKind::Struct) {
    const StructInfo& s = m_.prog.structs[d.id];
    if (!s.isEnum) {
      for (uint32_t i = 0; i < s.fields.size(); ++i) {
        uint32_t off = m_.layouts.fieldOffset(t, i);
        cloneInto(m_.prog.fieldType(t, i), dst, dstOff + off, src, srcOff + off);
      }
      return;
    }
    uint32_t tag = temp(ValType::I32);
    b_.get(src);
    b_.mem(Op::I32Load, srcOff, 2);
    b_.set(tag);
    forEachVariant(t, tag, [&](uint32_t v) {
      for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
        uint32_t off = m_.layouts.variantFieldOffset(t, v, i);
        cloneInto(m_.prog.variantFieldType(t, v, i), dst, dstOff + off, src, srcOff + off);
      }
    });
  }
}

bool ModuleLowerer::ownsHeap(TypeId t) {
  auto it = ownsHeap_.find(t);
  if (it != ownsHeap_.end())
    return it->second;
  ownsHeap_[t] = false;  // a type reached again through itself adds nothing
  const TypeData& d = prog.types.get(t);
  bool owns = false;
  switch (d.kind) {
    case TypeKind::Array:
      owns = ownsHeap(d.elem);
      break;
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems))
        owns = owns || ownsHeap(e);
      break;
    case TypeKind::Struct: {
      const StructInfo& s = prog.structs[d.id];
      if (s.lang != LangItem::None && s.lang != LangItem::Option) {
        owns = true;
        break;
      }
      for (uint32_t i = 0; i < s.fields.size() && !owns; ++i)
        owns = ownsHeap(prog.fieldType(t, i));
      for (uint32_t v = 0; v < s.variants.size() && !owns; ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size() && !owns; ++i)
          owns = ownsHeap(prog.variantFieldType(t, v, i));
      }
      break;
    }
    default:
      break;
  }
  ownsHeap_[t] = owns;
  return owns;
}

}  // namespace wr
