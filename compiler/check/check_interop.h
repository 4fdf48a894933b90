// The interop checker: `wasm::` attributes, exported and host fn signatures,
// `extern "js"` blocks and where `externref<T>` values may live
// (check_interop.cpp). Runs after the type checker.
#pragma once

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

void checkInterop(const SourceFile& file, Ast& ast, Program& program, DiagnosticEngine& diags);

}  // namespace wr
