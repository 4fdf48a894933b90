// Pass `merge-functions`: generic-instantiation merging.
//
// Monomorphization makes one function per instantiation, and many of them
// lower to exactly the same code (Vec<u32> and Vec<i32>, a generic over two
// structs of the same layout). Functions with the same type, declared locals,
// body and br_table lists are merged into the first of them: calls, exports,
// element segments and the start function are redirected and the copies
// deleted. Redirecting can make callers identical in turn, so it repeats
// until nothing changes. Names play no part: the survivor keeps its own.
#include <map>
#include <string>

#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

void append(std::string& key, uint64_t v) {
  key.append(reinterpret_cast<const char*>(&v), sizeof v);
}

// A byte string equal for two functions exactly when they can be merged.
std::string functionKey(const Function& f) {
  std::string key;
  key.reserve(16 + f.body.size() * 20);
  append(key, f.typeIndex);
  append(key, f.locals.size());
  for (ValType t : f.locals)
    key.push_back(static_cast<char>(t));
  for (const Instr& in : f.body) {
    append(key, static_cast<uint64_t>(in.op) | uint64_t{in.index} << 16);
    append(key, in.align);
    append(key, in.value);
  }
  append(key, f.brTables.size());
  for (const std::vector<uint32_t>& table : f.brTables) {
    append(key, table.size());
    for (uint32_t t : table)
      append(key, t);
  }
  return key;
}

// One round: maps every duplicate to its first copy. False if none found.
bool findDuplicates(const Module& m, std::vector<uint32_t>& target) {
  uint32_t importCount = m.importedFunctionCount();
  target.resize(importCount + m.functions.size());
  for (uint32_t f = 0; f < target.size(); ++f)
    target[f] = f;
  std::map<std::string, uint32_t> first;
  bool found = false;
  for (uint32_t i = 0; i < m.functions.size(); ++i) {
    auto [it, inserted] = first.emplace(functionKey(m.functions[i]), importCount + i);
    if (!inserted) {
      target[importCount + i] = it->second;
      found = true;
    }
  }
  return found;
}

}  // namespace

void mergeFunctions(Module& module) {
  std::vector<uint32_t> target;
  while (findDuplicates(module, target)) {
    for (Function& f : module.functions) {
      for (Instr& in : f.body) {
        if (in.op == Op::Call)
          in.index = target[in.index];
      }
    }
    for (Export& e : module.exports) {
      if (e.kind == ExternKind::Func)
        e.index = target[e.index];
    }
    if (module.start)
      module.start = target[*module.start];
    for (ElemSegment& seg : module.elems) {
      for (uint32_t& fn : seg.funcs)
        fn = target[fn];
    }
    // Survivors keep their order; the copies, now unreferenced, go.
    std::vector<uint32_t> newIndex(target.size(), kNone);
    uint32_t next = 0;
    for (uint32_t f = 0; f < target.size(); ++f) {
      if (target[f] == f)
        newIndex[f] = next++;
    }
    renumberFunctions(module, newIndex);
  }
}

}  // namespace wasmir
