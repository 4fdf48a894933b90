// Generics and traits in the checker.
//
// A generic fn is a template: its body is checked once with its type
// parameters opaque (they support only what their bounds promise). Every use
// of a generic fn gets fresh inference variables for its parameters; when
// the using body is finished and the variables are known, the bounds are
// checked and, in a body that will be lowered, the use is pointed at an
// instance — a copy of the template's body (ast_clone.h) added to the
// program as a fn of its own, checked later with the arguments substituted.
// A call of a trait's method on a known type is dispatched here too: to the
// impl's method, or to the trait's default body instantiated for that type.
#include <algorithm>

#include "compiler/check/checker.h"
#include "compiler/parse/ast_clone.h"

namespace wr {

namespace {
constexpr size_t kMaxInstances = 5000;
constexpr int kMaxTypeDepth = 24;

}  // namespace

TypeId Checker::freshen(TypeId t) {
  const TypeData& d = tt_.get(t);
  if (tt_.isHole(t))
    return tt_.newVar(TypeKind::Var);
  if (!d.hasVar)
    return t;
  TypeData c = d;
  switch (c.kind) {
    case TypeKind::Ref:
      return tt_.ref(freshen(c.elem), c.sub != 0);
    case TypeKind::Array:
      return tt_.array(freshen(c.elem), c.len);
    case TypeKind::Slice:
      return tt_.slice(freshen(c.elem));
    case TypeKind::Tuple:
      for (TypeId& e : c.elems)
        e = freshen(e);
      return tt_.tuple(c.elems);
    case TypeKind::Struct:
      for (TypeId& e : c.elems)
        e = freshen(e);
      return tt_.structType(c.id, c.elems);
    default:
      return t;
  }
}

TypeId Checker::inst(TypeId t) {
  if (t == kNoType)
    return t;
  return freshen(tt_.subst(t, instSubst_));
}

TypeId Checker::freshStructType(uint32_t sid) {
  std::vector<TypeId> args;
  for (size_t i = 0; i < prog_.structs[sid].generics.size(); ++i)
    args.push_back(tt_.newVar(TypeKind::Var));
  return tt_.structType(sid, args);
}

// Fresh variables for the generics of `fn`, recorded as a use at `site`.
Subst Checker::useFn(Expr* site, uint32_t fn, Span span) {
  const FnInfo& f = prog_.fns[fn];
  Subst s;
  GenericUse use{site, fn, {}, span};
  for (uint32_t g : f.generics) {
    TypeId v = tt_.newVar(TypeKind::Var);
    s.emplace_back(g, v);
    use.vars.push_back(v);
  }
  genericUses_.push_back(std::move(use));
  noteFnHints(f, s);
  return s;
}

// Explicit generic arguments on a path: `f::<T>` names the fn's own
// parameters, `Pair::<T>::new` the struct's.
void Checker::applyTurbofish(Expr* path, uint32_t fn, const Subst& s) {
  const FnInfo& f = prog_.fns[fn];
  const std::vector<PathSegment>& segs = path->path.segments;
  if (segs.empty())
    return;
  const std::vector<TypeExpr*>& own = segs.back().generics;
  if (!own.empty()) {
    // A prelude fn's trailing generics may stand for what std leaves to
    // inference: a turbofish may leave them out.
    // Projection parameters (`F::Err`, docs/traits.md) are never named.
    uint32_t declared = 0;
    for (size_t i = f.generics.size() - f.ownGenerics; i < f.generics.size(); ++i)
      declared += prog_.typeParams[f.generics[i]].projection ? 0 : 1;
    bool inferredTail = own.size() < declared && f.item && file_.inPrelude(f.item->span);
    if (own.size() != declared && !inferredTail) {
      diags_
          .emit(DiagKind::WrongGenericCount,
                "function takes " + std::to_string(declared) + " generic argument" +
                    (declared == 1 ? "" : "s") + " but " + std::to_string(own.size()) +
                    " generic argument" + (own.size() == 1 ? " was" : "s were") + " supplied")
          .primary(segs.back().span);
    } else {
      size_t first = f.generics.size() - f.ownGenerics;
      for (size_t i = 0; i < own.size(); ++i) {
        if (own[i]->resolved != kNoType)
          infer_->unify(s[first + i].second, inst(own[i]->resolved));
      }
    }
  }
  if (segs.size() >= 2 && !segs[0].generics.empty() && f.selfType != kNoType &&
      tt_.kind(f.selfType) == TypeKind::Struct) {
    std::vector<TypeId> args;
    for (TypeExpr* g : segs[0].generics)
      args.push_back(g->resolved == kNoType ? tt_.newVar(TypeKind::Var) : inst(g->resolved));
    uint32_t sid = tt_.get(f.selfType).id;
    if (args.size() == prog_.structs[sid].generics.size())
      infer_->unify(tt_.subst(f.selfType, s), tt_.structType(sid, args));
  }
}

// --------------------------------------------------------------- traits

std::vector<const TraitBound*> Checker::paramBounds(TypeId param) {
  std::vector<const TraitBound*> out;
  const TypeParamInfo& p = prog_.typeParams[tt_.get(param).id];
  for (const TraitBound& b : p.bounds)
    out.push_back(&b);
  for (size_t i = 0; i < out.size() && i < 64; ++i) {
    for (const TraitBound& sb : prog_.traits[out[i]->trait].supertraits)
      out.push_back(&sb);
  }
  return out;
}

std::string Checker::boundText(uint32_t trait, const std::vector<TypeId>& args) {
  std::string s = prog_.traits[trait].name;
  const TraitInfo& t = prog_.traits[trait];
  // Trait parameters equal to their default (`Rhs = Self`) are left out.
  bool any = false;
  for (size_t i = 0; i < args.size() && i < t.generics.size(); ++i)
    any |= prog_.typeParams[t.generics[i]].defaultType == kNoType;
  if (!any)
    return s;
  s += "<";
  for (size_t i = 0; i < args.size(); ++i)
    s += (i ? ", " : "") + prog_.typeName(args[i]);
  return s + ">";
}

// Matches an impl's self type (mentioning the impl's parameters) against a
// type from the body; unknown parts of `t` match anything. Binds the impl's
// parameters in `binds`.
bool Checker::matchType(TypeId pattern, TypeId t, Subst& binds) {
  t = infer_->shallow(t);
  pattern = infer_->shallow(pattern);
  const TypeData& p = tt_.get(pattern);
  const TypeData& d = tt_.get(t);
  if (p.kind == TypeKind::Param) {
    for (auto& [param, bound] : binds) {
      if (param == p.id)
        return bound == kNoType ? (bound = t, true) : matchType(bound, t, binds) || bound == t;
    }
    return pattern == t;  // a parameter of the enclosing body
  }
  if (d.kind == TypeKind::Var || d.kind == TypeKind::Error)
    return true;
  // A pattern may hold the caller's inference variables too, once a
  // parameter is bound to one (`V2<{integer}> + V2<{integer}>` binds the
  // impl's T to the left side's variable, then meets the right side's).
  if (p.kind == TypeKind::Var)
    return true;
  if (d.kind == TypeKind::IntVar)
    return p.kind == TypeKind::Int || p.kind == TypeKind::IntVar;
  if (d.kind == TypeKind::FloatVar)
    return p.kind == TypeKind::Float || p.kind == TypeKind::FloatVar;
  if (p.kind == TypeKind::IntVar)
    return d.kind == TypeKind::Int;
  if (p.kind == TypeKind::FloatVar)
    return d.kind == TypeKind::Float;
  if (p.kind != d.kind || p.sub != d.sub || p.id != d.id || p.len != d.len ||
      p.elems.size() != d.elems.size())
    return false;
  if (p.elem != kNoType && !matchType(p.elem, d.elem, binds))
    return false;
  for (size_t i = 0; i < p.elems.size(); ++i) {
    if (!matchType(p.elems[i], d.elems[i], binds))
      return false;
  }
  return true;
}

// The impl of `trait` for `t` (and, when given, for these trait arguments),
// or kNone. `binds` receives the impl's parameters.
uint32_t Checker::findImpl(uint32_t trait,
                           TypeId t,
                           const std::vector<TypeId>* traitArgs,
                           Subst* binds) {
  auto tryImpl = [&](uint32_t i) {
    const ImplInfo& impl = prog_.impls[i];
    Subst b;
    for (uint32_t g : impl.generics)
      b.emplace_back(g, kNoType);
    if (!matchType(impl.selfType, t, b))
      return false;
    if (traitArgs) {
      for (size_t k = 0; k < traitArgs->size() && k < impl.traitArgs.size(); ++k) {
        if (!matchType(impl.traitArgs[k], (*traitArgs)[k], b))
          return false;
      }
    }
    for (auto& [param, bound] : b) {
      if (bound == kNoType)
        bound = tt_.newVar(TypeKind::Var);
    }
    if (binds) {
      solveFromBounds(impl.generics, b);
      *binds = std::move(b);
    }
    return true;
  };
  const ImplIndex::Candidates c = implIndex_.candidates(prog_, tt_, trait, infer_->shallow(t));
  // The first match in declaration order, as one scan over every impl
  // would find it: the two lists are each in that order.
  size_t a = 0, o = 0;
  while (a < c.exact.size() || o < c.other.size()) {
    bool fromExact = o == c.other.size() || (a < c.exact.size() && c.exact[a] < c.other[o]);
    uint32_t i = fromExact ? c.exact[a++] : c.other[o++];
    if (tryImpl(i))
      return i;
  }
  return kNone;
}

ImplIndex::Candidates ImplIndex::candidates(const Program& prog,
                                            const TypeTable& types,
                                            uint32_t trait,
                                            TypeId t) {
  static const std::vector<uint32_t> kNoImpls;
  for (; built_ < prog.impls.size(); ++built_) {
    const ImplInfo& impl = prog.impls[built_];
    uint32_t i = static_cast<uint32_t>(built_);
    all_[impl.trait].push_back(i);
    if (impl.selfType != kNoType && types.kind(impl.selfType) == TypeKind::Struct)
      byStruct_[key(impl.trait, types.get(impl.selfType).id)].push_back(i);
    else
      other_[impl.trait].push_back(i);
  }
  auto find = [](const auto& map, auto k) -> const std::vector<uint32_t>& {
    auto it = map.find(k);
    return it == map.end() ? kNoImpls : it->second;
  };
  // A struct matches only impls for that struct or for a parameter (a
  // blanket impl); anything else (an inference variable, a reference, a
  // primitive) is tried against every impl of the trait.
  if (types.kind(t) == TypeKind::Struct)
    return {find(byStruct_, key(trait, types.get(t).id)), find(other_, trait)};
  return {find(all_, trait), kNoImpls};
}

void MethodImplIndex::build(const Program& prog) {
  built_ = true;
  for (uint32_t i = 0; i < prog.impls.size(); ++i) {
    const ImplInfo& impl = prog.impls[i];
    if (impl.trait == kNone)
      continue;
    for (const auto& [name, fn] : impl.methods)
      own_[name].push_back(i);
    const TraitInfo& t = prog.traits[impl.trait];
    if (!t.item)
      continue;
    for (const auto& [name, fn] : t.methods) {
      if (prog.fns[fn].item->body)
        inherited_[name].push_back(i);
    }
  }
}

const std::vector<uint32_t>& MethodImplIndex::lookup(const Program& prog,
                                                     const ByName& map,
                                                     std::string_view name) {
  static const std::vector<uint32_t> kEmpty;
  if (!built_)
    build(prog);
  auto it = map.find(name);
  return it == map.end() ? kEmpty : it->second;
}

// What the standard library implements for the types WasmRust knows.
bool Checker::builtinImpl(const std::string& trait, TypeId t, const std::vector<TypeId>& args) {
  const TypeData& d = tt_.get(t);
  bool num = d.kind == TypeKind::Int || d.kind == TypeKind::Float;
  bool prim = num || d.kind == TypeKind::Bool || d.kind == TypeKind::Char;
  auto all = [&](auto pred) {
    if (d.elem != kNoType && !pred(d.elem))
      return false;
    for (TypeId e : d.elems) {
      if (!pred(e))
        return false;
    }
    return true;
  };
  auto same = [&](const std::string& tr) {
    return all([&](TypeId e) { return implements(e, prog_.stdTrait(tr), {e}); });
  };
  bool composite = d.kind == TypeKind::Tuple || d.kind == TypeKind::Array ||
                   d.kind == TypeKind::Slice || d.kind == TypeKind::Ref;
  const StructInfo* s = d.kind == TypeKind::Struct ? &prog_.structs[d.id] : nullptr;
  if (s && s->closure && trait.compare(0, 2, "Fn") == 0) {
    const TypeData& a = tt_.get(args.empty() ? tt_.unit() : infer_->resolve(args[0], true));
    return a.kind == TypeKind::Tuple && a.elems.size() == s->closureParams.size();
  }
  if (d.kind == TypeKind::Ref && trait.compare(0, 2, "Fn") == 0 &&
      tt_.kind(d.elem) == TypeKind::Struct && prog_.structs[tt_.get(d.elem).id].closure)
    return builtinImpl(trait, d.elem, args);  // `&F` and `&mut F` call the closure they point to
  if (s && s->lang != LangItem::None && s->lang != LangItem::Option && !s->closure) {
    // Box<T> forwards to T; Vec<T> is Debug and Clone when T is; String is
    // Display and Debug. Clone and PartialEq come from their impls.
    TypeId arg = d.elems.empty() ? kNoType : d.elems[0];
    bool text = s->lang == LangItem::String;
    if (trait == "Display")
      return text || (s->lang == LangItem::OwnedBox && implements(arg, prog_.stdTrait(trait), {}));
    if (trait == "Debug")
      return text || implements(arg, prog_.stdTrait(trait), {});
    if (trait == "Hash")  // Vec<T> too: lower_hash.cpp hashes its elements
      return text || implements(arg, prog_.stdTrait(trait), {});
    if (trait == "PartialOrd" || trait == "Ord" || trait == "Eq")
      return text || (s->lang != LangItem::Vec && implements(arg, prog_.stdTrait(trait), {}));
  }
  if (trait == "Sized")
    return d.kind != TypeKind::Str && d.kind != TypeKind::Slice;
  if (trait == "Send" || trait == "Sync")
    return true;
  if (trait == "Copy")
    return isCopyType(prog_, t);
  if (trait == "Clone")
    return isCopyType(prog_, t) || (s && s->derivesClone) ||
           ((d.kind == TypeKind::Tuple || d.kind == TypeKind::Array) && same("Clone"));
  if (trait == "Debug")
    return prim || d.kind == TypeKind::Str || (s && s->derivesDebug) ||
           (composite && same("Debug"));
  if (trait == "Display")
    return prim || d.kind == TypeKind::Str ||
           (d.kind == TypeKind::Ref && implements(d.elem, prog_.stdTrait("Display"), {}));
  if (trait == "PartialEq" || trait == "Eq") {
    if (!args.empty() && infer_->resolve(args[0], false) != t && trait == "PartialEq")
      return false;
    bool eqOk = trait == "PartialEq" || d.kind != TypeKind::Float;
    return (eqOk && (prim || d.kind == TypeKind::Str)) || (s && s->derivesPartialEq) ||
           (composite && same(trait));
  }
  if (trait == "PartialOrd" || trait == "Ord") {
    bool ordOk = trait == "PartialOrd" || d.kind != TypeKind::Float;
    if (s && (trait == "Ord" ? s->derivesOrd : s->derivesPartialOrd))
      return all([&](TypeId e) { return implements(e, prog_.stdTrait(trait), {}); });
    return (ordOk && (prim || d.kind == TypeKind::Str)) ||
           (composite && d.kind != TypeKind::Slice && same(trait));
  }
  if (trait == "Hash")
    return (prim && d.kind != TypeKind::Float) || d.kind == TypeKind::Str ||
           (s && s->derivesHash) || (composite && same("Hash"));
  static const char* const kArith[] = {"Add", "Sub", "Mul", "Div", "Rem"};
  for (const char* a : kArith) {
    if (trait == a || trait == std::string(a) + "Assign")
      return num && (args.empty() || infer_->resolve(args[0], false) == t);
  }
  if (trait == "Neg")
    return d.kind == TypeKind::Float || (d.kind == TypeKind::Int && isSigned(tt_.intKind(t)));
  if (trait == "Not")
    return d.kind == TypeKind::Int || d.kind == TypeKind::Bool;
  return false;
}

bool Checker::implements(TypeId t, uint32_t trait, const std::vector<TypeId>& traitArgs) {
  if (trait == kNone)
    return true;
  t = infer_->resolve(t, true);
  const TypeData& d = tt_.get(t);
  if (d.kind == TypeKind::Error || d.kind == TypeKind::Never)
    return true;
  if (d.kind == TypeKind::Param) {
    if (prog_.paramHasBound(d.id, trait))
      return true;
    // `Copy` implies `Clone`; `Ord` implies `PartialOrd`, and both, like
    // `Eq`, imply `PartialEq`.
    auto has = [&](const char* n) { return prog_.paramHasBound(d.id, prog_.stdTrait(n)); };
    if (trait == prog_.stdTrait("Clone"))
      return has("Copy");
    if (trait == prog_.stdTrait("PartialOrd"))
      return has("Ord");
    if (trait == prog_.stdTrait("PartialEq"))
      return has("Eq") || has("PartialOrd") || has("Ord");
    return blanketImplFor(trait, t, traitArgs);
  }
  if (findImpl(trait, t, traitArgs.empty() ? nullptr : &traitArgs, nullptr) != kNone)
    return true;
  const TraitInfo& info = prog_.traits[trait];
  return !info.item && builtinImpl(info.name, t, traitArgs);
}

// Whether a blanket impl (`impl<I: Iterator> IntoIterator<I> for I`) gives
// type parameter `t` the trait: its bounds must promise the impl's.
bool Checker::blanketImplFor(uint32_t trait, TypeId t, const std::vector<TypeId>& traitArgs) {
  if (blanketDepth_ > 16)
    return false;
  ++blanketDepth_;
  bool found = false;
  for (const ImplInfo& impl : prog_.impls) {
    if (impl.trait != trait || tt_.kind(impl.selfType) != TypeKind::Param)
      continue;
    Subst b;
    for (uint32_t g : impl.generics)
      b.emplace_back(g, kNoType);
    if (!matchType(impl.selfType, t, b) || !blanketApplies(impl, t))
      continue;
    bool argsMatch = true;
    for (size_t k = 0; k < traitArgs.size() && k < impl.traitArgs.size(); ++k)
      argsMatch &= matchType(impl.traitArgs[k], traitArgs[k], b);
    if (argsMatch) {
      found = true;
      break;
    }
  }
  --blanketDepth_;
  return found;
}

// --------------------------------------------------------------- uses

bool Checker::checkBounds(const GenericUse& use, const std::vector<TypeId>& args) {
  const FnInfo& f = prog_.fns[use.fn];
  Subst s;
  for (size_t i = 0; i < f.generics.size(); ++i)
    s.emplace_back(f.generics[i], args[i]);
  bool ok = true;
  for (size_t i = 0; i < f.generics.size(); ++i) {
    // A trait method's `Self` is checked by dispatch, not as a bound.
    if (f.trait != kNone && i == 0)
      continue;
    for (const TraitBound& b : prog_.typeParams[f.generics[i]].bounds) {
      std::vector<TypeId> bargs;
      for (TypeId a : b.args)
        bargs.push_back(tt_.subst(a, s));
      if (implements(args[i], b.trait, bargs)) {
        ok &= checkAssocBindings(use, b, args[i], bargs, s);
        continue;
      }
      ok = false;
      std::string ty = prog_.typeName(args[i]);
      std::string tr = boundText(b.trait, bargs);
      auto d = diags_.emit(DiagKind::TraitBoundNotSatisfied,
                           "the trait bound `" + ty + ": " + tr + "` is not satisfied");
      d.primary(use.span, "the trait `" + tr + "` is not implemented for `" + ty + "`");
      if (f.item)
        d.label(b.span, "required by this bound in `" + std::string(f.item->name) + "`");
      if (tt_.kind(args[i]) == TypeKind::Param) {
        std::string p(prog_.typeParams[tt_.get(args[i]).id].name);
        d.help("consider restricting type parameter `" + p + "`: `" + p + ": " + tr + "`");
      }
    }
  }
  return ok;
}

// `decl` is a trait's method; args[0] is the `Self` it is called on. Returns
// the fn to call (an impl's method, or the default body) and rewrites `args`
// for it.
uint32_t Checker::dispatchTraitMethod(uint32_t decl, std::vector<TypeId>& args) {
  const FnInfo& d = prog_.fns[decl];
  const TraitInfo& trait = prog_.traits[d.trait];
  Subst binds;
  std::vector<TypeId> traitArgs(args.begin() + 1, args.begin() + 1 + trait.generics.size());
  uint32_t impl = findImpl(d.trait, args[0], &traitArgs, &binds);
  if (impl == kNone)
    return d.item->body ? decl : kNone;
  auto m = prog_.impls[impl].methods.find(d.item->name);
  if (m == prog_.impls[impl].methods.end())
    return d.item->body ? decl : kNone;
  std::vector<TypeId> implArgs;
  for (auto& [param, bound] : binds)
    implArgs.push_back(infer_->resolve(bound, true));
  implArgs.insert(implArgs.end(), args.end() - d.ownGenerics, args.end());
  args = std::move(implArgs);
  return m->second;
}

void Checker::finishGenericUses() {
  bool lowered = !fn_->isTemplate();
  solveUseBounds();
  if (defaultTryConversions())
    solveUseBounds();
  for (GenericUse& use : genericUses_) {
    std::vector<TypeId> args;
    bool unknown = false, error = false, generic = false;
    for (TypeId v : use.vars) {
      TypeId a = infer_->resolve(v, true);
      unknown |= tt_.get(a).hasVar;
      error |= tt_.kind(a) == TypeKind::Error;
      generic |= tt_.get(a).hasParam;
      args.push_back(a);
    }
    if (unknown) {
      diags_.emit(DiagKind::TypeAnnotationsNeeded, "type annotations needed")
          .primary(use.span, "cannot infer the type of a generic parameter")
          .help("give the generic arguments explicitly, as in `f::<i32>(..)`");
      continue;
    }
    if (error || !checkBounds(use, args))
      continue;
    uint32_t target = use.fn;
    if (prog_.fns[target].trait != kNone) {
      if (tt_.kind(args[0]) == TypeKind::Param)
        continue;  // stays a call of the trait's method until instantiated
      uint32_t chosen = dispatchTraitMethod(target, args);
      if (chosen == kNone) {
        const FnInfo& d = prog_.fns[target];
        std::string ty = prog_.typeName(args[0]);
        std::string tr = prog_.traits[d.trait].name;
        diags_
            .emit(DiagKind::TraitBoundNotSatisfied,
                  "the trait bound `" + ty + ": " + tr + "` is not satisfied")
            .primary(use.span, "the trait `" + tr + "` is not implemented for `" + ty + "`");
        continue;
      }
      target = chosen;
    }
    if (!lowered || generic) {
      use.site->res = target;
      continue;
    }
    use.site->res = prog_.fns[target].isTemplate() ? instantiate(target, args, use.span) : target;
  }
  genericUses_.clear();
}

// `r?` converting r's error (`wasm_try::convert_err`, check_closures.cpp)
// where nothing told r's error type: it is the fn's own, converted by the
// identity impl. Returns whether any was decided so.
bool Checker::defaultTryConversions() {
  bool any = false;
  for (const GenericUse& use : genericUses_) {
    if (use.fn != prog_.tryConvertFn || use.vars.size() != 3)
      continue;
    if (tt_.get(infer_->resolve(use.vars[1], false)).hasVar)
      any |= infer_->unify(use.vars[1], use.vars[2]);
  }
  return any;
}

uint32_t Checker::instantiate(uint32_t fn, const std::vector<TypeId>& args, Span at) {
  if (boxDynMethod(fn, args))
    return fn;  // lowered by lowering itself (check_dyn.cpp)
  auto key = std::make_pair(fn, args);
  auto it = instances_.find(key);
  if (it != instances_.end())
    return it->second;
  bool tooDeep = instances_.size() >= kMaxInstances;
  for (TypeId a : args)
    tooDeep |= tt_.get(a).depth > kMaxTypeDepth;
  const FnInfo& t = prog_.fns[fn];
  resolveBody(t);  // the copy takes the template's resolved names and locals
  std::string name = t.name + "::<";
  for (size_t i = 0; i < args.size(); ++i)
    name += (i ? ", " : "") + prog_.typeName(args[i]);
  name += ">";
  if (tooDeep) {
    diags_
        .emit(DiagKind::InstantiationLimit,
              "reached the limit while instantiating `" + (name.size() > 200 ? t.name : name) + "`")
        .primary(at)
        .note("WasmRust instantiates at most " + std::to_string(kMaxInstances) +
              " generic functions, with type arguments nested at most " +
              std::to_string(kMaxTypeDepth) + " deep");
    instances_[key] = fn;  // reported once; the template is never lowered
    return fn;
  }
  Subst s;
  for (size_t i = 0; i < t.generics.size(); ++i)
    s.emplace_back(t.generics[i], args[i]);
  FnInfo f;
  f.item = cloneFnItem(ast_.arena, t.item);
  f.name = name;
  f.owner = t.owner;
  f.impl = t.impl;
  f.trait = t.trait;
  f.selfType = tt_.subst(t.selfType, s);
  for (TypeId p : t.params)
    f.params.push_back(tt_.subst(p, s));
  f.ret = tt_.subst(t.ret, s);
  f.locals = t.locals;
  for (LocalInfo& l : f.locals) {
    l.type = kNoType;
    l.hasInit = false;
    l.addressTaken = false;
  }
  f.loopCount = t.loopCount;
  f.templateFn = fn;
  f.typeArgs = args;
  // Once the program's bodies are checked, an instance waits to be reached
  // like the deferred body that asked for it (check.h).
  f.deferred = finished_;
  uint32_t id = static_cast<uint32_t>(prog_.fns.size());
  f.item->id = id;
  prog_.fns.push_back(std::move(f));
  instances_[key] = id;
  return id;
}

// --------------------------------------------------------------- methods

// A method of a trait, called on a receiver whose (auto-dereferenced) type
// is `recv`: through the bounds of a type parameter, or an impl for a
// concrete type. Returns kNoType when there is none.
TypeId Checker::traitMethodCall(Expr* e, TypeId recv, int derefs) {
  recv = infer_->shallow(recv);
  uint32_t fnIndex = kNone;
  Subst implBinds;
  std::vector<TypeId> boundArgs;
  if (tt_.kind(recv) == TypeKind::Param) {
    for (const TraitBound* b : paramBounds(recv)) {
      const TraitInfo& t = prog_.traits[b->trait];
      auto m = t.methods.find(e->name);
      if (m != t.methods.end()) {
        fnIndex = m->second;
        boundArgs = b->args;
        break;
      }
    }
    if (fnIndex == kNone && e->name == "next")
      return paramNext(e, recv, derefs);
    if (fnIndex == kNone) {
      // A blanket impl whose bounds the parameter's bounds promise: `it.sum()`
      // with `I: Iterator` is the prelude's `impl<T, I: Iterator<Item = T>>
      // IteratorMethods<T> for I`.
      for (uint32_t i : methodImpls_.own(prog_, e->name)) {
        const ImplInfo& impl = prog_.impls[i];
        if (tt_.kind(impl.selfType) == TypeKind::Param && blanketApplies(impl, recv)) {
          fnIndex = impl.methods.find(e->name)->second;
          break;
        }
      }
    }
  } else {
    fnIndex = implMethodFor(e->name, recv);
    if (fnIndex == kNone) {
      // A default method the impl does not override.
      for (uint32_t i : methodImpls_.inherited(prog_, e->name)) {
        const ImplInfo& impl = prog_.impls[i];
        Subst b;
        for (uint32_t g : impl.generics)
          b.emplace_back(g, kNoType);
        if (!matchType(impl.selfType, recv, b) || !blanketApplies(impl, recv))
          continue;
        fnIndex = prog_.traits[impl.trait].methods.find(e->name)->second;
        boundArgs = impl.traitArgs;
        break;
      }
    }
  }
  if (fnIndex == kNone)
    return kNoType;
  return traitMethodUse(e, fnIndex, boundArgs, recv, derefs);
}

// The method `name` of the first trait impl whose self type fits `recv`.
// A receiver with an integer or float literal in it (`(3..7).len()`) may
// fit several impls for concrete types (`Range<i8>`, `Range<i32>`, ...):
// then the literal takes its default type, as it would have by the end of
// the body, and the receiver is unified with the impl chosen for it.
uint32_t Checker::implMethodFor(std::string_view name, TypeId recv) {
  uint32_t found = kNone;
  uint32_t foundImpl = kNone;
  TypeId deflt = infer_->resolve(recv, true);
  bool literal = tt_.get(deflt).hasVar ? false : deflt != infer_->resolve(recv, false);
  for (int pass = 0; pass < 2; ++pass) {
    TypeId t = pass == 0 ? recv : deflt;
    int matches = 0;
    for (uint32_t i : methodImpls_.own(prog_, name)) {
      const ImplInfo& impl = prog_.impls[i];
      auto m = impl.methods.find(name);
      Subst b;
      for (uint32_t g : impl.generics)
        b.emplace_back(g, kNoType);
      if (!matchType(impl.selfType, t, b) || !blanketApplies(impl, t))
        continue;
      if (matches++ == 0) {
        found = m->second;
        foundImpl = i;
      }
      if (!literal)
        break;  // the first fits: nothing to compare it with
    }
    if (matches < 2 || pass == 1)
      break;
  }
  if (literal && found != kNone && !tt_.get(prog_.impls[foundImpl].selfType).hasParam)
    infer_->unify(prog_.impls[foundImpl].selfType, recv);
  return found;
}

// Rust's method lookup tries the receiver's own type before it looks
// through references: a method of an impl for a reference type (`impl<'a,
// T> IntoIterator<..> for &'a Vec<T>`) is found on a `&Vec<T>` receiver,
// which it takes by value. So is a by-value method of a blanket impl whose
// bounds the reference meets (`impl<T, U: From<T>> Into<U> for T` makes
// `"x".into()` convert the `&str` itself). Only those impls are tried here;
// the others are found on the dereferenced type by `traitMethodCall`, and
// so are `&self` methods.
TypeId Checker::refImplMethodCall(Expr* e) {
  TypeId recv = infer_->shallow(e->lhs->type);
  // A reference to a type not known yet would fit any impl.
  if (tt_.kind(recv) != TypeKind::Ref ||
      tt_.kind(infer_->shallow(tt_.get(recv).elem)) == TypeKind::Var)
    return kNoType;
  // The impls with a method of this name, own or inherited, in order.
  const std::vector<uint32_t>& own = methodImpls_.own(prog_, e->name);
  const std::vector<uint32_t>& inherited = methodImpls_.inherited(prog_, e->name);
  size_t nextOwn = 0, nextInherited = 0;
  while (nextOwn < own.size() || nextInherited < inherited.size()) {
    bool fromOwn = nextInherited == inherited.size() ||
                   (nextOwn < own.size() && own[nextOwn] <= inherited[nextInherited]);
    uint32_t i = fromOwn ? own[nextOwn++] : inherited[nextInherited++];
    if (fromOwn && nextInherited < inherited.size() && inherited[nextInherited] == i)
      ++nextInherited;  // the impl's own method overrides the default
    const ImplInfo& impl = prog_.impls[i];
    TypeKind selfKind = tt_.kind(impl.selfType);
    if (selfKind != TypeKind::Ref && selfKind != TypeKind::Param)
      continue;
    // The impl's own method, or the default one it does not override.
    uint32_t fnIndex = fromOwn ? impl.methods.find(e->name)->second
                               : prog_.traits[impl.trait].methods.find(e->name)->second;
    // A `&self` method of an impl for `&X` takes `&&X`: Rust finds it only
    // after the methods of X's impls, as the lookup after this one does.
    if (prog_.fns[fnIndex].item->selfKind != SelfKind::Value)
      continue;
    // Last, as it is the costly test: a search for impls of the bounds.
    if (selfKind == TypeKind::Param && !blanketApplies(impl, recv))
      continue;
    Subst b;
    for (uint32_t g : impl.generics)
      b.emplace_back(g, kNoType);
    if (!matchType(impl.selfType, recv, b))
      continue;
    e->autoDerefs = 0;
    return traitMethodUse(e, fnIndex, fromOwn ? std::vector<TypeId>{} : impl.traitArgs, recv, 0);
  }
  return kNoType;
}

// The call of trait method `fnIndex` found for a receiver of type `recv`
// reached through `derefs` references; `boundArgs` are the trait's
// arguments when the method is the trait's own (default) one.
TypeId Checker::traitMethodUse(Expr* e,
                               uint32_t fnIndex,
                               const std::vector<TypeId>& boundArgs,
                               TypeId recv,
                               int derefs) {
  FnInfo& m = prog_.fns[fnIndex];
  if (m.item->selfKind == SelfKind::None)
    return kNoType;
  e->resKind = static_cast<uint8_t>(ResKind::Fn);
  e->res = fnIndex;
  e->autoRef = m.item->selfKind != SelfKind::Value;
  if (m.item->selfKind == SelfKind::RefMut) {
    if (derefs == 0)
      checkMutable(e->lhs, e->lhs->span, true);
  }
  if (e->autoRef && derefs == 0)
    markAddressTaken(e->lhs);
  std::vector<TypeId> params = m.params;
  TypeId ret = m.ret;
  if (m.isTemplate()) {
    Subst s = useFn(e, fnIndex, e->nameSpan);
    applyTurbofish(e, fnIndex, s);
    infer_->unify(tt_.subst(m.selfType, s), recv);
    inferAssocBindings(m, s);
    if (m.trait != kNone) {
      const TraitInfo& t = prog_.traits[m.trait];
      for (size_t i = 0; i < boundArgs.size() && i < t.generics.size(); ++i)
        infer_->unify(s[1 + i].second, boundArgs[i]);
    }
    for (TypeId& p : params)
      p = tt_.subst(p, s);
    ret = tt_.subst(ret, s);
    noteIterableParams(m, s);
    TypeId r = checkArgs(e, params, 1, ret, m.item->nameSpan, "method");
    inferAssocBindings(m, s);  // the arguments' types may tell more (`zip(b.iter())`)
    checkIterableArgs(e, m, s);
    return r;
  }
  return checkArgs(e, params, 1, ret, m.item->nameSpan, "method");
}

// `A::method(x)` with `A: Trait<T>`: the trait's arguments are those of
// A's bound, as they are for `x.method()`. In an instance, A is still the
// template's parameter here (`inst` gives its argument), and so are the
// bound's arguments.
void Checker::unifyBoundTraitArgs(TypeId qself, uint32_t trait, const Subst& s) {
  if (tt_.kind(qself) != TypeKind::Param)
    return;
  const TraitInfo& t = prog_.traits[trait];
  for (const TraitBound* b : paramBounds(qself)) {
    if (b->trait != trait)
      continue;
    for (size_t i = 0; i < b->args.size() && i < t.generics.size() && 1 + i < s.size(); ++i)
      infer_->unify(s[1 + i].second, inst(b->args[i]));
    return;
  }
}

// `a + b` and `a += b` on a struct or type parameter: the operator trait's
// impl (or bound). `handled` is false when the operands are not such types.
TypeId Checker::overloadedBinary(Expr* e, TypeId lt, TypeId rt, bool isAssign, bool& handled) {
  handled = false;
  TypeId l = infer_->shallow(lt);
  TypeKind k = tt_.kind(l);
  if (k != TypeKind::Struct && k != TypeKind::Param)
    return kNoType;
  static const std::pair<BinOp, const char*> kOps[] = {
      {BinOp::Add, "Add"},     {BinOp::Sub, "Sub"},       {BinOp::Mul, "Mul"},
      {BinOp::Div, "Div"},     {BinOp::Rem, "Rem"},       {BinOp::BitAnd, "BitAnd"},
      {BinOp::BitOr, "BitOr"}, {BinOp::BitXor, "BitXor"}, {BinOp::Shl, "Shl"},
      {BinOp::Shr, "Shr"},
  };
  std::string name;
  for (const auto& [op, n] : kOps) {
    if (op == e->binOp)
      name = n;
  }
  bool compare = e->binOp == BinOp::Eq || e->binOp == BinOp::Ne || e->binOp == BinOp::Lt ||
                 e->binOp == BinOp::Le || e->binOp == BinOp::Gt || e->binOp == BinOp::Ge;
  if (compare) {
    if (k != TypeKind::Param)
      return kNoType;  // structs compare through their derives (check.cpp)
    bool eq = e->binOp == BinOp::Eq || e->binOp == BinOp::Ne;
    uint32_t trait = prog_.stdTrait(eq ? "PartialEq" : "PartialOrd");
    handled = true;
    infer_->unify(rt, l);
    if (!implements(l, trait, {})) {
      std::string p(prog_.typeParams[tt_.get(l).id].name);
      diags_
          .emit(DiagKind::BinaryOpUnsupported, std::string("binary operation `") +
                                                   binOpSpelling(e->binOp) +
                                                   "` cannot be applied to type `" + p + "`")
          .primary(e->lhs->span, p)
          .help("consider restricting type parameter `" + p + "`: `" + p + ": " +
                (eq ? "PartialEq" : "PartialOrd") + "`");
      return tt_.error();
    }
    return tt_.boolean();
  }
  if (name.empty())
    return kNoType;
  if (isAssign)
    name += "Assign";
  uint32_t trait = prog_.stdTrait(name);
  handled = true;
  if (k == TypeKind::Param) {
    for (const TraitBound* b : paramBounds(l)) {
      if (b->trait != trait)
        continue;
      if (!b->args.empty())
        infer_->unify(rt, b->args[0]);
      if (isAssign)
        return tt_.unit();
      for (const auto& [assoc, t] : b->assoc) {
        if (assoc == "Output")
          return t;
      }
      diags_
          .emit(DiagKind::Unsupported,
                "WasmRust needs the operator's result type spelled out in the bound")
          .primary(e->span)
          .help("write the bound as `" + name +
                "<Output = " + prog_.typeParams[tt_.get(l).id].name.data() + ">`");
      return tt_.error();
    }
  } else {
    Subst binds;
    std::vector<TypeId> args = {rt};
    uint32_t impl = findImpl(trait, l, &args, &binds);
    // No impl for this right operand as it is: an impl whose operand it
    // coerces to (`s + &t` with `t: String` uses `Add<&str>`).
    if (impl == kNone && tt_.kind(infer_->shallow(rt)) == TypeKind::Ref)
      impl = findImpl(trait, l, nullptr, &binds);
    if (impl != kNone) {
      const ImplInfo& info = prog_.impls[impl];
      std::string method = name;
      // `AddAssign` -> `add_assign`, `BitAnd` -> `bitand`.
      std::string lower;
      for (size_t i = 0; i < method.size(); ++i) {
        char c = method[i];
        if (c >= 'A' && c <= 'Z') {
          if (i && method.compare(i, 6, "Assign") == 0)
            lower += '_';
          c = static_cast<char>(c - 'A' + 'a');
        }
        lower += c;
      }
      auto m = info.methods.find(lower);
      if (m != info.methods.end()) {
        FnInfo& f = prog_.fns[m->second];
        e->resKind = static_cast<uint8_t>(ResKind::Fn);
        e->res = m->second;
        std::vector<TypeId> params = f.params;
        TypeId ret = f.ret;
        if (f.isTemplate()) {
          Subst s = useFn(e, m->second, e->span);
          infer_->unify(tt_.subst(f.selfType, s), l);
          for (TypeId& p : params)
            p = tt_.subst(p, s);
          ret = tt_.subst(ret, s);
        }
        if (params.size() == 2) {
          coerce(e->rhs, rt, params[1], {});
          if (isAssign)
            checkMutable(e->lhs, e->lhs->span, true);
          markAddressTaken(e->lhs);
          return isAssign ? tt_.unit() : ret;
        }
      }
    }
  }
  std::string ty = show(l);
  diags_
      .emit(DiagKind::BinaryOpUnsupported,
            std::string(isAssign ? "binary assignment operation `" : "binary operation `") +
                binOpSpelling(e->binOp) + (isAssign ? "=" : "") + "` cannot be applied to type `" +
                ty + "`")
      .primary(e->lhs->span, ty)
      .note("an implementation of `" + name + "` might be missing for `" + ty + "`");
  return tt_.error();
}

// `-a` and `!a` on a struct or type parameter.
TypeId Checker::overloadedUnary(Expr* e, TypeId t, bool& handled) {
  handled = false;
  TypeId l = infer_->shallow(t);
  TypeKind k = tt_.kind(l);
  if (k != TypeKind::Struct && k != TypeKind::Param)
    return kNoType;
  handled = true;
  std::string name = e->unOp == UnOp::Neg ? "Neg" : "Not";
  uint32_t trait = prog_.stdTrait(name);
  if (k == TypeKind::Param) {
    for (const TraitBound* b : paramBounds(l)) {
      if (b->trait != trait)
        continue;
      for (const auto& [assoc, out] : b->assoc) {
        if (assoc == "Output")
          return out;
      }
    }
  } else {
    Subst binds;
    uint32_t impl = findImpl(trait, l, nullptr, &binds);
    if (impl != kNone) {
      auto m = prog_.impls[impl].methods.find(e->unOp == UnOp::Neg ? "neg" : "not");
      if (m != prog_.impls[impl].methods.end()) {
        FnInfo& f = prog_.fns[m->second];
        e->resKind = static_cast<uint8_t>(ResKind::Fn);
        e->res = m->second;
        TypeId ret = f.ret;
        if (f.isTemplate()) {
          Subst s = useFn(e, m->second, e->span);
          infer_->unify(tt_.subst(f.selfType, s), l);
          ret = tt_.subst(ret, s);
        }
        return ret;
      }
    }
  }
  std::string ty = show(l);
  diags_
      .emit(DiagKind::UnaryOpUnsupported, std::string("cannot apply unary operator `") +
                                              (e->unOp == UnOp::Neg ? "-" : "!") + "` to type `" +
                                              ty + "`")
      .primary(e->span, std::string("cannot apply unary operator `") +
                            (e->unOp == UnOp::Neg ? "-" : "!") + "`")
      .note("an implementation of `std::ops::" + name + "` might be missing for `" + ty + "`");
  return tt_.error();
}

// --------------------------------------------------------------- impls

// Each impl of a trait declared in the program provides every required
// method, nothing the trait lacks, and signatures that agree with it.
void Checker::checkTraitImpls() {
  infer_ = std::make_unique<InferCtx>(tt_);
  for (uint32_t i = 0; i < prog_.impls.size(); ++i) {
    const ImplInfo& impl = prog_.impls[i];
    // The prelude's impls are known to agree with each other and with
    // their traits: only the program's are checked, against the impls
    // before them and against the prelude's (which come after them).
    if (impl.trait == kNone || (impl.item && inPrelude(impl)))
      continue;
    // Two impls of one trait that could apply to the same type (and trait
    // arguments) conflict: the first one found would silently win.
    for (uint32_t j = 0; j < prog_.impls.size(); ++j) {
      const ImplInfo& other = prog_.impls[j];
      if (j == i || other.trait != impl.trait)
        continue;
      bool inStd = other.item && inPrelude(other);
      if (j > i && !inStd)
        continue;  // reported at that later impl
      // Earlier impls are matched against this one; the prelude's (the
      // later ones) this one against them, as the later of two is.
      if (!(inStd ? implsOverlap(impl, other) : implsOverlap(other, impl)))
        continue;
      std::string tr = boundText(impl.trait, impl.traitArgs);
      std::string ty = prog_.typeName(impl.selfType);
      auto d = diags_.emit(DiagKind::ConflictingImpls, "conflicting implementations of trait `" +
                                                           tr + "` for type `" + ty + "`");
      d.primary(Span{impl.item->span.lo, impl.item->selfType->span.hi},
                "conflicting implementation for `" + ty + "`");
      if (inStd)
        d.note("conflicting implementation in the standard library: `impl " + tr + " for " +
               prog_.typeName(other.selfType) + "`");
      else
        d.label(Span{other.item->span.lo, other.item->selfType->span.hi},
                "first implementation here");
      break;
    }
    const TraitInfo& t = prog_.traits[impl.trait];
    if (!t.item)
      continue;
    Subst s;
    s.emplace_back(t.selfParam, impl.selfType);
    for (size_t i = 0; i < t.generics.size() && i < impl.traitArgs.size(); ++i)
      s.emplace_back(t.generics[i], impl.traitArgs[i]);
    std::vector<std::string> missing;
    checkImplAssocItems(impl, s, missing);
    for (const auto& [name, fnIndex] : impl.methods) {
      const FnInfo& m = prog_.fns[fnIndex];
      auto decl = t.methods.find(name);
      if (decl == t.methods.end()) {
        std::string n(name);
        diags_
            .emit(DiagKind::NotATraitMember,
                  "method `" + n + "` is not a member of trait `" + t.name + "`")
            .primary(m.item->nameSpan, "not a member of trait `" + t.name + "`");
        continue;
      }
      const FnInfo& d = prog_.fns[decl->second];
      bool same = d.params.size() == m.params.size() && d.item->selfKind == m.item->selfKind;
      for (size_t i = 0; same && i < d.params.size(); ++i)
        same = tt_.subst(d.params[i], s) == m.params[i] || d.ownGenerics || m.ownGenerics;
      if (same && !d.ownGenerics && !m.ownGenerics)
        same = tt_.subst(d.ret, s) == m.ret;
      if (!same) {
        std::string n(name);
        diags_
            .emit(DiagKind::ImplSignatureMismatch,
                  "method `" + n + "` has an incompatible type for trait")
            .primary(m.item->nameSpan, "its signature differs from the trait's")
            .label(d.item->nameSpan, "type in trait");
      }
    }
    for (const auto& [name, fnIndex] : t.methods) {
      if (!prog_.fns[fnIndex].item->body && !impl.methods.count(name))
        missing.push_back("`" + std::string(name) + "`");
    }
    for (std::string_view assoc : t.assocTypes) {
      if (!impl.assocTypes.count(assoc))
        missing.push_back("`" + std::string(assoc) + "`");
    }
    if (!missing.empty()) {
      std::sort(missing.begin(), missing.end());
      std::string list;
      for (size_t i = 0; i < missing.size(); ++i)
        list += (i ? ", " : "") + missing[i];
      diags_.emit(DiagKind::MissingTraitItems, "not all trait items implemented, missing: " + list)
          .primary(impl.item->span.empty() ? impl.item->selfType->span
                                           : Span{impl.item->span.lo, impl.item->selfType->span.hi},
                   "missing " + list + " in implementation");
    }
  }
}

// Whether impl `later` could apply where `first` does: its self type (and
// trait arguments) fit `first`'s with `first`'s parameters solved.
bool Checker::implsOverlap(const ImplInfo& first, const ImplInfo& later) {
  Subst binds;
  for (uint32_t g : first.generics)
    binds.emplace_back(g, kNoType);
  bool overlap = matchType(first.selfType, tt_.subst(later.selfType, {}), binds);
  for (size_t k = 0; overlap && k < first.traitArgs.size() && k < later.traitArgs.size(); ++k)
    overlap = matchType(first.traitArgs[k], later.traitArgs[k], binds);
  return overlap;
}

bool Checker::inPrelude(const ImplInfo& impl) const {
  return file_.inPrelude(impl.item->span);
}

// An impl for every type (`impl<I: Iterator> Trait for I`) offers its
// methods only to the types that satisfy its parameter's bounds.
bool Checker::blanketApplies(const ImplInfo& impl, TypeId recv) {
  if (tt_.kind(impl.selfType) != TypeKind::Param)
    return true;
  for (const TraitBound& b : prog_.typeParams[tt_.get(impl.selfType).id].bounds) {
    // An `Fn(A) -> R` bound tells the closure's arity by its arguments.
    bool fnTrait = prog_.traits[b.trait].name.compare(0, 2, "Fn") == 0;
    if (!implements(recv, b.trait, fnTrait ? b.args : std::vector<TypeId>{}))
      return false;
  }
  return true;
}

// `I: Iterator<Item = T>` on a generic fn used with a known I tells T: the
// item type of I (so `it.map(f)` knows what `f` takes).
void Checker::inferAssocBindings(const FnInfo& f, const Subst& s) {
  solveFromBounds(f.generics, s);
}

}  // namespace wr
