// The ownership checker's entry point: for every fn the program wrote (not
// the instances of generic fns, which are copies of their checked
// templates, and not the prelude, which is known to be correct), build its
// body and its closures' bodies (own_build*.cpp), then check moves
// (moves.cpp), borrows (borrows.cpp) and linear values (linear.cpp) in each. The diagnostics of one
// fn come out in source order, as rustc's do.
#include <algorithm>

#include "compiler/check/check.h"
#include "compiler/check/ownership.h"

namespace wr {

void checkOwnership(const SourceFile& file, Program& program, DiagnosticEngine& diags) {
  own::TypeFacts facts(program);
  own::BodyPool pool;
  own::MoveCheck moves(file, facts, diags);
  own::BorrowCheck borrows(file, facts, diags);
  own::LinearCheck linear(file, facts, diags);
  // Closures and instances are appended to program.fns by the checker;
  // only the fns written in the source are walked here.
  size_t count = program.fns.size();
  for (size_t i = 0; i < count; ++i) {
    FnInfo& fn = program.fns[i];
    if (fn.templateFn != kNone || fn.isClosure() || !fn.item || !fn.item->body ||
        file.inPrelude(fn.item->span))
      continue;
    size_t first = diags.all().size();
    pool.reset();
    own::buildBodies(file, program, facts, diags, fn, pool);
    for (size_t b = 0; b < pool.size(); ++b) {
      moves.run(pool[b]);
      borrows.run(pool[b]);
      linear.run(pool[b]);
    }
    std::vector<Diagnostic>& all = diags.all();
    if (all.size() > first + 1) {
      std::stable_sort(all.begin() + static_cast<std::ptrdiff_t>(first), all.end(),
                       [](const Diagnostic& a, const Diagnostic& b) {
                         return a.primarySpan().lo < b.primarySpan().lo;
                       });
    }
  }
}

}  // namespace wr
