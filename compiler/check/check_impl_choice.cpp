// Choosing among a type's impls of one trait by the argument's type. The
// resolver binds `u64::from` (or `String::from`) to the fn of the first impl
// of a trait it finds for the type; when the type has several impls of that
// trait (`From<u8>`, `From<u16>`, `From<u32>` for u64), the type of the
// first argument tells which one the call means, as in Rust.
#include "compiler/check/checker.h"

namespace wr {

namespace {

// Impls for the same type: the same primitive, or the same struct whatever
// its type arguments (`Vec<T>` and `Vec<u8>`).
bool sameSelfHead(const TypeTable& tt, TypeId a, TypeId b) {
  if (a == b)
    return true;
  return tt.kind(a) == TypeKind::Struct && tt.kind(b) == TypeKind::Struct &&
         tt.get(a).id == tt.get(b).id;
}

}  // namespace

// When the call's callee is an associated fn (no `self`) of a trait impl
// and the type has other impls of that trait with the same fn, checks the
// first argument, points the callee at the impl whose parameter fits it,
// and returns the argument's type (so checkArgs does not check it again).
// Returns kNoType when there was nothing to choose.
TypeId Checker::chooseImplByFirstArg(Expr* call) {
  Expr* callee = call->lhs;
  const FnInfo& f = prog_.fns[callee->res];
  if (call->args.empty() || f.impl == kNone || prog_.impls[f.impl].trait == kNone ||
      f.params.empty() || f.item->selfKind != SelfKind::None || f.isClosure())
    return kNoType;
  const ImplInfo& mine = prog_.impls[f.impl];
  std::string_view name = callee->path.segments.back().name;
  std::vector<uint32_t> candidates;
  uint32_t identity = kNone;  // `impl<T> From<T> for T`, for a type without parameters
  for (const ImplInfo& impl : prog_.impls) {
    if (impl.trait != mine.trait)
      continue;
    auto m = impl.methods.find(name);
    if (m == impl.methods.end() || prog_.fns[m->second].params.empty())
      continue;
    if (sameSelfHead(tt_, impl.selfType, mine.selfType))
      candidates.push_back(m->second);
    else if (tt_.kind(impl.selfType) == TypeKind::Param && !tt_.get(mine.selfType).hasParam &&
             prog_.fns[m->second].params[0] == impl.selfType)
      identity = m->second;
  }
  if (candidates.size() + (identity != kNone ? 1 : 0) < 2)
    return kNoType;
  TypeId t = checkExpr(call->args[0], kNoType);
  TypeId arg = infer_->shallow(t);
  uint32_t pick = kNone;
  bool same = identity != kNone && infer_->resolve(arg, false) == mine.selfType;
  // Unless it is the identity conversion (`i64::from(6i64)`), the impl
  // whose parameter the argument fits.
  for (size_t i = 0; !same && pick == kNone && i < candidates.size(); ++i) {
    uint32_t fn = candidates[i];
    Subst b;
    for (uint32_t g : prog_.fns[fn].generics)
      b.emplace_back(g, kNoType);
    if (matchType(prog_.fns[fn].params[0], arg, b))
      pick = fn;
  }
  // No exact fit: a reference may still reach a reference parameter by
  // deref coercion (`String::from(&boxed_string)`).
  for (size_t i = 0; pick == kNone && i < candidates.size(); ++i) {
    if (tt_.kind(arg) == TypeKind::Ref &&
        tt_.kind(prog_.fns[candidates[i]].params[0]) == TypeKind::Ref)
      pick = candidates[i];
  }
  if (pick == kNone && same)
    pick = identity;
  if (pick != kNone) {
    callee->res = pick;
    return t;
  }
  // None fits: rustc names the missing impl rather than the parameter of
  // the first one.
  if (tt_.get(arg).hasVar || tt_.kind(arg) == TypeKind::Error)
    return t;
  std::string trait = prog_.traits[mine.trait].name + "<" + show(arg) + ">";
  std::string self = show(mine.selfType);
  diags_
      .emit(DiagKind::TraitBoundNotSatisfied,
            "the trait bound `" + self + ": " + trait + "` is not satisfied")
      .primary(call->args[0]->span,
               "the trait `" + trait + "` is not implemented for `" + self + "`");
  return tt_.error();
}

}  // namespace wr
