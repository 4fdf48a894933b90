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

class DeferredBodies;

struct EffectInfo;  // compiler/effects/effects.h

struct LowerOptions {
  bool release = false;     // no overflow checks, no name section
  bool instrument = false;  // memviz: trace heap events, describe memory (dev builds)
  // The effect checker's inferred effects: calls of pure fns whose results
  // are unused are dropped (null: keep every call).
  const EffectInfo* effects = nullptr;
  // Import every declared host fn, called or not (for measuring what
  // importing only the used ones saves; `--no-effect-opt`).
  bool importAllHostFns = false;
  // Checks the prelude bodies lowering reaches that nothing checked yet
  // (check.h); null when every body is checked.
  DeferredBodies* deferred = nullptr;
};

void lowerProgram(const SourceFile& file,
                  Program& program,
                  Ast& ast,
                  const LowerOptions& opts,
                  wasmir::Module& out);

}  // namespace wr
