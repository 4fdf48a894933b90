// The abstract syntax tree of the WasmRust dialect.
//
// The parser builds it (parser.h); name resolution fills in `res` on paths and
// bindings, the type checker fills in `type` and the per-kind semantic fields
// marked "[check]", and lowering reads both. Nodes live in an Arena owned by
// the Ast and refer to each other with plain pointers; names are views into
// the source text, which outlives the tree.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/parse/arena.h"
#include "compiler/parse/lean_vec.h"
#include "compiler/source/source_file.h"

namespace wr {

using TypeId = uint32_t;
constexpr TypeId kNoType = 0xFFFFFFFF;

struct Expr;
struct Block;
struct TypeExpr;
struct Pattern;
struct Item;

// `Output = T` among a trait path's generic arguments.
struct AssocBinding {
  std::string_view name;
  Span span;
  TypeExpr* type = nullptr;
};

struct PathSegment {
  std::string_view name;
  Span span;
  std::vector<TypeExpr*> generics;      // `::<T>` or `<T>` in types
  LeanVec<AssocBinding> bindings;       // `Add<Output = T>`
  LeanVec<std::string_view> lifetimes;  // `Parser<'a>`: for the borrow checker
};

struct Path {
  std::vector<PathSegment> segments;
  Span span;
  // [resolve] the module the path's leading segments named (they are then
  // dropped: `crate::shapes::Circle` keeps `Circle`)
  uint32_t module = 0xFFFFFFFF;
  // `<T as Trait>::item`: T and Trait (the segments are then the item's).
  TypeExpr* qualSelf = nullptr;
  TypeExpr* qualTrait = nullptr;
  bool empty() const { return segments.empty(); }
  std::string str() const;  // "a::b::c"
};

// `key = "value"` inside an attribute's parentheses (`module = "dom"`).
struct AttrKeyValue {
  std::string_view key;
  std::string value;  // the decoded string literal
  Span span;
};

struct Attribute {
  Path path;                           // `derive`, `wasm::export`, ...
  std::vector<std::string_view> args;  // identifiers inside `(...)`
  std::vector<Span> argSpans;          // where each of `args` is
  std::vector<AttrKeyValue> values;    // `key = "literal"` inside `(...)`
  Span span;
};

// ---------------------------------------------------------------- types
enum class TypeExprKind : uint8_t {
  Path,
  Ref,
  Tuple,
  Array,
  Slice,
  Never,
  Infer,
  ImplTrait,  // `impl Trait + Other` (bounds)
  DynTrait,   // `dyn Trait` (bounds)
};

struct TypeExpr {
  TypeExprKind kind = TypeExprKind::Infer;
  Span span;
  Path path;                  // Path
  bool isMut = false;         // Ref
  std::string_view lifetime;  // Ref: `'a` in `&'a T` (empty when elided)
  TypeExpr* elem = nullptr;   // Ref, Array, Slice
  Expr* len = nullptr;        // Array
  LeanVec<TypeExpr*> elems;   // Tuple
  LeanVec<TypeExpr*> bounds;  // ImplTrait, DynTrait: trait paths
  TypeId resolved = kNoType;  // [resolve/check]
};

// A type parameter `T: Bound + Other` of a fn, struct, enum, impl or trait.
// Lifetime parameters are parsed and dropped; the lifetimes written in
// types (`&'a T`, `Parser<'a>`, `&'a self`) are kept for the borrow
// checker, which relates a fn's result to its arguments through them.
struct GenericParam {
  std::string_view name;
  Span span;
  std::vector<TypeExpr*> bounds;  // trait paths
  uint32_t id = 0xFFFFFFFF;       // [resolve] index into Program::typeParams
};

// `where T: Bound + Other`.
struct WherePredicate {
  TypeExpr* type = nullptr;
  std::vector<TypeExpr*> bounds;
  Span span;
};

// ---------------------------------------------------------------- patterns
enum class PatternKind : uint8_t {
  Wild,         // `_`
  Binding,      // `mut? ref? name (@ sub)?`
  Tuple,        // `(a, b, ..)`
  Lit,          // `1`, `-1`, `'a'`, `true`, `"s"`
  Range,        // `a..=b`, `a..b`, `a..`, `..=b`
  Path,         // a unit variant, unit struct or constant: `None`, `Color::Red`, `MAX`
  TupleStruct,  // `Some(x)`, `Point(a, ..)`
  Struct,       // `Point { x, y: 0, .. }`
  Slice,        // `[first, rest @ ..]`
  Ref,          // `&p`, `&mut p`
  Or,           // `a | b`
  Rest,         // `..` inside a tuple, tuple-struct or slice pattern
};

struct FieldPattern {
  std::string_view name;
  Span span;
  Pattern* pattern = nullptr;  // shorthand `{ x }` has a Binding here
  uint32_t fieldIndex = 0;     // [check]
};

// What a Path/TupleStruct/Struct pattern names (Pattern::resKind).
enum class PatRes : uint8_t { Unresolved, Variant, Struct, Const };

struct Pattern {
  PatternKind kind = PatternKind::Wild;
  Span span;
  std::string_view name;         // Binding
  bool isMut = false;            // Binding: `mut x`; Ref: `&mut p`
  bool byRef = false;            // Binding: `ref x`
  std::vector<Pattern*> elems;   // Tuple, TupleStruct, Slice, Or (alternatives)
  Pattern* sub = nullptr;        // Binding `x @ sub`; Ref: the referent
  Path path;                     // Path, TupleStruct, Struct
  LeanVec<FieldPattern> fields;  // Struct
  bool hasRest = false;          // Struct `..`
  Expr* lo = nullptr;            // Lit (the literal), Range
  Expr* hi = nullptr;            // Range
  bool inclusive = false;        // Range `..=`
  uint32_t local = 0xFFFFFFFF;   // Binding: [resolve] index into the fn's locals

  // [resolve] Path/TupleStruct/Struct: what the path names (Variant: `res` is
  // the enum's struct index and `variant` the variant; Struct: `res` is the
  // struct index; Const: `res` is the const index).
  PatRes resKind = PatRes::Unresolved;
  uint32_t res = 0xFFFFFFFF;
  uint32_t variant = 0;
  // [check] The type this pattern matches, after `derefs` implicit
  // dereferences of the value it is applied to (match ergonomics), and
  // whether a binding binds by reference (`ref`, or a default binding mode).
  TypeId type = kNoType;
  uint8_t derefs = 0;
  bool bindsRef = false;
  bool bindsRefMut = false;

  // Index of the `..` among elems (a Rest, or `name @ ..` in a slice
  // pattern), or elems.size() when there is none.
  size_t restIndex() const;
  bool isRest() const {
    return kind == PatternKind::Rest ||
           (kind == PatternKind::Binding && sub && sub->kind == PatternKind::Rest);
  }
};

// One arm of a `match`: `pattern (if guard)? => body`.
struct MatchArm {
  Pattern* pattern = nullptr;
  Expr* guard = nullptr;
  Expr* body = nullptr;
  Span span;
};

// ---------------------------------------------------------------- expressions
enum class ExprKind : uint8_t {
  IntLit,
  FloatLit,
  BoolLit,
  CharLit,
  StrLit,
  ByteStrLit,
  Path,         // a variable, function, const, static, unit struct or assoc item
  Unary,        // op: Neg, Not, Deref
  Ref,          // `&e` / `&mut e`
  Binary,       // arithmetic, comparison, logical, bitwise
  Assign,       // `=` and compound assignment (op is the arithmetic op or None)
  Cast,         // `e as T`
  Call,         // callee(args)
  MethodCall,   // receiver.name(args)
  Field,        // e.name / e.0
  Index,        // e[i]
  Tuple,        // (a, b) and ()
  Array,        // [a, b, c]
  ArrayRepeat,  // [e; n]
  StructLit,    // Path { a: 1, b } / Path(a, b) is a Call
  Range,        // a..b, a..=b, ..b, a..
  Block,        // { ... }, unsafe { ... }
  If,           // if c { } else { }
  While,        // while c { }
  Loop,         // loop { }
  For,          // for pat in e { }
  Break,        // break 'label value
  Continue,     // continue 'label
  Return,       // return value
  Macro,        // println!(...), assert_eq!(...), ...
  Match,        // match e { arms }
  Let,          // `let pat = e` as the condition of `if` / `while`
  Closure,      // |params| body (lhs); typeExpr: declared return type
  Try,          // lhs? (nameSpan: the `?`)
  Paren,        // (e): kept so diagnostics can point at it
  Error,        // placeholder after a syntax error
};

enum class BinOp : uint8_t {
  None,
  Add,
  Sub,
  Mul,
  Div,
  Rem,
  And,
  Or,
  BitAnd,
  BitOr,
  BitXor,
  Shl,
  Shr,
  Eq,
  Ne,
  Lt,
  Le,
  Gt,
  Ge,
};
enum class UnOp : uint8_t { Neg, Not, Deref };

const char* binOpSpelling(BinOp op);

struct FieldInit {
  std::string_view name;
  Span span;
  Expr* value = nullptr;    // shorthand `Point { x }` has a Path expr here
  uint32_t fieldIndex = 0;  // [check]
};

// One argument of a format macro, with an optional name (`name = expr`).
struct MacroArg {
  std::string_view name;
  Expr* value = nullptr;
};

// [check] A format string split into literal pieces and argument references.
struct FormatSpec {
  enum class Align : uint8_t { None, Left, Right, Center };
  enum class Kind : uint8_t {
    Display,
    Debug,
    LowerHex,
    UpperHex,
    Binary,
    Octal,
    LowerExp,
    UpperExp
  };
  uint32_t arg = 0;  // index into the macro's argument list
  Kind kind = Kind::Display;
  Align align = Align::None;
  uint32_t fill = ' ';
  bool plus = false;
  bool alternate = false;  // `#`
  bool zeroPad = false;    // `0`
  int32_t width = -1;      // -1: none
  int32_t widthArg = -1;   // `width$`: index of the argument holding it
  int32_t precision = -1;
  int32_t precisionArg = -1;
};
struct FormatPiece {
  std::string literal;  // text printed before the argument (may be empty)
  bool hasArg = false;
  FormatSpec spec;
};

enum class MacroKind : uint8_t {
  Println,
  Print,
  Eprintln,
  Eprint,
  Format,
  Panic,
  Assert,
  AssertEq,
  AssertNe,
  Unreachable,
  Todo,
  Unimplemented,
  DebugAssert,
  DebugAssertEq,
  DebugAssertNe,
  Write,    // write!(f, ...) into a fmt::Formatter
  Writeln,  // writeln!(f, ...)
};

// [check] How a `for` loop iterates: a base sequence (a range or an array or
// slice, by value or by reference) and the adapters applied to it, in order.
struct ForPlan {
  // Chars: the chars of a str (`s.chars()`), decoded from its UTF-8.
  // Iter: a value whose type implements Iterator, advanced with its `next`.
  enum class Source : uint8_t { Range, ArrayValue, ArrayRef, ArrayMut, Chars, Iter };
  enum class Adapter : uint8_t { Rev, StepBy, Enumerate };
  Source source = Source::Range;
  Expr* lo = nullptr;      // Range
  Expr* hi = nullptr;      // Range (null: unbounded `a..`)
  bool inclusive = false;  // Range
  Expr* seq = nullptr;     // Array*: the array or slice expression
  uint8_t seqDerefs = 0;   // Array*: references between `seq` and the array
  std::vector<Adapter> adapters;
  std::vector<Expr*> steps;   // one per StepBy, in order
  TypeId itemType = kNoType;  // the base element type (range int, T, &T, &mut T)
  // ArrayValue over an owned array or Vec (`for s in v`): that value, which
  // the loop takes over (its elements move out one by one).
  Expr* consumedSeq = nullptr;
  TypeId iterType = kNoType;     // Iter: the iterator's type
  uint32_t nextFn = 0xFFFFFFFF;  // Iter: [check] its Iterator::next (an instance)
};

struct Param {
  Pattern* pattern = nullptr;
  TypeExpr* type = nullptr;
  Span span;
};

// Every pass walks the tree, and a large program has millions of these
// nodes, so the layout matters: the kind and the child links every walk
// follows come first (the first cache line), groups are ordered so that
// there are no padding holes, and lists that only one rare kind uses are
// LeanVecs (one pointer while empty).
struct Expr {
  ExprKind kind = ExprKind::Error;
  BinOp binOp = BinOp::None;  // Binary, Assign (compound)
  UnOp unOp = UnOp::Neg;
  bool isMut = false;      // Ref
  bool inclusive = false;  // Range `..=`
  bool isUnsafe = false;   // Block
  MacroKind macro = MacroKind::Println;
  bool isMove = false;  // Closure: `move`
  Span span;
  TypeId type = kNoType;  // [check]

  // Structure (meaning depends on kind).
  Expr* lhs = nullptr;           // Unary/Ref/Cast/Field/Index/MethodCall receiver/
                                 // Assign target/Binary lhs/Range lo/If cond/
                                 // While cond/For iterable/Break,Return value/Paren/
                                 // Match scrutinee/Let scrutinee
  Expr* rhs = nullptr;           // Binary rhs/Assign value/Index index/Range hi/
                                 // ArrayRepeat count/StructLit base (`..base`)
  Expr* elseExpr = nullptr;      // If: else branch (Block or If)
  Block* block = nullptr;        // Block/If then/While/Loop/For body
  Pattern* pattern = nullptr;    // For, Let
  TypeExpr* typeExpr = nullptr;  // Cast
  std::vector<Expr*> args;       // Call/MethodCall/Tuple/Array args
  LeanVec<MatchArm> arms;        // Match
  LeanVec<FieldInit> fields;     // StructLit
  LeanVec<MacroArg> macroArgs;   // Macros
  LeanVec<FormatPiece> format;   // Macros: [check]
  // Closure: its parameters (and `isMove` above). [resolve] The locals it
  // declares are the enclosing fn's [closureLocals, closureLocalsEnd) (its
  // parameters first); `args` holds one path per captured outer local.
  LeanVec<Param> closureParams;
  uint32_t closureLocals = 0, closureLocalsEnd = 0;
  Path path;              // Path, StructLit
  std::string_view name;  // MethodCall/Field name; Break/Continue label;
                          // loops' own label
  Span nameSpan;

  // [resolve/check] semantic annotations.
  uint32_t res = 0xFFFFFFFF;   // Path: meaning per resKind
  uint32_t fieldIndex = 0;     // Field: which field; MethodCall: method id
  uint32_t loopId = 0;         // Break/Continue: the target loop's id
  uint8_t resKind = 0;         // see sema/program.h ResKind
  uint8_t autoDerefs = 0;      // Field/Index/MethodCall: derefs applied to lhs
  bool autoRef = false;        // MethodCall: receiver borrowed (&self on a place)
  bool coerceToSlice = false;  // [check] `&[T; N]` used where `&[T]` is expected
  // [check] A Cast the checker inserted for an unsizing coercion to a trait
  // object (`&T` to `&dyn Trait`, `Box<T>` to `Box<dyn Trait>`; lhs is the
  // value, typeExpr is null); fieldIndex = its vtable (Program::vtables).
  bool unsize = false;
  bool callsClosure = false;  // [check] Call: the callee is a closure (after autoDerefs)
  // [resolve] Call: the call a function used as a value became (`map(f)`
  // is `map(|a| f(a))`); an argument that does not fit is rustc's E0631.
  bool fnValueCall = false;
  // [check] MethodCall inserted by the checker for an overloaded `*`, index
  // or deref coercion (`deref`, `deref_mut`, `index`, `index_mut`; see
  // check_deref.cpp).
  bool overloaded = false;
  // [resolve] Path naming a trait method through a type (`T::new`,
  // `Self::area` in a trait): that type, the trait's `Self` for this call.
  TypeId qself = kNoType;
  // [check] Call of a generic `wasm::` intrinsic: its type argument `T`.
  TypeId typeArg = kNoType;
  ForPlan* forPlan = nullptr;  // For

  // Literals.
  uint64_t intValue = 0;
  double floatValue = 0;
  std::string_view strValue;  // StrLit / ByteStrLit (decoded; kept in the arena)
  std::string_view suffix;    // literal type suffix: "u8", "f32", ...
};

// ---------------------------------------------------------------- statements
enum class StmtKind : uint8_t { Let, Expr, Item, Empty };

struct Stmt {
  StmtKind kind = StmtKind::Empty;
  Span span;
  Pattern* pattern = nullptr;  // Let
  TypeExpr* type = nullptr;    // Let
  Expr* init = nullptr;        // Let (may be null); Expr
  Block* elseBlock = nullptr;  // Let: `let pat = e else { ... };`
  bool hasSemi = false;        // Expr
  Item* item = nullptr;        // Item
};

struct Block {
  Span span;
  std::vector<Stmt*> stmts;
  Expr* tail = nullptr;          // the value expression, if any
  bool hasItems = false;         // some statement is an item (a fn, struct, use, ...)
  bool deferred = false;         // a prelude fn body not parsed yet (parser.h)
  uint32_t module = 0xFFFFFFFF;  // [resolve] hasItems: the block's own module
};

// ---------------------------------------------------------------- items
enum class ItemKind : uint8_t {
  Fn,
  Struct,
  Enum,
  Impl,
  Trait,
  TypeAlias,  // `type A = B;`, and associated types in traits and impls
  Const,
  Static,
  Use,
  Mod,
  ExternBlock,  // `extern "js" { fn f(); }`: members are host fns (no bodies)
  Error
};
enum class SelfKind : uint8_t { None, Value, Ref, RefMut };
enum class StructShape : uint8_t { Named, Tuple, Unit };

// How far a `pub` item reaches: `pub` anywhere, `pub(crate)` (the same in
// a one-crate program; `pub(in path)` is read as it), `pub(super)` the
// parent module. `pub(self)` is private (isPub false).
enum class PubScope : uint8_t { Anywhere, Crate, Super };

struct StructField {
  std::string_view name;  // empty for tuple structs
  TypeExpr* type = nullptr;
  Span span;
  bool isPub = false;
  PubScope pubScope = PubScope::Anywhere;
};

// One name a `use` item brings into scope: `a::b::c`, `a::b::c as d`, or
// all of `a::b::*`.
struct UseEntry {
  std::vector<std::string_view> segments;
  std::string_view alias;  // the name it is known by (the last segment unless `as`)
  bool glob = false;
  Span span;
};

// One variant of an enum: `Name`, `Name(T, U)`, `Name { a: T }`, `Name = 3`.
struct VariantDecl {
  std::string_view name;
  Span span;
  StructShape shape = StructShape::Unit;
  std::vector<StructField> fields;
  Expr* discriminant = nullptr;
  bool isDefault = false;  // `#[default]`: what a derived Default gives
};

struct Item {
  ItemKind kind = ItemKind::Error;
  Span span;
  Span nameSpan;
  std::string_view name;
  bool isPub = false;
  PubScope pubScope = PubScope::Anywhere;
  std::vector<Attribute> attrs;

  // Fn, Struct, Enum, Impl, Trait
  std::vector<GenericParam> generics;
  std::vector<WherePredicate> wherePreds;

  // Fn
  SelfKind selfKind = SelfKind::None;
  bool selfMut = false;  // `mut self`
  Span selfSpan;
  std::string_view selfLifetime;  // `&'a self`
  std::vector<Param> params;
  TypeExpr* ret = nullptr;  // null: ()
  Block* body = nullptr;
  bool isConstFn = false;

  // Struct
  StructShape shape = StructShape::Named;
  std::vector<StructField> fields;

  // Enum
  std::vector<VariantDecl> variants;

  // Impl
  TypeExpr* selfType = nullptr;
  TypeExpr* traitRef = nullptr;  // `impl Trait for T`: the trait path (null: inherent)
  std::vector<Item*> members;    // fns, consts and types; Trait too; Mod: its items

  // Trait: supertraits; TypeAlias in a trait: the associated type's bounds
  std::vector<TypeExpr*> bounds;

  // Const / Static; TypeAlias: the aliased type (null for `type Item;` in a trait)
  TypeExpr* type = nullptr;
  Expr* value = nullptr;
  bool isMutStatic = false;

  // ExternBlock: the ABI string (`"js"`) and where it is written.
  std::string_view abi;
  Span abiSpan;

  // Use: every name the item imports (`use a::{b, c::*}` gives two).
  std::vector<UseEntry> uses;

  // Mod: `mod name;` (a file module) rather than `mod name { ... }`
  bool isFileModule = false;
  uint32_t module = 0;  // [resolve] the module the item is declared in (0: the crate root)

  uint32_t id = 0xFFFFFFFF;  // [resolve] index in the program's tables
};

struct Ast {
  Arena arena;
  std::vector<Item*> items;
  bool hasBlockItems = false;  // some block declares items (the resolver then looks for them)
};

}  // namespace wr
