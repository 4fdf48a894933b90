// Ownership in one function body, worked out before it is lowered, for
// drop elaboration (lower_drops.cpp): which expressions hand their value
// over to their parent (a move, for values that need dropping), and which
// locals need a runtime drop flag because they are moved, or initialized,
// on only some paths.
//
// A move is "conditional" when it happens inside a branch, a loop or the
// right side of `&&`/`||` that the local's own declaration is outside of.
// Other locals have a state that lowering tracks at compile time (live,
// moved, or with some parts moved out), since it lowers code in the order
// it runs.
#pragma once

#include <functional>
#include <unordered_set>
#include <vector>

#include "compiler/sema/program.h"

namespace wr {

struct Ownership {
  std::unordered_set<const Expr*> consumed;  // the parent takes the value over
  std::vector<bool> flagged;                 // per local of the fn
};

// Does matching `p` against an owned value move any part of it that needs
// dropping (a binding by value)?
bool patternMoves(const Program& prog,
                  const Pattern* p,
                  const std::function<bool(TypeId)>& needsDrop);

Ownership analyzeOwnership(const Program& prog,
                           const FnInfo& fn,
                           const std::function<bool(TypeId)>& needsDrop);

}  // namespace wr
