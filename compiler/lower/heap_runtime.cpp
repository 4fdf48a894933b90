// The heap allocator: runtime helpers written in WasmIR, generated only into
// modules that allocate (docs/heap.md has the design and the numbers).
//
// The heap starts after everything else in linear memory and grows up with
// memory.grow. A 64-byte control block at its start holds the top of the
// heap (the bump pointer), the count of live blocks, the head of the large
// free list and the heads of nine small free lists:
//
//   small  requests up to 2048 bytes are rounded up to a power of two (at
//          least 8, at least the alignment) and served from that class's
//          free list, else carved from the top at an address aligned to the
//          block's size; the bytes skipped to align the top are cut into
//          naturally aligned blocks and put on their classes' free lists.
//   large  requests are rounded up to whole 4 KiB pages and served first fit
//          from an address-ordered list of free spans (the tail of a larger
//          span is split off), else from the top. Freed spans merge with
//          their neighbours, and a span that ends at the top lowers the top.
//
// As in Rust's allocator API the caller passes the size (and alignment) when
// it frees or reallocates a block, so blocks carry no header. FnLowerer's
// emitAlloc/emitDealloc/emitRealloc are the entry points for lowering; the
// `wasm::heap` intrinsics are lowered here too.
//
// Dev builds call traced variants that also append a record to the memviz
// trace (memviz/format.h): the allocation's address, size, type and site.
#include "compiler/lower/lowerer.h"
#include "compiler/sema/intrinsics.h"
#include "memviz/format.h"

namespace wr {

using namespace wasmir;

namespace {
constexpr ValType kI32 = ValType::I32;
constexpr ValType kI64 = ValType::I64;

// The control block (offsets from its start; see docs/heap.md).
constexpr int32_t kTop = 0;               // the bump pointer; 0 until the first block
constexpr int32_t kLive = 4;              // live blocks
constexpr int32_t kLarge = 8;             // first free large span: [next, bytes] at its start
constexpr int32_t kSmall = 16;            // nine list heads, classes 8, 16, ..., 2048
constexpr int32_t kStart = kHeapCtlSize;  // the first block
constexpr int32_t kSmallMax = 2048;
constexpr int32_t kPage = 4096;  // large blocks are whole pages, page aligned
// Larger requests fail at once (their rounding must not overflow).
constexpr int32_t kMaxSize = 0x7FFF0000;
static_assert(kTop == memviz::kHeapTop && kLive == memviz::kHeapLive &&
                  kLarge == memviz::kHeapLarge && kSmall == memviz::kHeapSmall &&
                  kPage == memviz::kHeapPage && kSmallMax == 8 << (memviz::kHeapClasses - 1),
              "the heap's control block is described to memviz");
constexpr int32_t kRingMask = memviz::kTraceCapacity - 1;
static_assert((memviz::kTraceCapacity & kRingMask) == 0, "the ring's size is a power of two");
}  // namespace

// Builds one allocator helper with FnLowerer's building blocks.
class HeapGen {
 public:
  HeapGen(ModuleLowerer& m, uint32_t id) : m_(m), id_(id) {}
  void generate(Helper h);

 private:
  void start(std::vector<ValType> params, std::vector<ValType> results, const char* name) {
    fl_ =
        std::make_unique<FnLowerer>(m_, id_, FuncType{std::move(params), std::move(results)}, name);
  }
  void finish() {
    b().op(Op::End);
    fl_->finishBody();
  }
  FunctionBuilder& b() { return fl_->b_; }
  uint32_t local(ValType t, const char* name) { return b().addLocal(t, name); }
  // Pushes the address of a control block field.
  void ctl(int32_t field) { fl_->markReloc(b().i32(field), Sym::HeapCtl, 0); }
  void loadCtl(int32_t field) {
    ctl(field);
    b().mem(Op::I32Load, 0, 2);
  }
  void load(uint32_t addr, uint32_t offset = 0) {
    b().get(addr);
    b().mem(Op::I32Load, offset, 2);
  }
  void store(uint32_t offset = 0) { b().mem(Op::I32Store, offset, 2); }
  void call(Helper h) { b().call(m_.helperRef(h)); }
  void returnIf(uint32_t value) {  // condition on the stack: return `value` if set
    b().ifBlock();
    b().get(value);
    b().op(Op::Return);
    b().end();
  }
  // Pushes the address of the free-list head of the class of power-of-two
  // `bytes`: kSmall + 4 * (log2(bytes) - 3).
  void classHead(uint32_t bytes) {
    b().get(bytes);
    b().op(Op::I32Ctz);
    b().i32(2);
    b().op(Op::I32Shl);
    ctl(kSmall - 12);
    b().op(Op::I32Add);
  }
  // Pushes the address of a field of the trace buffer's header.
  void trace(uint32_t field) {
    fl_->markReloc(b().i32(static_cast<int32_t>(field)), Sym::Trace, 0);
  }
  // Appends a record (kind; address, size, alignment, type and site in
  // locals) unless the size is zero.
  void record(memviz::EventKind kind,
              uint32_t addr,
              uint32_t size,
              uint32_t align,
              uint32_t type,
              uint32_t site) {
    b().get(size);
    b().ifBlock();
    b().get(align), b().op(Op::I32Ctz), b().i32(8), b().op(Op::I32Shl);
    b().i32(static_cast<int32_t>(kind)), b().op(Op::I32Or);
    b().get(addr), b().get(size), b().get(type), b().get(site);
    call(Helper::TraceEvent);
    b().end();
  }
  void addLive(int32_t delta) {
    ctl(kLive);
    loadCtl(kLive);
    b().i32(delta);
    b().op(Op::I32Add);
    store();
  }

  void alloc();
  void dealloc();
  void realloc();
  void bump();
  void freeLarge();
  void footprint();
  void fail();
  void allocTraced();
  void deallocTraced();
  void reallocTraced();
  void traceEvent();

  ModuleLowerer& m_;
  uint32_t id_;
  std::unique_ptr<FnLowerer> fl_;
};

void ModuleLowerer::generateHeapHelper(Helper h, uint32_t id) {
  HeapGen(*this, id).generate(h);
}

void HeapGen::generate(Helper h) {
  switch (h) {
    case Helper::HeapAlloc:
      alloc();
      break;
    case Helper::HeapDealloc:
      dealloc();
      break;
    case Helper::HeapRealloc:
      realloc();
      break;
    case Helper::HeapBump:
      bump();
      break;
    case Helper::HeapFreeLarge:
      freeLarge();
      break;
    case Helper::HeapFootprint:
      footprint();
      break;
    case Helper::HeapFail:
      fail();
      break;
    case Helper::HeapAllocTraced:
      allocTraced();
      break;
    case Helper::HeapDeallocTraced:
      deallocTraced();
      break;
    case Helper::HeapReallocTraced:
      reallocTraced();
      break;
    case Helper::TraceEvent:
      traceEvent();
      break;
    default:
      break;
  }
}

// (size, align) -> bytes: the size of the block that holds the request.
void HeapGen::footprint() {
  start({kI32, kI32}, {kI32}, "__heap_footprint");
  uint32_t r = local(kI32, "r");
  b().get(0), b().get(1), b().get(0), b().get(1), b().op(Op::I32GtU), b().op(Op::Select);
  b().tee(r), b().i32(8), b().get(r), b().i32(8), b().op(Op::I32GtU), b().op(Op::Select);
  b().tee(r), b().i32(kSmallMax), b().op(Op::I32LeU);
  b().ifBlock(BlockKind::Value, static_cast<uint32_t>(kI32));
  // The next power of two: 1 << (32 - clz(r - 1)).
  b().i32(1), b().i32(32), b().get(r), b().i32(1), b().op(Op::I32Sub), b().op(Op::I32Clz);
  b().op(Op::I32Sub), b().op(Op::I32Shl);
  b().elseBlock();
  b().get(r), b().i32(kPage - 1), b().op(Op::I32Add), b().i32(-kPage), b().op(Op::I32And);
  b().end();
  finish();
}

// (size, align) -> ptr
void HeapGen::alloc() {
  start({kI32, kI32}, {kI32}, "__heap_alloc");
  uint32_t r = local(kI32, "r"), head = local(kI32, "head"), p = local(kI32, "p"),
           s = local(kI32, "s");
  // Nothing to allocate: a dangling, well-aligned address.
  b().get(0), b().op(Op::I32Eqz);
  returnIf(1);
  // Too large, or an alignment that is not a power of two up to a page.
  b().get(0), b().i32(kMaxSize), b().op(Op::I32GtU);
  b().get(1), b().i32(kPage), b().op(Op::I32GtU), b().op(Op::I32Or);
  b().get(1), b().get(1), b().i32(1), b().op(Op::I32Sub), b().op(Op::I32And), b().op(Op::I32Or);
  b().ifBlock();
  b().get(0), call(Helper::HeapFail);
  b().end();
  addLive(1);
  b().get(0), b().get(1), call(Helper::HeapFootprint);
  b().tee(r), b().i32(kSmallMax), b().op(Op::I32LeU);
  b().ifBlock();
  {
    // Small: pop the class's free list, or carve a block from the top.
    classHead(r);
    b().tee(head), b().mem(Op::I32Load, 0, 2), b().tee(p);
    b().ifBlock();
    b().get(head), load(p), store();
    b().get(p), b().op(Op::Return);
    b().end();
    b().get(r), b().get(r), call(Helper::HeapBump), b().set(p);
  }
  b().elseBlock();
  {
    // Large: first fit over the free spans (`head` is the address of the
    // link that points at span p), else pages from the top.
    ctl(kLarge), b().set(head);
    auto none = b().block();
    auto scan = b().loop();
    load(head), b().tee(p), b().op(Op::I32Eqz), b().brIf(none);
    load(p, 4), b().tee(s), b().get(r), b().op(Op::I32GeU);
    b().ifBlock();
    b().get(s), b().get(r), b().op(Op::I32Eq);
    b().ifBlock();
    b().get(head), load(p), store();  // exact fit: unlink
    b().get(p), b().op(Op::Return);
    b().end();
    // Split: the span keeps its head, the block is its tail.
    b().get(p), b().get(s), b().get(r), b().op(Op::I32Sub), b().tee(s), store(4);
    b().get(p), b().get(s), b().op(Op::I32Add), b().op(Op::Return);
    b().end();
    b().get(p), b().set(head);
    b().br(scan);
    b().end();
    b().end();
    b().get(r), b().i32(kPage), call(Helper::HeapBump), b().set(p);
  }
  b().end();
  b().get(p), b().op(Op::I32Eqz);
  b().ifBlock();
  b().get(0), call(Helper::HeapFail);
  b().end();
  b().get(p);
  finish();
}

// (ptr, size, align)
void HeapGen::dealloc() {
  start({kI32, kI32, kI32}, {}, "__heap_dealloc");
  uint32_t r = local(kI32, "r"), head = local(kI32, "head");
  b().get(1), b().op(Op::I32Eqz);
  b().ifBlock();
  b().op(Op::Return);
  b().end();
  addLive(-1);
  b().get(1), b().get(2), call(Helper::HeapFootprint);
  b().tee(r), b().i32(kSmallMax), b().op(Op::I32LeU);
  b().ifBlock();
  b().get(0), classHead(r), b().tee(head), b().mem(Op::I32Load, 0, 2), store();
  b().get(head), b().get(0), store();
  b().op(Op::Return);
  b().end();
  b().get(0), b().get(r), call(Helper::HeapFreeLarge);
  finish();
}

// (ptr, old_size, align, new_size) -> ptr. Stays in place when the block's
// footprint does not change, when a large block shrinks (its tail is freed)
// and when a large block at the top grows; otherwise moves the contents.
void HeapGen::realloc() {
  start({kI32, kI32, kI32, kI32}, {kI32}, "__heap_realloc");
  uint32_t ro = local(kI32, "old_bytes"), rn = local(kI32, "new_bytes"), q = local(kI32, "q");
  b().get(1), b().op(Op::I32Eqz);
  b().ifBlock();
  b().get(3), b().get(2), call(Helper::HeapAlloc), b().op(Op::Return);
  b().end();
  b().get(3), b().op(Op::I32Eqz);
  b().ifBlock();
  b().get(0), b().get(1), b().get(2), call(Helper::HeapDealloc);
  b().get(2), b().op(Op::Return);
  b().end();
  b().get(3), b().i32(kMaxSize), b().op(Op::I32GtU);
  b().ifBlock();
  b().get(3), call(Helper::HeapFail);
  b().end();
  b().get(1), b().get(2), call(Helper::HeapFootprint), b().set(ro);
  b().get(3), b().get(2), call(Helper::HeapFootprint), b().tee(rn), b().get(ro), b().op(Op::I32Eq);
  returnIf(0);
  b().get(ro), b().i32(kSmallMax), b().op(Op::I32GtU);
  b().get(rn), b().i32(kSmallMax), b().op(Op::I32GtU), b().op(Op::I32And);
  b().ifBlock();
  {
    b().get(rn), b().get(ro), b().op(Op::I32LtU);
    b().ifBlock();
    b().get(0), b().get(rn), b().op(Op::I32Add), b().get(ro), b().get(rn), b().op(Op::I32Sub);
    call(Helper::HeapFreeLarge);
    b().get(0), b().op(Op::Return);
    b().end();
    b().get(0), b().get(ro), b().op(Op::I32Add), loadCtl(kTop), b().op(Op::I32Eq);
    b().ifBlock();
    b().get(rn), b().get(ro), b().op(Op::I32Sub), b().i32(8), call(Helper::HeapBump);
    b().op(Op::I32Eqz);
    b().ifBlock();
    b().get(3), call(Helper::HeapFail);
    b().end();
    b().get(0), b().op(Op::Return);
    b().end();
  }
  b().end();
  b().get(3), b().get(2), call(Helper::HeapAlloc), b().tee(q);
  b().get(0), b().get(1), b().get(3), b().get(1), b().get(3), b().op(Op::I32LtU);
  b().op(Op::Select), b().op(Op::MemoryCopy);
  b().get(0), b().get(1), b().get(2), call(Helper::HeapDealloc);
  b().get(q);
  finish();
}

// (bytes, align) -> ptr, or 0 when memory cannot grow. Takes fresh memory
// at the top, first cutting the bytes skipped to reach `align` into free
// small blocks.
void HeapGen::bump() {
  start({kI32, kI32}, {kI32}, "__heap_bump");
  uint32_t t = local(kI32, "t"), blk = local(kI32, "blk"), head = local(kI32, "head");
  uint32_t end = local(kI64, "end"), have = local(kI64, "have");
  loadCtl(kTop), b().tee(t), b().op(Op::I32Eqz);
  b().ifBlock();
  ctl(kStart), b().set(t);
  b().end();
  auto aligned = b().block();
  auto gap = b().loop();
  b().get(t), b().get(1), b().i32(1), b().op(Op::I32Sub), b().op(Op::I32And), b().op(Op::I32Eqz);
  b().brIf(aligned);
  // The largest naturally aligned block at t: t's lowest set bit.
  b().get(t), b().i32(0), b().get(t), b().op(Op::I32Sub), b().op(Op::I32And), b().set(blk);
  b().get(t), classHead(blk), b().tee(head), b().mem(Op::I32Load, 0, 2), store();
  b().get(head), b().get(t), store();
  b().get(t), b().get(blk), b().op(Op::I32Add), b().set(t);
  b().br(gap);
  b().end();
  b().end();
  b().get(t), b().op(Op::I64ExtendI32U), b().get(0), b().op(Op::I64ExtendI32U);
  b().op(Op::I64Add), b().set(end);
  b().get(end), b().op(Op::MemorySize, 0), b().op(Op::I64ExtendI32U), b().i64(16);
  b().op(Op::I64Shl), b().tee(have), b().op(Op::I64GtU);
  b().ifBlock();
  {
    b().get(end), b().i64(0xFFFFFFFFll), b().op(Op::I64GtU);
    b().ifBlock();
    b().i32(0), b().op(Op::Return);
    b().end();
    b().get(end), b().get(have), b().op(Op::I64Sub), b().i64(65535), b().op(Op::I64Add);
    b().i64(16), b().op(Op::I64ShrU), b().op(Op::I32WrapI64), b().op(Op::MemoryGrow, 0);
    b().i32(-1), b().op(Op::I32Eq);
    b().ifBlock();
    b().i32(0), b().op(Op::Return);
    b().end();
  }
  b().end();
  ctl(kTop), b().get(end), b().op(Op::I32WrapI64), store();
  b().get(t);
  finish();
}

// (ptr, bytes): a page-aligned span of whole pages back to the heap.
void HeapGen::freeLarge() {
  start({kI32, kI32}, {}, "__heap_free_large");
  uint32_t link = local(kI32, "link"), cur = local(kI32, "cur"), top = local(kI32, "top"),
           s = local(kI32, "s");
  // At the top: lower the top, past the last free span too if it ends there.
  b().get(0), b().get(1), b().op(Op::I32Add), loadCtl(kTop), b().op(Op::I32Eq);
  b().ifBlock();
  {
    b().get(0), b().set(top);
    ctl(kLarge), b().set(link);
    auto done = b().block();
    auto scan = b().loop();
    load(link), b().tee(cur), b().op(Op::I32Eqz), b().brIf(done);
    b().get(cur), load(cur, 4), b().op(Op::I32Add), b().get(top), b().op(Op::I32Eq);
    b().ifBlock();
    b().get(link), b().i32(0), store();
    b().get(cur), b().set(top);
    b().br(done);
    b().end();
    b().get(cur), b().set(link);
    b().br(scan);
    b().end();
    b().end();
    ctl(kTop), b().get(top), store();
    b().op(Op::Return);
  }
  b().end();
  // Find the first span above ptr; `link` points at it.
  ctl(kLarge), b().set(link);
  auto found = b().block();
  auto scan = b().loop();
  load(link), b().tee(cur), b().op(Op::I32Eqz), b().brIf(found);
  b().get(cur), b().get(0), b().op(Op::I32GtU), b().brIf(found);
  b().get(cur), b().set(link);
  b().br(scan);
  b().end();
  b().end();
  // Merge with the span after.
  b().get(cur);
  b().ifBlock();
  b().get(0), b().get(1), b().op(Op::I32Add), b().get(cur), b().op(Op::I32Eq);
  b().ifBlock();
  b().get(1), load(cur, 4), b().op(Op::I32Add), b().set(1);
  load(cur), b().set(cur);
  b().end();
  b().end();
  // Merge with the span before (when `link` is a span, not the list head).
  b().get(link), ctl(kLarge), b().op(Op::I32Ne);
  b().ifBlock();
  b().get(link), load(link, 4), b().tee(s), b().op(Op::I32Add), b().get(0), b().op(Op::I32Eq);
  b().ifBlock();
  b().get(link), b().get(s), b().get(1), b().op(Op::I32Add), store(4);
  b().get(link), b().get(cur), store();
  b().op(Op::Return);
  b().end();
  b().end();
  b().get(0), b().get(cur), store();
  b().get(0), b().get(1), store(4);
  b().get(link), b().get(0), store();
  finish();
}

// (size): Rust's message for a failed allocation, then abort (exit 134, as
// a process killed by SIGABRT reports in a shell).
void HeapGen::fail() {
  start({kI32}, {}, "__heap_fail");
  auto write2 = [&](const char* s) {
    b().i32(2);
    fl_->dataString(s);
    b().call(m_.importRef(HostImport::Write));
  };
  write2("memory allocation of ");
  b().i32(2), b().get(0), b().op(Op::I64ExtendI32U), call(Helper::WriteU64);
  write2(" bytes failed\n");
  b().i32(134), b().call(m_.importRef(HostImport::Exit));
  finish();
}

// --- Dev builds: the memviz trace ----------------------------------------

// (size, align, type, site) -> ptr
void HeapGen::allocTraced() {
  start({kI32, kI32, kI32, kI32}, {kI32}, "__heap_alloc_traced");
  uint32_t p = local(kI32, "p");
  b().get(0), b().get(1), call(Helper::HeapAlloc), b().set(p);
  record(memviz::EventKind::Alloc, p, 0, 1, 2, 3);
  b().get(p);
  finish();
}

// (ptr, size, align, type, site): recorded before the block is reused.
void HeapGen::deallocTraced() {
  start({kI32, kI32, kI32, kI32, kI32}, {}, "__heap_dealloc_traced");
  record(memviz::EventKind::Free, 0, 1, 2, 3, 4);
  b().get(0), b().get(1), b().get(2), call(Helper::HeapDealloc);
  finish();
}

// (ptr, old_size, align, new_size, type, site) -> ptr: a pair of records,
// the block given up and the block that now holds the contents (from size 0
// only the second, to size 0 only the first).
void HeapGen::reallocTraced() {
  start({kI32, kI32, kI32, kI32, kI32, kI32}, {kI32}, "__heap_realloc_traced");
  uint32_t q = local(kI32, "q");
  b().get(0), b().get(1), b().get(2), b().get(3), call(Helper::HeapRealloc), b().set(q);
  record(memviz::EventKind::ReallocFrom, 0, 1, 2, 4, 5);
  record(memviz::EventKind::ReallocTo, q, 3, 2, 4, 5);
  b().get(q);
  finish();
}

// (kind | align_log2 << 8, address, size, type, site): one record at the
// ring's next slot.
// The host reads the ring from memory; when it wraps, when an allocation
// reaches the size the host asked to break on, and when a handle of the type
// it asked to break on ends, the program calls env.trace_flush(reason) so
// the host can read (or pause) first.
void HeapGen::traceEvent() {
  start({kI32, kI32, kI32, kI32, kI32}, {}, "__trace_event");
  uint32_t n = local(kI32, "n"), slot = local(kI32, "slot");
  trace(memviz::kTraceCount), b().mem(Op::I32Load, 0, 2), b().tee(n);
  b().i32(kRingMask), b().op(Op::I32And), b().i32(4), b().op(Op::I32Shl);
  trace(memviz::kTraceHeaderSize), b().op(Op::I32Add), b().tee(slot);
  b().get(0), b().get(3), b().i32(12), b().op(Op::I32Shl), b().op(Op::I32Or), store(0);
  b().get(slot), b().get(1), store(4);
  b().get(slot), b().get(2), store(8);
  b().get(slot), b().get(4), store(12);
  trace(memviz::kTraceCount), b().get(n), b().i32(1), b().op(Op::I32Add), b().tee(n), store();
  b().get(n), b().i32(kRingMask), b().op(Op::I32And), b().op(Op::I32Eqz);
  b().ifBlock();
  b().i32(static_cast<int32_t>(memviz::FlushReason::Full));
  b().call(m_.importRef(HostImport::TraceFlush));
  b().end();
  // Break on an allocation of at least break_min_size bytes.
  b().get(0), b().i32(0xFF), b().op(Op::I32And), b().tee(n);
  b().i32(static_cast<int32_t>(memviz::EventKind::Alloc)), b().op(Op::I32Eq);
  b().get(n), b().i32(static_cast<int32_t>(memviz::EventKind::ReallocTo)), b().op(Op::I32Eq);
  b().op(Op::I32Or);
  b().ifBlock();
  trace(memviz::kTraceBreakMinSize), b().mem(Op::I32Load, 0, 2), b().tee(n);
  b().ifBlock();
  b().get(2), b().get(n), b().op(Op::I32GeU);
  b().ifBlock();
  b().i32(static_cast<int32_t>(memviz::FlushReason::BreakAlloc));
  b().call(m_.importRef(HostImport::TraceFlush));
  b().end();
  b().end();
  b().end();
  // Break where a handle of break_drop_type - 1 ends (consumed or dropped).
  b().get(0), b().i32(0xFF), b().op(Op::I32And), b().tee(n);
  b().i32(static_cast<int32_t>(memviz::EventKind::HandleConsume)), b().op(Op::I32Eq);
  b().get(n), b().i32(static_cast<int32_t>(memviz::EventKind::HandleDrop)), b().op(Op::I32Eq);
  b().op(Op::I32Or);
  b().ifBlock();
  trace(memviz::kTraceBreakDropType), b().mem(Op::I32Load, 0, 2);
  b().get(3), b().i32(1), b().op(Op::I32Add), b().op(Op::I32Eq);
  b().ifBlock();
  b().i32(static_cast<int32_t>(memviz::FlushReason::BreakDrop));
  b().call(m_.importRef(HostImport::TraceFlush));
  b().end();
  b().end();
  finish();
}

// --- Entry points for lowering -------------------------------------------

void FnLowerer::pushSite(const HeapSite& site) {
  b_.i32(static_cast<int32_t>(m_.memviz.typeId(site.type)));
  pushSiteId(site.span, site.what);
}

bool FnLowerer::inUserCode() const {
  if (!fn_ || !fn_->item)
    return false;
  return !m_.file.inPrelude(fn_->closure ? fn_->closure->span : fn_->item->span);
}

// A std fn's own lines mean nothing to the program's author: its events
// carry the user call site it was entered from (__memviz_site, set by
// callTracingSite), or, with none (a drop at scope end, std calling std
// from the runtime's entry), std's site, which has no line.
void FnLowerer::pushSiteId(Span span, const std::string& what) {
  auto own = static_cast<int32_t>(m_.memviz.siteId(span, fn_ ? fn_->name : "", what));
  if (!m_.file.inPrelude(span)) {
    b_.i32(own);
    return;
  }
  const auto g = static_cast<uint32_t>(GlobalSym::MemvizSite);
  b_.op(Op::GlobalGet, g), b_.i32(own), b_.op(Op::GlobalGet, g), b_.op(Op::Select);
  m_.markMemvizSiteUsed();
}

// In a module that spawns tasks each call holds the allocator's lock
// (threads_runtime.cpp); the operands stay on the stack around the lock's
// calls, which take and leave nothing.
void FnLowerer::emitHeapCall(Helper plain, Helper traced, const HeapSite& site) {
  if (m_.threaded())
    b_.call(m_.helperRef(Helper::HeapLock));
  if (m_.opts.instrument) {
    pushSite(site);
    b_.call(m_.helperRef(traced));
  } else {
    b_.call(m_.helperRef(plain));
  }
  if (m_.threaded())
    b_.call(m_.helperRef(Helper::HeapUnlock));
}

void FnLowerer::emitAlloc(const HeapSite& site) {
  emitHeapCall(Helper::HeapAlloc, Helper::HeapAllocTraced, site);
}

void FnLowerer::emitDealloc(const HeapSite& site) {
  emitHeapCall(Helper::HeapDealloc, Helper::HeapDeallocTraced, site);
}

void FnLowerer::emitRealloc(const HeapSite& site) {
  emitHeapCall(Helper::HeapRealloc, Helper::HeapReallocTraced, site);
}

// `wasm::heap::*(args)`: the arguments are scalars, pushed in order.
void FnLowerer::intrinsicCall(Expr* e, BuiltinFn which) {
  const IntrinsicInfo* info = intrinsicInfo(which);
  std::string_view module = info->module;
  if (std::optional<HostImport> host = hostImportOf(which)) {  // lower_interop.cpp
    for (Expr* a : e->args)
      expr(a);
    b_.call(m_.importRef(*host));
    return;
  }
  if (module == "atomic") {
    for (Expr* a : e->args)
      expr(a);
    threadIntrinsic(which);  // lower_threads.cpp
    return;
  }
  if (info->generic || module == "mem") {
    memIntrinsic(e, which);  // lower_mem.cpp
    return;
  }
  for (Expr* a : e->args)
    expr(a);
  switch (which) {
    case BuiltinFn::HeapAlloc:
      emitAlloc({kNoType, e->span, "wasm::heap::alloc"});
      break;
    case BuiltinFn::HeapDealloc:
      emitDealloc({kNoType, e->span, "wasm::heap::dealloc"});
      break;
    case BuiltinFn::HeapRealloc:
      emitRealloc({kNoType, e->span, "wasm::heap::realloc"});
      break;
    case BuiltinFn::HeapLiveBlocks:
      m_.markHeapUsed();
      markReloc(b_.i32(kLive), Sym::HeapCtl, 0);
      b_.mem(Op::I32Load, 0, 2);
      break;
    case BuiltinFn::HeapLoadU8:
      b_.mem(Op::I32Load8U, 0, 0);
      break;
    case BuiltinFn::HeapStoreU8:
      b_.mem(Op::I32Store8, 0, 0);
      break;
    default:
      b_.op(Op::Unreachable);
  }
}

}  // namespace wr
