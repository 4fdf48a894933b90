// The type checker (see check.h). One Checker walks one body at a time:
// expressions are checked with an optional expected type (bidirectional
// checking) and unified through InferCtx; after the walk every recorded type
// is resolved (literal defaults applied) and the post-checks in
// check_post.cpp run on concrete types.
#include "compiler/check/check.h"

#include <cstring>

#include "compiler/check/checker.h"
#include "compiler/sema/builtin_methods.h"

namespace wr {

static bool isCopyUncached(const Program& prog, TypeId t);

// Memoized: types are DAGs, and a tuple of tuples built by doubling would
// take exponential time to walk as a tree.
bool isCopyType(const Program& prog, TypeId t) {
  auto it = prog.copyCache.find(t);
  if (it != prog.copyCache.end())
    return it->second;
  prog.copyCache[t] = false;  // a type that contains itself is not Copy
  bool r = isCopyUncached(prog, t);
  prog.copyCache[t] = r;
  return r;
}

static bool isCopyUncached(const Program& prog, TypeId t) {
  const TypeData& d = prog.types.get(t);
  // A value that holds an externref in memory owns a reference-table slot.
  if (d.kind != TypeKind::ExternRef && const_cast<Program&>(prog).holdsExternRef(t))
    return false;
  switch (d.kind) {
    case TypeKind::Struct: {
      // `#[derive(Copy)]` on a generic type holds for the arguments that
      // make every field Copy (`Option<i32>`, not `Option<String>`).
      const StructInfo& s = prog.structs[d.id];
      if (!s.derivesCopy)
        return false;
      if (d.elems.empty())
        return true;
      Program& p = const_cast<Program&>(prog);  // substitution interns types
      for (uint32_t i = 0; i < s.fields.size(); ++i) {
        if (!isCopyType(prog, p.fieldType(t, i)))
          return false;
      }
      for (uint32_t v = 0; v < s.variants.size(); ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
          if (!isCopyType(prog, p.variantFieldType(t, v, i)))
            return false;
        }
      }
      return true;
    }
    case TypeKind::Tuple:
      for (TypeId e : d.elems) {
        if (!isCopyType(prog, e))
          return false;
      }
      return true;
    case TypeKind::Array:
      return isCopyType(prog, d.elem);
    case TypeKind::Ref:
      return d.sub == 0;
    case TypeKind::Param:
      return prog.paramHasBound(d.id, prog.stdTrait("Copy"));
    case TypeKind::Str:
    case TypeKind::Slice:
      return false;
    default:
      return true;
  }
}

void Checker::run() {
  checkTraitImpls();
  // `impl Trait` results are known once their bodies are checked: first.
  std::vector<bool> early(prog_.fns.size(), false);
  for (uint32_t i = 0; i < early.size(); ++i) {
    if (isOpaqueFn(prog_.fns[i])) {
      early[i] = true;
      checkFn(prog_.fns[i]);
    }
  }
  // Instances are appended while bodies are checked; this loop reaches them.
  // The prelude's bodies wait until something reaches them (check.h).
  for (uint32_t i = 0; i < prog_.fns.size(); ++i) {
    FnInfo& fn = prog_.fns[i];
    if (i < early.size() && early[i])
      continue;
    if (fn.item && fn.item->body && !fn.isClosure() && file_.inPrelude(fn.item->span))
      fn.deferred = true;
    else if (!fn.deferred)
      checkFn(fn);
  }
  for (ConstInfo& c : prog_.consts) {
    if (c.item->value)
      checkDetached(c.item->value, c.type, c.owner);
  }
  for (StaticInfo& s : prog_.statics) {
    if (s.item->value)
      checkDetached(s.item->value, s.type, kNone);
  }
  finished_ = true;
}

void Checker::resolveBody(const FnInfo& fn) {
  if (fn.unresolved && resolution_)
    resolution_->resolveBody(fn.item->id);
}

void Checker::ensureChecked(uint32_t f) {
  FnInfo& fn = prog_.fns[f];
  if (!fn.deferred)
    return;
  fn.deferred = false;
  checkFn(fn);
}

void Checker::beginBody(FnInfo* fn, uint32_t selfStruct) {
  fn_ = fn;
  selfStruct_ = selfStruct;
  visited_.clear();
  visitedPats_.clear();
  matches_.clear();
  lets_.clear();
  negatedLits_.clear();
  loopBreak_.assign(fn->loopCount, kNoType);
  loopHasBreak_.assign(fn->loopCount, false);
  loopIsLoop_.assign(fn->loopCount, false);
  genericUses_.clear();
  intrinsicUses_.clear();
  iterFors_.clear();
  unsizedPlaces_.clear();
  unsizedOk_.clear();
  iterableVars_.clear();
  closures_.clear();
  fnHints_.clear();
  pendingUnsizes_.clear();
  infer_ = std::make_unique<InferCtx>(tt_);
}

void Checker::checkFn(FnInfo& fn) {
  if (fn.isClosure())
    return;  // checked as part of the enclosing body
  resolveBody(fn);
  Item* item = fn.item;
  beginBody(&fn, fn.owner);
  instSubst_.clear();
  if (fn.templateFn != kNone) {
    const FnInfo& t = prog_.fns[fn.templateFn];
    for (size_t i = 0; i < t.generics.size() && i < fn.typeArgs.size(); ++i)
      instSubst_.emplace_back(t.generics[i], fn.typeArgs[i]);
  }
  retType_ = fn.ret;
  bool opaque = isOpaqueFn(fn) && item->body;
  if (opaque)
    beginOpaqueReturn();
  for (size_t i = 0; i < fn.params.size() && i < fn.locals.size(); ++i) {
    fn.locals[i].type = fn.params[i];
    fn.locals[i].hasInit = true;
  }
  if (!item->body)
    return;
  TypeId bodyT = checkBlock(item->body, fn.ret);
  TypeId shallowBody = infer_->shallow(bodyT);
  if (item->body->tail) {
    coerce(item->body->tail, bodyT, fn.ret,
           {item->ret ? item->ret->span : Span{},
            item->ret ? "expected `" + prog_.typeName(fn.ret) + "` because of return type" : ""});
  } else if (tt_.kind(shallowBody) != TypeKind::Never && !infer_->unify(fn.ret, tt_.unit())) {
    reportMissingTail(fn);
  }
  if (opaque)
    finishOpaqueReturn();
  finishBody();
}

// `fn f() -> i32 { 5; }`: rustc's E0308 with its "remove this semicolon" help.
void Checker::reportMissingTail(FnInfo& fn) {
  Item* item = fn.item;
  auto d = diags_.emit(DiagKind::MismatchedTypes, "mismatched types");
  d.primary(item->ret->span, "expected `" + prog_.typeName(fn.ret) + "`, found `()`");
  d.label(item->nameSpan, "implicitly returns `()` as its body has no tail or `return` expression");
  const std::vector<Stmt*>& stmts = item->body->stmts;
  if (!stmts.empty() && stmts.back()->kind == StmtKind::Expr && stmts.back()->hasSemi) {
    Expr* last = stmts.back()->init;
    TypeId lt = infer_->shallow(last->type);
    if (lt != kNoType && infer_->unify(lt, fn.ret)) {
      Span semi{stmts.back()->span.hi - 1, stmts.back()->span.hi};
      d.suggest("remove this semicolon to return this value", semi, "",
                Applicability::MachineApplicable);
    }
  }
}

void Checker::checkDetached(Expr* value, TypeId type, uint32_t selfStruct) {
  FnInfo scratch;
  scratch.loopCount = 64;  // detached bodies may contain loops; ids stay small
  beginBody(&scratch, selfStruct);
  instSubst_.clear();
  retType_ = tt_.error();
  TypeId t = checkExpr(value, type);
  coerce(value, t, type, {});
  finishBody();
}

// ------------------------------------------------------------------ helpers

std::string Checker::describe(TypeId t) {
  t = infer_->shallow(t);
  switch (tt_.kind(t)) {
    case TypeKind::IntVar:
      return "integer";
    case TypeKind::FloatVar:
      return "floating-point number";
    default:
      return "`" + prog_.typeName(infer_->resolve(t, false)) + "`";
  }
}

std::string Checker::show(TypeId t) {
  return prog_.typeName(infer_->resolve(t, false));
}

void Checker::mismatch(Span span, TypeId expected, TypeId found, const Origin& origin) {
  auto d = diags_.emit(DiagKind::MismatchedTypes, "mismatched types");
  d.primary(span, "expected " + describe(expected) + ", found " + describe(found));
  if (!origin.span.empty() && !origin.label.empty())
    d.label(origin.span, origin.label);
}

void Checker::coerce(Expr*& e, TypeId actual, TypeId expected, const Origin& origin) {
  if (expected == kNoType || actual == kNoType)
    return;
  TypeId a = infer_->shallow(actual);
  TypeId x = infer_->shallow(expected);
  if (tt_.kind(a) == TypeKind::Never)
    return;
  if (unsizeCoercion(e, a, x))
    return;  // &T -> &dyn Trait, Box<T> -> Box<dyn Trait> (check_dyn.cpp)
  const TypeData& ad = tt_.get(a);
  const TypeData& xd = tt_.get(x);
  if (ad.kind == TypeKind::Ref && xd.kind == TypeKind::Ref && (ad.sub || !xd.sub)) {
    TypeId ae = infer_->shallow(ad.elem), xe = infer_->shallow(xd.elem);
    if (tt_.kind(ae) == TypeKind::Array && tt_.kind(xe) == TypeKind::Slice) {
      if (infer_->unify(tt_.get(ae).elem, tt_.get(xe).elem)) {
        e->coerceToSlice = true;
        return;
      }
    }
    if (ad.sub && !xd.sub && infer_->unify(ae, xe))
      return;  // &mut T -> &T
    if (derefCoercion(e, a, x))
      return;  // &String -> &str, &Vec<T> -> &[T], &Box<T> -> &T
  }
  if (!infer_->unify(a, x))
    mismatch(e->span, expected, actual, origin);
}

TypeId Checker::stripRefs(TypeId t) {
  t = infer_->shallow(t);
  while (tt_.kind(t) == TypeKind::Ref)
    t = infer_->shallow(tt_.get(t).elem);
  return t;
}

bool Checker::isNumeric(TypeId t) {
  TypeKind k = tt_.kind(infer_->shallow(t));
  return k == TypeKind::Int || k == TypeKind::IntVar || k == TypeKind::Float ||
         k == TypeKind::FloatVar;
}
bool Checker::isIntegral(TypeId t) {
  TypeKind k = tt_.kind(infer_->shallow(t));
  return k == TypeKind::Int || k == TypeKind::IntVar;
}

// ------------------------------------------------------------------ places

Checker::PlaceInfo Checker::analyzePlace(Expr* e) {
  PlaceInfo p;
  switch (e->kind) {
    case ExprKind::Paren:
      return analyzePlace(e->lhs);
    case ExprKind::Path: {
      ResKind k = static_cast<ResKind>(e->resKind);
      if (k == ResKind::Local) {
        p.isPlace = true;
        p.local = e->res;
      } else if (k == ResKind::Static) {
        p.isPlace = true;
        p.isStatic = true;
        p.mutableStatic = prog_.statics[e->res].item->isMutStatic;
      }
      return p;
    }
    case ExprKind::Field:
    case ExprKind::Index: {
      p = analyzePlace(e->lhs);
      if (!p.isPlace) {
        // A field of a temporary reached through a reference is still a place.
        if (e->autoDerefs == 0)
          return p;
        p.isPlace = true;
        p.local = kNone;
      }
      if (e->autoDerefs > 0) {
        p.throughRef = true;
        p.throughMutRef = derefChainIsMut(e->lhs->type, e->autoDerefs);
        p.local = p.local;  // still rooted, but behind a reference
      }
      return p;
    }
    case ExprKind::Unary:
      if (e->unOp != UnOp::Deref)
        return p;
      p = analyzePlace(e->lhs);
      p.isPlace = true;
      p.throughRef = true;
      p.throughMutRef = derefChainIsMut(e->lhs->type, 1);
      return p;
    default:
      return p;
  }
}

// Whether every reference crossed by `derefs` auto-derefs of `t` is `&mut`.
bool Checker::derefChainIsMut(TypeId t, int derefs) {
  t = infer_->shallow(t);
  bool allMut = true;
  for (int i = 0; i < derefs && tt_.kind(t) == TypeKind::Ref; ++i) {
    allMut &= tt_.get(t).sub != 0;
    t = infer_->shallow(tt_.get(t).elem);
  }
  return allMut;
}

std::string Checker::placeText(Expr* e) {
  return std::string(file_.text().substr(e->span.lo, e->span.hi - e->span.lo));
}

// The reference a place is reached through (`c` in `c.count`, `r` in `*r`),
// which is what rustc's labels name.
Expr* Checker::sharedRefOf(Expr* place) {
  Expr* e = place;
  for (;;) {
    if (e->kind == ExprKind::Paren) {
      e = e->lhs;
    } else if (e->kind == ExprKind::Field || e->kind == ExprKind::Index) {
      if (e->autoDerefs > 0)
        return e->lhs;
      e = e->lhs;
    } else if (e->kind == ExprKind::Unary && e->unOp == UnOp::Deref) {
      return e->lhs;
    } else {
      return place;
    }
  }
}

// Reports E0384/E0594 for assignments and E0596 for `&mut` borrows of
// places that are not mutable. `isBorrow` selects the wording.
void Checker::checkMutable(Expr* place, Span at, bool isBorrow) {
  if (!makeOverloadsMut(place, at, isBorrow))
    return;
  PlaceInfo p = analyzePlace(place);
  if (!p.isPlace)
    return;
  std::string text = placeText(place);
  if (p.throughRef) {
    if (p.throughMutRef)
      return;
    std::string ref = placeText(sharedRefOf(place));
    if (isBorrow) {
      diags_
          .emit(DiagKind::BorrowImmutableAsMut,
                "cannot borrow `" + text + "` as mutable, as it is behind a `&` reference")
          .primary(
              at,
              "`" + ref +
                  "` is a `&` reference, so the data it refers to cannot be borrowed as mutable");
    } else {
      diags_
          .emit(DiagKind::AssignThroughSharedRef,
                "cannot assign to `" + text + "`, which is behind a `&` reference")
          .primary(at,
                   "`" + ref + "` is a `&` reference, so the data it refers to cannot be written");
    }
    return;
  }
  if (p.isStatic) {
    if (!p.mutableStatic) {
      diags_
          .emit(DiagKind::AssignThroughSharedRef,
                "cannot assign to immutable static item `" + text + "`")
          .primary(at, "cannot assign");
    }
    return;
  }
  if (p.local == kNone || p.local >= fn_->locals.size())
    return;
  LocalInfo& l = fn_->locals[p.local];
  if (l.isMut)
    return;
  std::string name(l.name);
  bool whole = place->kind == ExprKind::Path ||
               (place->kind == ExprKind::Paren && place->lhs->kind == ExprKind::Path);
  if (isBorrow) {
    diags_
        .emit(DiagKind::BorrowImmutableAsMut,
              "cannot borrow `" + text + "` as mutable, as it is not declared as mutable")
        .primary(at, "cannot borrow as mutable")
        .suggest("consider changing this to be mutable", Span{l.span.lo, l.span.lo}, "mut ",
                 Applicability::MachineApplicable);
  } else if (whole) {
    if (!l.hasInit && !l.isParam)
      return;  // deferred initialization
    auto d = diags_.emit(DiagKind::AssignTwiceImmutable,
                         l.isParam ? "cannot assign to immutable argument `" + name + "`"
                                   : "cannot assign twice to immutable variable `" + name + "`");
    d.primary(at, l.isParam ? "cannot assign to immutable argument"
                            : "cannot assign twice to immutable variable");
    if (!l.isParam)
      d.label(l.span, "first assignment to `" + name + "`");
    d.suggest("consider making this binding mutable", Span{l.span.lo, l.span.lo}, "mut ",
              Applicability::MachineApplicable);
  } else {
    diags_
        .emit(DiagKind::AssignThroughSharedRef,
              "cannot assign to `" + text + "`, as `" + name + "` is not declared as mutable")
        .primary(at, "cannot assign")
        .suggest("consider changing this to be mutable", Span{l.span.lo, l.span.lo}, "mut ",
                 Applicability::MachineApplicable);
  }
}

void Checker::markAddressTaken(Expr* e) {
  PlaceInfo p = analyzePlace(e);
  if (p.isPlace && !p.throughRef && p.local != kNone && p.local < fn_->locals.size()) {
    fn_->locals[p.local].addressTaken = true;
  }
}

// ------------------------------------------------------------------ blocks

TypeId Checker::checkBlock(Block* b, TypeId expected) {
  bool diverges = false;
  for (Stmt* s : b->stmts) {
    switch (s->kind) {
      case StmtKind::Let: {
        TypeId declared =
            s->type && s->type->resolved != kNoType ? inst(s->type->resolved) : kNoType;
        TypeId t = declared != kNoType ? declared : tt_.newVar(TypeKind::Var);
        if (declared == kNoType && expected != kNoType && s->init &&
            s->init->kind == ExprKind::Array && s->pattern && s->pattern->name == "$items") {
          // `vec![Box::new(a), ...]` where a Vec<Box<dyn Trait>> is
          // expected: the elements are coerced to the trait object.
          TypeId x = infer_->shallow(expected);
          if (prog_.langOf(x) == LangItem::Vec && tt_.get(x).elems.size() == 1 &&
              prog_.dynPointee(infer_->shallow(tt_.get(x).elems[0])) != kNoType)
            t = tt_.array(tt_.get(x).elems[0], s->init->args.size());
        }
        if (s->init) {
          TypeId it = checkExpr(s->init, t);
          coerce(s->init, it, t,
                 {s->type ? s->type->span : Span{}, s->type ? "expected due to this" : ""});
          if (tt_.kind(infer_->shallow(it)) == TypeKind::Never)
            diverges = true;
        }
        if (s->elseBlock) {
          // `let ... else`: the else block must not finish normally.
          TypeId et = checkBlock(s->elseBlock, kNoType);
          if (tt_.kind(infer_->shallow(et)) != TypeKind::Never) {
            diags_
                .emit(DiagKind::LetElseDoesNotDiverge,
                      "`else` clause of `let...else` does not diverge")
                .primary(s->elseBlock->span, "expected `!`, found " + describe(et))
                .help(
                    "try adding a diverging expression, such as `return` or `panic!(..)`, at the "
                    "end of the block");
          }
        } else if (s->init) {
          lets_.push_back(s);
        }
        bindPattern(s->pattern, t, s->init != nullptr);
        if (s->init)
          noteRefBindings(s->pattern, s->init);
        break;
      }
      case StmtKind::Expr: {
        TypeId t = checkExpr(s->init, s->hasSemi ? kNoType : tt_.unit());
        if (tt_.kind(infer_->shallow(t)) == TypeKind::Never)
          diverges = true;
        if (!s->hasSemi) {
          // A block-like expression statement must have type ().
          coerce(s->init, t, tt_.unit(), {});
        }
        break;
      }
      default:
        break;
    }
  }
  if (b->tail) {
    TypeId t = checkExpr(b->tail, expected);
    return t;
  }
  return diverges ? tt_.never() : tt_.unit();
}

// ------------------------------------------------------------------ exprs

TypeId Checker::record(Expr* e, TypeId t) {
  e->type = t;
  visited_.push_back(e);
  return t;
}

TypeId Checker::checkExpr(Expr* e, TypeId expected) {
  if (!e)
    return tt_.unit();
  if (expected != kNoType && (e->kind == ExprKind::Call || e->kind == ExprKind::MethodCall) &&
      prog_.dynPointee(infer_->shallow(expected)) != kNoType)
    expected = kNoType;  // `Box::new(x)` is a Box<X>, then coerced (check_dyn.cpp)
  switch (e->kind) {
    case ExprKind::IntLit:
      return record(e, checkIntLit(e, expected));
    case ExprKind::FloatLit: {
      TypeId t;
      if (e->suffix == "f32")
        t = tt_.floatType(FloatKind::F32);
      else if (e->suffix == "f64")
        t = tt_.floatType(FloatKind::F64);
      else if (expected != kNoType && tt_.kind(infer_->shallow(expected)) == TypeKind::Float)
        t = infer_->shallow(expected);
      else
        t = tt_.newVar(TypeKind::FloatVar);
      return record(e, t);
    }
    case ExprKind::BoolLit:
      return record(e, tt_.boolean());
    case ExprKind::CharLit:
      return record(e, tt_.charType());
    case ExprKind::StrLit:
      return record(e, tt_.ref(tt_.str(), false));
    case ExprKind::ByteStrLit:
      return record(e, tt_.ref(tt_.array(tt_.intType(IntKind::U8), e->strValue.size()), false));
    case ExprKind::Path:
      return record(e, checkPath(e));
    case ExprKind::Paren:
      if (unsizedOk_.count(e))
        unsizedOk_.insert(e->lhs);
      return record(e, checkExpr(e->lhs, expected));
    case ExprKind::Closure:
      return record(e, checkClosure(e, expected));
    case ExprKind::Try:
      return record(e, checkTry(e));
    case ExprKind::Unary:
      return record(e, checkUnary(e, expected));
    case ExprKind::Ref:
      return record(e, checkRef(e, expected));
    case ExprKind::Binary:
      return record(e, checkBinary(e, expected));
    case ExprKind::Assign:
      return record(e, checkAssign(e));
    case ExprKind::Cast: {
      checkExpr(e->lhs, kNoType);
      TypeId to = inst(e->typeExpr->resolved);
      if (to == kNoType)
        to = tt_.newVar(TypeKind::Var);
      return record(e, to);
    }
    case ExprKind::Call:
      return record(e, checkCall(e, expected));
    case ExprKind::MethodCall:
      return record(e, checkMethodCall(e));
    case ExprKind::Field:
      return record(e, checkField(e));
    case ExprKind::Index:
      return record(e, checkIndex(e));
    case ExprKind::Tuple: {
      TypeId ex = expected == kNoType ? kNoType : infer_->shallow(expected);
      const TypeData* xd =
          ex != kNoType && tt_.kind(ex) == TypeKind::Tuple ? &tt_.get(ex) : nullptr;
      std::vector<TypeId> exElems = xd ? xd->elems : std::vector<TypeId>{};
      std::vector<TypeId> elems;
      for (size_t i = 0; i < e->args.size(); ++i) {
        TypeId want = exElems.size() == e->args.size() ? exElems[i] : kNoType;
        TypeId t = checkExpr(e->args[i], want);
        if (want != kNoType)
          coerce(e->args[i], t, want, {});
        elems.push_back(want != kNoType ? want : t);
      }
      return record(e, tt_.tuple(elems));
    }
    case ExprKind::Array:
      return record(e, checkArray(e, expected));
    case ExprKind::ArrayRepeat: {
      TypeId ex = expected == kNoType ? kNoType : infer_->shallow(expected);
      TypeId want = ex != kNoType && tt_.kind(ex) == TypeKind::Array ? tt_.get(ex).elem : kNoType;
      TypeId t = checkExpr(e->lhs, want);
      if (want != kNoType)
        coerce(e->lhs, t, want, {});
      uint64_t n = 0;
      checkExpr(e->rhs, tt_.intType(IntKind::Usize));
      if (!evalConstInt(e->rhs, prog_, diags_, n))
        return record(e, tt_.error());
      if (n > (1u << 28)) {
        diags_
            .emit(DiagKind::ConstEvalFailed,
                  "array length " + std::to_string(n) + " is larger than WasmRust's limit")
            .primary(e->rhs->span)
            .note("arrays may hold at most 2^28 elements");
        return record(e, tt_.error());
      }
      return record(e, tt_.array(want != kNoType ? want : t, n));
    }
    case ExprKind::StructLit:
      return record(e, checkStructLit(e));
    case ExprKind::Range:
      return record(e, checkRangeValue(e, expected));
    case ExprKind::Block:
      return record(e, checkBlock(e->block, expected));
    case ExprKind::If:
      return record(e, checkIf(e, expected));
    case ExprKind::Match:
      matches_.push_back(e);
      return record(e, checkMatch(e, expected));
    case ExprKind::Let:
      return record(e, checkLetCondition(e));
    case ExprKind::While: {
      TypeId c = checkExpr(e->lhs, tt_.boolean());
      coerce(e->lhs, c, tt_.boolean(), {});
      loopBreak_[e->loopId] = tt_.unit();
      TypeId bt = checkBlock(e->block, tt_.unit());
      if (e->block->tail)
        coerce(e->block->tail, bt, tt_.unit(), {});
      return record(e, tt_.unit());
    }
    case ExprKind::Loop: {
      loopBreak_[e->loopId] = tt_.newVar(TypeKind::Var);
      loopIsLoop_[e->loopId] = true;
      TypeId bt = checkBlock(e->block, tt_.unit());
      if (e->block->tail)
        coerce(e->block->tail, bt, tt_.unit(), {});
      return record(e, loopHasBreak_[e->loopId] ? loopBreak_[e->loopId] : tt_.never());
    }
    case ExprKind::For:
      return record(e, checkFor(e));
    case ExprKind::Break: {
      bool isLoop = e->loopId < loopIsLoop_.size() && loopIsLoop_[e->loopId];
      if (e->lhs && !isLoop) {
        checkExpr(e->lhs, kNoType);  // E0571 is reported already: no mismatch on top
      } else if (e->lhs) {
        TypeId want = e->loopId < loopBreak_.size() ? loopBreak_[e->loopId] : kNoType;
        TypeId t = checkExpr(e->lhs, want);
        if (want != kNoType)
          coerce(e->lhs, t, want, {});
      } else if (e->loopId < loopBreak_.size() && loopBreak_[e->loopId] != kNoType) {
        TypeId want = loopBreak_[e->loopId];
        if (!infer_->unify(want, tt_.unit()))
          mismatch(e->span, want, tt_.unit(), {});
      }
      if (e->loopId < loopHasBreak_.size())
        loopHasBreak_[e->loopId] = true;
      return record(e, tt_.never());
    }
    case ExprKind::Continue:
      return record(e, tt_.never());
    case ExprKind::Return: {
      if (e->lhs) {
        TypeId t = checkExpr(e->lhs, retType_);
        coerce(e->lhs, t, retType_, {});
      } else if (!infer_->unify(retType_, tt_.unit())) {
        diags_.emit(DiagKind::MismatchedTypes, "mismatched types")
            .primary(e->span, "expected " + describe(retType_) + ", found `()`");
      }
      return record(e, tt_.never());
    }
    case ExprKind::Macro:
      return record(e, checkMacro(e));
    case ExprKind::Error:
      return record(e, tt_.error());
  }
  return record(e, tt_.error());
}

TypeId Checker::checkIntLit(Expr* e, TypeId expected) {
  static const char* const kInts[] = {"i8", "i16", "i32", "i64", "isize",
                                      "u8", "u16", "u32", "u64", "usize"};
  for (int i = 0; i < 10; ++i) {
    if (e->suffix == kInts[i])
      return tt_.intType(static_cast<IntKind>(i));
  }
  if (e->suffix == "i128" || e->suffix == "u128") {
    diags_.emit(DiagKind::Unsupported, "128-bit integers are not supported by WasmRust yet")
        .primary(e->span);
    return tt_.error();
  }
  if (expected != kNoType) {
    TypeId x = infer_->shallow(expected);
    if (tt_.kind(x) == TypeKind::Int)
      return x;
  }
  return tt_.newVar(TypeKind::IntVar);
}

TypeId Checker::checkPath(Expr* e) {
  switch (static_cast<ResKind>(e->resKind)) {
    case ResKind::Local:
      if (e->res >= fn_->locals.size()) {
        diags_
            .emit(DiagKind::NonConstantInConst, "attempt to use a non-constant value in a constant")
            .primary(e->span, "non-constant value");
        return tt_.error();
      }
      if (fn_->locals[e->res].type == kNoType)
        return tt_.error();
      return fn_->locals[e->res].type;
    case ResKind::Const:
      if (prog_.consts[e->res].trait != kNone && e->qself != kNoType)
        return checkAssocConst(e);
      return prog_.consts[e->res].type;
    case ResKind::Static:
      return prog_.statics[e->res].type;
    case ResKind::UnitStruct:
    case ResKind::UnitVariant: {
      // `None::<String>`, `Option::<u8>::None`: the enum's generic arguments.
      TypeId t = freshStructType(e->res);
      const std::vector<TypeId> args = tt_.get(t).elems;  // a copy: the table may grow
      for (const PathSegment& seg : e->path.segments) {
        if (seg.generics.size() != args.size())
          continue;
        for (size_t i = 0; i < args.size(); ++i) {
          if (seg.generics[i]->resolved != kNoType)
            infer_->unify(args[i], inst(seg.generics[i]->resolved));
        }
      }
      return t;
    }
    case ResKind::BuiltinConst:
      return prog_.builtinConsts[e->res].type;
    case ResKind::Fn:
    case ResKind::TupleCtor:
    case ResKind::VariantCtor:
    case ResKind::BuiltinFn:
    case ResKind::PrimMethod:
      diags_.emit(DiagKind::Unsupported, "function values are not supported by WasmRust yet")
          .primary(e->span, "call this function instead of using it as a value");
      return tt_.error();
    case ResKind::Unresolved:
      return tt_.error();
  }
  return tt_.error();
}

TypeId Checker::checkUnary(Expr* e, TypeId expected) {
  if (e->unOp == UnOp::Deref) {
    TypeId t = infer_->shallow(checkExpr(e->lhs, kNoType));
    if (tt_.kind(t) == TypeKind::Ref)
      return tt_.get(t).elem;
    // `*b` through a Deref impl: `*deref(&b)`.
    uint32_t fn = operatorMethod(t, "Deref", "deref", nullptr);
    if (fn != kNone) {
      e->lhs = operatorCall(e->lhs, fn, {}, e->lhs->span);
      TypeId target = tt_.get(infer_->shallow(e->lhs->type)).elem;
      TypeKind tk = tt_.kind(infer_->shallow(target));
      if (tk == TypeKind::Slice || tk == TypeKind::Str || tk == TypeKind::Dyn)
        unsizedPlaces_.push_back(e);
      return target;
    }
    if (tt_.kind(t) != TypeKind::Error) {
      diags_.emit(DiagKind::CannotDeref, "type `" + show(t) + "` cannot be dereferenced")
          .primary(e->span);
    }
    return tt_.error();
  }
  if (e->unOp == UnOp::Neg && e->lhs->kind == ExprKind::IntLit)
    negatedLits_.push_back(e->lhs);
  TypeId t = checkExpr(e->lhs, expected);
  TypeId s = stripRefs(t);
  TypeKind k = tt_.kind(s);
  if (k == TypeKind::Error)
    return s;
  if (k == TypeKind::Struct || k == TypeKind::Param) {
    bool handled = false;
    TypeId r = overloadedUnary(e, t, handled);
    if (handled)
      return r;
  }
  if (e->unOp == UnOp::Neg) {
    if (isNumeric(s))
      return s;
  } else if (isIntegral(s) || k == TypeKind::Bool) {
    return s;
  }
  diags_
      .emit(DiagKind::UnaryOpUnsupported, std::string("cannot apply unary operator `") +
                                              (e->unOp == UnOp::Neg ? "-" : "!") + "` to type `" +
                                              show(t) + "`")
      .primary(e->span, std::string("cannot apply unary operator `") +
                            (e->unOp == UnOp::Neg ? "-" : "!") + "`");
  return tt_.error();
}

TypeId Checker::checkRef(Expr* e, TypeId expected) {
  unsizedOk_.insert(e->lhs);
  TypeId want = kNoType;
  if (expected != kNoType) {
    TypeId x = infer_->shallow(expected);
    if (tt_.kind(x) == TypeKind::Ref) {
      want = tt_.get(x).elem;
      // `&arr` where `&[T]` is expected: check the operand without the
      // slice expectation; the coercion happens at the reference.
      if (tt_.kind(infer_->shallow(want)) == TypeKind::Slice)
        want = kNoType;
    }
  }
  TypeId t = checkExpr(e->lhs, want);
  if (e->isMut)
    checkMutable(e->lhs, e->span, true);
  markAddressTaken(e->lhs);
  return tt_.ref(t, e->isMut);
}

static const char* opVerb(BinOp op) {
  switch (op) {
    case BinOp::Add:
      return "add";
    case BinOp::Sub:
      return "subtract";
    case BinOp::Mul:
      return "multiply";
    case BinOp::Div:
      return "divide";
    case BinOp::Rem:
      return "calculate the remainder of";
    case BinOp::BitAnd:
      return "no implementation for";
    default:
      return "apply";
  }
}

static const char* opTrait(BinOp op) {
  switch (op) {
    case BinOp::Add:
      return "Add";
    case BinOp::Sub:
      return "Sub";
    case BinOp::Mul:
      return "Mul";
    case BinOp::Div:
      return "Div";
    case BinOp::Rem:
      return "Rem";
    case BinOp::BitAnd:
      return "BitAnd";
    case BinOp::BitOr:
      return "BitOr";
    case BinOp::BitXor:
      return "BitXor";
    case BinOp::Shl:
      return "Shl";
    case BinOp::Shr:
      return "Shr";
    default:
      return "PartialEq";
  }
}

// The operator token between the operands (rustc points there).
static Span opSpan(const Expr* e, std::string_view text) {
  Span between{e->lhs->span.hi, e->rhs->span.lo};
  while (between.lo < between.hi && (text[between.lo] == ' ' || text[between.lo] == '\n'))
    ++between.lo;
  while (between.hi > between.lo && (text[between.hi - 1] == ' ' || text[between.hi - 1] == '\n'))
    --between.hi;
  if (between.empty())
    return e->span;
  return between;
}

static std::string opPhrase(BinOp op, const std::string& l, const std::string& r) {
  switch (op) {
    case BinOp::Add:
      return "cannot add `" + r + "` to `" + l + "`";
    case BinOp::Sub:
      return "cannot subtract `" + r + "` from `" + l + "`";
    case BinOp::Mul:
      return "cannot multiply `" + l + "` by `" + r + "`";
    case BinOp::Div:
      return "cannot divide `" + l + "` by `" + r + "`";
    case BinOp::Rem:
      return "cannot calculate the remainder of `" + l + "` divided by `" + r + "`";
    default:
      return "no implementation for `" + l + " " + binOpSpelling(op) + " " + r + "`";
  }
}

TypeId Checker::checkBinary(Expr* e, TypeId expected) {
  BinOp op = e->binOp;
  if (op == BinOp::And || op == BinOp::Or) {
    TypeId a = checkExpr(e->lhs, tt_.boolean());
    coerce(e->lhs, a, tt_.boolean(), {});
    TypeId b = checkExpr(e->rhs, tt_.boolean());
    coerce(e->rhs, b, tt_.boolean(), {});
    return tt_.boolean();
  }
  bool isCompare = op >= BinOp::Eq;
  bool isShift = op == BinOp::Shl || op == BinOp::Shr;
  bool isBitwise = op == BinOp::BitAnd || op == BinOp::BitOr || op == BinOp::BitXor;
  // Pass the expectation to the left operand of arithmetic, as rustc does
  // for literals (`let x: u8 = 1 + 2;`).
  TypeId lhsWant = !isCompare && expected != kNoType && isNumeric(expected) ? expected : kNoType;
  TypeId lt = checkExpr(e->lhs, lhsWant);
  TypeId a = stripRefs(lt);
  TypeId rhsWant =
      isShift ? kNoType
              : (isNumeric(a) || tt_.kind(a) == TypeKind::Bool || tt_.kind(a) == TypeKind::Char
                     ? a
                     : kNoType);
  TypeId rt = checkExpr(e->rhs, rhsWant);
  TypeId b = stripRefs(rt);
  // An operand whose type is not known yet (a closure parameter without an
  // annotation) takes the other operand's type, as the operator's impl for
  // a primitive would make it.
  if (tt_.kind(a) == TypeKind::Var && !isShift && (isNumeric(b) || tt_.kind(b) == TypeKind::Bool)) {
    infer_->unify(a, b);
    a = stripRefs(lt);
  } else if (tt_.kind(b) == TypeKind::Var && !isShift &&
             (isNumeric(a) || tt_.kind(a) == TypeKind::Bool)) {
    infer_->unify(b, a);
    b = stripRefs(rt);
  }
  TypeKind ak = tt_.kind(a), bk = tt_.kind(b);
  if (ak == TypeKind::Error || bk == TypeKind::Error)
    return isCompare ? tt_.boolean() : tt_.error();
  if (isCompare && op != BinOp::Eq && op != BinOp::Ne &&
      (prog_.langOf(a) == LangItem::String || prog_.langOf(b) == LangItem::String)) {
    // Strings order as their str: both sides become `&str`.
    TypeId strRef = tt_.ref(tt_.str(), false);
    for (Expr** side : {&e->lhs, &e->rhs}) {
      TypeId t = infer_->shallow((*side)->type);
      if (prog_.langOf(t) == LangItem::String) {
        Expr* r = ast_.arena.make<Expr>();
        r->kind = ExprKind::Ref;
        r->span = (*side)->span;
        r->lhs = *side;
        markAddressTaken(*side);
        record(r, tt_.ref(t, false));
        *side = r;
        t = r->type;
      }
      coerce(*side, t, strRef, {});
    }
    return tt_.boolean();
  }
  if ((op == BinOp::Eq || op == BinOp::Ne) && (ak == TypeKind::Struct || bk == TypeKind::Struct)) {
    bool handled = false;
    TypeId r = overloadedEq(e, lt, rt, handled);
    if (handled)
      return r;
  }
  if (ak == TypeKind::Param || (ak == TypeKind::Struct && !isCompare && a == infer_->shallow(lt))) {
    bool handled = false;
    TypeId r = overloadedBinary(e, isCompare ? a : lt, isCompare ? b : rt, false, handled);
    if (handled)
      return r;
  }
  if (isShift) {
    if (isIntegral(a) && isIntegral(b))
      return a;
    binaryError(e, lt, rt);
    return tt_.error();
  }
  if (isCompare) {
    if (!comparable(a, op)) {
      diags_
          .emit(DiagKind::BinaryOpUnsupported, std::string("binary operation `") +
                                                   binOpSpelling(op) +
                                                   "` cannot be applied to type `" + show(lt) + "`")
          .primary(opSpan(e, file_.text()))
          .label(e->lhs->span, show(lt))
          .label(e->rhs->span, show(rt))
          .note("an implementation of `" +
                std::string(op == BinOp::Eq || op == BinOp::Ne ? "PartialEq" : "PartialOrd") +
                "` might be missing for `" + show(incomparablePart(a, op)) + "`");
      return tt_.boolean();
    }
    if (!infer_->unify(a, b))
      mismatch(e->rhs->span, a, b, {});
    return tt_.boolean();
  }
  bool numericOk = isNumeric(a) && !(isBitwise && !isIntegral(a));
  bool boolOk = isBitwise && ak == TypeKind::Bool;
  if (!numericOk && !boolOk) {
    binaryError(e, lt, rt);
    return tt_.error();
  }
  if (!infer_->unify(a, b)) {
    // rustc: E0277 "cannot add `i64` to `i32`" (no `Add<i64>` impl for i32).
    diags_.emit(DiagKind::BinaryOpMismatch, opPhrase(op, show(a), show(rt)))
        .primary(opSpan(e, file_.text()), "no implementation for `" + show(a) + " " +
                                              binOpSpelling(op) + " " + show(rt) + "`")
        .help("the trait `" + std::string(opTrait(op)) + "<" + show(rt) +
              ">` is not implemented for `" + show(a) + "`");
    return a;
  }
  return a;
}

void Checker::binaryError(Expr* e, TypeId lt, TypeId rt) {
  std::string l = show(lt), r = show(rt);
  TypeId a = stripRefs(lt);
  if (isNumeric(a)) {
    diags_.emit(DiagKind::BinaryOpMismatch, opPhrase(e->binOp, l, r))
        .primary(e->span,
                 "no implementation for `" + l + " " + binOpSpelling(e->binOp) + " " + r + "`");
    return;
  }
  std::string msg = e->binOp <= BinOp::Rem ? opPhrase(e->binOp, l, r)
                                           : std::string("no implementation for `") + l + " " +
                                                 binOpSpelling(e->binOp) + " " + r + "`";
  auto d = diags_.emit(DiagKind::BinaryOpUnsupported, msg);
  d.primary(e->span, l);
  d.label(e->lhs->span, l);
  d.label(e->rhs->span, r);
  (void)opVerb;
  if (tt_.kind(a) == TypeKind::Str && e->binOp == BinOp::Add) {
    d.note("string concatenation requires an owned `String` on the left");
  }
}

TypeId Checker::incomparablePart(TypeId t, BinOp op) {
  t = infer_->shallow(t);
  const TypeData& d = tt_.get(t);
  bool derived = d.kind == TypeKind::Struct &&
                 (op == BinOp::Eq || op == BinOp::Ne ? prog_.structs[d.id].derivesPartialEq
                                                     : prog_.structs[d.id].derivesPartialOrd);
  if (d.kind == TypeKind::Tuple || derived || d.kind == TypeKind::Array ||
      d.kind == TypeKind::Slice) {
    std::vector<TypeId> parts = d.kind == TypeKind::Array || d.kind == TypeKind::Slice
                                    ? std::vector<TypeId>{d.elem}
                                    : d.elems;
    for (TypeId part : parts) {
      if (!comparable(stripRefs(part), op))
        return incomparablePart(stripRefs(part), op);
    }
  }
  return t;
}

bool Checker::comparable(TypeId t, BinOp op) {
  t = infer_->shallow(t);
  const TypeData& d = tt_.get(t);
  bool eqOnly = op == BinOp::Eq || op == BinOp::Ne;
  switch (d.kind) {
    case TypeKind::Int:
    case TypeKind::IntVar:
    case TypeKind::Float:
    case TypeKind::FloatVar:
    case TypeKind::Bool:
    case TypeKind::Char:
    case TypeKind::Str:
    case TypeKind::Var:
    case TypeKind::Error:
      return true;
    case TypeKind::Tuple: {
      std::vector<TypeId> elems = d.elems;
      for (TypeId e : elems) {
        if (!comparable(stripRefs(e), op))
          return false;
      }
      return true;
    }
    case TypeKind::Array:
      return comparable(stripRefs(d.elem), op);
    case TypeKind::Slice:
      return eqOnly && comparable(stripRefs(d.elem), op);
    case TypeKind::Struct:
      if (prog_.structs[d.id].lang == LangItem::String)
        return true;  // ordered as its str (lower_order.cpp)
      if (eqOnly ? prog_.structs[d.id].derivesPartialEq : prog_.structs[d.id].derivesPartialOrd) {
        // A derive compares field by field and, as rustc's derive does,
        // asks the same of every type argument (`Option<T>: PartialEq`
        // needs `T: PartialEq`).
        std::vector<TypeId> args = d.elems;
        for (TypeId arg : args) {
          if (!comparable(stripRefs(arg), op))
            return false;
        }
        return true;
      }
      // `<` and friends: the type's own impl (lower_order.cpp)
      return findImpl(prog_.stdTrait(eqOnly ? "PartialEq" : "PartialOrd"), t, nullptr, nullptr) !=
             kNone;
    case TypeKind::Param:
      // Ord and PartialOrd imply PartialEq; Ord implies PartialOrd.
      return prog_.paramHasBound(d.id, prog_.stdTrait("PartialOrd")) ||
             prog_.paramHasBound(d.id, prog_.stdTrait("Ord")) ||
             (eqOnly && (prog_.paramHasBound(d.id, prog_.stdTrait("PartialEq")) ||
                         prog_.paramHasBound(d.id, prog_.stdTrait("Eq"))));
    default:
      return false;
  }
}

TypeId Checker::checkAssign(Expr* e) {
  TypeId lt = checkExpr(e->lhs, kNoType);
  PlaceInfo p = analyzePlace(e->lhs);
  if (!p.isPlace) {
    diags_.emit(DiagKind::InvalidAssignTarget, "invalid left-hand side of assignment")
        .primary(opSpan(e, file_.text()))
        .label(e->lhs->span, "cannot assign to this expression");
    checkExpr(e->rhs, kNoType);
    return tt_.unit();
  }
  checkMutable(e->lhs, e->span, false);
  if (e->binOp == BinOp::None) {
    TypeId rt = checkExpr(e->rhs, lt);
    coerce(e->rhs, rt, lt, {});
    return tt_.unit();
  }
  // Compound assignment: the right side may be a reference to the value type.
  TypeId a = stripRefs(lt);
  bool isShift = e->binOp == BinOp::Shl || e->binOp == BinOp::Shr;
  TypeId rt = checkExpr(e->rhs, isShift ? kNoType : a);
  TypeId b = stripRefs(rt);
  if (tt_.kind(a) == TypeKind::Error || tt_.kind(b) == TypeKind::Error)
    return tt_.unit();
  if (tt_.kind(a) == TypeKind::Struct || tt_.kind(a) == TypeKind::Param) {
    bool handled = false;
    overloadedBinary(e, a, rt, true, handled);
    if (handled)
      return tt_.unit();
  }
  bool isBitwise =
      e->binOp == BinOp::BitAnd || e->binOp == BinOp::BitOr || e->binOp == BinOp::BitXor;
  bool ok = isNumeric(a) ? !(isBitwise || isShift) || isIntegral(a)
                         : (isBitwise && tt_.kind(a) == TypeKind::Bool);
  if (!ok) {
    diags_
        .emit(DiagKind::BinaryOpUnsupported, std::string("binary assignment operation `") +
                                                 binOpSpelling(e->binOp) +
                                                 "=` cannot be applied to type `" + show(lt) + "`")
        .primary(e->span)
        .label(e->lhs->span, "cannot use `" + std::string(binOpSpelling(e->binOp)) +
                                 "=` on type `" + show(lt) + "`");
    return tt_.unit();
  }
  if (isShift) {
    if (!isIntegral(b))
      mismatch(e->rhs->span, tt_.intType(IntKind::U32), rt, {});
  } else if (!infer_->unify(a, b)) {
    mismatch(e->rhs->span, a, rt, {});
  }
  return tt_.unit();
}

TypeId Checker::checkArray(Expr* e, TypeId expected) {
  TypeId want = kNoType;
  if (expected != kNoType) {
    TypeId x = infer_->shallow(expected);
    if (tt_.kind(x) == TypeKind::Array || tt_.kind(x) == TypeKind::Slice)
      want = tt_.get(x).elem;
  }
  TypeId elem = want != kNoType ? want : tt_.newVar(TypeKind::Var);
  for (Expr*& a : e->args) {
    TypeId t = checkExpr(a, elem);
    coerce(a, t, elem, {});
  }
  return tt_.array(elem, e->args.size());
}

TypeId Checker::checkIf(Expr* e, TypeId expected) {
  TypeId c = checkExpr(e->lhs, tt_.boolean());
  coerce(e->lhs, c, tt_.boolean(), {});
  if (!e->elseExpr) {
    TypeId t = checkBlock(e->block, tt_.unit());
    if (e->block->tail)
      coerce(e->block->tail, t, tt_.unit(), {});
    return tt_.unit();
  }
  TypeId thenT = checkBlock(e->block, expected);
  TypeId want = expected != kNoType ? expected : thenT;
  if (tt_.kind(infer_->shallow(thenT)) == TypeKind::Never && expected == kNoType)
    want = kNoType;
  TypeId elseT = checkExpr(e->elseExpr, want);
  if (expected != kNoType && prog_.dynPointee(infer_->shallow(expected)) != kNoType) {
    // Each branch is coerced to the trait object on its own (check_dyn.cpp).
    if (e->block->tail)
      coerce(e->block->tail, thenT, expected, {});
    if (e->elseExpr->kind == ExprKind::Block && e->elseExpr->block->tail) {
      coerce(e->elseExpr->block->tail, elseT, expected, {});
      e->elseExpr->type = expected;
    } else if (e->elseExpr->kind != ExprKind::Block) {
      coerce(e->elseExpr, elseT, expected, {});
    }
    return expected;
  }
  TypeId ts = infer_->shallow(thenT), es = infer_->shallow(elseT);
  if (tt_.kind(ts) == TypeKind::Never)
    return es;
  if (tt_.kind(es) == TypeKind::Never)
    return ts;
  if (!infer_->unify(ts, es)) {
    Expr* elseTail = e->elseExpr->kind == ExprKind::Block && e->elseExpr->block->tail
                         ? e->elseExpr->block->tail
                         : e->elseExpr;
    auto d = diags_.emit(DiagKind::MismatchedTypes, "`if` and `else` have incompatible types");
    d.primary(elseTail->span, "expected " + describe(ts) + ", found " + describe(es));
    if (e->block->tail)
      d.label(e->block->tail->span, "expected because of this");
  }
  return ts;
}

TypeId Checker::checkStructLit(Expr* e) {
  if (e->res == kNone || e->res >= prog_.structs.size()) {
    for (FieldInit& f : e->fields)
      checkExpr(f.value, kNoType);
    if (e->rhs)
      checkExpr(e->rhs, kNoType);
    return tt_.error();
  }
  StructInfo& s = prog_.structs[e->res];
  TypeId st = freshStructType(e->res);
  Subst structArgs = prog_.structSubst(st);
  bool isVariant = static_cast<ResKind>(e->resKind) == ResKind::VariantCtor;
  const std::vector<FieldInfo>& fields = isVariant ? s.variants[e->fieldIndex].fields : s.fields;
  std::string name = isVariant ? s.name + "::" + s.variants[e->fieldIndex].name : s.name;
  std::vector<bool> seen(fields.size(), false);
  bool unknownField = false;
  for (FieldInit& f : e->fields) {
    size_t idx = fields.size();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == f.name)
        idx = i;
    }
    if (idx == fields.size()) {
      std::string n(f.name);
      diags_
          .emit(isVariant ? DiagKind::NoSuchVariantField : DiagKind::NoSuchStructField,
                std::string(isVariant ? "variant `" : "struct `") + name +
                    "` has no field named `" + n + "`")
          .primary(f.span, isVariant ? "field does not exist" : "unknown field");
      checkExpr(f.value, kNoType);
      unknownField = true;
      continue;
    }
    f.fieldIndex = static_cast<uint32_t>(idx);
    seen[idx] = true;
    if (!isVariant)
      checkLiteralFieldVisible(s, idx,
                               {f.span.lo, f.span.lo + static_cast<uint32_t>(f.name.size())});
    TypeId ft = tt_.subst(fields[idx].type, structArgs);
    TypeId t = checkExpr(f.value, ft);
    coerce(f.value, t, ft, {});
  }
  if (e->rhs) {
    TypeId bt = checkExpr(e->rhs, st);
    coerce(e->rhs, bt, st, {});
    return st;
  }
  std::vector<std::string> missing;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!seen[i])
      missing.push_back("`" + fields[i].name + "`");
  }
  if (!missing.empty() && !unknownField) {
    std::string list;
    for (size_t i = 0; i < missing.size() && i < 3; ++i) {
      if (i)
        list += i + 1 == missing.size() || i == 2 ? " and " : ", ";
      list += missing[i];
    }
    if (missing.size() > 3)
      list += " and " + std::to_string(missing.size() - 3) + " other fields";
    diags_
        .emit(DiagKind::MissingStructFields, std::string("missing field") +
                                                 (missing.size() > 1 ? "s " : " ") + list +
                                                 " in initializer of `" + name + "`")
        .primary(e->path.span, std::string("missing ") + list);
  }
  return st;
}

}  // namespace wr
