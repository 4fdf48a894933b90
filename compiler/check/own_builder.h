// The builder that turns one checked body (a fn's, or a closure's) into
// the ownership checker's control-flow graph (ownership.h). Its methods
// live in own_build.cpp (statements, expressions, calls), own_build_flow.cpp
// (branches, loops, matches) and own_build_patterns.cpp (patterns and
// closures). A closure's body is built, into a Body of its own, when the
// builder of the enclosing body meets the closure: what it captures and how
// (by reference, by unique reference, by value) comes from that body's
// accesses to the captured variables, as with Rust's capture inference.
//
// Evaluation order follows Rust's: operands left to right, a method's
// `self` moved before its arguments are evaluated, and its `&self` or
// `&mut self` borrow taken when the call happens (so `v.push(v.len())`
// passes, like rustc's two-phase borrows).
#pragma once

#include <initializer_list>

#include "compiler/check/ownership.h"

namespace wr::own {

// In a call's `contents`: the argument points to something holding no
// references (as opposed to kNone: its value is its contents).
constexpr LocalId kNoContents = 0xFFFFFFFE;

class Builder {
 public:
  Builder(const SourceFile& file,
          Program& prog,
          TypeFacts& facts,
          DiagnosticEngine& diags,
          FnInfo& fn,
          Body& body,
          BodyPool& out,
          const std::vector<LocalId>* captures);
  void buildFn();
  void buildClosure();

 private:
  struct LoopCtx {
    uint32_t id;
    BlockId header;
    BlockId exit;
    LocalId result;
    size_t scopeMark;  // scope_'s size where the loop's own locals start
  };

  // own_build.cpp: blocks, statements, places and values.
  BlockId newBlock();
  void edge(BlockId from, BlockId to);
  // Blocks are filled in one go: a block is switched to once, before
  // anything is emitted into it.
  void switchTo(BlockId b) {
    cur_ = b;
    body_.blocks[b].first = body_.blocks[b].last = static_cast<uint32_t>(body_.opList.size());
  }
  void diverge();
  Op& emit(Access access, PlaceId place, Span span, Cause cause = Cause::Plain);
  void addUses(Op& s, const LocalId* first, const LocalId* last);
  void addUses(Op& s, const std::vector<LocalId>& temps) {
    addUses(s, temps.data(), temps.data() + temps.size());
  }
  void addUses(Op& s, std::initializer_list<LocalId> temps) {
    addUses(s, temps.begin(), temps.end());
  }
  LocalId newTemp(TypeId type, bool holdsRefs);
  PlaceId rootOf(LocalId local);
  bool holds(LocalId local);
  LocalId envCapture(Expr* e);
  LocalId localOf(Expr* e);
  PlaceId placeOf(Expr* e);
  Expr* boxDerefOf(Expr* e);
  PlaceId derefs(PlaceId p, int n);
  LocalId valueOf(Expr* e);
  LocalId exprValue(Expr* e);
  LocalId consume(PlaceId p,
                  Span span,
                  Cause cause,
                  uint32_t callee = kNone,
                  Span detail = {},
                  LocalId into = kNone);
  LocalId borrow(PlaceId p,
                 bool isMut,
                 TypeId refType,
                 Span span,
                 Cause cause,
                 Span detail = {},
                 LocalId into = kNone);
  bool isPlaceExpr(Expr* e);
  void inspect(Expr* e, Cause cause);
  LocalId combine(const LocalId* first, const LocalId* last, TypeId type, Span span);
  LocalId combine(const std::vector<LocalId>& temps, TypeId type, Span span) {
    return combine(temps.data(), temps.data() + temps.size(), type, span);
  }
  LocalId combine(std::initializer_list<LocalId> temps, TypeId type, Span span) {
    return combine(temps.begin(), temps.end(), type, span);
  }
  void assignTo(PlaceId p, LocalId value, Span span, Span placeSpan);
  void storeThrough(PlaceId dst, LocalId src, Span span);
  void moveOutOfBorrowError(PlaceId p, Span span, Cause cause);
  LocalId blockValue(Block* b, bool isBodyBlock);
  void statement(Stmt* s);
  void endScope(size_t mark, Span end);
  void noteLinearLocals();
  void discardedLinear(Expr* e, const char* how);
  bool isMacroLocal(Expr* e);
  bool isLinearLocal(LocalId l) const { return l < linearLocals_.size() && linearLocals_[l]; }
  void leaveScopes(size_t mark, Span span, Cause cause, bool params);
  bool takesAllLinear(Pattern* p, TypeId type);
  void consumeLinear(Pattern* p, PlaceId place);
  void returnSite(LocalId value, Expr* e);
  void noteDeclared(Pattern* p);
  LocalId callValue(Expr* e);
  LocalId methodCallValue(Expr* e);
  LocalId builtinMethodValue(Expr* e);
  LocalId fnCallResult(uint32_t fn,
                       const std::vector<LocalId>& args,
                       const std::vector<LocalId>& contents,
                       const std::vector<PlaceId>& argPlaces,
                       Expr* call);
  LocalId argValue(Expr* a, LocalId& contents);
  static Span calleeSpan(const Expr* call);
  LocalId macroValue(Expr* e);
  LocalId binaryValue(Expr* e);
  LocalId assignValue(Expr* e);
  LocalId structLitValue(Expr* e);

  // own_build_flow.cpp: control flow.
  LocalId ifValue(Expr* e);
  void condition(Expr* cond, BlockId onTrue, BlockId onFalse);
  LocalId matchValue(Expr* e);
  LocalId whileValue(Expr* e);
  LocalId loopValue(Expr* e);
  LocalId forValue(Expr* e);
  LocalId breakValue(Expr* e);
  LocalId returnValue(Expr* e);
  LocalId tryValue(Expr* e);
  LoopCtx* findLoop(uint32_t id);
  void flowInto(LocalId value, LocalId result);

  // own_build_patterns.cpp: patterns and closures.
  void bindPattern(Pattern* p, PlaceId place);
  void bindFields(Pattern* p, PlaceId place, TypeId type);
  PlaceId fieldPlace(PlaceId base, TypeId baseType, bool inVariant, uint32_t variant, uint32_t i);
  LocalId closureValue(Expr* e);
  void summarizeCaptures(const Body& cb,
                         bool isMove,
                         std::vector<CaptureInfo>& caps,
                         ClosureSummary& sum);
  PlaceId importPlace(const Body& from, PlaceId p);

  const SourceFile& file_;
  Program& prog_;
  TypeFacts& facts_;
  DiagnosticEngine& diags_;
  FnInfo& fn_;
  Body& body_;
  BodyPool& out_;
  // Building a closure's body: the local each of its captures names.
  const std::vector<LocalId>* captures_;
  BlockId cur_ = 0;
  std::vector<LoopCtx> loops_;
  std::vector<LocalId> scope_;          // locals declared, innermost last
  std::vector<bool> borrowed_;          // a loan was taken on the local
  std::vector<uint32_t> staticLocals_;  // static index -> pseudo local
  TypeId retType_ = kNoType;
  std::vector<uint8_t> linearLocals_;  // by local (the body's own)
  bool hasLinearLocals_ = false;
};

// Span of a closure's head, `|a, b|` or `move ||`, where rustc points.
Span closureHead(const SourceFile& file, const Expr* closure);

}  // namespace wr::own
