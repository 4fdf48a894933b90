// Building the ownership graph (own_builder.h): control flow. `if`,
// `match`, loops, `break`/`continue`/`return` and `?` become blocks and
// edges; a value that flows out of several branches is gathered in one
// temporary. A `match` (or `if let`, `while let`) reads its scrutinee
// before testing it, as rustc's "fake read" does, so matching a moved
// value is a use after move.
#include "compiler/check/own_builder.h"

namespace wr::own {

Builder::LoopCtx* Builder::findLoop(uint32_t id) {
  for (size_t i = loops_.size(); i > 0; --i) {
    if (loops_[i - 1].id == id)
      return &loops_[i - 1];
  }
  return nullptr;
}

void Builder::flowInto(LocalId value, LocalId result) {
  if (value == kNone || result == kNone)
    return;
  Op& s = emit(Access::Use, kNone, Span{});
  addUses(s, {value});
  s.def = result;
  body_.flows.push_back({value, result});
}

LocalId Builder::ifValue(Expr* e) {
  LocalId result = e->elseExpr && facts_.hasRefs(e->type) ? newTemp(e->type, true) : kNone;
  BlockId thenB = newBlock(), elseB = newBlock(), join = newBlock();
  Expr* cond = e->lhs;
  while (cond->kind == ExprKind::Paren)
    cond = cond->lhs;
  size_t mark = scope_.size();
  if (cond->kind == ExprKind::Let) {
    PlaceId p = placeOf(cond->lhs);
    emit(Access::FakeRead, p, cond->lhs->span);
    edge(cur_, thenB);
    edge(cur_, elseB);
    switchTo(thenB);
    bindPattern(cond->pattern, p);
    noteDeclared(cond->pattern);
  } else {
    valueOf(e->lhs);
    edge(cur_, thenB);
    edge(cur_, elseB);
    switchTo(thenB);
  }
  flowInto(blockValue(e->block, false), result);
  endScope(mark, Span{e->block->span.hi > 0 ? e->block->span.hi - 1 : 0, e->block->span.hi});
  edge(cur_, join);
  switchTo(elseB);
  if (e->elseExpr)
    flowInto(valueOf(e->elseExpr), result);
  edge(cur_, join);
  switchTo(join);
  return result;
}

LocalId Builder::matchValue(Expr* e) {
  PlaceId p = placeOf(e->lhs);
  if (!body_.locals[body_.places[p].local].isTemp)
    emit(Access::FakeRead, p, e->lhs->span);
  LocalId result = facts_.hasRefs(e->type) ? newTemp(e->type, true) : kNone;
  BlockId dispatch = cur_;
  BlockId join = newBlock();
  for (MatchArm& arm : e->arms) {
    BlockId armB = newBlock();
    edge(dispatch, armB);
    switchTo(armB);
    size_t mark = scope_.size();
    bindPattern(arm.pattern, p);
    noteDeclared(arm.pattern);
    if (arm.guard)
      valueOf(arm.guard);
    flowInto(valueOf(arm.body), result);
    endScope(mark, Span{arm.body->span.hi, arm.body->span.hi});
    edge(cur_, join);
  }
  switchTo(join);
  return result;
}

LocalId Builder::whileValue(Expr* e) {
  BlockId header = newBlock(), bodyB = newBlock(), exit = newBlock();
  edge(cur_, header);
  switchTo(header);
  loops_.push_back({e->loopId, header, exit, kNone, scope_.size()});
  Expr* cond = e->lhs;
  while (cond->kind == ExprKind::Paren)
    cond = cond->lhs;
  size_t mark = scope_.size();
  if (cond->kind == ExprKind::Let) {
    PlaceId p = placeOf(cond->lhs);
    emit(Access::FakeRead, p, cond->lhs->span);
    edge(cur_, bodyB);
    edge(cur_, exit);
    switchTo(bodyB);
    bindPattern(cond->pattern, p);
    noteDeclared(cond->pattern);
  } else {
    valueOf(e->lhs);
    edge(cur_, bodyB);
    edge(cur_, exit);
    switchTo(bodyB);
  }
  blockValue(e->block, false);
  endScope(mark, Span{e->block->span.hi > 0 ? e->block->span.hi - 1 : 0, e->block->span.hi});
  edge(cur_, header);
  loops_.pop_back();
  switchTo(exit);
  return kNone;
}

LocalId Builder::loopValue(Expr* e) {
  BlockId header = newBlock(), exit = newBlock();
  edge(cur_, header);
  switchTo(header);
  LocalId result = facts_.hasRefs(e->type) ? newTemp(e->type, true) : kNone;
  loops_.push_back({e->loopId, header, exit, result, scope_.size()});
  blockValue(e->block, false);
  edge(cur_, header);
  loops_.pop_back();
  switchTo(exit);
  return result;
}

// `for pat in seq`: a range is read once; an array is moved (or copied)
// into the loop, `&a` / `a.iter()` / `a.iter_mut()` borrow it for the whole
// loop. The iterator is used at the head of every iteration, so a loan it
// holds is alive in the body.
LocalId Builder::forValue(Expr* e) {
  ForPlan* plan = e->forPlan;
  LocalId iter = kNone;
  TypeId item = prog_.types.error();
  if (plan) {
    item = plan->itemType;
    if (plan->source == ForPlan::Source::Range) {
      valueOf(plan->lo);
      valueOf(plan->hi);
    } else if (plan->consumedSeq) {
      // An owned array, Vec or iterator: the loop takes it over.
      iter = consume(placeOf(plan->consumedSeq), plan->consumedSeq->span, Cause::ForLoop);
    } else if (plan->seq) {
      // Borrowed for the whole loop: `&a`, `a.iter_mut()`, `&mut it`, the
      // bytes of a str.
      PlaceId sp = derefs(placeOf(plan->seq), plan->seqDerefs);
      TypeId seqType = body_.places[sp].type;
      bool mut = plan->source == ForPlan::Source::ArrayMut || plan->source == ForPlan::Source::Iter;
      iter = borrow(sp, mut, prog_.types.ref(seqType, mut), e->lhs->span, Cause::ForLoop);
    }
    for (Expr* step : plan->steps)
      valueOf(step);
    if (!plan->adapters.empty() && plan->adapters.back() == ForPlan::Adapter::Enumerate)
      item = prog_.types.tuple({prog_.types.intType(IntKind::Usize), item});
  }
  BlockId header = newBlock(), bodyB = newBlock(), exit = newBlock();
  edge(cur_, header);
  switchTo(header);
  if (iter != kNone) {
    Op& s = emit(Access::Use, kNone, e->lhs->span, Cause::ForLoop);
    addUses(s, {iter});
  }
  edge(cur_, bodyB);
  edge(cur_, exit);
  switchTo(bodyB);
  bool itemRefs = iter != kNone && facts_.hasRefs(item);
  LocalId itemTemp = newTemp(item, itemRefs);
  if (itemRefs) {
    Op& s = emit(Access::Use, kNone, e->lhs->span, Cause::ForLoop);
    addUses(s, {iter});
    s.def = itemTemp;
    body_.flows.push_back({iter, itemTemp});
  }
  size_t mark = scope_.size();
  bindPattern(e->pattern, rootOf(itemTemp));
  noteDeclared(e->pattern);
  loops_.push_back({e->loopId, header, exit, kNone, mark});
  blockValue(e->block, false);
  loops_.pop_back();
  endScope(mark, Span{e->block->span.hi > 0 ? e->block->span.hi - 1 : 0, e->block->span.hi});
  edge(cur_, header);
  switchTo(exit);
  return kNone;
}

LocalId Builder::breakValue(Expr* e) {
  LocalId v = e->lhs ? valueOf(e->lhs) : kNone;
  if (LoopCtx* l = findLoop(e->loopId)) {
    flowInto(v, l->result);
    leaveScopes(l->scopeMark, e->span, Cause::Break, false);
    edge(cur_, l->exit);
  }
  diverge();
  return kNone;
}

LocalId Builder::returnValue(Expr* e) {
  if (e->lhs)
    returnSite(valueOf(e->lhs), e->lhs);
  leaveScopes(0, e->span, Cause::Return, true);
  diverge();
  return kNone;
}

// `e?`: the value continues, or the error returns early.
LocalId Builder::tryValue(Expr* e) {
  LocalId v = valueOf(e->lhs);
  BlockId err = newBlock(), ok = newBlock();
  edge(cur_, err);
  edge(cur_, ok);
  if (hasLinearLocals_) {
    switchTo(err);
    leaveScopes(0, e->span, Cause::Try, true);
  }
  switchTo(ok);
  if (v == kNone || !facts_.hasRefs(e->type))
    return kNone;
  LocalId result = newTemp(e->type, true);
  flowInto(v, result);
  return result;
}

}  // namespace wr::own
