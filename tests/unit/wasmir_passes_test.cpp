// Tests for the WasmIR passes (wasmir/passes/): each pass on small modules
// built with wasmir/builder.h, checking the exact code it leaves and that the
// module still validates (runPasses validates after every pass here). What
// the passes must not change (a program's behaviour) is checked on whole
// programs by tests/wasmir_golden/run_wasmir_golden.py.
#include <gtest/gtest.h>

#include "tests/unit/pass_test_module.h"
#include "wasmir/builder.h"
#include "wasmir/passes/fold_math.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

using passtest::kI32;
using passtest::kI64;
using passtest::TestModule;

// --- fold_math ----------------------------------------------------------------

uint64_t s32(int32_t v) {
  return static_cast<uint64_t>(static_cast<int64_t>(v));
}

TEST(FoldMath, FollowsWasmIntegerSemantics) {
  EXPECT_EQ(foldBinary(Op::I32Add, s32(INT32_MAX), 1).value() & 0xFFFFFFFF, 0x80000000u);
  EXPECT_EQ(foldBinary(Op::I32Shl, 1, 33), 2u);  // count modulo 32
  EXPECT_EQ(foldBinary(Op::I64Shl, 1, 65), 2u);
  EXPECT_EQ(foldBinary(Op::I32ShrS, s32(-8), 1).value() & 0xFFFFFFFF, 0xFFFFFFFCu);
  EXPECT_EQ(foldBinary(Op::I32ShrU, s32(-8), 1), 0x7FFFFFFCu);
  EXPECT_EQ(foldBinary(Op::I32Rotl, s32(0x80000001), 1), 3u);
  EXPECT_EQ(foldBinary(Op::I64Rotr, 1, 1), uint64_t{1} << 63);
  EXPECT_EQ(foldBinary(Op::I32DivS, s32(-7), 2).value() & 0xFFFFFFFF, 0xFFFFFFFDu);  // -3
  EXPECT_EQ(foldBinary(Op::I32RemS, s32(-7), 2).value() & 0xFFFFFFFF, 0xFFFFFFFFu);  // -1
  EXPECT_EQ(foldBinary(Op::I32RemS, s32(INT32_MIN), s32(-1)), 0u);  // no trap in Wasm
  EXPECT_EQ(foldBinary(Op::I32LtS, s32(-1), 0), 1u);
  EXPECT_EQ(foldBinary(Op::I32LtU, s32(-1), 0), 0u);
  EXPECT_EQ(foldBinary(Op::I64GeU, 0, ~uint64_t{0}), 0u);
  EXPECT_EQ(foldUnary(Op::I32Clz, 1), 31u);
  EXPECT_EQ(foldUnary(Op::I32Ctz, 0), 32u);
  EXPECT_EQ(foldUnary(Op::I64Popcnt, ~uint64_t{0}), 64u);
  EXPECT_EQ(foldUnary(Op::I64ExtendI32S, 0xFFFFFFFF), ~uint64_t{0});
  EXPECT_EQ(foldUnary(Op::I64ExtendI32U, s32(-1)), 0xFFFFFFFFu);
  EXPECT_EQ(foldUnary(Op::I32Extend8S, 0x80).value() & 0xFFFFFFFF, 0xFFFFFF80u);
  EXPECT_EQ(foldUnary(Op::I32WrapI64, 0x123456789), 0x23456789u);
}

TEST(FoldMath, NeverFoldsATrap) {
  EXPECT_FALSE(foldBinary(Op::I32DivS, 1, 0));
  EXPECT_FALSE(foldBinary(Op::I32DivU, 1, 0));
  EXPECT_FALSE(foldBinary(Op::I32RemS, 1, 0));
  EXPECT_FALSE(foldBinary(Op::I64RemU, 1, 0));
  EXPECT_FALSE(foldBinary(Op::I32DivS, s32(INT32_MIN), s32(-1)));
  EXPECT_FALSE(foldBinary(Op::I64DivS, uint64_t{1} << 63, ~uint64_t{0}));
  EXPECT_FALSE(foldBinary(Op::F64Add, 0, 0));  // floats are left alone
}

// --- const-fold ---------------------------------------------------------------

TEST(ConstFold, FoldsChainsAndNormalizesI32) {
  TestModule t;
  FunctionBuilder b = t.fn({}, {kI32});
  b.i32(INT32_MAX);
  b.i32(1);
  b.op(Op::I32Add);
  b.i32(2);
  b.op(Op::I32Mul);
  b.op(Op::I32Eqz);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(), "i32.const 1");  // (MAX + 1) * 2 wraps to 0
}

TEST(ConstFold, KeepsTrappingDivision) {
  TestModule t;
  FunctionBuilder b = t.fn({}, {kI32});
  b.i32(INT32_MIN);
  b.i32(-1);
  b.op(Op::I32DivS);
  b.i32(7);
  b.i32(0);
  b.op(Op::I32RemU);
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(),
            "i32.const -2147483648; i32.const -1; i32.div_s; i32.const 7; i32.const 0; i32.rem_u; "
            "i32.add");
}

TEST(ConstFold, PropagatesLocalsAndZeroInitialValues) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t x = b.addLocal(kI32), zero = b.addLocal(kI32);
  b.i32(5);
  b.set(x);
  b.get(x);
  b.get(x);
  b.op(Op::I32Mul);
  b.get(zero);
  b.op(Op::I32Add);
  b.get(0);  // the param is unknown
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(), "i32.const 5; local.set 1; i32.const 25; local.get 0; i32.add");
}

TEST(ConstFold, RemovesIdentities) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32, kI64}, {kI64});
  b.get(0);
  b.i32(0);
  b.op(Op::I32Or);
  b.i32(32);
  b.op(Op::I32Shl);  // a shift by 32 is a shift by 0
  b.op(Op::Drop);
  b.get(1);
  b.i64(1);
  b.op(Op::I64Mul);
  b.i64(-1);
  b.op(Op::I64And);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(), "local.get 1");
}

TEST(ConstFold, MergesStatesAtEnds) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t same = b.addLocal(kI32), differs = b.addLocal(kI32);
  b.get(0);
  b.ifBlock();
  b.i32(3);
  b.set(same);
  b.i32(1);
  b.set(differs);
  b.elseBlock();
  b.i32(3);
  b.set(same);
  b.end();
  b.get(same);
  b.get(differs);
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"const-fold"});
  // `differs` is 1 on one arm and its initial 0 on the other.
  EXPECT_EQ(t.code(),
            "local.get 0; if; i32.const 3; local.set 1; i32.const 1; local.set 2; else; "
            "i32.const 3; local.set 1; end; i32.const 3; local.get 2; i32.add");
}

TEST(ConstFold, BranchesToABlockMergeTheirState) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t x = b.addLocal(kI32);
  auto outer = b.block();
  b.i32(1);
  b.set(x);
  b.get(0);
  b.brIf(outer);  // leaves with x == 1
  b.i32(2);
  b.set(x);
  b.end();
  b.get(x);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(),
            "block; i32.const 1; local.set 1; local.get 0; br_if 0; i32.const 2; local.set 1; end; "
            "local.get 1");
}

TEST(ConstFold, LoopsForgetWhatTheyWrite) {
  TestModule t;
  FunctionBuilder b = t.fn({}, {kI32});
  uint32_t i = b.addLocal(kI32), k = b.addLocal(kI32);
  b.i32(7);
  b.set(k);
  auto loop = b.loop();
  b.get(i);
  b.get(k);  // k is not written in the loop: still 7
  b.op(Op::I32Add);
  b.set(i);
  b.get(i);
  b.i32(100);
  b.op(Op::I32LtU);
  b.brIf(loop);
  b.end();
  b.get(i);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(),
            "i32.const 7; local.set 1; loop; local.get 0; i32.const 7; i32.add; local.set 0; "
            "local.get 0; i32.const 100; i32.lt_u; br_if 0; end; local.get 0");
}

TEST(ConstFold, ConstantConditionsPickTheirArm) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  b.i32(0);
  b.ifBlock(BlockKind::Value, static_cast<uint32_t>(kI32));
  b.i32(10);
  b.elseBlock();
  b.i32(20);
  b.end();
  auto blk = b.block();
  b.i32(0);
  b.brIf(blk);  // never taken: removed
  b.i32(1);
  b.brIf(blk);  // always taken: br
  b.end();
  b.get(0);
  b.i32(1);
  b.op(Op::I32Const);  // select(local 0, 1, 0) is 1
  b.op(Op::Select);
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"const-fold"});
  EXPECT_EQ(t.code(),
            "block (result i32); i32.const 20; end; block; br 0; end; i32.const 1; i32.add");
}

// --- dce ----------------------------------------------------------------------

TEST(DeadCode, RemovesCodeAfterTransfersAndEmptyStructures) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  auto blk = b.block();
  b.get(0);
  b.brIf(blk);
  b.br(blk);
  b.i32(1);  // dead, with the nested block
  b.op(Op::Drop);
  b.block();
  b.op(Op::Nop);
  b.end();
  b.end();
  b.get(0);
  b.ifBlock();  // both arms empty: only the condition stays, dropped
  b.elseBlock();
  b.end();
  b.get(0);
  b.op(Op::Return);
  b.op(Op::Unreachable);
  b.op(Op::End);
  t.run({"dce"});
  EXPECT_EQ(t.code(),
            "block; local.get 0; br_if 0; br 0; end; local.get 0; drop; local.get 0; return");
}

// --- flatten-blocks ----------------------------------------------------------

TEST(FlattenBlocks, UnwrapsUntargetedBlocksAndRenumbersBranches) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  auto outer = b.block(BlockKind::Value, static_cast<uint32_t>(kI32));
  b.block();  // untargeted: goes
  b.loop();   // untargeted: goes
  b.i32(1);
  b.get(0);
  b.brIf(outer);  // depth 2 becomes 0
  b.op(Op::Drop);
  b.end();
  b.end();
  b.i32(2);
  b.end();
  b.op(Op::End);
  t.run({"flatten-blocks"});
  EXPECT_EQ(t.code(),
            "block (result i32); i32.const 1; local.get 0; br_if 0; drop; i32.const 2; end");
}

// --- tree-shake ---------------------------------------------------------------

TEST(TreeShake, KeepsWhatExportsAndTablesReachAndRenumbers) {
  TestModule t;
  uint32_t unusedImport = t.importFunction("unused", {kI64});
  uint32_t log = t.importFunction("log", {kI32});
  (void)unusedImport;
  FunctionBuilder mainFn = t.fn({}, {});
  t.fn({}, {kI64});  // dead, and its type with it
  t.m.functions.back().body = {Instr{Op::I64Const}, Instr{Op::End}};
  FunctionBuilder helper = t.fn({kI32}, {});
  helper.get(0);
  helper.call(log);
  helper.op(Op::End);
  FunctionBuilder indirect = t.fn({}, {});
  indirect.op(Op::End);
  t.m.tables.push_back(Table{ValType::FuncRef, Limits{1}});
  t.m.elems.push_back(ElemSegment{0, 0, {5}});
  mainFn.i32(1);
  mainFn.call(4);
  mainFn.op(Op::End);
  t.run({"tree-shake"});
  ASSERT_EQ(t.m.imports.size(), 1u);
  EXPECT_EQ(t.m.imports[0].name, "log");
  ASSERT_EQ(t.m.functions.size(), 3u);  // main, helper, indirect
  EXPECT_EQ(t.code(0), "i32.const 1; call 2");
  EXPECT_EQ(t.code(1), "local.get 0; call 0");
  EXPECT_EQ(t.m.elems[0].funcs, std::vector<uint32_t>{3});
  ASSERT_EQ(t.m.exports.size(), 1u);
  EXPECT_EQ(t.m.exports[0].index, 1u);
  for (const FuncType& type : t.m.types)
    EXPECT_NE(type.results, std::vector<ValType>{kI64});
}

// --- merge-functions ----------------------------------------------------------

TEST(MergeFunctions, MergesIdenticalFunctionsAndThenTheirCallers) {
  TestModule t;
  FunctionBuilder mainFn = t.fn({}, {kI32});
  for (int copy = 0; copy < 2; ++copy) {  // functions 1 and 2: identical leaves
    FunctionBuilder leaf = t.fn({kI32}, {kI32});
    leaf.get(0);
    leaf.i32(3);
    leaf.op(Op::I32Mul);
    leaf.op(Op::End);
  }
  for (uint32_t leaf : {1u, 2u}) {  // functions 3 and 4: identical once the leaves are
    FunctionBuilder caller = t.fn({}, {kI32});
    caller.i32(2);
    caller.call(leaf);
    caller.op(Op::End);
  }
  mainFn.call(3);
  mainFn.call(4);
  mainFn.op(Op::I32Add);
  mainFn.op(Op::End);
  t.run({"merge-functions"});
  ASSERT_EQ(t.m.functions.size(), 3u);
  EXPECT_EQ(t.code(0), "call 2; call 2; i32.add");
  EXPECT_EQ(t.code(2), "i32.const 2; call 1");
}

TEST(MergeFunctions, KeepsFunctionsThatDifferInLocals) {
  TestModule t;
  t.fn({}, {}).op(Op::End);
  for (ValType local : {kI32, kI64}) {
    FunctionBuilder f = t.fn({}, {});
    f.addLocal(local);
    f.op(Op::End);
  }
  t.run({"merge-functions"});
  EXPECT_EQ(t.m.functions.size(), 3u);
}

// --- dse ----------------------------------------------------------------------

TEST(DeadStores, RemovesStoresNobodyReads) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t x = b.addLocal(kI32), y = b.addLocal(kI32);
  b.i32(1);
  b.set(x);  // overwritten before any read
  b.get(0);
  b.set(x);
  b.get(0);
  b.i32(2);
  b.op(Op::I32Add);
  b.tee(y);  // never read
  b.get(x);
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"dse"});
  EXPECT_EQ(t.code(),
            "local.get 0; local.set 1; local.get 0; i32.const 2; i32.add; local.get 1; i32.add");
}

TEST(DeadStores, KeepsStoresReadAroundALoop) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {});
  uint32_t x = b.addLocal(kI32);
  auto out = b.block();
  auto loop = b.loop();
  b.get(x);  // reads the store of the previous iteration
  b.brIf(out);
  b.get(0);
  b.set(x);
  b.br(loop);
  b.end();
  b.end();
  b.op(Op::End);
  t.run({"dse"});
  EXPECT_EQ(t.code(),
            "block; loop; local.get 1; br_if 1; local.get 0; local.set 1; br 0; end; end");
}

// --- unused-locals ------------------------------------------------------------

TEST(UnusedLocals, RemovesAndRenumbers) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI64});
  b.addLocal(kI32, "unused");
  uint32_t y = b.addLocal(kI64, "y");
  b.i64(4);
  b.set(y);
  b.get(y);
  b.op(Op::End);
  t.run({"unused-locals"});
  EXPECT_EQ(t.m.functions[0].locals, std::vector<ValType>{kI64});
  EXPECT_EQ(t.code(), "i64.const 4; local.set 1; local.get 1");
  EXPECT_EQ(t.m.functions[0].localNames.back(), "y");
}

// --- coalesce-locals ----------------------------------------------------------

TEST(CoalesceLocals, SharesSlotsOfDisjointLiveRanges) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t a = b.addLocal(kI32), c = b.addLocal(kI32), d = b.addLocal(kI64);
  b.get(0);
  b.i32(1);
  b.op(Op::I32Add);
  b.set(a);
  b.get(a);
  b.get(a);
  b.op(Op::I32Mul);
  b.set(c);  // a is dead here: c can take its slot
  b.i64(5);
  b.set(d);  // another type: a slot of its own
  b.get(d);
  b.op(Op::I32WrapI64);
  b.get(c);
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"coalesce-locals"});
  // The param is dead after its last read, so `a` and then `c` join it.
  EXPECT_EQ(t.m.functions[0].locals, std::vector<ValType>{kI64});
  EXPECT_EQ(t.code(),
            "local.get 0; i32.const 1; i32.add; local.tee 0; local.get 0; i32.mul; local.set 0; "
            "i64.const 5; local.tee 1; i32.wrap_i64; local.get 0; i32.add");
}

TEST(CoalesceLocals, KeepsOverlappingAndZeroReadingLocalsApart) {
  TestModule t;
  FunctionBuilder b = t.fn({}, {kI32});
  uint32_t zero = b.addLocal(kI32), a = b.addLocal(kI32), c = b.addLocal(kI32);
  b.i32(1);
  b.set(a);
  b.i32(2);
  b.set(c);
  b.get(a);  // a and c are live together
  b.get(c);
  b.op(Op::I32Add);
  b.get(zero);  // reads its initial zero
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"coalesce-locals"});
  EXPECT_EQ(t.m.functions[0].locals.size(), 3u);
}

// --- inline -------------------------------------------------------------------

TEST(Inline, InlinesASmallFunctionWithReturnsAndZeroedLocals) {
  TestModule t;
  FunctionBuilder mainFn = t.fn({}, {kI32});
  FunctionBuilder callee = t.fn({kI32}, {kI32});
  uint32_t acc = callee.addLocal(kI32);
  auto blk = callee.block();
  callee.get(0);
  callee.op(Op::I32Eqz);
  callee.brIf(blk);
  callee.get(acc);  // reads the zero initial value
  callee.op(Op::Return);
  callee.end();
  callee.get(0);
  callee.op(Op::End);
  for (int32_t arg : {5, 6}) {
    mainFn.i32(arg);
    mainFn.call(1);
  }
  mainFn.op(Op::I32Add);
  mainFn.op(Op::End);
  t.run({"inline", "tree-shake"});
  ASSERT_EQ(t.m.functions.size(), 1u);
  EXPECT_EQ(t.m.functions[0].locals.size(), 4u);
  EXPECT_EQ(t.code(),
            "i32.const 5; local.set 0; i32.const 0; local.set 1; block (result i32); block; "
            "local.get 0; i32.eqz; br_if 0; local.get 1; br 1; end; local.get 0; end; "
            "i32.const 6; local.set 2; i32.const 0; local.set 3; block (result i32); block; "
            "local.get 2; i32.eqz; br_if 0; local.get 3; br 1; end; local.get 2; end; i32.add");
}

TEST(Inline, InlinesASingleCallButNotRecursionOrExports) {
  TestModule t;
  FunctionBuilder mainFn = t.fn({}, {});
  FunctionBuilder big = t.fn({}, {});  // too big to copy, but called once
  for (int k = 0; k < 20; ++k)
    big.op(Op::Nop);
  big.call(2);
  big.op(Op::End);
  FunctionBuilder rec = t.fn({}, {});  // calls itself
  for (int k = 0; k < 20; ++k)
    rec.op(Op::Nop);
  rec.call(2);
  rec.op(Op::End);
  mainFn.call(1);
  mainFn.call(0);  // main itself is exported: never inlined
  mainFn.op(Op::End);
  t.run({"inline", "tree-shake"});
  ASSERT_EQ(t.m.functions.size(), 2u);
  EXPECT_NE(t.code(0).find("block; nop;"), std::string::npos);
  EXPECT_NE(t.code(0).find("call 1"), std::string::npos);
  EXPECT_NE(t.code(0).find("call 0"), std::string::npos);
}

// --- pass manager ---------------------------------------------------------------

TEST(PassManager, ParsesListsAndRejectsUnknownPasses) {
  std::vector<std::string> names;
  std::string error;
  ASSERT_TRUE(parsePassList("dce,const-fold", names, error));
  EXPECT_EQ(names, (std::vector<std::string>{"dce", "const-fold"}));
  ASSERT_TRUE(parsePassList("release", names, error));
  EXPECT_EQ(names, releasePipeline());
  ASSERT_TRUE(parsePassList("pre-binaryen-size", names, error));
  EXPECT_EQ(names, preBinaryenPipeline(PipelineGoal::Size));
  EXPECT_EQ(names.front(), "bulk-memory");
  ASSERT_TRUE(parsePassList("none", names, error));
  EXPECT_TRUE(names.empty());
  EXPECT_FALSE(parsePassList("dce,nope", names, error));
  EXPECT_NE(error.find("nope"), std::string::npos);
  for (const PassInfo& p : allPasses())
    EXPECT_EQ(findPass(p.name), &p);
}

}  // namespace
}  // namespace wasmir
