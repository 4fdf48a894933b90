// Internal classes of the lowering stage (AST + types -> WasmIR).
//
// ModuleLowerer owns the module being built: the worklist of reachable
// functions (so unused functions are never emitted), the host imports and
// runtime helpers that are created only when first used, string data, and
// relocations — addresses of data, the format buffer and the stack are only
// known once every function is lowered, so instructions that need them are
// patched at the end. FnLowerer lowers one function body.
//
// Call instructions name functions by internal id during lowering (defined
// functions by their position in `funcs`, imports by kImportBase + kind) and
// are renumbered into the final index space by finalize().
#pragma once

#include <array>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/lower/layout.h"
#include "compiler/lower/lower.h"
#include "compiler/lower/memviz_tables.h"
#include "compiler/lower/ownership.h"
#include "memviz/format.h"
#include "wasmir/builder.h"

namespace wr {

enum class HostImport : uint8_t {
  Write,
  Exit,
  FmtF64,
  Math,
  TraceFlush,
  TaskInOrder,
  TaskWorkers,  // threads (docs/threads.md): the runtime's worker count,
  TaskSpawn,    // a task for its queue,
  TaskHelp,     // and one queued task run on the calling thread
  // JS strings (lower_interop.cpp): are the JS String Builtins on, the two
  // builtins String::from_js uses, and the copying path's two fns.
  JsStringBuiltins,
  JsStringLength,
  JsStringCharCodeAt,
  JsStringUtf8Length,
  JsStringRead,
  Count
};

// The intrinsics that are one call of a host import with the same
// arguments (lower_interop.cpp), or nothing.
std::optional<HostImport> hostImportOf(BuiltinFn which);

// Runtime helpers, generated into the module on first use.
enum class Helper : uint8_t {
  FmtStr,         // (ptr, len): append bytes to the format buffer
  FmtFlush,       // (): write the buffer to the current fd and empty it
  FmtReserve,     // (n): flush first if fewer than n bytes are free
  FmtU64,         // (v: i64, radix: i32, upper: i32): digits of v
  FmtI64,         // (v: i64): signed decimal
  FmtF64,         // (v: f64, prec: i32, flags: i32): via env.fmt_f64
  FmtChar,        // (c: i32): UTF-8 of a char
  FmtStrDebug,    // (ptr, len): quoted and escaped
  FmtCharDebug,   // (c: i32): quoted and escaped
  FmtPad,         // (start, width, align, fill): pad the text written since start
  FmtZeroPad,     // (start, width, skip): zeros after sign and prefix
  Panic,          // (line, col, msg ptr, msg len): print and exit 101
  PanicFmt,       // (line, col): message is in the format buffer
  PanicBounds,    // (index, len, line, col)
  PanicSlice,     // (kind, a, b, line, col): a range index out of bounds or out of order
  PanicStrSlice,  // (kind, a, b, ptr, len, line, col): the same for str, and char boundaries
  PanicHeader,    // (line, col): "thread 'main' panicked at FILE:LINE:COL:\n"
  WriteU64,       // (fd, v: i64): decimal digits straight to fd (no buffer)
  WriteI64,       // (fd, v: i64): signed decimal straight to fd
  WriteF64,       // (fd, v: f64, prec, flags): a float straight to fd
  WriteChar,      // (fd, c): a char's UTF-8 straight to fd
  MulOvfS64,      // (a, b, line, col) -> i64, checked signed multiply
  MulOvfU64,      // (a, b, line, col) -> i64, checked unsigned multiply
  Utf8Encode,     // (c, dst) -> n: UTF-8 bytes of a char
  Utf8Decode,     // (ptr) -> c: the char whose UTF-8 starts at ptr
  // The heap allocator (heap_runtime.cpp; docs/heap.md).
  HeapAlloc,      // (size, align) -> ptr
  HeapDealloc,    // (ptr, size, align)
  HeapRealloc,    // (ptr, old_size, align, new_size) -> ptr
  HeapBump,       // (bytes, align) -> ptr: fresh memory at the top, 0 if none
  HeapFreeLarge,  // (ptr, bytes): whole pages back to the large free list
  HeapFootprint,  // (size, align) -> bytes the block occupies
  HeapFail,       // (size): "memory allocation of N bytes failed", exit 134
  // Dev builds: the same with a memviz trace record (memviz/format.h).
  HeapAllocTraced,    // (size, align, type, site) -> ptr
  HeapDeallocTraced,  // (ptr, size, align, type, site)
  HeapReallocTraced,  // (ptr, old_size, align, new_size, type, site) -> ptr
  TraceEvent,         // (kind | align_log2 << 8, address, size, type, site): one record
  // Modules that spawn tasks (threads_runtime.cpp): the allocator's lock.
  HeapLock,    // (): spins until the lock word is taken
  HeapUnlock,  // (): releases it
  // externref<T> values in linear memory (ref_table.cpp).
  RefStore,  // (ref) -> slot: a slot of the reference table holding ref
  RefFree,   // (slot): empties the slot and puts it on the free list
  Count
};

// Addresses resolved at the end of lowering.
enum class Sym : uint8_t { Data, FmtBuf, StackTop, Static, Scratch, MainFrame, HeapCtl, Trace };

// Globals, named by these ids in global.get/set until finalize() numbers
// the ones the program uses.
// CallerLine/CallerCol carry the call site into `#[track_caller]` fns.
enum class GlobalSym : uint32_t {
  StackPointer = 0,
  FmtPos = 1,
  FmtFd = 2,
  CallerLine = 3,
  CallerCol = 4,
  FmtString = 5,      // format!: the address of the String being built (fd -1)
  MemvizSite = 6,     // dev builds: the user call site a std fn was entered from
  ThreadBlock = 7,    // modules that spawn tasks: this thread's scratch and format buffer
  RefFreeList = 8,    // the reference table's free slots (ref_table.cpp): address,
  RefFreeLen = 9,     // count
  RefFreeCap = 10,    // and capacity of the array
  StaticsReady = 11,  // a `main` the program calls: statics are initialized
  Count
};

struct Reloc {
  uint32_t func;
  uint32_t instr;
  Sym sym;
  uint32_t id;
};

constexpr uint32_t kImportBase = 0xFFFF0000u;

// Memory map constants.
constexpr uint32_t kNullGuard = 16;  // keep address 0 free: null
constexpr uint32_t kFmtBufSize = 8192;
constexpr uint32_t kFmtReserve = 1600;     // room one number needs (floats: 1400)
constexpr uint32_t kFmtAlternateFlag = 4;  // fmt::Formatter's `flags` bit for `#` (fmt.rs)
constexpr uint32_t kStackSize = 1u << 20;  // 1 MiB, like a Rust main thread's minimum
constexpr uint32_t kHeapCtlSize = 64;      // the allocator's control block (heap_runtime.cpp)
constexpr uint32_t kRefTableIndex = 1;     // the table of externref (ref_table.cpp)

class ModuleLowerer {
 public:
  ModuleLowerer(const SourceFile& file,
                Program& prog,
                Ast& ast,
                const LowerOptions& opts,
                wasmir::Module& out);
  void run();

  // Services used by FnLowerer and the helper generator.
  uint32_t fnRef(uint32_t programFn);  // internal id; schedules lowering
  uint32_t importRef(HostImport imp);
  // lower_interop.cpp: a host fn of an `extern "js"` block (internal id,
  // imported on first use), and the module's boundary.
  uint32_t hostFnRef(uint32_t programFn);
  uint32_t helperRef(Helper h);
  uint32_t internString(const std::string& bytes);  // data id (offset in data)
  // const_data.cpp: the data id of a const's value laid out as bytes, or
  // kNone when it is not plain data; finalize() patches the addresses of
  // the strings inside such values.
  uint32_t constData(uint32_t constIndex);
  void patchDataPointers();
  uint32_t staticId(uint32_t programStatic) { return programStatic; }
  void addReloc(uint32_t func, size_t instr, Sym sym, uint32_t id) {
    relocs_.push_back({func, static_cast<uint32_t>(instr), sym, id});
  }
  uint32_t internType(const wasmir::FuncType& t) { return out_.internType(t); }
  void markStackUsed() { usesStack_ = true; }
  void markCallerLocationUsed() { usesCallerLocation_ = true; }
  void markMemvizSiteUsed() { usesMemvizSite_ = true; }
  // A program that calls its own `main` initializes its statics at the
  // first entry only, behind the StaticsReady flag.
  bool mainIsCalled() const { return mainIsCalled_; }
  void markFmtStringUsed() { usesFmtString_ = true; }
  void markHeapUsed() { usesHeap_ = true; }
  void markRefTableUsed() { usesRefTable_ = true; }
  // Does the module spawn `wasm::thread` tasks? Then it is built to run on
  // several threads at once (threads_runtime.cpp, docs/threads.md).
  bool threaded() const { return threaded_; }
  // Glue (drop_glue.cpp): does dropping a value of `t` do anything, and
  // its drop function (internal id, made on first use); does cloning it
  // take more than a copy?
  bool needsDrop(TypeId t);
  // Whether a value of `t` stored in linear memory must be dropped there:
  // needsDrop, or an externref, whose memory location owns a slot of the
  // reference table (ref_table.cpp) although the value itself is Copy.
  bool dropsInMemory(TypeId t);
  uint32_t dropFnRef(TypeId t);
  bool needsCloneGlue(TypeId t);
  // Does `t` own heap memory (a Box, Vec or String inside)? Such structs and
  // enums are formatted by a Debug function of their own (they may be
  // recursive); debugFnRef gives it (internal id), made on first use.
  bool ownsHeap(TypeId t);
  uint32_t debugFnRef(TypeId t, bool pretty);
  // lower_dyn.cpp: trait objects (docs/dyn.md). The data id of a
  // vtable's bytes, and a function's index in the module's function table
  // (the table call_indirect calls through), both made on first use.
  uint32_t vtableData(uint32_t vtable);
  uint32_t tableSlot(uint32_t internalFn);
  void needScratch(uint32_t bytes) { scratchSize_ = std::max(scratchSize_, bytes); }
  bool isStaticFrameFn(const FnInfo* fn) const {
    return !prog.testBuild && prog.mainFn != kNone && fn == &prog.fns[prog.mainFn] &&
           !mainIsCalled_;
  }
  void setMainFrameSize(uint32_t bytes) { mainFrameSize_ = bytes; }
  // Panic locations are passed as (line, col) constants; the file name is
  // stored once.
  LineCol lineCol(Span span) const { return file.lineCol(span.lo); }

  const SourceFile& file;
  Program& prog;
  Ast& ast;
  const LowerOptions& opts;
  Layouts layouts;
  std::deque<wasmir::Function> funcs;  // deque: builders keep references
  MemvizTables memviz;                 // dev builds: types and sites the trace names

 private:
  void addExportRoots();
  // Adds the host fns used to the module's imports (after env's); their
  // final indices are firstIndex, firstIndex + 1, ...
  void emitHostImports(uint32_t firstIndex);
  void emitExports(uint32_t nImports);
  uint32_t finalCallIndex(uint32_t internal,
                          const std::vector<uint32_t>& envIndex,
                          uint32_t nImports) const;
  void generateHelper(Helper h, uint32_t id);
  void generateHeapHelper(Helper h, uint32_t id);  // heap_runtime.cpp
  void finalize();
  void emitFunctionTable(const std::vector<uint32_t>& envIndex,
                         uint32_t nImports);  // lower_dyn.cpp
  void exportTests(uint32_t nImports);        // test builds (test_entries.cpp)
  uint32_t layoutMemory();
  // threads_runtime.cpp: the pieces a module that spawns tasks adds.
  bool spawnsTasks() const;
  void generateThreadHelper(Helper h, uint32_t id);
  // ref_table.cpp: the reference table and its two helpers.
  void generateRefHelper(Helper h, uint32_t id);
  void emitRefTable();
  struct ThreadLayout {
    uint32_t region = 0;     // the workers' stacks and thread blocks
    uint32_t slotSize = 0;   // one worker's part of it
    uint32_t blockSize = 0;  // a thread block: scratch, then the format buffer
    uint32_t end = 0;
  };
  ThreadLayout layoutWorkers(uint32_t& at, uint32_t blockStart, uint32_t blockEnd);
  void emitThreadExports(const ThreadLayout& layout, uint32_t nImports);
  uint32_t globalIndexOf(GlobalSym g) const { return globalIndex_[static_cast<uint32_t>(g)]; }
  void importSharedMemory(uint32_t minPages);

  wasmir::Module& out_;
  std::vector<uint32_t> fnIds_;      // program fn -> internal id (kNone if not yet)
  std::deque<uint32_t> worklist_;    // program fns to lower
  std::vector<uint32_t> importIds_;  // HostImport -> used?
  std::vector<uint32_t> helperIds_;  // Helper -> internal id
  std::vector<uint32_t> hostFns_;    // host fns imported, in order of first use
  std::unordered_map<uint32_t, uint32_t> hostFnSlot_;      // program fn -> index in hostFns_
  std::vector<std::pair<std::string, uint32_t>> exports_;  // name -> internal id
  uint32_t hostFnImportBase_ = 0;                          // final index of the first host fn
  std::string data_;
  std::vector<uint32_t> dataItems_;  // where each datum starts in data_
  std::unordered_map<std::string, uint32_t> strings_;
  std::vector<Reloc> relocs_;
  std::vector<uint32_t> staticOffsets_;
  bool usesStack_ = false;
  bool usesCallerLocation_ = false;
  bool usesMemvizSite_ = false;
  bool usesFmtString_ = false;
  bool usesFmt_ = false;
  bool usesHeap_ = false;
  bool threaded_ = false;
  bool usesRefTable_ = false;
  std::array<uint32_t, static_cast<size_t>(GlobalSym::Count)> globalIndex_ = [] {
    std::array<uint32_t, static_cast<size_t>(GlobalSym::Count)> a{};
    a.fill(kNone);
    return a;
  }();
  uint32_t scratchSize_ = 0;  // bytes the direct-write helpers need
  uint32_t dataStart_ = kNullGuard;
  uint32_t mainFrameSize_ = 0;
  bool mainIsCalled_ = false;  // a program may call its own `main`
  std::unordered_map<TypeId, bool> ownsHeap_, needsDrop_, needsClone_;
  std::unordered_map<TypeId, uint32_t> dropGlueFns_;
  std::vector<uint32_t> tableFuncs_;                      // internal ids, by table slot
  std::unordered_map<uint32_t, uint32_t> tableSlots_;     // internal id -> table slot
  std::unordered_map<uint32_t, uint32_t> vtableDataIds_;  // vtable -> data id
  std::unordered_map<uint32_t, uint32_t> constDataIds_;   // const -> data id or kNone
  // (offset in data, data id): an address of data stored inside the data.
  std::vector<std::pair<uint32_t, uint32_t>> dataPointers_;
  std::unordered_map<uint64_t, uint32_t> debugFns_;  // type << 1 | pretty -> internal id
};

// Lowers one function: the main entry point is lowerFunction().
// The width, precision, fill and alignment of a `{:>8.3}` that formats a
// value with the program's own impl: its Formatter carries them for
// `f.pad(..)`, `f.width()` and the like (lower_user_fmt.cpp).
struct UserFmtSpec {
  int32_t width = -1, precision = -1;                   // -1: none
  uint32_t widthLocal = kNone, precisionLocal = kNone;  // `width$`, `.prec$` arguments
  uint32_t fill = ' ';
  uint32_t align = 0;  // FormatSpec::Align
};

class FnLowerer {
 public:
  // `mainBody`: the body of a `main` returning Result, which its wrapper
  // (the export, lower_main_result.cpp) calls.
  FnLowerer(ModuleLowerer& m, uint32_t internalId, FnInfo* fn, bool mainBody = false);
  // For helpers: a function with the given signature and no Rust source.
  FnLowerer(ModuleLowerer& m, uint32_t internalId, const wasmir::FuncType& sig, const char* name);
  void lowerFunction();

  // Used by the helper generator too.
  wasmir::FunctionBuilder& b() { return b_; }

  // Heap allocation, for lowering Box, Vec, String and the `wasm::heap`
  // intrinsics (heap_runtime.cpp; docs/heap.md). Operands are on the Wasm
  // stack as shown, all i32; sizes and alignments in bytes, the alignment a
  // power of two up to 4096. A zero size allocates nothing and yields
  // `align` (a dangling, well-aligned address). Failure prints "memory
  // allocation of N bytes failed" and exits with 134. `site` names what is
  // allocated and where: dev builds record it in the memviz trace.
  struct HeapSite {
    TypeId type = kNoType;  // the element type when known (kNoType: raw bytes)
    Span span;              // the source of the allocation or free
    const char* what = "";  // e.g. "Box::new", "Vec::push"
  };
  void emitAlloc(const HeapSite& site);    // [size, align] -> [ptr]
  void emitDealloc(const HeapSite& site);  // [ptr, size, align] -> []
  void emitRealloc(const HeapSite& site);  // [ptr, old_size, align, new_size] -> [ptr]
  void emitHeapCall(Helper plain, Helper traced, const HeapSite& site);

 private:
  friend class HelperGen;
  friend class HeapGen;
  friend class ModuleLowerer;  // threads_runtime.cpp's helpers
  struct LocalStore {
    bool inMemory = false;
    uint32_t wasm = kNone;  // first wasm local (or the address local of a Mem param)
    uint32_t slot = 0;      // frame offset when inMemory
    bool memParam = false;  // Mem-typed parameter: storage is the caller's copy
  };
  // A place: a wasm local, or memory at [base local] + offset (base kNone:
  // an absolute address `offset`).
  struct Place {
    bool isLocal = false;
    uint32_t wasm = kNone;
    uint32_t base = kNone;
    uint32_t offset = 0;
    TypeId type = kNoType;
  };
  struct LoopTarget {
    wasmir::FunctionBuilder::Label brk;
    wasmir::FunctionBuilder::Label cont;
    std::vector<uint32_t> results;  // `loop` with break values: where they go
    size_t dropMark = 0;            // what `break`/`continue` drop: drops_ above this
  };
  // Something the function owns at this point (lower_drops.cpp).
  struct DropEntry {
    enum class Kind : uint8_t { Local, Temp, Rest };
    Kind kind = Kind::Temp;
    uint32_t local = kNone;   // Local: the program local
    uint32_t addr = kNone;    // Temp, Rest: a Wasm local holding the value's address
    uint32_t flag = kNone;    // Temp: a Wasm local, nonzero while it is owned (or kNone)
    uint32_t cursor = kNone;  // Rest: a Wasm local, the first element still owned
    TypeId type = kNoType;    // Temp, Rest: the value's type (an array or Vec for Rest)
  };
  enum class LocalState : uint8_t { Dead, Live, Parts };

  // lower_drops.cpp: drop elaboration
  void initOwnership();
  bool ownsValue(TypeId t);
  void declareLocal(uint32_t local, bool initialized);
  void declarePattern(Pattern* p);
  size_t dropMark() const { return drops_.size(); }
  void endScope(size_t mark);
  void endScopeKeeping(size_t mark, TypeId t);
  void emitDropsTo(size_t mark);
  void emitDrop(const DropEntry& d);
  uint32_t localAddr(uint32_t local);
  void dropExcept(TypeId t,
                  uint32_t addr,
                  const std::vector<std::vector<uint32_t>>& moved,
                  const std::vector<uint32_t>& prefix);
  void dropRest(const DropEntry& d);
  static const Expr* stripParens(const Expr* e);
  bool movePath(const Expr* e, uint32_t& local, std::vector<uint32_t>& path);
  void noteMove(Expr* e);
  bool isFreshValue(const Expr* e) const;
  void noteTemporary(Expr* e);
  void pushTemp(TypeId t, uint32_t addr, uint32_t flag);
  void keepUnmoved(Pattern* p, const Place& place);
  template <typename OffsetOf>
  void keepElements(Pattern* p,
                    const Place& place,
                    const std::vector<TypeId>& types,
                    OffsetOf offsetOf);
  uint32_t scrutineeOwner(Expr* scrut, const Place& place);
  void armMatched(Pattern* p, const Place& place, uint32_t ownerFlag, uint32_t partsFlag);
  uint32_t armFlag(Pattern* p);
  void dropBeforeAssign(Expr* target, const Place& p);
  void assignedLocal(Expr* target);
  Ownership own_;
  std::vector<DropEntry> drops_;
  std::vector<uint32_t> dropFlag_;  // per program local: its drop flag (Wasm local) or kNone
  std::vector<LocalState> localState_;
  std::vector<std::vector<std::vector<uint32_t>>> movedParts_;  // per local in state Parts
  Expr* suppressMove_ = nullptr;  // a scrutinee whose moves its arms decide
  uint32_t ownerLocal_ = kNone;   // the local the current scrutinee is (scrutineeOwner)
  uint32_t keepLocal_ = kNone;    // keepUnmoved: attach parts to this local...
  uint32_t keepFlag_ = kNone;     // ... under this flag
  std::vector<std::vector<DropEntry>> attached_;  // per local: parts left by matches

  // lower_fn.cpp: frame, locals, places, statements
  Repr repr(TypeId t) const { return m_.layouts.repr(t); }
  uint32_t size(TypeId t) { return m_.layouts.layout(t).size; }
  uint32_t allocSlot(TypeId t);
  uint32_t temp(wasmir::ValType t);
  std::vector<uint32_t> temps(TypeId t);
  void spill(const std::vector<uint32_t>& locals);  // pop into locals (reverse)
  void reload(const std::vector<uint32_t>& locals);
  void setupLocals();
  void emitPrologue();
  void emitEpilogue();
  void emitReturn();
  Place placeOf(Expr* e);
  // const_data.cpp: the const path at the end of `e`'s chain of fields and
  // array indexes, when its value is laid out in data (null otherwise); a
  // read-only use sets constRead_ to it, and placeOf then reads it there.
  Expr* constReadRoot(Expr* e);
  Place localPlace(uint32_t local);
  void pushAddr(const Place& p);
  void load(const Place& p);
  void store(const Place& p);  // value on the stack
  void loadAt(TypeId t, uint32_t base, uint32_t offset);
  void storeAt(TypeId t, uint32_t base, uint32_t offset);  // value on the stack
  // ref_table.cpp: an externref at base+offset of linear memory is the
  // index of its slot in the reference table.
  void storeExternRef(uint32_t base, uint32_t offset);    // [ref] -> [], a new slot
  void loadExternRef(uint32_t base, uint32_t offset);     // [] -> [ref], a copy
  void replaceExternRef(uint32_t base, uint32_t offset);  // [ref] -> [], the same slot
  void takeExternRef(uint32_t base, uint32_t offset);     // [] -> [ref], frees the slot
  void dropExternRef(uint32_t base, uint32_t offset);     // [] -> [], frees the slot
  void copyMem(uint32_t dstBase, uint32_t dstOff, uint32_t srcBase, uint32_t srcOff, TypeId t);
  uint32_t materialize(Expr* e);  // Mem value of e copied into a fresh slot: address local
  void block(Block* blk, bool wantValue);
  void stmt(Stmt* s);
  // lower_pure.cpp: a call of a pure fn (no effects, no `&mut` given) with
  // side-effect-free arguments, whose value the statement drops.
  bool isUnusedPureCall(Expr* e) const;
  bool sideEffectFree(Expr* e, int depth) const;
  void bindPattern(Pattern* p, TypeId t);     // value on the stack
  void dropValue(TypeId t);                   // discards the Wasm values of t (no drop glue)
  void dropAt(TypeId t, uint32_t addrLocal);  // runs the drop glue of the t at [addrLocal]
  void dropAtOffset(TypeId t, uint32_t base, uint32_t offset);
  void cloneInto(TypeId t, uint32_t dst, uint32_t dstOff, uint32_t src, uint32_t srcOff);

 public:
  void lowerDropGlue(TypeId t);

 private:
  void markReloc(size_t instr, Sym sym, uint32_t id) {
    relocs_.push_back({id_, static_cast<uint32_t>(instr), sym, id});
  }
  void finishBody();
  void constAddr(Sym sym, uint32_t id);
  void dataString(const std::string& bytes);  // pushes (ptr, len)
  void panicStatic(Span at, const std::string& msg);
  void pushLocation(Span at);
  wasmir::BlockKind blockKindFor(TypeId t, uint32_t& index);

  // lower_expr.cpp: expressions and arithmetic
  void expr(Expr* e);
  void literal(Expr* e);
  void pathValue(Expr* e);
  void constValue(uint32_t constIndex, TypeId t);
  void unary(Expr* e);
  void binary(Expr* e);
  void compare(BinOp op, TypeId t);
  void arith(BinOp op, TypeId t, Span at);
  void checkedAddSub(BinOp op, TypeId t, Span at);
  void checkedMul(TypeId t, Span at);
  void divRem(BinOp op, TypeId t, Span at);
  void shift(BinOp op, TypeId lhsT, TypeId rhsT, Span at);
  void normalize(TypeId t);
  void overflowIf(Span at, const char* msg);    // condition i32 on the stack
  void derefValue(TypeId fromType, TypeId& t);  // load through refs to a value
  void assign(Expr* e);
  void cast(Expr* e);
  void convertInt(TypeId from, TypeId to);
  void structLit(Expr* e);
  void tupleOrArray(Expr* e);
  void arrayRepeat(Expr* e);
  void fieldValue(Expr* e);
  void indexValue(Expr* e);
  Place indexPlace(Expr* e);
  void equalMem(TypeId t, uint32_t a, uint32_t b);  // pushes i32 (a == b)
  void equalSlices(TypeId elem);                    // [a, a_len, b, b_len] -> i32
  bool bytewiseEq(TypeId t);
  // lower_order.cpp: `<` and friends on values in memory
  void orderMem(TypeId t, uint32_t a, uint32_t b);  // pushes -1, 0, 1 or 2 (unordered)
  void orderScalars(TypeId t, uint32_t a, uint32_t b);
  void orderFields(const std::vector<std::pair<TypeId, uint32_t>>& fields, uint32_t a, uint32_t b);
  void orderTest(BinOp op);
  void ownOrder(uint32_t fn, uint32_t a, uint32_t b);

  // lower_slice.cpp: unsized places (a Vec's elements, `a[1..3]`)
  void fatPlace(Expr* e);
  void rangeSlice(Expr* e);
  bool isUnsizedPlace(Expr* e) const;

  // lower_control.cpp
  void ifExpr(Expr* e);
  void whileLoop(Expr* e);
  void loopExpr(Expr* e);
  void forLoop(Expr* e);
  void forRange(Expr* e);
  void forGeneral(Expr* e);
  void forChars(Expr* e);
  void forIter(Expr* e);
  TypeId sequenceBase(Expr* seq, int derefs, uint32_t& base, uint32_t& len);
  void jump(Expr* e);
  void returnExpr(Expr* e);

  // lower_pattern.cpp
  void loadTag(const Place& p);
  void forEachVariant(TypeId t, uint32_t tagLocal, const std::function<void(uint32_t)>& body);
  void equalEnum(TypeId t, uint32_t a, uint32_t b);
  int32_t variantTag(TypeId t, uint32_t variant) const;
  void variantValue(TypeId t, uint32_t variant, const std::vector<Expr*>& args);
  void variantLiteral(Expr* e);
  void buildVariant(TypeId t,
                    uint32_t variant,
                    const std::vector<std::pair<uint32_t, Expr*>>& fields);
  Place scrutineePlace(Expr* e);
  Place addressable(const Place& p);
  Place derefPlace(const Place& p);
  Place subPlace(const Place& p, uint32_t offset, TypeId t);
  void failIf(const wasmir::FunctionBuilder::Label* fail);
  void matchPattern(Pattern* p, Place place, const wasmir::FunctionBuilder::Label* fail);
  void bindPlace(Pattern* p, const Place& place);
  template <typename OffsetOf>
  void matchElements(Pattern* p,
                     const Place& place,
                     const std::vector<TypeId>& types,
                     OffsetOf offsetOf,
                     const wasmir::FunctionBuilder::Label* fail);
  void matchNominal(Pattern* p, const Place& place, const wasmir::FunctionBuilder::Label* fail);
  void matchSlice(Pattern* p, const Place& place, const wasmir::FunctionBuilder::Label* fail);
  void matchExpr(Expr* e);
  void tryExpr(Expr* e);
  void ifLet(Expr* e);
  void whileLet(Expr* e);
  Place letPattern(Stmt* s);
  void placeFromStack(TypeId t, Place& out);

  // lower_dyn.cpp: trait objects (docs/dyn.md)
  void unsizeValue(Expr* e);
  bool isDynCall(const Expr* e) const;
  void dynMethodCall(Expr* e);
  bool isBoxDynDeref(uint32_t fnIndex) const;
  void boxDynDeref(Expr* e);

 public:
  bool lowerBoxDynDrop(TypeId t);

 private:
  // lower_call.cpp
  void call(Expr* e);
  void closureValue(Expr* e);
  bool boxNewInPlace(Expr* e);  // lower_call.cpp
  static bool buildsInPlace(const Expr* e);
  void callFn(uint32_t fnIndex,
              const std::vector<Expr*>& args,
              Expr* selfArg,
              bool selfByRef,
              int selfDerefs);
  void pushArg(Expr* arg, TypeId paramType);
  void methodCall(Expr* e);
  void builtinMethod(Expr* e,
                     uint32_t method,
                     Expr* recv,
                     const std::vector<Expr*>& args,
                     int recvDerefs);
  void mathCall(int op, bool isF32, int arity);
  void intrinsicCall(Expr* e, BuiltinFn which);  // heap_runtime.cpp
  void memIntrinsic(Expr* e, BuiltinFn which);   // lower_mem.cpp
  void threadIntrinsic(BuiltinFn which);         // lower_threads.cpp
  void memReplace(Expr* e);
  // lower_hash.cpp: `wasm::mem::hash`, the structural hash of hash tables
  void hashIntrinsic(Expr* e);
  void hashAt(TypeId t, uint32_t addr, uint32_t h, int depth);
  void hashElements(TypeId elem, uint32_t ptr, uint32_t len, uint32_t h, int depth);
  void hashMix(uint32_t h);             // folds the i32 on the stack into local h
  void pushSite(const HeapSite& site);  // dev builds: its type and site ids
  // Dev builds: the site id of an event at `span`; inside std, the user
  // call site the std fn was entered from when there is one.
  void pushSiteId(Span span, const std::string& what);
  bool inUserCode() const;
  void callTracingSite(uint32_t fnIndex, Span site);  // a call, see lower_call.cpp
  // lower_handles.cpp: resource-handle events of dev builds.
  bool isHandleType(TypeId t) const;
  void handleEvent(memviz::EventKind kind, const Place& value, uint32_t size, Span span);
  void handleCreated(TypeId t, Span span);  // [addr] -> [addr]
  Place addressPlace(uint32_t addrLocal, TypeId t);

  // lower_format.cpp
  void macro(Expr* e);
  void formatPieces(Expr* e, size_t firstArg);
  void formatValue(TypeId t,
                   const FormatSpec& spec,
                   const std::vector<uint32_t>& vals,
                   const std::vector<uint32_t>& argVals);
  // lower_debug_fmt.cpp: `{:?}` of aggregates. The indentation of `{:#?}`
  // is known (fixed >= 0), absent (fixed < 0: compact), or a local.
  struct Indent {
    int fixed = -1;
    uint32_t local = kNone;
    bool pretty() const { return fixed >= 0 || local != kNone; }
  };
  void formatDebugMem(TypeId t, uint32_t addrLocal, const Indent& indent);
  void formatSeqDebug(TypeId elem, uint32_t base, uint32_t len, const Indent& indent);
  void formatElemDebug(TypeId et, uint32_t base, uint32_t offset, const Indent& indent);
  void emitIndent(const Indent& indent, int extra);
  Indent deeper(const Indent& indent);
  void langField(TypeId t, const char* name, uint32_t addr);

 public:
  void lowerDebugFn(TypeId t, bool pretty);

 private:
  TypeId debugFnType_ = kNoType;  // the type whose Debug function this is
  void formatScalar(TypeId t, const FormatSpec& spec, uint32_t precLocal);
  void setFmtFd(int fd);
  std::vector<std::vector<uint32_t>> evalFormatArgs(Expr* e, size_t firstArg);
  void formatInto(Expr* e,
                  size_t firstArg,
                  int fd,
                  uint32_t stringDest = kNone,
                  uint32_t formatter = kNone);
  // lower_user_fmt.cpp: `write!` and the program's Display/Debug impls.
  void writeMacro(Expr* e);
  void fmtDelegate(Expr* e, bool debug);
  bool callUserFmt(TypeId t,
                   bool debug,
                   const std::vector<uint32_t>& self,
                   bool alternate,
                   const Indent& indent,
                   const UserFmtSpec& spec = UserFmtSpec{});
  bool callBoxDynFmt(TypeId dyn, bool debug, uint32_t box, const Indent& indent);
  void useFormatter(uint32_t formatter);
  uint32_t formatterIndent(uint32_t formatter);
  void fmtIndentedLiteral(const std::string& s);
  // The indentation of the `write!` being formatted (a local), if any.
  uint32_t fmtIndent_ = kNone;
  void formatString(Expr* e);
  void fmtLiteral(const std::string& s);
  void print(Expr* e, int fd, bool newline);
  bool canWriteDirectly(Expr* e);
  void printDirect(Expr* e, int fd, bool newline);
  void panicMacro(Expr* e);
  void assertMacro(Expr* e);
  void assertEqMacro(Expr* e);

  ModuleLowerer& m_;
  uint32_t id_;
  FnInfo* fn_;
  wasmir::FunctionBuilder b_;
  std::vector<LocalStore> locals_;
  uint32_t fp_ = kNone;
  uint32_t frameSize_ = 0;
  std::vector<size_t> epilogues_;  // first instr of each epilogue sequence
  std::vector<Reloc> relocs_;      // function-local until finishBody
  uint32_t sret_ = kNone;
  Expr* constRead_ = nullptr;  // see constReadRoot
  std::unordered_map<uint32_t, LoopTarget> loops_;
  // Immutable loop variables of `for i in lo..N` with a constant N: index
  // -> exclusive bound, so `a[i]` on an array of length >= N needs no
  // bounds check.
  std::unordered_map<uint32_t, uint64_t> rangeBound_;
  bool provablyInBounds(Expr* index, uint64_t len);
  // Destination passing: a local holding the address where the next call
  // returning an aggregate should write its result (instead of a temporary
  // that is then copied). Consumed by callFn.
  uint32_t pendingDest_ = kNone;
  // The same for tuple, array and struct literals: [base + offset].
  uint32_t pendingAggBase_ = kNone;
  uint32_t pendingAggOffset_ = 0;
  uint32_t takeAggDest(TypeId t);  // the literal's storage: a local holding its address
  bool exprInto(Expr* e, uint32_t base, uint32_t offset);
  bool release_ = false;
  // `#[track_caller]`: panics in such a fn report its caller's location,
  // which each call site stores in two globals before the call.
  bool trackCaller_ = false;
  bool mainBody_ = false;

 public:
  // lower_main_result.cpp: `fn main() -> Result<(), E>`.
  static bool reportsMainResult(ModuleLowerer& m, const FnInfo* fn);

 private:
  void lowerMainReport();
  uint32_t savedMemvizSite_ = kNone;  // the local holding __memviz_site on entry
  Span callSite_;
};

}  // namespace wr
