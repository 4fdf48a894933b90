// The Iterator trait: a std trait (`type Item; fn next(&mut self) ->
// Option<Self::Item>`) that the checker knows. Programs implement it for
// their own types; `for x in it` advances any iterator with its `next`, and
// generic code may call `next` on a parameter bounded by
// `Iterator<Item = T>`. The adapters and consumers are prelude code
// (compiler/std/iter.rs); what they need from the checker is here: the
// parameters of an adapter's impl that its self type leaves open are
// solved from their bounds, and a range used as a value becomes a call of
// the prelude function that builds its iterator.
#include "compiler/check/checker.h"

namespace wr {

namespace {

bool isClosureTrait(const Program& prog, uint32_t trait) {
  const TraitInfo& t = prog.traits[trait];
  return !t.item && (t.name == "Fn" || t.name == "FnMut" || t.name == "FnOnce");
}

}  // namespace

TypeId Checker::paramIntoIter(TypeId param) {
  if (tt_.kind(param) != TypeKind::Param)
    return kNoType;
  for (const TraitBound* b : paramBounds(param)) {
    if (b->trait < prog_.traits.size() && isPreludeIntoIterator(b->trait) && b->args.size() == 1)
      return b->args[0];
  }
  return kNoType;
}

// The item type of an iterator type (its impl's `Item`, or the `Item` of a
// parameter's Iterator bound), or kNoType when `t` is not an iterator.
TypeId Checker::iteratorItem(TypeId t) {
  t = infer_->shallow(t);
  if (iterDepth_ > 64)
    return kNoType;  // hostile nesting: no answer rather than a deep stack
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
  if (iterDepth_ == 0)
    iterItemMemo_.clear();
  auto memo = iterItemMemo_.find(t);
  if (memo != iterItemMemo_.end())
    return memo->second;
  Subst binds;
  ++iterDepth_;
  uint32_t impl = findImpl(tr, t, nullptr, &binds);
  --iterDepth_;
  if (impl == kNone)
    return kNoType;
  auto item = prog_.impls[impl].assocTypes.find("Item");
  if (item == prog_.impls[impl].assocTypes.end())
    return kNoType;
  TypeId r = tt_.subst(item->second, binds);
  // The impl's parameters are bound to the type's arguments.
  Subst self;
  matchType(prog_.impls[impl].selfType, t, self);
  iterItemMemo_[t] = r;
  return r;
}

// Parameters that a self type leaves open are told by their bounds, as
// Rust's projections tell them: in `impl<A, B, I: Iterator<Item = A>,
// F: FnMut(A) -> B> Iterator for Map<I, F>`, A is the item of the iterator
// I stands for and B what the closure F returns. Runs twice so that a
// parameter found by one bound can feed another (A, then F's argument).
void Checker::solveFromBounds(const std::vector<uint32_t>& generics, const Subst& s) {
  uint32_t iter = prog_.stdTrait("Iterator");
  if (iterDepth_ > 64)
    return;
  if (iterDepth_ == 0)
    iterItemMemo_.clear();
  ++iterDepth_;
  for (int pass = 0; pass < 2; ++pass) {
    for (uint32_t g : generics) {
      TypeId actual = infer_->shallow(tt_.subst(tt_.param(g), s));
      if (tt_.kind(actual) == TypeKind::Var)
        continue;
      for (const TraitBound& b : prog_.typeParams[g].bounds) {
        if (b.trait == kNone)
          continue;
        if (b.trait == iter) {
          for (const auto& [name, type] : b.assoc) {
            TypeId item = name == "Item" ? iteratorItem(actual) : kNoType;
            if (item != kNoType)
              infer_->unify(item, tt_.subst(type, s));
          }
          continue;
        }
        if (!isClosureTrait(prog_, b.trait)) {
          solveTraitArgs(b, actual, s);
          // `F: FromText<Err = E>`: E is the Err of F's impl (check_assoc.cpp).
          std::vector<TypeId> args;
          for (TypeId a : b.args)
            args.push_back(tt_.subst(a, s));
          for (const auto& [name, type] : b.assoc) {
            TypeId x = assocTypeOf(actual, b.trait, name, args.empty() ? nullptr : &args);
            if (x != kNoType)
              infer_->unify(x, tt_.subst(type, s));
          }
          continue;
        }
        std::vector<TypeId> params;
        TypeId ret = kNoType;
        int derefs = 0;
        if (!isClosureTrait(prog_, b.trait) || b.args.empty() ||
            tt_.kind(b.args[0]) != TypeKind::Tuple ||
            !closureSignature(actual, params, ret, derefs))
          continue;
        const std::vector<TypeId> want = tt_.get(b.args[0]).elems;
        if (want.size() != params.size())
          continue;
        for (size_t i = 0; i < want.size(); ++i)
          infer_->unify(params[i], tt_.subst(want[i], s));
        for (const auto& [name, out] : b.assoc) {
          if (name == "Output")
            infer_->unify(ret, tt_.subst(out, s));
        }
      }
    }
  }
  --iterDepth_;
}

// Whether `a` and `b` could be unified, binding nothing.
bool Checker::mayUnify(TypeId a, TypeId b, int depth) {
  a = infer_->shallow(a);
  b = infer_->shallow(b);
  if (a == b || depth > 32)
    return true;
  const TypeData& x = tt_.get(a);
  const TypeData& y = tt_.get(b);
  if (x.kind == TypeKind::Var || y.kind == TypeKind::Var || x.kind == TypeKind::Error ||
      y.kind == TypeKind::Error)
    return true;
  for (auto [v, o] : {std::pair{&x, &y}, std::pair{&y, &x}}) {
    if (v->kind == TypeKind::IntVar)
      return o->kind == TypeKind::Int || o->kind == TypeKind::IntVar;
    if (v->kind == TypeKind::FloatVar)
      return o->kind == TypeKind::Float || o->kind == TypeKind::FloatVar;
  }
  if (x.kind != y.kind || x.sub != y.sub || x.id != y.id || x.len != y.len ||
      x.elems.size() != y.elems.size() || (x.elem == kNoType) != (y.elem == kNoType))
    return false;
  if (x.elem != kNoType && !mayUnify(x.elem, y.elem, depth + 1))
    return false;
  for (size_t i = 0; i < x.elems.size(); ++i) {
    if (!mayUnify(x.elems[i], y.elems[i], depth + 1))
      return false;
  }
  return true;
}

// `S: Sum<T>` with S known: when exactly one impl of the trait fits S and
// what is known of the arguments, its arguments tell the open ones
// (`Vec<u32>: FromIterator<T>` makes T u32, `i64: Product<T>` an integer
// T i64, `i32: Sum<T>` with T = &i32 picks the impl for references).
void Checker::solveTraitArgs(const TraitBound& b, TypeId actual, const Subst& s) {
  if (b.args.empty())
    return;
  uint32_t found = kNone;
  Subst foundBinds;
  for (uint32_t i = 0; i < prog_.impls.size(); ++i) {
    const ImplInfo& impl = prog_.impls[i];
    if (impl.trait != b.trait || impl.traitArgs.size() < b.args.size())
      continue;
    Subst binds;
    for (uint32_t g : impl.generics)
      binds.emplace_back(g, kNoType);
    if (!matchType(impl.selfType, actual, binds) || !blanketApplies(impl, actual))
      continue;
    for (auto& [param, bound] : binds) {
      if (bound == kNoType)
        bound = tt_.newVar(TypeKind::Var);
    }
    bool fits = true;
    for (size_t k = 0; fits && k < b.args.size(); ++k)
      fits = mayUnify(tt_.subst(impl.traitArgs[k], binds), tt_.subst(b.args[k], s), 0);
    if (!fits)
      continue;
    if (found != kNone)
      return;  // ambiguous: the arguments must come from elsewhere
    found = i;
    foundBinds = std::move(binds);
  }
  if (found == kNone)
    return;
  for (size_t k = 0; k < b.args.size(); ++k)
    infer_->unify(tt_.subst(prog_.impls[found].traitArgs[k], foundBinds), tt_.subst(b.args[k], s));
  // The chosen impl's own bounds may decide more: `V: FromIterator<T>` of
  // `impl FromIterator<Result<T, E>> for Result<V, E>` learns T from V, so
  // `.map(|s| s.parse()).collect::<Result<Vec<i32>, _>>()` parses i32s.
  if (implBoundDepth_ >= 8)
    return;
  ++implBoundDepth_;
  for (uint32_t g : prog_.impls[found].generics) {
    TypeId bound = infer_->shallow(tt_.subst(tt_.param(g), foundBinds));
    if (tt_.kind(bound) == TypeKind::Var)
      continue;
    for (const TraitBound& ib : prog_.typeParams[g].bounds) {
      if (ib.trait != kNone && !isClosureTrait(prog_, ib.trait))
        solveTraitArgs(ib, bound, foundBinds);
    }
  }
  --implBoundDepth_;
}

// Before the generic uses of a body are resolved (and integer literals
// default to i32), their bounds get a last say: `let v: Vec<u32> =
// (0..9).collect()` learns the collection only after the call was checked.
void Checker::solveUseBounds() {
  for (int pass = 0; pass < 2; ++pass) {
    for (const GenericUse& use : genericUses_) {
      const FnInfo& f = prog_.fns[use.fn];
      if (f.generics.size() != use.vars.size())
        continue;
      Subst s;
      for (size_t i = 0; i < f.generics.size(); ++i)
        s.emplace_back(f.generics[i], use.vars[i]);
      solveFromBounds(f.generics, s);
    }
  }
}

// `a..b`, `a..=b` and `a..` outside a `for` loop's sequence and indexing:
// the node becomes a call of the prelude's `wasm_range`,
// `wasm_range_inclusive` or `wasm_range_from`, whose results are iterators.
TypeId Checker::checkRangeValue(Expr* e, TypeId expected) {
  const char* name = !e->lhs        ? nullptr
                     : !e->rhs      ? "wasm_range_from"
                     : e->inclusive ? "wasm_range_inclusive"
                                    : "wasm_range";
  uint32_t fn = kNone;
  for (uint32_t i = 0; name && i < prog_.fns.size() && fn == kNone; ++i) {
    const FnInfo& f = prog_.fns[i];
    if (f.name == name && f.item && f.trait == kNone && f.selfType == kNoType)
      fn = i;
  }
  if (fn == kNone) {
    diags_
        .emit(DiagKind::Unsupported,
              "ranges without a start are only supported in indexing by WasmRust yet")
        .primary(e->span);
    if (e->lhs)
      checkExpr(e->lhs, kNoType);
    if (e->rhs)
      checkExpr(e->rhs, kNoType);
    return tt_.error();
  }
  Expr* callee = ast_.arena.make<Expr>();
  callee->kind = ExprKind::Path;
  callee->span = e->span;
  callee->resKind = static_cast<uint8_t>(ResKind::Fn);
  callee->res = fn;
  e->kind = ExprKind::Call;
  e->args.clear();
  e->args.push_back(e->lhs);
  if (e->rhs)
    e->args.push_back(e->rhs);
  e->lhs = callee;
  e->rhs = nullptr;
  return checkCall(e, expected);
}

bool Checker::isPreludeIntoIterator(uint32_t trait) {
  const TraitInfo& t = prog_.traits[trait];
  return t.item && t.name == "IntoIterator" && file_.inPrelude(t.item->span);
}

// Rust implements IntoIterator for `&[T; N]` of every length; the prelude,
// without const generics, for `&[T]`: before the arguments of a call of a
// fn with a parameter bounded by it are checked, its variable is noted, so
// that `iterableArgType` unsizes an array reference passed for it.
void Checker::noteIterableParams(const FnInfo& f, const Subst& s) {
  for (uint32_t g : f.generics) {
    for (const TraitBound& b : prog_.typeParams[g].bounds) {
      if (b.trait != kNone && isPreludeIntoIterator(b.trait))
        iterableVars_.insert(infer_->shallow(tt_.subst(tt_.param(g), s)));
    }
  }
}

// The type an argument of type `actual` is taken as for a parameter of type
// `param`: `&[T]` for a `&[T; N]` passed as an iterable, else `param`.
TypeId Checker::iterableArgType(TypeId param, TypeId actual) {
  if (!iterableVars_.count(param) || tt_.kind(infer_->shallow(param)) != TypeKind::Var)
    return param;
  const TypeData& a = tt_.get(infer_->shallow(actual));
  if (a.kind != TypeKind::Ref || tt_.kind(infer_->shallow(a.elem)) != TypeKind::Array)
    return param;
  TypeId slice = tt_.ref(tt_.slice(tt_.get(infer_->shallow(a.elem)).elem), a.sub != 0);
  infer_->unify(param, slice);
  return slice;
}

// `zip(5)`, `v.extend(&x)`: an argument that must be iterable (its type a
// parameter bounded by the prelude's `IntoIterator<J>`) and that fits none
// of that trait's impls is reported as rustc reports it; J (and what it
// would have told) becomes an error so that the adapters and consumers
// after the call say nothing more.
// `firstParam`: the parameter the call's first argument is for (1 for a
// method call, whose receiver is not among the arguments).
void Checker::checkIterableArgs(Expr* call, const FnInfo& f, const Subst& s, size_t firstParam) {
  for (uint32_t g : f.generics) {
    for (const TraitBound& b : prog_.typeParams[g].bounds) {
      if (b.trait == kNone || b.args.size() != 1)
        continue;
      if (!isPreludeIntoIterator(b.trait))
        continue;
      TypeId actual = infer_->shallow(tt_.subst(tt_.param(g), s));
      bool fits = false;
      for (uint32_t i = 0; i < prog_.impls.size() && !fits; ++i) {
        const ImplInfo& impl = prog_.impls[i];
        Subst binds;
        for (uint32_t ig : impl.generics)
          binds.emplace_back(ig, kNoType);
        fits = impl.trait == b.trait && matchType(impl.selfType, actual, binds) &&
               blanketApplies(impl, actual);
      }
      Expr* arg = nullptr;  // the argument whose type the parameter is
      for (size_t k = firstParam; k < f.params.size() && k - firstParam < call->args.size(); ++k) {
        if (f.params[k] == tt_.param(g))
          arg = call->args[k - firstParam];
      }
      if (fits || !arg)
        continue;
      std::string ty = show(actual);
      auto d = diags_.emit(DiagKind::TraitBoundNotSatisfied, "`" + ty + "` is not an iterator");
      d.primary(arg->span, "`" + ty + "` is not an iterator")
          .label(call->kind == ExprKind::MethodCall ? call->nameSpan : call->lhs->span,
                 "required by a bound introduced by this call")
          .help("the trait `Iterator` is not implemented for `" + ty + "`");
      TypeKind k = tt_.kind(actual);
      if (k == TypeKind::Int || k == TypeKind::IntVar)
        d.note(
            "if you want to iterate between `start` until a value `end`, use the exclusive range "
            "syntax `start..end` or the inclusive range syntax `start..=end`");
      d.note("required because of the requirements on the impl of `IntoIterator` for `" + ty + "`");
      for (const auto& [param, var] : s) {
        if (tt_.kind(infer_->shallow(var)) == TypeKind::Var)
          infer_->unify(var, tt_.error());  // the item type it would have told
      }
    }
  }
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
