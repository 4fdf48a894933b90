// Pass `licm`: loop-invariant code motion of pure expressions.
//
// An expression inside a loop whose leaves are constants and reads of
// locals the loop never writes (or immutable globals), built only from
// operations that neither trap nor touch memory (arithmetic, comparisons,
// conversions that cannot trap, select; a division only by a constant that
// cannot make it trap), has the same value on every iteration. It is
// computed once, into a fresh local, just before the loop, and the loop
// reads the local. Moving it is sound even when the loop would not have
// evaluated it (it is under an `if`, or after the loop's exit test): it
// cannot trap and has no effect, so evaluating it once more changes
// nothing but time. Loads, possibly trapping divisions and calls stay put.
//
// The body is flat code, so an expression is a contiguous run of
// instructions that together push one value; the pass recognizes them with
// a stack of operand runs over straight-line code, and hoists the largest
// invariant ones (the operands of a non-invariant instruction), each with at
// least one operation (a lone `local.get` or constant is not worth a local).
// Equal expressions in one loop share one local. Loops are done outermost
// first, so an expression leaves every loop that does not change it at once.
#include <algorithm>
#include <string_view>

#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// Loops per function this pass looks at (each costs a walk of the body).
constexpr size_t kMaxLoops = 512;
// Operations an expression needs to be worth a local: `base + 64` is as
// cheap to recompute as to read back (measured: hoisting it made Liftoff
// code slower), `base + i * 56` is not.
constexpr int kMinWork = 2;

// An operand on the stack: the run of instructions [start, end] pushing it.
struct Run {
  size_t start;
  size_t end;
  bool invariant;
  int work;  // operations in the run (not counting local.get and constants)
  ValType type;
};

bool isTrapFreePure(Op op, const Instr* divisor) {
  switch (op) {
    case Op::I32DivS:
    case Op::I32RemS:
    case Op::I64DivS:
    case Op::I64RemS:
      // Traps on zero, and div_s on MIN / -1.
      return divisor && isConst(divisor->op) && divisor->value != 0 &&
             (op == Op::I32RemS || op == Op::I64RemS ||
              (op == Op::I32DivS ? static_cast<uint32_t>(divisor->value) != 0xFFFFFFFF
                                 : divisor->value != ~uint64_t{0}));
    case Op::I32DivU:
    case Op::I32RemU:
      return divisor && isConst(divisor->op) && static_cast<uint32_t>(divisor->value) != 0;
    case Op::I64DivU:
    case Op::I64RemU:
      return divisor && isConst(divisor->op) && divisor->value != 0;
    case Op::I32TruncF32S:
    case Op::I32TruncF32U:
    case Op::I32TruncF64S:
    case Op::I32TruncF64U:
    case Op::I64TruncF32S:
    case Op::I64TruncF32U:
    case Op::I64TruncF64S:
    case Op::I64TruncF64U:
    case Op::MemorySize:
    case Op::MemoryGrow:
      return false;
    default: {
      const OpInfo& info = opInfo(op);
      return info.imm == Imm::None && std::string_view(info.sig) != "*";
    }
  }
}

class LoopHoister {
 public:
  LoopHoister(const Module& m, Function& f) : m_(m), f_(f), types_(localTypes(m, f)) {}

  // Hoists out of the loop opened at `opener`; returns how many
  // instructions now come before it.
  size_t hoist(size_t opener) {
    BodyShape shape = analyzeShape(f_);
    size_t end = shape.match[opener];
    std::vector<uint8_t> written(types_.size(), 0);
    std::vector<uint8_t> globalSet(globalCount(), 0);
    bool calls = false;
    for (size_t k = opener + 1; k < end; ++k) {
      const Instr& in = f_.body[k];
      if (isLocalWrite(in.op))
        written[in.index] = 1;
      if (in.op == Op::GlobalSet)
        globalSet[in.index] = 1;
      calls = calls || in.op == Op::Call || in.op == Op::CallIndirect;
    }
    std::vector<Run> found = candidates(opener, end, shape, written, globalSet, calls);
    if (found.empty())
      return 0;
    return rewrite(opener, found);
  }

 private:
  size_t globalCount() const {
    size_t n = m_.globals.size();
    for (const Import& imp : m_.imports)
      n += imp.kind == ExternKind::Global ? 1 : 0;
    return n;
  }

  bool globalInvariant(uint32_t g, const std::vector<uint8_t>& globalSet, bool calls) const {
    size_t imported = globalCount() - m_.globals.size();
    bool isMutable = g < imported ? importedGlobalMutable(g) : m_.globals[g - imported].isMutable;
    return !isMutable || (!globalSet[g] && !calls);
  }

  bool importedGlobalMutable(uint32_t g) const {
    for (const Import& imp : m_.imports) {
      if (imp.kind != ExternKind::Global)
        continue;
      if (g == 0)
        return imp.mutableGlobal;
      --g;
    }
    return true;
  }

  // The largest invariant expressions of the loop body, in body order.
  std::vector<Run> candidates(size_t opener,
                              size_t end,
                              const BodyShape& shape,
                              const std::vector<uint8_t>& written,
                              const std::vector<uint8_t>& globalSet,
                              bool calls) const {
    std::vector<Run> found;
    std::vector<Run> stack;
    auto consider = [&](const Run& r) {
      if (r.invariant && r.work >= kMinWork)
        found.push_back(r);
    };
    auto flush = [&]() {
      for (const Run& r : stack)
        consider(r);
      stack.clear();
    };
    for (size_t k = opener + 1; k < end; ++k) {
      const Instr& in = f_.body[k];
      if (isControl(in.op)) {
        flush();
        // Code after an unconditional transfer is dead up to the end of
        // its block (or the else): nothing there is worth a local.
        bool transfer = in.op == Op::Br || in.op == Op::BrTable || in.op == Op::Return ||
                        in.op == Op::Unreachable;
        if (transfer)
          k = deadUntil(k, shape) - 1;
        continue;
      }
      std::vector<ValType> params, results;
      Run r{k, k, false, 0, ValType::I32};
      switch (in.op) {
        case Op::LocalGet:
          r.invariant = !written[in.index];
          r.type = types_[in.index];
          stack.push_back(r);
          continue;
        case Op::GlobalGet:
          r.invariant = globalInvariant(in.index, globalSet, calls);
          r.type = globalType(m_, in.index);
          stack.push_back(r);
          continue;
        case Op::I32Const:
        case Op::I64Const:
        case Op::F32Const:
        case Op::F64Const:
          r.invariant = true;
          r.type = in.op == Op::I32Const   ? ValType::I32
                   : in.op == Op::I64Const ? ValType::I64
                   : in.op == Op::F32Const ? ValType::F32
                                           : ValType::F64;
          stack.push_back(r);
          continue;
        case Op::Select:
          params = {ValType::I32, ValType::I32, ValType::I32};  // the type is the operands'
          results = {ValType::I32};
          break;
        case Op::LocalSet:
        case Op::LocalTee:
        case Op::GlobalSet:
        case Op::Drop:
        case Op::Call:
        case Op::CallIndirect:
          effect(in, stack, consider);
          continue;
        default:
          if (!fixedSignature(in.op, params, results)) {
            flush();
            continue;
          }
          break;
      }
      size_t n = params.size();
      if (stack.size() < n) {
        flush();  // operands from before a control instruction
        if (results.size() == 1)
          stack.push_back(Run{k, k, false, 0, results[0]});
        continue;
      }
      std::vector<Run> ops(stack.end() - static_cast<std::ptrdiff_t>(n), stack.end());
      stack.resize(stack.size() - n);
      bool contiguous = true, invariant = true;
      int work = 1;
      for (size_t j = 0; j < n; ++j) {
        size_t next = j + 1 < n ? ops[j + 1].start : k;
        contiguous = contiguous && ops[j].end + 1 == next;
        invariant = invariant && ops[j].invariant;
        work += ops[j].work;
      }
      const Instr* divisor =
          n == 2 && ops[1].start == ops[1].end ? &f_.body[ops[1].start] : nullptr;
      bool pure = isTrapFreePure(in.op, divisor) || in.op == Op::Select;
      bool result = results.size() == 1 && contiguous && invariant && pure;
      if (!result) {
        for (const Run& o : ops)
          consider(o);
      }
      if (results.size() == 1) {
        ValType type = in.op == Op::Select ? ops[0].type : results[0];
        stack.push_back(Run{n ? ops[0].start : k, k, result, work, type});
      } else {
        flush();
      }
    }
    flush();
    return found;
  }

  // An instruction with an effect: its operands end their runs (a dropped
  // value is not worth a local) and what it pushes is not invariant.
  template <typename Consider>
  void effect(const Instr& in, std::vector<Run>& stack, Consider&& consider) const {
    const FuncType* callee = in.op == Op::Call           ? &m_.funcType(in.index)
                             : in.op == Op::CallIndirect ? &m_.types[in.index]
                                                         : nullptr;
    size_t pops = callee ? callee->params.size() + (in.op == Op::CallIndirect ? 1 : 0) : 1;
    for (size_t j = 0; j < pops && !stack.empty(); ++j) {
      if (in.op != Op::Drop)
        consider(stack.back());
      stack.pop_back();
    }
    std::vector<ValType> pushed;
    if (callee)
      pushed = callee->results;
    else if (in.op == Op::LocalTee)
      pushed = {types_[in.index]};
    for (ValType t : pushed)
      stack.push_back(Run{0, 0, false, 0, t});
  }

  // The index of the end or else that closes the block containing `k`.
  size_t deadUntil(size_t k, const BodyShape& shape) const {
    for (size_t j = k + 1; j < f_.body.size(); ++j) {
      Op op = f_.body[j].op;
      if (opensBlock(op))
        j = shape.match[j];
      else if (op == Op::End || op == Op::Else)
        return j;
    }
    return f_.body.size();
  }

  bool sameCode(const Run& a, const Run& b) const {
    if (a.end - a.start != b.end - b.start || a.type != b.type)
      return false;
    for (size_t k = 0; k <= a.end - a.start; ++k) {
      const Instr& x = f_.body[a.start + k];
      const Instr& y = f_.body[b.start + k];
      if (x.op != y.op || x.index != y.index || x.align != y.align || x.value != y.value)
        return false;
    }
    return true;
  }

  size_t rewrite(size_t opener, const std::vector<Run>& found) {
    std::vector<uint32_t> localOf(found.size(), kNone);
    std::vector<Instr> pre;
    uint32_t next = static_cast<uint32_t>(types_.size());
    for (size_t c = 0; c < found.size(); ++c) {
      for (size_t d = 0; d < c && localOf[c] == kNone; ++d) {
        if (sameCode(found[c], found[d]))
          localOf[c] = localOf[d];
      }
      if (localOf[c] != kNone)
        continue;
      localOf[c] = next++;
      f_.locals.push_back(found[c].type);
      types_.push_back(found[c].type);
      pre.insert(pre.end(), f_.body.begin() + static_cast<std::ptrdiff_t>(found[c].start),
                 f_.body.begin() + static_cast<std::ptrdiff_t>(found[c].end + 1));
      pre.push_back(Instr{Op::LocalSet, localOf[c]});
    }
    std::vector<Instr> out(f_.body.begin(), f_.body.begin() + static_cast<std::ptrdiff_t>(opener));
    out.insert(out.end(), pre.begin(), pre.end());
    size_t c = 0;
    for (size_t k = opener; k < f_.body.size(); ++k) {
      if (c < found.size() && k == found[c].start) {
        out.push_back(Instr{Op::LocalGet, localOf[c]});
        k = found[c].end;
        ++c;
        continue;
      }
      out.push_back(f_.body[k]);
    }
    f_.body = std::move(out);
    return pre.size();
  }

  const Module& m_;
  Function& f_;
  std::vector<ValType> types_;
};

}  // namespace

void loopInvariantCodeMotion(Module& module) {
  for (Function& f : module.functions) {
    LoopHoister hoister(module, f);
    // Outermost first, so that an expression that no loop around it changes
    // goes straight out of all of them; what is left is invariant only in
    // the inner loops, visited next. Hoisting puts code before the loop.
    size_t loops = 0;
    for (size_t k = 0; k < f.body.size() && loops < kMaxLoops; ++k) {
      if (f.body[k].op == Op::Loop) {
        ++loops;
        k += hoister.hoist(k);
      }
    }
  }
}

}  // namespace wasmir
