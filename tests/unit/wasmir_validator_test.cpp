// Tests for the WasmIR validator (wasmir/validator.h): valid modules,
// including unreachable code where the operand stack is polymorphic, and one
// case per kind of invalid module with the message it must produce.
#include "wasmir/validator.h"

#include <gtest/gtest.h>

namespace wasmir {
namespace {

const ValType i32t = ValType::I32;
const ValType i64t = ValType::I64;
const ValType f32t = ValType::F32;
const ValType f64t = ValType::F64;

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

Instr f32() {
  return Instr{Op::F32Const};
}

Instr f64() {
  return Instr{Op::F64Const};
}

Instr block(Op o, BlockKind kind = BlockKind::Empty, uint32_t index = 0) {
  Instr in{o};
  in.align = static_cast<uint32_t>(kind);
  in.index = index;
  return in;
}

Instr valueBlock(Op o, ValType t) {
  return block(o, BlockKind::Value, static_cast<uint32_t>(t));
}

Instr mem(Op o, uint32_t alignLog2, uint32_t memory = 0) {
  Instr in{o};
  in.align = alignLog2;
  in.index = memory;
  return in;
}

Instr end() {
  return Instr{Op::End};
}

Limits limits(uint32_t min, std::optional<uint32_t> max = std::nullopt, bool shared = false) {
  Limits l;
  l.min = min;
  l.max = max;
  l.shared = shared;
  return l;
}

// A module whose function 0 is `$f` of `type`, plus the extras tests need: a
// memory, a table, an immutable i32 global $c (0) and a mutable i64 one (1),
// and function 1 `$pair` of type [i32 i32] -> [i32].
Module moduleWith(FuncType type, std::vector<Instr> body, std::vector<ValType> locals = {}) {
  Module m;
  Function f;
  f.name = "f";
  f.typeIndex = m.internType(type);
  f.locals = std::move(locals);
  f.body = std::move(body);
  f.brTables = {{0, 0}, {0, 1}};
  Function pair;
  pair.name = "pair";
  pair.typeIndex = m.internType({{i32t, i32t}, {i32t}});
  pair.body = {i32(0), end()};
  m.functions = {f, pair};
  m.memories.push_back({"", limits(1)});
  m.tables.push_back({ValType::FuncRef, limits(1)});
  m.globals.push_back({"c", i32t, false, i32(0)});
  m.globals.push_back({"v", i64t, true, i64(0)});
  return m;
}

std::string errorsText(const std::vector<ValidationError>& errors) {
  std::string text;
  for (const ValidationError& e : errors)
    text += e.message + "\n";
  return text;
}

void expectValid(const Module& m) {
  std::vector<ValidationError> errors = validateModule(m);
  EXPECT_TRUE(errors.empty()) << errorsText(errors);
}

// Expects exactly one error, containing `message`.
void expectError(const Module& m, const std::string& message) {
  std::vector<ValidationError> errors = validateModule(m);
  ASSERT_EQ(errors.size(), 1u) << errorsText(errors);
  EXPECT_NE(errors[0].message.find(message), std::string::npos)
      << "actual: " << errors[0].message << "\nexpected to contain: " << message;
}

TEST(wasmirValidator, AcceptsStraightLineCode) {
  expectValid(
      moduleWith({{i32t, i64t}, {i64t}},
                 {op(Op::LocalGet, 1), op(Op::LocalGet, 0), op(Op::I64ExtendI32U), op(Op::I64Add),
                  op(Op::LocalTee, 2), op(Op::GlobalSet, 1), op(Op::GlobalGet, 1), end()},
                 {i64t}));
}

TEST(wasmirValidator, AcceptsControlFlowMemoryAndCalls) {
  Module m = moduleWith({{i32t}, {i32t}}, {block(Op::Block),
                                           block(Op::Loop),
                                           op(Op::LocalGet, 0),
                                           op(Op::BrIf, 1),
                                           op(Op::Br, 0),
                                           end(),
                                           end(),
                                           op(Op::LocalGet, 0),
                                           valueBlock(Op::If, f64t),
                                           f64(),
                                           op(Op::Else),
                                           f64(),
                                           end(),
                                           op(Op::Drop),
                                           i32(8),
                                           mem(Op::I64Load32S, 2),
                                           op(Op::Drop),
                                           i32(0),
                                           f32(),
                                           mem(Op::F32Store, 0),
                                           i32(1),
                                           i32(2),
                                           op(Op::Call, 1),
                                           i32(3),
                                           i32(0),
                                           op(Op::CallIndirect, 1),
                                           op(Op::MemorySize),
                                           op(Op::MemoryGrow),
                                           i32(0),
                                           i32(0),
                                           op(Op::MemoryCopy),
                                           i32(1),
                                           i32(2),
                                           op(Op::Select),
                                           end()});
  expectValid(m);
}

// The threads opcodes a module that spawns tasks uses, naturally aligned,
// on a shared memory (they are valid on an unshared one too).
TEST(wasmirValidator, AcceptsAtomicAccesses) {
  for (bool shared : {false, true}) {
    Module m = moduleWith({{i32t}, {i32t}}, {op(Op::LocalGet, 0),
                                             mem(Op::I32AtomicLoad, 2),
                                             op(Op::LocalGet, 0),
                                             op(Op::LocalGet, 0),
                                             mem(Op::I32AtomicStore, 2),
                                             op(Op::LocalGet, 0),
                                             i32(1),
                                             mem(Op::I32AtomicRmwAdd, 2),
                                             op(Op::I32Add),
                                             op(Op::LocalGet, 0),
                                             i32(0),
                                             i32(1),
                                             mem(Op::I32AtomicRmwCmpxchg, 2),
                                             op(Op::I32Add),
                                             op(Op::LocalGet, 0),
                                             i32(0),
                                             i64(-1),
                                             mem(Op::MemoryAtomicWait32, 2),
                                             op(Op::I32Add),
                                             op(Op::LocalGet, 0),
                                             i32(1),
                                             mem(Op::MemoryAtomicNotify, 2),
                                             op(Op::I32Add),
                                             end()});
    m.memories[0].limits = limits(1, 16, shared);
    expectValid(m);
  }
}

TEST(wasmirValidator, AcceptsMultiValueBlocksWithParams) {
  Module m = moduleWith({{}, {i32t, i64t}}, {});
  uint32_t t = m.internType({{i32t}, {i32t, i64t}});
  uint32_t loopType = m.internType({{i32t}, {}});
  m.functions[0].body = {i32(1),       block(Op::Block, BlockKind::TypeIndex, t),
                         i64(2),       end(),
                         op(Op::Drop), op(Op::Drop),
                         i32(5),       block(Op::Loop, BlockKind::TypeIndex, loopType),
                         i32(1),       op(Op::BrIf, 0),
                         op(Op::Drop), end(),
                         i32(0),       block(Op::Block, BlockKind::TypeIndex, t),
                         i64(1),       end(),
                         end()};
  expectValid(m);
}

TEST(wasmirValidator, UnreachableCodeIsStackPolymorphic) {
  // Each body is valid only because code after unreachable/br/return may pop
  // values that are not there.
  std::vector<std::pair<FuncType, std::vector<Instr>>> cases = {
      {{{}, {i32t}}, {op(Op::Unreachable), end()}},
      {{{}, {i32t}}, {op(Op::Unreachable), op(Op::I32Add), end()}},
      {{{}, {i32t}}, {i32(1), op(Op::Return), op(Op::F32Add), op(Op::Drop), end()}},
      {{{}, {f64t}}, {op(Op::Unreachable), op(Op::Select), end()}},
      {{{}, {i64t}}, {op(Op::Unreachable), i64(1), i32(0), op(Op::Select), end()}},
      {{{}, {}},
       {valueBlock(Op::Block, i32t), i32(1), op(Op::Br, 0), op(Op::I32Add), end(), op(Op::Drop),
        end()}},
      {{{}, {i32t}},
       {valueBlock(Op::Block, i32t), op(Op::Unreachable), op(Op::BrTable, 0), end(), end()}},
      {{{}, {}},
       {valueBlock(Op::If, i32t), op(Op::Unreachable), op(Op::Else), i32(1), end(), op(Op::Drop),
        end()}},
      {{{}, {i32t}}, {op(Op::Unreachable), op(Op::BrIf, 0), end()}},
  };
  cases[7].second.insert(cases[7].second.begin(), i32(0));
  for (size_t i = 0; i < cases.size(); ++i) {
    SCOPED_TRACE("case " + std::to_string(i));
    expectValid(moduleWith(cases[i].first, cases[i].second));
  }
}

TEST(wasmirValidator, UnreachableCodeStillChecksKnownTypes) {
  expectError(
      moduleWith({{}, {}}, {op(Op::Unreachable), i64(0), op(Op::I32Add), op(Op::Drop), end()}),
      "type mismatch in i32.add: expected i32, found i64");
  expectError(moduleWith({{}, {i32t}}, {op(Op::Unreachable), i32(1), i32(2), end()}),
              "type mismatch at end of function: expected [i32], found "
              "[i32 i32]");
  expectError(
      moduleWith({{}, {}}, {op(Op::Unreachable), i32(1), i64(1), i32(0), op(Op::Select), end()}),
      "type mismatch in select: operands are i32 and i64");
}

TEST(wasmirValidator, MessageNamesFunctionAndInstruction) {
  Module m = moduleWith({{}, {i32t}}, {i32(1), f64(), op(Op::I32Add), end()});
  std::vector<ValidationError> errors = validateModule(m);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].function, 0u);
  EXPECT_EQ(errors[0].instr, 2u);
  EXPECT_EQ(errors[0].message,
            "type mismatch in i32.add: expected i32, found f64 "
            "(func $f, instr 2)");
  // Unnamed functions are named by their index, imports counted first.
  Import imp;
  imp.module = "env";
  imp.name = "g";
  imp.typeIndex = 0;
  m.imports.push_back(imp);
  m.functions[0].name.clear();
  for (Instr& in : m.functions[0].body) {
    if (in.op == Op::Call)
      ++in.index;
  }
  errors = validateModule(m);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_NE(errors[0].message.find("(func 1, instr 2)"), std::string::npos) << errors[0].message;
}

struct BodyCase {
  const char* what;
  FuncType type;
  std::vector<Instr> body;
  std::string message;
};

TEST(wasmirValidator, RejectsInvalidFunctionBodies) {
  Instr bigAlign = mem(Op::I32Load, 3);
  Instr badBlockType = block(Op::Block, BlockKind::TypeIndex, 9);
  Instr notAType = block(Op::Block, BlockKind::Value, 0x55);
  std::vector<BodyCase> cases = {
      {"operand of the wrong type",
       {{}, {}},
       {i32(1), f32(), op(Op::I32Sub), op(Op::Drop), end()},
       "type mismatch in i32.sub: expected i32, found f32"},
      {"stack underflow",
       {{}, {}},
       {i32(1), op(Op::I32Add), end()},
       "type mismatch in i32.add: expected i32, found nothing"},
      {"missing function result",
       {{}, {i32t}},
       {end()},
       "type mismatch at end of function: expected [i32], found []"},
      {"value left in a block",
       {{}, {}},
       {block(Op::Block), i32(1), end(), end()},
       "type mismatch at end of block: expected [], found [i32]"},
      {"branch depth out of range",
       {{}, {}},
       {op(Op::Br, 1), end()},
       "br depth 1 out of range (1 enclosing blocks)"},
      {"branch value of the wrong type",
       {{}, {}},
       {valueBlock(Op::Block, i32t), f32(), op(Op::Br, 0), end(), op(Op::Drop), end()},
       "type mismatch in br: expected i32, found f32"},
      {"br_if without condition",
       {{}, {}},
       {block(Op::Block), op(Op::BrIf, 0), end(), end()},
       "type mismatch in br_if: expected i32, found nothing"},
      {"local out of range",
       {{i32t}, {}},
       {op(Op::LocalGet, 3), op(Op::Drop), end()},
       "local.get index 3 out of range (1 params and locals)"},
      {"local.set of the wrong type",
       {{i32t}, {}},
       {f32(), op(Op::LocalSet, 0), end()},
       "type mismatch in local.set: expected i32, found f32"},
      {"global.set of an immutable global",
       {{}, {}},
       {i32(1), op(Op::GlobalSet, 0), end()},
       "global.set of immutable global 0"},
      {"global out of range",
       {{}, {}},
       {op(Op::GlobalGet, 2), op(Op::Drop), end()},
       "global.get index 2 out of range (2 globals)"},
      {"call out of range",
       {{}, {}},
       {op(Op::Call, 5), end()},
       "call to function 5 out of range (2 functions)"},
      {"call with too few arguments",
       {{}, {}},
       {i32(1), op(Op::Call, 1), op(Op::Drop), end()},
       "type mismatch in call: expected i32, found nothing"},
      {"call_indirect with a bad type index",
       {{}, {}},
       {i32(0), op(Op::CallIndirect, 7), end()},
       "call_indirect type index 7 out of range"},
      {"alignment larger than natural",
       {{}, {}},
       {i32(0), bigAlign, op(Op::Drop), end()},
       "alignment of i32.load must not be larger than natural: 2^3 > 2^2"},
      {"memory index out of range",
       {{}, {}},
       {i32(0), mem(Op::I32Load8U, 0, 1), op(Op::Drop), end()},
       "i32.load8_u uses memory 1 out of range (1 memories)"},
      {"atomic access with less than natural alignment",
       {{}, {}},
       {i32(0), mem(Op::I32AtomicLoad, 0), op(Op::Drop), end()},
       "alignment of i32.atomic.load must be natural (2^2)"},
      {"cmpxchg with too few operands",
       {{}, {}},
       {i32(0), i32(1), mem(Op::I32AtomicRmwCmpxchg, 2), op(Op::Drop), end()},
       "type mismatch in i32.atomic.rmw.cmpxchg: expected i32, found nothing"},
      {"wait32 with an i32 timeout",
       {{}, {}},
       {i32(0), i32(0), i32(0), mem(Op::MemoryAtomicWait32, 2), op(Op::Drop), end()},
       "type mismatch in memory.atomic.wait32: expected i64, found i32"},
      {"memory.fill on a missing memory",
       {{}, {}},
       {i32(0), i32(0), i32(0), op(Op::MemoryFill, 2), end()},
       "memory.fill uses memory 2 out of range (1 memories)"},
      {"select of different types",
       {{}, {}},
       {i32(1), f64(), i32(0), op(Op::Select), op(Op::Drop), end()},
       "type mismatch in select: operands are i32 and f64"},
      {"if without else that must produce a value",
       {{}, {}},
       {i32(1), valueBlock(Op::If, i32t), i32(1), end(), op(Op::Drop), end()},
       "type mismatch in if without else: it must produce [i32] from its "
       "params []"},
      {"if without condition",
       {{}, {}},
       {block(Op::If), end(), end()},
       "type mismatch in if: expected i32, found nothing"},
      {"else branch of the wrong type",
       {{}, {}},
       {i32(1), valueBlock(Op::If, i32t), i32(1), op(Op::Else), i64(1), end(), op(Op::Drop), end()},
       "type mismatch at end of else: expected [i32], found [i64]"},
      {"else without if",
       {{}, {}},
       {block(Op::Block), op(Op::Else), end(), end()},
       "else without a matching if"},
      {"body without final end", {{}, {}}, {op(Op::Nop)}, "function body must end with `end`"},
      {"unclosed block",
       {{}, {}},
       {block(Op::Block), end()},
       "function body is missing 1 `end` instruction(s)"},
      {"code after the final end",
       {{}, {}},
       {end(), op(Op::Nop)},
       "instructions after the end of the function body"},
      {"block type index out of range",
       {{}, {}},
       {badBlockType, end(), end()},
       "invalid block type in block: type index 9 out of range (2 types)"},
      {"block type that is not a value type",
       {{}, {}},
       {notAType, end(), end()},
       "invalid block type in block: 85 is not a value type"},
      {"br_table targets of different arity",
       {{}, {}},
       {block(Op::Block), valueBlock(Op::Block, i32t), i32(0), i32(0), op(Op::BrTable, 1), end(),
        op(Op::Drop), end(), end()},
       "br_table target 0 expects [i32] but the default target expects []"},
      {"br_table without a target list",
       {{}, {}},
       {i32(0), op(Op::BrTable, 4), end()},
       "br_table refers to missing target list 4"},
      {"return of the wrong type",
       {{}, {f32t}},
       {i32(0), op(Op::Return), end()},
       "type mismatch in return: expected f32, found i32"},
  };
  for (const BodyCase& c : cases) {
    SCOPED_TRACE(c.what);
    expectError(moduleWith(c.type, c.body), c.message);
  }
}

TEST(wasmirValidator, CallIndirectNeedsAFuncrefTable) {
  Module m =
      moduleWith({{}, {}}, {i32(0), i32(0), i32(0), op(Op::CallIndirect, 1), op(Op::Drop), end()});
  expectValid(m);
  m.tables.clear();
  expectError(m, "call_indirect uses table 0 out of range (0 tables)");
  m.tables.push_back({ValType::ExternRef, limits(1)});
  expectError(m,
              "call_indirect needs a funcref table, table 0 holds "
              "externref");
}

// table.get/set/grow/size work on externref tables only (WasmIR's
// reference table); the table index must exist.
TEST(wasmirValidator, TableInstructionsNeedAnExternrefTable) {
  Module m = moduleWith(
      {{i32t}, {i32t}},
      {op(Op::LocalGet, 0), op(Op::LocalGet, 0), op(Op::TableGet, 1), op(Op::TableSet, 1),
       op(Op::RefNull), i32(2), op(Op::TableGrow, 1), op(Op::TableSize, 1), op(Op::I32Add), end()});
  m.tables.push_back({ValType::ExternRef, limits(0)});
  expectValid(m);
  m.tables.pop_back();
  expectError(m, "table.get uses table 1 out of range (1 tables)");
  m.tables.push_back({ValType::FuncRef, limits(0)});
  expectError(m, "table.get on table 1 of funcref: WasmIR accesses externref tables only");
  m.tables.back().elemType = ValType::ExternRef;
  m.functions[0].body = {op(Op::LocalGet, 0), op(Op::LocalGet, 0), op(Op::TableSet, 1),
                         op(Op::LocalGet, 0), end()};
  expectError(m, "table.set");
}

TEST(wasmirValidator, ReportsOneErrorPerBadFunction) {
  Module m = moduleWith({{}, {}}, {op(Op::I32Add), end()});
  m.functions[1].body = {i64(0), end()};
  std::vector<ValidationError> errors = validateModule(m);
  ASSERT_EQ(errors.size(), 2u) << errorsText(errors);
  EXPECT_EQ(errors[0].function, 0u);
  EXPECT_EQ(errors[1].function, 1u);
  EXPECT_NE(errors[1].message.find("expected [i32], found [i64] "
                                   "(func $pair, instr 1)"),
            std::string::npos)
      << errors[1].message;
}

Module emptyFunctionModule() {
  return moduleWith({{}, {}}, {end()});
}

TEST(wasmirValidator, RejectsDuplicateAndDanglingExports) {
  Module m = emptyFunctionModule();
  m.exports = {{"f", ExternKind::Func, 0}, {"f", ExternKind::Func, 1}};
  expectError(m, "duplicate export name \"f\"");
  m.exports = {{"m", ExternKind::Memory, 1}};
  expectError(m, "export \"m\" refers to memory 1, out of range (1)");
  m.exports = {{"g", ExternKind::Global, 1}, {"t", ExternKind::Table, 0}};
  expectValid(m);
}

TEST(wasmirValidator, StartFunctionMustTakeAndReturnNothing) {
  Module m = emptyFunctionModule();
  m.start = 0;
  expectValid(m);
  m.start = 1;
  expectError(m,
              "start function 1 must have type [] -> [], found "
              "[i32 i32] -> [i32]");
  m.start = 2;
  expectError(m, "start function 2 out of range (2 functions)");
}

TEST(wasmirValidator, RejectsBadFunctionTypeIndex) {
  Module m = emptyFunctionModule();
  m.functions[0].typeIndex = 7;
  std::vector<ValidationError> errors = validateModule(m);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].function, 0u);
  EXPECT_EQ(errors[0].instr, kNoIndex);
  EXPECT_EQ(errors[0].message, "func $f has type index 7 out of range (2 types)");
}

TEST(wasmirValidator, RejectsBadSegments) {
  Module m = emptyFunctionModule();
  m.data.push_back({1, 0, false, {1}});
  expectError(m, "data segment 0 uses memory 1 out of range (1 memories)");
  m.data[0].passive = true;  // passive segments name no memory
  expectValid(m);
  m.elems.push_back({0, 0, {0, 9}});
  expectError(m, "element segment 0 refers to function 9 out of range");
  m.elems[0] = {3, 0, {0}};
  expectError(m, "element segment 0 uses table 3 out of range (1 tables)");
}

TEST(wasmirValidator, RejectsBadGlobalInitializers) {
  Module m = emptyFunctionModule();
  m.globals[1].init = i32(0);
  expectError(m, "global 1 of type i64 has an initializer of type i32");
  m.globals[1].init = op(Op::I64Add);
  expectError(m,
              "global 1: initializer must be a constant instruction, "
              "found i64.add");
  m.globals[1].init = op(Op::GlobalGet, 0);
  expectError(m,
              "global.get in a constant expression must read an imported "
              "immutable global");
}

TEST(wasmirValidator, RejectsBadLimits) {
  Module m = emptyFunctionModule();
  m.memories[0].limits = limits(1, 4, true);
  expectValid(m);
  m.memories[0].limits = limits(1, std::nullopt, true);
  expectError(m, "memory 0 is shared, so it must have a maximum size");
  m.memories[0].limits = limits(70000);
  expectError(m, "memory 0 is larger than 65536 pages");
  m.memories[0].limits = limits(2, 1);
  expectError(m, "memory 0 has minimum size larger than its maximum");
  m.memories[0].limits = limits(1);
  m.tables[0].elemType = ValType::I32;
  expectError(m,
              "table 0 has element type i32, which is not a reference "
              "type");
}

TEST(wasmirValidator, RejectsBytesThatAreNotValueTypes) {
  Module m = emptyFunctionModule();
  m.functions[0].locals = {static_cast<ValType>(0x12)};
  expectError(m, "func $f local has invalid value type <invalid 0x12>");
  m.functions[0].locals.clear();
  m.types.push_back({{}, {static_cast<ValType>(0x40)}});
  expectError(m, "type 2 has invalid value type <invalid 0x40>");
}

TEST(wasmirValidator, RejectsBadImports) {
  Module m = emptyFunctionModule();
  Import imp;
  imp.module = "env";
  imp.name = "f";
  imp.typeIndex = 12;
  m.imports.push_back(imp);
  expectError(m, "import 0 (\"env\".\"f\") uses type index 12 out of range");
}

}  // namespace
}  // namespace wasmir
