// The standard library prelude (compiler/std/prelude.rs): parsed with every
// program and merged into its tree, minus the items the program defines
// itself (a program's own `enum Option` replaces the prelude's, with the
// prelude's impls and imports of it).
#pragma once

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"

namespace wr {

// Appends the prelude to `file` (after the user's text) ...
void appendPrelude(SourceFile& file);
// ... and, after the user's items are parsed, parses it into `ast`.
void parsePrelude(const SourceFile& file, Ast& ast, DiagnosticEngine& diags);

}  // namespace wr
