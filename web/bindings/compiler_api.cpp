// The embind surface of the compiler for the web: one `compile` function
// over the driver's compile API (compiler/driver/driver.h), returning plain
// JS values. web/src/wasmrust.mjs wraps it as the documented ES module API
// (createCompiler); the playground, the DevTools and Node tests use that.
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "compiler/diagnostics/render_human.h"
#include "compiler/diagnostics/render_json.h"
#include "compiler/driver/driver.h"
#include "wasmir/wat_printer.h"

namespace {

using emscripten::val;

// options: { release: false | "speed" | "size", wat: bool, path: string }
val compile(std::string source, val options) {
  wr::CompileOptions opts;
  std::string path = options["path"].isString() ? options["path"].as<std::string>() : "main.rs";
  val release = options["release"];
  opts.release = release.isString() || (release.isTrue());
  if (release.isString() && release.as<std::string>() == "size")
    opts.goal = wr::ReleaseGoal::Size;
  bool wantWat = options["wat"].isTrue();

  wr::CompileResult r = wr::compileSource(path, std::move(source), opts);
  val out = val::object();
  out.set("ok", r.ok);
  val bytes = val::global("Uint8Array").new_(r.wasm.size());
  bytes.call<void>("set", val(emscripten::typed_memory_view(r.wasm.size(), r.wasm.data())));
  out.set("wasm", bytes);
  out.set("diagnostics", wr::renderJson(*r.file, r.diagnostics));
  out.set("rendered", r.diagnostics.empty() ? std::string() : wr::renderHumanAll(*r.file, r.diagnostics, false));
  out.set("wat", wantWat && r.ok ? wasmir::printWat(r.module) : std::string());
  val times = val::object();
  times.set("lex", r.times.lex);
  times.set("parse", r.times.parse);
  times.set("resolve", r.times.resolve);
  times.set("check", r.times.check);
  times.set("lower", r.times.lower);
  times.set("validate", r.times.validate);
  times.set("encode", r.times.encode);
  out.set("timesUs", times);
  return out;
}

std::string version() { return WASMRUST_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(wasmrust) {
  emscripten::function("compile", &compile);
  emscripten::function("version", &version);
}
