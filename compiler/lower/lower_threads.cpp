// Lowering of the thread intrinsics (intrinsics.def) that wasm::thread and
// wasm::sync::atomic are written with (compiler/std/thread.rs).
//
// This is the in-order mode: tasks run one after another on the one
// thread there is, so an atomic operation is an ordinary 32-bit load and
// store at its address, and a read-modify-write is a load, the operation
// and a store with nothing in between. The threaded mode will emit the
// Wasm threads opcodes here instead (i32.atomic.load, i32.atomic.store,
// i32.atomic.rmw.{add,sub,xchg,cmpxchg}) over a shared memory; only this
// file changes. `wasm::task::ran_in_order` calls the host import
// `env.task_in_order`, by which the runtime counts the tasks that ran in
// order (web/runtime/runtime.mjs).
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

// The arguments are on the stack, in order (heap_runtime.cpp's
// intrinsicCall pushed them).
void FnLowerer::threadIntrinsic(BuiltinFn which) {
  constexpr uint32_t kAlign4 = 2;  // log2 of a 32-bit cell's alignment
  switch (which) {
    case BuiltinFn::AtomicLoad:
      b_.mem(Op::I32Load, 0, kAlign4);
      return;
    case BuiltinFn::AtomicStore:
      b_.mem(Op::I32Store, 0, kAlign4);
      return;
    case BuiltinFn::AtomicSwap:
    case BuiltinFn::AtomicFetchAdd:
    case BuiltinFn::AtomicFetchSub: {
      // (addr, v) -> old; the cell becomes v, old + v or old - v.
      uint32_t addr = temp(ValType::I32), v = temp(ValType::I32), old = temp(ValType::I32);
      b_.set(v);
      b_.tee(addr);
      b_.mem(Op::I32Load, 0, kAlign4);
      b_.set(old);
      b_.get(addr);
      if (which == BuiltinFn::AtomicSwap) {
        b_.get(v);
      } else {
        b_.get(old);
        b_.get(v);
        b_.op(which == BuiltinFn::AtomicFetchAdd ? Op::I32Add : Op::I32Sub);
      }
      b_.mem(Op::I32Store, 0, kAlign4);
      b_.get(old);
      return;
    }
    case BuiltinFn::AtomicCompareExchange: {
      // (addr, expected, new) -> old; the cell becomes new when old ==
      // expected (it is rewritten with old otherwise, which no other
      // thread can observe in this mode).
      uint32_t addr = temp(ValType::I32), expected = temp(ValType::I32),
               replacement = temp(ValType::I32), old = temp(ValType::I32);
      b_.set(replacement);
      b_.set(expected);
      b_.tee(addr);
      b_.mem(Op::I32Load, 0, kAlign4);
      b_.set(old);
      b_.get(addr);
      b_.get(replacement);
      b_.get(old);
      b_.get(old);
      b_.get(expected);
      b_.op(Op::I32Eq);
      b_.op(Op::Select);
      b_.mem(Op::I32Store, 0, kAlign4);
      b_.get(old);
      return;
    }
    case BuiltinFn::TaskRanInOrder:
      b_.call(m_.importRef(HostImport::TaskInOrder));
      return;
    default:
      b_.op(Op::Unreachable);
  }
}

}  // namespace wr
