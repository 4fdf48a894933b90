// Binaryen bridge (see binaryen_opt.h). The module is handed over as bytes,
// so the rest of the compiler does not depend on Binaryen's IR.
#include "wasmir/binaryen_opt.h"

#ifdef WASMRUST_HAVE_BINARYEN
#include <binaryen-c.h>
#include <dlfcn.h>

#include <cstdlib>
#endif

namespace wasmir {

#ifdef WASMRUST_HAVE_BINARYEN

namespace {

// libbinaryen is large (its static initializers alone cost tens of
// milliseconds), so it is loaded only when a release build needs it: dev
// builds start in a millisecond.
// The C API functions WasmRust uses: one list for the struct and the loader.
// clang-format off
#define WR_BINARYEN_FUNCTIONS(X) \
  X(BinaryenModuleRead) \
  X(BinaryenModuleSetFeatures) \
  X(BinaryenFeatureMVP) \
  X(BinaryenFeatureMutableGlobals) \
  X(BinaryenFeatureAtomics) \
  X(BinaryenFeatureBulkMemory) \
  X(BinaryenFeatureSignExt) \
  X(BinaryenFeatureNontrappingFPToInt) \
  X(BinaryenFeatureMultivalue) \
  X(BinaryenFeatureReferenceTypes) \
  X(BinaryenSetDebugInfo) \
  X(BinaryenSetOptimizeLevel) \
  X(BinaryenSetShrinkLevel) \
  X(BinaryenModuleOptimize) \
  X(BinaryenModuleValidate) \
  X(BinaryenModuleAllocateAndWrite) \
  X(BinaryenModuleDispose)
// clang-format on

struct BinaryenApi {
#define WR_BINARYEN_FIELD(name) decltype(&::name) name = nullptr;
  WR_BINARYEN_FUNCTIONS(WR_BINARYEN_FIELD)
#undef WR_BINARYEN_FIELD
  bool loaded = false;
};

const BinaryenApi& api() {
  static BinaryenApi a = [] {
    BinaryenApi r;
    void* lib = dlopen("libbinaryen.so", RTLD_NOW | RTLD_LOCAL);
    if (!lib)
      return r;
    bool ok = true;
#define WR_BINARYEN_LOAD(name)                                     \
  r.name = reinterpret_cast<decltype(&::name)>(dlsym(lib, #name)); \
  ok = ok && r.name;
    WR_BINARYEN_FUNCTIONS(WR_BINARYEN_LOAD)
#undef WR_BINARYEN_LOAD
    r.loaded = ok;
    return r;
  }();
  return a;
}

}  // namespace

bool binaryenAvailable() {
  return true;
}

bool optimizeWithBinaryen(std::vector<uint8_t>& wasm,
                          OptimizeGoal goal,
                          bool bulkMemory,
                          std::string& error,
                          bool referenceTypes,
                          bool atomics) {
  const BinaryenApi& b = api();
  if (!b.loaded) {
    error = "libbinaryen.so could not be loaded (apt-get install binaryen)";
    return false;
  }
  BinaryenModuleRef module =
      b.BinaryenModuleRead(reinterpret_cast<char*>(wasm.data()), wasm.size());
  if (!module) {
    error = "Binaryen could not read the module";
    return false;
  }
  // Exactly the features WasmRust emits, so the output runs on Node 20 too.
  b.BinaryenModuleSetFeatures(
      module, b.BinaryenFeatureMVP() | b.BinaryenFeatureMutableGlobals() |
                  (bulkMemory ? b.BinaryenFeatureBulkMemory() : 0) | b.BinaryenFeatureSignExt() |
                  b.BinaryenFeatureNontrappingFPToInt() | b.BinaryenFeatureMultivalue() |
                  (referenceTypes ? b.BinaryenFeatureReferenceTypes() : 0) |
                  (atomics ? b.BinaryenFeatureAtomics() : 0));
  b.BinaryenSetDebugInfo(false);
  b.BinaryenSetOptimizeLevel(goal == OptimizeGoal::Size ? 2 : 3);
  b.BinaryenSetShrinkLevel(goal == OptimizeGoal::Size ? 2 : 0);
  b.BinaryenModuleOptimize(module);
  if (!b.BinaryenModuleValidate(module)) {
    b.BinaryenModuleDispose(module);
    error = "Binaryen produced an invalid module";
    return false;
  }
  BinaryenModuleAllocateAndWriteResult out = b.BinaryenModuleAllocateAndWrite(module, nullptr);
  const uint8_t* bytes = static_cast<const uint8_t*>(out.binary);
  // For size, never make a module larger (tiny modules can grow by a few
  // bytes when Binaryen re-encodes them).
  if (goal == OptimizeGoal::Speed || out.binaryBytes < wasm.size()) {
    wasm.assign(bytes, bytes + out.binaryBytes);
  }
  std::free(out.binary);
  if (out.sourceMap)
    std::free(out.sourceMap);
  b.BinaryenModuleDispose(module);
  return true;
}

#else

bool binaryenAvailable() {
  return false;
}

bool optimizeWithBinaryen(std::vector<uint8_t>&,
                          OptimizeGoal,
                          bool,
                          std::string& error,
                          bool,
                          bool) {
  error = "this build of WasmRust has no Binaryen";
  return false;
}

#endif

}  // namespace wasmir
