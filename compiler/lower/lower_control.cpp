// Lowering of control flow: `if`/`else` (with block result types), `while`,
// `loop` with break values, `for` loops over ranges, arrays and slices with
// the rev/step_by/enumerate adapters, `break`/`continue` with labels, and
// `return`.
#include "compiler/lower/lowerer.h"
#include "compiler/resolve/resolve.h"

namespace wr {

using namespace wasmir;

void FnLowerer::ifExpr(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  size_t mark = dropMark();  // the condition's temporaries end with it
  expr(e->lhs);
  endScopeKeeping(mark, tt.boolean());
  uint32_t index = 0;
  bool hasValue = e->elseExpr && tt.kind(e->type) != TypeKind::Never;
  BlockKind kind = hasValue ? blockKindFor(e->type, index) : BlockKind::Empty;
  b_.ifBlock(kind, index);
  block(e->block, hasValue);
  if (e->elseExpr) {
    b_.elseBlock();
    expr(e->elseExpr);
    if (!hasValue)
      dropValue(e->elseExpr->type);
  }
  b_.end();
}

void FnLowerer::whileLoop(Expr* e) {
  auto brk = b_.block();
  auto cont = b_.loop();
  size_t mark = dropMark();
  expr(e->lhs);
  endScopeKeeping(mark, m_.prog.types.boolean());
  b_.op(Op::I32Eqz);
  b_.brIf(brk);
  loops_[e->loopId] = LoopTarget{brk, cont, {}, dropMark()};
  block(e->block, false);
  b_.br(cont);
  b_.end();
  b_.end();
}

void FnLowerer::loopExpr(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  bool hasValue = tt.kind(e->type) != TypeKind::Never;
  std::vector<uint32_t> results = hasValue ? temps(e->type) : std::vector<uint32_t>{};
  auto brk = b_.block();
  auto cont = b_.loop();
  loops_[e->loopId] = LoopTarget{brk, cont, results, dropMark()};
  block(e->block, false);
  b_.br(cont);
  b_.end();
  b_.end();
  if (hasValue)
    reload(results);
}

void FnLowerer::jump(Expr* e) {
  auto it = loops_.find(e->loopId);
  if (it == loops_.end()) {
    b_.op(Op::Unreachable);
    return;
  }
  LoopTarget target = it->second;
  if (e->kind == ExprKind::Continue) {
    emitDropsTo(target.dropMark);
    b_.br(target.cont);
    return;
  }
  if (e->lhs) {
    expr(e->lhs);
    if (!target.results.empty())
      spill(target.results);
    else
      dropValue(e->lhs->type);
  }
  emitDropsTo(target.dropMark);
  b_.br(target.brk);
}

void FnLowerer::returnExpr(Expr* e) {
  std::vector<uint32_t> value;
  if (e->lhs) {
    expr(e->lhs);
    if (m_.prog.types.kind(e->lhs->type) == TypeKind::Never)
      return;
    if (repr(fn_->ret) == Repr::Mem) {
      uint32_t src = temp(ValType::I32);
      b_.set(src);
      copyMem(sret_, 0, src, 0, fn_->ret);
    } else if (dropMark() > 0) {
      value = temps(e->lhs->type);  // kept aside while the drops run
      spill(value);
    }
  }
  emitDropsTo(0);
  reload(value);
  emitReturn();
}

void FnLowerer::forLoop(Expr* e) {
  ForPlan* plan = e->forPlan;
  if (plan->source == ForPlan::Source::Iter)
    forIter(e);
  else if (plan->source == ForPlan::Source::Chars)
    forChars(e);
  else if (plan->source == ForPlan::Source::Range && plan->adapters.empty())
    forRange(e);
  else
    forGeneral(e);
}

// `for i in lo..hi` / `lo..=hi` without adapters: a counting loop in the
// range's own type. The inclusive form tests for the last value after the
// body, so `0..=u8::MAX` does not overflow.
void FnLowerer::forRange(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  ForPlan* plan = e->forPlan;
  TypeId t = plan->itemType;
  bool w = repr(t) == Repr::I64;
  bool sgn = tt.kind(t) == TypeKind::Int && isSigned(tt.intKind(t));
  ValType vt = w ? ValType::I64 : ValType::I32;
  uint32_t i = temp(vt), end = temp(vt);
  expr(plan->lo);
  b_.set(i);
  expr(plan->hi);
  b_.set(end);
  auto brk = b_.block();
  if (plan->inclusive) {
    b_.get(i);
    b_.get(end);
    b_.op(w ? (sgn ? Op::I64GtS : Op::I64GtU) : (sgn ? Op::I32GtS : Op::I32GtU));
    b_.brIf(brk);
  }
  auto top = b_.loop();
  if (!plan->inclusive) {
    b_.get(i);
    b_.get(end);
    b_.op(w ? (sgn ? Op::I64GeS : Op::I64GeU) : (sgn ? Op::I32GeS : Op::I32GeU));
    b_.brIf(brk);
  }
  size_t mark = dropMark();
  b_.get(i);
  bindPattern(e->pattern, t);
  auto cont = b_.block();
  loops_[e->loopId] = LoopTarget{brk, cont, {}, mark};
  // Record a constant upper bound of an immutable unsigned loop variable.
  Pattern* pat = e->pattern;
  uint64_t hiValue = 0;
  DiagnosticEngine scratchDiags;
  bool bounded = pat && pat->kind == PatternKind::Binding && !pat->isMut && !pat->byRef &&
                 tt.kind(t) == TypeKind::Int && !sgn &&
                 evalConstInt(plan->hi, m_.prog, scratchDiags, hiValue);
  if (bounded)
    rangeBound_[pat->local] = plan->inclusive ? hiValue + 1 : hiValue;
  block(e->block, false);
  endScope(mark);
  if (bounded)
    rangeBound_.erase(pat->local);
  b_.end();
  if (plan->inclusive) {
    b_.get(i);
    b_.get(end);
    b_.op(w ? Op::I64Eq : Op::I32Eq);
    b_.brIf(brk);
  }
  b_.get(i);
  if (w)
    b_.i64(1), b_.op(Op::I64Add);
  else
    b_.i32(1), b_.op(Op::I32Add);
  b_.set(i);
  b_.br(top);
  b_.end();
  b_.end();
}

// The base address and length (locals) of an array or slice expression,
// following its auto-derefs; returns the element type.
TypeId FnLowerer::sequenceBase(Expr* seq, int derefs, uint32_t& base, uint32_t& len) {
  const TypeTable& tt = m_.prog.types;
  base = temp(ValType::I32);
  len = temp(ValType::I32);
  TypeId x = seq->type;
  if (derefs == 0 && isUnsizedPlace(seq)) {
    fatPlace(seq);
  } else if (derefs == 0) {
    pushAddr(placeOf(seq));
  } else {
    expr(seq);
    TypeId cur = seq->type;  // a reference; deref all but the last level
    for (int k = 1; k < derefs; ++k) {
      TypeId inner = tt.get(cur).elem;
      uint32_t p = temp(ValType::I32);
      b_.set(p);
      loadAt(inner, p, 0);
      cur = inner;
    }
    x = tt.get(cur).elem;
  }
  if (tt.kind(x) == TypeKind::Slice || tt.kind(x) == TypeKind::Str) {
    b_.set(len);
    b_.set(base);
  } else {
    b_.set(base);
    b_.i32(static_cast<int32_t>(tt.get(x).len));
    b_.set(len);
  }
  return tt.kind(x) == TypeKind::Str ? tt.intType(IntKind::U8) : tt.get(x).elem;
}

// Any other `for`: a 64-bit position j over the final sequence, mapped back
// through the adapters (rev: n-1-i, step_by: i*s) to the base index.
void FnLowerer::forGeneral(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  ForPlan* plan = e->forPlan;
  bool isRange = plan->source == ForPlan::Source::Range;
  TypeId item = plan->itemType;
  uint32_t lo64 = temp(ValType::I64), base = kNone, len = kNone;
  TypeId elemT = kNoType;
  uint32_t n = temp(ValType::I64);
  if (isRange) {
    bool w = repr(item) == Repr::I64;
    bool sgn = tt.kind(item) == TypeKind::Int && isSigned(tt.intKind(item));
    auto widen = [&]() {
      if (!w)
        b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
    };
    uint32_t hi64 = temp(ValType::I64);
    expr(plan->lo);
    widen();
    b_.set(lo64);
    expr(plan->hi);
    widen();
    b_.set(hi64);
    // n = max(hi - lo (+1), 0)
    b_.get(hi64);
    b_.get(lo64);
    b_.op(Op::I64Sub);
    if (plan->inclusive)
      b_.i64(1), b_.op(Op::I64Add);
    b_.tee(n);
    b_.i64(0);
    b_.get(n);
    b_.i64(0);
    b_.op(Op::I64GtS);
    b_.op(Op::Select);
    b_.set(n);
  }
  // `for x in v` over an owned array or Vec: the loop owns what it has not
  // handed out yet (from `cursor` on) and a Vec's block.
  size_t loopMark = dropMark();
  Expr* owned = plan->consumedSeq;
  bool owns = !isRange && owned && fn_ && own_.consumed.count(owned) && m_.needsDrop(owned->type);
  bool inOrder = true;
  for (ForPlan::Adapter a : plan->adapters)
    inOrder = inOrder && a == ForPlan::Adapter::Enumerate;
  uint32_t cursor = kNone;
  if (owns) {
    TypeId ot = owned->type;
    bool isVec = m_.prog.langOf(ot) == LangItem::Vec;
    uint32_t a = temp(ValType::I32);
    pushAddr(addressable(placeOf(owned)));
    b_.set(a);
    base = temp(ValType::I32);
    len = temp(ValType::I32);
    if (isVec) {
      elemT = tt.get(ot).elems[0];
      langField(ot, "ptr", a);
      b_.set(base);
      langField(ot, "len", a);
      b_.set(len);
    } else {
      elemT = tt.get(ot).elem;
      b_.get(a);
      b_.set(base);
      b_.i32(static_cast<int32_t>(tt.get(ot).len));
      b_.set(len);
    }
    cursor = temp(ValType::I32);
    if (!inOrder)
      b_.get(len), b_.set(cursor);  // out of order: what is left leaks
    DropEntry rest;
    rest.kind = DropEntry::Kind::Rest;
    rest.addr = a;
    rest.cursor = cursor;
    rest.type = ot;
    drops_.push_back(rest);
  } else if (!isRange) {
    elemT = sequenceBase(plan->seq, plan->seqDerefs, base, len);
  }
  if (!isRange) {
    b_.get(len);
    b_.op(Op::I64ExtendI32U);
    b_.set(n);
  }
  // Stage counts and steps.
  std::vector<uint32_t> stageN{n};
  std::vector<uint32_t> steps(plan->adapters.size(), kNone);
  size_t stepIndex = 0;
  for (size_t k = 0; k < plan->adapters.size(); ++k) {
    uint32_t next = stageN.back();
    if (plan->adapters[k] == ForPlan::Adapter::StepBy) {
      Expr* stepExpr = plan->steps[stepIndex++];
      uint32_t s = temp(ValType::I64);
      expr(stepExpr);
      b_.op(Op::I64ExtendI32U);
      b_.tee(s);
      b_.op(Op::I64Eqz);
      overflowIf(stepExpr->span, "assertion failed: step != 0");
      steps[k] = s;
      next = temp(ValType::I64);
      b_.get(stageN.back());
      b_.get(s);
      b_.op(Op::I64Add);
      b_.i64(1);
      b_.op(Op::I64Sub);
      b_.get(s);
      b_.op(Op::I64DivU);
      b_.set(next);
    }
    stageN.push_back(next);
  }
  uint32_t total = stageN.back();
  uint32_t j = temp(ValType::I64), idx = temp(ValType::I64);
  uint32_t itemAddr = kNone;
  b_.i64(0);
  b_.set(j);
  auto brk = b_.block();
  auto top = b_.loop();
  b_.get(j);
  b_.get(total);
  b_.op(Op::I64GeU);
  b_.brIf(brk);
  b_.get(j);
  b_.set(idx);
  for (size_t k = plan->adapters.size(); k-- > 0;) {
    if (plan->adapters[k] == ForPlan::Adapter::Rev) {
      b_.get(stageN[k]);
      b_.i64(1);
      b_.op(Op::I64Sub);
      b_.get(idx);
      b_.op(Op::I64Sub);
      b_.set(idx);
    } else if (plan->adapters[k] == ForPlan::Adapter::StepBy) {
      b_.get(idx);
      b_.get(steps[k]);
      b_.op(Op::I64Mul);
      b_.set(idx);
    }
  }
  // The item for this position.
  if (isRange) {
    b_.get(lo64);
    b_.get(idx);
    b_.op(Op::I64Add);
    if (repr(item) != Repr::I64)
      b_.op(Op::I32WrapI64);
  } else {
    uint32_t addr = temp(ValType::I32);
    b_.get(base);
    b_.get(idx);
    b_.op(Op::I32WrapI64);
    b_.i32(static_cast<int32_t>(size(elemT)));
    b_.op(Op::I32Mul);
    b_.op(Op::I32Add);
    b_.set(addr);
    if (owns && inOrder) {
      b_.get(idx);
      b_.op(Op::I32WrapI64);
      b_.i32(1);
      b_.op(Op::I32Add);
      b_.set(cursor);
    }
    itemAddr = addr;
    if (plan->source == ForPlan::Source::ArrayValue)
      loadAt(elemT, addr, 0);
    else
      b_.get(addr);
  }
  bool enumerate = !plan->adapters.empty() && plan->adapters.back() == ForPlan::Adapter::Enumerate;
  size_t mark = dropMark();
  if (enumerate) {
    std::vector<uint32_t> itemVals = temps(item);
    spill(itemVals);
    Pattern* p = e->pattern;
    if (p && p->kind == PatternKind::Tuple && p->elems.size() == 2) {
      b_.get(j);
      b_.op(Op::I32WrapI64);
      bindPattern(p->elems[0], tt.intType(IntKind::Usize));
      reload(itemVals);
      bindPattern(p->elems[1], item);
    } else {
      TypeId pair = m_.prog.types.tuple({m_.prog.types.intType(IntKind::Usize), item});
      uint32_t slot = allocSlot(pair);
      b_.get(j);
      b_.op(Op::I32WrapI64);
      storeAt(tt.intType(IntKind::Usize), fp_, slot);
      reload(itemVals);
      storeAt(item, fp_, slot + m_.layouts.fieldOffset(pair, 1));
      b_.get(fp_);
      b_.i32(static_cast<int32_t>(slot));
      b_.op(Op::I32Add);
      bindPattern(p, pair);
    }
  } else {
    bindPattern(e->pattern, item);
  }
  // An element handed out to a pattern that does not take it is dropped
  // at the end of its iteration.
  if (owns && !patternMoves(m_.prog, e->pattern, [this](TypeId t) { return m_.needsDrop(t); }))
    pushTemp(elemT, itemAddr, kNone);
  declarePattern(e->pattern);
  auto cont = b_.block();
  loops_[e->loopId] = LoopTarget{brk, cont, {}, mark};
  block(e->block, false);
  endScope(mark);
  b_.end();
  b_.get(j);
  b_.i64(1);
  b_.op(Op::I64Add);
  b_.set(j);
  b_.br(top);
  b_.end();
  b_.end();
  endScope(loopMark);
}

// `for c in s.chars()` (also with `rev` and `enumerate`): the chars are
// decoded from the UTF-8 as the loop goes, forwards or backwards.
void FnLowerer::forChars(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  ForPlan* plan = e->forPlan;
  bool rev = false, enumerate = false;
  for (ForPlan::Adapter a : plan->adapters) {
    if (a == ForPlan::Adapter::Rev)
      rev = !rev;
    if (a == ForPlan::Adapter::Enumerate)
      enumerate = true;
  }
  uint32_t base = kNone, len = kNone;
  sequenceBase(plan->seq, plan->seqDerefs, base, len);
  uint32_t pos = temp(ValType::I32), j = temp(ValType::I32), c = temp(ValType::I32);
  if (rev)
    b_.get(len);
  else
    b_.i32(0);
  b_.set(pos);
  b_.i32(0);
  b_.set(j);
  auto brk = b_.block();
  auto top = b_.loop();
  if (!rev) {
    b_.get(pos), b_.get(len), b_.op(Op::I32GeU), b_.brIf(brk);
  } else {
    // Back to the lead byte of the previous char.
    b_.get(pos), b_.op(Op::I32Eqz), b_.brIf(brk);
    auto back = b_.loop();
    b_.get(pos), b_.i32(1), b_.op(Op::I32Sub), b_.tee(pos);
    b_.get(base), b_.op(Op::I32Add), b_.mem(Op::I32Load8U, 0, 0);
    b_.i32(0xC0), b_.op(Op::I32And), b_.i32(0x80), b_.op(Op::I32Eq), b_.brIf(back);
    b_.end();
  }
  b_.get(base), b_.get(pos), b_.op(Op::I32Add);
  b_.call(m_.helperRef(Helper::Utf8Decode));
  b_.set(c);
  if (!rev) {
    // pos += the char's UTF-8 length: 1 + (c >= 0x80) + (c >= 0x800) + (c >= 0x10000)
    b_.get(pos), b_.i32(1), b_.op(Op::I32Add);
    for (int32_t limit : {0x80, 0x800, 0x10000})
      b_.get(c), b_.i32(limit), b_.op(Op::I32GeU), b_.op(Op::I32Add);
    b_.set(pos);
  }
  size_t mark = dropMark();
  Pattern* p = e->pattern;
  if (enumerate && p && p->kind == PatternKind::Tuple && p->elems.size() == 2) {
    b_.get(j);
    bindPattern(p->elems[0], tt.intType(IntKind::Usize));
    b_.get(c);
    bindPattern(p->elems[1], tt.charType());
  } else if (enumerate) {
    TypeId pair = m_.prog.types.tuple({m_.prog.types.intType(IntKind::Usize), tt.charType()});
    uint32_t slot = allocSlot(pair);
    b_.get(fp_), b_.get(j), b_.mem(Op::I32Store, slot, 2);
    b_.get(fp_), b_.get(c), b_.mem(Op::I32Store, slot + m_.layouts.fieldOffset(pair, 1), 2);
    b_.get(fp_), b_.i32(static_cast<int32_t>(slot)), b_.op(Op::I32Add);
    bindPattern(p, pair);
  } else {
    b_.get(c);
    bindPattern(p, tt.charType());
  }
  auto cont = b_.block();
  loops_[e->loopId] = LoopTarget{brk, cont, {}, mark};
  block(e->block, false);
  endScope(mark);
  b_.end();
  b_.get(j), b_.i32(1), b_.op(Op::I32Add), b_.set(j);
  b_.br(top);
  b_.end();
  b_.end();
}

// `for x in it` over an iterator: `it` (moved into the loop, or borrowed
// with `&mut it`) is advanced with its Iterator::next until that returns
// None; the loop drops an iterator it owns when it ends.
void FnLowerer::forIter(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  ForPlan* plan = e->forPlan;
  if (plan->nextFn >= m_.prog.fns.size()) {
    b_.op(Op::Unreachable);
    return;
  }
  const FnInfo& next = m_.prog.fns[plan->nextFn];
  TypeId opt = next.ret;
  TypeId item = plan->itemType;
  const StructInfo& os = m_.prog.structs[tt.get(opt).id];
  uint32_t some = 0;
  for (uint32_t v = 0; v < os.variants.size(); ++v) {
    if (os.variants[v].name == "Some")
      some = v;
  }
  size_t loopMark = dropMark();
  uint32_t iter = temp(ValType::I32);
  if (plan->consumedSeq) {
    b_.get(materialize(plan->consumedSeq));
    b_.set(iter);
    if (m_.needsDrop(plan->iterType))
      pushTemp(plan->iterType, iter, kNone);
  } else {
    pushAddr(addressable(placeOf(plan->seq)));
    b_.set(iter);
  }
  uint32_t result = temp(ValType::I32), j = temp(ValType::I32);
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(allocSlot(opt)));
  b_.op(Op::I32Add);
  b_.set(result);
  b_.i32(0);
  b_.set(j);
  auto brk = b_.block();
  auto top = b_.loop();
  bool sret = repr(opt) == Repr::Mem;
  if (sret)
    b_.get(result);
  b_.get(iter);
  b_.call(m_.fnRef(plan->nextFn));
  if (!sret)
    storeAt(opt, result, 0);
  Place optPlace;
  optPlace.type = opt;
  optPlace.base = result;
  loadTag(optPlace);
  b_.i32(variantTag(opt, some));
  b_.op(Op::I32Ne);
  b_.brIf(brk);
  uint32_t payload = m_.layouts.variantFieldOffset(opt, some, 0);
  size_t mark = dropMark();
  Pattern* p = e->pattern;
  bool enumerate = !plan->adapters.empty();
  if (enumerate && p && p->kind == PatternKind::Tuple && p->elems.size() == 2) {
    b_.get(j);
    bindPattern(p->elems[0], tt.intType(IntKind::Usize));
    loadAt(item, result, payload);
    bindPattern(p->elems[1], item);
  } else if (enumerate) {
    TypeId pair = m_.prog.types.tuple({m_.prog.types.intType(IntKind::Usize), item});
    uint32_t slot = allocSlot(pair);
    b_.get(fp_), b_.get(j), b_.mem(Op::I32Store, slot, 2);
    loadAt(item, result, payload);
    storeAt(item, fp_, slot + m_.layouts.fieldOffset(pair, 1));
    b_.get(fp_), b_.i32(static_cast<int32_t>(slot)), b_.op(Op::I32Add);
    bindPattern(p, pair);
  } else {
    loadAt(item, result, payload);
    bindPattern(p, item);
  }
  if (m_.dropsInMemory(item) &&
      !patternMoves(m_.prog, p, [this](TypeId t) { return m_.needsDrop(t); })) {
    uint32_t a = temp(ValType::I32);
    b_.get(result), b_.i32(static_cast<int32_t>(payload)), b_.op(Op::I32Add), b_.set(a);
    pushTemp(item, a, kNone);
  }
  declarePattern(p);
  auto cont = b_.block();
  loops_[e->loopId] = LoopTarget{brk, cont, {}, mark};
  block(e->block, false);
  endScope(mark);
  b_.end();
  b_.get(j), b_.i32(1), b_.op(Op::I32Add), b_.set(j);
  b_.br(top);
  b_.end();
  b_.end();
  endScope(loopMark);
}

}  // namespace wr
