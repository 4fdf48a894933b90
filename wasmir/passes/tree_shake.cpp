// Pass `tree-shake`: removes what nothing can reach.
//
// A function is live if it is exported, is the start function, sits in an
// element segment (call_indirect may reach it), or is called by a live
// function. Dead defined functions and unused function imports are deleted
// (a module that imports less still instantiates with the same host), then
// function types that nothing mentions any more. Lowering already emits only
// what `main` reaches, so this mostly cleans up after inlining and merging.
#include <algorithm>

#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

bool mentionsType(const Instr& in) {
  return in.op == Op::CallIndirect ||
         (opensBlock(in.op) && static_cast<BlockKind>(in.align) == BlockKind::TypeIndex);
}

// Deletes types that no import, function, call_indirect or block mentions.
void pruneTypes(Module& m) {
  std::vector<bool> used(m.types.size(), false);
  for (const Import& imp : m.imports) {
    if (imp.kind == ExternKind::Func)
      used[imp.typeIndex] = true;
  }
  for (const Function& f : m.functions) {
    used[f.typeIndex] = true;
    for (const Instr& in : f.body) {
      if (mentionsType(in))
        used[in.index] = true;
    }
  }
  if (std::find(used.begin(), used.end(), false) == used.end())
    return;
  std::vector<uint32_t> newIndex(m.types.size(), kNone);
  std::vector<FuncType> types;
  for (uint32_t t = 0; t < m.types.size(); ++t) {
    if (!used[t])
      continue;
    newIndex[t] = static_cast<uint32_t>(types.size());
    types.push_back(std::move(m.types[t]));
  }
  m.types = std::move(types);
  for (Import& imp : m.imports) {
    if (imp.kind == ExternKind::Func)
      imp.typeIndex = newIndex[imp.typeIndex];
  }
  for (Function& f : m.functions) {
    f.typeIndex = newIndex[f.typeIndex];
    for (Instr& in : f.body) {
      if (mentionsType(in))
        in.index = newIndex[in.index];
    }
  }
}

}  // namespace

void treeShake(Module& module) {
  std::vector<bool> live = reachableFunctions(module);
  std::vector<uint32_t> newIndex(live.size(), kNone);
  uint32_t next = 0;
  bool removes = false;
  for (uint32_t f = 0; f < live.size(); ++f) {
    if (live[f])
      newIndex[f] = next++;
    else
      removes = true;
  }
  if (removes)
    renumberFunctions(module, newIndex);
  pruneTypes(module);
}

}  // namespace wasmir
