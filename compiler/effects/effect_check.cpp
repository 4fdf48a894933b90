// The effect checks (effects.h): after the graph has given every fn its
// effects, a fn that declares `#[wasm::effect(...)]` must perform no other
// (W1010), and no fn reachable from `main` or an export may perform an
// effect the build denies (W1011). Both diagnostics show the call chain from
// the fn down to the site where the effect happens.
//
// Where a fn's declaration comes from: its own attribute; for an impl's
// method without one, the trait method it implements (so a trait can
// promise that every implementation is pure); instances of a generic fn
// share their template's attribute, and each instance is checked with its
// own type arguments (reported once per fn and effect).
#include <set>
#include <utility>

#include "compiler/effects/effect_graph.h"
#include "compiler/sema/interop.h"

namespace wr {

namespace {

constexpr size_t kMaxChain = 12;

class EffectChecker {
 public:
  EffectChecker(const SourceFile& file,
                Program& prog,
                DeferredBodies* deferred,
                DiagnosticEngine& diags)
      : file_(file), prog_(prog), diags_(diags), graph_(file, prog, deferred) {}

  void run(EffectSet denied, EffectInfo& out) {
    graph_.build();
    for (uint32_t f = 0; f < graph_.size(); ++f) {
      if (graph_.of(f).analyzed && !prog_.fns[f].isHostImport())
        checkDeclared(f);
    }
    if (denied)
      checkDenied(denied);
    out.effects.assign(graph_.size(), 0);
    for (uint32_t f = 0; f < graph_.size(); ++f) {
      // Fns the graph did not read (templates) are never called by lowered
      // code; mark them impure so nothing relies on them.
      out.effects[f] = graph_.of(f).analyzed ? graph_.of(f).set : ~0u;
    }
  }

 private:
  struct Declaration {
    EffectSet set = 0;
    Span attr;
    const Item* from = nullptr;  // the item carrying the attribute
    bool inherited = false;      // from the trait method this fn implements
  };

  bool declarationOf(uint32_t f, Declaration& d) const {
    const FnInfo& fn = prog_.fns[f];
    if (declaredEffects(fn.item, d.set, &d.attr)) {
      d.from = fn.item;
      return true;
    }
    if (fn.impl == kNone || fn.impl >= prog_.impls.size())
      return false;
    const ImplInfo& impl = prog_.impls[fn.impl];
    if (impl.trait == kNone)
      return false;
    const TraitInfo& trait = prog_.traits[impl.trait];
    auto m = trait.methods.find(fn.item->name);
    if (m == trait.methods.end())
      return false;
    const Item* decl = prog_.fns[m->second].item;
    if (!declaredEffects(decl, d.set, &d.attr))
      return false;
    d.from = decl;
    d.inherited = true;
    return true;
  }

  std::string where(Span s) const {
    if (file_.inPrelude(s))
      return "in the standard library";
    LineCol lc = file_.lineCol(s.lo);
    return "at " + file_.pathAt(s.lo) + ":" + std::to_string(lc.line) + ":" +
           std::to_string(lc.col);
  }

  std::string fnName(uint32_t f) const { return "`" + prog_.fns[f].name + "`"; }

  // "`a` calls `b` at FILE:L:C", ..., "`c` performs `io`: `println!` at ...".
  std::vector<std::string> chain(uint32_t f, Effect e) const {
    std::vector<std::string> notes;
    std::set<uint32_t> seen;
    uint32_t at = f;
    while (notes.size() < kMaxChain && seen.insert(at).second) {
      const EffectReason& r = graph_.of(at).reasons[static_cast<size_t>(e)];
      if (r.callee == kNone) {
        if (prog_.fns[at].isHostImport()) {
          notes.push_back(fnName(at) + " performs `" + effectSpelling(e) + "`: it " + r.what +
                          " imported from `" + importModule(prog_.fns[at]) + "`");
        } else {
          notes.push_back(fnName(at) + " performs `" + effectSpelling(e) + "`: " + r.what + " " +
                          where(r.site));
        }
        return notes;
      }
      notes.push_back(fnName(at) + " calls " + fnName(r.callee) + " " + where(r.site));
      at = r.callee;
    }
    notes.push_back("...");
    return notes;
  }

  // The site in `f`'s body where effect `e` enters it.
  Span entry(uint32_t f, Effect e) const {
    return graph_.of(f).reasons[static_cast<size_t>(e)].site;
  }

  void checkDeclared(uint32_t f) {
    Declaration d;
    if (!declarationOf(f, d))
      return;
    EffectSet extra = graph_.of(f).set & ~d.set & kVisibleEffects;
    if (!extra)
      return;
    const Item* key = prog_.fns[f].templateFn != kNone ? prog_.fns[prog_.fns[f].templateFn].item
                                                       : prog_.fns[f].item;
    if (!reported_.insert({key, extra}).second)
      return;
    Effect first = Effect::Count;
    std::vector<std::string> names;
    for (size_t b = 0; b < static_cast<size_t>(Effect::Count); ++b) {
      if (extra & (1u << b)) {
        if (first == Effect::Count)
          first = static_cast<Effect>(b);
        names.push_back(std::string("`") + effectSpelling(static_cast<Effect>(b)) + "`");
      }
    }
    std::string list;
    for (size_t i = 0; i < names.size(); ++i)
      list += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    std::string declared = d.set ? "`" + effectList(d.set) + "`" : "no effects (pure)";
    auto diag =
        diags_.emit(DiagKind::UndeclaredEffect,
                    fnName(f) + " performs " + list + ", which its declaration does not allow");
    diag.primary(entry(f, first), std::string("`") + effectSpelling(first) + "` happens here");
    if (!file_.inPrelude(d.attr))
      diag.label(d.attr,
                 d.inherited ? "the trait method declares " + declared : "declared: " + declared);
    for (std::string& n : chain(f, first))
      diag.note(std::move(n));
    std::string wanted = "#[wasm::effect(" + effectList(d.set | extra) + ")]";
    if (!d.inherited && !file_.inPrelude(d.attr)) {
      diag.suggest("declare the effect if the fn may perform it", d.attr, wanted,
                   Applicability::MaybeIncorrect);
    } else {
      diag.help("remove the effect from this fn, or declare it on the trait method: `" + wanted +
                "`");
    }
  }

  void checkDenied(EffectSet denied) {
    std::vector<uint32_t> roots;
    if (prog_.mainFn != kNone)
      roots.push_back(prog_.mainFn);
    for (uint32_t f = 0; f < prog_.fns.size(); ++f) {
      const FnInfo& fn = prog_.fns[f];
      if (f != prog_.mainFn && fn.item && fn.item->kind == ItemKind::Fn && !fn.isTemplate() &&
          findWasmAttr(fn.item, "export"))
        roots.push_back(f);
    }
    for (size_t b = 0; b < static_cast<size_t>(Effect::Count); ++b) {
      auto e = static_cast<Effect>(b);
      if (!(denied & effectBit(e)))
        continue;
      for (uint32_t root : roots) {
        if (!(graph_.of(root).set & effectBit(e)))
          continue;
        // The site of the effect itself: the end of the chain.
        uint32_t at = root;
        std::set<uint32_t> seen;
        while (seen.insert(at).second) {
          const EffectReason& r = graph_.of(at).reasons[b];
          if (r.callee == kNone)
            break;
          at = r.callee;
        }
        const EffectReason& last = graph_.of(at).reasons[b];
        std::string s = effectSpelling(e);
        auto diag = diags_.emit(DiagKind::DeniedEffect,
                                "the program may perform `" + s + "`, which this build denies");
        diag.primary(file_.inPrelude(last.site) ? prog_.fns[root].item->nameSpan : last.site,
                     "`" + s + "` happens here");
        for (std::string& n : chain(root, e))
          diag.note(std::move(n));
        diag.note("`--deny-effect " + s +
                  "` forbids code reachable from `main` or an export that " + effectMeaning(e));
        diag.help("remove the call, or build without `--deny-effect " + s + "`");
        break;  // one diagnostic per denied effect
      }
    }
  }

  const SourceFile& file_;
  Program& prog_;
  DiagnosticEngine& diags_;
  EffectGraph graph_;
  std::set<std::pair<const Item*, EffectSet>> reported_;
};

}  // namespace

void checkEffects(const SourceFile& file,
                  Program& program,
                  DeferredBodies* deferred,
                  EffectSet denied,
                  DiagnosticEngine& diags,
                  EffectInfo& out) {
  EffectChecker(file, program, deferred, diags).run(denied, out);
}

}  // namespace wr
