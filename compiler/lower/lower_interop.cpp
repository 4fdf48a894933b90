// The module's boundary with its host, as lowering builds it.
//
// Exports: every `#[wasm::export]` fn is a root of the reachable-function
// worklist (like `main`) and is exported under its name as the function
// itself — its Wasm signature is its lowered one (numbers as Wasm values,
// `&str` and slices as pointer and length, `externref<T>` as externref), so
// there is no wrapper. When an export takes a string or a slice, the heap
// allocator is exported too (`wasmrust_alloc(size, align) -> ptr`), so that
// a host can place the bytes in the module's memory (and
// `wasmrust_dealloc(ptr, size, align)` to free them).
//
// Imports: a host fn of an `extern "js"` block becomes a Wasm import of its
// block's module (`#[wasm::import(module = "...")]`, default "js") the first
// time lowered code calls it; host fns nothing reachable calls are never
// imported. They are numbered after env's runtime imports.
//
// JS strings: String::from_js (compiler/std/js_string.rs) reads a JS
// string through the `wasm::jsstr` intrinsics, each a call of an import
// (hostImportOf below): the JS String Builtins `length` and `charCodeAt` (module
// "wasm:js-string"), which the engine provides when the runtime turns them
// on, or the runtime's copying fns (env.js_string_utf8_length,
// env.js_string_read); env.js_string_builtins says which the runtime chose.
#include "compiler/lower/lowerer.h"
#include "compiler/sema/interop.h"

namespace wr {

using namespace wasmir;

namespace {
constexpr uint32_t kHostFnBase = kImportBase + static_cast<uint32_t>(HostImport::Count);

bool takesPointerLength(const Layouts& layouts, const FnInfo& fn) {
  for (TypeId p : fn.params) {
    if (layouts.repr(p) == Repr::Pair)
      return true;
  }
  return false;
}
}  // namespace

uint32_t ModuleLowerer::hostFnRef(uint32_t programFn) {
  auto it = hostFnSlot_.find(programFn);
  if (it == hostFnSlot_.end()) {
    it = hostFnSlot_.emplace(programFn, static_cast<uint32_t>(hostFns_.size())).first;
    hostFns_.push_back(programFn);
  }
  return kHostFnBase + it->second;
}

void ModuleLowerer::addExportRoots() {
  if (opts.importAllHostFns) {
    for (uint32_t i = 0; i < prog.fns.size(); ++i) {
      if (prog.fns[i].isHostImport())
        hostFnRef(i);
    }
  }
  bool needsAlloc = false;
  for (uint32_t i = 0; i < prog.fns.size(); ++i) {
    const FnInfo& fn = prog.fns[i];
    if (!fn.item || fn.item->kind != ItemKind::Fn || fn.isTemplate() || fn.isClosure() ||
        fn.owner != kNone || fn.impl != kNone || !findWasmAttr(fn.item, "export"))
      continue;
    if (i == prog.mainFn)
      continue;  // `main` is exported as it is
    exports_.emplace_back(exportName(fn.item), fnRef(i));
    needsAlloc |= takesPointerLength(layouts, fn);
  }
  if (needsAlloc) {
    exports_.emplace_back("wasmrust_alloc", helperRef(Helper::HeapAlloc));
    exports_.emplace_back("wasmrust_dealloc", helperRef(Helper::HeapDealloc));
  }
}

void ModuleLowerer::emitHostImports(uint32_t firstIndex) {
  hostFnImportBase_ = firstIndex;
  for (uint32_t programFn : hostFns_) {
    FnInfo& fn = prog.fns[programFn];
    FuncType sig;
    for (TypeId p : fn.params) {
      for (ValType v : layouts.valTypes(p))
        sig.params.push_back(v);
    }
    sig.results = layouts.valTypes(fn.ret);
    Import imp;
    imp.module = importModule(fn);
    imp.name = importName(fn);
    imp.kind = ExternKind::Func;
    imp.typeIndex = out_.internType(sig);
    out_.imports.push_back(imp);
  }
}

uint32_t ModuleLowerer::finalCallIndex(uint32_t internal,
                                       const std::vector<uint32_t>& envIndex,
                                       uint32_t nImports) const {
  if (internal >= kHostFnBase)
    return hostFnImportBase_ + (internal - kHostFnBase);
  if (internal >= kImportBase)
    return envIndex[internal - kImportBase];
  return internal + nImports;
}

void ModuleLowerer::emitExports(uint32_t nImports) {
  for (const auto& [name, internal] : exports_)
    out_.exports.push_back({name, ExternKind::Func, nImports + internal});
}

// The intrinsics that are one call of a host import, with the same
// arguments: the task queue's (lower_threads.cpp has the atomics) and the
// JS strings'.
std::optional<HostImport> hostImportOf(BuiltinFn which) {
  switch (which) {
    case BuiltinFn::TaskRanInOrder:
      return HostImport::TaskInOrder;
    case BuiltinFn::TaskWorkers:
      return HostImport::TaskWorkers;
    case BuiltinFn::TaskSpawn:
      return HostImport::TaskSpawn;
    case BuiltinFn::TaskHelp:
      return HostImport::TaskHelp;
    case BuiltinFn::JsBuiltins:
      return HostImport::JsStringBuiltins;
    case BuiltinFn::JsLength:
      return HostImport::JsStringLength;
    case BuiltinFn::JsCharCodeAt:
      return HostImport::JsStringCharCodeAt;
    case BuiltinFn::JsUtf8Length:
      return HostImport::JsStringUtf8Length;
    case BuiltinFn::JsRead:
      return HostImport::JsStringRead;
    default:
      return std::nullopt;
  }
}

}  // namespace wr
