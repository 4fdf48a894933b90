// Pass `coalesce-locals`: fewer locals by sharing slots.
//
// Lowering gives every temporary its own local; most live only for a few
// instructions. Two locals of the same type interfere if one is written
// while the other is live (see liveness.h); locals that do not interfere can
// share one slot. Slots are assigned greedily in index order, params first
// (a param is a slot of its own that later locals may join), trying first
// the slot of a local it is copied from or to (`local.get a; local.set x`),
// since sharing it turns the copy into a no-op. A declared local that is
// live at entry reads its zero initial value, so it keeps its own slot and
// nothing joins it. Afterwards copies of a slot to itself go, and
// `local.set x; local.get x` becomes `local.tee x`.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/liveness.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// The interference matrix is quadratic in the number of locals: past this
// many, the function keeps its locals (lowering never gets near it).
constexpr size_t kMaxLocals = 4096;

// For each local, the locals it is copied from or to by adjacent
// `local.get a; local.set/tee b` pairs.
std::vector<std::vector<uint32_t>> copyPartners(const Function& f, size_t count) {
  std::vector<std::vector<uint32_t>> partners(count);
  for (size_t i = 1; i < f.body.size(); ++i) {
    const Instr& a = f.body[i - 1];
    const Instr& b = f.body[i];
    if (a.op == Op::LocalGet && isLocalWrite(b.op) && a.index != b.index) {
      partners[a.index].push_back(b.index);
      partners[b.index].push_back(a.index);
    }
  }
  return partners;
}

// Removes copies of a local to itself and fuses a set with the get after it.
void cleanUpCopies(Function& f) {
  std::vector<Instr> out;
  out.reserve(f.body.size());
  for (const Instr& in : f.body) {
    bool afterGet = !out.empty() && out.back().op == Op::LocalGet && out.back().index == in.index;
    if (afterGet && in.op == Op::LocalSet) {
      out.pop_back();
      continue;
    }
    if (afterGet && in.op == Op::LocalTee)
      continue;
    if (in.op == Op::LocalGet && !out.empty() && out.back().op == Op::LocalSet &&
        out.back().index == in.index) {
      out.back().op = Op::LocalTee;
      continue;
    }
    out.push_back(in);
  }
  f.body = std::move(out);
}

void coalesceIn(const Module& m, Function& f) {
  std::vector<ValType> types = localTypes(m, f);
  auto paramCount = static_cast<uint32_t>(types.size() - f.locals.size());
  auto count = static_cast<uint32_t>(types.size());
  if (f.locals.empty() || count > kMaxLocals) {
    cleanUpCopies(f);
    return;
  }
  Liveness liveness(m, f);
  // interferes[x] holds the locals live where x is written.
  std::vector<LocalSet> interferes(count, LocalSet(count));
  liveness.walkBackward([&](size_t i, const LocalSet& liveAfter) {
    const Instr& in = f.body[i];
    if (isLocalWrite(in.op))
      interferes[in.index].unite(liveAfter);
  });
  auto conflict = [&](uint32_t a, uint32_t b) {
    return interferes[a].has(b) || interferes[b].has(a);
  };
  const LocalSet& atEntry = liveness.liveAtEntry();
  std::vector<std::vector<uint32_t>> partners = copyPartners(f, count);
  // slots[s]: the locals sharing slot s (slots 0..paramCount-1 are params).
  std::vector<std::vector<uint32_t>> slots;
  std::vector<uint32_t> newIndex(count, kNone);
  std::vector<ValType> slotType;
  std::vector<bool> closed;  // a slot nothing may join
  for (uint32_t p = 0; p < paramCount; ++p) {
    newIndex[p] = p;
    slots.push_back({p});
    slotType.push_back(types[p]);
    closed.push_back(false);
  }
  for (uint32_t x = paramCount; x < count; ++x) {
    bool own = atEntry.has(x);
    auto fits = [&](uint32_t s) {
      if (own || closed[s] || slotType[s] != types[x])
        return false;
      for (uint32_t y : slots[s]) {
        if (conflict(x, y))
          return false;
      }
      return true;
    };
    uint32_t chosen = kNone;
    for (uint32_t y : partners[x]) {
      if (chosen == kNone && newIndex[y] != kNone && fits(newIndex[y]))
        chosen = newIndex[y];
    }
    for (uint32_t s = 0; s < slots.size() && chosen == kNone; ++s) {
      if (fits(s))
        chosen = s;
    }
    if (chosen == kNone) {
      chosen = static_cast<uint32_t>(slots.size());
      slots.emplace_back();
      slotType.push_back(types[x]);
      closed.push_back(own);
    }
    slots[chosen].push_back(x);
    newIndex[x] = chosen;
  }
  if (slots.size() < count) {
    std::vector<ValType> declared(slotType.begin() + paramCount, slotType.end());
    renumberLocals(f, paramCount, newIndex, std::move(declared));
  }
  cleanUpCopies(f);
}

}  // namespace

void coalesceLocals(Module& module) {
  for (Function& f : module.functions)
    coalesceIn(module, f);
}

}  // namespace wasmir
