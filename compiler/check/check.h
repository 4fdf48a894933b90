// The type checker: infers and checks the type of every expression in every
// body (functions, const and static initializers), resolves method calls and
// field accesses, plans `for` loops, checks mutability of assignments and
// borrows, validates casts, literal ranges and format arguments.
//
// Reads the resolved Ast and Program; writes the [check] fields. After it
// succeeds, every Expr::type is a concrete type and lowering can run.
#pragma once

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

void checkProgram(const SourceFile& file, Ast& ast, Program& program, DiagnosticEngine& diags);

// E0381: locals read before they are definitely initialized (init_check.cpp).
void checkInitialization(Program& program, DiagnosticEngine& diags);

// E0382, E0499, E0502, E0503, E0505, E0506, E0507, E0508, E0515, E0597:
// moves and borrows (compiler/check/ownership.cpp). Runs on a program
// without errors.
void checkOwnership(const SourceFile& file, Program& program, DiagnosticEngine& diags);

// Whether values of `t` are Copy (all of this version's types except
// structs that do not derive Copy, and tuples/arrays containing them).
bool isCopyType(const Program& program, TypeId t);

}  // namespace wr
