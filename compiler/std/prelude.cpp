// Parsing and merging the standard library prelude (see prelude.h).
#include "compiler/std/prelude.h"

#include <unordered_set>

#include "compiler/lex/lexer.h"
#include "compiler/parse/parser.h"
#include "compiler/std/prelude_source.h"

namespace wr {

void appendPrelude(SourceFile& file) {
  file.appendPrelude(kPreludeSource);
  uint32_t offset = 0;
  for (const PreludePart& part : kPreludeParts) {
    file.namePreludePart(std::string("<std>/") + part.name, offset);
    offset += part.bytes;
  }
}

namespace {

std::string_view headName(const Item* item) {
  switch (item->kind) {
    case ItemKind::Impl: {
      const TypeExpr* t = item->selfType;
      return t && t->kind == TypeExprKind::Path && !t->path.empty() ? t->path.segments[0].name
                                                                    : std::string_view{};
    }
    case ItemKind::Use:
      return item->uses.empty() || item->uses[0].segments.empty() ? std::string_view{}
                                                                  : item->uses[0].segments[0];
    default:
      return item->name;
  }
}

// The iterator types and traits (iter.rs, iter_sources.rs) are named by
// the prelude's own code, which resolves in the prelude's module first: a
// program with a `struct Map` of its own keeps both, its code seeing its
// `Map` and the prelude's `iter().map(..)` still building the prelude's.
bool keptBeside(std::string_view name) {
  static const std::unordered_set<std::string_view> kNames = {"Iter",
                                                              "IterMut",
                                                              "IntoIter",
                                                              "Chars",
                                                              "CharIndices",
                                                              "Bytes",
                                                              "SplitWhitespace",
                                                              "Lines",
                                                              "Once",
                                                              "Repeat",
                                                              "Empty",
                                                              "FromFn",
                                                              "Successors",
                                                              "Range",
                                                              "RangeInclusive",
                                                              "RangeFrom",
                                                              "Map",
                                                              "Filter",
                                                              "FilterMap",
                                                              "Enumerate",
                                                              "Rev",
                                                              "Skip",
                                                              "Take",
                                                              "StepBy",
                                                              "Zip",
                                                              "Chain",
                                                              "TakeWhile",
                                                              "SkipWhile",
                                                              "Peekable",
                                                              "Cloned",
                                                              "Copied",
                                                              "IteratorMethods",
                                                              "IteratorMinMax",
                                                              "IteratorRev",
                                                              "DoubleEndedIterator",
                                                              "ExactSizeIterator",
                                                              "WasmExtendItem",
                                                              "FromIterator",
                                                              "IntoIterator",
                                                              "Sum",
                                                              "Product",
                                                              "WasmNum",
                                                              "Scan",
                                                              "Inspect",
                                                              "FlatMap",
                                                              "Flatten",
                                                              "IteratorMoreMethods",
                                                              "IteratorFlatten",
                                                              "WasmTry",
                                                              "WasmOptionIter",
                                                              "Windows",
                                                              "Chunks"};
  return kNames.count(name) != 0;
}

}  // namespace

void parsePrelude(const SourceFile& file, Ast& ast, DiagnosticEngine& diags) {
  std::unordered_set<std::string_view> own;
  for (const Item* item : ast.items) {
    if (!item->name.empty() && item->kind != ItemKind::Impl && item->kind != ItemKind::Use)
      own.insert(item->name);
  }
  size_t first = ast.items.size();
  std::vector<Token> tokens = lexPrelude(file, diags);
  parsePreludeItems(file, tokens, ast, diags);
  // The program's own items win over the prelude's of the same name.
  std::vector<Item*> kept(ast.items.begin(), ast.items.begin() + static_cast<long>(first));
  for (size_t i = first; i < ast.items.size(); ++i) {
    std::string_view head = headName(ast.items[i]);
    if (!own.count(head) || keptBeside(head))
      kept.push_back(ast.items[i]);
  }
  ast.items = std::move(kept);
}

}  // namespace wr
