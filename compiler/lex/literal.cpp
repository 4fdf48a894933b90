// Decoding of string and character literals (escapes, raw strings, byte
// literals). The lexer only finds a literal's extent; the parser calls these
// when it builds the literal's AST node.
#include <string_view>

#include "compiler/lex/lexer.h"

namespace wr {

namespace {

struct Escape {
  uint32_t value;
  uint32_t length;  // bytes consumed, including the backslash
  bool ok;
};

uint32_t hexValue(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return 16;
}

// Decodes the escape starting at text[i] == '\\'.
Escape decodeEscape(std::string_view text, size_t i, bool isByte) {
  char c = i + 1 < text.size() ? text[i + 1] : '\0';
  switch (c) {
    case 'n':
      return {'\n', 2, true};
    case 'r':
      return {'\r', 2, true};
    case 't':
      return {'\t', 2, true};
    case '\\':
      return {'\\', 2, true};
    case '0':
      return {0, 2, true};
    case '\'':
      return {'\'', 2, true};
    case '"':
      return {'"', 2, true};
    case 'x': {
      if (i + 3 >= text.size() + 0 && i + 3 > text.size())
        return {0, 2, false};
      uint32_t hi = i + 2 < text.size() ? hexValue(text[i + 2]) : 16;
      uint32_t lo = i + 3 < text.size() ? hexValue(text[i + 3]) : 16;
      if (hi > 15 || lo > 15)
        return {0, 2, false};
      uint32_t v = hi * 16 + lo;
      if (!isByte && v > 0x7F)
        return {0, 4, false};  // only ASCII in str
      return {v, 4, true};
    }
    case 'u': {
      if (isByte || i + 2 >= text.size() || text[i + 2] != '{')
        return {0, 2, false};
      uint32_t v = 0;
      size_t k = i + 3;
      int digits = 0;
      while (k < text.size() && text[k] != '}') {
        if (text[k] != '_') {
          uint32_t h = hexValue(text[k]);
          if (h > 15 || ++digits > 6)
            return {0, static_cast<uint32_t>(k - i), false};
          v = v * 16 + h;
        }
        ++k;
      }
      if (k >= text.size() || digits == 0)
        return {0, static_cast<uint32_t>(k - i), false};
      bool valid = v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF);
      return {v, static_cast<uint32_t>(k + 1 - i), valid};
    }
    default:
      return {0, 2, false};
  }
}

void reportEscape(DiagnosticEngine& diags,
                  Span lit,
                  size_t at,
                  uint32_t len,
                  std::string_view text) {
  uint32_t lo = lit.lo + static_cast<uint32_t>(at);
  std::string shown(text.substr(at, len));
  diags.emit(DiagKind::InvalidEscape, "unknown character escape: `" + shown + "`")
      .primary({lo, lo + len}, "unknown character escape")
      .help(
          "if you meant to write a literal backslash (perhaps escaping in a regular expression), "
          "consider a raw string literal");
}

}  // namespace

std::string decodeStringLiteral(const SourceFile& file, Span span, DiagnosticEngine& diags) {
  std::string_view text = file.text().substr(span.lo, span.hi - span.lo);
  bool isByte = !text.empty() && text[0] == 'b';
  size_t i = isByte ? 1 : 0;
  if (i < text.size() && text[i] == 'r') {  // raw: no escapes
    ++i;
    size_t hashes = 0;
    while (i < text.size() && text[i] == '#')
      ++hashes, ++i;
    size_t bodyStart = i + 1;
    size_t bodyEnd = text.size() >= hashes + 1 ? text.size() - hashes - 1 : bodyStart;
    if (bodyEnd < bodyStart)
      return {};
    return std::string(text.substr(bodyStart, bodyEnd - bodyStart));
  }
  std::string out;
  ++i;  // opening quote
  size_t end =
      text.size() >= 1 && text.back() == '"' && text.size() > i ? text.size() - 1 : text.size();
  while (i < end) {
    char c = text[i];
    if (c != '\\') {
      if (c != '\r')
        out += c;  // CRLF line endings become LF, as in rustc
      ++i;
      continue;
    }
    if (i + 1 < end && (text[i + 1] == '\n' || text[i + 1] == '\r')) {
      // Line continuation: skip the newline and leading whitespace.
      i += 1;
      while (i < end && (text[i] == '\n' || text[i] == '\r' || text[i] == ' ' || text[i] == '\t'))
        ++i;
      continue;
    }
    Escape e = decodeEscape(text, i, isByte);
    if (!e.ok) {
      reportEscape(diags, span, i, std::min<uint32_t>(e.length, static_cast<uint32_t>(end - i)),
                   text);
    } else if (isByte) {
      out += static_cast<char>(e.value);
    } else {
      appendUtf8(out, e.value);
    }
    i += e.length;
  }
  return out;
}

uint32_t decodeCharLiteral(const SourceFile& file, Span span, DiagnosticEngine& diags) {
  std::string_view text = file.text().substr(span.lo, span.hi - span.lo);
  bool isByte = !text.empty() && text[0] == 'b';
  size_t i = isByte ? 2 : 1;
  if (i >= text.size())
    return 0;
  size_t end = text.back() == '\'' && text.size() > i ? text.size() - 1 : text.size();
  uint32_t value = 0;
  size_t used = 0;
  if (text[i] == '\\') {
    Escape e = decodeEscape(text, i, isByte);
    if (!e.ok) {
      reportEscape(diags, span, i, std::min<uint32_t>(e.length, static_cast<uint32_t>(end - i)),
                   text);
      return 0;
    }
    value = e.value;
    used = e.length;
  } else {
    unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    value = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len && i + k < text.size(); ++k) {
      value = (value << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    }
    used = len;
  }
  if (i + used != end) {
    diags.emit(DiagKind::InvalidCharLiteral, "character literal may only contain one codepoint")
        .primary(span)
        .help("if you meant to write a string literal, use double quotes");
  }
  return value;
}

}  // namespace wr
