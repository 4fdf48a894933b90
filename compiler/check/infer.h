// Type inference state for one body: bindings of inference variables, with
// unification. Integer and float literal variables only unify with integer
// and float types respectively, and default to i32 and f64 at the end, as in
// Rust.
#pragma once

#include <unordered_map>

#include "compiler/sema/types.h"

namespace wr {

class InferCtx {
 public:
  explicit InferCtx(TypeTable& types) : types_(types) {}

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

  TypeTable& types_;
  std::unordered_map<uint32_t, TypeId> bindings_;  // var id -> type
};

}  // namespace wr
