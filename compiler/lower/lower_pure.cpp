// Effect-driven dead-call removal: an expression statement that only calls
// a pure fn — one the effect checker found performs no effect at all (no
// output, host call, allocation, panic or write to a static;
// compiler/effects/) — and gives it no `&mut`, is not lowered: its value is
// dropped, so the call cannot change what the program does. The callee is
// then not emitted either unless something else calls it, and neither are
// the host imports only it used. (A pure fn that never returns would be
// dropped too: WasmRust, like Rust's optimizer, assumes side-effect-free
// code terminates.)
#include <unordered_set>

#include "compiler/effects/effects.h"
#include "compiler/lower/lowerer.h"

namespace wr {

namespace {

constexpr int kMaxDepth = 16;

// Could a value of `t` let the callee write the caller's memory? A `&mut`
// anywhere inside, including in a struct's or enum's fields.
bool hasMutRef(const Program& prog, TypeId t, std::unordered_set<TypeId>& seen, int depth = 0) {
  if (t == kNoType)
    return false;
  if (depth > kMaxDepth)
    return true;  // too deep to tell: assume it could
  if (!seen.insert(t).second)
    return false;  // already looked at (recursive types end here)
  const TypeData& d = prog.types.get(t);
  if (d.kind == TypeKind::Ref && d.sub != 0)
    return true;
  if (d.elem != kNoType && hasMutRef(prog, d.elem, seen, depth + 1))
    return true;
  for (TypeId e : d.elems) {
    if (hasMutRef(prog, e, seen, depth + 1))
      return true;
  }
  if (d.kind == TypeKind::Struct && d.id < prog.structs.size()) {
    const StructInfo& s = prog.structs[d.id];
    for (const FieldInfo& f : s.fields) {
      if (hasMutRef(prog, f.type, seen, depth + 1))
        return true;
    }
    for (const VariantInfo& v : s.variants) {
      for (const FieldInfo& f : v.fields) {
        if (hasMutRef(prog, f.type, seen, depth + 1))
          return true;
      }
    }
  }
  return false;
}

}  // namespace

bool FnLowerer::isUnusedPureCall(Expr* e) const {
  const EffectInfo* info = m_.opts.effects;
  if (!info || !e)
    return false;
  uint32_t callee = kNone;
  if (e->kind == ExprKind::Call && !e->callsClosure && e->lhs &&
      static_cast<ResKind>(e->lhs->resKind) == ResKind::Fn)
    callee = e->lhs->res;
  else if (e->kind == ExprKind::MethodCall && static_cast<ResKind>(e->resKind) == ResKind::Fn &&
           !isDynCall(e))  // through a vtable: its callee is not known here
    callee = e->res;
  if (callee == kNone || !info->isPure(callee))
    return false;
  const FnInfo& fn = m_.prog.fns[callee];
  // Values with drop glue moved into the call or out of it are freed by
  // code lowering adds, which the effect checker never saw.
  if (m_.needsDrop(e->type))
    return false;
  for (TypeId p : fn.params) {
    std::unordered_set<TypeId> seen;
    if (hasMutRef(m_.prog, p, seen) || m_.needsDrop(p))
      return false;
  }
  if (e->kind == ExprKind::MethodCall && !sideEffectFree(e->lhs, 0))
    return false;
  for (Expr* a : e->args) {
    if (!sideEffectFree(a, 0))
      return false;
  }
  return true;
}

// Literals, variables, constants, borrows and fields of those, and unused
// pure calls: evaluating them changes nothing.
bool FnLowerer::sideEffectFree(Expr* e, int depth) const {
  if (!e || depth > kMaxDepth)
    return false;
  switch (e->kind) {
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::BoolLit:
    case ExprKind::CharLit:
    case ExprKind::StrLit:
    case ExprKind::ByteStrLit:
      return true;
    case ExprKind::Path: {
      auto k = static_cast<ResKind>(e->resKind);
      return k == ResKind::Local || k == ResKind::Const || k == ResKind::Static ||
             k == ResKind::BuiltinConst || k == ResKind::UnitVariant || k == ResKind::UnitStruct;
    }
    case ExprKind::Ref:
    case ExprKind::Paren:
    case ExprKind::Field:
      return sideEffectFree(e->lhs, depth + 1);
    case ExprKind::Call:
    case ExprKind::MethodCall:
      return isUnusedPureCall(e);
    default:
      return false;
  }
}

}  // namespace wr
