// Lowering of the atomic intrinsics (intrinsics.def) that wasm::thread and
// wasm::sync::atomic are written with (compiler/std/thread.rs).
//
// The atomics are the Wasm threads opcodes (sequentially consistent, as
// every wasm::sync::atomic operation is): what makes them atomic on the
// shared memory of a module that spawns tasks, and valid on the unshared
// memory of one that does not. The task intrinsics are calls of the
// runtime's host imports (hostImportOf in lower_interop.cpp):
// `task_in_order` counts the tasks run in order, `task_workers`,
// `task_spawn` and `task_help` are its task queue (docs/threads.md).
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

// The arguments are on the stack, in order (heap_runtime.cpp's
// intrinsicCall pushed them).
void FnLowerer::threadIntrinsic(BuiltinFn which) {
  constexpr uint32_t kAlign4 = 2;  // log2 of a 32-bit cell's alignment
  switch (which) {
    case BuiltinFn::AtomicLoad:
      b_.mem(Op::I32AtomicLoad, 0, kAlign4);
      return;
    case BuiltinFn::AtomicStore:
      b_.mem(Op::I32AtomicStore, 0, kAlign4);
      return;
    case BuiltinFn::AtomicSwap:
      b_.mem(Op::I32AtomicRmwXchg, 0, kAlign4);
      return;
    case BuiltinFn::AtomicFetchAdd:
      b_.mem(Op::I32AtomicRmwAdd, 0, kAlign4);
      return;
    case BuiltinFn::AtomicFetchSub:
      b_.mem(Op::I32AtomicRmwSub, 0, kAlign4);
      return;
    case BuiltinFn::AtomicCompareExchange:  // (addr, expected, new) -> old
      b_.mem(Op::I32AtomicRmwCmpxchg, 0, kAlign4);
      return;
    default:
      b_.op(Op::Unreachable);
  }
}

}  // namespace wr
