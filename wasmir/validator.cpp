// Validates a wasmir::Module (see validator.h).
//
// Function bodies are checked with the algorithm from the appendix of the
// WebAssembly core specification: an operand stack of value types and a
// control stack of frames, where a frame made unreachable (by unreachable, br,
// br_table or return) lets pops below its height yield an unknown type that
// matches anything. Simple instructions are checked against the stack
// signature column of opcodes.def; the rest have a handler here.
#include "wasmir/validator.h"

#include <set>

#include "wasmir/wat_printer.h"

namespace wasmir {
namespace {

// The type of a value that unreachable code pops from an empty frame.
constexpr ValType kUnknown = static_cast<ValType>(0);

bool isValueType(ValType t) {
  switch (t) {
    case ValType::I32:
    case ValType::I64:
    case ValType::F32:
    case ValType::F64:
    case ValType::V128:
    case ValType::FuncRef:
    case ValType::ExternRef:
      return true;
  }
  return false;
}

bool isRefType(ValType t) {
  return t == ValType::FuncRef || t == ValType::ExternRef;
}

std::string typeName(ValType t) {
  return t == kUnknown ? "unknown" : valTypeName(t);
}

std::string typeList(const std::vector<ValType>& types) {
  std::string out = "[";
  for (size_t i = 0; i < types.size(); ++i) {
    out += (i ? " " : "") + typeName(types[i]);
  }
  return out + "]";
}

std::string str(uint64_t n) {
  return std::to_string(n);
}

// The types of every index space, imports first.
struct ModuleIndex {
  std::vector<uint32_t> funcTypes;  // type index of each function
  std::vector<ValType> globalTypes;
  std::vector<bool> globalMutable;
  std::vector<ValType> tableTypes;  // element types
  uint32_t memoryCount = 0;
  uint32_t importedGlobals = 0;
};

ModuleIndex indexModule(const Module& m) {
  ModuleIndex idx;
  for (const Import& imp : m.imports) {
    if (imp.kind == ExternKind::Func)
      idx.funcTypes.push_back(imp.typeIndex);
    if (imp.kind == ExternKind::Table)
      idx.tableTypes.push_back(imp.valType);
    if (imp.kind == ExternKind::Memory)
      ++idx.memoryCount;
    if (imp.kind == ExternKind::Global) {
      idx.globalTypes.push_back(imp.valType);
      idx.globalMutable.push_back(imp.mutableGlobal);
    }
  }
  idx.importedGlobals = static_cast<uint32_t>(idx.globalTypes.size());
  for (const Function& f : m.functions)
    idx.funcTypes.push_back(f.typeIndex);
  for (const Table& t : m.tables)
    idx.tableTypes.push_back(t.elemType);
  idx.memoryCount += static_cast<uint32_t>(m.memories.size());
  for (const Global& g : m.globals) {
    idx.globalTypes.push_back(g.type);
    idx.globalMutable.push_back(g.isMutable);
  }
  return idx;
}

ValType sigType(char c) {
  switch (c) {
    case 'i':
      return ValType::I32;
    case 'l':
      return ValType::I64;
    case 'f':
      return ValType::F32;
    case 'x':
      return ValType::ExternRef;
    default:
      return ValType::F64;
  }
}

// Checks one function body; stops at the first error.
class FunctionValidator {
 public:
  FunctionValidator(const Module& m, const ModuleIndex& idx, const Function& f)
      : m_(m), idx_(idx), f_(f) {}

  bool run() {
    const FuncType& type = m_.types[f_.typeIndex];
    locals_ = type.params;
    locals_.insert(locals_.end(), f_.locals.begin(), f_.locals.end());
    frames_.push_back({Op::Block, {}, type.results, 0, false});
    for (instr_ = 0; instr_ < f_.body.size(); ++instr_) {
      if (frames_.empty()) {
        return fail("instructions after the end of the function body");
      }
      if (!step(f_.body[instr_]))
        return false;
    }
    instr_ = f_.body.empty() ? 0 : static_cast<uint32_t>(f_.body.size() - 1);
    if (f_.body.empty() || f_.body.back().op != Op::End) {
      return fail("function body must end with `end`");
    }
    if (!frames_.empty()) {
      return fail("function body is missing " + str(frames_.size()) + " `end` instruction(s)");
    }
    return true;
  }

  const std::string& error() const { return error_; }
  uint32_t errorInstr() const { return instr_; }

 private:
  struct Frame {
    Op op;
    std::vector<ValType> params, results;
    size_t height;
    bool unreachable;
  };

  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  const char* opText() const { return opInfo(f_.body[instr_].op).text; }

  void push(ValType t) { stack_.push_back(t); }
  void pushAll(const std::vector<ValType>& types) {
    stack_.insert(stack_.end(), types.begin(), types.end());
  }

  // Pops a value of type `expected` (kUnknown: any type) into *found.
  bool pop(ValType expected, ValType* found = nullptr) {
    const Frame& frame = frames_.back();
    if (stack_.size() == frame.height) {
      if (found)
        *found = kUnknown;
      if (frame.unreachable)
        return true;
      std::string want = expected == kUnknown ? "a value" : typeName(expected);
      return fail(std::string("type mismatch in ") + opText() + ": expected " + want +
                  ", found nothing");
    }
    ValType actual = stack_.back();
    stack_.pop_back();
    if (found)
      *found = actual;
    if (expected == kUnknown || actual == kUnknown || actual == expected) {
      return true;
    }
    return fail(std::string("type mismatch in ") + opText() + ": expected " + typeName(expected) +
                ", found " + typeName(actual));
  }

  // Pops `types` (last one first); *popped receives what was on the stack.
  bool popAll(const std::vector<ValType>& types, std::vector<ValType>* popped = nullptr) {
    if (popped)
      popped->assign(types.size(), kUnknown);
    for (size_t i = types.size(); i-- > 0;) {
      if (!pop(types[i], popped ? &(*popped)[i] : nullptr))
        return false;
    }
    return true;
  }

  void markUnreachable() {
    stack_.resize(frames_.back().height);
    frames_.back().unreachable = true;
  }

  // Names the innermost frame, the one an end or else closes.
  const char* frameName(const Frame& frame) const {
    return frames_.size() == 1 ? "function" : opInfo(frame.op).text;
  }

  // The values above the frame's height must be exactly its results; in
  // unreachable code missing values are polymorphic.
  bool checkFrameEnd(const Frame& frame) {
    std::vector<ValType> have(stack_.begin() + frame.height, stack_.end());
    size_t want = frame.results.size();
    bool ok = have.size() == want || (frame.unreachable && have.size() < want);
    for (size_t k = 0; ok && k < have.size(); ++k) {
      ValType expected = frame.results[want - have.size() + k];
      ok = have[k] == kUnknown || have[k] == expected;
    }
    if (ok)
      return true;
    return fail(std::string("type mismatch at end of ") + frameName(frame) + ": expected " +
                typeList(frame.results) + ", found " + typeList(have));
  }

  bool blockType(const Instr& in, FuncType* type) {
    switch (static_cast<BlockKind>(in.align)) {
      case BlockKind::Empty:
        return true;
      case BlockKind::Value:
        if (in.index > 0xFF || !isValueType(static_cast<ValType>(in.index))) {
          return fail(std::string("invalid block type in ") + opText() + ": " + str(in.index) +
                      " is not a value type");
        }
        type->results = {static_cast<ValType>(in.index)};
        return true;
      case BlockKind::TypeIndex:
        if (in.index >= m_.types.size()) {
          return fail(std::string("invalid block type in ") + opText() + ": type index " +
                      str(in.index) + " out of range (" + str(m_.types.size()) + " types)");
        }
        *type = m_.types[in.index];
        return true;
    }
    return fail(std::string("invalid block kind ") + str(in.align) + " in " + opText());
  }

  bool enterBlock(const Instr& in) {
    FuncType type;
    if (!blockType(in, &type))
      return false;
    if (in.op == Op::If && !pop(ValType::I32))
      return false;
    if (!popAll(type.params))
      return false;
    frames_.push_back({in.op, type.params, type.results, stack_.size(), false});
    pushAll(type.params);
    return true;
  }

  bool onElse() {
    Frame& frame = frames_.back();
    if (frames_.size() < 2 || frame.op != Op::If) {
      return fail("else without a matching if");
    }
    if (!checkFrameEnd(frame))
      return false;
    stack_.resize(frame.height);
    frame.op = Op::Else;
    frame.unreachable = false;
    pushAll(frame.params);
    return true;
  }

  bool onEnd() {
    Frame frame = frames_.back();
    if (!checkFrameEnd(frame))
      return false;
    if (frame.op == Op::If && frame.params != frame.results) {
      return fail("type mismatch in if without else: it must produce " + typeList(frame.results) +
                  " from its params " + typeList(frame.params));
    }
    stack_.resize(frame.height);
    frames_.pop_back();
    pushAll(frame.results);
    return true;
  }

  // The frame a branch of relative `depth` targets, or null after an error.
  const Frame* label(uint32_t depth) {
    if (depth >= frames_.size()) {
      fail(std::string(opText()) + " depth " + str(depth) + " out of range (" +
           str(frames_.size()) + " enclosing blocks)");
      return nullptr;
    }
    return &frames_[frames_.size() - 1 - depth];
  }

  static const std::vector<ValType>& labelTypes(const Frame& frame) {
    return frame.op == Op::Loop ? frame.params : frame.results;
  }

  bool onBr(const Instr& in) {
    const Frame* target = label(in.index);
    if (!target || !popAll(labelTypes(*target)))
      return false;
    markUnreachable();
    return true;
  }

  bool onBrIf(const Instr& in) {
    const Frame* target = label(in.index);
    if (!target || !pop(ValType::I32))
      return false;
    std::vector<ValType> types = labelTypes(*target);
    if (!popAll(types))
      return false;
    pushAll(types);
    return true;
  }

  bool onBrTable(const Instr& in) {
    if (in.index >= f_.brTables.size() || f_.brTables[in.index].empty()) {
      return fail("br_table refers to missing target list " + str(in.index));
    }
    const std::vector<uint32_t>& targets = f_.brTables[in.index];
    if (!pop(ValType::I32))
      return false;
    const Frame* fallback = label(targets.back());
    if (!fallback)
      return false;
    std::vector<ValType> defaultTypes = labelTypes(*fallback);
    for (size_t i = 0; i + 1 < targets.size(); ++i) {
      const Frame* target = label(targets[i]);
      if (!target)
        return false;
      std::vector<ValType> types = labelTypes(*target), popped;
      if (types.size() != defaultTypes.size()) {
        return fail("br_table target " + str(targets[i]) + " expects " + typeList(types) +
                    " but the default target expects " + typeList(defaultTypes));
      }
      if (!popAll(types, &popped))
        return false;
      pushAll(popped);
    }
    if (!popAll(defaultTypes))
      return false;
    markUnreachable();
    return true;
  }

  bool applyType(const FuncType& type) {
    if (!popAll(type.params))
      return false;
    pushAll(type.results);
    return true;
  }

  bool onCall(const Instr& in) {
    if (in.index >= idx_.funcTypes.size()) {
      return fail("call to function " + str(in.index) + " out of range (" +
                  str(idx_.funcTypes.size()) + " functions)");
    }
    if (idx_.funcTypes[in.index] >= m_.types.size()) {
      return fail("call to function " + str(in.index) + " whose type is invalid");
    }
    return applyType(m_.types[idx_.funcTypes[in.index]]);
  }

  bool onCallIndirect(const Instr& in) {
    if (in.align >= idx_.tableTypes.size()) {
      return fail("call_indirect uses table " + str(in.align) + " out of range (" +
                  str(idx_.tableTypes.size()) + " tables)");
    }
    if (idx_.tableTypes[in.align] != ValType::FuncRef) {
      return fail("call_indirect needs a funcref table, table " + str(in.align) + " holds " +
                  typeName(idx_.tableTypes[in.align]));
    }
    if (in.index >= m_.types.size()) {
      return fail("call_indirect type index " + str(in.index) + " out of range (" +
                  str(m_.types.size()) + " types)");
    }
    return pop(ValType::I32) && applyType(m_.types[in.index]);
  }

  bool onSelect() {
    ValType a, b;
    if (!pop(ValType::I32) || !pop(kUnknown, &a) || !pop(kUnknown, &b)) {
      return false;
    }
    for (ValType t : {a, b}) {
      if (t != kUnknown && isRefType(t)) {
        return fail("select without a type needs numeric operands, found " + typeName(t));
      }
    }
    if (a != kUnknown && b != kUnknown && a != b) {
      return fail("type mismatch in select: operands are " + typeName(b) + " and " + typeName(a));
    }
    push(a == kUnknown ? b : a);
    return true;
  }

  bool onLocal(const Instr& in) {
    if (in.index >= locals_.size()) {
      return fail(std::string(opText()) + " index " + str(in.index) + " out of range (" +
                  str(locals_.size()) + " params and locals)");
    }
    ValType t = locals_[in.index];
    if (in.op == Op::LocalGet) {
      push(t);
      return true;
    }
    if (!pop(t))
      return false;
    if (in.op == Op::LocalTee)
      push(t);
    return true;
  }

  bool onGlobal(const Instr& in) {
    if (in.index >= idx_.globalTypes.size()) {
      return fail(std::string(opText()) + " index " + str(in.index) + " out of range (" +
                  str(idx_.globalTypes.size()) + " globals)");
    }
    ValType t = idx_.globalTypes[in.index];
    if (in.op == Op::GlobalGet) {
      push(t);
      return true;
    }
    if (!idx_.globalMutable[in.index]) {
      return fail("global.set of immutable global " + str(in.index));
    }
    return pop(t);
  }

  bool checkMemory(uint32_t memory) {
    if (memory < idx_.memoryCount)
      return true;
    return fail(std::string(opText()) + " uses memory " + str(memory) + " out of range (" +
                str(idx_.memoryCount) + " memories)");
  }

  bool checkImmediates(const Instr& in) {
    switch (opInfo(in.op).imm) {
      case Imm::Memarg:
        if (!checkMemory(in.index))
          return false;
        if (in.align > naturalAlignment(in.op)) {
          return fail(std::string("alignment of ") + opText() +
                      " must not be larger than natural: 2^" + str(in.align) + " > 2^" +
                      str(naturalAlignment(in.op)));
        }
        if (opInfo(in.op).prefix == 0xFE && in.align != naturalAlignment(in.op)) {
          return fail(std::string("alignment of ") + opText() + " must be natural (2^" +
                      str(naturalAlignment(in.op)) + ")");
        }
        return true;
      case Imm::Memory:
        return checkMemory(in.index);
      case Imm::MemoryCopy:
        return checkMemory(in.index) && checkMemory(in.align);
      case Imm::Table:
        if (in.index >= idx_.tableTypes.size()) {
          return fail(std::string(opText()) + " uses table " + str(in.index) + " out of range (" +
                      str(idx_.tableTypes.size()) + " tables)");
        }
        if (idx_.tableTypes[in.index] != ValType::ExternRef) {
          return fail(std::string(opText()) + " on table " + str(in.index) + " of " +
                      typeName(idx_.tableTypes[in.index]) +
                      ": WasmIR accesses externref tables only");
        }
        return true;
      default:
        return true;
    }
  }

  // Instructions whose signature column gives their whole stack effect.
  bool onSimple(const Instr& in) {
    std::string_view sig = opInfo(in.op).sig;
    size_t colon = sig.find(':');
    if (colon == std::string_view::npos) {
      return fail(std::string("validator has no rule for ") + opText());
    }
    if (!checkImmediates(in))
      return false;
    for (size_t i = colon; i-- > 0;) {
      if (!pop(sigType(sig[i])))
        return false;
    }
    for (char c : sig.substr(colon + 1))
      push(sigType(c));
    return true;
  }

  bool step(const Instr& in) {
    switch (in.op) {
      case Op::Unreachable:
        markUnreachable();
        return true;
      case Op::Block:
      case Op::Loop:
      case Op::If:
        return enterBlock(in);
      case Op::Else:
        return onElse();
      case Op::End:
        return onEnd();
      case Op::Br:
        return onBr(in);
      case Op::BrIf:
        return onBrIf(in);
      case Op::BrTable:
        return onBrTable(in);
      case Op::Return:
        if (!popAll(m_.types[f_.typeIndex].results))
          return false;
        markUnreachable();
        return true;
      case Op::Call:
        return onCall(in);
      case Op::CallIndirect:
        return onCallIndirect(in);
      case Op::Drop:
        return pop(kUnknown);
      case Op::Select:
        return onSelect();
      case Op::LocalGet:
      case Op::LocalSet:
      case Op::LocalTee:
        return onLocal(in);
      case Op::GlobalGet:
      case Op::GlobalSet:
        return onGlobal(in);
      default:
        return onSimple(in);
    }
  }

  const Module& m_;
  const ModuleIndex& idx_;
  const Function& f_;
  std::vector<ValType> locals_;
  std::vector<ValType> stack_;
  std::vector<Frame> frames_;
  uint32_t instr_ = 0;
  std::string error_;
};

// Module-level rules; function bodies are delegated to FunctionValidator.
class ModuleValidator {
 public:
  explicit ModuleValidator(const Module& m) : m_(m), idx_(indexModule(m)) {}

  std::vector<ValidationError> run() {
    checkTypes();
    checkImports();
    checkTables();
    checkMemories();
    checkGlobals();
    checkExports();
    checkStart();
    checkElems();
    checkData();
    checkFunctions();
    return std::move(errors_);
  }

 private:
  void error(std::string message) { errors_.push_back({kNoIndex, kNoIndex, std::move(message)}); }

  void checkValType(ValType t, const std::string& where) {
    if (!isValueType(t)) {
      error(where + " has invalid value type " + valTypeName(t));
    }
  }

  void checkTypes() {
    for (uint32_t i = 0; i < m_.types.size(); ++i) {
      for (ValType t : m_.types[i].params)
        checkValType(t, "type " + str(i));
      for (ValType t : m_.types[i].results)
        checkValType(t, "type " + str(i));
    }
  }

  void checkTypeIndex(uint32_t index, const std::string& where) {
    if (index >= m_.types.size()) {
      error(where + " uses type index " + str(index) + " out of range (" + str(m_.types.size()) +
            " types)");
    }
  }

  void checkTableType(ValType elem, const Limits& limits, const std::string& where) {
    if (!isRefType(elem)) {
      error(where + " has element type " + typeName(elem) + ", which is not a reference type");
    }
    if (limits.max && limits.min > *limits.max) {
      error(where + " has minimum size larger than its maximum");
    }
    if (limits.shared)
      error(where + " cannot be shared");
  }

  void checkMemoryType(const Limits& limits, const std::string& where) {
    constexpr uint32_t kMaxPages = 65536;
    if (limits.min > kMaxPages || (limits.max && *limits.max > kMaxPages)) {
      error(where + " is larger than 65536 pages (4 GiB)");
    }
    if (limits.max && limits.min > *limits.max) {
      error(where + " has minimum size larger than its maximum");
    }
    if (limits.shared && !limits.max) {
      error(where + " is shared, so it must have a maximum size");
    }
  }

  void checkImports() {
    for (uint32_t i = 0; i < m_.imports.size(); ++i) {
      const Import& imp = m_.imports[i];
      std::string where = "import " + str(i) + " (\"" + imp.module + "\".\"" + imp.name + "\")";
      switch (imp.kind) {
        case ExternKind::Func:
          checkTypeIndex(imp.typeIndex, where);
          break;
        case ExternKind::Table:
          checkTableType(imp.valType, imp.limits, where);
          break;
        case ExternKind::Memory:
          checkMemoryType(imp.limits, where);
          break;
        case ExternKind::Global:
          checkValType(imp.valType, where);
          break;
      }
    }
  }

  void checkTables() {
    uint32_t first = static_cast<uint32_t>(idx_.tableTypes.size() - m_.tables.size());
    for (uint32_t i = 0; i < m_.tables.size(); ++i) {
      checkTableType(m_.tables[i].elemType, m_.tables[i].limits, "table " + str(first + i));
    }
  }

  void checkMemories() {
    uint32_t first = idx_.memoryCount - static_cast<uint32_t>(m_.memories.size());
    for (uint32_t i = 0; i < m_.memories.size(); ++i) {
      checkMemoryType(m_.memories[i].limits, "memory " + str(first + i));
    }
  }

  // The type of a constant initializer, or an error message.
  std::optional<ValType> constType(const Instr& init, std::string* why) {
    switch (init.op) {
      case Op::I32Const:
        return ValType::I32;
      case Op::I64Const:
        return ValType::I64;
      case Op::F32Const:
        return ValType::F32;
      case Op::F64Const:
        return ValType::F64;
      case Op::GlobalGet:
        if (init.index < idx_.importedGlobals && !idx_.globalMutable[init.index]) {
          return idx_.globalTypes[init.index];
        }
        *why =
            "global.get in a constant expression must read an imported "
            "immutable global";
        return std::nullopt;
      default:
        *why = std::string(
                   "initializer must be a constant instruction, "
                   "found ") +
               opInfo(init.op).text;
        return std::nullopt;
    }
  }

  void checkGlobals() {
    for (uint32_t i = 0; i < m_.globals.size(); ++i) {
      const Global& g = m_.globals[i];
      std::string where = "global " + str(idx_.importedGlobals + i);
      checkValType(g.type, where);
      std::string why;
      std::optional<ValType> t = constType(g.init, &why);
      if (!t) {
        error(where + ": " + why);
      } else if (*t != g.type) {
        error(where + " of type " + typeName(g.type) + " has an initializer of type " +
              typeName(*t));
      }
    }
  }

  size_t indexSpaceSize(ExternKind kind) const {
    switch (kind) {
      case ExternKind::Func:
        return idx_.funcTypes.size();
      case ExternKind::Table:
        return idx_.tableTypes.size();
      case ExternKind::Memory:
        return idx_.memoryCount;
      case ExternKind::Global:
        return idx_.globalTypes.size();
    }
    return 0;
  }

  void checkExports() {
    static const char* const kKinds[] = {"function", "table", "memory", "global"};
    std::set<std::string> names;
    for (const Export& exp : m_.exports) {
      if (!names.insert(exp.name).second) {
        error("duplicate export name \"" + exp.name + "\"");
      }
      if (static_cast<size_t>(exp.kind) > 3) {
        error("export \"" + exp.name + "\" has an invalid kind");
      } else if (exp.index >= indexSpaceSize(exp.kind)) {
        error("export \"" + exp.name + "\" refers to " + kKinds[static_cast<size_t>(exp.kind)] +
              " " + str(exp.index) + ", out of range (" + str(indexSpaceSize(exp.kind)) + ")");
      }
    }
  }

  void checkStart() {
    if (!m_.start)
      return;
    uint32_t f = *m_.start;
    if (f >= idx_.funcTypes.size()) {
      error("start function " + str(f) + " out of range (" + str(idx_.funcTypes.size()) +
            " functions)");
      return;
    }
    if (idx_.funcTypes[f] >= m_.types.size())
      return;  // reported elsewhere
    const FuncType& type = m_.types[idx_.funcTypes[f]];
    if (!type.params.empty() || !type.results.empty()) {
      error("start function " + str(f) + " must have type [] -> [], found " +
            funcTypeSignature(type));
    }
  }

  void checkElems() {
    for (uint32_t i = 0; i < m_.elems.size(); ++i) {
      const ElemSegment& seg = m_.elems[i];
      std::string where = "element segment " + str(i);
      if (seg.table >= idx_.tableTypes.size()) {
        error(where + " uses table " + str(seg.table) + " out of range (" +
              str(idx_.tableTypes.size()) + " tables)");
      } else if (idx_.tableTypes[seg.table] != ValType::FuncRef) {
        error(where + " stores functions into a table of " + typeName(idx_.tableTypes[seg.table]));
      }
      for (uint32_t f : seg.funcs) {
        if (f >= idx_.funcTypes.size()) {
          error(where + " refers to function " + str(f) + " out of range (" +
                str(idx_.funcTypes.size()) + " functions)");
        }
      }
    }
  }

  void checkData() {
    for (uint32_t i = 0; i < m_.data.size(); ++i) {
      const DataSegment& seg = m_.data[i];
      if (!seg.passive && seg.memory >= idx_.memoryCount) {
        error("data segment " + str(i) + " uses memory " + str(seg.memory) + " out of range (" +
              str(idx_.memoryCount) + " memories)");
      }
    }
  }

  std::string functionLabel(uint32_t defined) const {
    const std::string& name = m_.functions[defined].name;
    if (!name.empty())
      return "func $" + name;
    return "func " + str(m_.importedFunctionCount() + defined);
  }

  void checkFunction(uint32_t i) {
    const Function& f = m_.functions[i];
    if (f.typeIndex >= m_.types.size()) {
      errors_.push_back({i, kNoIndex,
                         functionLabel(i) + " has type index " + str(f.typeIndex) +
                             " out of range (" + str(m_.types.size()) + " types)"});
      return;
    }
    for (ValType t : f.locals)
      checkValType(t, functionLabel(i) + " local");
    FunctionValidator body(m_, idx_, f);
    if (body.run())
      return;
    errors_.push_back(
        {i, body.errorInstr(),
         body.error() + " (" + functionLabel(i) + ", instr " + str(body.errorInstr()) + ")"});
  }

  void checkFunctions() {
    for (uint32_t i = 0; i < m_.functions.size(); ++i)
      checkFunction(i);
  }

  const Module& m_;
  ModuleIndex idx_;
  std::vector<ValidationError> errors_;
};

}  // namespace

std::vector<ValidationError> validateModule(const Module& module) {
  return ModuleValidator(module).run();
}

uint32_t naturalAlignment(Op op) {
  switch (op) {
    case Op::I32Load8S:
    case Op::I32Load8U:
    case Op::I64Load8S:
    case Op::I64Load8U:
    case Op::I32Store8:
    case Op::I64Store8:
      return 0;
    case Op::I32Load16S:
    case Op::I32Load16U:
    case Op::I64Load16S:
    case Op::I64Load16U:
    case Op::I32Store16:
    case Op::I64Store16:
      return 1;
    case Op::I32Load:
    case Op::F32Load:
    case Op::I64Load32S:
    case Op::I64Load32U:
    case Op::I32Store:
    case Op::F32Store:
    case Op::I64Store32:
    case Op::MemoryAtomicNotify:
    case Op::MemoryAtomicWait32:
    case Op::I32AtomicLoad:
    case Op::I32AtomicStore:
    case Op::I32AtomicRmwAdd:
    case Op::I32AtomicRmwSub:
    case Op::I32AtomicRmwXchg:
    case Op::I32AtomicRmwCmpxchg:
      return 2;
    case Op::I64Load:
    case Op::F64Load:
    case Op::I64Store:
    case Op::F64Store:
      return 3;
    default:
      return 0;
  }
}

}  // namespace wasmir
