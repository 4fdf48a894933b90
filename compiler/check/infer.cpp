// Unification over interned types (see infer.h).
#include "compiler/check/infer.h"

#include <algorithm>

namespace wr {

static bool isVarKind(TypeKind k) {
  return k == TypeKind::Var || k == TypeKind::IntVar || k == TypeKind::FloatVar;
}

TypeId InferCtx::shallow(TypeId t) const {
  for (;;) {
    const TypeData& d = types_.get(t);
    if (!isVarKind(d.kind))
      return t;
    TypeId to = binding(d.id);
    if (to == kNoType)
      return t;
    t = to;
  }
}

TypeId InferCtx::binding(uint32_t var) const {
  if (var >= firstVar_) {
    size_t i = var - firstVar_;
    return i < bound_.size() ? bound_[i] : kNoType;
  }
  auto it = older_.find(var);
  return it == older_.end() ? kNoType : it->second;
}

void InferCtx::bind(uint32_t var, TypeId to) {
  if (var < firstVar_) {
    older_[var] = to;
    return;
  }
  size_t i = var - firstVar_;
  if (i >= bound_.size())
    bound_.resize(std::max<size_t>(i + 1, bound_.size() * 2), kNoType);
  bound_[i] = to;
}

bool InferCtx::isUnboundVar(TypeId t) const {
  return isVarKind(types_.kind(shallow(t)));
}

bool InferCtx::occurs(TypeId var, TypeId t) const {
  t = shallow(t);
  if (t == var)
    return true;
  const TypeData& d = types_.get(t);
  if (!d.hasVar)
    return false;  // no walk through (possibly huge) types without variables
  if (d.elem != kNoType && occurs(var, d.elem))
    return true;
  for (TypeId e : d.elems) {
    if (occurs(var, e))
      return true;
  }
  return false;
}

bool InferCtx::bindVar(TypeId var, TypeId to) {
  const TypeData& v = types_.get(var);
  TypeKind tk = types_.kind(to);
  if (v.kind == TypeKind::IntVar && !(tk == TypeKind::Int || tk == TypeKind::IntVar)) {
    if (tk == TypeKind::Var)
      return bindVar(to, var);
    return false;
  }
  if (v.kind == TypeKind::FloatVar && !(tk == TypeKind::Float || tk == TypeKind::FloatVar)) {
    if (tk == TypeKind::Var)
      return bindVar(to, var);
    return false;
  }
  if (occurs(var, to))
    return false;
  bind(v.id, to);
  return true;
}

bool InferCtx::unify(TypeId a, TypeId b) {
  a = shallow(a);
  b = shallow(b);
  if (a == b)
    return true;
  const TypeData& da = types_.get(a);
  const TypeData& db = types_.get(b);
  if (da.kind == TypeKind::Error || db.kind == TypeKind::Error) {
    // An error absorbs variables, so one mistake is reported once.
    if (isVarKind(da.kind))
      bind(da.id, b);
    if (isVarKind(db.kind))
      bind(db.id, a);
    return true;
  }
  if (isVarKind(da.kind))
    return bindVar(a, b);
  if (isVarKind(db.kind))
    return bindVar(b, a);
  if (da.kind != db.kind || da.sub != db.sub)
    return false;
  switch (da.kind) {
    case TypeKind::Ref:
    case TypeKind::Slice:
    case TypeKind::ExternRef:
      return unify(da.elem, db.elem);
    case TypeKind::Array:
      return da.len == db.len && unify(da.elem, db.elem);
    case TypeKind::Struct:
    case TypeKind::Tuple: {
      if (da.elems.size() != db.elems.size() || da.id != db.id)
        return false;
      // The table's elements never move, so these stay valid as unify interns.
      for (size_t i = 0; i < da.elems.size(); ++i) {
        if (!unify(da.elems[i], db.elems[i]))
          return false;
      }
      return true;
    }
    default:
      return false;  // same kind, different identity (e.g. two structs)
  }
}

TypeId InferCtx::resolve(TypeId t, bool applyDefaults) {
  t = shallow(t);
  if (!types_.get(t).hasVar)
    return t;
  TypeData d = types_.get(t);  // copy: interning below may reallocate
  switch (d.kind) {
    case TypeKind::IntVar:
      return applyDefaults ? types_.intType(IntKind::I32) : t;
    case TypeKind::FloatVar:
      return applyDefaults ? types_.floatType(FloatKind::F64) : t;
    case TypeKind::Ref:
      return types_.ref(resolve(d.elem, applyDefaults), d.sub != 0);
    case TypeKind::Slice:
      return types_.slice(resolve(d.elem, applyDefaults));
    case TypeKind::ExternRef:
      return types_.externRef(resolve(d.elem, applyDefaults));
    case TypeKind::Array:
      return types_.array(resolve(d.elem, applyDefaults), d.len);
    case TypeKind::Tuple: {
      std::vector<TypeId> elems;
      for (TypeId e : d.elems)
        elems.push_back(resolve(e, applyDefaults));
      return types_.tuple(elems);
    }
    case TypeKind::Struct: {
      std::vector<TypeId> elems;
      for (TypeId e : d.elems)
        elems.push_back(resolve(e, applyDefaults));
      return types_.structType(d.id, elems);
    }
    default:
      return t;
  }
}

}  // namespace wr
