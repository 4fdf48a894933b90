// Tests for the WasmIR passes that work on values and loops: copy-prop,
// bounds-checks (and the range analysis under it), licm and bulk-memory;
// each on small modules, checking the exact code left (see
// wasmir_passes_test.cpp for the others and pass_test_module.h).
#include <gtest/gtest.h>

#include "tests/unit/pass_test_module.h"
#include "wasmir/builder.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

using passtest::kI32;
using passtest::TestModule;

// --- copy-prop -----------------------------------------------------------------

TEST(CopyProp, ReadsTheOriginalUntilEitherIsWritten) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t x = b.addLocal(kI32), y = b.addLocal(kI32);
  b.get(0);
  b.set(x);
  b.get(x);
  b.tee(y);  // y copies x, which copies param 0
  b.get(y);
  b.op(Op::I32Add);
  b.i32(5);
  b.set(0);  // the original changes: x and y keep the old value
  b.get(x);
  b.op(Op::I32Add);
  b.op(Op::End);
  t.run({"copy-prop"});
  EXPECT_EQ(t.code(),
            "local.get 0; local.set 1; local.get 0; local.tee 2; local.get 0; i32.add; "
            "i32.const 5; local.set 0; local.get 1; i32.add");
}

TEST(CopyProp, KeepsWhatAllPathsAgreeOnAndLoopsForget) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32, kI32}, {kI32});
  uint32_t x = b.addLocal(kI32), y = b.addLocal(kI32);
  b.get(0);
  b.set(x);
  b.get(1);
  b.ifBlock();
  b.get(0);
  b.set(y);  // y copies param 0 on this arm only
  b.elseBlock();
  b.get(1);
  b.set(y);
  b.end();
  b.get(x);  // both arms keep x a copy of param 0
  b.get(y);
  b.op(Op::I32Add);
  b.set(y);
  auto loop = b.loop();
  b.get(x);  // x is written in the loop: not a copy here
  b.i32(1);
  b.op(Op::I32Add);
  b.set(x);
  b.get(x);
  b.brIf(loop);
  b.end();
  b.get(y);
  b.op(Op::End);
  t.run({"copy-prop"});
  EXPECT_EQ(t.code(),
            "local.get 0; local.set 2; local.get 1; if; local.get 0; local.set 3; else; "
            "local.get 1; local.set 3; end; local.get 0; local.get 3; i32.add; local.set 3; "
            "loop; local.get 2; i32.const 1; i32.add; local.set 2; local.get 2; br_if 0; end; "
            "local.get 3");
}

// --- bounds-checks --------------------------------------------------------------

// The check lowering puts before an access: the index on the stack is kept
// in `idx`; out of range it calls `panic` (idx, len, line, col).
void boundsCheck(FunctionBuilder& b, uint32_t idx, uint32_t len, uint32_t panic) {
  b.tee(idx);
  b.get(len);
  b.op(Op::I32GeU);
  b.ifBlock();
  b.get(idx);
  b.get(len);
  b.i32(1);
  b.i32(1);
  b.call(panic);
  b.op(Op::Unreachable);
  b.end();
}

TEST(BoundsChecks, RemovesChecksUnderTheLoopGuardAndRepeatedChecks) {
  TestModule t;
  uint32_t panic = t.importFunction("panic", {kI32, kI32, kI32, kI32});
  FunctionBuilder b = t.fn({kI32}, {});  // (len)
  uint32_t i = b.addLocal(kI32), n = b.addLocal(kI32), idx = b.addLocal(kI32);
  uint32_t len2 = b.addLocal(kI32);
  b.get(0);
  b.set(n);  // for i in 0..len
  auto brk = b.block();
  auto top = b.loop();
  b.get(i);
  b.get(n);
  b.op(Op::I32GeU);
  b.brIf(brk);
  b.get(0);
  b.set(len2);  // the length again, in another local
  b.get(i);
  boundsCheck(b, idx, len2, panic);
  b.get(idx);
  boundsCheck(b, idx, 0, panic);  // the same index again
  b.get(i);
  b.i32(1);
  b.op(Op::I32Add);
  b.set(i);
  b.br(top);
  b.end();
  b.end();
  b.op(Op::End);
  t.run({"bounds-checks"});
  EXPECT_EQ(t.code(),
            "local.get 0; local.set 2; block; loop; local.get 1; local.get 2; i32.ge_u; br_if 1; "
            "local.get 0; local.set 4; local.get 1; local.set 3; local.get 3; local.set 3; "
            "local.get 1; i32.const 1; i32.add; local.set 1; br 0; end; end");
}

TEST(BoundsChecks, KeepsChecksThatCanFail) {
  TestModule t;
  uint32_t panic = t.importFunction("panic", {kI32, kI32, kI32, kI32});
  FunctionBuilder b = t.fn({kI32, kI32}, {});  // (len, k)
  uint32_t i = b.addLocal(kI32), idx = b.addLocal(kI32), eight = b.addLocal(kI32);
  b.get(1);
  boundsCheck(b, idx, 0, panic);  // an index nothing is known about
  b.i32(8);
  b.set(eight);
  auto brk = b.block();
  auto top = b.loop();
  b.get(i);
  b.i32(10);
  b.op(Op::I32GtU);  // i <= 10: one more than the length 8 allows
  b.brIf(brk);
  b.get(i);
  boundsCheck(b, idx, eight, panic);
  b.get(i);
  b.get(0);
  b.op(Op::I32GtU);  // i <= len: len itself is out of range
  b.brIf(brk);
  b.get(i);
  boundsCheck(b, idx, 0, panic);
  b.get(i);
  b.i32(1);
  b.op(Op::I32Add);
  b.set(i);
  b.br(top);
  b.end();
  b.end();
  b.op(Op::End);
  std::string before = (t.run({}), t.code());
  t.run({"bounds-checks"});
  EXPECT_EQ(t.code(), before);
}

TEST(BoundsChecks, FollowsCountersThatShrinkAndRemainders) {
  TestModule t;
  uint32_t panic = t.importFunction("panic", {kI32, kI32, kI32, kI32});
  FunctionBuilder b = t.fn({kI32, kI32}, {});  // (len, x)
  uint32_t j = b.addLocal(kI32), idx = b.addLocal(kI32);
  b.get(0);
  b.op(Op::I32Eqz);
  b.ifBlock();
  b.op(Op::Return);
  b.end();
  b.get(0);
  b.i32(1);
  b.op(Op::I32Sub);
  b.set(j);  // j = len - 1, and len >= 1
  auto brk = b.block();
  auto top = b.loop();
  b.get(j);
  boundsCheck(b, idx, 0, panic);  // j only shrinks from len - 1
  b.get(j);
  b.op(Op::I32Eqz);
  b.brIf(brk);
  b.get(j);
  b.i32(1);
  b.op(Op::I32Sub);
  b.set(j);  // never wraps: j != 0 here
  b.br(top);
  b.end();
  b.end();
  b.get(1);
  b.i32(8);
  b.op(Op::I32RemU);
  b.i32(8);
  b.set(j);
  boundsCheck(b, idx, j, panic);  // x % 8 < 8
  b.op(Op::End);
  t.run({"bounds-checks"});
  EXPECT_EQ(t.code(),
            "local.get 0; i32.eqz; if; return; end; local.get 0; i32.const 1; i32.sub; "
            "local.set 2; block; loop; local.get 2; local.set 3; local.get 2; i32.eqz; br_if 1; "
            "local.get 2; i32.const 1; i32.sub; local.set 2; br 0; end; end; local.get 1; "
            "i32.const 8; i32.rem_u; i32.const 8; local.set 2; local.set 3");
}

TEST(BoundsChecks, ACounterThatMayWrapTeachesNothing) {
  TestModule t;
  uint32_t panic = t.importFunction("panic", {kI32, kI32, kI32, kI32});
  FunctionBuilder b = t.fn({kI32}, {});  // (len)
  uint32_t i = b.addLocal(kI32);
  b.i32(1);
  b.set(i);
  auto top = b.loop();
  b.get(i);
  b.op(Op::I32Eqz);  // i starts at 1 and grows, but wraps to 0 after 2^32 - 1 steps
  b.ifBlock();
  b.i32(0);
  b.i32(0);
  b.i32(1);
  b.i32(1);
  b.call(panic);
  b.op(Op::Unreachable);
  b.end();
  b.get(i);
  b.i32(1);
  b.op(Op::I32Add);
  b.set(i);
  b.get(i);
  b.get(0);
  b.op(Op::I32Ne);
  b.brIf(top);
  b.end();
  b.op(Op::End);
  std::string before = (t.run({}), t.code());
  t.run({"bounds-checks"});
  EXPECT_EQ(t.code(), before);
}

// --- licm ----------------------------------------------------------------------

TEST(Licm, HoistsInvariantArithmeticOnceAndLeavesTheRest) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32, kI32}, {});  // (base, n)
  uint32_t i = b.addLocal(kI32);
  auto loop = b.loop();
  for (int k = 0; k < 2; ++k) {  // base + n * 56, twice: one local
    b.get(0);
    b.get(1);
    b.i32(56);
    b.op(Op::I32Mul);
    b.op(Op::I32Add);
    b.get(i);
    b.op(Op::I32Add);  // + i: i changes
    b.op(Op::Drop);
  }
  b.get(0);
  b.i32(4);
  b.op(Op::I32Add);  // one operation: not worth a local
  b.op(Op::Drop);
  b.get(i);
  b.i32(1);
  b.op(Op::I32Add);
  b.set(i);
  b.get(i);
  b.get(1);
  b.op(Op::I32LtU);
  b.brIf(loop);
  b.end();
  b.op(Op::End);
  t.run({"licm"});
  EXPECT_EQ(t.code(),
            "local.get 0; local.get 1; i32.const 56; i32.mul; i32.add; local.set 3; loop; "
            "local.get 3; local.get 2; i32.add; drop; local.get 3; local.get 2; i32.add; drop; "
            "local.get 0; i32.const 4; i32.add; drop; local.get 2; i32.const 1; i32.add; "
            "local.set 2; local.get 2; local.get 1; i32.lt_u; br_if 0; end");
}

TEST(Licm, KeepsLoadsAndDivisionsThatCanTrap) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32, kI32}, {});
  auto loop = b.loop();
  b.get(0);
  b.get(1);
  b.op(Op::I32Add);
  b.i32(4);
  b.op(Op::I32Mul);
  b.mem(Op::I32Load, 0, 2);  // a load may trap, and memory may change
  b.op(Op::Drop);
  b.get(0);
  b.i32(3);
  b.op(Op::I32Mul);
  b.i32(1);
  b.op(Op::I32Add);
  b.get(1);
  b.op(Op::I32DivU);  // by a value that may be 0
  b.op(Op::Drop);
  b.get(0);
  b.get(1);
  b.op(Op::I32Mul);
  b.i32(-1);
  b.op(Op::I32DivS);  // MIN / -1 traps
  b.op(Op::Drop);
  b.get(0);
  b.brIf(loop);
  b.end();
  b.op(Op::End);
  t.run({"licm"});
  // The operands with two operations leave the loop; the loads and
  // divisions stay where they were.
  EXPECT_EQ(t.code(),
            "local.get 0; local.get 1; i32.add; i32.const 4; i32.mul; local.set 2; "
            "local.get 0; i32.const 3; i32.mul; i32.const 1; i32.add; local.set 3; loop; "
            "local.get 2; i32.load; drop; local.get 3; local.get 1; i32.div_u; drop; "
            "local.get 0; local.get 1; i32.mul; i32.const -1; i32.div_s; drop; local.get 0; "
            "br_if 0; end");
}

TEST(Licm, MovesAnExpressionPastEveryLoopThatKeepsIt) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32, kI32}, {});
  uint32_t i = b.addLocal(kI32), j = b.addLocal(kI32);
  auto outer = b.loop();
  b.i32(0);
  b.set(j);
  auto inner = b.loop();
  b.get(0);
  b.get(1);
  b.op(Op::I32Mul);
  b.i32(3);
  b.op(Op::I32DivU);  // by a nonzero constant: cannot trap
  b.get(i);
  b.i32(8);
  b.op(Op::I32Mul);
  b.get(0);
  b.op(Op::I32Add);
  b.op(Op::I32Add);  // (p0 * p1 / 3) + (i * 8 + p0): only the inner loop keeps it
  b.get(j);
  b.op(Op::I32Add);
  b.op(Op::Drop);
  b.get(j);
  b.i32(1);
  b.op(Op::I32Add);
  b.tee(j);
  b.brIf(inner);
  b.end();
  b.get(i);
  b.i32(1);
  b.op(Op::I32Add);
  b.tee(i);
  b.brIf(outer);
  b.end();
  b.op(Op::End);
  t.run({"licm"});
  EXPECT_EQ(t.code(),
            "local.get 0; local.get 1; i32.mul; i32.const 3; i32.div_u; local.set 4; loop; "
            "i32.const 0; local.set 3; local.get 4; local.get 2; i32.const 8; i32.mul; "
            "local.get 0; i32.add; i32.add; local.set 5; loop; local.get 5; local.get 3; "
            "i32.add; drop; local.get 3; i32.const 1; i32.add; local.tee 3; br_if 0; end; "
            "local.get 2; i32.const 1; i32.add; local.tee 2; br_if 0; end");
}

// --- bulk-memory ---------------------------------------------------------------

// `groups` word copies from src + a to dst + b, lowering's copy of an aggregate.
void wordCopies(FunctionBuilder& b,
                uint32_t dst,
                uint32_t src,
                uint32_t a,
                uint32_t bOff,
                int groups) {
  for (int k = 0; k < groups; ++k) {
    b.get(dst);
    b.get(src);
    b.mem(Op::I32Load, a + 4 * k, 2);
    b.mem(Op::I32Store, bOff + 4 * k, 2);
  }
}

TEST(BulkMemory, CopiesBetweenSlotsOfOneFrame) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {});  // (fp)
  uint32_t src = b.addLocal(kI32);
  wordCopies(b, 0, 0, 0, 64, 4);  // fp+0..16 to fp+64..80
  b.get(0);
  b.i32(192);
  b.op(Op::I32Add);
  b.set(src);
  wordCopies(b, 0, src, 0, 0, 4);  // fp+192.. to fp+0..: apart
  b.op(Op::End);
  t.run({"bulk-memory"});
  EXPECT_EQ(t.code(),
            "local.get 0; i32.load8_u offset=79; drop; local.get 0; i32.const 64; i32.add; "
            "local.get 0; i32.const 16; memory.copy; local.get 0; i32.const 192; i32.add; "
            "local.set 1; local.get 0; local.get 1; i32.const 16; memory.copy");
}

TEST(BulkMemory, KeepsCopiesThatMayOverlapBackwardsAndShortRuns) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32, kI32}, {});
  wordCopies(b, 0, 0, 0, 8, 4);   // fp+0..16 to fp+8..24: word copies propagate
  wordCopies(b, 0, 1, 0, 0, 4);   // two pointers nothing relates
  wordCopies(b, 1, 0, 0, 64, 3);  // three words: not worth it
  b.op(Op::End);
  std::string before = (t.run({}), t.code());
  t.run({"bulk-memory"});
  EXPECT_EQ(t.code(), before);
}

TEST(BulkMemory, FillsRunsOfOneRepeatedByte) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {});
  for (int k = 0; k < 4; ++k) {
    b.get(0);
    b.i64(0);
    b.mem(Op::I64Store, 8 * k, 3);
  }
  for (int k = 0; k < 4; ++k) {  // -1 everywhere: bytes 0xFF
    b.get(0);
    b.i32(k == 3 ? 0xFF : -1);
    b.mem(k == 3 ? Op::I32Store8 : Op::I32Store, 32 + 4 * k, k == 3 ? 0 : 2);
  }
  for (int k = 0; k < 4; ++k) {  // 1.0 is not one repeated byte
    b.get(0);
    b.f64(1.0);
    b.mem(Op::F64Store, 64 + 8 * k, 3);
  }
  b.op(Op::End);
  t.run({"bulk-memory"});
  std::string rest;
  for (int k = 0; k < 4; ++k)
    rest += "; local.get 0; f64.const 0x1p+0; f64.store offset=" + std::to_string(64 + 8 * k);
  EXPECT_EQ(t.code(),
            "local.get 0; i32.const 0; i32.const 32; memory.fill; local.get 0; "
            "i32.load8_u offset=44; drop; local.get 0; i32.const 32; i32.add; i32.const 255; "
            "i32.const 13; memory.fill" +
                rest);
}

}  // namespace
}  // namespace wasmir
