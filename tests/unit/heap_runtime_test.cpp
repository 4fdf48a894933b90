// The heap allocator's helpers (compiler/lower/heap_runtime.cpp) are
// generated only into programs that use them, and only the ones they use;
// the intrinsics type-check like functions. Behaviour is tested by the
// golden programs in tests/golden/heap/.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "compiler/driver/driver.h"

namespace {

wr::CompileResult compile(const std::string& body, bool release = false) {
  wr::CompileOptions options;
  options.release = release;
  options.binaryen = false;
  return wr::compileSource("heap.rs", "fn main() {\n" + body + "\n}\n", options);
}

bool hasFunction(const wr::CompileResult& r, const std::string& name) {
  return std::any_of(r.module.functions.begin(), r.module.functions.end(),
                     [&](const wasmir::Function& f) { return f.name == name; });
}

size_t heapFunctions(const wr::CompileResult& r) {
  return std::count_if(r.module.functions.begin(), r.module.functions.end(),
                       [](const wasmir::Function& f) { return f.name.rfind("__heap_", 0) == 0; });
}

TEST(HeapRuntime, ProgramsThatDoNotAllocateGetNoAllocator) {
  wr::CompileResult r = compile("println!(\"{}\", 1 + 2);");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(heapFunctions(r), 0u);
}

TEST(HeapRuntime, AllocAloneGetsNoFreeOrRealloc) {
  wr::CompileResult r = compile("let p = wasm::heap::alloc(8, 8); println!(\"{}\", p);");
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(hasFunction(r, "__heap_alloc"));
  EXPECT_TRUE(hasFunction(r, "__heap_bump"));
  EXPECT_TRUE(hasFunction(r, "__heap_fail"));
  EXPECT_FALSE(hasFunction(r, "__heap_dealloc"));
  EXPECT_FALSE(hasFunction(r, "__heap_realloc"));
  EXPECT_FALSE(hasFunction(r, "__heap_free_large"));
}

TEST(HeapRuntime, ReallocBringsTheWholeAllocator) {
  wr::CompileResult r = compile("let p = wasm::heap::realloc(0, 0, 8, 16); println!(\"{}\", p);");
  ASSERT_TRUE(r.ok);
  for (const char* f : {"__heap_alloc", "__heap_dealloc", "__heap_realloc", "__heap_bump",
                        "__heap_free_large", "__heap_footprint", "__heap_fail"})
    EXPECT_TRUE(hasFunction(r, f)) << f;
}

TEST(HeapRuntime, LiveBlocksReadsTheControlBlockWithoutHelpers) {
  wr::CompileResult r = compile("println!(\"{}\", wasm::heap::live_blocks());");
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(heapFunctions(r), 0u);
}

TEST(HeapRuntime, TheHeapDoesNotGrowTheInitialMemory) {
  // The control block is 64 bytes after the format buffer: both programs
  // start with the same single page (in release builds; dev builds add the
  // memviz trace buffer).
  wr::CompileResult plain = compile("println!(\"{}\", 1);", true);
  wr::CompileResult heap = compile("println!(\"{}\", wasm::heap::alloc(1, 1));", true);
  ASSERT_TRUE(plain.ok && heap.ok);
  EXPECT_EQ(plain.module.memories[0].limits.min, heap.module.memories[0].limits.min);
}

TEST(HeapRuntime, ReleaseAndDevBuildsBothValidate) {
  const std::string src =
      "let p = wasm::heap::alloc(100, 8); wasm::heap::store_u8(p, 7);"
      "let q = wasm::heap::realloc(p, 100, 8, 9000); wasm::heap::dealloc(q, 9000, 8);"
      "println!(\"{}\", wasm::heap::load_u8(q));";
  EXPECT_TRUE(compile(src).ok);
  EXPECT_TRUE(compile(src, true).ok);
}

TEST(HeapRuntime, IntrinsicsAreTypedLikeFunctions) {
  wr::CompileResult r = compile("let x: i32 = wasm::heap::alloc(1, 1);");
  EXPECT_FALSE(r.ok);
  r = compile("wasm::heap::dealloc(1, 1);");
  EXPECT_FALSE(r.ok);
  r = compile("wasm::heap::store_u8(16, 256);");
  EXPECT_FALSE(r.ok);
}

}  // namespace
