// `<`, `<=`, `>` and `>=` of values that live in memory (tuples, arrays,
// and the Strings, references and enums inside them): lexicographic, part
// by part, as Rust's PartialOrd for tuples and arrays is. `orderAt` pushes
// the ordering of two values as an i32 (-1, 0 or 1) and stops at the
// first part that differs; strings compare as their str (`compare`).
// Sorting a Vec of tuples and BTreeMap's tuple keys rely on it.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

// The comparison `op` of the two t values at [a] and [b]: pushes an i32.
void FnLowerer::orderMem(BinOp op, TypeId t, uint32_t a, uint32_t b) {
  orderAt(t, a, b);
  b_.i32(0);
  compare(op, m_.prog.types.intType(IntKind::I32));
}

// (x > y) - (x < y) of two values pushed by `push(base)` each time.
void FnLowerer::orderScalars(TypeId t,
                             const std::function<void(uint32_t)>& push,
                             uint32_t a,
                             uint32_t b) {
  push(a);
  push(b);
  compare(BinOp::Gt, t);
  push(a);
  push(b);
  compare(BinOp::Lt, t);
  b_.op(Op::I32Sub);
}

void FnLowerer::orderAt(TypeId t, uint32_t a, uint32_t b) {
  TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  const StructInfo* s = d.kind == TypeKind::Struct ? &m_.prog.structs[d.id] : nullptr;
  if (s && s->lang == LangItem::String) {
    orderScalars(
        tt.ref(tt.str(), false),
        [&](uint32_t base) {
          langField(t, "ptr", base);
          langField(t, "len", base);
        },
        a, b);
    return;
  }
  if (d.kind == TypeKind::Ref && repr(t) == Repr::I32) {
    // A reference to a sized value: what it points to.
    uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
    loadAt(t, a, 0);
    b_.set(pa);
    loadAt(t, b, 0);
    b_.set(pb);
    orderAt(d.elem, pa, pb);
    return;
  }
  if (repr(t) != Repr::Mem) {
    orderScalars(
        t, [&](uint32_t base) { loadAt(t, base, 0); }, a, b);
    return;
  }
  auto at = [&](uint32_t base, uint32_t offset) {
    uint32_t p = temp(ValType::I32);
    b_.get(base);
    b_.i32(static_cast<int32_t>(offset));
    b_.op(Op::I32Add);
    b_.set(p);
    return p;
  };
  uint32_t result = temp(ValType::I32);
  auto done = b_.block();
  // Each part in turn; the first that differs decides.
  auto part = [&](TypeId pt, uint32_t offset) {
    orderAt(pt, at(a, offset), at(b, offset));
    b_.tee(result);
    b_.brIf(done);
  };
  if (m_.layouts.isEnum(t)) {
    uint32_t tag = temp(ValType::I32);
    orderScalars(
        tt.intType(IntKind::I32), [&](uint32_t base) { b_.get(base), b_.mem(Op::I32Load, 0, 2); },
        a, b);
    b_.tee(result);
    b_.brIf(done);
    b_.get(a);
    b_.mem(Op::I32Load, 0, 2);
    b_.set(tag);
    forEachVariant(t, tag, [&](uint32_t v) {
      for (uint32_t i = 0; i < s->variants[v].fields.size(); ++i)
        part(m_.prog.variantFieldType(t, v, i), m_.layouts.variantFieldOffset(t, v, i));
    });
  } else if (d.kind == TypeKind::Array) {
    uint32_t sz = size(d.elem);
    for (uint64_t i = 0; i < d.len; ++i)
      part(d.elem, static_cast<uint32_t>(i) * sz);
  } else {
    std::vector<TypeId> fields;
    if (s) {
      for (uint32_t i = 0; i < s->fields.size(); ++i)
        fields.push_back(m_.prog.fieldType(t, i));
    } else {
      fields = d.elems;
    }
    for (uint32_t i = 0; i < fields.size(); ++i)
      part(fields[i], m_.layouts.fieldOffset(t, i));
  }
  b_.i32(0);
  b_.set(result);
  b_.end();
  b_.get(result);
}

}  // namespace wr
