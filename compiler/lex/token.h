// Tokens produced by the lexer and consumed by the parser. A token is a kind
// plus a span; its text (and a literal's value) is read back from the source
// through the span, so tokens stay 12 bytes.
#pragma once

#include <cstdint>
#include <string_view>

#include "compiler/source/source_file.h"

namespace wr {

enum class Tok : uint8_t {
#define WR_TOKEN(Name, Spelling) Name,
#include "compiler/lex/token_kind.def"
};

const char* tokSpelling(Tok kind);

struct Token {
  Tok kind = Tok::Eof;
  bool spaceBefore = false;  // whitespace or a comment precedes the token
  Span span;
};

}  // namespace wr
