// The WebAssembly-native boundary and the effect system, through the
// driver: which imports and exports a module gets, what the effect checker
// reports (and the chain in its notes), what `--deny-effect` rejects, and
// the typed wrapper of `--emit js`.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/diagnostics/explain.h"
#include "compiler/driver/driver.h"
#include "compiler/driver/js_wrapper.h"
#include "compiler/effects/effects.h"

namespace {

wr::CompileResult compile(const std::string& src, wr::CompileOptions options = {}) {
  options.instrument = false;
  return wr::compileSource("t.rs", src, options);
}

std::vector<std::string> importNames(const wr::CompileResult& r) {
  std::vector<std::string> names;
  for (const wasmir::Import& i : r.module.imports)
    names.push_back(i.module + "." + i.name);
  return names;
}

std::vector<std::string> exportNames(const wr::CompileResult& r) {
  std::vector<std::string> names;
  for (const wasmir::Export& e : r.module.exports)
    names.push_back(e.name);
  return names;
}

const char* const kSdk = R"(
#[wasm::import(module = "dom")]
extern "js" {
    fn used(x: i32) -> i32;
    fn unused_a(s: &str);
    fn unused_b() -> f64;
}
#[wasm::export]
fn entry(x: i32) -> i32 { used(x) }
)";

TEST(Interop, OnlyHostFnsThatReachableCodeCallsAreImported) {
  wr::CompileResult r = compile(kSdk);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(importNames(r), std::vector<std::string>{"dom.used"});
  EXPECT_EQ(exportNames(r), (std::vector<std::string>{"memory", "entry"}));
}

TEST(Interop, NoEffectOptImportsEveryDeclaredHostFn) {
  wr::CompileOptions options;
  options.noEffectOpt = true;
  wr::CompileResult r = compile(kSdk, options);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(importNames(r).size(), 3u);
}

TEST(Interop, StringExportsBringTheAllocator) {
  wr::CompileResult r = compile(R"(
#[wasm::export]
fn len(s: &str) -> usize { s.len() }
fn main() {}
)");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(exportNames(r), (std::vector<std::string>{"memory", "main", "len", "wasmrust_alloc",
                                                      "wasmrust_dealloc"}));
}

TEST(Interop, JsWrapperIsSmallAndConvertsOnlyWhatNeedsIt) {
  wr::CompileResult r = compile(R"(
#[wasm::import(module = "console")]
extern "js" { fn log(message: &str); }
#[wasm::export]
fn add(a: i32, b: i32) -> i32 { a + b }
#[wasm::export]
fn greet(name: &str) -> u32 { log(name); 1 }
#[wasm::import(module = "clock")]
extern "js" { fn now() -> f64; }
#[wasm::export]
fn stamp() -> f64 { now() }
)");
  ASSERT_TRUE(r.ok);
  std::string js = wr::jsWrapper(r.interface, "t.wasm");
  std::string dts = wr::dtsWrapper(r.interface, "t.wasm");
  EXPECT_LT(js.size(), 1500u);
  EXPECT_NE(js.find("\"add\":x[\"add\"]"), std::string::npos);  // the Wasm fn itself
  EXPECT_NE(js.find("te.encodeInto(a0,"), std::string::npos);   // greet copies its string in
  EXPECT_NE(js.find("str(a0,a1)"), std::string::npos);          // log gets a decoded string
  // A numeric host fn is the caller's function itself, with no forwarder.
  EXPECT_NE(js.find("\"now\":imports[\"clock\"]?.[\"now\"]"), std::string::npos) << js;
  EXPECT_NE(dts.find("greet(name: string): number;"), std::string::npos);
  EXPECT_NE(dts.find("log(message: string): void;"), std::string::npos);
}

TEST(Interop, ExternRefSurvivesTheReleaseOptimizers) {
  const char* src = R"(
struct E;
#[wasm::import(module = "dom")]
extern "js" { fn make() -> externref<E>; fn keep(e: externref<E>); }
fn pick(a: externref<E>, b: externref<E>) -> externref<E> { if a.is_null() { b } else { a } }
fn main() { let a = make(); keep(pick(a, make())); }
)";
  wr::CompileOptions options;
  options.release = true;
  wr::CompileResult r = compile(src, options);  // Binaryen, where this build has it
  EXPECT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
  options.binaryen = false;  // the WasmIR pipeline alone, as in the page
  r = compile(src, options);
  EXPECT_TRUE(r.ok) << (r.diagnostics.empty() ? "" : r.diagnostics[0].message);
}

const wr::Diagnostic* find(const wr::CompileResult& r, const char* code) {
  for (const wr::Diagnostic& d : r.diagnostics) {
    if (std::string(d.code()) == code)
      return &d;
  }
  return nullptr;
}

TEST(Effects, UndeclaredEffectNotesFollowTheCallChain) {
  wr::CompileResult r = compile(R"(
fn leaf() { println!("x"); }
fn middle() { leaf(); }
#[wasm::effect()]
fn top() { middle(); }
fn main() { top(); }
)");
  const wr::Diagnostic* d = find(r, "W1010");
  ASSERT_NE(d, nullptr);
  ASSERT_EQ(d->notes.size(), 3u);
  EXPECT_EQ(d->notes[0].rfind("`top` calls `middle`", 0), 0u);
  EXPECT_EQ(d->notes[1].rfind("`middle` calls `leaf`", 0), 0u);
  EXPECT_EQ(d->notes[2].rfind("`leaf` performs `io`: `println!`", 0), 0u);
}

TEST(Effects, HostFnsAddWhatTheirBlockDeclares) {
  wr::CompileResult r = compile(R"(
#[wasm::import(module = "fs")]
#[wasm::effect(js_call, io)]
extern "js" { fn write_file(path: &str); }
#[wasm::effect(js_call)]
fn save() { write_file("a.txt"); }
fn main() { save(); }
)");
  const wr::Diagnostic* d = find(r, "W1010");
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->message.find("`io`"), std::string::npos);
  EXPECT_EQ(d->message.find("`js_call`"), std::string::npos);  // declared
  EXPECT_EQ(d->notes.back().rfind("`write_file` performs `io`: it is a host", 0), 0u);
}

TEST(Effects, InferredThroughTraitsClosuresAndInstances) {
  wr::CompileOptions options;
  options.checkOnly = true;
  wr::CompileResult r = compile(R"(
trait Speak { fn speak(&self); }
struct Dog;
impl Speak for Dog { fn speak(&self) { println!("woof"); } }
fn twice<S: Speak>(s: &S) { s.speak(); s.speak(); }
fn call<F: Fn() -> u32>(f: F) -> u32 { f() }
fn main() { twice(&Dog); let v = call(|| 7); let _w = v.wrapping_add(1); }
)",
                                options);
  ASSERT_TRUE(r.ok);
  std::vector<std::pair<std::string, uint32_t>> want = {
      {"Dog::speak", wr::effectBit(wr::Effect::Io)},
      {"main", wr::effectBit(wr::Effect::Io)},
      {"twice::<Dog>", wr::effectBit(wr::Effect::Io)},
      {"main::{closure#0}", 0},
  };
  for (const auto& w : want) {
    bool found = false;
    for (const auto& got : r.fnEffects) {
      if (got.first == w.first) {
        found = true;
        EXPECT_EQ(got.second, w.second) << w.first;
      }
    }
    EXPECT_TRUE(found) << w.first;
  }
}

TEST(Effects, RecursionReachesAFixpoint) {
  wr::CompileResult r = compile(R"(
#[wasm::effect(panic)]
fn even(n: u32) -> bool { if n == 0 { true } else { odd(n - 1) } }
#[wasm::effect(panic)]
fn odd(n: u32) -> bool { if n == 0 { false } else { even(n - 1) } }
fn main() { if even(10) { println!("even"); } }
)");
  EXPECT_TRUE(r.ok);
}

TEST(Effects, DeniedEffectIsReportedOnceWithThePathFromMain) {
  wr::CompileOptions options;
  options.deniedEffects = wr::effectBit(wr::Effect::Io);
  wr::CompileResult r = compile(R"(
fn say() { println!("hi"); }
fn main() { say(); say(); }
)",
                                options);
  EXPECT_FALSE(r.ok);
  int count = 0;
  for (const wr::Diagnostic& d : r.diagnostics)
    count += std::string(d.code()) == "W1011";
  EXPECT_EQ(count, 1);
  const wr::Diagnostic* d = find(r, "W1011");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->notes[0].rfind("`main` calls `say`", 0), 0u);
}

TEST(Effects, EffectNamesRoundTrip) {
  for (size_t i = 0; i < static_cast<size_t>(wr::Effect::Count); ++i) {
    wr::Effect e;
    ASSERT_TRUE(wr::parseEffect(wr::effectSpelling(static_cast<wr::Effect>(i)), e));
    EXPECT_EQ(static_cast<size_t>(e), i);
  }
  wr::Effect e;
  EXPECT_FALSE(wr::parseEffect("network", e));
  EXPECT_EQ(wr::effectList(wr::effectBit(wr::Effect::Io) | wr::effectBit(wr::Effect::JsCall)),
            "js_call, io");
}

TEST(Explain, EveryExtensionCodeHasALongerText) {
#define WR_DIAG(Name, Severity, Code, Summary)                                  \
  if (std::string(Code).rfind("W1", 0) == 0) {                                  \
    EXPECT_NE(wr::explainText(Code), nullptr) << Code << " has no explanation"; \
  }
#include "compiler/diagnostics/diagnostic_kind.def"
}

}  // namespace
