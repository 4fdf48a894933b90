// Encodes a wasmir::Module in the WebAssembly binary format (see encoder.h).
//
// Sections are written in the order the core specification requires. Each
// section's contents go to a temporary Writer first so that its size can be
// written exactly, as a minimal LEB128, before the contents; the same goes for
// function bodies and name subsections. Annotations are recorded relative to
// the Writer that holds them and shifted when a Writer is appended to its
// parent, so they end up with absolute offsets.
#include "wasmir/encoder.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <utility>

#include "wasmir/leb128.h"
#include "wasmir/wat_printer.h"

namespace wasmir {
namespace {

class Writer {
 public:
  explicit Writer(bool annotate) : annotate_(annotate) {}

  bool annotating() const { return annotate_; }
  size_t pos() const { return bytes_.size(); }

  void byte(uint8_t b) { bytes_.push_back(b); }
  void u32(uint32_t v) { writeLebU32(bytes_, v); }
  void u64(uint64_t v) { writeLebU64(bytes_, v); }
  void s32(int32_t v) { writeLebS32(bytes_, v); }
  void s64(int64_t v) { writeLebS64(bytes_, v); }
  void raw(const uint8_t* data, size_t n) { bytes_.insert(bytes_.end(), data, data + n); }
  void name(std::string_view s) {
    u32(static_cast<uint32_t>(s.size()));
    raw(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  }

  // Records that the bytes written since `start` mean describe(). The
  // description is only built when annotating, so plain encoding stays cheap.
  template <typename Describe>
  void note(size_t start, Describe&& describe) {
    if (!annotate_ || pos() <= start)
      return;
    notes_.push_back(
        {static_cast<uint32_t>(start), static_cast<uint32_t>(pos() - start), describe()});
  }

  void append(const Writer& child) {
    auto shift = static_cast<uint32_t>(pos());
    for (const ByteAnnotation& n : child.notes_) {
      notes_.push_back({n.offset + shift, n.size, n.description});
    }
    bytes_.insert(bytes_.end(), child.bytes_.begin(), child.bytes_.end());
  }

  std::vector<uint8_t> takeBytes() { return std::move(bytes_); }
  std::vector<ByteAnnotation> takeNotes() { return std::move(notes_); }

 private:
  bool annotate_;
  std::vector<uint8_t> bytes_;
  std::vector<ByteAnnotation> notes_;
};

std::string str(uint64_t n) {
  return std::to_string(n);
}

// A vector length, annotated as e.g. "3 types".
void count(Writer& w, size_t n, const char* what) {
  size_t at = w.pos();
  w.u32(static_cast<uint32_t>(n));
  w.note(at, [&] { return str(n) + " " + what; });
}

// Writes an id, the exact size of the contents body() produces, then them.
template <typename Body>
void sized(Writer& out, uint8_t id, const std::string& what, Body&& body) {
  Writer content(out.annotating());
  body(content);
  size_t at = out.pos();
  out.byte(id);
  out.u32(static_cast<uint32_t>(content.pos()));
  out.note(at, [&] { return what + " (" + str(content.pos()) + " bytes)"; });
  out.append(content);
}

template <typename Body>
void section(Writer& out, uint8_t id, const std::string& name, Body&& body) {
  sized(out, id, "section: " + name, body);
}

void writeBlockType(Writer& w, const Instr& instr) {
  switch (static_cast<BlockKind>(instr.align)) {
    case BlockKind::Value:
      w.byte(static_cast<uint8_t>(instr.index));
      return;
    case BlockKind::TypeIndex:
      w.s64(instr.index);  // an s33: type indices are non-negative
      return;
    case BlockKind::Empty:
      break;
  }
  w.byte(0x40);
}

void writeBrTable(Writer& w, const Function& func, const Instr& instr) {
  if (instr.index >= func.brTables.size() || func.brTables[instr.index].empty()) {
    w.u32(0);  // invalid; the validator reports it
    w.u32(0);
    return;
  }
  const std::vector<uint32_t>& targets = func.brTables[instr.index];
  w.u32(static_cast<uint32_t>(targets.size() - 1));
  for (uint32_t depth : targets)
    w.u32(depth);
}

// memarg: alignment flags, [memory index if not 0], offset. The 0x40 flag
// says a memory index follows (multi-memory proposal).
void writeMemarg(Writer& w, const Instr& instr) {
  if (instr.index == 0) {
    w.u32(instr.align);
  } else {
    w.u32(instr.align | 0x40);
    w.u32(instr.index);
  }
  w.u64(instr.value);
}

void writeLittleEndian(Writer& w, uint64_t bits, int bytes) {
  for (int i = 0; i < bytes; ++i)
    w.byte((bits >> (8 * i)) & 0xFF);
}

void writeImmediate(Writer& w, const Function& func, const Instr& instr) {
  switch (opInfo(instr.op).imm) {
    case Imm::None:
      return;
    case Imm::BlockType:
      return writeBlockType(w, instr);
    case Imm::BrTable:
      return writeBrTable(w, func, instr);
    case Imm::Label:
    case Imm::Func:
    case Imm::Local:
    case Imm::Global:
    case Imm::Memory:
    case Imm::Table:
      return w.u32(instr.index);
    case Imm::HeapType:
      return w.byte(static_cast<uint8_t>(ValType::ExternRef));
    case Imm::CallIndirect:
    case Imm::MemoryCopy:
      w.u32(instr.index);
      return w.u32(instr.align);
    case Imm::Memarg:
      return writeMemarg(w, instr);
    case Imm::I32:
      return w.s32(static_cast<int32_t>(instr.value));
    case Imm::I64:
      return w.s64(static_cast<int64_t>(instr.value));
    case Imm::F32:
      return writeLittleEndian(w, instr.value, 4);
    case Imm::F64:
      return writeLittleEndian(w, instr.value, 8);
  }
}

void writeInstr(Writer& w, const Function& func, const Instr& instr) {
  size_t at = w.pos();
  const OpInfo& info = opInfo(instr.op);
  if (info.prefix != 0) {
    w.byte(info.prefix);
    w.u32(info.code);
  } else {
    w.byte(static_cast<uint8_t>(info.code));
  }
  writeImmediate(w, func, instr);
  w.note(at, [&] { return printInstr(func, instr); });
}

// A constant expression: one instruction and `end`.
void writeConstExpr(Writer& w, const Instr& instr) {
  static const Function kNoFunction;
  writeInstr(w, kNoFunction, instr);
  writeInstr(w, kNoFunction, Instr{Op::End});
}

Instr i32Const(uint32_t value) {
  Instr instr{Op::I32Const};
  instr.value = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(value)));
  return instr;
}

void writeValTypes(Writer& w, const std::vector<ValType>& types) {
  w.u32(static_cast<uint32_t>(types.size()));
  for (ValType t : types)
    w.byte(static_cast<uint8_t>(t));
}

void writeTypes(Writer& w, const Module& m) {
  count(w, m.types.size(), "types");
  for (uint32_t i = 0; i < m.types.size(); ++i) {
    size_t at = w.pos();
    w.byte(0x60);
    writeValTypes(w, m.types[i].params);
    writeValTypes(w, m.types[i].results);
    w.note(at, [&] { return "type[" + str(i) + "] " + funcTypeSignature(m.types[i]); });
  }
}

std::string limitsText(const Limits& limits) {
  std::string out = "min " + str(limits.min);
  if (limits.max)
    out += " max " + str(*limits.max);
  return out + (limits.shared ? " shared" : "");
}

// Flags: bit 0 = has maximum, bit 1 = shared (threads proposal).
void writeLimits(Writer& w, const Limits& limits) {
  w.byte((limits.max ? 0x01 : 0x00) | (limits.shared ? 0x02 : 0x00));
  w.u32(limits.min);
  if (limits.max)
    w.u32(*limits.max);
}

void writeGlobalType(Writer& w, ValType type, bool isMutable) {
  w.byte(static_cast<uint8_t>(type));
  w.byte(isMutable ? 1 : 0);
}

const char* kindName(ExternKind kind) {
  static const char* const kNames[] = {"func", "table", "memory", "global"};
  auto i = static_cast<size_t>(kind);
  return i < 4 ? kNames[i] : "invalid";
}

std::string importDetail(const Import& imp) {
  switch (imp.kind) {
    case ExternKind::Func:
      return "type " + str(imp.typeIndex);
    case ExternKind::Table:
      return valTypeName(imp.valType) + " " + limitsText(imp.limits);
    case ExternKind::Memory:
      return limitsText(imp.limits);
    case ExternKind::Global:
      return (imp.mutableGlobal ? "mut " : "") + valTypeName(imp.valType);
  }
  return "";
}

void writeImportDesc(Writer& w, const Import& imp) {
  w.byte(static_cast<uint8_t>(imp.kind));
  switch (imp.kind) {
    case ExternKind::Func:
      return w.u32(imp.typeIndex);
    case ExternKind::Table:
      w.byte(static_cast<uint8_t>(imp.valType));
      return writeLimits(w, imp.limits);
    case ExternKind::Memory:
      return writeLimits(w, imp.limits);
    case ExternKind::Global:
      return writeGlobalType(w, imp.valType, imp.mutableGlobal);
  }
}

void writeImports(Writer& w, const Module& m) {
  count(w, m.imports.size(), "imports");
  for (uint32_t i = 0; i < m.imports.size(); ++i) {
    const Import& imp = m.imports[i];
    size_t at = w.pos();
    w.name(imp.module);
    w.name(imp.name);
    writeImportDesc(w, imp);
    w.note(at, [&] {
      return "import[" + str(i) + "] " + kindName(imp.kind) + " \"" + imp.module + "\".\"" +
             imp.name + "\" " + importDetail(imp);
    });
  }
}

void writeFunctionTypes(Writer& w, const Module& m) {
  count(w, m.functions.size(), "functions");
  uint32_t first = m.importedFunctionCount();
  for (uint32_t i = 0; i < m.functions.size(); ++i) {
    size_t at = w.pos();
    w.u32(m.functions[i].typeIndex);
    w.note(at,
           [&] { return "func[" + str(first + i) + "] type " + str(m.functions[i].typeIndex); });
  }
}

uint32_t importCount(const Module& m, ExternKind kind) {
  uint32_t n = 0;
  for (const Import& imp : m.imports)
    n += imp.kind == kind ? 1 : 0;
  return n;
}

void writeTables(Writer& w, const Module& m) {
  count(w, m.tables.size(), "tables");
  uint32_t first = importCount(m, ExternKind::Table);
  for (uint32_t i = 0; i < m.tables.size(); ++i) {
    const Table& table = m.tables[i];
    size_t at = w.pos();
    w.byte(static_cast<uint8_t>(table.elemType));
    writeLimits(w, table.limits);
    w.note(at, [&] {
      return "table[" + str(first + i) + "] " + valTypeName(table.elemType) + " " +
             limitsText(table.limits);
    });
  }
}

void writeMemories(Writer& w, const Module& m) {
  count(w, m.memories.size(), "memories");
  uint32_t first = m.importedMemoryCount();
  for (uint32_t i = 0; i < m.memories.size(); ++i) {
    size_t at = w.pos();
    writeLimits(w, m.memories[i].limits);
    w.note(at,
           [&] { return "memory[" + str(first + i) + "] " + limitsText(m.memories[i].limits); });
  }
}

void writeGlobals(Writer& w, const Module& m) {
  count(w, m.globals.size(), "globals");
  uint32_t first = m.importedGlobalCount();
  for (uint32_t i = 0; i < m.globals.size(); ++i) {
    const Global& g = m.globals[i];
    size_t at = w.pos();
    writeGlobalType(w, g.type, g.isMutable);
    w.note(at, [&] {
      return "global[" + str(first + i) + "] " + (g.isMutable ? "mut " : "") + valTypeName(g.type);
    });
    writeConstExpr(w, g.init);
  }
}

void writeExports(Writer& w, const Module& m) {
  count(w, m.exports.size(), "exports");
  for (const Export& exp : m.exports) {
    size_t at = w.pos();
    w.name(exp.name);
    w.byte(static_cast<uint8_t>(exp.kind));
    w.u32(exp.index);
    w.note(at, [&] {
      return "export \"" + exp.name + "\" " + kindName(exp.kind) + " " + str(exp.index);
    });
  }
}

void writeStart(Writer& w, const Module& m) {
  size_t at = w.pos();
  w.u32(*m.start);
  w.note(at, [&] { return "start func " + str(*m.start); });
}

// Flags 0: active in table 0, funcref indices. Flags 2: the same with an
// explicit table index and element kind.
void writeElem(Writer& w, const ElemSegment& seg, uint32_t i) {
  size_t at = w.pos();
  w.byte(seg.table == 0 ? 0x00 : 0x02);
  if (seg.table != 0)
    w.u32(seg.table);
  w.note(at, [&] { return "elem[" + str(i) + "] active, table " + str(seg.table); });
  writeConstExpr(w, i32Const(seg.offset));
  if (seg.table != 0) {
    at = w.pos();
    w.byte(0x00);
    w.note(at, [] { return std::string("elemkind funcref"); });
  }
  at = w.pos();
  w.u32(static_cast<uint32_t>(seg.funcs.size()));
  for (uint32_t f : seg.funcs)
    w.u32(f);
  w.note(at, [&] {
    std::string text = "elem[" + str(i) + "] " + str(seg.funcs.size()) + " funcs:";
    for (uint32_t f : seg.funcs)
      text += " " + str(f);
    return text;
  });
}

void writeElems(Writer& w, const Module& m) {
  count(w, m.elems.size(), "element segments");
  for (uint32_t i = 0; i < m.elems.size(); ++i)
    writeElem(w, m.elems[i], i);
}

// Runs of equal types, as the code section declares locals.
std::vector<std::pair<uint32_t, ValType>> localGroups(const std::vector<ValType>& locals) {
  std::vector<std::pair<uint32_t, ValType>> groups;
  for (ValType t : locals) {
    if (!groups.empty() && groups.back().second == t) {
      ++groups.back().first;
    } else {
      groups.push_back({1, t});
    }
  }
  return groups;
}

void writeLocals(Writer& w, const std::vector<ValType>& locals) {
  std::vector<std::pair<uint32_t, ValType>> groups = localGroups(locals);
  count(w, groups.size(), "local groups");
  for (const auto& group : groups) {
    size_t at = w.pos();
    w.u32(group.first);
    w.byte(static_cast<uint8_t>(group.second));
    w.note(at, [&] { return "locals: " + str(group.first) + " x " + valTypeName(group.second); });
  }
}

void writeCode(Writer& w, const Module& m) {
  count(w, m.functions.size(), "function bodies");
  uint32_t first = m.importedFunctionCount();
  for (uint32_t i = 0; i < m.functions.size(); ++i) {
    const Function& f = m.functions[i];
    Writer body(w.annotating());
    writeLocals(body, f.locals);
    for (const Instr& instr : f.body)
      writeInstr(body, f, instr);
    size_t at = w.pos();
    w.u32(static_cast<uint32_t>(body.pos()));
    w.note(at, [&] { return "func[" + str(first + i) + "] body size " + str(body.pos()); });
    w.append(body);
  }
}

std::string preview(const std::vector<uint8_t>& bytes) {
  std::string text;
  for (size_t i = 0; i < bytes.size() && i < 32; ++i) {
    uint8_t c = bytes[i];
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      text += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%02x", c);
      text += buf;
    }
  }
  return "\"" + text + (bytes.size() > 32 ? "\"..." : "\"");
}

// Flags 0: active in memory 0; 1: passive; 2: active with a memory index.
void writeDataSegment(Writer& w, const DataSegment& seg, uint32_t i) {
  size_t at = w.pos();
  uint8_t flags = seg.passive ? 0x01 : seg.memory == 0 ? 0x00 : 0x02;
  w.byte(flags);
  if (flags == 0x02)
    w.u32(seg.memory);
  w.note(at, [&] {
    std::string mode = seg.passive ? "passive" : "active, memory " + str(seg.memory);
    return "data[" + str(i) + "] " + mode;
  });
  if (!seg.passive)
    writeConstExpr(w, i32Const(seg.offset));
  at = w.pos();
  w.u32(static_cast<uint32_t>(seg.bytes.size()));
  w.note(at, [&] { return "data[" + str(i) + "] size " + str(seg.bytes.size()); });
  at = w.pos();
  w.raw(seg.bytes.data(), seg.bytes.size());
  w.note(at, [&] { return "data[" + str(i) + "] bytes " + preview(seg.bytes); });
}

void writeData(Writer& w, const Module& m) {
  count(w, m.data.size(), "data segments");
  for (uint32_t i = 0; i < m.data.size(); ++i) {
    writeDataSegment(w, m.data[i], i);
  }
}

void writeNameEntry(Writer& w, uint32_t index, const std::string& name) {
  size_t at = w.pos();
  w.u32(index);
  w.name(name);
  w.note(at, [&] { return "name " + str(index) + " \"" + name + "\""; });
}

// (absolute function index, name) for every named function, imports first.
std::vector<std::pair<uint32_t, const std::string*>> functionNames(const Module& m) {
  std::vector<std::pair<uint32_t, const std::string*>> names;
  uint32_t index = 0;
  for (const Import& imp : m.imports) {
    if (imp.kind != ExternKind::Func)
      continue;
    if (!imp.name.empty())
      names.push_back({index, &imp.name});
    ++index;
  }
  for (const Function& f : m.functions) {
    if (!f.name.empty())
      names.push_back({index, &f.name});
    ++index;
  }
  return names;
}

size_t namedLocalCount(const Function& f) {
  size_t n = 0;
  for (const std::string& name : f.localNames)
    n += name.empty() ? 0 : 1;
  return n;
}

void writeLocalNames(Writer& w, const Module& m) {
  uint32_t first = m.importedFunctionCount();
  size_t functions = 0;
  for (const Function& f : m.functions)
    functions += namedLocalCount(f) ? 1 : 0;
  count(w, functions, "functions with local names");
  for (uint32_t i = 0; i < m.functions.size(); ++i) {
    const Function& f = m.functions[i];
    if (namedLocalCount(f) == 0)
      continue;
    size_t at = w.pos();
    w.u32(first + i);
    w.note(at, [&] { return "locals of func[" + str(first + i) + "]"; });
    count(w, namedLocalCount(f), "local names");
    for (uint32_t l = 0; l < f.localNames.size(); ++l) {
      if (!f.localNames[l].empty())
        writeNameEntry(w, l, f.localNames[l]);
    }
  }
}

bool anyLocalNames(const Module& m) {
  for (const Function& f : m.functions) {
    if (namedLocalCount(f) != 0)
      return true;
  }
  return false;
}

// The `name` custom section: function names (subsection 1) and local names
// (subsection 2). Omitted entirely when nothing has a name.
void writeNameSection(Writer& out, const Module& m) {
  auto funcs = functionNames(m);
  bool locals = anyLocalNames(m);
  if (funcs.empty() && !locals)
    return;
  section(out, 0, "custom \"name\"", [&](Writer& w) {
    size_t at = w.pos();
    w.name("name");
    w.note(at, [] { return std::string("custom section name \"name\""); });
    if (!funcs.empty()) {
      sized(w, 1, "subsection: function names", [&](Writer& sub) {
        count(sub, funcs.size(), "function names");
        for (const auto& [index, name] : funcs)
          writeNameEntry(sub, index, *name);
      });
    }
    if (locals) {
      sized(w, 2, "subsection: local names", [&](Writer& sub) { writeLocalNames(sub, m); });
    }
  });
}

void writeCustom(Writer& out, const CustomSection& custom) {
  section(out, 0, "custom \"" + custom.name + "\"", [&](Writer& w) {
    size_t at = w.pos();
    w.name(custom.name);
    w.note(at, [&] { return "custom section name \"" + custom.name + "\""; });
    at = w.pos();
    w.raw(custom.bytes.data(), custom.bytes.size());
    w.note(at, [&] { return "custom payload " + str(custom.bytes.size()) + " bytes"; });
  });
}

void writeHeader(Writer& w) {
  static const uint8_t kMagic[] = {0x00, 0x61, 0x73, 0x6D};
  static const uint8_t kVersion[] = {0x01, 0x00, 0x00, 0x00};
  w.raw(kMagic, 4);
  w.note(0, [] { return std::string("magic \"\\0asm\""); });
  w.raw(kVersion, 4);
  w.note(4, [] { return std::string("version 1"); });
}

// Calls write(w, m) inside a section with `id` unless the section is empty.
template <typename Write>
void optionalSection(Writer& out,
                     bool present,
                     uint8_t id,
                     const char* name,
                     const Module& m,
                     Write write) {
  if (!present)
    return;
  section(out, id, name, [&](Writer& w) { write(w, m); });
}

}  // namespace

std::vector<uint8_t> encodeModule(const Module& m, ByteAnnotations* annotations) {
  Writer out(annotations != nullptr);
  writeHeader(out);
  optionalSection(out, !m.types.empty(), 1, "type", m, writeTypes);
  optionalSection(out, !m.imports.empty(), 2, "import", m, writeImports);
  optionalSection(out, !m.functions.empty(), 3, "function", m, writeFunctionTypes);
  optionalSection(out, !m.tables.empty(), 4, "table", m, writeTables);
  optionalSection(out, !m.memories.empty(), 5, "memory", m, writeMemories);
  optionalSection(out, !m.globals.empty(), 6, "global", m, writeGlobals);
  optionalSection(out, !m.exports.empty(), 7, "export", m, writeExports);
  optionalSection(out, m.start.has_value(), 8, "start", m, writeStart);
  optionalSection(out, !m.elems.empty(), 9, "element", m, writeElems);
  // No datacount section (12): only memory.init and data.drop need it, and
  // WasmIR has neither.
  optionalSection(out, !m.functions.empty(), 10, "code", m, writeCode);
  optionalSection(out, !m.data.empty(), 11, "data", m, writeData);
  if (m.emitNames)
    writeNameSection(out, m);
  for (const CustomSection& custom : m.customs)
    writeCustom(out, custom);
  if (annotations)
    annotations->entries = out.takeNotes();
  return out.takeBytes();
}

namespace {

constexpr size_t kBytesPerLine = 8;

// One dump line: offset, up to kBytesPerLine bytes, and a comment.
void dumpLine(std::string& out,
              const std::vector<uint8_t>& bytes,
              size_t begin,
              size_t end,
              const std::string& comment) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%06zx:", begin);
  std::string line = buf;
  for (size_t i = begin; i < end; ++i) {
    std::snprintf(buf, sizeof buf, " %02x", bytes[i]);
    line += buf;
  }
  if (!comment.empty()) {
    line.resize(7 + 3 * kBytesPerLine, ' ');
    line += "  ; " + comment;
  }
  out += line + "\n";
}

// Prints [begin, end) in lines of kBytesPerLine; the comment goes on the
// first line.
void dumpRange(std::string& out,
               const std::vector<uint8_t>& bytes,
               size_t begin,
               size_t end,
               const std::string& comment) {
  for (size_t at = begin; at < end; at += kBytesPerLine) {
    size_t stop = std::min(end, at + kBytesPerLine);
    dumpLine(out, bytes, at, stop, at == begin ? comment : "");
  }
}

}  // namespace

std::string dumpAnnotated(const std::vector<uint8_t>& bytes, const ByteAnnotations& annotations) {
  std::string out;
  size_t cursor = 0;
  for (const ByteAnnotation& a : annotations.entries) {
    size_t begin = std::min<size_t>(a.offset, bytes.size());
    size_t end = std::min<size_t>(begin + a.size, bytes.size());
    if (begin > cursor)
      dumpRange(out, bytes, cursor, begin, "(unannotated)");
    begin = std::max(begin, cursor);  // overlapping entries print once
    dumpRange(out, bytes, begin, end, a.description);
    cursor = std::max(cursor, end);
  }
  if (cursor < bytes.size()) {
    dumpRange(out, bytes, cursor, bytes.size(), "(unannotated)");
  }
  return out;
}

}  // namespace wasmir
