// The ownership checker through the driver: what rustc accepts but
// WasmRust's closures could not run as Rust says (W0005), Copy-ness of
// generic types, and long fns (the checker must stay near-linear and find
// an error at the end of one).
#include <gtest/gtest.h>

#include <string>

#include "compiler/driver/driver.h"

namespace {

wr::CompileResult check(std::string text) {
  wr::CompileOptions options;
  options.checkOnly = true;
  return wr::compileSource("test.rs", std::move(text), options);
}

std::string codes(const wr::CompileResult& r) {
  std::string out;
  for (const wr::Diagnostic& d : r.diagnostics) {
    if (d.severity() != wr::Severity::Error)
      continue;
    if (!out.empty())
      out += " ";
    out += *d.code() ? d.code() : d.message;
  }
  return out;
}

TEST(Ownership, MoveClosureCopiesCopyCaptures) {
  // The closure holds its own copy of `n` (rustc prints 50 6), so changing
  // `n` afterwards is no conflict.
  auto r = check(R"(fn main() {
    let mut n = 5;
    let f = move || n * 10;
    n += 1;
    println!("{} {}", f(), n);
})");
  EXPECT_TRUE(r.ok) << codes(r);
}

TEST(Ownership, ClosureCapturingThroughAReferenceKeepsTheReference) {
  auto r = check(R"(struct S { x: i32 }
fn main() {
    let a = S { x: 1 };
    let b = S { x: 2 };
    let mut r = &a;
    let get = || r.x;
    r = &b;
    println!("{} {}", get(), r.x);
})");
  EXPECT_EQ(codes(r), "W0005");
}

TEST(Ownership, MoveClosureOutlivesTheVariableItCopied) {
  auto r = check(R"(fn main() {
    let f;
    {
        let n = 5;
        f = move || n + 1;
    }
    println!("{}", f());
})");
  EXPECT_TRUE(r.ok) << codes(r);
}

TEST(Ownership, ClosuresThatDoNotOutliveWhatTheyCaptureAreFine) {
  auto r = check(R"(fn main() {
    let n = 5;
    let f = move || n * 10;
    let mut m = 1;
    let mut g = || m += n;
    g();
    println!("{} {} {}", f(), n, m);
})");
  EXPECT_TRUE(r.ok) << codes(r);
}

TEST(Ownership, DerivedCopyOfAGenericTypeNeedsCopyArguments) {
  // `Option<T>` derives Copy, which only makes `Option<i32>` Copy.
  auto ok = check(R"(fn main() {
    let a = Some(1);
    let b = a;
    println!("{:?} {:?}", a, b);
})");
  EXPECT_TRUE(ok.ok) << codes(ok);
  auto moved = check(R"(#[derive(Debug)]
struct S { v: i32 }
fn main() {
    let a = Some(S { v: 1 });
    let b = a;
    println!("{:?} {:?}", a, b);
})");
  EXPECT_EQ(codes(moved), "E0382");
}

TEST(Ownership, LongFnIsCheckedToTheEnd) {
  // One fn of 3,000 blocks of borrows, moves and branches, with a use
  // after move at its very end.
  std::string src = "struct P { a: i64 }\nfn take(p: P) -> i64 { p.a }\nfn main() {\n";
  src += "    let mut total: i64 = 0;\n    let last = P { a: 1 };\n";
  const std::string block =
      "    let mut p# = P { a: # };\n    let r# = &mut p#;\n    r#.a += total % 7;\n"
      "    if p#.a > 3 { total += take(p#); } else { total += p#.a; }\n";
  for (int i = 0; i < 3000; ++i) {
    std::string n = std::to_string(i);
    for (char c : block) {
      if (c == '#')
        src += n;
      else
        src += c;
    }
  }
  src += "    total += take(last);\n    println!(\"{} {}\", total, last.a);\n}\n";
  auto r = check(src);
  EXPECT_EQ(codes(r), "E0382");
}

}  // namespace
