// Type inference state for one body: bindings of inference variables, with
// unification. Integer and float literal variables only unify with integer
// and float types respectively, and default to i32 and f64 at the end, as in
// Rust.
#pragma once

#include <unordered_map>
#include <vector>

#include "compiler/sema/types.h"

namespace wr {

class InferCtx {
 public:
  explicit InferCtx(TypeTable& types) : types_(types), firstVar_(types.varCount()) {}

  // Follows variable bindings until a non-variable or unbound variable.
  TypeId shallow(TypeId t) const;
  // Unifies two types; returns false (binding nothing new) if they conflict.
  bool unify(TypeId a, TypeId b);
  // Replaces every variable inside `t` by its binding; unbound integer and
  // float variables become i32/f64 when `applyDefaults`, others stay.
  TypeId resolve(TypeId t, bool applyDefaults);
  bool isUnboundVar(TypeId t) const;

 private:
  bool occurs(TypeId var, TypeId t) const;
  bool bindVar(TypeId var, TypeId to);

  TypeId binding(uint32_t var) const;  // kNoType: unbound
  void bind(uint32_t var, TypeId to);

  TypeTable& types_;
  // Variable id -> its binding. The variables a body makes are numbered
  // from `firstVar_` on, densely, so they index a vector (the lookup is on
  // every step of unification); the few made before it go in a map.
  uint32_t firstVar_;
  std::vector<TypeId> bound_;
  std::unordered_map<uint32_t, TypeId> older_;
};

}  // namespace wr
