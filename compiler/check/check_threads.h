// The thread-safety checker (check_threads.cpp): what a task spawned in
// `wasm::thread::scope` may capture (W1030, W1031, W1032; docs/threads.md).
#pragma once

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/sema/program.h"
#include "compiler/source/source_file.h"

namespace wr {

// Runs on a program whose types are known and without errors (closures
// have become fns, their captures are rewritten; check_closures.cpp).
void checkThreads(const SourceFile& file, const Program& program, DiagnosticEngine& diags);

}  // namespace wr
