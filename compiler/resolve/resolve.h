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

#include <memory>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

// The bodies name resolution leaves until the checker needs them: the
// prelude's fns (FnInfo::unresolved), most of which a program never uses.
class DeferredResolution {
 public:
  virtual ~DeferredResolution() = default;
  // Resolves fn `f`'s body now if it was left unresolved.
  virtual void resolveBody(uint32_t f) = 0;
};

// Resolves the program; the returned object resolves the deferred bodies on
// request and must not outlive `ast` and `program`.
std::unique_ptr<DeferredResolution> resolveProgram(const SourceFile& file,
                                                   Ast& ast,
                                                   Program& program,
                                                   DiagnosticEngine& diags);

// Evaluates an integer constant expression (array lengths, repeat counts).
// Returns false after reporting when `e` is not a constant integer.
bool evalConstInt(Expr* e, Program& program, DiagnosticEngine& diags, uint64_t& out);

}  // namespace wr
