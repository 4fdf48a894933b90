// The `wasmrust` command line: build, run, check and explain.
//
//   wasmrust build FILE.rs [-o OUT.wasm] [--emit wasm|wat|js] [--release]
//                                            (js: also OUT.mjs and OUT.d.ts, a typed wrapper)
//   wasmrust run FILE.rs [--release]        compile, then run under Node
//   wasmrust run FILE.rs --host HOST.mjs     ...with the host fns HOST.mjs provides
//   wasmrust run FILE.rs --invoke NAME [ARG...]
//                                            ...then call an export and print its result
//   --deny-effect EFFECT (build, run, check; repeatable): reject a program
//                    that could perform EFFECT (docs/effects.md)
//   wasmrust run FILE.rs --memviz OUT.json|OUT.svg
//                                            ...and write its memory at the end
//   wasmrust memviz SNAPSHOT -o OUT.json|OUT.svg
//                                            the same from a saved snapshot
//   wasmrust check FILE.rs [--error-format human|json] [--effects]
//                                            (--effects: each fn's inferred effects)
//   wasmrust explain CODE
//
// Measuring the compiler itself (build and check):
//   --time-passes[=human|json]  print the driver's time per stage and in
//                    total, measured inside the process (no process start,
//                    no file I/O), to stderr after any diagnostics
//   --repeat N       compile the source N times in this process (each compile
//                    must give the same bytes); --time-passes then reports
//                    each stage's median. The browser benchmark compares
//                    this figure with the in-page compiler's.
//
// Hidden options of build and run, for tests and measurements:
//   --passes=LIST    run exactly these WasmIR passes (`release` and
//                    `pre-binaryen` for the two release pipelines, `none`,
//                    `help` to list them)
//   --no-binaryen    release builds stop before Binaryen
//   --no-instrument  dev builds without the memviz trace and section
//   --no-effect-opt  import every declared host fn and keep unused pure
//                    calls (bench/effects measures what that costs)
//
// Diagnostics go to stderr; `check` exits 1 when there are errors. `run`
// forwards the program's stdout, stderr and exit code. The same file is
// built with Emscripten (NODERAWFS) to check that both builds emit the same
// bytes; there `run` is not available.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "compiler/diagnostics/explain.h"
#include "compiler/diagnostics/render_human.h"
#include "compiler/diagnostics/render_json.h"
#include "compiler/driver/driver.h"
#include "compiler/driver/js_wrapper.h"
#include "compiler/driver/timings.h"
#include "compiler/effects/effects.h"
#include "memviz/model.h"
#include "memviz/report.h"
#include "wasmir/passes/pass.h"
#include "wasmir/wat_printer.h"

#ifndef __EMSCRIPTEN__
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

struct Args {
  std::string file;
  std::string output;
  std::string emit = "wasm";
  std::string errorFormat = "human";
  std::string code;
  std::string release;  // "", "speed" or "size"
  std::optional<std::string> passes;
  bool noBinaryen = false;
  std::string timePasses;  // "", "human" or "json"
  int repeat = 1;
  bool noInstrument = false;
  bool noEffectOpt = false;
  bool printEffects = false;  // check: each fn's inferred effects
  std::string memviz;         // run: where to write the memory model (.json or .svg)
  std::string snapshot;       // memviz: the snapshot to read
  std::vector<std::string> denyEffects;
  std::string host;                   // run: an ES module providing host fns
  std::vector<std::string> invoke;    // run: an export to call, then its arguments
  bool test = false;                  // build/check --test; always for `wasmrust test`
  std::vector<std::string> testArgs;  // test: a name filter, --ignored, --exact, ...
};

bool readFile(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

// Module files (`mod name;`) come from the disk; a directory named like one
// is not a file.
bool readModuleFile(const std::string& path, std::string& out) {
  std::error_code ec;
  return std::filesystem::is_regular_file(path, ec) && readFile(path, out);
}

bool useColor() {
#ifndef __EMSCRIPTEN__
  const char* noColor = std::getenv("NO_COLOR");
  return isatty(2) && !(noColor && *noColor);
#else
  return false;
#endif
}

void printDiagnostics(const wr::CompileResult& r, const std::string& format) {
  if (r.diagnostics.empty())
    return;
  if (format == "json") {
    std::cerr << wr::renderJson(*r.file, r.diagnostics);
  } else {
    std::cerr << wr::renderHumanAll(*r.file, r.diagnostics, useColor());
  }
}

// Compiles args.file; prints diagnostics; returns nullopt-like ok flag.
bool compileFile(const Args& args, bool checkOnly, wr::CompileResult& result) {
  std::string text;
  if (!readFile(args.file, text)) {
    std::cerr << "error: couldn't read `" << args.file
              << "`: No such file or directory (os error 2)\n";
    return false;
  }
  wr::CompileOptions options;
  options.release = !args.release.empty();
  options.goal = args.release == "size" ? wr::ReleaseGoal::Size : wr::ReleaseGoal::Speed;
  options.checkOnly = checkOnly;
  options.binaryen = !args.noBinaryen;
  options.instrument = !args.noInstrument;
  options.test = args.test;
  options.noEffectOpt = args.noEffectOpt;
  options.readModuleFile = readModuleFile;
  options.leaveMemoryAtExit = args.repeat == 1;
  for (const std::string& name : args.denyEffects) {
    wr::Effect e;
    if (!wr::parseEffect(name, e)) {
      std::cerr << "error: unknown effect `" << name << "` for --deny-effect (the effects are "
                << wr::effectList(wr::kVisibleEffects) << ")\n";
      return false;
    }
    options.deniedEffects |= wr::effectBit(e);
  }
  if (args.passes) {
    std::vector<std::string> names;
    std::string error;
    if (!wasmir::parsePassList(*args.passes, names, error)) {
      std::cerr << "error: " << error << " (--passes=help lists them)\n";
      return false;
    }
    options.passes = std::move(names);
  }
  std::vector<wr::StageTimes> times;
  for (int i = 0; i < args.repeat; ++i) {
    wr::CompileResult again = wr::compileSource(args.file, text, options);
    times.push_back(again.times);
    if (i > 0 && (again.ok != result.ok || again.wasm != result.wasm)) {
      std::cerr << "error: compile " << i + 1 << " of `" << args.file
                << "` gave a different result from the first (a WasmRust bug)\n";
      return false;
    }
    result = std::move(again);
  }
  printDiagnostics(result, args.errorFormat);
  if (!args.timePasses.empty()) {
    auto format = args.timePasses == "json" ? wr::TimingsFormat::Json : wr::TimingsFormat::Human;
    std::cerr << wr::renderTimings(args.file, times, format);
  }
  return result.ok;
}

std::string defaultOutput(const std::string& file, const std::string& ext) {
  std::string base = file;
  size_t slash = base.find_last_of('/');
  if (slash != std::string::npos)
    base = base.substr(slash + 1);
  if (base.size() > 3 && base.compare(base.size() - 3, 3, ".rs") == 0)
    base.resize(base.size() - 3);
  return base + ext;
}

bool writeFile(const std::string& path, const void* data, size_t size) {
  std::ofstream out(path, std::ios::binary);
  if (!out)
    return false;
  out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
  return static_cast<bool>(out);
}

// `--emit js`: OUT.mjs and OUT.d.ts beside OUT.wasm.
int writeJsWrapper(const wr::CompileResult& r, const std::string& wasmPath) {
  std::string base = wasmPath;
  if (base.size() > 5 && base.compare(base.size() - 5, 5, ".wasm") == 0)
    base.resize(base.size() - 5);
  std::string name = wasmPath.substr(wasmPath.find_last_of('/') + 1);
  std::string js = wr::jsWrapper(r.interface, name);
  std::string dts = wr::dtsWrapper(r.interface, name);
  for (const auto& [path, text] :
       {std::pair{base + ".mjs", &js}, std::pair{base + ".d.ts", &dts}}) {
    if (!writeFile(path, text->data(), text->size())) {
      std::cerr << "error: couldn't write `" << path << "`\n";
      return 1;
    }
  }
  return 0;
}

int cmdBuild(const Args& args) {
  wr::CompileResult r;
  if (!compileFile(args, false, r))
    return 1;
  if (args.emit == "wat") {
    std::string wat = wasmir::printWat(r.module);
    if (args.output == "-" || args.output.empty()) {
      std::cout << wat;
      return 0;
    }
    return writeFile(args.output, wat.data(), wat.size()) ? 0 : 1;
  }
  std::string out = args.output.empty() ? defaultOutput(args.file, ".wasm") : args.output;
  if (!writeFile(out, r.wasm.data(), r.wasm.size())) {
    std::cerr << "error: couldn't write `" << out << "`\n";
    return 1;
  }
  if (args.emit == "js")
    return writeJsWrapper(r, out);
  return 0;
}

int listPasses() {
  for (const wasmir::PassInfo& p : wasmir::allPasses())
    std::cout << p.name << "  " << p.description << "\n";
  std::cout << "release:";
  for (const std::string& name : wasmir::releasePipeline())
    std::cout << " " << name;
  std::cout << "\npre-binaryen:";
  for (const std::string& name : wasmir::preBinaryenPipeline())
    std::cout << " " << name;
  std::cout << "\n";
  return 0;
}

int cmdCheck(const Args& args) {
  wr::CompileResult r;
  bool ok = compileFile(args, true, r);
  if (args.printEffects) {
    for (const auto& [name, set] : r.fnEffects)
      std::cout << name << ": " << (set ? wr::effectList(set) : "pure") << "\n";
  }
  return ok ? 0 : 1;
}

#ifndef __EMSCRIPTEN__
// The Node entry point `name` (run.mjs, test.mjs) of the runtime;
// WASMRUST_RUNTIME names another runtime directory.
std::string runtimePath(const char* name) {
  if (const char* env = std::getenv("WASMRUST_RUNTIME"))
    return std::string(env) + "/" + name;
  return std::string(WASMRUST_SOURCE_DIR) + "/web/runtime/" + name;
}
#endif

bool memvizFormatOk(const std::string& out) {
  auto endsWith = [&](const char* ext) {
    size_t n = std::char_traits<char>::length(ext);
    return out.size() >= n && out.compare(out.size() - n, n, ext) == 0;
  };
  if (endsWith(".json") || endsWith(".svg"))
    return true;
  std::cerr << "error: --memviz writes .json or .svg, not `" << out << "`\n";
  return false;
}

// Decodes a snapshot and writes its model as JSON or SVG (by extension).
int writeMemviz(const std::vector<uint8_t>& bytes, const std::string& out) {
  memviz::Snapshot snap;
  memviz::Model model;
  std::string error;
  if (!memviz::decodeSnapshot(bytes.data(), bytes.size(), snap, error) ||
      !memviz::buildModel(snap, model, error)) {
    std::cerr << "error: memviz: " << error << "\n";
    return 1;
  }
  bool svg = out.size() > 4 && out.compare(out.size() - 4, 4, ".svg") == 0;
  std::string text = svg ? memviz::toSvg(model) : memviz::toJson(model);
  if (!writeFile(out, text.data(), text.size())) {
    std::cerr << "error: couldn't write `" << out << "`\n";
    return 1;
  }
  return 0;
}

int cmdMemviz(const Args& args) {
  std::string data;
  if (!memvizFormatOk(args.output))
    return 1;
  if (!readFile(args.snapshot, data)) {
    std::cerr << "error: couldn't read `" << args.snapshot << "`\n";
    return 1;
  }
  return writeMemviz({data.begin(), data.end()}, args.output);
}

#ifndef __EMSCRIPTEN__
// Writes the module to a temporary file and runs `node SCRIPT MODULE ARGS...`
// with this process's stdout and stderr; returns its exit code.
int runUnderNode(const std::vector<uint8_t>& wasm,
                 const std::string& script,
                 const std::vector<std::string>& extra) {
  char path[] = "/tmp/wasmrust-run-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0 || write(fd, wasm.data(), wasm.size()) != static_cast<ssize_t>(wasm.size())) {
    std::cerr << "error: couldn't write a temporary module\n";
    return 1;
  }
  close(fd);
  std::vector<std::string> argv = {"node", script, path};
  argv.insert(argv.end(), extra.begin(), extra.end());
  std::vector<char*> cargv;
  for (std::string& a : argv)
    cargv.push_back(a.data());
  cargv.push_back(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    execvp("node", cargv.data());
    std::perror("error: couldn't start node");
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  unlink(path);
  return WIFEXITED(status) ? WEXITSTATUS(status)
                           : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}
#endif

int cmdRun(const Args& args) {
#ifdef __EMSCRIPTEN__
  std::cerr << "error: `wasmrust run` is not available in this build\n";
  return 1;
#else
  if (!args.memviz.empty()) {
    if (!args.release.empty() || args.noInstrument) {
      std::cerr << "error: --memviz needs a dev build (release builds carry no memviz trace)\n";
      return 1;
    }
    if (!memvizFormatOk(args.memviz))
      return 1;
  }
  wr::CompileResult r;
  if (!compileFile(args, false, r))
    return 1;
  char snapshotPath[] = "/tmp/wasmrust-memviz-XXXXXX";
  std::vector<std::string> extra;
  if (!args.memviz.empty()) {
    int fd = mkstemp(snapshotPath);
    if (fd >= 0)
      close(fd);
    extra = {"--memviz", snapshotPath};
  }
  if (!args.host.empty())
    extra.insert(extra.end(), {"--host", args.host});
  if (!args.invoke.empty()) {
    extra.push_back("--invoke");
    extra.insert(extra.end(), args.invoke.begin(), args.invoke.end());
  }
  int code = runUnderNode(r.wasm, runtimePath("run.mjs"), extra);
  if (!args.memviz.empty()) {
    std::string data;
    bool read = readFile(snapshotPath, data) && !data.empty();
    unlink(snapshotPath);
    if (!read) {
      std::cerr << "error: memviz: the runtime wrote no snapshot\n";
      return code ? code : 1;
    }
    if (writeMemviz({data.begin(), data.end()}, args.memviz) != 0)
      return code ? code : 1;
  }
  return code;
#endif
}

// `wasmrust test FILE [FILTER] [--ignored] [--include-ignored] [--exact]`:
// builds the test harness and runs every `#[test]` fn under Node, printing
// what libtest prints (web/runtime/test.mjs); exits 101 if any failed.
int cmdTest(Args args) {
#ifdef __EMSCRIPTEN__
  std::cerr << "error: `wasmrust test` is not available in this build\n";
  return 1;
#else
  args.test = true;
  wr::CompileResult r;
  if (!compileFile(args, false, r))
    return 1;
  return runUnderNode(r.wasm, runtimePath("test.mjs"), args.testArgs);
#endif
}

int cmdExplain(const Args& args) {
  const wr::DiagKindInfo* info = wr::findDiagKindByCode(args.code);
  if (!info) {
    std::cerr << "error: `" << args.code << "` is not a WasmRust diagnostic code\n";
    return 1;
  }
  std::cout << (*info->code ? info->code : info->name) << ": " << info->summary << "\n";
  if (const char* text = wr::explainText(info->code))
    std::cout << "\n" << text;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"WasmRust: a Rust dialect compiler for WebAssembly"};
  app.set_version_flag("--version,-V", std::string("wasmrust ") + WASMRUST_VERSION);
  app.require_subcommand(1);
  Args args;

  CLI::App* build = app.add_subcommand("build", "Compile a program to WebAssembly");
  build->add_option("file", args.file, "Source file")->required();
  build->add_option("-o,--output", args.output,
                    "Output file (default: FILE.wasm; `-` with --emit wat prints)");
  build->add_option("--emit", args.emit, "What to write (js: the module and a typed wrapper)")
      ->check(CLI::IsMember({"wasm", "wat", "js"}));
  build
      ->add_flag("--release{speed}", args.release,
                 "Optimized build (no overflow checks, Binaryen -O3); --release=size for -Oz")
      ->check(CLI::IsMember({"speed", "size"}));
  build->add_option("--error-format", args.errorFormat, "Diagnostics format")
      ->check(CLI::IsMember({"human", "json"}));

  CLI::App* run = app.add_subcommand("run", "Compile a program and run it under Node");
  run->add_option("file", args.file, "Source file")->required();
  run->add_flag("--release{speed}", args.release, "Optimized build; --release=size for -Oz")
      ->check(CLI::IsMember({"speed", "size"}));
  run->add_option("--error-format", args.errorFormat, "Diagnostics format")
      ->check(CLI::IsMember({"human", "json"}));
  run->add_option("--memviz", args.memviz,
                  "Write the program's memory at its end as JSON or SVG (dev builds)");
  run->add_option("--host", args.host,
                  "An ES module whose default export gives the host fns (docs/interop.md)");
  run->add_option("--invoke", args.invoke,
                  "After main, call this export with these arguments and print its result")
      ->expected(1, -1);

  CLI::App* test =
      app.add_subcommand("test", "Compile a program's #[test] fns and run them under Node");
  test->add_option("file", args.file, "Source file")->required();
  test->add_option("args", args.testArgs,
                   "A name filter, and the test runner's --ignored, --include-ignored, --exact");
  test->allow_extras();
  test->add_flag("--release{speed}", args.release, "Optimized build; --release=size for -Oz")
      ->check(CLI::IsMember({"speed", "size"}));
  test->add_option("--error-format", args.errorFormat, "Diagnostics format")
      ->check(CLI::IsMember({"human", "json"}));

  // Hidden (empty group): for the WasmIR golden tests and measurements.
  for (CLI::App* sub : {build, run, test}) {
    sub->add_option("--passes", args.passes, "WasmIR passes to run")->group("");
    sub->add_flag("--no-binaryen", args.noBinaryen, "Release builds skip Binaryen")->group("");
    sub->add_flag("--no-instrument", args.noInstrument, "Dev builds without memviz")->group("");
    sub->add_flag("--no-effect-opt", args.noEffectOpt,
                  "Import every declared host fn and keep unused pure calls")
        ->group("");
  }

  CLI::App* check = app.add_subcommand("check", "Check a program and print its diagnostics");
  check->add_option("file", args.file, "Source file")->required();
  check->add_option("--error-format", args.errorFormat, "Diagnostics format")
      ->check(CLI::IsMember({"human", "json"}));
  check->add_flag("--effects", args.printEffects,
                  "Print the effects the compiler infers for each fn (docs/effects.md)");

  for (CLI::App* sub : {build, check}) {
    sub->add_flag("--test", args.test,
                  "Compile the #[test] fns as a test harness (as rustc --test)");
  }
  for (CLI::App* sub : {build, check}) {
    CLI::Option* timePasses =
        sub->add_flag("--time-passes{human}", args.timePasses,
                      "Print the time of each compiler stage (--time-passes=json: as JSON)")
            ->check(CLI::IsMember({"human", "json"}));
    sub->add_option("--repeat", args.repeat,
                    "Compile N times in this process; --time-passes reports the medians")
        ->check(CLI::PositiveNumber)
        ->needs(timePasses);
  }
  for (CLI::App* sub : {build, run, check}) {
    sub->add_option("--deny-effect", args.denyEffects,
                    "Reject the program if it could perform this effect (repeatable)")
        ->expected(1)
        ->allow_extra_args(false)
        ->take_all();
  }
  CLI::App* mv = app.add_subcommand("memviz", "Write a memviz snapshot as JSON or SVG");
  mv->add_option("snapshot", args.snapshot, "Snapshot file (from the runtime or the DevTools)")
      ->required();
  mv->add_option("-o,--output", args.output, "Output file: .json or .svg")->required();

  CLI::App* explain = app.add_subcommand("explain", "Explain a diagnostic code");
  explain->add_option("code", args.code, "A code such as E0308")->required();

  for (CLI::App* sub : {build, run, test, check, mv, explain}) {
    sub->set_version_flag("--version,-V", std::string("wasmrust ") + WASMRUST_VERSION);
  }
  CLI11_PARSE(app, argc, argv);
  if (args.passes == "help")
    return listPasses();
  if (*build)
    return cmdBuild(args);
  if (*run)
    return cmdRun(args);
  if (*test) {
    for (const std::string& extra : test->remaining())
      args.testArgs.push_back(extra);
    return cmdTest(args);
  }
  if (*check)
    return cmdCheck(args);
  if (*explain)
    return cmdExplain(args);
  if (*mv)
    return cmdMemviz(args);
  return 1;
}
