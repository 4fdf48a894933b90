// Pass `const-fold`: constant propagation through locals and folding.
//
// One forward walk per function copies the body, tracking which locals hold
// a known constant (declared locals start at zero, params are unknown). The
// state follows the structured control flow: it flows into block and if,
// the else arm starts from the state at the if, an end merges the states of
// the fallthrough and of every branch to it (keeping the constants they
// agree on), and a loop forgets the locals its body writes, since its
// back edges may change them. A `local.get` of a known local becomes the
// constant. As each instruction is copied, the tail of the output is folded
// (see fold()): integer operations on constants (never a trapping division),
// identities such as `x + 0`, a constant condition of if/br_if/br_table/
// select, and a pure value that is dropped. Adjacent instructions in the
// output are straight-line code, since only control instructions are jump
// targets, so a peephole over the output tail is sound.
#include <optional>

#include "wasmir/passes/fold_math.h"
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

struct State {
  bool reachable = true;
  std::vector<uint8_t> known;
  std::vector<uint64_t> value;
};

// Adds a way of reaching a point: keeps the constants all ways agree on.
void mergeInto(std::optional<State>& into, const State& s) {
  if (!s.reachable)
    return;
  if (!into) {
    into = s;
    return;
  }
  for (size_t i = 0; i < s.known.size(); ++i) {
    if (into->known[i] && (!s.known[i] || s.value[i] != into->value[i]))
      into->known[i] = 0;
  }
}

struct Frame {
  Op op;                       // Block, Loop or If (a constant if is a Block)
  bool hasElse = false;        // If: its else arm has started
  bool skipElse = false;       // constant-true if: its else arm is dropped
  State entry;                 // If: the state its else arm starts from
  std::optional<State> exits;  // every way of reaching the end
};

// `x OP c` is `x` for this constant: the pair can go.
bool isIdentity(Op op, ValType type, uint64_t c) {
  bool is64 = type == ValType::I64;
  uint64_t v = is64 ? c : static_cast<uint32_t>(c);
  uint64_t ones = is64 ? ~uint64_t{0} : 0xFFFFFFFF;
  unsigned bits = is64 ? 64 : 32;
  switch (op) {
    case Op::I32Add:
    case Op::I32Sub:
    case Op::I32Or:
    case Op::I32Xor:
    case Op::I64Add:
    case Op::I64Sub:
    case Op::I64Or:
    case Op::I64Xor:
      return v == 0;
    case Op::I32Shl:
    case Op::I32ShrS:
    case Op::I32ShrU:
    case Op::I32Rotl:
    case Op::I32Rotr:
    case Op::I64Shl:
    case Op::I64ShrS:
    case Op::I64ShrU:
    case Op::I64Rotl:
    case Op::I64Rotr:
      return v % bits == 0;
    case Op::I32Mul:
    case Op::I32DivS:
    case Op::I32DivU:
    case Op::I64Mul:
    case Op::I64DivS:
    case Op::I64DivU:
      return v == 1;
    case Op::I32And:
    case Op::I64And:
      return v == ones;
    default:
      return false;
  }
}

class Folder {
 public:
  Folder(const Module& m, Function& f) : f_(f), shape_(analyzeShape(f)), types_(localTypes(m, f)) {}

  void run() {
    size_t params = types_.size() - f_.locals.size();
    state_.known.assign(types_.size(), 0);
    state_.value.assign(types_.size(), 0);
    for (size_t i = params; i < types_.size(); ++i)
      state_.known[i] = isNumeric(types_[i]) ? 1 : 0;
    frames_.push_back(Frame{Op::Block});
    out_.reserve(f_.body.size());
    for (size_t i = 0; i < f_.body.size(); ++i)
      i = step(i);
    f_.body = std::move(out_);
    compactBrTables(f_);
  }

 private:
  bool lastIsConst(Op op) const { return !out_.empty() && out_.back().op == op; }

  // The constant on top of the stack, if the output shows it: skips
  // `const; local.set` pairs, which leave the stack as it was (inlining
  // stores arguments pushed as constants that way, last one first).
  const Instr* topConst() const {
    size_t k = out_.size();
    while (k >= 2 && out_[k - 1].op == Op::LocalSet && isConst(out_[k - 2].op))
      k -= 2;
    return k >= 1 && isConst(out_[k - 1].op) ? &out_[k - 1] : nullptr;
  }

  void forget(uint32_t local) { state_.known[local] = 0; }

  void unreachable() { state_.reachable = false; }

  // Copies body[i] (possibly rewritten); returns the index it stopped at.
  size_t step(size_t i) {
    const Instr in = f_.body[i];
    switch (in.op) {
      case Op::Block:
        frames_.push_back(Frame{Op::Block});
        out_.push_back(in);
        return i;
      case Op::Loop:
        for (size_t j = i; j < shape_.match[i]; ++j) {
          if (isLocalWrite(f_.body[j].op))
            forget(f_.body[j].index);
        }
        frames_.push_back(Frame{Op::Loop});
        out_.push_back(in);
        return i;
      case Op::If:
        return onIf(i, in);
      case Op::Else:
        return onElse(i);
      case Op::End:
        onEnd(in);
        return i;
      case Op::Br:
        branchTo(in.index);
        unreachable();
        out_.push_back(in);
        return i;
      case Op::BrIf:
        onBrIf(in);
        return i;
      case Op::BrTable:
        onBrTable(in);
        return i;
      case Op::Return:
      case Op::Unreachable:
        unreachable();
        out_.push_back(in);
        return i;
      case Op::LocalGet:
        if (state_.reachable && state_.known[in.index]) {
          out_.push_back(makeConst(types_[in.index], state_.value[in.index]));
        } else {
          out_.push_back(in);
        }
        return i;
      case Op::LocalSet:
      case Op::LocalTee:
        if (const Instr* c = topConst(); c && state_.reachable) {
          state_.known[in.index] = 1;
          state_.value[in.index] = c->value;
        } else {
          forget(in.index);
        }
        out_.push_back(in);
        return i;
      case Op::Select:
        onSelect(in);
        return i;
      default:
        out_.push_back(in);
        fold();
        return i;
    }
  }

  void branchTo(uint32_t depth) {
    Frame& target = frames_[frames_.size() - 1 - depth];
    if (target.op != Op::Loop)
      mergeInto(target.exits, state_);
  }

  size_t onIf(size_t i, const Instr& in) {
    if (!lastIsConst(Op::I32Const)) {
      Frame frame{Op::If};
      frame.entry = state_;
      frames_.push_back(std::move(frame));
      out_.push_back(in);
      return i;
    }
    // A constant condition: the taken arm becomes a block.
    bool taken = out_.back().value != 0;
    out_.pop_back();
    out_.push_back(Instr{Op::Block, in.index, in.align, 0});
    Frame frame{Op::Block};
    frame.skipElse = taken;
    frames_.push_back(std::move(frame));
    if (taken)
      return i;
    uint32_t otherArm = shape_.elseOf[i];
    return otherArm != kNone ? otherArm : shape_.match[i] - 1;
  }

  size_t onElse(size_t i) {
    Frame& frame = frames_.back();
    if (frame.skipElse)
      return shape_.match[i] - 1;  // the end merges what reached it
    mergeInto(frame.exits, state_);
    state_ = frame.entry;
    frame.hasElse = true;
    out_.push_back(f_.body[i]);
    return i;
  }

  void onEnd(const Instr& in) {
    out_.push_back(in);
    if (frames_.size() == 1)
      return;  // the function's end
    Frame frame = std::move(frames_.back());
    frames_.pop_back();
    if (frame.op == Op::If && !frame.hasElse)
      mergeInto(frame.exits, frame.entry);  // the condition was false
    mergeInto(frame.exits, state_);
    if (frame.exits) {
      state_ = std::move(*frame.exits);
    } else {
      unreachable();
    }
  }

  void onBrIf(const Instr& in) {
    if (!lastIsConst(Op::I32Const)) {
      branchTo(in.index);
      out_.push_back(in);
      return;
    }
    bool taken = out_.back().value != 0;
    out_.pop_back();
    if (!taken)
      return;  // never branches: the values stay where they are
    branchTo(in.index);
    unreachable();
    out_.push_back(Instr{Op::Br, in.index});
  }

  void onBrTable(const Instr& in) {
    const std::vector<uint32_t>& targets = f_.brTables[in.index];
    if (lastIsConst(Op::I32Const)) {
      auto c = static_cast<uint32_t>(out_.back().value);
      out_.pop_back();
      uint32_t depth = c < targets.size() - 1 ? targets[c] : targets.back();
      branchTo(depth);
      out_.push_back(Instr{Op::Br, depth});
    } else {
      for (uint32_t depth : targets)
        branchTo(depth);
      out_.push_back(in);
    }
    unreachable();
  }

  // select(a, b, c): a when c != 0.
  void onSelect(const Instr& in) {
    size_t n = out_.size();
    if (!lastIsConst(Op::I32Const)) {
      out_.push_back(in);
      return;
    }
    if (out_.back().value != 0) {
      out_.back() = Instr{Op::Drop};  // drops b
      fold();
      return;
    }
    if (n >= 3 && isPureProducer(out_[n - 2].op) && isPureProducer(out_[n - 3].op)) {
      out_.pop_back();
      out_.erase(out_.end() - 2);  // a
      return;
    }
    out_.push_back(in);
  }

  // Folds the tail of the output after an instruction was appended.
  void fold() {
    size_t n = out_.size();
    const Instr last = out_[n - 1];
    if (last.op == Op::Drop && n >= 2 && isPureProducer(out_[n - 2].op)) {
      out_.resize(n - 2);
      return;
    }
    std::optional<ValType> type = foldResultType(last.op);
    if (!type)
      return;
    if (isFoldableBinary(last.op)) {
      if (n < 2 || !isConst(out_[n - 2].op))
        return;
      if (n >= 3 && isConst(out_[n - 3].op)) {
        if (std::optional<uint64_t> r = foldBinary(last.op, out_[n - 3].value, out_[n - 2].value)) {
          out_.resize(n - 3);
          out_.push_back(makeConst(*type, *r));
          return;
        }
      }
      ValType operand = out_[n - 2].op == Op::I64Const ? ValType::I64 : ValType::I32;
      if (isIdentity(last.op, operand, out_[n - 2].value))
        out_.resize(n - 2);
      return;
    }
    if (n >= 2 && isConst(out_[n - 2].op)) {
      if (std::optional<uint64_t> r = foldUnary(last.op, out_[n - 2].value)) {
        out_.resize(n - 2);
        out_.push_back(makeConst(*type, *r));
      }
    }
  }

  Function& f_;
  BodyShape shape_;
  std::vector<ValType> types_;
  std::vector<Instr> out_;
  std::vector<Frame> frames_;
  State state_;
};

}  // namespace

void constFold(Module& module) {
  for (Function& f : module.functions)
    Folder(module, f).run();
}

}  // namespace wasmir
