// The walker of the range analysis (range_analysis.h), shared by its two
// halves: range_analysis.cpp follows the control flow (blocks, branches,
// merges, loops and their induction variables), range_values.cpp gives
// each instruction's result a value number and learns from conditions.
#pragma once

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <vector>

#include "wasmir/module.h"
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/value_ranges.h"

namespace wasmir::ranges {

// Loops walked again without an induction assumption, per function, before
// the walk stops assuming anything (bounds the cost on hostile input).
constexpr int kMaxRewalks = 32;

enum class Rel : uint8_t { None, LtU, LeU, Eq, Ne };

// a REL b, unsigned.
struct Cond {
  Rel rel = Rel::None;
  ValueId a = kUnknownValue;
  ValueId b = kUnknownValue;
};

inline Cond negate(Cond c) {
  switch (c.rel) {
    case Rel::LtU:
      return Cond{Rel::LeU, c.b, c.a};
    case Rel::LeU:
      return Cond{Rel::LtU, c.b, c.a};
    case Rel::Eq:
      return Cond{Rel::Ne, c.a, c.b};
    case Rel::Ne:
      return Cond{Rel::Eq, c.a, c.b};
    case Rel::None:
      break;
  }
  return c;
}

// A value on the operand stack.
struct Val {
  ValType type = ValType::I32;
  ValueId id = kUnknownValue;
  Cond cond;                     // an i32 0/1 that tests this
  ValueId base = kUnknownValue;  // id == base + delta, without wrapping
  int64_t delta = 0;
  // The result of a value block: the facts that hold at its end when the
  // value is nonzero (or zero), while no local has been written since.
  std::shared_ptr<const PathFacts> whenTrue, whenFalse;
  uint64_t epoch = 0;
};

struct Induction {
  uint32_t local;
  int direction;  // +1: only grows, -1: only shrinks
};

// What a loop's body writes, found once per loop.
struct LoopInfo {
  std::vector<uint32_t> written;
  std::vector<Induction> candidates;  // written once, by x = x +/- k
  std::vector<uint32_t> rejected;     // a step that may wrap was seen
};

struct Frame {
  Op op = Op::Block;
  uint32_t opener = 0;
  size_t height = 0;  // operand stack height below the params
  std::vector<ValType> params, results;
  std::vector<PathFacts> exits;  // blocks and ifs: the branches to the end
  std::vector<Val> exitValues;   // with their single i32 result, if any
  PathFacts elseEntry;           // if: the facts its else arm starts from
  std::vector<Val> paramValues;  // if: the params its else arm starts with
  bool hasElse = false;
  // Loops: how to walk the body again.
  PathFacts entryFacts;
  std::vector<Val> entryStack;
  std::vector<size_t> outerExits;
  std::vector<Induction> assumed;
  std::vector<uint32_t> violated;
};

class RangeWalker {
 public:
  RangeWalker(const Module& m, const Function& f)
      : m_(m), f_(f), shape_(analyzeShape(f)), types_(localTypes(m, f)) {}

  std::vector<int8_t> run();

 private:
  // --- the operand stack -----------------------------------------------------

  void push(Val v) { stack_.push_back(std::move(v)); }

  Val pop();
  Val i32(ValueId id);
  Val fresh(ValType type, URange r = {});
  URange range(ValueId v) const { return table_.range(p_, v); }

  // --- conditions ------------------------------------------------------------

  int8_t decide(const PathFacts& p, const Cond& c) const;
  void narrowAgainst(PathFacts& p, ValueId x, ValueId other, Rel rel) const;

  // Adds what `c` being true teaches; a path where it cannot be is dead.
  void learn(PathFacts& p, const Cond& c) const;

  // The facts on the side of a branch where `v` is nonzero (truth) or zero.
  PathFacts assume(const Val& v, bool truth);
  ValueId constOf(uint32_t c) { return table_.constant(c); }

  // --- locals ----------------------------------------------------------------

  void write(uint32_t local, const Val& v);

  // --- instructions ----------------------------------------------------------

  size_t step(size_t i);

  // The unsigned relation an i32 comparison tests (a REL b, or b REL a when
  // `swapped` comes back true); signed ones count when both sides are known
  // to be non-negative, which the caller checks.
  static Rel compareRel(Op op, bool& swapped, bool& isSigned);
  void openBlock(size_t i, const Instr& in);
  size_t heightBelow(size_t params) const;
  void openIf(size_t i, const Instr& in);
  void onElse();
  void addExit(Frame& fr, const PathFacts& p, const Val& top);
  void branch(uint32_t depth, const PathFacts& p, const Val& top);
  void onBrIf(const Instr& in);
  const LoopInfo& loopInfo(size_t opener);
  void openLoop(size_t i, const Instr& in);
  size_t onEnd(size_t i);

  // The facts after a block or if: the join of every way of reaching its
  // end. Returns the value of a single i32 result.
  Val join(const Frame& fr, bool oneI32);

  // A loop whose body broke an induction assumption: walk it again without.
  size_t rewalk(Frame fr);
  void simple(size_t i, const Instr& in);
  Val compare(size_t i, Cond c);

  // The value of an instruction with an i32 result.
  Val i32Result(size_t i, Op op, const std::vector<Val>& args);

  // a + d or a - (-d) for a constant d; records that the result does not
  // wrap when the range of a shows it.
  Val addConstant(const Val& a, int64_t d);
  Val arith(Op op, const Val& a, const Val& b);
  const Module& m_;
  const Function& f_;
  BodyShape shape_;
  std::vector<ValType> types_;
  ValueTable table_;
  PathFacts p_;
  std::vector<Val> stack_;
  std::vector<Frame> frames_;
  std::vector<int8_t> decided_;
  std::unordered_map<size_t, LoopInfo> loops_;
  uint64_t epoch_ = 0;
  int rewalks_ = 0;
  bool speculate_ = true;
};

}  // namespace wasmir::ranges
