// Closures in the checker.
//
// A closure is checked inline, in its enclosing body's inference context:
// its parameters and the locals it declares are that body's locals, and a
// captured variable is simply the outer local. Its type is a struct of its
// own whose fields are references to the captured locals (the environment;
// a `move` closure holds copies of the Copy values it captures instead);
// parameter types come from annotations, from an `Fn(A) -> R` bound on the
// generic parameter it is passed as, or from inference.
//
// Once the enclosing body's types are known, a closure in a body that will
// be lowered becomes a fn of its own: the environment first, then its
// parameters; its body is the closure's body, in which each use of a
// captured local now reads through the environment (`*env.k`).
#include "compiler/check/checker.h"

namespace wr {

namespace {

bool isFnTrait(const Program& prog, uint32_t trait) {
  const TraitInfo& t = prog.traits[trait];
  return !t.item && (t.name == "Fn" || t.name == "FnMut" || t.name == "FnOnce");
}

// Rewrites, in place, the uses of captured locals in a closure body into
// reads through the environment. Nested closures keep their bodies (they
// get their own environment) but their captures are evaluated here.
class CaptureRewriter {
 public:
  CaptureRewriter(Arena& arena,
                  const Expr* closure,
                  uint32_t envLocal,
                  TypeId envType,
                  const std::vector<TypeId>& fieldTypes)
      : arena_(arena),
        closure_(closure),
        envLocal_(envLocal),
        envType_(envType),
        fieldTypes_(fieldTypes) {}

  void expr(Expr* e) {
    if (!e)
      return;
    if (e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Local) {
      rewriteUse(e);
      return;
    }
    if (e->kind == ExprKind::Closure) {
      for (Expr* a : e->args)
        expr(a);
      return;
    }
    expr(e->lhs);
    expr(e->rhs);
    expr(e->elseExpr);
    block(e->block);
    for (MatchArm& arm : e->arms) {
      expr(arm.guard);
      expr(arm.body);
    }
    for (Expr* a : e->args)
      expr(a);
    for (FieldInit& f : e->fields)
      expr(f.value);
    for (MacroArg& a : e->macroArgs)
      expr(a.value);
  }

  void block(Block* b) {
    if (!b)
      return;
    for (Stmt* s : b->stmts) {
      expr(s->init);
      block(s->elseBlock);
    }
    expr(b->tail);
  }

 private:
  void rewriteUse(Expr* e) {
    uint32_t local = e->res;
    if (local >= closure_->closureLocals && local < closure_->closureLocalsEnd)
      return;  // the closure's own
    uint32_t k = 0;
    while (k < closure_->args.size() && closure_->args[k]->res != local)
      ++k;
    if (k == closure_->args.size())
      return;
    // `x` becomes `*env.k` (`env.k` when captured by value): the Path
    // node turns into the dereference or the field.
    Expr* env = arena_.make<Expr>();
    env->kind = ExprKind::Path;
    env->span = e->span;
    env->resKind = static_cast<uint8_t>(ResKind::Local);
    env->res = envLocal_;
    env->type = envType_;
    Expr* field = arena_.make<Expr>();
    field->kind = ExprKind::Field;
    field->span = e->span;
    field->lhs = env;
    field->fieldIndex = k;
    field->type = fieldTypes_[k];
    TypeId valueType = e->type;
    if (fieldTypes_[k] == closure_->args[k]->type) {
      *e = *field;
      return;
    }
    *e = Expr();
    e->kind = ExprKind::Unary;
    e->unOp = UnOp::Deref;
    e->span = field->span;
    e->lhs = field;
    e->type = valueType;
  }

  Arena& arena_;
  const Expr* closure_;
  uint32_t envLocal_;
  TypeId envType_;
  const std::vector<TypeId>& fieldTypes_;
};

}  // namespace

// Signatures for closures passed where a parameter bounded by `Fn(A) -> R`
// is expected: the bound, with the call's generic variables substituted.
void Checker::noteFnHints(const FnInfo& f, const Subst& s) {
  for (size_t i = 0; i < f.generics.size() && i < s.size(); ++i) {
    for (const TraitBound& b : prog_.typeParams[f.generics[i]].bounds) {
      if (!isFnTrait(prog_, b.trait) || b.args.empty())
        continue;
      FnHint hint;
      const TypeData& args = tt_.get(tt_.subst(b.args[0], s));
      if (args.kind != TypeKind::Tuple)
        continue;
      hint.params = args.elems;
      hint.ret = tt_.unit();
      for (const auto& [name, t] : b.assoc) {
        if (name == "Output")
          hint.ret = tt_.subst(t, s);
      }
      fnHints_[s[i].second] = std::move(hint);
    }
  }
}

TypeId Checker::checkClosure(Expr* e, TypeId expected) {
  const FnHint* hint = nullptr;
  if (expected != kNoType) {
    auto it = fnHints_.find(infer_->shallow(expected));
    if (it != fnHints_.end() && it->second.params.size() == e->closureParams.size())
      hint = &it->second;
  }
  std::vector<TypeId> params;
  for (size_t i = 0; i < e->closureParams.size(); ++i) {
    Param& p = e->closureParams[i];
    TypeId t = p.type && p.type->resolved != kNoType ? inst(p.type->resolved)
               : hint                                ? hint->params[i]
                                                     : tt_.newVar(TypeKind::Var);
    if (p.type && hint)
      infer_->unify(t, hint->params[i]);
    uint32_t local = e->closureLocals + static_cast<uint32_t>(i);
    fn_->locals[local].type = t;
    fn_->locals[local].hasInit = true;
    if (p.pattern && p.pattern->local != local)
      checkPattern(p.pattern, t, BindMode::Move, true);
    else if (p.pattern)
      visitedPats_.push_back(p.pattern);
    params.push_back(t);
  }
  TypeId ret = e->typeExpr && e->typeExpr->resolved != kNoType ? inst(e->typeExpr->resolved)
               : hint                                          ? hint->ret
                                                               : tt_.newVar(TypeKind::Var);
  TypeId savedRet = retType_;
  retType_ = ret;
  TypeId bt = checkExpr(e->lhs, ret);
  coerce(e->lhs, bt, ret, {});
  retType_ = savedRet;
  for (Expr* c : e->args) {
    checkExpr(c, kNoType);
    if (c->res < fn_->locals.size())
      fn_->locals[c->res].addressTaken = true;  // the environment points at it
  }
  // The closure's own struct type; its fields are filled in finishClosures.
  uint32_t id = static_cast<uint32_t>(prog_.structs.size());
  Item* item = ast_.arena.make<Item>();
  item->kind = ItemKind::Struct;
  item->name = "closure";
  item->span = item->nameSpan = e->span;
  item->id = id;
  StructInfo s;
  s.item = item;
  LineCol lc = file_.lineCol(e->span.lo);
  s.name = "[closure@" + file_.pathAt(e->span.lo) + ":" + std::to_string(lc.line) + ":" +
           std::to_string(lc.col) + "]";
  s.shape = StructShape::Tuple;
  s.closure = e;
  s.closureParams = params;
  s.closureRet = ret;
  prog_.structs.push_back(std::move(s));
  closures_.emplace_back(e, id);
  return tt_.structType(id);
}

// The parameter and return types of calling a value of type `t`: a closure
// or a type parameter bounded by `Fn(A) -> R`, through references.
bool Checker::closureSignature(TypeId t, std::vector<TypeId>& params, TypeId& ret, int& derefs) {
  t = infer_->shallow(t);
  derefs = 0;
  while (tt_.kind(t) == TypeKind::Ref) {
    t = infer_->shallow(tt_.get(t).elem);
    ++derefs;
  }
  const TypeData& d = tt_.get(t);
  if (d.kind == TypeKind::Struct && prog_.structs[d.id].closure) {
    params = prog_.structs[d.id].closureParams;
    ret = prog_.structs[d.id].closureRet;
    return true;
  }
  if (d.kind == TypeKind::Param) {
    for (const TraitBound* b : paramBounds(t)) {
      if (!isFnTrait(prog_, b->trait) || b->args.empty() || tt_.kind(b->args[0]) != TypeKind::Tuple)
        continue;
      params = tt_.get(b->args[0]).elems;
      ret = tt_.unit();
      for (const auto& [name, out] : b->assoc) {
        if (name == "Output")
          ret = out;
      }
      return true;
    }
  }
  return false;
}

TypeId Checker::checkClosureCall(Expr* call, Expr* callee, TypeId calleeType) {
  std::vector<TypeId> params;
  TypeId ret = kNoType;
  int derefs = 0;
  if (!closureSignature(calleeType, params, ret, derefs)) {
    for (Expr* a : call->args)
      checkExpr(a, kNoType);
    if (tt_.kind(infer_->shallow(calleeType)) != TypeKind::Error) {
      diags_.emit(DiagKind::NotCallable, "expected function, found " + describe(calleeType))
          .primary(callee->span, "call expression requires function");
    }
    return tt_.error();
  }
  call->callsClosure = true;
  call->autoDerefs = static_cast<uint8_t>(derefs);
  return checkArgs(call, params, 0, ret, {}, "closure");
}

void Checker::finishClosures() {
  uint32_t index = 0;
  for (auto& [e, id] : closures_) {
    StructInfo& s = prog_.structs[id];
    for (TypeId& p : s.closureParams)
      p = infer_->resolve(p, true);
    s.closureRet = infer_->resolve(s.closureRet, true);
    std::vector<TypeId> fieldTypes;
    for (size_t k = 0; k < e->args.size(); ++k) {
      FieldInfo f;
      f.name = std::to_string(k);
      // A `move` closure copies the Copy values and moves the references
      // it captures (so it may outlive their scope, e.g. as an `impl Fn`
      // result, or run on another thread while the variable is reused,
      // as a task's `&mut` chunk); others it borrows.
      TypeId captured = infer_->resolve(e->args[k]->type, true);
      bool byValue =
          e->isMove && (isCopyType(prog_, captured) || tt_.kind(captured) == TypeKind::Ref);
      f.type = byValue ? captured : tt_.ref(captured, false);
      f.span = e->args[k]->span;
      s.fields.push_back(f);
      fieldTypes.push_back(f.type);
    }
    if (fn_->isTemplate() || !fn_->item)
      continue;  // never lowered: no fn for its body
    TypeId envType = tt_.structType(id);
    FnInfo f;
    f.name = fn_->name + "::{closure#" + std::to_string(index++) + "}";
    Item* item = ast_.arena.make<Item>();
    item->kind = ItemKind::Fn;
    item->name = "{closure}";
    item->span = item->nameSpan = e->span;
    Block* body = ast_.arena.make<Block>();
    body->span = e->lhs->span;
    body->tail = e->lhs;
    item->body = body;
    f.item = item;
    f.locals = fn_->locals;
    LocalInfo env;
    env.name = "env";
    env.type = envType;
    env.isParam = true;
    env.hasInit = true;
    env.span = e->span;
    uint32_t envLocal = static_cast<uint32_t>(f.locals.size());
    f.locals.push_back(env);
    f.params.push_back(envType);
    f.paramLocals.push_back(envLocal);
    for (size_t i = 0; i < s.closureParams.size(); ++i) {
      f.params.push_back(s.closureParams[i]);
      f.paramLocals.push_back(e->closureLocals + static_cast<uint32_t>(i));
    }
    f.ret = s.closureRet;
    f.closure = e;
    f.localsBegin = e->closureLocals;
    f.localsEnd = e->closureLocalsEnd;
    f.loopCount = fn_->loopCount;
    CaptureRewriter(ast_.arena, e, envLocal, envType, fieldTypes).expr(e->lhs);
    s.closureFn = static_cast<uint32_t>(prog_.fns.size());
    item->id = s.closureFn;
    prog_.fns.push_back(std::move(f));  // checkFn skips it: its body was checked here
  }
  closures_.clear();
}

// `e?` on an Option or Result: the Some/Ok value, or an early return of
// None/Err. An error of another type than the fn's is converted through
// its From impl: the operand becomes `wasm_try::convert_err(e)`.
TypeId Checker::checkTry(Expr* e) {
  TypeId t = infer_->shallow(checkExpr(e->lhs, kNoType));
  auto family = [&](TypeId ty) -> std::string {
    const TypeData& d = tt_.get(infer_->shallow(ty));
    if (d.kind != TypeKind::Struct || !prog_.structs[d.id].isEnum)
      return "";
    const StructInfo& s = prog_.structs[d.id];
    if (!file_.inPrelude(s.item->span))
      return "";
    return s.name == "Option" || s.name == "Result" ? s.name : "";
  };
  if (tt_.kind(t) == TypeKind::Error)
    return t;
  std::string what = family(t);
  if (what.empty()) {
    diags_
        .emit(DiagKind::QuestionMarkMisuse,
              "the `?` operator can only be applied to values that implement `Try`")
        .primary(e->span, "the `?` operator cannot be applied to type `" + show(t) + "`")
        .help("the trait `Try` is not implemented for `" + show(t) + "`");
    return tt_.error();
  }
  TypeId ret = infer_->shallow(retType_);
  if (family(ret) != what) {
    if (tt_.kind(ret) != TypeKind::Error) {
      diags_
          .emit(DiagKind::QuestionMarkMisuse,
                "the `?` operator can only be used in a function that returns `Result` or "
                "`Option` (or another type that implements `FromResidual`)")
          .primary(e->nameSpan,
                   "cannot use the `?` operator in a function that returns `" + show(ret) + "`");
    }
    return prog_.structs[tt_.get(t).id].generics.empty() ? tt_.error() : tt_.get(t).elems[0];
  }
  if (what == "Result" && tryConvertsError(e, t, ret))
    t = infer_->shallow(e->lhs->type);
  const TypeData& from = tt_.get(t);
  const TypeData& to = tt_.get(ret);
  if (what == "Result" && from.elems.size() == 2 && to.elems.size() == 2 &&
      !infer_->unify(from.elems[1], to.elems[1])) {
    diags_
        .emit(DiagKind::QuestionMarkMisuse,
              "`?` couldn't convert the error to `" + show(to.elems[1]) + "`")
        .primary(e->nameSpan, "the trait `From<" + show(from.elems[1]) +
                                  ">` is not implemented for `" + show(to.elems[1]) + "`")
        .note(
            "the question mark operation (`?`) implicitly performs a conversion on the error "
            "value using the `From` trait");
  }
  return from.elems[0];
}

// When the fn's error type (`ret` is its Result) is known and the
// operand's (`t`) is another or not known yet, and the fn's converts from
// the operand's,
// wraps the operand in `wasm_try::convert_err(..)`, typed here (the
// operand is checked already). Returns whether it did.
bool Checker::tryConvertsError(Expr* e, TypeId t, TypeId ret) {
  uint32_t fn = prog_.tryConvertFn;
  if (fn == kNone || prog_.fns[fn].generics.size() != 3)
    return false;
  // The prelude's From: the bound of convert_err's `F: From<E>`.
  const std::vector<TraitBound>& bounds = prog_.typeParams[prog_.fns[fn].generics[2]].bounds;
  uint32_t fromTrait = bounds.empty() ? kNone : bounds[0].trait;
  // Copies: resolving may intern types, which moves the table's entries.
  std::vector<TypeId> operandArgs = tt_.get(t).elems;
  std::vector<TypeId> fnArgs = tt_.get(ret).elems;
  if (fromTrait == kNone || operandArgs.size() != 2 || fnArgs.size() != 2)
    return false;
  TypeId fromErr = infer_->resolve(operandArgs[1], false);
  TypeId toErr = infer_->resolve(fnArgs[1], false);
  if (fromErr == toErr || tt_.get(toErr).hasVar || tt_.kind(fromErr) == TypeKind::Error ||
      tt_.kind(toErr) == TypeKind::Error)
    return false;
  // An operand error not known yet (`s.parse()?` before the body tells
  // what it parses) is converted too, as Rust does; the fn's own error is
  // its type when nothing else decides it (finishGenericUses).
  bool known = !tt_.get(fromErr).hasVar;
  if (known && !implements(toErr, fromTrait, {fromErr}))
    return false;
  Expr* callee = preludeFnPath(fn, e->nameSpan);
  callee->type = tt_.unit();
  visited_.push_back(callee);
  Expr* call = ast_.arena.make<Expr>();
  call->kind = ExprKind::Call;
  call->span = e->lhs->span;
  call->lhs = callee;
  call->args = {e->lhs};
  const FnInfo& f = prog_.fns[fn];
  Subst s = useFn(callee, fn, callee->span);
  std::vector<TypeId> params;
  for (TypeId p : f.params)
    params.push_back(tt_.subst(p, s));
  TypeId result = checkArgs(call, params, 0, tt_.subst(f.ret, s), f.item->nameSpan, "function", t);
  inferAssocBindings(f, s);
  TypeId resultErr = tt_.get(infer_->shallow(result)).elems[1];
  infer_->unify(resultErr, toErr);
  record(call, result);
  e->lhs = call;
  return true;
}

}  // namespace wr
