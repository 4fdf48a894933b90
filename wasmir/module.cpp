// Index-space helpers for wasmir::Module and the opcode fact table.
#include "wasmir/module.h"

namespace wasmir {

uint32_t Module::internType(const FuncType& type) {
  for (uint32_t i = 0; i < types.size(); ++i) {
    if (types[i] == type)
      return i;
  }
  types.push_back(type);
  return static_cast<uint32_t>(types.size() - 1);
}

static uint32_t countImports(const std::vector<Import>& imports, ExternKind kind) {
  uint32_t n = 0;
  for (const Import& imp : imports)
    n += imp.kind == kind ? 1 : 0;
  return n;
}

uint32_t Module::importedFunctionCount() const {
  return countImports(imports, ExternKind::Func);
}
uint32_t Module::importedGlobalCount() const {
  return countImports(imports, ExternKind::Global);
}
uint32_t Module::importedMemoryCount() const {
  return countImports(imports, ExternKind::Memory);
}

const FuncType& Module::funcType(uint32_t funcIndex) const {
  uint32_t seen = 0;
  for (const Import& imp : imports) {
    if (imp.kind != ExternKind::Func)
      continue;
    if (seen == funcIndex)
      return types[imp.typeIndex];
    ++seen;
  }
  return types[functions[funcIndex - seen].typeIndex];
}

static const OpInfo kOpInfos[] = {
#define WASMIR_OPCODE(Name, Prefix, Code, Text, ImmKind, Sig) \
  {Prefix, Code, Text, Imm::ImmKind, Sig},
#include "wasmir/opcodes.def"
};

const OpInfo& opInfo(Op op) {
  return kOpInfos[static_cast<size_t>(op)];
}

}  // namespace wasmir
