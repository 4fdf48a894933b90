// The linearity checker: a value of a `#[wasm::linear]` type is consumed
// exactly once (W1020) and never handed to something that could lose it
// (W1021). Using it after it was consumed is the move checker's E0382, so
// this pass checks the other half: that it is not dropped.
//
// A forward dataflow keeps, for every place of a local that holds linear
// values, whether it is definitely empty on every path: moved out, taken
// apart by a by-value pattern (Access::Consume), or never given a value.
// Paths meet by intersection. Where such a local dies — the end of its
// scope, or a path that leaves the scope early (`return`, `?`, `break`,
// `continue`; the builder emits those deaths only for linear locals) — and
// where a place is assigned over, whatever may still hold a linear value is
// an error that names the path and points at where the value came from.
//
// A struct or tuple that is not itself linear is empty when each of its
// linear parts is (`pair.a` and `pair.b` consumed separately); a
// `#[wasm::linear]` type or an enum must be consumed whole.
#include <algorithm>
#include <set>

#include "compiler/check/ownership.h"

namespace wr::own {

namespace {

// Std fns that are known to hand a linear value on rather than drop it.
// Every other std fn that takes one by value (`Option::unwrap_or` drops its
// argument when the option is `Some`) could lose it.
bool consumesCleanly(std::string_view name) {
  static const char* const kFns[] = {
      "Option::unwrap",   "Option::expect",     "Option::map",        "Option::and_then",
      "Result::unwrap",   "Result::expect",     "Result::map",        "Result::map_err",
      "Result::and_then", "Result::unwrap_err", "Result::expect_err", "Box::new",
  };
  for (const char* f : kFns) {
    if (name == f)
      return true;
  }
  return false;
}

bool isStdItem(const SourceFile& file, const Item* item) {
  return item && file.inPrelude(item->span);
}

}  // namespace

std::string leakyContainer(const SourceFile& file, TypeFacts& facts, TypeId t) {
  Program& prog = facts.prog();
  const TypeData d = prog.types.get(t);  // a copy: isLinear may intern types
  switch (d.kind) {
    case TypeKind::Tuple:
      for (TypeId e : d.elems) {
        std::string c = leakyContainer(file, facts, e);
        if (!c.empty())
          return c;
      }
      return "";
    case TypeKind::Array:
      return leakyContainer(file, facts, d.elem);
    case TypeKind::Struct: {
      const StructInfo& s = prog.structs[d.id];
      bool keeps = s.lang == LangItem::OwnedBox || s.lang == LangItem::Option ||
                   s.name == "Result" || !isStdItem(file, s.item);
      for (TypeId e : d.elems) {
        if (!facts.isLinear(e))
          continue;
        if (!keeps)
          return facts.name(t);
        std::string c = leakyContainer(file, facts, e);
        if (!c.empty())
          return c;
      }
      return "";
    }
    default:
      return "";
  }
}

void checkLinearArgument(const SourceFile& file,
                         TypeFacts& facts,
                         DiagnosticEngine& diags,
                         uint32_t fn,
                         uint32_t param,
                         Span span,
                         TypeId type) {
  Program& prog = facts.prog();
  if (fn >= prog.fns.size())
    return;
  const FnInfo& callee = prog.fns[fn];
  const FnInfo& tmpl = prog.fns[callee.templateFn != kNone ? callee.templateFn : fn];
  std::string typeName = facts.name(type);
  if (isStdItem(file, tmpl.item)) {
    if (consumesCleanly(tmpl.name))
      return;
    diags.emit(DiagKind::LinearLeak, "`" + tmpl.name + "` could drop a linear value")
        .primary(span, "a value of linear type `" + typeName + "` is given away here")
        .note("WasmRust cannot show that `" + tmpl.name +
              "` consumes a linear value on every path, so it may drop it")
        .help("take the value out first (`match`, `if let`) and consume it yourself");
    return;
  }
  if (!tmpl.isTemplate() || param >= tmpl.params.size() ||
      prog.types.get(tmpl.params[param]).kind != TypeKind::Param)
    return;
  // Generic fns are checked once with their parameters opaque, so their
  // bodies may drop a `T` without the checker seeing a linear value there.
  diags.emit(DiagKind::LinearLeak, "generic fn `" + tmpl.name + "` could drop a linear value")
      .primary(span, "a value of linear type `" + typeName + "` is passed as a type parameter here")
      .note(
          "generic fns are checked once with their type parameters opaque, so a linear value "
          "is not followed into them")
      .help("give the fn a parameter of type `" + typeName + "`, or pass a reference");
}

void checkLinearBuiltin(TypeFacts& facts, DiagnosticEngine& diags, Span span, TypeId type) {
  diags.emit(DiagKind::LinearLeak, "a linear value cannot be forgotten or dropped explicitly")
      .primary(span, "this value has linear type `" + facts.name(type) + "`")
      .note("a `#[wasm::linear]` value must be consumed by a fn or method that takes it by value")
      .help("call one of its consuming methods instead");
}

class LinearChecker {
 public:
  LinearChecker(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags)
      : file_(file), facts_(facts), prog_(facts.prog()), diags_(diags) {}

  void run(Body& body) {
    body_ = &body;
    for (const Op& s : body.opList) {
      if (s.access == Access::Move && s.place != kNone &&
          facts_.isLinear(body.places[s.place].type))
        checkHandOff(s);
    }
    if (!indexPlaces())
      return;
    analyzeCfg(body, cfg_);
    size_t n = body.blocks.size();
    if (n * words_ > kMaxDataflowWords)
      return;
    // Must-analysis: start every block at "all empty" and intersect.
    in_.assign(n * words_, ~0ull);
    entryState(state_);
    if (!cfg_.rpo.empty())
      std::copy(state_.begin(), state_.end(), in_.begin() + cfg_.rpo[0] * words_);
    for (bool changed = true; changed;) {
      changed = false;
      for (BlockId b : cfg_.rpo) {
        std::copy(in_.begin() + b * words_, in_.begin() + (b + 1) * words_, state_.begin());
        transfer(b, false);
        for (BlockId s : body_->succs(b)) {
          if (!cfg_.reachable(s))
            continue;
          uint64_t* dst = in_.data() + s * words_;
          for (size_t w = 0; w < words_; ++w) {
            uint64_t v = dst[w] & state_[w];
            changed |= v != dst[w];
            dst[w] = v;
          }
        }
      }
    }
    for (BlockId b : cfg_.rpo) {
      std::copy(in_.begin() + b * words_, in_.begin() + (b + 1) * words_, state_.begin());
      transfer(b, true);
    }
  }

 private:
  // Gives every place of a linear local a bit. False when the body has none.
  bool indexPlaces() {
    const Body& b = *body_;
    linearLocal_.assign(b.locals.size(), 0);
    bool any = false;
    for (LocalId l = 0; l < b.fnLocals && l < b.locals.size(); ++l) {
      const LocalFacts& f = b.locals[l];
      if (!f.isTemp && !f.isUpvar && f.staticIndex == kNone && facts_.isLinear(f.type) &&
          !leakyLocal(l)) {
        linearLocal_[l] = 1;
        any = true;
      }
    }
    if (!any)
      return false;
    bit_.assign(b.places.size(), kNone);
    uint32_t count = 0;
    for (PlaceId p = 0; p < b.places.size(); ++p) {
      if (linearLocal_[b.places[p].local] && !b.places[p].throughDeref)
        bit_[p] = count++;
    }
    words_ = (count + 63) / 64;
    roots_.assign(b.locals.size(), kNone);
    for (PlaceId p = 0; p < b.places.size(); ++p) {
      if (b.places[p].parent == kNone)
        roots_[b.places[p].local] = p;
    }
    // Descendants of each place, for "this place and everything in it".
    resetLists(inside_, b.places.size());
    for (PlaceId p = 0; p < b.places.size(); ++p) {
      if (bit_[p] == kNone)
        continue;
      for (PlaceId q = p; q != kNone; q = b.places[q].parent) {
        if (bit_[q] != kNone)
          inside_[q].push_back(bit_[p]);
      }
    }
    return true;
  }

  void entryState(std::vector<uint64_t>& st) {
    st.assign(words_, ~0ull);
    for (PlaceId p = 0; p < body_->places.size(); ++p) {
      if (bit_[p] != kNone && body_->locals[body_->places[p].local].isParam)
        clear(st, bit_[p]);
    }
  }

  static void clear(std::vector<uint64_t>& st, uint32_t i) { st[i / 64] &= ~(1ull << (i % 64)); }
  static bool test(const std::vector<uint64_t>& st, uint32_t i) {
    return (st[i / 64] >> (i % 64)) & 1;
  }
  void setInside(PlaceId p) {
    for (uint32_t i : inside_[p])
      state_[i / 64] |= 1ull << (i % 64);
  }
  // The place holds a value again: so do the places around it.
  void fill(PlaceId p) {
    for (uint32_t i : inside_[p])
      clear(state_, i);
    for (PlaceId q = body_->places[p].parent; q != kNone; q = body_->places[q].parent) {
      if (bit_[q] != kNone)
        clear(state_, bit_[q]);
    }
  }

  bool tracked(PlaceId p) const { return p != kNone && p < bit_.size() && bit_[p] != kNone; }

  // Is the place empty of linear values on every path reaching here?
  bool consumed(PlaceId p, int depth = 0) {
    for (PlaceId q = p; q != kNone; q = body_->places[q].parent) {
      if (bit_[q] != kNone && test(state_, bit_[q]))
        return true;
    }
    TypeId t = body_->places[p].type;
    if (!facts_.isLinear(t))
      return true;
    if (depth > 64)
      return false;
    const TypeData& d = prog_.types.get(t);
    size_t count = 0;
    ProjKind kind = ProjKind::Field;
    if (d.kind == TypeKind::Tuple) {
      count = d.elems.size();
    } else if (d.kind == TypeKind::Array) {
      count = static_cast<size_t>(std::min<uint64_t>(d.len, 1u << 16));
      kind = ProjKind::Index;
    } else if (d.kind == TypeKind::Struct) {
      const StructInfo& s = prog_.structs[d.id];
      if (s.lang == LangItem::OwnedBox) {
        PlaceId inner = body_->places.find(p, ProjKind::Box, 0);
        return inner != kNone && consumed(inner, depth + 1);
      }
      if (s.linear || s.isEnum || isStdItem(file_, s.item))
        return false;
      count = s.fields.size();
    } else {
      return false;
    }
    for (uint32_t i = 0; i < count; ++i) {
      PlaceId c = body_->places.find(p, kind, i);
      if (c == kNone) {
        TypeId ft = kind == ProjKind::Index ? d.elem : facts_.fieldType(t, 0, i, false);
        if (facts_.isLinear(ft))
          return false;
        continue;
      }
      if (!consumed(c, depth + 1))
        return false;
    }
    return true;
  }

  void transfer(BlockId b, bool report) {
    Range<Op> ops = body_->ops(b);
    for (uint32_t i = 0; i < ops.size(); ++i) {
      const Op& s = ops[i];
      if (report)
        check(s);
      if (tracked(s.place)) {
        switch (s.access) {
          case Access::Move:
          case Access::Consume:
          case Access::StorageDead:
            setInside(s.place);
            break;
          case Access::Write:
            fill(s.place);
            break;
          default:
            break;
        }
      }
      if (s.def != kNone && s.def < linearLocal_.size() && linearLocal_[s.def] &&
          s.access != Access::StorageDead) {
        PlaceId r = rootOf(s.def);
        if (r != kNone)
          fill(r);
      }
    }
  }

  PlaceId rootOf(LocalId l) const { return l < roots_.size() ? roots_[l] : kNone; }

  void check(const Op& s) {
    if (!tracked(s.place))
      return;
    if (s.access == Access::StorageDead && !consumed(s.place))
      reportDropped(s);
    else if (s.access == Access::Write && !consumed(s.place))
      reportOverwritten(s);
  }

  // A linear value moved into a closure, or as `self` into a std method
  // that could lose it (arguments are checked by the builder, through
  // checkLinearArgument).
  void checkHandOff(const Op& s) {
    std::string what = describePlace(file_, prog_, *body_, s.place);
    if (s.cause == Cause::ClosureCapture) {
      auto d = diags_.emit(DiagKind::LinearLeak,
                           "a closure cannot take linear value `" + what + "` by value");
      d.primary(s.span, "the closure would own `" + what + "`");
      if (!s.detail.empty())
        d.label(s.detail, "moved into the closure by this use");
      d.note("a closure may be dropped without being called, which would lose the value")
          .help("pass `" + what + "` to the closure as an argument, or consume it outside");
      return;
    }
    if (s.cause == Cause::MethodSelf && s.callee != kNone)
      checkLinearArgument(file_, facts_, diags_, s.callee, 0, s.span, body_->places[s.place].type);
  }

  // A local whose type keeps linear values in a std container.
  bool leakyLocal(LocalId l) {
    // The locals a macro's expansion makes (`vec!`'s `$items`) are the
    // macro's business: its user's own variables are checked.
    if (body_->fn && l < body_->fn->locals.size() && !body_->fn->locals[l].name.empty() &&
        body_->fn->locals[l].name[0] == '$')
      return true;
    std::string container = leakyContainer(file_, facts_, body_->locals[l].type);
    if (container.empty())
      return false;
    Span decl = declSpan(*body_, l);
    if (decl.empty() || !reported_.insert({l, decl.lo}).second)
      return true;
    diags_.emit(DiagKind::LinearLeak, "linear values cannot be kept in `" + container + "`")
        .primary(decl, "this has type `" + facts_.name(body_->locals[l].type) + "`")
        .note("`" + container + "` could drop or leak its linear contents without consuming them")
        .help("keep linear values in locals, fields, tuples, arrays, `Option` or `Box`");
    return true;
  }

  bool once(const Op& s) {
    return reported_.insert({body_->places[s.place].local, s.span.lo}).second;
  }

  // A consuming method of the value's type, for the help: `f.close()`.
  std::string consumingMethod(TypeId t) {
    const TypeData& d = prog_.types.get(t);
    if (d.kind != TypeKind::Struct || !prog_.structs[d.id].item ||
        file_.inPrelude(prog_.structs[d.id].item->span))
      return "";
    std::string best;
    for (const auto& [name, fn] : prog_.structs[d.id].methods) {
      const FnInfo& f = prog_.fns[fn];
      if (f.item && f.item->selfKind == SelfKind::Value && (best.empty() || name < best))
        best = std::string(name);
    }
    return best;
  }

  // The part of `p` that may still hold a linear value, as source text:
  // `pair.b` when `pair.a` was consumed, `p` when nothing of it was.
  std::string unconsumedPart(PlaceId p, TypeId& type) {
    type = body_->places[p].type;
    const TypeData& d = prog_.types.get(type);
    bool aggregate = d.kind == TypeKind::Tuple;
    if (d.kind == TypeKind::Struct) {
      const StructInfo& st = prog_.structs[d.id];
      aggregate = !st.linear && !st.isEnum && !st.closure && !isStdItem(file_, st.item);
    }
    std::string whole = describePlace(file_, prog_, *body_, p);
    if (!aggregate || inside_[p].size() <= 1)
      return whole;
    size_t count = d.kind == TypeKind::Tuple ? d.elems.size() : prog_.structs[d.id].fields.size();
    for (uint32_t i = 0; i < count; ++i) {
      TypeId ft = facts_.fieldType(type, 0, i, false);
      if (!facts_.isLinear(ft))
        continue;
      PlaceId c = body_->places.find(p, ProjKind::Field, i);
      if (c != kNone && consumed(c))
        continue;
      if (c != kNone)
        return unconsumedPart(c, type);
      type = ft;
      return whole + "." +
             (d.kind == TypeKind::Tuple ? std::to_string(i)
                                        : std::string(prog_.structs[d.id].fields[i].name));
    }
    return whole;
  }

  void reportDropped(const Op& s) {
    if (!once(s))
      return;
    LocalId local = body_->places[s.place].local;
    TypeId partType = kNoType;
    std::string what = unconsumedPart(s.place, partType);
    std::string name = describePlace(file_, prog_, *body_, s.place);
    std::string primary;
    switch (s.cause) {
      case Cause::Return:
        primary = file_.text().substr(s.span.lo, 6) == "return"
                      ? "this `return` leaves `" + what + "` unconsumed"
                      : "the fn ends here with `" + what + "` unconsumed";
        break;
      case Cause::Try:
        primary = "this `?` returns early on an error and leaves `" + what + "` unconsumed";
        break;
      case Cause::Break:
        primary = "this jump leaves `" + what + "` behind unconsumed";
        break;
      default:
        primary = "`" + what + "` goes out of scope here without being consumed";
        break;
    }
    auto d = diags_.emit(DiagKind::LinearNotConsumed,
                         "linear value `" + what + "` is dropped without being consumed");
    d.primary(s.span, primary);
    Span decl = declSpan(*body_, local);
    if (!decl.empty())
      d.label(decl,
              std::string(body_->locals[local].isParam ? "`" + name + "` is passed in here"
                                                       : "`" + name + "` gets its value here") +
                  ", of linear type `" + facts_.name(body_->places[s.place].type) + "`");
    // Where it is consumed on other paths, if anywhere.
    int shown = 0;
    for (const Op& o : body_->opList) {
      if (shown == 2 || o.place == kNone || body_->places[o.place].local != local ||
          (o.access != Access::Move && o.access != Access::Consume) ||
          describePlace(file_, prog_, *body_, o.place) != what)
        continue;
      d.label(o.span, "consumed here, but not on every path that reaches the marked point");
      ++shown;
    }
    d.note(
        "a value of a `#[wasm::linear]` type must be consumed exactly once: moved into a fn "
        "or method that takes it by value, returned, or taken apart by a pattern");
    std::string method = consumingMethod(partType);
    const TypeData& pd = prog_.types.get(partType);
    if (!method.empty())
      d.help("consume it on this path too, for example with `" + what + "." + method + "()`");
    else if (pd.kind == TypeKind::Struct && prog_.structs[pd.id].isEnum)
      d.help(
          "`match` it with an arm for every variant that takes the linear value out by value "
          "and consumes it");
    else
      d.help("consume it on this path too, or return it to the caller");
  }

  void reportOverwritten(const Op& s) {
    if (!once(s))
      return;
    std::string what = describePlace(file_, prog_, *body_, s.place);
    auto d = diags_.emit(DiagKind::LinearNotConsumed,
                         "linear value `" + what + "` is overwritten without being consumed");
    d.primary(s.span, "the old value of `" + what + "` would be dropped here");
    Span decl = declSpan(*body_, body_->places[s.place].local);
    if (!decl.empty() && decl.lo != s.span.lo)
      d.label(decl, "`" + what + "` is declared here");
    d.note("a value of a `#[wasm::linear]` type must be consumed exactly once");
    std::string method = consumingMethod(body_->places[s.place].type);
    d.help(method.empty()
               ? "consume the old value before assigning a new one"
               : "consume the old value first, for example with `" + what + "." + method + "()`");
  }

  const SourceFile& file_;
  TypeFacts& facts_;
  Program& prog_;
  DiagnosticEngine& diags_;
  Body* body_ = nullptr;
  Cfg cfg_;
  std::vector<uint8_t> linearLocal_;
  std::vector<uint32_t> bit_;
  std::vector<PlaceId> roots_;
  std::vector<std::vector<uint32_t>> inside_;
  size_t words_ = 0;
  std::vector<uint64_t> in_;
  std::vector<uint64_t> state_;
  std::set<std::pair<LocalId, uint32_t>> reported_;
};

LinearCheck::LinearCheck(const SourceFile& file, TypeFacts& facts, DiagnosticEngine& diags)
    : impl_(std::make_unique<LinearChecker>(file, facts, diags)) {}
LinearCheck::~LinearCheck() = default;

void LinearCheck::run(Body& body) {
  impl_->run(body);
}

}  // namespace wr::own
