// Tests for the binary encoder (wasmir/encoder.h) and the LEB128 writers:
// exact bytes for small modules worked out by hand from the core spec, LEB
// edge cases, the byte annotations, and wabt's `wasm-validate` accepting the
// encoding of a module that uses most of what WasmIR can express.
#include "wasmir/encoder.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "wasmir/leb128.h"
#include "wasmir/validator.h"

namespace wasmir {
namespace {

using Bytes = std::vector<uint8_t>;

Instr op(Op o, uint32_t index = 0) {
  Instr in{o};
  in.index = index;
  return in;
}

Instr i32(int32_t v) {
  Instr in{Op::I32Const};
  in.value = static_cast<uint64_t>(static_cast<int64_t>(v));
  return in;
}

Instr i64(int64_t v) {
  Instr in{Op::I64Const};
  in.value = static_cast<uint64_t>(v);
  return in;
}

Instr f32(float v) {
  uint32_t bits;
  std::memcpy(&bits, &v, 4);
  Instr in{Op::F32Const};
  in.value = bits;
  return in;
}

Instr f64(double v) {
  Instr in{Op::F64Const};
  std::memcpy(&in.value, &v, 8);
  return in;
}

Instr block(Op o, BlockKind kind, uint32_t index = 0) {
  Instr in{o};
  in.align = static_cast<uint32_t>(kind);
  in.index = index;
  return in;
}

Instr valueBlock(Op o, ValType t) {
  return block(o, BlockKind::Value, static_cast<uint32_t>(t));
}

Instr mem(Op o, uint64_t offset, uint32_t alignLog2, uint32_t memory = 0) {
  Instr in{o};
  in.value = offset;
  in.align = alignLog2;
  in.index = memory;
  return in;
}

Limits limits(uint32_t min, std::optional<uint32_t> max = std::nullopt, bool shared = false) {
  Limits l;
  l.min = min;
  l.max = max;
  l.shared = shared;
  return l;
}

Import makeImport(const char* module, const char* name, ExternKind kind, uint32_t typeIndex = 0) {
  Import imp;
  imp.module = module;
  imp.name = name;
  imp.kind = kind;
  imp.typeIndex = typeIndex;
  return imp;
}

Function function(const char* name,
                  uint32_t type,
                  std::vector<ValType> locals = {},
                  std::vector<std::string> localNames = {}) {
  Function f;
  f.name = name;
  f.typeIndex = type;
  f.locals = std::move(locals);
  f.localNames = std::move(localNames);
  return f;
}

Bytes header() {
  return {0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00};
}

Bytes concat(Bytes a, const Bytes& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// (module (func (result i32) i32.const 42) (export "f" (func 0)))
Module constModule() {
  Module m;
  uint32_t t = m.internType({{}, {ValType::I32}});
  Function f;
  f.typeIndex = t;
  f.body = {i32(42), op(Op::End)};
  m.functions.push_back(f);
  m.exports.push_back({"f", ExternKind::Func, 0});
  return m;
}

TEST(wasmirLeb128, UnsignedEdgeCases) {
  auto u32 = [](uint32_t v) {
    Bytes out;
    writeLebU32(out, v);
    return out;
  };
  EXPECT_EQ(u32(0), (Bytes{0x00}));
  EXPECT_EQ(u32(63), (Bytes{0x3F}));
  EXPECT_EQ(u32(64), (Bytes{0x40}));
  EXPECT_EQ(u32(127), (Bytes{0x7F}));
  EXPECT_EQ(u32(128), (Bytes{0x80, 0x01}));
  EXPECT_EQ(u32(624485), (Bytes{0xE5, 0x8E, 0x26}));
  EXPECT_EQ(u32(UINT32_MAX), (Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0x0F}));
  Bytes out;
  EXPECT_EQ(writeLebU64(out, UINT64_MAX), 10u);
  EXPECT_EQ(out, (Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01}));
}

TEST(wasmirLeb128, SignedEdgeCases) {
  auto s32 = [](int32_t v) {
    Bytes out;
    writeLebS32(out, v);
    return out;
  };
  auto s64 = [](int64_t v) {
    Bytes out;
    writeLebS64(out, v);
    return out;
  };
  EXPECT_EQ(s32(0), (Bytes{0x00}));
  EXPECT_EQ(s32(63), (Bytes{0x3F}));
  EXPECT_EQ(s32(64), (Bytes{0xC0, 0x00}));  // bit 6 would read as the sign
  EXPECT_EQ(s32(127), (Bytes{0xFF, 0x00}));
  EXPECT_EQ(s32(128), (Bytes{0x80, 0x01}));
  EXPECT_EQ(s32(-1), (Bytes{0x7F}));
  EXPECT_EQ(s32(-64), (Bytes{0x40}));
  EXPECT_EQ(s32(-65), (Bytes{0xBF, 0x7F}));
  EXPECT_EQ(s32(-123456), (Bytes{0xC0, 0xBB, 0x78}));
  EXPECT_EQ(s32(INT32_MAX), (Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0x07}));
  EXPECT_EQ(s32(INT32_MIN), (Bytes{0x80, 0x80, 0x80, 0x80, 0x78}));
  EXPECT_EQ(s64(INT64_MIN), (Bytes{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F}));
  EXPECT_EQ(s64(INT64_MAX), (Bytes{0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x00}));
  EXPECT_EQ(s64(int64_t{1} << 32), (Bytes{0x80, 0x80, 0x80, 0x80, 0x10}));
}

TEST(wasmirEncoder, EmptyModuleIsJustTheHeader) {
  EXPECT_EQ(encodeModule(Module{}), header());
}

TEST(wasmirEncoder, ExportedConstantFunction) {
  Bytes expected =
      concat(header(), {
                           0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7F,  // type: [] -> [i32]
                           0x03, 0x02, 0x01, 0x00,                    // function: type 0
                           0x07, 0x05, 0x01, 0x01, 'f',  0x00, 0x00,  // export "f" func 0
                           0x0A, 0x06, 0x01, 0x04, 0x00,              // code: 1 body, 4 bytes
                           0x41, 0x2A, 0x0B,                          // i32.const 42, end
                       });
  EXPECT_EQ(encodeModule(constModule()), expected);
}

TEST(wasmirEncoder, NameSectionHasFunctionAndLocalNames) {
  Module m = constModule();
  m.types[0].params = {ValType::I32};
  m.functions[0].name = "main";
  m.functions[0].localNames = {"x"};
  Bytes names = {
      0x00, 0x16,                                     // custom section, 22 bytes
      0x04, 'n',  'a',  'm',  'e',                    // "name"
      0x01, 0x07, 0x01, 0x00,                         // function names: 1 entry
      0x04, 'm',  'a',  'i',  'n',                    //   0 -> "main"
      0x02, 0x06, 0x01, 0x00, 0x01, 0x00, 0x01, 'x',  // locals: 0 -> {0: x}
  };
  Bytes bytes = encodeModule(m);
  ASSERT_GE(bytes.size(), names.size());
  EXPECT_EQ(Bytes(bytes.end() - names.size(), bytes.end()), names);
  m.emitNames = false;
  EXPECT_EQ(encodeModule(m).size(), bytes.size() - names.size());
}

TEST(wasmirEncoder, ImportedFunctionsAreNamedByTheirField) {
  Module m;
  m.imports.push_back(makeImport("env", "log", ExternKind::Func, m.internType({})));
  Bytes bytes = encodeModule(m);
  Bytes names = {0x00, 0x0D, 0x04, 'n', 'a', 'm', 'e', 0x01, 0x06, 0x01, 0x00, 0x03, 'l', 'o', 'g'};
  EXPECT_EQ(Bytes(bytes.end() - names.size(), bytes.end()), names);
}

TEST(wasmirEncoder, ConsecutiveLocalsOfOneTypeAreGrouped) {
  Module m = constModule();
  m.functions[0].locals = {ValType::I32, ValType::I32, ValType::I64, ValType::I32};
  Bytes code = {0x0A, 0x0C, 0x01, 0x0A,                    // code section, one 10-byte body
                0x03, 0x02, 0x7F, 0x01, 0x7E, 0x01, 0x7F,  // 3 groups
                0x41, 0x2A, 0x0B};
  Bytes bytes = encodeModule(m);
  EXPECT_EQ(Bytes(bytes.end() - code.size(), bytes.end()), code);
}

// Reads an unsigned LEB128 at `at`; *next receives the offset after it.
size_t readLeb(const Bytes& bytes, size_t at, size_t* next) {
  size_t value = 0;
  for (int shift = 0;; shift += 7) {
    uint8_t b = bytes[at++];
    value |= size_t{b & 0x7Fu} << shift;
    if (!(b & 0x80))
      break;
  }
  *next = at;
  return value;
}

// The instructions of a module whose only function is `body` ([] -> []).
Bytes encodeBody(std::vector<Instr> body, int memories = 0) {
  Module m;
  Function f;
  f.typeIndex = m.internType({});
  f.body = std::move(body);
  f.body.push_back(op(Op::End));
  m.functions.push_back(f);
  for (int i = 0; i < memories; ++i)
    m.memories.push_back({"", limits(1)});
  m.emitNames = false;
  Bytes bytes = encodeModule(m);
  // Skip to the code section, then its count, body size and local count.
  size_t at = 8;
  while (bytes[at] != 0x0A) {
    size_t size = readLeb(bytes, at + 1, &at);
    at += size;
  }
  readLeb(bytes, at + 1, &at);
  readLeb(bytes, at, &at);
  readLeb(bytes, at, &at);
  readLeb(bytes, at, &at);
  return Bytes(bytes.begin() + at, bytes.end() - 1);  // without the last end
}

TEST(wasmirEncoder, Immediates) {
  EXPECT_EQ(encodeBody({i32(0), mem(Op::I32Load, 16, 2), op(Op::Drop)}, 1),
            (Bytes{0x41, 0x00, 0x28, 0x02, 0x10, 0x1A}));
  // Memory 1: alignment flags carry 0x40 and the memory index follows.
  EXPECT_EQ(encodeBody({i32(0), mem(Op::I64Load8U, 4, 0, 1), op(Op::Drop)}, 2),
            (Bytes{0x41, 0x00, 0x31, 0x40, 0x01, 0x04, 0x1A}));
  EXPECT_EQ(encodeBody({f32(1.5f), op(Op::Drop)}), (Bytes{0x43, 0x00, 0x00, 0xC0, 0x3F, 0x1A}));
  EXPECT_EQ(encodeBody({f64(-2.0), op(Op::Drop)}),
            (Bytes{0x44, 0, 0, 0, 0, 0, 0, 0x00, 0xC0, 0x1A}));
  EXPECT_EQ(encodeBody({i64(INT64_MIN), op(Op::Drop)}),
            (Bytes{0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F, 0x1A}));
  Instr copy = op(Op::MemoryCopy, 1);
  copy.align = 0;
  EXPECT_EQ(encodeBody({i32(0), i32(0), i32(0), copy, i32(0), i32(0), i32(0), op(Op::MemoryFill, 1),
                        op(Op::MemorySize, 1), op(Op::Drop)},
                       2),
            (Bytes{0x41, 0,    0x41, 0,    0x41, 0,    0xFC, 0x0A, 0x01, 0x00, 0x41,
                   0,    0x41, 0,    0x41, 0,    0xFC, 0x0B, 0x01, 0x3F, 0x01, 0x1A}));
  Instr sat{Op::I32TruncSatF64U};
  EXPECT_EQ(encodeBody({f64(0), sat, op(Op::Drop)}),
            (Bytes{0x44, 0, 0, 0, 0, 0, 0, 0, 0, 0xFC, 0x03, 0x1A}));
}

// The threads opcodes: prefix 0xFE, the sub-opcode, then a memarg.
TEST(wasmirEncoder, AtomicOpcodes) {
  EXPECT_EQ(encodeBody({i32(0), mem(Op::I32AtomicLoad, 8, 2), op(Op::Drop)}, 1),
            (Bytes{0x41, 0x00, 0xFE, 0x10, 0x02, 0x08, 0x1A}));
  EXPECT_EQ(
      encodeBody({i32(0), i32(0), i32(1), mem(Op::I32AtomicRmwCmpxchg, 0, 2), op(Op::Drop)}, 1),
      (Bytes{0x41, 0x00, 0x41, 0x00, 0x41, 0x01, 0xFE, 0x48, 0x02, 0x00, 0x1A}));
  EXPECT_EQ(encodeBody({i32(0), i32(1), mem(Op::MemoryAtomicNotify, 0, 2), op(Op::Drop)}, 1),
            (Bytes{0x41, 0x00, 0x41, 0x01, 0xFE, 0x00, 0x02, 0x00, 0x1A}));
}

// The reference table's instructions: table.get/set take a table index,
// table.grow/size are 0xFC 15/16 with one, ref.null names its heap type.
TEST(wasmirEncoder, TableOpcodes) {
  EXPECT_EQ(encodeBody({i32(0), op(Op::TableGet, 1), op(Op::Drop)}),
            (Bytes{0x41, 0x00, 0x25, 0x01, 0x1A}));
  EXPECT_EQ(encodeBody({i32(0), op(Op::RefNull), op(Op::TableSet, 1)}),
            (Bytes{0x41, 0x00, 0xD0, 0x6F, 0x26, 0x01}));
  EXPECT_EQ(encodeBody({op(Op::RefNull), i32(1), op(Op::TableGrow, 1), op(Op::TableSize, 1),
                        op(Op::Drop), op(Op::Drop)}),
            (Bytes{0xD0, 0x6F, 0x41, 0x01, 0xFC, 0x0F, 0x01, 0xFC, 0x10, 0x01, 0x1A, 0x1A}));
}

// A shared memory import: limits flags 0x03 (a maximum, shared).
TEST(wasmirEncoder, SharedMemoryImport) {
  Module m;
  Import imp = makeImport("env", "memory", ExternKind::Memory);
  imp.limits = limits(2, 16384, true);
  m.imports.push_back(imp);
  m.exports.push_back({"memory", ExternKind::Memory, 0});
  m.emitNames = false;
  Bytes bytes = encodeModule(m);
  Bytes entry = {'e', 'n', 'v',  6,    'm',  'e',  'm',  'o',
                 'r', 'y', 0x02, 0x03, 0x02, 0x80, 0x80, 0x01};
  EXPECT_NE(std::search(bytes.begin(), bytes.end(), entry.begin(), entry.end()), bytes.end());
}

TEST(wasmirEncoder, BlockTypes) {
  EXPECT_EQ(encodeBody({block(Op::Block, BlockKind::Empty), op(Op::End)}),
            (Bytes{0x02, 0x40, 0x0B}));
  EXPECT_EQ(encodeBody({valueBlock(Op::Loop, ValType::F64), f64(0), op(Op::End), op(Op::Drop)}),
            (Bytes{0x03, 0x7C, 0x44, 0, 0, 0, 0, 0, 0, 0, 0, 0x0B, 0x1A}));
  // Type index 64 needs two bytes as an s33.
  Bytes bytes = encodeBody({block(Op::Block, BlockKind::TypeIndex, 64)});
  EXPECT_EQ(Bytes(bytes.begin(), bytes.begin() + 3), (Bytes{0x02, 0xC0, 0x00}));
}

TEST(wasmirEncoder, BrTableWritesTargetsThenDefault) {
  Module m;
  Function f;
  f.typeIndex = m.internType({});
  f.brTables = {{0, 1, 2}};
  f.body = {i32(0), op(Op::BrTable, 0), op(Op::End)};
  m.functions.push_back(f);
  Bytes bytes = encodeModule(m);
  Bytes tail = {0x41, 0x00, 0x0E, 0x02, 0x00, 0x01, 0x02, 0x0B};
  EXPECT_EQ(Bytes(bytes.end() - tail.size(), bytes.end()), tail);
}

TEST(wasmirEncoder, SegmentFlagsAndLimits) {
  Module m;
  m.memories.push_back({"", limits(1, 2)});
  m.memories.push_back({"", limits(1, 4, true)});
  m.data.push_back({0, 8, false, {'a'}});
  m.data.push_back({1, 0, false, {'b'}});
  m.data.push_back({0, 0, true, {'c'}});
  Bytes expected =
      concat(header(), {
                           0x05, 0x07, 0x02, 0x01, 0x01, 0x02, 0x03, 0x01, 0x04,  // memories
                           0x0B, 0x11, 0x03,                                      // data: 3
                           0x00, 0x41, 0x08, 0x0B, 0x01, 'a',                     // memory 0
                           0x02, 0x01, 0x41, 0x00, 0x0B, 0x01, 'b',               // memory 1
                           0x01, 0x01, 'c',                                       // passive
                       });
  EXPECT_EQ(encodeModule(m), expected);
}

TEST(wasmirEncoder, ElementSegments) {
  Module m = constModule();
  m.tables.push_back({ValType::FuncRef, limits(1)});
  m.tables.push_back({ValType::FuncRef, limits(1, 1)});
  m.elems.push_back({0, 0, {0}});
  m.elems.push_back({1, 0, {0}});
  Bytes bytes = encodeModule(m);
  Bytes tables = {0x04, 0x08, 0x02, 0x70, 0x00, 0x01, 0x70, 0x01, 0x01, 0x01};
  Bytes elems = {0x09, 0x0F, 0x02, 0x00, 0x41, 0x00, 0x0B, 0x01,
                 0x00,                                             // table 0
                 0x02, 0x01, 0x41, 0x00, 0x0B, 0x00, 0x01, 0x00};  // table 1
  EXPECT_NE(std::search(bytes.begin(), bytes.end(), tables.begin(), tables.end()), bytes.end());
  EXPECT_NE(std::search(bytes.begin(), bytes.end(), elems.begin(), elems.end()), bytes.end());
}

TEST(wasmirEncoder, CustomSectionsComeLastInOrder) {
  Module m;
  m.customs.push_back({"a", {1, 2}});
  m.customs.push_back({"sourceMappingURL", {}});
  Bytes expected = concat(header(), {0x00, 0x04, 0x01, 'a', 0x01, 0x02, 0x00, 0x11, 0x10});
  for (char c : std::string("sourceMappingURL"))
    expected.push_back(c);
  EXPECT_EQ(encodeModule(m), expected);
}

// A module that uses memory, globals, imports, loops, br_table, if/else with
// a result, call_indirect through a table filled by an element segment, data
// segments, block types with several results and with params.
Module richModule() {
  Module m;
  uint32_t unary = m.internType({{ValType::I32}, {ValType::I32}});
  uint32_t binary = m.internType({{ValType::I32, ValType::I32}, {ValType::I32}});
  uint32_t none = m.internType({});
  uint32_t pair = m.internType({{}, {ValType::I32, ValType::I64}});
  uint32_t dup = m.internType({{ValType::I32}, {ValType::I32, ValType::I32}});
  uint32_t sink = m.internType({{ValType::I32}, {}});
  m.imports.push_back(makeImport("env", "log", ExternKind::Func, sink));
  m.imports.push_back(makeImport("env", "base", ExternKind::Global));

  Function add = function("add", binary, {}, {"a", "b"});
  add.body = {op(Op::LocalGet, 0), op(Op::LocalGet, 1), op(Op::I32Add), op(Op::End)};
  Function sub = function("sub", binary);
  sub.body = {op(Op::LocalGet, 0), op(Op::LocalGet, 1), op(Op::I32Sub), op(Op::End)};
  Function main = function("main", unary, {ValType::I32, ValType::I32, ValType::I64, ValType::F64},
                           {"n", "acc", "i"});
  main.brTables = {{0, 1, 2}};
  Instr callInd = op(Op::CallIndirect, binary);
  main.body = {
      // Sum n words of memory.
      block(Op::Block, BlockKind::Empty),
      block(Op::Loop, BlockKind::Empty),
      op(Op::LocalGet, 2),
      op(Op::LocalGet, 0),
      op(Op::I32GeS),
      op(Op::BrIf, 1),
      op(Op::LocalGet, 1),
      op(Op::LocalGet, 2),
      i32(4),
      op(Op::I32Mul),
      mem(Op::I32Load, 16, 2),
      op(Op::I32Add),
      op(Op::LocalSet, 1),
      op(Op::LocalGet, 2),
      i32(1),
      op(Op::I32Add),
      op(Op::LocalSet, 2),
      op(Op::Br, 0),
      op(Op::End),
      op(Op::End),
      // if/else with a result as the address of a store.
      op(Op::LocalGet, 1),
      i32(10),
      op(Op::I32GtS),
      valueBlock(Op::If, ValType::I32),
      i32(1),
      op(Op::Else),
      i32(2),
      op(Op::End),
      op(Op::LocalGet, 1),
      mem(Op::I32Store8, 100, 0),
      // br_table out of three nested blocks.
      block(Op::Block, BlockKind::Empty),
      block(Op::Block, BlockKind::Empty),
      block(Op::Block, BlockKind::Empty),
      op(Op::LocalGet, 0),
      op(Op::BrTable, 0),
      op(Op::End),
      i32(7),
      op(Op::GlobalSet, 1),
      op(Op::End),
      op(Op::End),
      // call_indirect through table slot 1 ($sub).
      i32(3),
      i32(4),
      i32(1),
      callInd,
      op(Op::Call, 0),
      // Multi-value block type and a block with a param.
      block(Op::Block, BlockKind::TypeIndex, pair),
      i32(1),
      i64(-5),
      op(Op::End),
      op(Op::LocalSet, 3),
      op(Op::Drop),
      i32(9),
      block(Op::Block, BlockKind::TypeIndex, dup),
      i32(2),
      op(Op::End),
      op(Op::I32Add),
      op(Op::Drop),
      // Floats, memory instructions, conversions, select.
      f64(1.5),
      f64(-0.0),
      op(Op::F64Add),
      op(Op::LocalTee, 4),
      op(Op::I32TruncSatF64S),
      op(Op::Drop),
      op(Op::MemorySize),
      op(Op::Drop),
      i32(1),
      op(Op::MemoryGrow),
      op(Op::Drop),
      i32(0),
      i32(16),
      i32(4),
      op(Op::MemoryCopy),
      i32(0),
      i32(0),
      i32(8),
      op(Op::MemoryFill),
      i32(0),
      op(Op::LocalGet, 3),
      mem(Op::I64Store32, 0, 1),
      i32(1),
      i32(2),
      op(Op::LocalGet, 0),
      op(Op::Select),
      op(Op::Drop),
      op(Op::GlobalGet, 2),
      op(Op::LocalGet, 1),
      op(Op::I32Add),
      op(Op::End),
  };
  Function init = function("init", none);
  init.body = {op(Op::Nop), op(Op::End)};
  m.functions = {add, sub, main, init};
  m.tables.push_back({ValType::FuncRef, limits(2, 2)});
  m.memories.push_back({"mem", limits(1, 2)});
  m.globals.push_back({"g", ValType::I32, true, i32(0)});
  m.globals.push_back({"k", ValType::I32, false, op(Op::GlobalGet, 0)});
  m.globals.push_back({"h", ValType::I64, false, i64(1)});
  m.exports = {{"main", ExternKind::Func, 3},
               {"memory", ExternKind::Memory, 0},
               {"g", ExternKind::Global, 1}};
  m.start = 4;
  m.elems.push_back({0, 0, {1, 2}});
  m.data.push_back({0, 16, false, {1, 0, 0, 0, 2, 0, 0, 0}});
  m.data.push_back({0, 0, true, {'h', 'i', '\n'}});
  return m;
}

// Writes `bytes` to a fresh file and returns its path.
std::filesystem::path writeTemp(const Bytes& bytes, const char* name) {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("wasmir_encoder_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  return path;
}

// Runs a shell command; returns its exit status and output.
std::pair<int, std::string> run(const std::string& command) {
  std::string output;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe)
    return {-1, "popen failed"};
  std::array<char, 256> buf;
  while (size_t n = fread(buf.data(), 1, buf.size(), pipe)) {
    output.append(buf.data(), n);
  }
  return {pclose(pipe), output};
}

void expectWasmValidateAccepts(const Module& m, const std::string& flags) {
  if (!std::filesystem::exists("/usr/bin/wasm-validate")) {
    GTEST_SKIP() << "wabt's wasm-validate is not installed";
  }
  auto path = writeTemp(encodeModule(m), "module.wasm");
  auto [status, output] = run("/usr/bin/wasm-validate " + flags + " " + path.string());
  EXPECT_EQ(status, 0) << output;
  std::filesystem::remove_all(path.parent_path());
}

TEST(wasmirEncoder, WasmValidateAcceptsRichModule) {
  Module m = richModule();
  EXPECT_TRUE(validateModule(m).empty());
  expectWasmValidateAccepts(m, "");
}

TEST(wasmirEncoder, WasmValidateAcceptsMultiMemoryAndSharedMemory) {
  Module m;
  Function f;
  f.typeIndex = m.internType({});
  Instr copy = op(Op::MemoryCopy, 1);
  copy.align = 0;
  f.body = {i32(0),
            i32(0),
            mem(Op::I32Store, 4, 2, 1),
            i32(0),
            mem(Op::F64Load, 8, 3, 1),
            op(Op::Drop),
            i32(0),
            i32(0),
            i32(4),
            copy,
            op(Op::MemorySize, 1),
            op(Op::MemoryGrow, 1),
            op(Op::Drop),
            op(Op::End)};
  m.functions.push_back(f);
  m.memories.push_back({"a", limits(1, 1, true)});
  m.memories.push_back({"b", limits(1)});
  m.data.push_back({1, 0, false, {'x'}});
  EXPECT_TRUE(validateModule(m).empty());
  expectWasmValidateAccepts(m, "--enable-multi-memory --enable-threads");
}

// A module with a funcref table and a table of externref that wasm-validate
// accepts: the reference table's free-list helpers in small.
TEST(wasmirEncoder, WasmValidateAcceptsAnExternrefTable) {
  Module m;
  Function store;
  store.typeIndex = m.internType({{ValType::ExternRef}, {ValType::I32}});
  store.body = {op(Op::LocalGet, 0), i32(1), op(Op::TableGrow, 1), op(Op::End)};
  Function load;
  load.typeIndex = m.internType({{ValType::I32}, {ValType::ExternRef}});
  load.body = {op(Op::LocalGet, 0), op(Op::TableGet, 1), op(Op::End)};
  Function clear;
  clear.typeIndex = m.internType({{ValType::I32}, {}});
  clear.body = {op(Op::LocalGet, 0), op(Op::RefNull), op(Op::TableSet, 1), op(Op::End)};
  m.functions = {store, load, clear};
  m.tables.push_back({ValType::FuncRef, limits(0)});
  m.tables.push_back({ValType::ExternRef, limits(0)});
  m.exports.push_back({"refs", ExternKind::Table, 1});
  EXPECT_TRUE(validateModule(m).empty());
  expectWasmValidateAccepts(m, "");
}

TEST(wasmirEncoder, EncodingIsDeterministicAndIndependentOfAnnotations) {
  Module m = richModule();
  ByteAnnotations notes;
  Bytes annotated = encodeModule(m, &notes);
  EXPECT_EQ(encodeModule(m), annotated);
  EXPECT_EQ(encodeModule(m), encodeModule(m));
  ByteAnnotations again;
  encodeModule(m, &again);
  EXPECT_EQ(dumpAnnotated(annotated, notes), dumpAnnotated(annotated, again));
}

TEST(wasmirEncoder, AnnotationsCoverEveryByteOnceInOrder) {
  ByteAnnotations notes;
  Bytes bytes = encodeModule(richModule(), &notes);
  uint32_t cursor = 0;
  for (const ByteAnnotation& a : notes.entries) {
    ASSERT_EQ(a.offset, cursor) << a.description;
    ASSERT_GT(a.size, 0u) << a.description;
    cursor += a.size;
  }
  EXPECT_EQ(cursor, bytes.size());
}

TEST(wasmirEncoder, AnnotationsDescribeSectionsEntriesAndInstructions) {
  ByteAnnotations notes;
  Bytes bytes = encodeModule(constModule(), &notes);
  auto find = [&](const std::string& text) -> const ByteAnnotation* {
    for (const ByteAnnotation& a : notes.entries) {
      if (a.description == text)
        return &a;
    }
    return nullptr;
  };
  const ByteAnnotation* code = find("section: code (6 bytes)");
  ASSERT_NE(code, nullptr);
  EXPECT_EQ(code->offset, 26u);
  EXPECT_EQ(code->size, 2u);
  ASSERT_NE(find("section: type (5 bytes)"), nullptr);
  ASSERT_NE(find("type[0] [] -> [i32]"), nullptr);
  ASSERT_NE(find("export \"f\" func 0"), nullptr);
  ASSERT_NE(find("func[0] body size 4"), nullptr);
  const ByteAnnotation* constant = find("i32.const 42");
  ASSERT_NE(constant, nullptr);
  EXPECT_EQ(constant->offset, 31u);
  EXPECT_EQ(constant->size, 2u);
  std::string dump = dumpAnnotated(bytes, notes);
  EXPECT_NE(dump.find("000000: 00 61 73 6d"), std::string::npos) << dump;
  EXPECT_NE(dump.find("00001f: 41 2a                    ; i32.const 42\n"), std::string::npos)
      << dump;
  EXPECT_NE(dump.find("; section: export (5 bytes)\n"), std::string::npos);
}

TEST(wasmirEncoder, AnnotationsCoverImportsAndData) {
  ByteAnnotations notes;
  Module m = richModule();
  Bytes bytes = encodeModule(m, &notes);
  std::string dump = dumpAnnotated(bytes, notes);
  EXPECT_NE(dump.find("; import[0] func \"env\".\"log\" type 5"), std::string::npos) << dump;
  EXPECT_NE(dump.find("; data[0] active, memory 0"), std::string::npos);
  EXPECT_NE(dump.find("; data[1] bytes \"hi\\0a\""), std::string::npos);
  EXPECT_NE(dump.find("; call_indirect (type 1)"), std::string::npos);
  EXPECT_NE(dump.find("; br_table 0 1 2"), std::string::npos);
  EXPECT_EQ(dump.find("unannotated"), std::string::npos);
}

TEST(wasmirEncoder, DumpShowsUnannotatedBytesAndWrapsLongEntries) {
  Bytes bytes(20, 0xAB);
  ByteAnnotations notes;
  notes.entries.push_back({2, 10, "ten"});
  std::string dump = dumpAnnotated(bytes, notes);
  EXPECT_EQ(dump,
            "000000: ab ab                    ; (unannotated)\n"
            "000002: ab ab ab ab ab ab ab ab  ; ten\n"
            "00000a: ab ab\n"
            "00000c: ab ab ab ab ab ab ab ab  ; (unannotated)\n");
}

}  // namespace
}  // namespace wasmir
