// Bad input never crashes or hangs the compiler: each kind of hostile or
// broken source gets a clear diagnostic at a defined limit. Also checks the
// driver's basic contract (magic bytes, determinism, hello's size).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "compiler/driver/driver.h"

namespace {

wr::CompileResult compile(std::string text, bool release = false) {
  wr::CompileOptions options;
  options.release = release;
  options.goal = wr::ReleaseGoal::Size;
  return wr::compileSource("test.rs", std::move(text), options);
}

bool hasCode(const wr::CompileResult& r, const std::string& code) {
  for (const wr::Diagnostic& d : r.diagnostics) {
    if (code == d.code())
      return true;
  }
  return false;
}

std::string nested(const std::string& open,
                   const std::string& inner,
                   const std::string& close,
                   int depth) {
  std::string s;
  for (int i = 0; i < depth; ++i)
    s += open;
  s += inner;
  for (int i = 0; i < depth; ++i)
    s += close;
  return s;
}

TEST(DriverLimits, HelloIsSmallAndValid) {
  wr::CompileResult r = compile("fn main() { println!(\"Hello, world!\"); }", true);
  ASSERT_TRUE(r.ok);
  ASSERT_GE(r.wasm.size(), 8u);
  EXPECT_EQ(r.wasm[0], 0x00);
  EXPECT_EQ(r.wasm[1], 'a');
  EXPECT_LE(r.wasm.size(), 100u);
}

TEST(DriverLimits, OutputIsDeterministic) {
  std::string src =
      "struct P { x: i32 } fn main() { let p = P { x: 3 }; println!(\"{} {:?}\", p.x, (1, 2.5)); }";
  EXPECT_EQ(compile(src).wasm, compile(src).wasm);
}

TEST(DriverLimits, FiftyMegabyteFileIsRejectedWithW0002) {
  std::string big(50u << 20, ' ');
  wr::CompileResult r = compile(std::move(big));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(hasCode(r, "W0002"));
}

TEST(DriverLimits, InvalidUtf8IsRejectedWithW0001AtTheByte) {
  std::string src = "fn main() { let s = \"ab\xff\"; }";
  wr::CompileResult r = compile(src);
  ASSERT_TRUE(hasCode(r, "W0001"));
  EXPECT_EQ(r.diagnostics[0].primarySpan().lo, src.find('\xff'));
}

TEST(DriverLimits, UnterminatedLiteralsAndComments) {
  EXPECT_TRUE(hasCode(compile("fn main() { let s = \"abc; }"), "E0765"));
  EXPECT_TRUE(hasCode(compile("fn main() { let c = '\\n; }"), "E0762"));
  EXPECT_TRUE(hasCode(compile("fn main() { /* never closed "), "E0758"));
}

TEST(DriverLimits, TenThousandNestedParensHitTheNestingLimit) {
  wr::CompileResult r = compile("fn main() { let x = " + nested("(", "1", ")", 10000) + "; }");
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(hasCode(r, "W0003"));
}

TEST(DriverLimits, TenThousandNestedBlocksHitTheNestingLimit) {
  wr::CompileResult r = compile("fn main() " + nested("{ ", "", "} ", 10000));
  EXPECT_TRUE(hasCode(r, "W0003"));
}

TEST(DriverLimits, LongOperatorChainsAndPrefixRunsAreBounded) {
  std::string sum = "1";
  for (int i = 0; i < 100000; ++i)
    sum += " + 1";
  EXPECT_TRUE(hasCode(compile("fn main() { let x = " + sum + "; }"), "W0003"));
  EXPECT_TRUE(
      hasCode(compile("fn main() { let x = " + std::string(100000, '-') + "1; }"), "W0003"));
  EXPECT_TRUE(
      hasCode(compile("fn main() { let t: " + nested("[", "i32", "; 1]", 5000) + "; }"), "W0003"));
}

TEST(DriverLimits, ThousandTermSumCompiles) {
  std::string sum = "0";
  for (int i = 1; i <= 1000; ++i)
    sum += " + " + std::to_string(i);
  wr::CompileResult r = compile("fn main() { let x: u32 = " + sum + "; println!(\"{}\", x); }");
  EXPECT_TRUE(r.ok);
}

TEST(DriverLimits, RandomBytesNeverCrash) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 200; ++round) {
    std::string src(rng() % 512, '\0');
    for (char& c : src)
      c = static_cast<char>(rng() & 0xFF);
    wr::CompileResult r = compile(src);
    EXPECT_FALSE(r.ok && r.wasm.empty());
  }
}

TEST(DriverLimits, RandomTokenSoupNeverCrashes) {
  static const char* const kPieces[] = {
      "fn",   "main", "(", ")",        "{",      "}",      "let",  "mut",   "x",    "=",
      "1",    ";",    "+", "if",       "else",   "while",  "loop", "break", "for",  "in",
      "0..3", "[",    "]", "struct",   "S",      ":",      "i32",  ",",     "impl", "self",
      "&",    "*",    ".", "println!", "\"{}\"", "return", "as",   "u8",    "'a'",  "::"};
  std::mt19937 rng(777);
  for (int round = 0; round < 500; ++round) {
    std::string src;
    int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i)
      src += std::string(kPieces[rng() % std::size(kPieces)]) + " ";
    wr::CompileResult r = compile(src);
    if (!r.ok) {
      EXPECT_FALSE(r.diagnostics.empty()) << src;
    }
  }
}

}  // namespace
