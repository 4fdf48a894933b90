// Line table and UTF-8 helpers for SourceFile.
#include "compiler/source/source_file.h"

#include <algorithm>

namespace wr {

SourceFile::SourceFile(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  lineStarts_.push_back(0);
  for (uint32_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n')
      lineStarts_.push_back(i + 1);
  }
  userEnd_ = static_cast<uint32_t>(text_.size());
  segments_.push_back({path_, 0, 1});
}

// A newline separates each file from the one before, so every file starts
// on a line of its own and no token runs from one into the next.
uint32_t SourceFile::appendSegment(std::string_view text) {
  text_ += '\n';
  lineStarts_.push_back(static_cast<uint32_t>(text_.size()));
  uint32_t base = static_cast<uint32_t>(text_.size());
  text_ += text;
  for (size_t i = text_.find('\n', base); i != std::string::npos; i = text_.find('\n', i + 1))
    lineStarts_.push_back(static_cast<uint32_t>(i + 1));
  return base;
}

uint32_t SourceFile::appendFile(std::string path, std::string_view text) {
  uint32_t base = appendSegment(text);
  segments_.push_back({std::move(path), base, bufferLine(base)});
  return base;
}

void SourceFile::appendPrelude(std::string_view prelude) {
  preludeStart_ = appendSegment(prelude);
  segments_.push_back({path_, preludeStart_, bufferLine(preludeStart_)});
}

void SourceFile::namePreludePart(std::string path, uint32_t offset) {
  uint32_t start = preludeStart_ + offset;
  if (preludeStart_ == 0 || start >= text_.size() || text_[start - 1] != '\n' ||
      start < segments_.back().start)
    return;  // not a line start after the last segment: keep the previous name
  if (start == segments_.back().start)
    segments_.back().path = std::move(path);
  else
    segments_.push_back({std::move(path), start, bufferLine(start)});
}

const SourceFile::Segment& SourceFile::segmentAt(uint32_t offset) const {
  auto it = std::upper_bound(segments_.begin(), segments_.end(), offset,
                             [](uint32_t o, const Segment& s) { return o < s.start; });
  return it == segments_.begin() ? segments_.front() : *(it - 1);
}

const std::string& SourceFile::pathAt(uint32_t offset) const {
  return segmentAt(offset).path;
}

uint32_t SourceFile::bufferLine(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return static_cast<uint32_t>(it - lineStarts_.begin());
}

uint32_t SourceFile::lineInFile(uint32_t bufferLine) const {
  if (bufferLine == 0 || bufferLine > lineStarts_.size())
    return bufferLine;
  return bufferLine - segmentAt(lineStarts_[bufferLine - 1]).firstLine + 1;
}

LineCol SourceFile::lineCol(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  uint32_t line = bufferLine(offset);
  uint32_t col = 1;
  for (uint32_t i = lineStarts_[line - 1]; i < offset; ++i) {
    // Count only bytes that start a UTF-8 sequence.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
      ++col;
  }
  return {lineInFile(line), col};
}

std::string_view SourceFile::lineText(uint32_t line) const {
  if (line == 0 || line > lineStarts_.size())
    return {};
  uint32_t start = lineStarts_[line - 1];
  uint32_t end =
      line < lineStarts_.size() ? lineStarts_[line] - 1 : static_cast<uint32_t>(text_.size());
  if (end > start && text_[end - 1] == '\r')
    --end;
  return std::string_view(text_).substr(start, end - start);
}

int64_t findInvalidUtf8(std::string_view text) {
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return static_cast<int64_t>(i);
    }
    if (i + len > n)
      return static_cast<int64_t>(i);
    for (int k = 1; k < len; ++k) {
      unsigned char cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80)
        return static_cast<int64_t>(i);
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Reject overlong encodings, surrogates and values past U+10FFFF.
    static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      return static_cast<int64_t>(i);
    }
    i += len;
  }
  return -1;
}

}  // namespace wr
