// Pass `tail-recursion`: turns a function's calls of itself in tail
// position into a loop, also when the call's result is combined with one
// more value by an associative and commutative integer operation.
//
// `fib(n - 1) + fib(n - 2)` is such a call: the result is `X + fib(n - 2)`
// with X computed first, so the function keeps a running accumulator,
// `acc = X + acc`, sets its params to the call's arguments and starts over;
// every way out of the function returns `value op acc` instead of `value`.
// One call of the two is left, as in clang's output, and the other half of
// the calls become a few instructions in a loop. `1 + left.check() +
// right.check()` over a tree is the same shape. A plain tail call `f(args)`
// is the case without an accumulator.
//
// Wasm integer addition, multiplication and the bitwise operations wrap,
// so they are associative and commutative for every input and the order of
// combining does not matter; floats are left alone. X is still computed
// before the arguments, and nothing in between traps differently. A
// function whose body branches to its own label (rare: lowering leaves a
// function with `return`) is left alone, since the loop takes that label.
// Declared locals the body reads before writing are reset at the top of the
// loop, since a call would have started them at zero.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/liveness.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// The accumulating operation's identity, or false for an operation that
// does not accumulate (not associative and commutative on `type`).
bool identityOf(Op op, ValType type, uint64_t& identity) {
  const bool i32 = type == ValType::I32;
  const bool i64 = type == ValType::I64;
  if ((i32 && (op == Op::I32Add || op == Op::I32Or || op == Op::I32Xor)) ||
      (i64 && (op == Op::I64Add || op == Op::I64Or || op == Op::I64Xor))) {
    identity = 0;
    return true;
  }
  if ((i32 && op == Op::I32Mul) || (i64 && op == Op::I64Mul)) {
    identity = 1;
    return true;
  }
  if ((i32 && op == Op::I32And) || (i64 && op == Op::I64And)) {
    identity = ~uint64_t{0};
    return true;
  }
  return false;
}

class TailRecursion {
 public:
  TailRecursion(Module& m, uint32_t index)
      : m_(m), f_(m.functions[index - m.importedFunctionCount()]), self_(index) {}

  void run() {
    const FuncType& type = m_.types[f_.typeIndex];
    if (type.results.size() > 1)
      return;
    shape_ = analyzeShape(f_);
    findParents();
    if (!findSites(type) || branchesToFunctionLabel())
      return;
    rewrite(type);
  }

 private:
  // A call of the function itself, and the operation that combines its
  // result with the value below its arguments (Nop: none).
  struct Site {
    size_t call;
    Op combine;
  };

  // Whether control at `i` goes straight to the function's end, with the
  // value on the stack as the function's result: through ends, past else
  // arms, and by branches out of blocks and ifs.
  bool reachesEnd(size_t i) const {
    while (i < f_.body.size()) {
      const Instr& in = f_.body[i];
      if (in.op == Op::End) {
        if (shape_.match[i] == kNone)
          return true;
        ++i;
      } else if (in.op == Op::Else) {
        i = shape_.match[i];
      } else if (in.op == Op::Br) {
        uint32_t target = parent_[i];
        for (uint32_t up = 0; up < in.index && target != kNone; ++up)
          target = parent_[target];
        if (target == kNone)
          return true;  // the function's own label
        if (f_.body[target].op == Op::Loop)
          return false;
        i = shape_.match[target];
      } else {
        return false;
      }
    }
    return false;
  }

  // parent_[i]: the innermost block, loop or if around instruction i, or
  // kNone at the function's level (an opener's parent is the one around it).
  void findParents() {
    parent_.assign(f_.body.size(), kNone);
    std::vector<uint32_t> open;
    for (uint32_t i = 0; i < f_.body.size(); ++i) {
      Op op = f_.body[i].op;
      if (op == Op::End && !open.empty())
        open.pop_back();
      parent_[i] = open.empty() ? kNone : open.back();
      if (opensBlock(op))
        open.push_back(i);
    }
  }

  bool findSites(const FuncType& type) {
    for (size_t i = 0; i + 1 < f_.body.size(); ++i) {
      if (f_.body[i].op != Op::Call || f_.body[i].index != self_)
        continue;
      if (reachesEnd(i + 1)) {
        sites_.push_back({i, Op::Nop});
        continue;
      }
      Op next = f_.body[i + 1].op;
      uint64_t identity = 0;
      if (type.results.size() != 1 || !identityOf(next, type.results[0], identity) ||
          !reachesEnd(i + 2))
        continue;
      if (combine_ != Op::Nop && combine_ != next)
        continue;  // one accumulator, one operation
      combine_ = next;
      identity_ = identity;
      sites_.push_back({i, next});
    }
    return !sites_.empty();
  }

  // Whether a branch targets the function's own label (depth == nesting).
  bool branchesToFunctionLabel() const {
    uint32_t depth = 0;
    for (const Instr& in : f_.body) {
      if (opensBlock(in.op)) {
        ++depth;
      } else if (in.op == Op::End) {
        --depth;  // the final end wraps around; nothing follows it
      } else if ((in.op == Op::Br || in.op == Op::BrIf) && in.index == depth) {
        return true;
      } else if (in.op == Op::BrTable) {
        for (uint32_t target : f_.brTables[in.index]) {
          if (target == depth)
            return true;
        }
      }
    }
    return false;
  }

  // Changes nothing when a local the body reads before writing has no
  // constant to reset it with (a reference).
  void rewrite(const FuncType& type) {
    const auto paramCount = static_cast<uint32_t>(type.params.size());
    const ValType result = type.results.empty() ? ValType::I32 : type.results[0];
    Liveness liveness(m_, f_);
    const LocalSet& readsZero = liveness.liveAtEntry();
    std::vector<ValType> types = localTypes(m_, f_);
    for (uint32_t local = paramCount; local < types.size(); ++local) {
      if (readsZero.has(local) && !isNumeric(types[local]))
        return;  // no constant to reset it with
    }
    uint32_t acc = kNone;
    if (combine_ != Op::Nop) {
      acc = paramCount + static_cast<uint32_t>(f_.locals.size());
      f_.locals.push_back(result);
    }

    std::vector<Instr> out;
    out.reserve(f_.body.size() + 16);
    if (acc != kNone) {
      out.push_back(makeConst(result, identity_));
      out.push_back({Op::LocalSet, acc});
    }
    if (type.results.empty())
      out.push_back({Op::Loop, 0, static_cast<uint32_t>(BlockKind::Empty)});
    else
      out.push_back(
          {Op::Loop, static_cast<uint32_t>(result), static_cast<uint32_t>(BlockKind::Value)});
    for (uint32_t local = paramCount; local < types.size(); ++local) {
      if (readsZero.has(local)) {
        out.push_back(makeConst(types[local], 0));
        out.push_back({Op::LocalSet, local});
      }
    }

    size_t next = 0;  // the next site
    uint32_t depth = 0;
    for (size_t i = 0; i + 1 < f_.body.size(); ++i) {
      const Instr& in = f_.body[i];
      if (next < sites_.size() && sites_[next].call == i) {
        for (uint32_t p = paramCount; p-- > 0;)
          out.push_back({Op::LocalSet, p});
        if (sites_[next].combine != Op::Nop) {
          out.push_back({Op::LocalGet, acc});
          out.push_back(Instr{combine_});
          out.push_back({Op::LocalSet, acc});
          ++i;  // the combining operation is done
        }
        out.push_back({Op::Br, depth});
        ++next;
        continue;
      }
      if (in.op == Op::Return && acc != kNone) {
        out.push_back({Op::LocalGet, acc});
        out.push_back(Instr{combine_});
      }
      if (opensBlock(in.op))
        ++depth;
      else if (in.op == Op::End)
        --depth;
      out.push_back(in);
    }
    out.push_back(Instr{Op::End});  // the loop
    if (acc != kNone) {
      out.push_back({Op::LocalGet, acc});
      out.push_back(Instr{combine_});
    }
    out.push_back(Instr{Op::End});
    f_.body = std::move(out);
  }

  Module& m_;
  Function& f_;
  uint32_t self_;
  BodyShape shape_;
  std::vector<uint32_t> parent_;
  std::vector<Site> sites_;
  Op combine_ = Op::Nop;
  uint64_t identity_ = 0;
};

}  // namespace

void tailRecursion(Module& module) {
  const uint32_t importCount = module.importedFunctionCount();
  for (uint32_t i = 0; i < module.functions.size(); ++i)
    TailRecursion(module, importCount + i).run();
}

}  // namespace wasmir
