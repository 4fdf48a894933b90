// Type checking of patterns and of the constructs that match them: `match`,
// `if let` / `while let` conditions and `let ... else`.
//
// Patterns follow Rust's "match ergonomics": a pattern that is not a binding,
// wildcard or `&` pattern, applied to a reference, matches the referent and
// switches the default binding mode to `ref` (or `ref mut`), so
// `match &opt { Some(x) => .. }` binds `x: &T`. The number of such implicit
// dereferences is recorded on the pattern (Pattern::derefs) for lowering.
// Whether the arms cover every value is decided later, once types are final
// (exhaustive.cpp).
#include <algorithm>

#include "compiler/check/checker.h"

namespace wr {

namespace {

// Pattern kinds that see through references (everything but bindings,
// wildcards, `&` patterns and or-patterns, whose alternatives decide alone).
bool peelsReferences(const Pattern* p) {
  switch (p->kind) {
    case PatternKind::Wild:
    case PatternKind::Binding:
    case PatternKind::Ref:
    case PatternKind::Rest:
    case PatternKind::Or:
      return false;
    case PatternKind::Lit:
      // A string literal pattern has type `&str` itself.
      return p->lo->kind != ExprKind::StrLit && p->lo->kind != ExprKind::ByteStrLit;
    default:
      return true;
  }
}

}  // namespace

void Checker::bindPattern(Pattern* p, TypeId t, bool hasInit) {
  checkPattern(p, t, BindMode::Move, hasInit);
}

void Checker::patternMismatch(Pattern* p, TypeId expected, const std::string& found) {
  diags_.emit(DiagKind::MismatchedTypes, "mismatched types")
      .primary(p->span, "expected " + describe(expected) + ", found " + found);
}

// Unifies the type a pattern needs with the type it is matched against.
bool Checker::expectPatternType(Pattern* p, TypeId t, TypeId needed) {
  if (infer_->unify(t, needed))
    return true;
  patternMismatch(p, t, describe(needed));
  return false;
}

void Checker::checkPattern(Pattern* p, TypeId t, BindMode mode, bool hasInit) {
  if (!p)
    return;
  visitedPats_.push_back(p);
  // Recomputed on every check: an instance's body is a copy of its
  // template's, which may have been checked already.
  p->derefs = 0;
  p->bindsRef = false;
  p->bindsRefMut = false;
  if (peelsReferences(p)) {
    TypeId s = infer_->shallow(t);
    while (tt_.kind(s) == TypeKind::Ref) {
      bool isMut = tt_.get(s).sub != 0;
      mode = isMut && mode != BindMode::Ref ? BindMode::RefMut : BindMode::Ref;
      ++p->derefs;
      s = infer_->shallow(tt_.get(s).elem);
    }
    t = s;
  }
  p->type = t;
  switch (p->kind) {
    case PatternKind::Wild:
    case PatternKind::Rest:
      return;
    case PatternKind::Binding:
      checkBinding(p, t, mode, hasInit);
      return;
    case PatternKind::Tuple:
      checkTuplePattern(p, t, mode, hasInit);
      return;
    case PatternKind::Lit: {
      TypeId lt = checkExpr(p->lo, t);
      if (!infer_->unify(lt, t))
        patternMismatch(p, t, describe(lt));
      return;
    }
    case PatternKind::Range:
      for (Expr* end : {p->lo, p->hi}) {
        if (!end)
          continue;
        TypeId et = checkExpr(end, t);
        if (!infer_->unify(et, t))
          patternMismatch(p, t, describe(et));
      }
      return;
    case PatternKind::Path:
    case PatternKind::TupleStruct:
    case PatternKind::Struct:
      checkNominalPattern(p, t, mode, hasInit);
      return;
    case PatternKind::Slice:
      checkSlicePattern(p, t, mode, hasInit);
      return;
    case PatternKind::Ref: {
      TypeId s = infer_->shallow(t);
      if (tt_.kind(s) == TypeKind::Var) {
        infer_->unify(s, tt_.ref(tt_.newVar(TypeKind::Var), p->isMut));
        s = infer_->shallow(s);
      }
      if (tt_.kind(s) == TypeKind::Error) {
        checkPattern(p->sub, s, BindMode::Move, hasInit);
        return;
      }
      if (tt_.kind(s) != TypeKind::Ref || (p->isMut && tt_.get(s).sub == 0)) {
        patternMismatch(p, t, p->isMut ? "`&mut _`" : "`&_`");
        checkPattern(p->sub, tt_.error(), BindMode::Move, hasInit);
        return;
      }
      checkPattern(p->sub, tt_.get(s).elem, BindMode::Move, hasInit);
      return;
    }
    case PatternKind::Or:
      for (Pattern* alt : p->elems)
        checkPattern(alt, t, mode, hasInit);
      return;
  }
}

void Checker::checkBinding(Pattern* p, TypeId t, BindMode mode, bool hasInit) {
  // `mut x` always binds by value; `ref x` by reference; otherwise the
  // default binding mode decides.
  if (p->isMut && !p->byRef)
    mode = BindMode::Move;
  TypeId bound = t;
  if (p->byRef) {
    bound = tt_.ref(t, p->isMut);
    p->bindsRef = true;
    p->bindsRefMut = p->isMut;
  } else if (mode != BindMode::Move) {
    bound = tt_.ref(t, mode == BindMode::RefMut);
    p->bindsRef = true;
    p->bindsRefMut = mode == BindMode::RefMut;
  }
  if (p->local < fn_->locals.size()) {
    LocalInfo& l = fn_->locals[p->local];
    // The alternatives of an or-pattern bind the same local: their types
    // must agree.
    if (l.type == kNoType)
      l.type = bound;
    else if (!infer_->unify(l.type, bound))
      patternMismatch(p, l.type, describe(bound));
    l.hasInit = hasInit;
  }
  checkPattern(p->sub, t, mode, hasInit);
}

// Pattern::restIndex, reporting a second `..` (rustc: "can only be used
// once per pattern").
size_t Checker::restIndex(Pattern* p) {
  size_t found = p->restIndex();
  for (size_t i = found + 1; i < p->elems.size(); ++i) {
    Pattern* e = p->elems[i];
    if (e->isRest()) {
      diags_.emit(DiagKind::ExpectedPattern, "`..` can only be used once per pattern")
          .primary(e->span, "can only be used once per pattern")
          .label(p->elems[found]->span, "previously used here");
    }
  }
  return found;
}

void Checker::checkTuplePattern(Pattern* p, TypeId t, BindMode mode, bool hasInit) {
  size_t rest = restIndex(p);
  bool hasRest = rest != p->elems.size();
  size_t named = p->elems.size() - (hasRest ? 1 : 0);
  TypeId s = infer_->shallow(t);
  if (tt_.kind(s) == TypeKind::Var && !hasRest) {
    std::vector<TypeId> vars;
    for (size_t i = 0; i < p->elems.size(); ++i)
      vars.push_back(tt_.newVar(TypeKind::Var));
    infer_->unify(s, tt_.tuple(vars));
    s = infer_->shallow(s);
  }
  const TypeData& d = tt_.get(s);
  bool ok =
      d.kind == TypeKind::Tuple && (hasRest ? d.elems.size() >= named : d.elems.size() == named);
  if (!ok) {
    if (d.kind != TypeKind::Error) {
      diags_.emit(DiagKind::MismatchedTypes, "mismatched types")
          .primary(p->span, "expected " + describe(t) + ", found tuple")
          .note("expected " + describe(t) + "\n   found tuple with " + std::to_string(named) +
                " elements");
    }
    for (Pattern* e : p->elems)
      checkPattern(e, tt_.error(), mode, hasInit);
    return;
  }
  std::vector<TypeId> elems = d.elems;
  checkElements(p, elems, rest, mode, hasInit);
}

// Checks a tuple-like pattern's elements against `types`, where a `..` at
// `rest` stands for however many types are not matched by name.
void Checker::checkElements(Pattern* p,
                            const std::vector<TypeId>& types,
                            size_t rest,
                            BindMode mode,
                            bool hasInit) {
  size_t n = p->elems.size();
  size_t skipped = rest < n ? types.size() - (n - 1) : 0;
  for (size_t i = 0, ti = 0; i < n; ++i) {
    if (i == rest) {
      ti += skipped;
      continue;
    }
    checkPattern(p->elems[i], ti < types.size() ? types[ti] : tt_.error(), mode, hasInit);
    ++ti;
  }
}

// Variants, structs and constants.
void Checker::checkNominalPattern(Pattern* p, TypeId t, BindMode mode, bool hasInit) {
  auto checkRest = [&] {
    for (Pattern* e : p->elems)
      checkPattern(e, tt_.error(), mode, hasInit);
    for (FieldPattern& f : p->fields)
      checkPattern(f.pattern, tt_.error(), mode, hasInit);
  };
  if (p->res == kNone) {
    checkRest();
    return;
  }
  if (p->resKind == PatRes::Const) {
    expectPatternType(p, t, prog_.consts[p->res].type);
    return;
  }
  StructInfo& s = prog_.structs[p->res];
  TypeId st = freshStructType(p->res);
  if (!expectPatternType(p, t, st)) {
    checkRest();
    return;
  }
  Subst structArgs = prog_.structSubst(st);
  bool isVariant = p->resKind == PatRes::Variant;
  const std::vector<FieldInfo>& fields = isVariant ? s.variants[p->variant].fields : s.fields;
  std::string name = isVariant ? s.name + "::" + s.variants[p->variant].name : s.name;
  if (p->kind == PatternKind::Path)
    return;
  if (p->kind == PatternKind::TupleStruct) {
    size_t rest = restIndex(p);
    bool hasRest = rest != p->elems.size();
    size_t named = p->elems.size() - (hasRest ? 1 : 0);
    if (hasRest ? named > fields.size() : named != fields.size()) {
      auto plural = [](size_t n) { return std::to_string(n) + (n == 1 ? " field" : " fields"); };
      diags_
          .emit(DiagKind::PatternFieldCount, "this pattern has " + plural(named) +
                                                 ", but the corresponding " +
                                                 (isVariant ? "tuple variant" : "tuple struct") +
                                                 " has " + plural(fields.size()))
          .primary(p->span,
                   "expected " + plural(fields.size()) + ", found " + std::to_string(named));
      checkRest();
      return;
    }
    std::vector<TypeId> types;
    for (const FieldInfo& f : fields)
      types.push_back(tt_.subst(f.type, structArgs));
    checkElements(p, types, rest, mode, hasInit);
    return;
  }
  // Struct pattern: fields by name.
  std::vector<bool> seen(fields.size(), false);
  for (FieldPattern& f : p->fields) {
    size_t idx = fields.size();
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].name == f.name)
        idx = i;
    }
    if (idx == fields.size()) {
      std::string n(f.name);
      diags_
          .emit(DiagKind::PatternNoSuchField, std::string(isVariant ? "variant" : "struct") + " `" +
                                                  name + "` does not have a field named `" + n +
                                                  "`")
          .primary(f.span, std::string(isVariant ? "variant" : "struct") + " `" + name +
                               "` does not have this field");
      checkPattern(f.pattern, tt_.error(), mode, hasInit);
      continue;
    }
    f.fieldIndex = static_cast<uint32_t>(idx);
    seen[idx] = true;
    checkPattern(f.pattern, tt_.subst(fields[idx].type, structArgs), mode, hasInit);
  }
  if (p->hasRest)
    return;
  std::vector<std::string> missing;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (!seen[i])
      missing.push_back("`" + fields[i].name + "`");
  }
  if (missing.empty())
    return;
  std::string list;
  for (size_t i = 0; i < missing.size(); ++i) {
    if (i)
      list += i + 1 == missing.size() ? " and " : ", ";
    list += missing[i];
  }
  diags_
      .emit(DiagKind::PatternMissingFields, std::string("pattern does not mention field") +
                                                (missing.size() > 1 ? "s " : " ") + list)
      .primary(p->span, std::string("missing field") + (missing.size() > 1 ? "s " : " ") + list)
      .suggest("if you don't care about the missing fields, you can explicitly ignore them",
               Span{p->span.hi - 1, p->span.hi - 1}, p->fields.empty() ? ".. " : ", .. ",
               Applicability::MachineApplicable);
}

void Checker::checkSlicePattern(Pattern* p, TypeId t, BindMode mode, bool hasInit) {
  size_t rest = restIndex(p);
  bool hasRest = rest != p->elems.size();
  size_t named = p->elems.size() - (hasRest ? 1 : 0);
  TypeId s = infer_->shallow(t);
  const TypeData& d = tt_.get(s);
  if (d.kind != TypeKind::Array && d.kind != TypeKind::Slice) {
    if (d.kind != TypeKind::Error) {
      diags_
          .emit(DiagKind::MismatchedTypes,
                "expected an array or slice, found `" + prog_.typeName(s) + "`")
          .primary(p->span, "pattern cannot match with input type `" + prog_.typeName(s) + "`");
    }
    for (Pattern* e : p->elems)
      checkPattern(e, tt_.error(), mode, hasInit);
    return;
  }
  TypeId elem = d.elem;
  bool isArray = d.kind == TypeKind::Array;
  uint64_t len = d.len;
  if (isArray && (hasRest ? named > len : named != len)) {
    std::string need = std::to_string(named) + (named == 1 ? " element" : " elements");
    diags_
        .emit(hasRest ? DiagKind::ArrayPatternTooLong : DiagKind::ArrayPatternLength,
              "pattern requires " + std::string(hasRest ? "at least " : "") + need +
                  " but array has " + std::to_string(len))
        .primary(p->span, "expected " + std::to_string(len) + " element" + (len == 1 ? "" : "s"));
    for (Pattern* e : p->elems)
      checkPattern(e, tt_.error(), mode, hasInit);
    return;
  }
  for (size_t i = 0; i < p->elems.size(); ++i) {
    Pattern* e = p->elems[i];
    if (i != rest) {
      checkPattern(e, elem, mode, hasInit);
      continue;
    }
    if (e->kind == PatternKind::Binding) {
      // `name @ ..` binds the middle: an array of the remaining length, or
      // a slice.
      TypeId middle = isArray ? tt_.array(elem, len - named) : tt_.slice(elem);
      checkPattern(e, middle, mode, hasInit);
    } else {
      visitedPats_.push_back(e);
      e->type = elem;
    }
  }
}

// ------------------------------------------------------------------ match

TypeId Checker::checkMatch(Expr* e, TypeId expected) {
  TypeId st = checkExpr(e->lhs, kNoType);
  TypeId result = kNoType;
  Expr* firstBody = nullptr;
  for (MatchArm& arm : e->arms) {
    checkPattern(arm.pattern, st, BindMode::Move, true);
    noteRefBindings(arm.pattern, e->lhs);
    if (arm.guard) {
      TypeId g = checkExpr(arm.guard, tt_.boolean());
      coerce(arm.guard, g, tt_.boolean(), {});
    }
    TypeId want = expected != kNoType ? expected : result;
    TypeId bt = checkExpr(arm.body, want);
    if (expected != kNoType && prog_.dynPointee(infer_->shallow(expected)) != kNoType &&
        tt_.kind(infer_->shallow(bt)) != TypeKind::Never) {
      // Each arm is coerced to the trait object on its own (check_dyn.cpp).
      if (arm.body->kind != ExprKind::Block) {
        coerce(arm.body, bt, expected, {});
      } else if (arm.body->block->tail) {
        coerce(arm.body->block->tail, bt, expected, {});
        arm.body->type = expected;
      }
      bt = expected;
    }
    TypeId bs = infer_->shallow(bt);
    if (tt_.kind(bs) == TypeKind::Never)
      continue;
    if (result == kNoType) {
      result = bt;
      firstBody = arm.body;
      continue;
    }
    if (!infer_->unify(result, bt)) {
      auto d = diags_.emit(DiagKind::MismatchedTypes, "`match` arms have incompatible types");
      d.primary(arm.body->span, "expected " + describe(result) + ", found " + describe(bt));
      if (firstBody)
        d.label(firstBody->span, "this is found to be of type " + describe(result));
    }
  }
  return result == kNoType ? tt_.never() : result;
}

// A binding by reference into the scrutinee needs the scrutinee's storage in
// memory; `ref mut` also needs it to be mutable.
void Checker::noteRefBindings(Pattern* p, Expr* scrutinee) {
  bool anyRef = false, anyRefMut = false;
  std::vector<Pattern*> stack{p};
  while (!stack.empty()) {
    Pattern* q = stack.back();
    stack.pop_back();
    if (!q)
      continue;
    // Bindings below an implicit or explicit dereference point into other
    // storage, not into the scrutinee.
    if (q->derefs > 0 || q->kind == PatternKind::Ref)
      continue;
    if (q->kind == PatternKind::Binding && q->byRef) {
      anyRef = true;
      anyRefMut |= q->isMut;
    }
    for (Pattern* e : q->elems)
      stack.push_back(e);
    for (FieldPattern& f : q->fields)
      stack.push_back(f.pattern);
    stack.push_back(q->sub);
  }
  if (anyRefMut)
    checkMutable(scrutinee, scrutinee->span, true);
  if (anyRef)
    markAddressTaken(scrutinee);
}

// `let pattern = expr` as the condition of `if` / `while`.
TypeId Checker::checkLetCondition(Expr* e) {
  TypeId st = checkExpr(e->lhs, kNoType);
  checkPattern(e->pattern, st, BindMode::Move, true);
  noteRefBindings(e->pattern, e->lhs);
  return tt_.boolean();
}

}  // namespace wr
