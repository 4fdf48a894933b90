// The ownership checker's view of a body: a small control-flow graph of
// accesses to places, built from the checked AST (own_build*.cpp) and read
// by the move checker (moves.cpp) and the borrow checker (borrows.cpp).
//
// A place is a local (or a temporary) followed by projections — fields,
// enum variants, dereferences and indexing — interned in a PlaceTable, so
// that `x.a.b` has one id and its parent is `x.a`. A statement is one access
// to one place (a copy, a move, a borrow, an assignment, the end of a
// local's scope) or a use of temporaries; it may define a local (write all
// of it) and use temporaries, which is what liveness needs. Borrows create
// loans; where a reference value goes is recorded as flow edges between
// locals (and temporaries), which the borrow checker solves once per body
// (a flow-insensitive "which loans may this local hold").
//
// Temporaries stand for intermediate values that carry references, from
// where they are made to where they are consumed, so a loan stays alive
// while an argument list is still being evaluated.
#pragma once

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr::own {

using LocalId = uint32_t;  // the fn's locals first, then temporaries
using PlaceId = uint32_t;
using LoanId = uint32_t;
using BlockId = uint32_t;

enum class ProjKind : uint8_t {
  Field,    // index: the field (of a struct, tuple or the variant above)
  Variant,  // index: the enum variant the value is known to be (patterns)
  Deref,    // through a reference
  Box,      // the contents of a Box (`*b`): owned, so they can be moved out
  Index,    // index: a constant element (array patterns), or kNone (`a[i]`)
};

struct PlaceNode {
  PlaceId parent = kNone;  // kNone for a local itself
  LocalId local = kNone;
  ProjKind proj = ProjKind::Field;
  uint32_t index = 0;
  TypeId type = kNoType;
  bool throughDeref = false;  // a Deref anywhere in the chain
  bool throughIndex = false;  // an unknown Index anywhere in the chain
};

class PlaceTable {
 public:
  void clear();
  PlaceId root(LocalId local, TypeId type);
  PlaceId project(PlaceId base, ProjKind kind, uint32_t index, TypeId type);
  const PlaceNode& operator[](PlaceId p) const { return nodes_[p]; }
  size_t size() const { return nodes_.size(); }
  // Is `a` a prefix of `b` (or equal)?
  bool isPrefix(PlaceId a, PlaceId b) const;
  // The projections of `p` from its local outwards.
  void chain(PlaceId p, std::vector<PlaceId>& out) const;
  // The place `base` projected by (kind, index) if it was interned, else kNone.
  PlaceId find(PlaceId base, ProjKind kind, uint32_t index) const;

 private:
  std::vector<PlaceNode> nodes_;
  std::vector<PlaceId> roots_;  // by local
  // Children of each place as a list (a place has few): first child, next
  // sibling.
  std::vector<PlaceId> firstChild_;
  std::vector<PlaceId> nextSibling_;
  std::vector<uint16_t> depth_;
};

// What a statement does to its place.
enum class Access : uint8_t {
  Copy,         // reads a Copy value
  FakeRead,     // a `match` reads its scrutinee (whole, not its parts)
  Move,         // moves the value out
  Inspect,      // a shared borrow that ends at once (`{}` arguments, `&self` calls, `==`)
  InspectMut,   // a mutable borrow that ends at once (`&mut self` calls)
  Borrow,       // `&place`: a shared loan
  BorrowMut,    // `&mut place`: a mutable loan
  Write,        // an assignment to the place
  StorageDead,  // the local's scope ends
  Use,          // no place: uses temporaries (a call, a struct literal, ...)
  Consume,      // a by-value pattern takes a linear value apart (linear.cpp only)
};

// Why an access happens, for the wording of diagnostics.
enum class Cause : uint8_t {
  Plain,
  Argument,         // passed to a fn (note: the parameter takes ownership)
  MethodSelf,       // a method's `self` (or `&self`) receiver
  ClosureCapture,   // captured by a closure (span: the closure, detail: the use)
  ClosureVariable,  // the loan on a variable a closure takes by value (Loan::closureVariable)
  ClosureCall,      // calling a closure
  Binding,          // bound by a pattern
  FormatArg,        // an argument of `println!` and friends
  ForLoop,          // the sequence of a `for` loop
  CompoundAssign,   // `x += 1` reads `x`
  // Why a linear local dies early (StorageDead on a path that leaves its scope).
  Return,  // `return`, or the end of the body
  Try,     // the error path of `?`
  Break,   // `break` or `continue` out of the local's loop
};

struct Op {
  Access access = Access::Use;
  Cause cause = Cause::Plain;
  PlaceId place = kNone;
  LoanId loan = kNone;     // Borrow, BorrowMut
  LocalId def = kNone;     // the local this statement writes whole
  uint32_t usesBegin = 0;  // temporaries read: Body::uses[usesBegin, usesEnd)
  uint32_t usesEnd = 0;
  Span span;
  Span detail;              // ClosureCapture: the use inside the closure
  uint32_t callee = kNone;  // MethodSelf, Argument: the fn; ClosureCall: the closure's struct
};

// A block's operations are a range of Body::opList (a block is filled in
// one go: the builder never returns to a block it left), its successors a
// range of Body::succList (laid out by Body::finish).
struct BasicBlock {
  uint32_t first = 0, last = 0;
  uint32_t succFirst = 0, succLast = 0;
};

template <typename T>
struct Range {
  const T* b;
  const T* e;
  const T* begin() const { return b; }
  const T* end() const { return e; }
  size_t size() const { return static_cast<size_t>(e - b); }
  bool empty() const { return b == e; }
  const T& operator[](size_t i) const { return b[i]; }
  const T& back() const { return e[-1]; }
};

struct Loan {
  PlaceId place = kNone;
  bool isMut = false;
  Span span;
  Cause cause = Cause::Plain;
  Span detail;  // ClosureCapture: the use inside the closure
  BlockId block = 0;
  uint32_t stmt = 0;
  // A loan Rust does not have: WasmRust's closures keep a reference to each
  // variable they capture (even `move` ones, even for `(*r).x`), so the
  // variable must not change while the closure is used. Conflicts with it
  // are reported as unsupported (W0005), not as rustc's errors.
  bool closureVariable = false;
};

// A flow of references: the value of `src` (a local or temporary) may be
// stored in `dst`. A deref flow stores it behind the references `via`
// holds (`*via = src`, or a call that stores an argument into another).
struct Flow {
  LocalId src;
  LocalId dst;
  Span span = {};  // deref flows: the assignment or call that stores
};

struct LocalFacts {
  TypeId type = kNoType;
  bool isTemp = false;
  bool isParam = false;
  bool isUpvar = false;  // a closure body's captured variable
  bool hasRefs = false;  // its values may hold references (a liveness holder)
  uint32_t staticIndex = kNone;
};

// A `return` (or a body's value): the temporary holding what is returned.
struct ReturnSite {
  LocalId temp;
  Span span;
  Expr* expr;
};

struct Body {
  FnInfo* fn = nullptr;
  Expr* closure = nullptr;  // a closure body: the closure expression
  std::vector<BasicBlock> blocks;
  std::vector<Op> opList;
  std::vector<std::pair<BlockId, BlockId>> edges;  // while building
  std::vector<BlockId> succList;
  std::vector<LocalFacts> locals;
  PlaceTable places;
  std::vector<Loan> loans;
  std::vector<LocalId> uses;
  std::vector<Flow> flows;
  std::vector<std::pair<LoanId, LocalId>> seeds;  // a new loan held by a local
  std::vector<Flow> derefFlows;                   // dst is the `via` local
  std::vector<ReturnSite> returns;
  size_t fnLocals = 0;  // locals below this index are the fn's own
  bool hasMoves = false;

  Range<Op> ops(BlockId b) const {
    const Op* base = opList.data();
    return {base + blocks[b].first, base + blocks[b].last};
  }
  Range<BlockId> succs(BlockId b) const {
    const BlockId* base = succList.data();
    return {base + blocks[b].succFirst, base + blocks[b].succLast};
  }
  // Lays the edges out as successor ranges.
  void finish();
  // Empties the body, keeping its memory for the next fn.
  void clear();

 private:
  std::vector<uint32_t> succCount_;
};

// How a closure uses what it captures (computed from its body).
struct CaptureInfo {
  enum class Mode : uint8_t { Ref, RefMut, ByValue };
  PlaceId place;  // in the closure body's place table
  Mode mode;
  bool moves;  // the body moves it out (the closure is FnOnce)
  Span use;
  bool cutAtDeref = false;  // Rust would capture a place behind it
};
struct ClosureSummary {
  bool isFnOnce = false;
  bool isFnMut = false;
  bool isCopy = true;
  bool hasRefs = false;
  Span moveUse;  // FnOnce: where the body moves a captured variable
  std::string movedName;
};

// The shape of a body's graph: predecessors, the blocks reachable from the
// entry (only those are checked: rustc does not check unreachable code),
// in reverse post-order.
struct Cfg {
  std::vector<std::vector<BlockId>> preds;
  std::vector<BlockId> rpo;     // reachable blocks, reverse post-order
  std::vector<uint32_t> order;  // block -> position in rpo (kNone: unreachable)
  bool reachable(BlockId b) const { return order[b] != kNone; }
  // Scratch memory kept from one body to the next.
  std::vector<uint8_t> seen;
  std::vector<std::pair<BlockId, uint32_t>> stack;
  std::vector<BlockId> post;
};
void analyzeCfg(const Body& body, Cfg& cfg);

// A listing of the body's graph, for tests and debugging (own_cfg.cpp).
std::string dumpBody(const SourceFile& file, const Program& prog, const Body& body);

// The name of a local as declared, for "move occurs because `x` ...".
Span declSpan(const Body& body, LocalId local);

// What a call may do with the references its arguments carry, read from
// the callee's signature (own_signature.cpp): its result may hold an
// argument's value (the reference itself: `fn f<'a>(x: &'a T) -> &'a U`)
// or what the argument points to holds (`fn rest(&self) -> &'a [u8]` in
// `impl<'a> Parser<'a>`), and one argument may be stored behind another
// (`fn push<'a>(v: &mut Stack<'a>, x: &'a i32)`).
struct CallShape {
  std::vector<uint8_t> resultFromValue;                       // by parameter
  std::vector<uint8_t> resultFromContents;                    // by parameter
  std::vector<std::pair<uint32_t, uint32_t>> storesValue;     // (i, j): value i behind j
  std::vector<std::pair<uint32_t, uint32_t>> storesContents;  // (i, j): contents of i behind j
};

// Facts about types the checker needs, memoized for the whole program.
class TypeFacts {
 public:
  explicit TypeFacts(Program& prog) : prog_(prog) {}
  bool isCopy(TypeId t);
  bool hasRefs(TypeId t);
  bool implementsClone(TypeId t);
  // Does a value of this type hold a `#[wasm::linear]` value (itself, or in
  // a field, element, variant or type argument)?
  bool isLinear(TypeId t);
  std::string name(TypeId t) { return prog_.typeName(t); }
  // The type of a projection of a value of type `t`.
  TypeId fieldType(TypeId t, uint32_t variant, uint32_t field, bool inVariant);
  std::unordered_map<uint32_t, ClosureSummary>& closures() { return closures_; }
  const CallShape& callShape(uint32_t fn);
  Program& prog() { return prog_; }

 private:
  Program& prog_;
  bool isCopyUncached(TypeId t);
  bool hasRefsUncached(TypeId t);

  // By TypeId: 0 unknown, 1 no, 2 yes (types are dense integers: a vector
  // is much cheaper than a hash map on this path).
  std::vector<uint8_t> copy_;
  std::vector<uint8_t> refs_;
  std::vector<uint8_t> linear_;
  std::unordered_map<uint32_t, ClosureSummary> closures_;  // by closure struct id
  std::vector<CallShape> shapes_;                          // by fn
  std::vector<uint8_t> shapeKnown_;
  // A closure whose summary is not built yet was seen: the answer being
  // computed must not be remembered.
  bool provisional_ = false;
};

// Bodies reused from one fn to the next, so checking a program does not
// allocate per fn once the first ones are built.
class BodyPool {
 public:
  Body& take() {
    if (used_ == bodies_.size())
      bodies_.emplace_back();
    Body& b = bodies_[used_++];
    b.clear();
    return b;
  }
  void reset() { used_ = 0; }
  size_t size() const { return used_; }
  Body& operator[](size_t i) { return bodies_[i]; }

 private:
  std::deque<Body> bodies_;  // a deque: bodies stay put while more are taken
  size_t used_ = 0;
};

// Builds the bodies of one fn: the fn's own (first) and one per closure in
// it (own_build.cpp). Moves out of borrowed data (E0507, E0508) are
// reported while building.
void buildBodies(const SourceFile& file,
                 Program& prog,
                 TypeFacts& facts,
                 DiagnosticEngine& diags,
                 FnInfo& fn,
                 BodyPool& out);

// The source text of a place, rustc style: `x.a`, `*r`, `arr[_]`.
std::string describePlace(const SourceFile& file, const Program& prog, const Body& body, PlaceId p);

// The most memory a body's dataflow may take, in 64-bit words per analysis
// (sets per block times blocks: 32 MiB). Only a hostile program (one fn
// of hundreds of thousands of statements) gets near it; such a body's
// dataflow is skipped, which can only miss errors, never invent them.
constexpr size_t kMaxDataflowWords = size_t{1} << 22;

// The two checks. Each keeps its working memory from one body to the next
// (one object per compile), so checking many small fns allocates little.
class MoveChecker;
class BorrowChecker;

// moves.cpp: E0382 (use after move).
class MoveCheck {
 public:
  MoveCheck(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags);
  ~MoveCheck();
  void run(Body& body);

 private:
  std::unique_ptr<MoveChecker> impl_;
};

// borrows.cpp: E0499, E0502, E0503, E0505, E0506, E0515, E0597.
class BorrowCheck {
 public:
  BorrowCheck(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags);
  ~BorrowCheck();
  void run(Body& body);

 private:
  std::unique_ptr<BorrowChecker> impl_;
};

// linear.cpp: W1020 (a linear value dropped or overwritten without being
// consumed) and W1021 (a linear value given to what could lose it).
class LinearChecker;
class LinearCheck {
 public:
  LinearCheck(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags);
  ~LinearCheck();
  void run(Body& body);

 private:
  std::unique_ptr<LinearChecker> impl_;
};

// linear.cpp, for the builder: a linear argument of type `type` passed to
// parameter `param` of fn `fn` (W1021 when the fn could drop it: a std fn
// not known to hand it on, or a generic fn taking it as a type parameter);
// a linear argument to a builtin such as `mem::forget`; the std container
// in `t` that would keep linear values (`Vec<File>`), or "".
void checkLinearArgument(const SourceFile& file,
                         TypeFacts& facts,
                         DiagnosticEngine& diags,
                         uint32_t fn,
                         uint32_t param,
                         Span span,
                         TypeId type);
void checkLinearBuiltin(TypeFacts& facts, DiagnosticEngine& diags, Span span, TypeId type);
std::string leakyContainer(const SourceFile& file, TypeFacts& facts, TypeId t);

// Empties the first `n` lists of `v` (growing it if needed) but keeps
// their memory.
template <typename T>
void resetLists(std::vector<std::vector<T>>& v, size_t n) {
  if (v.size() < n)
    v.resize(n);
  for (size_t i = 0; i < n; ++i)
    v[i].clear();
}

}  // namespace wr::own
