// What a module that spawns `wasm::thread` tasks adds so that the runtime
// can run its tasks on worker threads, each an instance of the module over
// one shared memory (docs/threads.md):
//
// - Its memory is imported ("env" "memory"), shared, with a maximum; the
//   runtime makes it (or, where shared memory is unavailable, an ordinary
//   one) and re-exports nothing: the module exports it as `memory` as usual.
// - The allocator's entry points take a lock word in the heap's control
//   block (a compare-exchange spin: critical sections are short, and a
//   browser's main thread may not block).
// - Every thread has its own shadow stack and thread block: the scratch
//   area and the format buffer, which the runtime helpers address through
//   the ThreadBlock global. The main thread's are the static ones; each
//   worker's are one slot of a region reserved after the statics.
// - Three exports for the runtime's workers: `__wasmrust_thread_start(i)`
//   points worker i's globals at its slot; `__wasmrust_task_run(data,
//   vtable)` and `__wasmrust_task_fail(data, vtable)` call a task's `run`
//   and `fail` through its `dyn TaskBody` vtable (compiler/std/thread.rs),
//   the runtime's queue holding each task as that pair.
//
// The atomic intrinsics are lowered to the Wasm threads opcodes in every
// module (lower_threads.cpp): they are valid on an unshared memory too.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {
constexpr uint32_t kMaxWorkers = 8;                // workers a runtime may start
constexpr uint32_t kWorkerStackSize = 256 * 1024;  // each worker's shadow stack
constexpr uint32_t kSharedMaxPages = 16384;        // 1 GiB: a shared memory needs a maximum
constexpr int32_t kHeapLock = 60;                  // a free word of the heap's control block
// The TaskBody vtable's slots (docs/dyn.md): entries start at 12, `run` is
// the trait's first method and `fail` its second.
constexpr uint32_t kRunSlot = 12;
constexpr uint32_t kFailSlot = 16;
}  // namespace

// The prelude's Scope::spawn instantiated means the program spawns tasks:
// the checker instantiates generic fns only where they are used.
bool ModuleLowerer::spawnsTasks() const {
  for (const FnInfo& fn : prog.fns) {
    if (!fn.isTemplate() && fn.item && file.inPrelude(fn.item->span) &&
        fn.name.rfind("Scope::spawn::<", 0) == 0)
      return true;
  }
  return false;
}

// Threaded modules address the scratch area and the format buffer from the
// current thread's block; every other address is a constant.
void FnLowerer::constAddr(Sym sym, uint32_t id) {
  if (m_.threaded() && (sym == Sym::FmtBuf || sym == Sym::Scratch)) {
    b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::ThreadBlock));
    markReloc(b_.i32(0), sym, id);  // the offset within the block
    b_.op(Op::I32Add);
    return;
  }
  markReloc(b_.i32(0), sym, id);
}

void ModuleLowerer::generateThreadHelper(Helper h, uint32_t id) {
  const bool lock = h == Helper::HeapLock;
  FnLowerer fl(*this, id, FuncType{{}, {}}, lock ? "__heap_lock" : "__heap_unlock");
  FunctionBuilder& b = fl.b();
  if (lock) {
    // Until the word goes from 0 to 1 here.
    b.loop();
    fl.markReloc(b.i32(kHeapLock), Sym::HeapCtl, 0);
    b.i32(0);
    b.i32(1);
    b.mem(Op::I32AtomicRmwCmpxchg, 0, 2);
    b.op(Op::BrIf, 0);
    b.op(Op::End);
  } else {
    fl.markReloc(b.i32(kHeapLock), Sym::HeapCtl, 0);
    b.i32(0);
    b.mem(Op::I32AtomicStore, 0, 2);
  }
  b.op(Op::End);
  fl.finishBody();
}

// The workers' region: kMaxWorkers slots, each a stack (growing down) and
// then a thread block of the main thread's size.
ModuleLowerer::ThreadLayout ModuleLowerer::layoutWorkers(uint32_t& at,
                                                         uint32_t blockStart,
                                                         uint32_t blockEnd) {
  ThreadLayout l;
  at = (at + 15) & ~15u;
  l.region = at;
  l.blockSize = blockEnd - blockStart;
  l.slotSize = (kWorkerStackSize + l.blockSize + 15) & ~15u;
  at += kMaxWorkers * l.slotSize;
  l.end = at;
  return l;
}

void ModuleLowerer::importSharedMemory(uint32_t minPages) {
  Import imp;
  imp.module = "env";
  imp.name = "memory";
  imp.kind = ExternKind::Memory;
  imp.limits.min = minPages;
  imp.limits.max = std::max(minPages, kSharedMaxPages);
  imp.limits.shared = true;
  out_.imports.push_back(imp);
}

// Added after every other function, so their final indices follow.
void ModuleLowerer::emitThreadExports(const ThreadLayout& layout, uint32_t nImports) {
  auto add = [&](const char* name, const FuncType& sig) -> Function& {
    Function f;
    f.name = name;
    f.typeIndex = out_.internType(sig);
    out_.functions.push_back(std::move(f));
    out_.exports.push_back(
        {name, ExternKind::Func, nImports + static_cast<uint32_t>(out_.functions.size() - 1)});
    return out_.functions.back();
  };
  auto ins = [](Function& f, Op op, uint32_t index = 0, uint64_t value = 0, uint32_t align = 0) {
    Instr i{op};
    i.index = index;
    i.value = value;
    i.align = align;
    f.body.push_back(i);
  };
  auto i32 = [&](Function& f, uint32_t v) {
    ins(f, Op::I32Const, 0, static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(v))));
  };
  // (i): worker i's stack pointer and thread block.
  Function& start = add("__wasmrust_thread_start", {{ValType::I32}, {}});
  start.localNames = {"worker"};
  for (GlobalSym g : {GlobalSym::StackPointer, GlobalSym::ThreadBlock}) {
    if (globalIndexOf(g) == kNone)
      continue;
    ins(start, Op::LocalGet, 0);
    i32(start, layout.slotSize);
    ins(start, Op::I32Mul);
    i32(start, layout.region + kWorkerStackSize);
    ins(start, Op::I32Add);
    ins(start, Op::GlobalSet, globalIndexOf(g));
  }
  ins(start, Op::End);
  uint32_t bodyType = out_.internType({{ValType::I32}, {}});
  for (auto [name, slot] :
       {std::pair{"__wasmrust_task_run", kRunSlot}, std::pair{"__wasmrust_task_fail", kFailSlot}}) {
    Function& f = add(name, {{ValType::I32, ValType::I32}, {}});
    f.localNames = {"data", "vtable"};
    ins(f, Op::LocalGet, 0);
    ins(f, Op::LocalGet, 1);
    ins(f, Op::I32Load, 0, slot, 2);
    ins(f, Op::CallIndirect, bodyType, 0, 0);
    ins(f, Op::End);
  }
}

}  // namespace wr
