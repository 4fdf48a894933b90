// Module-level lowering: the reachable-function worklist, imports, helpers,
// string data, memory layout and the final renumbering and relocation pass.
#include <algorithm>
#include <cstring>

#include "compiler/check/check.h"
#include "compiler/lower/lowerer.h"
#include "memviz/format.h"

namespace wr {

using namespace wasmir;

ModuleLowerer::ModuleLowerer(const SourceFile& f,
                             Program& p,
                             Ast& a,
                             const LowerOptions& o,
                             Module& out)
    : file(f), prog(p), ast(a), opts(o), layouts(p), memviz(p, layouts, f), out_(out) {
  fnIds_.assign(prog.fns.size(), kNone);
  importIds_.assign(static_cast<size_t>(HostImport::Count), 0);
  helperIds_.assign(static_cast<size_t>(Helper::Count), kNone);
  staticOffsets_.assign(prog.statics.size(), 0);
}

uint32_t ModuleLowerer::fnRef(uint32_t programFn) {
  if (programFn >= fnIds_.size())
    fnIds_.resize(prog.fns.size(), kNone);  // instances a deferred body added
  if (fnIds_[programFn] == kNone) {
    fnIds_[programFn] = static_cast<uint32_t>(funcs.size());
    funcs.emplace_back();
    funcs.back().name = prog.fns[programFn].name;
    worklist_.push_back(programFn);
  }
  return fnIds_[programFn];
}

uint32_t ModuleLowerer::importRef(HostImport imp) {
  importIds_[static_cast<size_t>(imp)] = 1;
  return kImportBase + static_cast<uint32_t>(imp);
}

uint32_t ModuleLowerer::helperRef(Helper h) {
  size_t i = static_cast<size_t>(h);
  if (helperIds_[i] == kNone) {
    uint32_t id = static_cast<uint32_t>(funcs.size());
    helperIds_[i] = id;
    funcs.emplace_back();
    generateHelper(h, id);
  }
  switch (h) {
    case Helper::Panic:
    case Helper::MulOvfS64:
    case Helper::MulOvfU64:
    case Helper::PanicHeader:
      break;
    case Helper::WriteU64:
    case Helper::WriteI64:
    case Helper::WriteChar:
      needScratch(32);
      break;
    case Helper::WriteF64:
      needScratch(32);  // the caller reserves room for its precision
      break;
    case Helper::HeapAlloc:
    case Helper::HeapDealloc:
    case Helper::HeapRealloc:
    case Helper::HeapBump:
    case Helper::HeapFreeLarge:
    case Helper::HeapFootprint:
    case Helper::HeapFail:
    case Helper::HeapAllocTraced:
    case Helper::HeapDeallocTraced:
    case Helper::HeapReallocTraced:
    case Helper::TraceEvent:
    case Helper::HeapLock:
    case Helper::HeapUnlock:
    case Helper::RefStore:
    case Helper::RefFree:
      usesHeap_ = true;
      break;
    default:
      usesFmt_ = true;
  }
  return helperIds_[i];
}

uint32_t ModuleLowerer::internString(const std::string& bytes) {
  auto it = strings_.find(bytes);
  if (it != strings_.end())
    return it->second;
  uint32_t off = static_cast<uint32_t>(data_.size());
  dataItems_.push_back(off);
  data_ += bytes;
  strings_.emplace(bytes, off);
  return off;
}

void ModuleLowerer::run() {
  mainIsCalled_ = std::find(prog.mainNamedByPath.begin(), prog.mainNamedByPath.end(),
                            prog.mainFn) != prog.mainNamedByPath.end();
  if (prog.testBuild) {
    for (const TestCase& t : prog.tests)
      fnRef(t.entry);
  } else if (prog.mainFn != kNone) {
    fnRef(prog.mainFn);
  }
  addExportRoots();
  threaded_ = spawnsTasks();
  if (threaded_)
    markStackUsed();  // each worker gets a stack of its own
  while (!worklist_.empty()) {
    uint32_t f = worklist_.front();
    worklist_.pop_front();
    if (prog.fns[f].deferred && opts.deferred)
      opts.deferred->ensureChecked(f);
    FnLowerer(*this, fnIds_[f], &prog.fns[f]).lowerFunction();
  }
  finalize();
}

// Memory map: [0,16) null guard | shadow stack (if any) | data | statics |
// scratch | format buffer | heap (if any: its control block, then blocks up
// to the end of memory, which grows). The stack grows down toward address 0, so running
// past its end wraps to a huge address and traps: the runtime reports the
// trap as a stack overflow, with no check in every function's prologue.
uint32_t ModuleLowerer::layoutMemory() {
  dataStart_ = usesStack_ ? kNullGuard + kStackSize : kNullGuard;
  uint32_t at = dataStart_ + static_cast<uint32_t>(data_.size());
  for (size_t i = 0; i < prog.statics.size(); ++i) {
    Layout l = layouts.layout(prog.statics[i].type);
    at = (at + l.align - 1) & ~(l.align - 1);
    staticOffsets_[i] = at;
    at += std::max<uint32_t>(l.size, 1);
  }
  at = (at + 7) & ~7u;
  return at;
}

void ModuleLowerer::finalize() {
  // Imports, in a fixed order, only those used.
  static const char* const kImportNames[] = {"write",
                                             "exit",
                                             "fmt_f64",
                                             "math",
                                             "trace_flush",
                                             "task_in_order",
                                             "task_workers",
                                             "task_spawn",
                                             "task_help",
                                             "js_string_builtins",
                                             "length",
                                             "charCodeAt",
                                             "js_string_utf8_length",
                                             "js_string_read"};
  const ValType kExtern = ValType::ExternRef;
  const std::vector<FuncType> kImportTypes = {
      {{ValType::I32, ValType::I32, ValType::I32}, {}},
      {{ValType::I32}, {}},
      {{ValType::F64, ValType::I32, ValType::I32, ValType::I32}, {ValType::I32}},
      {{ValType::I32, ValType::F64, ValType::F64}, {ValType::F64}},
      {{ValType::I32}, {}},
      {{}, {}},
      {{}, {ValType::I32}},
      {{ValType::I32, ValType::I32}, {}},
      {{}, {ValType::I32}},
      {{}, {ValType::I32}},
      {{kExtern}, {ValType::I32}},
      {{kExtern, ValType::I32}, {ValType::I32}},
      {{kExtern}, {ValType::I32}},
      {{kExtern, ValType::I32}, {}},
  };
  std::vector<uint32_t> importIndex(static_cast<size_t>(HostImport::Count), kNone);
  uint32_t nImports = 0;
  for (size_t i = 0; i < importIds_.size(); ++i) {
    if (!importIds_[i])
      continue;
    Import imp;
    // The JS String Builtins the engine provides itself when the runtime
    // asks it to (web/runtime/runtime.mjs); everything else is the runtime's.
    bool builtin = i == static_cast<size_t>(HostImport::JsStringLength) ||
                   i == static_cast<size_t>(HostImport::JsStringCharCodeAt);
    imp.module = builtin ? "wasm:js-string" : "env";
    imp.name = kImportNames[i];
    imp.kind = ExternKind::Func;
    imp.typeIndex = out_.internType(kImportTypes[i]);
    out_.imports.push_back(imp);
    importIndex[i] = nImports++;
  }
  emitHostImports(nImports);
  nImports += static_cast<uint32_t>(hostFns_.size());
  // Memory map and globals.
  uint32_t fmtBuf = 0, scratch = 0;
  uint32_t at = layoutMemory();
  patchDataPointers();
  uint32_t staticsEnd = at;
  uint32_t mainFrame = 0;
  if (mainFrameSize_) {
    at = (at + 15) & ~15u;
    mainFrame = at;
    at += mainFrameSize_;
  }
  if (scratchSize_) {
    scratch = at;
    at += (scratchSize_ + 7) & ~7u;
  }
  if (usesFmt_) {
    fmtBuf = at;
    at += kFmtBufSize + 64;
  }
  // The main thread's block: the scratch area, then the format buffer.
  const uint32_t blockStart = scratchSize_ ? scratch : fmtBuf;
  ThreadLayout workers;
  if (threaded_)
    workers = layoutWorkers(at, blockStart, at);
  uint32_t trace = 0;
  if (usesHeap_ && opts.instrument) {
    at = (at + 15) & ~15u;
    trace = at;
    at += memviz::kTraceHeaderSize + memviz::kTraceCapacity * memviz::kRecordSize;
  }
  uint32_t heapCtl = 0;
  if (usesHeap_) {
    at = (at + 15) & ~15u;
    heapCtl = at;
    at += kHeapCtlSize;
  }
  bool needSp = usesStack_;
  uint32_t stackTop = needSp ? kNullGuard + kStackSize : 0;
  // Globals: the stack pointer and the format buffer's position and fd.
  auto addGlobal = [&](GlobalSym sym, const char* name, uint32_t init) {
    Global g;
    g.name = name;
    g.type = ValType::I32;
    g.isMutable = true;
    g.init = Instr{Op::I32Const, 0, 0, init};
    globalIndex_[static_cast<uint32_t>(sym)] = static_cast<uint32_t>(out_.globals.size());
    out_.globals.push_back(g);
  };
  if (needSp)
    addGlobal(GlobalSym::StackPointer, "__stack_pointer", stackTop);
  if (usesFmt_) {
    addGlobal(GlobalSym::FmtPos, "__fmt_pos", 0);
    addGlobal(GlobalSym::FmtFd, "__fmt_fd", 1);
  }
  if (usesFmtString_)
    addGlobal(GlobalSym::FmtString, "__fmt_string", 0);
  if (usesCallerLocation_) {
    addGlobal(GlobalSym::CallerLine, "__caller_line", 0);
    addGlobal(GlobalSym::CallerCol, "__caller_col", 0);
  }
  if (usesMemvizSite_)
    addGlobal(GlobalSym::MemvizSite, "__memviz_site", 0);
  if (threaded_)
    addGlobal(GlobalSym::ThreadBlock, "__thread_block", blockStart);
  if (mainIsCalled_ && !prog.statics.empty())
    addGlobal(GlobalSym::StaticsReady, "__statics_ready", 0);
  if (usesRefTable_) {
    addGlobal(GlobalSym::RefFreeList, "__ref_free_list", 0);
    addGlobal(GlobalSym::RefFreeLen, "__ref_free_len", 0);
    addGlobal(GlobalSym::RefFreeCap, "__ref_free_cap", 0);
  }
  // Relocations: patch constants now that addresses are known.
  for (const Reloc& r : relocs_) {
    Instr& ins = funcs[r.func].body[r.instr];
    uint32_t v = 0;
    switch (r.sym) {
      case Sym::Data:
        v = dataStart_ + r.id;
        break;
      case Sym::FmtBuf:  // threaded modules: within the thread's block
        v = threaded_ ? fmtBuf - blockStart : fmtBuf;
        break;
      case Sym::StackTop:
        v = stackTop;
        break;
      case Sym::Static:
        v = staticOffsets_[r.id];
        break;
      case Sym::Scratch:
        v = threaded_ ? scratch - blockStart : scratch;
        break;
      case Sym::MainFrame:
        v = mainFrame;
        break;
      case Sym::HeapCtl:
        v = heapCtl;
        break;
      case Sym::Trace:
        v = trace;
        break;
    }
    if (ins.op == Op::I32Const)
      ins.value = static_cast<uint64_t>(
          static_cast<int64_t>(static_cast<int32_t>(v + static_cast<uint32_t>(ins.value))));
    else
      ins.value += v;  // memarg offsets
  }
  // Renumber calls and globals into the final index spaces.
  for (Function& f : funcs) {
    for (Instr& ins : f.body) {
      if (ins.op == Op::Call) {
        ins.index = finalCallIndex(ins.index, importIndex, nImports);
      } else if (ins.op == Op::GlobalGet || ins.op == Op::GlobalSet) {
        ins.index = globalIndex_[ins.index];
      }
    }
    out_.functions.push_back(std::move(f));
  }
  emitFunctionTable(importIndex, nImports);
  emitRefTable();
  const uint32_t minPages = std::max<uint32_t>(1, (at + 65535) / 65536);
  if (threaded_) {
    importSharedMemory(minPages);
  } else {
    Memory memory;
    memory.name = "memory";
    memory.limits.min = minPages;
    out_.memories.push_back(memory);
  }
  out_.exports.push_back({"memory", ExternKind::Memory, 0});
  if (prog.testBuild) {
    exportTests(nImports);
  } else if (prog.mainFn != kNone) {
    out_.exports.push_back({"main", ExternKind::Func, nImports + fnIds_[prog.mainFn]});
  }
  emitExports(nImports);
  if (threaded_)
    emitThreadExports(workers, nImports);
  if (!data_.empty()) {
    DataSegment seg;
    seg.offset = dataStart_;
    seg.bytes.assign(data_.begin(), data_.end());
    seg.itemStarts = std::move(dataItems_);
    out_.data.push_back(std::move(seg));
  }
  out_.emitNames = !opts.release;
  if (opts.instrument) {
    MemvizTables::MemoryMap map;
    map.heapCtl = heapCtl;
    map.trace = trace;
    auto region = [&](const char* name, const char* kind, uint32_t start, uint32_t end) {
      if (end > start)
        map.regions.push_back({name, kind, start, end});
    };
    region("null guard", "guard", 0, kNullGuard);
    if (usesStack_)
      region("stack", "stack", kNullGuard, kNullGuard + kStackSize);
    region("data", "data", dataStart_, dataStart_ + static_cast<uint32_t>(data_.size()));
    uint32_t staticsStart = dataStart_ + static_cast<uint32_t>(data_.size());
    for (size_t i = 0; i < prog.statics.size(); ++i) {
      map.statics.push_back(
          {std::string(prog.statics[i].item->name), staticOffsets_[i], prog.statics[i].type});
    }
    if (!prog.statics.empty())
      region("statics", "statics", staticsStart, staticsEnd);
    region("main frame", "frame", mainFrame, mainFrame + mainFrameSize_);
    region("scratch", "scratch", scratch, scratch + scratchSize_);
    region("format buffer", "format", fmtBuf, usesFmt_ ? fmtBuf + kFmtBufSize + 64 : 0);
    region("worker stacks", "stack", workers.region, workers.end);
    region("memviz trace", "trace", trace, heapCtl);
    // The heap's blocks run from its control block to the top it records.
    region("heap", "heap", heapCtl, usesHeap_ ? heapCtl + kHeapCtlSize : 0);
    out_.customs.push_back({memviz::kSectionName, memviz.section(map)});
  }
}

void lowerProgram(const SourceFile& file,
                  Program& program,
                  Ast& ast,
                  const LowerOptions& opts,
                  wasmir::Module& out) {
  ModuleLowerer(file, program, ast, opts, out).run();
}

}  // namespace wr
