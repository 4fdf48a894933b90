// The effect graph: for each fn, the effects its own body performs (with
// where) and the fns it calls (with where), read from the checked AST; then
// the fixpoint that gives every fn the effects of everything it may call,
// keeping for each (fn, effect) one reason — a site in its body, and the
// callee it comes through, if any — so a diagnostic can print the chain.
//
// Built by effect_graph.cpp; read by the checks in effect_check.cpp.
#pragma once

#include <array>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiler/effects/effects.h"
#include "compiler/source/source_file.h"

namespace wr {

// Why a fn has an effect: the site in its body, and the fn called there
// (kNone when the body performs the effect itself, as `what` says).
struct EffectReason {
  Span site;
  uint32_t callee = kNone;
  std::string what;  // direct effects: "`println!`", "integer overflow check", ...
};

struct EffectCall {
  uint32_t callee;
  Span site;
};

struct FnEffects {
  bool analyzed = false;  // a body that will be lowered (not a template)
  EffectSet set = 0;
  // Effects of its own and of the standard library's fns it calls that
  // stay inside this fn (see EffectGraph::build).
  EffectSet hidden = 0;
  std::array<EffectReason, static_cast<size_t>(Effect::Count)> reasons;
  std::vector<EffectCall> calls;
};

class DeferredBodies;

class EffectGraph {
 public:
  // `deferred` checks the prelude bodies the graph reaches (check.h).
  EffectGraph(const SourceFile& file, Program& prog, DeferredBodies* deferred)
      : file_(file), prog_(prog), deferred_(deferred) {}
  // Reads every checked body and every body they reach, then propagates
  // effects from callees to callers.
  void build();
  const FnEffects& of(uint32_t fn) const { return fns_[fn]; }
  size_t size() const { return fns_.size(); }
  // The effects a host fn declares: its own `#[wasm::effect]`, else its
  // block's, with `js_call` always.
  EffectSet hostEffects(const FnInfo& fn) const;

 private:
  const SourceFile& file_;
  void readFn(uint32_t fn);
  void readBody(uint32_t fn);
  void walk(Expr* e, uint32_t fn);
  void walkBlock(Block* b, uint32_t fn);
  void direct(uint32_t fn, Effect e, Span site, std::string what);
  void writesStatic(uint32_t fn, Expr* place);
  void call(uint32_t fn, uint32_t callee, Span site);
  void drops(uint32_t fn, TypeId t, Span site);
  void collectDrops(TypeId t, std::unordered_set<TypeId>& seen, std::vector<uint32_t>& out);
  void propagate();

  Program& prog_;
  DeferredBodies* deferred_;
  std::vector<FnEffects> fns_;
  std::vector<uint32_t> reached_;  // deferred fns a call reached, to read next
  std::unordered_map<TypeId, std::vector<uint32_t>> dropCalls_;  // memo of drops()
};

// The effects `item` declares with `#[wasm::effect(...)]`; false when it has
// no such attribute. Unknown names are ignored (the interop checker reports
// them).
bool declaredEffects(const Item* item, EffectSet& out, Span* attrSpan = nullptr);

}  // namespace wr
