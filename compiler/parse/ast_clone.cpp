// Deep copies of function bodies (see ast_clone.h).
#include "compiler/parse/ast_clone.h"

namespace wr {

namespace {

class Cloner {
 public:
  explicit Cloner(Arena& arena) : arena_(arena) {}

  Expr* expr(const Expr* e) {
    if (!e)
      return nullptr;
    // An unsizing coercion the checker wrapped around a template's
    // expression: each copy is checked, and coerced, afresh.
    if (e->kind == ExprKind::Cast && e->unsize && !e->typeExpr)
      return expr(e->lhs);
    Expr* c = arena_.make<Expr>(*e);
    c->lhs = expr(e->lhs);
    c->rhs = expr(e->rhs);
    c->elseExpr = expr(e->elseExpr);
    c->block = block(e->block);
    c->pattern = pattern(e->pattern);
    for (MatchArm& arm : c->arms) {
      arm.pattern = pattern(arm.pattern);
      arm.guard = expr(arm.guard);
      arm.body = expr(arm.body);
    }
    for (Expr*& a : c->args)
      a = expr(a);
    for (FieldInit& f : c->fields)
      f.value = expr(f.value);
    for (MacroArg& a : c->macroArgs)
      a.value = expr(a.value);
    c->forPlan = nullptr;  // the checker plans each copy's loops afresh
    return c;
  }

  Pattern* pattern(const Pattern* p) {
    if (!p)
      return nullptr;
    Pattern* c = arena_.make<Pattern>(*p);
    c->sub = pattern(p->sub);
    for (Pattern*& el : c->elems)
      el = pattern(el);
    for (FieldPattern& f : c->fields)
      f.pattern = pattern(f.pattern);
    c->lo = expr(p->lo);
    c->hi = expr(p->hi);
    return c;
  }

  Block* block(const Block* b) {
    if (!b)
      return nullptr;
    Block* c = arena_.make<Block>(*b);
    for (Stmt*& s : c->stmts) {
      Stmt* copy = arena_.make<Stmt>(*s);
      copy->pattern = pattern(s->pattern);
      copy->init = expr(s->init);
      copy->elseBlock = block(s->elseBlock);
      s = copy;
    }
    c->tail = expr(b->tail);
    return c;
  }

 private:
  Arena& arena_;
};

}  // namespace

Item* cloneFnItem(Arena& arena, const Item* fn) {
  Cloner cl(arena);
  Item* c = arena.make<Item>(*fn);
  for (Param& p : c->params)
    p.pattern = cl.pattern(p.pattern);
  c->body = cl.block(fn->body);
  return c;
}

}  // namespace wr
