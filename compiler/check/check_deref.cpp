// Overloaded `*` and indexing: the Deref/DerefMut and Index/IndexMut impls
// of Box, Vec and String (in the prelude) and of the program's own types.
//
// The checker rewrites the tree so that lowering sees only built-in
// dereferences of references and ordinary method calls:
//
//   `*b`                  becomes  `*deref(&b)`
//   `b.f`, `b.m()`, `b[i]`   (auto-deref)  the receiver becomes `*deref(&b)`
//   `c[i]` (an Index impl)  becomes  `*index(&c, i)`
//   `&b` where `&Target` is expected (deref coercion)  becomes  `&*deref(&b)`
//
// The inserted calls are MethodCalls marked `overloaded`. When the place
// they lead to is assigned or borrowed mutably, checkMutable turns them into
// `deref_mut`/`index_mut`, which in turn need a mutable base — as rustc
// does once it knows how a place is used.
#include "compiler/check/checker.h"

namespace wr {

// The `method` of the impl of std trait `trait` for `t`, when it can serve
// as an overloaded operator: `&self` (`&mut self` for the `_mut` methods)
// returning a reference. kNone otherwise.
uint32_t Checker::operatorMethod(TypeId t,
                                 const char* trait,
                                 const char* method,
                                 const std::vector<TypeId>* traitArgs) {
  t = infer_->shallow(t);
  uint32_t tr = prog_.stdTrait(trait);
  if (tt_.kind(t) != TypeKind::Struct || tr == kNone)
    return kNone;
  uint32_t impl = findImpl(tr, t, traitArgs, nullptr);
  if (impl == kNone)
    return kNone;
  auto m = prog_.impls[impl].methods.find(method);
  if (m == prog_.impls[impl].methods.end())
    return kNone;
  const FnInfo& f = prog_.fns[m->second];
  bool isMut = std::string_view(method).find("_mut") != std::string_view::npos;
  size_t arity = std::string_view(method).compare(0, 5, "index") == 0 ? 2 : 1;
  if (f.item->selfKind != (isMut ? SelfKind::RefMut : SelfKind::Ref) || f.params.size() != arity ||
      tt_.kind(f.ret) != TypeKind::Ref)
    return kNone;
  return m->second;
}

// `*ptr` for an expression of reference type, already checked.
Expr* Checker::builtinDeref(Expr* ptr) {
  Expr* d = ast_.arena.make<Expr>();
  d->kind = ExprKind::Unary;
  d->unOp = UnOp::Deref;
  d->span = ptr->span;
  d->lhs = ptr;
  TypeId t = infer_->shallow(ptr->type);
  record(d, tt_.kind(t) == TypeKind::Ref ? tt_.get(t).elem : tt_.error());
  return d;
}

// `fn(&recv, args...)` for an operator method `fn` of recv's type; recv
// and args are checked already. Its type is the method's reference result.
Expr* Checker::operatorCall(Expr* recv, uint32_t fn, const std::vector<Expr*>& args, Span span) {
  const FnInfo& f = prog_.fns[fn];
  Expr* mc = ast_.arena.make<Expr>();
  mc->kind = ExprKind::MethodCall;
  mc->span = span;
  mc->nameSpan = span;
  mc->name = f.item->name;
  mc->lhs = recv;
  mc->args = args;
  mc->resKind = static_cast<uint8_t>(ResKind::Fn);
  mc->res = fn;
  mc->autoRef = true;
  mc->overloaded = true;
  std::vector<TypeId> params = f.params;
  TypeId ret = f.ret;
  if (f.isTemplate()) {
    Subst s = useFn(mc, fn, span);
    infer_->unify(tt_.subst(f.selfType, s), recv->type);
    for (TypeId& p : params)
      p = tt_.subst(p, s);
    ret = tt_.subst(ret, s);
  }
  for (size_t i = 0; i < args.size() && i + 1 < params.size(); ++i)
    infer_->unify(params[i + 1], args[i]->type);
  markAddressTaken(recv);
  record(mc, ret);
  return mc;
}

// `slot`, whose type is `derefs` references to a struct with a Deref impl,
// becomes `*deref(&**..slot)`. False (nothing changed) when there is none.
bool Checker::derefThrough(Expr*& slot, int derefs) {
  TypeId t = infer_->shallow(slot->type);
  for (int k = 0; k < derefs && tt_.kind(t) == TypeKind::Ref; ++k)
    t = infer_->shallow(tt_.get(t).elem);
  uint32_t fn = operatorMethod(t, "Deref", "deref", nullptr);
  if (fn == kNone)
    return false;
  Expr* base = slot;
  for (int k = 0; k < derefs; ++k)
    base = builtinDeref(base);
  slot = builtinDeref(operatorCall(base, fn, {}, base->span));
  unsizedOk_.insert(slot);
  return true;
}

// `e` (an Index expression whose base, after `derefs` references, has an
// Index impl `fn`) becomes `*index(&base, i)` in place.
TypeId Checker::overloadedIndex(Expr* e, int derefs, uint32_t fn) {
  Expr* base = e->lhs;
  for (int k = 0; k < derefs; ++k)
    base = builtinDeref(base);
  Expr* call = operatorCall(base, fn, {e->rhs}, e->span);
  e->kind = ExprKind::Unary;
  e->unOp = UnOp::Deref;
  e->lhs = call;
  e->rhs = nullptr;
  e->autoDerefs = 0;
  TypeId r = infer_->shallow(call->type);
  return tt_.kind(r) == TypeKind::Ref ? tt_.get(r).elem : tt_.error();
}

// What `*t` is through t's Deref impl (kNoType when it has none), without
// instantiating anything: the impl's `Target` with its parameters fresh.
TypeId Checker::derefTarget(TypeId t) {
  t = infer_->shallow(t);
  uint32_t tr = prog_.stdTrait("Deref");
  if (tt_.kind(t) != TypeKind::Struct || tr == kNone)
    return kNoType;
  Subst binds;
  uint32_t impl = findImpl(tr, t, nullptr, &binds);
  if (impl == kNone)
    return kNoType;
  auto target = prog_.impls[impl].assocTypes.find("Target");
  if (target == prog_.impls[impl].assocTypes.end())
    return kNoType;
  return tt_.subst(target->second, binds);
}

// A deref coercion: `e: &S` (or `&mut S`) where `&X` is expected and S
// reaches X through references and Deref impls (`&String` to `&str`,
// `&Vec<T>` to `&[T]`, `&Box<T>` to `&T`, `&&str` to `&str`). Rewrites `e`
// and returns true when it applies.
bool Checker::derefCoercion(Expr*& e, TypeId actual, TypeId expected) {
  const TypeData& ad = tt_.get(actual);
  const TypeData& xd = tt_.get(expected);
  TypeId want = infer_->shallow(xd.elem);
  TypeId cur = infer_->shallow(ad.elem);
  TypeKind wk = tt_.kind(want);
  TypeKind ck = tt_.kind(cur);
  if ((ck != TypeKind::Struct && ck != TypeKind::Ref) || wk == TypeKind::Var ||
      wk == TypeKind::Error)
    return false;
  auto sameHead = [&](TypeId a, TypeId b) {
    const TypeData& x = tt_.get(a);
    const TypeData& y = tt_.get(b);
    return x.kind == y.kind && (x.kind != TypeKind::Struct || x.id == y.id);
  };
  if (sameHead(cur, want))
    return false;
  // The steps, found without changing anything: true = through a reference.
  std::vector<bool> steps;
  for (TypeId t = cur; !sameHead(t, want);) {
    if (steps.size() >= 8)
      return false;
    if (tt_.kind(t) == TypeKind::Ref) {
      steps.push_back(true);
      t = infer_->shallow(tt_.get(t).elem);
      continue;
    }
    t = derefTarget(t);
    if (t == kNoType)
      return false;
    steps.push_back(false);
    t = infer_->shallow(t);
  }
  bool isMut = xd.sub != 0;
  bool overloaded = false;
  Expr* base = e->kind == ExprKind::Ref && e->isMut == (ad.sub != 0) ? e->lhs : builtinDeref(e);
  for (bool throughRef : steps) {
    if (throughRef) {
      base = builtinDeref(base);
      continue;
    }
    uint32_t fn = operatorMethod(base->type, "Deref", "deref", nullptr);
    if (fn == kNone)
      return false;
    base = builtinDeref(operatorCall(base, fn, {}, e->span));
    overloaded = true;
  }
  if (isMut && overloaded && !makeOverloadsMut(base, e->span, true))
    return true;
  Expr* r = ast_.arena.make<Expr>();
  r->kind = ExprKind::Ref;
  r->isMut = isMut;
  r->span = e->span;
  r->lhs = base;
  unsizedOk_.insert(base);
  record(r, tt_.ref(base->type, isMut));
  e = r;
  if (!infer_->unify(base->type, want))
    mismatch(e->span, expected, actual, {});
  return true;
}

// Turns the overloaded `deref`/`index` calls a place is reached through
// into `deref_mut`/`index_mut`, for a place about to be assigned or
// borrowed mutably; their receivers must then be mutable places too.
// Returns false after reporting an error.
bool Checker::makeOverloadsMut(Expr* place, Span at, bool isBorrow) {
  Expr* e = place;
  for (;;) {
    if (e->kind == ExprKind::Paren) {
      e = e->lhs;
    } else if (e->kind == ExprKind::Field || e->kind == ExprKind::Index) {
      if (e->autoDerefs > 0)
        return true;  // through a reference: checkMutable checks it
      e = e->lhs;
    } else if (e->kind == ExprKind::Unary && e->unOp == UnOp::Deref) {
      Expr* call = e->lhs;
      while (call->kind == ExprKind::Paren)
        call = call->lhs;
      if (call->kind != ExprKind::MethodCall || !call->overloaded)
        return true;
      return upgradeToMut(call, place, at, isBorrow);
    } else {
      return true;
    }
  }
}

bool Checker::upgradeToMut(Expr* call, Expr* place, Span at, bool isBorrow) {
  bool isIndex = call->name == "index";
  if (call->name != "deref" && !isIndex)
    return true;  // already mutable
  Expr* recv = call->lhs;
  TypeId recvT = infer_->shallow(recv->type);
  std::vector<TypeId> idx;
  if (isIndex && !call->args.empty())
    idx.push_back(call->args[0]->type);
  uint32_t fn = isIndex ? operatorMethod(recvT, "IndexMut", "index_mut", &idx)
                        : operatorMethod(recvT, "DerefMut", "deref_mut", nullptr);
  if (fn == kNone) {
    std::string ty = show(recvT);
    std::string tr = isIndex ? "IndexMut" : "DerefMut";
    std::string what = std::string(isIndex ? "an index of `" : "dereference of `") + ty + "`";
    diags_
        .emit(isBorrow ? DiagKind::BorrowImmutableAsMut : DiagKind::AssignThroughSharedRef,
              isBorrow ? "cannot borrow data in " + what + " as mutable"
                       : "cannot assign to data in " + what)
        .primary(at, isBorrow ? "cannot borrow as mutable" : "cannot assign")
        .help("trait `" + tr + "` is required to modify through " +
              (isIndex ? "an index" : "a dereference") + ", but it is not implemented for `" + ty +
              "`");
    return false;
  }
  // The `deref`/`index` use recorded for instantiation is replaced.
  for (size_t i = 0; i < genericUses_.size(); ++i) {
    if (genericUses_[i].site == call) {
      genericUses_.erase(genericUses_.begin() + static_cast<long>(i));
      break;
    }
  }
  const FnInfo& f = prog_.fns[fn];
  call->res = fn;
  call->name = f.item->name;
  TypeId ret = f.ret;
  if (f.isTemplate()) {
    Subst s = useFn(call, fn, call->span);
    infer_->unify(tt_.subst(f.selfType, s), recvT);
    if (isIndex && f.params.size() == 2 && !call->args.empty())
      infer_->unify(tt_.subst(f.params[1], s), call->args[0]->type);
    ret = tt_.subst(ret, s);
  }
  infer_->unify(infer_->shallow(tt_.get(infer_->shallow(ret)).elem),
                tt_.get(infer_->shallow(call->type)).elem);
  call->type = ret;
  // The receiver is borrowed mutably now. A local that is not `mut` is
  // reported as rustc does, naming the place the program wrote.
  Expr* base = recv;
  while (base->kind == ExprKind::Paren)
    base = base->lhs;
  if (base->kind == ExprKind::Path && static_cast<ResKind>(base->resKind) == ResKind::Local &&
      base->res < fn_->locals.size() && !fn_->locals[base->res].isMut) {
    const LocalInfo& l = fn_->locals[base->res];
    std::string name(l.name);
    // Assigning through a Box is an assignment to the box's own place;
    // anything else borrows the base mutably (IndexMut, DerefMut).
    isBorrow = isBorrow || prog_.langOf(recvT) != LangItem::OwnedBox;
    std::string text = placeText(place);
    auto d = isBorrow ? diags_.emit(DiagKind::BorrowImmutableAsMut,
                                    "cannot borrow `" + name +
                                        "` as mutable, as it is not declared as mutable")
                      : diags_.emit(DiagKind::AssignThroughSharedRef,
                                    "cannot assign to `" + text + "`, as `" + name +
                                        "` is not declared as mutable");
    d.primary(isBorrow ? recv->span : at, isBorrow ? "cannot borrow as mutable" : "cannot assign");
    d.suggest("consider changing this to be mutable", Span{l.span.lo, l.span.lo}, "mut ",
              Applicability::MachineApplicable);
    return false;
  }
  checkMutable(recv, recv->span, true);
  return true;
}

// `a == b` and `a != b` through a PartialEq impl (String == &str, Vec ==
// Vec, a program's own impl): `PartialEq::eq(&a, &b)`, after taking off
// the references both sides have in common (`&String == &str` compares
// String with str). Not handled: types without such an impl, which compare
// as before (primitives, derives).
TypeId Checker::overloadedEq(Expr* e, TypeId lt, TypeId rt, bool& handled) {
  handled = false;
  uint32_t trait = prog_.stdTrait("PartialEq");
  TypeId l = infer_->shallow(lt), r = infer_->shallow(rt);
  int derefs = 0;
  for (;;) {
    TypeKind lk = tt_.kind(l);
    if (lk == TypeKind::Struct || (lk == TypeKind::Ref && tt_.kind(r) != TypeKind::Ref) ||
        tt_.kind(r) == TypeKind::Struct) {
      std::vector<TypeId> args{r};
      Subst binds;
      uint32_t impl = trait == kNone ? kNone : findImpl(trait, l, &args, &binds);
      if (impl != kNone) {
        auto m = prog_.impls[impl].methods.find("eq");
        if (m == prog_.impls[impl].methods.end())
          return kNoType;
        const FnInfo& f = prog_.fns[m->second];
        if (f.params.size() != 2)
          return kNoType;
        handled = true;
        e->resKind = static_cast<uint8_t>(ResKind::Fn);
        e->res = m->second;
        e->autoDerefs = static_cast<uint8_t>(derefs);
        if (f.isTemplate()) {
          Subst s = useFn(e, m->second, e->span);
          infer_->unify(tt_.subst(f.selfType, s), l);
          infer_->unify(tt_.subst(f.params[1], s), tt_.ref(r, false));
        }
        if (derefs == 0) {
          markAddressTaken(e->lhs);
          markAddressTaken(e->rhs);
        }
        return tt_.boolean();
      }
    }
    if (tt_.kind(l) != TypeKind::Ref || tt_.kind(r) != TypeKind::Ref || derefs >= 8)
      return kNoType;
    l = infer_->shallow(tt_.get(l).elem);
    r = infer_->shallow(tt_.get(r).elem);
    ++derefs;
  }
}

}  // namespace wr
