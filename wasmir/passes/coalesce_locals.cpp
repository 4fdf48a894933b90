// Pass `coalesce-locals`: fewer locals by sharing slots.
//
// Lowering gives every temporary its own local; most live only for a few
// instructions. Two locals of the same type interfere if one is written
// while the other is live (see liveness.h); locals that do not interfere can
// share one slot. Slots are assigned greedily in index order, params first
// (a param is a slot of its own that later locals may join). A declared
// local that is live at entry reads its zero initial value, so it keeps its
// own slot and nothing joins it.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/liveness.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// The interference matrix is quadratic in the number of locals: past this
// many, the function keeps its locals (lowering never gets near it).
constexpr size_t kMaxLocals = 4096;

void coalesceIn(const Module& m, Function& f) {
  std::vector<ValType> types = localTypes(m, f);
  auto paramCount = static_cast<uint32_t>(types.size() - f.locals.size());
  auto count = static_cast<uint32_t>(types.size());
  if (f.locals.empty() || count > kMaxLocals)
    return;
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
    uint32_t chosen = kNone;
    for (uint32_t s = 0; !own && s < slots.size() && chosen == kNone; ++s) {
      if (closed[s] || slotType[s] != types[x])
        continue;
      bool fits = true;
      for (uint32_t y : slots[s])
        fits = fits && !conflict(x, y);
      if (fits)
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
  if (slots.size() == count)
    return;
  std::vector<ValType> declared(slotType.begin() + paramCount, slotType.end());
  renumberLocals(f, paramCount, newIndex, std::move(declared));
}

}  // namespace

void coalesceLocals(Module& module) {
  for (Function& f : module.functions)
    coalesceIn(module, f);
}

}  // namespace wasmir
