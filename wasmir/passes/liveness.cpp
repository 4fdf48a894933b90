// Liveness analysis over the basic blocks of a flat body (see liveness.h).
#include "wasmir/passes/liveness.h"

#include "wasmir/passes/ir_util.h"

namespace wasmir {

bool LocalSet::unite(const LocalSet& other) {
  bool changed = false;
  for (size_t w = 0; w < words_.size(); ++w) {
    uint64_t merged = words_[w] | other.words_[w];
    changed |= merged != words_[w];
    words_[w] = merged;
  }
  return changed;
}

void LocalSet::assignTransfer(const LocalSet& gen, const LocalSet& out, const LocalSet& kill) {
  for (size_t w = 0; w < words_.size(); ++w)
    words_[w] = gen.words_[w] | (out.words_[w] & ~kill.words_[w]);
}

Liveness::Liveness(const Module& m, const Function& f)
    : f_(f), localCount_(m.types[f.typeIndex].params.size() + f.locals.size()) {
  buildBlocks();
  solve();
}

void Liveness::step(const Instr& in, LocalSet& live) {
  if (isLocalWrite(in.op))
    live.remove(in.index);
  else if (in.op == Op::LocalGet)
    live.add(in.index);
}

void Liveness::buildBlocks() {
  const std::vector<Instr>& body = f_.body;
  size_t n = body.size();
  BodyShape shape = analyzeShape(f_);
  // Block starts: the first instruction, every control instruction and every
  // instruction after one.
  std::vector<uint32_t> blockOf(n + 1, 0);
  std::vector<bool> leader(n + 1, false);
  leader[0] = true;
  for (size_t i = 0; i < n; ++i) {
    if (isControl(body[i].op)) {
      leader[i] = true;
      leader[i + 1] = true;
    }
  }
  for (uint32_t i = 0; i < n; ++i) {
    if (leader[i])
      starts_.push_back(i);
    blockOf[i] = static_cast<uint32_t>(starts_.size() - 1);
  }
  succ_.resize(starts_.size());
  // Where a branch of each depth lands, tracked with the enclosing openers.
  std::vector<uint32_t> open;
  auto target = [&](uint32_t depth) -> uint32_t {
    if (depth >= open.size())
      return kNone;  // the function's frame: leaves the function
    uint32_t opener = open[open.size() - 1 - depth];
    return body[opener].op == Op::Loop ? opener : shape.match[opener];
  };
  for (uint32_t i = 0; i < n; ++i) {
    const Instr& in = body[i];
    bool last = i + 1 == n || leader[i + 1];
    std::vector<uint32_t> to;  // successor instructions (kNone: exit)
    switch (in.op) {
      case Op::Block:
      case Op::Loop:
        open.push_back(i);
        to.push_back(i + 1);
        break;
      case Op::If:
        open.push_back(i);
        to.push_back(i + 1);
        to.push_back(shape.elseOf[i] != kNone ? shape.elseOf[i] + 1 : shape.match[i]);
        break;
      case Op::Else:
        to.push_back(shape.match[i]);
        break;
      case Op::End:
        if (!open.empty())
          open.pop_back();
        if (i + 1 < n)
          to.push_back(i + 1);
        break;
      case Op::Br:
        to.push_back(target(in.index));
        break;
      case Op::BrIf:
        to.push_back(target(in.index));
        to.push_back(i + 1);
        break;
      case Op::BrTable:
        for (uint32_t depth : f_.brTables[in.index])
          to.push_back(target(depth));
        break;
      case Op::Return:
      case Op::Unreachable:
        break;
      default:
        if (i + 1 < n)
          to.push_back(i + 1);
        break;
    }
    if (!last)
      continue;
    for (uint32_t t : to) {
      if (t != kNone && t < n)
        succ_[blockOf[i]].push_back(blockOf[t]);
    }
  }
}

void Liveness::solve() {
  size_t blocks = starts_.size();
  std::vector<LocalSet> gen(blocks, LocalSet(localCount_)), kill(blocks, LocalSet(localCount_));
  for (size_t b = 0; b < blocks; ++b) {
    for (size_t i = blockEnd(b); i-- > starts_[b];) {
      const Instr& in = f_.body[i];
      if (isLocalWrite(in.op)) {
        gen[b].remove(in.index);
        kill[b].add(in.index);
      } else if (in.op == Op::LocalGet) {
        gen[b].add(in.index);
      }
    }
  }
  liveIn_.assign(blocks, LocalSet(localCount_));
  liveOut_.assign(blocks, LocalSet(localCount_));
  // Backward problem: visiting blocks last to first converges in a few rounds
  // (one more per loop nesting level).
  bool changed = true;
  while (changed) {
    changed = false;
    for (size_t b = blocks; b-- > 0;) {
      for (uint32_t s : succ_[b])
        liveOut_[b].unite(liveIn_[s]);
      LocalSet in(localCount_);
      in.assignTransfer(gen[b], liveOut_[b], kill[b]);
      if (!(in == liveIn_[b])) {
        liveIn_[b] = std::move(in);
        changed = true;
      }
    }
  }
}

}  // namespace wasmir
