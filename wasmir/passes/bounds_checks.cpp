// Pass `bounds-checks`: removes the bounds checks, and other unsigned i32
// comparisons, that the ranges of their operands decide.
//
// Lowering guards an index it cannot prove in range with
//
//   <index>; local.tee $i; local.get $len; i32.ge_u
//   if  local.get $i; local.get $len; <line>; <col>; call $__panic_bounds; unreachable  end
//
// (lowering itself leaves the check out only for a constant index, or a
// `for` variable over a constant range, into an array). The range analysis
// (range_analysis.h) decides a comparison only when it gives the same result
// on every execution, so a check that can fail is never removed: `i <u n`
// for a loop counter under the loop's guard `i >=u n`, with `$len` the same
// value as `n` (`for i in 0..s.len()`), a check repeated on the same index,
// `j + 1` when `j <u n - 1 - i`, `(h + i) % N` into an array of length N.
//
// A decided comparison becomes a constant: its operands are dropped (a
// `local.get`/constant operand disappears, a `local.tee` becomes a
// `local.set`), and an `if` or `br_if` on it keeps only the arm or branch
// that runs. const-fold and dce clean up whatever else becomes constant.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"
#include "wasmir/passes/range_analysis.h"

namespace wasmir {
namespace {

// Drops the value on top of the stack, undoing its producer if it is the
// last instruction and does nothing else.
void dropTop(std::vector<Instr>& out) {
  if (!out.empty() && isPureProducer(out.back().op)) {
    out.pop_back();
  } else if (!out.empty() && out.back().op == Op::LocalTee) {
    out.back().op = Op::LocalSet;
  } else {
    out.push_back(Instr{Op::Drop});
  }
}

void rewrite(Function& f, const std::vector<int8_t>& decided) {
  BodyShape shape = analyzeShape(f);
  std::vector<uint8_t> skipArm(f.body.size(), 0);  // else: skip to its end
  std::vector<Instr> out;
  out.reserve(f.body.size());
  size_t constantAt = kNone;  // where out holds a decided comparison's result
  for (size_t i = 0; i < f.body.size(); ++i) {
    Instr in = f.body[i];
    if (decided[i] >= 0) {
      dropTop(out);
      if (in.op != Op::I32Eqz)
        dropTop(out);
      constantAt = out.size();
      out.push_back(Instr{Op::I32Const, 0, 0, static_cast<uint64_t>(decided[i])});
      continue;
    }
    bool known = constantAt + 1 == out.size() && (in.op == Op::If || in.op == Op::BrIf);
    bool taken = known && out.back().value != 0;
    if (known)
      out.pop_back();
    constantAt = kNone;
    if (in.op == Op::Else && skipArm[i]) {
      i = shape.match[i] - 1;  // the end stays
      continue;
    }
    if (!known) {
      out.push_back(in);
      continue;
    }
    uint32_t elseAt = shape.elseOf[i];
    if (in.op == Op::BrIf) {
      if (taken)
        out.push_back(Instr{Op::Br, in.index});
    } else if (taken) {
      out.push_back(Instr{Op::Block, in.index, in.align});
      if (elseAt != kNone)
        skipArm[elseAt] = 1;
    } else if (elseAt != kNone) {
      out.push_back(Instr{Op::Block, in.index, in.align});
      i = elseAt;  // the else arm's code follows, up to the end
    } else {
      i = shape.match[i];  // an if without else that never runs
    }
  }
  f.body = std::move(out);
  compactBrTables(f);
}

}  // namespace

void boundsChecks(Module& module) {
  for (Function& f : module.functions) {
    std::vector<int8_t> decided = decideComparisons(module, f);
    bool any = false;
    for (int8_t d : decided)
      any = any || d >= 0;
    if (any)
      rewrite(f, decided);
  }
}

}  // namespace wasmir
