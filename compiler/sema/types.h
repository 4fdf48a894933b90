// Semantic types, interned: every distinct type has one TypeId, so type
// equality is integer equality. The table also holds inference variables
// (general, integer-literal and float-literal ones) created by the checker;
// their bindings live in the checker's inference context, not here.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/parse/ast.h"
#include "compiler/sema/stable_table.h"

namespace wr {

enum class TypeKind : uint8_t {
  Error,  // after a reported error: unifies with everything, no cascades
  Never,  // `!`
  Bool,
  Char,
  Int,       // sub = IntKind
  Float,     // sub = FloatKind
  Str,       // the unsized `str`
  Ref,       // sub = 1 for `&mut`; elem
  Tuple,     // elems; `()` is the empty tuple
  Array,     // elem, len
  Slice,     // elem
  Struct,    // id = struct index in the Program; elems = generic arguments
  Param,     // id = type parameter index in the Program (`T` inside a generic item)
  Var,       // id = inference variable (any type)
  IntVar,    // id = inference variable for an integer literal
  FloatVar,  // id = inference variable for a float literal
  // `externref<T>`: a host reference; elem = T, the host type it stands for.
  ExternRef,
  // `dyn Trait`: id = the trait. Unsized: it lives behind a reference or a
  // Box, whose value is then a data address and a vtable address
  // (docs/dyn.md).
  Dyn,
  // `impl Trait` as a fn's result, until the fn's body is checked: id = a
  // type parameter holding the bounds. The checker then replaces the fn's
  // result by the body's type (monomorphized, like any generic).
  Opaque,
};

enum class IntKind : uint8_t { I8, I16, I32, I64, Isize, U8, U16, U32, U64, Usize };
enum class FloatKind : uint8_t { F32, F64 };

struct TypeData {
  TypeKind kind = TypeKind::Error;
  uint8_t sub = 0;
  TypeId elem = kNoType;
  uint64_t len = 0;
  uint32_t id = 0;
  std::vector<TypeId> elems;
  // Computed when interned: does the type mention a type parameter or an
  // inference variable anywhere inside? (Substitution and resolution skip
  // types that don't.)
  bool hasParam = false;
  bool hasVar = false;
  uint16_t depth = 1;  // nesting depth (a scalar is 1)
};

// A substitution of type parameters: parameter id -> type.
using Subst = std::vector<std::pair<uint32_t, TypeId>>;

inline bool isSigned(IntKind k) {
  return k <= IntKind::Isize;
}
// Bit width on wasm32 (usize and isize are 32 bits, as on rustc's wasm32).
int intBits(IntKind k);
const char* intName(IntKind k);

class TypeTable {
 public:
  TypeTable();

  const TypeData& get(TypeId id) const { return types_[id]; }
  TypeKind kind(TypeId id) const { return types_[id].kind; }

  TypeId error() const { return error_; }
  TypeId never() const { return never_; }
  TypeId unit() const { return unit_; }
  TypeId boolean() const { return bool_; }
  TypeId charType() const { return char_; }
  TypeId str() const { return str_; }
  TypeId intType(IntKind k) const { return ints_[static_cast<int>(k)]; }
  TypeId floatType(FloatKind k) const { return floats_[static_cast<int>(k)]; }
  TypeId ref(TypeId elem, bool isMut);
  TypeId tuple(const std::vector<TypeId>& elems);
  TypeId array(TypeId elem, uint64_t len);
  TypeId slice(TypeId elem);
  TypeId structType(uint32_t structId, const std::vector<TypeId>& args = {});
  TypeId param(uint32_t paramId);
  TypeId externRef(TypeId hostType);
  TypeId dynTrait(uint32_t traitId);
  TypeId opaque(uint32_t paramId);
  TypeId newVar(TypeKind varKind);                // Var, IntVar or FloatVar
  uint32_t varCount() const { return nextVar_; }  // the id the next variable gets
  // `_` inside a written type (`Vec<_>`): the checker replaces each hole
  // with a fresh inference variable.
  TypeId hole() const { return hole_; }
  bool isHole(TypeId t) const { return t == hole_; }
  // `t` with every parameter in `s` replaced by its type.
  TypeId subst(TypeId t, const Subst& s);

  bool isInt(TypeId t) const { return kind(t) == TypeKind::Int; }
  bool isFloat(TypeId t) const { return kind(t) == TypeKind::Float; }
  bool isUnit(TypeId t) const { return t == unit_; }
  IntKind intKind(TypeId t) const { return static_cast<IntKind>(get(t).sub); }
  FloatKind floatKind(TypeId t) const { return static_cast<FloatKind>(get(t).sub); }

  // Rust-style display of a type: `&mut [i32; 3]`, `(i32, f64)`, `{integer}`.
  // `nominalName` names structs (kind Struct) and type parameters (Param).
  std::string display(TypeId t,
                      const std::function<std::string(TypeKind, uint32_t)>& nominalName) const;

 private:
  TypeId intern(TypeData data);
  // The index of interned types: open addressing over `types_` (kNoType
  // marks a free slot), so a lookup hashes the type's fields in place
  // instead of building a key string. Variables are not in it (newVar).
  static size_t hashKey(const TypeData& d);
  static bool sameKey(const TypeData& a, const TypeData& b);
  void growIndex();
  std::string displayBounded(TypeId t,
                             const std::function<std::string(TypeKind, uint32_t)>& nominalName,
                             size_t& budget) const;

  StableTable<TypeData> types_;  // references stay valid as types are added
  std::vector<TypeId> index_;    // size a power of two, at most half full
  size_t indexed_ = 0;
  uint32_t nextVar_ = 0;
  TypeId error_, never_, unit_, bool_, char_, str_, hole_;
  TypeId ints_[10];
  TypeId floats_[2];
};

}  // namespace wr
