// The Iterator trait: a std trait (`type Item; fn next(&mut self) ->
// Option<Self::Item>`) that the checker knows. Programs implement it for
// their own types; `for x in it` advances any iterator with its `next`, and
// generic code may call `next` on a parameter bounded by
// `Iterator<Item = T>`.
#include "compiler/check/checker.h"

namespace wr {

// The item type of an iterator type (its impl's `Item`, or the `Item` of a
// parameter's Iterator bound), or kNoType when `t` is not an iterator.
TypeId Checker::iteratorItem(TypeId t) {
  t = infer_->shallow(t);
  uint32_t tr = prog_.stdTrait("Iterator");
  if (tr == kNone)
    return kNoType;
  if (tt_.kind(t) == TypeKind::Param) {
    for (const TraitBound* b : paramBounds(t)) {
      if (b->trait != tr)
        continue;
      for (const auto& [name, item] : b->assoc) {
        if (name == "Item")
          return item;
      }
    }
    return kNoType;
  }
  if (tt_.kind(t) != TypeKind::Struct)
    return kNoType;
  Subst binds;
  uint32_t impl = findImpl(tr, t, nullptr, &binds);
  if (impl == kNone)
    return kNoType;
  auto item = prog_.impls[impl].assocTypes.find("Item");
  if (item == prog_.impls[impl].assocTypes.end())
    return kNoType;
  TypeId r = tt_.subst(item->second, binds);
  // The impl's parameters are bound to the type's arguments.
  Subst self;
  matchType(prog_.impls[impl].selfType, t, self);
  return r;
}

TypeId Checker::optionOf(TypeId t) {
  uint32_t sid = prog_.langStructs[static_cast<size_t>(LangItem::Option)];
  return sid == kNone ? tt_.error() : tt_.structType(sid, {t});
}

// `it.next()` where `it` is a type parameter with an Iterator bound: in a
// template (instances call the impl's `next`).
TypeId Checker::paramNext(Expr* e, TypeId recv, int derefs) {
  TypeId item = iteratorItem(recv);
  if (item == kNoType)
    return kNoType;
  if (!e->args.empty()) {
    diags_
        .emit(DiagKind::WrongArgCount, "this method takes 0 arguments but " +
                                           std::to_string(e->args.size()) +
                                           " arguments were supplied")
        .primary(e->nameSpan);
  }
  if (derefs == 0)
    checkMutable(e->lhs, e->lhs->span, true);
  e->autoRef = true;  // `next(&mut self)`: the ownership checker borrows the receiver
  return optionOf(item);
}

// After a body that will be lowered: each `for` over an iterator calls the
// `next` of the iterator's impl, instantiated for its type.
void Checker::finishIterFors() {
  if (fn_->isTemplate())
    return;
  for (ForPlan* plan : iterFors_) {
    plan->iterType = infer_->resolve(plan->iterType, true);
    plan->itemType = infer_->resolve(plan->itemType, true);
    plan->nextFn = glueMethod(plan->iterType, "Iterator", "next", nullptr);
  }
}

}  // namespace wr
