// Lowering of patterns and the constructs that use them: `match`, `if let`,
// `while let`, `let ... else`, destructuring `let`, and enum values.
//
// A pattern is matched against a Place (a value in wasm locals or in memory).
// matchPattern emits the pattern's tests, each branching to a `fail` label
// when the value does not match, and stores the bindings as it goes; with no
// fail label (irrefutable contexts) the tests are left out. A `match` is a
// chain of arms, each in a block its failed tests leave:
//
//   block $end (result T)
//     block $next  <tests of arm 1, br_if $next> <guard, br_if $next> body  br $end  end
//     block $next  <arm 2> ... end
//     unreachable              ;; exhaustiveness was checked
//   end
#include <functional>

#include "compiler/lower/lowerer.h"

namespace wr {

using wasmir::BlockKind;
using wasmir::Op;
using wasmir::ValType;
using Label = wasmir::FunctionBuilder::Label;

// ------------------------------------------------------------------ enums

// Pushes the tag of the enum value at `p`.
void FnLowerer::loadTag(const Place& p) {
  if (repr(p.type) == Repr::I32) {
    load(p);
    return;
  }
  b_.get(p.base);
  b_.mem(Op::I32Load, p.offset, 2);
}

int32_t FnLowerer::variantTag(TypeId t, uint32_t variant) const {
  const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
  return static_cast<int32_t>(s.variants[variant].discriminant);
}

// Emits body(v) under a test that the tag in `tagLocal` is variant v's, for
// every variant of enum t.
void FnLowerer::forEachVariant(TypeId t,
                               uint32_t tagLocal,
                               const std::function<void(uint32_t)>& body) {
  const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
  for (uint32_t v = 0; v < s.variants.size(); ++v) {
    b_.get(tagLocal);
    b_.i32(variantTag(t, v));
    b_.op(Op::I32Eq);
    b_.ifBlock();
    body(v);
    b_.end();
  }
}

// Equality of two enum values in memory (derived PartialEq): same variant
// and equal fields. Pushes an i32.
void FnLowerer::equalEnum(TypeId t, uint32_t a, uint32_t b) {
  const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
  uint32_t tag = temp(ValType::I32), result = temp(ValType::I32);
  b_.get(a);
  b_.mem(Op::I32Load, 0, 2);
  b_.tee(tag);
  b_.get(b);
  b_.mem(Op::I32Load, 0, 2);
  b_.op(Op::I32Eq);
  b_.set(result);
  b_.get(result);
  b_.ifBlock();
  forEachVariant(t, tag, [&](uint32_t v) {
    const VariantInfo& vi = s.variants[v];
    for (uint32_t i = 0; i < vi.fields.size(); ++i) {
      uint32_t off = m_.layouts.variantFieldOffset(t, v, i);
      uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
      b_.get(a), b_.i32(static_cast<int32_t>(off)), b_.op(Op::I32Add), b_.set(pa);
      b_.get(b), b_.i32(static_cast<int32_t>(off)), b_.op(Op::I32Add), b_.set(pb);
      equalMem(m_.prog.variantFieldType(t, v, i), pa, pb);
      b_.get(result);
      b_.op(Op::I32And);
      b_.set(result);
    }
  });
  b_.end();
  b_.get(result);
}

// A unit variant's value, or a tuple variant built from `args` (in field
// order).
void FnLowerer::variantValue(TypeId t, uint32_t variant, const std::vector<Expr*>& args) {
  std::vector<std::pair<uint32_t, Expr*>> fields;
  for (size_t i = 0; i < args.size(); ++i)
    fields.emplace_back(static_cast<uint32_t>(i), args[i]);
  buildVariant(t, variant, fields);
}

// A struct variant's literal; fields are evaluated in source order.
void FnLowerer::variantLiteral(Expr* e) {
  std::vector<std::pair<uint32_t, Expr*>> fields;
  for (FieldInit& f : e->fields)
    fields.emplace_back(f.fieldIndex, f.value);
  buildVariant(e->type, e->fieldIndex, fields);
}

// The tag (a fieldless enum's whole value), then each (field index, value).
void FnLowerer::buildVariant(TypeId t,
                             uint32_t variant,
                             const std::vector<std::pair<uint32_t, Expr*>>& fields) {
  if (repr(t) == Repr::I32) {
    b_.i32(variantTag(t, variant));
    return;
  }
  uint32_t base = takeAggDest(t);
  b_.get(base);
  b_.i32(variantTag(t, variant));
  b_.mem(Op::I32Store, 0, 2);
  const VariantInfo& v = m_.prog.structs[m_.prog.types.get(t).id].variants[variant];
  for (const auto& [index, value] : fields) {
    if (index >= v.fields.size())
      continue;
    uint32_t off = m_.layouts.variantFieldOffset(t, variant, index);
    if (exprInto(value, base, off))
      continue;
    expr(value);
    storeAt(m_.prog.variantFieldType(t, variant, index), base, off);
  }
  b_.get(base);
}

// ------------------------------------------------------------------ places

// Evaluates a scrutinee to a place: place expressions are matched where
// they are; other values are stored in temporaries.
// The place a matched value is in. Whether matching moves it out is up to
// the arms (armMatched), not the evaluation.
FnLowerer::Place FnLowerer::scrutineePlace(Expr* e) {
  Expr* saved = suppressMove_;
  suppressMove_ = const_cast<Expr*>(stripParens(e));
  Place p = placeOf(e);
  suppressMove_ = saved;
  return p;
}

// A place whose address can be taken (bindings by reference need one).
FnLowerer::Place FnLowerer::addressable(const Place& p) {
  if (!p.isLocal)
    return p;
  uint32_t slot = allocSlot(p.type);
  load(p);
  storeAt(p.type, fp_, slot);
  Place m;
  m.type = p.type;
  m.base = fp_;
  m.offset = slot;
  return m;
}

// The place a reference at `p` points to.
FnLowerer::Place FnLowerer::derefPlace(const Place& p) {
  TypeId inner = m_.prog.types.get(p.type).elem;
  load(p);
  Place d;
  d.type = inner;
  d.base = temp(ValType::I32);
  b_.set(d.base);
  return d;
}

FnLowerer::Place FnLowerer::subPlace(const Place& p, uint32_t offset, TypeId t) {
  Place s = p;
  s.isLocal = false;
  s.offset += offset;
  s.type = t;
  return s;
}

// ------------------------------------------------------------------ patterns

void FnLowerer::failIf(const Label* fail) {
  b_.brIf(*fail);
}

void FnLowerer::matchPattern(Pattern* p, Place place, const Label* fail) {
  if (!p)
    return;
  const TypeTable& tt = m_.prog.types;
  for (int k = 0; k < p->derefs; ++k) {
    TypeId inner = tt.get(place.type).elem;
    if (tt.kind(inner) == TypeKind::Slice) {
      matchSlice(p, place, fail);
      return;
    }
    place = derefPlace(place);
  }
  switch (p->kind) {
    case PatternKind::Wild:
    case PatternKind::Rest:
      return;
    case PatternKind::Binding:
      matchPattern(p->sub, place, fail);
      bindPlace(p, place);
      return;
    case PatternKind::Lit:
      if (!fail)
        return;
      load(place);
      expr(p->lo);
      compare(BinOp::Ne, place.type);
      failIf(fail);
      return;
    case PatternKind::Range:
      if (!fail)
        return;
      if (p->lo) {
        load(place);
        expr(p->lo);
        compare(BinOp::Lt, place.type);
        failIf(fail);
      }
      if (p->hi) {
        load(place);
        expr(p->hi);
        compare(p->inclusive ? BinOp::Gt : BinOp::Ge, place.type);
        failIf(fail);
      }
      return;
    case PatternKind::Path:
    case PatternKind::TupleStruct:
    case PatternKind::Struct:
      matchNominal(p, place, fail);
      return;
    case PatternKind::Tuple: {
      std::vector<TypeId> elems = tt.get(place.type).elems;
      matchElements(
          p, place, elems, [&](uint32_t i) { return m_.layouts.fieldOffset(place.type, i); }, fail);
      return;
    }
    case PatternKind::Slice:
      matchSlice(p, place, fail);
      return;
    case PatternKind::Ref: {
      TypeId inner = tt.get(place.type).elem;
      if (tt.kind(inner) == TypeKind::Slice && p->sub && p->sub->kind == PatternKind::Slice) {
        matchSlice(p->sub, place, fail);
        return;
      }
      if (tt.kind(inner) == TypeKind::Str || tt.kind(inner) == TypeKind::Slice) {
        // `&s` on a `&str`: binds the reference itself would need an
        // unsized local; only wildcards get here after type checking.
        matchPattern(p->sub, place, fail);
        return;
      }
      matchPattern(p->sub, derefPlace(place), fail);
      return;
    }
    case PatternKind::Or: {
      if (!fail) {
        matchPattern(p->elems[0], place, nullptr);
        return;
      }
      Label ok = b_.block();
      for (size_t i = 0; i + 1 < p->elems.size(); ++i) {
        Label next = b_.block();
        matchPattern(p->elems[i], place, &next);
        b_.br(ok);
        b_.end();
      }
      matchPattern(p->elems.back(), place, fail);
      b_.end();
      return;
    }
  }
}

void FnLowerer::bindPlace(Pattern* p, const Place& place) {
  if (p->local >= locals_.size())
    return;
  if (p->bindsRef) {
    pushAddr(addressable(place));
  } else {
    load(place);
  }
  store(localPlace(p->local));
}

// Tuple-like elements with an optional `..`; `offsetOf(i)` gives element
// i's offset within the place.
template <typename OffsetOf>
void FnLowerer::matchElements(Pattern* p,
                              const Place& place,
                              const std::vector<TypeId>& types,
                              OffsetOf offsetOf,
                              const Label* fail) {
  size_t n = p->elems.size();
  size_t rest = p->restIndex();
  size_t skipped = rest < n && types.size() + 1 >= n ? types.size() + 1 - n : 0;
  for (size_t i = 0, ti = 0; i < n; ++i) {
    if (i == rest) {
      ti += skipped;
      continue;
    }
    if (ti >= types.size())
      break;
    uint32_t idx = static_cast<uint32_t>(ti);
    matchPattern(p->elems[i], subPlace(place, offsetOf(idx), types[ti]), fail);
    ++ti;
  }
}

void FnLowerer::matchNominal(Pattern* p, const Place& place, const Label* fail) {
  if (p->res == kNone)
    return;
  if (p->resKind == PatRes::Const) {
    if (!fail)
      return;
    load(place);
    constValue(p->res, place.type);
    compare(BinOp::Ne, place.type);
    failIf(fail);
    return;
  }
  TypeId t = place.type;
  const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
  std::vector<TypeId> types;
  if (p->resKind == PatRes::Variant) {
    if (fail && s.variants.size() > 1) {
      loadTag(place);
      b_.i32(variantTag(t, p->variant));
      b_.op(Op::I32Ne);
      failIf(fail);
    }
    for (uint32_t i = 0; i < s.variants[p->variant].fields.size(); ++i)
      types.push_back(m_.prog.variantFieldType(t, p->variant, i));
  } else {
    for (uint32_t i = 0; i < s.fields.size(); ++i)
      types.push_back(m_.prog.fieldType(t, i));
  }
  uint32_t variant = p->variant;
  bool isVariant = p->resKind == PatRes::Variant;
  auto offsetOf = [&](uint32_t i) {
    return isVariant ? m_.layouts.variantFieldOffset(t, variant, i) : m_.layouts.fieldOffset(t, i);
  };
  if (p->kind == PatternKind::TupleStruct) {
    matchElements(p, place, types, offsetOf, fail);
  } else {
    for (FieldPattern& f : p->fields) {
      if (f.fieldIndex < types.size())
        matchPattern(f.pattern, subPlace(place, offsetOf(f.fieldIndex), types[f.fieldIndex]), fail);
    }
  }
  // Taking a handle apart by value is what consumes it (docs/linear.md).
  if (!isVariant && p->derefs == 0 && isHandleType(t))
    handleEvent(memviz::EventKind::HandleConsume, place, 0, p->span);
}

// Array patterns (fixed length) and slice patterns (the place holds a
// `&[T]`: address and length).
void FnLowerer::matchSlice(Pattern* p, const Place& place, const Label* fail) {
  const TypeTable& tt = m_.prog.types;
  size_t n = p->elems.size();
  size_t rest = p->restIndex();
  size_t named = n - (rest < n ? 1 : 0);
  if (tt.kind(place.type) == TypeKind::Array) {
    TypeId elem = tt.get(place.type).elem;
    uint64_t len = tt.get(place.type).len;
    uint32_t sz = size(elem);
    for (size_t i = 0; i < n; ++i) {
      Pattern* e = p->elems[i];
      if (i < rest) {
        matchPattern(e, subPlace(place, static_cast<uint32_t>(i) * sz, elem), fail);
      } else if (i > rest) {
        uint64_t at = len - (n - i);
        matchPattern(e, subPlace(place, static_cast<uint32_t>(at) * sz, elem), fail);
      } else if (e->kind == PatternKind::Binding) {
        TypeId middle = m_.prog.types.array(elem, len - named);
        bindPlace(e, subPlace(place, static_cast<uint32_t>(i) * sz, middle));
      }
    }
    return;
  }
  // A slice reached through a reference: (address, length).
  TypeId sliceRef = place.type;
  TypeId elem = tt.get(tt.get(sliceRef).elem).elem;
  uint32_t sz = size(elem);
  load(place);
  uint32_t ptr = temp(ValType::I32), len = temp(ValType::I32);
  b_.set(len);
  b_.set(ptr);
  if (fail) {
    b_.get(len);
    b_.i32(static_cast<int32_t>(named));
    b_.op(rest < n ? Op::I32LtU : Op::I32Ne);
    failIf(fail);
  }
  for (size_t i = 0; i < n; ++i) {
    Pattern* e = p->elems[i];
    Place at;
    at.type = elem;
    at.base = temp(ValType::I32);
    if (i < rest) {
      b_.get(ptr);
      b_.i32(static_cast<int32_t>(i * sz));
      b_.op(Op::I32Add);
      b_.set(at.base);
      matchPattern(e, at, fail);
    } else if (i > rest) {
      // Counted from the end: ptr + (len - (n - i)) * size.
      b_.get(ptr);
      b_.get(len);
      b_.i32(static_cast<int32_t>(n - i));
      b_.op(Op::I32Sub);
      b_.i32(static_cast<int32_t>(sz));
      b_.op(Op::I32Mul);
      b_.op(Op::I32Add);
      b_.set(at.base);
      matchPattern(e, at, fail);
    } else if (e->kind == PatternKind::Binding && e->local < locals_.size()) {
      // `rest @ ..`: the middle as a slice.
      b_.get(ptr);
      b_.i32(static_cast<int32_t>(i * sz));
      b_.op(Op::I32Add);
      b_.get(len);
      b_.i32(static_cast<int32_t>(named));
      b_.op(Op::I32Sub);
      store(localPlace(e->local));
    }
  }
}

// ------------------------------------------------------------------ constructs

void FnLowerer::matchExpr(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  bool hasValue = tt.kind(e->type) != TypeKind::Never;
  uint32_t index = 0;
  BlockKind kind = hasValue ? blockKindFor(e->type, index) : BlockKind::Empty;
  size_t matchMark = dropMark();  // the scrutinee's temporaries last for the whole match
  Place place = scrutineePlace(e->lhs);
  uint32_t owner = scrutineeOwner(e->lhs, place);
  std::vector<uint32_t> armFlags;
  for (MatchArm& arm : e->arms)
    armFlags.push_back(armFlag(arm.pattern));
  uint32_t ownerLocal = ownerLocal_;
  Label end = b_.block(kind, index);
  for (size_t k = 0; k < e->arms.size(); ++k) {
    MatchArm& arm = e->arms[k];
    Label next = b_.block();
    size_t armMark = dropMark();
    matchPattern(arm.pattern, place, &next);
    if (arm.guard) {
      size_t guardMark = dropMark();
      expr(arm.guard);
      endScopeKeeping(guardMark, m_.prog.types.boolean());
      b_.op(Op::I32Eqz);
      b_.brIf(next);
    }
    ownerLocal_ = ownerLocal;
    armMatched(arm.pattern, place, owner, armFlags[k]);
    expr(arm.body);
    if (!hasValue)
      dropValue(arm.body->type);
    endScopeKeeping(armMark, hasValue ? arm.body->type : kNoType);
    b_.br(end);
    b_.end();
  }
  b_.op(Op::Unreachable);
  b_.end();
  endScopeKeeping(matchMark, hasValue ? e->type : kNoType);
}

// `if let pattern = value { .. } else { .. }`.
void FnLowerer::ifLet(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  bool hasValue = e->elseExpr && tt.kind(e->type) != TypeKind::Never;
  uint32_t index = 0;
  BlockKind kind = hasValue ? blockKindFor(e->type, index) : BlockKind::Empty;
  Expr* cond = e->lhs;
  size_t mark = dropMark();  // the scrutinee's temporaries last for the whole `if let`
  Place place = scrutineePlace(cond->lhs);
  uint32_t owner = scrutineeOwner(cond->lhs, place);
  uint32_t flag = armFlag(cond->pattern);
  Label end = b_.block(kind, index);
  Label otherwise = b_.block();
  matchPattern(cond->pattern, place, &otherwise);
  size_t armMark = dropMark();
  armMatched(cond->pattern, place, owner, flag);
  block(e->block, hasValue);
  endScopeKeeping(armMark, hasValue && e->block->tail ? e->block->tail->type : kNoType);
  b_.br(end);
  b_.end();
  if (e->elseExpr) {
    expr(e->elseExpr);
    if (!hasValue)
      dropValue(e->elseExpr->type);
  }
  b_.end();
  endScopeKeeping(mark, hasValue ? e->type : kNoType);
}

// `while let pattern = value { .. }`: the scrutinee is evaluated anew on
// every iteration.
void FnLowerer::whileLet(Expr* e) {
  Label brk = b_.block();
  Label cont = b_.loop();
  size_t mark = dropMark();
  Label miss = b_.block();
  Place place = scrutineePlace(e->lhs->lhs);
  uint32_t owner = scrutineeOwner(e->lhs->lhs, place);
  uint32_t flag = armFlag(e->lhs->pattern);
  matchPattern(e->lhs->pattern, place, &miss);
  size_t armMark = dropMark();
  armMatched(e->lhs->pattern, place, owner, flag);
  loops_[e->loopId] = LoopTarget{brk, cont, {}, mark};
  block(e->block, false);
  endScope(armMark);
  emitDropsTo(mark);
  b_.br(cont);
  b_.end();
  // No match: what the scrutinee left is dropped on the way out.
  endScope(mark);
  b_.br(brk);
  b_.end();
  b_.end();
}

// `let pattern = value else { diverge };` and destructuring `let`.
FnLowerer::Place FnLowerer::letPattern(Stmt* s) {
  Place place = placeOf(s->init);
  if (!s->elseBlock) {
    matchPattern(s->pattern, place, nullptr);
    return place;
  }
  Label ok = b_.block();
  Label otherwise = b_.block();
  matchPattern(s->pattern, place, &otherwise);
  b_.br(ok);
  b_.end();
  block(s->elseBlock, false);
  b_.op(Op::Unreachable);
  b_.end();
  return place;
}

// `e?`: the Some/Ok payload, or return None/Err(error) from this fn.
void FnLowerer::tryExpr(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  TypeId t = e->lhs->type;
  TypeId ret = fn_->ret;
  auto variantNamed = [&](TypeId ty, const char* a, const char* b) {
    const StructInfo& s = m_.prog.structs[tt.get(ty).id];
    for (uint32_t v = 0; v < s.variants.size(); ++v) {
      if (s.variants[v].name == a || s.variants[v].name == b)
        return v;
    }
    return 0u;
  };
  uint32_t ok = variantNamed(t, "Some", "Ok");
  uint32_t err = variantNamed(t, "None", "Err");
  uint32_t retErr = variantNamed(ret, "None", "Err");
  Place p = addressable(placeOf(e->lhs));
  loadTag(p);
  b_.i32(variantTag(t, ok));
  b_.op(Op::I32Ne);
  b_.ifBlock();
  uint32_t slot = allocSlot(ret);
  b_.get(fp_);
  b_.i32(variantTag(ret, retErr));
  b_.mem(Op::I32Store, slot, 2);
  if (!m_.prog.structs[tt.get(t).id].variants[err].fields.empty()) {
    TypeId et = m_.prog.variantFieldType(t, err, 0);
    loadAt(et, p.base, p.offset + m_.layouts.variantFieldOffset(t, err, 0));
    storeAt(et, fp_, slot + m_.layouts.variantFieldOffset(ret, retErr, 0));
  }
  uint32_t src = temp(ValType::I32);
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(slot));
  b_.op(Op::I32Add);
  b_.set(src);
  copyMem(sret_, 0, src, 0, ret);
  emitDropsTo(0);
  emitReturn();
  b_.end();
  loadAt(e->type, p.base, p.offset + m_.layouts.variantFieldOffset(t, ok, 0));
}

}  // namespace wr
