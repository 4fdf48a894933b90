// The compile API: one function that runs the whole pipeline on one source
// file. The CLI, the tests, the fuzzer and the web bindings all call it, so
// they all see the same diagnostics and the same bytes.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/driver/module_files.h"
#include "compiler/driver/module_interface.h"
#include "compiler/source/source_file.h"
#include "wasmir/module.h"

namespace wr {

enum class ReleaseGoal : uint8_t { Speed, Size };

struct CompileOptions {
  bool release = false;                   // no overflow checks, no name section, Binaryen
  ReleaseGoal goal = ReleaseGoal::Speed;  // release: -O3, or -Oz for Size
  bool checkOnly = false;                 // stop after the checks (wasmrust check)
  // WasmIR passes run after lowering (wasmir/passes/). Unset: the release
  // pipeline in release builds and none in dev builds (whose output must not
  // change); set: exactly these, in either tier (testing, measurements).
  std::optional<std::vector<std::string>> passes;
  bool binaryen = true;  // release: finish with Binaryen when this build has it
  // Dev builds: record heap events in a trace buffer and describe memory in
  // the `wasmrust.memviz` section for the memory visualizer (docs/memviz.md).
  // Release builds never carry it.
  bool instrument = true;
  // A test build (`wasmrust test`, `--test`): `#[cfg(test)]` items and the
  // `#[test]` fns are compiled, and the module exports the tests instead of
  // `main`.
  bool test = false;
  // `--deny-effect`: effects (a set of compiler/effects/effect_kind.def bits)
  // that no code reachable from `main` or an export may perform.
  uint32_t deniedEffects = 0;
  // Measurements only: import every declared host fn and keep unused pure
  // calls, as if the compiler knew nothing of effects.
  bool noEffectOpt = false;
  // Reads the module files of `mod name;` declarations (the CLI reads the
  // disk). Unset, as in the in-page compiler: a program is one file, and a
  // `mod name;` is an error.
  ModuleFileReader readModuleFile;
  // The process ends soon after this compile (the CLI): the syntax tree and
  // the program tables are left to the operating system instead of being
  // freed node by node, as a C++ compiler's driver does. The page, which
  // compiles again and again, frees them.
  bool leaveMemoryAtExit = false;
};

// Wall-clock time of each stage (stage.def), in microseconds; a stage that
// did not run is 0. `total` is the whole compileSource call, from taking the
// text to returning the result (freeing the syntax tree included).
struct StageTimes {
#define WR_STAGE(Name, Description) double Name = 0;
#include "compiler/driver/stage.def"
  double total = 0;
};

struct CompileResult {
  bool ok = false;
  std::unique_ptr<SourceFile> file;
  std::vector<Diagnostic> diagnostics;
  wasmir::Module module;
  std::vector<uint8_t> wasm;
  ModuleInterface interface;  // exports and host imports in source types
  // Each fn of the user's program the effect checker read (instances and
  // closures included, the prelude left out), with its inferred effects
  // (compiler/effects/effect_kind.def bits), in program order.
  std::vector<std::pair<std::string, uint32_t>> fnEffects;
  StageTimes times;
};

CompileResult compileSource(const std::string& path,
                            std::string text,
                            const CompileOptions& options);

}  // namespace wr
