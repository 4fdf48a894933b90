// The type checker: infers and checks the type of every expression in every
// body (functions, const and static initializers), resolves method calls and
// field accesses, plans `for` loops, checks mutability of assignments and
// borrows, validates casts, literal ranges and format arguments.
//
// Reads the resolved Ast and Program; writes the [check] fields. After it
// succeeds, every Expr::type is a concrete type and lowering can run.
#pragma once

#include <memory>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/resolve/resolve.h"
#include "compiler/sema/program.h"

namespace wr {

// The bodies the checker leaves until something reaches them: the
// prelude's fns (FnInfo::deferred). The prelude is known to be correct and
// a program uses few of its fns, so checking all of them was most of a
// small program's compile. The effect checker and lowering ask for each
// body they walk.
class DeferredBodies {
 public:
  virtual ~DeferredBodies() = default;
  // Checks fn `f`'s body now if it was deferred (it may add instances and
  // closures to the program's fns).
  virtual void ensureChecked(uint32_t f) = 0;
};

// Checks every body the program wrote; the returned object checks the
// deferred ones on request (resolving them first through `resolution`) and
// must not outlive `ast`, `program` and `resolution`.
std::unique_ptr<DeferredBodies> checkProgram(const SourceFile& file,
                                             Ast& ast,
                                             Program& program,
                                             DeferredResolution* resolution,
                                             DiagnosticEngine& diags);

// E0381: locals read before they are definitely initialized (init_check.cpp).
void checkInitialization(const SourceFile& file, Program& program, DiagnosticEngine& diags);

// E0382, E0499, E0502, E0503, E0505, E0506, E0507, E0508, E0515, E0597:
// moves and borrows (compiler/check/ownership.cpp). Runs on a program
// without errors.
void checkOwnership(const SourceFile& file, Program& program, DiagnosticEngine& diags);

// Whether values of `t` are Copy (all of this version's types except
// structs that do not derive Copy, and tuples/arrays containing them).
bool isCopyType(const Program& program, TypeId t);

}  // namespace wr
