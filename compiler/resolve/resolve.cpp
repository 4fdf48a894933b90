// Name resolution (see resolve.h). Runs in phases: collect items, attach impl
// members to their structs, resolve signatures and field types, check for
// infinitely sized structs, then walk every body binding names.
#include "compiler/resolve/resolve.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <functional>
#include <unordered_map>

#include "compiler/parse/parser.h"
#include "compiler/resolve/format_string.h"
#include "compiler/resolve/module_scope.h"
#include "compiler/resolve/std_paths.h"
#include "compiler/sema/builtin_methods.h"
#include "compiler/sema/interop.h"

namespace wr {

namespace {

struct Scope {
  std::string_view name;
  uint32_t local;
};

struct LoopFrame {
  std::string_view label;
  uint32_t id;
  bool allowsValue;  // only `loop` can break with a value
};

bool isStdTypeName(std::string_view n) {
  static const char* const kNames[] = {"String",   "Vec",     "Option",  "Result",
                                       "Box",      "HashMap", "HashSet", "BTreeMap",
                                       "VecDeque", "Rc",      "RefCell"};
  for (const char* k : kNames) {
    if (n == k)
      return true;
  }
  return false;
}

class Resolver : public DeferredResolution {
 public:
  Resolver(const SourceFile& file, Ast& ast, Program& prog, DiagnosticEngine& diags)
      : file_(file), ast_(ast), prog_(prog), diags_(diags) {}

  void run() {
    declareStdTraits();
    gather(ast_.items, ModuleTree::kRoot);
    if (ast_.hasBlockItems) {
      // Items declared in bodies; items_ grows as nested ones are found.
      for (size_t i = 0; i < items_.size(); ++i) {
        Item* item = items_[i];
        if (item->kind == ItemKind::Fn && item->body)
          gatherBlock(item->body, item->module);
        for (Item* m : item->members) {
          if (m->kind == ItemKind::Fn && m->body)
            gatherBlock(m->body, m->module);
        }
      }
    }
    for (Item* item : items_) {
      cur_ = item->module;
      collect(item);
    }
    resolveImports();
    for (Item* item : items_) {
      cur_ = item->module;
      if (item->kind == ItemKind::Impl)
        collectImpl(item);
    }
    // Const and static values first: array lengths in signatures read them.
    for (ConstInfo& c : prog_.consts) {
      cur_ = c.item->module;
      if (c.item->value)
        resolveDetachedExpr(c.item->value, c.owner);
    }
    for (StaticInfo& s : prog_.statics) {
      cur_ = s.item->module;
      if (s.item->value)
        resolveDetachedExpr(s.item->value, kNone);
    }
    checkConstCycles();
    resolveSignatures();
    checkRecursiveStructs();
    // The prelude's bodies wait until the checker needs them (resolve.h).
    for (uint32_t i = 0; i < prog_.fns.size(); ++i) {
      FnInfo& fn = prog_.fns[i];
      if (fn.item && fn.item->body && file_.inPrelude(fn.item->span))
        fn.unresolved = true;
      else
        resolveFnBody(i);
    }
    for (uint32_t m = 0; m < mods_.size(); ++m) {
      prog_.moduleParents.push_back(mods_[m].parent);
      prog_.moduleIsBlock.push_back(mods_[m].isBlock);
    }
    auto main = mods_[ModuleTree::kRoot].values.find("main");
    if (main != mods_[ModuleTree::kRoot].values.end() && main->second.kind == ResKind::Fn) {
      prog_.mainFn = main->second.index;
      prog_.fns[prog_.mainFn].isEntry = !prog_.testBuild;
    }
    if (prog_.testBuild) {
      makeTestEntries();
    } else if (prog_.mainFn == kNone &&
               !hasWasmExport(ast_)) {  // a library of exports needs no `main`
      Span end{file_.userEnd(), file_.userEnd()};
      diags_
          .emit(DiagKind::NoMainFunction,
                "`main` function not found in crate `" + crateName() + "`")
          .primary(end, "consider adding a `main` function to `" + file_.path() + "`");
    }
  }

  void resolveBody(uint32_t f) override {
    FnInfo& fn = prog_.fns[f];
    if (!fn.unresolved)
      return;
    fn.unresolved = false;
    parseDeferredBody(file_, fn.item->body, ast_, diags_);
    resolveFnBody(f);
  }

 private:
  std::string crateName() const {
    std::string p = file_.path();
    size_t slash = p.find_last_of('/');
    if (slash != std::string::npos)
      p = p.substr(slash + 1);
    if (p.size() > 3 && p.compare(p.size() - 3, 3, ".rs") == 0)
      p.resize(p.size() - 3);
    for (char& c : p) {
      if (c == '-')
        c = '_';
    }
    return p;
  }

  // ---------------------------------------------------------------- items
  void define(std::string_view name, ValueDef def, const char* ns) {
    if (name.empty())
      return;
    auto& values = mods_[cur_].values;
    auto it = values.find(name);
    if (it != values.end()) {
      duplicate(name, it->second.span, def.span, ns);
      return;
    }
    values.emplace(name, def);
  }

  void duplicate(std::string_view name, Span first, Span second, const char* ns) {
    std::string n(name);
    diags_.emit(DiagKind::DuplicateDefinition, "the name `" + n + "` is defined multiple times")
        .primary(second, "`" + n + "` redefined here")
        .label(first, "previous definition of the " + std::string(ns) + " `" + n + "` here")
        .note("`" + n + "` must be defined only once in the " + ns + " namespace of this module");
  }

  void collect(Item* item) {
    switch (item->kind) {
      case ItemKind::Fn: {
        item->id = static_cast<uint32_t>(prog_.fns.size());
        FnInfo fn;
        fn.item = item;
        fn.name = std::string(item->name);
        declareGenerics(item, fn.generics);
        fn.ownGenerics = static_cast<uint32_t>(fn.generics.size());
        prog_.fns.push_back(std::move(fn));
        define(item->name, {ResKind::Fn, item->id, item->nameSpan}, "value");
        if (file_.inPrelude(item->span))
          notePreludeLangFn(item);
        if (prog_.testBuild && findAttr(item, "test"))
          collectTest(item);
        break;
      }
      case ItemKind::ExternBlock:
        // Host functions are fns without bodies (compiler/check/check_interop.cpp).
        for (Item* member : item->members) {
          collect(member);
          prog_.fns[member->id].externBlock = item;
        }
        break;
      case ItemKind::Trait:
        collectTrait(item);
        break;
      case ItemKind::TypeAlias:
        if (!item->generics.empty()) {
          diags_
              .emit(DiagKind::Unsupported, "generic type aliases are not supported by WasmRust yet")
              .primary(item->nameSpan);
        }
        if (typeNameTaken(item->name)) {
          diags_
              .emit(DiagKind::DuplicateDefinition,
                    "the name `" + std::string(item->name) + "` is defined multiple times")
              .primary(item->nameSpan, "`" + std::string(item->name) + "` redefined here");
        } else {
          mods_[cur_].aliases.emplace(item->name, item);
        }
        break;
      case ItemKind::Struct:
      case ItemKind::Enum: {
        item->id = static_cast<uint32_t>(prog_.structs.size());
        StructInfo s;
        s.item = item;
        s.name = std::string(item->name);
        s.shape = item->shape;
        s.isEnum = item->kind == ItemKind::Enum;
        declareGenerics(item, s.generics);
        for (const Attribute& a : item->attrs) {
          // `#[lang(vec)]`: a standard library type lowering knows (prelude only).
          if (a.path.str() == "lang" && a.args.size() == 1 && file_.inPrelude(item->span))
            s.lang = langItemNamed(a.args[0]);
          s.linear |= a.path.str() == "wasm::linear";
          if (a.path.str() != "derive")
            continue;
          for (std::string_view d : a.args) {
            s.derivesDebug |= d == "Debug";
            s.derivesCopy |= d == "Copy";
            s.derivesClone |= d == "Clone";
            s.derivesPartialEq |= d == "PartialEq";
            s.derivesPartialOrd |= d == "PartialOrd";
            s.derivesOrd |= d == "Ord";
            s.derivesHash |= d == "Hash";
          }
        }
        if (s.lang != LangItem::None)
          prog_.langStructs[static_cast<size_t>(s.lang)] = item->id;
        if (file_.inPrelude(item->span))
          notePreludeFmtItem(item);
        prog_.structs.push_back(std::move(s));
        auto& structs = mods_[cur_].structs;
        auto it = structs.find(item->name);
        if (it != structs.end()) {
          duplicate(item->name, prog_.structs[it->second].item->nameSpan, item->nameSpan, "type");
        } else {
          structs.emplace(item->name, item->id);
        }
        if (item->kind == ItemKind::Struct && item->shape == StructShape::Tuple) {
          define(item->name, {ResKind::TupleCtor, item->id, item->nameSpan}, "value");
        } else if (item->kind == ItemKind::Struct && item->shape == StructShape::Unit) {
          define(item->name, {ResKind::UnitStruct, item->id, item->nameSpan}, "value");
        }
        break;
      }
      case ItemKind::Const: {
        item->id = static_cast<uint32_t>(prog_.consts.size());
        ConstInfo c;
        c.item = item;
        prog_.consts.push_back(c);
        define(item->name, {ResKind::Const, item->id, item->nameSpan}, "value");
        break;
      }
      case ItemKind::Use:
        collectUse(item);
        break;
      case ItemKind::Static: {
        item->id = static_cast<uint32_t>(prog_.statics.size());
        StaticInfo s;
        s.item = item;
        prog_.statics.push_back(s);
        define(item->name, {ResKind::Static, item->id, item->nameSpan}, "value");
        break;
      }
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- modules
  // Walks the items, into `mod` blocks, leaving out what `#[cfg]` removes:
  // records each item's module and builds the module tree.
  void gather(std::vector<Item*>& items, uint32_t module) {
    for (Item* item : items) {
      if (!cfgEnabled(item->attrs) || (!prog_.testBuild && findAttr(item, "test")))
        continue;
      uint32_t m = module == ModuleTree::kRoot && file_.inPrelude(item->span) ? ModuleTree::kPrelude
                                                                              : module;
      item->module = m;
      if (!file_.inPrelude(item->span))
        restrict(item, m);
      if (item->kind == ItemKind::Mod) {
        declareModule(item, m);
        continue;
      }
      for (Item* member : item->members)
        member->module = m;
      items_.push_back(item);
    }
  }

  // ---------------------------------------------------------------- privacy
  // Records an item of module `m` that paths from elsewhere may not name.
  void restrict(const Item* item, uint32_t m) {
    if (item->isPub && item->pubScope != PubScope::Super)
      return;
    // A block is not a privacy boundary: its items are private to the
    // module around it.
    while (mods_[m].isBlock && mods_[m].parent != kNone)
      m = mods_[m].parent;
    uint32_t parent = mods_[m].parent;
    uint32_t visibleIn = item->isPub && parent != kNone ? parent : m;
    switch (item->kind) {
      case ItemKind::Fn:
      case ItemKind::Struct:
      case ItemKind::Enum:
      case ItemKind::Const:
      case ItemKind::Static:
      case ItemKind::Trait:
      case ItemKind::TypeAlias:
      case ItemKind::Mod:
        mods_[m].restricted.emplace(item->name, Restriction{visibleIn, item});
        break;
      case ItemKind::Use:
        for (const UseEntry& u : item->uses) {
          if (!u.glob && !u.alias.empty())
            mods_[m].restricted.emplace(u.alias, Restriction{visibleIn, item});
        }
        break;
      default:
        break;
    }
  }

  static std::string itemWord(const Item* item) {
    switch (item->kind) {
      case ItemKind::Fn:
        return "function";
      case ItemKind::Struct:
        return item->shape == StructShape::Unit ? "unit struct" : "struct";
      case ItemKind::Enum:
        return "enum";
      case ItemKind::Const:
        return "constant";
      case ItemKind::Static:
        return "static";
      case ItemKind::Trait:
        return "trait";
      case ItemKind::TypeAlias:
        return "type alias";
      case ItemKind::Mod:
        return "module";
      default:
        return "import";
    }
  }

  static std::string keywordOf(const Item* item) {
    switch (item->kind) {
      case ItemKind::Fn:
        return "fn";
      case ItemKind::Enum:
        return "enum";
      case ItemKind::Const:
        return "const";
      case ItemKind::Static:
        return "static";
      case ItemKind::Trait:
        return "trait";
      case ItemKind::TypeAlias:
        return "type";
      case ItemKind::Mod:
        return "mod";
      default:
        return "struct";
    }
  }

  // E0603: `name`, named through a path from module `from`, is an item of
  // module `at` that `from` may not see.
  void checkVisible(uint32_t from, uint32_t at, std::string_view name, Span span) {
    auto it = mods_[at].restricted.find(name);
    if (it == mods_[at].restricted.end() || mods_.within(from, it->second.visibleIn))
      return;
    const Item* def = it->second.item;
    std::string what = itemWord(def);
    std::string n(name);
    auto d = diags_.emit(DiagKind::PrivateItem, what + " `" + n + "` is private");
    d.primary(span, "private " + what);
    // The item's head (`pub(super) fn name`), not its whole body.
    Span defSpan = def->kind == ItemKind::Use ? def->span : Span{def->span.lo, def->nameSpan.hi};
    if (file_.sameFile(span.lo, defSpan.lo)) {
      d.label(defSpan, "the " + what + " `" + n + "` is defined here");
    } else {
      LineCol lc = file_.lineCol(defSpan.lo);
      d.note("the " + what + " `" + n + "` is defined at " + file_.pathAt(defSpan.lo) + ":" +
             std::to_string(lc.line) + ":" + std::to_string(lc.col));
    }
    if (def->kind != ItemKind::Use)
      d.help("consider making it public: `pub " + keywordOf(def) + " " + n + "` (or `pub(crate)`)");
  }

  // A block that declares items gets a module of its own (see
  // ModuleScope::isBlock); its items are gathered into it.
  void gatherBlock(Block* b, uint32_t module) {
    if (!b)
      return;
    if (b->hasItems) {
      b->module = mods_.add({}, module, nullptr);
      mods_[b->module].isBlock = true;
      module = b->module;
      std::vector<Item*> items;
      for (Stmt* s : b->stmts) {
        if (s->kind == StmtKind::Item)
          items.push_back(s->item);
      }
      gather(items, module);
    }
    for (Stmt* s : b->stmts) {
      gatherExpr(s->init, module);
      gatherBlock(s->elseBlock, module);
    }
    gatherExpr(b->tail, module);
  }

  void gatherExpr(Expr* e, uint32_t module) {
    if (!e)
      return;
    gatherExpr(e->lhs, module);
    gatherExpr(e->rhs, module);
    gatherExpr(e->elseExpr, module);
    gatherBlock(e->block, module);
    for (Expr* a : e->args)
      gatherExpr(a, module);
    for (FieldInit& f : e->fields)
      gatherExpr(f.value, module);
    for (MatchArm& arm : e->arms) {
      gatherExpr(arm.guard, module);
      gatherExpr(arm.body, module);
    }
    for (MacroArg& a : e->macroArgs)
      gatherExpr(a.value, module);
  }

  void declareModule(Item* item, uint32_t parent) {
    // A `mod name;` whose file was not loaded was reported by the driver
    // (compiler/driver/module_files.cpp); it declares an empty module.
    if (mods_[parent].modules.count(item->name)) {
      const Item* first = mods_[mods_[parent].modules[item->name]].item;
      duplicate(item->name, first ? first->nameSpan : item->nameSpan, item->nameSpan, "type");
      return;
    }
    uint32_t id = mods_.add(item->name, parent, item);
    mods_[parent].modules.emplace(item->name, id);
    gather(item->members, id);
  }

  // `#[cfg(test)]` keeps an item only in `wasmrust test` builds, and
  // `#[cfg(not(test))]` only outside them; `debug_assertions` is on, as in
  // rustc's default builds. Other configuration names are off.
  bool cfgEnabled(const std::vector<Attribute>& attrs) const {
    for (const Attribute& a : attrs) {
      if (a.path.str() != "cfg")
        continue;
      bool negate = false;
      bool value = false;
      for (std::string_view arg : a.args) {
        if (arg == "not")
          negate = !negate;
        else if (arg == "test")
          value = prog_.testBuild;
        else if (arg == "debug_assertions")
          value = true;
      }
      if (value == negate)
        return false;
    }
    return true;
  }

  static const Attribute* findAttr(const Item* item, std::string_view name) {
    for (const Attribute& a : item->attrs) {
      if (a.path.str() == name)
        return &a;
    }
    return nullptr;
  }

  // ---------------------------------------------------------------- tests
  // A `#[test]` fn of a test build (`wasmrust test`): its name is its path
  // from the crate root, as libtest prints it.
  void collectTest(Item* item) {
    const char* problem = !item->params.empty() || item->selfKind != SelfKind::None
                              ? "functions used as tests can not have any arguments"
                          : !item->generics.empty()
                              ? "functions used as tests can not have type parameters"
                          : item->ret ? "functions used as tests must return `()` in WasmRust"
                                      : nullptr;
    if (problem) {
      // The fn itself, without its attributes (as rustc shows it).
      Span fn = item->span;
      std::string_view text = file_.text();
      for (const Attribute& a : item->attrs)
        fn.lo = std::max(fn.lo, a.span.hi);
      while (fn.lo < fn.hi && (text[fn.lo] == ' ' || text[fn.lo] == '\n' || text[fn.lo] == '\t' ||
                               text[fn.lo] == '\r'))
        ++fn.lo;
      diags_.emit(DiagKind::InvalidTestFn, problem).primary(fn);
      return;
    }
    TestCase t;
    t.fn = item->id;
    std::string path = mods_.pathOf(cur_);
    t.name =
        path == "crate" ? std::string(item->name) : path.substr(7) + "::" + std::string(item->name);
    t.ignore = findAttr(item, "ignore") != nullptr;
    if (const Attribute* sp = findAttr(item, "should_panic")) {
      t.shouldPanic = true;
      for (const AttrKeyValue& kv : sp->values) {
        if (kv.key == "expected")
          t.expected = kv.value;
      }
    }
    prog_.tests.push_back(std::move(t));
  }

  // Each test's entry: a fn of its own whose body calls the test, so that
  // it can initialize the statics as `main` does; the module exports it.
  void makeTestEntries() {
    Arena& arena = ast_.arena;
    for (TestCase& t : prog_.tests) {
      const FnInfo& test = prog_.fns[t.fn];
      Span at = test.item->nameSpan;
      Expr* callee = arena.make<Expr>();
      callee->kind = ExprKind::Path;
      callee->span = at;
      callee->path.segments.push_back(PathSegment{test.item->name, at, {}});
      callee->path.span = at;
      setRes(callee, ResKind::Fn, t.fn);
      Expr* call = arena.make<Expr>();
      call->kind = ExprKind::Call;
      call->span = at;
      call->lhs = callee;
      Block* body = arena.make<Block>();
      body->span = at;
      body->tail = call;
      Item* entry = arena.make<Item>();
      entry->kind = ItemKind::Fn;
      entry->span = at;
      entry->nameSpan = at;
      entry->name = test.item->name;
      entry->body = body;
      entry->id = static_cast<uint32_t>(prog_.fns.size());
      FnInfo fn;
      fn.item = entry;
      fn.name = "test:" + t.name;
      fn.ret = prog_.types.unit();
      fn.isEntry = true;
      t.entry = entry->id;
      prog_.fns.push_back(std::move(fn));
    }
  }

  bool typeNameTaken(std::string_view name) const {
    const ModuleScope& m = mods_[cur_];
    return m.structs.count(name) || m.aliases.count(name) || m.traits.count(name);
  }

  // `use` items: std paths become aliases; crate paths are resolved once
  // every module's items are known, repeatedly, since one import may name
  // what another brings in.
  void collectUse(Item* item) {
    for (const UseEntry& u : item->uses)
      pendingUses_.push_back({&u, cur_});
  }

  void resolveImports() {
    std::vector<bool> done(pendingUses_.size(), false);
    for (bool progress = true; progress;) {
      progress = false;
      for (size_t i = 0; i < pendingUses_.size(); ++i) {
        if (!done[i] && importOne(*pendingUses_[i].use, pendingUses_[i].module, false)) {
          done[i] = true;
          progress = true;
        }
      }
    }
    for (size_t i = 0; i < pendingUses_.size(); ++i) {
      if (!done[i])
        importOne(*pendingUses_[i].use, pendingUses_[i].module, true);
    }
    pendingUses_.clear();
  }

  // Returns false when the import's target is not known yet (and `report`
  // is false); reports E0432 when `report` is true.
  bool importOne(const UseEntry& u, uint32_t m, bool report) {
    const std::vector<std::string_view>& segs = u.segments;
    if (segs.empty())
      return true;
    uint32_t at = m;
    size_t i = 0;
    for (; i < segs.size() && (segs[i] == "crate" || segs[i] == "self" || segs[i] == "super");
         ++i) {
      if (segs[i] == "crate") {
        at = ModuleTree::kRoot;
      } else if (segs[i] == "super") {
        if (mods_[at].parent == kNone || at == ModuleTree::kPrelude) {
          diags_.emit(DiagKind::UnresolvedPath, "there are too many leading `super` keywords")
              .primary(u.span, "there are too many leading `super` keywords");
          return true;
        }
        at = mods_[at].parent;
      }
    }
    if (i == 0 && preludeModulePath(segs)) {
      at = ModuleTree::kPrelude;  // `use std::fmt;`: a module the prelude writes
      i = 1;
    } else if (i == 0 && isStdRoot(segs[0])) {
      if (!u.glob && !u.alias.empty())
        mods_[m].stdAliases[u.alias] = segs;
      return true;
    }
    // Through modules, as far as the path names them.
    std::vector<std::pair<uint32_t, std::string_view>> steps;  // checked once it resolves
    for (; i < segs.size() && (u.glob || i + 1 < segs.size()); ++i) {
      const uint32_t* sub = mods_.module(at, segs[i]);
      if (!sub)
        break;
      if (i > 0)
        steps.emplace_back(at, segs[i]);
      at = *sub;
    }
    if (u.glob && i == segs.size()) {
      if (at != m &&
          std::find(mods_[m].globs.begin(), mods_[m].globs.end(), at) == mods_[m].globs.end())
        mods_[m].globs.push_back(at);
      return true;
    }
    // `Enum::*` and `Enum::Variant`.
    const uint32_t* sid = i < segs.size() ? mods_.structId(at, segs[i]) : nullptr;
    if (sid && prog_.structs[*sid].isEnum && i + (u.glob ? 1 : 2) == segs.size()) {
      const StructInfo& en = prog_.structs[*sid];
      if (u.glob) {
        for (uint32_t v = 0; v < en.item->variants.size(); ++v)
          mods_[m].variants[en.item->variants[v].name] = {*sid, v};
        return true;
      }
      uint32_t v = variantIndex(*sid, segs[i + 1]);
      if (v == kNone) {
        diags_.emit(DiagKind::UnresolvedImport, "unresolved import `" + joined(segs) + "`")
            .primary(u.span, "no `" + std::string(segs[i + 1]) + "` in `" + en.name + "`");
      } else if (!u.alias.empty()) {
        mods_[m].variants[u.alias] = {*sid, v};
      }
      return true;
    }
    if (!u.glob && i + 1 == segs.size() && importName(at, segs[i], m, u.alias)) {
      for (const auto& [in, name] : steps)
        checkVisible(m, in, name, u.span);
      if (i > 0 && at != ModuleTree::kPrelude)
        checkVisible(m, at, segs[i], u.span);
      return true;
    }
    if (!report)
      return false;
    std::string where = i == 0                    ? "this scope"
                        : at == ModuleTree::kRoot ? "the root"
                                                  : "`" + mods_.pathOf(at).substr(7) + "`";
    if (i == 0 && segs.size() > 1) {
      diags_.emit(DiagKind::UnresolvedImport, "unresolved import `" + std::string(segs[0]) + "`")
          .primary(u.span, "use of undeclared crate or module `" + std::string(segs[0]) + "`");
    } else {
      diags_.emit(DiagKind::UnresolvedImport, "unresolved import `" + joined(segs) + "`")
          .primary(u.span, "no `" + std::string(segs[i < segs.size() ? i : segs.size() - 1]) +
                               "` in " + where);
    }
    return true;
  }

  // Copies what `name` means in module `from` (in every namespace) into
  // module `into` as `as`. False when it means nothing there yet.
  bool importName(uint32_t from, std::string_view name, uint32_t into, std::string_view as) {
    if (as.empty())
      return true;  // `use a::b as _;`
    bool found = false;
    ModuleScope& dst = mods_[into];
    if (const ValueDef* v = mods_.value(from, name)) {
      dst.values.emplace(as, *v);
      found = true;
    }
    if (const uint32_t* s = mods_.structId(from, name)) {
      dst.structs.emplace(as, *s);
      found = true;
    }
    if (const Item* const* a = mods_.alias(from, name)) {
      dst.aliases.emplace(as, *a);
      found = true;
    }
    if (const uint32_t* t = mods_.trait(from, name)) {
      dst.traits.emplace(as, *t);
      found = true;
    }
    if (const uint32_t* sub = mods_.module(from, name)) {
      dst.modules.emplace(as, *sub);
      found = true;
    }
    if (const VariantRef* v = mods_.variant(from, name)) {
      dst.variants.emplace(as, *v);
      found = true;
    }
    if (const std::vector<std::string_view>* std = mods_.stdAlias(from, name)) {
      dst.stdAliases.emplace(as, *std);
      found = true;
    }
    return found;
  }

  static bool isStdRoot(std::string_view n) {
    return n == "std" || n == "core" || n == "alloc" || n == "wasm";
  }

  // `std::fmt::...`: a path into a module of the prelude (compiler/std/),
  // resolved like the program's own modules. Other std paths are built in
  // (std_paths.cpp).
  // The prelude's types `write!` and formatting need (compiler/std/fmt.rs).
  void notePreludeFmtItem(const Item* item) {
    uint32_t m = item->module;
    bool inFmt =
        m < mods_.size() && mods_[m].parent == ModuleTree::kPrelude && mods_[m].name == "fmt";
    if (m == ModuleTree::kPrelude && item->name == "Result")
      prog_.resultStruct = item->id;
    else if (inFmt && item->name == "Formatter")
      prog_.formatterStruct = item->id;
    else if (inFmt && item->name == "Error")
      prog_.fmtErrorStruct = item->id;
  }

  // The prelude fns the checker writes calls of: those `a.cmp(&b)` and
  // `a.partial_cmp(&b)` become on a type that orders by its derive or by
  // `<` (compiler/std/cmp.rs), and the one `?` converts an error through
  // (compiler/std/convert.rs).
  void notePreludeLangFn(const Item* item) {
    uint32_t m = item->module;
    if (m >= mods_.size() || mods_[m].parent != ModuleTree::kPrelude)
      return;
    if (mods_[m].name == "wasm_try" && item->name == "convert_err")
      prog_.tryConvertFn = item->id;
    else if (mods_[m].name == "cmp" && item->name == "compare")
      prog_.cmpFns[0] = item->id;
    else if (mods_[m].name == "cmp" && item->name == "wasm_partial_compare")
      prog_.cmpFns[1] = item->id;
  }

  bool preludeModulePath(const std::vector<std::string_view>& segs) const {
    if (segs.size() < 2)
      return false;
    return preludeModuleRoot(segs[0], segs[1]);
  }

  // `std::fmt`, `core::cmp`: a module of the prelude. The dialect's own
  // modules (compiler/std/thread.rs, js_string.rs) are reached as
  // `wasm::thread`, `wasm::sync` and `wasm::js` only: Rust's std::thread
  // and std::sync are other APIs.
  bool preludeModuleRoot(std::string_view root, std::string_view sub) const {
    bool wasmOnly = sub == "thread" || sub == "sync" || sub == "js";
    bool rootOk = wasmOnly ? root == "wasm" : (root == "std" || root == "core");
    return rootOk && mods_[ModuleTree::kPrelude].modules.count(sub) > 0;
  }

  static std::string joined(const std::vector<std::string_view>& segs) {
    std::string out;
    for (std::string_view s : segs) {
      if (!out.empty())
        out += "::";
      out.append(s);
    }
    return out;
  }

  // `crate::a::T`, `self::T`, `super::T`, `a::b::T`: drops the segments that
  // name modules from the front of the path (its span still covers them)
  // and returns the module the rest is looked up in (the current one when
  // there are none). Idempotent: the module is remembered in the path.
  uint32_t pathModule(Path& p) {
    if (p.module != kNone)
      return p.module;
    uint32_t at = cur_;
    size_t i = 0;
    for (; i + 1 < p.segments.size(); ++i) {
      std::string_view n = p.segments[i].name;
      if (i == 0 && p.segments.size() > 2 && preludeModuleRoot(n, p.segments[1].name)) {
        at = ModuleTree::kPrelude;
      } else if (n == "crate" && i == 0) {
        at = ModuleTree::kRoot;
      } else if (n == "self" && i == 0) {
        at = cur_;
      } else if (n == "super" && (i == 0 || p.segments[i - 1].name == "super")) {
        if (mods_[at].parent == kNone || at == ModuleTree::kPrelude) {
          diags_.emit(DiagKind::UnresolvedPath, "there are too many leading `super` keywords")
              .primary(p.segments[i].span, "there are too many leading `super` keywords");
          break;
        }
        at = mods_[at].parent;
      } else {
        const uint32_t* sub = mods_.module(at, n);
        if (!sub)
          break;
        // std's `str` module shares its name with the primitive: `str::len`
        // is the type's method unless the module was imported by `use`.
        if (i == 0 && mods_[*sub].parent == ModuleTree::kPrelude && primitiveType(n) != kNoType &&
            !mods_[cur_].modules.count(n))
          break;
        if (i > 0)
          checkVisible(cur_, at, n, p.segments[i].span);
        at = *sub;
      }
    }
    if (i > 0 && i < p.segments.size() && at != ModuleTree::kPrelude)
      checkVisible(cur_, at, p.segments[i].name, p.segments[i].span);
    if (i > 0)
      p.segments.erase(p.segments.begin(), p.segments.begin() + static_cast<long>(i));
    p.module = at;
    return at;
  }

  uint32_t variantIndex(uint32_t enumId, std::string_view name) const {
    const Item* item = prog_.structs[enumId].item;
    for (uint32_t v = 0; v < item->variants.size(); ++v) {
      if (item->variants[v].name == name)
        return v;
    }
    return kNone;
  }

  // ---------------------------------------------------------------- generics
  void declareGenerics(Item* item, std::vector<uint32_t>& out) {
    for (GenericParam& g : item->generics) {
      for (uint32_t prev : out) {
        if (prog_.typeParams[prev].name == g.name) {
          std::string n(g.name);
          diags_
              .emit(DiagKind::DuplicateDefinition,
                    "the name `" + n + "` is already used for a generic parameter")
              .primary(g.span, "already used")
              .label(prog_.typeParams[prev].span, "first use of `" + n + "`");
        }
      }
      g.id = newTypeParam(g.name, g.span);
      out.push_back(g.id);
    }
  }

  // The parameter standing for `<Base as Trait>::Name`, an associated type
  // a bound leaves open; the checker solves it per use (docs/traits.md).
  uint32_t projectionParam(std::string_view base,
                           std::string_view trait,
                           std::string_view name,
                           Span span) {
    prog_.paramNames.push_back("<" + std::string(base) + " as " + std::string(trait) +
                               ">::" + std::string(name));
    uint32_t id = newTypeParam(prog_.paramNames.back(), span);
    prog_.typeParams[id].projection = true;
    return id;
  }

  uint32_t newTypeParam(std::string_view name, Span span) {
    TypeParamInfo info;
    info.name = name;
    info.span = span;
    prog_.typeParams.push_back(std::move(info));
    return static_cast<uint32_t>(prog_.typeParams.size() - 1);
  }

  uint32_t findGeneric(std::string_view name) const {
    for (auto it = generics_.rbegin(); it != generics_.rend(); ++it) {
      if (prog_.typeParams[*it].name == name)
        return *it;
    }
    return kNone;
  }

  // `Self` of a struct's own definition and inherent impls: the struct
  // applied to its own parameters.
  TypeId structSelfType(uint32_t sid) {
    std::vector<TypeId> args;
    for (uint32_t g : prog_.structs[sid].generics)
      args.push_back(prog_.types.param(g));
    return prog_.types.structType(sid, args);
  }

  // `Pair<i32>` in a type: the struct applied to its arguments (`_` is a
  // hole the checker fills with an inference variable).
  TypeId genericStructType(uint32_t sid, const PathSegment& seg, Span span) {
    const StructInfo& s = prog_.structs[sid];
    size_t want = s.generics.size(), got = seg.generics.size();
    if (want != got) {
      const char* kind = s.isEnum ? "enum" : "struct";
      if (got == 0) {
        std::string params;
        for (uint32_t g : s.generics)
          params += (params.empty() ? "" : ", ") + std::string(prog_.typeParams[g].name);
        diags_
            .emit(DiagKind::WrongGenericCount,
                  std::string("missing generics for ") + kind + " `" + s.name + "`")
            .primary(span, "expected " + std::to_string(want) + " generic argument" +
                               (want == 1 ? "" : "s"))
            .suggest("add missing generic argument" + std::string(want == 1 ? "" : "s"),
                     Span{seg.span.hi, seg.span.hi}, "<" + params + ">",
                     Applicability::MaybeIncorrect);
      } else {
        diags_
            .emit(DiagKind::WrongGenericCount,
                  std::string(kind) + " takes " + std::to_string(want) + " generic argument" +
                      (want == 1 ? "" : "s") + " but " + std::to_string(got) + " generic argument" +
                      (got == 1 ? " was" : "s were") + " supplied")
            .primary(seg.span, "expected " + std::to_string(want) + " generic argument" +
                                   (want == 1 ? "" : "s"));
      }
      return prog_.types.error();
    }
    std::vector<TypeId> args;
    for (TypeExpr* a : seg.generics) {
      TypeId r = resolveType(a);
      args.push_back(r == kNoType ? prog_.types.hole() : r);
    }
    return prog_.types.structType(sid, args);
  }

  TypeId aliasType(Item* alias) {
    if (!alias->type)
      return prog_.types.error();
    if (alias->type->resolved != kNoType)
      return alias->type->resolved;
    if (std::find(aliasStack_.begin(), aliasStack_.end(), alias) != aliasStack_.end()) {
      diags_
          .emit(DiagKind::RecursiveType,
                "cycle detected when expanding type alias `" + std::string(alias->name) + "`")
          .primary(alias->nameSpan);
      alias->type->resolved = prog_.types.error();
      return alias->type->resolved;
    }
    aliasStack_.push_back(alias);
    TypeId savedSelf = selfType_;
    std::vector<uint32_t> savedGenerics = std::move(generics_);
    generics_.clear();
    selfType_ = kNoType;
    // The alias's names mean what they mean where it is declared.
    uint32_t savedModule = cur_;
    if (alias->module != kNone)
      cur_ = alias->module;
    TypeId r = resolveType(alias->type);
    cur_ = savedModule;
    selfType_ = savedSelf;
    generics_ = std::move(savedGenerics);
    aliasStack_.pop_back();
    if (r == kNoType)
      r = prog_.types.error();
    alias->type->resolved = r;
    return r;
  }

  // `Self::Output` inside a trait impl, `Self::Err` inside a trait.
  TypeId selfAssocType(std::string_view name, Span span) {
    if (impl_ != kNone) {
      const ImplInfo& impl = prog_.impls[impl_];
      auto it = impl.assocTypes.find(name);
      if (it != impl.assocTypes.end())
        return it->second;
      return kNoType;
    }
    if (selfType_ != kNoType && prog_.types.kind(selfType_) == TypeKind::Param)
      return paramAssocType(prog_.types.get(selfType_).id, "Self", name, span);
    return kNoType;
  }

  // `F::Err` for a type parameter F: what F's bounds bind `Err` to, or a
  // new projection parameter of the fn being resolved when F is its own
  // and a bound's trait declares `Err` (docs/traits.md).
  TypeId paramAssocType(uint32_t param, std::string_view head, std::string_view name, Span span) {
    std::vector<TraitBound>& bounds = prog_.typeParams[param].bounds;
    for (const TraitBound& b : bounds) {
      for (const auto& [n, t] : b.assoc) {
        if (n == name)
          return t;
      }
    }
    for (TraitBound& b : bounds) {
      const TraitInfo& tr = prog_.traits[b.trait];
      if (std::find(tr.assocTypes.begin(), tr.assocTypes.end(), name) == tr.assocTypes.end())
        continue;
      bool own = projectionFn_ &&
                 std::find(projectionFn_->generics.end() - projectionFn_->ownGenerics,
                           projectionFn_->generics.end(), param) != projectionFn_->generics.end();
      if (!own) {
        diags_.emit(DiagKind::Unsupported, "this associated type is not supported by WasmRust yet")
            .primary(span, "not supported here yet")
            .help("bind it in the bound (`" + std::string(head) + ": " + tr.name + "<" +
                  std::string(name) + " = ...>`)");
        return prog_.types.error();
      }
      uint32_t id = projectionParam(head, tr.name, name, span);
      projectionFn_->generics.push_back(id);
      projectionFn_->ownGenerics++;
      b.assoc.emplace_back(name, prog_.types.param(id));
      return prog_.types.param(id);
    }
    diags_
        .emit(DiagKind::AssocTypeNotFound, "associated type `" + std::string(name) +
                                               "` not found for `" + std::string(head) + "`")
        .primary(span, "associated type `" + std::string(name) + "` not found");
    return prog_.types.error();
  }

  // Every associated type of a user trait that a bound on one of `params`
  // leaves open gets its projection parameter, appended to `out`: uses of
  // the item then solve it whether or not a signature names it.
  void openProjections(const std::vector<uint32_t>& params, std::vector<uint32_t>& out) {
    for (uint32_t g : params) {
      for (size_t i = 0; i < prog_.typeParams[g].bounds.size(); ++i) {
        TraitBound& b = prog_.typeParams[g].bounds[i];
        const TraitInfo& tr = prog_.traits[b.trait];
        if (!tr.item)
          continue;
        for (std::string_view name : tr.assocTypes) {
          bool bound = false;
          for (const auto& [n, t] : b.assoc)
            bound |= n == name;
          if (bound)
            continue;
          uint32_t id =
              projectionParam(prog_.typeParams[g].name, tr.name, name, prog_.typeParams[g].span);
          out.push_back(id);
          prog_.typeParams[g].bounds[i].assoc.emplace_back(name, prog_.types.param(id));
        }
      }
    }
  }

  // `impl Trait` as a parameter's type: an anonymous type parameter of the fn.
  TypeId implTraitParam(TypeExpr* t) {
    if (!implTraitAllowed_ || !fn_) {
      diags_
          .emit(DiagKind::Unsupported,
                "`impl Trait` is only supported in argument position by WasmRust yet")
          .primary(t->span, "not supported here yet")
          .help("name the type, or use a generic parameter");
      return prog_.types.error();
    }
    uint32_t id = newTypeParam(file_.text().substr(t->span.lo, t->span.hi - t->span.lo), t->span);
    fn_->generics.push_back(id);
    fn_->ownGenerics++;
    generics_.push_back(id);
    TypeId self = prog_.types.param(id);
    for (TypeExpr* b : t->bounds) {
      TraitBound tb = resolveTraitRef(b, self);
      if (tb.trait != kNone)
        prog_.typeParams[id].bounds.push_back(tb);
    }
    return self;
  }

  // `dyn Trait` (docs/dyn.md): one trait without generic parameters or
  // associated types; `Send` and `Sync` beside it change nothing here.
  TypeId dynType(TypeExpr* t) {
    TypeTable& tt = prog_.types;
    uint32_t trait = kNone;
    for (TypeExpr* b : t->bounds) {
      if (b->kind == TypeExprKind::Path && b->path.segments.size() == 1 &&
          (b->path.segments[0].name == "Send" || b->path.segments[0].name == "Sync"))
        continue;
      TraitBound tb = resolveTraitRef(b, tt.error());
      if (tb.trait == kNone)
        return tt.error();
      const TraitInfo& info = prog_.traits[tb.trait];
      if (trait != kNone || !tb.args.empty() || !tb.assoc.empty() || !info.generics.empty() ||
          !info.assocTypes.empty() || !info.item) {
        diags_
            .emit(DiagKind::Unsupported,
                  "this kind of trait object is not supported by WasmRust yet")
            .primary(t->span, "not supported yet")
            .note(
                "WasmRust supports `dyn Trait` for one trait of the program without generic "
                "parameters or associated types")
            .help("use a generic parameter (`T: Trait`) or `impl Trait` instead");
        return tt.error();
      }
      trait = tb.trait;
    }
    if (trait == kNone)
      return tt.error();
    return tt.dynTrait(trait);
  }

  // `impl Trait` as a fn's result (docs/dyn.md): an opaque type whose
  // bounds a fresh type parameter holds; the checker replaces it by the
  // type of the fn's body.
  TypeId opaqueResult(TypeExpr* t) {
    uint32_t id = newTypeParam(file_.text().substr(t->span.lo, t->span.hi - t->span.lo), t->span);
    TypeId self = prog_.types.opaque(id);
    for (TypeExpr* b : t->bounds) {
      TraitBound tb = resolveTraitRef(b, self);
      if (tb.trait != kNone)
        prog_.typeParams[id].bounds.push_back(tb);
    }
    t->resolved = self;
    return self;
  }

  // The bounds of an item's type parameters, from its parameter list and its
  // `where` clause.
  void resolveBounds(Item* item) {
    for (GenericParam& g : item->generics) {
      if (g.id == kNone)
        continue;
      for (TypeExpr* b : g.bounds) {
        TraitBound tb = resolveTraitRef(b, prog_.types.param(g.id));
        if (tb.trait != kNone)
          prog_.typeParams[g.id].bounds.push_back(tb);
      }
    }
    for (WherePredicate& w : item->wherePreds) {
      TypeId t = resolveType(w.type);
      bool isParam = t != kNoType && prog_.types.kind(t) == TypeKind::Param;
      for (TypeExpr* b : w.bounds) {
        TraitBound tb = resolveTraitRef(b, t == kNoType ? prog_.types.error() : t);
        if (tb.trait != kNone && isParam)
          prog_.typeParams[prog_.types.get(t).id].bounds.push_back(tb);
      }
    }
  }

  // A trait path in a bound or impl: `Trait`, `std::ops::Add<f64>`,
  // `Iterator<Item = u8>`. Missing trait parameters take their defaults
  // (`Rhs = Self`, with `self` for Self).
  TraitBound resolveTraitRef(TypeExpr* t, TypeId self) {
    TraitBound b;
    b.span = t->span;
    if (t->kind != TypeExprKind::Path || t->path.empty())
      return b;
    uint32_t m = pathModule(t->path);
    const PathSegment& seg = t->path.segments.back();
    const uint32_t* it = t->path.segments.size() == 1 ? mods_.trait(m, seg.name) : nullptr;
    if (!it && t->path.segments.size() > 1 && isStdRoot(t->path.segments[0].name)) {
      // `std::ops::Add`, `std::cmp::PartialOrd`: a trait std declares.
      it = mods_.trait(ModuleTree::kPrelude, seg.name);
      if (!it)
        it = mods_.trait(ModuleTree::kRoot, seg.name);
    }
    if (!it) {
      std::string n(seg.name);
      if (mods_.structId(m, seg.name)) {
        diags_.emit(DiagKind::NotATrait, "expected trait, found struct `" + n + "`")
            .primary(seg.span, "not a trait");
      } else {
        diags_.emit(DiagKind::UnresolvedTrait, "cannot find trait `" + n + "` in this scope")
            .primary(seg.span, "not found in this scope");
      }
      return b;
    }
    const TraitInfo& tr = prog_.traits[*it];
    if (seg.generics.size() > tr.generics.size()) {
      diags_
          .emit(DiagKind::WrongGenericCount,
                "trait takes " + std::to_string(tr.generics.size()) + " generic argument" +
                    (tr.generics.size() == 1 ? "" : "s") + " but " +
                    std::to_string(seg.generics.size()) + " generic arguments were supplied")
          .primary(seg.span);
      return b;
    }
    b.trait = *it;
    for (size_t i = 0; i < tr.generics.size(); ++i) {
      TypeId a = kNoType;
      if (i < seg.generics.size()) {
        a = resolveType(seg.generics[i]);
      } else {
        TypeId d = prog_.typeParams[tr.generics[i]].defaultType;
        if (d != kNoType)
          a = prog_.types.subst(d, {{tr.selfParam, self}});
      }
      b.args.push_back(a == kNoType ? prog_.types.error() : a);
    }
    for (const AssocBinding& ab : seg.bindings) {
      TypeId a = resolveType(ab.type);
      b.assoc.emplace_back(ab.name, a == kNoType ? prog_.types.error() : a);
    }
    // `Fn(A)` without `-> R` returns `()`.
    if (!tr.item && tr.name.compare(0, 2, "Fn") == 0 && b.assoc.empty())
      b.assoc.emplace_back("Output", prog_.types.unit());
    return b;
  }

  // The standard library's traits that WasmRust knows by name: markers and
  // derivable traits, and the operator traits (with their `Rhs = Self`
  // parameter and `Output` type). They have no declarations in source; the
  // checker knows their methods.
  void declareStdTraits() {
    enum Param : uint8_t { NoParam, RhsSelf, Idx };
    struct Def {
      const char* name;
      Param param;        // RhsSelf: `Rhs = Self`; Idx: a parameter without default
      const char* assoc;  // its associated type, if any
    };
    static const Def kDefs[] = {
        {"Copy", NoParam, nullptr},
        {"Clone", NoParam, nullptr},
        {"Debug", NoParam, nullptr},
        {"Display", NoParam, nullptr},
        {"PartialEq", RhsSelf, nullptr},
        {"Eq", NoParam, nullptr},
        {"PartialOrd", RhsSelf, nullptr},
        {"Ord", NoParam, nullptr},
        {"Hash", NoParam, nullptr},
        {"Sized", NoParam, nullptr},
        {"Send", NoParam, nullptr},
        {"Sync", NoParam, nullptr},
        {"Add", RhsSelf, "Output"},
        {"Sub", RhsSelf, "Output"},
        {"Mul", RhsSelf, "Output"},
        {"Div", RhsSelf, "Output"},
        {"Rem", RhsSelf, "Output"},
        {"BitAnd", RhsSelf, "Output"},
        {"BitOr", RhsSelf, "Output"},
        {"BitXor", RhsSelf, "Output"},
        {"Shl", RhsSelf, "Output"},
        {"Shr", RhsSelf, "Output"},
        {"Neg", NoParam, "Output"},
        {"Not", NoParam, "Output"},
        {"AddAssign", RhsSelf, nullptr},
        {"SubAssign", RhsSelf, nullptr},
        {"MulAssign", RhsSelf, nullptr},
        {"DivAssign", RhsSelf, nullptr},
        {"RemAssign", RhsSelf, nullptr},
        {"BitAndAssign", RhsSelf, nullptr},
        {"BitOrAssign", RhsSelf, nullptr},
        {"BitXorAssign", RhsSelf, nullptr},
        {"ShlAssign", RhsSelf, nullptr},
        {"ShrAssign", RhsSelf, nullptr},
        {"Fn", RhsSelf, "Output"},
        {"FnMut", RhsSelf, "Output"},
        {"FnOnce", RhsSelf, "Output"},
        // Destructors, `*` and indexing of user types (std::ops); the
        // checker knows their methods (`drop`, `deref`, `index`, ...).
        {"Drop", NoParam, nullptr},
        {"Deref", NoParam, "Target"},
        {"DerefMut", NoParam, nullptr},
        {"Index", Idx, "Output"},
        {"IndexMut", Idx, nullptr},
        {"Iterator", NoParam, "Item"},
    };
    for (const Def& d : kDefs) {
      TraitInfo t;
      t.name = d.name;
      t.selfParam = newTypeParam("Self", {});
      bool isFn = t.name.compare(0, 2, "Fn") == 0;
      if (d.param != NoParam) {
        // The closure traits' parameter is the tuple of argument types.
        uint32_t rhs = newTypeParam(isFn ? "Args" : d.param == Idx ? "Idx" : "Rhs", {});
        if (!isFn && d.param == RhsSelf)
          prog_.typeParams[rhs].defaultType = prog_.types.param(t.selfParam);
        t.generics.push_back(rhs);
      }
      if (d.assoc)
        t.assocTypes.push_back(d.assoc);
      mods_[ModuleTree::kPrelude].traits[d.name] = static_cast<uint32_t>(prog_.traits.size());
      prog_.stdTraits[d.name] = static_cast<uint32_t>(prog_.traits.size());
      prog_.traits.push_back(std::move(t));
    }
  }

  void collectTrait(Item* item) {
    TypeTable& tt = prog_.types;
    uint32_t id = static_cast<uint32_t>(prog_.traits.size());
    item->id = id;
    TraitInfo t;
    t.item = item;
    t.name = std::string(item->name);
    t.selfParam = newTypeParam("Self", item->nameSpan);
    declareGenerics(item, t.generics);
    ModuleScope& scope = mods_[cur_];
    if (scope.structs.count(item->name))
      duplicate(item->name, prog_.structs[scope.structs[item->name]].item->nameSpan, item->nameSpan,
                "type");
    else
      scope.traits[item->name] = id;  // a user trait shadows a std one of that name
    // Associated types first: each is a parameter of the trait's fns.
    for (Item* m : item->members) {
      if (m->kind != ItemKind::TypeAlias)
        continue;
      t.assocTypes.push_back(m->name);
      t.assocParams.push_back(projectionParam("Self", t.name, m->name, m->nameSpan));
    }
    for (Item* m : item->members) {
      if (m->kind == ItemKind::Fn) {
        m->id = static_cast<uint32_t>(prog_.fns.size());
        FnInfo fn;
        fn.item = m;
        fn.trait = id;
        fn.name = t.name + "::" + std::string(m->name);
        fn.selfType = tt.param(t.selfParam);
        fn.generics.push_back(t.selfParam);
        fn.generics.insert(fn.generics.end(), t.generics.begin(), t.generics.end());
        fn.generics.insert(fn.generics.end(), t.assocParams.begin(), t.assocParams.end());
        size_t before = fn.generics.size();
        declareGenerics(m, fn.generics);
        fn.ownGenerics = static_cast<uint32_t>(fn.generics.size() - before);
        if (!t.methods.emplace(m->name, m->id).second) {
          diags_
              .emit(DiagKind::DuplicateDefinition,
                    "duplicate definitions with name `" + std::string(m->name) + "`")
              .primary(m->nameSpan, "duplicate definition");
        }
        prog_.fns.push_back(std::move(fn));
      } else if (m->kind == ItemKind::Const) {
        m->id = static_cast<uint32_t>(prog_.consts.size());
        ConstInfo c;
        c.item = m;
        c.trait = id;
        prog_.consts.push_back(c);
        if (!t.consts.emplace(m->name, m->id).second) {
          diags_
              .emit(DiagKind::DuplicateDefinition,
                    "duplicate definitions with name `" + std::string(m->name) + "`")
              .primary(m->nameSpan, "duplicate definition");
        }
      }
    }
    prog_.traits.push_back(std::move(t));
  }

  void collectImpl(Item* item) {
    TypeTable& tt = prog_.types;
    uint32_t implId = static_cast<uint32_t>(prog_.impls.size());
    ImplInfo impl;
    impl.item = item;
    item->id = implId;
    declareGenerics(item, impl.generics);
    enterTypeScope(kNoType, impl.generics, kNone);
    impl.selfType = resolveType(item->selfType);
    if (impl.selfType == kNoType)
      impl.selfType = tt.error();
    uint32_t owner = tt.kind(impl.selfType) == TypeKind::Struct ? tt.get(impl.selfType).id : kNone;
    if (item->traitRef) {
      TraitBound b = resolveTraitRef(item->traitRef, impl.selfType);
      impl.trait = b.trait;
      impl.traitArgs = b.args;
      if (impl.trait == kNone) {
        leaveTypeScope();
        return;  // reported; the impl's bodies are not checked
      }
    } else if (owner == kNone && file_.inPrelude(item->span)) {
      prog_.primitiveImpls.push_back(implId);  // `impl str` in the standard library
    } else if (owner == kNone) {
      if (tt.kind(impl.selfType) != TypeKind::Error) {
        diags_
            .emit(DiagKind::Unsupported,
                  "inherent impls on `" + prog_.typeName(impl.selfType) +
                      "` are not supported: WasmRust allows them on the program's structs and "
                      "enums")
            .primary(item->selfType->span)
            .help("define a trait with these methods and implement it for the type");
      }
      leaveTypeScope();
      return;
    }
    prog_.impls.push_back(impl);
    enterTypeScope(impl.selfType, impl.generics, owner);
    impl_ = implId;
    for (Item* m : item->members) {
      if (m->kind == ItemKind::TypeAlias) {
        TypeId t = resolveType(m->type);
        prog_.impls[implId].assocTypes[m->name] = t == kNoType ? tt.error() : t;
      }
    }
    impl_ = kNone;
    leaveTypeScope();
    StructInfo* s = owner == kNone ? nullptr : &prog_.structs[owner];
    std::string prefix = s ? s->name : prog_.typeName(impl.selfType);
    std::unordered_map<std::string_view, uint32_t> scratch;  // consts of `impl str`
    for (Item* m : item->members) {
      if (m->kind == ItemKind::Fn) {
        m->id = static_cast<uint32_t>(prog_.fns.size());
        FnInfo fn;
        fn.item = m;
        fn.owner = owner;
        fn.impl = implId;
        fn.selfType = impl.selfType;
        fn.name = prefix + "::" + std::string(m->name);
        fn.generics = impl.generics;
        size_t before = fn.generics.size();
        declareGenerics(m, fn.generics);
        fn.ownGenerics = static_cast<uint32_t>(fn.generics.size() - before);
        prog_.fns.push_back(std::move(fn));
        auto& table = impl.trait == kNone && s ? s->methods : prog_.impls[implId].methods;
        if (!table.emplace(m->name, m->id).second) {
          diags_
              .emit(DiagKind::DuplicateDefinition,
                    "duplicate definitions with name `" + std::string(m->name) + "`")
              .primary(m->nameSpan, "duplicate definition")
              .label(prog_.fns[table[m->name]].item->nameSpan,
                     "other definition for `" + std::string(m->name) + "`");
        }
      } else if (m->kind == ItemKind::Const) {
        m->id = static_cast<uint32_t>(prog_.consts.size());
        ConstInfo c;
        c.item = m;
        c.owner = owner;
        c.impl = implId;
        prog_.consts.push_back(c);
        auto& table = impl.trait != kNone ? prog_.impls[implId].consts : s ? s->consts : scratch;
        if (!table.emplace(m->name, m->id).second) {
          diags_
              .emit(DiagKind::DuplicateDefinition,
                    "duplicate definitions with name `" + std::string(m->name) + "`")
              .primary(m->nameSpan, "duplicate definition");
        }
      }
    }
  }

  // ---------------------------------------------------------------- types
  // Types resolve in the current context: `Self` is selfType_ and the type
  // parameters in scope are generics_.
  TypeId resolveType(TypeExpr* t) {
    if (!t)
      return prog_.types.unit();
    TypeId r = resolveTypeInner(t);
    t->resolved = r;
    return r;
  }

  TypeId resolveTypeInner(TypeExpr* t) {
    TypeTable& tt = prog_.types;
    switch (t->kind) {
      case TypeExprKind::Never:
        return tt.never();
      case TypeExprKind::Infer:
        return kNoType;  // the checker makes a variable
      case TypeExprKind::Ref: {
        TypeId inner = resolveType(t->elem);
        if (inner == kNoType)
          inner = tt.error();
        return tt.ref(inner, t->isMut);
      }
      case TypeExprKind::Tuple: {
        std::vector<TypeId> elems;
        for (TypeExpr* e : t->elems) {
          TypeId r = resolveType(e);
          elems.push_back(r == kNoType ? tt.error() : r);
        }
        return tt.tuple(elems);
      }
      case TypeExprKind::Slice: {
        TypeId r = resolveType(t->elem);
        return tt.slice(r == kNoType ? tt.error() : r);
      }
      case TypeExprKind::Array: {
        TypeId r = resolveType(t->elem);
        uint64_t len = 0;
        if (t->len) {
          resolveDetachedExpr(t->len, selfStruct_);
          if (!evalConstInt(t->len, prog_, diags_, len))
            return tt.error();
        }
        if (len > (1u << 28)) {
          diags_
              .emit(DiagKind::ConstEvalFailed,
                    "array length " + std::to_string(len) + " is larger than WasmRust's limit")
              .primary(t->len->span)
              .note("arrays may hold at most 2^28 elements");
          return tt.error();
        }
        return tt.array(r == kNoType ? tt.error() : r, len);
      }
      case TypeExprKind::ImplTrait:
        return implTraitParam(t);
      case TypeExprKind::DynTrait:
        return dynType(t);
      case TypeExprKind::Path:
        break;
    }
    if (t->path.qualSelf)
      return qualifiedType(t->path);
    uint32_t m = pathModule(t->path);
    const Path& p = t->path;
    if (p.segments.size() == 1 && p.segments[0].generics.empty()) {
      uint32_t param = findGeneric(p.segments[0].name);
      if (param != kNone)
        return tt.param(param);
    }
    if (p.segments.size() == 2 && p.segments[0].name == "Self") {
      TypeId assoc = selfAssocType(p.segments[1].name, t->span);
      if (assoc != kNoType)
        return assoc;
    }
    if (p.segments.size() == 2 && p.segments[0].generics.empty()) {
      uint32_t param = findGeneric(p.segments[0].name);
      if (param != kNone)
        return paramAssocType(param, p.segments[0].name, p.segments[1].name, p.segments[1].span);
    }
    if (p.segments.size() != 1) {
      // `std::primitive::i32` and similar fully qualified names.
      std::string_view last = p.segments.back().name;
      TypeId prim = primitiveType(last);
      if (prim != kNoType)
        return prim;
    }
    std::string_view name = p.segments.back().name;
    if (name == "Self" && p.segments.size() == 1) {
      if (selfType_ != kNoType)
        return selfType_;
      diags_.emit(DiagKind::UnresolvedType, "cannot find type `Self` in this scope")
          .primary(t->span, "`Self` is only available in impls, traits, and type definitions");
      return tt.error();
    }
    TypeId prim = primitiveType(name);
    if (prim != kNoType && p.segments.size() == 1)
      return prim;
    // A module's own alias hides a prelude type of that name (`fmt::Result`).
    if (p.segments.size() == 1 && mods_[m].aliases.count(name))
      return aliasType(const_cast<Item*>(mods_[m].aliases.at(name)));
    if (const uint32_t* sid = p.segments.size() == 1 ? mods_.structId(m, name) : nullptr)
      return genericStructType(*sid, p.segments[0], t->span);
    if (const Item* const* alias = p.segments.size() == 1 ? mods_.alias(m, name) : nullptr)
      return aliasType(const_cast<Item*>(*alias));
    if (p.segments.size() == 1 && mods_.trait(m, name)) {
      std::string n(name);
      diags_.emit(DiagKind::Unsupported, "trait objects are not supported by WasmRust yet")
          .primary(t->span, "`" + n + "` is a trait, not a type")
          .help("use a generic parameter (`T: " + n + "`) or `impl " + n + "` instead");
      return tt.error();
    }
    if (name == "externref" &&
        (p.segments.size() == 1 || (p.segments.size() == 2 && p.segments[0].name == "wasm")))
      return externRefType(p.segments.back(), t->span);
    if (isStdTypeName(name)) {
      diags_
          .emit(DiagKind::Unsupported,
                "`" + std::string(name) + "` is not supported by WasmRust yet")
          .primary(t->span, "not supported yet")
          .note(
              "this version of WasmRust supports primitive types, references, tuples, "
              "arrays, slices and structs");
      return tt.error();
    }
    diags_.emit(DiagKind::UnresolvedType, "cannot find type `" + p.str() + "` in this scope")
        .primary(t->span, "not found in this scope");
    return tt.error();
  }

  // `externref<T>`: a host reference whose host type T is any type the
  // program names (often a unit struct standing for a JavaScript class).
  TypeId externRefType(const PathSegment& seg, Span at) {
    TypeTable& tt = prog_.types;
    if (seg.generics.size() != 1) {
      diags_
          .emit(DiagKind::WrongGenericCount, "`externref` takes 1 generic argument but " +
                                                 std::to_string(seg.generics.size()) +
                                                 " were supplied")
          .primary(at, "expected 1 generic argument")
          .help("name the host type: `externref<Element>`");
      return tt.error();
    }
    TypeId host = resolveType(seg.generics[0]);
    return tt.externRef(host == kNoType ? tt.error() : host);
  }

  TypeId primitiveType(std::string_view n) {
    TypeTable& tt = prog_.types;
    static const char* const kInts[] = {"i8", "i16", "i32", "i64", "isize",
                                        "u8", "u16", "u32", "u64", "usize"};
    for (int i = 0; i < 10; ++i) {
      if (n == kInts[i])
        return tt.intType(static_cast<IntKind>(i));
    }
    if (n == "f32")
      return tt.floatType(FloatKind::F32);
    if (n == "f64")
      return tt.floatType(FloatKind::F64);
    if (n == "bool")
      return tt.boolean();
    if (n == "char")
      return tt.charType();
    if (n == "str")
      return tt.str();
    if (n == "i128" || n == "u128") {
      return kNoType;
    }
    return kNoType;
  }

  // Enters an item's type scope: its `Self` and its type parameters.
  void enterTypeScope(TypeId self, const std::vector<uint32_t>& generics, uint32_t selfStruct) {
    selfType_ = self;
    generics_ = generics;
    selfStruct_ = selfStruct;
  }
  void leaveTypeScope() { enterTypeScope(kNoType, {}, kNone); }

  void resolveSignatures() {
    TypeTable& tt = prog_.types;
    // Bounds first: signatures and bodies look methods up through them.
    for (StructInfo& s : prog_.structs) {
      cur_ = s.item->module;
      enterTypeScope(structSelfType(s.item->id), s.generics, s.item->id);
      resolveBounds(s.item);
    }
    for (TraitInfo& t : prog_.traits) {
      if (!t.item)
        continue;
      cur_ = t.item->module;
      std::vector<uint32_t> scope = t.generics;
      scope.insert(scope.begin(), t.selfParam);
      enterTypeScope(tt.param(t.selfParam), scope, kNone);
      resolveBounds(t.item);
      // Inside the trait, `Self` implements it.
      TraitBound self;
      self.trait = static_cast<uint32_t>(&t - prog_.traits.data());
      for (uint32_t g : t.generics)
        self.args.push_back(tt.param(g));
      self.span = t.item->nameSpan;
      for (size_t i = 0; i < t.assocParams.size(); ++i)
        self.assoc.emplace_back(t.assocTypes[i], tt.param(t.assocParams[i]));
      prog_.typeParams[t.selfParam].bounds.push_back(self);
      for (TypeExpr* b : t.item->bounds) {
        TraitBound sb = resolveTraitRef(b, tt.param(t.selfParam));
        if (sb.trait != kNone) {
          t.supertraits.push_back(sb);
          prog_.typeParams[t.selfParam].bounds.push_back(sb);
        }
      }
    }
    for (uint32_t i = 0; i < prog_.impls.size(); ++i) {
      ImplInfo& impl = prog_.impls[i];
      cur_ = impl.item->module;
      enterTypeScope(impl.selfType, impl.generics, kNone);
      resolveBounds(impl.item);
      // The impl's open projections are parameters of each of its fns too,
      // before the fns' own.
      std::vector<uint32_t> added;
      openProjections(impl.generics, added);
      if (added.empty())
        continue;
      size_t at = impl.generics.size();
      impl.generics.insert(impl.generics.end(), added.begin(), added.end());
      for (FnInfo& fn : prog_.fns) {
        if (fn.impl == i && fn.templateFn == kNone)
          fn.generics.insert(fn.generics.begin() + static_cast<std::ptrdiff_t>(at), added.begin(),
                             added.end());
      }
    }
    for (StructInfo& s : prog_.structs) {
      cur_ = s.item->module;
      uint32_t self = s.item->id;
      enterTypeScope(structSelfType(self), s.generics, self);
      if (s.isEnum) {
        resolveVariants(s);
        continue;
      }
      for (size_t i = 0; i < s.item->fields.size(); ++i) {
        const StructField& f = s.item->fields[i];
        FieldInfo fi;
        fi.type = resolveType(f.type);
        if (fi.type == kNoType)
          fi.type = tt.error();
        fi.span = f.span;
        if (s.shape == StructShape::Tuple) {
          fi.name = std::to_string(i);
        } else {
          fi.name = f.name;
          for (const FieldInfo& prev : s.fields) {
            if (prev.name == f.name) {
              diags_
                  .emit(DiagKind::DuplicateDefinition,
                        "field `" + std::string(f.name) + "` is already declared")
                  .primary(f.span, "field already declared")
                  .label(prev.span, "`" + std::string(f.name) + "` first declared here");
            }
          }
        }
        s.fields.push_back(fi);
      }
    }
    for (uint32_t i = 0; i < prog_.fns.size(); ++i)
      resolveFnSignature(prog_.fns[i]);
    for (ConstInfo& c : prog_.consts) {
      cur_ = c.item->module;
      if (c.trait != kNone) {
        const TraitInfo& t = prog_.traits[c.trait];
        std::vector<uint32_t> scope = t.generics;
        scope.insert(scope.begin(), t.selfParam);
        enterTypeScope(tt.param(t.selfParam), scope, kNone);
      } else if (c.impl != kNone) {
        enterTypeScope(prog_.impls[c.impl].selfType, prog_.impls[c.impl].generics, c.owner);
        impl_ = c.impl;
      } else {
        enterTypeScope(c.owner == kNone ? kNoType : structSelfType(c.owner),
                       c.owner == kNone ? std::vector<uint32_t>{} : prog_.structs[c.owner].generics,
                       c.owner);
      }
      c.type = resolveType(c.item->type);
      impl_ = kNone;
      if (c.type == kNoType)
        c.type = tt.error();
    }
    leaveTypeScope();
    for (StaticInfo& s : prog_.statics) {
      cur_ = s.item->module;
      s.type = resolveType(s.item->type);
      if (s.type == kNoType)
        s.type = tt.error();
    }
  }

  void resolveFnSignature(FnInfo& fn) {
    TypeTable& tt = prog_.types;
    Item* item = fn.item;
    cur_ = item->module;
    enterTypeScope(fn.selfType, fn.generics, fn.owner);
    impl_ = fn.impl;
    fn_ = &fn;  // `impl Trait` parameters add to fn.generics
    projectionFn_ = &fn;
    resolveBounds(item);
    {
      std::vector<uint32_t> own(fn.generics.end() - fn.ownGenerics, fn.generics.end());
      std::vector<uint32_t> added;
      openProjections(own, added);
      fn.generics.insert(fn.generics.end(), added.begin(), added.end());
      fn.ownGenerics += static_cast<uint32_t>(added.size());
    }
    if (item->selfKind != SelfKind::None) {
      if (fn.selfType == kNoType) {
        diags_
            .emit(DiagKind::Unsupported, "`self` parameter is only allowed in associated functions")
            .primary(item->selfSpan, "not semantically valid as function parameter");
        fn.params.push_back(tt.error());
      } else {
        TypeId self = fn.selfType;
        fn.params.push_back(item->selfKind == SelfKind::Value
                                ? self
                                : tt.ref(self, item->selfKind == SelfKind::RefMut));
      }
    }
    implTraitAllowed_ = true;
    for (Param& p : item->params) {
      TypeId t = resolveType(p.type);
      fn.params.push_back(t == kNoType ? tt.error() : t);
    }
    implTraitAllowed_ = false;
    if (item->ret && item->ret->kind == TypeExprKind::ImplTrait && fn.trait == kNone && item->body)
      fn.ret = opaqueResult(item->ret);
    else
      fn.ret = item->ret ? resolveType(item->ret) : tt.unit();
    if (fn.ret == kNoType)
      fn.ret = tt.error();
    fn_ = nullptr;
    projectionFn_ = nullptr;
    impl_ = kNone;
    leaveTypeScope();
  }

  // Variant fields and discriminants (implicit ones count up from the
  // previous variant's, as in Rust).
  void resolveVariants(StructInfo& s) {
    TypeTable& tt = prog_.types;
    int64_t next = 0;
    for (const VariantDecl& d : s.item->variants) {
      VariantInfo v;
      v.name = std::string(d.name);
      v.shape = d.shape;
      v.span = d.span;
      for (const VariantInfo& prev : s.variants) {
        if (prev.name == v.name) {
          duplicate(d.name, prev.span, d.span, "type");
        }
      }
      for (size_t i = 0; i < d.fields.size(); ++i) {
        FieldInfo fi;
        fi.type = resolveType(d.fields[i].type);
        if (fi.type == kNoType)
          fi.type = tt.error();
        fi.span = d.fields[i].span;
        fi.name = d.shape == StructShape::Tuple ? std::to_string(i) : std::string(d.fields[i].name);
        v.fields.push_back(fi);
      }
      if (d.discriminant) {
        resolveDetachedExpr(d.discriminant, s.item->id);
        uint64_t value = 0;
        if (evalConstInt(d.discriminant, prog_, diags_, value))
          next = static_cast<int64_t>(value);
      }
      v.discriminant = next++;
      s.variants.push_back(std::move(v));
    }
  }

  // rustc's E0391: a const whose value refers back to itself (directly or
  // through other consts) has no value. Lowering inlines const values, so a
  // cycle must never reach it.
  void checkConstCycles() {
    std::vector<int> state(prog_.consts.size(), 0);  // 0 new, 1 visiting, 2 done
    std::function<void(Expr*, std::vector<uint32_t>&)> refs = [&](Expr* e,
                                                                  std::vector<uint32_t>& out) {
      if (!e)
        return;
      if (e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Const)
        out.push_back(e->res);
      refs(e->lhs, out);
      refs(e->rhs, out);
      refs(e->elseExpr, out);
      for (Expr* a : e->args)
        refs(a, out);
      for (FieldInit& f : e->fields)
        refs(f.value, out);
      for (MacroArg& a : e->macroArgs)
        refs(a.value, out);
      if (e->block) {
        for (Stmt* st : e->block->stmts)
          refs(st->init, out);
        refs(e->block->tail, out);
      }
    };
    std::function<bool(uint32_t)> visit = [&](uint32_t c) -> bool {
      if (state[c] == 2)
        return false;
      if (state[c] == 1)
        return true;
      state[c] = 1;
      std::vector<uint32_t> out;
      refs(prog_.consts[c].item->value, out);
      for (uint32_t r : out) {
        if (!visit(r))
          continue;
        ConstInfo& info = prog_.consts[c];
        std::string name(info.item->name);
        diags_.emit(DiagKind::ConstCycle, "cycle detected when evaluating constant `" + name + "`")
            .primary(info.item->nameSpan)
            .note("the value of `" + name + "` depends on itself");
        info.state = ConstInfo::State::Failed;
        info.item->value = nullptr;  // never evaluated or lowered
        state[c] = 2;
        return false;  // one report per cycle
      }
      state[c] = 2;
      return false;
    };
    for (uint32_t c = 0; c < prog_.consts.size(); ++c)
      visit(c);
  }

  // A struct that contains itself by value (not through a reference) has
  // infinite size.
  void checkRecursiveStructs() {
    std::vector<int> state(prog_.structs.size(), 0);  // 0 new, 1 visiting, 2 done
    std::function<bool(TypeId, uint32_t)> contains = [&](TypeId t, uint32_t target) -> bool {
      const TypeData& d = prog_.types.get(t);
      switch (d.kind) {
        case TypeKind::Struct:
          if (d.id == target)
            return true;
          if (state[d.id] == 1)
            return false;
          state[d.id] = 1;
          for (const FieldInfo* f : allFields(prog_.structs[d.id])) {
            if (contains(f->type, target)) {
              state[d.id] = 0;
              return true;
            }
          }
          state[d.id] = 0;
          return false;
        case TypeKind::Tuple:
          for (TypeId e : d.elems) {
            if (contains(e, target))
              return true;
          }
          return false;
        case TypeKind::Array:
          return contains(d.elem, target);
        default:
          return false;
      }
    };
    for (uint32_t i = 0; i < prog_.structs.size(); ++i) {
      StructInfo& s = prog_.structs[i];
      for (FieldInfo* f : allFields(s)) {
        if (contains(f->type, i)) {
          diags_.emit(DiagKind::RecursiveType, "recursive type `" + s.name + "` has infinite size")
              .primary(s.item->nameSpan, "recursive type has infinite size")
              .label(f->span, "recursive without indirection")
              .help("insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle");
          f->type = prog_.types.error();
          break;
        }
      }
    }
  }

  // A struct's fields, or every field of every variant of an enum.
  static std::vector<FieldInfo*> allFields(StructInfo& s) {
    std::vector<FieldInfo*> out;
    for (FieldInfo& f : s.fields)
      out.push_back(&f);
    for (VariantInfo& v : s.variants) {
      for (FieldInfo& f : v.fields)
        out.push_back(&f);
    }
    return out;
  }

  // ---------------------------------------------------------------- bodies
  uint32_t addLocal(std::string_view name, Span span, bool isMut, bool isParam) {
    LocalInfo l;
    l.name = name;
    l.span = span;
    l.isMut = isMut;
    l.isParam = isParam;
    fn_->locals.push_back(l);
    return static_cast<uint32_t>(fn_->locals.size() - 1);
  }

  void resolveFnBody(uint32_t index) {
    FnInfo& fn = prog_.fns[index];
    cur_ = fn.item->module;
    enterTypeScope(fn.selfType, fn.generics, fn.owner);
    impl_ = fn.impl;
    fn_ = &fn;
    scopes_.clear();
    loops_.clear();
    Item* item = fn.item;
    if (item->selfKind != SelfKind::None) {
      uint32_t l = addLocal("self", item->selfSpan, item->selfMut, true);
      scopes_.push_back({"self", l});
    }
    for (Param& p : item->params) {
      if (p.pattern && p.pattern->kind == PatternKind::Tuple) {
        diags_
            .emit(DiagKind::Unsupported,
                  "tuple patterns in parameters are not supported by WasmRust yet")
            .primary(p.pattern->span);
      }
      bool isBinding = p.pattern && p.pattern->kind == PatternKind::Binding;
      std::string_view name = isBinding ? p.pattern->name : std::string_view("_");
      uint32_t l =
          addLocal(name, p.pattern ? p.pattern->span : p.span, isBinding && p.pattern->isMut, true);
      if (isBinding) {
        p.pattern->local = l;
        scopes_.push_back({name, l});
      }
    }
    if (item->body)
      resolveBlock(item->body);
    fn_ = nullptr;
    impl_ = kNone;
    leaveTypeScope();
  }

  // Const and static initializers and array lengths: no locals in scope.
  void resolveDetachedExpr(Expr* e, uint32_t selfStruct) {
    FnInfo* savedFn = fn_;
    uint32_t savedSelf = selfStruct_;
    auto savedScopes = std::move(scopes_);
    auto savedLoops = std::move(loops_);
    scopes_.clear();
    loops_.clear();
    FnInfo scratch;
    fn_ = &scratch;
    selfStruct_ = selfStruct;
    detached_++;
    resolveExpr(e);
    detached_--;
    fn_ = savedFn;
    selfStruct_ = savedSelf;
    scopes_ = std::move(savedScopes);
    loops_ = std::move(savedLoops);
  }

  // Binds the names `p` introduces and pushes them into scope.
  void bindPattern(Pattern* p) {
    std::vector<Scope> bound;
    resolvePattern(p, bound, nullptr);
    scopes_.insert(scopes_.end(), bound.begin(), bound.end());
  }

  // Resolves paths in `p` and creates its bindings, collected in `bound`.
  // Inside the second and later alternatives of an or-pattern, `reuse` holds
  // the first alternative's bindings: each alternative binds the same locals.
  void resolvePattern(Pattern* p, std::vector<Scope>& bound, const std::vector<Scope>* reuse) {
    if (!p)
      return;
    switch (p->kind) {
      case PatternKind::Wild:
      case PatternKind::Rest:
        return;
      case PatternKind::Binding:
        if (!p->sub && !p->byRef && !p->isMut && bindingIsConstant(p))
          return;
        for (const Scope& b : bound) {
          if (b.name == p->name) {
            std::string n(p->name);
            diags_
                .emit(DiagKind::BoundTwiceInPattern,
                      "identifier `" + n + "` is bound more than once in the same pattern")
                .primary(p->span, "used in a pattern more than once");
          }
        }
        p->local = kNone;
        if (reuse) {
          for (const Scope& b : *reuse) {
            if (b.name == p->name)
              p->local = b.local;
          }
          if (p->local == kNone) {
            std::string n(p->name);
            diags_
                .emit(DiagKind::NotBoundInAllAlternatives,
                      "variable `" + n + "` is not bound in all patterns")
                .primary(p->span, "variable not in all patterns");
          }
        }
        if (p->local == kNone)
          p->local = addLocal(p->name, p->span, p->isMut, false);
        bound.push_back({p->name, p->local});
        resolvePattern(p->sub, bound, reuse);
        return;
      case PatternKind::Tuple:
      case PatternKind::Slice:
        for (Pattern* e : p->elems)
          resolvePattern(e, bound, reuse);
        return;
      case PatternKind::Ref:
        resolvePattern(p->sub, bound, reuse);
        return;
      case PatternKind::Lit:
      case PatternKind::Range:
        resolveExpr(p->lo);
        resolveExpr(p->hi);
        return;
      case PatternKind::Path:
      case PatternKind::TupleStruct:
      case PatternKind::Struct:
        resolvePatternPath(p);
        for (Pattern* e : p->elems)
          resolvePattern(e, bound, reuse);
        for (FieldPattern& f : p->fields)
          resolvePattern(f.pattern, bound, reuse);
        return;
      case PatternKind::Or: {
        std::vector<Scope> first;
        resolvePattern(p->elems[0], first, reuse);
        for (size_t i = 1; i < p->elems.size(); ++i) {
          std::vector<Scope> other;
          resolvePattern(p->elems[i], other, reuse ? reuse : &first);
          for (const Scope& f : first) {
            bool found = false;
            for (const Scope& o : other)
              found |= o.name == f.name;
            if (!found) {
              std::string n(f.name);
              diags_
                  .emit(DiagKind::NotBoundInAllAlternatives,
                        "variable `" + n + "` is not bound in all patterns")
                  .primary(p->elems[i]->span, "pattern doesn't bind `" + n + "`")
                  .label(fn_->locals[f.local].span, "variable not in all patterns");
            }
          }
        }
        for (const Scope& f : first) {
          for (const Scope& b : bound) {
            if (b.name == f.name) {
              std::string n(f.name);
              diags_
                  .emit(DiagKind::BoundTwiceInPattern,
                        "identifier `" + n + "` is bound more than once in the same pattern")
                  .primary(fn_->locals[f.local].span, "used in a pattern more than once");
            }
          }
        }
        bound.insert(bound.end(), first.begin(), first.end());
        return;
      }
    }
  }

  // A lone identifier in a pattern names a unit variant, unit struct or
  // constant when one is in scope (as in Rust); then it is a path pattern.
  bool bindingIsConstant(Pattern* p) {
    const VariantRef* iv = mods_.variant(cur_, p->name);
    if (iv && prog_.structs[iv->enumId].item->variants[iv->variant].shape == StructShape::Unit) {
      toPathPattern(p);
      p->resKind = PatRes::Variant;
      p->res = iv->enumId;
      p->variant = iv->variant;
      return true;
    }
    const ValueDef* v = mods_.value(cur_, p->name);
    if (v && (v->kind == ResKind::UnitStruct || v->kind == ResKind::Const)) {
      toPathPattern(p);
      p->resKind = v->kind == ResKind::Const ? PatRes::Const : PatRes::Struct;
      p->res = v->index;
      return true;
    }
    return false;
  }

  static void toPathPattern(Pattern* p) {
    p->kind = PatternKind::Path;
    p->path.segments.push_back(PathSegment{p->name, p->span, {}});
    p->path.span = p->span;
  }

  // What the path of a Path / TupleStruct / Struct pattern names.
  void resolvePatternPath(Pattern* p) {
    if (p->resKind != PatRes::Unresolved)
      return;
    uint32_t m = pathModule(p->path);
    const Path& path = p->path;
    std::string_view last = path.segments.back().name;
    if (path.segments.size() == 1) {
      const VariantRef* iv = mods_.variant(m, last);
      if (iv) {
        p->resKind = PatRes::Variant;
        p->res = iv->enumId;
        p->variant = iv->variant;
      } else {
        uint32_t sid = last == "Self" ? selfStruct_ : kNone;
        if (const uint32_t* st = mods_.structId(m, last))
          sid = *st;
        const ValueDef* v = mods_.value(m, last);
        if (sid != kNone && !prog_.structs[sid].isEnum && p->kind != PatternKind::Path) {
          p->resKind = PatRes::Struct;
          p->res = sid;
        } else if (v && v->kind == ResKind::Const && p->kind == PatternKind::Path) {
          p->resKind = PatRes::Const;
          p->res = v->index;
        }
      }
    } else if (path.segments.size() == 2) {
      std::string_view head = path.segments[0].name;
      uint32_t sid = head == "Self" ? selfStruct_ : kNone;
      if (const uint32_t* st = mods_.structId(m, head))
        sid = *st;
      if (sid != kNone) {
        StructInfo& s = prog_.structs[sid];
        uint32_t v = s.isEnum ? variantIndex(sid, last) : kNone;
        auto c = s.consts.find(last);
        if (v != kNone) {
          p->resKind = PatRes::Variant;
          p->res = sid;
          p->variant = v;
        } else if (c != s.consts.end() && p->kind == PatternKind::Path) {
          p->resKind = PatRes::Const;
          p->res = c->second;
        } else {
          diags_
              .emit(DiagKind::NoMethod, std::string("no variant or associated item named `") +
                                            std::string(last) + "` found for " +
                                            (s.isEnum ? "enum" : "struct") + " `" + s.name +
                                            "` in the current scope")
              .primary(path.segments[1].span,
                       std::string(s.isEnum ? "variant" : "associated item") + " not found in `" +
                           s.name + "`");
          p->resKind = PatRes::Const;  // reported: keep quiet from here on
          p->res = kNone;
          return;
        }
      }
    }
    if (p->resKind == PatRes::Unresolved) {
      std::string what = p->kind == PatternKind::TupleStruct ? "tuple struct or tuple variant"
                         : p->kind == PatternKind::Struct    ? "struct, variant or union type"
                                                          : "unit struct, unit variant or constant";
      diags_
          .emit(p->kind == PatternKind::Struct ? DiagKind::UnresolvedStruct
                                               : DiagKind::UnresolvedPatternPath,
                "cannot find " + what + " `" + path.str() + "` in this scope")
          .primary(path.span, "not found in this scope");
      p->resKind = PatRes::Const;
      p->res = kNone;
      return;
    }
    // The path's kind must fit the pattern's shape.
    if (p->resKind == PatRes::Variant) {
      const VariantDecl& v = prog_.structs[p->res].item->variants[p->variant];
      const char* found = v.shape == StructShape::Unit    ? "unit variant"
                          : v.shape == StructShape::Tuple ? "tuple variant"
                                                          : "struct variant";
      bool ok = p->kind == PatternKind::Struct ||
                (p->kind == PatternKind::Path && v.shape == StructShape::Unit) ||
                (p->kind == PatternKind::TupleStruct && v.shape == StructShape::Tuple);
      if (!ok) {
        std::string expected = p->kind == PatternKind::TupleStruct
                                   ? "tuple struct or tuple variant"
                                   : "unit struct, unit variant or constant";
        auto d = diags_.emit(DiagKind::ExpectedTupleStructPattern,
                             "expected " + expected + ", found " + found + " `" + path.str() + "`");
        d.primary(p->span, std::string("not a ") + (p->kind == PatternKind::TupleStruct
                                                        ? "tuple struct or tuple variant"
                                                        : "unit struct, unit variant or constant"));
        if (v.shape == StructShape::Named)
          d.help("use the struct variant pattern syntax: `" + path.str() + " { .. }`");
        else if (v.shape == StructShape::Tuple)
          d.help("use the tuple variant pattern syntax: `" + path.str() + "(..)`");
        p->resKind = PatRes::Const;
        p->res = kNone;
      }
    }
  }

  void resolveBlock(Block* b) {
    size_t mark = scopes_.size();
    uint32_t outer = cur_;
    if (b->module != kNone)
      cur_ = b->module;
    for (Stmt* s : b->stmts) {
      switch (s->kind) {
        case StmtKind::Let:
          if (s->type)
            resolveType(s->type);
          if (s->init)
            resolveExpr(s->init);
          if (s->elseBlock)
            resolveBlock(s->elseBlock);
          bindPattern(s->pattern);
          break;
        case StmtKind::Expr:
          resolveExpr(s->init);
          break;
        case StmtKind::Item:
          break;  // gathered into the block's module before any body
        case StmtKind::Empty:
          break;
      }
    }
    if (b->tail)
      resolveExpr(b->tail);
    scopes_.resize(mark);
    cur_ = outer;
  }

  void resolveExpr(Expr* e) {
    if (!e)
      return;
    switch (e->kind) {
      case ExprKind::Path:
        resolvePath(e, false);
        if (!detached_)
          expandFnValue(e);
        break;
      case ExprKind::Call:
        if (e->lhs->kind == ExprKind::Path)
          resolvePath(e->lhs, true);
        else
          resolveExpr(e->lhs);
        for (Expr* a : e->args)
          resolveExpr(a);
        break;
      case ExprKind::MethodCall:
        resolveExpr(e->lhs);
        for (Expr* a : e->args)
          resolveExpr(a);
        for (PathSegment& seg : e->path.segments) {
          for (TypeExpr* g : seg.generics)
            resolveType(g);  // `it.sum::<i32>()`: the method's own generics
        }
        break;
      case ExprKind::Cast:
        resolveExpr(e->lhs);
        resolveType(e->typeExpr);
        break;
      case ExprKind::StructLit:
        resolveStructLit(e);
        break;
      case ExprKind::Block:
        resolveBlock(e->block);
        break;
      case ExprKind::If: {
        size_t mark = scopes_.size();
        resolveCondition(e->lhs);
        resolveBlock(e->block);
        scopes_.resize(mark);
        resolveExpr(e->elseExpr);
        break;
      }
      case ExprKind::Let:
        resolveCondition(e);
        break;
      case ExprKind::Match:
        resolveExpr(e->lhs);
        for (MatchArm& arm : e->arms) {
          size_t mark = scopes_.size();
          bindPattern(arm.pattern);
          resolveExpr(arm.guard);
          resolveExpr(arm.body);
          scopes_.resize(mark);
        }
        break;
      case ExprKind::While:
      case ExprKind::Loop:
      case ExprKind::For:
        resolveLoop(e);
        break;
      case ExprKind::Break:
      case ExprKind::Continue:
        resolveJump(e);
        break;
      case ExprKind::Macro:
        resolveMacro(e);
        break;
      case ExprKind::Closure:
        if (detached_) {
          diags_.emit(DiagKind::NonConstantInConst, "closures cannot be used in constants")
              .primary(e->span);
          break;
        }
        resolveClosure(e);
        break;
      case ExprKind::ArrayRepeat:
        resolveExpr(e->lhs);
        resolveExpr(e->rhs);
        break;
      default:
        resolveExpr(e->lhs);
        resolveExpr(e->rhs);
        for (Expr* a : e->args)
          resolveExpr(a);
        break;
    }
  }

  // The condition of `if` / `while`; `let` bindings stay in scope for the
  // body (the caller drops them afterwards).
  void resolveCondition(Expr* cond) {
    if (cond && cond->kind == ExprKind::Let) {
      resolveExpr(cond->lhs);
      bindPattern(cond->pattern);
      return;
    }
    resolveExpr(cond);
  }

  void resolveLoop(Expr* e) {
    size_t condMark = scopes_.size();
    if (e->kind == ExprKind::While)
      resolveCondition(e->lhs);
    if (e->kind == ExprKind::For)
      resolveExpr(e->lhs);
    e->loopId = fn_->loopCount++;
    loops_.push_back({e->name, e->loopId, e->kind == ExprKind::Loop});
    if (e->kind == ExprKind::For)
      bindPattern(e->pattern);
    resolveBlock(e->block);
    scopes_.resize(condMark);
    loops_.pop_back();
  }

  void resolveJump(Expr* e) {
    bool isBreak = e->kind == ExprKind::Break;
    if (e->lhs)
      resolveExpr(e->lhs);
    const LoopFrame* target = nullptr;
    if (!e->name.empty()) {
      for (auto it = loops_.rbegin(); it != loops_.rend(); ++it) {
        if (it->label == e->name) {
          target = &*it;
          break;
        }
      }
      if (!target) {
        std::string n(e->name);
        diags_.emit(DiagKind::UndeclaredLabel, "use of undeclared label `" + n + "`")
            .primary(e->nameSpan, "undeclared label `" + n + "`");
        return;
      }
    } else if (!loops_.empty()) {
      target = &loops_.back();
    }
    if (!target) {
      const char* what = isBreak ? "break" : "continue";
      diags_.emit(DiagKind::BreakOutsideLoop, std::string("`") + what + "` outside of a loop")
          .primary(Span{e->span.lo, e->span.lo + static_cast<uint32_t>(std::strlen(what))},
                   std::string("cannot `") + what + "` outside of a loop");
      return;
    }
    e->loopId = target->id;
    if (isBreak && e->lhs && !target->allowsValue) {
      diags_.emit(DiagKind::BreakWithValueInLoop, "`break` with value from a `while` or `for` loop")
          .primary(e->span, "can only break with a value inside `loop` or breakable block")
          .suggest("use `break` on its own without a value inside this loop", e->span, "break",
                   Applicability::MaybeIncorrect);
    }
  }

  // `S { .. }`, `Self { .. }`, `E::V { .. }`, `Self::V { .. }` or an
  // imported `V { .. }`. Struct literals get resKind UnitStruct (res = the
  // struct); variant literals VariantCtor (res = enum, fieldIndex = variant).
  void resolveStructLit(Expr* e) {
    uint32_t m = pathModule(e->path);
    const Path& p = e->path;
    uint32_t sid = kNone;
    uint32_t variant = kNone;
    if (p.segments.size() == 1) {
      std::string_view n = p.segments[0].name;
      const VariantRef* iv = mods_.variant(m, n);
      if (n == "Self") {
        sid = selfStruct_;
      } else if (iv) {
        sid = iv->enumId;
        variant = iv->variant;
      } else if (const uint32_t* it = mods_.structId(m, n)) {
        sid = *it;
      }
    } else if (p.segments.size() == 2) {
      std::string_view head = p.segments[0].name;
      uint32_t owner = head == "Self" ? selfStruct_ : kNone;
      if (const uint32_t* it = mods_.structId(m, head))
        owner = *it;
      if (owner != kNone && prog_.structs[owner].isEnum) {
        variant = variantIndex(owner, p.segments[1].name);
        if (variant != kNone)
          sid = owner;
      }
    }
    if (sid != kNone && variant == kNone && prog_.structs[sid].isEnum)
      sid = kNone;  // an enum needs a variant
    if (sid == kNone) {
      diags_
          .emit(DiagKind::UnresolvedStruct,
                "cannot find struct, variant or union type `" + p.str() + "` in this scope")
          .primary(p.span, "not found in this scope");
    } else if (variant != kNone) {
      e->res = sid;
      e->fieldIndex = variant;
      e->resKind = static_cast<uint8_t>(ResKind::VariantCtor);
    } else {
      e->res = sid;
      e->resKind = static_cast<uint8_t>(ResKind::UnitStruct);
    }
    for (FieldInit& f : e->fields)
      resolveExpr(f.value);
    resolveExpr(e->rhs);
  }

  void resolveMacro(Expr* e) {
    for (MacroArg& a : e->macroArgs)
      resolveExpr(a.value);
    size_t fmtIndex = 0;
    switch (e->macro) {
      case MacroKind::Assert:
      case MacroKind::DebugAssert:
      case MacroKind::Write:
      case MacroKind::Writeln:
        fmtIndex = 1;
        break;
      case MacroKind::AssertEq:
      case MacroKind::AssertNe:
      case MacroKind::DebugAssertEq:
      case MacroKind::DebugAssertNe:
        fmtIndex = 2;
        break;
      default:
        fmtIndex = 0;
        break;
    }
    if (e->macroArgs.size() <= fmtIndex)
      return;  // no format string
    Expr* fmt = e->macroArgs[fmtIndex].value;
    if (fmt->kind != ExprKind::StrLit) {
      const char* msg = "format argument must be a string literal";
      diags_.emit(DiagKind::FormatString, msg)
          .primary(fmt->span)
          .suggest("you might be missing a string literal to format with",
                   Span{fmt->span.lo, fmt->span.lo}, "\"{}\", ", Applicability::MaybeIncorrect);
      e->kind = ExprKind::Error;
      return;
    }
    size_t before = e->macroArgs.size();
    if (!parseFormatString(fmt->strValue, fmt->span, e->macroArgs, fmtIndex + 1, ast_.arena, diags_,
                           e->format)) {
      e->kind = ExprKind::Error;
      return;
    }
    // Captured variables were appended: bind them now.
    for (size_t k = before; k < e->macroArgs.size(); ++k)
      resolveExpr(e->macroArgs[k].value);
  }

  // A local used inside closures that it was declared outside of is
  // captured by each of them: the closure's `args` get one path per
  // captured local, evaluated where the closure is created.
  void noteCapture(Expr* use) {
    uint32_t local = use->res;
    for (Expr* c : closures_) {
      if (local >= c->closureLocals)
        continue;  // declared inside this closure
      bool seen = false;
      for (Expr* a : c->args)
        seen |= a->res == local;
      if (seen)
        continue;
      Expr* cap = ast_.arena.make<Expr>();
      cap->kind = ExprKind::Path;
      cap->span = use->span;
      cap->path = use->path;
      cap->resKind = static_cast<uint8_t>(ResKind::Local);
      cap->res = local;
      c->args.push_back(cap);
    }
  }

  // How many arguments the function a resolved path names takes, or -1
  // when it names no function (or one WasmRust cannot take as a value).
  int fnValueArity(const Expr* e) const {
    switch (static_cast<ResKind>(e->resKind)) {
      case ResKind::Fn: {
        const Item* item = prog_.fns[e->res].item;
        return item ? static_cast<int>(item->params.size()) +
                          (item->selfKind != SelfKind::None ? 1 : 0)
                    : -1;
      }
      case ResKind::TupleCtor:
        return static_cast<int>(prog_.structs[e->res].item->fields.size());
      case ResKind::VariantCtor:
        return static_cast<int>(prog_.structs[e->res].item->variants[e->fieldIndex].fields.size());
      case ResKind::PrimMethod:
        return primMethodArity(e->res, e->path.segments.back().name);
      default:
        return -1;
    }
  }

  // `char::is_alphabetic`, `i32::abs`: a method of the prelude's `impl
  // char` (or of the type's other inherent impls), else a built-in one.
  int primMethodArity(TypeId prim, std::string_view name) const {
    for (const ImplInfo& impl : prog_.impls) {
      if (impl.trait != kNone || impl.selfType != prim)
        continue;
      auto m = impl.methods.find(name);
      if (m != impl.methods.end()) {
        Expr probe;
        probe.resKind = static_cast<uint8_t>(ResKind::Fn);
        probe.res = m->second;
        return fnValueArity(&probe);
      }
    }
    const TypeData& d = prog_.types.get(prim);
    const BuiltinMethodInfo* info = nullptr;
    std::string n(name);
    switch (d.kind) {
      case TypeKind::Int:
        info = findBuiltinMethod(MethodRecv::Int, n);
        if (!info)
          info = findBuiltinMethod(MethodRecv::SInt, n);
        break;
      case TypeKind::Float:
        info = findBuiltinMethod(MethodRecv::Float, n);
        break;
      case TypeKind::Char:
        info = findBuiltinMethod(MethodRecv::Char, n);
        break;
      case TypeKind::Str:
        info = findBuiltinMethod(MethodRecv::Str, n);
        break;
      default:
        break;
    }
    // Not known here (`to_string`, a trait's): taken as a method of the
    // receiver alone; the checker reports it if there is no such method.
    return info ? 1 + static_cast<int>(std::strlen(info->args)) : 1;
  }

  // A function used as a value (`map(double)`, `map(Some)`,
  // `filter(char::is_alphanumeric)`, `or_insert_with(Vec::new)`) becomes
  // the closure `|a0, a1| f(a0, a1)`, which the checker types from what
  // the callee expects, as Rust types the function item. The path itself,
  // already resolved, is the call's callee.
  void expandFnValue(Expr* e) {
    static const char* const kArgs[] = {"__wr_arg0", "__wr_arg1", "__wr_arg2", "__wr_arg3",
                                        "__wr_arg4", "__wr_arg5", "__wr_arg6", "__wr_arg7"};
    int arity = fnValueArity(e);
    if (arity < 0 || arity > 8)
      return;
    Arena& arena = ast_.arena;
    Expr* callee = arena.make<Expr>();
    *callee = *e;
    Expr* call = arena.make<Expr>();
    call->kind = ExprKind::Call;
    call->span = e->span;
    call->lhs = callee;
    call->fnValueCall = true;
    Expr* closure = e;
    *closure = Expr{};
    closure->kind = ExprKind::Closure;
    closure->span = callee->span;
    closure->lhs = call;
    closure->closureLocals = static_cast<uint32_t>(fn_->locals.size());
    for (int i = 0; i < arity; ++i) {
      Pattern* p = arena.make<Pattern>();
      p->kind = PatternKind::Binding;
      p->name = kArgs[i];
      p->span = callee->span;
      p->local = addLocal(p->name, p->span, false, true);
      Param param;
      param.pattern = p;
      param.span = p->span;
      closure->closureParams.push_back(param);
      Expr* arg = arena.make<Expr>();
      arg->kind = ExprKind::Path;
      arg->span = p->span;
      arg->path.segments.push_back(PathSegment{p->name, p->span, {}});
      arg->path.span = p->span;
      setRes(arg, ResKind::Local, p->local);
      call->args.push_back(arg);
    }
    closure->closureLocalsEnd = static_cast<uint32_t>(fn_->locals.size());
  }

  void resolveClosure(Expr* e) {
    size_t mark = scopes_.size();
    e->closureLocals = static_cast<uint32_t>(fn_->locals.size());
    // One local per parameter first (the closure's parameters, in order);
    // destructuring patterns bind their names after them.
    for (Param& p : e->closureParams) {
      bool isBinding = p.pattern && p.pattern->kind == PatternKind::Binding && !p.pattern->sub;
      uint32_t l =
          addLocal(isBinding ? p.pattern->name : std::string_view("_"),
                   p.pattern ? p.pattern->span : p.span, isBinding && p.pattern->isMut, true);
      if (isBinding) {
        p.pattern->local = l;
        scopes_.push_back({p.pattern->name, l});
      }
      if (p.type)
        resolveType(p.type);
    }
    for (Param& p : e->closureParams) {
      if (p.pattern && !(p.pattern->kind == PatternKind::Binding && !p.pattern->sub))
        bindPattern(p.pattern);
    }
    if (e->typeExpr)
      resolveType(e->typeExpr);
    closures_.push_back(e);
    auto savedLoops = std::move(loops_);  // `break` cannot leave a closure
    loops_.clear();
    resolveExpr(e->lhs);
    loops_ = std::move(savedLoops);
    closures_.pop_back();
    e->closureLocalsEnd = static_cast<uint32_t>(fn_->locals.size());
    scopes_.resize(mark);
  }

  // ---------------------------------------------------------------- paths
  void setRes(Expr* e, ResKind kind, uint32_t index) {
    e->resKind = static_cast<uint8_t>(kind);
    e->res = index;
    if (kind == ResKind::Fn && index < prog_.fns.size() && prog_.fns[index].item &&
        prog_.fns[index].item->name == "main")
      prog_.mainNamedByPath.push_back(index);
  }

  void resolvePath(Expr* e, bool isCallee) {
    if (e->path.qualSelf) {
      resolveQualifiedPath(e);
      return;
    }
    if (e->path.segments.empty())
      return;
    for (const PathSegment& seg : e->path.segments) {
      for (TypeExpr* g : seg.generics)
        resolveType(g);
    }
    size_t written = e->path.segments.size();
    uint32_t m = pathModule(e->path);
    bool qualified = e->path.segments.size() != written;  // `module::name`: no locals
    const Path& p = e->path;
    if (p.segments.size() == 1) {
      std::string_view n = p.segments[0].name;
      for (auto it = scopes_.rbegin(); it != scopes_.rend() && !qualified; ++it) {
        if (it->name == n) {
          setRes(e, ResKind::Local, it->local);
          noteCapture(e);
          return;
        }
      }
      if (const ValueDef* v = mods_.value(m, n)) {
        setRes(e, v->kind, v->index);
        return;
      }
      if (const VariantRef* iv = mods_.variant(m, n)) {
        resolveVariantValue(e, iv->enumId, iv->variant, p.span);
        return;
      }
      const std::vector<std::string_view>* alias = mods_.stdAlias(m, n);
      if (alias && resolveStdPath(e, *alias, {}))
        return;
      unresolvedValue(e, isCallee);
      return;
    }
    // Type::item — associated functions and consts of structs and primitives.
    std::string_view head = p.segments[0].name;
    if (p.segments.size() == 2 && resolveTraitMethodPath(e))
      return;
    if (p.segments.size() == 2) {
      uint32_t sid = kNone;
      if (head == "Self")
        sid = selfStruct_;
      if (const uint32_t* it = mods_.structId(m, head))
        sid = *it;
      if (sid != kNone) {
        resolveAssoc(e, sid);
        return;
      }
      TypeId prim = primitiveType(head);
      if (prim != kNoType) {
        resolvePrimAssoc(e, prim);
        return;
      }
    }
    std::vector<std::string_view> segs;
    for (const PathSegment& s : p.segments)
      segs.push_back(s.name);
    const std::vector<std::string_view>* alias = mods_.stdAlias(m, head);
    if (alias) {
      std::vector<std::string_view> rest(segs.begin() + 1, segs.end());
      if (resolveStdPath(e, *alias, rest))
        return;
    }
    if (resolveStdPath(e, segs, {}))
      return;
    if (head == "std" || head == "core" || head == "wasm" || alias) {
      std::string what = p.str();
      diags_.emit(DiagKind::Unsupported, "`" + what + "` is not supported by WasmRust yet")
          .primary(p.span, "not supported yet");
      return;
    }
    if (isStdTypeName(head)) {
      diags_
          .emit(DiagKind::Unsupported,
                "`" + std::string(head) + "` is not supported by WasmRust yet")
          .primary(p.segments[0].span, "not supported yet");
      return;
    }
    diags_
        .emit(DiagKind::UnresolvedPath,
              "failed to resolve: use of undeclared type `" + std::string(head) + "`")
        .primary(p.segments[0].span, "use of undeclared type `" + std::string(head) + "`");
  }

  // `<T as Trait>::item`: a method or const of Trait, with T its `Self`.
  void resolveQualifiedPath(Expr* e) {
    Path& p = e->path;
    TypeId self = resolveType(p.qualSelf);
    if (self == kNoType)
      self = prog_.types.error();
    if (!p.qualTrait || p.segments.empty())
      return;  // a syntax error, reported
    TraitBound b = resolveTraitRef(p.qualTrait, self);
    if (b.trait == kNone)
      return;
    for (const PathSegment& seg : p.segments) {
      for (TypeExpr* g : seg.generics)
        resolveType(g);
    }
    const TraitInfo& t = prog_.traits[b.trait];
    std::string_view name = p.segments[0].name;
    e->qself = self;
    if (p.segments.size() == 1) {
      auto m = t.methods.find(name);
      if (m != t.methods.end()) {
        setRes(e, ResKind::Fn, m->second);
        return;
      }
      auto c = t.consts.find(name);
      if (c != t.consts.end()) {
        setRes(e, ResKind::Const, c->second);
        return;
      }
    }
    diags_
        .emit(DiagKind::NoMethod, "cannot find method or associated constant `" +
                                      std::string(name) + "` in trait `" + t.name + "`")
        .primary(p.segments[0].span, "not found in `" + t.name + "`");
  }

  // `<T as Trait>::Out` as a type.
  TypeId qualifiedType(Path& p) {
    TypeTable& tt = prog_.types;
    TypeId self = resolveType(p.qualSelf);
    if (self == kNoType || !p.qualTrait || p.segments.size() != 1)
      return tt.error();
    TraitBound b = resolveTraitRef(p.qualTrait, self);
    if (b.trait == kNone)
      return tt.error();
    std::string_view name = p.segments[0].name;
    if (tt.kind(self) == TypeKind::Param) {
      const TypeParamInfo& info = prog_.typeParams[tt.get(self).id];
      return paramAssocType(tt.get(self).id, info.name, name, p.segments[0].span);
    }
    for (const ImplInfo& impl : prog_.impls) {
      if (impl.trait != b.trait || impl.selfType != self)
        continue;
      auto it = impl.assocTypes.find(name);
      if (it != impl.assocTypes.end())
        return it->second;
    }
    diags_
        .emit(DiagKind::AssocTypeNotFound, "associated type `" + std::string(name) +
                                               "` not found for `" + prog_.typeName(self) + "`")
        .primary(p.segments[0].span, "associated type `" + std::string(name) + "` not found");
    return tt.error();
  }

  bool resolveStdPath(Expr* e,
                      const std::vector<std::string_view>& prefix,
                      const std::vector<std::string_view>& rest) {
    std::vector<std::string_view> full = prefix;
    full.insert(full.end(), rest.begin(), rest.end());
    StdPathResult r = lookupStdPath(full, prog_);
    if (r.kind == ResKind::Unresolved)
      return false;
    setRes(e, r.kind, r.index);
    return true;
  }

  void unresolvedValue(Expr* e, bool isCallee) {
    std::string n(e->path.segments[0].name);
    auto d = diags_.emit(DiagKind::UnresolvedName, std::string("cannot find ") +
                                                       (isCallee ? "function" : "value") + " `" +
                                                       n + "` in this scope");
    d.primary(e->span, "not found in this scope");
    // Defined in another module: it needs a `use` here.
    for (uint32_t m = 0; m < mods_.size(); ++m) {
      auto it = mods_[m].values.find(e->path.segments[0].name);
      if (m != cur_ && m != ModuleTree::kPrelude && !mods_[m].isBlock &&
          it != mods_[m].values.end() && it->second.kind == ResKind::Fn) {
        d.help("consider importing this function: `use " + mods_.pathOf(m) + "::" + n + ";`");
        return;
      }
    }
    // Suggest a similarly named local (one edit away), as rustc does.
    std::string best;
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it) {
      if (editDistance(it->name, n) <= std::max<size_t>(1, n.size() / 3)) {
        best = std::string(it->name);
        break;
      }
    }
    if (best.empty()) {
      for (const auto& [name, def] : mods_[cur_].values) {
        if (editDistance(name, n) <= std::max<size_t>(1, n.size() / 3) &&
            (best.empty() || name < best)) {
          best = std::string(name);
        }
      }
    }
    if (!best.empty()) {
      d.suggest(std::string("a ") + (isCallee ? "function" : "local variable") +
                    " with a similar name exists",
                e->span, best, Applicability::MaybeIncorrect);
    }
  }

  static size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
      prev[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
      cur[0] = i;
      for (size_t j = 1; j <= b.size(); ++j) {
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      }
      std::swap(prev, cur);
    }
    return prev[b.size()];
  }

  // A variant used as a value: a unit variant's value or a tuple variant's
  // constructor.
  void resolveVariantValue(Expr* e, uint32_t enumId, uint32_t variant, Span at) {
    const VariantDecl& v = prog_.structs[enumId].item->variants[variant];
    e->fieldIndex = variant;
    if (v.shape == StructShape::Named) {
      std::string path = e->path.str();
      diags_
          .emit(DiagKind::StructVariantAsValue,
                "expected value, found struct variant `" + path + "`")
          .primary(at, "not a value")
          .help("use struct literal syntax instead: `" + path + " { /* fields */ }`");
      return;
    }
    setRes(e, v.shape == StructShape::Unit ? ResKind::UnitVariant : ResKind::VariantCtor, enumId);
  }

  // `T::new()` (T a type parameter), `Self::area(..)` in a trait and
  // `Shape::area(&c)`: a trait's method, dispatched on `Self` by the checker.
  bool resolveTraitMethodPath(Expr* e) {
    std::string_view head = e->path.segments[0].name;
    std::string_view name = e->path.segments[1].name;
    TypeId qself = kNoType;
    std::vector<uint32_t> traits;
    uint32_t param =
        head == "Self" && selfType_ != kNoType && prog_.types.kind(selfType_) == TypeKind::Param
            ? prog_.types.get(selfType_).id
            : findGeneric(head);
    if (param != kNone) {
      qself = prog_.types.param(param);
      for (const TraitBound& b : prog_.typeParams[param].bounds)
        traits.push_back(b.trait);
    } else {
      uint32_t m = e->path.module == kNone ? cur_ : e->path.module;
      const uint32_t* it = mods_.trait(m, head);
      if (!it || mods_.structId(m, head))
        return false;
      traits.push_back(*it);
      // `fmt::Display::fmt(&self.0, f)`: the std traits have no declared
      // methods; formatting a value into a Formatter is a builtin.
      bool display = *it == prog_.stdTrait("Display");
      if ((display || *it == prog_.stdTrait("Debug")) && name == "fmt") {
        setRes(e, ResKind::BuiltinFn,
               static_cast<uint32_t>(display ? BuiltinFn::FmtDisplay : BuiltinFn::FmtDebug));
        return true;
      }
    }
    for (size_t i = 0; i < traits.size(); ++i) {
      const TraitInfo& t = prog_.traits[traits[i]];
      auto m = t.methods.find(name);
      if (m != t.methods.end()) {
        setRes(e, ResKind::Fn, m->second);
        e->qself = qself;
        return true;
      }
      // `S::SIDES`, `Self::SIDES`: the checker picks the impl's value.
      auto c = t.consts.find(name);
      if (c != t.consts.end() && qself != kNoType) {
        setRes(e, ResKind::Const, c->second);
        e->qself = qself;
        return true;
      }
      for (const TraitBound& sb : t.supertraits)
        traits.push_back(sb.trait);
    }
    std::string what = param != kNone ? "type parameter `" + std::string(head) + "`"
                                      : "trait `" + std::string(head) + "`";
    diags_
        .emit(DiagKind::NoMethod, "no function or associated item named `" + std::string(name) +
                                      "` found for " + what + " in the current scope")
        .primary(e->path.segments[1].span, "function or associated item not found");
    return true;
  }

  void resolveAssoc(Expr* e, uint32_t sid) {
    StructInfo& s = prog_.structs[sid];
    std::string_view item = e->path.segments[1].name;
    if (s.isEnum) {
      uint32_t v = variantIndex(sid, item);
      if (v != kNone) {
        resolveVariantValue(e, sid, v, e->path.span);
        return;
      }
    }
    auto m = s.methods.find(item);
    if (m != s.methods.end()) {
      setRes(e, ResKind::Fn, m->second);
      return;
    }
    auto c = s.consts.find(item);
    if (c != s.consts.end()) {
      setRes(e, ResKind::Const, c->second);
      return;
    }
    // A method of a trait the struct implements (`Point::default()` aside:
    // derived traits have no methods in source).
    for (const ImplInfo& impl : prog_.impls) {
      if (impl.trait == kNone || prog_.types.kind(impl.selfType) != TypeKind::Struct ||
          prog_.types.get(impl.selfType).id != sid)
        continue;
      auto tm = impl.methods.find(item);
      if (tm != impl.methods.end()) {
        setRes(e, ResKind::Fn, tm->second);
        return;
      }
      auto tc = impl.consts.find(item);
      if (tc != impl.consts.end()) {
        setRes(e, ResKind::Const, tc->second);
        return;
      }
      // A const the trait gives a default value for.
      const TraitInfo& t = prog_.traits[impl.trait];
      auto dc = t.consts.find(item);
      if (dc != t.consts.end() && prog_.consts[dc->second].item->value) {
        setRes(e, ResKind::Const, dc->second);
        e->qself = impl.selfType;
        return;
      }
    }
    const char* kind = s.isEnum ? "enum" : "struct";
    const char* what = s.isEnum ? "variant or associated item" : "function or associated item";
    diags_
        .emit(DiagKind::NoMethod, std::string("no ") + what + " named `" + std::string(item) +
                                      "` found for " + kind + " `" + s.name +
                                      "` in the current scope")
        .primary(e->path.segments[1].span, std::string(what) + " not found in `" + s.name + "`")
        .label(s.item->nameSpan,
               std::string(what) + " `" + std::string(item) + "` not found for this " + kind);
  }

  void resolvePrimAssoc(Expr* e, TypeId prim) {
    std::vector<std::string_view> segs = {e->path.segments[0].name, e->path.segments[1].name};
    StdPathResult r = lookupStdPath(segs, prog_);
    if (r.kind != ResKind::Unresolved) {
      setRes(e, r.kind, r.index);
      return;
    }
    // `i64::from_str(s)`: a fn of a trait impl for the type;
    // `char::is_alphabetic`: a method of the prelude's `impl char`.
    for (const ImplInfo& impl : prog_.impls) {
      if (impl.selfType != prim)
        continue;
      auto m = impl.methods.find(segs[1]);
      if (m != impl.methods.end()) {
        setRes(e, ResKind::Fn, m->second);
        return;
      }
      auto c = impl.consts.find(segs[1]);
      if (c != impl.consts.end()) {
        setRes(e, ResKind::Const, c->second);
        return;
      }
    }
    // `f64::max(a, b)`: a method called through its type; the checker
    // decides whether the method exists.
    setRes(e, ResKind::PrimMethod, prim);
  }

  const SourceFile& file_;
  Ast& ast_;
  Program& prog_;
  DiagnosticEngine& diags_;
  ModuleTree mods_;
  uint32_t cur_ = ModuleTree::kRoot;  // the module whose names are in scope
  std::vector<Item*> items_;          // every item, out of its module
  struct PendingUse {
    const UseEntry* use;
    uint32_t module;
  };
  std::vector<PendingUse> pendingUses_;
  std::vector<Item*> aliasStack_;  // aliases being expanded (cycle detection)
  FnInfo* fn_ = nullptr;
  // The fn whose signature is being resolved: a projection of one of its
  // own parameters (`F::Err`) may add a parameter to it.
  FnInfo* projectionFn_ = nullptr;
  // The type context: `Self`, the type parameters in scope, the struct
  // whose impl this is (for `Self { .. }` and `Self::V`) and the impl.
  TypeId selfType_ = kNoType;
  std::vector<uint32_t> generics_;
  uint32_t selfStruct_ = kNone;
  uint32_t impl_ = kNone;
  bool implTraitAllowed_ = false;  // resolving a parameter type
  std::vector<Scope> scopes_;
  std::vector<LoopFrame> loops_;
  std::vector<Expr*> closures_;  // the closures being resolved, outermost first
  int detached_ = 0;
};

}  // namespace

std::unique_ptr<DeferredResolution> resolveProgram(const SourceFile& file,
                                                   Ast& ast,
                                                   Program& program,
                                                   DiagnosticEngine& diags) {
  auto resolver = std::make_unique<Resolver>(file, ast, program, diags);
  resolver->run();
  return resolver;
}

}  // namespace wr
