// The Checker class shared by the checker's source files: check.cpp
// (statements, operators, blocks), check_calls.cpp (calls, methods, fields,
// indexing, `for` loops, macros) and check_post.cpp (what runs once a body's
// types are known: defaults, literal ranges, casts, format traits).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/check/check.h"
#include "compiler/check/infer.h"
#include "compiler/resolve/resolve.h"
#include "compiler/sema/builtin_methods.h"

namespace wr {

// The impls of each trait, by the struct they are for, so that findImpl
// tries the few that can match instead of every impl in the program (a
// program with 2,000 `impl Score for AccN` asked each of them for each
// call). Built on first use and extended as impls are added.
class ImplIndex {
 public:
  struct Candidates {
    const std::vector<uint32_t>& exact;  // impls for the struct (or all, for other types)
    const std::vector<uint32_t>& other;  // impls for a non-struct type (blanket impls)
  };
  Candidates candidates(const Program& prog, const TypeTable& types, uint32_t trait, TypeId t);

 private:
  static uint64_t key(uint32_t trait, uint32_t structId) {
    return (uint64_t{trait} << 32) | structId;
  }
  size_t built_ = 0;
  std::unordered_map<uint32_t, std::vector<uint32_t>> all_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> byStruct_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> other_;
};

// The trait impls that have a method of a given name, in declaration order:
// `own` lists the impls that define it, `inherited` those whose trait gives
// it a default body. Method lookup asks this instead of asking every impl
// in the program (and the prelude alone has hundreds) for the name.
class MethodImplIndex {
 public:
  const std::vector<uint32_t>& own(const Program& prog, std::string_view name) {
    return lookup(prog, own_, name);
  }
  const std::vector<uint32_t>& inherited(const Program& prog, std::string_view name) {
    return lookup(prog, inherited_, name);
  }

 private:
  using ByName = std::unordered_map<std::string_view, std::vector<uint32_t>>;
  const std::vector<uint32_t>& lookup(const Program& prog,
                                      const ByName& map,
                                      std::string_view name);
  void build(const Program& prog);
  bool built_ = false;
  ByName own_;
  ByName inherited_;
};

class Checker : public DeferredBodies {
 public:
  Checker(const SourceFile& file,
          Ast& ast,
          Program& prog,
          DeferredResolution* resolution,
          DiagnosticEngine& diags)
      : file_(file),
        ast_(ast),
        prog_(prog),
        resolution_(resolution),
        diags_(diags),
        tt_(prog.types) {}
  void run();
  void ensureChecked(uint32_t f) override;

 private:
  // Where an expected type came from, for a secondary label.
  struct Origin {
    Span span;
    std::string label;
  };
  struct PlaceInfo {
    bool isPlace = false;
    uint32_t local = kNone;
    bool isStatic = false;
    bool mutableStatic = false;
    bool throughRef = false;
    bool throughMutRef = false;
  };

  // check.cpp
  void beginBody(FnInfo* fn, uint32_t selfStruct);
  void checkFn(FnInfo& fn);
  void resolveBody(const FnInfo& fn);  // a deferred prelude body's names, first
  void reportMissingTail(FnInfo& fn);
  void checkDetached(Expr* value, TypeId type, uint32_t selfStruct);
  std::string describe(TypeId t);
  std::string show(TypeId t);
  void mismatch(Span span, TypeId expected, TypeId found, const Origin& origin);
  void coerce(Expr*& e, TypeId actual, TypeId expected, const Origin& origin);
  TypeId stripRefs(TypeId t);
  bool isNumeric(TypeId t);
  bool isIntegral(TypeId t);
  PlaceInfo analyzePlace(Expr* e);
  bool derefChainIsMut(TypeId t, int derefs);
  std::string placeText(Expr* e);
  void checkMutable(Expr* place, Span at, bool isBorrow);
  Expr* sharedRefOf(Expr* place);
  void markAddressTaken(Expr* e);
  void bindPattern(Pattern* p, TypeId t, bool hasInit);

  // check_patterns.cpp
  enum class BindMode : uint8_t { Move, Ref, RefMut };
  void checkPattern(Pattern* p, TypeId t, BindMode mode, bool hasInit);
  void checkBinding(Pattern* p, TypeId t, BindMode mode, bool hasInit);
  void checkTuplePattern(Pattern* p, TypeId t, BindMode mode, bool hasInit);
  void checkNominalPattern(Pattern* p, TypeId t, BindMode mode, bool hasInit);
  void checkSlicePattern(Pattern* p, TypeId t, BindMode mode, bool hasInit);
  void checkElements(Pattern* p,
                     const std::vector<TypeId>& types,
                     size_t rest,
                     BindMode mode,
                     bool hasInit);
  size_t restIndex(Pattern* p);
  void patternMismatch(Pattern* p, TypeId expected, const std::string& found);
  bool expectPatternType(Pattern* p, TypeId t, TypeId needed);
  void noteRefBindings(Pattern* p, Expr* scrutinee);
  TypeId checkMatch(Expr* e, TypeId expected);
  TypeId checkLetCondition(Expr* e);
  TypeId checkBlock(Block* b, TypeId expected);
  TypeId record(Expr* e, TypeId t);
  TypeId checkExpr(Expr* e, TypeId expected);
  TypeId checkIntLit(Expr* e, TypeId expected);
  TypeId checkPath(Expr* e);
  TypeId checkUnary(Expr* e, TypeId expected);
  TypeId checkRef(Expr* e, TypeId expected);
  TypeId checkBinary(Expr* e, TypeId expected);
  void binaryError(Expr* e, TypeId lt, TypeId rt);
  bool comparable(TypeId t, BinOp op);
  // The innermost part of `t` that makes it not comparable (`Foo` in
  // `Option<(i32, Foo)>`): what the diagnostic names.
  TypeId incomparablePart(TypeId t, BinOp op);
  TypeId checkAssign(Expr* e);
  TypeId checkArray(Expr* e, TypeId expected);
  TypeId checkIf(Expr* e, TypeId expected);
  TypeId checkStructLit(Expr* e);

  // check_calls.cpp
  TypeId checkCall(Expr* e, TypeId expected);
  TypeId expectedCtorType(uint32_t sid, TypeId expected);
  TypeId checkIntrinsicCall(Expr* e, BuiltinFn b);  // check_intrinsics.cpp
  void finishIntrinsicUses();
  TypeId checkArgs(Expr* call,
                   const std::vector<TypeId>& params,
                   size_t firstParam,
                   TypeId ret,
                   Span defSpan,
                   const std::string& what,
                   TypeId checkedFirst = kNoType);
  TypeId chooseImplByFirstArg(Expr* call);  // check_impl_choice.cpp
  TypeId checkMethodCall(Expr* e);
  TypeId methodCallStep(Expr* e, bool mayDeref);
  TypeId orderingMethod(Expr* e, TypeId t, int derefs);
  TypeId comparisonMethod(Expr* e, TypeId t, int derefs);
  Expr* preludeFnPath(uint32_t fn, Span span);
  uint32_t primitiveMethod(TypeId t, std::string_view name);
  TypeId inherentMethodCall(Expr* e, uint32_t fn, TypeId t, int derefs, const std::string& owner);
  const BuiltinMethodInfo* lookupBuiltinMethod(TypeId t, const std::string& name);
  TypeId checkBuiltinMethod(Expr* e, TypeId recv, Expr* recvExpr, std::vector<Expr*>& args);
  TypeId derefForAccess(Expr* base, int& derefs);
  TypeId checkField(Expr* e);
  TypeId checkIndex(Expr* e);
  TypeId checkRangeIndex(Expr* range);
  TypeId checkFor(Expr* e);
  bool forOverCollection(Expr* it, Expr* seq, TypeId base, ForPlan* plan, TypeId& item);
  TypeId checkMacro(Expr* e);

  // check_generics.cpp: generic uses, instantiation and trait lookup
  struct GenericUse {
    Expr* site;  // where the chosen fn is recorded (a path, method call or operator)
    uint32_t fn;
    std::vector<TypeId> vars;  // one per generic of `fn`
    Span span;
  };
  TypeId inst(TypeId t);  // a written type in this body: parameters substituted, holes filled
  TypeId freshen(TypeId t);
  TypeId freshStructType(uint32_t sid);
  Subst useFn(Expr* site, uint32_t fn, Span span);
  void applyTurbofish(Expr* path, uint32_t fn, const Subst& s);
  void finishGenericUses();
  bool defaultTryConversions();
  bool checkBounds(const GenericUse& use, const std::vector<TypeId>& args);
  uint32_t instantiate(uint32_t fn, const std::vector<TypeId>& args, Span at);
  uint32_t dispatchTraitMethod(uint32_t decl, std::vector<TypeId>& args);
  bool matchType(TypeId pattern, TypeId t, Subst& binds);
  // J of a type parameter's `IntoIterator<J>` bound, or kNoType.
  TypeId paramIntoIter(TypeId param);
  uint32_t findImpl(uint32_t trait, TypeId t, const std::vector<TypeId>* traitArgs, Subst* binds);
  bool implements(TypeId t, uint32_t trait, const std::vector<TypeId>& traitArgs);
  bool builtinImpl(const std::string& trait, TypeId t, const std::vector<TypeId>& traitArgs);
  std::vector<const TraitBound*> paramBounds(TypeId param);
  std::string boundText(uint32_t trait, const std::vector<TypeId>& args);
  TypeId traitMethodCall(Expr* e, TypeId recv, int derefs);
  TypeId refImplMethodCall(Expr* e);
  uint32_t implMethodFor(std::string_view name, TypeId recv);
  void unifyBoundTraitArgs(TypeId qself, uint32_t trait, const Subst& s);
  TypeId traitMethodUse(Expr* e,
                        uint32_t fnIndex,
                        const std::vector<TypeId>& boundArgs,
                        TypeId recv,
                        int derefs);
  TypeId overloadedBinary(Expr* e, TypeId lt, TypeId rt, bool isAssign, bool& handled);
  TypeId overloadedUnary(Expr* e, TypeId t, bool& handled);
  void checkTraitImpls();

  // check_deref.cpp: overloaded `*` and indexing (Deref, Index and their _mut)
  uint32_t operatorMethod(TypeId t,
                          const char* trait,
                          const char* method,
                          const std::vector<TypeId>* traitArgs);
  Expr* builtinDeref(Expr* ptr);
  Expr* operatorCall(Expr* recv, uint32_t fn, const std::vector<Expr*>& args, Span span);
  bool derefThrough(Expr*& slot, int derefs);
  TypeId overloadedIndex(Expr* e, int derefs, uint32_t fn);
  TypeId derefTarget(TypeId t);
  bool derefCoercion(Expr*& e, TypeId actual, TypeId expected);
  bool makeOverloadsMut(Expr* place, Span at, bool isBorrow);
  bool upgradeToMut(Expr* call, Expr* place, Span at, bool isBorrow);
  TypeId overloadedEq(Expr* e, TypeId lt, TypeId rt, bool& handled);

  // check_glue.cpp: impl methods lowering calls by itself
  uint32_t glueMethod(TypeId t,
                      const char* trait,
                      const char* method,
                      const std::vector<TypeId>* traitArgs);
  void forEachPart(TypeId t, const std::function<void(TypeId)>& each);
  void requireDrop(TypeId t);
  void requireClone(TypeId t);
  void requireEq(TypeId t);
  void requireOrd(TypeId t);
  void requireFmt(TypeId t, bool debug);
  TypeId checkWriteMacro(Expr* e);
  TypeId checkFmtDelegate(Expr* e, bool debug);
  void requireGlue();

  // check_iter.cpp: the Iterator trait
  TypeId iteratorItem(TypeId t);
  bool blanketApplies(const ImplInfo& impl, TypeId recv);
  bool implsOverlap(const ImplInfo& first, const ImplInfo& later);
  bool inPrelude(const ImplInfo& impl) const;
  bool blanketImplFor(uint32_t trait, TypeId t, const std::vector<TypeId>& traitArgs);
  void inferAssocBindings(const FnInfo& f, const Subst& s);
  TypeId optionOf(TypeId t);
  TypeId paramNext(Expr* e, TypeId recv, int derefs);
  void checkIterableArgs(Expr* call, const FnInfo& f, const Subst& s, size_t firstParam = 1);
  bool isPreludeIntoIterator(uint32_t trait);
  void noteIterableParams(const FnInfo& f, const Subst& s);
  TypeId iterableArgType(TypeId param, TypeId actual);
  void finishIterFors();
  void solveFromBounds(const std::vector<uint32_t>& generics, const Subst& s);
  void solveTraitArgs(const TraitBound& b, TypeId actual, const Subst& s);
  void solveUseBounds();
  bool mayUnify(TypeId a, TypeId b, int depth);
  TypeId checkRangeValue(Expr* e, TypeId expected);
  std::vector<ForPlan*> iterFors_;  // `for` loops over iterators in this body
  int iterDepth_ = 0;               // nesting of iteratorItem / solveFromBounds
  int implBoundDepth_ = 0;          // solveTraitArgs following a chosen impl's own bounds
  // The item types found during one outermost iteratorItem/solveFromBounds
  // call: nested adapters ask for the same inner items again and again.
  std::unordered_map<TypeId, TypeId> iterItemMemo_;
  int blanketDepth_ = 0;         // blanket impls that ask for each other end here
  ImplIndex implIndex_;          // findImpl's candidates
  MethodImplIndex methodImpls_;  // trait impls by method name

  // check_assoc.cpp: associated types and consts of traits (docs/traits.md).
  TypeId assocTypeOf(TypeId t,
                     uint32_t trait,
                     std::string_view name,
                     const std::vector<TypeId>* traitArgs);
  TypeId checkAssocConst(Expr* e);
  bool checkAssocBindings(const GenericUse& use,
                          const TraitBound& b,
                          TypeId actual,
                          const std::vector<TypeId>& traitArgs,
                          const Subst& s);
  void checkImplAssocItems(const ImplInfo& impl, Subst& s, std::vector<std::string>& missing);

  // check_dyn.cpp: trait objects and `impl Trait` results (docs/dyn.md).
  struct PendingUnsize {
    Expr* cast;  // the inserted Cast
    TypeId from;
    uint32_t trait;
    Span span;
  };
  bool unsizeCoercion(Expr*& e, TypeId actual, TypeId expected);
  bool unsizes(TypeId from, TypeId to);
  TypeId dynMethodCall(Expr* e, TypeId recv, int derefs);
  bool checkObjectSafe(uint32_t trait, Span at);
  void finishUnsizes();
  uint32_t vtableFor(TypeId concrete, uint32_t trait, Span at);
  bool isOpaqueFn(const FnInfo& f) const;
  bool boxDynMethod(uint32_t fn, const std::vector<TypeId>& args) const;
  void beginOpaqueReturn();
  void finishOpaqueReturn();
  std::vector<PendingUnsize> pendingUnsizes_;
  std::map<std::pair<TypeId, uint32_t>, uint32_t> vtableIndex_;
  std::unordered_set<uint32_t> objectSafeReported_;
  TypeId opaqueRet_ = kNoType;  // the `impl Trait` result of the body being checked
  TypeId opaqueVar_ = kNoType;  // ... stands for this variable while it is checked

  // check_privacy.cpp
  bool visibleHere(const Item* owner, bool isPub, PubScope scope) const;
  void checkFieldVisible(const StructInfo& s, size_t field, Span at);
  void checkLiteralFieldVisible(const StructInfo& s, size_t field, Span at);
  void checkMethodVisible(const FnInfo& method, Span at);

  // check_closures.cpp
  struct FnHint {
    std::vector<TypeId> params;
    TypeId ret;
  };
  TypeId checkClosure(Expr* e, TypeId expected);
  TypeId checkTry(Expr* e);
  bool tryConvertsError(Expr* e, TypeId t, TypeId ret);
  bool closureSignature(TypeId t, std::vector<TypeId>& params, TypeId& ret, int& derefs);
  TypeId checkClosureCall(Expr* call, Expr* callee, TypeId calleeType);
  void noteFnHints(const FnInfo& f, const Subst& s);
  void finishClosures();

  // check_post.cpp
  void finishBody();
  void checkLiteralRange(Expr* e);
  void checkCast(Expr* e);
  void checkFormatArgs(Expr* e);
  bool supportsFormat(TypeId t, FormatSpec::Kind kind);
  bool supportsFormatUncached(TypeId t, FormatSpec::Kind kind);

  const SourceFile& file_;
  Ast& ast_;
  Program& prog_;
  DeferredResolution* resolution_;  // resolves the prelude's bodies (resolve.h)
  DiagnosticEngine& diags_;
  TypeTable& tt_;

  FnInfo* fn_ = nullptr;
  uint32_t selfStruct_ = kNone;
  TypeId retType_ = kNoType;
  bool finished_ = false;  // run() is done: bodies are checked on request only
  std::unique_ptr<InferCtx> infer_;
  std::vector<Expr*> visited_;
  std::vector<Pattern*> visitedPats_;
  // Statements and expressions whose patterns must be exhaustive
  // (exhaustive.cpp): `match` expressions and irrefutable `let`s.
  std::vector<Expr*> matches_;
  std::vector<Stmt*> lets_;
  std::vector<Expr*> negatedLits_;
  std::vector<TypeId> loopBreak_;
  std::vector<bool> loopHasBreak_;
  std::vector<bool> loopIsLoop_;  // `loop` (may break with a value) vs while/for
  // Generics: the uses of generic fns in this body, and, in an instance's
  // body, the template's parameters mapped to the instance's arguments.
  std::vector<GenericUse> genericUses_;
  std::vector<Expr*> intrinsicUses_;  // calls of generic `wasm::` intrinsics
  // Unsized places (`*v` of a Vec, `a[1..3]`) and where they may appear:
  // under `&`, as a receiver or base, as a loop's sequence.
  std::vector<Expr*> unsizedPlaces_;
  std::unordered_set<const Expr*> unsizedOk_;
  // Inference variables of parameters bounded by the prelude's
  // IntoIterator: a `&[T; N]` argument for one is taken as `&[T]`.
  std::unordered_set<TypeId> iterableVars_;
  std::unordered_set<TypeId> formatVisiting_;
  std::vector<std::pair<Expr*, uint32_t>> closures_;  // this body's closures and their types
  std::unordered_map<TypeId, FnHint> fnHints_;        // var -> signature from an `Fn` bound
  Subst instSubst_;
  std::map<std::pair<uint32_t, std::vector<TypeId>>, uint32_t> instances_;
};

}  // namespace wr
