// `wasm::mem::hash(&value)`: the 32-bit hash HashMap and HashSet
// (compiler/std/collections.rs) place their keys by. It is computed from
// the value's structure, as `#[derive(Hash)]` would feed a hasher: integers,
// bool and char by value; str and String by their bytes (the same for
// both, so a String key is found with a `&str`); slices and Vecs by length
// and elements; tuples, arrays and structs field by field; enums by tag
// and the active variant's fields; references and Boxes by what they point
// to. Each part is folded in with a multiply-rotate-xor step.
//
// The code is emitted inline at the call. A recursive type (a list of
// boxes) is hashed down to a fixed depth only: equal values still hash
// equally, which is all a hash table needs.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {

constexpr int32_t kHashMultiplier = static_cast<int32_t>(0x9E3779B9u);
constexpr int kHashDepth = 6;

}  // namespace

// h = (rotl(h, 5) ^ part) * K, with the i32 part on the stack.
void FnLowerer::hashMix(uint32_t h) {
  b_.get(h);
  b_.i32(5);
  b_.op(Op::I32Rotl);
  b_.op(Op::I32Xor);
  b_.i32(kHashMultiplier);
  b_.op(Op::I32Mul);
  b_.set(h);
}

void FnLowerer::hashIntrinsic(Expr* e) {
  TypeId t = e->typeArg;
  const TypeTable& tt = m_.prog.types;
  uint32_t h = temp(ValType::I32);
  b_.i32(0);
  b_.set(h);
  expr(e->args[0]);
  TypeKind k = tt.kind(t);
  if (k == TypeKind::Str || k == TypeKind::Slice) {
    uint32_t ptr = temp(ValType::I32), len = temp(ValType::I32);
    b_.set(len);
    b_.set(ptr);
    hashElements(k == TypeKind::Str ? kNoType : tt.get(t).elem, ptr, len, h, 0);
  } else {
    uint32_t addr = temp(ValType::I32);
    b_.set(addr);
    hashAt(t, addr, h, 0);
  }
  // Spread the high bits down: the table takes its index from the low ones.
  b_.get(h);
  b_.get(h);
  b_.i32(15);
  b_.op(Op::I32ShrU);
  b_.op(Op::I32Xor);
}

// `len` elements of type `elem` from `ptr` (bytes of text when elem is
// kNoType), then a terminator, so ("ab", "c") and ("a", "bc") differ.
void FnLowerer::hashElements(TypeId elem, uint32_t ptr, uint32_t len, uint32_t h, int depth) {
  uint32_t sz = elem == kNoType ? 1 : size(elem);
  if (elem != kNoType) {
    b_.get(len);
    hashMix(h);
  }
  uint32_t i = temp(ValType::I32), at = temp(ValType::I32);
  b_.i32(0);
  b_.set(i);
  auto brk = b_.block();
  auto top = b_.loop();
  b_.get(i);
  b_.get(len);
  b_.op(Op::I32GeU);
  b_.brIf(brk);
  b_.get(ptr);
  b_.get(i);
  if (sz != 1) {
    b_.i32(static_cast<int32_t>(sz));
    b_.op(Op::I32Mul);
  }
  b_.op(Op::I32Add);
  b_.set(at);
  if (elem == kNoType) {
    b_.get(at);
    b_.mem(Op::I32Load8U, 0, 0);
    hashMix(h);
  } else {
    hashAt(elem, at, h, depth + 1);
  }
  b_.get(i);
  b_.i32(1);
  b_.op(Op::I32Add);
  b_.set(i);
  b_.br(top);
  b_.end();
  b_.end();
  if (elem == kNoType) {
    b_.i32(0xFF);
    hashMix(h);
  }
}

// Folds the value of type `t` at [addr] into h.
void FnLowerer::hashAt(TypeId t, uint32_t addr, uint32_t h, int depth) {
  if (depth > kHashDepth)
    return;
  const TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  auto at = [&](uint32_t offset) {  // a local holding addr + offset
    uint32_t p = temp(ValType::I32);
    b_.get(addr);
    if (offset) {
      b_.i32(static_cast<int32_t>(offset));
      b_.op(Op::I32Add);
    }
    b_.set(p);
    return p;
  };
  if (d.kind == TypeKind::Ref) {
    TypeKind ek = tt.kind(d.elem);
    if (ek == TypeKind::Str || ek == TypeKind::Slice) {
      uint32_t ptr = temp(ValType::I32), len = temp(ValType::I32);
      loadAt(t, addr, 0);
      b_.set(len);
      b_.set(ptr);
      hashElements(ek == TypeKind::Str ? kNoType : tt.get(d.elem).elem, ptr, len, h, depth);
      return;
    }
    uint32_t p = temp(ValType::I32);
    loadAt(t, addr, 0);
    b_.set(p);
    hashAt(d.elem, p, h, depth + 1);
    return;
  }
  const StructInfo* s = d.kind == TypeKind::Struct ? &m_.prog.structs[d.id] : nullptr;
  if (s && (s->lang == LangItem::String || s->lang == LangItem::Vec)) {
    uint32_t ptr = temp(ValType::I32), len = temp(ValType::I32);
    langField(t, "ptr", addr);
    b_.set(ptr);
    langField(t, "len", addr);
    b_.set(len);
    hashElements(s->lang == LangItem::String ? kNoType : d.elems[0], ptr, len, h, depth);
    return;
  }
  if (s && s->lang == LangItem::OwnedBox) {
    uint32_t p = temp(ValType::I32);
    langField(t, "ptr", addr);
    b_.set(p);
    hashAt(d.elems[0], p, h, depth + 1);
    return;
  }
  Repr r = repr(t);
  if (r == Repr::I32) {  // integers, bool, char, fieldless enums
    loadAt(t, addr, 0);
    hashMix(h);
    return;
  }
  if (r == Repr::I64) {
    uint32_t w = temp(ValType::I64);
    loadAt(t, addr, 0);
    b_.set(w);
    b_.get(w);
    b_.op(Op::I32WrapI64);
    hashMix(h);
    b_.get(w);
    b_.i64(32);
    b_.op(Op::I64ShrU);
    b_.op(Op::I32WrapI64);
    hashMix(h);
    return;
  }
  if (r != Repr::Mem)
    return;  // floats and units add nothing (floats are not Hash)
  if (d.kind == TypeKind::Array) {
    uint32_t len = temp(ValType::I32);
    b_.i32(static_cast<int32_t>(d.len));
    b_.set(len);
    hashElements(d.elem, addr, len, h, depth);
    return;
  }
  if (m_.layouts.isEnum(t)) {
    uint32_t tag = temp(ValType::I32);
    b_.get(addr);
    b_.mem(Op::I32Load, 0, 2);
    b_.tee(tag);
    hashMix(h);
    forEachVariant(t, tag, [&](uint32_t v) {
      for (uint32_t i = 0; i < s->variants[v].fields.size(); ++i) {
        uint32_t p = at(m_.layouts.variantFieldOffset(t, v, i));
        hashAt(m_.prog.variantFieldType(t, v, i), p, h, depth + 1);
      }
    });
    return;
  }
  std::vector<TypeId> fields;
  if (s) {
    for (uint32_t i = 0; i < s->fields.size(); ++i)
      fields.push_back(m_.prog.fieldType(t, i));
  } else {
    fields = d.elems;
  }
  for (uint32_t i = 0; i < fields.size(); ++i)
    hashAt(fields[i], at(m_.layouts.fieldOffset(t, i)), h, depth + 1);
}

}  // namespace wr
