// Lexer implementation: a single forward scan over the bytes of the file.
// Keywords are recognised after scanning an identifier, by comparing it
// with the keywords of the same first byte. Number literals are only
// delimited here; their values (and suffixes) are parsed by the parser,
// which knows the expected type.
#include "compiler/lex/lexer.h"

#include <string_view>
#include <vector>

namespace wr {

static const char* const kSpellings[] = {
#define WR_TOKEN(Name, Spelling) Spelling,
#include "compiler/lex/token_kind.def"
};

const char* tokSpelling(Tok kind) {
  return kSpellings[static_cast<int>(kind)];
}

// Keywords by their first byte: an identifier is compared only with the few
// keywords that start like it (most identifiers start with none of them),
// instead of being hashed for a table lookup.
namespace {
struct Keyword {
  std::string_view spelling;
  Tok kind;
};
struct KeywordTable {
  std::vector<Keyword> byFirst[256];
  KeywordTable() {
    static const Keyword kAll[] = {
#define WR_TOKEN(Name, Spelling)
#define WR_KEYWORD(Name, Spelling) {Spelling, Tok::Name},
#include "compiler/lex/token_kind.def"
    };
    for (const Keyword& k : kAll)
      byFirst[static_cast<unsigned char>(k.spelling[0])].push_back(k);
  }
};

// Byte classes, one table lookup each: identifier start and continue.
struct ByteClasses {
  bool identStart[256] = {};
  bool identContinue[256] = {};
  ByteClasses() {
    for (int c = 0; c < 256; ++c) {
      identStart[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
      identContinue[c] = identStart[c] || (c >= '0' && c <= '9');
    }
  }
};
const ByteClasses kClasses;
}  // namespace

static Tok keywordOrIdent(std::string_view text) {
  static const KeywordTable kTable;
  for (const Keyword& k : kTable.byFirst[static_cast<unsigned char>(text[0])]) {
    if (k.spelling == text)
      return k.kind;
  }
  return Tok::Ident;
}

static bool isIdentStart(unsigned char c) {
  return kClasses.identStart[c];
}
static bool isIdentContinue(unsigned char c) {
  return kClasses.identContinue[c];
}
static bool isDigit(unsigned char c) {
  return c >= '0' && c <= '9';
}

namespace {

class Lexer {
 public:
  // Lexes [begin, end) of the file; spans are offsets in the whole text.
  Lexer(const SourceFile& file, DiagnosticEngine& diags, uint32_t begin, uint32_t end)
      : src_(file.text().substr(0, end)), diags_(diags), pos_(begin) {}

  std::vector<Token> run() {
    std::vector<Token> out;
    out.reserve(src_.size() / 4 + 16);
    for (;;) {
      bool space = skipTrivia();
      Token t;
      t.spaceBefore = space;
      uint32_t start = pos_;
      if (pos_ >= src_.size()) {
        t.kind = Tok::Eof;
        t.span = {start, start};
        out.push_back(t);
        return out;
      }
      t.kind = next(out.empty() ? Tok::Eof : out.back().kind);
      t.span = {start, pos_};
      if (t.kind != Tok::Eof)
        out.push_back(t);  // Eof here marks a skipped char
    }
  }

 private:
  unsigned char peek(size_t ahead = 0) const {
    return pos_ + ahead < src_.size() ? static_cast<unsigned char>(src_[pos_ + ahead]) : 0;
  }

  // Skips whitespace and comments; returns whether anything was skipped.
  bool skipTrivia() {
    uint32_t start = pos_;
    const size_t size = src_.size();
    while (pos_ < size) {
      unsigned char c = static_cast<unsigned char>(src_[pos_]);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++pos_;
      } else if (c == '/' && peek(1) == '/') {
        size_t eol = src_.find('\n', pos_);
        pos_ = static_cast<uint32_t>(eol == std::string_view::npos ? src_.size() : eol);
      } else if (c == '/' && peek(1) == '*') {
        skipBlockComment();
      } else {
        break;
      }
    }
    return pos_ != start;
  }

  void skipBlockComment() {
    uint32_t start = pos_;
    pos_ += 2;
    int depth = 1;  // Rust block comments nest
    while (pos_ < src_.size() && depth > 0) {
      if (peek() == '/' && peek(1) == '*') {
        ++depth;
        pos_ += 2;
      } else if (peek() == '*' && peek(1) == '/') {
        --depth;
        pos_ += 2;
      } else {
        ++pos_;
      }
    }
    if (depth > 0) {
      diags_.emit(DiagKind::UnterminatedBlockComment, "unterminated block comment")
          .primary({start, start + 2});
    }
  }

  Tok next(Tok prev) {
    unsigned char c = peek();
    if (c == 'r' && peek(1) == '#' && isIdentStart(peek(2))) {
      pos_ += 2;  // raw identifier r#name
      while (isIdentContinue(peek()))
        ++pos_;
      return Tok::Ident;
    }
    if (c == 'r' && (peek(1) == '"' || (peek(1) == '#' && (peek(2) == '"' || peek(2) == '#')))) {
      return rawString(1);
    }
    if (c == 'b' && peek(1) == 'r' && (peek(2) == '"' || peek(2) == '#')) {
      ++pos_;
      Tok t = rawString(1);
      return t == Tok::StrLit ? Tok::ByteStrLit : t;
    }
    if (c == 'b' && peek(1) == '"') {
      ++pos_;
      return quoted('"', Tok::ByteStrLit);
    }
    if (c == 'b' && peek(1) == '\'') {
      ++pos_;
      return quoted('\'', Tok::ByteLit);
    }
    if (isIdentStart(c))
      return identOrKeyword();
    if (isDigit(c))
      return number(prev == Tok::Dot);
    if (c == '"')
      return quoted('"', Tok::StrLit);
    if (c == '\'')
      return charOrLifetime();
    return punct();
  }

  Tok identOrKeyword() {
    uint32_t start = pos_;
    const size_t size = src_.size();
    while (pos_ < size && isIdentContinue(static_cast<unsigned char>(src_[pos_])))
      ++pos_;
    std::string_view text = src_.substr(start, pos_ - start);
    if (text == "_")
      return Tok::Underscore;
    return keywordOrIdent(text);
  }

  // Numbers: the parser decodes the value; here we only find the extent.
  // After a `.` (tuple field access like `t.0.1`) no fraction is lexed.
  Tok number(bool afterDot) {
    bool isFloat = false;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'o' || peek(1) == 'b')) {
      pos_ += 2;
      while (isIdentContinue(peek()))
        ++pos_;  // digits, '_' and suffix
      return Tok::IntLit;
    }
    while (isDigit(peek()) || peek() == '_')
      ++pos_;
    if (!afterDot && peek() == '.' && peek(1) != '.' && !isIdentStart(peek(1))) {
      isFloat = true;
      ++pos_;
      while (isDigit(peek()) || peek() == '_')
        ++pos_;
    }
    if (!afterDot && (peek() == 'e' || peek() == 'E')) {
      size_t k = 1;
      if (peek(k) == '+' || peek(k) == '-')
        ++k;
      if (isDigit(peek(k))) {
        isFloat = true;
        pos_ += k;
        while (isDigit(peek()) || peek() == '_')
          ++pos_;
      }
    }
    uint32_t suffixStart = pos_;
    while (isIdentContinue(peek()))
      ++pos_;
    std::string_view suffix = src_.substr(suffixStart, pos_ - suffixStart);
    if (suffix == "f32" || suffix == "f64")
      isFloat = true;
    return isFloat ? Tok::FloatLit : Tok::IntLit;
  }

  Tok quoted(char quote, Tok kind) {
    uint32_t start = pos_;
    ++pos_;
    while (pos_ < src_.size()) {
      char c = src_[pos_];
      if (c == '\\') {
        pos_ += 2;
        continue;
      }
      if (c == quote) {
        ++pos_;
        return kind;
      }
      if (quote == '\'' && c == '\n')
        break;
      ++pos_;
    }
    bool isStr = quote == '"';
    if (!isStr)
      pos_ = start + 1;  // resume right after the quote
    if (pos_ > src_.size())
      pos_ = static_cast<uint32_t>(src_.size());
    diags_
        .emit(isStr ? DiagKind::UnterminatedString : DiagKind::UnterminatedChar,
              isStr ? "unterminated double quote string" : "unterminated character literal")
        .primary({start, isStr ? pos_ : start + 1});
    return kind;
  }

  Tok rawString(uint32_t prefixLen) {
    uint32_t start = pos_;
    pos_ += prefixLen;
    uint32_t hashes = 0;
    while (peek() == '#') {
      ++hashes;
      ++pos_;
    }
    if (peek() != '"') {
      diags_
          .emit(DiagKind::UnknownChar,
                "found invalid character; only `#` is allowed in raw string delimitation")
          .primary({pos_, pos_ + 1});
      return Tok::StrLit;
    }
    ++pos_;
    std::string closing = "\"" + std::string(hashes, '#');
    size_t end = src_.find(closing, pos_);
    if (end == std::string_view::npos) {
      pos_ = static_cast<uint32_t>(src_.size());
      diags_.emit(DiagKind::UnterminatedString, "unterminated raw string")
          .primary({start, start + 1});
      return Tok::StrLit;
    }
    pos_ = static_cast<uint32_t>(end + closing.size());
    return Tok::StrLit;
  }

  Tok charOrLifetime() {
    uint32_t start = pos_;
    if (peek(1) == '\\')
      return quoted('\'', Tok::CharLit);
    // Length of the UTF-8 character after the quote.
    unsigned char c = peek(1);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (peek(1 + len) == '\'') {
      pos_ += 2 + static_cast<uint32_t>(len);
      return Tok::CharLit;
    }
    if (isIdentStart(c)) {
      ++pos_;
      while (isIdentContinue(peek()))
        ++pos_;
      return Tok::Lifetime;
    }
    if (c == '\'') {
      pos_ += 2;
      diags_.emit(DiagKind::InvalidCharLiteral, "empty character literal")
          .primary({start + 1, start + 1}, "empty character literal");
      return Tok::CharLit;
    }
    return quoted('\'', Tok::CharLit);
  }

  // Punctuation: the longest token that starts here, so that `<<=` wins
  // over `<<` and `<`. One switch on the first byte: this runs for every
  // other token, and a scan over a table of spellings (a length and a
  // compare per entry) was a large part of lexing, most of all in the page.
  Tok punct() {
    unsigned char c1 = peek(1), c2 = peek(2);
    auto take = [this](uint32_t length, Tok kind) {
      pos_ += length;
      return kind;
    };
    // A one-byte operator or its compound assignment (`+`, `+=`).
    auto orAssign = [&](Tok plain, Tok assign) {
      return c1 == '=' ? take(2, assign) : take(1, plain);
    };
    switch (peek()) {
      case '<':
        if (c1 == '<')
          return c2 == '=' ? take(3, Tok::ShlEq) : take(2, Tok::Shl);
        return orAssign(Tok::Lt, Tok::Le);
      case '>':
        if (c1 == '>')
          return c2 == '=' ? take(3, Tok::ShrEq) : take(2, Tok::Shr);
        return orAssign(Tok::Gt, Tok::Ge);
      case '.':
        if (c1 != '.')
          return take(1, Tok::Dot);
        return c2 == '.'   ? take(3, Tok::DotDotDot)
               : c2 == '=' ? take(3, Tok::DotDotEq)
                           : take(2, Tok::DotDot);
      case ':':
        return c1 == ':' ? take(2, Tok::ColonColon) : take(1, Tok::Colon);
      case '-':
        return c1 == '>' ? take(2, Tok::Arrow) : orAssign(Tok::Minus, Tok::MinusEq);
      case '=':
        return c1 == '>' ? take(2, Tok::FatArrow) : orAssign(Tok::Eq, Tok::EqEq);
      case '&':
        return c1 == '&' ? take(2, Tok::AndAnd) : orAssign(Tok::And, Tok::AndEq);
      case '|':
        return c1 == '|' ? take(2, Tok::OrOr) : orAssign(Tok::Or, Tok::OrEq);
      case '!':
        return orAssign(Tok::Not, Tok::Ne);
      case '+':
        return orAssign(Tok::Plus, Tok::PlusEq);
      case '*':
        return orAssign(Tok::Star, Tok::StarEq);
      case '/':
        return orAssign(Tok::Slash, Tok::SlashEq);
      case '%':
        return orAssign(Tok::Percent, Tok::PercentEq);
      case '^':
        return orAssign(Tok::Caret, Tok::CaretEq);
      case '(':
        return take(1, Tok::LParen);
      case ')':
        return take(1, Tok::RParen);
      case '{':
        return take(1, Tok::LBrace);
      case '}':
        return take(1, Tok::RBrace);
      case '[':
        return take(1, Tok::LBracket);
      case ']':
        return take(1, Tok::RBracket);
      case ',':
        return take(1, Tok::Comma);
      case ';':
        return take(1, Tok::Semi);
      case '#':
        return take(1, Tok::Pound);
      case '$':
        return take(1, Tok::Dollar);
      case '?':
        return take(1, Tok::Question);
      case '~':
        return take(1, Tok::Tilde);
      case '@':
        return take(1, Tok::At);
      default:
        break;
    }
    // Unknown character: report it once and skip the whole UTF-8 sequence.
    uint32_t start = pos_;
    unsigned char c = peek();
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    pos_ = static_cast<uint32_t>(std::min(src_.size(), pos_ + len));
    std::string ch(src_.substr(start, pos_ - start));
    diags_.emit(DiagKind::UnknownChar, "unknown start of token: " + ch).primary({start, pos_});
    return Tok::Eof;
  }

  std::string_view src_;
  DiagnosticEngine& diags_;
  uint32_t pos_ = 0;
};

}  // namespace

std::vector<Token> lex(const SourceFile& file, DiagnosticEngine& diags) {
  return lexRange(file, 0, file.userEnd(), diags);
}

std::vector<Token> lexRange(const SourceFile& file,
                            uint32_t lo,
                            uint32_t hi,
                            DiagnosticEngine& diags) {
  std::string_view user = file.text().substr(lo, hi - lo);
  if (user.size() > kMaxSourceBytes) {
    diags
        .emit(DiagKind::FileTooLarge, "source file is too large (" + std::to_string(user.size()) +
                                          " bytes; the limit is " +
                                          std::to_string(kMaxSourceBytes) + ")")
        .note("WasmRust compiles one file of at most 32 MiB; split the program into smaller files");
    return {Token{Tok::Eof, false, {lo, lo}}};
  }
  int64_t bad = findInvalidUtf8(user);
  if (bad >= 0) {
    uint32_t at = lo + static_cast<uint32_t>(bad);
    diags.emit(DiagKind::InvalidUtf8, "source file is not valid UTF-8")
        .primary({at, at + 1}, "invalid UTF-8 byte here")
        .note("Rust source files must be encoded as UTF-8");
    return {Token{Tok::Eof, false, {lo, lo}}};
  }
  return Lexer(file, diags, lo, hi).run();
}

std::vector<Token> lexPrelude(const SourceFile& file, DiagnosticEngine& diags) {
  return Lexer(file, diags, file.preludeStart(), static_cast<uint32_t>(file.text().size())).run();
}

void appendUtf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}
}  // namespace wr
