// Binaryen bridge (see binaryen_opt.h). The module is handed over as bytes,
// so the rest of the compiler does not depend on Binaryen's IR.
#include "wasmir/binaryen_opt.h"

#ifdef WASMRUST_HAVE_BINARYEN
#include <binaryen-c.h>

#include <cstdlib>
#endif

namespace wasmir {

#ifdef WASMRUST_HAVE_BINARYEN

bool binaryenAvailable() {
  return true;
}

bool optimizeWithBinaryen(std::vector<uint8_t>& wasm, OptimizeGoal goal, std::string& error) {
  BinaryenModuleRef module = BinaryenModuleRead(reinterpret_cast<char*>(wasm.data()), wasm.size());
  if (!module) {
    error = "Binaryen could not read the module";
    return false;
  }
  // Exactly the features WasmRust emits, so the output runs on Node 20 too.
  BinaryenModuleSetFeatures(module, BinaryenFeatureMVP() | BinaryenFeatureMutableGlobals() |
                                        BinaryenFeatureBulkMemory() | BinaryenFeatureSignExt() |
                                        BinaryenFeatureNontrappingFPToInt() |
                                        BinaryenFeatureMultivalue());
  BinaryenSetDebugInfo(false);
  BinaryenSetOptimizeLevel(goal == OptimizeGoal::Size ? 2 : 3);
  BinaryenSetShrinkLevel(goal == OptimizeGoal::Size ? 2 : 0);
  BinaryenModuleOptimize(module);
  if (!BinaryenModuleValidate(module)) {
    BinaryenModuleDispose(module);
    error = "Binaryen produced an invalid module";
    return false;
  }
  BinaryenModuleAllocateAndWriteResult out = BinaryenModuleAllocateAndWrite(module, nullptr);
  const uint8_t* bytes = static_cast<const uint8_t*>(out.binary);
  // For size, never make a module larger (tiny modules can grow by a few
  // bytes when Binaryen re-encodes them).
  if (goal == OptimizeGoal::Speed || out.binaryBytes < wasm.size()) {
    wasm.assign(bytes, bytes + out.binaryBytes);
  }
  std::free(out.binary);
  if (out.sourceMap)
    std::free(out.sourceMap);
  BinaryenModuleDispose(module);
  return true;
}

#else

bool binaryenAvailable() {
  return false;
}

bool optimizeWithBinaryen(std::vector<uint8_t>&, OptimizeGoal, std::string& error) {
  error = "this build of WasmRust has no Binaryen";
  return false;
}

#endif

}  // namespace wasmir
