// The reference table: where `externref<T>` values stored in linear memory
// live (docs/interop.md).
//
// Linear memory holds bytes, so an externref in a struct field, an enum
// payload, a tuple, an array or a Vec element is stored as the i32 index of
// a slot of the module's table of externref, `__wasmrust_refs` (table 1;
// table 0 is the funcref table of dyn calls, empty if there are none). A
// memory location owns its slot:
//   - storing a reference into fresh memory takes a slot (`__ref_store`):
//     a freed one if there is one, else the table grows by one;
//   - reading it copies the reference out (`table.get`), and the slot stays;
//   - assigning over it puts the new reference in the same slot;
//   - moving the bytes (a move, `mem::swap`, a Vec growing) moves the slot;
//   - moving the value out (`wasm::mem::read`, as `Vec::pop` does) and
//     dropping the location free the slot (`__ref_free`): it is set to null,
//     so the host can collect the object, and goes on the free list.
// A type that holds an externref in memory is therefore never Copy (the
// checker sees to that): a bitwise copy would share a slot.
//
// The free list is an i32 array on the heap (globals __ref_free_list, _len,
// _cap), 16 entries first and twice as many each time it fills. The table
// and the globals belong to one instance: in a module that spawns tasks each
// thread has its own, and a reference stored by one thread means nothing to
// another.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {
constexpr ValType kI32 = ValType::I32;
constexpr ValType kRef = ValType::ExternRef;
constexpr uint32_t kFreeListFirstCap = 16;

uint32_t global(GlobalSym g) {
  return static_cast<uint32_t>(g);
}
}  // namespace

void ModuleLowerer::generateRefHelper(Helper h, uint32_t id) {
  usesRefTable_ = true;
  const bool store = h == Helper::RefStore;
  FnLowerer fl(*this, id, store ? FuncType{{kRef}, {kI32}} : FuncType{{kI32}, {}},
               store ? "__ref_store" : "__ref_free");
  FunctionBuilder& b = fl.b();
  const uint32_t list = global(GlobalSym::RefFreeList), len = global(GlobalSym::RefFreeLen),
                 cap = global(GlobalSym::RefFreeCap);
  auto entry = [&] {  // the address of free-list entry `len`
    b.op(Op::GlobalGet, list);
    b.op(Op::GlobalGet, len);
    b.i32(2);
    b.op(Op::I32Shl);
    b.op(Op::I32Add);
  };
  if (store) {
    const uint32_t ref = 0, slot = b.addLocal(kI32, "slot");
    b.op(Op::GlobalGet, len);
    b.ifBlock();
    b.op(Op::GlobalGet, len);
    b.i32(1);
    b.op(Op::I32Sub);
    b.op(Op::GlobalSet, len);
    entry();
    b.mem(Op::I32Load, 0, 2);
    b.tee(slot);
    b.get(ref);
    b.op(Op::TableSet, kRefTableIndex);
    b.elseBlock();
    b.get(ref);
    b.i32(1);
    b.op(Op::TableGrow, kRefTableIndex);
    b.tee(slot);
    b.i32(-1);
    b.op(Op::I32Eq);
    b.ifBlock();
    b.op(Op::Unreachable);  // the engine's table limit (10 million references)
    b.end();
    b.end();
    b.get(slot);
  } else {
    const uint32_t slot = 0;
    b.get(slot);
    b.op(Op::RefNull);
    b.op(Op::TableSet, kRefTableIndex);
    b.op(Op::GlobalGet, len);
    b.op(Op::GlobalGet, cap);
    b.op(Op::I32Eq);
    b.ifBlock();
    const FnLowerer::HeapSite site{prog.types.intType(IntKind::U32), Span{},
                                   "reference table free list"};
    b.op(Op::GlobalGet, cap);
    b.ifBlock(BlockKind::Value, static_cast<uint32_t>(kI32));
    b.op(Op::GlobalGet, list);
    b.op(Op::GlobalGet, cap);
    b.i32(2);
    b.op(Op::I32Shl);
    b.i32(4);
    b.op(Op::GlobalGet, cap);
    b.i32(3);
    b.op(Op::I32Shl);
    fl.emitRealloc(site);
    b.elseBlock();
    b.i32(static_cast<int32_t>(kFreeListFirstCap * 4));
    b.i32(4);
    fl.emitAlloc(site);
    b.end();
    b.op(Op::GlobalSet, list);
    b.op(Op::GlobalGet, cap);  // cap ? cap * 2 : 16
    b.i32(1);
    b.op(Op::I32Shl);
    b.i32(static_cast<int32_t>(kFreeListFirstCap));
    b.op(Op::GlobalGet, cap);
    b.op(Op::Select);
    b.op(Op::GlobalSet, cap);
    b.end();
    entry();
    b.get(slot);
    b.mem(Op::I32Store, 0, 2);
    b.op(Op::GlobalGet, len);
    b.i32(1);
    b.op(Op::I32Add);
    b.op(Op::GlobalSet, len);
  }
  b.op(Op::End);
  fl.finishBody();
}

// [ref] -> []: a fresh slot for the reference, its index stored at base+offset.
void FnLowerer::storeExternRef(uint32_t base, uint32_t offset) {
  uint32_t ref = temp(kRef);
  b_.set(ref);
  b_.get(base);
  b_.get(ref);
  b_.call(m_.helperRef(Helper::RefStore));
  b_.mem(Op::I32Store, offset, 2);
}

// [] -> [ref]: a copy of the reference whose slot is stored at base+offset.
void FnLowerer::loadExternRef(uint32_t base, uint32_t offset) {
  m_.markRefTableUsed();
  b_.get(base);
  b_.mem(Op::I32Load, offset, 2);
  b_.op(Op::TableGet, kRefTableIndex);
}

// [ref] -> []: the reference replaces the one in the slot at base+offset.
void FnLowerer::replaceExternRef(uint32_t base, uint32_t offset) {
  m_.markRefTableUsed();
  uint32_t ref = temp(kRef);
  b_.set(ref);
  b_.get(base);
  b_.mem(Op::I32Load, offset, 2);
  b_.get(ref);
  b_.op(Op::TableSet, kRefTableIndex);
}

// [] -> [ref]: moves the reference out of base+offset and frees its slot.
void FnLowerer::takeExternRef(uint32_t base, uint32_t offset) {
  uint32_t slot = temp(kI32);
  b_.get(base);
  b_.mem(Op::I32Load, offset, 2);
  b_.tee(slot);
  m_.markRefTableUsed();
  b_.op(Op::TableGet, kRefTableIndex);
  b_.get(slot);
  b_.call(m_.helperRef(Helper::RefFree));
}

// [] -> []: frees the slot stored at base+offset.
void FnLowerer::dropExternRef(uint32_t base, uint32_t offset) {
  b_.get(base);
  b_.mem(Op::I32Load, offset, 2);
  b_.call(m_.helperRef(Helper::RefFree));
}

// The funcref table (possibly empty) stays table 0; the reference table
// follows it and is exported for hosts and DevTools that want to see which
// references the program holds.
void ModuleLowerer::emitRefTable() {
  if (!usesRefTable_)
    return;
  if (out_.tables.empty()) {
    Table funcs;
    funcs.elemType = ValType::FuncRef;
    out_.tables.push_back(funcs);
  }
  Table refs;
  refs.elemType = kRef;
  out_.tables.push_back(refs);
  out_.exports.push_back({"__wasmrust_refs", ExternKind::Table, kRefTableIndex});
}

}  // namespace wr
