// Pass `copy-prop`: reads of a copy read the original.
//
// Lowering copies values into fresh temporaries all the time (`local.get
// $self; local.set 15; local.get 15; local.set 14; ... local.get 14`). After
// `local.get s; local.set x` (or `local.tee x`) and until s or x is written
// again, x holds the same value as s, so a `local.get x` may read s instead.
// The copy then usually has no reader left and dse removes it; and loop-
// invariant code motion (licm) sees through the temporaries to the locals
// the loop does not write.
//
// The facts follow the structured control flow as in const-fold: they flow
// into blocks and ifs, the else arm starts from the facts at the if, an end
// keeps what every way of reaching it agrees on, and a loop forgets every
// copy that involves a local its body writes. Chains resolve to the first
// original (`x` copies `t` which copies `s`: x reads s).
#include <optional>

#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// A local holds the value `source` had when its write count was `version`
// (and still has, while the count is unchanged).
struct Copy {
  uint32_t source = kNone;
  uint32_t version = 0;
  bool operator==(const Copy& o) const { return source == o.source && version == o.version; }
  bool operator!=(const Copy& o) const { return !(*this == o); }
};

// For each local, the copy it holds (source kNone: none).
using Copies = std::vector<Copy>;

struct Frame {
  Op op;
  Copies entry;  // if: the facts its else arm starts from
  bool entryReachable = true;
  bool hasElse = false;
  std::optional<Copies> exits;  // what every way of reaching the end agrees on
};

void mergeInto(std::optional<Copies>& into, const Copies& c) {
  if (!into) {
    into = c;
    return;
  }
  for (size_t x = 0; x < c.size(); ++x) {
    if ((*into)[x] != c[x])
      (*into)[x] = Copy{};
  }
}

class Propagator {
 public:
  explicit Propagator(const Module& m, Function& f)
      : f_(f),
        shape_(analyzeShape(f)),
        copies_(localTypes(m, f).size()),
        version_(copies_.size(), 0) {}

  void run() {
    frames_.push_back(Frame{Op::Block});
    for (size_t i = 0; i < f_.body.size(); ++i)
      step(i);
  }

 private:
  // x is written with a value that is not a copy (or a copy of `from`).
  // Counting writes, instead of finding the copies of x, keeps this cheap;
  // a write on another path also ends a copy, which only costs precision.
  void write(uint32_t x, uint32_t from = kNone) {
    version_[x] = ++clock_;
    copies_[x] = from == kNone || from == x ? Copy{} : Copy{from, version_[from]};
  }

  bool holds(const Copy& c) const { return c.source != kNone && version_[c.source] == c.version; }

  void unreachable() { reachable_ = false; }

  void branchTo(uint32_t depth) {
    if (depth >= frames_.size())
      return;
    Frame& target = frames_[frames_.size() - 1 - depth];
    if (target.op != Op::Loop && reachable_)
      mergeInto(target.exits, copies_);
  }

  void step(size_t i) {
    Instr& in = f_.body[i];
    switch (in.op) {
      case Op::Block:
        frames_.push_back(Frame{Op::Block});
        return;
      case Op::Loop:
        for (size_t k = i; k < shape_.match[i]; ++k) {
          if (isLocalWrite(f_.body[k].op))
            write(f_.body[k].index);
        }
        frames_.push_back(Frame{Op::Loop});
        return;
      case Op::If:
        frames_.push_back(Frame{Op::If, copies_, reachable_});
        return;
      case Op::Else: {
        Frame& fr = frames_.back();
        if (reachable_)
          mergeInto(fr.exits, copies_);
        copies_ = fr.entry;
        reachable_ = fr.entryReachable;
        fr.hasElse = true;
        return;
      }
      case Op::End:
        onEnd();
        return;
      case Op::Br:
        branchTo(in.index);
        unreachable();
        return;
      case Op::BrIf:
        branchTo(in.index);
        return;
      case Op::BrTable:
        for (uint32_t depth : f_.brTables[in.index])
          branchTo(depth);
        unreachable();
        return;
      case Op::Return:
      case Op::Unreachable:
        unreachable();
        return;
      case Op::LocalGet:
        if (reachable_ && holds(copies_[in.index]))
          in.index = copies_[in.index].source;
        return;
      case Op::LocalSet:
      case Op::LocalTee: {
        const Instr* prev = i > 0 ? &f_.body[i - 1] : nullptr;
        bool copy = reachable_ && prev && prev->op == Op::LocalGet;
        write(in.index, copy ? prev->index : kNone);
        return;
      }
      default:
        return;
    }
  }

  void onEnd() {
    if (frames_.size() == 1)
      return;
    Frame fr = std::move(frames_.back());
    frames_.pop_back();
    if (fr.op == Op::Loop)
      return;  // only the fallthrough reaches a loop's end
    if (reachable_)
      mergeInto(fr.exits, copies_);
    if (fr.op == Op::If && !fr.hasElse && fr.entryReachable)
      mergeInto(fr.exits, fr.entry);
    if (fr.exits) {
      copies_ = std::move(*fr.exits);
      reachable_ = true;
    } else {
      reachable_ = false;
    }
  }

  Function& f_;
  BodyShape shape_;
  Copies copies_;
  std::vector<uint32_t> version_;  // writes seen so far, per local
  uint32_t clock_ = 0;
  bool reachable_ = true;
  std::vector<Frame> frames_;
};

}  // namespace

void copyPropagation(Module& module) {
  for (Function& f : module.functions)
    Propagator(module, f).run();
}

}  // namespace wasmir
