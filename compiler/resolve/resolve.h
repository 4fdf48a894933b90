// Name resolution: collects the program's items into the Program tables,
// resolves every type expression to a TypeId, evaluates array lengths, and
// binds every name in function bodies — locals (with shadowing and block
// scopes), functions, consts, statics, structs, associated items, loop labels
// and the few `std` paths WasmRust provides. Also parses format strings,
// since their `{name}` captures are names too.
//
// Reads the Ast; writes Program (items, signatures) and the [resolve] fields
// of the Ast. The type checker runs next.
#pragma once

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

void resolveProgram(const SourceFile& file, Ast& ast, Program& program, DiagnosticEngine& diags);

// Evaluates an integer constant expression (array lengths, repeat counts).
// Returns false after reporting when `e` is not a constant integer.
bool evalConstInt(Expr* e, Program& program, DiagnosticEngine& diags, uint64_t& out);

}  // namespace wr
