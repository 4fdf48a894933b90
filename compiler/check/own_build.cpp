// Building the ownership graph (own_builder.h): blocks and statements,
// places, values, scopes, calls and operators.
//
// `placeOf` evaluates an expression to the place it names (a temporary for
// a value that is not a place); `valueOf` evaluates it for its value, which
// copies or moves a place. A value that may hold references comes back as
// the temporary that holds it, so whoever consumes it (a call, a `let`)
// uses that temporary and keeps its loans alive until then.
#include "compiler/check/own_builder.h"
#include "compiler/sema/builtin_methods.h"

namespace wr::own {

Builder::Builder(const SourceFile& file,
                 Program& prog,
                 TypeFacts& facts,
                 DiagnosticEngine& diags,
                 FnInfo& fn,
                 Body& body,
                 BodyPool& out,
                 const std::vector<LocalId>* captures)
    : file_(file),
      prog_(prog),
      facts_(facts),
      diags_(diags),
      fn_(fn),
      body_(body),
      out_(out),
      captures_(captures) {
  body_.fn = &fn_;
  body_.fnLocals = fn_.locals.size();
  body_.locals.resize(fn_.locals.size());
  for (size_t i = 0; i < fn_.locals.size(); ++i)
    body_.locals[i].type = fn_.locals[i].type;
  borrowed_.assign(fn_.locals.size(), false);
  body_.blocks.emplace_back();
  cur_ = 0;
}

// ------------------------------------------------------------------ bodies

void Builder::buildFn() {
  for (size_t i = 0; i < fn_.params.size() && i < body_.locals.size(); ++i)
    body_.locals[i].isParam = true;
  retType_ = fn_.ret;
  noteLinearLocals();
  if (fn_.item->body) {
    blockValue(fn_.item->body, true);
    Span end{fn_.item->body->span.hi > 0 ? fn_.item->body->span.hi - 1 : 0,
             fn_.item->body->span.hi};
    leaveScopes(scope_.size(), end, Cause::Return, true);
  }
  body_.finish();
}

void Builder::buildClosure() {
  Expr* c = body_.closure;
  for (size_t i = 0; i < c->closureParams.size(); ++i) {
    LocalId l = c->closureLocals + static_cast<LocalId>(i);
    if (l < body_.locals.size())
      body_.locals[l].isParam = true;
  }
  if (captures_) {
    for (LocalId l : *captures_) {
      if (l < body_.locals.size())
        body_.locals[l].isUpvar = true;
    }
  }
  for (size_t i = 0; i < c->closureParams.size(); ++i) {
    Pattern* p = c->closureParams[i].pattern;
    LocalId l = c->closureLocals + static_cast<LocalId>(i);
    if (p && p->local != l && l < body_.locals.size())
      bindPattern(p, rootOf(l));
  }
  noteLinearLocals();
  if (c->lhs && c->lhs->kind == ExprKind::Block) {
    blockValue(c->lhs->block, true);
  } else {
    LocalId v = valueOf(c->lhs);
    returnSite(v, c->lhs);
  }
  leaveScopes(scope_.size(), Span{c->span.hi, c->span.hi}, Cause::Return, true);
  body_.finish();
}

// ------------------------------------------------------------------ blocks

BlockId Builder::newBlock() {
  body_.blocks.emplace_back();
  return static_cast<BlockId>(body_.blocks.size() - 1);
}

void Builder::edge(BlockId from, BlockId to) {
  body_.edges.emplace_back(from, to);
}

// After `return`, `break`, a panic: what follows is unreachable, in a block
// nothing jumps to.
void Builder::diverge() {
  cur_ = newBlock();
}

Op& Builder::emit(Access access, PlaceId place, Span span, Cause cause) {
  body_.opList.emplace_back();
  body_.blocks[cur_].last = static_cast<uint32_t>(body_.opList.size());
  Op& s = body_.opList.back();
  s.access = access;
  s.place = place;
  s.span = span;
  s.cause = cause;
  s.usesBegin = s.usesEnd = static_cast<uint32_t>(body_.uses.size());
  return s;
}

void Builder::addUses(Op& s, const LocalId* first, const LocalId* last) {
  s.usesBegin = static_cast<uint32_t>(body_.uses.size());
  for (const LocalId* t = first; t != last; ++t) {
    if (*t != kNone)
      body_.uses.push_back(*t);
  }
  s.usesEnd = static_cast<uint32_t>(body_.uses.size());
}

LocalId Builder::newTemp(TypeId type, bool holdsRefs) {
  LocalFacts f;
  f.type = type;
  f.isTemp = true;
  f.hasRefs = holdsRefs;
  body_.locals.push_back(f);
  borrowed_.push_back(false);
  return static_cast<LocalId>(body_.locals.size() - 1);
}

PlaceId Builder::rootOf(LocalId local) {
  return body_.places.root(local, body_.locals[local].type);
}

bool Builder::holds(LocalId local) {
  const LocalFacts& f = body_.locals[local];
  if (f.isTemp)
    return f.hasRefs;
  return facts_.hasRefs(f.type);
}

// Inside a closure body rewritten for lowering, a captured variable `x`
// reads `*env.k`: the capture it stands for.
LocalId Builder::envCapture(Expr* e) {
  if (!captures_ || e->kind != ExprKind::Unary || e->unOp != UnOp::Deref || !e->lhs)
    return kNone;
  Expr* f = e->lhs;
  if (f->kind != ExprKind::Field || !f->lhs || f->lhs->kind != ExprKind::Path ||
      static_cast<ResKind>(f->lhs->resKind) != ResKind::Local || f->lhs->res < body_.fnLocals)
    return kNone;
  return f->fieldIndex < captures_->size() ? (*captures_)[f->fieldIndex] : kNone;
}

// The local a capture expression (in a closure's `args`) names.
LocalId Builder::localOf(Expr* e) {
  if (LocalId l = envCapture(e); l != kNone)
    return l;
  if (e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Local &&
      e->res < body_.fnLocals)
    return e->res;
  return kNone;
}

bool Builder::isPlaceExpr(Expr* e) {
  switch (e->kind) {
    case ExprKind::Paren:
      return isPlaceExpr(e->lhs);
    case ExprKind::Path: {
      ResKind k = static_cast<ResKind>(e->resKind);
      return (k == ResKind::Local && e->res < body_.fnLocals) || k == ResKind::Static;
    }
    case ExprKind::Field:
    case ExprKind::Index:
      return true;
    case ExprKind::Unary:
      return e->unOp == UnOp::Deref;
    default:
      return false;
  }
}

PlaceId Builder::derefs(PlaceId p, int n) {
  for (int i = 0; i < n; ++i) {
    TypeId t = body_.places[p].type;
    const TypeData& d = prog_.types.get(t);
    TypeId inner = d.kind == TypeKind::Ref ? d.elem : prog_.types.error();
    p = body_.places.project(p, ProjKind::Deref, 0, inner);
  }
  return p;
}

PlaceId Builder::placeOf(Expr* e) {
  if (LocalId l = envCapture(e); l != kNone)
    return rootOf(l);
  switch (e->kind) {
    case ExprKind::Paren:
      return placeOf(e->lhs);
    case ExprKind::Path: {
      ResKind k = static_cast<ResKind>(e->resKind);
      if (k == ResKind::Local && e->res < body_.fnLocals)
        return rootOf(e->res);
      if (k == ResKind::Static && e->res < prog_.statics.size()) {
        if (staticLocals_.size() <= e->res)
          staticLocals_.resize(e->res + 1, kNone);
        if (staticLocals_[e->res] == kNone) {
          staticLocals_[e->res] = newTemp(prog_.statics[e->res].type, false);
          body_.locals[staticLocals_[e->res]].staticIndex = e->res;
        }
        return rootOf(staticLocals_[e->res]);
      }
      break;
    }
    case ExprKind::Field: {
      PlaceId base = derefs(placeOf(e->lhs), e->autoDerefs);
      return body_.places.project(base, ProjKind::Field, e->fieldIndex, e->type);
    }
    case ExprKind::Index: {
      PlaceId base = derefs(placeOf(e->lhs), e->autoDerefs);
      valueOf(e->rhs);
      return body_.places.project(base, ProjKind::Index, kNone, e->type);
    }
    case ExprKind::Unary:
      if (e->unOp == UnOp::Deref) {
        if (Expr* box = boxDerefOf(e->lhs))
          return body_.places.project(derefs(placeOf(box->lhs), box->autoDerefs), ProjKind::Box, 0,
                                      e->type);
        return derefs(placeOf(e->lhs), 1);
      }
      break;
    default:
      break;
  }
  // A value that is not a place lives in a temporary.
  LocalId v = exprValue(e);
  if (v == kNone)
    v = newTemp(e->type, false);
  return rootOf(v);
}

// `deref(&b)` or `deref_mut(&mut b)` of a Box, which the checker put in
// for `*b`: the Box itself, whose contents are an owned place Rust lets a
// program move out of. Null for other expressions.
Expr* Builder::boxDerefOf(Expr* e) {
  while (e && e->kind == ExprKind::Paren)
    e = e->lhs;
  if (!e || e->kind != ExprKind::MethodCall || !e->overloaded || !e->lhs || !e->args.empty())
    return nullptr;
  TypeId t = e->lhs->type;
  for (int k = 0; k < e->autoDerefs && prog_.types.kind(t) == TypeKind::Ref; ++k)
    t = prog_.types.get(t).elem;
  return prog_.langOf(t) == LangItem::OwnedBox ? e : nullptr;
}

LocalId Builder::valueOf(Expr* e) {
  if (!e)
    return kNone;
  if (isPlaceExpr(e) || envCapture(e) != kNone)
    return consume(placeOf(e), e->span, Cause::Plain);
  return exprValue(e);
}

// Copies or moves the value at `p`. Moving out of data behind a reference,
// out of an indexed element or out of a static is an error here already.
LocalId Builder::consume(PlaceId p,
                         Span span,
                         Cause cause,
                         uint32_t callee,
                         Span detail,
                         LocalId into) {
  const PlaceNode& n = body_.places[p];
  TypeId t = n.type;
  const TypeData& td = prog_.types.get(t);
  if (td.kind == TypeKind::Ref && td.sub && !body_.locals[n.local].isTemp) {
    // A `&mut` used by value is reborrowed (`&mut *r`) wherever Rust knows
    // the type it is used as, so `r` stays usable; treating every such use
    // as a reborrow never rejects a valid program.
    return borrow(derefs(p, 1), true, t, span, cause, detail, into);
  }
  bool copy = facts_.isCopy(t);
  if (!copy) {
    const LocalFacts& root = body_.locals[n.local];
    if (n.throughDeref || n.throughIndex || root.staticIndex != kNone) {
      moveOutOfBorrowError(p, cause == Cause::MethodSelf && !detail.empty() ? detail : span, cause);
      copy = true;
    }
  }
  LocalId dest = into;
  bool refs = facts_.hasRefs(t);
  if (dest == kNone && refs)
    dest = newTemp(t, true);
  LocalId src = body_.places[p].local;
  Op& s = emit(copy ? Access::Copy : Access::Move, p, span, cause);
  s.def = dest;
  s.callee = callee;
  s.detail = detail;
  if (!copy)
    body_.hasMoves = true;
  if (dest != kNone && refs)
    body_.flows.push_back({src, dest});
  return into != kNone ? kNone : dest;
}

// `&p` / `&mut p`: a loan on `p` held by a new temporary (or by `into`).
// A reborrow through a reference also carries that reference's loans.
LocalId Builder::borrow(PlaceId p,
                        bool isMut,
                        TypeId refType,
                        Span span,
                        Cause cause,
                        Span detail,
                        LocalId into) {
  const PlaceNode& n = body_.places[p];
  LocalId root = n.local;
  bool throughDeref = n.throughDeref;
  bool untracked =
      body_.locals[root].staticIndex != kNone || (body_.locals[root].isTemp && !throughDeref);
  LocalId dest = into != kNone ? into : newTemp(refType, true);
  if (untracked) {
    // Statics live forever and temporaries are not tracked: no loan.
    Op& s = emit(Access::Use, kNone, span, cause);
    s.def = dest;
    return into != kNone ? kNone : dest;
  }
  LoanId loan = static_cast<LoanId>(body_.loans.size());
  Loan l;
  l.place = p;
  l.isMut = isMut;
  l.span = span;
  l.cause = cause;
  l.detail = detail;
  l.block = cur_;
  l.stmt = static_cast<uint32_t>(body_.opList.size()) - body_.blocks[cur_].first;
  body_.loans.push_back(l);
  Op& s = emit(isMut ? Access::BorrowMut : Access::Borrow, p, span, cause);
  s.loan = loan;
  s.def = dest;
  s.detail = detail;
  body_.seeds.emplace_back(loan, dest);
  if (throughDeref)
    body_.flows.push_back({root, dest});
  if (root < borrowed_.size())
    borrowed_[root] = true;
  return into != kNone ? kNone : dest;
}

// An argument borrowed only for the duration of the operation: `{}`
// arguments, `==` operands. A value that is not a place is just evaluated.
void Builder::inspect(Expr* e, Cause cause) {
  if (!e)
    return;
  if (e->kind == ExprKind::StrLit)
    return;
  if (isPlaceExpr(e) || envCapture(e) != kNone) {
    PlaceId p = placeOf(e);
    emit(Access::Inspect, p, e->span, cause);
    return;
  }
  valueOf(e);
}

// A value built from parts (a tuple, a struct literal, a closure): it holds
// whatever references they hold.
LocalId Builder::combine(const LocalId* first, const LocalId* last, TypeId type, Span span) {
  bool any = false;
  for (const LocalId* t = first; t != last; ++t)
    any |= *t != kNone;
  if (!any)
    return kNone;
  if (!facts_.hasRefs(type)) {
    Op& s = emit(Access::Use, kNone, span);
    addUses(s, first, last);
    return kNone;
  }
  LocalId dest = newTemp(type, true);
  Op& s = emit(Access::Use, kNone, span);
  addUses(s, first, last);
  s.def = dest;
  for (const LocalId* t = first; t != last; ++t) {
    if (*t != kNone)
      body_.flows.push_back({*t, dest});
  }
  return dest;
}

// The references in `src` are stored at `dst`: in its local, or, through a
// reference, wherever that reference points.
void Builder::storeThrough(PlaceId dst, LocalId src, Span span) {
  if (src == kNone)
    return;
  const PlaceNode& n = body_.places[dst];
  if (n.throughDeref)
    body_.derefFlows.push_back({src, n.local, span});
  else
    body_.flows.push_back({src, n.local});
}

void Builder::assignTo(PlaceId p, LocalId value, Span span, Span placeSpan) {
  Op& s = emit(Access::Write, p, span);
  addUses(s, {value});
  s.detail = placeSpan;
  const PlaceNode& n = body_.places[p];
  if (n.parent == kNone)
    s.def = n.local;
  storeThrough(p, value, span);
}

void Builder::returnSite(LocalId value, Expr* e) {
  if (value == kNone)
    return;
  Op& s = emit(Access::Use, kNone, e->span);
  addUses(s, {value});
  body_.returns.push_back({value, e->span, e});
}

// ------------------------------------------------------------------ statements

LocalId Builder::blockValue(Block* b, bool isBodyBlock) {
  size_t mark = scope_.size();
  for (Stmt* s : b->stmts)
    statement(s);
  LocalId v = kNone;
  if (b->tail)
    v = valueOf(b->tail);
  if (isBodyBlock) {
    // The body's value is returned before its locals go out of scope.
    if (b->tail)
      returnSite(v, b->tail);
    v = kNone;
  }
  endScope(mark, Span{b->span.hi > 0 ? b->span.hi - 1 : 0, b->span.hi});
  return v;
}

static bool isSimpleBinding(const Pattern* p) {
  return p && p->kind == PatternKind::Binding && !p->sub && !p->bindsRef && p->derefs == 0;
}

void Builder::statement(Stmt* s) {
  switch (s->kind) {
    case StmtKind::Let: {
      if (s->init) {
        if (s->elseBlock) {
          PlaceId p = placeOf(s->init);
          BlockId elseB = newBlock(), cont = newBlock();
          edge(cur_, elseB);
          edge(cur_, cont);
          switchTo(elseB);
          blockValue(s->elseBlock, false);
          diverge();
          switchTo(cont);
          bindPattern(s->pattern, p);
        } else if (isSimpleBinding(s->pattern) && s->pattern->local < body_.fnLocals) {
          LocalId l = s->pattern->local;
          if (isPlaceExpr(s->init) || envCapture(s->init) != kNone) {
            consume(placeOf(s->init), s->init->span, Cause::Plain, kNone, {}, l);
          } else {
            LocalId v = exprValue(s->init);
            Op& w = emit(Access::Write, rootOf(l), s->pattern->span);
            addUses(w, {v});
            w.def = l;
            if (v != kNone)
              body_.flows.push_back({v, l});
          }
        } else {
          bindPattern(s->pattern, placeOf(s->init));
          if (s->pattern && s->pattern->kind == PatternKind::Wild && !isPlaceExpr(s->init) &&
              facts_.isLinear(s->init->type))
            discardedLinear(s->init, "dropped at once: `let _ =` does not bind it");
        }
      }
      noteDeclared(s->pattern);
      return;
    }
    case StmtKind::Expr:
      valueOf(s->init);
      if (s->init && facts_.isLinear(s->init->type))
        discardedLinear(s->init, "dropped at the end of this statement");
      return;
    default:
      return;
  }
}

// A local made by a macro's expansion (`vec!`'s `$items`).
bool Builder::isMacroLocal(Expr* e) {
  LocalId l = localOf(e);
  return l != kNone && l < fn_.locals.size() && !fn_.locals[l].name.empty() &&
         fn_.locals[l].name[0] == '$';
}

// A linear value made by an expression and never bound or passed on.
void Builder::discardedLinear(Expr* e, const char* how) {
  std::string type = facts_.name(e->type);
  diags_
      .emit(DiagKind::LinearNotConsumed,
            "a value of linear type `" + type + "` is dropped without being consumed")
      .primary(e->span, std::string("this value is ") + how)
      .note("a `#[wasm::linear]` value must be moved into a fn or method that consumes it")
      .help("bind it (`let v = ...;`) and consume `v`, or pass it straight to a consuming fn");
}

void Builder::noteDeclared(Pattern* p) {
  if (!p)
    return;
  if (p->kind == PatternKind::Binding && p->local < body_.fnLocals)
    scope_.push_back(p->local);
  for (Pattern* e : p->elems)
    noteDeclared(e);
  for (FieldPattern& f : p->fields)
    noteDeclared(f.pattern);
  noteDeclared(p->sub);
}

// The end of a scope: the locals declared since `mark` die, last first. Only
// those that were ever borrowed can matter (a loan outliving its local).
void Builder::endScope(size_t mark, Span end) {
  for (size_t i = scope_.size(); i > mark; --i) {
    LocalId l = scope_[i - 1];
    if ((l < borrowed_.size() && borrowed_[l]) || isLinearLocal(l))
      emit(Access::StorageDead, rootOf(l), end);
  }
  scope_.resize(mark);
}

// Which of the body's own locals hold linear values (linear.cpp checks that
// each is consumed before it dies). Bodies without any pay nothing more.
void Builder::noteLinearLocals() {
  linearLocals_.assign(body_.fnLocals, 0);
  hasLinearLocals_ = false;
  for (size_t l = 0; l < body_.fnLocals && l < body_.locals.size(); ++l) {
    if (!body_.locals[l].isUpvar && facts_.isLinear(body_.locals[l].type)) {
      linearLocals_[l] = 1;
      hasLinearLocals_ = true;
    }
  }
}

// A path that leaves the scopes above `mark` early (`return`, `?`,
// `break`, `continue`, the end of the body): the linear locals declared in
// them, and the parameters when the whole body is left, die here.
void Builder::leaveScopes(size_t mark, Span span, Cause cause, bool params) {
  if (!hasLinearLocals_)
    return;
  for (size_t i = scope_.size(); i > mark; --i) {
    if (isLinearLocal(scope_[i - 1]))
      emit(Access::StorageDead, rootOf(scope_[i - 1]), span, cause);
  }
  if (!params)
    return;
  for (LocalId l = 0; l < linearLocals_.size(); ++l) {
    if (linearLocals_[l] && body_.locals[l].isParam)
      emit(Access::StorageDead, rootOf(l), span, cause);
  }
}

// ------------------------------------------------------------------ expressions

LocalId Builder::exprValue(Expr* e) {
  if (!e)
    return kNone;
  switch (e->kind) {
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::BoolLit:
    case ExprKind::CharLit:
    case ExprKind::StrLit:
    case ExprKind::ByteStrLit:
    case ExprKind::Path:
    case ExprKind::Continue:
    case ExprKind::Error:
      if (e->kind == ExprKind::Continue) {
        if (LoopCtx* l = findLoop(e->loopId)) {
          leaveScopes(l->scopeMark, e->span, Cause::Break, false);
          edge(cur_, l->header);
        }
        diverge();
      }
      return kNone;
    case ExprKind::Paren:
      return valueOf(e->lhs);
    case ExprKind::Field:
    case ExprKind::Index:
      return consume(placeOf(e), e->span, Cause::Plain);
    case ExprKind::Unary: {
      if (e->unOp == UnOp::Deref)
        return consume(placeOf(e), e->span, Cause::Plain);
      LocalId v = valueOf(e->lhs);
      return combine({v}, e->type, e->span);
    }
    case ExprKind::Ref:
      return borrow(placeOf(e->lhs), e->isMut, e->type, e->span, Cause::Plain);
    case ExprKind::Binary:
      return binaryValue(e);
    case ExprKind::Assign:
      return assignValue(e);
    case ExprKind::Cast:
      if (e->unsize)
        return valueOf(e->lhs);  // to a trait object: the same borrow or box
      valueOf(e->lhs);
      return kNone;
    case ExprKind::Call:
      return callValue(e);
    case ExprKind::MethodCall:
      return methodCallValue(e);
    case ExprKind::Tuple:
    case ExprKind::Array: {
      std::vector<LocalId> temps;
      for (Expr* a : e->args)
        temps.push_back(valueOf(a));
      return combine(temps, e->type, e->span);
    }
    case ExprKind::ArrayRepeat:
      return combine({valueOf(e->lhs)}, e->type, e->span);
    case ExprKind::StructLit:
      return structLitValue(e);
    case ExprKind::Range:
      valueOf(e->lhs);
      valueOf(e->rhs);
      return kNone;
    case ExprKind::Block:
      return blockValue(e->block, false);
    case ExprKind::If:
      return ifValue(e);
    case ExprKind::While:
      return whileValue(e);
    case ExprKind::Loop:
      return loopValue(e);
    case ExprKind::For:
      return forValue(e);
    case ExprKind::Break:
      return breakValue(e);
    case ExprKind::Return:
      return returnValue(e);
    case ExprKind::Macro:
      return macroValue(e);
    case ExprKind::Match:
      return matchValue(e);
    case ExprKind::Let:
      bindPattern(e->pattern, placeOf(e->lhs));
      return kNone;
    case ExprKind::Closure:
      return closureValue(e);
    case ExprKind::Try:
      return tryValue(e);
  }
  return kNone;
}

LocalId Builder::structLitValue(Expr* e) {
  std::vector<LocalId> temps;
  for (FieldInit& f : e->fields)
    temps.push_back(valueOf(f.value));
  if (e->rhs) {
    // `..base` moves (or copies) the fields not given.
    PlaceId base = placeOf(e->rhs);
    TypeId bt = body_.places[base].type;
    const TypeData& d = prog_.types.get(bt);
    if (d.kind == TypeKind::Struct && d.id < prog_.structs.size()) {
      const StructInfo& s = prog_.structs[d.id];
      for (uint32_t i = 0; i < s.fields.size(); ++i) {
        bool given = false;
        for (FieldInit& f : e->fields)
          given |= f.fieldIndex == i;
        if (!given)
          temps.push_back(consume(fieldPlace(base, bt, false, 0, i), e->rhs->span, Cause::Plain));
      }
    }
  }
  return combine(temps, e->type, e->span);
}

LocalId Builder::binaryValue(Expr* e) {
  BinOp op = e->binOp;
  if (op == BinOp::And || op == BinOp::Or) {
    valueOf(e->lhs);
    BlockId rhs = newBlock(), join = newBlock();
    edge(cur_, rhs);
    edge(cur_, join);
    switchTo(rhs);
    valueOf(e->rhs);
    edge(cur_, join);
    switchTo(join);
    return kNone;
  }
  if (op >= BinOp::Eq) {
    // Comparisons take their operands by reference (`PartialEq::eq(&a, &b)`);
    // on Copy values they read them.
    for (Expr* side : {e->lhs, e->rhs}) {
      if (facts_.isCopy(side->type))
        valueOf(side);
      else
        inspect(side, Cause::Plain);
    }
    return kNone;
  }
  // Arithmetic: on numbers a copy; on structs and type parameters a call of
  // the operator's trait method, which takes both operands by value.
  LocalId a = valueOf(e->lhs);
  LocalId b = valueOf(e->rhs);
  return combine({a, b}, e->type, e->span);
}

LocalId Builder::assignValue(Expr* e) {
  LocalId v = valueOf(e->rhs);
  PlaceId p = placeOf(e->lhs);
  if (e->binOp == BinOp::None) {
    assignTo(p, v, e->span, e->lhs->span);
    return kNone;
  }
  TypeKind k = prog_.types.kind(body_.places[p].type);
  if (k == TypeKind::Struct || k == TypeKind::Param) {
    // `a += b` on a struct: `AddAssign::add_assign(&mut a, b)`.
    Op& s = emit(Access::InspectMut, p, e->span, Cause::MethodSelf);
    addUses(s, {v});
    s.detail = e->lhs->span;
    // Only a value that can hold references can keep `b`'s loans (`String
    // += &str` keeps none).
    if (facts_.hasRefs(body_.places[p].type))
      storeThrough(p, v, e->span);
    return kNone;
  }
  emit(Access::Copy, p, e->span, Cause::CompoundAssign).detail = e->lhs->span;
  assignTo(p, v, e->span, e->lhs->span);
  return kNone;
}

LocalId Builder::macroValue(Expr* e) {
  size_t first = 0;
  switch (e->macro) {
    case MacroKind::Assert:
    case MacroKind::DebugAssert:
    case MacroKind::Write:  // the formatter, a `&mut` reborrowed for the call
    case MacroKind::Writeln:
      if (!e->macroArgs.empty())
        valueOf(e->macroArgs[0].value);
      first = 1;
      break;
    case MacroKind::AssertEq:
    case MacroKind::AssertNe:
    case MacroKind::DebugAssertEq:
    case MacroKind::DebugAssertNe:
      for (size_t i = 0; i < 2 && i < e->macroArgs.size(); ++i)
        inspect(e->macroArgs[i].value, Cause::FormatArg);
      first = 2;
      break;
    default:
      break;
  }
  for (size_t i = first; i < e->macroArgs.size(); ++i)
    inspect(e->macroArgs[i].value, Cause::FormatArg);
  if (prog_.types.kind(e->type) == TypeKind::Never)
    diverge();
  return kNone;
}

// ------------------------------------------------------------------ calls

// A call of fn `fnIndex`: it uses its argument temporaries; its result
// holds, by the callee's signature (TypeFacts::callShape), the references
// of some arguments (`args`: their values) or of what they point to
// (`contents`: the borrowed place's local, for `&x` and `&self`); and some
// arguments may be stored behind `&mut` ones (`argPlaces`: a receiver
// borrowed for the call only).
LocalId Builder::fnCallResult(uint32_t fnIndex,
                              const std::vector<LocalId>& args,
                              const std::vector<LocalId>& contents,
                              const std::vector<PlaceId>& argPlaces,
                              Expr* call) {
  bool anyRefs = facts_.hasRefs(call->type);
  for (size_t i = 0; i < args.size() && !anyRefs; ++i)
    anyRefs = args[i] != kNone ||
              (i < contents.size() && contents[i] != kNone && contents[i] != kNoContents);
  if (!anyRefs) {
    // Nothing to relate: skip reading the signature.
    emit(Access::Use, kNone, call->span, Cause::Argument).detail = calleeSpan(call);
    if (prog_.types.kind(call->type) == TypeKind::Never)
      diverge();
    return kNone;
  }
  const CallShape& shape = facts_.callShape(fnIndex);
  auto contentOf = [&](size_t i) -> LocalId {
    if (i < contents.size() && contents[i] == kNoContents)
      return kNone;
    return i < contents.size() && contents[i] != kNone ? contents[i] : args[i];
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (auto [i, j] : pass == 0 ? shape.storesValue : shape.storesContents) {
      if (i >= args.size() || j >= args.size())
        continue;
      LocalId src = pass == 0 ? args[i] : contentOf(i);
      if (src == kNone)
        continue;
      if (args[j] != kNone)
        body_.derefFlows.push_back({src, args[j], call->span});
      else if (j < argPlaces.size() && argPlaces[j] != kNone)
        storeThrough(argPlaces[j], src, call->span);
    }
  }
  Op& s = emit(Access::Use, kNone, call->span, Cause::Argument);
  addUses(s, args);
  s.detail = calleeSpan(call);
  LocalId dest = kNone;
  if (facts_.hasRefs(call->type)) {
    dest = newTemp(call->type, true);
    body_.opList.back().def = dest;
    for (size_t i = 0; i < args.size() && i < shape.resultFromValue.size(); ++i) {
      if (shape.resultFromValue[i] && args[i] != kNone)
        body_.flows.push_back({args[i], dest});
      if (shape.resultFromContents[i] && contentOf(i) != kNone)
        body_.flows.push_back({contentOf(i), dest});
    }
  }
  if (prog_.types.kind(call->type) == TypeKind::Never)
    diverge();
  return dest;
}

// What rustc points at for "used by call": the method's name, or the
// callee's path.
Span Builder::calleeSpan(const Expr* call) {
  if (call->kind == ExprKind::MethodCall)
    return call->nameSpan;
  if (call->kind == ExprKind::Call && call->lhs)
    return call->lhs->span;
  return call->span;
}

// An argument's value, and for `&place` the local that place belongs to
// (what the reference's referent holds).
LocalId Builder::argValue(Expr* a, LocalId& contents) {
  Expr* inner = a;
  while (inner->kind == ExprKind::Paren)
    inner = inner->lhs;
  if (inner->kind == ExprKind::Ref) {
    PlaceId p = placeOf(inner->lhs);
    contents = holds(body_.places[p].local) ? body_.places[p].local : kNoContents;
    return borrow(p, inner->isMut, inner->type, inner->span, Cause::Plain);
  }
  LocalId v = valueOf(a);
  contents = v;
  return v;
}

LocalId Builder::callValue(Expr* e) {
  Expr* callee = e->lhs;
  if (e->callsClosure) {
    PlaceId cp = derefs(placeOf(callee), e->autoDerefs);
    std::vector<LocalId> temps;
    for (Expr* a : e->args)
      temps.push_back(valueOf(a));
    TypeId ct = body_.places[cp].type;
    const TypeData& d = prog_.types.get(ct);
    bool once = false, mut = false;
    uint32_t closureId = kNone;
    if (d.kind == TypeKind::Struct) {
      auto it = facts_.closures().find(d.id);
      if (it != facts_.closures().end()) {
        once = it->second.isFnOnce;
        mut = it->second.isFnMut;
        closureId = d.id;
      }
    } else if (d.kind == TypeKind::Param) {
      uint32_t fnOnce = prog_.stdTrait("FnOnce"), fnMut = prog_.stdTrait("FnMut");
      uint32_t fnTrait = prog_.stdTrait("Fn");
      bool hasFn = fnTrait != kNone && prog_.paramHasBound(d.id, fnTrait);
      mut = !hasFn && fnMut != kNone && prog_.paramHasBound(d.id, fnMut);
      once = !hasFn && !mut && fnOnce != kNone && prog_.paramHasBound(d.id, fnOnce);
    }
    LocalId self = kNone;
    if (once && !facts_.isCopy(ct)) {
      self = consume(cp, callee->span, Cause::ClosureCall, closureId, e->span);
    } else {
      Op& s =
          emit(mut ? Access::InspectMut : Access::Inspect, cp, callee->span, Cause::ClosureCall);
      s.callee = closureId;
    }
    temps.push_back(self);
    LocalId result = kNone;
    if (facts_.hasRefs(e->type)) {
      result = newTemp(e->type, true);
      if (self == kNone && holds(body_.places[cp].local))
        body_.flows.push_back({body_.places[cp].local, result});
    }
    Op& s = emit(Access::Use, kNone, e->span, Cause::ClosureCall);
    addUses(s, temps);
    s.def = result;
    if (result != kNone) {
      for (LocalId t : temps) {
        if (t != kNone)
          body_.flows.push_back({t, result});
      }
    }
    if (prog_.types.kind(e->type) == TypeKind::Never)
      diverge();
    return result;
  }
  std::vector<LocalId> temps;
  ResKind k = static_cast<ResKind>(callee->resKind);
  if (k == ResKind::Fn && callee->res < prog_.fns.size()) {
    std::vector<LocalId> contents(e->args.size(), kNone);
    for (size_t i = 0; i < e->args.size(); ++i) {
      temps.push_back(argValue(e->args[i], contents[i]));
      if (facts_.isLinear(e->args[i]->type))
        checkLinearArgument(file_, facts_, diags_, callee->res, static_cast<uint32_t>(i),
                            e->args[i]->span, e->args[i]->type);
    }
    return fnCallResult(callee->res, temps, contents, {}, e);
  }
  for (Expr* a : e->args) {
    temps.push_back(valueOf(a));
    if (k == ResKind::BuiltinFn && callee->res == static_cast<uint32_t>(BuiltinFn::MemForget) &&
        facts_.isLinear(a->type) && !isMacroLocal(a))
      checkLinearBuiltin(facts_, diags_, a->span, a->type);
  }
  if (k == ResKind::TupleCtor || k == ResKind::VariantCtor)
    return combine(temps, e->type, e->span);
  Op& s = emit(Access::Use, kNone, e->span, Cause::Argument);
  addUses(s, temps);
  if (prog_.types.kind(e->type) == TypeKind::Never)
    diverge();
  return kNone;
}

LocalId Builder::methodCallValue(Expr* e) {
  ResKind k = static_cast<ResKind>(e->resKind);
  if (k == ResKind::PrimMethod)
    return builtinMethodValue(e);
  if (k != ResKind::Fn || e->res >= prog_.fns.size()) {
    if (e->autoRef)  // `it.next()` on an iterator parameter
      emit(Access::InspectMut, derefs(placeOf(e->lhs), e->autoDerefs), e->span, Cause::MethodSelf);
    else
      valueOf(e->lhs);
    for (Expr* a : e->args)
      valueOf(a);
    return kNone;
  }
  FnInfo& m = prog_.fns[e->res];
  SelfKind sk = m.item ? m.item->selfKind : SelfKind::Value;
  PlaceId rp = derefs(placeOf(e->lhs), e->autoDerefs);
  std::vector<LocalId> temps(1, kNone);
  std::vector<LocalId> contents(1, kNone);
  std::vector<PlaceId> places(1, kNone);
  Span callSpan{e->nameSpan.lo, e->span.hi};
  if (sk == SelfKind::Value || sk == SelfKind::None)
    temps[0] = consume(rp, callSpan, Cause::MethodSelf, e->res, e->lhs->span);
  for (size_t i = 0; i < e->args.size(); ++i) {
    Expr* a = e->args[i];
    contents.push_back(kNone);
    temps.push_back(argValue(a, contents.back()));
    if (facts_.isLinear(a->type))
      checkLinearArgument(file_, facts_, diags_, e->res, static_cast<uint32_t>(i + 1), a->span,
                          a->type);
  }
  if ((sk == SelfKind::Ref || sk == SelfKind::RefMut) && e->autoDerefs == 0 &&
      !isPlaceExpr(e->lhs) && facts_.isLinear(e->lhs->type))
    discardedLinear(e->lhs, "borrowed for this call, then dropped");
  if (sk == SelfKind::Ref || sk == SelfKind::RefMut) {
    // Two-phase: the receiver is borrowed when the call happens, after its
    // arguments were evaluated. The loan outlives the call only when the
    // result borrows the receiver itself.
    bool mut = sk == SelfKind::RefMut;
    contents[0] = holds(body_.places[rp].local) ? body_.places[rp].local : kNoContents;
    bool fromSelf = false;
    if (facts_.hasRefs(e->type)) {
      const CallShape& shape = facts_.callShape(e->res);
      fromSelf = !shape.resultFromValue.empty() && shape.resultFromValue[0];
    }
    if (fromSelf) {
      TypeId refType = prog_.types.ref(body_.places[rp].type, mut);
      temps[0] = borrow(rp, mut, refType, e->span, Cause::MethodSelf);
    } else {
      Op& s = emit(mut ? Access::InspectMut : Access::Inspect, rp, e->span, Cause::MethodSelf);
      s.callee = e->res;
      places[0] = rp;
    }
  }
  return fnCallResult(e->res, temps, contents, places, e);
}

LocalId Builder::builtinMethodValue(Expr* e) {
  PlaceId rp = derefs(placeOf(e->lhs), e->autoDerefs);
  std::vector<LocalId> temps;
  for (Expr* a : e->args)
    temps.push_back(valueOf(a));
  TypeKind rk = prog_.types.kind(body_.places[rp].type);
  bool byValue =
      rk == TypeKind::Int || rk == TypeKind::Float || rk == TypeKind::Char || rk == TypeKind::Bool;
  Access a = byValue ? Access::Copy : Access::Inspect;
  if (static_cast<BuiltinMethod>(e->res) == BuiltinMethod::SeqSwap)
    a = Access::InspectMut;
  LocalId result = kNone;
  if (facts_.hasRefs(e->type)) {
    // `clone` of a value holding references holds the same ones.
    result = newTemp(e->type, true);
    body_.flows.push_back({body_.places[rp].local, result});
  }
  Op& s = emit(a, rp, e->span, Cause::MethodSelf);
  addUses(s, temps);
  s.def = result;
  return result;
}

}  // namespace wr::own
