// Shared helpers of the WasmIR passes (see ir_util.h).
#include "wasmir/passes/ir_util.h"

#include <string_view>

namespace wasmir {

bool isControl(Op op) {
  switch (op) {
    case Op::Unreachable:
    case Op::Block:
    case Op::Loop:
    case Op::If:
    case Op::Else:
    case Op::End:
    case Op::Br:
    case Op::BrIf:
    case Op::BrTable:
    case Op::Return:
      return true;
    default:
      return false;
  }
}

bool isNumeric(ValType type) {
  return type == ValType::I32 || type == ValType::I64 || type == ValType::F32 ||
         type == ValType::F64;
}

Instr makeConst(ValType type, uint64_t bits) {
  switch (type) {
    case ValType::I32:
      return Instr{Op::I32Const, 0, 0,
                   static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(bits)))};
    case ValType::I64:
      return Instr{Op::I64Const, 0, 0, bits};
    case ValType::F32:
      return Instr{Op::F32Const, 0, 0, bits & 0xFFFFFFFF};
    default:
      return Instr{Op::F64Const, 0, 0, bits};
  }
}

bool fixedSignature(Op op, std::vector<ValType>& params, std::vector<ValType>& results) {
  params.clear();
  results.clear();
  std::string_view sig = opInfo(op).sig;
  size_t colon = sig.find(':');
  if (colon == std::string_view::npos)
    return false;
  auto type = [](char c) {
    switch (c) {
      case 'l':
        return ValType::I64;
      case 'f':
        return ValType::F32;
      case 'd':
        return ValType::F64;
      default:
        return ValType::I32;
    }
  };
  for (char c : sig.substr(0, colon))
    params.push_back(type(c));
  for (char c : sig.substr(colon + 1))
    results.push_back(type(c));
  return true;
}

void blockSignature(const Module& m,
                    const Instr& opener,
                    std::vector<ValType>& params,
                    std::vector<ValType>& results) {
  params.clear();
  results.clear();
  switch (static_cast<BlockKind>(opener.align)) {
    case BlockKind::Empty:
      break;
    case BlockKind::Value:
      results.push_back(static_cast<ValType>(opener.index));
      break;
    case BlockKind::TypeIndex:
      params = m.types[opener.index].params;
      results = m.types[opener.index].results;
      break;
  }
}

ValType globalType(const Module& m, uint32_t index) {
  for (const Import& imp : m.imports) {
    if (imp.kind != ExternKind::Global)
      continue;
    if (index == 0)
      return imp.valType;
    --index;
  }
  return m.globals[index].type;
}

std::vector<ValType> localTypes(const Module& m, const Function& f) {
  std::vector<ValType> types = m.types[f.typeIndex].params;
  types.insert(types.end(), f.locals.begin(), f.locals.end());
  return types;
}

BodyShape analyzeShape(const Function& f) {
  BodyShape shape;
  size_t n = f.body.size();
  shape.match.assign(n, kNone);
  shape.elseOf.assign(n, kNone);
  std::vector<uint32_t> open;
  for (uint32_t i = 0; i < n; ++i) {
    Op op = f.body[i].op;
    if (opensBlock(op)) {
      open.push_back(i);
    } else if (op == Op::Else && !open.empty()) {
      shape.elseOf[open.back()] = i;
    } else if (op == Op::End) {
      if (open.empty())
        continue;  // the function's own end
      uint32_t opener = open.back();
      open.pop_back();
      shape.match[opener] = i;
      shape.match[i] = opener;
      if (shape.elseOf[opener] != kNone)
        shape.match[shape.elseOf[opener]] = i;
    }
  }
  return shape;
}

std::vector<bool> reachableFunctions(const Module& m) {
  uint32_t importCount = m.importedFunctionCount();
  std::vector<bool> live(importCount + m.functions.size(), false);
  std::vector<uint32_t> work;
  auto mark = [&](uint32_t f) {
    if (f < live.size() && !live[f]) {
      live[f] = true;
      work.push_back(f);
    }
  };
  for (const Export& e : m.exports) {
    if (e.kind == ExternKind::Func)
      mark(e.index);
  }
  if (m.start)
    mark(*m.start);
  for (const ElemSegment& seg : m.elems) {
    for (uint32_t f : seg.funcs)
      mark(f);
  }
  while (!work.empty()) {
    uint32_t f = work.back();
    work.pop_back();
    if (f < importCount)
      continue;
    for (const Instr& in : m.functions[f - importCount].body) {
      if (in.op == Op::Call)
        mark(in.index);
    }
  }
  return live;
}

void renumberFunctions(Module& m, const std::vector<uint32_t>& newIndex) {
  uint32_t importCount = m.importedFunctionCount();
  std::vector<Import> imports;
  uint32_t funcSeen = 0;
  for (Import& imp : m.imports) {
    if (imp.kind == ExternKind::Func && newIndex[funcSeen++] == kNone)
      continue;
    imports.push_back(std::move(imp));
  }
  m.imports = std::move(imports);
  std::vector<Function> functions;
  for (uint32_t i = 0; i < m.functions.size(); ++i) {
    if (newIndex[importCount + i] != kNone)
      functions.push_back(std::move(m.functions[i]));
  }
  m.functions = std::move(functions);
  for (Function& f : m.functions) {
    for (Instr& in : f.body) {
      if (in.op == Op::Call)
        in.index = newIndex[in.index];
    }
  }
  for (Export& e : m.exports) {
    if (e.kind == ExternKind::Func)
      e.index = newIndex[e.index];
  }
  if (m.start)
    m.start = newIndex[*m.start];
  for (ElemSegment& seg : m.elems) {
    for (uint32_t& fn : seg.funcs)
      fn = newIndex[fn];
  }
}

void renumberLocals(Function& f,
                    uint32_t paramCount,
                    const std::vector<uint32_t>& newIndex,
                    std::vector<ValType> declared) {
  for (Instr& in : f.body) {
    if (isLocalAccess(in.op))
      in.index = newIndex[in.index];
  }
  std::vector<std::string> names(paramCount + declared.size());
  for (uint32_t old = 0; old < f.localNames.size() && old < newIndex.size(); ++old) {
    uint32_t to = newIndex[old];
    if (to != kNone && names[to].empty())
      names[to] = f.localNames[old];
  }
  while (!names.empty() && names.back().empty())
    names.pop_back();
  f.localNames = std::move(names);
  f.locals = std::move(declared);
}

void compactBrTables(Function& f) {
  if (f.brTables.empty())
    return;
  std::vector<std::vector<uint32_t>> tables;
  for (Instr& in : f.body) {
    if (in.op != Op::BrTable)
      continue;
    tables.push_back(f.brTables[in.index]);  // copied: entries may be shared
    in.index = static_cast<uint32_t>(tables.size() - 1);
  }
  f.brTables = std::move(tables);
}

}  // namespace wasmir
