// Pass `unused-locals`: deletes declared locals that no local.get, local.set
// or local.tee names, and renumbers the rest. Params stay, since they are
// part of the function's type. Dead-store elimination and folding leave such
// locals behind; each costs a byte or two in the locals declaration.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {

void unusedLocals(Module& module) {
  for (Function& f : module.functions) {
    auto paramCount = static_cast<uint32_t>(module.types[f.typeIndex].params.size());
    std::vector<bool> used(paramCount + f.locals.size(), false);
    for (const Instr& in : f.body) {
      if (isLocalAccess(in.op))
        used[in.index] = true;
    }
    std::vector<uint32_t> newIndex(used.size(), kNone);
    std::vector<ValType> declared;
    for (uint32_t i = 0; i < used.size(); ++i) {
      if (i < paramCount) {
        newIndex[i] = i;
      } else if (used[i]) {
        newIndex[i] = paramCount + static_cast<uint32_t>(declared.size());
        declared.push_back(f.locals[i - paramCount]);
      }
    }
    if (declared.size() != f.locals.size())
      renumberLocals(f, paramCount, newIndex, std::move(declared));
  }
}

}  // namespace wasmir
