// Exhaustiveness of `match` expressions (E0004), refutability of `let`
// patterns (E0005) and unreachable match arms (the `unreachable_patterns`
// warning). Runs on a body once its types are final; see exhaustive.cpp.
#pragma once

#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

void checkPatternsExhaustive(const SourceFile& file,
                             Program& prog,
                             DiagnosticEngine& diags,
                             const std::vector<Expr*>& matches,
                             const std::vector<Stmt*>& lets);

}  // namespace wr
