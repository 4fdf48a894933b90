// Names and descriptions of the effects (effect_kind.def).
#include "compiler/effects/effects.h"

namespace wr {

namespace {
struct EffectRow {
  const char* spelling;
  const char* meaning;
};
constexpr EffectRow kEffects[] = {
#define WR_EFFECT(Name, Spelling, Meaning) {Spelling, Meaning},
#include "compiler/effects/effect_kind.def"
};
}  // namespace

const char* effectSpelling(Effect e) {
  return kEffects[static_cast<size_t>(e)].spelling;
}

const char* effectMeaning(Effect e) {
  return kEffects[static_cast<size_t>(e)].meaning;
}

bool parseEffect(std::string_view name, Effect& out) {
  for (size_t i = 0; i < static_cast<size_t>(Effect::Count); ++i) {
    if (name == kEffects[i].spelling) {
      out = static_cast<Effect>(i);
      return true;
    }
  }
  return false;
}

std::string effectList(EffectSet set) {
  std::string s;
  for (size_t i = 0; i < static_cast<size_t>(Effect::Count); ++i) {
    if (!(set & (1u << i)))
      continue;
    if (!s.empty())
      s += ", ";
    s += kEffects[i].spelling;
  }
  return s;
}

}  // namespace wr
