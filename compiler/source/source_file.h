// A source file held in memory: its bytes, its display path and a line table.
//
// Everything downstream (lexer, diagnostics, source maps) addresses source by
// byte offset (Span); this file turns offsets into 1-based line/column pairs
// the way rustc reports them (columns count Unicode scalar values).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wr {

// A half-open byte range [lo, hi) in one source file.
struct Span {
  uint32_t lo = 0;
  uint32_t hi = 0;
  static Span between(Span a, Span b) { return {a.lo, b.hi > a.hi ? b.hi : a.hi}; }
  bool empty() const { return hi <= lo; }
};

struct LineCol {
  uint32_t line = 1;  // 1-based
  uint32_t col = 1;   // 1-based, in Unicode scalar values
};

class SourceFile {
 public:
  SourceFile(std::string path, std::string text);

  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  // The standard library's prelude source lives after the user's text, so
  // its spans never overlap the user's: [userEnd(), text().size()) is std.
  void appendPrelude(std::string_view prelude);
  uint32_t userEnd() const { return userEnd_; }
  bool inPrelude(Span s) const { return s.lo > userEnd_; }
  LineCol lineCol(uint32_t offset) const;
  // The text of 1-based line `line`, without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  uint32_t lineStart(uint32_t line) const { return lineStarts_[line - 1]; }

 private:
  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
  uint32_t userEnd_ = 0;
};

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
int64_t findInvalidUtf8(std::string_view text);

}  // namespace wr
