// Trait objects and `impl Trait` results in the checker (docs/dyn.md).
//
// `&dyn Trait`, `&mut dyn Trait` and `Box<dyn Trait>` are made by unsizing
// coercions: wherever coerce() meets a reference or Box of a sized type
// where one of `dyn Trait` is expected (a `let` with a type, an argument,
// a returned value, a struct field, an array or `vec!` element), it wraps
// the value in a Cast marked `unsize`. Once the body's types are known,
// each such Cast is given its vtable: the concrete type's method instances
// in the trait's declaration order (Program::vtables), instantiated here
// because only the checker can instantiate.
//
// A method call on a trait object keeps the trait's declaration as its
// callee; lowering calls it through the vtable. Traits whose methods cannot
// all be called that way are rejected where they are used as objects
// (E0038), as rustc does.
//
// `impl Trait` as a fn's result is an opaque type until the fn's body is
// checked (such fns are checked first): the body's type then becomes the
// fn's result, and callers see that concrete type.
#include "compiler/check/checker.h"

namespace wr {

namespace {

// Does `t` mention type parameter `param` anywhere inside?
bool mentions(const TypeTable& tt, TypeId t, uint32_t param, int depth = 0) {
  if (t == kNoType || depth > 64)
    return false;
  const TypeData& d = tt.get(t);
  if (!d.hasParam)
    return false;
  if (d.kind == TypeKind::Param)
    return d.id == param;
  if (d.elem != kNoType && mentions(tt, d.elem, param, depth + 1))
    return true;
  for (TypeId e : d.elems) {
    if (mentions(tt, e, param, depth + 1))
      return true;
  }
  return false;
}

// `where Self: Sized` on a trait method: it is left out of vtables.
bool requiresSized(const Item* item) {
  for (const WherePredicate& w : item->wherePreds) {
    if (!w.type || w.type->kind != TypeExprKind::Path || w.type->path.str() != "Self")
      continue;
    for (const TypeExpr* b : w.bounds) {
      if (b->kind == TypeExprKind::Path && b->path.str() == "Sized")
        return true;
    }
  }
  return false;
}

}  // namespace

// Would `from` coerce to `to` by unsizing? `&T`/`&mut T` to `&dyn Trait`
// (`&mut` only to `&mut`), `Box<T>` to `Box<dyn Trait>`, T not itself dyn.
bool Checker::unsizes(TypeId from, TypeId to) {
  TypeId x = infer_->shallow(to);
  TypeId a = infer_->shallow(from);
  if (prog_.dynPointee(x) == kNoType)
    return false;
  const TypeData& ad = tt_.get(a);
  const TypeData& xd = tt_.get(x);
  if (xd.kind == TypeKind::Ref) {
    if (ad.kind != TypeKind::Ref || (xd.sub && !ad.sub))
      return false;
    TypeKind pk = tt_.kind(infer_->shallow(ad.elem));
    return pk != TypeKind::Dyn && pk != TypeKind::Var && pk != TypeKind::Error;
  }
  if (ad.kind != TypeKind::Struct || prog_.langOf(a) != LangItem::OwnedBox || ad.elems.size() != 1)
    return false;
  TypeKind pk = tt_.kind(infer_->shallow(ad.elems[0]));
  return pk != TypeKind::Dyn && pk != TypeKind::Var && pk != TypeKind::Error;
}

bool Checker::unsizeCoercion(Expr*& e, TypeId actual, TypeId expected) {
  if (!unsizes(actual, expected))
    return false;
  TypeId x = infer_->shallow(expected);
  TypeId a = infer_->shallow(actual);
  const TypeData& ad = tt_.get(a);
  TypeId pointee = ad.kind == TypeKind::Ref ? ad.elem : ad.elems[0];
  Expr* cast = ast_.arena.make<Expr>();
  cast->kind = ExprKind::Cast;
  cast->span = e->span;
  cast->lhs = e;
  cast->unsize = true;
  cast->fieldIndex = kNone;
  record(cast, x);
  pendingUnsizes_.push_back({cast, pointee, tt_.get(prog_.dynPointee(x)).id, e->span});
  e = cast;
  return true;
}

// E0038: a trait whose methods cannot all be called through a vtable. Only
// the first violation is named, once per trait.
bool Checker::checkObjectSafe(uint32_t trait, Span at) {
  const TraitInfo& t = prog_.traits[trait];
  std::string why;
  Span where;
  for (uint32_t fn : prog_.dynSlots(trait)) {
    const FnInfo& f = prog_.fns[fn];
    if (!f.item || requiresSized(f.item))
      continue;
    std::string name(f.item->name);
    if (f.item->selfKind == SelfKind::None)
      why = "...because associated function `" + name + "` has no `self` parameter";
    else if (f.ownGenerics > 0)
      why = "...because method `" + name + "` has generic type parameters";
    else if (mentions(tt_, f.ret, prog_.traits[f.trait].selfParam))
      why = "...because method `" + name + "` references the `Self` type in its return type";
    else {
      for (size_t i = 1; i < f.params.size() && why.empty(); ++i) {
        if (mentions(tt_, f.params[i], prog_.traits[f.trait].selfParam))
          why = "...because method `" + name + "` references the `Self` type in this parameter";
      }
    }
    if (!why.empty()) {
      where = f.item->nameSpan;
      break;
    }
  }
  if (why.empty())
    return true;
  if (!objectSafeReported_.insert(trait).second)
    return false;
  diags_.emit(DiagKind::NotObjectSafe, "the trait `" + t.name + "` cannot be made into an object")
      .primary(at, "`" + t.name + "` cannot be made into an object")
      .label(where, why)
      .note(
          "for a trait to be \"object safe\" it needs to allow building a vtable to allow the "
          "call to be resolvable dynamically")
      .help(
          "add `where Self: Sized` to the methods that cannot be called on a trait object, or "
          "use a generic parameter (`T: " +
          t.name + "`) instead");
  return false;
}

// `recv.name(args)` where recv is (after auto-deref) `dyn Trait`.
TypeId Checker::dynMethodCall(Expr* e, TypeId recv, int derefs) {
  uint32_t trait = tt_.get(recv).id;
  uint32_t fnIndex = kNone;
  for (uint32_t slot : prog_.dynSlots(trait)) {  // its own methods, then its supertraits'
    if (prog_.fns[slot].item && prog_.fns[slot].item->name == e->name) {
      fnIndex = slot;
      break;
    }
  }
  if (fnIndex == kNone)
    return kNoType;
  FnInfo& m = prog_.fns[fnIndex];
  const TraitInfo& t = prog_.traits[m.trait];
  if (m.item->selfKind == SelfKind::None)
    return kNoType;
  if (!checkObjectSafe(trait, e->nameSpan)) {
    for (Expr* a : e->args)
      checkExpr(a, kNoType);
    return tt_.error();
  }
  if (m.item->selfKind == SelfKind::Value || requiresSized(m.item)) {
    diags_
        .emit(DiagKind::Unsupported, "the method `" + std::string(e->name) +
                                         "` cannot be called on a `" + prog_.typeName(recv) +
                                         "` trait object")
        .primary(e->nameSpan, "needs a sized `self`")
        .help("take `&self` or `&mut self` to call it through a reference or a Box");
    for (Expr* a : e->args)
      checkExpr(a, kNoType);
    return tt_.error();
  }
  e->resKind = static_cast<uint8_t>(ResKind::Fn);
  e->res = fnIndex;
  e->autoRef = true;
  if (m.item->selfKind == SelfKind::RefMut && derefs == 0)
    checkMutable(e->lhs, e->lhs->span, true);
  Subst s{{t.selfParam, recv}};
  std::vector<TypeId> params;
  for (TypeId p : m.params)
    params.push_back(tt_.subst(p, s));
  return checkArgs(e, params, 1, tt_.subst(m.ret, s), m.item->nameSpan, "method");
}

uint32_t Checker::vtableFor(TypeId concrete, uint32_t trait, Span at) {
  auto key = std::make_pair(concrete, trait);
  auto it = vtableIndex_.find(key);
  if (it != vtableIndex_.end())
    return it->second;
  Program::Vtable v;
  v.concrete = concrete;
  v.trait = trait;
  for (uint32_t decl : prog_.dynSlots(trait)) {
    const FnInfo& d = prog_.fns[decl];
    if (!d.item || d.item->selfKind == SelfKind::None || d.item->selfKind == SelfKind::Value ||
        d.ownGenerics > 0 || requiresSized(d.item)) {
      v.methods.push_back(kNone);
      continue;
    }
    std::vector<TypeId> args{concrete};
    uint32_t chosen = dispatchTraitMethod(decl, args);
    if (chosen == kNone) {
      v.methods.push_back(kNone);
      continue;
    }
    v.methods.push_back(prog_.fns[chosen].isTemplate() ? instantiate(chosen, args, at) : chosen);
  }
  requireDrop(concrete);
  uint32_t index = static_cast<uint32_t>(prog_.vtables.size());
  prog_.vtables.push_back(std::move(v));
  vtableIndex_.emplace(key, index);
  return index;
}

// Once the body's types are known: every unsizing coercion's type must
// implement the trait (E0277), and in a body that will be lowered it gets
// its vtable.
void Checker::finishUnsizes() {
  bool lowered = !fn_->isTemplate();
  for (const PendingUnsize& u : pendingUnsizes_) {
    TypeId from = infer_->resolve(u.from, true);
    const TypeData& d = tt_.get(from);
    if (d.kind == TypeKind::Error || d.hasVar)
      continue;
    const TraitInfo& t = prog_.traits[u.trait];
    if (!checkObjectSafe(u.trait, u.span))
      continue;
    if (!implements(from, u.trait, {})) {
      std::string ty = prog_.typeName(from);
      diags_
          .emit(DiagKind::TraitBoundNotSatisfied,
                "the trait bound `" + ty + ": " + t.name + "` is not satisfied")
          .primary(u.span, "the trait `" + t.name + "` is not implemented for `" + ty + "`")
          .note("required for the cast to the object type `dyn " + t.name + "`");
      continue;
    }
    // A template's parameter is made into an object per instance, where
    // it is a concrete type (`impl<E: Error> From<E> for Box<dyn Error>`).
    if (d.kind == TypeKind::Param && lowered) {
      diags_
          .emit(DiagKind::Unsupported,
                "a generic parameter cannot be made into a trait object by WasmRust yet")
          .primary(u.span, "the type `" + prog_.typeName(from) + "` is a generic parameter");
      continue;
    }
    if (lowered && !d.hasParam)
      u.cast->fieldIndex = vtableFor(from, u.trait, u.span);
  }
  pendingUnsizes_.clear();
}

// Methods of Box that Box<dyn Trait> cannot run from their prelude bodies
// (they read the box through a thin address): lowering does their work
// itself, so they are never instantiated for a dyn type.
bool Checker::boxDynMethod(uint32_t fn, const std::vector<TypeId>& args) const {
  const FnInfo& f = prog_.fns[fn];
  if (f.impl == kNone && f.owner == kNone)
    return false;
  TypeId self = f.impl != kNone ? prog_.impls[f.impl].selfType : kNoType;
  bool ofBox = (self != kNoType && tt_.kind(self) == TypeKind::Struct &&
                prog_.structs[tt_.get(self).id].lang == LangItem::OwnedBox) ||
               (f.owner != kNone && f.owner < prog_.structs.size() &&
                prog_.structs[f.owner].lang == LangItem::OwnedBox);
  if (!ofBox)
    return false;
  for (TypeId a : args) {
    if (tt_.kind(a) == TypeKind::Dyn)
      return true;
  }
  return false;
}

bool Checker::isOpaqueFn(const FnInfo& f) const {
  return f.ret != kNoType && tt_.kind(f.ret) == TypeKind::Opaque && !f.isClosure();
}

// Before an `impl Trait` fn's body is checked: its result is a fresh
// variable, which closures see with the signature of an `Fn` bound.
void Checker::beginOpaqueReturn() {
  opaqueRet_ = fn_->ret;
  opaqueVar_ = tt_.newVar(TypeKind::Var);
  uint32_t param = tt_.get(opaqueRet_).id;
  FnInfo hintSource;
  hintSource.generics.push_back(param);
  noteFnHints(hintSource, Subst{{param, opaqueVar_}});
  fn_->ret = opaqueVar_;
  retType_ = opaqueVar_;
}

// After it: the body's type, which must meet the bounds, becomes the result.
void Checker::finishOpaqueReturn() {
  TypeId hidden = infer_->resolve(opaqueVar_, true);
  const TypeParamInfo& p = prog_.typeParams[tt_.get(opaqueRet_).id];
  Span at = fn_->item->ret ? fn_->item->ret->span : fn_->item->nameSpan;
  if (tt_.get(hidden).hasVar) {
    diags_.emit(DiagKind::TypeAnnotationsNeeded, "type annotations needed")
        .primary(at, "cannot infer the type behind this `impl Trait`");
    hidden = tt_.error();
  }
  if (tt_.kind(hidden) == TypeKind::Never)
    hidden = tt_.unit();
  for (const TraitBound& b : p.bounds) {
    const TraitInfo& t = prog_.traits[b.trait];
    bool isFn = !t.item && (t.name == "Fn" || t.name == "FnMut" || t.name == "FnOnce");
    bool ok = true;
    if (isFn) {
      std::vector<TypeId> params;
      TypeId ret = kNoType;
      int derefs = 0;
      ok = tt_.kind(hidden) == TypeKind::Error || closureSignature(hidden, params, ret, derefs);
    } else {
      ok = implements(hidden, b.trait, b.args);
    }
    if (!ok) {
      std::string ty = prog_.typeName(hidden);
      diags_
          .emit(DiagKind::TraitBoundNotSatisfied,
                "the trait bound `" + ty + ": " + t.name + "` is not satisfied")
          .primary(at, "the trait `" + t.name + "` is not implemented for `" + ty + "`");
    }
  }
  if (fn_->item->ret)
    fn_->item->ret->resolved = hidden;
  fn_->ret = hidden;
  retType_ = hidden;
  opaqueRet_ = kNoType;
  opaqueVar_ = kNoType;
}

}  // namespace wr
