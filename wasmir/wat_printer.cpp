// Prints a wasmir::Module as WebAssembly text (see wat_printer.h).
//
// Entities are referred to by `$name` when the module gives them a name that
// is a valid WAT identifier and unique in its index space, and by number
// otherwise, so the text always re-assembles to the same indices. Labels are
// printed as relative depths, exactly as stored.
#include "wasmir/wat_printer.h"

#include <cinttypes>
#include <cstdio>
#include <set>
#include <string_view>

#include "wasmir/validator.h"

namespace wasmir {
namespace {

// Identifiers for one index space; an empty entry means "print the index".
struct Names {
  std::vector<std::string> ids;

  std::string ref(uint32_t index) const {
    if (index < ids.size() && !ids[index].empty())
      return ids[index];
    return std::to_string(index);
  }
  // " $name" for a definition, or "" when unnamed.
  std::string def(uint32_t index) const {
    std::string ref = index < ids.size() ? ids[index] : "";
    return ref.empty() ? "" : " " + ref;
  }
};

// Names used while printing instructions; null members print indices.
struct InstrNames {
  const Names* funcs = nullptr;
  const Names* globals = nullptr;
  const Names* memories = nullptr;
  const Names* locals = nullptr;
};

std::string refOrIndex(const Names* names, uint32_t index) {
  return names ? names->ref(index) : std::to_string(index);
}

// The WAT `idchar` set: printable ASCII except space, quotes, parentheses,
// comma, semicolon and brackets.
bool isIdChar(char c) {
  if (c <= ' ' || c >= 0x7F)
    return false;
  return std::string_view("\"(),;[]{}").find(c) == std::string_view::npos;
}

bool isValidId(const std::string& name) {
  if (name.empty())
    return false;
  for (char c : name) {
    if (!isIdChar(c))
      return false;
  }
  return true;
}

// Keeps a candidate name only if it is a valid identifier that no other
// entity of the same index space also wants.
Names makeNames(const std::vector<std::string>& candidates) {
  std::multiset<std::string> seen(candidates.begin(), candidates.end());
  Names names;
  for (const std::string& name : candidates) {
    bool usable = isValidId(name) && seen.count(name) == 1;
    names.ids.push_back(usable ? "$" + name : "");
  }
  return names;
}

std::string hexDigits(uint64_t value, int minDigits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%0*" PRIx64, minDigits, value);
  return buf;
}

// A float in a form wat2wasm reads back bit-exactly: hexadecimal significand
// and binary exponent, `inf`, or `nan:0x<payload>`.
std::string hexFloat(uint64_t bits, int mantBits, int expBits) {
  bool negative = (bits >> (mantBits + expBits)) & 1;
  uint64_t expMax = (uint64_t{1} << expBits) - 1;
  uint64_t exp = (bits >> mantBits) & expMax;
  uint64_t mant = bits & ((uint64_t{1} << mantBits) - 1);
  std::string out = negative ? "-" : "";
  if (exp == expMax) {
    return out + (mant == 0 ? "inf" : "nan:0x" + hexDigits(mant, 1));
  }
  if (exp == 0 && mant == 0)
    return out + "0x0p+0";
  int pad = (4 - mantBits % 4) % 4;  // whole hex digits after the point
  std::string frac = hexDigits(mant << pad, (mantBits + pad) / 4);
  while (!frac.empty() && frac.back() == '0')
    frac.pop_back();
  int64_t bias = (int64_t{1} << (expBits - 1)) - 1;
  int64_t e = exp == 0 ? 1 - bias : static_cast<int64_t>(exp) - bias;
  out += exp == 0 ? "0x0" : "0x1";
  if (!frac.empty())
    out += "." + frac;
  return out + "p" + (e >= 0 ? "+" : "-") + std::to_string(e < 0 ? -e : e);
}

// A WAT string literal; bytes other than printable ASCII become `\xx`.
std::string quote(std::string_view bytes) {
  std::string out = "\"";
  for (char ch : bytes) {
    auto c = static_cast<uint8_t>(ch);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += ch;
    } else {
      out += "\\" + hexDigits(c, 2);
    }
  }
  return out + "\"";
}

std::string quote(const std::vector<uint8_t>& bytes) {
  return quote(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

std::string typeList(const char* keyword, const std::vector<ValType>& types) {
  if (types.empty())
    return "";
  std::string out = std::string(" (") + keyword;
  for (ValType t : types)
    out += " " + valTypeName(t);
  return out + ")";
}

std::string blockTypeText(const Instr& instr) {
  switch (static_cast<BlockKind>(instr.align)) {
    case BlockKind::Empty:
      return "";
    case BlockKind::Value:
      return " (result " + valTypeName(static_cast<ValType>(instr.index)) + ")";
    case BlockKind::TypeIndex:
      return " (type " + std::to_string(instr.index) + ")";
  }
  return " (;invalid block kind " + std::to_string(instr.align) + ";)";
}

std::string memargText(const Instr& instr, const InstrNames& names) {
  std::string out;
  if (instr.index != 0)
    out += " " + refOrIndex(names.memories, instr.index);
  if (instr.value != 0)
    out += " offset=" + std::to_string(instr.value);
  if (instr.align != naturalAlignment(instr.op)) {
    out += " align=" + std::to_string(uint64_t{1} << (instr.align & 63));
  }
  return out;
}

std::string brTableText(const Function& func, const Instr& instr) {
  if (instr.index >= func.brTables.size()) {
    return " (;invalid br_table " + std::to_string(instr.index) + ";)";
  }
  std::string out;
  for (uint32_t depth : func.brTables[instr.index]) {
    out += " " + std::to_string(depth);
  }
  return out;
}

std::string memoryRef(const InstrNames& names, uint32_t index) {
  return index == 0 ? "" : " " + refOrIndex(names.memories, index);
}

std::string immediateText(const Function& func, const Instr& instr, const InstrNames& names) {
  switch (opInfo(instr.op).imm) {
    case Imm::None:
      return "";
    case Imm::BlockType:
      return blockTypeText(instr);
    case Imm::Label:
      return " " + std::to_string(instr.index);
    case Imm::BrTable:
      return brTableText(func, instr);
    case Imm::Func:
      return " " + refOrIndex(names.funcs, instr.index);
    case Imm::CallIndirect:
      return (instr.align != 0 ? " " + std::to_string(instr.align) : "") + " (type " +
             std::to_string(instr.index) + ")";
    case Imm::Local:
      return " " + refOrIndex(names.locals, instr.index);
    case Imm::Global:
      return " " + refOrIndex(names.globals, instr.index);
    case Imm::Memarg:
      return memargText(instr, names);
    case Imm::Memory:
      return memoryRef(names, instr.index);
    case Imm::MemoryCopy:
      if (instr.index == 0 && instr.align == 0)
        return "";
      return " " + refOrIndex(names.memories, instr.index) + " " +
             refOrIndex(names.memories, instr.align);
    case Imm::Table:
      return " " + std::to_string(instr.index);
    case Imm::HeapType:
      return " extern";
    case Imm::I32:
      return " " + std::to_string(static_cast<int32_t>(instr.value));
    case Imm::I64:
      return " " + std::to_string(static_cast<int64_t>(instr.value));
    case Imm::F32:
      return " " + hexFloat(instr.value & 0xFFFFFFFF, 23, 8);
    case Imm::F64:
      return " " + hexFloat(instr.value, 52, 11);
  }
  return "";
}

std::string instrText(const Function& func, const Instr& instr, const InstrNames& names) {
  return opInfo(instr.op).text + immediateText(func, instr, names);
}

std::string limitsText(const Limits& limits) {
  std::string out = std::to_string(limits.min);
  if (limits.max)
    out += " " + std::to_string(*limits.max);
  return out + (limits.shared ? " shared" : "");
}

std::string indexComment(uint32_t index) {
  return " (;" + std::to_string(index) + ";)";
}

// Index-space names of the whole module, imports first.
struct ModuleNames {
  Names funcs, globals, memories;
};

ModuleNames collectNames(const Module& module) {
  std::vector<std::string> funcs, globals, memories;
  for (const Import& imp : module.imports) {
    if (imp.kind == ExternKind::Func)
      funcs.push_back(imp.name);
    if (imp.kind == ExternKind::Global)
      globals.push_back(imp.name);
    if (imp.kind == ExternKind::Memory)
      memories.push_back(imp.name);
  }
  for (const Function& f : module.functions)
    funcs.push_back(f.name);
  for (const Global& g : module.globals)
    globals.push_back(g.name);
  for (const Memory& m : module.memories)
    memories.push_back(m.name);
  return {makeNames(funcs), makeNames(globals), makeNames(memories)};
}

class Printer {
 public:
  explicit Printer(const Module& module) : module_(module), names_(collectNames(module)) {}

  std::string run() {
    out_ = "(module\n";
    printTypes();
    printImports();
    printFunctions();
    printTables();
    printMemories();
    printGlobals();
    printExports();
    printStart();
    printElems();
    printData();
    printCustoms();
    return out_ + ")\n";
  }

 private:
  void line(int depth, const std::string& text) {
    out_.append(2 * depth, ' ');
    out_ += text;
    out_ += '\n';
  }

  InstrNames moduleInstrNames() const {
    return {&names_.funcs, &names_.globals, &names_.memories, nullptr};
  }

  std::string globalType(ValType type, bool isMutable) const {
    return isMutable ? "(mut " + valTypeName(type) + ")" : valTypeName(type);
  }

  void printTypes() {
    for (uint32_t i = 0; i < module_.types.size(); ++i) {
      const FuncType& t = module_.types[i];
      line(1, "(type" + indexComment(i) + " (func" + typeList("param", t.params) +
                  typeList("result", t.results) + "))");
    }
  }

  std::string importDesc(const Import& imp) {
    switch (imp.kind) {
      case ExternKind::Func: {
        uint32_t i = funcCount_++;
        return "(func" + names_.funcs.def(i) + indexComment(i) + " (type " +
               std::to_string(imp.typeIndex) + "))";
      }
      case ExternKind::Table:
        return "(table" + indexComment(tableCount_++) + " " + limitsText(imp.limits) + " " +
               valTypeName(imp.valType) + ")";
      case ExternKind::Memory: {
        uint32_t i = memoryCount_++;
        return "(memory" + names_.memories.def(i) + indexComment(i) + " " + limitsText(imp.limits) +
               ")";
      }
      case ExternKind::Global: {
        uint32_t i = globalCount_++;
        return "(global" + names_.globals.def(i) + indexComment(i) + " " +
               globalType(imp.valType, imp.mutableGlobal) + ")";
      }
    }
    return "(;invalid import kind;)";
  }

  void printImports() {
    for (const Import& imp : module_.imports) {
      line(1, "(import " + quote(imp.module) + " " + quote(imp.name) + " " + importDesc(imp) + ")");
    }
  }

  // Params and locals: named ones one per clause (WAT allows one identifier
  // per clause), runs of unnamed ones grouped.
  std::string declList(const char* keyword,
                       const std::vector<ValType>& types,
                       const Names& names,
                       uint32_t first) {
    std::string out;
    bool groupOpen = false;
    for (uint32_t i = 0; i < types.size(); ++i) {
      std::string id = names.def(first + i);
      if (groupOpen && id.empty()) {
        out.insert(out.size() - 1, " " + valTypeName(types[i]));
        continue;
      }
      out += std::string(" (") + keyword + id + " " + valTypeName(types[i]) + ")";
      groupOpen = id.empty();
    }
    return out;
  }

  void printFunction(const Function& func, uint32_t index) {
    bool typeOk = func.typeIndex < module_.types.size();
    FuncType type = typeOk ? module_.types[func.typeIndex] : FuncType{};
    std::vector<std::string> candidates = func.localNames;
    candidates.resize(type.params.size() + func.locals.size());
    Names locals = makeNames(candidates);
    line(1, "(func" + names_.funcs.def(index) + indexComment(index) + " (type " +
                std::to_string(func.typeIndex) + ")" + declList("param", type.params, locals, 0) +
                typeList("result", type.results));
    if (!func.locals.empty()) {
      line(2, declList("local", func.locals, locals, type.params.size()).substr(1));
    }
    printBody(func, locals);
    line(1, ")");
  }

  void printBody(const Function& func, const Names& locals) {
    InstrNames names = moduleInstrNames();
    names.locals = &locals;
    size_t count = func.body.size();
    if (count > 0 && func.body.back().op == Op::End)
      --count;
    int depth = 2;
    for (size_t i = 0; i < count; ++i) {
      Op op = func.body[i].op;
      if ((op == Op::End || op == Op::Else) && depth > 2)
        --depth;
      line(depth, instrText(func, func.body[i], names));
      if (op == Op::Block || op == Op::Loop || op == Op::If || op == Op::Else) {
        ++depth;
      }
    }
  }

  void printFunctions() {
    uint32_t imported = module_.importedFunctionCount();
    for (uint32_t i = 0; i < module_.functions.size(); ++i) {
      printFunction(module_.functions[i], imported + i);
    }
  }

  void printTables() {
    for (const Table& table : module_.tables) {
      line(1, "(table" + indexComment(tableCount_++) + " " + limitsText(table.limits) + " " +
                  valTypeName(table.elemType) + ")");
    }
  }

  void printMemories() {
    for (const Memory& memory : module_.memories) {
      uint32_t i = memoryCount_++;
      line(1, "(memory" + names_.memories.def(i) + indexComment(i) + " " +
                  limitsText(memory.limits) + ")");
    }
  }

  void printGlobals() {
    static const Function kNoFunction;
    for (const Global& global : module_.globals) {
      uint32_t i = globalCount_++;
      line(1, "(global" + names_.globals.def(i) + indexComment(i) + " " +
                  globalType(global.type, global.isMutable) + " (" +
                  instrText(kNoFunction, global.init, moduleInstrNames()) + "))");
    }
  }

  std::string exportTarget(const Export& exp) {
    switch (exp.kind) {
      case ExternKind::Func:
        return "(func " + names_.funcs.ref(exp.index) + ")";
      case ExternKind::Table:
        return "(table " + std::to_string(exp.index) + ")";
      case ExternKind::Memory:
        return "(memory " + names_.memories.ref(exp.index) + ")";
      case ExternKind::Global:
        return "(global " + names_.globals.ref(exp.index) + ")";
    }
    return "(;invalid export kind;)";
  }

  void printExports() {
    for (const Export& exp : module_.exports) {
      line(1, "(export " + quote(exp.name) + " " + exportTarget(exp) + ")");
    }
  }

  void printStart() {
    if (module_.start)
      line(1, "(start " + names_.funcs.ref(*module_.start) + ")");
  }

  static std::string offsetExpr(uint32_t offset) {
    return "(i32.const " + std::to_string(static_cast<int32_t>(offset)) + ")";
  }

  void printElems() {
    for (uint32_t i = 0; i < module_.elems.size(); ++i) {
      const ElemSegment& seg = module_.elems[i];
      std::string text = "(elem" + indexComment(i);
      if (seg.table != 0)
        text += " (table " + std::to_string(seg.table) + ")";
      text += " " + offsetExpr(seg.offset) + " func";
      for (uint32_t f : seg.funcs)
        text += " " + names_.funcs.ref(f);
      line(1, text + ")");
    }
  }

  void printData() {
    for (uint32_t i = 0; i < module_.data.size(); ++i) {
      const DataSegment& seg = module_.data[i];
      std::string text = "(data" + indexComment(i);
      if (!seg.passive) {
        if (seg.memory != 0) {
          text += " (memory " + names_.memories.ref(seg.memory) + ")";
        }
        text += " " + offsetExpr(seg.offset);
      }
      line(1, text + " " + quote(seg.bytes) + ")");
    }
  }

  // wat2wasm has no syntax for custom sections: note them in comments.
  void printCustoms() {
    for (const CustomSection& custom : module_.customs) {
      line(1, ";; custom section " + quote(custom.name) + ", " +
                  std::to_string(custom.bytes.size()) + " bytes");
    }
  }

  const Module& module_;
  ModuleNames names_;
  std::string out_;
  uint32_t funcCount_ = 0, tableCount_ = 0, memoryCount_ = 0, globalCount_ = 0;
};

}  // namespace

std::string printWat(const Module& module) {
  return Printer(module).run();
}

std::string printInstr(const Function& func, const Instr& instr) {
  return instrText(func, instr, InstrNames{});
}

std::string valTypeName(ValType type) {
  switch (type) {
    case ValType::I32:
      return "i32";
    case ValType::I64:
      return "i64";
    case ValType::F32:
      return "f32";
    case ValType::F64:
      return "f64";
    case ValType::V128:
      return "v128";
    case ValType::FuncRef:
      return "funcref";
    case ValType::ExternRef:
      return "externref";
  }
  return "<invalid 0x" + hexDigits(static_cast<uint8_t>(type), 2) + ">";
}

std::string funcTypeSignature(const FuncType& type) {
  auto list = [](const std::vector<ValType>& types) {
    std::string out = "[";
    for (size_t i = 0; i < types.size(); ++i) {
      out += (i ? " " : "") + valTypeName(types[i]);
    }
    return out + "]";
  };
  return list(type.params) + " -> " + list(type.results);
}

}  // namespace wasmir
