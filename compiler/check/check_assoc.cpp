// Associated types and consts of traits (docs/traits.md).
//
// The resolver turns every associated type a bound leaves open (`F::Err`
// for `F: FromText`, a trait's own `Self::Err`) into a projection
// parameter of the generic item and binds it in that bound (`F:
// FromText<Err = P>`), so the checker solves it like any parameter a bound
// tells: from the impl of the trait for the type a use supplies
// (solveFromBounds, check_iter.cpp, asks assocTypeOf here). An associated
// const named through a type parameter (`S::SIDES`, `Self::SIDES`) stays
// the trait's declaration in a template; each instance points it at the
// impl's value (or the trait's default), which lowering inlines as it does
// any const.
#include <algorithm>

#include "compiler/check/checker.h"

namespace wr {

namespace {

// The std operator traits whose `Output` is the operand's own type for
// numbers (`i32: Add<Output = i32>`).
bool numericOutput(std::string_view trait) {
  static const char* const kOps[] = {"Add", "Sub",    "Mul",   "Div",    "Rem", "Neg",
                                     "Not", "BitAnd", "BitOr", "BitXor", "Shl", "Shr"};
  return std::any_of(std::begin(kOps), std::end(kOps), [&](const char* op) { return trait == op; });
}

}  // namespace

// `<t as trait>::name`: the type the impl of `trait` for `t` gives it, the
// binding of a parameter's bound, or kNoType when not known (yet).
TypeId Checker::assocTypeOf(TypeId t,
                            uint32_t trait,
                            std::string_view name,
                            const std::vector<TypeId>* traitArgs) {
  t = infer_->shallow(t);
  TypeKind k = tt_.kind(t);
  if (k == TypeKind::Param) {
    for (const TraitBound* b : paramBounds(t)) {
      if (b->trait != trait)
        continue;
      for (const auto& [n, x] : b->assoc) {
        if (n == name)
          return x;
      }
    }
    return kNoType;
  }
  if (k == TypeKind::Var || k == TypeKind::Error)
    return kNoType;
  Subst binds;
  uint32_t impl = findImpl(trait, t, traitArgs, &binds);
  if (impl != kNone) {
    auto it = prog_.impls[impl].assocTypes.find(name);
    return it == prog_.impls[impl].assocTypes.end() ? kNoType : tt_.subst(it->second, binds);
  }
  const TraitInfo& info = prog_.traits[trait];
  bool num = k == TypeKind::Int || k == TypeKind::Float || k == TypeKind::IntVar ||
             k == TypeKind::FloatVar || (k == TypeKind::Bool && info.name == "Not");
  if (!info.item && name == "Output" && num && numericOutput(info.name))
    return t;
  return kNoType;
}

// A path to a trait's associated const through a type (`S::SIDES`,
// `Self::SIDES`, `Square::SIDES` for a default): its type, and in a body
// with a known type, the const of that type's impl.
TypeId Checker::checkAssocConst(Expr* e) {
  const ConstInfo& c = prog_.consts[e->res];
  const TraitInfo& t = prog_.traits[c.trait];
  TypeId self = infer_->resolve(inst(e->qself), true);
  TypeId type = tt_.subst(c.type, {{t.selfParam, self}});
  const TypeData& d = tt_.get(self);
  if (d.hasParam || d.hasVar || d.kind == TypeKind::Error)
    return type;  // a template: each instance picks the impl's value
  uint32_t impl = findImpl(c.trait, self, nullptr, nullptr);
  if (impl != kNone) {
    auto it = prog_.impls[impl].consts.find(c.item->name);
    if (it != prog_.impls[impl].consts.end()) {
      e->res = it->second;
      return prog_.consts[it->second].type;
    }
  }
  if (impl == kNone || !c.item->value) {
    std::string ty = prog_.typeName(self);
    diags_
        .emit(DiagKind::TraitBoundNotSatisfied,
              "the trait bound `" + ty + ": " + t.name + "` is not satisfied")
        .primary(e->span, "the trait `" + t.name + "` is not implemented for `" + ty + "`");
    return tt_.error();
  }
  return type;  // the trait's default value
}

// `F: FromText<Err = E>` at a use with F known: the impl's Err must be E
// (a projection parameter was unified with it; a written binding may
// differ). Checked for the traits declared in source.
bool Checker::checkAssocBindings(const GenericUse& use,
                                 const TraitBound& b,
                                 TypeId actual,
                                 const std::vector<TypeId>& traitArgs,
                                 const Subst& s) {
  const TraitInfo& t = prog_.traits[b.trait];
  if (!t.item || tt_.get(actual).hasParam)
    return true;
  bool ok = true;
  for (const auto& [name, type] : b.assoc) {
    TypeId want = infer_->resolve(tt_.subst(type, s), true);
    TypeId got = assocTypeOf(actual, b.trait, name, traitArgs.empty() ? nullptr : &traitArgs);
    if (got == kNoType)
      continue;
    got = infer_->resolve(got, true);
    const TypeData& g = tt_.get(got);
    const TypeData& w = tt_.get(want);
    if (got == want || g.hasVar || w.hasVar || g.kind == TypeKind::Error ||
        w.kind == TypeKind::Error)
      continue;
    std::string what = "type mismatch resolving `<" + prog_.typeName(actual) + " as " + t.name +
                       ">::" + std::string(name) + " == " + prog_.typeName(want) + "`";
    diags_.emit(DiagKind::AssocTypeMismatch, what)
        .primary(use.span, what)
        .note("the impl gives `" + std::string(name) + "` the type `" + prog_.typeName(got) + "`");
    ok = false;
  }
  return ok;
}

// The associated items of an impl of a program's trait: each type and
// const the trait declares without a default is given (else `missing`),
// none it lacks; `s` learns the impl's types for the trait's projections.
void Checker::checkImplAssocItems(const ImplInfo& impl,
                                  Subst& s,
                                  std::vector<std::string>& missing) {
  const TraitInfo& t = prog_.traits[impl.trait];
  for (size_t i = 0; i < t.assocParams.size(); ++i) {
    auto it = impl.assocTypes.find(t.assocTypes[i]);
    s.emplace_back(t.assocParams[i], it == impl.assocTypes.end() ? tt_.error() : it->second);
  }
  // In source order, as rustc reports them.
  for (const Item* m : impl.item->members) {
    bool isType = m->kind == ItemKind::TypeAlias;
    if (!isType && m->kind != ItemKind::Const)
      continue;
    bool declared =
        isType ? std::find(t.assocTypes.begin(), t.assocTypes.end(), m->name) != t.assocTypes.end()
               : t.consts.count(m->name) != 0;
    if (declared)
      continue;
    std::string what = std::string(isType ? "type `" : "const `") + std::string(m->name) +
                       "` is not a member of trait `" + t.name + "`";
    diags_.emit(isType ? DiagKind::NotATraitType : DiagKind::NotATraitConst, what)
        .primary(m->nameSpan, "not a member of trait `" + t.name + "`");
  }
  for (const auto& [name, c] : t.consts) {
    if (!prog_.consts[c].item->value && !impl.consts.count(name))
      missing.push_back("`" + std::string(name) + "`");
  }
}

}  // namespace wr
