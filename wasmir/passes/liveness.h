// Liveness of locals in a function body, for dead-store elimination and
// local coalescing.
//
// The flat body is cut into basic blocks at every control instruction (the
// only places control can enter or leave straight-line code), the successors
// of each block follow from the block structure (a branch to a block or if
// goes to its end, to a loop back to its start), and the classic backward
// dataflow runs to a fixpoint. A local is live after an instruction if some
// path from there reads it before writing it.
#pragma once

#include <cstdint>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

// A set of locals, one bit each.
class LocalSet {
 public:
  explicit LocalSet(size_t size = 0) : words_((size + 63) / 64, 0) {}
  bool has(uint32_t i) const { return (words_[i / 64] >> (i % 64)) & 1; }
  void add(uint32_t i) { words_[i / 64] |= uint64_t{1} << (i % 64); }
  void remove(uint32_t i) { words_[i / 64] &= ~(uint64_t{1} << (i % 64)); }
  // this |= other; returns whether anything was added.
  bool unite(const LocalSet& other);
  // this = gen | (out & ~kill)
  void assignTransfer(const LocalSet& gen, const LocalSet& out, const LocalSet& kill);
  const std::vector<uint64_t>& words() const { return words_; }
  bool operator==(const LocalSet& o) const { return words_ == o.words_; }

 private:
  std::vector<uint64_t> words_;
};

class Liveness {
 public:
  Liveness(const Module& m, const Function& f);

  // Locals live at function entry: read before any write on some path (for
  // a declared local, a read of its zero initial value).
  const LocalSet& liveAtEntry() const { return liveIn_.front(); }

  // Calls fn(i, liveAfter) for every instruction, each block from its last
  // instruction to its first; liveAfter is the set just after instruction i.
  template <typename Fn>
  void walkBackward(Fn&& fn) const {
    for (size_t b = 0; b < starts_.size(); ++b) {
      LocalSet live = liveOut_[b];
      for (size_t i = blockEnd(b); i-- > starts_[b];) {
        fn(i, live);
        step(f_.body[i], live);
      }
    }
  }

 private:
  size_t blockEnd(size_t b) const {
    return b + 1 < starts_.size() ? starts_[b + 1] : f_.body.size();
  }
  static void step(const Instr& in, LocalSet& live);
  void buildBlocks();
  void solve();

  const Function& f_;
  size_t localCount_;
  std::vector<uint32_t> starts_;             // first instruction of each block
  std::vector<std::vector<uint32_t>> succ_;  // successor blocks
  std::vector<LocalSet> liveIn_, liveOut_;
};

}  // namespace wasmir
