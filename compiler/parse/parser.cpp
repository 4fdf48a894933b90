// Recursive-descent parser for the WasmRust dialect (see parser.h).
//
// Expressions use precedence climbing with Rust's operator table. Struct
// literals are disallowed in `if`/`while`/`for` heads, as in Rust. Each parse
// function that recurses takes a DepthGuard; past kMaxNesting the parser
// reports NestingTooDeep once and unwinds to the end of the file.
#include "compiler/parse/parser.h"

#include <cmath>
#include <cstdlib>
#include <string>

#include "compiler/lex/lexer.h"

namespace wr {

namespace {

// Binding powers, low to high, following the Rust reference.
constexpr int kPrecNone = 0;
constexpr int kPrecOr = 1;       // ||
constexpr int kPrecAnd = 2;      // &&
constexpr int kPrecCompare = 3;  // == != < > <= >=
constexpr int kPrecBitOr = 4;    // |
constexpr int kPrecBitXor = 5;   // ^
constexpr int kPrecBitAnd = 6;   // &
constexpr int kPrecShift = 7;    // << >>
constexpr int kPrecAdd = 8;      // + -
constexpr int kPrecMul = 9;      // * / %
constexpr int kPrecCast = 10;    // as

struct BinInfo {
  BinOp op;
  int prec;
};

BinInfo binInfo(Tok t) {
  switch (t) {
    case Tok::OrOr:
      return {BinOp::Or, kPrecOr};
    case Tok::AndAnd:
      return {BinOp::And, kPrecAnd};
    case Tok::EqEq:
      return {BinOp::Eq, kPrecCompare};
    case Tok::Ne:
      return {BinOp::Ne, kPrecCompare};
    case Tok::Lt:
      return {BinOp::Lt, kPrecCompare};
    case Tok::Le:
      return {BinOp::Le, kPrecCompare};
    case Tok::Gt:
      return {BinOp::Gt, kPrecCompare};
    case Tok::Ge:
      return {BinOp::Ge, kPrecCompare};
    case Tok::Or:
      return {BinOp::BitOr, kPrecBitOr};
    case Tok::Caret:
      return {BinOp::BitXor, kPrecBitXor};
    case Tok::And:
      return {BinOp::BitAnd, kPrecBitAnd};
    case Tok::Shl:
      return {BinOp::Shl, kPrecShift};
    case Tok::Shr:
      return {BinOp::Shr, kPrecShift};
    case Tok::Plus:
      return {BinOp::Add, kPrecAdd};
    case Tok::Minus:
      return {BinOp::Sub, kPrecAdd};
    case Tok::Star:
      return {BinOp::Mul, kPrecMul};
    case Tok::Slash:
      return {BinOp::Div, kPrecMul};
    case Tok::Percent:
      return {BinOp::Rem, kPrecMul};
    default:
      return {BinOp::None, kPrecNone};
  }
}

BinOp compoundOp(Tok t) {
  switch (t) {
    case Tok::PlusEq:
      return BinOp::Add;
    case Tok::MinusEq:
      return BinOp::Sub;
    case Tok::StarEq:
      return BinOp::Mul;
    case Tok::SlashEq:
      return BinOp::Div;
    case Tok::PercentEq:
      return BinOp::Rem;
    case Tok::CaretEq:
      return BinOp::BitXor;
    case Tok::AndEq:
      return BinOp::BitAnd;
    case Tok::OrEq:
      return BinOp::BitOr;
    case Tok::ShlEq:
      return BinOp::Shl;
    case Tok::ShrEq:
      return BinOp::Shr;
    default:
      return BinOp::None;
  }
}

struct MacroName {
  const char* name;
  MacroKind kind;
};
const MacroName kMacros[] = {
    {"println", MacroKind::Println},
    {"print", MacroKind::Print},
    {"eprintln", MacroKind::Eprintln},
    {"eprint", MacroKind::Eprint},
    {"format", MacroKind::Format},
    {"panic", MacroKind::Panic},
    {"assert", MacroKind::Assert},
    {"assert_eq", MacroKind::AssertEq},
    {"assert_ne", MacroKind::AssertNe},
    {"unreachable", MacroKind::Unreachable},
    {"todo", MacroKind::Todo},
    {"unimplemented", MacroKind::Unimplemented},
    {"debug_assert", MacroKind::DebugAssert},
    {"debug_assert_eq", MacroKind::DebugAssertEq},
    {"debug_assert_ne", MacroKind::DebugAssertNe},
    {"write", MacroKind::Write},
    {"writeln", MacroKind::Writeln},
};

class Parser {
 public:
  Parser(const SourceFile& file,
         const std::vector<Token>& tokens,
         Ast& ast,
         DiagnosticEngine& diags)
      : file_(file), toks_(tokens), ast_(ast), diags_(diags) {}

  void parseFile() {
    skipInnerAttributes();
    while (!at(Tok::Eof) && !fatal_) {
      size_t before = pos_;
      Item* item = parseItem();
      if (item)
        ast_.items.push_back(item);
      if (pos_ == before)
        bump();  // guarantee progress
    }
  }

  // The prelude: fn bodies are skipped, for parseDeferredBody.
  void setDeferBodies() { deferBodies_ = true; }
  Block* parseWholeBlock() { return parseBlock(); }

 private:
  // ------------------------------------------------------------ utilities
  struct DepthGuard {
    Parser& p;
    int amount;
    explicit DepthGuard(Parser& parser, int n = 1) : p(parser), amount(n) { p.depth_ += n; }
    ~DepthGuard() { p.depth_ -= amount; }
  };

  // Returns true (after reporting once) when nesting is too deep.
  bool tooDeep(int extra = 0) {
    if (depth_ + extra <= kMaxNesting)
      return false;
    if (!fatal_) {
      diags_
          .emit(DiagKind::NestingTooDeep, "this code is nested too deeply (more than " +
                                              std::to_string(kMaxNesting) + " levels)")
          .primary(peek().span, "nesting limit reached here")
          .note(
              "WasmRust limits nesting so that the compiler's stack stays bounded, "
              "also when it runs inside a web page")
          .help("split the expression into smaller parts with `let` bindings or functions");
    }
    fatal_ = true;
    pos_ = toks_.size() - 1;  // jump to Eof: nothing after this is reliable
    return true;
  }

  const Token& peek(size_t ahead = 0) const {
    size_t i = pos_ + ahead;
    return i < toks_.size() ? toks_[i] : toks_.back();
  }
  bool at(Tok t) const { return peek().kind == t; }
  bool atIdent(std::string_view name) const { return at(Tok::Ident) && text(peek().span) == name; }
  std::string_view text(Span s) const { return file_.text().substr(s.lo, s.hi - s.lo); }
  Span prevSpan() const { return pos_ > 0 ? toks_[pos_ - 1].span : Span{}; }
  const Token& bump() {
    const Token& t = peek();
    if (pos_ + 1 < toks_.size())
      ++pos_;
    return t;
  }
  bool eat(Tok t) {
    if (!at(t))
      return false;
    bump();
    return true;
  }

  // `>>` closes two generic lists: split it when a `>` is expected.
  bool eatGt() {
    if (eat(Tok::Gt))
      return true;
    if (at(Tok::Shr)) {
      splitGt_ = true;
      return true;
    }
    return false;
  }

  std::string found() const {
    const Token& t = peek();
    if (t.kind == Tok::Eof)
      return "end of file";
    if (t.kind == Tok::Ident)
      return "`" + std::string(text(t.span)) + "`";
    if (t.kind >= Tok::IntLit && t.kind <= Tok::ByteStrLit)
      return "`" + std::string(text(t.span)) + "`";
    return "`" + std::string(tokSpelling(t.kind)) + "`";
  }

  // Reports "expected `x`, found `y`" once per position (no cascades).
  void expectFailed(const std::string& what) {
    if (lastErrorPos_ == pos_ && errorAtPos_)
      return;
    lastErrorPos_ = pos_;
    errorAtPos_ = true;
    Span at = peek().span;
    std::string msg = "expected " + what + ", found " + found();
    auto d = diags_.emit(DiagKind::ExpectedToken, msg);
    // rustc points just past the previous token for a missing `;` or `)`.
    if (pos_ > 0 && (what == "`;`" || what == "`)`" || what == "`,`")) {
      Span prev = prevSpan();
      d.primary({prev.hi, prev.hi}, "expected " + what);
      if (at.lo != prev.hi)
        d.label(at, "unexpected token");
    } else {
      d.primary(at, "expected " + what);
    }
  }

  bool expect(Tok t) {
    if (eat(t))
      return true;
    expectFailed(std::string("`") + tokSpelling(t) + "`");
    return false;
  }

  // Expects `t`; otherwise reports it and skips to `t` (consuming it) or to
  // one of `alsoStop`, so parsing resumes at a sensible place.
  void expectOrRecover(Tok t, std::initializer_list<Tok> alsoStop) {
    if (expect(t))
      return;
    std::vector<Tok> stops(alsoStop);
    stops.push_back(t);
    recoverAt(stops);
    eat(t);
  }

  std::string_view expectIdent() {
    if (at(Tok::Ident))
      return text(bump().span);
    expectFailed("identifier");
    return {};
  }

  Expr* makeExpr(ExprKind kind, Span span) {
    Expr* e = ast_.arena.make<Expr>();
    e->kind = kind;
    e->span = span;
    return e;
  }
  Expr* errorExpr(Span span) { return makeExpr(ExprKind::Error, span); }

  // Skips tokens until one of the stop tokens at nesting level zero.
  void recover(std::initializer_list<Tok> stops) { recoverAt(std::vector<Tok>(stops)); }
  void recoverAt(const std::vector<Tok>& stops) {
    int depth = 0;
    while (!at(Tok::Eof)) {
      Tok k = peek().kind;
      if (depth == 0) {
        for (Tok s : stops) {
          if (k == s)
            return;
        }
      }
      if (k == Tok::LBrace || k == Tok::LParen || k == Tok::LBracket)
        ++depth;
      if (k == Tok::RBrace || k == Tok::RParen || k == Tok::RBracket) {
        if (depth == 0)
          return;
        --depth;
      }
      bump();
    }
  }

  // ------------------------------------------------------------ attributes
  void skipInnerAttributes() {
    while (at(Tok::Pound) && peek(1).kind == Tok::Not) {
      bump();
      bump();
      Attribute ignored;
      parseAttributeBody(ignored);
    }
  }

  // attribute := `#` `[` path ( `(` ident,* `)` | `=` literal )? `]`
  void parseAttributeBody(Attribute& attr) {
    Span start = peek().span;
    if (!expect(Tok::LBracket)) {
      recover({Tok::RBracket});
      eat(Tok::RBracket);
      return;
    }
    attr.path = parsePathSegments(false);
    if (eat(Tok::LParen)) {
      int depth = 0;
      while (!at(Tok::Eof) && !(depth == 0 && at(Tok::RParen))) {
        if (at(Tok::LParen))
          ++depth;
        if (at(Tok::RParen))
          --depth;
        if (depth == 0 && at(Tok::Ident) && peek(1).kind == Tok::Eq &&
            peek(2).kind == Tok::StrLit) {
          Span key = peek().span;
          bump();
          bump();
          Span lit = peek().span;
          attr.values.push_back(
              {text(key), decodeStringLiteral(file_, lit, diags_), Span::between(key, lit)});
        } else if (at(Tok::Ident)) {
          attr.args.push_back(text(peek().span));
          attr.argSpans.push_back(peek().span);
        }
        bump();
      }
      expect(Tok::RParen);
    } else if (eat(Tok::Eq)) {
      // `#[path = "file.rs"]`: the value is kept under an empty key.
      if (at(Tok::StrLit))
        attr.values.push_back({{}, decodeStringLiteral(file_, peek().span, diags_), peek().span});
      bump();
    }
    expect(Tok::RBracket);
    attr.span = Span::between(start, prevSpan());
  }

  std::vector<Attribute> parseOuterAttributes() {
    std::vector<Attribute> attrs;
    while (at(Tok::Pound)) {
      Span hash = peek().span;
      bump();
      if (eat(Tok::Not)) {  // stray inner attribute: accept and ignore
        Attribute ignored;
        parseAttributeBody(ignored);
        continue;
      }
      Attribute a;
      parseAttributeBody(a);
      a.span = Span::between(hash, a.span);  // from the `#`
      attrs.push_back(std::move(a));
    }
    return attrs;
  }

  // ------------------------------------------------------------ items
  bool atItemStart() const {
    switch (peek().kind) {
      case Tok::KwFn:
      case Tok::KwStruct:
      case Tok::KwImpl:
      case Tok::KwConst:
      case Tok::KwStatic:
      case Tok::KwUse:
      case Tok::KwMod:
      case Tok::KwEnum:
      case Tok::KwTrait:
      case Tok::KwPub:
      case Tok::Pound:
      case Tok::KwType:
        return true;
      case Tok::KwUnsafe:
        return peek(1).kind == Tok::KwFn || peek(1).kind == Tok::KwImpl;
      case Tok::KwExtern:
        return true;
      default:
        return false;
    }
  }

  // item := attribute* `pub`? (fn | struct | impl | const | static | use | mod)
  Item* parseItem() {
    DepthGuard guard(*this);
    if (tooDeep())
      return nullptr;
    Span start = peek().span;
    std::vector<Attribute> attrs = parseOuterAttributes();
    bool isPub = parseVisibility();
    PubScope pubScope = pubScope_;
    Item* item = nullptr;
    switch (peek().kind) {
      case Tok::KwFn:
        item = parseFn();
        break;
      case Tok::KwConst:
        if (peek(1).kind == Tok::KwFn) {
          bump();
          item = parseFn();
          item->isConstFn = true;
        } else {
          item = parseConstOrStatic(ItemKind::Const);
        }
        break;
      case Tok::KwUnsafe:
        bump();
        if (at(Tok::KwImpl))
          item = parseImpl();
        else
          item = parseFn();
        break;
      case Tok::KwStatic:
        item = parseConstOrStatic(ItemKind::Static);
        break;
      case Tok::KwStruct:
        item = parseStruct();
        break;
      case Tok::KwImpl:
        item = parseImpl();
        break;
      case Tok::KwUse:
        item = parseUse();
        break;
      case Tok::KwMod:
        item = parseMod();
        break;
      case Tok::KwEnum:
        item = parseEnum();
        break;
      case Tok::KwTrait:
        item = parseTrait();
        break;
      case Tok::KwType:
        item = parseTypeAlias();
        break;
      case Tok::KwExtern:
        if (peek(1).kind == Tok::StrLit && peek(2).kind == Tok::LBrace)
          item = parseExternBlock();
        else
          return unsupportedItem();
        break;
      default: {
        if (!fatal_) {
          diags_.emit(DiagKind::ExpectedItem, "expected item, found " + found())
              .primary(peek().span, "expected item");
        }
        bump();
        recover({Tok::KwFn, Tok::KwStruct, Tok::KwEnum, Tok::KwImpl, Tok::KwConst, Tok::KwStatic,
                 Tok::KwUse, Tok::KwMod, Tok::Pound, Tok::KwPub});
        return nullptr;
      }
    }
    if (!item)
      return nullptr;
    item->attrs = std::move(attrs);
    item->isPub = isPub;
    item->pubScope = pubScope;
    item->span = Span::between(start, prevSpan());
    return item;
  }

  Item* unsupportedItem() {
    Span s = peek().span;
    std::string what(text(s));
    diags_.emit(DiagKind::Unsupported, "`" + what + "` items are not supported by WasmRust yet")
        .primary(s, "not supported yet")
        .note(
            "this version of WasmRust compiles functions, structs, enums, impl blocks, consts "
            "and statics");
    bump();
    // Skip the item: up to its `;` or through its `{ ... }` body.
    recover({Tok::Semi, Tok::LBrace});
    if (at(Tok::LBrace)) {
      bump();
      recover({});
      eat(Tok::RBrace);
    } else {
      eat(Tok::Semi);
    }
    return nullptr;
  }

  // vis := `pub` (`(` (`crate` | `super` | `self` | `in` path) `)`)?
  // Returns whether the item is public at all; pubScope_ says how far.
  bool parseVisibility() {
    pubScope_ = PubScope::Anywhere;
    if (!eat(Tok::KwPub))
      return false;
    // `pub (T, U)` in a tuple struct is a public field of tuple type.
    bool restricted = at(Tok::LParen) &&
                      (peek(1).kind == Tok::KwCrate || peek(1).kind == Tok::KwSuper ||
                       peek(1).kind == Tok::KwSelfValue || peek(1).kind == Tok::KwIn) &&
                      (peek(2).kind == Tok::RParen || peek(1).kind == Tok::KwIn);
    if (!restricted)
      return true;
    bump();
    Tok scope = peek().kind;
    recover({Tok::RParen});
    eat(Tok::RParen);
    if (scope == Tok::KwSuper)
      pubScope_ = PubScope::Super;
    else if (scope != Tok::KwSelfValue)
      pubScope_ = PubScope::Crate;
    return scope != Tok::KwSelfValue;
  }

  // generics := `<` (lifetime (`:` lifetimes)? | ident (`:` bounds)? (`=` type)?),* `>`
  void parseGenericParams(Item* item) {
    if (!eat(Tok::Lt))
      return;
    while (!at(Tok::Gt) && !at(Tok::Eof) && !fatal_) {
      if (eat(Tok::Lifetime)) {
        if (eat(Tok::Colon)) {
          while (eat(Tok::Lifetime) && eat(Tok::Plus)) {
          }
        }
      } else if (at(Tok::KwConst)) {
        Span s = peek().span;
        diags_.emit(DiagKind::Unsupported, "const generics are not supported by WasmRust yet")
            .primary(s, "not supported yet");
        recover({Tok::Comma, Tok::Gt});
      } else {
        GenericParam g;
        g.span = peek().span;
        g.name = expectIdent();
        if (g.name.empty()) {
          recover({Tok::Comma, Tok::Gt});
        } else {
          if (eat(Tok::Colon))
            g.bounds = parseBounds();
          if (eat(Tok::Eq)) {
            Span s = peek().span;
            parseType();
            diags_
                .emit(DiagKind::Unsupported,
                      "defaults for type parameters are not supported by WasmRust yet")
                .primary(Span::between(s, prevSpan()));
          }
          item->generics.push_back(std::move(g));
        }
      }
      if (splitGt_ || !eat(Tok::Comma))
        break;
    }
    if (splitGt_) {
      // A bound's generic list consumed half of a `>>`; this is the other half.
      splitGt_ = false;
      bump();
    } else if (!eatGt()) {
      expectFailed("`>`");
    }
  }

  // bounds := bound (`+` bound)*   bound := `?`? path | lifetime | `(` bound `)`
  // Lifetime bounds are dropped; `?Sized` is accepted and dropped.
  std::vector<TypeExpr*> parseBounds() {
    std::vector<TypeExpr*> bounds;
    for (;;) {
      if (eat(Tok::Lifetime)) {
      } else if (at(Tok::Question)) {
        bump();
        parseType();
      } else if (at(Tok::Ident) || at(Tok::ColonColon) || at(Tok::LParen) || at(Tok::KwSuper) ||
                 at(Tok::KwCrate) || at(Tok::KwSelfValue)) {
        bool paren = eat(Tok::LParen);
        TypeExpr* b = parseType();
        if (paren)
          expect(Tok::RParen);
        if (b->kind == TypeExprKind::Path)
          bounds.push_back(b);
      } else {
        break;
      }
      if (!eat(Tok::Plus))
        break;
    }
    return bounds;
  }

  // where := `where` (type `:` bounds | lifetime `:` lifetimes),*
  void parseWhereClause(Item* item) {
    if (!eat(Tok::KwWhere))
      return;
    while (!at(Tok::LBrace) && !at(Tok::Semi) && !at(Tok::Eof) && !fatal_) {
      if (eat(Tok::Lifetime)) {
        if (eat(Tok::Colon)) {
          while (eat(Tok::Lifetime) && eat(Tok::Plus)) {
          }
        }
      } else {
        WherePredicate w;
        Span start = peek().span;
        w.type = parseType();
        if (expect(Tok::Colon))
          w.bounds = parseBounds();
        w.span = Span::between(start, prevSpan());
        item->wherePreds.push_back(std::move(w));
      }
      if (!eat(Tok::Comma))
        break;
    }
  }

  // fn := `fn` ident `(` params `)` (`->` type)? (block | `;`)
  Item* parseFn() {
    Item* fn = ast_.arena.make<Item>();
    fn->kind = ItemKind::Fn;
    expect(Tok::KwFn);
    fn->nameSpan = peek().span;
    fn->name = expectIdent();
    parseGenericParams(fn);
    if (expect(Tok::LParen)) {
      parseParams(fn);
      expect(Tok::RParen);
    } else {
      recover({Tok::LBrace, Tok::Arrow});
    }
    if (eat(Tok::Arrow))
      fn->ret = parseType();
    parseWhereClause(fn);
    if (at(Tok::LBrace)) {
      bool outer = inTrait_;
      inTrait_ = false;
      fn->body = deferBodies_ ? skipBody() : nullptr;
      if (!fn->body)
        fn->body = parseBlock();
      inTrait_ = outer;
    } else if (inTrait_ && eat(Tok::Semi)) {
      // A required trait method: no body.
    } else {
      expectFailed("`{`");
      recover({Tok::RBrace, Tok::KwFn});
      eat(Tok::RBrace);
    }
    return fn;
  }

  // A prelude fn's body, left for parseDeferredBody: its braces matched
  // over the tokens. Null (nothing skipped) when the body may declare items
  // (name resolution gathers those before any body is resolved) or names a
  // `fn` type, which the scan cannot tell from an item.
  Block* skipBody() {
    size_t end = pos_;
    int depth = 0;
    for (; end < toks_.size(); ++end) {
      switch (toks_[end].kind) {
        case Tok::LBrace:
          ++depth;
          break;
        case Tok::RBrace:
          --depth;
          break;
        case Tok::KwFn:
        case Tok::KwStruct:
        case Tok::KwEnum:
        case Tok::KwImpl:
        case Tok::KwTrait:
        case Tok::KwUse:
        case Tok::KwMod:
        case Tok::KwStatic:
        case Tok::KwConst:
        case Tok::KwType:
        case Tok::KwExtern:
        case Tok::Eof:
          return nullptr;
        default:
          break;
      }
      if (depth == 0)
        break;
    }
    if (end >= toks_.size())
      return nullptr;
    Block* b = ast_.arena.make<Block>();
    b->span = Span::between(toks_[pos_].span, toks_[end].span);
    b->deferred = true;
    pos_ = end + 1;
    return b;
  }

  // params := (self_param `,`)? (pattern `:` type),* `,`?
  void parseParams(Item* fn) {
    // self, mut self, &self, &mut self, &'a self, self: Type
    size_t save = pos_;
    bool ref = false, refMut = false, mut = false;
    Span selfStart = peek().span;
    std::string_view lifetime;
    if (eat(Tok::And)) {
      ref = true;
      if (at(Tok::Lifetime))
        lifetime = text(bump().span);
      refMut = eat(Tok::KwMut);
    } else {
      mut = eat(Tok::KwMut);
    }
    if (at(Tok::KwSelfValue)) {
      bump();
      fn->selfKind = refMut ? SelfKind::RefMut : ref ? SelfKind::Ref : SelfKind::Value;
      fn->selfMut = mut;
      fn->selfLifetime = lifetime;
      fn->selfSpan = Span::between(selfStart, prevSpan());
      if (eat(Tok::Colon))
        parseType();  // `self: Self` and friends
      if (!eat(Tok::Comma))
        return;
    } else {
      pos_ = save;
    }
    while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
      Param p;
      Span start = peek().span;
      p.pattern = parsePattern();
      if (expect(Tok::Colon))
        p.type = parseType();
      p.span = Span::between(start, prevSpan());
      fn->params.push_back(p);
      if (!eat(Tok::Comma))
        break;
    }
  }

  // struct := `struct` ident ( `{` fields `}` | `(` types `)` `;` | `;` )
  Item* parseStruct() {
    Item* s = ast_.arena.make<Item>();
    s->kind = ItemKind::Struct;
    bump();
    s->nameSpan = peek().span;
    s->name = expectIdent();
    parseGenericParams(s);
    parseWhereClause(s);
    if (eat(Tok::Semi)) {
      s->shape = StructShape::Unit;
      return s;
    }
    if (at(Tok::LParen)) {
      s->shape = StructShape::Tuple;
      s->fields = parseTupleFields();
      parseWhereClause(s);
      expect(Tok::Semi);
      return s;
    }
    s->shape = StructShape::Named;
    s->fields = parseNamedFields();
    return s;
  }

  // enum := `enum` ident `{` (attrs variant (`=` expr)?),* `}`
  // variant := ident | ident `(` types `)` | ident `{` fields `}`
  Item* parseEnum() {
    Item* e = ast_.arena.make<Item>();
    e->kind = ItemKind::Enum;
    bump();
    e->nameSpan = peek().span;
    e->name = expectIdent();
    parseGenericParams(e);
    parseWhereClause(e);
    if (!expect(Tok::LBrace)) {
      recover({Tok::RBrace});
      eat(Tok::RBrace);
      return e;
    }
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      std::vector<Attribute> attrs = parseOuterAttributes();
      VariantDecl v;
      for (const Attribute& a : attrs)
        v.isDefault |= a.path.str() == "default";  // `#[default]` for `#[derive(Default)]`
      Span start = peek().span;
      v.name = expectIdent();
      if (v.name.empty()) {
        recover({Tok::Comma, Tok::RBrace});
        if (!eat(Tok::Comma))
          break;
        continue;
      }
      if (at(Tok::LParen)) {
        v.shape = StructShape::Tuple;
        v.fields = parseTupleFields();
      } else if (at(Tok::LBrace)) {
        v.shape = StructShape::Named;
        v.fields = parseNamedFields();
      }
      if (eat(Tok::Eq))
        v.discriminant = parseExpr();
      v.span = Span::between(start, prevSpan());
      e->variants.push_back(std::move(v));
      if (!eat(Tok::Comma))
        break;
    }
    expectOrRecover(Tok::RBrace, {});
    return e;
  }

  // `(` (vis type),* `)`
  std::vector<StructField> parseTupleFields() {
    std::vector<StructField> fields;
    expect(Tok::LParen);
    while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
      parseOuterAttributes();
      StructField f;
      f.isPub = parseVisibility();
      f.pubScope = pubScope_;
      Span start = peek().span;
      f.type = parseType();
      f.span = Span::between(start, prevSpan());
      fields.push_back(f);
      if (!eat(Tok::Comma))
        break;
    }
    expectOrRecover(Tok::RParen, {Tok::Semi, Tok::RBrace});
    return fields;
  }

  // `{` (vis ident `:` type),* `}`
  std::vector<StructField> parseNamedFields() {
    std::vector<StructField> fields;
    if (!expect(Tok::LBrace)) {
      recover({Tok::RBrace});
      eat(Tok::RBrace);
      return fields;
    }
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      parseOuterAttributes();
      StructField f;
      f.isPub = parseVisibility();
      f.pubScope = pubScope_;
      Span start = peek().span;
      f.name = expectIdent();
      if (f.name.empty()) {
        recover({Tok::Comma, Tok::RBrace});
      } else if (expect(Tok::Colon)) {
        f.type = parseType();
      }
      f.span = Span::between(start, prevSpan());
      fields.push_back(f);
      if (!eat(Tok::Comma))
        break;
    }
    expectOrRecover(Tok::RBrace, {});
    return fields;
  }

  // impl := `impl` generics? (path `for`)? type where? `{` member* `}`
  Item* parseImpl() {
    Item* impl = ast_.arena.make<Item>();
    impl->kind = ItemKind::Impl;
    bump();
    parseGenericParams(impl);
    eat(Tok::Not);  // `impl !Trait for T` (negative impls) parse as positive ones
    TypeExpr* first = parseType();
    if (eat(Tok::KwFor)) {
      impl->traitRef = first;
      impl->selfType = parseType();
    } else {
      impl->selfType = first;
    }
    parseWhereClause(impl);
    parseMembers(impl, false);
    return impl;
  }

  // trait := `trait` ident generics? (`:` bounds)? where? `{` member* `}`
  Item* parseTrait() {
    Item* t = ast_.arena.make<Item>();
    t->kind = ItemKind::Trait;
    bump();
    t->nameSpan = peek().span;
    t->name = expectIdent();
    parseGenericParams(t);
    if (eat(Tok::Colon))
      t->bounds = parseBounds();
    parseWhereClause(t);
    parseMembers(t, true);
    return t;
  }

  // The `{ ... }` of an impl or trait: fns, consts and associated types.
  void parseMembers(Item* owner, bool isTrait) {
    if (!expect(Tok::LBrace)) {
      recover({Tok::RBrace});
      eat(Tok::RBrace);
      return;
    }
    bool outer = inTrait_;
    inTrait_ = isTrait;
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      size_t before = pos_;
      Item* member = parseItem();
      if (member && (member->kind == ItemKind::Fn || member->kind == ItemKind::Const ||
                     member->kind == ItemKind::TypeAlias)) {
        owner->members.push_back(member);
      } else if (member) {
        diags_
            .emit(DiagKind::ExpectedItem, std::string("this item cannot appear in ") +
                                              (isTrait ? "a trait" : "an impl block"))
            .primary(member->nameSpan.empty() ? member->span : member->nameSpan);
      }
      if (pos_ == before)
        bump();
    }
    inTrait_ = outer;
    expect(Tok::RBrace);
  }

  // type_alias := `type` ident generics? (`:` bounds)? (`=` type)? `;`
  Item* parseTypeAlias() {
    Item* a = ast_.arena.make<Item>();
    a->kind = ItemKind::TypeAlias;
    bump();
    a->nameSpan = peek().span;
    a->name = expectIdent();
    parseGenericParams(a);
    if (eat(Tok::Colon))
      a->bounds = parseBounds();
    parseWhereClause(a);
    if (eat(Tok::Eq))
      a->type = parseType();
    else if (!inTrait_)
      expectFailed("`=`");
    if (!expect(Tok::Semi))
      recover({Tok::Semi}), eat(Tok::Semi);
    return a;
  }

  // const := `const` ident `:` type `=` expr `;`   (static likewise, `mut`?)
  Item* parseConstOrStatic(ItemKind kind) {
    Item* c = ast_.arena.make<Item>();
    c->kind = kind;
    bump();
    if (kind == ItemKind::Static)
      c->isMutStatic = eat(Tok::KwMut);
    c->nameSpan = peek().span;
    if (at(Tok::Underscore))
      bump();
    else
      c->name = expectIdent();
    if (expect(Tok::Colon))
      c->type = parseType();
    if (inTrait_ && kind == ItemKind::Const && at(Tok::Semi)) {
      // A trait's associated const without a default value.
    } else if (expect(Tok::Eq)) {
      c->value = parseExpr();
    }
    if (!expect(Tok::Semi))
      recover({Tok::Semi}), eat(Tok::Semi);
    return c;
  }

  // use := `use` use_tree `;`
  // use_tree := path (`as` ident)? | path `::` `*` | path `::` `{` use_tree,* `}`
  Item* parseUse() {
    Item* u = ast_.arena.make<Item>();
    u->kind = ItemKind::Use;
    bump();
    eat(Tok::ColonColon);
    parseUseTree(u, {});
    if (!expect(Tok::Semi))
      recover({Tok::Semi}), eat(Tok::Semi);
    u->name = u->uses.empty() ? std::string_view{} : u->uses.front().alias;
    return u;
  }

  void parseUseTree(Item* u, std::vector<std::string_view> prefix) {
    DepthGuard guard(*this);
    if (tooDeep())
      return;
    Span start = peek().span;
    if (eat(Tok::LBrace)) {
      while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
        size_t before = pos_;
        parseUseTree(u, prefix);
        if (!eat(Tok::Comma) || pos_ == before)
          break;
      }
      expectOrRecover(Tok::RBrace, {Tok::Semi});
      return;
    }
    while (at(Tok::Ident) || at(Tok::KwCrate) || at(Tok::KwSelfValue) || at(Tok::KwSuper)) {
      prefix.push_back(text(bump().span));
      if (!at(Tok::ColonColon))
        break;
      bump();
      if (at(Tok::Star)) {
        bump();
        u->uses.push_back({prefix, {}, true, Span::between(start, prevSpan())});
        return;
      }
      if (at(Tok::LBrace)) {
        parseUseTree(u, prefix);
        return;
      }
    }
    if (prefix.empty()) {
      expectFailed("identifier");
      return;
    }
    // `use a::b::{self}` imports `a::b` itself.
    if (prefix.back() == "self" && prefix.size() > 1)
      prefix.pop_back();
    UseEntry entry{prefix, prefix.back(), false, Span::between(start, prevSpan())};
    if (eat(Tok::KwAs)) {
      if (eat(Tok::Underscore))
        entry.alias = {};
      else
        entry.alias = expectIdent();
    }
    u->uses.push_back(std::move(entry));
  }

  // extern_block := `extern` string `{` (attribute* `pub`? fn_decl)* `}`
  // The members are host functions: signatures ending in `;`.
  Item* parseExternBlock() {
    Item* block = ast_.arena.make<Item>();
    block->kind = ItemKind::ExternBlock;
    bump();
    block->abiSpan = peek().span;
    block->abi = text(peek().span);
    block->nameSpan = block->abiSpan;
    bump();
    expect(Tok::LBrace);
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      Span start = peek().span;
      size_t before = pos_;
      std::vector<Attribute> attrs = parseOuterAttributes();
      bool isPub = parseVisibility();
      if (!at(Tok::KwFn)) {
        diags_.emit(DiagKind::ExpectedItem, "expected `fn`, found " + found())
            .primary(peek().span, "expected a function declaration")
            .note("an `extern \"js\"` block declares host functions only");
        recover({Tok::KwFn, Tok::RBrace});
        if (pos_ == before)
          bump();  // recover stops at a stray `)` or `]`: always make progress
        continue;
      }
      bool outer = inTrait_;
      inTrait_ = true;  // members end in `;`
      Item* fn = parseFn();
      inTrait_ = outer;
      fn->attrs = std::move(attrs);
      fn->isPub = isPub;
      fn->span = Span::between(start, prevSpan());
      block->members.push_back(fn);
    }
    expect(Tok::RBrace);
    return block;
  }

  // mod := `mod` ident (`;` | `{` inner_attribute* item* `}`)
  // A `mod name;` names a file module, whose items the driver parses from
  // its own file (compiler/driver/module_files.cpp).
  Item* parseMod() {
    Item* m = ast_.arena.make<Item>();
    m->kind = ItemKind::Mod;
    bump();
    m->nameSpan = peek().span;
    m->name = expectIdent();
    if (eat(Tok::Semi)) {
      m->isFileModule = true;
      return m;
    }
    if (!expect(Tok::LBrace)) {
      recover({Tok::RBrace});
      eat(Tok::RBrace);
      return m;
    }
    skipInnerAttributes();
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      size_t before = pos_;
      Item* item = parseItem();
      if (item)
        m->members.push_back(item);
      if (pos_ == before)
        bump();
    }
    expect(Tok::RBrace);
    return m;
  }

  // ------------------------------------------------------------ types
  // type := path | `&` lifetime? `mut`? type | `(` types `)` | `[` type (`;` expr)? `]` | `!` | `_`
  TypeExpr* parseType() {
    DepthGuard guard(*this);
    TypeExpr* t = ast_.arena.make<TypeExpr>();
    t->span = peek().span;
    if (tooDeep())
      return t;
    Span start = peek().span;
    switch (peek().kind) {
      case Tok::And:
      case Tok::AndAnd: {
        // `&&T` is two references.
        bool doubled = at(Tok::AndAnd);
        bump();
        t->kind = TypeExprKind::Ref;
        if (at(Tok::Lifetime))
          t->lifetime = text(bump().span);
        t->isMut = eat(Tok::KwMut);
        t->elem = parseType();
        if (doubled) {
          TypeExpr* outer = ast_.arena.make<TypeExpr>();
          outer->kind = TypeExprKind::Ref;
          outer->elem = t;
          t->span = Span::between(start, prevSpan());
          t = outer;
        }
        break;
      }
      case Tok::LParen: {
        bump();
        t->kind = TypeExprKind::Tuple;
        bool trailingComma = false;
        while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
          t->elems.push_back(parseType());
          trailingComma = eat(Tok::Comma);
          if (!trailingComma)
            break;
        }
        expect(Tok::RParen);
        if (t->elems.size() == 1 && !trailingComma) {
          TypeExpr* inner = t->elems[0];
          inner->span = Span::between(start, prevSpan());
          return inner;  // parenthesized type
        }
        break;
      }
      case Tok::LBracket: {
        bump();
        TypeExpr* elem = parseType();
        t->elem = elem;
        if (eat(Tok::Semi)) {
          t->kind = TypeExprKind::Array;
          t->len = parseExpr();
        } else {
          t->kind = TypeExprKind::Slice;
        }
        expect(Tok::RBracket);
        break;
      }
      case Tok::Not:
        bump();
        t->kind = TypeExprKind::Never;
        break;
      case Tok::Underscore:
        bump();
        t->kind = TypeExprKind::Infer;
        break;
      case Tok::Ident:
      case Tok::KwSelfType:
      case Tok::KwCrate:
      case Tok::KwSuper:
      case Tok::KwSelfValue:  // `self::T`
      case Tok::ColonColon:
      case Tok::Lt:  // `<T as Trait>::Out`
        t->kind = TypeExprKind::Path;
        t->path = parsePathSegments(true);
        break;
      case Tok::KwDyn:
      case Tok::KwImpl:
        t->kind = at(Tok::KwDyn) ? TypeExprKind::DynTrait : TypeExprKind::ImplTrait;
        bump();
        t->bounds = parseBounds();
        break;
      case Tok::KwFn:
        diags_
            .emit(DiagKind::Unsupported, "`" + std::string(text(peek().span)) +
                                             "` types are not supported by WasmRust yet")
            .primary(peek().span);
        bump();
        t->kind = TypeExprKind::Infer;
        parseType();
        break;
      default:
        diags_.emit(DiagKind::ExpectedType, "expected type, found " + found())
            .primary(peek().span, "expected type");
        t->kind = TypeExprKind::Infer;
        break;
    }
    t->span = Span::between(start, prevSpan());
    return t;
  }

  // path := `::`? segment (`::` segment)*   segment := ident generics?
  // In expressions generics need a turbofish (`::<`); in types plain `<`.
  Path parsePathSegments(bool typeContext) {
    Path path;
    Span start = peek().span;
    if (at(Tok::Lt))
      parseQualifiedSelf(path);
    else
      eat(Tok::ColonColon);
    for (;;) {
      PathSegment seg;
      seg.span = peek().span;
      Tok k = peek().kind;
      if (k == Tok::Ident || k == Tok::KwSelfType || k == Tok::KwSelfValue || k == Tok::KwCrate ||
          k == Tok::KwSuper) {
        seg.name = text(bump().span);
      } else {
        expectFailed("identifier");
        break;
      }
      if (typeContext && at(Tok::LParen) &&
          (seg.name == "Fn" || seg.name == "FnMut" || seg.name == "FnOnce")) {
        // `Fn(A, B) -> R` is `Fn<(A, B), Output = R>`.
        TypeExpr* args = ast_.arena.make<TypeExpr>();
        args->kind = TypeExprKind::Tuple;
        args->span = peek().span;
        bump();
        while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
          args->elems.push_back(parseType());
          if (!eat(Tok::Comma))
            break;
        }
        expect(Tok::RParen);
        args->span = Span::between(args->span, prevSpan());
        seg.generics.push_back(args);
        if (eat(Tok::Arrow)) {
          AssocBinding out;
          out.name = "Output";
          out.span = peek().span;
          out.type = parseType();
          seg.bindings.push_back(out);
        }
      } else if (typeContext && at(Tok::Lt)) {
        parseGenericArgs(seg);
      } else if (at(Tok::ColonColon) && peek(1).kind == Tok::Lt) {
        bump();
        parseGenericArgs(seg);
      }
      path.segments.push_back(std::move(seg));
      if (at(Tok::ColonColon) && peek(1).kind != Tok::Lt &&
          (peek(1).kind == Tok::Ident || peek(1).kind == Tok::KwSelfType ||
           peek(1).kind == Tok::KwSuper)) {
        bump();
        continue;
      }
      break;
    }
    path.span = Span::between(start, prevSpan());
    return path;
  }

  // qualified_self := `<` type `as` type_path `>` `::`
  void parseQualifiedSelf(Path& path) {
    bump();  // `<`
    path.qualSelf = parseType();
    if (expect(Tok::KwAs))
      path.qualTrait = parseType();
    if (splitGt_) {
      splitGt_ = false;  // the trait's generic list consumed half of a `>>`
      bump();
    } else if (!eatGt()) {
      expectFailed("`>`");
    }
    expect(Tok::ColonColon);
  }

  void parseGenericArgs(PathSegment& seg) {
    bump();  // `<`
    while (!at(Tok::Gt) && !at(Tok::Shr) && !at(Tok::Eof) && !fatal_) {
      if (splitGt_)
        break;
      if (at(Tok::Lifetime)) {
        seg.lifetimes.push_back(text(bump().span));
      } else if (at(Tok::Ident) && peek(1).kind == Tok::Eq) {
        AssocBinding b;
        b.span = peek().span;
        b.name = text(bump().span);
        bump();  // `=`
        b.type = parseType();
        seg.bindings.push_back(b);
      } else {
        seg.generics.push_back(parseType());
      }
      if (!eat(Tok::Comma))
        break;
    }
    if (splitGt_) {
      // The inner list consumed half of a `>>`; this `>` is the other half.
      splitGt_ = false;
      bump();
      return;
    }
    if (at(Tok::Shr)) {
      splitGt_ = true;  // leave `>>` for the outer list to finish
      return;
    }
    if (!eatGt())
      expectFailed("`>`");
  }

  // ------------------------------------------------------------ patterns
  // pattern := `|`? single (`|` single)*
  Pattern* parsePattern() {
    DepthGuard guard(*this);
    Span start = peek().span;
    if (tooDeep())
      return makePattern(PatternKind::Wild, start);
    eat(Tok::Or);
    Pattern* first = parseSinglePattern();
    if (!at(Tok::Or))
      return first;
    Pattern* alt = makePattern(PatternKind::Or, start);
    alt->elems.push_back(first);
    while (eat(Tok::Or))
      alt->elems.push_back(parseSinglePattern());
    alt->span = Span::between(start, prevSpan());
    return alt;
  }

  Pattern* makePattern(PatternKind kind, Span span) {
    Pattern* p = ast_.arena.make<Pattern>();
    p->kind = kind;
    p->span = span;
    return p;
  }

  bool atPatternLiteral() const {
    switch (peek().kind) {
      case Tok::IntLit:
      case Tok::FloatLit:
      case Tok::CharLit:
      case Tok::ByteLit:
      case Tok::StrLit:
      case Tok::ByteStrLit:
      case Tok::KwTrue:
      case Tok::KwFalse:
        return true;
      case Tok::Minus:
        return peek(1).kind == Tok::IntLit || peek(1).kind == Tok::FloatLit;
      default:
        return false;
    }
  }

  // A literal, possibly negated, as an expression the checker types.
  Expr* parsePatternLiteral() {
    Span start = peek().span;
    if (eat(Tok::Minus)) {
      Expr* e = makeExpr(ExprKind::Unary, start);
      e->unOp = UnOp::Neg;
      e->lhs = parsePrimary();
      e->span = Span::between(start, prevSpan());
      return e;
    }
    return parsePrimary();
  }

  // The end of a range pattern: a literal or a path to a constant.
  Expr* parseRangeEnd() {
    if (atPatternLiteral())
      return parsePatternLiteral();
    if (at(Tok::Ident) || at(Tok::KwSelfType) || at(Tok::ColonColon)) {
      Span start = peek().span;
      Expr* e = makeExpr(ExprKind::Path, start);
      e->path = parsePathSegments(false);
      e->span = Span::between(start, prevSpan());
      return e;
    }
    expectFailed("range pattern bound");
    return errorExpr(peek().span);
  }

  bool atRangeOp() const { return at(Tok::DotDotEq) || at(Tok::DotDotDot) || at(Tok::DotDot); }

  // `lo` has been parsed; a range operator may follow.
  Pattern* finishRangePattern(Expr* lo, Span start) {
    Pattern* p = makePattern(PatternKind::Range, start);
    p->lo = lo;
    Tok op = bump().kind;
    p->inclusive = op != Tok::DotDot;
    bool hasEnd = atPatternLiteral() || at(Tok::Ident) || at(Tok::ColonColon);
    if (hasEnd)
      p->hi = parseRangeEnd();
    else if (p->inclusive)
      expectFailed("range pattern bound");
    p->span = Span::between(start, prevSpan());
    return p;
  }

  // single := `_` | `..` | `&` `mut`? single | `(` pattern,* `)` | `[` pattern,* `]`
  //         | literal (range_op end)? | range_op end
  //         | `ref`? `mut`? ident (`@` single)?
  //         | path (`(` pattern,* `)` | `{` field_pattern,* `}`)? (range_op end)?
  Pattern* parseSinglePattern() {
    DepthGuard guard(*this);
    Span start = peek().span;
    if (tooDeep())
      return makePattern(PatternKind::Wild, start);
    Pattern* p = nullptr;
    if (eat(Tok::Underscore)) {
      p = makePattern(PatternKind::Wild, start);
    } else if (at(Tok::DotDotEq) || at(Tok::DotDotDot)) {
      p = makePattern(PatternKind::Range, start);
      bump();
      p->inclusive = true;
      p->hi = parseRangeEnd();
    } else if (eat(Tok::DotDot)) {
      p = makePattern(PatternKind::Rest, start);
    } else if (at(Tok::And) || at(Tok::AndAnd)) {
      // `&&p` is two reference patterns.
      bool twice = at(Tok::AndAnd);
      bump();
      p = makePattern(PatternKind::Ref, start);
      Pattern* inner = p;
      if (twice) {
        inner = makePattern(PatternKind::Ref, start);
        p->sub = inner;
      }
      inner->isMut = eat(Tok::KwMut);
      inner->sub = parseSinglePattern();
      inner->span = Span::between(start, prevSpan());
    } else if (eat(Tok::LParen)) {
      std::vector<Pattern*> elems;
      bool trailingComma = false;
      while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
        elems.push_back(parsePattern());
        trailingComma = eat(Tok::Comma);
        if (!trailingComma)
          break;
      }
      expectOrRecover(Tok::RParen, {Tok::Eq, Tok::FatArrow, Tok::LBrace});
      if (elems.size() == 1 && !trailingComma && elems[0]->kind != PatternKind::Rest) {
        p = elems[0];  // parenthesized
      } else {
        p = makePattern(PatternKind::Tuple, start);
        p->elems = std::move(elems);
      }
    } else if (eat(Tok::LBracket)) {
      p = makePattern(PatternKind::Slice, start);
      while (!at(Tok::RBracket) && !at(Tok::Eof) && !fatal_) {
        p->elems.push_back(parsePattern());
        if (!eat(Tok::Comma))
          break;
      }
      expectOrRecover(Tok::RBracket, {Tok::Eq, Tok::FatArrow, Tok::LBrace});
    } else if (atPatternLiteral()) {
      Expr* lit = parsePatternLiteral();
      if (atRangeOp())
        return finishRangePattern(lit, start);
      p = makePattern(PatternKind::Lit, start);
      p->lo = lit;
    } else if (at(Tok::KwRef) || at(Tok::KwMut) ||
               (at(Tok::Ident) && peek(1).kind != Tok::ColonColon && peek(1).kind != Tok::LParen &&
                peek(1).kind != Tok::LBrace && !atRangeOpAt(1))) {
      p = makePattern(PatternKind::Binding, start);
      p->byRef = eat(Tok::KwRef);
      p->isMut = eat(Tok::KwMut);
      if (at(Tok::Ident)) {
        p->name = text(bump().span);
        if (eat(Tok::At))
          p->sub = parseSinglePattern();
      } else {
        expectFailed("identifier");
        p->kind = PatternKind::Wild;
      }
    } else if (at(Tok::Ident) || at(Tok::KwSelfType) || at(Tok::ColonColon) || at(Tok::KwCrate) ||
               at(Tok::KwSuper) || at(Tok::KwSelfValue)) {
      Path path = parsePathSegments(false);
      if (at(Tok::LParen)) {
        p = makePattern(PatternKind::TupleStruct, start);
        bump();
        while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
          p->elems.push_back(parsePattern());
          if (!eat(Tok::Comma))
            break;
        }
        expectOrRecover(Tok::RParen, {Tok::Eq, Tok::FatArrow, Tok::LBrace});
      } else if (at(Tok::LBrace)) {
        p = makePattern(PatternKind::Struct, start);
        parseFieldPatterns(p);
      } else if (atRangeOp()) {
        Expr* lo = makeExpr(ExprKind::Path, path.span);
        lo->path = std::move(path);
        return finishRangePattern(lo, start);
      } else {
        p = makePattern(PatternKind::Path, start);
      }
      p->path = std::move(path);
    } else {
      if (!fatal_) {
        diags_.emit(DiagKind::ExpectedPattern, "expected pattern, found " + found())
            .primary(peek().span, "expected pattern");
      }
      p = makePattern(PatternKind::Wild, start);
      if (!at(Tok::Eq) && !at(Tok::Colon) && !at(Tok::Semi) && !at(Tok::FatArrow) &&
          !at(Tok::RBrace))
        bump();
    }
    p->span = Span::between(start, prevSpan());
    return p;
  }

  bool atRangeOpAt(size_t ahead) const {
    Tok k = peek(ahead).kind;
    return k == Tok::DotDotEq || k == Tok::DotDotDot || k == Tok::DotDot;
  }

  // `{` (ident | ident `:` pattern | `ref`? `mut`? ident),* `..`? `}`
  void parseFieldPatterns(Pattern* p) {
    bump();
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      if (eat(Tok::DotDot)) {
        p->hasRest = true;
        break;
      }
      FieldPattern f;
      f.span = peek().span;
      if ((at(Tok::Ident) || at(Tok::IntLit)) && peek(1).kind == Tok::Colon) {
        f.name = text(bump().span);
        bump();
        f.pattern = parsePattern();
      } else {
        // Shorthand: `x`, `ref x`, `mut x` bind the field to a same-named local.
        Pattern* b = makePattern(PatternKind::Binding, peek().span);
        b->byRef = eat(Tok::KwRef);
        b->isMut = eat(Tok::KwMut);
        b->name = f.name = expectIdent();
        b->span = Span::between(f.span, prevSpan());
        if (f.name.empty()) {
          recover({Tok::Comma, Tok::RBrace});
          if (!eat(Tok::Comma))
            break;
          continue;
        }
        f.pattern = b;
      }
      f.span = Span::between(f.span, prevSpan());
      p->fields.push_back(f);
      if (!eat(Tok::Comma))
        break;
    }
    expectOrRecover(Tok::RBrace, {Tok::Eq, Tok::FatArrow});
  }

  // ------------------------------------------------------------ blocks
  // block := `{` stmt* expr? `}`
  Block* parseBlock() {
    DepthGuard guard(*this);
    Block* b = ast_.arena.make<Block>();
    Span start = peek().span;
    b->span = start;
    if (tooDeep())
      return b;
    if (!expect(Tok::LBrace))
      return b;
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      size_t before = pos_;
      parseStmtInto(b);
      if (pos_ == before)
        bump();
    }
    if (!fatal_)
      expect(Tok::RBrace);
    b->span = Span::between(start, prevSpan());
    return b;
  }

  static bool isBlockLike(const Expr* e) {
    switch (e->kind) {
      case ExprKind::Block:
      case ExprKind::If:
      case ExprKind::While:
      case ExprKind::Loop:
      case ExprKind::For:
      case ExprKind::Match:
        return true;
      default:
        return false;
    }
  }

  // stmt := `;` | let | item | expr `;` | block-like-expr
  void parseStmtInto(Block* b) {
    Span start = peek().span;
    if (eat(Tok::Semi))
      return;
    if (at(Tok::KwLet)) {
      b->stmts.push_back(parseLet());
      return;
    }
    if (atItemStart() && !(at(Tok::KwUnsafe) && peek(1).kind == Tok::LBrace)) {
      Stmt* s = ast_.arena.make<Stmt>();
      s->kind = StmtKind::Item;
      s->item = parseItem();
      s->span = Span::between(start, prevSpan());
      if (s->item) {
        b->stmts.push_back(s);
        b->hasItems = true;
        ast_.hasBlockItems = true;
      }
      return;
    }
    Expr* e = parseExprStmtExpr();
    Stmt* s = ast_.arena.make<Stmt>();
    s->kind = StmtKind::Expr;
    s->init = e;
    if (eat(Tok::Semi)) {
      s->hasSemi = true;
    } else if (at(Tok::RBrace)) {
      b->tail = e;  // the block's value
      return;
    } else if (!isBlockLike(e)) {
      expectFailed("`;`");
      recover({Tok::Semi, Tok::RBrace});
      eat(Tok::Semi);
    }
    s->span = Span::between(start, prevSpan());
    b->stmts.push_back(s);
  }

  // A statement-position expression: block-like expressions end at their `}`
  // unless a method call or field access follows.
  Expr* parseExprStmtExpr() {
    Tok k = peek().kind;
    bool blockLike = k == Tok::LBrace || k == Tok::KwIf || k == Tok::KwWhile || k == Tok::KwLoop ||
                     k == Tok::KwMatch || k == Tok::KwFor ||
                     (k == Tok::KwUnsafe && peek(1).kind == Tok::LBrace) ||
                     (k == Tok::Lifetime && peek(1).kind == Tok::Colon);
    if (!blockLike)
      return parseExpr();
    Expr* e = parsePrimary();
    if (at(Tok::Dot) || at(Tok::Question)) {
      e = parsePostfixOps(e);
      return parseBinaryRest(e, kPrecNone + 1, 0);
    }
    return e;
  }

  // let := `let` pattern (`:` type)? (`=` expr)? `;`
  Stmt* parseLet() {
    Stmt* s = ast_.arena.make<Stmt>();
    s->kind = StmtKind::Let;
    Span start = peek().span;
    bump();
    s->pattern = parsePattern();
    if (eat(Tok::Colon))
      s->type = parseType();
    if (eat(Tok::Eq))
      s->init = parseExpr();
    if (s->init && eat(Tok::KwElse))
      s->elseBlock = parseBlock();
    expectOrRecover(Tok::Semi, {Tok::RBrace});
    s->span = Span::between(start, prevSpan());
    return s;
  }

  // ------------------------------------------------------------ expressions
  // expr := assignment
  Expr* parseExpr() {
    DepthGuard guard(*this);
    if (tooDeep())
      return errorExpr(peek().span);
    return parseAssign();
  }

  Expr* parseExprNoStruct() {
    bool saved = noStruct_;
    noStruct_ = true;
    Expr* e = parseExpr();
    noStruct_ = saved;
    return e;
  }

  // assignment := range (`=` | op`=`) assignment
  Expr* parseAssign() {
    Expr* lhs = parseRange();
    Tok k = peek().kind;
    if (k == Tok::Eq || compoundOp(k) != BinOp::None) {
      bump();
      Expr* e = makeExpr(ExprKind::Assign, lhs->span);
      e->binOp = k == Tok::Eq ? BinOp::None : compoundOp(k);
      e->lhs = lhs;
      e->rhs = parseExpr();  // right-associative
      e->span = Span::between(lhs->span, prevSpan());
      return e;
    }
    return lhs;
  }

  bool atExprStart() const {
    switch (peek().kind) {
      case Tok::RParen:
      case Tok::RBracket:
      case Tok::RBrace:
      case Tok::Comma:
      case Tok::Semi:
      case Tok::Eof:
      case Tok::FatArrow:
        return false;
      case Tok::LBrace:
        return !noStruct_;
      default:
        return true;
    }
  }

  // range := binary? (`..` | `..=`) binary?
  Expr* parseRange() {
    Span start = peek().span;
    Expr* lo = nullptr;
    if (!at(Tok::DotDot) && !at(Tok::DotDotEq)) {
      lo = parseBinary(kPrecOr);
      if (!at(Tok::DotDot) && !at(Tok::DotDotEq))
        return lo;
    }
    bool inclusive = at(Tok::DotDotEq);
    bump();
    Expr* e = makeExpr(ExprKind::Range, start);
    e->lhs = lo;
    e->inclusive = inclusive;
    if (atExprStart())
      e->rhs = parseBinary(kPrecOr);
    e->span = Span::between(start, prevSpan());
    return e;
  }

  Expr* parseBinary(int minPrec) {
    Expr* lhs = parseUnary();
    return parseBinaryRest(lhs, minPrec, 0);
  }

  // Precedence climbing. Left-associative chains build deep trees without
  // recursing here, so their length counts toward the nesting limit.
  Expr* parseBinaryRest(Expr* lhs, int minPrec, int chain) {
    for (;;) {
      Tok k = peek().kind;
      if (k == Tok::KwAs) {
        if (kPrecCast < minPrec)
          return lhs;
        if (tooDeep(++chain))
          return lhs;
        bump();
        Expr* e = makeExpr(ExprKind::Cast, lhs->span);
        e->lhs = lhs;
        e->typeExpr = parseType();
        e->span = Span::between(lhs->span, prevSpan());
        lhs = e;
        continue;
      }
      BinInfo info = binInfo(k);
      if (info.op == BinOp::None || info.prec < minPrec)
        return lhs;
      if (tooDeep(++chain))
        return lhs;
      bump();
      Expr* rhs = parseUnary();
      // Bind tighter operators on the right first.
      for (;;) {
        Tok nk = peek().kind;
        int np = nk == Tok::KwAs ? kPrecCast : binInfo(nk).prec;
        if (np == kPrecNone || np <= info.prec)
          break;
        DepthGuard guard(*this);
        if (tooDeep())
          return lhs;
        rhs = parseBinaryRest(rhs, info.prec + 1, chain);
      }
      if (info.prec == kPrecCompare && binInfo(peek().kind).prec == kPrecCompare) {
        diags_.emit(DiagKind::ExpectedToken, "comparison operators cannot be chained")
            .primary(peek().span)
            .help("split the comparison into two, joined by `&&`");
      }
      Expr* e = makeExpr(ExprKind::Binary, Span::between(lhs->span, rhs->span));
      e->binOp = info.op;
      e->lhs = lhs;
      e->rhs = rhs;
      lhs = e;
    }
  }

  // unary := (`-` | `!` | `*` | `&` `mut`?) unary | postfix
  Expr* parseUnary() {
    Span start = peek().span;
    Tok k = peek().kind;
    bool isPrefix =
        k == Tok::Minus || k == Tok::Not || k == Tok::Star || k == Tok::And || k == Tok::AndAnd;
    // Only prefix operators nest here; plain operands do not count.
    DepthGuard guard(*this, isPrefix ? 1 : 0);
    if (isPrefix && tooDeep())
      return errorExpr(peek().span);
    if (k == Tok::Minus || k == Tok::Not || k == Tok::Star) {
      bump();
      Expr* e = makeExpr(ExprKind::Unary, start);
      e->unOp = k == Tok::Minus ? UnOp::Neg : k == Tok::Not ? UnOp::Not : UnOp::Deref;
      e->lhs = parseUnary();
      e->span = Span::between(start, prevSpan());
      return e;
    }
    if (k == Tok::And || k == Tok::AndAnd) {
      bump();
      Expr* e = makeExpr(ExprKind::Ref, start);
      e->isMut = eat(Tok::KwMut);
      e->lhs = parseUnary();
      e->span = Span::between(start, prevSpan());
      if (k == Tok::AndAnd) {  // `&&x` is `& &x`
        Expr* outer = makeExpr(ExprKind::Ref, e->span);
        outer->lhs = e;
        return outer;
      }
      return e;
    }
    return parsePostfixOps(parsePrimary());
  }

  // postfix := primary ( `.` ident call? | `.` int | `(` args `)` | `[` expr `]` | `?` )*
  Expr* parsePostfixOps(Expr* e) {
    int chain = 0;
    for (;;) {
      if (at(Tok::Dot) || at(Tok::LParen) || at(Tok::LBracket) || at(Tok::Question)) {
        if (tooDeep(++chain))
          return e;
      }
      if (eat(Tok::Dot)) {
        if (at(Tok::IntLit)) {
          Expr* f = makeExpr(ExprKind::Field, e->span);
          f->lhs = e;
          f->nameSpan = peek().span;
          f->name = text(bump().span);
          f->span = Span::between(e->span, prevSpan());
          e = f;
          continue;
        }
        Span nameSpan = peek().span;
        std::string_view name = expectIdent();
        std::vector<TypeExpr*> generics;
        if (at(Tok::ColonColon) && peek(1).kind == Tok::Lt) {
          bump();
          PathSegment seg;
          parseGenericArgs(seg);
          generics = seg.generics;
        }
        if (at(Tok::LParen)) {
          Expr* m = makeExpr(ExprKind::MethodCall, e->span);
          m->lhs = e;
          m->name = name;
          m->nameSpan = nameSpan;
          m->path.segments.push_back(PathSegment{name, nameSpan, generics});
          bump();
          m->args = parseArgs(Tok::RParen);
          m->span = Span::between(e->span, prevSpan());
          e = m;
        } else {
          Expr* f = makeExpr(ExprKind::Field, e->span);
          f->lhs = e;
          f->name = name;
          f->nameSpan = nameSpan;
          f->span = Span::between(e->span, prevSpan());
          e = f;
        }
      } else if (at(Tok::LParen)) {
        bump();
        Expr* c = makeExpr(ExprKind::Call, e->span);
        c->lhs = e;
        c->args = parseArgs(Tok::RParen);
        c->span = Span::between(e->span, prevSpan());
        e = c;
      } else if (at(Tok::LBracket)) {
        bump();
        Expr* i = makeExpr(ExprKind::Index, e->span);
        i->lhs = e;
        i->rhs = parseExpr();
        expect(Tok::RBracket);
        i->span = Span::between(e->span, prevSpan());
        e = i;
      } else if (at(Tok::Question)) {
        Expr* t = makeExpr(ExprKind::Try, e->span);
        t->lhs = e;
        t->nameSpan = bump().span;
        t->span = Span::between(e->span, prevSpan());
        e = t;
      } else {
        return e;
      }
    }
  }

  std::vector<Expr*> parseArgs(Tok close) {
    std::vector<Expr*> args;
    bool saved = noStruct_;
    noStruct_ = false;
    while (!at(close) && !at(Tok::Eof) && !fatal_) {
      args.push_back(parseExpr());
      if (!eat(Tok::Comma))
        break;
    }
    noStruct_ = saved;
    if (!expect(close)) {
      recover({close, Tok::Semi});
      eat(close);
    }
    return args;
  }

  // primary := literal | path | path `{` fields `}` | path `!` `(` ... `)`
  //          | `(` expr,* `)` | `[` ... `]` | block | if | while | loop | for
  //          | break | continue | return | `unsafe` block
  // closure := `move`? (`||` | `|` (pattern (`:` type)?),* `|`) (`->` type block | expr)
  Expr* parseClosure() {
    Span start = peek().span;
    Expr* e = makeExpr(ExprKind::Closure, start);
    e->isMove = eat(Tok::KwMove);
    if (!eat(Tok::OrOr)) {
      expect(Tok::Or);
      while (!at(Tok::Or) && !at(Tok::Eof) && !fatal_) {
        Param p;
        Span ps = peek().span;
        p.pattern = parseSinglePattern();
        if (eat(Tok::Colon))
          p.type = parseType();
        p.span = Span::between(ps, prevSpan());
        e->closureParams.push_back(p);
        if (!eat(Tok::Comma))
          break;
      }
      expect(Tok::Or);
    }
    if (eat(Tok::Arrow)) {
      e->typeExpr = parseType();
      if (at(Tok::LBrace)) {
        Expr* body = makeExpr(ExprKind::Block, peek().span);
        body->block = parseBlock();
        body->span = body->block->span;
        e->lhs = body;
      } else {
        expectFailed("`{`");
        e->lhs = parseExpr();
      }
    } else {
      e->lhs = parseExpr();
    }
    e->span = Span::between(start, prevSpan());
    return e;
  }

  Expr* parsePrimary() {
    Span start = peek().span;
    switch (peek().kind) {
      case Tok::IntLit:
        return parseIntLit();
      case Tok::FloatLit:
        return parseFloatLit();
      case Tok::KwTrue:
      case Tok::KwFalse: {
        Expr* e = makeExpr(ExprKind::BoolLit, start);
        e->intValue = at(Tok::KwTrue);
        bump();
        return e;
      }
      case Tok::CharLit:
      case Tok::ByteLit: {
        bool isByte = at(Tok::ByteLit);
        Expr* e = makeExpr(isByte ? ExprKind::IntLit : ExprKind::CharLit, start);
        e->intValue = decodeCharLiteral(file_, start, diags_);
        if (isByte)
          e->suffix = "u8";
        bump();
        return e;
      }
      case Tok::StrLit:
      case Tok::ByteStrLit: {
        Expr* e = makeExpr(at(Tok::StrLit) ? ExprKind::StrLit : ExprKind::ByteStrLit, start);
        // The decoded bytes live as long as the tree (the node keeps a view).
        e->strValue = *ast_.arena.make<std::string>(decodeStringLiteral(file_, start, diags_));
        bump();
        return e;
      }
      case Tok::LParen:
        return parseParenOrTuple();
      case Tok::LBracket:
        return parseArrayLit();
      case Tok::LBrace: {
        Expr* e = makeExpr(ExprKind::Block, start);
        e->block = parseBlock();
        e->span = e->block->span;
        return e;
      }
      case Tok::KwUnsafe: {
        bump();
        Expr* e = makeExpr(ExprKind::Block, start);
        e->isUnsafe = true;
        e->block = parseBlock();
        e->span = Span::between(start, prevSpan());
        return e;
      }
      case Tok::KwIf:
        return parseIf();
      case Tok::KwWhile:
      case Tok::KwLoop:
      case Tok::KwFor:
        return parseLoop({});
      case Tok::Lifetime: {
        std::string_view label = text(bump().span);
        if (!eat(Tok::Colon)) {
          expectFailed("`while`, `for`, `loop` or `{` after a label");
          return errorExpr(start);
        }
        if (!at(Tok::KwWhile) && !at(Tok::KwLoop) && !at(Tok::KwFor) && !at(Tok::LBrace)) {
          expectFailed("`while`, `for`, `loop` or `{` after a label");
          return errorExpr(start);
        }
        if (at(Tok::LBrace)) {
          diags_.emit(DiagKind::Unsupported, "labeled blocks are not supported by WasmRust yet")
              .primary(start);
          Expr* e = makeExpr(ExprKind::Block, start);
          e->block = parseBlock();
          return e;
        }
        Expr* e = parseLoop(label);
        e->span = Span::between(start, e->span);
        return e;
      }
      case Tok::KwBreak:
      case Tok::KwContinue: {
        bool isBreak = at(Tok::KwBreak);
        bump();
        Expr* e = makeExpr(isBreak ? ExprKind::Break : ExprKind::Continue, start);
        if (at(Tok::Lifetime)) {
          e->nameSpan = peek().span;
          e->name = text(bump().span);
        }
        if (isBreak && atExprStart())
          e->lhs = parseExpr();
        e->span = Span::between(start, prevSpan());
        return e;
      }
      case Tok::Or:
      case Tok::OrOr:
      case Tok::KwMove:
        return parseClosure();
      case Tok::KwReturn: {
        bump();
        Expr* e = makeExpr(ExprKind::Return, start);
        if (atExprStart())
          e->lhs = parseExpr();
        e->span = Span::between(start, prevSpan());
        return e;
      }
      case Tok::Ident:
      case Tok::KwSelfValue:
      case Tok::KwSelfType:
      case Tok::KwCrate:
      case Tok::ColonColon:
      case Tok::KwSuper:
        return parsePathExpr();
      case Tok::Lt:
        return parsePathExpr();
      case Tok::KwMatch:
        return parseMatch();
      default: {
        if (!(lastErrorPos_ == pos_ && errorAtPos_) && !fatal_) {
          diags_.emit(DiagKind::ExpectedExpression, "expected expression, found " + found())
              .primary(start, "expected expression");
          lastErrorPos_ = pos_;
          errorAtPos_ = true;
        }
        return errorExpr(start);
      }
    }
  }

  Expr* parseIntLit() {
    Span s = bump().span;
    Expr* e = makeExpr(ExprKind::IntLit, s);
    std::string_view t = text(s);
    int base = 10;
    size_t i = 0;
    if (t.size() > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'o' || t[1] == 'b')) {
      base = t[1] == 'x' ? 16 : t[1] == 'o' ? 8 : 2;
      i = 2;
    }
    unsigned __int128 v = 0;
    bool overflow = false, anyDigit = false;
    for (; i < t.size(); ++i) {
      char c = t[i];
      if (c == '_')
        continue;
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : 99;
      if (base != 16 && (c == 'i' || c == 'u'))
        break;
      if (d >= base)
        break;
      anyDigit = true;
      v = v * base + d;
      if (v > UINT64_MAX)
        overflow = true;
    }
    e->suffix = t.substr(i);
    static const char* kSuffixes[] = {"",    "i8",  "i16", "i32",  "i64",   "i128", "isize", "u8",
                                      "u16", "u32", "u64", "u128", "usize", "f32",  "f64"};
    bool knownSuffix = false;
    for (const char* k : kSuffixes)
      knownSuffix |= e->suffix == k;
    if (!anyDigit || !knownSuffix) {
      diags_
          .emit(DiagKind::InvalidNumber,
                !anyDigit ? "no valid digits found for number"
                          : "invalid suffix `" + std::string(e->suffix) + "` for number literal")
          .primary(s)
          .help("the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)");
      e->suffix = {};
    }
    if (overflow) {
      diags_.emit(DiagKind::LiteralOutOfRange, "integer literal is too large")
          .primary(s)
          .note("value exceeds limit of `" + std::to_string(UINT64_MAX) + "`");
    }
    if (e->suffix == "f32" || e->suffix == "f64") {
      e->kind = ExprKind::FloatLit;
      e->floatValue = static_cast<double>(static_cast<uint64_t>(v));
    }
    e->intValue = static_cast<uint64_t>(v);
    return e;
  }

  Expr* parseFloatLit() {
    Span s = bump().span;
    Expr* e = makeExpr(ExprKind::FloatLit, s);
    std::string_view t = text(s);
    std::string digits;
    size_t i = 0;
    for (; i < t.size(); ++i) {
      char c = t[i];
      if (c == '_')
        continue;
      if (c == 'f')
        break;
      digits += c;
    }
    e->suffix = t.substr(i);
    e->floatValue = std::strtod(digits.c_str(), nullptr);
    if (e->suffix == "f32") {
      // Round once, from the decimal text, to the nearest f32.
      e->floatValue = static_cast<double>(std::strtof(digits.c_str(), nullptr));
    }
    return e;
  }

  Expr* parseParenOrTuple() {
    Span start = bump().span;
    bool saved = noStruct_;
    noStruct_ = false;
    std::vector<Expr*> elems;
    bool trailingComma = false;
    while (!at(Tok::RParen) && !at(Tok::Eof) && !fatal_) {
      elems.push_back(parseExpr());
      trailingComma = eat(Tok::Comma);
      if (!trailingComma)
        break;
    }
    noStruct_ = saved;
    expectOrRecover(Tok::RParen, {Tok::Semi});
    Span span = Span::between(start, prevSpan());
    if (elems.size() == 1 && !trailingComma) {
      Expr* p = makeExpr(ExprKind::Paren, span);
      p->lhs = elems[0];
      return p;
    }
    Expr* e = makeExpr(ExprKind::Tuple, span);
    e->args = std::move(elems);
    return e;
  }

  // array := `[` expr,* `]` | `[` expr `;` expr `]`
  Expr* parseArrayLit() {
    Span start = bump().span;
    bool saved = noStruct_;
    noStruct_ = false;
    Expr* e = makeExpr(ExprKind::Array, start);
    if (!at(Tok::RBracket)) {
      Expr* first = parseExpr();
      if (eat(Tok::Semi)) {
        e->kind = ExprKind::ArrayRepeat;
        e->lhs = first;
        e->rhs = parseExpr();
      } else {
        e->args.push_back(first);
        while (eat(Tok::Comma) && !at(Tok::RBracket) && !fatal_)
          e->args.push_back(parseExpr());
      }
    }
    noStruct_ = saved;
    expectOrRecover(Tok::RBracket, {Tok::Semi});
    e->span = Span::between(start, prevSpan());
    return e;
  }

  // if := `if` expr block (`else` (if | block))?
  Expr* parseIf() {
    DepthGuard guard(*this);
    Span start = bump().span;
    Expr* e = makeExpr(ExprKind::If, start);
    if (tooDeep())
      return e;
    e->lhs = parseCondition();
    e->block = parseBlock();
    if (eat(Tok::KwElse)) {
      if (at(Tok::KwIf)) {
        e->elseExpr = parseIf();
      } else {
        Expr* b = makeExpr(ExprKind::Block, peek().span);
        b->block = parseBlock();
        b->span = b->block->span;
        e->elseExpr = b;
      }
    }
    e->span = Span::between(start, prevSpan());
    return e;
  }

  // The condition of `if` / `while`: an expression or `let pattern = expr`.
  Expr* parseCondition() {
    if (!at(Tok::KwLet))
      return parseExprNoStruct();
    Span start = bump().span;
    Expr* e = makeExpr(ExprKind::Let, start);
    e->pattern = parsePattern();
    expect(Tok::Eq);
    e->lhs = parseExprNoStruct();
    e->span = Span::between(start, prevSpan());
    return e;
  }

  // match := `match` expr `{` (pattern (`if` expr)? `=>` expr `,`?)* `}`
  Expr* parseMatch() {
    DepthGuard guard(*this);
    Span start = bump().span;
    Expr* e = makeExpr(ExprKind::Match, start);
    if (tooDeep())
      return e;
    e->lhs = parseExprNoStruct();
    if (!expect(Tok::LBrace)) {
      recover({Tok::RBrace});
      eat(Tok::RBrace);
      e->span = Span::between(start, prevSpan());
      return e;
    }
    bool saved = noStruct_;
    noStruct_ = false;
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      size_t before = pos_;
      parseOuterAttributes();
      MatchArm arm;
      Span armStart = peek().span;
      arm.pattern = parsePattern();
      if (eat(Tok::KwIf))
        arm.guard = parseExpr();
      if (!expect(Tok::FatArrow)) {
        recover({Tok::Comma, Tok::RBrace});
        eat(Tok::Comma);
        if (pos_ == before)
          bump();
        continue;
      }
      arm.body = parseExprStmtExpr();
      arm.span = Span::between(armStart, prevSpan());
      e->arms.push_back(arm);
      // A comma is optional after a block-like body, required otherwise.
      if (!eat(Tok::Comma) && !at(Tok::RBrace) && !isBlockLike(arm.body)) {
        expectFailed("`,`");
        recover({Tok::Comma, Tok::RBrace});
        eat(Tok::Comma);
      }
    }
    noStruct_ = saved;
    expect(Tok::RBrace);
    e->span = Span::between(start, prevSpan());
    return e;
  }

  Expr* parseLoop(std::string_view label) {
    Span start = peek().span;
    Tok k = bump().kind;
    Expr* e = makeExpr(k == Tok::KwWhile  ? ExprKind::While
                       : k == Tok::KwLoop ? ExprKind::Loop
                                          : ExprKind::For,
                       start);
    e->name = label;
    if (k == Tok::KwWhile) {
      e->lhs = parseCondition();
    } else if (k == Tok::KwFor) {
      e->pattern = parsePattern();
      expect(Tok::KwIn);
      e->lhs = parseExprNoStruct();
    }
    e->block = parseBlock();
    e->span = Span::between(start, prevSpan());
    return e;
  }

  // path_expr := path ( `{` fields `}` | `!` macro_args )?
  Expr* parsePathExpr() {
    Span start = peek().span;
    Path path = parsePathSegments(false);
    if (at(Tok::Not) && path.segments.size() == 1 &&
        (peek(1).kind == Tok::LParen || peek(1).kind == Tok::LBracket ||
         peek(1).kind == Tok::LBrace)) {
      return parseMacro(path);
    }
    if (at(Tok::LBrace) && !noStruct_)
      return parseStructLit(path);
    Expr* e = makeExpr(ExprKind::Path, Span::between(start, prevSpan()));
    e->path = std::move(path);
    return e;
  }

  // struct_lit := path `{` (ident (`:` expr)?),* (`..` expr)? `}`
  Expr* parseStructLit(Path path) {
    Expr* e = makeExpr(ExprKind::StructLit, path.span);
    e->path = std::move(path);
    bump();
    while (!at(Tok::RBrace) && !at(Tok::Eof) && !fatal_) {
      if (eat(Tok::DotDot)) {
        e->rhs = parseExpr();
        break;
      }
      FieldInit f;
      f.span = peek().span;
      if (at(Tok::IntLit))
        f.name = text(bump().span);
      else
        f.name = expectIdent();
      if (f.name.empty()) {
        recover({Tok::Comma, Tok::RBrace});
      } else if (eat(Tok::Colon)) {
        f.value = parseExpr();
      } else {
        // Shorthand `Point { x }` means `Point { x: x }`.
        Expr* v = makeExpr(ExprKind::Path, f.span);
        v->path.segments.push_back(PathSegment{f.name, f.span, {}});
        v->path.span = f.span;
        f.value = v;
      }
      e->fields.push_back(f);
      if (!eat(Tok::Comma))
        break;
    }
    expectOrRecover(Tok::RBrace, {});
    e->span = Span::between(e->span, prevSpan());
    return e;
  }

  // `matches!(value, pattern (if guard)?)` is the match
  // `match value { pattern if guard => true, _ => false }`.
  Expr* parseMatchesMacro(Span start) {
    bump();  // `(`
    bool saved = noStruct_;
    noStruct_ = false;
    Expr* e = makeExpr(ExprKind::Match, start);
    e->lhs = parseExpr();
    expect(Tok::Comma);
    MatchArm yes;
    yes.pattern = parsePattern();
    if (eat(Tok::KwIf))
      yes.guard = parseExpr();
    eat(Tok::Comma);
    expectOrRecover(Tok::RParen, {Tok::Semi});
    noStruct_ = saved;
    e->span = Span::between(start, prevSpan());
    yes.span = yes.pattern->span;
    yes.body = makeExpr(ExprKind::BoolLit, e->span);
    yes.body->intValue = 1;
    MatchArm no;
    no.pattern = makePattern(PatternKind::Wild, e->span);
    no.span = e->span;
    no.body = makeExpr(ExprKind::BoolLit, e->span);
    e->arms = {yes, no};
    return e;
  }

  // A path expression `a::b::c` made by the parser (spans: `at`).
  Expr* syntheticPath(std::initializer_list<const char*> segments, Span at) {
    Expr* e = makeExpr(ExprKind::Path, at);
    for (const char* seg : segments)
      e->path.segments.push_back(PathSegment{seg, at, {}, {}});
    e->path.span = at;
    return e;
  }

  Expr* syntheticCall(Expr* callee, std::vector<Expr*> args, Span at) {
    Expr* c = makeExpr(ExprKind::Call, at);
    c->lhs = callee;
    c->args = std::move(args);
    return c;
  }

  // vec_macro := `vec!` delim (expr (`,` expr)* `,`? | expr `;` expr)? delim
  //
  // `vec![]` is `Vec::new()`, `vec![x; n]` is `Vec::from_elem(x, n)` and
  // `vec![a, b]` moves an array into a new Vec:
  //   { let $items = [a, b]; let $vec = wasm_vec_from_array(&$items);
  //     wasm::mem::forget($items); $vec }
  Expr* parseVecMacro(Span start, Tok close) {
    bump();  // the opening delimiter
    bool saved = noStruct_;
    noStruct_ = false;
    std::vector<Expr*> items;
    Expr* count = nullptr;
    while (!at(close) && !at(Tok::Eof) && !fatal_) {
      items.push_back(parseExpr());
      if (items.size() == 1 && eat(Tok::Semi)) {
        count = parseExpr();
        break;
      }
      if (!eat(Tok::Comma))
        break;
    }
    noStruct_ = saved;
    if (!expect(close)) {
      recover({close, Tok::Semi});
      eat(close);
    }
    Span span = Span::between(start, prevSpan());
    if (count)
      return syntheticCall(syntheticPath({"Vec", "from_elem"}, span), {items[0], count}, span);
    if (items.empty())
      return syntheticCall(syntheticPath({"Vec", "new"}, span), {}, span);
    Expr* array = makeExpr(ExprKind::Array, span);
    array->args = std::move(items);
    auto let = [&](const char* name, Expr* init) {
      Stmt* st = ast_.arena.make<Stmt>();
      st->kind = StmtKind::Let;
      st->span = span;
      st->pattern = makePattern(PatternKind::Binding, span);
      st->pattern->name = name;
      st->init = init;
      return st;
    };
    Expr* borrow = makeExpr(ExprKind::Ref, span);
    borrow->lhs = syntheticPath({"$items"}, span);
    Stmt* forget = ast_.arena.make<Stmt>();
    forget->kind = StmtKind::Expr;
    forget->span = span;
    forget->hasSemi = true;
    forget->init = syntheticCall(syntheticPath({"wasm", "mem", "forget"}, span),
                                 {syntheticPath({"$items"}, span)}, span);
    Block* b = ast_.arena.make<Block>();
    b->span = span;
    b->stmts = {
        let("$items", array),
        let("$vec", syntheticCall(syntheticPath({"wasm_vec_from_array"}, span), {borrow}, span)),
        forget};
    b->tail = syntheticPath({"$vec"}, span);
    Expr* e = makeExpr(ExprKind::Block, span);
    e->block = b;
    return e;
  }

  // macro := ident `!` delim args delim
  Expr* parseMacro(const Path& path) {
    Span start = path.span;
    std::string_view name = path.segments[0].name;
    bump();  // `!`
    Tok open = peek().kind;
    Tok close = open == Tok::LParen     ? Tok::RParen
                : open == Tok::LBracket ? Tok::RBracket
                                        : Tok::RBrace;
    if (name == "matches" && open == Tok::LParen)
      return parseMatchesMacro(start);
    if (name == "vec")
      return parseVecMacro(start, close);
    Expr* e = makeExpr(ExprKind::Macro, start);
    e->name = name;
    e->nameSpan = path.segments[0].span;
    const MacroName* known = nullptr;
    for (const MacroName& m : kMacros) {
      if (name == m.name)
        known = &m;
    }
    if (!known) {
      std::string n(name);
      auto d = diags_.emit(DiagKind::UnknownMacro, "cannot find macro `" + n + "` in this scope");
      d.primary(path.segments[0].span);
      bump();
      recover({close});
      eat(close);
      e->kind = ExprKind::Error;
      e->span = Span::between(start, prevSpan());
      return e;
    }
    e->macro = known->kind;
    bump();
    bool saved = noStruct_;
    noStruct_ = false;
    while (!at(close) && !at(Tok::Eof) && !fatal_) {
      MacroArg arg;
      if (at(Tok::Ident) && peek(1).kind == Tok::Eq && peek(2).kind != Tok::Eq) {
        arg.name = text(bump().span);
        bump();
      }
      arg.value = parseExpr();
      e->macroArgs.push_back(arg);
      if (!eat(Tok::Comma))
        break;
    }
    noStruct_ = saved;
    if (!expect(close)) {
      recover({close, Tok::Semi});
      eat(close);
    }
    e->span = Span::between(start, prevSpan());
    return e;
  }

  const SourceFile& file_;
  const std::vector<Token>& toks_;
  Ast& ast_;
  DiagnosticEngine& diags_;
  size_t pos_ = 0;
  int depth_ = 0;
  bool fatal_ = false;
  PubScope pubScope_ = PubScope::Anywhere;  // of the last parseVisibility
  bool noStruct_ = false;
  bool splitGt_ = false;
  bool inTrait_ = false;      // members may omit bodies and values
  bool deferBodies_ = false;  // the prelude: fn bodies are parsed on demand
  size_t lastErrorPos_ = SIZE_MAX;
  bool errorAtPos_ = false;
};

}  // namespace

void parseFile(const SourceFile& file,
               const std::vector<Token>& tokens,
               Ast& ast,
               DiagnosticEngine& diags) {
  Parser(file, tokens, ast, diags).parseFile();
}

void parsePreludeItems(const SourceFile& file,
                       const std::vector<Token>& tokens,
                       Ast& ast,
                       DiagnosticEngine& diags) {
  Parser p(file, tokens, ast, diags);
  p.setDeferBodies();
  p.parseFile();
}

void parseDeferredBody(const SourceFile& file, Block* body, Ast& ast, DiagnosticEngine& diags) {
  if (!body->deferred)
    return;
  std::vector<Token> tokens = lexRange(file, body->span.lo, body->span.hi, diags);
  Block* parsed = Parser(file, tokens, ast, diags).parseWholeBlock();
  *body = *parsed;
  body->deferred = false;
}

void parseModuleFile(const SourceFile& file,
                     const std::vector<Token>& tokens,
                     Ast& ast,
                     DiagnosticEngine& diags,
                     std::vector<Item*>& items) {
  // The parser appends to the tree's top-level items; a module file's go to
  // its `mod` item instead.
  std::vector<Item*> top = std::move(ast.items);
  ast.items.clear();
  Parser(file, tokens, ast, diags).parseFile();
  items = std::move(ast.items);
  ast.items = std::move(top);
}

}  // namespace wr
