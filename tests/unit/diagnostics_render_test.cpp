// Tests for the terminal and JSON diagnostic renderers. Every expected
// terminal block below is what rustc 1.95 prints for the equivalent program
// (`rustc --color never x.rs`), with the same spans and messages; the one
// older layout (`MatchArmsRustc163`) is rustc 1.63's. Summary lines say
// `wasmrust explain` where rustc says `rustc --explain`.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <string_view>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/diagnostics/render_human.h"
#include "compiler/diagnostics/render_json.h"
#include "compiler/source/source_file.h"

namespace wr {
namespace {

// The span of the `nth` occurrence of `needle` in `text`.
Span at(std::string_view text, std::string_view needle, int nth = 0) {
  size_t pos = text.find(needle);
  while (nth-- > 0 && pos != std::string_view::npos) {
    pos = text.find(needle, pos + 1);
  }
  EXPECT_NE(pos, std::string_view::npos) << needle;
  if (pos == std::string_view::npos)
    return {};
  return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

// From the start of `a` to the end of `b`.
Span through(Span a, Span b) {
  return {a.lo, b.hi};
}

// The `2` of the first match arm `=> 2`.
Span arm(std::string_view text) {
  uint32_t lo = at(text, "=> 2").lo + 3;
  return {lo, lo + 1};
}

Diagnostic make(DiagKind kind, std::string message) {
  Diagnostic d;
  d.kind = kind;
  d.message = std::move(message);
  return d;
}

// Some tests need a warning; the kind table may not have one yet.
const DiagKind* warningKind() {
  static DiagKind kind = DiagKind::Count;
  for (size_t i = 0; i < static_cast<size_t>(DiagKind::Count); ++i) {
    if (diagKindInfo(static_cast<DiagKind>(i)).severity == Severity::Warning) {
      kind = static_cast<DiagKind>(i);
      break;
    }
  }
  return kind == DiagKind::Count ? nullptr : &kind;
}

// ------------------------------------------------------------ layouts

TEST(RenderHuman, OneLabelNoCode) {
  SourceFile f("t.rs", "fn main() { let x = ; }");
  Diagnostic d = make(DiagKind::ExpectedExpression, "expected expression, found `;`");
  DiagBuilder(d).primary(at(f.text(), ";"), "expected expression");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error: expected expression, found `;`
 --> t.rs:1:21
  |
1 | fn main() { let x = ; }
  |                     ^ expected expression
)T");
}

TEST(RenderHuman, TwoLabelsOnOneLine) {
  SourceFile f("a.rs", "fn main() {\n    let x: i32 = \"hello\";\n}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(at(f.text(), "\"hello\""), "expected `i32`, found `&str`")
      .label(at(f.text(), "i32"), "expected due to this");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
 --> a.rs:2:18
  |
2 |     let x: i32 = "hello";
  |            ---   ^^^^^^^ expected `i32`, found `&str`
  |            |
  |            expected due to this
)T");
}

TEST(RenderHuman, SecondaryLeftOfPrimaryAndUnlabelledPrimary) {
  SourceFile f("h.rs",
               "struct Foo;\nfn main() {\n    let a = Foo; let b = Foo;\n"
               "    let c = a + b;\n}\n");
  uint32_t a = at(f.text(), "a + b").lo;
  Diagnostic d = make(DiagKind::BinaryOpUnsupported, "cannot add `Foo` to `Foo`");
  DiagBuilder(d).label({a, a + 1}, "Foo").primary({a + 2, a + 3}).label({a + 4, a + 5}, "Foo");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0369]: cannot add `Foo` to `Foo`
 --> h.rs:4:15
  |
4 |     let c = a + b;
  |             - ^ - Foo
  |             |
  |             Foo
)T");
}

TEST(RenderHuman, ThreeLabelsHangBelowEachOther) {
  SourceFile f("i.rs",
               "fn main() {\n    let v = 1;\n"
               "    let w: i32 = match v { 1 => 2, _ => \"x\" };\n}\n");
  std::string_view t = f.text();
  Diagnostic d = make(DiagKind::MismatchedTypes, "`match` arms have incompatible types");
  DiagBuilder(d)
      .primary(at(t, "\"x\""), "expected `i32`, found `&str`")
      .label(arm(t), "this is found to be of type `i32`")
      .label(at(t, "match v"), "`match` arms have incompatible types");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0308]: `match` arms have incompatible types
 --> i.rs:3:41
  |
3 |     let w: i32 = match v { 1 => 2, _ => "x" };
  |                  -------        -       ^^^ expected `i32`, found `&str`
  |                  |              |
  |                  |              this is found to be of type `i32`
  |                  `match` arms have incompatible types
)T");
}

// rustc 1.63 labelled the whole `match`: a span enclosing the other two.
TEST(RenderHuman, MatchArmsRustc163) {
  SourceFile f("i.rs",
               "fn main() {\n    let v = 1;\n"
               "    let w: i32 = match v { 1 => 2, _ => \"x\" };\n}\n");
  std::string_view t = f.text();
  Diagnostic d = make(DiagKind::MismatchedTypes, "`match` arms have incompatible types");
  DiagBuilder(d)
      .primary(at(t, "\"x\""), "expected `i32`, found `&str`")
      .label(arm(t), "this is found to be of type `i32`")
      .label(through(at(t, "match"), at(t, "}")), "`match` arms have incompatible types");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0308]: `match` arms have incompatible types
 --> i.rs:3:41
  |
3 |     let w: i32 = match v { 1 => 2, _ => "x" };
  |                  -----------------------^^^--
  |                  |              |       |
  |                  |              |       expected `i32`, found `&str`
  |                  |              this is found to be of type `i32`
  |                  `match` arms have incompatible types
)T");
}

// Three functions: labelled lines 1 and 3 (the line between is shown),
// 2 apart (`...`), and past line 9 (a two-digit gutter).
TEST(RenderHuman, LabelsOnDifferentLinesAndSummary) {
  SourceFile f("f.rs",
               "fn f() -> i32 {\n    let a = 1;\n    \"no\"\n}\n"
               "fn g() -> i32 {\n    let a = 1;\n    let b = 1;\n    \"no\"\n}\n"
               "fn h() -> i32 {\n    let a = 1;\n    let b = 1;\n"
               "    let c = 1;\n    \"no\"\n}\nfn main() { f(); g(); h(); }\n");
  std::vector<Diagnostic> ds;
  for (int i = 0; i < 3; ++i) {
    Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
    DiagBuilder(d)
        .label(at(f.text(), "i32", i), "expected `i32` because of return type")
        .primary(at(f.text(), "\"no\"", i), "expected `i32`, found `&str`");
    ds.push_back(d);
  }
  EXPECT_EQ(renderHumanAll(f, ds, false), R"T(error[E0308]: mismatched types
 --> f.rs:3:5
  |
1 | fn f() -> i32 {
  |           --- expected `i32` because of return type
2 |     let a = 1;
3 |     "no"
  |     ^^^^ expected `i32`, found `&str`

error[E0308]: mismatched types
 --> f.rs:8:5
  |
5 | fn g() -> i32 {
  |           --- expected `i32` because of return type
...
8 |     "no"
  |     ^^^^ expected `i32`, found `&str`

error[E0308]: mismatched types
  --> f.rs:14:5
   |
10 | fn h() -> i32 {
   |           --- expected `i32` because of return type
...
14 |     "no"
   |     ^^^^ expected `i32`, found `&str`

error: aborting due to 3 previous errors

For more information about this error, try `wasmrust explain E0308`.
)T");
}

TEST(RenderHuman, LineNumbersAreRightAligned) {
  SourceFile f("p.rs",
               "fn f(\n    a: i32,\n    b: i32,\n    c: i32,\n    d: i32,\n"
               "    e: i32,\n    g: i32,\n    h: i32,\n) -> i32 {\n    \"s\"\n}\n"
               "fn main() {}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .label(at(f.text(), "i32", 7), "expected `i32` because of return type")
      .primary(at(f.text(), "\"s\""), "expected `i32`, found `&str`");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
  --> p.rs:10:5
   |
 9 | ) -> i32 {
   |      --- expected `i32` because of return type
10 |     "s"
   |     ^^^ expected `i32`, found `&str`
)T");
}

TEST(RenderHuman, ThreeDigitGutter) {
  std::string text;
  for (int i = 0; i < 97; ++i)
    text += "//\n";
  text += "fn f() -> i32 {\n    let a = 1;\n    \"s\"\n}\nfn main() {}\n";
  SourceFile f("big2.rs", text);
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .label(at(f.text(), "i32"), "expected `i32` because of return type")
      .primary(at(f.text(), "\"s\""), "expected `i32`, found `&str`");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
   --> big2.rs:100:5
    |
 98 | fn f() -> i32 {
    |           --- expected `i32` because of return type
 99 |     let a = 1;
100 |     "s"
    |     ^^^ expected `i32`, found `&str`
)T");
}

// Columns count scalar values in the header, but underlines sit under
// display columns: CJK characters are two wide and a tab is four spaces.
TEST(RenderHuman, UnicodeAndTabs) {
  SourceFile f("g.rs",
               "fn f(a: i32) -> i32 { a }\nfn main() {\n"
               "    let s = \"\xC3\xA9\xE6\x97\xA5\xE6\x9C\xAC\";\tlet x: i32 = "
               "\"\xC3\xA9\";\n\tf(\"x\");\n}\n");
  std::string_view t = f.text();
  Diagnostic d1 = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d1)
      .primary(at(t, "\"\xC3\xA9\";"), "expected `i32`, found `&str`")
      .label(at(t, "i32", 2), "expected due to this");
  d1.labels[0].span.hi -= 1;  // without the `;`
  EXPECT_EQ(renderHuman(f, d1, false), R"T(error[E0308]: mismatched types
 --> g.rs:3:33
  |
3 |     let s = "é日本";    let x: i32 = "é";
  |                                ---   ^^^ expected `i32`, found `&str`
  |                                |
  |                                expected due to this
)T");

  uint32_t call = at(t, "f(\"x").lo;
  Diagnostic d2 = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d2)
      .primary(at(t, "\"x\""), "expected `i32`, found `&str`")
      .label({call, call + 1}, "arguments to this function are incorrect");
  EXPECT_EQ(renderHuman(f, d2, false), R"T(error[E0308]: mismatched types
 --> g.rs:4:4
  |
4 |     f("x");
  |     - ^^^ expected `i32`, found `&str`
  |     |
  |     arguments to this function are incorrect
)T");
}

// Control characters are shown as their pictures and cannot reach the
// terminal; a zero-width space stays (and takes no column).
TEST(RenderHuman, ControlCharactersAreMadeVisible) {
  SourceFile f("n.rs",
               "fn main() {\n    let x: i32 = \"a\x07"
               "b\";\t// \xE2\x80\x8Bz\n}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(at(f.text(),
                  "\"a\x07"
                  "b\""),
               "expected `i32`, found `&str`")
      .label(at(f.text(), "i32"), "expected due to this");
  EXPECT_EQ(renderHuman(f, d, false),
            "error[E0308]: mismatched types\n"
            " --> n.rs:2:18\n"
            "  |\n"
            "2 |     let x: i32 = \"a\xE2\x90\x87"
            "b\";"
            "    // \xE2\x80\x8Bz\n"
            "  |            ---   ^^^^^ expected `i32`, "
            "found `&str`\n"
            "  |            |\n"
            "  |            expected due to this\n");
}

// ------------------------------------------------------ multi-line spans

class RenderMultiLine : public ::testing::Test {
 protected:
  RenderMultiLine()
      : f_("m.rs",
           "struct S { a: i32, b: i32, c: i32, d: i32, e: i32 }\n"
           "fn main() {\n"
           "    let x: i32 = S {\n        a: 1,\n    };\n"
           "    let y: i32 =\n        S {\n            a: 1,\n        };\n"
           "    let z: i32 = S {\n        a: 1,\n        b: 2,\n        c: 3,\n"
           "        d: 4,\n        e: 5,\n    };\n"
           "    let w: i32 = S {\n        a: 1,\n        b: 2,\n        c: 3,\n"
           "        d: 4,\n        e: 5,\n        // c\n    };\n}\n") {}

  // The `n`th `let`: `i32` is "expected due to this", `S { .. }` is wrong.
  std::string render(int n) {
    std::string_view t = f_.text();
    Span ty = at(t, "i32", 5 + n);
    Span open = at(t, "S {", 1 + n);
    Span close = at(t, "};", n);
    Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
    DiagBuilder(d)
        .label(ty, "expected due to this")
        .primary({open.lo, close.lo + 1}, "expected `i32`, found `S`");
    return renderHuman(f_, d, false);
  }

  SourceFile f_;
};

TEST_F(RenderMultiLine, StartsMidLine) {
  EXPECT_EQ(render(0), R"T(error[E0308]: mismatched types
 --> m.rs:3:18
  |
3 |       let x: i32 = S {
  |  ____________---___^
  | |            |
  | |            expected due to this
4 | |         a: 1,
5 | |     };
  | |_____^ expected `i32`, found `S`
)T");
}

TEST_F(RenderMultiLine, StartsAfterIndentation) {
  EXPECT_EQ(render(1), R"T(error[E0308]: mismatched types
 --> m.rs:7:9
  |
6 |       let y: i32 =
  |              --- expected due to this
7 | /         S {
8 | |             a: 1,
9 | |         };
  | |_________^ expected `i32`, found `S`
)T");
}

TEST_F(RenderMultiLine, SevenLinesAreAllShown) {
  EXPECT_EQ(render(2), R"T(error[E0308]: mismatched types
  --> m.rs:10:18
   |
10 |       let z: i32 = S {
   |  ____________---___^
   | |            |
   | |            expected due to this
11 | |         a: 1,
12 | |         b: 2,
13 | |         c: 3,
14 | |         d: 4,
15 | |         e: 5,
16 | |     };
   | |_____^ expected `i32`, found `S`
)T");
}

// Longer spans are elided; a comment just before the end is not worth a row.
TEST_F(RenderMultiLine, LongSpanIsElided) {
  EXPECT_EQ(render(3), R"T(error[E0308]: mismatched types
  --> m.rs:17:18
   |
17 |       let w: i32 = S {
   |  ____________---___^
   | |            |
   | |            expected due to this
18 | |         a: 1,
19 | |         b: 2,
20 | |         c: 3,
...  |
24 | |     };
   | |_____^ expected `i32`, found `S`
)T");
}

TEST(RenderHuman, LabelsInsideMultiLineSpan) {
  SourceFile f("v.rs",
               "fn main() {\n    let x: i32 = {\n\n        \"a\"\n    };\n"
               "    let y: i32 = match 1 {\n        1 => {\n            2\n"
               "        }\n        _ => \"x\",\n    };\n}\n");
  std::string_view t = f.text();
  Span two = at(t, "2\n");
  two.hi -= 1;
  Diagnostic d = make(DiagKind::MismatchedTypes, "`match` arms have incompatible types");
  DiagBuilder(d)
      .primary(at(t, "\"x\""), "expected `i32`, found `&str`")
      .label(two, "this is found to be of type `i32`")
      .label(through(at(t, "match"), at(t, "}", 2)), "`match` arms have incompatible types");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0308]: `match` arms have incompatible types
  --> v.rs:10:14
   |
 6 |       let y: i32 = match 1 {
   |  __________________-
 7 | |         1 => {
 8 | |             2
   | |             - this is found to be of type `i32`
 9 | |         }
10 | |         _ => "x",
   | |              ^^^ expected `i32`, found `&str`
11 | |     };
   | |_____- `match` arms have incompatible types
)T");
}

// Two multi-line spans starting on one line: the one reaching furthest down
// takes the leftmost margin column.
TEST(RenderHuman, NestedMultiLineSpans) {
  SourceFile f("n.rs", "fn main() {\n    call(alpha,\n         beta,\n         gamma);\n}\n");
  std::string_view t = f.text();
  Diagnostic d = make(DiagKind::WrongArgCount,
                      "this function takes 2 arguments but 3 arguments were supplied");
  DiagBuilder(d)
      .primary(through(at(t, "alpha"), at(t, "gamma")), "three arguments")
      .label(through(at(t, "call"), at(t, "beta")), "the call starts here");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0061]: this function takes 2 arguments but 3 arguments were supplied
 --> n.rs:2:10
  |
2 |        call(alpha,
  |   _____-    ^
  |  |__________|
3 | ||          beta,
  | ||_____________- the call starts here
4 | |           gamma);
  | |_______________^ three arguments
)T");
}

// ------------------------------------------------------- children

TEST(RenderHuman, MultiLineNote) {
  SourceFile f("u.rs",
               "fn main() {\n    let v: Vec<i32> = Vec::new();\n"
               "    let x: Option<i32> = 5;\n}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(at(f.text(), "5"), "expected `Option<i32>`, found integer")
      .label(at(f.text(), "Option<i32>"), "expected due to this")
      .note("expected enum `Option<i32>`\n   found type `{integer}`");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
 --> u.rs:3:26
  |
3 |     let x: Option<i32> = 5;
  |            -----------   ^ expected `Option<i32>`, found integer
  |            |
  |            expected due to this
  |
  = note: expected enum `Option<i32>`
             found type `{integer}`
)T");
}

TEST(RenderHuman, NoLabelsWithNote) {
  SourceFile f("k.rs", "");
  Diagnostic d = make(DiagKind::NoMainFunction, "`main` function not found in crate `k`");
  DiagBuilder(d).note("consider adding a `main` function to `k.rs`");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0601]: `main` function not found in crate `k`
  |
  = note: consider adding a `main` function to `k.rs`
)T");
}

TEST(RenderHuman, NoLabelsNoChildrenIsJustTheHeader) {
  SourceFile f("k.rs", "fn main() {}\n");
  Diagnostic d = make(DiagKind::TooManyErrors, "aborting after 100 errors");
  EXPECT_EQ(renderHuman(f, d, false), "error[W0004]: aborting after 100 errors\n");
}

TEST(RenderHuman, NotesThenPlainHelpsInOrder) {
  SourceFile f("w.rs", "fn main() {\n    let x = 5;\n}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "value assigned is never read");
  DiagBuilder(d)
      .primary(at(f.text(), "5"))
      .help("maybe it is overwritten before being read?")
      .note("second");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0308]: value assigned is never read
 --> w.rs:2:13
  |
2 |     let x = 5;
  |             ^
  |
  = note: second
  = help: maybe it is overwritten before being read?
)T");
}

// A label at the very end of a file without a final newline (rustc's E0601).
TEST(RenderHuman, LabelAtEndOfFile) {
  SourceFile f("l.rs", "fn foo() {}");
  Diagnostic d = make(DiagKind::NoMainFunction, "`main` function not found in crate `l`");
  uint32_t eof = static_cast<uint32_t>(f.text().size());
  DiagBuilder(d).primary({eof, eof}, "consider adding a `main` function to `l.rs`");
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0601]: `main` function not found in crate `l`
 --> l.rs:1:12
  |
1 | fn foo() {}
  |            ^ consider adding a `main` function to `l.rs`
)T");
}

// After a final newline, the end of the file is an empty last line.
TEST(RenderHuman, LabelAfterFinalNewline) {
  SourceFile f("j.rs", "fn foo() {}\n");
  Diagnostic d = make(DiagKind::NoMainFunction, "no main");
  uint32_t eof = static_cast<uint32_t>(f.text().size());
  DiagBuilder(d).primary({eof, eof}, "here");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0601]: no main
 --> j.rs:2:1
  |
2 |
  | ^ here
)T");
}

TEST(RenderHuman, EmptySpanGetsOneCaret) {
  SourceFile f("e.rs", "fn main() { let x = 1 }\n");
  Diagnostic d = make(DiagKind::ExpectedToken, "expected `;`, found `}`");
  uint32_t lo = at(f.text(), " }").lo;
  DiagBuilder(d).primary({lo, lo}, "expected `;`");
  EXPECT_EQ(renderHuman(f, d, false), R"T(error: expected `;`, found `}`
 --> e.rs:1:22
  |
1 | fn main() { let x = 1 }
  |                      ^ expected `;`
)T");
}

// --------------------------------------------------------- suggestions

TEST(RenderHuman, SuggestionInsertionAfterTrimming) {
  SourceFile f("b.rs",
               "fn main() {\n    let x = 5;\n    x = 6;\n"
               "    println!(\"{}\", x);\n}\n");
  std::string_view t = f.text();
  Diagnostic d =
      make(DiagKind::AssignTwiceImmutable, "cannot assign twice to immutable variable `x`");
  DiagBuilder(d)
      .label(at(t, "x"), "first assignment to `x`")
      .primary(at(t, "x = 6"), "cannot assign twice to immutable variable")
      // Replacing `x` with `mut x` is shown as inserting `mut `.
      .suggest("consider making this binding mutable", at(t, "x"), "mut x",
               Applicability::MaybeIncorrect);
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0384]: cannot assign twice to immutable variable `x`
 --> b.rs:3:5
  |
2 |     let x = 5;
  |         - first assignment to `x`
3 |     x = 6;
  |     ^^^^^ cannot assign twice to immutable variable
  |
help: consider making this binding mutable
  |
2 |     let mut x = 5;
  |         +++
)T");
}

TEST(RenderHuman, SuggestionDiffThenInsertion) {
  SourceFile f("s.rs",
               "fn main() {\n    let x = 5;\n    let y: &i32 = &&x;\n"
               "    let z: i32 = &x;\n}\n");
  std::string_view t = f.text();
  Span borrow = at(t, "&x", 1);
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(borrow, "expected `i32`, found `&i32`")
      .label(at(t, "i32", 1), "expected due to this")
      .suggest("consider removing the borrow", {borrow.lo, borrow.lo + 1}, "",
               Applicability::MachineApplicable)
      .suggest("alternatively, consider changing the type annotation", at(t, "i32", 1), "&i32",
               Applicability::MaybeIncorrect);
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
 --> s.rs:4:18
  |
4 |     let z: i32 = &x;
  |            ---   ^^ expected `i32`, found `&i32`
  |            |
  |            expected due to this
  |
help: consider removing the borrow
  |
4 -     let z: i32 = &x;
4 +     let z: i32 = x;
  |
help: alternatively, consider changing the type annotation
  |
4 |     let z: &i32 = &x;
  |            +
)T");
}

TEST(RenderHuman, SuggestionReplacementIsADiff) {
  SourceFile f("h.rs", "fn main() {\n    let x: u32 = 5i64;\n}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(at(f.text(), "5i64"), "expected `u32`, found `i64`")
      .label(at(f.text(), "u32"), "expected due to this")
      .suggest("change the type of the numeric literal from `i64` to `u32`", at(f.text(), "i64"),
               "u32", Applicability::MaybeIncorrect);
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
 --> h.rs:2:18
  |
2 |     let x: u32 = 5i64;
  |            ---   ^^^^ expected `u32`, found `i64`
  |            |
  |            expected due to this
  |
help: change the type of the numeric literal from `i64` to `u32`
  |
2 -     let x: u32 = 5i64;
2 +     let x: u32 = 5u32;
  |
)T");
}

TEST(RenderHuman, SuggestionAppendAtEndOfExpression) {
  SourceFile f("u.rs",
               "fn main() {\n    let v: Vec<i32> = Vec::new();\n"
               "    let x: Option<i32> = 5;\n    let n: usize = 5;\n"
               "    let s: u32 = n;\n}\n");
  std::string_view t = f.text();
  Span n = at(t, "n;");
  n.hi -= 1;
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(n, "expected `u32`, found `usize`")
      .label(at(t, "u32"), "expected due to this")
      .suggest(
          "you can convert a `usize` to a `u32` and panic if the converted "
          "value doesn't fit",
          {n.hi, n.hi}, ".try_into().unwrap()", Applicability::MaybeIncorrect);
  EXPECT_EQ(renderHuman(f, d, false), R"T(error[E0308]: mismatched types
 --> u.rs:5:18
  |
5 |     let s: u32 = n;
  |            ---   ^ expected `u32`, found `usize`
  |            |
  |            expected due to this
  |
help: you can convert a `usize` to a `u32` and panic if the converted value doesn't fit
  |
5 |     let s: u32 = n.try_into().unwrap();
  |                   ++++++++++++++++++++
)T");
}

TEST(RenderHuman, SuggestionAddsWholeLines) {
  SourceFile f("r.rs", "fn main() {\n    let m: HashMap<i32, i32> = HashMap::new();\n}\n");
  Diagnostic d = make(DiagKind::UnresolvedName, "cannot find type `HashMap` in this scope");
  DiagBuilder(d)
      .primary(at(f.text(), "HashMap"), "not found in this scope")
      .suggest("consider importing this struct", {0, 0}, "use std::collections::HashMap;\n",
               Applicability::MaybeIncorrect);
  EXPECT_EQ(renderHuman(f, d, false),
            R"T(error[E0425]: cannot find type `HashMap` in this scope
 --> r.rs:2:12
  |
2 |     let m: HashMap<i32, i32> = HashMap::new();
  |            ^^^^^^^ not found in this scope
  |
help: consider importing this struct
  |
1 + use std::collections::HashMap;
  |
)T");
}

TEST(RenderHuman, MultiLineSuggestionDoesNotCrash) {
  SourceFile f("x.rs", "fn main() {\n    foo();\n}\n");
  Diagnostic d = make(DiagKind::UnresolvedName, "cannot find function `foo`");
  Span foo = at(f.text(), "foo");
  DiagBuilder(d)
      .primary(foo, "not found in this scope")
      .suggest("define it", foo, "{\n        bar\n    }", Applicability::MaybeIncorrect);
  std::string out = renderHuman(f, d, false);
  EXPECT_NE(out.find("help: define it\n  |\n2 ~     {\n3 +         bar\n"
                     "4 ~     }();\n  |\n"),
            std::string::npos)
      << out;
}

// ------------------------------------------------------------- color

TEST(RenderHuman, ColorUsesRustcScheme) {
  SourceFile f("b.rs",
               "fn main() {\n    let x = 5;\n    x = 6;\n"
               "    println!(\"{}\", x);\n}\n");
  std::string_view t = f.text();
  Diagnostic d =
      make(DiagKind::AssignTwiceImmutable, "cannot assign twice to immutable variable `x`");
  DiagBuilder(d)
      .label(at(t, "x"), "first assignment to `x`")
      .primary(at(t, "x = 6"), "cannot assign twice to immutable variable")
      .suggest("consider making this binding mutable", {at(t, "x").lo, at(t, "x").lo}, "mut ",
               Applicability::MaybeIncorrect);
  const std::string B = "\x1b[1m\x1b[94m", R = "\x1b[1m\x1b[91m", G = "\x1b[92m",
                    C = "\x1b[1m\x1b[96m", O = "\x1b[0m";
  std::string expected =
      R + "error[E0384]" + O + "\x1b[1m: cannot assign twice to immutable variable `x`" + O + "\n" +
      " " + B + "--> " + O + "b.rs:3:5\n" + "  " + B + "|" + O + "\n" + B + "2" + O + " " + B +
      "|" + O + "     let x = 5;\n" + "  " + B + "|" + O + "         " + B + "-" + O + " " + B +
      "first assignment to `x`" + O + "\n" + B + "3" + O + " " + B + "|" + O + "     x = 6;\n" +
      "  " + B + "|" + O + "     " + R + "^^^^^" + O + " " + R +
      "cannot assign twice to immutable variable" + O + "\n" + "  " + B + "|" + O + "\n" + C +
      "help" + O + ": consider making this binding mutable\n" + "  " + B + "|" + O + "\n" + B +
      "2" + O + " " + B + "| " + O + "    let " + G + "mut " + O + "x = 5;\n" + "  " + B + "|" + O +
      "         " + G + "+++" + O + "\n";
  EXPECT_EQ(renderHuman(f, d, true), expected);
}

TEST(RenderHuman, ColorSummaryAndNotes) {
  SourceFile f("k.rs", "");
  Diagnostic d = make(DiagKind::NoMainFunction, "no main");
  DiagBuilder(d).note("add one");
  const std::string B = "\x1b[1m\x1b[94m", O = "\x1b[0m";
  EXPECT_EQ(renderHuman(f, d, true), "\x1b[1m\x1b[91merror[E0601]" + O + "\x1b[1m: no main" + O +
                                         "\n" + "  " + B + "|" + O + "\n" + "  " + B + "= " + O +
                                         "\x1b[1mnote" + O + ": add one\n");
  EXPECT_EQ(renderSummary({d}, true), "\x1b[1m\x1b[91merror" + O +
                                          "\x1b[1m: aborting due to 1 previous error" + O +
                                          "\n\n\x1b[1mFor more information about this error, try "
                                          "`wasmrust explain E0601`." +
                                          O + "\n");
}

// ----------------------------------------------------------- summary

TEST(RenderSummary, CountsAndCodes) {
  Diagnostic typeErr = make(DiagKind::MismatchedTypes, "a");
  Diagnostic nameErr = make(DiagKind::UnresolvedName, "b");
  Diagnostic syntaxErr = make(DiagKind::ExpectedExpression, "c");
  EXPECT_EQ(renderSummary({}, false), "");
  EXPECT_EQ(renderSummary({syntaxErr}, false), "error: aborting due to 1 previous error\n\n");
  EXPECT_EQ(renderSummary({typeErr}, false),
            "error: aborting due to 1 previous error\n\n"
            "For more information about this error, try `wasmrust explain E0308`.\n");
  EXPECT_EQ(renderSummary({nameErr, typeErr, syntaxErr, typeErr}, false),
            "error: aborting due to 4 previous errors\n\n"
            "Some errors have detailed explanations: E0308, E0425.\n"
            "For more information about an error, try `wasmrust explain E0308`.\n");
}

TEST(RenderSummary, AtMostNineCodesAreListed) {
  std::vector<Diagnostic> ds;
  for (DiagKind k :
       {DiagKind::UnterminatedString, DiagKind::UnresolvedName, DiagKind::UnresolvedType,
        DiagKind::UnresolvedPath, DiagKind::DuplicateDefinition, DiagKind::NoMainFunction,
        DiagKind::MismatchedTypes, DiagKind::BinaryOpUnsupported, DiagKind::InvalidCast,
        DiagKind::NoField}) {
    ds.push_back(make(k, "x"));
  }
  EXPECT_EQ(renderSummary(ds, false),
            "error: aborting due to 10 previous errors\n\n"
            "Some errors have detailed explanations: E0308, E0369, E0412, E0425, "
            "E0428, E0433, E0601, E0606, E0609...\n"
            "For more information about an error, try `wasmrust explain E0308`.\n");
}

TEST(RenderSummary, Warnings) {
  const DiagKind* w = warningKind();
  if (!w)
    GTEST_SKIP() << "diagnostic_kind.def has no Warning kind yet";
  Diagnostic warn = make(*w, "unused");
  Diagnostic err = make(DiagKind::ExpectedExpression, "c");
  EXPECT_EQ(renderSummary({warn}, false), "warning: 1 warning emitted\n\n");
  EXPECT_EQ(renderSummary({warn, warn}, false), "warning: 2 warnings emitted\n\n");
  EXPECT_EQ(renderSummary({err, warn}, false),
            "error: aborting due to 1 previous error; 1 warning emitted\n\n");
  EXPECT_EQ(renderSummary({warn, warn}, true),
            "\x1b[1m\x1b[33mwarning\x1b[0m\x1b[1m: 2 warnings emitted\x1b[0m\n\n");
}

TEST(RenderHuman, WarningHeaderAndColors) {
  const DiagKind* w = warningKind();
  if (!w)
    GTEST_SKIP() << "diagnostic_kind.def has no Warning kind yet";
  SourceFile f("w.rs", "fn main() {\n    let a = 1;\n}\n");
  Diagnostic d = make(*w, "unused variable: `a`");
  uint32_t a = at(f.text(), "a =").lo;
  DiagBuilder(d).primary({a, a + 1});
  std::string code = diagKindInfo(*w).code;
  std::string level = code.empty() ? "warning" : "warning[" + code + "]";
  EXPECT_EQ(renderHuman(f, d, false), level + R"T(: unused variable: `a`
 --> w.rs:2:9
  |
2 |     let a = 1;
  |         ^
)T");
  std::string colored = renderHuman(f, d, true);
  EXPECT_EQ(colored.rfind("\x1b[1m\x1b[33m" + level + "\x1b[0m", 0), 0u);
  EXPECT_NE(colored.find("\x1b[1m\x1b[33m^\x1b[0m"), std::string::npos);
  EXPECT_EQ(renderHumanAll(f, {d, d}, false), renderHuman(f, d, false) + "\n" +
                                                  renderHuman(f, d, false) + "\n" +
                                                  "warning: 2 warnings emitted\n\n");
}

// ------------------------------------------------------ robustness

TEST(RenderHuman, OutOfRangeSpansAreClamped) {
  SourceFile f("o.rs", "fn main() {}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "m");
  DiagBuilder(d)
      .primary({500, 900}, "past the end")
      .label({9, 3}, "reversed")
      .suggest("s", {700, 2}, "x", Applicability::MaybeIncorrect);
  std::string out = renderHuman(f, d, false);
  EXPECT_NE(out.find(" --> o.rs:2:1\n"), std::string::npos) << out;
  std::string json = renderJson(f, {d});
  nlohmann::json parsed = nlohmann::json::parse(json);
  EXPECT_EQ(parsed[0]["spans"][0]["lo"], 13);
  EXPECT_EQ(parsed[0]["spans"][0]["hi"], 13);
  EXPECT_EQ(parsed[0]["spans"][1]["lo"], 9);
  EXPECT_EQ(parsed[0]["spans"][1]["hi"], 9);
}

// Random spans, labels and suggestions over awkward text (CRLF, tabs,
// multi-byte and invalid UTF-8, empty lines, no final newline).
TEST(RenderHuman, RandomSpansNeverCrash) {
  const std::string texts[] = {
      "",
      "\n",
      "a\r\nb\tc\r\n\r\n\xE6\x97\xA5\xE6\x9C\xAC\xC3",
      "fn main() {\n\n\n    let x = 1;\n}\n",
      std::string("x\0y\n\x1b[31m\n\xF0\x9F\x98\x80 z", 16),
  };
  std::mt19937 rng(7);
  for (const std::string& text : texts) {
    SourceFile f("r.rs", text);
    uint32_t limit = static_cast<uint32_t>(text.size()) + 3;
    auto offset = [&] { return static_cast<uint32_t>(rng() % (limit + 1)); };
    for (int iter = 0; iter < 200; ++iter) {
      Diagnostic d = make(DiagKind::MismatchedTypes, "m\nsecond line");
      DiagBuilder b(d);
      for (int n = static_cast<int>(rng() % 5); n > 0; --n) {
        Span s{offset(), offset()};
        if (rng() % 2) {
          b.primary(s, rng() % 3 ? "label" : "");
        } else {
          b.label(s, rng() % 3 ? "other\tlabel" : "");
        }
      }
      if (rng() % 3 == 0) {
        b.suggest("fix", {offset(), offset()}, rng() % 2 ? "a\nb\n" : "q",
                  Applicability::MaybeIncorrect);
      }
      if (rng() % 4 == 0)
        b.note("n");
      std::string out = renderHuman(f, d, iter % 2 == 0);
      EXPECT_FALSE(out.empty());
      EXPECT_EQ(out.find('\x1b', 0) != std::string::npos, iter % 2 == 0);
      nlohmann::json parsed = nlohmann::json::parse(renderJson(f, {d}));
      EXPECT_EQ(parsed.size(), 1u);
    }
  }
}

// ------------------------------------------------------------- JSON

TEST(RenderJson, ShapeAndKeyOrder) {
  SourceFile f("a.rs", "fn main() {\n    let x: i32 = \"hello\";\n}\n");
  Diagnostic d = make(DiagKind::MismatchedTypes, "mismatched types");
  DiagBuilder(d)
      .primary(at(f.text(), "\"hello\""), "expected `i32`, found `&str`")
      .label(at(f.text(), "i32"), "expected due to this")
      .note("n")
      .help("h")
      .suggest("s", at(f.text(), "i32"), "&str", Applicability::MachineApplicable);
  std::string rendered = nlohmann::json(renderHuman(f, d, false)).dump();
  EXPECT_EQ(renderJson(f, {d}),
            R"T([{"severity":"error","code":"E0308","kind":"MismatchedTypes",)T"
            R"T("message":"mismatched types","file":"a.rs","spans":[)T"
            R"T({"lo":29,"hi":36,"line_start":2,"column_start":18,"line_end":2,)T"
            R"T("column_end":25,"label":"expected `i32`, found `&str`","primary":true},)T"
            R"T({"lo":23,"hi":26,"line_start":2,"column_start":12,"line_end":2,)T"
            R"T("column_end":15,"label":"expected due to this","primary":false}],)T"
            R"T("notes":["n"],"helps":[{"message":"h","suggestion":null},)T"
            R"T({"message":"s","suggestion":{"lo":23,"hi":26,"line_start":2,)T"
            R"T("column_start":12,"line_end":2,"column_end":15,"replacement":"&str",)T"
            R"T("applicability":"MachineApplicable"}}],"rendered":)T" +
                rendered + "}]\n");
}

TEST(RenderJson, EmptyListAndNullFields) {
  SourceFile f("t.rs", "fn main() { let x = ; }");
  EXPECT_EQ(renderJson(f, {}), "[]\n");
  Diagnostic d = make(DiagKind::ExpectedExpression, "expected expression");
  DiagBuilder(d)
      .primary(at(f.text(), ";"))
      .suggest("remove", at(f.text(), ";"), "", Applicability::MaybeIncorrect);
  nlohmann::json j = nlohmann::json::parse(renderJson(f, {d}))[0];
  EXPECT_TRUE(j["code"].is_null());
  EXPECT_TRUE(j["spans"][0]["label"].is_null());
  EXPECT_EQ(j["helps"][0]["suggestion"]["applicability"], "MaybeIncorrect");
  EXPECT_EQ(j["helps"][0]["suggestion"]["replacement"], "");
  EXPECT_EQ(j["rendered"], renderHuman(f, d, false));
}

TEST(RenderJson, Escaping) {
  SourceFile f("d\xC3\xA9j\xC3\xA0.rs", "fn main() { let s = \"\xE6\x97\xA5\"; }\n");
  Diagnostic d =
      make(DiagKind::MismatchedTypes, "found \"quoted\" \\ back\nnew line\ttab \xC3\xA9");
  Span s = at(f.text(), "\"\xE6\x97\xA5\"");
  DiagBuilder(d).primary(s, "\x01");
  std::string json = renderJson(f, {d});
  EXPECT_EQ(json.find('\n'), json.size() - 1);  // one line
  EXPECT_NE(json.find(R"T("message":"found \"quoted\" \\ back\nnew line\ttab )T"
                      "\xC3\xA9\""),
            std::string::npos)
      << json;
  EXPECT_NE(json.find("\"file\":\"d\xC3\xA9j\xC3\xA0.rs\""), std::string::npos);
  EXPECT_NE(json.find(R"T("label":"\u0001")T"), std::string::npos) << json;
  nlohmann::json j = nlohmann::json::parse(json)[0];
  EXPECT_EQ(j["message"], d.message);
  EXPECT_EQ(j["spans"][0]["column_start"], 21);
  EXPECT_EQ(j["spans"][0]["column_end"], 24);  // three scalars, five bytes
  EXPECT_EQ(j["spans"][0]["hi"].get<uint32_t>() - j["spans"][0]["lo"].get<uint32_t>(), 5u);
}

TEST(RenderJson, InvalidUtf8DoesNotThrow) {
  SourceFile f("bad.rs", "fn \xFF() {}\n");
  Diagnostic d = make(DiagKind::InvalidUtf8, "invalid \xFF byte");
  DiagBuilder(d).primary({3, 4});
  std::string json = renderJson(f, {d});
  nlohmann::json j = nlohmann::json::parse(json)[0];
  EXPECT_EQ(j["message"], "invalid \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace wr
