// File modules through the driver with an in-memory file map: where each
// `mod name;` looks, that diagnostics name the module file and its own
// line, that a cycle of files ends in one error, and that a compiler with
// no reader (the in-page one) reports E0583 instead of crashing.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "compiler/diagnostics/render_human.h"
#include "compiler/driver/driver.h"

namespace {

using Files = std::map<std::string, std::string>;

wr::CompileResult compileWith(const Files& files, bool withReader = true) {
  wr::CompileOptions options;
  options.checkOnly = true;
  if (withReader) {
    options.readModuleFile = [files](const std::string& path, std::string& text) {
      auto it = files.find(path);
      if (it == files.end())
        return false;
      text = it->second;
      return true;
    };
  }
  return wr::compileSource("src/main.rs", files.at("src/main.rs"), options);
}

std::string codes(const wr::CompileResult& r) {
  std::string out;
  for (const wr::Diagnostic& d : r.diagnostics)
    out += std::string(*d.code() ? d.code() : "-") + " ";
  return out;
}

TEST(ModuleFiles, FlatNestedAndPathFiles) {
  Files f = {{"src/main.rs",
              "mod a;\nmod b;\n#[path = \"x/c.rs\"]\nmod c;\n"
              "fn main() { a::f(); a::inner::g(); b::h(); c::k(); }\n"},
             {"src/a.rs", "pub mod inner;\npub fn f() {}\n"},
             {"src/a/inner.rs", "pub fn g() {}\n"},
             {"src/b/mod.rs", "pub fn h() {}\n"},
             {"src/x/c.rs", "pub fn k() {}\n"}};
  wr::CompileResult r = compileWith(f);
  EXPECT_TRUE(r.ok) << codes(r);
}

TEST(ModuleFiles, DiagnosticNamesTheModuleFileAndItsLine) {
  Files f = {{"src/main.rs", "mod a;\nfn main() { a::f(); }\n"},
             {"src/a.rs", "// a comment\npub fn f() {\n    let x: i32 = true;\n}\n"}};
  wr::CompileResult r = compileWith(f);
  ASSERT_FALSE(r.ok);
  std::string text = wr::renderHumanAll(*r.file, r.diagnostics, false);
  EXPECT_NE(text.find("--> src/a.rs:3:"), std::string::npos) << text;
  EXPECT_NE(text.find("3 |     let x: i32 = true;"), std::string::npos) << text;
}

TEST(ModuleFiles, MissingFileIsE0583WithBothCandidates) {
  Files f = {{"src/main.rs", "mod gone;\nfn main() {}\n"}};
  wr::CompileResult r = compileWith(f);
  ASSERT_EQ(r.diagnostics.size(), 1u) << codes(r);
  EXPECT_STREQ(r.diagnostics[0].code(), "E0583");
  ASSERT_FALSE(r.diagnostics[0].helps.empty());
  EXPECT_NE(r.diagnostics[0].helps[0].message.find("\"src/gone.rs\" or \"src/gone/mod.rs\""),
            std::string::npos);
}

TEST(ModuleFiles, CycleIsOneErrorAndTerminates) {
  Files f = {{"src/main.rs", "mod a;\nfn main() {}\n"},
             {"src/a.rs", "#[path = \"a.rs\"]\nmod again;\n"}};
  wr::CompileResult r = compileWith(f);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(codes(r), "- ");
}

TEST(ModuleFiles, NoReaderReportsInsteadOfReading) {
  Files f = {{"src/main.rs", "mod a;\nfn main() {}\n"}};
  wr::CompileResult r = compileWith(f, false);
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_STREQ(r.diagnostics[0].code(), "E0583");
}

TEST(ModuleFiles, PrivacyAcrossFiles) {
  Files f = {
      {"src/main.rs", "mod a;\nfn main() { a::hidden(); let s = a::S::new(); let _v = s.x; }\n"},
      {"src/a.rs",
       "fn hidden() {}\npub struct S { x: i32 }\n"
       "impl S { pub fn new() -> S { S { x: 1 } } }\n"}};
  wr::CompileResult r = compileWith(f);
  EXPECT_EQ(codes(r), "E0603 E0616 ") << codes(r);
}

}  // namespace

// The standard library's code is named by its own file and line, as
// rustc names library code: a diagnostic raised inside it (or a call
// chain note through it) points at `<std>/vec.rs:N`, not the program.
TEST(ModuleFiles, StdCodeIsNamedByItsFileAndLine) {
  std::string vec;
  {
    std::ifstream in(WASMRUST_SOURCE_DIR "/compiler/std/vec.rs");
    std::stringstream text;
    text << in.rdbuf();
    vec = text.str();
  }
  const std::string needle = "impl<T: PartialEq> PartialEq for Vec<T>";
  size_t inFile = vec.find(needle);
  ASSERT_NE(inFile, std::string::npos);
  uint32_t line = 1 + static_cast<uint32_t>(std::count(vec.begin(), vec.begin() + inFile, '\n'));

  wr::CompileResult r = compileWith({{"src/main.rs", "fn main() {}\n"}});
  ASSERT_TRUE(r.file);
  std::string_view text = r.file->text();
  size_t at = text.find(needle, r.file->preludeStart());
  ASSERT_NE(at, std::string_view::npos);
  EXPECT_EQ(r.file->pathAt(static_cast<uint32_t>(at)), "<std>/vec.rs");
  EXPECT_EQ(r.file->lineCol(static_cast<uint32_t>(at)).line, line);
  EXPECT_EQ(r.file->pathAt(0), "src/main.rs");
  EXPECT_EQ(r.file->pathAt(r.file->preludeStart()), "<std>/prelude.rs");
}
