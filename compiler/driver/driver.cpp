// The pipeline: lex -> parse -> resolve -> check -> lower -> validate ->
// [WasmIR passes -> validate] -> encode -> [Binaryen]. Lowering runs only on
// programs without errors; syntax errors stop the pipeline before name
// resolution, so they never cascade into it.
#include "compiler/driver/driver.h"

#include <algorithm>
#include <chrono>
#include <memory>

#include "compiler/check/check.h"
#include "compiler/check/check_interop.h"
#include "compiler/check/check_threads.h"
#include "compiler/driver/module_files.h"
#include "compiler/effects/effects.h"
#include "compiler/lex/lexer.h"
#include "compiler/lower/lower.h"
#include "compiler/parse/derive_default.h"
#include "compiler/parse/into_iterator_bounds.h"
#include "compiler/parse/parser.h"
#include "compiler/resolve/resolve.h"
#include "compiler/std/prelude.h"
#include "wasmir/binaryen_opt.h"
#include "wasmir/encoder.h"
#include "wasmir/passes/pass.h"
#include "wasmir/validator.h"

namespace wr {

namespace {

constexpr size_t kMaxOptimizedFunctionSize = 20000;

class Stopwatch {
 public:
  double lap() {
    auto now = std::chrono::steady_clock::now();
    double us = std::chrono::duration<double, std::micro>(now - last_).count();
    last_ = now;
    return us;
  }

 private:
  std::chrono::steady_clock::time_point last_ = std::chrono::steady_clock::now();
};

// Frees what `p` owns, or leaves it to the operating system when the
// process is about to end (CompileOptions::leaveMemoryAtExit).
template <typename T>
void discard(std::unique_ptr<T>& p, bool leave) {
  if (leave)
    (void)p.release();  // NOLINT(bugprone-unused-return-value): deliberately never freed
  else
    p.reset();
}

// The pipeline itself; compileSource times it as a whole, so that the total
// includes freeing the syntax tree and the program tables on the way out.
CompileResult runPipeline(const std::string& path,
                          std::string text,
                          const CompileOptions& options) {
  CompileResult result;
  std::vector<ModuleFile> moduleFiles = findModuleFiles(path, text, options.readModuleFile);
  result.file = std::make_unique<SourceFile>(path, std::move(text));
  appendModuleFiles(*result.file, moduleFiles);
  appendPrelude(*result.file);
  const SourceFile& file = *result.file;
  DiagnosticEngine diags;
  Stopwatch sw;
  std::vector<Token> tokens = lex(file, diags);
  result.times.lex = sw.lap();
  // Held by pointer so that all can go once lowering is done (below).
  auto ast = std::make_unique<Ast>();
  auto programPtr = std::make_unique<Program>();
  std::unique_ptr<DeferredResolution> resolution;
  std::unique_ptr<DeferredBodies> deferred;
  auto freeFrontEnd = [&]() {
    // The deferred work refers to the tree and the program: first.
    discard(deferred, options.leaveMemoryAtExit);
    discard(resolution, options.leaveMemoryAtExit);
    discard(programPtr, options.leaveMemoryAtExit);
    discard(ast, options.leaveMemoryAtExit);
  };
  struct FreeOnReturn {
    decltype(freeFrontEnd)& free;
    ~FreeOnReturn() { free(); }
  } freeOnReturn{freeFrontEnd};
  Program& program = *programPtr;
  program.testBuild = options.test;
  auto done = [&]() {
    // Secondary labels inside the prelude ("required by this bound in
    // `map`") would show std's source as if it were the user's.
    for (Diagnostic& d : diags.all()) {
      std::erase_if(d.labels, [&](const Label& l) { return !l.primary && file.inPrelude(l.span); });
    }
    diags.finish();
    result.diagnostics = std::move(diags.all());
    return std::move(result);
  };
  if (diags.hasErrors() && tokens.size() <= 1)
    return done();
  parseFile(file, tokens, *ast, diags);
  // The tree keeps spans into the source, never tokens: their memory is
  // better spent on the later stages.
  std::vector<Token>().swap(tokens);
  parseModuleFiles(file, moduleFiles, *ast, diags);
  expandDeriveDefault(*ast);
  expandIntoIteratorBounds(*ast);
  if (!diags.hasErrors())
    parsePrelude(file, *ast, diags);
  result.times.parse = sw.lap();
  if (diags.hasErrors())
    return done();
  resolution = resolveProgram(file, *ast, program, diags);
  result.times.resolve = sw.lap();
  // The checker runs after name errors too (unresolved names have the error
  // type, which is compatible with everything), so one run reports both.
  deferred = checkProgram(file, *ast, program, resolution.get(), diags);
  checkInterop(file, *ast, program, diags);
  if (!diags.hasErrors())
    checkThreads(file, program, diags);
  result.times.check = sw.lap();
  EffectInfo effects;
  if (!diags.hasErrors()) {
    checkEffects(file, program, deferred.get(), options.deniedEffects, diags, effects);
    result.times.effects = sw.lap();
    for (uint32_t f = 0; f < program.fns.size() && f < effects.effects.size(); ++f) {
      const FnInfo& fn = program.fns[f];
      if (fn.isTemplate() || fn.isHostImport() || !fn.item || file.inPrelude(fn.item->span))
        continue;
      result.fnEffects.emplace_back(fn.name, effects.effects[f] & kVisibleEffects);
    }
  }
  if (diags.hasErrors() || options.checkOnly) {
    result.ok = !diags.hasErrors();
    return done();
  }
  LowerOptions lowerOptions;
  lowerOptions.release = options.release;
  lowerOptions.instrument = options.instrument && !options.release;
  lowerOptions.effects = options.noEffectOpt ? nullptr : &effects;
  lowerOptions.importAllHostFns = options.noEffectOpt;
  lowerOptions.deferred = deferred.get();
  lowerProgram(file, program, *ast, lowerOptions, result.module);
  result.interface = describeInterface(program, result.module);
  // Nothing after lowering reads the syntax tree or the program: freeing
  // them now keeps them from adding to the module's and the encoder's
  // memory at the compile's peak.
  freeFrontEnd();
  result.times.lower = sw.lap();
  auto invalid = [&](const char* what, const std::vector<wasmir::ValidationError>& errors) {
    auto d = diags.emit(DiagKind::InternalError,
                        std::string("internal compiler error: the ") + what + " module is invalid");
    for (size_t i = 0; i < errors.size() && i < 5; ++i)
      d.note(errors[i].message);
    d.help("this is a bug in WasmRust; please report it with the program that triggered it");
    return done();
  };
  std::vector<wasmir::ValidationError> errors = wasmir::validateModule(result.module);
  result.times.validate = sw.lap();
  if (!errors.empty())
    return invalid("generated", errors);
  // Dev builds run no passes unless asked: their output and speed stay put.
  // Release builds that Binaryen finishes leave inlining and coalescing to it.
  bool useBinaryen = options.release && options.binaryen && wasmir::binaryenAvailable();
  auto passGoal =
      options.goal == ReleaseGoal::Size ? wasmir::PipelineGoal::Size : wasmir::PipelineGoal::Speed;
  const std::vector<std::string> none;
  const std::vector<std::string>& pipeline = options.passes     ? *options.passes
                                             : !options.release ? none
                                             : useBinaryen ? wasmir::preBinaryenPipeline(passGoal)
                                                           : wasmir::releasePipeline(passGoal);
  if (!pipeline.empty()) {
    std::string error;
    if (!wasmir::runPasses(result.module, pipeline, error)) {
      diags.emit(DiagKind::InternalError, "internal compiler error: " + error)
          .help("this is a bug in WasmRust; please report it with the program that triggered it");
      return done();
    }
    errors = wasmir::validateModule(result.module);
    result.times.passes = sw.lap();
    if (!errors.empty())
      return invalid("optimized", errors);
  }
  result.wasm = wasmir::encodeModule(result.module);
  result.times.encode = sw.lap();
  if (useBinaryen) {
    std::string error;
    auto goal = options.goal == ReleaseGoal::Size ? wasmir::OptimizeGoal::Size
                                                  : wasmir::OptimizeGoal::Speed;
    bool bulkMemory = false;
    bool referenceTypes = false;  // externref<T> anywhere in a signature or local
    bool atomics = false;
    for (const wasmir::FuncType& t : result.module.types) {
      for (const std::vector<wasmir::ValType>* list : {&t.params, &t.results})
        referenceTypes |=
            std::find(list->begin(), list->end(), wasmir::ValType::ExternRef) != list->end();
    }
    size_t largest = 0;
    for (const wasmir::Function& f : result.module.functions) {
      largest = std::max(largest, f.body.size());
      referenceTypes |=
          std::find(f.locals.begin(), f.locals.end(), wasmir::ValType::ExternRef) != f.locals.end();
      for (const wasmir::Instr& ins : f.body) {
        bulkMemory |= ins.op == wasmir::Op::MemoryCopy || ins.op == wasmir::Op::MemoryFill;
        // The threads opcodes: wasm::sync::atomic (docs/threads.md).
        atomics |= wasmir::opInfo(ins.op).prefix == 0xFE;
      }
    }
    // Binaryen's local optimizations grow faster than linearly with function
    // size; past this limit a release build could take minutes.
    if (largest > kMaxOptimizedFunctionSize) {
      diags
          .emit(
              DiagKind::ReleaseOptimizerSkipped,
              "a function has " + std::to_string(largest) +
                  " instructions, too many for the release optimizer; the module is not optimized")
          .note("the limit is " + std::to_string(kMaxOptimizedFunctionSize) +
                " instructions per function")
          .help("split large functions (or large literals) into smaller ones");
      result.ok = true;
      return done();
    }
    if (!wasmir::optimizeWithBinaryen(result.wasm, goal, bulkMemory, error, referenceTypes,
                                      atomics)) {
      diags.emit(DiagKind::InternalError, "internal compiler error: " + error)
          .help("this is a bug in WasmRust; please report it with the program that triggered it");
      return done();
    }
    result.times.optimize = sw.lap();
  }
  result.ok = true;
  return done();
}

}  // namespace

CompileResult compileSource(const std::string& path,
                            std::string text,
                            const CompileOptions& options) {
  Stopwatch whole;
  CompileResult result = runPipeline(path, std::move(text), options);
  result.times.total = whole.lap();
  return result;
}

}  // namespace wr
