// Range analysis of a function body (see range_analysis.h): what each
// instruction's result is, and what a condition teaches the path it guards.
#include <algorithm>

#include "wasmir/passes/range_walker.h"

namespace wasmir::ranges {

Val RangeWalker::pop() {
  if (stack_.size() <= frames_.back().height)
    return Val{};  // unreachable code may pop what is not there
  Val v = std::move(stack_.back());
  stack_.pop_back();
  return v;
}

Val RangeWalker::i32(ValueId id) {
  Val v;
  v.id = id;
  return v;
}

Val RangeWalker::fresh(ValType type, URange r) {
  Val v;
  v.type = type;
  v.id = type == ValType::I32 ? table_.fresh(r) : kUnknownValue;
  return v;
}

int8_t RangeWalker::decide(const PathFacts& p, const Cond& c) const {
  auto less = [&](ValueId a, ValueId b, bool strict) { return table_.proveLess(p, a, b, strict); };
  switch (c.rel) {
    case Rel::LtU:
      return less(c.a, c.b, true) ? 1 : less(c.b, c.a, false) ? 0 : -1;
    case Rel::LeU:
      return less(c.a, c.b, false) ? 1 : less(c.b, c.a, true) ? 0 : -1;
    case Rel::Eq:
    case Rel::Ne: {
      int8_t eq = c.a != kUnknownValue && c.a == c.b             ? 1
                  : less(c.a, c.b, true) || less(c.b, c.a, true) ? 0
                                                                 : -1;
      return eq < 0 || c.rel == Rel::Eq ? eq : static_cast<int8_t>(1 - eq);
    }
    case Rel::None:
      break;
  }
  return -1;
}

void RangeWalker::narrowAgainst(PathFacts& p, ValueId x, ValueId other, Rel rel) const {
  uint32_t c = 0;
  if (!table_.isConstant(other, c))
    return;
  URange r = table_.range(p, x);
  if (rel == Rel::Ne) {
    if (r.lo == c && c != UINT32_MAX)
      table_.narrow(p, x, URange{c + 1, UINT32_MAX});
    if (r.hi == c && c != 0)
      table_.narrow(p, x, URange{0, c - 1});
  } else if (rel == Rel::Eq) {
    table_.narrow(p, x, URange{c, c});
  }
}

// Adds what `c` being true teaches; a path where it cannot be is dead.
void RangeWalker::learn(PathFacts& p, const Cond& c) const {
  if (!p.reachable || c.rel == Rel::None)
    return;
  if (decide(p, c) == 0) {
    p.reachable = false;
    return;
  }
  switch (c.rel) {
    case Rel::LtU:
    case Rel::LeU:
      table_.addEdge(p, c.a, c.b, c.rel == Rel::LtU);
      break;
    case Rel::Eq:
      table_.addEdge(p, c.a, c.b, false);
      table_.addEdge(p, c.b, c.a, false);
      [[fallthrough]];
    case Rel::Ne:
      narrowAgainst(p, c.a, c.b, c.rel);
      narrowAgainst(p, c.b, c.a, c.rel);
      break;
    case Rel::None:
      break;
  }
}

// The facts on the side of a branch where `v` is nonzero (truth) or zero.
PathFacts RangeWalker::assume(const Val& v, bool truth) {
  const auto& known = truth ? v.whenTrue : v.whenFalse;
  if (known && v.epoch == epoch_ && p_.reachable)
    return *known;
  PathFacts p = p_;
  Cond c = v.cond.rel != Rel::None ? v.cond : Cond{Rel::Ne, v.id, constOf(0)};
  learn(p, truth ? c : negate(c));
  return p;
}

// The unsigned relation an i32 comparison tests (a REL b, or b REL a when
// `swapped` comes back true); signed ones count when both sides are known
// to be non-negative, which the caller checks.
Rel RangeWalker::compareRel(Op op, bool& swapped, bool& isSigned) {
  swapped = false;
  isSigned = false;
  switch (op) {
    case Op::I32Eq:
      return Rel::Eq;
    case Op::I32Ne:
      return Rel::Ne;
    case Op::I32LtS:
      isSigned = true;
      [[fallthrough]];
    case Op::I32LtU:
      return Rel::LtU;
    case Op::I32LeS:
      isSigned = true;
      [[fallthrough]];
    case Op::I32LeU:
      return Rel::LeU;
    case Op::I32GtS:
      isSigned = true;
      [[fallthrough]];
    case Op::I32GtU:
      swapped = true;
      return Rel::LtU;
    case Op::I32GeS:
      isSigned = true;
      [[fallthrough]];
    case Op::I32GeU:
      swapped = true;
      return Rel::LeU;
    default:
      return Rel::None;
  }
}

void RangeWalker::simple(size_t i, const Instr& in) {
  switch (in.op) {
    case Op::I32Const:
      push(i32(constOf(static_cast<uint32_t>(in.value))));
      return;
    case Op::LocalGet: {
      Val v;
      v.type = types_[in.index];
      v.id = p_.locals[in.index];
      push(v);
      return;
    }
    case Op::LocalSet:
      write(in.index, pop());
      return;
    case Op::LocalTee: {
      Val v = pop();
      write(in.index, v);
      v.id = p_.locals[in.index];
      v.whenTrue = v.whenFalse = nullptr;
      v.base = kUnknownValue;
      push(v);
      return;
    }
    case Op::GlobalGet:
      push(fresh(globalType(m_, in.index)));
      return;
    case Op::GlobalSet:
    case Op::Drop:
      pop();
      return;
    case Op::Select: {
      pop();
      Val b = pop(), a = pop();
      URange ra = range(a.id), rb = range(b.id);
      push(fresh(a.type, URange{std::min(ra.lo, rb.lo), std::max(ra.hi, rb.hi)}));
      return;
    }
    case Op::Call:
    case Op::CallIndirect: {
      const FuncType& t = in.op == Op::Call ? m_.funcType(in.index) : m_.types[in.index];
      if (in.op == Op::CallIndirect)
        pop();
      for (size_t k = 0; k < t.params.size(); ++k)
        pop();
      for (ValType r : t.results)
        push(fresh(r));
      return;
    }
    default:
      break;
  }
  std::vector<ValType> params, results;
  if (!fixedSignature(in.op, params, results))
    return;
  std::vector<Val> args(params.size());
  for (size_t k = params.size(); k-- > 0;)
    args[k] = pop();
  for (ValType r : results) {
    if (r == ValType::I32)
      push(i32Result(i, in.op, args));
    else
      push(fresh(r));
  }
}

Val RangeWalker::compare(size_t i, Cond c) {
  int8_t d = decide(p_, c);
  decided_[i] = d;
  Val v = d >= 0 ? i32(constOf(static_cast<uint32_t>(d))) : fresh(ValType::I32, URange{0, 1});
  v.cond = c;
  return v;
}

// The value of an instruction with an i32 result.
Val RangeWalker::i32Result(size_t i, Op op, const std::vector<Val>& args) {
  bool swapped = false, isSigned = false;
  Rel rel = compareRel(op, swapped, isSigned);
  if (rel != Rel::None) {
    ValueId a = args[0].id, b = args[1].id;
    if (isSigned && (range(a).hi > INT32_MAX || range(b).hi > INT32_MAX)) {
      decided_[i] = -1;
      return fresh(ValType::I32, URange{0, 1});
    }
    return compare(i, swapped ? Cond{rel, b, a} : Cond{rel, a, b});
  }
  if (op == Op::I32Eqz) {
    const Val& a = args[0];
    Cond c = a.cond.rel != Rel::None ? negate(a.cond) : Cond{Rel::Eq, a.id, constOf(0)};
    Val v = compare(i, c);
    v.whenTrue = a.whenFalse;
    v.whenFalse = a.whenTrue;
    v.epoch = a.epoch;
    return v;
  }
  if (args.size() == 2 && args[0].type == ValType::I32 && args[1].type == ValType::I32)
    return arith(op, args[0], args[1]);
  switch (op) {
    case Op::I32Load8U:
      return fresh(ValType::I32, URange{0, 0xFF});
    case Op::I32Load16U:
      return fresh(ValType::I32, URange{0, 0xFFFF});
    case Op::I32Clz:
    case Op::I32Ctz:
    case Op::I32Popcnt:
      return fresh(ValType::I32, URange{0, 32});
    default:
      break;
  }
  bool isTest = !args.empty() && args[0].type != ValType::I32 && args.size() == 2;
  return fresh(ValType::I32, isTest || op == Op::I64Eqz ? URange{0, 1} : URange{});
}

// a + d or a - (-d) for a constant d; records that the result does not
// wrap when the range of a shows it.
Val RangeWalker::addConstant(const Val& a, int64_t d) {
  if (d == 0)
    return i32(a.id);
  URange r = range(a.id);
  Val v;
  if (d > 0 && r.hi <= UINT32_MAX - d) {
    v = fresh(ValType::I32,
              URange{static_cast<uint32_t>(r.lo + d), static_cast<uint32_t>(r.hi + d)});
    table_.addEdge(p_, a.id, v.id, true);
    if (d == 1) {  // a <u b gives a + 1 <=u b
      std::vector<ValueId> above;
      for (const OrderEdge& e : p_.edges) {
        if (e.from == a.id && e.strict)
          above.push_back(e.to);
      }
      for (ValueId b : above)
        table_.addEdge(p_, v.id, b, false);
    }
  } else if (d < 0 && r.lo >= static_cast<uint64_t>(-d)) {
    v = fresh(ValType::I32,
              URange{static_cast<uint32_t>(r.lo + d), static_cast<uint32_t>(r.hi + d)});
    table_.addEdge(p_, v.id, a.id, true);
    if (d == -1) {  // b <u a gives b <=u a - 1
      std::vector<ValueId> below;
      for (const OrderEdge& e : p_.edges) {
        if (e.to == a.id && e.strict)
          below.push_back(e.from);
      }
      for (ValueId b : below)
        table_.addEdge(p_, b, v.id, false);
    }
  } else {
    return fresh(ValType::I32);
  }
  v.base = a.id;
  v.delta = d;
  return v;
}

Val RangeWalker::arith(Op op, const Val& a, const Val& b) {
  uint32_t ca = 0, cb = 0;
  bool aConst = table_.isConstant(a.id, ca), bConst = table_.isConstant(b.id, cb);
  URange ra = range(a.id), rb = range(b.id);
  auto ordered = [&](Val v, ValueId lower, ValueId upper, bool strict) {
    table_.addEdge(p_, lower, upper, strict);
    return v;
  };
  switch (op) {
    case Op::I32Add:
      if (bConst)
        return addConstant(a, static_cast<int32_t>(cb));
      if (aConst)
        return addConstant(b, static_cast<int32_t>(ca));
      if (uint64_t{ra.hi} + rb.hi <= UINT32_MAX) {
        Val v = fresh(ValType::I32, URange{ra.lo + rb.lo, ra.hi + rb.hi});
        table_.addEdge(p_, a.id, v.id, false);
        return ordered(v, b.id, v.id, false);
      }
      return fresh(ValType::I32);
    case Op::I32Sub:
      if (bConst && cb != 0x80000000u)
        return addConstant(a, -static_cast<int64_t>(static_cast<int32_t>(cb)));
      if (table_.proveLess(p_, b.id, a.id, false)) {
        uint32_t lo = ra.lo >= rb.hi ? ra.lo - rb.hi : 0;
        Val v = fresh(ValType::I32, URange{lo, ra.hi >= rb.lo ? ra.hi - rb.lo : ra.hi});
        return ordered(v, v.id, a.id, rb.lo > 0);
      }
      return fresh(ValType::I32);
    case Op::I32Mul:
      if (uint64_t{ra.hi} * rb.hi <= UINT32_MAX) {
        Val v = fresh(ValType::I32, URange{ra.lo * rb.lo, ra.hi * rb.hi});
        if (rb.lo >= 1)
          table_.addEdge(p_, a.id, v.id, false);
        if (ra.lo >= 1)
          table_.addEdge(p_, b.id, v.id, false);
        return v;
      }
      return fresh(ValType::I32);
    case Op::I32DivU: {
      // Only reached when b != 0 (otherwise it traps): the result is at most a.
      Val v = fresh(ValType::I32, bConst ? URange{ra.lo / cb, ra.hi / cb} : URange{0, ra.hi});
      return ordered(v, v.id, a.id, false);
    }
    case Op::I32RemU: {
      // Only reached when b != 0 (otherwise it traps): the result is below b.
      uint32_t hi = std::min(ra.hi, rb.hi == 0 ? 0 : rb.hi - 1);
      Val v = fresh(ValType::I32, URange{0, hi});
      table_.addEdge(p_, v.id, a.id, false);
      return ordered(v, v.id, b.id, true);
    }
    case Op::I32And: {
      Val v = fresh(ValType::I32, URange{0, std::min(ra.hi, rb.hi)});
      table_.addEdge(p_, v.id, a.id, false);
      return ordered(v, v.id, b.id, false);
    }
    case Op::I32ShrU:
      if (bConst) {
        uint32_t s = cb & 31;
        Val v = fresh(ValType::I32, URange{ra.lo >> s, ra.hi >> s});
        return ordered(v, v.id, a.id, false);
      }
      return fresh(ValType::I32, URange{0, ra.hi});
    default:
      return fresh(ValType::I32);
  }
}

}  // namespace wasmir::ranges
