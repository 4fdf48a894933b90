// Tests for the WasmIR pass `data-shake` (wasmir/passes/data_shake.cpp):
// which data a module keeps (named by a constant, an offset, a global or a
// kept datum's pointer), how the kept runs become segments, and the
// modules it leaves alone.
#include <gtest/gtest.h>

#include <string>

#include "tests/unit/pass_test_module.h"
#include "wasmir/builder.h"

namespace wasmir {
namespace {

using passtest::kI32;
using passtest::TestModule;

// A segment at address 100 of the given data, one after another.
DataSegment segment(const std::vector<std::string>& data) {
  DataSegment seg;
  seg.offset = 100;
  for (const std::string& d : data) {
    seg.itemStarts.push_back(static_cast<uint32_t>(seg.bytes.size()));
    seg.bytes.insert(seg.bytes.end(), d.begin(), d.end());
  }
  return seg;
}

// A function that pushes each address and drops it.
void useAddresses(TestModule& t, std::initializer_list<int32_t> addresses) {
  FunctionBuilder b = t.fn({}, {});
  for (int32_t a : addresses) {
    b.i32(a);
    b.op(Op::Drop);
  }
  b.op(Op::End);
}

std::string text(const DataSegment& s) {
  return std::to_string(s.offset) + ":" + std::string(s.bytes.begin(), s.bytes.end());
}

TEST(DataShake, KeepsWhatCodeNamesAndSplitsAroundLongGaps) {
  TestModule t;
  const std::string unused(40, 'x');
  // 100 "hello" | 105 40 x | 145 "ab" | 147 "panic message text" | 165 "end"
  t.m.data.push_back(segment({"hello", unused, "ab", "panic message text", "end"}));
  useAddresses(t, {102, 145, 167});  // inside hello, the start of ab, end's last byte
  t.run({"data-shake"});
  ASSERT_EQ(t.m.data.size(), 3u);
  EXPECT_EQ(text(t.m.data[0]), "100:hello");
  EXPECT_EQ(text(t.m.data[1]), "145:ab");
  EXPECT_EQ(text(t.m.data[2]), "165:end");
}

TEST(DataShake, ShortGapsStayInOneSegment) {
  TestModule t;
  t.m.data.push_back(segment({"one", "dead", "two"}));
  useAddresses(t, {100, 107});
  t.run({"data-shake"});
  ASSERT_EQ(t.m.data.size(), 1u);
  EXPECT_EQ(text(t.m.data[0]), "100:onedeadtwo");  // a header costs more than 4 bytes
}

TEST(DataShake, FollowsPointersAndOffsetsAndGlobals) {
  TestModule t;
  // 100 a table holding the address 124 | 104 unused | 124 "target" |
  // 130 unused | 144 "by-offset" | 153 unused | 200 "by-global"
  std::string table = {124, 0, 0, 0};
  t.m.data.push_back(segment({table, std::string(20, '.'), "target", std::string(14, '.'),
                              "by-offset", std::string(47, '-'), "by-global"}));
  t.m.globals.push_back(Global{"g", kI32, false, Instr{Op::I32Const, 0, 0, 200}});
  FunctionBuilder b = t.fn({}, {kI32});
  b.i32(0);
  b.mem(Op::I32Load, 144, 2);  // the address is in the offset
  b.i32(100);
  b.op(Op::Drop);
  b.op(Op::End);
  t.run({"data-shake"});
  ASSERT_EQ(t.m.data.size(), 4u);
  EXPECT_EQ(t.m.data[0].offset, 100u);
  EXPECT_EQ(t.m.data[0].bytes.size(), 4u);
  EXPECT_EQ(text(t.m.data[1]), "124:target");
  EXPECT_EQ(text(t.m.data[2]), "144:by-offset");
  EXPECT_EQ(text(t.m.data[3]), "200:by-global");
}

TEST(DataShake, LeavesModulesWithPassiveSegmentsAlone) {
  TestModule t;
  t.m.data.push_back(segment({"kept", "unused"}));
  DataSegment passive;
  passive.passive = true;
  passive.bytes = {1, 2, 3};
  t.m.data.push_back(passive);
  useAddresses(t, {100});
  t.run({"data-shake"});
  ASSERT_EQ(t.m.data.size(), 2u);
  EXPECT_EQ(text(t.m.data[0]), "100:keptunused");
}

}  // namespace
}  // namespace wasmir
