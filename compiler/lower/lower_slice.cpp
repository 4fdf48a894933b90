// Lowering of unsized places: a slice or str reached through an overloaded
// deref (`*deref(&v)`, a Vec's elements) or made by indexing with a range
// (`&a[1..3]`, `&s[..n]`). Such a place is its fat pointer (address,
// length); it is only ever borrowed, used as a receiver or a loop's
// sequence, or indexed (the checker makes sure of that).
//
// Range indexing checks its bounds as Rust does, with Rust's messages:
// start <= end <= len, and for str both ends on char boundaries.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

static bool isUnsized(const TypeTable& tt, TypeId t) {
  return tt.kind(t) == TypeKind::Slice || tt.kind(t) == TypeKind::Str ||
         tt.kind(t) == TypeKind::Dyn;
}

// Pushes (address, length) of an unsized place.
void FnLowerer::fatPlace(Expr* e) {
  while (e->kind == ExprKind::Paren)
    e = e->lhs;
  if (e->kind == ExprKind::Index && e->rhs && e->rhs->kind == ExprKind::Range) {
    rangeSlice(e);
    return;
  }
  if (e->kind == ExprKind::Unary && e->unOp == UnOp::Deref) {
    expr(e->lhs);  // a `&[T]` or `&str`: the pair itself
    return;
  }
  b_.op(Op::Unreachable);  // the checker admits no other unsized place
}

void FnLowerer::rangeSlice(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  bool isStr = tt.kind(e->type) == TypeKind::Str;
  uint32_t base = kNone, len = kNone;
  TypeId elemT = sequenceBase(e->lhs, e->autoDerefs, base, len);
  Expr* r = e->rhs;
  uint32_t lo = temp(ValType::I32), hi = temp(ValType::I32);
  if (r->lhs)
    expr(r->lhs);
  else
    b_.i32(0);
  b_.set(lo);
  if (r->rhs) {
    expr(r->rhs);
    if (r->inclusive) {
      // `..=usize::MAX` cannot be made exclusive.
      uint32_t end = temp(ValType::I32);
      b_.tee(end);
      b_.i32(-1);
      b_.op(Op::I32Eq);
      b_.ifBlock();
      panicStatic(e->span, isStr ? "attempted to index str up to maximum usize"
                                 : "attempted to index slice up to maximum usize");
      b_.end();
      b_.get(end);
      b_.i32(1);
      b_.op(Op::I32Add);
    }
  } else {
    b_.get(len);
  }
  b_.set(hi);
  // Each check: a condition, then the panic's kind and its two numbers.
  auto check = [&](auto cond, int32_t kind, uint32_t a, uint32_t bb) {
    cond();
    b_.ifBlock();
    b_.i32(kind);
    b_.get(a);
    b_.get(bb);
    if (isStr) {
      b_.get(base);
      b_.get(len);
    }
    pushLocation(e->span);
    b_.call(m_.helperRef(isStr ? Helper::PanicStrSlice : Helper::PanicSlice));
    b_.op(Op::Unreachable);
    b_.end();
  };
  if (isStr) {
    // Out of bounds, then the order, then char boundaries (as str does).
    check([&] { b_.get(hi), b_.get(len), b_.op(Op::I32GtU); }, 0, hi, len);
    check([&] { b_.get(lo), b_.get(len), b_.op(Op::I32GtU); }, 0, lo, len);
    check([&] { b_.get(lo), b_.get(hi), b_.op(Op::I32GtU); }, 1, lo, hi);
    for (uint32_t at : {lo, hi}) {
      // Inside a char: 0 < at < len and the byte at `at` is 0b10xxxxxx.
      check(
          [&] {
            b_.get(at), b_.get(len), b_.op(Op::I32LtU);
            b_.ifBlock(BlockKind::Value, static_cast<uint32_t>(ValType::I32));
            b_.get(base), b_.get(at), b_.op(Op::I32Add);
            b_.mem(Op::I32Load8U, 0, 0);
            b_.i32(0xC0), b_.op(Op::I32And), b_.i32(0x80), b_.op(Op::I32Eq);
            b_.elseBlock();
            b_.i32(0);
            b_.end();
          },
          2, at, len);
    }
  } else if (r->lhs && r->rhs) {
    check([&] { b_.get(lo), b_.get(hi), b_.op(Op::I32GtU); }, 2, lo, hi);
    check([&] { b_.get(hi), b_.get(len), b_.op(Op::I32GtU); }, 1, hi, len);
  } else if (r->rhs) {
    check([&] { b_.get(hi), b_.get(len), b_.op(Op::I32GtU); }, 1, hi, len);
  } else if (r->lhs) {
    check([&] { b_.get(lo), b_.get(len), b_.op(Op::I32GtU); }, 0, lo, len);
  }
  uint32_t elemSize = isStr ? 1 : size(elemT);
  b_.get(base);
  b_.get(lo);
  if (elemSize != 1)
    b_.i32(static_cast<int32_t>(elemSize)), b_.op(Op::I32Mul);
  b_.op(Op::I32Add);
  b_.get(hi);
  b_.get(lo);
  b_.op(Op::I32Sub);
}

bool FnLowerer::isUnsizedPlace(Expr* e) const {
  return isUnsized(m_.prog.types, e->type);
}

}  // namespace wr
