// Range analysis of a function body (see range_analysis.h): the control
// flow. The values of instructions are in range_values.cpp.
#include "wasmir/passes/range_analysis.h"

#include <algorithm>

#include "wasmir/passes/range_walker.h"

namespace wasmir {
namespace ranges {

std::vector<int8_t> RangeWalker::run() {
  decided_.assign(f_.body.size(), -1);
  size_t params = types_.size() - f_.locals.size();
  p_.locals.resize(types_.size());
  for (size_t x = 0; x < types_.size(); ++x) {
    bool zero = x >= params && types_[x] == ValType::I32;
    p_.locals[x] = zero ? table_.constant(0) : table_.fresh();
  }
  Frame top;
  top.results = m_.types[f_.typeIndex].results;
  frames_.push_back(std::move(top));
  for (size_t i = 0; i < f_.body.size();)
    i = step(i);
  return std::move(decided_);
}

void RangeWalker::write(uint32_t local, const Val& v) {
  for (Frame& fr : frames_) {
    for (const Induction& ind : fr.assumed) {
      if (ind.local != local)
        continue;
      bool steps = v.base != kUnknownValue && v.base == p_.locals[local] &&
                   (v.delta > 0 ? 1 : -1) == ind.direction;
      if (!steps)
        fr.violated.push_back(local);
    }
  }
  p_.locals[local] = v.id != kUnknownValue ? v.id : table_.fresh();
  ++epoch_;
}

size_t RangeWalker::step(size_t i) {
  const Instr& in = f_.body[i];
  decided_[i] = -1;
  switch (in.op) {
    case Op::Block:
      openBlock(i, in);
      return i + 1;
    case Op::Loop:
      openLoop(i, in);
      return i + 1;
    case Op::If:
      openIf(i, in);
      return i + 1;
    case Op::Else:
      onElse();
      return i + 1;
    case Op::End:
      return onEnd(i);
    case Op::Br:
      if (p_.reachable)
        branch(in.index, p_, stack_.empty() ? Val{} : stack_.back());
      p_.reachable = false;
      return i + 1;
    case Op::BrIf:
      onBrIf(in);
      return i + 1;
    case Op::BrTable:
      if (p_.reachable) {
        pop();
        for (uint32_t depth : f_.brTables[in.index])
          branch(depth, p_, stack_.empty() ? Val{} : stack_.back());
      }
      p_.reachable = false;
      return i + 1;
    case Op::Return:
    case Op::Unreachable:
      p_.reachable = false;
      return i + 1;
    default:
      if (p_.reachable)
        simple(i, in);
      return i + 1;
  }
}

void RangeWalker::openBlock(size_t i, const Instr& in) {
  Frame fr;
  fr.op = Op::Block;
  fr.opener = static_cast<uint32_t>(i);
  blockSignature(m_, in, fr.params, fr.results);
  fr.height = heightBelow(fr.params.size());
  frames_.push_back(std::move(fr));
}

size_t RangeWalker::heightBelow(size_t params) const {
  size_t floor = frames_.back().height;
  return stack_.size() >= floor + params ? stack_.size() - params : floor;
}

void RangeWalker::openIf(size_t i, const Instr& in) {
  Frame fr;
  fr.op = Op::If;
  fr.opener = static_cast<uint32_t>(i);
  blockSignature(m_, in, fr.params, fr.results);
  Val cond = p_.reachable ? pop() : Val{};
  fr.height = heightBelow(fr.params.size());
  fr.paramValues.assign(stack_.begin() + static_cast<std::ptrdiff_t>(fr.height), stack_.end());
  if (p_.reachable) {
    fr.elseEntry = assume(cond, false);
    p_ = assume(cond, true);
  } else {
    fr.elseEntry = p_;
  }
  frames_.push_back(std::move(fr));
}

void RangeWalker::onElse() {
  Frame& fr = frames_.back();
  if (p_.reachable)
    addExit(fr, p_, stack_.empty() ? Val{} : stack_.back());
  p_ = fr.elseEntry;
  stack_.resize(fr.height);
  for (const Val& v : fr.paramValues)
    push(v);
  fr.hasElse = true;
}

void RangeWalker::addExit(Frame& fr, const PathFacts& p, const Val& top) {
  fr.exits.push_back(p);
  fr.exitValues.push_back(top);
}

void RangeWalker::branch(uint32_t depth, const PathFacts& p, const Val& top) {
  if (depth >= frames_.size())
    return;
  Frame& target = frames_[frames_.size() - 1 - depth];
  if (target.op != Op::Loop)
    addExit(target, p, top);
}

void RangeWalker::onBrIf(const Instr& in) {
  if (!p_.reachable)
    return;
  Val cond = pop();
  PathFacts taken = assume(cond, true);
  if (taken.reachable)
    branch(in.index, taken, stack_.empty() ? Val{} : stack_.back());
  p_ = assume(cond, false);
}

const LoopInfo& RangeWalker::loopInfo(size_t opener) {
  auto it = loops_.find(opener);
  if (it != loops_.end())
    return it->second;
  LoopInfo info;
  size_t end = shape_.match[opener];
  std::vector<uint32_t> count(types_.size(), 0), lastWrite(types_.size(), 0);
  std::vector<uint8_t> nested(types_.size(), 0);
  std::vector<uint32_t> innerEnds;
  for (size_t k = opener + 1; k < end; ++k) {
    const Instr& in = f_.body[k];
    if (!innerEnds.empty() && k == innerEnds.back())
      innerEnds.pop_back();
    if (in.op == Op::Loop)
      innerEnds.push_back(shape_.match[k]);
    if (!isLocalWrite(in.op))
      continue;
    if (count[in.index]++ == 0)
      info.written.push_back(in.index);
    nested[in.index] |= innerEnds.empty() ? 0 : 1;
    lastWrite[in.index] = static_cast<uint32_t>(k);
  }
  for (uint32_t x : info.written) {
    uint32_t w = lastWrite[x];
    if (count[x] != 1 || nested[x] || types_[x] != ValType::I32 || w < 3)
      continue;
    const Instr* b = &f_.body[w - 3];
    bool shape = b[0].op == Op::LocalGet && b[0].index == x && b[1].op == Op::I32Const &&
                 (b[2].op == Op::I32Add || b[2].op == Op::I32Sub);
    auto k = static_cast<int32_t>(b[1].value);
    if (!shape || k == 0 || k == INT32_MIN)
      continue;
    bool grows = (k > 0) == (b[2].op == Op::I32Add);
    info.candidates.push_back(Induction{x, grows ? 1 : -1});
  }
  return loops_.emplace(opener, std::move(info)).first->second;
}

void RangeWalker::openLoop(size_t i, const Instr& in) {
  Frame fr;
  fr.op = Op::Loop;
  fr.opener = static_cast<uint32_t>(i);
  blockSignature(m_, in, fr.params, fr.results);
  fr.height = heightBelow(fr.params.size());
  if (!p_.reachable) {
    frames_.push_back(std::move(fr));
    return;
  }
  fr.entryFacts = p_;
  fr.entryStack = stack_;
  for (const Frame& outer : frames_)
    fr.outerExits.push_back(outer.exits.size());
  const LoopInfo& info = loopInfo(i);
  for (uint32_t x : info.written) {
    ValueId entry = p_.locals[x];
    URange before = range(entry);
    auto cand = std::find_if(info.candidates.begin(), info.candidates.end(),
                             [&](const Induction& c) { return c.local == x; });
    bool assume = speculate_ && cand != info.candidates.end() &&
                  std::find(info.rejected.begin(), info.rejected.end(), x) == info.rejected.end();
    if (!assume) {
      p_.locals[x] = table_.fresh();
      continue;
    }
    bool grows = cand->direction > 0;
    ValueId now = table_.fresh(grows ? URange{before.lo, UINT32_MAX} : URange{0, before.hi});
    p_.locals[x] = now;
    table_.addEdge(p_, grows ? entry : now, grows ? now : entry, false);
    fr.assumed.push_back(*cand);
  }
  for (size_t k = fr.height; k < stack_.size(); ++k)
    stack_[k] = fresh(stack_[k].type);
  ++epoch_;
  frames_.push_back(std::move(fr));
}

size_t RangeWalker::onEnd(size_t i) {
  if (frames_.size() == 1)
    return f_.body.size();  // the function's end
  Frame fr = std::move(frames_.back());
  frames_.pop_back();
  if (fr.op == Op::Loop && !fr.violated.empty())
    return rewalk(std::move(fr));
  bool oneI32 = fr.results.size() == 1 && fr.results[0] == ValType::I32;
  Val result = oneI32 && p_.reachable && !stack_.empty() ? stack_.back() : Val{};
  if (fr.op != Op::Loop) {
    if (p_.reachable)
      addExit(fr, p_, result);
    if (fr.op == Op::If && !fr.hasElse && fr.elseEntry.reachable)
      addExit(fr, fr.elseEntry, fr.paramValues.empty() ? Val{} : fr.paramValues.back());
    result = join(fr, oneI32);
  }
  stack_.resize(std::min(stack_.size(), fr.height));
  if (oneI32 && p_.reachable) {
    push(result);
  } else {
    for (ValType t : fr.results)
      push(fresh(t));
  }
  return i + 1;
}

// The facts after a block or if: the join of every way of reaching its
// end. Returns the value of a single i32 result.
Val RangeWalker::join(const Frame& fr, bool oneI32) {
  std::vector<const PathFacts*> in;
  std::vector<size_t> from;
  for (size_t k = 0; k < fr.exits.size(); ++k) {
    if (fr.exits[k].reachable) {
      in.push_back(&fr.exits[k]);
      from.push_back(k);
    }
  }
  if (in.empty()) {
    p_.reachable = false;
    return Val{};
  }
  p_ = table_.merge(in);
  if (!oneI32)
    return Val{};
  // The result: the same value on every way in, or a phi.
  const Val& first = fr.exitValues[from[0]];
  bool same = first.id != kUnknownValue;
  URange u = table_.range(*in[0], first.id);
  for (size_t k = 1; k < in.size(); ++k) {
    const Val& v = fr.exitValues[from[k]];
    same = same && v.id == first.id;
    URange r = table_.range(*in[k], v.id);
    u = URange{std::min(u.lo, r.lo), std::max(u.hi, r.hi)};
  }
  Val out = same ? i32(first.id) : i32(table_.fresh(u));
  // When all ways in but one give zero (`a && b`) or nonzero (`a || b`),
  // the value tells which way was taken.
  int zeroWays = 0, nonzeroWays = 0;
  size_t notZero = 0, notNonzero = 0;
  for (size_t k = 0; k < in.size(); ++k) {
    URange r = table_.range(*in[k], fr.exitValues[from[k]].id);
    if (r.hi == 0)
      ++zeroWays;
    else
      notZero = k;
    if (r.lo > 0)
      ++nonzeroWays;
    else
      notNonzero = k;
  }
  auto sideOf = [&](size_t k, bool truth) {
    const Val& v = fr.exitValues[from[k]];
    PathFacts saved = std::move(p_);
    p_ = *in[k];
    PathFacts side = assume(v, truth);
    p_ = std::move(saved);
    return std::make_shared<const PathFacts>(std::move(side));
  };
  if (in.size() > 1 && zeroWays == static_cast<int>(in.size()) - 1)
    out.whenTrue = sideOf(notZero, true);
  if (in.size() > 1 && nonzeroWays == static_cast<int>(in.size()) - 1)
    out.whenFalse = sideOf(notNonzero, false);
  out.epoch = epoch_;
  return out;
}

// A loop whose body broke an induction assumption: walk it again without.
size_t RangeWalker::rewalk(Frame fr) {
  LoopInfo& info = loops_[fr.opener];
  info.rejected.insert(info.rejected.end(), fr.violated.begin(), fr.violated.end());
  if (++rewalks_ > kMaxRewalks)
    speculate_ = false;
  p_ = std::move(fr.entryFacts);
  stack_ = std::move(fr.entryStack);
  for (size_t k = 0; k < frames_.size(); ++k) {
    frames_[k].exits.resize(fr.outerExits[k]);
    frames_[k].exitValues.resize(fr.outerExits[k]);
  }
  ++epoch_;
  return fr.opener;
}

}  // namespace ranges

std::vector<int8_t> decideComparisons(const Module& m, const Function& f) {
  return ranges::RangeWalker(m, f).run();
}

}  // namespace wasmir
