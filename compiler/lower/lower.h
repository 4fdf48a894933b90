// Lowering: turns a checked program into a WasmIR module. Only functions
// reachable from `main` are emitted, and host imports and runtime helpers
// appear only when the program uses them — "every byte matters": a program
// that prints one line compiles to a module with one import and one function.
#pragma once

#include <string>

#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"
#include "wasmir/module.h"

namespace wr {

struct LowerOptions {
  bool release = false;     // no overflow checks, no name section
  bool instrument = false;  // memviz: trace heap events, describe memory (dev builds)
};

void lowerProgram(const SourceFile& file,
                  Program& program,
                  Ast& ast,
                  const LowerOptions& opts,
                  wasmir::Module& out);

}  // namespace wr
