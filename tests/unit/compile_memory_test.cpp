// The data structures that keep a large compile's memory down: LeanVec (a
// syntax tree list that costs one pointer while empty), the Arena's chunks,
// and the type table's index (types interned by their fields, variables
// never indexed). Each must behave as the plain structure it replaced.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compiler/parse/arena.h"
#include "compiler/parse/ast.h"
#include "compiler/parse/lean_vec.h"
#include "compiler/sema/types.h"

namespace {

size_t sumOf(const std::vector<int>& v) {
  size_t s = 0;
  for (int x : v)
    s += static_cast<size_t>(x);
  return s;
}

TEST(LeanVec, EmptyListIsOnePointerAndIteratesAsEmpty) {
  static_assert(sizeof(wr::LeanVec<int>) == sizeof(void*));
  wr::LeanVec<int> v;
  EXPECT_TRUE(v.empty());
  EXPECT_EQ(v.size(), 0u);
  EXPECT_EQ(v.begin(), v.end());
  const wr::LeanVec<int>& cv = v;
  EXPECT_EQ(cv.begin(), cv.end());
  EXPECT_EQ(sumOf(cv), 0u);
  v.erase(v.begin(), v.end());
  v.clear();
  EXPECT_TRUE(v.empty());
}

TEST(LeanVec, BehavesAsAVector) {
  wr::LeanVec<int> v;
  v.insert(v.end(), 2);
  v.insert(v.begin(), 1);
  v.push_back(3);
  v.emplace_back(4);
  ASSERT_EQ(v.size(), 4u);
  EXPECT_EQ(v.front(), 1);
  EXPECT_EQ(v.back(), 4);
  EXPECT_EQ(v[2], 3);
  EXPECT_EQ(sumOf(v), 10u);
  v.erase(v.begin());
  EXPECT_EQ(v.front(), 2);
  std::vector<int>& asVector = v;
  asVector.push_back(5);
  EXPECT_EQ(v.size(), 4u);

  wr::LeanVec<int> copy = v;  // a deep copy
  copy[0] = 42;
  EXPECT_EQ(v[0], 2);
  copy = std::vector<int>{7, 8};
  EXPECT_EQ(copy.size(), 2u);
  copy = {9};
  EXPECT_EQ(copy[0], 9);
  copy = std::vector<int>{};
  EXPECT_TRUE(copy.empty());
}

TEST(Arena, NodesLargerThanAChunkAndManyChunksAreDestroyed) {
  static int live = 0;
  struct Counted {
    Counted() { ++live; }
    ~Counted() { --live; }
    char payload[3000];
  };
  {
    wr::Arena arena;
    for (int i = 0; i < 2000; ++i)  // several chunks, the first small
      arena.make<Counted>();
    struct Huge {
      char bytes[3 * 1024 * 1024];
    };
    EXPECT_NE(arena.make<Huge>(), nullptr);  // a chunk of its own
    wr::Expr* e = arena.make<wr::Expr>();
    e->args.push_back(nullptr);
    e->macroArgs.push_back({});
    EXPECT_EQ(live, 2000);
  }
  EXPECT_EQ(live, 0);
}

TEST(TypeTable, InternsByStructureAndKeepsVariablesApart) {
  wr::TypeTable tt;
  wr::TypeId i32 = tt.intType(wr::IntKind::I32);
  wr::TypeId r1 = tt.ref(i32, false);
  EXPECT_EQ(tt.ref(i32, false), r1);
  EXPECT_NE(tt.ref(i32, true), r1);
  wr::TypeId t1 = tt.tuple({i32, r1});
  EXPECT_EQ(tt.tuple({i32, r1}), t1);
  EXPECT_NE(tt.tuple({r1, i32}), t1);
  EXPECT_EQ(tt.tuple({}), tt.unit());
  // Thousands of types grow the index several times; each keeps its id.
  std::vector<wr::TypeId> arrays;
  for (uint64_t n = 0; n < 5000; ++n)
    arrays.push_back(tt.array(i32, n));
  for (uint64_t n = 0; n < 5000; ++n)
    EXPECT_EQ(tt.array(i32, n), arrays[n]);
  wr::TypeId v1 = tt.newVar(wr::TypeKind::Var);
  wr::TypeId v2 = tt.newVar(wr::TypeKind::Var);
  EXPECT_NE(v1, v2);
  EXPECT_NE(v1, tt.hole());
  EXPECT_TRUE(tt.get(v1).hasVar);
  EXPECT_TRUE(tt.get(tt.ref(v1, false)).hasVar);
  EXPECT_EQ(tt.ref(v1, false), tt.ref(v1, false));
  EXPECT_EQ(tt.get(tt.ref(v1, false)).depth, 2);
}

}  // namespace
