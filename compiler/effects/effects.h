// The effect system: what side effects each fn may perform, as a small bit
// set (effect_kind.def). `#[wasm::effect(...)]` declares a fn's effects (an
// empty list declares it pure); checkEffects infers every fn's effects from
// its body and its callees — after the checker has made the generic
// instances, so each call names one concrete fn — and reports a fn that
// performs an effect it did not declare (W1010), with the call chain down to
// where the effect happens, and a program that could perform an effect the
// build denies (W1011). Lowering then uses the inferred sets to drop calls of
// pure fns whose results are unused (docs/effects.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/diagnostics/diagnostic.h"
#include "compiler/parse/ast.h"
#include "compiler/sema/program.h"

namespace wr {

class DeferredBodies;

enum class Effect : uint8_t {
#define WR_EFFECT(Name, Spelling, Meaning) Name,
#include "compiler/effects/effect_kind.def"
  Count
};

using EffectSet = uint32_t;
// Not an effect users name: the fn (or a callee) writes a static. Such a
// call is not pure for lowering's purposes even when it declares no
// effect; diagnostics never mention it.
constexpr EffectSet kWritesStatic = 1u << 31;
constexpr EffectSet kVisibleEffects = (1u << static_cast<uint32_t>(Effect::Count)) - 1;
constexpr EffectSet effectBit(Effect e) {
  return 1u << static_cast<uint32_t>(e);
}

const char* effectSpelling(Effect e);
const char* effectMeaning(Effect e);
// The effect spelled `name` ("js_call"); false when there is none.
bool parseEffect(std::string_view name, Effect& out);
// "io, panic": the effects of a set, in table order.
std::string effectList(EffectSet set);

// What the effect checker leaves for lowering: each fn's inferred effects
// (indexed like Program::fns; fns it never saw have none).
struct EffectInfo {
  std::vector<EffectSet> effects;
  // No effect at all, not even a write to a static: a call whose result is
  // unused can be dropped (when it is given no `&mut`).
  bool isPure(uint32_t fn) const { return fn < effects.size() && effects[fn] == 0; }
};

// Infers the effects of every fn with a body that will be lowered, checks
// the declared ones and the denied set; fills `out` for lowering.
// `deferred` checks the prelude bodies the program's calls reach (check.h).
void checkEffects(const SourceFile& file,
                  Program& program,
                  DeferredBodies* deferred,
                  EffectSet denied,
                  DiagnosticEngine& diags,
                  EffectInfo& out);

}  // namespace wr
