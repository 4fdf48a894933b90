// Impl methods that lowering calls on its own: `Drop::drop` in drop glue,
// and the `Clone` and `PartialEq` impls of the parts of values that are
// cloned or compared as a whole (`#[derive(Clone)]`, `==` on a derived
// struct, tuples and arrays, `assert_eq!`, `contains`). Only the checker
// can instantiate generic impls, so once a body that will be lowered is
// finished, it records the impl method for every type the body uses and
// every type inside those (Program::dropFns, cloneFns, eqFns).
#include "compiler/check/checker.h"

namespace wr {

// The `method` of the impl of `trait` for the concrete type `t`,
// instantiated when generic; kNone when there is no such impl.
uint32_t Checker::glueMethod(TypeId t,
                             const char* trait,
                             const char* method,
                             const std::vector<TypeId>* traitArgs) {
  uint32_t tr = prog_.stdTrait(trait);
  if (tr == kNone)
    return kNone;
  Subst binds;
  uint32_t impl = findImpl(tr, t, traitArgs, &binds);
  if (impl == kNone)
    return kNone;
  auto m = prog_.impls[impl].methods.find(method);
  if (m == prog_.impls[impl].methods.end())
    return kNone;
  const FnInfo& f = prog_.fns[m->second];
  if (!f.isTemplate())
    return m->second;
  std::vector<TypeId> args;
  for (auto& [param, bound] : binds) {
    TypeId a = infer_->resolve(bound, true);
    if (tt_.get(a).hasVar || tt_.get(a).hasParam)
      return kNone;
    args.push_back(a);
  }
  if (args.size() != f.generics.size())
    return kNone;  // a generic method: not a glue method
  return instantiate(m->second, args, f.item->nameSpan);
}

// Calls `each` on the types directly inside `t`: elements, fields and the
// fields of every variant.
void Checker::forEachPart(TypeId t, const std::function<void(TypeId)>& each) {
  const TypeData& d = tt_.get(t);
  switch (d.kind) {
    case TypeKind::Array:
    case TypeKind::Slice:
      each(d.elem);
      return;
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems))
        each(e);
      return;
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      if (s.closure)
        return;
      for (uint32_t i = 0; i < s.fields.size(); ++i)
        each(prog_.fieldType(t, i));
      for (uint32_t v = 0; v < s.variants.size(); ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i)
          each(prog_.variantFieldType(t, v, i));
      }
      return;
    }
    default:
      return;
  }
}

static bool concrete(const TypeData& d) {
  return !d.hasVar && !d.hasParam && d.kind != TypeKind::Error;
}

// Drop glue runs the type's Drop impl, then drops its parts.
void Checker::requireDrop(TypeId t) {
  if (!concrete(tt_.get(t)) || !prog_.dropGlueSeen.insert(t).second)
    return;
  if (tt_.kind(t) == TypeKind::Struct) {
    uint32_t fn = glueMethod(t, "Drop", "drop", nullptr);
    if (fn != kNone)
      prog_.dropFns[t] = fn;
  }
  forEachPart(t, [&](TypeId part) { requireDrop(part); });
}

// Cloning a value that is not Copy: its Clone impl, or (derived) its parts'.
void Checker::requireClone(TypeId t) {
  if (!concrete(tt_.get(t)) || isCopyType(prog_, t) || !prog_.cloneGlueSeen.insert(t).second)
    return;
  if (tt_.kind(t) == TypeKind::Struct) {
    uint32_t fn = glueMethod(t, "Clone", "clone", nullptr);
    if (fn != kNone) {
      prog_.cloneFns[t] = fn;
      return;
    }
  }
  forEachPart(t, [&](TypeId part) { requireClone(part); });
}

// Comparing with `==`: the type's PartialEq impl, or (derived) its parts'.
void Checker::requireEq(TypeId t) {
  if (!concrete(tt_.get(t)) || !prog_.eqGlueSeen.insert(t).second)
    return;
  if (tt_.kind(t) == TypeKind::Ref) {
    requireEq(tt_.get(t).elem);
    return;
  }
  if (tt_.kind(t) == TypeKind::Struct) {
    std::vector<TypeId> args{t};
    uint32_t fn = glueMethod(t, "PartialEq", "eq", &args);
    if (fn != kNone) {
      prog_.eqFns[t] = fn;
      return;
    }
  }
  forEachPart(t, [&](TypeId part) { requireEq(part); });
}

// Ordering with `<`: the type's own Ord (cmp) or PartialOrd (partial_cmp)
// impl, or (derived, tuples, arrays) its parts'.
void Checker::requireOrd(TypeId t) {
  if (!concrete(tt_.get(t)) || !prog_.ordGlueSeen.insert(t).second)
    return;
  if (tt_.kind(t) == TypeKind::Ref) {
    requireOrd(tt_.get(t).elem);
    return;
  }
  if (tt_.kind(t) == TypeKind::Struct) {
    uint32_t fn = glueMethod(t, "Ord", "cmp", nullptr);
    if (fn == kNone) {
      std::vector<TypeId> args{t};
      fn = glueMethod(t, "PartialOrd", "partial_cmp", &args);
    }
    if (fn != kNone) {
      prog_.ordFns[t] = fn;
      return;
    }
  }
  forEachPart(t, [&](TypeId part) { requireOrd(part); });
}

// Formatting with `{}` (debug: `{:?}`): the type's own Display (Debug)
// impl, or the impls of what it holds (a Box or Vec of them, the fields of
// a derived Debug).
void Checker::requireFmt(TypeId t, bool debug) {
  if (!concrete(tt_.get(t)) || !prog_.fmtGlueSeen[debug].insert(t).second)
    return;
  const TypeData& d = tt_.get(t);
  if (d.kind == TypeKind::Ref) {
    requireFmt(d.elem, debug);
    return;
  }
  if (d.kind == TypeKind::Struct || d.kind == TypeKind::Dyn) {
    uint32_t fn = glueMethod(t, debug ? "Debug" : "Display", "fmt", nullptr);
    if (fn != kNone) {
      prog_.fmtFns[debug][t] = fn;
      return;
    }
    if (d.kind == TypeKind::Dyn)
      return;
    for (TypeId arg : std::vector<TypeId>(d.elems))
      requireFmt(arg, debug);
  }
  forEachPart(t, [&](TypeId part) { requireFmt(part, debug); });
}

// After a body that will be lowered is finished: the glue of every type it
// uses.
void Checker::requireGlue() {
  if (fn_->isTemplate())
    return;
  for (const LocalInfo& l : fn_->locals)
    requireDrop(l.type);
  // `main` returning `Err(e)` prints e's Debug (lower_main_result.cpp).
  if (fn_->isEntry && prog_.resultStruct != kNone) {
    const TypeData& r = tt_.get(fn_->ret);
    if (r.kind == TypeKind::Struct && r.id == prog_.resultStruct && r.elems.size() == 2)
      requireFmt(r.elems[1], true);
  }
  for (Expr* e : visited_) {
    requireDrop(e->type);
    switch (e->kind) {
      case ExprKind::Binary:
        if ((e->binOp == BinOp::Eq || e->binOp == BinOp::Ne) &&
            static_cast<ResKind>(e->resKind) != ResKind::Fn)
          requireEq(e->lhs->type);
        if (e->binOp >= BinOp::Lt && e->binOp <= BinOp::Ge &&
            static_cast<ResKind>(e->resKind) != ResKind::Fn)
          requireOrd(e->lhs->type);
        break;
      case ExprKind::Macro:
        for (const FormatPiece& p : e->format) {
          bool display = p.spec.kind == FormatSpec::Kind::Display;
          if (p.hasArg && p.spec.arg < e->macroArgs.size() &&
              (display || p.spec.kind == FormatSpec::Kind::Debug))
            requireFmt(e->macroArgs[p.spec.arg].value->type, !display);
        }
        if (e->macro == MacroKind::AssertEq || e->macro == MacroKind::AssertNe ||
            e->macro == MacroKind::DebugAssertEq || e->macro == MacroKind::DebugAssertNe) {
          if (!e->macroArgs.empty())
            requireEq(e->macroArgs[0].value->type);
          for (size_t i = 0; i < 2 && i < e->macroArgs.size(); ++i)
            requireFmt(e->macroArgs[i].value->type, true);  // the panic message
        }
        break;
      case ExprKind::MethodCall:
      case ExprKind::Call: {
        // `fmt::Display::fmt(&x, f)` formats x as `{}` does.
        if (e->kind == ExprKind::Call && e->lhs && !e->args.empty() &&
            static_cast<ResKind>(e->lhs->resKind) == ResKind::BuiltinFn &&
            (e->lhs->res == static_cast<uint32_t>(BuiltinFn::FmtDisplay) ||
             e->lhs->res == static_cast<uint32_t>(BuiltinFn::FmtDebug)))
          requireFmt(e->args[0]->type, e->lhs->res == static_cast<uint32_t>(BuiltinFn::FmtDebug));
        if (static_cast<ResKind>(e->resKind) != ResKind::PrimMethod)
          break;
        auto m = static_cast<BuiltinMethod>(e->res);
        if (m == BuiltinMethod::CopyClone)
          requireClone(e->type);
        if (m == BuiltinMethod::SeqContains && !e->args.empty())
          requireEq(e->args.back()->type);
        break;
      }
      default:
        break;
    }
  }
  for (Expr* e : intrinsicUses_) {
    if (e->typeArg != kNoType)
      requireDrop(e->typeArg);
  }
}

}  // namespace wr
