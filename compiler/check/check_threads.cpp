// The thread-safety checker: what a task spawned in `wasm::thread::scope`
// may capture (docs/threads.md).
//
// Tasks of one scope may run at the same time, on different threads, once
// the threaded mode exists; the in-order mode runs them one after another.
// A program must be right in both, so this checks the rules of the
// threaded mode in every build:
//
//   W1030  a task captures a value that is not thread-safe: `Rc`/`Weak`
//          (their counts change without atomics), `Cell`/`RefCell` (and
//          RefCell's guards) borrowed from outside the task;
//   W1031  a task writes a variable that another task, or the scope body
//          after the task was spawned, also uses; or a task spawned in a
//          loop writes a variable every one of those tasks shares;
//   W1032  a task (without `move`) borrows a variable declared inside the
//          scope's closure, which dies before the scope joins the task.
//
// It runs after type checking on a program without errors. Closures have
// become fns by then: a use of a captured variable inside a closure body
// reads through the closure's environment (`*env.k`, check_closures.cpp),
// and `env.k` leads back, through the closure's capture list, to the
// enclosing fn's local. All closures of a fn share that fn's local table,
// so a local index names one variable everywhere in the fn.
#include "compiler/check/check_threads.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/check/check.h"

namespace wr {

namespace {

constexpr int kMaxTypeDepth = 16;

struct Capture {
  uint32_t local = kNone;
  Span span;
  bool moved = false;  // a `move` closure: the task owns its copy
};

struct Task {
  const Expr* closure = nullptr;
  Span spawn;                     // the `s.spawn(...)` call
  std::optional<Span> loop;       // the innermost loop of the scope body around it
  std::vector<Capture> captures;  // one per variable it captures
  std::set<uint32_t> writes;      // the variables its body writes
  std::optional<Span> spawnedAt;  // the `spawn` in another fn, for a closure passed to one
};

// Calls `f(e)` for every statement's expression and the tail of a block
// (the `else` block of a `let ... else` included).
template <typename F>
void forEachInBlock(const Block* b, F&& f) {
  if (!b)
    return;
  for (const Stmt* s : b->stmts) {
    f(s->init);
    if (s->elseBlock) {
      for (const Stmt* t : s->elseBlock->stmts)
        f(t->init);
      f(s->elseBlock->tail);
    }
  }
  f(b->tail);
}

class ThreadChecker {
 public:
  ThreadChecker(const SourceFile& file,
                const Program& prog,
                DiagnosticEngine& diags,
                const FnInfo& fn)
      : file_(file), prog_(prog), diags_(diags), fn_(fn) {}

  // Finds the `scope(|s| ...)` calls anywhere in `e`.
  void findScopes(const Expr* e, int depth = 0) {
    if (!e || depth > kMaxDepth)
      return;
    if (e->kind == ExprKind::Call && isPreludeFn(e->lhs, "scope", nullptr) && e->args.size() == 1 &&
        e->args[0]->kind == ExprKind::Closure) {
      checkScope(e->args[0]);
    }
    forEachChild(e, [&](const Expr* c) { findScopes(c, depth + 1); });
  }

  // The closures that `e` spawns as tasks without being written in this
  // fn: a closure passed in (`fn run<F: FnOnce()>(s: &Scope, f: F) {
  // s.spawn(f) }`, checked in each instance, where F is the caller's
  // closure). Their captures are the caller's variables, so the caller's
  // checker looks at them (checkSpawnedElsewhere).
  void findForeignSpawns(const Expr* e, std::map<const Expr*, Span>& out, int depth = 0) const {
    if (!e || depth > kMaxDepth)
      return;
    if (isSpawn(e) && e->args[0]->kind != ExprKind::Closure) {
      const Expr* c = closureOf(e->args[0]);
      if (!ownClosures_.count(c))
        out.emplace(c, e->span);
    }
    forEachChild(e, [&](const Expr* c) { findForeignSpawns(c, out, depth + 1); });
  }

  // Notes the closures written in `e` (ownClosures_).
  void findOwnClosures(const Expr* e, int depth = 0) {
    if (!e || depth > kMaxDepth)
      return;
    if (e->kind == ExprKind::Closure)
      ownClosures_.insert(e);
    forEachChild(e, [&](const Expr* c) { findOwnClosures(c, depth + 1); });
  }

  const Block* body() const { return fn_.item->body; }

  // The closures spawned by a fn they are passed to (findForeignSpawns):
  // inside a scope's body here, they are that scope's tasks.
  void setForeignSpawns(const std::map<const Expr*, Span>* foreign) { foreign_ = foreign; }

  // The closures written in this fn that another fn spawns as tasks, and
  // that no scope body here passes on (then its rules checked them): each
  // must capture only what a task may share (W1030).
  void checkSpawnedElsewhere() {
    for (const Expr* c : ownClosures_) {
      auto at = foreign_->find(c);
      if (at == foreign_->end() || scopedTasks_.count(c))
        continue;  // a task of a scope here was checked with the scope's rules
      for (const Expr* a : c->args) {
        if (std::optional<uint32_t> l = localOf(a))
          checkUnsync({*l, a->span, c->isMove}, at->second);
      }
    }
  }

 private:
  static constexpr int kMaxDepth = 2000;

  template <typename F>
  static void forEachChild(const Expr* e, F&& f) {
    f(e->lhs);
    f(e->rhs);
    f(e->elseExpr);
    forEachInBlock(e->block, f);
    for (const MatchArm& arm : e->arms) {
      f(arm.guard);
      f(arm.body);
    }
    for (const Expr* a : e->args)
      f(a);
    for (const FieldInit& fi : e->fields)
      f(fi.value);
    for (const MacroArg& a : e->macroArgs)
      f(a.value);
  }

  // A call of the prelude's `wasm::thread::scope` (callee path) or of
  // `Scope::spawn` (method id), instances included.
  bool isPreludeFn(const Expr* callee, const char* name, const char* owner) const {
    uint32_t id = kNone;
    if (callee && callee->kind == ExprKind::Path &&
        static_cast<ResKind>(callee->resKind) == ResKind::Fn)
      id = callee->res;
    return isPreludeFnId(id, name, owner);
  }

  bool isPreludeFnId(uint32_t id, const char* name, const char* owner) const {
    if (id >= prog_.fns.size())
      return false;
    const FnInfo* f = &prog_.fns[id];
    if (f->templateFn < prog_.fns.size())
      f = &prog_.fns[f->templateFn];
    if (!f->item || !file_.inPrelude(f->item->span) || f->item->name != name)
      return false;
    if (!owner)
      return f->owner == kNone;
    return f->owner < prog_.structs.size() && prog_.structs[f->owner].name == owner;
  }

  bool isSpawn(const Expr* e) const {
    return e->kind == ExprKind::MethodCall && static_cast<ResKind>(e->resKind) == ResKind::Fn &&
           isPreludeFnId(e->res, "spawn", "Scope") && e->args.size() == 1 && closureOf(e->args[0]);
  }

  // The argument of call `e` that becomes a task: the closure of an
  // `s.spawn(..)`, or a closure passed to a fn that spawns it (one of
  // foreign_, see findForeignSpawns). Null for any other expression.
  const Expr* taskArg(const Expr* e) const {
    if (isSpawn(e))
      return e->args[0];
    if (!foreign_ || foreign_->empty() ||
        (e->kind != ExprKind::Call && e->kind != ExprKind::MethodCall))
      return nullptr;
    for (const Expr* a : e->args) {
      const Expr* c = closureOf(a);
      if (c && foreign_->count(c))
        return a;
    }
    return nullptr;
  }

  // Walks what a task-spawning call evaluates besides the task itself (the
  // scope `s`, other arguments).
  template <typename F>
  static void forEachBesideTask(const Expr* call, const Expr* task, F&& f) {
    f(call->lhs);
    for (const Expr* a : call->args) {
      if (a != task)
        f(a);
    }
  }

  // The closure expression a task runs: the argument itself, or the
  // closure a variable holds (`let t = || ...; s.spawn(t)`), found through
  // its type.
  const Expr* closureOf(const Expr* arg) const {
    if (arg->kind == ExprKind::Closure)
      return arg;
    if (arg->type == kNoType || prog_.types.kind(arg->type) != TypeKind::Struct)
      return nullptr;
    uint32_t sid = prog_.types.get(arg->type).id;
    return sid < prog_.structs.size() ? prog_.structs[sid].closure : nullptr;
  }

  // The closure whose environment `e` is, when it is a path to one.
  const Expr* envClosure(const Expr* e) const {
    if (!e || e->kind != ExprKind::Path || static_cast<ResKind>(e->resKind) != ResKind::Local ||
        e->type == kNoType || prog_.types.kind(e->type) != TypeKind::Struct)
      return nullptr;
    uint32_t sid = prog_.types.get(e->type).id;
    return sid < prog_.structs.size() ? prog_.structs[sid].closure : nullptr;
  }

  // The fn's local that a variable use denotes: a path to it, or (inside a
  // closure body) `env.k` or `*env.k`, followed out through the captures.
  std::optional<uint32_t> localOf(const Expr* e, int depth = 0) const {
    if (!e || depth > 64)
      return std::nullopt;
    if (e->kind == ExprKind::Unary && e->unOp == UnOp::Deref && e->lhs &&
        e->lhs->kind == ExprKind::Field && envClosure(e->lhs->lhs))
      return localOf(e->lhs, depth + 1);
    if (e->kind == ExprKind::Field) {
      const Expr* c = envClosure(e->lhs);
      if (!c || e->fieldIndex >= c->args.size())
        return std::nullopt;
      return localOf(c->args[e->fieldIndex], depth + 1);
    }
    if (e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Local &&
        !envClosure(e) && e->res < fn_.locals.size())
      return e->res;
    return std::nullopt;
  }

  // The variable a place expression is part of (`v`, `v.f`, `v[i]`, `*v`).
  std::optional<uint32_t> rootOf(const Expr* e) const {
    for (int i = 0; e && i < 256; ++i) {
      if (std::optional<uint32_t> l = localOf(e))
        return l;
      if (e->kind != ExprKind::Field && e->kind != ExprKind::Index && e->kind != ExprKind::Paren &&
          !(e->kind == ExprKind::Unary && e->unOp == UnOp::Deref) &&
          !(e->kind == ExprKind::MethodCall && e->overloaded))
        return std::nullopt;
      e = e->lhs;
    }
    return std::nullopt;
  }

  // Whether a method call borrows its receiver mutably (`&mut self`).
  bool mutatesReceiver(const Expr* e) const {
    if (static_cast<ResKind>(e->resKind) != ResKind::Fn || e->res >= prog_.fns.size())
      return false;
    const FnInfo& f = prog_.fns[e->res];
    if (f.params.empty() || f.params[0] == kNoType)
      return false;
    return prog_.types.kind(f.params[0]) == TypeKind::Ref && prog_.types.get(f.params[0]).sub == 1;
  }

  // The variables `e` writes: assignments, `&mut`, `&mut self` methods,
  // `for x in &mut v`.
  void collectWrites(const Expr* e, std::set<uint32_t>& out, int depth = 0) const {
    if (!e || depth > kMaxDepth)
      return;
    std::optional<uint32_t> w;
    if (e->kind == ExprKind::Assign || (e->kind == ExprKind::Ref && e->isMut))
      w = rootOf(e->lhs);
    else if (e->kind == ExprKind::MethodCall && !e->overloaded && mutatesReceiver(e))
      w = rootOf(e->lhs);
    else if (e->kind == ExprKind::For && e->forPlan &&
             e->forPlan->source == ForPlan::Source::ArrayMut)
      w = rootOf(e->forPlan->seq);
    if (w)
      out.insert(*w);
    forEachChild(e, [&](const Expr* c) { collectWrites(c, out, depth + 1); });
  }

  // ------------------------------------------------------------ one scope
  struct BodyUse {
    Span span;
    bool write = false;
  };

  // Walks the scope closure's body: the tasks it spawns, and its own uses
  // of variables (tasks' bodies excluded).
  void walkScopeBody(const Expr* e,
                     std::optional<Span> loop,
                     const std::set<uint32_t>& writes,
                     int depth) {
    if (!e || depth > kMaxDepth)
      return;
    if (const Expr* task = taskArg(e)) {
      forEachBesideTask(e, task, [&](const Expr* c) { walkScopeBody(c, loop, writes, depth + 1); });
      addTask(e, task, loop);
      return;
    }
    if (std::optional<uint32_t> l = localOf(e)) {
      bodyUses_[*l].push_back({e->span, writes.count(*l) > 0});
      return;
    }
    if (e->kind == ExprKind::While || e->kind == ExprKind::Loop || e->kind == ExprKind::For) {
      if (e->kind == ExprKind::For)
        walkScopeBody(e->lhs, loop, writes, depth + 1);
      if (e->kind == ExprKind::While)
        walkScopeBody(e->lhs, e->span, writes, depth + 1);
      forEachInBlock(e->block,
                     [&](const Expr* c) { walkScopeBody(c, e->span, writes, depth + 1); });
      return;
    }
    forEachChild(e, [&](const Expr* c) { walkScopeBody(c, loop, writes, depth + 1); });
  }

  void addTask(const Expr* call, const Expr* task, std::optional<Span> loop) {
    const Expr* c = closureOf(task);
    scopedTasks_.insert(c);
    Task t;
    t.closure = c;
    if (!isSpawn(call) && foreign_ && foreign_->count(c))
      t.spawnedAt = foreign_->at(c);
    t.spawn = call->span;
    t.loop = loop;
    for (const Expr* a : c->args) {
      std::optional<uint32_t> l = localOf(a);
      if (!l)
        continue;
      t.captures.push_back({*l, a->span, c->isMove});
    }
    collectWrites(c->lhs, t.writes);
    tasks_.push_back(std::move(t));
  }

  void checkScope(const Expr* scopeClosure) {
    tasks_.clear();
    bodyUses_.clear();
    scope_ = scopeClosure;
    letInits_.clear();
    collectLets(scopeClosure->lhs, 0);
    std::set<uint32_t> bodyWrites;
    collectWritesOutsideTasks(scopeClosure->lhs, bodyWrites, 0);
    walkScopeBody(scopeClosure->lhs, std::nullopt, bodyWrites, 0);
    std::set<uint32_t> reported;
    for (const Task& t : tasks_) {
      for (const Capture& cap : t.captures) {
        if (reported.count(cap.local))
          continue;
        if (checkUnsync(cap, t.spawnedAt) || checkOutlives(t, cap) || checkRace(t, cap))
          reported.insert(cap.local);
      }
    }
  }

  void collectWritesOutsideTasks(const Expr* e, std::set<uint32_t>& out, int depth) const {
    if (!e || depth > kMaxDepth)
      return;
    if (const Expr* task = taskArg(e)) {
      forEachBesideTask(e, task,
                        [&](const Expr* c) { collectWritesOutsideTasks(c, out, depth + 1); });
      return;
    }
    std::set<uint32_t> own;
    if (e->kind == ExprKind::Assign || (e->kind == ExprKind::Ref && e->isMut) ||
        (e->kind == ExprKind::MethodCall && !e->overloaded && mutatesReceiver(e)) ||
        (e->kind == ExprKind::For && e->forPlan &&
         e->forPlan->source == ForPlan::Source::ArrayMut)) {
      const Expr* place = e->kind == ExprKind::For ? e->forPlan->seq : e->lhs;
      if (std::optional<uint32_t> w = rootOf(place))
        out.insert(*w);
    }
    forEachChild(e, [&](const Expr* c) { collectWritesOutsideTasks(c, out, depth + 1); });
  }

  // ------------------------------------------------------------ the rules
  std::string name(uint32_t local) const { return std::string(fn_.locals[local].name); }

  std::string typeName(TypeId t) const { return prog_.typeName(t); }

  // The first type inside `t` that a task may not share: Rc and Weak
  // always, Cell, RefCell and RefCell's guards unless the task owns them,
  // and host references (externref<T>) always.
  std::optional<TypeId> unsyncPart(TypeId t, bool owned, int depth) const {
    if (t == kNoType || depth > kMaxTypeDepth)
      return std::nullopt;
    const TypeData& d = prog_.types.get(t);
    switch (d.kind) {
      case TypeKind::ExternRef:
        return t;
      case TypeKind::Ref:
        return unsyncPart(d.elem, false, depth + 1);
      case TypeKind::Array:
      case TypeKind::Slice:
        return unsyncPart(d.elem, owned, depth + 1);
      case TypeKind::Tuple:
        for (TypeId e : d.elems) {
          if (std::optional<TypeId> u = unsyncPart(e, owned, depth + 1))
            return u;
        }
        return std::nullopt;
      case TypeKind::Struct: {
        if (d.id >= prog_.structs.size())
          return std::nullopt;
        const StructInfo& s = prog_.structs[d.id];
        if (s.item && file_.inPrelude(s.item->span)) {
          if (s.name == "Rc" || s.name == "Weak")
            return t;
          if (!owned &&
              (s.name == "Cell" || s.name == "RefCell" || s.name == "Ref" || s.name == "RefMut"))
            return t;
        }
        for (TypeId a : d.elems) {
          if (std::optional<TypeId> u = unsyncPart(a, owned, depth + 1))
            return u;
        }
        if (s.item && !file_.inPrelude(s.item->span) && !s.closure) {
          for (const FieldInfo& f : s.fields) {
            if (std::optional<TypeId> u = unsyncPart(f.type, owned, depth + 1))
              return u;
          }
        }
        return std::nullopt;
      }
      default:
        return std::nullopt;
    }
  }

  // `spawnedAt`: where another fn spawns the closure (see
  // checkSpawnedElsewhere).
  bool checkUnsync(const Capture& cap, std::optional<Span> spawnedAt = std::nullopt) {
    TypeId t = fn_.locals[cap.local].type;
    std::optional<TypeId> part = unsyncPart(t, cap.moved, 0);
    if (!part)
      return false;
    std::string v = name(cap.local), partName = typeName(*part);
    std::string whole = *part == t ? "" : " (its type `" + typeName(t) + "` holds one)";
    // What the part is, why a task may not share it, and what to do instead.
    std::string what, why, help;
    if (prog_.types.kind(*part) == TypeKind::ExternRef) {
      what = "a host reference";
      why =
          "host references stay on the thread that received them: each thread has its own "
          "reference table, and tasks cannot call host fns";
      help = "read what the task needs from the host before the scope, and share that";
    } else {
      const StructInfo& s = prog_.structs[prog_.types.get(*part).id];
      bool counted = s.name == "Rc" || s.name == "Weak";
      what = "not thread-safe";
      why = (counted ? "`" + s.name + "` counts its owners without atomic operations"
                     : "`" + s.name +
                           "` changes its contents through shared references without "
                           "synchronization") +
            ", so two tasks using it at once on different threads could corrupt it";
      help = counted ? "share the data by reference (`&T`) or give each task its own copy"
                     : "use an atomic (`wasm::sync::atomic::AtomicU32`, ...) for a shared "
                       "counter or flag, or move a value of its own into each task";
    }
    diags_
        .emit(DiagKind::TaskCapturesUnsync,
              "`" + v + "` cannot be shared with a task: `" + partName + "` is " + what)
        .primary(cap.span, "`" + v + "` captured by a task here" + whole)
        .label(fn_.locals[cap.local].span, "`" + v + "` declared here")
        .labelIf(spawnedAt, "the closure is spawned as a task here")
        .note(why)
        .help(help);
    return true;
  }

  bool declaredInScope(uint32_t local) const {
    return local >= scope_->closureLocals && local < scope_->closureLocalsEnd;
  }

  bool checkOutlives(const Task& t, const Capture& cap) {
    if (!declaredInScope(cap.local))
      return false;
    if (cap.moved)
      return checkMovedIntoTask(cap);
    std::string v = name(cap.local);
    diags_
        .emit(DiagKind::TaskBorrowOutlivesScope,
              "the task borrows `" + v + "`, which does not live until the scope joins it")
        .primary(cap.span, "`" + v + "` is borrowed here")
        .label(fn_.locals[cap.local].span, "`" + v + "` is declared inside the scope's closure")
        .label(scope_->span, "tasks are joined when this closure has returned")
        .note(
            "a task may still be running when the scope's closure returns and its "
            "variables die")
        .suggest("to move `" + v +
                     "` (and every other variable it uses) into the task, use "
                     "`move`",
                 Span{t.closure->span.lo, t.closure->span.lo}, "move ",
                 Applicability::MachineApplicable);
    return true;
  }

  // A `move` closure holds Copy values and references itself, but refers
  // to the other values it captures where they were declared
  // (check_closures.cpp): inside the scope's closure, that place dies (or
  // is reused by the next iteration) while the task may still run.
  bool checkMovedIntoTask(const Capture& cap) {
    TypeId ty = fn_.locals[cap.local].type;
    if (prog_.types.kind(ty) == TypeKind::Ref)
      return checkMovedReference(cap);
    if (isCopyType(prog_, ty))
      return false;
    std::string v = name(cap.local);
    diags_
        .emit(DiagKind::Unsupported, "a task cannot take `" + v +
                                         "` by `move` yet: WasmRust's closures hold such values " +
                                         "where they were declared")
        .primary(cap.span, "`" + v + "` is moved into the task here")
        .label(fn_.locals[cap.local].span, "`" + v + "` is declared inside the scope's closure")
        .note("only `Copy` values and references are moved into a closure itself; `" + v +
              "` would stay in the scope's closure, which may return (or start its next "
              "iteration) while the task runs")
        .help("declare `" + v +
              "` before the scope and let the task borrow it (each task its own element of a "
              "Vec, or its own chunk of a SharedSlice), or make it inside the task");
    return true;
  }

  // A reference moved into a task must not point at a variable declared
  // inside the scope's closure (`let r = &local;`): that variable dies
  // before the scope joins the task. Its origin is followed through the
  // `let`s of the scope body (a reference from an iterator, such as a
  // SharedSlice's chunk, points outside).
  bool checkMovedReference(const Capture& cap) {
    uint32_t local = cap.local;
    for (int hop = 0; hop < 16; ++hop) {
      auto init = letInits_.find(local);
      if (init == letInits_.end())
        return false;
      std::optional<uint32_t> root = borrowedVariable(init->second);
      if (!root || !declaredInScope(*root))
        return false;
      if (prog_.types.kind(fn_.locals[*root].type) == TypeKind::Ref) {
        local = *root;  // a reference made from another one: follow it
        continue;
      }
      std::string r = name(cap.local), v = name(*root);
      std::string message = "the task takes `";
      message += r;
      message += "`, which borrows `";
      message += v;
      message += "`, and `";
      message += v;
      message += "` does not live until the scope joins it";
      diags_.emit(DiagKind::TaskBorrowOutlivesScope, message)
          .primary(cap.span, "`" + r + "` is moved into the task here")
          .label(fn_.locals[*root].span, "`" + v + "` is declared inside the scope's closure")
          .label(scope_->span, "tasks are joined when this closure has returned")
          .note(
              "a task may still be running when the scope's closure returns and its "
              "variables die")
          .help("declare `" + v + "` before the scope, so that it outlives every task");
      return true;
    }
    return false;
  }

  // The variable a reference-making expression borrows: `&v`, `&v.f[i]`,
  // `&mut v`, `v.as_slice()` (a method whose result is a reference).
  std::optional<uint32_t> borrowedVariable(const Expr* e) const {
    while (e && e->kind == ExprKind::Paren)
      e = e->lhs;
    if (!e)
      return std::nullopt;
    if (e->kind == ExprKind::Ref)
      return rootOf(e->lhs);
    if (e->kind == ExprKind::MethodCall && prog_.types.kind(e->type) == TypeKind::Ref)
      return rootOf(e->lhs);
    return localOf(e);  // a copy of another reference
  }

  // `let x = init;` of the scope body, by x's local.
  void collectLets(const Expr* e, int depth) {
    if (!e || depth > kMaxDepth)
      return;
    if (e->block) {
      for (const Stmt* st : e->block->stmts) {
        if (st->kind == StmtKind::Let && st->pattern && st->init &&
            st->pattern->kind == PatternKind::Binding && !st->pattern->byRef &&
            st->pattern->local < fn_.locals.size())
          letInits_[st->pattern->local] = st->init;
      }
    }
    forEachChild(e, [&](const Expr* c) { collectLets(c, depth + 1); });
  }

  // Whether the task's capture shares the variable's storage (a borrow,
  // or a moved `&mut` reference, which shares what it points to).
  bool sharesStorage(const Capture& cap) const {
    if (!cap.moved)
      return true;
    TypeId ty = fn_.locals[cap.local].type;
    return prog_.types.kind(ty) == TypeKind::Ref && prog_.types.get(ty).sub == 1;
  }

  bool checkRace(const Task& t, const Capture& cap) {
    if (!sharesStorage(cap))
      return false;
    uint32_t v = cap.local;
    bool taskWrites = t.writes.count(v) > 0;
    // Another task that uses the variable too.
    for (const Task& other : tasks_) {
      if (&other == &t)
        continue;
      for (const Capture& oc : other.captures) {
        if (oc.local != v || !sharesStorage(oc))
          continue;
        bool otherWrites = other.writes.count(v) > 0;
        if (!taskWrites && !otherWrites)
          continue;
        const Task& writer = taskWrites ? t : other;
        const Capture& wcap = taskWrites ? cap : oc;
        const Capture& ucap = taskWrites ? oc : cap;
        reportRace(writer, wcap, ucap.span, "another task also uses it");
        return true;
      }
    }
    // The scope body, after the task was spawned (or anywhere in the loop
    // that spawns it).
    auto it = bodyUses_.find(v);
    if (it != bodyUses_.end()) {
      for (const BodyUse& u : it->second) {
        bool after = u.span.lo > t.spawn.hi ||
                     (t.loop && u.span.lo >= t.loop->lo && u.span.hi <= t.loop->hi);
        if (!after || (!taskWrites && !u.write))
          continue;
        if (taskWrites)
          reportRace(t, cap, u.span, "the scope body uses it");
        else
          reportBodyWrite(t, cap, u.span);
        return true;
      }
    }
    // A loop's own variables are new in each iteration: each task gets its own.
    Span decl = fn_.locals[v].span;
    bool declaredInLoop = t.loop && decl.lo >= t.loop->lo && decl.hi <= t.loop->hi;
    if (taskWrites && t.loop && !declaredInLoop) {
      reportRace(t, cap, *t.loop, "every task this loop spawns writes it");
      return true;
    }
    return false;
  }

  void reportRace(const Task& writer, const Capture& wcap, Span other, const std::string& why) {
    std::string v = name(wcap.local);
    Span at = wcap.span;
    diags_.emit(DiagKind::TaskDataRace, "a task writes `" + v + "` while " + why)
        .primary(at, "`" + v + "` is written by this task")
        .label(other, why.rfind("every", 0) == 0 ? "the loop spawning the task"
                                                 : "`" + v + "` is also used here")
        .label(writer.spawn, "the task is spawned here")
        .note(
            "tasks of a scope may run at the same time on different threads; a write that "
            "another thread may see at the same time is a data race")
        .help(
            "give each task a part of its own (`SharedSlice::chunks_mut`), return the "
            "task's result through `join()`, or use an atomic (`wasm::sync::atomic`)");
  }

  void reportBodyWrite(const Task& reader, const Capture& rcap, Span write) {
    std::string v = name(rcap.local);
    diags_
        .emit(DiagKind::TaskDataRace,
              "the scope body writes `" + v + "` while a task that reads it may run")
        .primary(write, "`" + v + "` is written here")
        .label(rcap.span, "a task reads `" + v + "` here")
        .label(reader.spawn, "the task is spawned here")
        .note(
            "tasks of a scope may run at the same time as the rest of the scope body, "
            "until the scope ends")
        .help("write `" + v +
              "` before spawning the task, or after `wasm::thread::scope` "
              "returns");
  }

  const SourceFile& file_;
  const Program& prog_;
  DiagnosticEngine& diags_;
  const FnInfo& fn_;
  const Expr* scope_ = nullptr;
  std::vector<Task> tasks_;
  std::map<uint32_t, const Expr*> letInits_;
  std::map<uint32_t, std::vector<BodyUse>> bodyUses_;
  std::set<const Expr*> ownClosures_;
  std::set<const Expr*> scopedTasks_;  // closures checked as tasks of a scope here
  const std::map<const Expr*, Span>* foreign_ = nullptr;
};

// Whether the program uses `wasm::thread::scope` at all: an instance of
// the prelude's generic `scope` exists only if some code calls it. Most
// programs do not, and then no fn body needs walking.
bool usesScope(const SourceFile& file, const Program& program) {
  for (const FnInfo& fn : program.fns) {
    if (fn.templateFn >= program.fns.size())
      continue;
    const FnInfo& t = program.fns[fn.templateFn];
    if (t.item && t.owner == kNone && t.item->name == "scope" && file.inPrelude(t.item->span))
      return true;
  }
  return false;
}

}  // namespace

void checkThreads(const SourceFile& file, const Program& program, DiagnosticEngine& diags) {
  if (!usesScope(file, program))
    return;
  std::vector<ThreadChecker> checkers;
  for (const FnInfo& fn : program.fns) {
    if (!fn.item || !fn.item->body || fn.isTemplate() || fn.isClosure() || fn.isHostImport() ||
        file.inPrelude(fn.item->span))
      continue;
    ThreadChecker& c = checkers.emplace_back(file, program, diags, fn);
    forEachInBlock(c.body(), [&](const Expr* e) { c.findOwnClosures(e); });
  }
  std::map<const Expr*, Span> foreign;
  for (ThreadChecker& c : checkers)
    forEachInBlock(c.body(), [&](const Expr* e) { c.findForeignSpawns(e, foreign); });
  for (ThreadChecker& c : checkers) {
    c.setForeignSpawns(&foreign);
    forEachInBlock(c.body(), [&](const Expr* e) { c.findScopes(e); });
    if (!foreign.empty())
      c.checkSpawnedElsewhere();
  }
}

}  // namespace wr
