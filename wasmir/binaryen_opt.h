// The last stage of release builds: Binaryen's optimizer over the encoded
// module. Natively it is linked through binaryen-c.h (Debian's libbinaryen);
// builds without Binaryen (the Emscripten build of the compiler, for now)
// return the module unchanged and say so.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace wasmir {

enum class OptimizeGoal : uint8_t { Speed, Size };

// Whether this build of the compiler can run Binaryen.
bool binaryenAvailable();

// Optimizes `wasm` in place (-O3 for speed, -Oz for size). Returns false
// with `error` set if Binaryen is unavailable or rejects the module.
// `bulkMemory`: whether the module uses memory.copy/fill (when it does not,
// Binaryen is told so and leaves out the DataCount section).
// `referenceTypes`: whether it holds externref values (`externref<T>`).
// `atomics`: whether it uses the threads opcodes on a shared memory.
bool optimizeWithBinaryen(std::vector<uint8_t>& wasm,
                          OptimizeGoal goal,
                          bool bulkMemory,
                          std::string& error,
                          bool referenceTypes = false,
                          bool atomics = false);

}  // namespace wasmir
