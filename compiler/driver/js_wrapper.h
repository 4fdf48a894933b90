// `wasmrust build --emit js`: an optional typed ES-module wrapper (.mjs)
// and its TypeScript declarations (.d.ts) for a compiled module, from its
// boundary (module_interface.h). See docs/interop.md.
#pragma once

#include <string>

#include "compiler/driver/module_interface.h"

namespace wr {

// `wasmName` is the module's file name, for the opening comment.
std::string jsWrapper(const ModuleInterface& mi, const std::string& wasmName);
std::string dtsWrapper(const ModuleInterface& mi, const std::string& wasmName);

}  // namespace wr
