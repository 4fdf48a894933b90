// The ownership pre-pass (see ownership.h): one walk over a body that
// passes down whether each expression's value is taken over by its parent.
#include "compiler/lower/ownership.h"

namespace wr {

bool patternMoves(const Program& prog,
                  const Pattern* p,
                  const std::function<bool(TypeId)>& needsDrop) {
  if (!p)
    return false;
  switch (p->kind) {
    case PatternKind::Binding:
      if (!p->bindsRef && p->derefs == 0 && p->local < 0xFFFFFFFF && p->type != kNoType &&
          needsDrop(p->type))
        return true;
      return patternMoves(prog, p->sub, needsDrop);
    case PatternKind::Ref:
      return false;  // matched through a reference: nothing is owned
    default:
      break;
  }
  if (p->derefs > 0)
    return false;
  for (const Pattern* e : p->elems) {
    if (patternMoves(prog, e, needsDrop))
      return true;
  }
  for (const FieldPattern& f : p->fields) {
    if (patternMoves(prog, f.pattern, needsDrop))
      return true;
  }
  return false;
}

namespace {

class Analyzer {
 public:
  Analyzer(const Program& prog, const FnInfo& fn, const std::function<bool(TypeId)>& needsDrop)
      : prog_(prog), fn_(fn), needsDrop_(needsDrop) {
    size_t n = fn.locals.size();
    declDepth_.assign(n, 0);
    moved_.assign(n, false);
    movedDeeper_.assign(n, false);
    assignedDeeper_.assign(n, false);
    uninit_.assign(n, false);
    matchMoved_.assign(n, false);
  }

  Ownership run() {
    if (fn_.item && fn_.item->body)
      block(fn_.item->body, true, 0);
    out_.flagged.assign(fn_.locals.size(), false);
    for (size_t l = 0; l < fn_.locals.size(); ++l) {
      if (!needsDrop_(fn_.locals[l].type))
        continue;
      out_.flagged[l] =
          movedDeeper_[l] || uninit_[l] || matchMoved_[l] || (moved_[l] && assignedDeeper_[l]);
    }
    return std::move(out_);
  }

 private:
  bool isLocal(const Expr* e) const {
    return e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Local &&
           e->res < fn_.locals.size();
  }

  static const Expr* strip(const Expr* e) {
    while (e->kind == ExprKind::Paren)
      e = e->lhs;
    return e;
  }

  // `*b` of a Box (the checker's `*deref(&b)`): the MethodCall, else null.
  const Expr* boxDeref(const Expr* e) const {
    e = strip(e);
    if (e->kind != ExprKind::Unary || e->unOp != UnOp::Deref)
      return nullptr;
    const Expr* call = strip(e->lhs);
    if (call->kind != ExprKind::MethodCall || !call->overloaded || call->autoDerefs != 0 ||
        prog_.langOf(call->lhs->type) != LangItem::OwnedBox)
      return nullptr;
    return call;
  }

  // The local a place expression is rooted in (through fields and Box
  // derefs), or kNone.
  uint32_t root(const Expr* e) const {
    e = strip(e);
    if (isLocal(e))
      return e->res;
    if (e->kind == ExprKind::Field && e->autoDerefs == 0)
      return root(e->lhs);
    if (const Expr* call = boxDeref(e))
      return root(call->lhs);
    return 0xFFFFFFFF;
  }

  void noteMove(const Expr* e, int depth) {
    uint32_t l = root(e);
    if (l >= fn_.locals.size())
      return;
    moved_[l] = true;
    if (depth > declDepth_[l])
      movedDeeper_[l] = true;
  }

  void declare(const Pattern* p, int depth, bool initialized) {
    if (!p)
      return;
    if (p->kind == PatternKind::Binding && p->local < fn_.locals.size()) {
      declDepth_[p->local] = depth;
      uninit_[p->local] = !initialized;
    }
    declare(p->sub, depth, initialized);
    for (const Pattern* e : p->elems)
      declare(e, depth, initialized);
    for (const FieldPattern& f : p->fields)
      declare(f.pattern, depth, initialized);
  }

  // A value matched by value against `pat` (a let, a match arm, if let).
  void scrutinee(Expr* e, bool moves, int depth, bool conditional) {
    expr(e, moves, depth);
    if (!moves)
      return;
    uint32_t l = root(e);
    if (l < fn_.locals.size() && conditional)
      matchMoved_[l] = true;
  }

  void block(Block* b, bool consumed, int depth) {
    if (!b)
      return;
    for (Stmt* s : b->stmts) {
      if (s->kind == StmtKind::Let) {
        if (s->init) {
          bool moves = s->pattern && (s->pattern->kind == PatternKind::Binding
                                          ? !s->pattern->bindsRef
                                          : patternMoves(prog_, s->pattern, needsDrop_));
          scrutinee(s->init, moves, depth, false);
        }
        if (s->elseBlock)
          block(s->elseBlock, false, depth + 1);
        declare(s->pattern, depth, s->init != nullptr);
      } else if (s->kind == StmtKind::Expr) {
        expr(s->init, false, depth);
      }
    }
    // A block's value leaves it: the tail is always moved out.
    if (b->tail)
      expr(b->tail, true, depth);
    (void)consumed;
  }

  void expr(Expr* e, bool consumed, int depth) {
    if (!e)
      return;
    if (consumed && e->type != kNoType && needsDrop_(e->type)) {
      out_.consumed.insert(e);
      noteMove(e, depth);
    }
    switch (e->kind) {
      case ExprKind::Paren:
        expr(e->lhs, consumed, depth);
        return;
      case ExprKind::Field: {
        // Moving a field out of a temporary: the rest of it is not dropped.
        bool partOfTemp = consumed && needsDrop_(e->type) && root(e) >= fn_.locals.size();
        expr(e->lhs, partOfTemp, depth);
        return;
      }
      case ExprKind::Unary:
        if (e->unOp == UnOp::Deref && boxDeref(e) && consumed && needsDrop_(e->type) &&
            root(e) >= fn_.locals.size()) {
          expr(e->lhs, false, depth);  // `*make_box()`: the box leaks
          return;
        }
        expr(e->lhs, e->unOp != UnOp::Deref && static_cast<ResKind>(e->resKind) == ResKind::Fn,
             depth);
        return;
      case ExprKind::Ref:
      case ExprKind::Cast:
        expr(e->lhs, e->unsize, depth);  // Box<X> to Box<dyn T> takes the box over
        return;
      case ExprKind::Binary: {
        if (e->binOp == BinOp::And || e->binOp == BinOp::Or) {
          expr(e->lhs, false, depth);
          expr(e->rhs, false, depth + 1);
          return;
        }
        bool byValue = static_cast<ResKind>(e->resKind) == ResKind::Fn && e->binOp < BinOp::Eq;
        expr(e->lhs, byValue, depth);
        expr(e->rhs, byValue, depth);
        return;
      }
      case ExprKind::Assign: {
        bool byValue = e->binOp == BinOp::None || static_cast<ResKind>(e->resKind) == ResKind::Fn;
        expr(e->rhs, byValue, depth);
        expr(e->lhs, false, depth);
        const Expr* target = strip(e->lhs);
        if (e->binOp == BinOp::None && isLocal(target) && depth > declDepth_[target->res])
          assignedDeeper_[target->res] = true;
        return;
      }
      case ExprKind::Call:
        if (e->callsClosure || static_cast<ResKind>(e->lhs->resKind) == ResKind::Local)
          expr(e->lhs, false, depth);
        for (Expr* a : e->args)
          expr(a, true, depth);
        return;
      case ExprKind::MethodCall: {
        bool selfByValue = false;
        if (static_cast<ResKind>(e->resKind) == ResKind::Fn && e->res < prog_.fns.size()) {
          const FnInfo& f = prog_.fns[e->res];
          selfByValue = f.item && f.item->selfKind == SelfKind::Value && e->autoDerefs == 0;
        }
        expr(e->lhs, selfByValue, depth);
        for (Expr* a : e->args)
          expr(a, true, depth);
        return;
      }
      case ExprKind::Index:
        expr(e->lhs, false, depth);
        expr(e->rhs, false, depth);
        return;
      case ExprKind::Tuple:
      case ExprKind::Array:
        for (Expr* a : e->args)
          expr(a, true, depth);
        return;
      case ExprKind::ArrayRepeat:
        expr(e->lhs, true, depth);
        expr(e->rhs, false, depth);
        return;
      case ExprKind::StructLit:
        for (FieldInit& f : e->fields)
          expr(f.value, true, depth);
        expr(e->rhs, true, depth);
        return;
      case ExprKind::Range:
        expr(e->lhs, false, depth);
        expr(e->rhs, false, depth);
        return;
      case ExprKind::Block:
        block(e->block, consumed, depth);
        return;
      case ExprKind::If:
        if (e->lhs && e->lhs->kind == ExprKind::Let) {
          Expr* let = e->lhs;
          scrutinee(let->lhs, patternMoves(prog_, let->pattern, needsDrop_), depth, true);
          declare(let->pattern, depth + 1, true);
        } else {
          expr(e->lhs, false, depth);
        }
        block(e->block, consumed, depth + 1);
        expr(e->elseExpr, consumed, depth + 1);
        return;
      case ExprKind::While:
        if (e->lhs && e->lhs->kind == ExprKind::Let) {
          Expr* let = e->lhs;
          scrutinee(let->lhs, patternMoves(prog_, let->pattern, needsDrop_), depth + 1, true);
          declare(let->pattern, depth + 1, true);
        } else {
          expr(e->lhs, false, depth + 1);
        }
        block(e->block, false, depth + 1);
        return;
      case ExprKind::Loop:
        block(e->block, false, depth + 1);
        return;
      case ExprKind::For: {
        ForPlan* plan = e->forPlan;
        bool consumes = plan && plan->consumedSeq;
        if (consumes)
          expr(plan->consumedSeq, true, depth);
        else if (plan && plan->seq)
          expr(plan->seq, false, depth);
        if (plan) {
          expr(plan->lo, false, depth);
          expr(plan->hi, false, depth);
          for (Expr* s : plan->steps)
            expr(s, false, depth);
        }
        declare(e->pattern, depth + 1, true);
        block(e->block, false, depth + 1);
        return;
      }
      case ExprKind::Break:
      case ExprKind::Return:
        expr(e->lhs, true, depth);
        return;
      case ExprKind::Match: {
        bool anyMoves = false;
        for (MatchArm& arm : e->arms)
          anyMoves = anyMoves || patternMoves(prog_, arm.pattern, needsDrop_);
        scrutinee(e->lhs, anyMoves, depth, true);
        for (MatchArm& arm : e->arms) {
          declare(arm.pattern, depth + 1, true);
          expr(arm.guard, false, depth + 1);
          expr(arm.body, true, depth + 1);
        }
        return;
      }
      case ExprKind::Macro:
        for (MacroArg& a : e->macroArgs)
          expr(a.value, false, depth);
        return;
      case ExprKind::Try:
        expr(e->lhs, true, depth);
        return;
      case ExprKind::Let:
        expr(e->lhs, false, depth);
        return;
      default:
        return;  // literals, paths, closures (their bodies are fns of their own)
    }
  }

  const Program& prog_;
  const FnInfo& fn_;
  const std::function<bool(TypeId)>& needsDrop_;
  Ownership out_;
  std::vector<int> declDepth_;
  std::vector<bool> moved_, movedDeeper_, assignedDeeper_, uninit_, matchMoved_;
};

}  // namespace

Ownership analyzeOwnership(const Program& prog,
                           const FnInfo& fn,
                           const std::function<bool(TypeId)>& needsDrop) {
  return Analyzer(prog, fn, needsDrop).run();
}

}  // namespace wr
