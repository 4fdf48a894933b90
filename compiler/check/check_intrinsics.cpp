// Type checking of calls to the `wasm::` intrinsics: their signatures come
// from compiler/sema/intrinsics.def. A generic intrinsic's `T` is a fresh
// inference variable, fixed by `::<T>` or by the arguments; it is recorded
// on the call (Expr::typeArg) for lowering, and must be known, and sized,
// once the body is finished.
#include "compiler/check/checker.h"
#include "compiler/sema/intrinsics.h"

namespace wr {

namespace {

TypeId intrinsicType(TypeTable& tt, char c, TypeId t) {
  switch (c) {
    case 'z':
      return tt.intType(IntKind::Usize);
    case 'b':
      return tt.intType(IntKind::U8);
    case 'o':
      return tt.boolean();
    case 'T':
      return t;
    case 'R':
      return tt.ref(t, false);
    case 'M':
      return tt.ref(t, true);
    case 'S':
      return tt.ref(tt.slice(t), false);
    case 'X':
      return tt.ref(tt.slice(t), true);
    case 's':
      return tt.ref(tt.str(), false);
    case 'e':
      return tt.externRef(t);
    default:
      return tt.unit();
  }
}

}  // namespace

TypeId Checker::checkIntrinsicCall(Expr* e, BuiltinFn b) {
  const IntrinsicInfo* info = intrinsicInfo(b);
  const std::vector<TypeExpr*>& given = e->lhs->path.segments.back().generics;
  size_t want = info->generic ? 1 : 0;
  TypeId t = kNoType;
  if (given.size() > want) {
    diags_
        .emit(DiagKind::WrongGenericCount,
              "function takes " + std::to_string(want) + " generic argument" +
                  (want == 1 ? "" : "s") + " but " + std::to_string(given.size()) +
                  (given.size() == 1 ? " generic argument was supplied"
                                     : " generic arguments were supplied"))
        .primary(e->lhs->path.segments.back().span);
  }
  if (info->generic) {
    t = given.size() > 1 ? tt_.error() : tt_.newVar(TypeKind::Var);
    if (given.size() == 1 && given[0]->resolved != kNoType)
      infer_->unify(t, inst(given[0]->resolved));
    e->typeArg = t;
    intrinsicUses_.push_back(e);
  }
  std::vector<TypeId> params;
  for (const char* a = info->args; *a; ++a)
    params.push_back(intrinsicType(tt_, *a, t));
  return checkArgs(e, params, 0, intrinsicType(tt_, info->ret, t), {}, "function");
}

// Once the body's types are known: each generic intrinsic's `T` must be
// inferred, and sized except behind the reference of `addr_of` and `hash`.
void Checker::finishIntrinsicUses() {
  for (Expr* e : intrinsicUses_) {
    e->typeArg = infer_->resolve(e->typeArg, true);
    const TypeData& d = tt_.get(e->typeArg);
    if (d.kind == TypeKind::Error || fn_->isTemplate())
      continue;
    if (d.hasVar) {
      diags_.emit(DiagKind::TypeAnnotationsNeeded, "type annotations needed")
          .primary(e->lhs->span, "cannot infer the type of the type parameter `T`")
          .help("give the type explicitly, as in `" + e->lhs->path.str() + "::<i32>(..)`");
      e->typeArg = tt_.error();
      continue;
    }
    bool unsized = d.kind == TypeKind::Str || d.kind == TypeKind::Slice;
    auto which = static_cast<BuiltinFn>(e->lhs->res);
    if (unsized && which != BuiltinFn::MemAddrOf && which != BuiltinFn::MemHash) {
      std::string ty = prog_.typeName(e->typeArg);
      diags_
          .emit(DiagKind::TraitBoundNotSatisfied,
                "the size for values of type `" + ty + "` cannot be known at compilation time")
          .primary(e->lhs->span, "doesn't have a size known at compile-time")
          .help("the trait `Sized` is not implemented for `" + ty + "`");
      e->typeArg = tt_.error();
    }
  }
}

}  // namespace wr
