// Definite initialization (rustc's E0381): a local declared without a value
// (`let x;`) may only be read on paths where every branch has assigned it.
// The same walk finds variables that are never used (the `unused_variables`
// warning).
//
// A forward walk over each body in evaluation order keeps the set of
// initialized locals; branches are joined by intersection, a diverging
// branch (return, break, panic) joins as "everything initialized", loops
// that may not run keep the state from before them, and `loop` continues
// with the intersection of the states at its `break`s.
#include "compiler/check/check.h"

#include <unordered_map>

namespace wr {

namespace {

struct State {
  std::vector<bool> init;
  bool unreachable = false;

  void join(const State& other) {
    if (other.unreachable)
      return;
    if (unreachable) {
      *this = other;
      return;
    }
    for (size_t i = 0; i < init.size() && i < other.init.size(); ++i)
      init[i] = init[i] && other.init[i];
  }
};

class InitChecker {
 public:
  InitChecker(Program& prog, DiagnosticEngine& diags, FnInfo& fn)
      : prog_(prog), diags_(diags), fn_(fn), reported_(fn.locals.size(), false) {
    state_.init.assign(fn.locals.size(), true);
  }

  void run() {
    if (!fn_.item->body)
      return;
    used_.assign(fn_.locals.size(), false);
    block(fn_.item->body);
    reportUnused();
  }

 private:
  void block(Block* b) {
    for (Stmt* s : b->stmts) {
      if (s->kind == StmtKind::Let) {
        if (s->init)
          expr(s->init);
        if (s->elseBlock) {
          State before = state_;
          block(s->elseBlock);
          state_ = before;  // the else block diverges
        }
        declare(s->pattern, s->init != nullptr);
        if (!s->init && s->pattern && s->pattern->kind == PatternKind::Binding) {
          // Where `= value` would go: after the type annotation, if any.
          insertAt_[s->pattern->local] = s->type ? s->type->span.hi : s->pattern->span.hi;
        }
      } else if (s->kind == StmtKind::Expr) {
        expr(s->init);
      }
    }
    if (b->tail)
      expr(b->tail);
  }

  void declare(Pattern* p, bool initialized) {
    if (!p)
      return;
    if (p->kind == PatternKind::Binding && p->local < state_.init.size())
      state_.init[p->local] = initialized;
    for (Pattern* e : p->elems)
      declare(e, initialized);
    for (FieldPattern& f : p->fields)
      declare(f.pattern, initialized);
    declare(p->sub, initialized);
  }

  void diverge() { state_.unreachable = true; }

  void reportUnused() {
    for (uint32_t l = 0; l < fn_.locals.size(); ++l) {
      const LocalInfo& info = fn_.locals[l];
      if (used_[l] || info.name.empty() || info.name[0] == '_' || info.name == "self")
        continue;
      std::string n(info.name);
      Span at = info.span;
      // The name itself (a binding's span may include `mut`).
      if (at.hi >= at.lo + n.size())
        at.lo = at.hi - static_cast<uint32_t>(n.size());
      diags_.emit(DiagKind::UnusedVariable, "unused variable: `" + n + "`")
          .primary(at)
          .suggest("if this is intentional, prefix it with an underscore", at, "_" + n,
                   Applicability::MachineApplicable);
    }
  }

  void use(Expr* e) {
    uint32_t l = e->res;
    if (l < used_.size())
      used_[l] = true;
    if (l >= state_.init.size() || state_.unreachable || state_.init[l] || reported_[l])
      return;
    reported_[l] = true;
    const LocalInfo& info = fn_.locals[l];
    std::string n(info.name);
    diags_.emit(DiagKind::UninitializedUse, "used binding `" + n + "` isn't initialized")
        .primary(e->span, "`" + n + "` used here but it isn't initialized")
        .label(info.span, "binding declared here but left uninitialized")
        .suggest("consider assigning a value", Span{insertAt_[l], insertAt_[l]}, " = 0",
                 Applicability::MaybeIncorrect);
  }

  void expr(Expr* e) {
    if (!e)
      return;
    switch (e->kind) {
      case ExprKind::Path:
        if (static_cast<ResKind>(e->resKind) == ResKind::Local)
          use(e);
        return;
      case ExprKind::Assign: {
        expr(e->rhs);
        Expr* target = e->lhs;
        while (target->kind == ExprKind::Paren)
          target = target->lhs;
        bool whole = target->kind == ExprKind::Path &&
                     static_cast<ResKind>(target->resKind) == ResKind::Local;
        if (whole && e->binOp == BinOp::None) {
          if (target->res < used_.size())
            used_[target->res] = true;
          if (target->res < state_.init.size() && !state_.unreachable)
            state_.init[target->res] = true;
        } else {
          expr(e->lhs);
        }
        return;
      }
      case ExprKind::Binary:
        expr(e->lhs);
        if (e->binOp == BinOp::And || e->binOp == BinOp::Or) {
          State before = state_;
          expr(e->rhs);
          state_ = before;  // the right side may not run
        } else {
          expr(e->rhs);
        }
        return;
      case ExprKind::If: {
        expr(e->lhs);
        State before = state_;
        block(e->block);
        State thenState = state_;
        state_ = before;
        if (e->elseExpr)
          expr(e->elseExpr);
        state_.join(thenState);
        if (!e->elseExpr)
          state_.join(before);
        return;
      }
      case ExprKind::Let:
        expr(e->lhs);
        declare(e->pattern, true);
        return;
      case ExprKind::Match: {
        expr(e->lhs);
        State before = state_;
        State after;
        after.unreachable = true;
        for (MatchArm& arm : e->arms) {
          state_ = before;
          declare(arm.pattern, true);
          if (arm.guard) {
            expr(arm.guard);
          }
          expr(arm.body);
          if (prog_.types.kind(arm.body->type) == TypeKind::Never)
            diverge();
          after.join(state_);
        }
        if (after.unreachable)
          after.init = before.init;
        state_ = after;
        return;
      }
      case ExprKind::While:
      case ExprKind::For: {
        expr(e->lhs);
        State before = state_;
        openLoop(e->loopId);
        block(e->block);
        closeLoop(e->loopId);
        state_ = before;  // the body may run zero times
        return;
      }
      case ExprKind::Loop: {
        openLoop(e->loopId);
        block(e->block);
        State after = closeLoop(e->loopId);
        state_ = after;
        return;
      }
      case ExprKind::Break:
        expr(e->lhs);
        if (breaks_.count(e->loopId))
          breaks_[e->loopId].join(state_);
        diverge();
        return;
      case ExprKind::Continue:
        diverge();
        return;
      case ExprKind::Return:
        expr(e->lhs);
        diverge();
        return;
      case ExprKind::Block:
        block(e->block);
        if (prog_.types.kind(e->type) == TypeKind::Never)
          diverge();
        return;
      case ExprKind::Macro:
        for (MacroArg& a : e->macroArgs)
          expr(a.value);
        if (prog_.types.kind(e->type) == TypeKind::Never)
          diverge();
        return;
      case ExprKind::StructLit:
        for (FieldInit& f : e->fields)
          expr(f.value);
        expr(e->rhs);
        return;
      case ExprKind::Call:
        expr(e->lhs);
        for (Expr* a : e->args)
          expr(a);
        if (prog_.types.kind(e->type) == TypeKind::Never)
          diverge();
        return;
      default:
        expr(e->lhs);
        expr(e->rhs);
        for (Expr* a : e->args)
          expr(a);
        return;
    }
  }

  void openLoop(uint32_t id) {
    State none;
    none.unreachable = true;
    breaks_[id] = none;
  }
  State closeLoop(uint32_t id) {
    State s = breaks_[id];
    breaks_.erase(id);
    return s;
  }

  Program& prog_;
  DiagnosticEngine& diags_;
  FnInfo& fn_;
  State state_;
  std::vector<bool> reported_;
  std::vector<bool> used_;
  std::unordered_map<uint32_t, State> breaks_;
  std::unordered_map<uint32_t, uint32_t> insertAt_;
};

}  // namespace

void checkInitialization(const SourceFile& file, Program& program, DiagnosticEngine& diags) {
  // Instances and closure bodies were checked as part of their template or
  // enclosing fn; the prelude is known to be correct.
  for (FnInfo& fn : program.fns) {
    if (fn.templateFn == kNone && !fn.isClosure() && !(fn.item && file.inPrelude(fn.item->span)))
      InitChecker(program, diags, fn).run();
  }
}

}  // namespace wr
