// WasmIR optimization passes: the registry and the pass manager.
//
// Each pass lives in its own file in wasmir/passes/ and is listed in
// passes.def; it rewrites a valid wasmir::Module into a valid module that
// behaves the same (same output, same traps). The driver runs the release
// pipeline before encoding (and before Binaryen); tests and
// `wasmrust build --passes=...` run any named list.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

using PassFunction = void (*)(Module&);

struct PassInfo {
  const char* name;
  const char* description;
  PassFunction run;
};

// Every registered pass, in passes.def order.
const std::vector<PassInfo>& allPasses();

// The pass called `name`, or null.
const PassInfo* findPass(std::string_view name);

// What a release build optimizes for: size builds (--release=size) also
// trade speed for bytes (bulk-memory: a memory.copy is smaller than the
// word copies it replaces, and slower in V8 for a few dozen bytes).
enum class PipelineGoal : uint8_t { Speed, Size };

// The pipeline of release builds that Binaryen does not finish (the
// Emscripten build of the compiler, --no-binaryen). The names `release` and
// `default` in a pass list expand to it, `release-size` to the size one.
const std::vector<std::string>& releasePipeline(PipelineGoal goal = PipelineGoal::Speed);

// The pipeline of release builds that Binaryen finishes: without inlining
// and local coalescing, which Binaryen does better from the original locals
// and calls (ours cost it bytes). The name `pre-binaryen` expands to it,
// `pre-binaryen-size` to the size one.
const std::vector<std::string>& preBinaryenPipeline(PipelineGoal goal = PipelineGoal::Speed);

// Splits "a,b,c" into names, expanding the pipeline names above;
// `none` or an empty string is the empty pipeline. Returns false with `error` naming the
// first unknown pass.
bool parsePassList(std::string_view list, std::vector<std::string>& names, std::string& error);

struct PassRunOptions {
  // Validate after every pass and stop at the first invalid module (tests
  // and --passes use it to name the pass at fault).
  bool validateEach = false;
};

// Runs the named passes in order. Returns false with `error` set if a name
// is unknown or (with validateEach) a pass produced an invalid module.
bool runPasses(Module& module,
               const std::vector<std::string>& names,
               std::string& error,
               const PassRunOptions& options = {});

// The entry points, one per row of passes.def.
#define WASMIR_PASS(Function, Name, Description) void Function(Module& module);
#include "wasmir/passes/passes.def"

}  // namespace wasmir
