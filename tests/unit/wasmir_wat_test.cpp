// Tests for the WAT printer (wasmir/wat_printer.h): the exact text of a small
// module, identifier and literal rules, and the round trip through wabt's
// `wat2wasm`, whose output must equal encodeModule()'s bytes exactly.
#include "wasmir/wat_printer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "wasmir/encoder.h"
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

Instr f32Bits(uint32_t bits) {
  Instr in{Op::F32Const};
  in.value = bits;
  return in;
}

Instr f64Bits(uint64_t bits) {
  Instr in{Op::F64Const};
  in.value = bits;
  return in;
}

Instr f64(double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, 8);
  return f64Bits(bits);
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

Import makeImport(const char* module, const char* name, ExternKind kind) {
  Import imp;
  imp.module = module;
  imp.name = name;
  imp.kind = kind;
  return imp;
}

// The text of `instr` alone, in a function with one br_table.
std::string text(const Instr& instr) {
  Function f;
  f.brTables = {{3, 0, 1}};
  return printInstr(f, instr);
}

TEST(wasmirWat, SmallModuleText) {
  Module m;
  uint32_t t = m.internType({{ValType::I32}, {ValType::I32}});
  Function f = function("double", t, {ValType::I32}, {"x"});
  f.body = {op(Op::LocalGet, 0), valueBlock(Op::If, ValType::I32),
            op(Op::LocalGet, 0), op(Op::LocalGet, 0),
            op(Op::I32Add),      op(Op::LocalTee, 1),
            op(Op::Else),        i32(-1),
            op(Op::End),         op(Op::End)};
  m.functions.push_back(f);
  m.memories.push_back({"", limits(1)});
  m.exports.push_back({"double", ExternKind::Func, 0});
  m.data.push_back({0, 8, false, {'o', 'k', 0}});
  EXPECT_EQ(printWat(m),
            "(module\n"
            "  (type (;0;) (func (param i32) (result i32)))\n"
            "  (func $double (;0;) (type 0) (param $x i32) (result i32)\n"
            "    (local i32)\n"
            "    local.get $x\n"
            "    if (result i32)\n"
            "      local.get $x\n"
            "      local.get $x\n"
            "      i32.add\n"
            "      local.tee 1\n"
            "    else\n"
            "      i32.const -1\n"
            "    end\n"
            "  )\n"
            "  (memory (;0;) 1)\n"
            "  (export \"double\" (func $double))\n"
            "  (data (;0;) (i32.const 8) \"ok\\00\")\n"
            ")\n");
}

TEST(wasmirWat, IdentifiersMustBeValidAndUnique) {
  Module m;
  uint32_t t = m.internType({});
  for (const char* name : {"dup", "dup", "has space", "std::mem::swap<T>", ""}) {
    Function f = function(name, t);
    f.body = {op(Op::End)};
    m.functions.push_back(f);
  }
  Function caller = function("caller", t);
  caller.body = {op(Op::Call, 0), op(Op::Call, 2), op(Op::Call, 3), op(Op::Call, 5), op(Op::End)};
  m.functions.push_back(caller);
  std::string wat = printWat(m);
  EXPECT_NE(wat.find("(func (;0;) (type 0)"), std::string::npos) << wat;
  EXPECT_NE(wat.find("(func (;1;) (type 0)"), std::string::npos);
  EXPECT_NE(wat.find("(func (;2;) (type 0)"), std::string::npos);
  EXPECT_NE(wat.find("(func $std::mem::swap<T> (;3;)"), std::string::npos);
  EXPECT_NE(wat.find("(func (;4;) (type 0)"), std::string::npos);
  EXPECT_NE(wat.find("    call 0\n    call 2\n    call $std::mem::swap<T>\n"
                     "    call $caller\n"),
            std::string::npos)
      << wat;
}

TEST(wasmirWat, ParamsAndLocalsGroupUnnamedOnes) {
  Module m;
  uint32_t t = m.internType({{ValType::I32, ValType::I64, ValType::F32}, {}});
  Function f =
      function("f", t, {ValType::F64, ValType::F64, ValType::I32}, {"", "", "p", "", "", "q"});
  f.body = {op(Op::End)};
  m.functions.push_back(f);
  EXPECT_NE(printWat(m).find("(func $f (;0;) (type 0) (param i32 i64) "
                             "(param $p f32)\n"
                             "    (local f64 f64) (local $q i32)\n"),
            std::string::npos)
      << printWat(m);
}

TEST(wasmirWat, FloatsPrintBitExactly) {
  EXPECT_EQ(text(f32Bits(0x3FC00000)), "f32.const 0x1.8p+0");
  EXPECT_EQ(text(f32Bits(0x80000000)), "f32.const -0x0p+0");
  EXPECT_EQ(text(f32Bits(0x00000001)), "f32.const 0x0.000002p-126");
  EXPECT_EQ(text(f32Bits(0x7F800000)), "f32.const inf");
  EXPECT_EQ(text(f32Bits(0xFF800000)), "f32.const -inf");
  EXPECT_EQ(text(f32Bits(0x7FC00000)), "f32.const nan:0x400000");
  EXPECT_EQ(text(f32Bits(0xFF800001)), "f32.const -nan:0x1");
  EXPECT_EQ(text(f32Bits(0x7F7FFFFF)), "f32.const 0x1.fffffep+127");
  EXPECT_EQ(text(f64(3.0)), "f64.const 0x1.8p+1");
  EXPECT_EQ(text(f64(0.1)), "f64.const 0x1.999999999999ap-4");
  EXPECT_EQ(text(f64(1.0)), "f64.const 0x1p+0");
  EXPECT_EQ(text(f64Bits(0x0000000000000001)), "f64.const 0x0.0000000000001p-1022");
  EXPECT_EQ(text(f64Bits(0x7FF8000000000000)), "f64.const nan:0x8000000000000");
}

TEST(wasmirWat, InstructionText) {
  EXPECT_EQ(text(i32(INT32_MIN)), "i32.const -2147483648");
  EXPECT_EQ(text(i64(INT64_MIN)), "i64.const -9223372036854775808");
  EXPECT_EQ(text(op(Op::BrTable, 0)), "br_table 3 0 1");
  EXPECT_EQ(text(op(Op::BrIf, 2)), "br_if 2");
  EXPECT_EQ(text(mem(Op::I32Load, 0, 2)), "i32.load");
  EXPECT_EQ(text(mem(Op::I32Load, 8, 0)), "i32.load offset=8 align=1");
  EXPECT_EQ(text(mem(Op::I64Store16, 0, 1, 2)), "i64.store16 2");
  EXPECT_EQ(text(valueBlock(Op::Block, ValType::F64)), "block (result f64)");
  EXPECT_EQ(text(block(Op::Loop, BlockKind::TypeIndex, 4)), "loop (type 4)");
  EXPECT_EQ(text(block(Op::Block, BlockKind::Empty)), "block");
  Instr indirect = op(Op::CallIndirect, 3);
  EXPECT_EQ(text(indirect), "call_indirect (type 3)");
  indirect.align = 1;
  EXPECT_EQ(text(indirect), "call_indirect 1 (type 3)");
  Instr copy = op(Op::MemoryCopy, 1);
  EXPECT_EQ(text(copy), "memory.copy 1 0");
  EXPECT_EQ(text(op(Op::MemoryCopy)), "memory.copy");
  EXPECT_EQ(text(op(Op::MemoryGrow, 1)), "memory.grow 1");
  EXPECT_EQ(text(op(Op::I64TruncSatF64U)), "i64.trunc_sat_f64_u");
}

TEST(wasmirWat, StringsEscapeNonPrintableBytes) {
  Module m;
  m.memories.push_back({"", limits(1)});
  m.data.push_back({0, 0, true, {'a', '"', '\\', '\n', 0x00, 0xFF, '~'}});
  m.exports.push_back({"q\"\x01", ExternKind::Memory, 0});
  std::string wat = printWat(m);
  EXPECT_NE(wat.find("(data (;0;) \"a\\22\\5c\\0a\\00\\ff~\")"), std::string::npos) << wat;
  EXPECT_NE(wat.find("(export \"q\\22\\01\" (memory 0))"), std::string::npos);
}

TEST(wasmirWat, CustomSectionsAreComments) {
  Module m;
  m.customs.push_back({"producers", {1, 2, 3}});
  EXPECT_EQ(printWat(m), "(module\n  ;; custom section \"producers\", 3 bytes\n)\n");
}

// ---- Round trip through wat2wasm -------------------------------------------

constexpr const char* kWat2Wasm = "/usr/bin/wat2wasm";

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("wasmir_wat_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

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

// Prints `m`, assembles the text with wat2wasm and expects exactly the bytes
// encodeModule() writes (without the name section, which wat2wasm only
// writes on request).
void expectRoundTrip(Module m, const std::string& flags = "") {
  if (!std::filesystem::exists(kWat2Wasm))
    GTEST_SKIP() << "no wat2wasm";
  m.emitNames = false;
  ASSERT_TRUE(validateModule(m).empty()) << validateModule(m)[0].message;
  TempDir dir;
  std::string wat = printWat(m);
  std::ofstream(dir.path / "m.wat") << wat;
  auto [status, output] =
      run(std::string(kWat2Wasm) + " " + flags + " " + (dir.path / "m.wat").string() + " -o " +
          (dir.path / "m.wasm").string());
  ASSERT_EQ(status, 0) << output << "\n" << wat;
  std::ifstream in(dir.path / "m.wasm", std::ios::binary);
  Bytes fromWat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(fromWat, encodeModule(m)) << wat;
}

// Everything the single-memory subset of WasmIR can say, with names.
Module richModule() {
  Module m;
  uint32_t unary = m.internType({{ValType::I32}, {ValType::I32}});
  uint32_t binary = m.internType({{ValType::I32, ValType::I32}, {ValType::I32}});
  uint32_t none = m.internType({});
  uint32_t pair = m.internType({{}, {ValType::I32, ValType::I64}});
  uint32_t dup = m.internType({{ValType::I32}, {ValType::I32, ValType::I32}});
  Import log = makeImport("env", "log", ExternKind::Func);
  log.typeIndex = m.internType({{ValType::I32}, {}});
  Import base = makeImport("env", "base", ExternKind::Global);
  Import table = makeImport("env", "table", ExternKind::Table);
  table.valType = ValType::FuncRef;
  table.limits = limits(1);
  m.imports = {log, base, table};

  Function add = function("add", binary, {}, {"a", "b"});
  add.body = {op(Op::LocalGet, 0), op(Op::LocalGet, 1), op(Op::I32Add), op(Op::End)};
  Function main = function(
      "main", unary, {ValType::I32, ValType::I64, ValType::F64, ValType::F32, ValType::ExternRef},
      {"n", "acc"});
  main.brTables = {{0, 1, 2}, {0}};
  Instr indirect = op(Op::CallIndirect, binary);
  indirect.align = 1;
  main.body = {
      block(Op::Block, BlockKind::Empty),
      block(Op::Loop, BlockKind::Empty),
      op(Op::LocalGet, 0),
      i32(-1),
      op(Op::I32Add),
      op(Op::LocalTee, 0),
      op(Op::I32Eqz),
      op(Op::BrIf, 1),
      op(Op::LocalGet, 1),
      i32(1000000),
      op(Op::I32Add),
      op(Op::LocalSet, 1),
      op(Op::Br, 0),
      op(Op::End),
      op(Op::End),
      op(Op::LocalGet, 1),
      valueBlock(Op::If, ValType::I64),
      i64(INT64_MIN),
      op(Op::Else),
      i64(0x7FFFFFFFFFFF),
      op(Op::End),
      op(Op::LocalSet, 2),
      block(Op::Block, BlockKind::Empty),
      block(Op::Block, BlockKind::Empty),
      block(Op::Block, BlockKind::Empty),
      op(Op::LocalGet, 0),
      op(Op::BrTable, 0),
      op(Op::End),
      op(Op::LocalGet, 0),
      op(Op::BrTable, 1),
      op(Op::End),
      op(Op::Unreachable),
      op(Op::End),
      i32(1),
      i32(2),
      i32(0),
      indirect,
      op(Op::Call, 0),
      block(Op::Block, BlockKind::TypeIndex, pair),
      i32(1),
      i64(-5),
      op(Op::End),
      op(Op::Drop),
      op(Op::Drop),
      i32(9),
      block(Op::Block, BlockKind::TypeIndex, dup),
      op(Op::LocalGet, 0),
      op(Op::End),
      op(Op::I32Add),
      op(Op::Drop),
      f64Bits(0x7FF4000000000001),
      f64(-0.0),
      op(Op::F64Min),
      f64(1e300),
      op(Op::F64Mul),
      op(Op::LocalSet, 3),
      f32Bits(0x00000003),
      f32Bits(0xFF800000),
      op(Op::F32Copysign),
      op(Op::LocalSet, 4),
      i32(16),
      mem(Op::I64Load32U, 4, 1),
      op(Op::LocalSet, 2),
      i32(32),
      op(Op::LocalGet, 3),
      mem(Op::F64Store, 0xFFFFFFFF, 3),
      op(Op::MemorySize),
      op(Op::MemoryGrow),
      op(Op::Drop),
      i32(0),
      i32(1),
      i32(2),
      op(Op::MemoryCopy),
      i32(0),
      i32(0),
      i32(0),
      op(Op::MemoryFill),
      op(Op::LocalGet, 3),
      op(Op::I32TruncSatF64U),
      op(Op::I32Extend8S),
      op(Op::GlobalGet, 0),
      op(Op::LocalGet, 0),
      op(Op::Select),
      op(Op::GlobalSet, 1),
      op(Op::GlobalGet, 2),
      op(Op::I32WrapI64),
      op(Op::Return),
      op(Op::End),
  };
  Function init = function("init", none);
  init.body = {op(Op::Nop), op(Op::End)};
  m.functions = {add, main, init};
  m.tables.push_back({ValType::FuncRef, limits(2, 10)});
  m.memories.push_back({"mem", limits(1, 2)});
  m.globals.push_back({"g", ValType::I32, true, i32(0)});
  m.globals.push_back({"k", ValType::I64, false, i64(-1)});
  m.globals.push_back({"c", ValType::I32, false, op(Op::GlobalGet, 0)});
  m.globals.push_back({"d", ValType::F64, true, f64(2.5)});
  m.exports = {{"main", ExternKind::Func, 2},
               {"memory", ExternKind::Memory, 0},
               {"g", ExternKind::Global, 1},
               {"table", ExternKind::Table, 1}};
  m.start = 3;
  m.elems.push_back({0, 0, {1}});
  m.elems.push_back({1, 1, {1, 2}});
  m.data.push_back({0, 16, false, {1, 0, 0, 0, 2, 0, 0, 0}});
  m.data.push_back({0, 0, true, {'h', 'i', '\n', '"'}});
  m.data.push_back({0, 0x80000000, false, {}});
  return m;
}

TEST(wasmirWat, RoundTripThroughWat2Wasm) {
  expectRoundTrip(richModule());
}

TEST(wasmirWat, RoundTripSmallModules) {
  expectRoundTrip(Module{});
  Module m;
  Function f = function("f", m.internType({{}, {ValType::I32}}));
  f.body = {i32(42), op(Op::End)};
  m.functions.push_back(f);
  m.exports.push_back({"f", ExternKind::Func, 0});
  expectRoundTrip(m);
}

TEST(wasmirWat, RoundTripMultiMemoryAndSharedMemory) {
  Module m;
  Import imported = makeImport("env", "shared", ExternKind::Memory);
  imported.limits = limits(1, 16, true);
  m.imports.push_back(imported);
  m.memories.push_back({"heap", limits(2)});
  m.memories.push_back({"", limits(0, 1)});
  Function f = function("copy", m.internType({}));
  Instr copy = op(Op::MemoryCopy, 2);
  copy.align = 1;
  f.body = {i32(0),     mem(Op::I32Load8U, 3, 0, 1),
            i32(0),     op(Op::MemorySize, 2),
            copy,       i32(0),
            i64(7),     mem(Op::I64Store, 8, 2, 2),
            i32(0),     i32(0),
            i32(0),     op(Op::MemoryFill, 1),
            op(Op::End)};
  m.functions.push_back(f);
  m.data.push_back({1, 4, false, {'x'}});
  m.data.push_back({2, 0, false, {'y'}});
  expectRoundTrip(m, "--enable-multi-memory --enable-threads");
}

}  // namespace
}  // namespace wasmir
