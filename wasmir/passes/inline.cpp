// Pass `inline`: replaces direct calls by the callee's body.
//
// A defined, non-recursive function is inlined when it is small (its body,
// plus one local.set per param, is at most kSmallCost instructions) or when
// it has exactly one call site and nothing else can reach it (no export,
// start or element entry), so the original dies (tree-shake removes it). At
// a call site the arguments, already on the stack, are stored into fresh
// locals, the callee's declared locals that it reads before writing are
// reset to zero (the call site may be in a loop), and the body is wrapped in
// a block whose type is the callee's results: its `return`s become branches
// to that block, and its other branches keep their depths, since the block
// takes the place of the function's own frame. Inlining one level can expose
// another, so the pass runs a few rounds.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/liveness.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

constexpr size_t kSmallCost = 12;
// Callers stop growing here: Binaryen's time grows faster than linearly with
// a function's size (the driver skips it past 20,000 instructions).
constexpr size_t kMaxCallerSize = 10000;
constexpr int kMaxRounds = 4;

// What an inlinable callee brings to each call site.
struct Callee {
  Function body;
  std::vector<ValType> params;
  std::vector<ValType> results;
  std::vector<bool> readsZero;  // declared locals live at entry
};

class Inliner {
 public:
  explicit Inliner(Module& m) : m_(m), importCount_(m.importedFunctionCount()) {}

  bool round() {
    std::vector<bool> live = reachableFunctions(m_);
    chooseCallees(live);
    bool changed = false;
    for (uint32_t i = 0; i < m_.functions.size(); ++i) {
      if (live[importCount_ + i])
        changed |= inlineInto(importCount_ + i);
    }
    return changed;
  }

 private:
  std::vector<uint32_t> callees(uint32_t f) const {
    std::vector<uint32_t> out;
    for (const Instr& in : m_.functions[f - importCount_].body) {
      if (in.op == Op::Call && in.index >= importCount_)
        out.push_back(in.index);
    }
    return out;
  }

  // Whether f can reach itself through direct calls.
  bool recursive(uint32_t f) const {
    std::vector<bool> seen(importCount_ + m_.functions.size(), false);
    std::vector<uint32_t> work = callees(f);
    while (!work.empty()) {
      uint32_t g = work.back();
      work.pop_back();
      if (g == f)
        return true;
      if (seen[g])
        continue;
      seen[g] = true;
      for (uint32_t h : callees(g))
        work.push_back(h);
    }
    return false;
  }

  void chooseCallees(const std::vector<bool>& live) {
    size_t total = importCount_ + m_.functions.size();
    std::vector<uint32_t> calls(total, 0);
    std::vector<bool> pinned(total, false);
    for (uint32_t f = importCount_; f < total; ++f) {
      if (!live[f])
        continue;
      for (uint32_t g : callees(f))
        ++calls[g];
    }
    for (const Export& e : m_.exports) {
      if (e.kind == ExternKind::Func)
        pinned[e.index] = true;
    }
    if (m_.start)
      pinned[*m_.start] = true;
    for (const ElemSegment& seg : m_.elems) {
      for (uint32_t fn : seg.funcs)
        pinned[fn] = true;
    }
    chosen_.assign(total, nullptr);
    store_.clear();
    store_.reserve(total);
    for (uint32_t f = importCount_; f < total; ++f) {
      const Function& fn = m_.functions[f - importCount_];
      const FuncType& type = m_.types[fn.typeIndex];
      size_t cost = fn.body.size() - 1 + type.params.size();
      bool small = cost <= kSmallCost;
      bool single = calls[f] == 1 && !pinned[f];
      if (!live[f] || calls[f] == 0 || !(small || single) || !numericLocals(fn, type) ||
          recursive(f))
        continue;
      Callee c{fn, type.params, type.results, {}};
      LocalSet atEntry = Liveness(m_, fn).liveAtEntry();
      for (size_t j = 0; j < fn.locals.size(); ++j)
        c.readsZero.push_back(atEntry.has(static_cast<uint32_t>(type.params.size() + j)));
      store_.push_back(std::move(c));
      chosen_[f] = &store_.back();
    }
  }

  static bool numericLocals(const Function& fn, const FuncType& type) {
    for (ValType t : fn.locals) {
      if (!isNumeric(t))
        return false;
    }
    for (ValType t : type.params) {
      if (!isNumeric(t))
        return false;
    }
    return true;
  }

  bool inlineInto(uint32_t f) {
    Function& caller = m_.functions[f - importCount_];
    bool any = false;
    for (const Instr& in : caller.body)
      any |= in.op == Op::Call && in.index != f && chosen_[in.index];
    if (!any)
      return false;
    std::vector<Instr> out;
    out.reserve(caller.body.size());
    bool changed = false;
    for (const Instr& in : caller.body) {
      const Callee* c = in.op == Op::Call && in.index != f ? chosen_[in.index] : nullptr;
      if (c && out.size() + c->body.body.size() < kMaxCallerSize) {
        expand(caller, *c, out);
        changed = true;
      } else {
        out.push_back(in);
      }
    }
    caller.body = std::move(out);
    return changed;
  }

  Instr blockFor(const std::vector<ValType>& results) {
    if (results.empty())
      return Instr{Op::Block, 0, static_cast<uint32_t>(BlockKind::Empty)};
    if (results.size() == 1) {
      return Instr{Op::Block, static_cast<uint32_t>(results[0]),
                   static_cast<uint32_t>(BlockKind::Value)};
    }
    uint32_t type = m_.internType(FuncType{{}, results});
    return Instr{Op::Block, type, static_cast<uint32_t>(BlockKind::TypeIndex)};
  }

  void expand(Function& caller, const Callee& c, std::vector<Instr>& out) {
    auto base =
        static_cast<uint32_t>(m_.types[caller.typeIndex].params.size() + caller.locals.size());
    caller.locals.insert(caller.locals.end(), c.params.begin(), c.params.end());
    caller.locals.insert(caller.locals.end(), c.body.locals.begin(), c.body.locals.end());
    auto tableBase = static_cast<uint32_t>(caller.brTables.size());
    caller.brTables.insert(caller.brTables.end(), c.body.brTables.begin(), c.body.brTables.end());
    auto paramCount = static_cast<uint32_t>(c.params.size());
    for (uint32_t p = paramCount; p-- > 0;)
      out.push_back(Instr{Op::LocalSet, base + p});
    for (uint32_t j = 0; j < c.body.locals.size(); ++j) {
      if (!c.readsZero[j])
        continue;
      out.push_back(makeConst(c.body.locals[j], 0));
      out.push_back(Instr{Op::LocalSet, base + paramCount + j});
    }
    out.push_back(blockFor(c.results));
    uint32_t depth = 0;  // blocks open inside the callee's body
    for (size_t i = 0; i + 1 < c.body.body.size(); ++i) {
      Instr in = c.body.body[i];
      if (opensBlock(in.op))
        ++depth;
      else if (in.op == Op::End)
        --depth;
      if (isLocalAccess(in.op))
        in.index += base;
      else if (in.op == Op::BrTable)
        in.index += tableBase;
      else if (in.op == Op::Return)
        in = Instr{Op::Br, depth};
      out.push_back(in);
    }
    out.push_back(Instr{Op::End});
  }

  Module& m_;
  uint32_t importCount_;
  std::vector<Callee> store_;
  std::vector<const Callee*> chosen_;
};

}  // namespace

void inlineFunctions(Module& module) {
  Inliner inliner(module);
  for (int round = 0; round < kMaxRounds && inliner.round(); ++round) {
  }
}

}  // namespace wasmir
