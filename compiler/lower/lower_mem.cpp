// Lowering of the generic `wasm::` intrinsics the standard library is
// written with (intrinsics.def): typed allocation, layouts, reads and
// writes of any type at an address, references and slices made from
// addresses and back, and giving a value up without its drop glue.
// Addresses are usize (i32); a `&[T]` or `&str` is the pair (address, length).
#include "compiler/lower/lowerer.h"
#include "compiler/sema/intrinsics.h"

namespace wr {

using namespace wasmir;

void FnLowerer::memIntrinsic(Expr* e, BuiltinFn which) {
  TypeId t = e->typeArg;
  Layout l = t == kNoType ? Layout{} : m_.layouts.layout(t);
  auto bytes = [&](Expr* count) {  // count * size_of::<T>()
    expr(count);
    if (l.size != 1) {
      b_.i32(static_cast<int32_t>(l.size));
      b_.op(Op::I32Mul);
    }
  };
  switch (which) {
    case BuiltinFn::HeapAllocArray:
      bytes(e->args[0]);
      b_.i32(static_cast<int32_t>(l.align));
      emitAlloc({t, e->span, "alloc"});
      return;
    case BuiltinFn::HeapDeallocArray:
      expr(e->args[0]);
      bytes(e->args[1]);
      b_.i32(static_cast<int32_t>(l.align));
      emitDealloc({t, e->span, "free"});
      return;
    case BuiltinFn::HeapReallocArray:
      expr(e->args[0]);
      bytes(e->args[1]);
      b_.i32(static_cast<int32_t>(l.align));
      bytes(e->args[2]);
      emitRealloc({t, e->span, "realloc"});
      return;
    case BuiltinFn::MemSizeOf:
      b_.i32(static_cast<int32_t>(l.size));
      return;
    case BuiltinFn::MemAlignOf:
      b_.i32(static_cast<int32_t>(l.align));
      return;
    case BuiltinFn::MemRead: {
      uint32_t src = temp(ValType::I32);
      expr(e->args[0]);
      b_.set(src);
      if (repr(t) == Repr::ExternRef) {
        takeExternRef(src, 0);  // the value moves out, the memory gives up its slot
        return;
      }
      if (repr(t) != Repr::Mem) {
        loadAt(t, src, 0);
        return;
      }
      // An aggregate is read into storage of its own: the memory it came
      // from may be reused while the value lives on.
      uint32_t dst = takeAggDest(t);
      copyMem(dst, 0, src, 0, t);
      b_.get(dst);
      return;
    }
    case BuiltinFn::MemWrite: {
      uint32_t dst = temp(ValType::I32);
      expr(e->args[0]);
      b_.set(dst);
      if (repr(t) == Repr::Mem && exprInto(e->args[1], dst, 0))
        return;
      expr(e->args[1]);
      storeAt(t, dst, 0);
      return;
    }
    case BuiltinFn::MemCopy:
      for (Expr* a : e->args)
        expr(a);
      b_.op(Op::MemoryCopy);
      return;
    case BuiltinFn::MemRefAt:
    case BuiltinFn::MemRefMutAt:
    case BuiltinFn::MemSliceAt:
    case BuiltinFn::MemSliceMutAt:
    case BuiltinFn::MemStrAt:
      for (Expr* a : e->args)
        expr(a);
      return;
    case BuiltinFn::MemAddrOf:
      expr(e->args[0]);
      if (repr(e->args[0]->type) == Repr::Pair)
        b_.op(Op::Drop);  // the length of a slice or str
      return;
    case BuiltinFn::MemForget:
      expr(e->args[0]);
      dropValue(e->args[0]->type);
      return;
    case BuiltinFn::MemDropInPlace: {
      uint32_t addr = temp(ValType::I32);
      expr(e->args[0]);
      b_.set(addr);
      dropAt(t, addr);
      return;
    }
    case BuiltinFn::MemNeedsDrop:
      b_.i32(m_.dropsInMemory(t) ? 1 : 0);
      return;
    case BuiltinFn::MemHash:
      hashIntrinsic(e);  // lower_hash.cpp
      return;
    default:
      b_.op(Op::Unreachable);
  }
}

// `std::mem::replace(dest, value)`: the old value moves out (bitwise), the
// new one moves in; nothing is dropped.
void FnLowerer::memReplace(Expr* e) {
  TypeId t = e->type;
  uint32_t dest = temp(ValType::I32);
  expr(e->args[0]);
  b_.set(dest);
  expr(e->args[1]);
  std::vector<uint32_t> value = temps(t);
  spill(value);
  if (repr(t) == Repr::Mem) {
    uint32_t old = takeAggDest(t);
    copyMem(old, 0, dest, 0, t);
    copyMem(dest, 0, value[0], 0, t);
    b_.get(old);
    return;
  }
  loadAt(t, dest, 0);
  std::vector<uint32_t> old = temps(t);
  spill(old);
  reload(value);
  if (repr(t) == Repr::ExternRef)
    replaceExternRef(dest, 0);
  else
    storeAt(t, dest, 0);
  reload(old);
}

}  // namespace wr
