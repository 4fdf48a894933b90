// libFuzzer entry point: compiles each input as a whole source file through
// wr::compileSource (the same call the CLI, the tests and the web bindings
// make) and checks the driver's contract on the result:
//   - it never crashes (ASan/UBSan/libFuzzer catch that);
//   - `ok` means a non-empty module that starts with the Wasm magic;
//   - not `ok` means at least one error diagnostic;
//   - every diagnostic's spans (primary, secondary, suggestions) lie within
//     the file;
//   - no internal compiler error (DiagKind::InternalError: the generated module
//     failed validation). Set WR_FUZZ_ALLOW_ICE=1 to tolerate those.
// The diagnostics are also rendered (terminal and JSON) so the renderers are
// fuzzed too. An input is compiled in dev mode, and again in release mode when
// the dev build succeeds (options only differ from lowering onwards); the low
// bit of the last byte picks the release goal (Binaryen -O3 or -Oz).
// Built by tests/fuzz/CMakeLists.txt; run by tests/fuzz/run_smoke.sh.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "compiler/diagnostics/render_human.h"
#include "compiler/diagnostics/render_json.h"
#include "compiler/driver/driver.h"

namespace {

bool allowIce = false;

[[noreturn]] void fail(const char* what, const wr::CompileResult& r, const char* mode) {
  std::fprintf(stderr, "\n*** wasmrust_fuzz invariant violated (%s mode): %s\n", mode, what);
  if (r.file) {
    std::fprintf(stderr, "%s", wr::renderHumanAll(*r.file, r.diagnostics, false).c_str());
  }
  std::abort();
}

bool spanInFile(wr::Span span, size_t size) {
  return span.lo <= span.hi && span.hi <= size;
}

void checkResult(const wr::CompileResult& r, size_t size, const char* mode) {
  if (!r.file)
    fail("CompileResult::file is null", r, mode);
  // The prelude follows the user's text; every span must be in the user's.
  if (r.file->userEnd() != size)
    fail("SourceFile's user text differs in size from the input", r, mode);
  bool hasError = false;
  for (const wr::Diagnostic& d : r.diagnostics) {
    if (d.kind >= wr::DiagKind::Count)
      fail("diagnostic with an out-of-range kind", r, mode);
    if (d.severity() == wr::Severity::Error)
      hasError = true;
    if (d.kind == wr::DiagKind::InternalError && !allowIce) {
      fail("internal compiler error (invalid module)", r, mode);
    }
    if (!spanInFile(d.primarySpan(), size))
      fail("primary span outside the file", r, mode);
    for (const wr::Label& l : d.labels) {
      if (!spanInFile(l.span, size))
        fail("label span outside the file", r, mode);
    }
    for (const wr::Help& h : d.helps) {
      if (h.suggestion && !spanInFile(h.suggestion->span, size)) {
        fail("suggestion span outside the file", r, mode);
      }
    }
  }
  if (r.ok) {
    static const uint8_t kMagic[4] = {0x00, 0x61, 0x73, 0x6d};
    if (r.wasm.size() < 8)
      fail("ok but the module is shorter than the Wasm header", r, mode);
    for (int i = 0; i < 4; ++i) {
      if (r.wasm[i] != kMagic[i])
        fail("ok but the module lacks the Wasm magic", r, mode);
    }
    if (hasError)
      fail("ok but there is an error diagnostic", r, mode);
  } else if (!hasError) {
    fail("not ok but no error diagnostic", r, mode);
  }
  // Rendering must not crash whatever the spans and messages are.
  std::string human = wr::renderHumanAll(*r.file, r.diagnostics, true);
  std::string json = wr::renderJson(*r.file, r.diagnostics);
  if (json.empty() || json.back() != '\n')
    fail("renderJson output does not end in a newline", r, mode);
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  const char* ice = std::getenv("WR_FUZZ_ALLOW_ICE");
  allowIce = ice != nullptr && ice[0] == '1';
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  wr::CompileOptions dev;
  wr::CompileResult r = wr::compileSource("fuzz.rs", text, dev);
  checkResult(r, size, "dev");
  if (r.ok) {
    wr::CompileOptions release;
    release.release = true;
    bool sizeGoal = size > 0 && (data[size - 1] & 1) != 0;
    release.goal = sizeGoal ? wr::ReleaseGoal::Size : wr::ReleaseGoal::Speed;
    wr::CompileResult rr = wr::compileSource("fuzz.rs", std::move(text), release);
    checkResult(rr, size, "release");
  }
  return 0;
}
