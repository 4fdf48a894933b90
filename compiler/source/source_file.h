// A program's source held in memory: its bytes, display paths and a line table.
//
// Everything downstream (lexer, diagnostics, source maps) addresses source by
// byte offset (Span) in one buffer: the main file first, then each module
// file (`mod name;`) the driver loaded, then the standard library's prelude.
// This file turns offsets into the file they fall in and 1-based line/column
// pairs within it, the way rustc reports them (columns count Unicode scalar
// values).
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

  // The main file's path.
  const std::string& path() const { return path_; }
  std::string_view text() const { return text_; }
  // A module file, appended after the main file and the module files before
  // it; returns where its text starts. Must precede appendPrelude and any
  // lexing (views into the text would move).
  uint32_t appendFile(std::string path, std::string_view text);
  // The standard library's prelude source lives after the user's files, so
  // its spans never overlap theirs: [preludeStart(), text().size()) is std.
  void appendPrelude(std::string_view prelude);
  // Names the prelude's text from `offset` (into the prelude, at a line
  // start) on: the std file it came from, as diagnostics show it.
  void namePreludePart(std::string path, uint32_t offset);
  // The end of the main file's text.
  uint32_t userEnd() const { return userEnd_; }
  uint32_t preludeStart() const { return preludeStart_; }
  bool inPrelude(Span s) const { return preludeStart_ != 0 && s.lo >= preludeStart_; }
  // The path of the file the offset falls in (`<std>/vec.rs` in the
  // prelude, once its parts are named).
  const std::string& pathAt(uint32_t offset) const;
  // True when both offsets fall in the same file.
  bool sameFile(uint32_t a, uint32_t b) const { return &segmentAt(a) == &segmentAt(b); }
  // Line and column within the file the offset falls in.
  LineCol lineCol(uint32_t offset) const;
  // Lines across the whole buffer (all files), for the diagnostic renderer:
  // the buffer line of an offset, and the line number that line has in its
  // own file.
  uint32_t bufferLine(uint32_t offset) const;
  uint32_t lineInFile(uint32_t bufferLine) const;
  // The text of 1-based buffer line `line`, without its line terminator.
  std::string_view lineText(uint32_t line) const;
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  uint32_t lineStart(uint32_t line) const { return lineStarts_[line - 1]; }

 private:
  // One file in the buffer: its path, where it starts, its first buffer line.
  struct Segment {
    std::string path;
    uint32_t start = 0;
    uint32_t firstLine = 1;
  };
  const Segment& segmentAt(uint32_t offset) const;
  uint32_t appendSegment(std::string_view text);

  std::string path_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;
  std::vector<Segment> segments_;
  uint32_t userEnd_ = 0;
  uint32_t preludeStart_ = 0;
};

// Returns the byte offset of the first invalid UTF-8 sequence, or -1.
int64_t findInvalidUtf8(std::string_view text);

}  // namespace wr
