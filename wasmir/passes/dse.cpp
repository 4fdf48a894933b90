// Pass `dse`: dead-store elimination for locals.
//
// A local.set or local.tee whose local is not live afterwards (see
// liveness.h: no path reads it before it is written again) stores for
// nothing: the set becomes a drop of its value and the tee disappears. A drop
// of a pure value (a constant, local.get, global.get) then disappears with
// it. Removing a store can make the reads that fed it unnecessary, so the
// pass repeats while it finds something, a few rounds at most.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/liveness.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

constexpr int kMaxRounds = 4;

// One round over `f`; returns whether anything changed.
bool removeDeadStores(const Module& m, Function& f) {
  std::vector<bool> dead(f.body.size(), false);
  bool any = false;
  Liveness(m, f).walkBackward([&](size_t i, const LocalSet& liveAfter) {
    const Instr& in = f.body[i];
    if (isLocalWrite(in.op) && !liveAfter.has(in.index)) {
      dead[i] = true;
      any = true;
    }
  });
  bool droppedPure = false;
  std::vector<Instr> out;
  out.reserve(f.body.size());
  for (size_t i = 0; i < f.body.size(); ++i) {
    Instr in = f.body[i];
    if (dead[i] && in.op == Op::LocalTee)
      continue;
    if (dead[i])
      in = Instr{Op::Drop};
    if (in.op == Op::Drop && !out.empty() && isPureProducer(out.back().op)) {
      out.pop_back();
      droppedPure = true;
      continue;
    }
    out.push_back(in);
  }
  f.body = std::move(out);
  return any || droppedPure;
}

}  // namespace

void deadStores(Module& module) {
  for (Function& f : module.functions) {
    for (int round = 0; round < kMaxRounds && removeDeadStores(module, f); ++round) {
    }
  }
}

}  // namespace wasmir
