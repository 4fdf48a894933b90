// WasmIR: WebAssembly with names.
//
// The compiler's lowering stage builds a wasmir::Module; the validator checks
// it, the WAT printer prints it and the binary encoder turns it into bytes.
// Instructions are kept as flat stack-machine code (block/loop/if/else/end are
// instructions), exactly as the binary format lays them out, so encoding is a
// table lookup per instruction and the printer prints WAT. Every entity is
// addressed by its index in the module's index spaces (typed by usage, not by
// pointers), which keeps modules trivially copyable and deterministic.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wasmir {

enum class Op : uint16_t {
#define WASMIR_OPCODE(Name, Prefix, Code, Text, Imm, Sig) Name,
#include "wasmir/opcodes.def"
};

// What an instruction's immediate fields mean (see Instr).
enum class Imm : uint8_t {
  None,
  BlockType,     // blockKind/index: see BlockKind
  Label,         // index = relative depth
  BrTable,       // index = entry in Function::brTables
  Func,          // index = function index (imports first)
  CallIndirect,  // index = type index, align = table index
  Local,         // index = local index (params first)
  Global,        // index = global index
  Memarg,        // align = log2 alignment, value = offset, index = memory
  Memory,        // index = memory index
  MemoryCopy,    // index = destination memory, align = source memory
  Table,         // index = table index
  HeapType,      // ref.null's type: extern (the only one WasmIR holds)
  I32,           // value = the constant, sign-extended to 64 bits
  I64,           // value = the constant
  F32,           // value = the IEEE-754 bits in the low 32 bits
  F64,           // value = the IEEE-754 bits
};

enum class ValType : uint8_t {
  I32 = 0x7F,
  I64 = 0x7E,
  F32 = 0x7D,
  F64 = 0x7C,
  V128 = 0x7B,
  FuncRef = 0x70,
  ExternRef = 0x6F,
};

// The block type of block/loop/if, carried in Instr::align.
enum class BlockKind : uint8_t {
  Empty = 0,      // no params, no results (0x40)
  Value = 1,      // one result; Instr::index holds the ValType byte
  TypeIndex = 2,  // Instr::index holds a function type index
};

// 16 bytes: a large program lowers to millions of these. `align` holds only
// small numbers (a log2 alignment, a memory or table index, a BlockKind);
// the constructor keeps the (op, index, align, value) order callers write.
struct Instr {
  Op op = Op::Nop;
  uint16_t align = 0;
  uint32_t index = 0;
  uint64_t value = 0;

  Instr() = default;
  // NOLINTNEXTLINE(google-explicit-constructor): `Instr{Op::Drop}` reads as a value
  Instr(Op o, uint32_t idx = 0, uint32_t al = 0, uint64_t v = 0)
      : op(o), align(static_cast<uint16_t>(al)), index(idx), value(v) {}
};
static_assert(sizeof(Instr) == 16);

struct FuncType {
  std::vector<ValType> params;
  std::vector<ValType> results;
  bool operator==(const FuncType& other) const {
    return params == other.params && results == other.results;
  }
};

enum class ExternKind : uint8_t { Func = 0, Table = 1, Memory = 2, Global = 3 };

struct Limits {
  uint32_t min = 0;
  std::optional<uint32_t> max;
  bool shared = false;
};

// An import. Only the field that matches `kind` is meaningful.
struct Import {
  std::string module;
  std::string name;
  ExternKind kind = ExternKind::Func;
  uint32_t typeIndex = 0;          // Func
  Limits limits;                   // Memory, Table
  ValType valType = ValType::I32;  // Global, and the element type of a Table
  bool mutableGlobal = false;      // Global
};

struct Function {
  std::string name;  // for the name section and WAT ($name)
  uint32_t typeIndex = 0;
  std::vector<ValType> locals;                  // declared locals, after the params
  std::vector<std::string> localNames;          // params then locals; may be shorter
  std::vector<Instr> body;                      // ends with Op::End
  std::vector<std::vector<uint32_t>> brTables;  // targets, default last
};

struct Table {
  ValType elemType = ValType::FuncRef;
  Limits limits;
};

struct Memory {
  std::string name;
  Limits limits;
};

struct Global {
  std::string name;
  ValType type = ValType::I32;
  bool isMutable = false;
  Instr init;  // a single constant instruction
};

struct Export {
  std::string name;
  ExternKind kind = ExternKind::Func;
  uint32_t index = 0;
};

// Active element segment into table 0 at a constant offset.
struct ElemSegment {
  uint32_t table = 0;
  uint32_t offset = 0;
  std::vector<uint32_t> funcs;
};

struct DataSegment {
  uint32_t memory = 0;
  uint32_t offset = 0;  // active segments only
  bool passive = false;
  std::vector<uint8_t> bytes;
  // Where each datum the compiler placed (a string, a const's value, a
  // vtable) starts in `bytes`, ascending; it ends where the next starts.
  // Not encoded: the data-shake pass drops the ones no code refers to.
  // Empty: one datum.
  std::vector<uint32_t> itemStarts;
};

struct CustomSection {
  std::string name;
  std::vector<uint8_t> bytes;
};

struct Module {
  std::vector<FuncType> types;
  std::vector<Import> imports;
  std::vector<Function> functions;  // defined functions, after imported ones
  std::vector<Table> tables;
  std::vector<Memory> memories;
  std::vector<Global> globals;
  std::vector<Export> exports;
  std::optional<uint32_t> start;
  std::vector<ElemSegment> elems;
  std::vector<DataSegment> data;
  std::vector<CustomSection> customs;  // emitted after the data section
  bool emitNames = true;               // write the `name` custom section

  // Returns the index of `type`, adding it if it is new.
  uint32_t internType(const FuncType& type);
  uint32_t importedFunctionCount() const;
  uint32_t importedGlobalCount() const;
  uint32_t importedMemoryCount() const;
  // The function type of function `funcIndex` (imports first).
  const FuncType& funcType(uint32_t funcIndex) const;
};

// Table-driven facts about an opcode.
struct OpInfo {
  uint8_t prefix;
  uint32_t code;
  const char* text;
  Imm imm;
  const char* sig;
};
const OpInfo& opInfo(Op op);

}  // namespace wasmir
