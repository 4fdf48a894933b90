// The parser: recursive descent over the token stream, building the Ast.
//
// Grammar rules are written above the functions that parse them. Errors are
// reported through the DiagnosticEngine and the parser recovers at statement
// and item boundaries, so one run reports many independent syntax errors.
// Nesting depth is bounded (kMaxNesting) so hostile input cannot exhaust the
// stack, natively or inside a web page.
#pragma once

#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/lex/token.h"
#include "compiler/parse/ast.h"

namespace wr {

// Each nested expression, block, type or pattern, and each operator of a
// left-associative chain, counts one level.
constexpr int kMaxNesting = 1024;

// Parses a whole file. Never fails: on errors the tree holds Error nodes.
void parseFile(const SourceFile& file,
               const std::vector<Token>& tokens,
               Ast& ast,
               DiagnosticEngine& diags);

// Parses the prelude: like parseFile, but a fn body that declares no items
// is left unparsed (Block::deferred, with only its span), to be parsed by
// parseDeferredBody when something needs it. Most programs use few of the
// prelude's fns.
void parsePreludeItems(const SourceFile& file,
                       const std::vector<Token>& tokens,
                       Ast& ast,
                       DiagnosticEngine& diags);

// Parses a deferred fn body in place (its nodes in `ast`'s arena).
void parseDeferredBody(const SourceFile& file, Block* body, Ast& ast, DiagnosticEngine& diags);

// Parses one module file's tokens (a `mod name;`) into `items`, with its
// nodes in `ast`'s arena.
void parseModuleFile(const SourceFile& file,
                     const std::vector<Token>& tokens,
                     Ast& ast,
                     DiagnosticEngine& diags,
                     std::vector<Item*>& items);

}  // namespace wr
