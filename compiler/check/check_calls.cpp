// Type checking of calls, method calls (user methods with auto-ref and
// auto-deref, and built-in methods of primitives), field access, indexing,
// `for` loop planning and the formatting/assertion macros.
#include <cstring>

#include "compiler/check/checker.h"
#include "compiler/sema/builtin_methods.h"
#include "compiler/sema/intrinsics.h"

namespace wr {

static std::string plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

TypeId Checker::checkArgs(Expr* call,
                          const std::vector<TypeId>& params,
                          size_t firstParam,
                          TypeId ret,
                          Span defSpan,
                          const std::string& what,
                          TypeId checkedFirst) {
  size_t want = params.size() - firstParam;
  if (call->args.size() != want) {
    std::string msg = "this " + what + " takes " + plural(want, "argument") + " but " +
                      plural(call->args.size(), "argument") +
                      (call->args.size() == 1 ? " was" : " were") + " supplied";
    Span at = call->kind == ExprKind::MethodCall ? call->nameSpan : call->lhs->span;
    auto d = diags_.emit(DiagKind::WrongArgCount, msg);
    d.primary(at, "");
    if (!defSpan.empty())
      d.note(what + " defined here");
  }
  for (size_t i = 0; i < call->args.size(); ++i) {
    TypeId p = firstParam + i < params.size() ? params[firstParam + i] : kNoType;
    // The first argument may have been checked already, to choose the impl.
    TypeId t = i == 0 && checkedFirst != kNoType ? checkedFirst : checkExpr(call->args[i], p);
    size_t before = diags_.all().size();
    if (p != kNoType)
      coerce(call->args[i], t, iterableArgType(p, t), {});
    if (call->fnValueCall && diags_.all().size() == before + 1 &&
        diags_.all().back().kind == DiagKind::MismatchedTypes) {
      // `filter(positive)` with `fn positive(x: i32)`: rustc speaks of the
      // function's signature, not of an argument the program never wrote.
      Diagnostic& d = diags_.all().back();
      d.kind = DiagKind::FnValueArgMismatch;
      d.message = "type mismatch in function arguments";
      d.notes.push_back("found a function that takes `" + show(p) + "` where it is called with `" +
                        show(t) + "`");
    }
  }
  return ret;
}

// A constructor's struct or enum type, fresh, unified with the expected
// type when that names the same type: its fields then expect what the
// context wants (`Some(&s)` where `Option<&str>` is expected coerces).
TypeId Checker::expectedCtorType(uint32_t sid, TypeId expected) {
  TypeId st = freshStructType(sid);
  if (expected == kNoType)
    return st;
  TypeId x = infer_->shallow(expected);
  if (tt_.kind(x) == TypeKind::Struct && tt_.get(x).id == sid)
    infer_->unify(st, x);
  return st;
}

TypeId Checker::checkCall(Expr* e, TypeId expected) {
  Expr* callee = e->lhs;
  if (callee->kind != ExprKind::Path)
    return checkClosureCall(e, callee, checkExpr(callee, kNoType));
  callee->type = tt_.unit();
  visited_.push_back(callee);
  ResKind k = static_cast<ResKind>(callee->resKind);
  switch (k) {
    case ResKind::Fn: {
      TypeId first = chooseImplByFirstArg(e);
      FnInfo& f = prog_.fns[callee->res];
      // `Circle::secret()`: an inherent impl's fn through its path is as
      // private as a method call of it (a trait's are as public as the trait).
      if (f.impl < prog_.impls.size() && prog_.impls[f.impl].trait == kNone &&
          !callee->path.segments.empty())
        checkMethodVisible(f, callee->path.segments.back().span);
      // `Point::area(&p)`: a method called through its path takes `self`
      // as its first parameter, which params already lists.
      if (!f.isTemplate())
        return checkArgs(e, f.params, 0, f.ret, f.item->nameSpan, "function", first);
      Subst s = useFn(callee, callee->res, callee->span);
      applyTurbofish(callee, callee->res, s);
      if (callee->qself != kNoType)
        infer_->unify(s[0].second, inst(callee->qself));
      if (callee->qself != kNoType && f.trait != kNone)
        unifyBoundTraitArgs(callee->qself, f.trait, s);
      std::vector<TypeId> params;
      for (TypeId p : f.params)
        params.push_back(tt_.subst(p, s));
      noteIterableParams(f, s);
      TypeId r = checkArgs(e, params, 0, tt_.subst(f.ret, s), f.item->nameSpan, "function", first);
      inferAssocBindings(f, s);
      checkIterableArgs(e, f, s, 0);
      return r;
    }
    case ResKind::TupleCtor: {
      StructInfo& s = prog_.structs[callee->res];
      TypeId st = expectedCtorType(callee->res, expected);
      std::vector<TypeId> params;
      for (uint32_t i = 0; i < s.fields.size(); ++i)
        params.push_back(prog_.fieldType(st, i));
      checkArgs(e, params, 0, kNoType, s.item->nameSpan, "struct");
      return st;
    }
    case ResKind::VariantCtor: {
      StructInfo& s = prog_.structs[callee->res];
      TypeId st = expectedCtorType(callee->res, expected);
      std::vector<TypeId> params;
      for (uint32_t i = 0; i < s.variants[callee->fieldIndex].fields.size(); ++i)
        params.push_back(prog_.variantFieldType(st, callee->fieldIndex, i));
      checkArgs(e, params, 0, kNoType, s.variants[callee->fieldIndex].span, "enum variant");
      return st;
    }
    case ResKind::BuiltinFn: {
      BuiltinFn b = static_cast<BuiltinFn>(callee->res);
      if (intrinsicInfo(b))
        return checkIntrinsicCall(e, b);
      if (b == BuiltinFn::ProcessExit) {
        checkArgs(e, {tt_.intType(IntKind::I32)}, 0, kNoType, {}, "function");
        return tt_.never();
      }
      if (b == BuiltinFn::FmtDisplay || b == BuiltinFn::FmtDebug)
        return checkFmtDelegate(e, b == BuiltinFn::FmtDebug);
      TypeId v = tt_.newVar(TypeKind::Var);
      if (b == BuiltinFn::MemReplace)
        return checkArgs(e, {tt_.ref(v, true), v}, 0, v, {}, "function");
      checkArgs(e, {tt_.ref(v, true), tt_.ref(v, true)}, 0, kNoType, {}, "function");
      return tt_.unit();
    }
    case ResKind::PrimMethod: {
      // `f64::max(a, b)`: the first argument is the receiver.
      if (e->args.empty()) {
        diags_
            .emit(DiagKind::WrongArgCount,
                  "this function takes at least 1 argument but 0 arguments were supplied")
            .primary(callee->span);
        return tt_.error();
      }
      TypeId prim = callee->res;
      std::string_view method = callee->path.segments.back().name;
      if (!lookupBuiltinMethod(prim, std::string(method))) {
        // `str::to_string(s)`, `map(char::to_string)`: a method the table
        // does not list (a trait's) is called on the first argument.
        const PathSegment seg = callee->path.segments.back();
        e->kind = ExprKind::MethodCall;
        e->lhs = e->args[0];
        e->args.erase(e->args.begin());
        e->name = seg.name;
        e->nameSpan = seg.span;
        e->path.segments.assign(1, seg);
        return checkMethodCall(e);
      }
      // Rust's ASCII tests and case maps of char and u8 take `&self`
      // (`filter(char::is_ascii_digit)` hands them a `&char`); WasmRust's
      // built-ins take the value, so the reference is read through.
      bool byRef = (method.substr(0, 8) == "is_ascii" || method == "to_ascii_uppercase" ||
                    method == "to_ascii_lowercase" || method == "eq_ignore_ascii_case") &&
                   (tt_.kind(prim) == TypeKind::Char || prim == tt_.intType(IntKind::U8));
      bool unsized = tt_.kind(prim) == TypeKind::Str;
      TypeId rt = checkExpr(e->args[0], byRef || unsized ? tt_.ref(prim, false) : prim);
      e->autoDerefs = 0;
      if (unsized) {
        // `str::len(s)`, `map(str::trim)`: the `&str` is the receiver, read
        // through as a method call's is.
        coerce(e->args[0], rt, tt_.ref(prim, false), {});
        e->autoDerefs = 1;
      } else {
        if (byRef && tt_.kind(infer_->shallow(rt)) == TypeKind::Ref) {
          e->args[0] = builtinDeref(e->args[0]);
          rt = e->args[0]->type;
        }
        coerce(e->args[0], rt, prim, {});
      }
      std::vector<Expr*> rest(e->args.begin() + 1, e->args.end());
      e->name = callee->path.segments.back().name;
      e->nameSpan = callee->path.segments.back().span;
      TypeId r = checkBuiltinMethod(e, prim, e->args[0], rest);
      std::copy(rest.begin(), rest.end(), e->args.begin() + 1);  // coercions rewrite
      return r;
    }
    case ResKind::UnitStruct:
      diags_
          .emit(DiagKind::NotCallable,
                "expected function, found struct `" + prog_.structs[callee->res].name + "`")
          .primary(callee->span);
      break;
    case ResKind::UnitVariant: {
      const StructInfo& s = prog_.structs[callee->res];
      diags_
          .emit(DiagKind::NotCallable,
                "expected function, found enum variant `" + callee->path.str() + "`")
          .primary(callee->span, "call expression requires function")
          .label(s.variants[callee->fieldIndex].span,
                 "enum variant `" + callee->path.str() + "` defined here");
      break;
    }
    case ResKind::Local:
      return checkClosureCall(e, callee, record(callee, checkPath(callee)));
    case ResKind::Const:
    case ResKind::Static:
    case ResKind::BuiltinConst: {
      TypeId t = checkPath(callee);
      diags_.emit(DiagKind::NotCallable, "expected function, found " + describe(t))
          .primary(callee->span, "call expression requires function");
      break;
    }
    case ResKind::Unresolved:
      break;
  }
  for (Expr* a : e->args)
    checkExpr(a, kNoType);
  return tt_.error();
}

// Auto-derefs `base` through references; returns the final type.
TypeId Checker::derefForAccess(Expr* base, int& derefs) {
  for (int attempt = 0;; ++attempt) {
    TypeId t = infer_->shallow(base->type);
    derefs = 0;
    while (tt_.kind(t) == TypeKind::Ref) {
      t = infer_->shallow(tt_.get(t).elem);
      ++derefs;
    }
    // A type not known yet may follow from the bounds of the generic calls
    // made so far (`let v: Vec<_> = it.collect(); v[0].1`: collect's
    // `B: FromIterator<T>` tells v's items): solve them now, as rustc
    // resolves pending obligations before looking into a type.
    if (attempt > 0 || tt_.kind(t) != TypeKind::Var)
      return t;
    solveUseBounds();
  }
}

// Whether `for` can lower `seq` with its own adapters: after `rev`,
// `step_by` and `enumerate` (and parentheses), with `enumerate` only as the
// last of them, comes a range, `&`, a plain `iter`/`iter_mut`/`into_iter`/
// `chars`/`bytes` call or a value that is not a method call (which takes
// no adapter but `enumerate`: it may be an iterator). Any other chain (and
// `a..`) is an iterator value advanced by its `next`.
static bool forLowersDirectly(const Expr* seq) {
  bool onlyEnumerate = true;
  bool outermost = true;
  while ((seq->kind == ExprKind::MethodCall &&
          (seq->name == "rev" || seq->name == "step_by" || seq->name == "enumerate")) ||
         seq->kind == ExprKind::Paren) {
    if (seq->kind == ExprKind::MethodCall) {
      if (seq->name == "enumerate" && !outermost)
        return false;
      onlyEnumerate &= seq->name == "enumerate";
      outermost = false;
    }
    seq = seq->lhs;
  }
  if (seq->kind == ExprKind::Range)
    return seq->rhs != nullptr;  // `(0..).step_by(2)` is an endless iterator value
  if (seq->kind != ExprKind::MethodCall)
    return onlyEnumerate || seq->kind == ExprKind::Ref || seq->kind == ExprKind::Array;
  std::string_view n = seq->name;
  return seq->args.empty() &&
         (n == "iter" || n == "iter_mut" || n == "into_iter" || n == "chars" || n == "bytes");
}

TypeId Checker::checkMethodCall(Expr* e) {
  unsizedOk_.insert(e->lhs);
  checkExpr(e->lhs, kNoType);
  for (int step = 0;; ++step) {
    TypeId r = methodCallStep(e, step < 16);
    if (r != kNoType)
      return r;
  }
}

// A method of the prelude's inherent impls on primitive types (`impl str`,
// `impl<T> [T]`) for `t`, or kNone.
uint32_t Checker::primitiveMethod(TypeId t, std::string_view name) {
  for (uint32_t i : prog_.primitiveImpls) {
    const ImplInfo& impl = prog_.impls[i];
    auto m = impl.methods.find(name);
    if (m == impl.methods.end())
      continue;
    Subst b;
    for (uint32_t g : impl.generics)
      b.emplace_back(g, kNoType);
    if (matchType(impl.selfType, t, b))
      return m->second;
  }
  return kNone;
}

// A call of inherent method `fn` on a receiver of type `t` reached through
// `derefs` references.
TypeId Checker::inherentMethodCall(Expr* e,
                                   uint32_t fn,
                                   TypeId t,
                                   int derefs,
                                   const std::string& owner) {
  FnInfo& m = prog_.fns[fn];
  if (m.item->selfKind == SelfKind::None) {
    diags_
        .emit(DiagKind::NoMethod, "no method named `" + std::string(e->name) +
                                      "` found for struct `" + owner + "` in the current scope")
        .primary(e->nameSpan, "this is an associated function, not a method")
        .note(
            "found the following associated functions; to be used as methods, functions must "
            "have a `self` parameter")
        .suggest("use associated function syntax instead", Span{e->lhs->span.lo, e->nameSpan.hi},
                 owner + "::" + std::string(e->name), Applicability::MaybeIncorrect);
    for (Expr* a : e->args)
      checkExpr(a, kNoType);
    return tt_.error();
  }
  checkMethodVisible(m, e->nameSpan);
  e->resKind = static_cast<uint8_t>(ResKind::Fn);
  e->res = fn;
  e->autoRef = m.item->selfKind != SelfKind::Value;
  std::vector<TypeId> params = m.params;
  TypeId ret = m.ret;
  Subst sub;
  if (m.isTemplate()) {
    sub = useFn(e, fn, e->nameSpan);
    applyTurbofish(e, fn, sub);
    infer_->unify(tt_.subst(m.selfType, sub), t);
    inferAssocBindings(m, sub);
    for (TypeId& p : params)
      p = tt_.subst(p, sub);
    ret = tt_.subst(ret, sub);
  }
  if (m.item->selfKind == SelfKind::RefMut) {
    if (derefs == 0) {
      checkMutable(e->lhs, e->lhs->span, true);
    } else if (!derefChainIsMut(e->lhs->type, derefs)) {
      std::string text = placeText(e->lhs);
      diags_
          .emit(DiagKind::BorrowImmutableAsMut,
                "cannot borrow `*" + text + "` as mutable, as it is behind a `&` reference")
          .primary(e->lhs->span, "`" + text +
                                     "` is a `&` reference, so the data it refers to cannot be "
                                     "borrowed as mutable");
    }
  }
  if (e->autoRef && derefs == 0)
    markAddressTaken(e->lhs);
  if (m.isTemplate())
    noteIterableParams(m, sub);
  TypeId r = checkArgs(e, params, 1, ret, m.item->nameSpan, "method");
  if (m.isTemplate())
    checkIterableArgs(e, m, sub);
  return r;
}

// One step of method lookup on the receiver's current type: its own
// methods, its traits' methods, the built-in ones; else, when `mayDeref`
// and the type has a Deref impl, the receiver is rewritten through it and
// kNoType asks for the next step.
TypeId Checker::methodCallStep(Expr* e, bool mayDeref) {
  int derefs = 0;
  TypeId t = derefForAccess(e->lhs, derefs);
  e->autoDerefs = static_cast<uint8_t>(derefs);
  const TypeData& d = tt_.get(t);
  if (d.kind == TypeKind::Error) {
    for (Expr* a : e->args)
      checkExpr(a, kNoType);
    return tt_.error();
  }
  if (derefs > 0) {
    TypeId r = refImplMethodCall(e);
    if (r != kNoType)
      return r;
    e->autoDerefs = static_cast<uint8_t>(derefs);
  }
  uint32_t own = kNone;  // an inherent method: the struct's, or the prelude's for a primitive
  std::string owner;
  if (d.kind == TypeKind::Struct) {
    StructInfo& s = prog_.structs[d.id];
    auto it = s.methods.find(e->name);
    if (it != s.methods.end()) {
      own = it->second;
      owner = s.name;
    }
  } else {
    own = primitiveMethod(t, e->name);
    owner = show(t);
    if (own == kNone && d.kind == TypeKind::Array) {
      // A slice method on an array: the receiver becomes `a[..]`.
      TypeId slice = tt_.slice(d.elem);
      own = primitiveMethod(slice, e->name);
      if (own != kNone) {
        Expr* whole = ast_.arena.make<Expr>();
        whole->kind = ExprKind::Range;
        whole->span = e->lhs->span;
        record(whole, tt_.unit());
        Expr* idx = ast_.arena.make<Expr>();
        idx->kind = ExprKind::Index;
        idx->span = e->lhs->span;
        idx->lhs = e->lhs;
        idx->rhs = whole;
        idx->autoDerefs = static_cast<uint8_t>(derefs);
        record(idx, slice);
        unsizedOk_.insert(idx);
        e->lhs = idx;
        return inherentMethodCall(e, own, slice, 0, show(slice));
      }
    }
  }
  if (own != kNone)
    return inherentMethodCall(e, own, t, derefs, owner);
  if (d.kind == TypeKind::Dyn) {
    TypeId r = dynMethodCall(e, t, derefs);  // through the vtable (check_dyn.cpp)
    if (r != kNoType)
      return r;
  }
  {
    TypeId r = traitMethodCall(e, t, derefs);
    if (r != kNoType)
      return r;
  }
  // A trait implemented for a reference type (`impl Pattern for &str`):
  // the receiver at one of the levels the lookup dereferenced through.
  TypeId level = infer_->shallow(e->lhs->type);
  for (int k = 0; k < derefs; ++k, level = infer_->shallow(tt_.get(level).elem)) {
    e->autoDerefs = static_cast<uint8_t>(k);
    TypeId r = traitMethodCall(e, level, k);
    if (r != kNoType)
      return r;
  }
  e->autoDerefs = static_cast<uint8_t>(derefs);
  if ((e->name == "cmp" || e->name == "partial_cmp") && e->args.size() == 1) {
    TypeId r = orderingMethod(e, t, derefs);
    if (r != kNoType)
      return r;
  }
  if (e->args.size() == 1) {
    TypeId r = comparisonMethod(e, t, derefs);
    if (r != kNoType)
      return r;
  }
  if (mayDeref && !lookupBuiltinMethod(t, std::string(e->name)) && derefThrough(e->lhs, derefs))
    return kNoType;
  return checkBuiltinMethod(e, t, e->lhs, e->args);
}

// `*inner`, unchecked: the method calls rewritten below are checked again
// as a whole.
static Expr* derefNode(Arena& arena, Expr* inner) {
  Expr* d = arena.make<Expr>();
  d->kind = ExprKind::Unary;
  d->unOp = UnOp::Deref;
  d->span = inner->span;
  d->lhs = inner;
  return d;
}

// `a.cmp(&b)` / `a.partial_cmp(&b)` on a type that orders without a
// method of its own (a derive, a tuple, a parameter bounded by Ord or
// PartialOrd): the call becomes `cmp::compare(&a, &b)` (or
// `cmp::wasm_partial_compare`), which compares with `<`.
TypeId Checker::orderingMethod(Expr* e, TypeId t, int derefs) {
  bool total = e->name == "cmp";
  uint32_t fn = prog_.cmpFns[total ? 0 : 1];
  if (fn == kNone || !implements(t, prog_.stdTrait(total ? "Ord" : "PartialOrd"), {}))
    return kNoType;
  Expr* recv = e->lhs;
  if (derefs == 0) {
    Expr* r = ast_.arena.make<Expr>();
    r->kind = ExprKind::Ref;
    r->span = recv->span;
    r->lhs = recv;
    recv = r;
  }
  for (int k = 1; k < derefs; ++k)
    recv = derefNode(ast_.arena, recv);
  Expr* callee = preludeFnPath(fn, e->nameSpan);
  Expr* arg = e->args[0];
  e->kind = ExprKind::Call;
  e->lhs = callee;
  e->args = {recv, arg};
  e->autoDerefs = 0;
  e->autoRef = false;
  return checkExpr(e, kNoType);
}

// `a.eq(&b)`, `a.ne(&b)`, `a.lt(&b)`, ... on a type that compares without
// a method of its own (a derive, a number, a tuple): the call becomes the
// operator on the two values, `a == *&b`, as PartialEq's and PartialOrd's
// provided methods are.
TypeId Checker::comparisonMethod(Expr* e, TypeId t, int derefs) {
  static const std::pair<const char*, BinOp> kOps[] = {{"eq", BinOp::Eq}, {"ne", BinOp::Ne},
                                                       {"lt", BinOp::Lt}, {"le", BinOp::Le},
                                                       {"gt", BinOp::Gt}, {"ge", BinOp::Ge}};
  BinOp op = BinOp::None;
  for (const auto& [name, o] : kOps) {
    if (e->name == name)
      op = o;
  }
  bool ordered = op != BinOp::Eq && op != BinOp::Ne;
  if (op == BinOp::None || !implements(t, prog_.stdTrait(ordered ? "PartialOrd" : "PartialEq"), {}))
    return kNoType;
  Expr* recv = e->lhs;
  for (int k = 0; k < derefs; ++k)
    recv = derefNode(ast_.arena, recv);
  Expr* other = derefNode(ast_.arena, e->args[0]);
  e->kind = ExprKind::Binary;
  e->binOp = op;
  e->lhs = recv;
  e->rhs = other;
  e->args.clear();
  e->autoDerefs = 0;
  e->autoRef = false;
  return checkExpr(e, kNoType);
}

// A path naming the prelude fn `fn`, at `span`: the callee of a call the
// checker writes in place of what the program wrote (`a.cmp(&b)`, `e?`).
Expr* Checker::preludeFnPath(uint32_t fn, Span span) {
  Expr* callee = ast_.arena.make<Expr>();
  callee->kind = ExprKind::Path;
  callee->span = span;
  PathSegment seg;
  seg.name = prog_.fns[fn].item->name;
  seg.span = span;
  callee->path.segments.push_back(seg);
  callee->path.span = span;
  callee->resKind = static_cast<uint8_t>(ResKind::Fn);
  callee->res = fn;
  return callee;
}

// The built-in method `name` of `t` (after references), without reporting
// anything; nullptr when there is none.
const BuiltinMethodInfo* Checker::lookupBuiltinMethod(TypeId t, const std::string& name) {
  t = stripRefs(t);
  const TypeData& d = tt_.get(t);
  const BuiltinMethodInfo* info = nullptr;
  switch (d.kind) {
    case TypeKind::IntVar:
      info = findBuiltinMethod(MethodRecv::Int, name);
      return info ? info : findBuiltinMethod(MethodRecv::SInt, name);
    case TypeKind::FloatVar:
      return findBuiltinMethod(MethodRecv::Float, name);
    case TypeKind::Int:
      info = findBuiltinMethod(MethodRecv::Int, name);
      if (!info && isSigned(static_cast<IntKind>(d.sub)))
        info = findBuiltinMethod(MethodRecv::SInt, name);
      return info;
    case TypeKind::Float:
      return findBuiltinMethod(MethodRecv::Float, name);
    case TypeKind::Char:
      return findBuiltinMethod(MethodRecv::Char, name);
    case TypeKind::Str:
      return findBuiltinMethod(MethodRecv::Str, name);
    case TypeKind::Array:
    case TypeKind::Slice:
      return findBuiltinMethod(MethodRecv::Seq, name);
    default:
      break;
  }
  if (name != "clone")
    return nullptr;
  if ((d.kind == TypeKind::Param && prog_.paramHasBound(d.id, prog_.stdTrait("Clone"))) ||
      isCopyType(prog_, infer_->resolve(t, true)) ||
      (d.kind == TypeKind::Struct && prog_.structs[d.id].derivesClone))
    return findBuiltinMethod(MethodRecv::Copy, name);
  return nullptr;
}

// Built-in methods (builtin_methods.def). For a `Type::method(recv, ...)`
// call, `args` excludes the receiver.
TypeId Checker::checkBuiltinMethod(Expr* e, TypeId recv, Expr* recvExpr, std::vector<Expr*>& args) {
  TypeId t = infer_->shallow(recv);
  while (tt_.kind(t) == TypeKind::Ref)
    t = infer_->shallow(tt_.get(t).elem);
  const TypeData& d = tt_.get(t);
  std::string name(e->name);
  const BuiltinMethodInfo* info = nullptr;
  TypeId elem = kNoType;
  switch (d.kind) {
    case TypeKind::IntVar:
    case TypeKind::FloatVar: {
      bool known = findBuiltinMethod(
                       d.kind == TypeKind::IntVar ? MethodRecv::Int : MethodRecv::Float, name) ||
                   (d.kind == TypeKind::IntVar && findBuiltinMethod(MethodRecv::SInt, name));
      if (known) {
        auto diag = diags_.emit(DiagKind::AmbiguousNumericMethod,
                                "can't call method `" + name + "` on ambiguous numeric type `" +
                                    (d.kind == TypeKind::IntVar ? "{integer}" : "{float}") + "`");
        diag.primary(e->nameSpan);
        if (recvExpr->kind == ExprKind::IntLit || recvExpr->kind == ExprKind::FloatLit) {
          std::string lit(
              file_.text().substr(recvExpr->span.lo, recvExpr->span.hi - recvExpr->span.lo));
          diag.suggest(
              std::string("you must specify a concrete type for this numeric value, like `") +
                  (d.kind == TypeKind::IntVar ? "i32" : "f32") + "`",
              recvExpr->span, lit + (d.kind == TypeKind::IntVar ? "_i32" : "_f32"),
              Applicability::MaybeIncorrect);
        } else {
          diag.help(std::string("you must specify a type for this binding, like `") +
                    (d.kind == TypeKind::IntVar ? "i32" : "f32") + "`");
        }
        for (Expr* a : args)
          checkExpr(a, kNoType);
        return tt_.error();
      }
      break;
    }
    case TypeKind::Int:
      info = findBuiltinMethod(MethodRecv::Int, name);
      if (!info && isSigned(static_cast<IntKind>(d.sub)))
        info = findBuiltinMethod(MethodRecv::SInt, name);
      break;
    case TypeKind::Float:
      info = findBuiltinMethod(MethodRecv::Float, name);
      break;
    case TypeKind::Char:
      info = findBuiltinMethod(MethodRecv::Char, name);
      break;
    case TypeKind::Str:
      info = findBuiltinMethod(MethodRecv::Str, name);
      break;
    case TypeKind::Array:
    case TypeKind::Slice:
      info = findBuiltinMethod(MethodRecv::Seq, name);
      elem = d.elem;
      break;
    case TypeKind::ExternRef:
      info = findBuiltinMethod(MethodRecv::ExternRef, name);
      break;
    default:
      break;
  }
  if (!info && name == "clone" && (d.kind == TypeKind::Str || d.kind == TypeKind::Slice) &&
      e->kind == ExprKind::MethodCall && e->autoDerefs > 0) {
    // `s.clone()` with `s: &str` clones the reference (str is not Clone,
    // `&T` is): one dereference less, and the result is the `&str`.
    e->autoDerefs = static_cast<uint8_t>(e->autoDerefs - 1);
    t = infer_->shallow(recvExpr->type);
    for (int k = 0; k < e->autoDerefs; ++k)
      t = infer_->shallow(tt_.get(t).elem);
    info = findBuiltinMethod(MethodRecv::Copy, name);
  }
  if (!info && name == "clone" && d.kind == TypeKind::Param &&
      prog_.paramHasBound(d.id, prog_.stdTrait("Clone"))) {
    info = findBuiltinMethod(MethodRecv::Copy, name);  // a template: never lowered
  }
  if (!info && name == "clone" && isCopyType(prog_, infer_->resolve(t, true))) {
    info = findBuiltinMethod(MethodRecv::Copy, name);
  }
  if (!info && name == "clone" && d.kind == TypeKind::Struct && prog_.structs[d.id].derivesClone) {
    info = findBuiltinMethod(MethodRecv::Copy, name);
  }
  if (!info) {
    std::string kindWord = d.kind == TypeKind::Struct ? "struct" : "type";
    auto diag =
        diags_.emit(DiagKind::NoMethod, "no method named `" + name + "` found for " + kindWord +
                                            " `" + show(recv) + "` in the current scope");
    diag.primary(e->nameSpan, "method not found in `" + show(t) + "`");
    if (d.kind == TypeKind::Struct) {
      StructInfo& s = prog_.structs[d.id];
      diag.label(s.item->nameSpan, "method `" + name + "` not found for this struct");
      for (const FieldInfo& f : s.fields) {
        if (f.name == name) {
          diag.help("to call the function stored in `" + name +
                    "`, surround the field access with parentheses");
        }
      }
    }
    for (Expr* a : args)
      checkExpr(a, kNoType);
    return tt_.error();
  }
  e->resKind = static_cast<uint8_t>(ResKind::PrimMethod);
  e->res = static_cast<uint32_t>(info->id);
  if (info->id == BuiltinMethod::SeqSwap) {
    int derefs = e->autoDerefs;
    if (derefs == 0)
      checkMutable(recvExpr, recvExpr->span, true);
    else if (!derefChainIsMut(recvExpr->type, derefs)) {
      diags_
          .emit(DiagKind::BorrowImmutableAsMut, "cannot borrow `*" + placeText(recvExpr) +
                                                    "` as mutable, as it is behind a `&` reference")
          .primary(recvExpr->span);
    }
  }
  // Parameter types from the table's letters.
  std::vector<TypeId> params;
  for (const char* p = info->args; *p; ++p) {
    switch (*p) {
      case 'S':
        params.push_back(t);
        break;
      case 'u':
        params.push_back(tt_.intType(IntKind::U32));
        break;
      case 'i':
        params.push_back(tt_.intType(IntKind::I32));
        break;
      case 'z':
        params.push_back(tt_.intType(IntKind::Usize));
        break;
      case 'r':
        params.push_back(tt_.ref(elem, false));
        break;
    }
  }
  if (args.size() != params.size()) {
    diags_
        .emit(DiagKind::WrongArgCount, "this method takes " + plural(params.size(), "argument") +
                                           " but " + plural(args.size(), "argument") +
                                           (args.size() == 1 ? " was" : " were") + " supplied")
        .primary(e->nameSpan);
  }
  for (size_t i = 0; i < args.size(); ++i) {
    TypeId p = i < params.size() ? params[i] : kNoType;
    TypeId at = checkExpr(args[i], p);
    if (p != kNoType)
      coerce(args[i], at, p, {});
  }
  switch (info->ret) {
    case 'S':
      return t;
    case 'u':
      return tt_.intType(IntKind::U32);
    case 'z':
      return tt_.intType(IntKind::Usize);
    case 'b':
      return tt_.boolean();
    case 'c':
      return tt_.charType();
    case 'n':
      return tt_.unit();
    case 'U': {
      IntKind k = static_cast<IntKind>(d.sub);
      static const IntKind kUnsigned[] = {IntKind::U8,    IntKind::U16,  IntKind::U32, IntKind::U64,
                                          IntKind::Usize, IntKind::U8,   IntKind::U16, IntKind::U32,
                                          IntKind::U64,   IntKind::Usize};
      return tt_.intType(kUnsigned[static_cast<int>(k)]);
    }
  }
  return tt_.error();
}

// Does `t` have a field (or tuple element) named `name`?
static bool hasField(const Program& prog, const TypeData& d, const std::string& name) {
  if (d.kind == TypeKind::Struct) {
    for (const FieldInfo& f : prog.structs[d.id].fields) {
      if (f.name == name)
        return true;
    }
    return false;
  }
  return d.kind == TypeKind::Tuple && !name.empty() && name[0] >= '0' && name[0] <= '9';
}

TypeId Checker::checkField(Expr* e) {
  checkExpr(e->lhs, kNoType);
  int derefs = 0;
  TypeId t = derefForAccess(e->lhs, derefs);
  // Through Deref impls until a type has the field (`node.next` of a Box).
  for (int step = 0; step < 16 && !hasField(prog_, tt_.get(t), std::string(e->name)); ++step) {
    if (!derefThrough(e->lhs, derefs))
      break;
    t = derefForAccess(e->lhs, derefs);
  }
  e->autoDerefs = static_cast<uint8_t>(derefs);
  const TypeData& d = tt_.get(t);
  std::string name(e->name);
  if (d.kind == TypeKind::Error)
    return t;
  if (d.kind == TypeKind::Struct) {
    StructInfo& s = prog_.structs[d.id];
    for (size_t i = 0; i < s.fields.size(); ++i) {
      if (s.fields[i].name == name) {
        e->fieldIndex = static_cast<uint32_t>(i);
        checkFieldVisible(s, i, e->nameSpan);
        return prog_.fieldType(t, static_cast<uint32_t>(i));
      }
    }
    auto diag = diags_.emit(DiagKind::NoField,
                            "no field `" + name + "` on type `" + show(e->lhs->type) + "`");
    diag.primary(e->nameSpan, "unknown field");
    if (!s.fields.empty() && s.shape == StructShape::Named) {
      std::string avail;
      for (size_t i = 0; i < s.fields.size(); ++i) {
        if (i)
          avail += ", ";
        avail += "`" + s.fields[i].name + "`";
      }
      diag.note("available fields are: " + avail);
    }
    if (s.methods.count(e->name)) {
      diag.help("use parentheses to call the method: `" + name + "()`");
    }
    return tt_.error();
  }
  if (d.kind == TypeKind::Tuple && !name.empty() && name[0] >= '0' && name[0] <= '9') {
    size_t idx = std::strtoul(name.c_str(), nullptr, 10);
    if (idx < d.elems.size()) {
      e->fieldIndex = static_cast<uint32_t>(idx);
      return d.elems[idx];
    }
  }
  if (d.kind == TypeKind::Int || d.kind == TypeKind::Float || d.kind == TypeKind::Bool ||
      d.kind == TypeKind::Char || d.kind == TypeKind::IntVar || d.kind == TypeKind::FloatVar) {
    diags_
        .emit(DiagKind::NoField,
              "`" + show(t) + "` is a primitive type and therefore doesn't have fields")
        .primary(e->nameSpan);
    return tt_.error();
  }
  diags_.emit(DiagKind::NoField, "no field `" + name + "` on type `" + show(e->lhs->type) + "`")
      .primary(e->nameSpan, "unknown field");
  return tt_.error();
}

TypeId Checker::checkIndex(Expr* e) {
  unsizedOk_.insert(e->lhs);
  checkExpr(e->lhs, kNoType);
  TypeId usize = tt_.intType(IntKind::Usize);
  bool isRange = e->rhs->kind == ExprKind::Range;
  TypeId it = isRange ? checkRangeIndex(e->rhs) : checkExpr(e->rhs, kNoType);
  for (int step = 0;; ++step) {
    int derefs = 0;
    TypeId t = derefForAccess(e->lhs, derefs);
    e->autoDerefs = static_cast<uint8_t>(derefs);
    const TypeData& d = tt_.get(t);
    if (d.kind == TypeKind::Error)
      return t;
    if (d.kind == TypeKind::Array || d.kind == TypeKind::Slice) {
      if (isRange) {
        unsizedPlaces_.push_back(e);
        return tt_.slice(d.elem);
      }
      TypeId is = infer_->shallow(it);
      if (!infer_->unify(is, usize)) {
        diags_
            .emit(DiagKind::MismatchedTypes,
                  "the type `[" + show(d.elem) + "]` cannot be indexed by `" + show(it) + "`")
            .primary(e->rhs->span, "slice indices are of type `usize` or ranges of `usize`");
      }
      return d.elem;
    }
    if (d.kind == TypeKind::Str && isRange) {
      unsizedPlaces_.push_back(e);
      return tt_.str();
    }
    if (d.kind == TypeKind::Struct && step < 16) {
      std::vector<TypeId> idx{it};
      uint32_t fn = isRange ? kNone : operatorMethod(t, "Index", "index", &idx);
      if (fn != kNone)
        return overloadedIndex(e, derefs, fn);
      if (derefThrough(e->lhs, derefs))
        continue;
    }
    diags_
        .emit(DiagKind::CannotIndex,
              "cannot index into a value of type `" + show(e->lhs->type) + "`")
        .primary(e->lhs->span);
    return tt_.error();
  }
}

// The bounds of `a[lo..hi]` (any of the range forms) are usize.
TypeId Checker::checkRangeIndex(Expr* range) {
  TypeId usize = tt_.intType(IntKind::Usize);
  for (Expr** bound : {&range->lhs, &range->rhs}) {
    if (!*bound)
      continue;
    TypeId t = checkExpr(*bound, usize);
    coerce(*bound, t, usize, {});
  }
  record(range, tt_.unit());
  return kNoType;
}

// Plans `for pat in seq { ... }`: peels iterator adapters off the sequence
// expression, then classifies the base (a range, or an array or slice by
// value, by `&` or by `&mut`).
TypeId Checker::checkFor(Expr* e) {
  ForPlan* plan = ast_.arena.make<ForPlan>();
  e->forPlan = plan;
  Expr* it = e->lhs;
  std::vector<ForPlan::Adapter> outerFirst;
  std::vector<Expr*> stepsOuterFirst;
  bool ok = true;
  bool direct = forLowersDirectly(it);
  while (direct && it->kind == ExprKind::MethodCall &&
         (it->name == "rev" || it->name == "step_by" || it->name == "enumerate")) {
    if (it->name == "rev")
      outerFirst.push_back(ForPlan::Adapter::Rev);
    if (it->name == "enumerate")
      outerFirst.push_back(ForPlan::Adapter::Enumerate);
    if (it->name == "step_by") {
      outerFirst.push_back(ForPlan::Adapter::StepBy);
      if (it->args.size() != 1) {
        diags_.emit(DiagKind::WrongArgCount, "this method takes 1 argument").primary(it->nameSpan);
        ok = false;
      } else {
        TypeId st = checkExpr(it->args[0], tt_.intType(IntKind::Usize));
        coerce(it->args[0], st, tt_.intType(IntKind::Usize), {});
        stepsOuterFirst.push_back(it->args[0]);
      }
    }
    record(it, tt_.unit());
    it = it->lhs;
  }
  while (direct && it->kind == ExprKind::Paren) {
    record(it, tt_.unit());
    it = it->lhs;
  }
  plan->adapters.assign(outerFirst.rbegin(), outerFirst.rend());
  plan->steps.assign(stepsOuterFirst.rbegin(), stepsOuterFirst.rend());
  for (size_t i = 0; i + 1 < plan->adapters.size(); ++i) {
    if (plan->adapters[i] == ForPlan::Adapter::Enumerate) {
      diags_
          .emit(DiagKind::Unsupported,
                "`enumerate` must be the last iterator adapter in WasmRust yet")
          .primary(e->lhs->span);
      ok = false;
    }
  }
  TypeId item = tt_.error();
  if (direct && it->kind == ExprKind::Range) {
    plan->source = ForPlan::Source::Range;
    plan->lo = it->lhs;
    plan->hi = it->rhs;
    plan->inclusive = it->inclusive;
    if (!it->lhs) {
      diags_.emit(DiagKind::Unsupported, "`..` ranges without a start cannot be iterated")
          .primary(it->span);
      ok = false;
    }
    TypeId lt = it->lhs ? checkExpr(it->lhs, kNoType) : tt_.error();
    if (it->rhs) {
      TypeId ht = checkExpr(it->rhs, lt);
      if (!infer_->unify(lt, ht))
        mismatch(it->rhs->span, lt, ht, {});
    }
    record(it, tt_.unit());
    TypeId s = infer_->shallow(lt);
    TypeKind k = tt_.kind(s);
    if (k != TypeKind::Int && k != TypeKind::IntVar && k != TypeKind::Char &&
        k != TypeKind::Error) {
      diags_.emit(DiagKind::Unsupported, "the range `" + show(lt) + "` cannot be iterated")
          .primary(it->span)
          .note("ranges of integers and of `char` can be iterated");
      ok = false;
    }
    item = lt;
  } else {
    ForPlan::Source src = ForPlan::Source::ArrayValue;
    Expr* seq = it;
    bool text = direct && it->kind == ExprKind::MethodCall && it->args.empty() &&
                (it->name == "chars" || it->name == "bytes");
    if (text) {
      // `s.chars()` and `s.bytes()` of a str (or String): its bytes are the
      // sequence; chars are decoded from them.
      src = it->name == "chars" ? ForPlan::Source::Chars : ForPlan::Source::ArrayValue;
      record(it, tt_.unit());
      seq = it->lhs;
    } else if (direct && it->kind == ExprKind::MethodCall &&
               (it->name == "iter" || it->name == "iter_mut" || it->name == "into_iter")) {
      src = it->name == "iter"       ? ForPlan::Source::ArrayRef
            : it->name == "iter_mut" ? ForPlan::Source::ArrayMut
                                     : ForPlan::Source::ArrayValue;
      record(it, tt_.unit());
      seq = it->lhs;
    } else if (it->kind == ExprKind::Ref) {
      src = it->isMut ? ForPlan::Source::ArrayMut : ForPlan::Source::ArrayRef;
      record(it, tt_.unit());
      seq = it->lhs;
    }
    unsizedOk_.insert(seq);
    checkExpr(seq, kNoType);
    int derefs = 0;
    TypeId base = derefForAccess(seq, derefs);
    if (src == ForPlan::Source::ArrayValue && derefs == 0 && !text)
      plan->consumedSeq = seq;
    // `for x in &v` written as `for x in r` with `r: &Vec<T>` yields references.
    int refDerefs = derefs;
    bool refsMut = derefs > 0 && derefChainIsMut(seq->type, derefs);
    // A Vec or String is iterated through its Deref impl, as a slice.
    for (int step = 0; step < 16 && tt_.kind(base) == TypeKind::Struct; ++step) {
      if (!derefThrough(seq, derefs))
        break;
      base = derefForAccess(seq, derefs);
    }
    bool viaMutRef = refDerefs > 0 ? refsMut : derefs > 0 && derefChainIsMut(seq->type, derefs);
    if (src == ForPlan::Source::ArrayValue && (derefs > 0 || refDerefs > 0) && !text) {
      // Iterating a reference to an array or slice yields references.
      src = viaMutRef ? ForPlan::Source::ArrayMut : ForPlan::Source::ArrayRef;
    }
    if (src == ForPlan::Source::ArrayMut && derefs == 0)
      checkMutable(seq, seq->span, true);
    if (src == ForPlan::Source::ArrayMut && derefs > 0 && !viaMutRef) {
      diags_
          .emit(DiagKind::BorrowImmutableAsMut, "cannot borrow `*" + placeText(seq) +
                                                    "` as mutable, as it is behind a `&` reference")
          .primary(seq->span);
    }
    plan->seqDerefs = static_cast<uint8_t>(derefs);
    plan->source = src;
    plan->seq = seq;
    const TypeData& d = tt_.get(base);
    if (text && d.kind == TypeKind::Str) {
      item = src == ForPlan::Source::Chars ? tt_.charType() : tt_.intType(IntKind::U8);
      for (ForPlan::Adapter a : plan->adapters) {
        if (a == ForPlan::Adapter::StepBy && src == ForPlan::Source::Chars) {
          diags_
              .emit(DiagKind::Unsupported, "`chars().step_by(..)` is not supported by WasmRust yet")
              .primary(e->lhs->span);
          ok = false;
        }
      }
    } else if (text && d.kind != TypeKind::Error) {
      diags_
          .emit(DiagKind::NoMethod, "no method named `" + std::string(it->name) + "` found for `" +
                                        show(seq->type) + "` in the current scope")
          .primary(it->nameSpan, "method not found");
      ok = false;
    } else if (!text && src != ForPlan::Source::ArrayRef && iteratorItem(base) != kNoType) {
      // Any iterator: advanced by its `next`; owned (moved into the loop)
      // or, with `&mut it`, borrowed.
      plan->source = src = ForPlan::Source::Iter;
      plan->iterType = base;
      plan->consumedSeq = derefs == 0 && it->kind != ExprKind::Ref ? seq : nullptr;
      item = iteratorItem(base);
      iterFors_.push_back(plan);
      for (ForPlan::Adapter a : plan->adapters) {
        if (a != ForPlan::Adapter::Enumerate) {
          diags_
              .emit(DiagKind::Unsupported,
                    "only `enumerate` can adapt an iterator of a `for` loop in WasmRust yet")
              .primary(e->lhs->span);
          ok = false;
        }
      }
    } else if (!text && src == ForPlan::Source::ArrayValue && derefs == 0 &&
               d.kind == TypeKind::Param && paramIntoIter(base) != kNoType &&
               iteratorItem(paramIntoIter(base)) != kNoType) {
      // `items: I` with `I: IntoIterator<J>` (Rust's `IntoIterator<Item =
      // T>`, into_iterator_bounds.cpp) in a generic body: the items are
      // J's. Each instance checks the loop again over its own type, so
      // this body only needs the item type.
      plan->source = src = ForPlan::Source::Iter;
      plan->iterType = paramIntoIter(base);
      plan->consumedSeq = seq;
      item = iteratorItem(plan->iterType);
      iterFors_.push_back(plan);
    } else if (d.kind == TypeKind::Array || d.kind == TypeKind::Slice) {
      TypeId el = d.elem;
      item =
          src == ForPlan::Source::ArrayValue ? el : tt_.ref(el, src == ForPlan::Source::ArrayMut);
    } else if (d.kind == TypeKind::Struct && !text &&
               forOverCollection(it, seq, base, plan, item)) {
      // `for (k, v) in &map`: a loop over `map.iter()` (check_for_collections.cpp)
    } else if (d.kind != TypeKind::Error) {
      diags_
          .emit(DiagKind::Unsupported,
                "`" + show(seq->type) + "` is not an iterator WasmRust can loop over yet")
          .primary(seq->span, "`" + show(seq->type) + "` is not an iterator")
          .note("`for` loops in this version of WasmRust iterate over ranges, arrays and slices");
      ok = false;
    }
  }
  plan->itemType = item;
  TypeId bound = item;
  if (!plan->adapters.empty() && plan->adapters.back() == ForPlan::Adapter::Enumerate) {
    bound = tt_.tuple({tt_.intType(IntKind::Usize), item});
  }
  bindPattern(e->pattern, ok ? bound : tt_.error(), true);
  loopBreak_[e->loopId] = tt_.unit();
  TypeId bt = checkBlock(e->block, tt_.unit());
  if (e->block->tail)
    coerce(e->block->tail, bt, tt_.unit(), {});
  // The plan's item type is resolved with the other types in finishBody.
  plan->itemType = item;
  return tt_.unit();
}

TypeId Checker::checkMacro(Expr* e) {
  std::vector<MacroArg>& args = e->macroArgs;
  auto checkFrom = [&](size_t first) {
    for (size_t i = first; i < args.size(); ++i)
      checkExpr(args[i].value, kNoType);
    // `{:w$}` and `{:.p$}` arguments are usize, which also drives inference.
    for (const FormatPiece& p : e->format) {
      for (int32_t idx : {p.spec.widthArg, p.spec.precisionArg}) {
        if (idx >= 0 && static_cast<size_t>(idx) < args.size() &&
            args[idx].value->type != kNoType) {
          infer_->unify(args[idx].value->type, tt_.intType(IntKind::Usize));
        }
      }
    }
  };
  switch (e->macro) {
    case MacroKind::Println:
    case MacroKind::Print:
    case MacroKind::Eprintln:
    case MacroKind::Eprint:
      checkFrom(0);
      return tt_.unit();
    case MacroKind::Format: {
      checkFrom(0);
      uint32_t sid = prog_.langStructs[static_cast<size_t>(LangItem::String)];
      if (sid == kNone) {
        diags_
            .emit(DiagKind::Unsupported,
                  "`format!` needs the standard library's `String`, which this program replaces")
            .primary(e->span)
            .help("print directly with `println!` or `print!`");
        return tt_.error();
      }
      if (!fn_->isTemplate())
        prog_.usesFormatString = true;
      return tt_.structType(sid);
    }
    case MacroKind::Write:
    case MacroKind::Writeln:
      checkFrom(1);
      return checkWriteMacro(e);
    case MacroKind::Panic:
    case MacroKind::Unreachable:
    case MacroKind::Todo:
    case MacroKind::Unimplemented:
      checkFrom(0);
      return tt_.never();
    case MacroKind::Assert:
    case MacroKind::DebugAssert: {
      if (args.empty()) {
        diags_.emit(DiagKind::FormatString, "macro requires a boolean expression as an argument")
            .primary(e->span, "boolean expression required");
        return tt_.unit();
      }
      TypeId t = checkExpr(args[0].value, tt_.boolean());
      coerce(args[0].value, t, tt_.boolean(), {});
      checkFrom(1);
      return tt_.unit();
    }
    case MacroKind::AssertEq:
    case MacroKind::AssertNe:
    case MacroKind::DebugAssertEq:
    case MacroKind::DebugAssertNe: {
      if (args.size() < 2) {
        diags_.emit(DiagKind::FormatString, "macro requires two arguments to compare")
            .primary(e->span);
        checkFrom(0);
        return tt_.unit();
      }
      TypeId a = checkExpr(args[0].value, kNoType);
      TypeId b = checkExpr(args[1].value, a);
      TypeId sa = stripRefs(a), sb = stripRefs(b);
      if (!comparable(sa, BinOp::Eq)) {
        diags_
            .emit(DiagKind::BinaryOpUnsupported,
                  "binary operation `==` cannot be applied to type `" + show(a) + "`")
            .primary(args[0].value->span);
      } else if (!infer_->unify(sa, sb)) {
        mismatch(args[1].value->span, a, b, {});
      }
      checkFrom(2);
      return tt_.unit();
    }
  }
  return tt_.unit();
}

// `write!(f, ...)` / `writeln!(f, ...)`: `f` is the `&mut fmt::Formatter`
// a Display or Debug impl's `fmt` receives; the value is a `fmt::Result`.
TypeId Checker::checkWriteMacro(Expr* e) {
  std::vector<MacroArg>& args = e->macroArgs;
  if (args.empty()) {
    diags_
        .emit(DiagKind::FormatString,
              "requires a destination and format arguments, like `write!(dest, \"format string\", "
              "args...)`")
        .primary(e->span);
    return tt_.error();
  }
  if (prog_.formatterStruct == kNone || prog_.resultStruct == kNone ||
      prog_.fmtErrorStruct == kNone) {
    diags_
        .emit(DiagKind::Unsupported,
              "`write!` needs the standard library's `fmt` module and `Result`, which this "
              "program replaces")
        .primary(e->span);
    return tt_.error();
  }
  TypeId formatter = tt_.structType(prog_.formatterStruct);
  Expr* dest = args[0].value;
  TypeId t = checkExpr(dest, tt_.ref(formatter, true));
  TypeId inner = infer_->shallow(t);
  if (tt_.kind(inner) == TypeKind::Ref)
    inner = infer_->shallow(tt_.get(inner).elem);
  if (tt_.kind(t) != TypeKind::Error && inner != formatter) {
    diags_
        .emit(DiagKind::Unsupported,
              "`write!` into `" + show(t) + "` is not supported by WasmRust yet")
        .primary(dest->span, "not a `&mut fmt::Formatter`")
        .note(
            "WasmRust's `write!` writes into the formatter a `Display` or `Debug` impl's "
            "`fmt` receives; build a String with `format!` or `push_str` instead");
  }
  return tt_.structType(prog_.resultStruct, {tt_.unit(), tt_.structType(prog_.fmtErrorStruct)});
}

// `fmt::Display::fmt(&x, f)` / `fmt::Debug::fmt(&x, f)`: x formatted into
// the Formatter an impl received, with its `#` flag (lowered like
// `write!(f, "{}", x)`, lower_user_fmt.cpp).
TypeId Checker::checkFmtDelegate(Expr* e, bool debug) {
  if (prog_.formatterStruct == kNone || prog_.resultStruct == kNone ||
      prog_.fmtErrorStruct == kNone) {
    diags_
        .emit(DiagKind::Unsupported,
              "`fmt` needs the standard library's `fmt` module and `Result`, which this "
              "program replaces")
        .primary(e->span);
    return tt_.error();
  }
  TypeId formatter = tt_.structType(prog_.formatterStruct);
  TypeId v = tt_.newVar(TypeKind::Var);
  checkArgs(e, {tt_.ref(v, false), tt_.ref(formatter, true)}, 0, kNoType, {}, "function");
  TypeId x = infer_->resolve(v, false);
  FormatSpec::Kind kind = debug ? FormatSpec::Kind::Debug : FormatSpec::Kind::Display;
  if (!e->args.empty() && !tt_.get(x).hasVar && tt_.kind(x) != TypeKind::Error &&
      !supportsFormat(x, kind)) {
    std::string n = prog_.typeName(x);
    const char* trait = debug ? "Debug" : "std::fmt::Display";
    diags_
        .emit(debug ? DiagKind::NotDebug : DiagKind::NotDisplay,
              "`" + n + "` doesn't implement `" + trait + "`")
        .primary(e->args[0]->span,
                 "the trait `" + std::string(trait) + "` is not implemented for `" + n + "`");
  }
  return tt_.structType(prog_.resultStruct, {tt_.unit(), tt_.structType(prog_.fmtErrorStruct)});
}

}  // namespace wr
