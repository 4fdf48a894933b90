// Format string parsing (see format_string.h). Errors use rustc's wording.
#include "compiler/resolve/format_string.h"

#include <string>

namespace wr {

namespace {

bool isDigit(char c) {
  return c >= '0' && c <= '9';
}
bool isIdentStart(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

class FormatParser {
 public:
  FormatParser(std::string_view fmt,
               Span lit,
               std::vector<MacroArg>& args,
               size_t first,
               Arena& arena,
               DiagnosticEngine& diags)
      : s_(fmt),
        lit_(lit),
        args_(args),
        first_(first),
        arena_(arena),
        diags_(diags),
        explicitCount_(args.size() - first) {}

  bool run(std::vector<FormatPiece>& out) {
    std::string literal;
    while (i_ < s_.size()) {
      char c = s_[i_];
      if (c == '{' && peek(1) == '{') {
        literal += '{';
        i_ += 2;
      } else if (c == '}' && peek(1) == '}') {
        literal += '}';
        i_ += 2;
      } else if (c == '}') {
        return fail("invalid format string: unmatched `}` found",
                    "if you intended to print `}`, you can escape it using `}}`");
      } else if (c == '{') {
        ++i_;
        FormatPiece piece;
        piece.literal = std::move(literal);
        literal.clear();
        piece.hasArg = true;
        if (!parseArgument(piece.spec))
          return false;
        out.push_back(std::move(piece));
      } else {
        literal += c;
        ++i_;
      }
    }
    if (!literal.empty()) {
      FormatPiece tail;
      tail.literal = std::move(literal);
      out.push_back(std::move(tail));
    }
    return checkAllUsed();
  }

 private:
  char peek(size_t k = 0) const { return i_ + k < s_.size() ? s_[i_ + k] : '\0'; }

  bool fail(const std::string& msg, const std::string& help = {}) {
    auto d = diags_.emit(DiagKind::FormatString, msg);
    d.primary(lit_);
    if (!help.empty())
      d.note(help);
    return false;
  }

  std::string_view ident() {
    size_t start = i_;
    while (i_ < s_.size() && (isIdentStart(s_[i_]) || isDigit(s_[i_])))
      ++i_;
    return s_.substr(start, i_ - start);
  }

  uint32_t number() {
    uint32_t v = 0;
    while (isDigit(peek())) {
      v = v * 10 + static_cast<uint32_t>(peek() - '0');
      if (v > 1000000)
        v = 1000000;
      ++i_;
    }
    return v;
  }

  // Resolves a named reference to an explicit `name = ...` argument or a
  // captured variable (appended to the argument list).
  uint32_t namedArg(std::string_view name) {
    for (size_t k = first_; k < args_.size(); ++k) {
      if (args_[k].name == name) {
        used_.resize(args_.size(), false);
        used_[k] = true;
        return static_cast<uint32_t>(k);
      }
    }
    Expr* e = arena_.make<Expr>();
    e->kind = ExprKind::Path;
    e->span = lit_;
    e->path.segments.push_back(PathSegment{name, lit_, {}});
    e->path.span = lit_;
    args_.push_back(MacroArg{name, e});
    used_.resize(args_.size(), false);
    used_.back() = true;
    return static_cast<uint32_t>(args_.size() - 1);
  }

  bool positional(uint32_t index, uint32_t& out) {
    if (index >= explicitCount_) {
      size_t n = explicitCount_;
      std::string msg;
      if (n == 0) {
        msg = "invalid reference to positional argument " + std::to_string(index) +
              " (no arguments were given)";
      } else {
        msg = "invalid reference to positional argument " + std::to_string(index) + " (there " +
              (n == 1 ? "is 1 argument)" : "are " + std::to_string(n) + " arguments)");
      }
      return fail(msg, "positional arguments are zero-based");
    }
    used_.resize(args_.size(), false);
    used_[first_ + index] = true;
    out = static_cast<uint32_t>(first_ + index);
    return true;
  }

  // `{` was consumed: argument `}` or argument `:` spec `}`.
  bool parseArgument(FormatSpec& spec) {
    if (isDigit(peek())) {
      if (!positional(number(), spec.arg))
        return false;
    } else if (isIdentStart(peek())) {
      spec.arg = namedArg(ident());
    } else {
      uint32_t index = nextPositional_++;
      if (index >= explicitCount_) {
        ++missing_;
        spec.arg = 0;
        missingSeen_ = true;
      } else if (!positional(index, spec.arg)) {
        return false;
      }
    }
    if (peek() == ':') {
      ++i_;
      if (!parseSpec(spec))
        return false;
    }
    if (peek() != '}') {
      return fail(std::string("invalid format string: expected `'}'`, found `'") +
                      (i_ < s_.size() ? std::string(1, peek()) : std::string("end of string")) +
                      "'`",
                  "if you intended to print `{`, you can escape it using `{{`");
    }
    ++i_;
    return true;
  }

  bool parseSpec(FormatSpec& spec) {
    // [[fill]align]: the fill may be any character, including multi-byte.
    size_t fillLen = 1;
    unsigned char c0 = static_cast<unsigned char>(peek());
    if (c0 >= 0x80)
      fillLen = (c0 >> 5) == 6 ? 2 : (c0 >> 4) == 14 ? 3 : 4;
    char afterFill = i_ + fillLen < s_.size() ? s_[i_ + fillLen] : '\0';
    if (peek() != '}' && (afterFill == '<' || afterFill == '>' || afterFill == '^')) {
      spec.fill = decodeChar(i_, fillLen);
      i_ += fillLen;
    }
    if (peek() == '<' || peek() == '>' || peek() == '^') {
      spec.align = peek() == '<'   ? FormatSpec::Align::Left
                   : peek() == '>' ? FormatSpec::Align::Right
                                   : FormatSpec::Align::Center;
      ++i_;
    }
    if (peek() == '+')
      spec.plus = true, ++i_;
    else if (peek() == '-')
      ++i_;
    if (peek() == '#')
      spec.alternate = true, ++i_;
    if (peek() == '0' && peek(1) != '$')
      spec.zeroPad = true, ++i_;
    if (!parseCount(spec.width, spec.widthArg))
      return false;
    if (peek() == '.') {
      ++i_;
      if (peek() == '*') {
        ++i_;
        uint32_t index = nextPositional_++;
        uint32_t arg = 0;
        if (!positional(index, arg))
          return false;
        spec.precisionArg = static_cast<int32_t>(arg);
      } else if (!parseCount(spec.precision, spec.precisionArg)) {
        return false;
      } else if (spec.precision < 0 && spec.precisionArg < 0) {
        return fail("invalid format string: expected a precision after `.`");
      }
    }
    if (peek() == '?') {
      spec.kind = FormatSpec::Kind::Debug;
      ++i_;
    } else if (peek() == 'x' || peek() == 'X') {
      bool upper = peek() == 'X';
      ++i_;
      if (peek() == '?') {
        ++i_;  // `{:x?}`: Debug with hex integers
      }
      spec.kind = upper ? FormatSpec::Kind::UpperHex : FormatSpec::Kind::LowerHex;
    } else if (peek() == 'b') {
      spec.kind = FormatSpec::Kind::Binary, ++i_;
    } else if (peek() == 'o') {
      spec.kind = FormatSpec::Kind::Octal, ++i_;
    } else if (peek() == 'e') {
      spec.kind = FormatSpec::Kind::LowerExp, ++i_;
    } else if (peek() == 'E') {
      spec.kind = FormatSpec::Kind::UpperExp, ++i_;
    } else if (isIdentStart(peek())) {
      std::string_view t = ident();
      return fail("unknown format trait `" + std::string(t) + "`",
                  "the only appropriate formatting traits are:\n- ``, which uses the `Display` "
                  "trait\n- `?`, which uses the `Debug` trait\n- `e`, which uses the `LowerExp` "
                  "trait\n- `E`, which uses the `UpperExp` trait\n- `o`, which uses the `Octal` "
                  "trait\n- `x`, which uses the `LowerHex` trait\n- `X`, which uses the `UpperHex` "
                  "trait\n- `b`, which uses the `Binary` trait");
    }
    return true;
  }

  // count := integer | integer `$` | identifier `$`
  bool parseCount(int32_t& value, int32_t& argIndex) {
    if (isDigit(peek())) {
      size_t save = i_;
      uint32_t n = number();
      if (peek() == '$') {
        ++i_;
        uint32_t arg = 0;
        if (!positional(n, arg))
          return false;
        argIndex = static_cast<int32_t>(arg);
      } else {
        value = static_cast<int32_t>(n);
        (void)save;
      }
    } else if (isIdentStart(peek())) {
      size_t save = i_;
      std::string_view name = ident();
      if (peek() == '$') {
        ++i_;
        argIndex = static_cast<int32_t>(namedArg(name));
      } else {
        i_ = save;  // a format trait letter, not a count
      }
    }
    return true;
  }

  uint32_t decodeChar(size_t at, size_t len) const {
    unsigned char c = static_cast<unsigned char>(s_[at]);
    if (len == 1)
      return c;
    uint32_t v = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
    for (size_t k = 1; k < len && at + k < s_.size(); ++k) {
      v = (v << 6) | (static_cast<unsigned char>(s_[at + k]) & 0x3F);
    }
    return v;
  }

  bool checkAllUsed() {
    if (missingSeen_) {
      uint32_t wanted = nextPositional_;
      std::string args = explicitCount_ == 1
                             ? "there is 1 argument"
                             : "there are " + std::to_string(explicitCount_) + " arguments";
      if (explicitCount_ == 0) {
        return fail(std::to_string(wanted) + " positional argument" + (wanted == 1 ? "" : "s") +
                    " in format string, but no arguments were given");
      }
      return fail(std::to_string(wanted) + " positional argument" + (wanted == 1 ? "" : "s") +
                  " in format string, but " + args);
    }
    used_.resize(args_.size(), false);
    size_t unused = 0;
    Span firstUnused;
    for (size_t k = first_; k < first_ + explicitCount_; ++k) {
      if (!used_[k]) {
        if (unused++ == 0)
          firstUnused = args_[k].value ? args_[k].value->span : lit_;
      }
    }
    if (unused == 0)
      return true;
    auto d =
        diags_.emit(DiagKind::FormatString,
                    unused == 1 ? "argument never used" : "multiple unused formatting arguments");
    d.primary(firstUnused, "argument never used");
    d.label(lit_, "formatting specifier missing");
    return false;
  }

  std::string_view s_;
  Span lit_;
  std::vector<MacroArg>& args_;
  size_t first_;
  Arena& arena_;
  DiagnosticEngine& diags_;
  size_t explicitCount_;
  size_t i_ = 0;
  uint32_t nextPositional_ = 0;
  uint32_t missing_ = 0;
  bool missingSeen_ = false;
  std::vector<bool> used_;
};

}  // namespace

bool parseFormatString(std::string_view fmt,
                       Span literal,
                       std::vector<MacroArg>& args,
                       size_t first,
                       Arena& arena,
                       DiagnosticEngine& diags,
                       std::vector<FormatPiece>& out) {
  return FormatParser(fmt, literal, args, first, arena, diags).run(out);
}

}  // namespace wr
