// The program's semantic tables, shared by name resolution (which fills the
// item tables and binds names), the type checker (which fills types, layouts
// and per-function locals) and lowering (which reads them all).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "compiler/parse/ast.h"
#include "compiler/sema/types.h"

namespace wr {

constexpr uint32_t kNone = 0xFFFFFFFF;

// What a path expression refers to (Expr::resKind, with Expr::res the index).
enum class ResKind : uint8_t {
  Unresolved = 0,
  Local,         // res = local index in the current function
  Fn,            // res = function index
  Const,         // res = const index
  Static,        // res = static index
  UnitStruct,    // res = struct index: the value of a unit struct
  TupleCtor,     // res = struct index: the constructor of a tuple struct
  BuiltinFn,     // res = BuiltinFn
  BuiltinConst,  // res = BuiltinConst
  PrimMethod,    // res = BuiltinMethod, called as `f64::max(a, b)`
  UnitVariant,   // res = enum (struct index), Expr::fieldIndex = variant: its value
  VariantCtor,   // res = enum, Expr::fieldIndex = variant: a tuple variant's constructor
};

enum class BuiltinFn : uint32_t {
  ProcessExit,
  MemSwap,
// The `wasm::` intrinsics (compiler/sema/intrinsics.h).
#define WR_INTRINSIC(Name, Module, Item, Args, Ret) Name,
#include "compiler/sema/intrinsics.def"
};

// Constants of primitive types (`i32::MAX`, `f64::consts::PI`, ...).
struct BuiltinConstInfo {
  TypeId type;
  uint64_t bits;  // integer value, or the f64/f32 bits
};

struct FieldInfo {
  std::string name;  // tuple structs: "0", "1", ...
  TypeId type = kNoType;
  uint32_t offset = 0;
  Span span;
};

// One variant of an enum. Field offsets are from the start of the enum value
// (the tag comes first; see lower/layout.h).
struct VariantInfo {
  std::string name;
  StructShape shape = StructShape::Unit;
  std::vector<FieldInfo> fields;
  int64_t discriminant = 0;
  Span span;
};

// A nominal type: a struct, or (isEnum) an enum with its variants. They share
// one table so that impl blocks, derives, `Self` and type display treat both
// alike; TypeKind::Struct names either.
struct StructInfo {
  Item* item = nullptr;
  std::string name;
  StructShape shape = StructShape::Named;
  std::vector<FieldInfo> fields;
  bool isEnum = false;
  std::vector<VariantInfo> variants;  // isEnum
  bool hasFields() const {            // isEnum: does any variant carry data?
    for (const VariantInfo& v : variants) {
      if (!v.fields.empty())
        return true;
    }
    return false;
  }
  std::unordered_map<std::string_view, uint32_t> methods;  // name -> fn index
  std::unordered_map<std::string_view, uint32_t> consts;   // name -> const index
  bool derivesDebug = false;
  bool derivesCopy = false;
  bool derivesClone = false;
  bool derivesPartialEq = false;
};

struct LocalInfo {
  std::string_view name;
  TypeId type = kNoType;
  Span span;
  bool isMut = false;
  bool isParam = false;
  bool hasInit = false;       // [check] declared with an initializer (or a param)
  bool addressTaken = false;  // [check] borrowed: must live in linear memory
};

struct FnInfo {
  Item* item = nullptr;
  std::string name;            // "main", "Point::new"
  uint32_t owner = kNone;      // struct index for methods and assoc fns
  std::vector<TypeId> params;  // including `self` first when present
  TypeId ret = kNoType;
  std::vector<LocalInfo> locals;  // [resolve/check] params first
  uint32_t loopCount = 0;         // [resolve] loops numbered 0..n-1
  bool used = false;              // [lower] reachable from main
};

struct ConstInfo {
  Item* item = nullptr;
  uint32_t owner = kNone;
  TypeId type = kNoType;
  enum class State : uint8_t { Pending, Evaluating, Done, Failed } state = State::Pending;
  uint64_t bits = 0;  // scalar value (ints, floats as bits, bool, char)
  bool isScalar = false;
};

struct StaticInfo {
  Item* item = nullptr;
  TypeId type = kNoType;
  uint32_t address = 0;  // [lower] where it lives in linear memory
};

struct Program {
  TypeTable types;
  std::vector<StructInfo> structs;
  std::vector<FnInfo> fns;
  std::vector<ConstInfo> consts;
  std::vector<StaticInfo> statics;
  std::vector<BuiltinConstInfo> builtinConsts;
  uint32_t mainFn = kNone;

  std::vector<std::string> structNames() const;
  std::string typeName(TypeId t) const { return types.display(t, structNames()); }
};

}  // namespace wr
