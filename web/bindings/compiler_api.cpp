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
#include "compiler/driver/js_wrapper.h"
#include "compiler/effects/effects.h"
#include "wasmir/encoder.h"
#include "wasmir/wat_printer.h"

namespace {

using emscripten::val;

// The encoder's explanation of every byte, one "offset size description"
// line per entry: one string crosses the JS boundary instead of thousands
// of objects. Empty if the module's bytes are not the encoder's own (they
// always are in this build, which has no Binaryen; checked to be safe).
std::string byteAnnotations(const wr::CompileResult& r) {
  wasmir::ByteAnnotations notes;
  std::vector<uint8_t> again = wasmir::encodeModule(r.module, &notes);
  if (again != r.wasm)
    return {};
  std::string out;
  out.reserve(notes.entries.size() * 24);
  for (const wasmir::ByteAnnotation& a : notes.entries) {
    out += std::to_string(a.offset);
    out += ' ';
    out += std::to_string(a.size);
    out += ' ';
    for (char c : a.description)
      out += c == '\n' ? ' ' : c;
    out += '\n';
  }
  return out;
}

// options: { release: false | "speed" | "size", wat: bool, annotate: bool, path: string,
//            denyEffects: string[], js: bool }
val compile(std::string source, val options) {
  wr::CompileOptions opts;
  std::string path = options["path"].isString() ? options["path"].as<std::string>() : "main.rs";
  val release = options["release"];
  opts.release = release.isString() || (release.isTrue());
  if (release.isString() && release.as<std::string>() == "size")
    opts.goal = wr::ReleaseGoal::Size;
  bool wantWat = options["wat"].isTrue();
  bool wantAnnotations = options["annotate"].isTrue();
  bool wantJs = options["js"].isTrue();
  // `--deny-effect`: unknown names are ignored here (the page offers a list).
  val deny = options["denyEffects"];
  if (!deny.isUndefined() && !deny.isNull()) {
    unsigned n = deny["length"].isNumber() ? deny["length"].as<unsigned>() : 0;
    for (unsigned i = 0; i < n; ++i) {
      wr::Effect e;
      if (deny[i].isString() && wr::parseEffect(deny[i].as<std::string>(), e))
        opts.deniedEffects |= wr::effectBit(e);
    }
  }

  wr::CompileResult r = wr::compileSource(path, std::move(source), opts);
  val out = val::object();
  out.set("ok", r.ok);
  // A view of the bytes in WebAssembly memory, copied by slice() while they
  // are alive: one call into JavaScript (constructing a Uint8Array through
  // embind and filling it took several).
  val view(emscripten::typed_memory_view(r.wasm.size(), r.wasm.data()));
  out.set("wasm", view.call<val>("slice"));
  out.set("diagnostics", wr::renderJson(*r.file, r.diagnostics));
  out.set("rendered", r.diagnostics.empty() ? std::string() : wr::renderHumanAll(*r.file, r.diagnostics, false));
  out.set("wat", wantWat && r.ok ? wasmir::printWat(r.module) : std::string());
  out.set("annotations", wantAnnotations && r.ok ? byteAnnotations(r) : std::string());
  out.set("js", wantJs && r.ok ? wr::jsWrapper(r.interface, path + ".wasm") : std::string());
  out.set("dts", wantJs && r.ok ? wr::dtsWrapper(r.interface, path + ".wasm") : std::string());
  val times = val::object();
#define WR_STAGE(Name, Description) times.set(#Name, r.times.Name);
#include "compiler/driver/stage.def"
  times.set("total", r.times.total);
  out.set("timesUs", times);
  return out;
}

std::string version() { return WASMRUST_VERSION; }

}  // namespace

EMSCRIPTEN_BINDINGS(wasmrust) {
  emscripten::function("compile", &compile);
  emscripten::function("version", &version);
}
