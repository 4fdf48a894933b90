// `<`, `<=`, `>`, `>=` on values in memory (tuples, arrays, structs and
// enums that derive PartialOrd, or have their own impl): a lexicographic
// walk that pushes an ordering code, -1 (less), 0 (equal), 1 (greater) or
// 2 (unordered: a NaN somewhere), which `orderTest` turns into the operator's
// answer. Derived orderings compare fields in declaration order and enum
// variants by their tags first, as rustc's derive does.
#include "compiler/lower/lowerer.h"

namespace wr {

using wasmir::BlockKind;
using wasmir::Op;
using wasmir::ValType;

// The code for two scalars of type `t` at `a` and `b`.
void FnLowerer::orderScalars(TypeId t, uint32_t a, uint32_t b) {
  auto test = [&](BinOp op) {
    loadAt(t, a, 0);
    loadAt(t, b, 0);
    compare(op, t);
  };
  constexpr uint32_t kI32 = static_cast<uint32_t>(ValType::I32);
  test(BinOp::Lt);
  b_.ifBlock(BlockKind::Value, kI32);
  b_.i32(-1);
  b_.elseBlock();
  test(BinOp::Gt);
  b_.ifBlock(BlockKind::Value, kI32);
  b_.i32(1);
  b_.elseBlock();
  test(BinOp::Eq);
  b_.ifBlock(BlockKind::Value, kI32);
  b_.i32(0);
  b_.elseBlock();
  b_.i32(2);
  b_.end();
  b_.end();
  b_.end();
}

// Fields one after another: the first that differs decides.
void FnLowerer::orderFields(const std::vector<std::pair<TypeId, uint32_t>>& fields,
                            uint32_t a,
                            uint32_t b) {
  uint32_t code = temp(ValType::I32);
  b_.i32(0);
  b_.set(code);
  auto done = b_.block();
  for (const auto& [ft, off] : fields) {
    uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
    b_.get(a), b_.i32(static_cast<int32_t>(off)), b_.op(Op::I32Add), b_.set(pa);
    b_.get(b), b_.i32(static_cast<int32_t>(off)), b_.op(Op::I32Add), b_.set(pb);
    orderMem(ft, pa, pb);
    b_.tee(code);
    b_.brIf(done);
  }
  b_.end();
  b_.get(code);
}

void FnLowerer::orderMem(TypeId t, uint32_t a, uint32_t b) {
  const TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  auto own = m_.prog.ordFns.find(t);
  if (own != m_.prog.ordFns.end()) {
    ownOrder(own->second, a, b);
    return;
  }
  if (d.kind == TypeKind::Struct && m_.prog.structs[d.id].lang == LangItem::String) {
    // As its str: (a > b) - (a < b).
    TypeId str = m_.prog.types.ref(m_.prog.types.str(), false);
    auto push = [&](uint32_t base) {
      langField(t, "ptr", base);
      langField(t, "len", base);
    };
    push(a), push(b), compare(BinOp::Gt, str);
    push(a), push(b), compare(BinOp::Lt, str);
    b_.op(Op::I32Sub);
    return;
  }
  if (d.kind == TypeKind::Ref && tt.kind(d.elem) != TypeKind::Slice &&
      tt.kind(d.elem) != TypeKind::Str && repr(t) == Repr::I32) {
    uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
    loadAt(t, a, 0);
    b_.set(pa);
    loadAt(t, b, 0);
    b_.set(pb);
    orderMem(d.elem, pa, pb);
    return;
  }
  if (repr(t) != Repr::Mem) {
    orderScalars(t, a, b);
    return;
  }
  std::vector<std::pair<TypeId, uint32_t>> fields;
  if (d.kind == TypeKind::Array) {
    uint32_t sz = m_.layouts.layout(d.elem).size;
    for (uint64_t i = 0; i < d.len; ++i)
      fields.emplace_back(d.elem, static_cast<uint32_t>(i) * sz);
    orderFields(fields, a, b);
    return;
  }
  if (m_.layouts.isEnum(t)) {
    // Tags first; the same variant compares its fields.
    const StructInfo& s = m_.prog.structs[d.id];
    uint32_t tag = temp(ValType::I32), code = temp(ValType::I32);
    b_.get(a), b_.mem(Op::I32Load, 0, 2), b_.set(tag);
    b_.get(a), b_.mem(Op::I32Load, 0, 2), b_.get(b), b_.mem(Op::I32Load, 0, 2);
    b_.op(Op::I32GtS);
    b_.get(a), b_.mem(Op::I32Load, 0, 2), b_.get(b), b_.mem(Op::I32Load, 0, 2);
    b_.op(Op::I32LtS);
    b_.op(Op::I32Sub);  // greater - less: -1, 0 or 1
    b_.set(code);
    b_.get(code);
    b_.op(Op::I32Eqz);
    b_.ifBlock();
    forEachVariant(t, tag, [&](uint32_t v) {
      std::vector<std::pair<TypeId, uint32_t>> vf;
      for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i)
        vf.emplace_back(m_.prog.variantFieldType(t, v, i), m_.layouts.variantFieldOffset(t, v, i));
      orderFields(vf, a, b);
      b_.set(code);
    });
    b_.end();
    b_.get(code);
    return;
  }
  if (d.kind == TypeKind::Struct) {
    for (uint32_t i = 0; i < m_.prog.structs[d.id].fields.size(); ++i)
      fields.emplace_back(m_.prog.fieldType(t, i), m_.layouts.fieldOffset(t, i));
  } else {
    for (uint32_t i = 0; i < d.elems.size(); ++i)
      fields.emplace_back(d.elems[i], m_.layouts.fieldOffset(t, i));
  }
  orderFields(fields, a, b);
}

// The type's own `cmp` (an Ordering: Less, Equal, Greater are tags 0, 1,
// 2) or `partial_cmp` (an Option<Ordering>, written to a frame slot) on
// the values at `a` and `b`, as an ordering code.
void FnLowerer::ownOrder(uint32_t fn, uint32_t a, uint32_t b) {
  TypeId ret = m_.prog.fns[fn].ret;
  if (repr(ret) != Repr::Mem) {
    b_.get(a);
    b_.get(b);
    b_.call(m_.fnRef(fn));
    b_.i32(1);
    b_.op(Op::I32Sub);
    return;
  }
  const StructInfo& option = m_.prog.structs[m_.prog.types.get(ret).id];
  uint32_t some = option.variants.size() > 1 && option.variants[1].name == "Some" ? 1 : 0;
  uint32_t out = temp(ValType::I32);
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(allocSlot(ret)));
  b_.op(Op::I32Add);
  b_.tee(out);
  b_.get(a);
  b_.get(b);
  b_.call(m_.fnRef(fn));
  constexpr uint32_t kI32 = static_cast<uint32_t>(ValType::I32);
  b_.get(out);
  b_.mem(Op::I32Load, 0, 2);
  b_.i32(variantTag(ret, some));
  b_.op(Op::I32Eq);
  b_.ifBlock(BlockKind::Value, kI32);
  loadAt(m_.prog.variantFieldType(ret, some, 0), out, m_.layouts.variantFieldOffset(ret, some, 0));
  b_.i32(1);
  b_.op(Op::I32Sub);
  b_.elseBlock();
  b_.i32(2);
  b_.end();
}

// An ordering code on the stack to `op`'s answer.
void FnLowerer::orderTest(BinOp op) {
  switch (op) {
    case BinOp::Lt:
      b_.i32(-1);
      b_.op(Op::I32Eq);
      return;
    case BinOp::Gt:
      b_.i32(1);
      b_.op(Op::I32Eq);
      return;
    case BinOp::Le:  // -1 or 0
      b_.i32(1);
      b_.op(Op::I32Add);
      b_.i32(1);
      b_.op(Op::I32LeU);
      return;
    case BinOp::Ge:  // 0 or 1
      b_.i32(1);
      b_.op(Op::I32LeU);
      return;
    default:
      return;
  }
}

}  // namespace wr
