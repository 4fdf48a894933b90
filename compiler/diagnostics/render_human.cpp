// rustc-style terminal rendering (see render_human.h).
//
// Output is drawn on a grid of styled cells, one Unicode scalar per cell, in
// the same order rustc's emitter draws: later strokes (underlines) overwrite
// earlier ones (connector lines), which is what makes the layouts match. Only
// when the grid is printed do styles become ANSI escapes.
//
// Index:
//   [Text]        UTF-8 decoding, display widths, rustc's whitespace rules
//   [Grid]        the styled cell buffer
//   [Annotations] labels turned into per-line annotations
//   [Source]      one source line with its underlines and labels
//   [Snippet]     all annotated lines, `...` gaps, multi-line margins
//   [Suggestions] `help:` with the patched source
//   [Diagnostic]  header, location, children, summary
#include "compiler/diagnostics/render_human.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <string_view>

namespace wr {
namespace {

// ---------------------------------------------------------------- [Text]

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes the scalar at s[i] and advances i. A malformed sequence decodes as
// U+FFFD one byte at a time, so any bytes render.
char32_t decodeUtf8(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return kReplacementChar;
  }
  char32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xC0) != 0x80) {
      ++i;
      return kReplacementChar;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  i += len;
  return cp;
}

void appendUtf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

struct CodeRange {
  char32_t lo, hi;
};

// Terminals draw these two columns wide (East Asian Wide/Fullwidth and emoji
// blocks); underlines under them must be two carets wide, as rustc's are.
constexpr CodeRange kWide[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
    {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
    {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF},
    {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B},
    {0x1F240, 0x1F248}, {0x1F250, 0x1F251}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335},
    {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
    {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
    {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
    {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
    {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7},
    {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F93A},
    {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF}, {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD},
    {0x30000, 0x3FFFD},
};

// Combining marks and invisible format characters take no column.
constexpr CodeRange kZeroWidth[] = {
    {0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF},   {0x05C1, 0x05C2},
    {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F},   {0x0670, 0x0670},
    {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A},   {0x0E47, 0x0E4E},
    {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x2060, 0x2064},   {0x20D0, 0x20FF},
    {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF}, {0xE0001, 0xE007F}, {0xE0100, 0xE01EF},
};

template <size_t N>
bool inRanges(char32_t c, const CodeRange (&ranges)[N]) {
  auto it = std::upper_bound(std::begin(ranges), std::end(ranges), c,
                             [](char32_t v, const CodeRange& r) { return v < r.lo; });
  return it != std::begin(ranges) && c <= std::prev(it)->hi;
}

// Characters that reorder text in a terminal (the "Trojan Source" set).
bool isBidiControl(char32_t c) {
  return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Columns a scalar occupies once normalized (see appendNormalized).
size_t charWidth(char32_t c) {
  if (c == '\t')
    return 4;
  if (c <= 0x7F || isBidiControl(c))
    return 1;
  if (c == 0x200D || inRanges(c, kZeroWidth))
    return 0;
  return inRanges(c, kWide) ? 2 : 1;
}

// rustc prints tabs as four spaces, control characters as their visible
// "control picture", drops zero-width joiners and replaces bidi controls,
// so nothing in a message or source line can move the terminal's cursor.
void appendNormalized(std::u32string& out, char32_t c) {
  if (c == '\t') {
    out.append(4, U' ');
  } else if (c < 0x20) {
    out += static_cast<char32_t>(0x2400 + c);
  } else if (c == 0x7F) {
    out += char32_t{0x2421};
  } else if (isBidiControl(c)) {
    out += kReplacementChar;
  } else if (c != 0x200D) {
    out += c;
  }
}

std::u32string normalized(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();)
    appendNormalized(out, decodeUtf8(s, i));
  return out;
}

size_t displayWidth(std::string_view s) {
  size_t w = 0;
  for (size_t i = 0; i < s.size();)
    w += charWidth(decodeUtf8(s, i));
  return w;
}

size_t scalarCount(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n)
    decodeUtf8(s, i);
  return n;
}

// Rust's char::is_whitespace (after normalization tabs are spaces already).
bool isUnicodeSpace(char32_t c) {
  return c == U' ' || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

std::string_view trimmed(std::string_view s) {
  const char* ws = " \t\r\n";
  size_t b = s.find_first_not_of(ws);
  if (b == std::string_view::npos)
    return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

std::u32string rightAligned(uint32_t n, size_t width) {
  std::u32string digits = normalized(std::to_string(n));
  if (digits.size() < width)
    digits.insert(0, width - digits.size(), U' ');
  return digits;
}

// ---------------------------------------------------------------- [Grid]

// Style roles, as rustc names them; colors depend on the diagnostic level.
enum class Style : uint8_t {
  Plain,
  LineNumber,  // gutter, `-->`, `|`, `=`, `...`
  Level,       // `error[E0308]` / `warning`
  Bold,        // header message, `note`/`help` in `= note:`
  HelpLevel,   // `help` heading a suggestion
  UnderlinePrimary,
  UnderlineSecondary,
  LabelPrimary,
  LabelSecondary,
  Addition,
  Removal,
};

const char* ansi(Style s, Severity level) {
  const char* levelColor = level == Severity::Error ? "\x1b[1m\x1b[91m" : "\x1b[1m\x1b[33m";
  switch (s) {
    case Style::Plain:
      return "";
    case Style::LineNumber:
    case Style::UnderlineSecondary:
    case Style::LabelSecondary:
      return "\x1b[1m\x1b[94m";
    case Style::Level:
    case Style::UnderlinePrimary:
    case Style::LabelPrimary:
      return levelColor;
    case Style::Bold:
      return "\x1b[1m";
    case Style::HelpLevel:
      return "\x1b[1m\x1b[96m";
    case Style::Addition:
      return "\x1b[92m";
    case Style::Removal:
      return "\x1b[91m";
  }
  return "";
}

class Grid {
 public:
  size_t rows() const { return rows_.size(); }
  size_t width(size_t row) const { return row < rows_.size() ? rows_[row].size() : 0; }

  void putc(size_t row, size_t col, char32_t c, Style s) {
    std::vector<Cell>& r = rowAt(row);
    if (r.size() <= col)
      r.resize(col + 1, Cell{U' ', Style::Plain});
    r[col] = Cell{c, s};
  }
  void puts(size_t row, size_t col, std::u32string_view text, Style s) {
    for (char32_t c : text)
      putc(row, col++, c, s);
  }
  void append(size_t row, std::u32string_view text, Style s) { puts(row, width(row), text, s); }
  void restyle(size_t row, size_t from, size_t to, Style s) {
    if (row >= rows_.size())
      return;
    for (size_t c = from; c < to && c < rows_[row].size(); ++c) {
      rows_[row][c].style = s;
    }
  }

  // Consecutive cells of one style share one escape sequence, as in rustc.
  std::string render(bool color, Severity level) const {
    std::string out;
    for (const std::vector<Cell>& r : rows_) {
      for (size_t i = 0; i < r.size();) {
        size_t j = i;
        while (j < r.size() && r[j].style == r[i].style)
          ++j;
        const char* on = color ? ansi(r[i].style, level) : "";
        out += on;
        for (size_t k = i; k < j; ++k)
          appendUtf8(out, r[k].ch);
        if (*on)
          out += "\x1b[0m";
        i = j;
      }
      out += '\n';
    }
    return out;
  }

 private:
  struct Cell {
    char32_t ch;
    Style style;
  };
  std::vector<Cell>& rowAt(size_t row) {
    if (rows_.size() <= row)
      rows_.resize(row + 1);
    return rows_[row];
  }
  std::vector<std::vector<Cell>> rows_;
};

// Appends a possibly multi-line message; continuation lines are indented by
// `indent` so they line up after the `error: ` / `= note: ` prefix.
void appendMessage(Grid& g, size_t row, std::string_view msg, size_t indent, Style s) {
  for (size_t line = 0;; ++line) {
    size_t nl = msg.find('\n');
    if (line > 0)
      g.append(row + line, std::u32string(indent, U' '), Style::Plain);
    g.append(row + line, normalized(msg.substr(0, nl)), s);
    if (nl == std::string_view::npos)
      break;
    msg.remove_prefix(nl + 1);
  }
}

// ---------------------------------------------------------- [Annotations]

// Where a byte offset falls: 1-based line, 0-based display column and
// 0-based scalar index within the line.
struct Pos {
  uint32_t line = 1;
  size_t col = 0;
  size_t chr = 0;
};

uint32_t clampOffset(const SourceFile& f, uint32_t offset) {
  return std::min<uint32_t>(offset, static_cast<uint32_t>(f.text().size()));
}

Span clampSpan(const SourceFile& f, Span s) {
  uint32_t lo = clampOffset(f, s.lo);
  return {lo, std::max(lo, clampOffset(f, s.hi))};
}

Pos position(const SourceFile& f, uint32_t offset) {
  offset = clampOffset(f, offset);
  uint32_t line = f.bufferLine(offset);
  std::string_view text = f.lineText(line);
  size_t n = std::min<size_t>(offset - f.lineStart(line), text.size());
  std::string_view prefix = text.substr(0, n);
  return {line, displayWidth(prefix), scalarCount(prefix)};
}

// How an annotation sits on its line: a plain span, the first or last line
// of a multi-line span, or a line in between (only the margin bar).
enum class AnnKind : uint8_t { Single, Start, End, Middle };

struct Ann {
  AnnKind kind = AnnKind::Single;
  size_t depth = 0;  // margin column of a multi-line span, from 1
  size_t start = 0;  // display columns, [start, end)
  size_t end = 0;
  size_t startChar = 0;
  bool primary = false;
  std::u32string label;
  size_t labelBytes = 0;  // rustc pads label collisions by byte length

  bool hasLabel() const { return !label.empty(); }
  bool takesSpace() const { return kind == AnnKind::Start || kind == AnnKind::End; }
  size_t len() const { return start > end ? start - end : end - start; }
  Style underline() const { return primary ? Style::UnderlinePrimary : Style::UnderlineSecondary; }
  Style labelStyle() const { return primary ? Style::LabelPrimary : Style::LabelSecondary; }
};

struct AnnLine {
  uint32_t line;
  std::vector<Ann> anns;
};

struct MultiSpan {
  Pos lo, hi;
  bool primary = false;
  std::u32string label;
  size_t labelBytes = 0;
  size_t depth = 1;
  bool overlapsExactly = false;

  bool sameSpan(const MultiSpan& o) const {
    return lo.line == o.lo.line && hi.line == o.hi.line && lo.col == o.lo.col && hi.col == o.hi.col;
  }
  bool operator==(const MultiSpan& o) const {
    return sameSpan(o) && primary == o.primary && label == o.label && depth == o.depth &&
           overlapsExactly == o.overlapsExactly;
  }
  Ann asStart() const {
    return {AnnKind::Start, depth, lo.col, lo.col + 1, lo.chr, primary, {}, 0};
  }
  Ann asEnd() const {
    size_t s = hi.col > 0 ? hi.col - 1 : 0;
    size_t c = hi.chr > 0 ? hi.chr - 1 : 0;
    return {AnnKind::End, depth, s, hi.col, c, primary, label, labelBytes};
  }
  Ann asMiddle() const { return {AnnKind::Middle, depth, 0, 0, 0, primary, {}, 0}; }
};

// The annotated lines of one diagnostic, in line order.
struct Snippet {
  std::vector<AnnLine> lines;
  size_t maxDepth = 0;
};

void addAnn(std::vector<AnnLine>& lines, uint32_t line, Ann ann) {
  auto it = std::lower_bound(lines.begin(), lines.end(), line,
                             [](const AnnLine& l, uint32_t v) { return l.line < v; });
  if (it == lines.end() || it->line != line)
    it = lines.insert(it, {line, {}});
  it->anns.push_back(std::move(ann));
}

// Nested or overlapping multi-line spans get distinct margin columns
// (depth 1 is the leftmost).
void assignDepths(std::vector<MultiSpan>& ms) {
  std::stable_sort(ms.begin(), ms.end(), [](const auto& a, const auto& b) {
    if (a.lo.line != b.lo.line)
      return a.lo.line < b.lo.line;
    return a.hi.line > b.hi.line;
  });
  const std::vector<MultiSpan> before = ms;
  for (const MultiSpan& m : before) {
    for (MultiSpan& other : ms) {
      bool overlap = (other.lo.line <= m.lo.line && m.lo.line <= other.hi.line) ||
                     (m.lo.line <= other.lo.line && other.lo.line <= m.hi.line);
      if (!m.sameSpan(other) && overlap) {
        ++other.depth;
      } else if (m.sameSpan(other) && !(m == other)) {
        other.overlapsExactly = true;
      } else {
        break;
      }
    }
  }
  // Outer spans were pushed right; flip so that the earliest-starting span
  // takes the leftmost margin column and fewer bars cross.
  size_t deepest = 0;
  for (const MultiSpan& m : ms)
    deepest = std::max(deepest, m.depth);
  for (MultiSpan& m : ms)
    m.depth = deepest - m.depth + 1;
}

// Blank lines, non-doc comments and lone delimiters carry no information,
// so rustc leaves them out of a multi-line span's shown lines.
bool isInformative(std::string_view line) {
  std::string_view t = trimmed(line);
  if (t.starts_with("//") && !t.starts_with("///") && !t.starts_with("//!")) {
    return false;
  }
  return !(t.empty() || t == "{" || t == "}" || t == "(" || t == ")" || t == "[" || t == "]");
}

// A multi-line span shows its first line, up to three more, the line before
// its last (if informative) and its last line.
void addMultiSpan(const SourceFile& f, std::vector<AnnLine>& lines, const MultiSpan& m) {
  Ann end = m.asEnd();
  if (m.overlapsExactly) {
    end.kind = AnnKind::Single;
  } else {
    addAnn(lines, m.lo.line, m.asStart());
    uint32_t middle = std::min(m.lo.line + 4, m.hi.line);
    uint32_t until = m.lo.line;
    for (uint32_t l = middle; l-- > m.lo.line;) {
      if (isInformative(f.lineText(l))) {
        until = l + 1;
        break;
      }
    }
    for (uint32_t l = m.lo.line + 1; l < until; ++l) {
      addAnn(lines, l, m.asMiddle());
    }
    uint32_t beforeEnd = m.hi.line - 1;
    if (middle < beforeEnd && isInformative(f.lineText(beforeEnd))) {
      addAnn(lines, beforeEnd, m.asMiddle());
    }
  }
  addAnn(lines, m.hi.line, std::move(end));
}

Snippet collectSnippet(const SourceFile& f, const std::vector<Label>& labels) {
  Snippet s;
  std::vector<MultiSpan> multi;
  for (const Label& l : labels) {
    Span sp = clampSpan(f, l.span);
    Pos lo = position(f, sp.lo), hi = position(f, sp.hi);
    std::u32string text = normalized(l.message);
    if (lo.line != hi.line) {
      multi.push_back({lo, hi, l.primary, text, l.message.size()});
      continue;
    }
    // An empty span still gets one caret.
    size_t end = hi.col == lo.col ? lo.col + 1 : hi.col;
    addAnn(s.lines, lo.line,
           {AnnKind::Single, 0, lo.col, end, lo.chr, l.primary, text, l.message.size()});
  }
  assignDepths(multi);
  for (const MultiSpan& m : multi) {
    s.maxDepth = std::max(s.maxDepth, m.depth);
    addMultiSpan(f, s.lines, m);
  }
  return s;
}

// -------------------------------------------------------------- [Source]

// Column geometry shared by every row of one diagnostic.
// Rows are placed by buffer line (all files in one buffer, source_file.h);
// `shift` turns one into the line number within the diagnostic's file.
struct Frame {
  size_t numWidth = 1;     // digits of the largest line number shown
  size_t widthOffset = 4;  // numWidth + 3: where code starts without margin
  size_t codeOffset = 4;   // widthOffset plus the multi-line margin
  uint32_t shift = 0;      // buffer line minus line in file
  Frame(size_t digits, size_t depth, uint32_t lineShift)
      : numWidth(digits),
        widthOffset(digits + 3),
        codeOffset(depth == 0 ? digits + 3 : digits + 4 + depth),
        shift(lineShift) {}
};

struct Bar {
  size_t depth;
  Style style;
};

void drawMarginBar(Grid& g, size_t row, const Frame& fr, Bar b) {
  g.putc(row, fr.widthOffset + b.depth - 1, U'|', b.style);
}

void drawCodeRow(Grid& g, const SourceFile& f, uint32_t line, size_t row, const Frame& fr) {
  g.puts(row, fr.codeOffset, normalized(f.lineText(line)), Style::Plain);
  g.puts(row, 0, rightAligned(line - fr.shift, fr.numWidth), Style::LineNumber);
  g.putc(row, fr.widthOffset - 2, U'|', Style::LineNumber);
}

// A span starting a line (after indentation only) is drawn as `/` in the
// margin instead of an underline row. Returns false when that does not apply.
bool drawShortStart(Grid& g,
                    const SourceFile& f,
                    const AnnLine& al,
                    size_t row,
                    const Frame& fr,
                    std::vector<Bar>& bars) {
  std::u32string text = normalized(f.lineText(al.line));
  std::vector<Bar> found;
  for (const Ann& a : al.anns) {
    if (a.kind == AnnKind::Middle)
      continue;
    if (a.kind != AnnKind::Start)
      return false;
    size_t n = std::min(a.start, text.size());
    if (!std::all_of(text.begin(), text.begin() + n, isUnicodeSpace)) {
      return false;
    }
    found.push_back({a.depth, a.underline()});
  }
  for (const Bar& b : found)
    g.putc(row, fr.widthOffset + b.depth - 1, U'/', b.style);
  bars = std::move(found);
  return true;
}

bool overlaps(const Ann& a, const Ann& b, size_t pad) {
  return (b.start <= a.start && a.start < b.end + pad) ||
         (a.start <= b.start && b.start < a.end + pad);
}

// rustc's placement: the rightmost label goes after its underline when
// nothing collides; every other label hangs one row lower than the one to
// its right, joined to its span by a `|`. Returns each annotation's row
// offset (0 = the underline row) and sets `rowsBelow`.
std::vector<size_t> placeLabels(const std::vector<Ann>& anns, size_t& rowsBelow) {
  std::vector<size_t> pos(anns.size());
  size_t p = 0, deepest = 0;
  for (size_t i = 0; i < anns.size(); ++i) {
    const Ann& a = anns[i];
    for (size_t j = i + 1; j < anns.size() && p == 0 && a.hasLabel(); ++j) {
      const Ann& n = anns[j];
      if (!overlaps(n, a, 0))
        continue;
      if (n.start == a.start && n.end == a.end && !n.hasLabel())
        continue;
      ++p;
    }
    pos[i] = p;
    for (size_t j = i + 1; j < anns.size(); ++j) {
      const Ann& n = anns[j];
      size_t pad = n.hasLabel() ? n.labelBytes + 2 : 0;
      bool collide = overlaps(n, a, pad);
      if ((collide && a.hasLabel() && n.hasLabel()) || (a.takesSpace() && n.hasLabel()) ||
          (a.hasLabel() && n.takesSpace()) || (a.takesSpace() && n.takesSpace()) ||
          (collide && n.end <= a.end && n.hasLabel() && p == 0)) {
        ++p;
        break;
      }
    }
    deepest = std::max(deepest, p);
  }
  rowsBelow = deepest == 0 ? 0 : deepest + 1;
  // Several multi-line starts on one line: reverse so their bars do not cross.
  bool allStarts =
      std::all_of(anns.begin(), anns.end(), [](const Ann& a) { return a.kind == AnnKind::Start; });
  if (allStarts && !pos.empty()) {
    size_t top = *std::max_element(pos.begin(), pos.end());
    for (size_t& q : pos)
      q = top - q;
    rowsBelow = rowsBelow > 0 ? rowsBelow - 1 : 0;
  }
  return pos;
}

// The `___` joining a multi-line span's first or last line to its margin.
void drawHorizontals(Grid& g,
                     const std::vector<Ann>& anns,
                     const std::vector<size_t>& pos,
                     size_t row,
                     const Frame& fr) {
  for (size_t i = 0; i < anns.size(); ++i) {
    const Ann& a = anns[i];
    if (!a.takesSpace())
      continue;
    for (size_t c = fr.widthOffset + a.depth; c < fr.codeOffset + a.start; ++c) {
      g.putc(row + pos[i] + 1, c, U'_', a.underline());
    }
  }
}

// The `|` from an underline down to its hanging label, and the margin bars
// of multi-line spans; drawn after every `___` so that they cross on top.
void drawVerticals(Grid& g,
                   const std::vector<Ann>& anns,
                   const std::vector<size_t>& pos,
                   size_t row,
                   size_t rowsBelow,
                   const Frame& fr) {
  for (size_t i = 0; i < anns.size(); ++i) {
    const Ann& a = anns[i];
    size_t p = pos[i] + 1;
    if (p > 1 && (a.hasLabel() || a.takesSpace())) {
      for (size_t r = row + 1; r <= row + p; ++r) {
        g.putc(r, fr.codeOffset + a.start, U'|', a.underline());
      }
    }
    size_t margin = fr.widthOffset + a.depth - 1;
    if (a.kind == AnnKind::Start) {
      g.putc(row + p, margin, U' ', a.underline());
      for (size_t r = row + p + 1; r < row + rowsBelow + 2; ++r) {
        g.putc(r, margin, U'|', a.underline());
      }
    } else if (a.kind == AnnKind::End) {
      for (size_t r = row; r <= row + p; ++r)
        g.putc(r, margin, U'|', a.underline());
    }
  }
}

void drawLabels(Grid& g,
                const std::vector<Ann>& anns,
                const std::vector<size_t>& pos,
                size_t row,
                const Frame& fr) {
  for (size_t i = 0; i < anns.size(); ++i) {
    const Ann& a = anns[i];
    if (!a.hasLabel())
      continue;
    size_t r = pos[i] == 0 ? row + 1 : row + pos[i] + 2;
    size_t c = pos[i] != 0 ? a.start : a.end == 0 ? 2 : a.end + 1;
    g.puts(r, fr.codeOffset + c, a.label, a.labelStyle());
  }
}

// Longer spans first so shorter ones stay visible on top; the primary wins
// a tie.
void drawUnderlines(Grid& g, std::vector<Ann> anns, size_t row, const Frame& fr) {
  std::stable_sort(anns.begin(), anns.end(), [](const Ann& a, const Ann& b) {
    if (a.len() != b.len())
      return a.len() > b.len();
    return !a.primary && b.primary;
  });
  for (const Ann& a : anns) {
    char32_t mark = a.primary ? U'^' : U'-';
    for (size_t c = a.start; c < a.end; ++c) {
      g.putc(row + 1, fr.codeOffset + c, mark, a.underline());
    }
  }
}

// Draws one annotated source line and the rows under it. Returns the margin
// bars that open or close on this line.
std::vector<Bar> renderSourceLine(Grid& g,
                                  const SourceFile& f,
                                  const AnnLine& al,
                                  const Frame& fr) {
  size_t row = g.rows();
  drawCodeRow(g, f, al.line, row, fr);
  std::vector<Bar> bars;
  if (al.anns.empty() || drawShortStart(g, f, al, row, fr, bars))
    return bars;

  std::vector<Ann> anns = al.anns;
  std::stable_sort(anns.begin(), anns.end(), [](const Ann& a, const Ann& b) {
    return a.start != b.start ? a.start > b.start : a.startChar > b.startChar;
  });
  size_t rowsBelow = 0;
  std::vector<size_t> pos = placeLabels(anns, rowsBelow);
  for (size_t r = 0; r <= rowsBelow; ++r) {
    g.putc(row + r + 1, fr.widthOffset - 2, U'|', Style::LineNumber);
  }
  drawHorizontals(g, anns, pos, row, fr);
  drawVerticals(g, anns, pos, row, rowsBelow, fr);
  drawLabels(g, anns, pos, row, fr);
  drawUnderlines(g, anns, row, fr);
  for (const Ann& a : anns) {
    if (a.takesSpace())
      bars.push_back({a.depth, a.labelStyle()});
  }
  return bars;
}

// ------------------------------------------------------------- [Snippet]

// Between two annotated lines: nothing, the single line in between, or `...`.
void drawGap(Grid& g,
             const SourceFile& f,
             const AnnLine& cur,
             uint32_t nextLine,
             const std::vector<Bar>& open,
             const Frame& fr) {
  uint32_t delta = nextLine - cur.line;
  if (delta < 2)
    return;
  size_t row = g.rows();
  if (delta == 2) {
    drawCodeRow(g, f, cur.line + 1, row, fr);
  } else {
    g.puts(row, 0, U"...", Style::LineNumber);
  }
  for (const Bar& b : open)
    drawMarginBar(g, row, fr, b);
  for (const Ann& a : cur.anns) {
    if (a.kind == AnnKind::Start)
      drawMarginBar(g, row, fr, {a.depth, a.underline()});
  }
}

void renderSnippet(Grid& g, const SourceFile& f, const Snippet& s, const Frame& fr) {
  std::vector<Bar> open;
  for (size_t i = 0; i < s.lines.size(); ++i) {
    size_t first = g.rows();
    std::vector<Bar> opening;
    for (const Bar& b : renderSourceLine(g, f, s.lines[i], fr)) {
      auto it =
          std::find_if(open.begin(), open.end(), [&](const Bar& o) { return o.depth == b.depth; });
      if (it != open.end()) {
        open.erase(it);
      } else if (std::none_of(opening.begin(), opening.end(),
                              [&](const Bar& o) { return o.depth == b.depth; })) {
        opening.push_back(b);
      }
    }
    for (const Bar& b : open) {
      for (size_t r = first; r < g.rows(); ++r)
        drawMarginBar(g, r, fr, b);
    }
    if (i + 1 < s.lines.size())
      drawGap(g, f, s.lines[i], s.lines[i + 1].line, open, fr);
    open.insert(open.end(), opening.begin(), opening.end());
  }
}

uint32_t lastLine(const Snippet& s) {
  return s.lines.empty() ? 0 : s.lines.back().line;
}

// --------------------------------------------------------- [Suggestions]

enum class ShowAs : uint8_t {
  Underline,  // the patched line with `+++` under the inserted text
  Diff,       // `- old` / `+ new` rows, for removals and rewrites
  AddLines,   // whole new lines, `+ line`
  Lines,      // a multi-line rewrite, one marked row per patched line
};

// A suggestion reduced to what actually changes, as rustc does before
// showing it: replacing `x` by `mut x` is shown as inserting `mut `.
struct Patch {
  Span span;
  std::string text;
  ShowAs show = ShowAs::Underline;
  uint32_t firstLine = 1;
  uint32_t lastOldLine = 1;
  std::string before;   // the affected lines before the change
  std::string after;    // the same lines after it
  size_t insertAt = 0;  // byte offset of `text` within `after`
};

// If `sugg` is `orig` with text inserted in one place, returns where.
bool findInsertion(std::string_view orig,
                   std::string_view sugg,
                   size_t& prefix,
                   std::string_view& inserted) {
  size_t i = 0, j = 0;
  while (i < orig.size() && j < sugg.size()) {
    size_t ni = i, nj = j;
    if (decodeUtf8(orig, ni) != decodeUtf8(sugg, nj))
      break;
    i = ni;
    j = nj;
  }
  std::string_view rest = orig.substr(i), tail = sugg.substr(i);
  if (!tail.ends_with(rest))
    return false;
  prefix = i;
  inserted = tail.substr(0, tail.size() - rest.size());
  return true;
}

ShowAs classify(const SourceFile& f, const Patch& p) {
  std::string_view old = f.text().substr(p.span.lo, p.span.hi - p.span.lo);
  bool multiline = p.after.find('\n') != std::string::npos;
  if (p.span.empty() && p.text.ends_with('\n') && multiline && position(f, p.span.lo).col == 0) {
    return ShowAs::AddLines;
  }
  if (multiline)
    return ShowAs::Lines;
  size_t prefix = 0;
  std::string_view inserted;
  bool destructive =
      !old.empty() &&
      (p.text.empty() || !findInsertion(trimmed(old), trimmed(p.text), prefix, inserted));
  return destructive ? ShowAs::Diff : ShowAs::Underline;
}

Patch makePatch(const SourceFile& f, const Suggestion& s) {
  Patch p;
  p.span = clampSpan(f, s.span);
  p.text = s.replacement;
  std::string_view old = f.text().substr(p.span.lo, p.span.hi - p.span.lo);
  size_t prefix = 0;
  std::string_view inserted;
  if (!p.text.empty() && findInsertion(old, p.text, prefix, inserted)) {
    uint32_t at = p.span.lo + static_cast<uint32_t>(prefix);
    p.span = {at, at};
    p.text = std::string(inserted);
  }
  p.firstLine = position(f, p.span.lo).line;
  p.lastOldLine = position(f, p.span.hi).line;
  uint32_t from = f.lineStart(p.firstLine);
  uint32_t to =
      f.lineStart(p.lastOldLine) + static_cast<uint32_t>(f.lineText(p.lastOldLine).size());
  to = std::max(to, p.span.hi);
  p.before = std::string(f.text().substr(from, to - from));
  p.insertAt = p.span.lo - from;
  p.after = p.before.substr(0, p.insertAt) + p.text + p.before.substr(p.span.hi - from);
  p.show = classify(f, p);
  return p;
}

uint32_t lastPatchLine(const Patch& p) {
  auto newlines = std::count(p.after.begin(), p.after.end(), '\n');
  return std::max(p.lastOldLine, p.firstLine + static_cast<uint32_t>(newlines));
}

void drawSeparator(Grid& g, size_t row, const Frame& fr) {
  g.putc(row, fr.numWidth + 1, U'|', Style::LineNumber);
}

// One suggestion row: line number, a marker (`| `, `+ `, `- `), the code.
size_t drawPatchRow(Grid& g,
                    uint32_t line,
                    std::u32string_view marker,
                    Style markerStyle,
                    std::string_view code,
                    const Frame& fr) {
  size_t row = g.rows();
  g.puts(row, 0, rightAligned(line - fr.shift, fr.numWidth), Style::LineNumber);
  g.puts(row, fr.numWidth + 1, marker, markerStyle);
  g.append(row, normalized(code), Style::Plain);
  return row;
}

// Restyles the cells showing bytes [from, to) of `code` drawn on `row`.
void highlight(Grid& g,
               size_t row,
               std::string_view code,
               size_t from,
               size_t to,
               Style s,
               const Frame& fr) {
  from = std::min(from, code.size());
  to = std::min(std::max(from, to), code.size());
  size_t a = normalized(code.substr(0, from)).size();
  size_t b = normalized(code.substr(0, to)).size();
  g.restyle(row, fr.numWidth + 3 + a, fr.numWidth + 3 + b, s);
}

void showUnderline(Grid& g, const Patch& p, const Frame& fr) {
  size_t row = drawPatchRow(g, p.firstLine, U"| ", Style::LineNumber, p.after, fr);
  highlight(g, row, p.after, p.insertAt, p.insertAt + p.text.size(), Style::Addition, fr);
  std::string_view text = p.text;
  std::string_view mark = trimmed(text).empty() ? text : trimmed(text);
  size_t lead = trimmed(text).empty() ? 0 : text.find(mark);
  size_t col = displayWidth(std::string_view(p.after).substr(0, p.insertAt)) + lead;
  // A rewrite that only differs in whitespace is not an insertion: `~`.
  char32_t sign = p.span.empty() ? U'+' : U'~';
  drawSeparator(g, row + 1, fr);
  for (size_t i = 0, w = displayWidth(mark); i < w; ++i) {
    g.putc(row + 1, fr.numWidth + 3 + col + i, sign, Style::Addition);
  }
}

std::vector<std::string_view> splitLines(std::string_view s) {
  std::vector<std::string_view> out;
  for (size_t nl; (nl = s.find('\n')) != std::string_view::npos;) {
    out.push_back(s.substr(0, nl));
    s.remove_prefix(nl + 1);
  }
  out.push_back(s);
  return out;
}

// Highlights the part of [from, to) (offsets into the joined text) that
// falls on the line starting at `lineStart`.
void highlightPart(Grid& g,
                   size_t row,
                   std::string_view line,
                   size_t lineStart,
                   size_t from,
                   size_t to,
                   Style s,
                   const Frame& fr) {
  size_t a = std::max(from, lineStart), b = std::min(to, lineStart + line.size());
  if (a < b)
    highlight(g, row, line, a - lineStart, b - lineStart, s, fr);
}

void showDiff(Grid& g, const Patch& p, const Frame& fr) {
  size_t start = 0;
  uint32_t line = p.firstLine;
  size_t removedEnd = p.insertAt + (p.span.hi - p.span.lo);
  for (std::string_view l : splitLines(p.before)) {
    size_t row = drawPatchRow(g, line++, U"- ", Style::Removal, l, fr);
    highlightPart(g, row, l, start, p.insertAt, removedEnd, Style::Removal, fr);
    start += l.size() + 1;
  }
  if (!trimmed(p.after).empty()) {
    size_t row = drawPatchRow(g, p.firstLine, U"+ ", Style::Addition, p.after, fr);
    highlight(g, row, p.after, p.insertAt, p.insertAt + p.text.size(), Style::Addition, fr);
  }
  drawSeparator(g, g.rows(), fr);
}

void showAddedLines(Grid& g, const Patch& p, const Frame& fr) {
  std::string_view text(p.text);
  text.remove_suffix(1);  // the final newline ends the last added line
  uint32_t line = p.firstLine;
  for (std::string_view l : splitLines(text)) {
    std::u32string row = U"+ " + normalized(l);
    size_t r = g.rows();
    g.puts(r, 0, rightAligned(line++, fr.numWidth), Style::LineNumber);
    g.puts(r, fr.numWidth + 1, row, Style::Addition);
  }
  drawSeparator(g, g.rows(), fr);
}

// Lines wholly new get `+`, changed lines `~`, untouched lines `|`.
void showLines(Grid& g, const Patch& p, const Frame& fr) {
  size_t start = 0, insEnd = p.insertAt + p.text.size();
  uint32_t line = p.firstLine;
  for (std::string_view l : splitLines(p.after)) {
    size_t end = start + l.size();
    bool touched = p.insertAt < end + 1 && insEnd > start && !p.text.empty();
    bool whole = !l.empty() && p.insertAt <= start && insEnd >= end;
    std::u32string_view marker = whole ? U"+ " : touched ? U"~ " : U"| ";
    Style style = whole || touched ? Style::Addition : Style::LineNumber;
    drawPatchRow(g, line++, marker, style, l, fr);
    start = end + 1;
  }
  drawSeparator(g, g.rows(), fr);
}

void renderSuggestion(Grid& g, const Help& h, const Patch& p, const Frame& fr) {
  size_t row = g.rows();
  g.append(row, U"help", Style::HelpLevel);
  g.append(row, U": ", Style::Plain);
  appendMessage(g, row, h.message, 6, Style::Plain);
  drawSeparator(g, g.rows(), fr);
  switch (p.show) {
    case ShowAs::Underline:
      return showUnderline(g, p, fr);
    case ShowAs::Diff:
      return showDiff(g, p, fr);
    case ShowAs::AddLines:
      return showAddedLines(g, p, fr);
    case ShowAs::Lines:
      return showLines(g, p, fr);
  }
}

// ---------------------------------------------------------- [Diagnostic]

void renderHeader(Grid& g, const Diagnostic& d) {
  std::u32string level = d.severity() == Severity::Error ? U"error" : U"warning";
  if (*d.code())
    level += U"[" + normalized(d.code()) + U"]";
  g.append(0, level, Style::Level);
  g.append(0, U": ", Style::Bold);
  appendMessage(g, 0, d.message, level.size() + 2, Style::Bold);
}

void renderLocation(Grid& g, const SourceFile& f, const Diagnostic& d, const Frame& fr) {
  LineCol lc = f.lineCol(clampOffset(f, d.primarySpan().lo));
  size_t row = g.rows();
  g.puts(row, fr.numWidth, U"--> ", Style::LineNumber);
  g.append(row,
           normalized(f.pathAt(clampOffset(f, d.primarySpan().lo)) + ":" + std::to_string(lc.line) +
                      ":" + std::to_string(lc.col)),
           Style::Plain);
  drawSeparator(g, row + 1, fr);
}

void renderNote(Grid& g, std::u32string_view kind, const std::string& msg, const Frame& fr) {
  size_t row = g.rows();
  g.puts(row, fr.numWidth + 1, U"= ", Style::LineNumber);
  g.append(row, kind, Style::Bold);
  g.append(row, U": ", Style::Plain);
  appendMessage(g, row, msg, fr.numWidth + 3 + kind.size() + 2, Style::Plain);
}

// rustc's order: notes and plain helps, then suggestions.
void renderChildren(Grid& g,
                    const Diagnostic& d,
                    const std::vector<Patch>& patches,
                    const Frame& fr) {
  if (d.notes.empty() && d.helps.empty())
    return;
  drawSeparator(g, g.rows(), fr);
  for (const std::string& n : d.notes)
    renderNote(g, U"note", n, fr);
  for (const Help& h : d.helps) {
    if (!h.suggestion)
      renderNote(g, U"help", h.message, fr);
  }
  size_t next = 0;
  for (const Help& h : d.helps) {
    if (h.suggestion)
      renderSuggestion(g, h, patches[next++], fr);
  }
}

std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string oneStyledLine(std::u32string_view level,
                          Severity sev,
                          const std::string& msg,
                          bool color) {
  Grid g;
  if (!level.empty()) {
    g.append(0, level, Style::Level);
    g.append(0, U": ", Style::Bold);
  }
  g.append(0, normalized(msg), Style::Bold);
  return g.render(color, sev);
}

std::string explainHint(const std::set<std::string>& codes, bool color) {
  const std::string& first = *codes.begin();
  std::string tail = "try `wasmrust explain " + first + "`.";
  if (codes.size() == 1) {
    return oneStyledLine({}, Severity::Error, "For more information about this error, " + tail,
                         color);
  }
  std::string list;
  size_t shown = 0;
  for (const std::string& c : codes) {
    if (shown++ == 9)
      break;
    list += (list.empty() ? "" : ", ") + c;
  }
  std::string some =
      "Some errors have detailed explanations: " + list + (codes.size() > 9 ? "..." : ".");
  return oneStyledLine({}, Severity::Error, some, color) +
         oneStyledLine({}, Severity::Error, "For more information about an error, " + tail, color);
}

}  // namespace

std::string renderHuman(const SourceFile& file, const Diagnostic& d, bool color) {
  // One snippet shows one file: labels in another file (a module file's
  // item named from the main file) are left out.
  uint32_t home = clampOffset(file, d.primarySpan().lo);
  std::vector<Label> labels;
  for (const Label& l : d.labels) {
    if (file.sameFile(home, clampOffset(file, l.span.lo)))
      labels.push_back(l);
  }
  Snippet snippet = collectSnippet(file, labels);
  std::vector<Patch> patches;
  uint32_t shift = file.bufferLine(home) - file.lineCol(home).line;
  uint32_t maxLine = lastLine(snippet);
  for (const Help& h : d.helps) {
    if (!h.suggestion)
      continue;
    patches.push_back(makePatch(file, *h.suggestion));
    maxLine = std::max(maxLine, lastPatchLine(patches.back()));
  }
  Frame fr(std::to_string(maxLine > shift ? maxLine - shift : maxLine).size(), snippet.maxDepth,
           shift);
  Grid g;
  renderHeader(g, d);
  if (!snippet.lines.empty()) {
    renderLocation(g, file, d, fr);
    renderSnippet(g, file, snippet, fr);
  }
  renderChildren(g, d, patches, fr);
  return g.render(color, d.severity());
}

std::string renderSummary(const std::vector<Diagnostic>& ds, bool color) {
  size_t errors = 0, warnings = 0;
  std::set<std::string> codes;
  for (const Diagnostic& d : ds) {
    if (d.severity() != Severity::Error) {
      ++warnings;
      continue;
    }
    ++errors;
    if (*d.code())
      codes.insert(d.code());
  }
  std::string emitted = plural(warnings, "warning") + " emitted";
  if (errors == 0) {
    return warnings == 0 ? std::string()
                         : oneStyledLine(U"warning", Severity::Warning, emitted, color) + "\n";
  }
  std::string msg =
      "aborting due to " +
      (errors == 1 ? std::string("1 previous error") : std::to_string(errors) + " previous errors");
  if (warnings > 0)
    msg += "; " + emitted;
  std::string out = oneStyledLine(U"error", Severity::Error, msg, color) + "\n";
  if (!codes.empty())
    out += explainHint(codes, color);
  return out;
}

std::string renderHumanAll(const SourceFile& file, const std::vector<Diagnostic>& ds, bool color) {
  std::string out;
  for (const Diagnostic& d : ds)
    out += renderHuman(file, d, color) + "\n";
  return out + renderSummary(ds, color);
}

}  // namespace wr
