// The lexer: turns a SourceFile into a vector of tokens, reporting lexical
// errors (unterminated literals and comments, unknown characters, invalid
// UTF-8, oversized files) as diagnostics and recovering so the parser still
// sees a well-formed token stream ending in Eof.
#pragma once

#include <string>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/lex/token.h"

namespace wr {

// Files larger than this are rejected before lexing (W0002): the compiler
// also runs inside a web page, where memory is shared with the page.
constexpr size_t kMaxSourceBytes = 32u << 20;

// The tokens of the main file.
std::vector<Token> lex(const SourceFile& file, DiagnosticEngine& diags);
// The tokens of [lo, hi) of the buffer: one module file.
std::vector<Token> lexRange(const SourceFile& file,
                            uint32_t lo,
                            uint32_t hi,
                            DiagnosticEngine& diags);
// The tokens of the standard library prelude appended to `file`.
std::vector<Token> lexPrelude(const SourceFile& file, DiagnosticEngine& diags);

// Literal decoding, used by the parser. Each reports problems through
// `diags` at the literal's span and returns its best-effort value.
std::string decodeStringLiteral(const SourceFile& file, Span span, DiagnosticEngine& diags);
uint32_t decodeCharLiteral(const SourceFile& file, Span span, DiagnosticEngine& diags);

// Appends the UTF-8 encoding of code point `cp` to `out`.
void appendUtf8(std::string& out, uint32_t cp);

}  // namespace wr
