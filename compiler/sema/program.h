// The program's semantic tables, shared by name resolution (which fills the
// item tables and binds names), the type checker (which fills types, layouts
// and per-function locals) and lowering (which reads them all).
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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
  MemReplace,
  FmtDisplay,  // `fmt::Display::fmt(&x, f)`: x formatted into f with f's flags
  FmtDebug,    // `fmt::Debug::fmt(&x, f)`
// The `wasm::` intrinsics (compiler/sema/intrinsics.h).
#define WR_INTRINSIC(Name, Module, Item, Generic, Args, Ret) Name,
#include "compiler/sema/intrinsics.def"
};

// Constants of primitive types (`i32::MAX`, `f64::consts::PI`, ...).
struct BuiltinConstInfo {
  TypeId type;
  uint64_t bits;  // integer value, or the f64/f32 bits
};

// A trait bound on a type parameter: `T: Trait<Arg, Assoc = X>`.
struct TraitBound {
  uint32_t trait = 0xFFFFFFFF;
  std::vector<TypeId> args;                                // the trait's own parameters
  std::vector<std::pair<std::string_view, TypeId>> assoc;  // `Output = X`
  Span span;
};

// A type parameter of a generic item. A trait's `Self` is one too.
struct TypeParamInfo {
  std::string_view name;
  Span span;
  std::vector<TraitBound> bounds;  // [resolve] from the parameter list and `where`
  TypeId defaultType = kNoType;    // trait parameters: `Rhs = Self`
  // A parameter the resolver adds for an associated type that a bound
  // leaves open (`F::Err` for `F: FromText`, a trait's `Self::Err`): the
  // checker solves it from that bound, per use (docs/traits.md). A
  // turbofish never names it.
  bool projection = false;
};

struct FieldInfo {
  std::string name;       // tuple structs: "0", "1", ...
  TypeId type = kNoType;  // may mention the struct's type parameters
  Span span;
};

// One variant of an enum (its layout: lower/layout.h).
struct VariantInfo {
  std::string name;
  StructShape shape = StructShape::Unit;
  std::vector<FieldInfo> fields;
  int64_t discriminant = 0;
  Span span;
};

// The standard library types that lowering and the checker know by role
// (marked `#[lang(...)]` in the prelude): their layouts and formatting.
enum class LangItem : uint8_t { None, OwnedBox, Vec, String, Option, Count };
LangItem langItemNamed(std::string_view name);

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
  std::vector<uint32_t> generics;                          // type parameter ids
  std::unordered_map<std::string_view, uint32_t> methods;  // inherent: name -> fn index
  std::unordered_map<std::string_view, uint32_t> consts;   // name -> const index
  // A closure's type is a struct too: its fields are references to the
  // captured locals (its environment), and calling it calls closureFn.
  Expr* closure = nullptr;
  uint32_t closureFn = kNone;  // [check] the body as a fn (env first)
  std::vector<TypeId> closureParams;
  TypeId closureRet = kNoType;
  bool derivesDebug = false;
  bool derivesCopy = false;
  bool derivesClone = false;
  bool derivesPartialEq = false;
  bool derivesPartialOrd = false;
  bool derivesOrd = false;
  bool derivesHash = false;  // a key of HashMap and HashSet (hashed by lower_hash.cpp)
  // `#[wasm::linear]`: every value must be consumed exactly once (linear.cpp).
  bool linear = false;
  LangItem lang = LangItem::None;
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
  bool isEntry = false;        // `main`, or a test's entry in test builds: initializes statics
  uint32_t owner = kNone;      // struct index for inherent methods and assoc fns
  uint32_t impl = kNone;       // the impl block it is declared in
  uint32_t trait = kNone;      // the trait it is declared in (a required or default method)
  TypeId selfType = kNoType;   // `Self` inside it (may mention type parameters)
  std::vector<TypeId> params;  // including `self` first when present
  TypeId ret = kNoType;
  // Type parameters in scope: the impl's or trait's (a trait's `Self`
  // first), then the fn's own. A fn with any is a template: its body is
  // checked once with the parameters opaque, and each use with concrete
  // arguments gets an instance — a copy of the body checked and lowered
  // with the arguments substituted.
  std::vector<uint32_t> generics;
  uint32_t ownGenerics = 0;  // how many of `generics` are the fn's own (the last ones)
  // Closure bodies share the enclosing fn's local table: paramLocals names
  // the local each parameter is (empty: the first ones) and only locals in
  // [localsBegin, localsEnd) get storage.
  std::vector<uint32_t> paramLocals;
  uint32_t localsBegin = 0, localsEnd = kNone;
  bool isClosure() const { return localsEnd != kNone; }
  Expr* closure = nullptr;       // closure bodies: the closure expression
  uint32_t templateFn = kNone;   // instances: the template
  std::vector<TypeId> typeArgs;  // instances: one per template generic
  bool isTemplate() const { return !generics.empty(); }
  std::vector<LocalInfo> locals;  // [resolve/check] params first
  uint32_t loopCount = 0;         // [resolve] loops numbered 0..n-1
  bool used = false;              // [lower] reachable from main
  // [check] A prelude fn whose body is not checked yet (check.h's
  // DeferredBodies checks it when the effect checker or lowering reach it).
  bool deferred = false;
  // [resolve] A prelude fn whose body's names are not resolved yet
  // (resolve.h's DeferredResolution resolves it before it is checked).
  bool unresolved = false;
  // Host functions declared in an `extern "js"` block: that block (its
  // `#[wasm::import(module = "...")]` names the Wasm import module).
  Item* externBlock = nullptr;
  bool isHostImport() const { return externBlock != nullptr; }
};

// A trait declaration. `selfParam` is the type parameter standing for the
// implementing type in the trait's own signatures and default bodies.
struct TraitInfo {
  Item* item = nullptr;
  std::string name;
  uint32_t selfParam = kNone;
  std::vector<uint32_t> generics;                          // the trait's own parameters
  std::unordered_map<std::string_view, uint32_t> methods;  // name -> fn (declaration)
  std::vector<std::string_view> assocTypes;
  // User traits: for each of assocTypes, the parameter standing for
  // `Self::Name` in the trait's signatures and default bodies (after the
  // trait's own parameters in each of its fns' generics).
  std::vector<uint32_t> assocParams;
  std::unordered_map<std::string_view, uint32_t> consts;  // name -> const (declaration)
  std::vector<TraitBound> supertraits;
};

// An impl block: inherent (trait == kNone) or of a trait.
struct ImplInfo {
  Item* item = nullptr;
  uint32_t trait = kNone;
  std::vector<TypeId> traitArgs;  // `impl Mul<f64> for V`
  TypeId selfType = kNoType;      // may mention the impl's parameters
  std::vector<uint32_t> generics;
  std::unordered_map<std::string_view, uint32_t> methods;  // name -> fn
  std::unordered_map<std::string_view, TypeId> assocTypes;
  std::unordered_map<std::string_view, uint32_t> consts;  // trait impls: name -> const
};

struct ConstInfo {
  Item* item = nullptr;
  uint32_t owner = kNone;
  uint32_t trait = kNone;  // an associated const declared in this trait
  uint32_t impl = kNone;   // an associated const of this impl block
  TypeId type = kNoType;
  enum class State : uint8_t { Pending, Evaluating, Done, Failed } state = State::Pending;
  uint64_t bits = 0;  // scalar value (ints, floats as bits, bool, char)
  bool isScalar = false;
};

// A `#[test]` fn of a test build. Its entry is a fn of its own that the
// module exports as `test:N` (N its index here); the test runner calls each
// in a fresh instance.
struct TestCase {
  uint32_t fn = kNone;     // the `#[test]` fn
  uint32_t entry = kNone;  // the exported fn that runs it
  std::string name;        // its path from the crate root: "tests::adds"
  bool shouldPanic = false;
  std::string expected;  // `#[should_panic(expected = "...")]`: part of the message
  bool ignore = false;
};

struct StaticInfo {
  Item* item = nullptr;
  TypeId type = kNoType;
  uint32_t address = 0;  // [lower] where it lives in linear memory
};

struct Program {
  TypeTable types;
  // Each module's parent (kNone for the crate root and the prelude), by the
  // resolver's module ids (Item::module): the checker's privacy rules.
  std::vector<uint32_t> moduleParents;
  std::vector<bool> moduleIsBlock;  // a fn body's items: not a privacy boundary
  std::vector<StructInfo> structs;
  std::deque<FnInfo> fns;  // deque: instances are added while bodies hold references
  std::vector<TypeParamInfo> typeParams;
  std::deque<std::string> paramNames;  // names the resolver makes (`<F as FromText>::Err`)
  std::vector<TraitInfo> traits;
  std::vector<ImplInfo> impls;
  // The prelude's inherent impls on primitive types (`impl str`, `impl<T> [T]`).
  std::vector<uint32_t> primitiveImpls;
  std::unordered_map<std::string_view, uint32_t> stdTraits;  // "Copy" -> trait index
  mutable std::unordered_map<TypeId, bool> copyCache;        // isCopyType (check.h)
  uint32_t stdTrait(std::string_view name) const {
    auto it = stdTraits.find(name);
    return it == stdTraits.end() ? kNone : it->second;
  }
  // Does type parameter `param` have a bound on `trait` (or on a trait
  // that has `trait` as a supertrait)?
  bool paramHasBound(uint32_t param, uint32_t trait) const;
  std::vector<ConstInfo> consts;
  std::vector<StaticInfo> statics;
  std::vector<BuiltinConstInfo> builtinConsts;
  uint32_t mainFn = kNone;
  // [resolve] The fns named `main` that a path in some body names: does
  // the program call (or take) its own `main`? (Its frame is then not
  // static, lowerer.h.)
  std::vector<uint32_t> mainNamedByPath;
  // Prelude types formatting needs (compiler/std/fmt.rs); kNone when a
  // program's own item of that name replaced them.
  uint32_t resultStruct = kNone, formatterStruct = kNone, fmtErrorStruct = kNone;
  // cmp::compare and cmp::wasm_partial_compare (see notePreludeLangFn).
  uint32_t cmpFns[2] = {kNone, kNone};
  // wasm_try::convert_err: `?` converting the error through From.
  uint32_t tryConvertFn = kNone;
  // [check] The `fmt` of a program's Display (index 0) and Debug (1) impl
  // for each concrete type a lowered body formats.
  std::unordered_map<TypeId, uint32_t> fmtFns[2];
  std::unordered_set<TypeId> fmtGlueSeen[2];
  // Test builds (`wasmrust test`) compile `#[cfg(test)]` items and `#[test]` fns.
  bool testBuild = false;
  std::vector<TestCase> tests;    // test builds: the `#[test]` fns, in source order
  bool usesFormatString = false;  // [check] a lowered body has `format!`
  // [check] Impl methods lowering calls by itself, per concrete type
  // (check_glue.cpp): Drop::drop for drop glue, Clone::clone and
  // PartialEq::eq for the parts of derived clones and comparisons.
  std::unordered_map<TypeId, uint32_t> dropFns, cloneFns, eqFns;
  std::unordered_set<TypeId> dropGlueSeen, cloneGlueSeen, eqGlueSeen;
  // `<` on a type with its own PartialOrd/Ord impl: a prelude fn
  // (cmp::wasm_order_code) instantiated for it, giving an ordering code.
  std::unordered_map<TypeId, uint32_t> ordFns;
  std::unordered_set<TypeId> ordGlueSeen;
  // [check] Trait objects (docs/dyn.md): one vtable per (concrete type,
  // trait) a lowered body coerces to `dyn Trait`. `methods` follows
  // dynSlots(trait); a slot is kNone when the method cannot be called on a
  // trait object (`where Self: Sized`, by-value self).
  struct Vtable {
    TypeId concrete = kNoType;
    uint32_t trait = kNone;
    std::vector<uint32_t> methods;
  };
  std::vector<Vtable> vtables;
  // The methods of `trait` (declarations), in declaration order: the order
  // of a vtable's method slots.
  std::vector<uint32_t> dynSlots(uint32_t trait) const;
  // The `dyn Trait` behind `&dyn Trait`, `&mut dyn Trait` or
  // `Box<dyn Trait>` (kNoType for any other type).
  TypeId dynPointee(TypeId t) const;
  // The struct index of each lang item (kNone when the prelude lost it to
  // a program's own item of that name).
  uint32_t langStructs[static_cast<size_t>(LangItem::Count)] = {kNone, kNone, kNone, kNone, kNone};
  LangItem langOf(TypeId t) const {
    const TypeData& d = types.get(t);
    return d.kind == TypeKind::Struct ? structs[d.id].lang : LangItem::None;
  }

  std::string typeName(TypeId t) const;
  // The type of field `i` of (a variant of) a struct or enum type, with the
  // type's generic arguments substituted.
  TypeId fieldType(TypeId structType, uint32_t i);
  TypeId variantFieldType(TypeId enumType, uint32_t variant, uint32_t i);
  // The substitution a struct type's generic arguments make.
  Subst structSubst(TypeId structType) const;
  // Does a value of `t` hold an `externref` in its own bytes (a field, a
  // payload, an element; not behind a reference or on the heap)? In linear
  // memory such an externref is a slot of the reference table that the
  // value owns, so the type is never Copy (compiler/lower/ref_table.cpp).
  bool holdsExternRef(TypeId t, int depth = 0);
};

}  // namespace wr
