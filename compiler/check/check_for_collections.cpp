// `for` loops over the standard library's collections: `for (k, v) in
// &map`, `for x in &mut set`, `for (k, v) in map` and `for (k, v) in
// map.iter()`. Rust reaches these through the collections' IntoIterator
// impls; here the loop is rewritten into one over the iterator the
// collection's own `iter`, `iter_mut` or `into_iter` method makes
// (`&map` becomes `map.iter()`), which is then advanced with its `next`
// like any other iterator value (ForPlan::Source::Iter). Only prelude
// types get this: a program's own struct needs an iterator, as in Rust.
#include "compiler/check/checker.h"

namespace wr {

namespace {

// A place expression, which can be checked a second time as the receiver
// of the method call the loop becomes.
bool recheckable(const Expr* e) {
  switch (e->kind) {
    case ExprKind::Path:
      return true;
    case ExprKind::Field:
    case ExprKind::Paren:
      return recheckable(e->lhs);
    case ExprKind::Unary:
      return e->unOp == UnOp::Deref && recheckable(e->lhs);
    default:
      return false;
  }
}

}  // namespace

// `it` is the loop's sequence as written (after `enumerate`), `seq` the
// collection in it, already checked, of the prelude struct type `base`.
// True when the loop now iterates a method call; its items go to `item`.
bool Checker::forOverCollection(Expr* it, Expr* seq, TypeId base, ForPlan* plan, TypeId& item) {
  const StructInfo& s = prog_.structs[tt_.get(base).id];
  if (s.closure || !s.item || !file_.inPrelude(s.item->span) || !recheckable(seq))
    return false;
  Expr* call = it;
  if (it->kind == ExprKind::Ref) {
    it->name = it->isMut ? "iter_mut" : "iter";  // `&map`: map.iter()
  } else if (it->kind != ExprKind::MethodCall) {
    // `map` by value: map.into_iter(); through a reference, (*r).iter().
    TypeId st = infer_->shallow(seq->type);
    bool ref = tt_.kind(st) == TypeKind::Ref;
    Expr* inner = ast_.arena.make<Expr>();
    *inner = *seq;
    call = seq;
    call->lhs = inner;
    call->name = !ref ? "into_iter" : tt_.get(st).sub != 0 ? "iter_mut" : "iter";
  }
  call->kind = ExprKind::MethodCall;
  call->nameSpan = call->span;
  call->args.clear();
  call->path.segments.assign(1, PathSegment{call->name, call->span, {}});
  TypeId t = infer_->resolve(checkExpr(call, kNoType), false);
  item = iteratorItem(t);
  if (item == kNoType)
    return false;
  plan->source = ForPlan::Source::Iter;
  plan->seq = call;
  plan->seqDerefs = 0;
  plan->iterType = t;
  plan->consumedSeq = call;  // the loop owns the iterator the call made
  iterFors_.push_back(plan);
  for (ForPlan::Adapter a : plan->adapters) {
    if (a != ForPlan::Adapter::Enumerate) {
      diags_
          .emit(DiagKind::Unsupported,
                "only `enumerate` can adapt an iterator of a `for` loop in WasmRust yet")
          .primary(it->span);
    }
  }
  return true;
}

}  // namespace wr
