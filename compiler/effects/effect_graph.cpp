// Reads the checked bodies into the effect graph and propagates effects
// through calls (effect_graph.h).
//
// What a body does by itself:
//   io      println!/print!/eprintln!/eprint!, std::process::exit
//   panic   panic!/assert!/unreachable!/todo!/unimplemented!, integer
//           arithmetic that is overflow-, division- or shift-checked,
//           negation of signed integers, indexing (bounds checks), and the
//           primitive methods that can panic (pow, abs, clamp, ...); in a
//           release build some of these checks are gone, but a fn's effects
//           do not depend on the build
//   alloc   format!, the `wasm::heap` intrinsics that allocate and free (Box,
//           Vec and String reach them through their methods)
//   js_call a call of a host fn (which adds what it declares)
// Drops: a fn that owns a value with drop glue (a local, or the result of a
// call or constructor) calls the Drop::drop fns inside its type, which
// lowering adds; so a fn whose locals print when dropped is not pure.
// Calls: a path to a fn (the checker has pointed calls of generic fns at
// their instances and trait method calls at the impl's method), an
// operator that calls a `std::ops` impl, and a call of a closure, whose body
// is a fn of its own.
#include "compiler/effects/effect_graph.h"

#include <deque>

#include "compiler/check/check.h"
#include "compiler/sema/intrinsics.h"

namespace wr {

namespace {

// The intrinsics that allocate or free: `wasm::heap`'s alloc, dealloc and
// realloc (array forms too), and `wasm::mem::drop_in_place`, which runs drop
// glue. The rest of `wasm::mem` reinterprets memory the program already has
// (`str::as_bytes` is `slice_at`), and is pure.
bool allocates(BuiltinFn which) {
  switch (which) {
    case BuiltinFn::HeapAlloc:
    case BuiltinFn::HeapDealloc:
    case BuiltinFn::HeapRealloc:
    case BuiltinFn::HeapAllocArray:
    case BuiltinFn::HeapDeallocArray:
    case BuiltinFn::HeapReallocArray:
    case BuiltinFn::MemDropInPlace:
      return true;
    default:
      return false;
  }
}

bool isCheckedArith(BinOp op) {
  switch (op) {
    case BinOp::Add:
    case BinOp::Sub:
    case BinOp::Mul:
    case BinOp::Div:
    case BinOp::Rem:
    case BinOp::Shl:
    case BinOp::Shr:
      return true;
    default:
      return false;
  }
}

// Primitive methods whose lowering contains a panic (lower_call.cpp).
bool builtinMayPanic(std::string_view name) {
  static const char* const kNames[] = {"abs",  "pow",      "clamp",    "rem_euclid", "div_euclid",
                                       "swap", "is_digit", "to_digit", "step_by"};
  for (const char* n : kNames) {
    if (name == n)
      return true;
  }
  return false;
}

const char* macroName(MacroKind k) {
  switch (k) {
    case MacroKind::Println:
      return "println!";
    case MacroKind::Print:
      return "print!";
    case MacroKind::Eprintln:
      return "eprintln!";
    case MacroKind::Eprint:
      return "eprint!";
    case MacroKind::Format:
      return "format!";
    case MacroKind::Panic:
      return "panic!";
    case MacroKind::Assert:
      return "assert!";
    case MacroKind::AssertEq:
      return "assert_eq!";
    case MacroKind::AssertNe:
      return "assert_ne!";
    case MacroKind::Unreachable:
      return "unreachable!";
    case MacroKind::Todo:
      return "todo!";
    case MacroKind::Unimplemented:
      return "unimplemented!";
    case MacroKind::DebugAssert:
      return "debug_assert!";
    case MacroKind::DebugAssertEq:
      return "debug_assert_eq!";
    case MacroKind::DebugAssertNe:
      return "debug_assert_ne!";
    case MacroKind::Write:
      return "write!";
    case MacroKind::Writeln:
      return "writeln!";
  }
  return "a macro";
}

}  // namespace

bool declaredEffects(const Item* item, EffectSet& out, Span* attrSpan) {
  if (!item)
    return false;
  for (const Attribute& a : item->attrs) {
    const Path& p = a.path;
    if (p.segments.size() != 2 || p.segments[0].name != "wasm" || p.segments[1].name != "effect")
      continue;
    out = 0;
    for (std::string_view name : a.args) {
      Effect e;
      if (parseEffect(name, e))
        out |= effectBit(e);
    }
    if (attrSpan)
      *attrSpan = a.span;
    return true;
  }
  return false;
}

EffectSet EffectGraph::hostEffects(const FnInfo& fn) const {
  EffectSet set = 0;
  if (!declaredEffects(fn.item, set))
    declaredEffects(fn.externBlock, set);
  return set | effectBit(Effect::JsCall);
}

void EffectGraph::build() {
  fns_.assign(prog_.fns.size(), FnEffects{});
  // Every checked body, then the deferred ones their calls reach (which
  // may add instances and closures to the program's fns, read in turn).
  size_t next = 0;
  for (;;) {
    for (; next < prog_.fns.size(); ++next) {
      if (!prog_.fns[next].deferred)
        readFn(static_cast<uint32_t>(next));
    }
    if (reached_.empty())
      break;
    while (!reached_.empty()) {
      uint32_t f = reached_.back();
      reached_.pop_back();
      readFn(f);
    }
  }
  fns_.resize(prog_.fns.size());
  propagate();
}

void EffectGraph::readFn(uint32_t i) {
  if (i >= fns_.size())
    fns_.resize(prog_.fns.size());
  if (fns_[i].analyzed)
    return;
  FnInfo& fn = prog_.fns[i];
  if (fn.isHostImport()) {
    fns_[i].analyzed = true;
    EffectSet set = hostEffects(fn);
    for (size_t b = 0; b < static_cast<size_t>(Effect::Count); ++b) {
      if (set & (1u << b))
        direct(i, static_cast<Effect>(b), fn.item->nameSpan, "is a host (JavaScript) fn");
    }
    return;
  }
  if (fn.isTemplate() || !fn.item || !fn.item->body || fn.deferred)
    return;
  fns_[i].analyzed = true;
  // A task's record on the heap and the scope's atomic counters are
  // part of spawning and joining: the `thread` effect, not `alloc` or
  // the atomics (docs/effects.md).
  if (file_.inPrelude(fn.item->span) &&
      (fn.name.rfind("scope::<", 0) == 0 || fn.name.rfind("Scope::spawn::<", 0) == 0 ||
       fn.name.rfind("ScopedJoinHandle::", 0) == 0))
    fns_[i].hidden =
        effectBit(Effect::Alloc) | effectBit(Effect::AtomicRead) | effectBit(Effect::AtomicWrite);
  readBody(i);
}

void EffectGraph::readBody(uint32_t fn) {
  if (!prog_.dropFns.empty()) {
    for (const LocalInfo& l : prog_.fns[fn].locals)
      drops(fn, l.type, l.span);
  }
  walkBlock(prog_.fns[fn].item->body, fn);
}

void EffectGraph::drops(uint32_t fn, TypeId t, Span site) {
  if (t == kNoType || prog_.dropFns.empty())
    return;
  auto it = dropCalls_.find(t);
  if (it == dropCalls_.end()) {
    std::vector<uint32_t> found;
    std::unordered_set<TypeId> seen;
    collectDrops(t, seen, found);
    it = dropCalls_.emplace(t, std::move(found)).first;
  }
  for (uint32_t d : it->second)
    call(fn, d, site);
}

// The Drop::drop fns that dropping a value of `t` runs: its own and those
// of the types it owns (a reference owns nothing).
void EffectGraph::collectDrops(TypeId t,
                               std::unordered_set<TypeId>& seen,
                               std::vector<uint32_t>& out) {
  if (t == kNoType || !seen.insert(t).second)
    return;
  const TypeData& d = prog_.types.get(t);
  switch (d.kind) {
    case TypeKind::Array:
      collectDrops(d.elem, seen, out);
      break;
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems))
        collectDrops(e, seen, out);
      break;
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      if (s.closure)
        break;
      if (auto own = prog_.dropFns.find(t); own != prog_.dropFns.end())
        out.push_back(own->second);
      for (uint32_t i = 0; i < s.fields.size(); ++i)
        collectDrops(prog_.fieldType(t, i), seen, out);
      for (uint32_t v = 0; v < s.variants.size(); ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i)
          collectDrops(prog_.variantFieldType(t, v, i), seen, out);
      }
      break;
    }
    default:
      break;
  }
}

void EffectGraph::direct(uint32_t fn, Effect e, Span site, std::string what) {
  FnEffects& f = fns_[fn];
  EffectSet bit = effectBit(e);
  if ((f.set | f.hidden) & bit)
    return;
  f.set |= bit;
  f.reasons[static_cast<size_t>(e)] = {site, kNone, std::move(what)};
}

// An assignment or `&mut` whose place is (part of) a static.
void EffectGraph::writesStatic(uint32_t fn, Expr* place) {
  while (place && (place->kind == ExprKind::Field || place->kind == ExprKind::Index ||
                   place->kind == ExprKind::Paren))
    place = place->lhs;
  if (place && place->kind == ExprKind::Path &&
      static_cast<ResKind>(place->resKind) == ResKind::Static)
    fns_[fn].set |= kWritesStatic;
}

void EffectGraph::call(uint32_t fn, uint32_t callee, Span site) {
  if (callee >= prog_.fns.size())
    return;
  if (prog_.fns[callee].deferred && deferred_) {
    deferred_->ensureChecked(callee);
    reached_.push_back(callee);
  }
  if (callee >= fns_.size())
    fns_.resize(prog_.fns.size());
  fns_[fn].calls.push_back({callee, site});
}

void EffectGraph::walkBlock(Block* b, uint32_t fn) {
  if (!b)
    return;
  for (Stmt* s : b->stmts) {
    if (s->kind == StmtKind::Let || s->kind == StmtKind::Expr) {
      walk(s->init, fn);
      walkBlock(s->elseBlock, fn);
    }
  }
  walk(b->tail, fn);
}

void EffectGraph::walk(Expr* e, uint32_t fn) {
  if (!e)
    return;
  const TypeTable& tt = prog_.types;
  auto isInt = [&](TypeId t) {
    while (t != kNoType && tt.kind(t) == TypeKind::Ref)
      t = tt.get(t).elem;
    return t != kNoType && tt.kind(t) == TypeKind::Int;
  };
  bool callsFn = static_cast<ResKind>(e->resKind) == ResKind::Fn;
  if (e->kind == ExprKind::Call || e->kind == ExprKind::MethodCall ||
      e->kind == ExprKind::StructLit || e->kind == ExprKind::Macro)
    drops(fn, e->type, e->span);
  switch (e->kind) {
    case ExprKind::Closure:
      return;  // its body is a fn of its own, performed when called
    case ExprKind::Path:
      if (callsFn)
        call(fn, e->res, e->span);
      return;
    case ExprKind::Call: {
      Expr* callee = e->lhs;
      if (e->callsClosure) {
        TypeId t = callee->type;
        for (int k = 0; k < e->autoDerefs && t != kNoType; ++k)
          t = tt.get(t).elem;
        if (t != kNoType && tt.kind(t) == TypeKind::Struct)
          call(fn, prog_.structs[tt.get(t).id].closureFn, e->span);
        walk(callee, fn);
      } else if (static_cast<ResKind>(callee->resKind) == ResKind::Fn) {
        call(fn, callee->res, e->span);
      } else if (static_cast<ResKind>(callee->resKind) == ResKind::BuiltinFn) {
        auto which = static_cast<BuiltinFn>(callee->res);
        if (which == BuiltinFn::ProcessExit)
          direct(fn, Effect::Io, e->span, "`std::process::exit`");
        else if (which == BuiltinFn::JsLength || which == BuiltinFn::JsCharCodeAt ||
                 which == BuiltinFn::JsUtf8Length || which == BuiltinFn::JsRead)
          direct(fn, Effect::JsCall, e->span, "reading a JS string");
        else if (which == BuiltinFn::TaskRanInOrder || which == BuiltinFn::TaskSpawn)
          direct(fn, Effect::Thread, e->span, "`wasm::thread::Scope::spawn`");
        else if (which == BuiltinFn::AtomicLoad)
          direct(fn, Effect::AtomicRead, e->span, "an atomic load");
        else if (which == BuiltinFn::AtomicStore)
          direct(fn, Effect::AtomicWrite, e->span, "an atomic store");
        else if (isAtomicReadModifyWrite(which)) {
          direct(fn, Effect::AtomicRead, e->span, "an atomic read-modify-write");
          direct(fn, Effect::AtomicWrite, e->span, "an atomic read-modify-write");
        } else if (allocates(which)) {
          direct(fn, Effect::Alloc, e->span, "a `wasm::heap` intrinsic");
        }
      } else {
        walk(callee, fn);
      }
      for (Expr* a : e->args)
        walk(a, fn);
      return;
    }
    case ExprKind::MethodCall:
      if (callsFn && prog_.fns[e->res].trait != kNone && prog_.fns[e->res].isTemplate()) {
        // Through a vtable (docs/dyn.md): whatever any implementation of
        // that slot may do, since all vtables are known.
        for (const Program::Vtable& v : prog_.vtables) {
          std::vector<uint32_t> slots = prog_.dynSlots(v.trait);
          for (size_t k = 0; k < slots.size() && k < v.methods.size(); ++k) {
            if (slots[k] == e->res && v.methods[k] != kNone)
              call(fn, v.methods[k], e->nameSpan);
          }
        }
      } else if (callsFn)
        call(fn, e->res, e->nameSpan);
      else if (builtinMayPanic(e->name))
        direct(fn, Effect::Panic, e->nameSpan, "`" + std::string(e->name) + "`, which can panic");
      break;
    case ExprKind::Binary:
      if (callsFn)
        call(fn, e->res, e->span);
      else if (isCheckedArith(e->binOp) && isInt(e->type))
        direct(fn, Effect::Panic, e->span,
               std::string("`") + binOpSpelling(e->binOp) + "`, checked for overflow");
      break;
    case ExprKind::Ref:
      if (e->isMut)
        writesStatic(fn, e->lhs);
      break;
    case ExprKind::Assign:
      writesStatic(fn, e->lhs);
      if (callsFn)
        call(fn, e->res, e->span);
      else if (isCheckedArith(e->binOp) && isInt(e->lhs ? e->lhs->type : kNoType))
        direct(fn, Effect::Panic, e->span,
               std::string("`") + binOpSpelling(e->binOp) + "=`, checked for overflow");
      break;
    case ExprKind::Unary:
      if (callsFn)
        call(fn, e->res, e->span);
      else if (e->unOp == UnOp::Neg && isInt(e->type) && isSigned(tt.intKind(e->type)))
        direct(fn, Effect::Panic, e->span, "`-`, checked for overflow");
      break;
    case ExprKind::Index:
      direct(fn, Effect::Panic, e->span, "indexing, checked against the length");
      break;
    case ExprKind::Macro:
      switch (e->macro) {
        case MacroKind::Println:
        case MacroKind::Print:
        case MacroKind::Eprintln:
        case MacroKind::Eprint:
        case MacroKind::Write:  // the formatter may be stdout's
        case MacroKind::Writeln:
          direct(fn, Effect::Io, e->span, std::string("`") + macroName(e->macro) + "`");
          break;
        case MacroKind::Format:
          direct(fn, Effect::Alloc, e->span, "`format!`");
          break;
        default:
          direct(fn, Effect::Panic, e->span, std::string("`") + macroName(e->macro) + "`");
          break;
      }
      for (MacroArg& a : e->macroArgs)
        walk(a.value, fn);
      return;
    default:
      break;
  }
  walk(e->lhs, fn);
  walk(e->rhs, fn);
  walk(e->elseExpr, fn);
  walkBlock(e->block, fn);
  for (MatchArm& arm : e->arms) {
    walk(arm.guard, fn);
    walk(arm.body, fn);
  }
  for (Expr* a : e->args)
    walk(a, fn);
  for (FieldInit& f : e->fields)
    walk(f.value, fn);
  for (MacroArg& a : e->macroArgs)
    walk(a.value, fn);
}

// Worklist fixpoint: when a fn gains effects, its callers are visited again.
// A reason names the callee only once that callee already has the effect,
// so following reasons from any fn ends at a direct site.
void EffectGraph::propagate() {
  std::vector<std::vector<uint32_t>> callers(fns_.size());
  for (uint32_t f = 0; f < fns_.size(); ++f) {
    for (const EffectCall& c : fns_[f].calls)
      callers[c.callee].push_back(f);
  }
  std::deque<uint32_t> work;
  std::vector<bool> queued(fns_.size(), false);
  for (uint32_t f = 0; f < fns_.size(); ++f) {
    if (fns_[f].set) {
      work.push_back(f);
      queued[f] = true;
    }
  }
  while (!work.empty()) {
    uint32_t g = work.front();
    work.pop_front();
    queued[g] = false;
    for (uint32_t f : callers[g]) {
      FnEffects& caller = fns_[f];
      bool grew = false;
      for (const EffectCall& c : caller.calls) {
        // What a hiding fn hides comes from itself and the standard
        // library, not from the program's closures it calls.
        const Item* callee = prog_.fns[c.callee].item;
        EffectSet hidden = callee && file_.inPrelude(callee->span) ? caller.hidden : 0;
        EffectSet gained = fns_[c.callee].set & ~caller.set & ~hidden;
        if (!gained)
          continue;
        for (size_t b = 0; b < static_cast<size_t>(Effect::Count); ++b) {
          if (gained & (1u << b))
            caller.reasons[b] = {c.site, c.callee, ""};
        }
        caller.set |= gained;
        grew = true;
      }
      if (grew && !queued[f]) {
        work.push_back(f);
        queued[f] = true;
      }
    }
  }
}

}  // namespace wr
