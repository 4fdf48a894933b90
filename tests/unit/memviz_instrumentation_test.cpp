// Dev builds carry the memviz instrumentation (trace records from the
// allocator, the `wasmrust.memviz` section); release builds carry none of
// it, byte for byte. The trace's behaviour at run time is tested under Node
// by tests/web/memviz_trace.test.mjs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "compiler/driver/driver.h"
#include "memviz/format.h"

namespace {

const char* const kProgram = R"(
struct Point { x: i32, y: f64 }
static mut COUNT: u64 = 0;
fn main() {
    let p = wasm::heap::alloc(16, 8);
    let q = wasm::heap::realloc(p, 16, 8, 64);
    wasm::heap::dealloc(q, 64, 8);
    let pt = Point { x: 1, y: 2.0 };
    unsafe { COUNT += 1; }
    println!("{} {}", pt.x, pt.y);
}
)";

wr::CompileResult compile(const std::string& src, bool release, bool instrument = true) {
  wr::CompileOptions options;
  options.release = release;
  options.instrument = instrument;
  options.binaryen = false;
  return wr::compileSource("memviz.rs", src, options);
}

const wasmir::CustomSection* section(const wr::CompileResult& r) {
  for (const wasmir::CustomSection& c : r.module.customs) {
    if (c.name == memviz::kSectionName)
      return &c;
  }
  return nullptr;
}

bool imports(const wr::CompileResult& r, const std::string& name) {
  for (const wasmir::Import& i : r.module.imports) {
    if (i.name == name)
      return true;
  }
  return false;
}

bool hasTracedHelper(const wr::CompileResult& r) {
  for (const wasmir::Function& f : r.module.functions) {
    if (f.name == "__trace_event" || f.name.find("_traced") != std::string::npos)
      return true;
  }
  return false;
}

bool containsBytes(const std::vector<uint8_t>& hay, const std::string& needle) {
  return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

TEST(MemvizInstrumentation, DevBuildsTraceTheHeap) {
  wr::CompileResult r = compile(kProgram, false);
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(section(r));
  EXPECT_TRUE(imports(r, "trace_flush"));
  EXPECT_TRUE(hasTracedHelper(r));
}

TEST(MemvizInstrumentation, ReleaseBuildsCarryNoneOfIt) {
  wr::CompileResult r = compile(kProgram, true);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(section(r));
  EXPECT_FALSE(imports(r, "trace_flush"));
  EXPECT_FALSE(hasTracedHelper(r));
  EXPECT_FALSE(containsBytes(r.wasm, memviz::kSectionName));
  EXPECT_FALSE(containsBytes(r.wasm, "trace_flush"));
}

TEST(MemvizInstrumentation, ReleaseBytesDoNotDependOnTheOption) {
  for (const char* src : {kProgram, "fn main() { println!(\"hi\"); }"}) {
    wr::CompileResult on = compile(src, true, true);
    wr::CompileResult off = compile(src, true, false);
    ASSERT_TRUE(on.ok && off.ok);
    EXPECT_EQ(on.wasm, off.wasm);
  }
}

TEST(MemvizInstrumentation, DevBuildsWithoutItMatchTheUntracedAllocator) {
  wr::CompileResult off = compile(kProgram, false, false);
  ASSERT_TRUE(off.ok);
  EXPECT_FALSE(section(off));
  EXPECT_FALSE(imports(off, "trace_flush"));
  EXPECT_FALSE(hasTracedHelper(off));
}

// A resource handle (a linear struct whose first field is its u32 id) gets
// create, borrow, move and consume records in dev builds, and costs a
// release build nothing.
const char* const kHandles = R"(
#[wasm::linear]
struct File(u32);
impl File {
    fn size(&self) -> u32 { self.0 * 10 }
    fn close(self) -> u32 { let File(fd) = self; fd }
}
fn keep(f: File) -> File { f }
fn main() {
    let f = keep(File(3));
    println!("{}", f.size());
    println!("{}", f.close());
}
)";

TEST(MemvizInstrumentation, HandlesAreTracedInDevBuildsOnly) {
  wr::CompileResult dev = compile(kHandles, false);
  ASSERT_TRUE(dev.ok);
  EXPECT_TRUE(hasTracedHelper(dev));
  EXPECT_TRUE(imports(dev, "trace_flush"));
  wr::CompileResult untraced = compile(kHandles, false, false);
  ASSERT_TRUE(untraced.ok);
  EXPECT_FALSE(hasTracedHelper(untraced));
  wr::CompileResult on = compile(kHandles, true, true);
  wr::CompileResult off = compile(kHandles, true, false);
  ASSERT_TRUE(on.ok && off.ok);
  EXPECT_FALSE(hasTracedHelper(on));
  EXPECT_EQ(on.wasm, off.wasm);
}

TEST(MemvizInstrumentation, ProgramsWithoutAHeapGetTheMapButNoTrace) {
  wr::CompileResult r = compile("fn main() { println!(\"{}\", 1); }", false);
  ASSERT_TRUE(r.ok);
  ASSERT_TRUE(section(r));
  EXPECT_FALSE(imports(r, "trace_flush"));
  auto j = nlohmann::json::parse(section(r)->bytes);
  EXPECT_FALSE(j.contains("trace"));
  EXPECT_FALSE(j.contains("heap"));
}

TEST(MemvizInstrumentation, TheSectionDescribesRegionsTypesAndSites) {
  wr::CompileResult r = compile(kProgram, false);
  ASSERT_TRUE(r.ok && section(r));
  auto j = nlohmann::json::parse(section(r)->bytes);
  EXPECT_EQ(j["version"], memviz::kSectionVersion);
  EXPECT_EQ(j["file"], "memviz.rs");
  // Regions in address order, not overlapping, starting with the null guard.
  uint32_t end = 0;
  std::vector<std::string> kinds;
  for (const auto& region : j["regions"]) {
    EXPECT_GE(region["start"].get<uint32_t>(), end) << region.dump();
    EXPECT_GT(region["end"].get<uint32_t>(), region["start"].get<uint32_t>());
    end = region["end"];
    kinds.push_back(region["kind"]);
  }
  ASSERT_FALSE(kinds.empty());
  EXPECT_EQ(kinds.front(), "guard");
  EXPECT_EQ(kinds.back(), "heap");
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "trace"), kinds.end());
  EXPECT_NE(std::find(kinds.begin(), kinds.end(), "statics"), kinds.end());
  // The trace sits before the heap's control block.
  EXPECT_LT(j["trace"]["address"].get<uint32_t>(), j["heap"]["control"].get<uint32_t>());
  EXPECT_EQ(j["trace"]["capacity"], memviz::kTraceCapacity);
  // The static, with its type's layout.
  ASSERT_EQ(j["statics"].size(), 1u);
  EXPECT_EQ(j["statics"][0]["name"], "COUNT");
  const auto& u64 = j["types"][j["statics"][0]["type"].get<size_t>()];
  EXPECT_EQ(u64["name"], "u64");
  EXPECT_EQ(u64["size"], 8);
  EXPECT_EQ(j["types"][0]["kind"], "bytes");
  // One site per intrinsic call, with its line.
  ASSERT_EQ(j["sites"].size(), 3u);
  EXPECT_EQ(j["sites"][0]["line"], 5);
  EXPECT_EQ(j["sites"][0]["what"], "wasm::heap::alloc");
  EXPECT_EQ(j["sites"][1]["what"], "wasm::heap::realloc");
  EXPECT_EQ(j["sites"][2]["fn"], "main");
}

}  // namespace
