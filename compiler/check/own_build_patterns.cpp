// Building the ownership graph (own_builder.h): patterns and closures.
//
// A pattern applied to a place binds each of its names from a part of that
// place: a by-value binding moves (or copies) the part, a `ref` binding —
// or one in the default binding mode of a pattern that saw through a
// reference — borrows it. So `let (a, ref b) = pair;` moves `pair.0` and
// borrows `pair.1`, and `match opt { Some(s) => .. }` moves `opt`'s field.
//
// A closure's body is built first, as a body of its own in which the
// captured variables are initialized on entry; what the body does to each
// captured place decides how the closure captures it (edition 2021: the
// precise place, `s.a` rather than `s`, up to the first dereference or
// index): moved out of → by value (the closure is FnOnce), mutated → by
// unique borrow (FnMut), otherwise by shared borrow; a `move` closure takes
// everything by value. The captures then happen where the closure is made.
#include "compiler/check/own_builder.h"

namespace wr::own {

PlaceId Builder::fieldPlace(PlaceId base,
                            TypeId baseType,
                            bool inVariant,
                            uint32_t variant,
                            uint32_t i) {
  TypeId ft = facts_.fieldType(baseType, variant, i, inVariant);
  return body_.places.project(base, ProjKind::Field, i, ft);
}

void Builder::bindPattern(Pattern* p, PlaceId place) {
  if (!p)
    return;
  place = derefs(place, p->derefs);
  switch (p->kind) {
    case PatternKind::Path:
      consumeLinear(p, place);
      return;
    case PatternKind::Wild:
    case PatternKind::Rest:
    case PatternKind::Lit:
    case PatternKind::Range:
      return;
    case PatternKind::Binding: {
      LocalId l = p->local;
      if (l >= body_.fnLocals)
        return;
      if (p->bindsRef) {
        bool mut = p->bindsRefMut;
        borrow(place, mut, body_.locals[l].type, p->span, Cause::Binding, {}, l);
      } else {
        consume(place, p->span, Cause::Binding, kNone, {}, l);
      }
      if (p->sub && p->sub->kind != PatternKind::Rest)
        bindPattern(p->sub, place);
      return;
    }
    case PatternKind::Ref:
      bindPattern(p->sub, derefs(place, 1));
      return;
    case PatternKind::Or:
      for (Pattern* alt : p->elems)
        bindPattern(alt, place);
      return;
    case PatternKind::Tuple:
    case PatternKind::TupleStruct:
    case PatternKind::Struct:
      bindFields(p, place, body_.places[place].type);
      consumeLinear(p, place);
      return;
    case PatternKind::Slice: {
      const TypeData& d = prog_.types.get(body_.places[place].type);
      TypeId elem =
          d.kind == TypeKind::Array || d.kind == TypeKind::Slice ? d.elem : prog_.types.error();
      size_t rest = p->restIndex();
      size_t n = p->elems.size();
      for (size_t i = 0; i < n; ++i) {
        Pattern* e = p->elems[i];
        uint32_t index;
        if (i < rest)
          index = static_cast<uint32_t>(i);
        else if (i == rest)
          index = 0xFFFFFFFE;  // the subslice `rest @ ..`
        else if (d.kind == TypeKind::Array)
          index = static_cast<uint32_t>(d.len - (n - i));
        else
          index = kNone;  // counted from the end of a slice
        TypeId t = i == rest ? body_.places[place].type : elem;
        PlaceId ep = body_.places.project(place, ProjKind::Index, index, t);
        if (i == rest) {
          if (e->kind == PatternKind::Binding)
            bindPattern(e, ep);
          continue;
        }
        bindPattern(e, ep);
      }
      return;
    }
  }
}

// The parts of a tuple, tuple-struct, struct or enum-variant pattern.
void Builder::bindFields(Pattern* p, PlaceId place, TypeId type) {
  const TypeData& d = prog_.types.get(type);
  bool inVariant = p->resKind == PatRes::Variant;
  uint32_t variant = p->variant;
  PlaceId base = place;
  size_t count = 0;
  if (d.kind == TypeKind::Tuple) {
    count = d.elems.size();
  } else if (d.kind == TypeKind::Struct && d.id < prog_.structs.size()) {
    const StructInfo& s = prog_.structs[d.id];
    if (inVariant) {
      if (variant >= s.variants.size())
        return;
      count = s.variants[variant].fields.size();
      base = body_.places.project(place, ProjKind::Variant, variant, type);
    } else {
      count = s.fields.size();
    }
  } else {
    return;
  }
  if (p->kind == PatternKind::Struct) {
    for (FieldPattern& f : p->fields) {
      if (f.fieldIndex < count)
        bindPattern(f.pattern, fieldPlace(base, type, inVariant, variant, f.fieldIndex));
    }
    return;
  }
  size_t rest = p->restIndex();
  size_t n = p->elems.size();
  for (size_t i = 0; i < n; ++i) {
    if (i == rest)
      continue;
    size_t index = i < rest ? i : count - (n - i);
    if (index < count)
      bindPattern(p->elems[i],
                  fieldPlace(base, type, inVariant, variant, static_cast<uint32_t>(index)));
  }
}

// A by-value pattern that takes a linear value apart consumes it: `let
// File(fd) = self;` ends a `File`, and a `match` arm consumes an
// `Option<File>` when it names a variant and takes every linear part of it
// by value (`Some(f)`, `None`). A `ref` binding, `_` or `..` over a linear
// part leaves the value where it was.
void Builder::consumeLinear(Pattern* p, PlaceId place) {
  if (!hasLinearLocals_ || body_.places[place].throughDeref)
    return;
  TypeId type = body_.places[place].type;
  if (!facts_.isLinear(type) || !takesAllLinear(p, type))
    return;
  emit(Access::Consume, place, p->span);
}

bool Builder::takesAllLinear(Pattern* p, TypeId type) {
  if (!p || !facts_.isLinear(type))
    return true;
  switch (p->kind) {
    case PatternKind::Binding:
      return !p->bindsRef;
    case PatternKind::Path:
      return true;  // a unit variant or unit struct: nothing inside
    case PatternKind::Or:
      for (Pattern* alt : p->elems) {
        if (!takesAllLinear(alt, type))
          return false;
      }
      return true;
    case PatternKind::Tuple:
    case PatternKind::TupleStruct:
    case PatternKind::Struct:
      break;
    default:
      return false;
  }
  const TypeData& d = prog_.types.get(type);
  bool inVariant = p->resKind == PatRes::Variant;
  size_t count = 0;
  if (d.kind == TypeKind::Tuple) {
    count = d.elems.size();
  } else if (d.kind == TypeKind::Struct && d.id < prog_.structs.size()) {
    const StructInfo& s = prog_.structs[d.id];
    if (inVariant && p->variant >= s.variants.size())
      return false;
    count = inVariant ? s.variants[p->variant].fields.size() : s.fields.size();
  } else {
    return false;
  }
  for (uint32_t i = 0; i < count; ++i) {
    TypeId ft = facts_.fieldType(type, p->variant, i, inVariant);
    if (!facts_.isLinear(ft))
      continue;
    Pattern* sub = nullptr;
    if (p->kind == PatternKind::Struct) {
      for (FieldPattern& f : p->fields) {
        if (f.fieldIndex == i)
          sub = f.pattern;
      }
    } else {
      size_t rest = p->restIndex(), n = p->elems.size();
      for (size_t k = 0; k < n; ++k) {
        if (k == rest)
          continue;
        size_t index = k < rest ? k : count - (n - k);
        if (index == i)
          sub = p->elems[k];
      }
    }
    if (!sub || !takesAllLinear(sub, ft))
      return false;
  }
  return true;
}

// ------------------------------------------------------------------ closures

Span closureHead(const SourceFile& file, const Expr* closure) {
  std::string_view text = file.text();
  uint32_t i = closure->span.lo;
  if (text.substr(i, 4) == "move") {
    i += 4;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
      ++i;
  }
  if (i >= text.size() || text[i] != '|')
    return closure->span;
  size_t j = text.find('|', i + 1);
  if (j == std::string_view::npos || j >= closure->span.hi)
    return closure->span;
  return Span{closure->span.lo, static_cast<uint32_t>(j + 1)};
}

PlaceId Builder::importPlace(const Body& from, PlaceId p) {
  std::vector<PlaceId> chain;
  from.places.chain(p, chain);
  PlaceId q = rootOf(from.places[chain[0]].local);
  for (size_t i = 1; i < chain.size(); ++i) {
    const PlaceNode& n = from.places[chain[i]];
    q = body_.places.project(q, n.proj, n.index, n.type);
  }
  return q;
}

void Builder::summarizeCaptures(const Body& cb,
                                bool isMove,
                                std::vector<CaptureInfo>& caps,
                                ClosureSummary& sum) {
  std::vector<PlaceId> chain;
  {
    for (const Op& s : cb.opList) {
      if (s.place == kNone || s.access == Access::StorageDead || s.access == Access::Use ||
          s.access == Access::Consume)
        continue;
      LocalId l = cb.places[s.place].local;
      if (l >= cb.locals.size() || !cb.locals[l].isUpvar)
        continue;
      bool moves = s.access == Access::Move;
      bool mutates = s.access == Access::InspectMut || s.access == Access::BorrowMut ||
                     s.access == Access::Write;
      CaptureInfo::Mode mode = isMove || moves ? CaptureInfo::Mode::ByValue
                               : mutates       ? CaptureInfo::Mode::RefMut
                                               : CaptureInfo::Mode::Ref;
      // The captured place: the used one, up to its first dereference,
      // index or variant. (Rust keeps dereferences in by-reference
      // captures, `(*r).x`; WasmRust's closures capture the variable `r`
      // itself, so assigning `r` while the closure lives must stay an
      // error here, or the closure would see the new value.)
      cb.places.chain(s.place, chain);
      PlaceId q = chain[0];
      bool cutAtDeref = false;
      for (size_t i = 1; i < chain.size(); ++i) {
        ProjKind k = cb.places[chain[i]].proj;
        if (k != ProjKind::Field) {
          cutAtDeref = k == ProjKind::Deref;
          break;
        }
        q = chain[i];
      }
      if (mutates)
        sum.isFnMut = true;
      if (moves && !sum.isFnOnce) {
        sum.isFnOnce = true;
        sum.moveUse = s.span;
        sum.movedName = describePlace(file_, prog_, cb, s.place);
      }
      // Merge with the captures it overlaps: the shorter place wins, with
      // the stronger mode.
      // Where the closure uses it: the place, not the whole assignment.
      Span use = (s.access == Access::Write || s.cause == Cause::CompoundAssign ||
                  (s.access == Access::InspectMut && s.cause == Cause::MethodSelf)) &&
                         !s.detail.empty()
                     ? s.detail
                     : s.span;
      CaptureInfo c{q, mode, moves, use, cutAtDeref && mode != CaptureInfo::Mode::ByValue};
      for (size_t i = 0; i < caps.size();) {
        if (cb.places.isPrefix(caps[i].place, c.place) ||
            cb.places.isPrefix(c.place, caps[i].place)) {
          if (cb.places.isPrefix(caps[i].place, c.place))
            c.place = caps[i].place;
          c.mode = std::max(c.mode, caps[i].mode);
          c.moves = c.moves || caps[i].moves;
          c.cutAtDeref = c.cutAtDeref || caps[i].cutAtDeref;
          if (caps[i].use.lo < c.use.lo)
            c.use = caps[i].use;
          caps.erase(caps.begin() + static_cast<std::ptrdiff_t>(i));
          continue;
        }
        ++i;
      }
      caps.push_back(c);
    }
  }
  for (const CaptureInfo& c : caps) {
    TypeId t = cb.places[c.place].type;
    if (c.mode == CaptureInfo::Mode::RefMut)
      sum.isCopy = false;
    if (c.mode == CaptureInfo::Mode::ByValue && !facts_.isCopy(t))
      sum.isCopy = false;
    // Every capture is a reference in WasmRust's closures (see Loan::
    // closureVariable), so any capture makes the closure hold one.
    sum.hasRefs = true;
  }
  std::sort(caps.begin(), caps.end(),
            [](const CaptureInfo& a, const CaptureInfo& b) { return a.use.lo < b.use.lo; });
}

LocalId Builder::closureValue(Expr* e) {
  std::vector<LocalId> locals;
  for (Expr* a : e->args)
    locals.push_back(localOf(a));
  Body& cb = out_.take();
  cb.closure = e;
  Builder sub(file_, prog_, facts_, diags_, fn_, cb, out_, &locals);
  sub.buildClosure();
  std::vector<CaptureInfo> caps;
  ClosureSummary sum;
  summarizeCaptures(cb, e->isMove, caps, sum);
  const TypeData& d = prog_.types.get(e->type);
  if (d.kind == TypeKind::Struct)
    facts_.closures()[d.id] = sum;
  Span head = closureHead(file_, e);
  std::vector<LocalId> temps;
  for (const CaptureInfo& c : caps) {
    PlaceId p = importPlace(cb, c.place);
    TypeId t = body_.places[p].type;
    switch (c.mode) {
      case CaptureInfo::Mode::Ref:
      case CaptureInfo::Mode::RefMut: {
        bool mut = c.mode == CaptureInfo::Mode::RefMut;
        size_t loan = body_.loans.size();
        temps.push_back(
            borrow(p, mut, prog_.types.ref(t, mut), head, Cause::ClosureCapture, c.use));
        if (c.cutAtDeref && loan < body_.loans.size())
          body_.loans[loan].closureVariable = true;
        break;
      }
      case CaptureInfo::Mode::ByValue: {
        temps.push_back(consume(p, head, Cause::ClosureCapture, kNone, c.use));
        // A value a `move` closure copies or takes: WasmRust's closure
        // still reads the variable.
        const TypeData& td = prog_.types.get(t);
        bool mutRef = td.kind == TypeKind::Ref && td.sub;
        if (!mutRef) {
          size_t loan = body_.loans.size();
          temps.push_back(
              borrow(p, false, prog_.types.ref(t, false), head, Cause::ClosureVariable, c.use));
          if (loan < body_.loans.size())
            body_.loans[loan].closureVariable = true;
        }
        break;
      }
    }
  }
  return combine(temps, e->type, e->span);
}

// ------------------------------------------------------------------ entry

void buildBodies(const SourceFile& file,
                 Program& prog,
                 TypeFacts& facts,
                 DiagnosticEngine& diags,
                 FnInfo& fn,
                 BodyPool& out) {
  Body& body = out.take();
  Builder b(file, prog, facts, diags, fn, body, out, nullptr);
  b.buildFn();
}

}  // namespace wr::own
