// Tests for the WasmIR pass `tail-recursion` (wasmir/passes/tail_recursion.cpp):
// which self-calls become a loop, the accumulator and the resets it adds,
// and the functions it must leave alone. The module is validated after the
// pass; whole programs keep their output (tests/wasmir_golden/tail_recursion.rs).
#include <gtest/gtest.h>

#include "tests/unit/pass_test_module.h"
#include "wasmir/builder.h"

namespace wasmir {
namespace {

using passtest::kI32;
using passtest::TestModule;

// f(n) = n < 2 ? n : f(n - 1) OP f(n - 2), with `op` combining the calls.
void fibShape(TestModule& t, Op op, ValType type = kI32) {
  FunctionBuilder b = t.fn({type}, {type});
  auto sub = type == kI32 ? Op::I32Sub : Op::F64Sub;
  auto lt = type == kI32 ? Op::I32LtU : Op::F64Lt;
  auto k = [&](int v) {
    if (type == kI32)
      b.i32(v);
    else
      b.f64(v);
  };
  b.get(0), k(2), b.op(lt);
  b.ifBlock(BlockKind::Value, static_cast<uint32_t>(type));
  b.get(0);
  b.elseBlock();
  b.get(0), k(1), b.op(sub), b.call(0);
  b.get(0), k(2), b.op(sub), b.call(0);
  b.op(op);
  b.end();
  b.op(Op::End);
}

TEST(TailRecursion, AccumulatesUnderAddition) {
  TestModule t;
  fibShape(t, Op::I32Add);
  t.run({"tail-recursion"});
  EXPECT_EQ(t.code(),
            "i32.const 0; local.set 1; loop (result i32); local.get 0; i32.const 2; i32.lt_u; "
            "if (result i32); local.get 0; else; local.get 0; i32.const 1; i32.sub; call 0; "
            "local.get 0; i32.const 2; i32.sub; local.set 0; local.get 1; i32.add; local.set 1; "
            "br 1; end; end; local.get 1; i32.add");
}

TEST(TailRecursion, MultiplicationStartsFromOne) {
  TestModule t;
  fibShape(t, Op::I32Mul);
  t.run({"tail-recursion"});
  EXPECT_EQ(t.code().substr(0, 30), "i32.const 1; local.set 1; loop");
  EXPECT_NE(t.code().find("local.get 1; i32.mul; local.set 1; br 1"), std::string::npos);
}

TEST(TailRecursion, LeavesFloatsAndNonTailCallsAlone) {
  TestModule floats;
  fibShape(floats, Op::F64Add, ValType::F64);  // float addition does not reassociate
  std::string before = floats.code();
  floats.run({"tail-recursion"});
  EXPECT_EQ(floats.code(), before);

  TestModule sub;
  fibShape(sub, Op::I32Sub);  // not commutative
  before = sub.code();
  sub.run({"tail-recursion"});
  EXPECT_EQ(sub.code(), before);
}

TEST(TailRecursion, PlainTailCallResetsLocalsReadAsZero) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  uint32_t seen = b.addLocal(kI32);  // read before written: starts at 0 in every call
  b.get(seen), b.op(Op::Drop);
  b.get(0), b.op(Op::I32Eqz);
  b.ifBlock();
  b.i32(7), b.op(Op::Return);
  b.end();
  b.i32(1), b.set(seen);
  b.get(0), b.i32(1), b.op(Op::I32Sub), b.call(0);
  b.op(Op::End);
  t.run({"tail-recursion"});
  EXPECT_EQ(t.code(),
            "loop (result i32); i32.const 0; local.set 1; local.get 1; drop; local.get 0; "
            "i32.eqz; if; i32.const 7; return; end; i32.const 1; local.set 1; local.get 0; "
            "i32.const 1; i32.sub; local.set 0; br 0; end");
}

TEST(TailRecursion, ReturnsCombineWithTheAccumulator) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  b.get(0), b.op(Op::I32Eqz);
  b.ifBlock();
  b.i32(5), b.op(Op::Return);
  b.end();
  b.get(0);
  b.get(0), b.i32(1), b.op(Op::I32Sub), b.call(0);
  b.op(Op::I32Xor);
  b.op(Op::End);
  t.run({"tail-recursion"});
  EXPECT_EQ(t.code(),
            "i32.const 0; local.set 1; loop (result i32); local.get 0; i32.eqz; if; i32.const 5; "
            "local.get 1; i32.xor; return; end; local.get 0; local.get 0; i32.const 1; i32.sub; "
            "local.set 0; local.get 1; i32.xor; local.set 1; br 0; end; local.get 1; i32.xor");
}

TEST(TailRecursion, LeavesFunctionsThatBranchToTheirOwnLabel) {
  TestModule t;
  FunctionBuilder b = t.fn({kI32}, {kI32});
  b.i32(3);
  b.get(0);
  b.op(Op::BrIf, 0);  // leaves the function with 3
  b.op(Op::Drop);
  b.get(0), b.i32(1), b.op(Op::I32Add), b.call(0);
  b.op(Op::End);
  std::string before = t.code();
  t.run({"tail-recursion"});
  EXPECT_EQ(t.code(), before);
}

}  // namespace
}  // namespace wasmir
