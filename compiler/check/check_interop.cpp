// The interop checker: the `wasm::` attributes and the signatures that cross
// the module's boundary with its host. It runs after name resolution and
// type checking (driver.cpp) and checks that
//   - every `#[wasm::...]` attribute is one WasmRust knows, in a place that
//     takes it, with arguments it takes (W1000);
//   - `#[wasm::export]` fns are free, non-generic fns with a free export
//     name (W1001);
//   - exported and host fns take and return only values that cross as plain
//     Wasm values: numbers, bool, char, `&str` and slices of numbers as
//     (pointer, length), `externref<T>` (W1002) — so no glue is needed;
//   - `extern` blocks are `extern "js"` (W1003) and declare bodiless fns
//     (W1004);
//   - `externref<T>` values in linear memory (kept in the reference table)
//     are never in a Copy type or captured by value in a closure (W1005).
#include "compiler/check/check_interop.h"

#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "compiler/effects/effects.h"
#include "compiler/sema/interop.h"

namespace wr {

namespace {

// Bodies are at most 1,024 levels deep (the parser's limit), twice that
// counting blocks; deeper is never reached.
constexpr int kMaxWalkDepth = 4096;

// The memory allocator exported for hosts that pass strings and slices in.
constexpr const char* kAllocExport = "wasmrust_alloc";

class InteropChecker {
 public:
  InteropChecker(const SourceFile& file, Ast& ast, Program& prog, DiagnosticEngine& diags)
      : file_(file), ast_(ast), prog_(prog), diags_(diags) {}

  void run() {
    for (Item* item : ast_.items)
      checkItem(item, Place::TopLevel);
    for (uint32_t i = 0; i < prog_.fns.size(); ++i) {
      FnInfo& fn = prog_.fns[i];
      if (fn.templateFn != kNone || fn.isClosure())
        continue;
      if (fn.item->kind == ItemKind::Fn && findWasmAttr(fn.item, "export"))
        checkExport(fn);
      if (fn.isHostImport())
        checkHostFn(fn);
    }
    checkExternRefStorage();
    // Statics are initialized when `main` starts (lower_fn.cpp).
    if (prog_.mainFn == kNone && !prog_.statics.empty()) {
      diags_
          .emit(DiagKind::Unsupported,
                "statics in a module without `main` are not supported by WasmRust yet")
          .primary(prog_.statics[0].item->nameSpan, "this static would never be initialized")
          .help("add a `main` fn (the host runs it before calling exports), or use a `const`");
    }
  }

 private:
  enum class Place : uint8_t { TopLevel, Member, HostFn };

  // ------------------------------------------------------------ attributes
  void checkItem(Item* item, Place place) {
    for (const Attribute& a : item->attrs)
      checkAttribute(a, item, place);
    if (item->kind == ItemKind::Impl || item->kind == ItemKind::Trait) {
      for (Item* m : item->members)
        checkItem(m, Place::Member);
    }
    if (item->kind == ItemKind::ExternBlock) {
      if (item->abi != "\"js\"") {
        diags_
            .emit(DiagKind::ExternAbi,
                  "`extern " + std::string(item->abi) + "` blocks are not supported")
            .primary(item->abiSpan, "WasmRust imports host functions through `extern \"js\"`")
            .help("declare host functions in an `extern \"js\" { ... }` block");
      }
      for (Item* m : item->members)
        checkItem(m, Place::HostFn);
    }
  }

  void checkAttribute(const Attribute& a, Item* item, Place place) {
    const Path& p = a.path;
    if (p.segments.empty() || p.segments[0].name != "wasm")
      return;
    std::string name = p.segments.size() == 2 ? std::string(p.segments[1].name) : "";
    bool isFn = item->kind == ItemKind::Fn;
    if (name == "export") {
      if (!isFn || place == Place::HostFn) {
        misplaced(a, "`#[wasm::export]` applies to fns", "put it on a free `fn` with a body");
        return;
      }
      onlyKeys(a, {"name"});
      noArgs(a);
    } else if (name == "import") {
      bool onBlock = item->kind == ItemKind::ExternBlock;
      if (!onBlock && place != Place::HostFn) {
        misplaced(a, "`#[wasm::import]` applies to `extern \"js\"` blocks and their fns",
                  "declare host functions in `#[wasm::import(module = \"...\")] extern \"js\" "
                  "{ fn f(); }`");
        return;
      }
      onlyKeys(a, {onBlock ? "module" : "name"});
      noArgs(a);
    } else if (name == "effect") {
      if (!isFn && item->kind != ItemKind::ExternBlock) {
        misplaced(a, "`#[wasm::effect]` applies to fns and `extern \"js\"` blocks",
                  "put it on the fn whose effects it declares");
        return;
      }
      onlyKeys(a, {});
      for (size_t i = 0; i < a.args.size(); ++i) {
        Effect e;
        if (!parseEffect(a.args[i], e)) {
          diags_
              .emit(DiagKind::UnknownWasmAttribute,
                    "unknown effect `" + std::string(a.args[i]) + "`")
              .primary(a.argSpans[i], "not an effect")
              .note("the effects are " + effectList((1u << static_cast<int>(Effect::Count)) - 1));
        }
      }
    } else if (name == "linear") {
      if (item->kind != ItemKind::Struct && item->kind != ItemKind::Enum) {
        misplaced(a, "`#[wasm::linear]` applies to structs and enums",
                  "put it on the type whose values must be consumed exactly once");
        return;
      }
      onlyKeys(a, {});
      noArgs(a);
      checkLinearDerives(item);
    } else {
      diags_.emit(DiagKind::UnknownWasmAttribute, "unknown attribute `" + p.str() + "`")
          .primary(p.span, "not a WasmRust attribute")
          .note("the `wasm::` attributes are `export`, `import`, `effect` and `linear`");
    }
  }

  // A copy or clone of a linear value would be a second value to consume.
  void checkLinearDerives(const Item* item) {
    for (const Attribute& d : item->attrs) {
      if (d.path.str() != "derive")
        continue;
      for (size_t i = 0; i < d.args.size(); ++i) {
        if (d.args[i] != "Copy" && d.args[i] != "Clone")
          continue;
        diags_
            .emit(DiagKind::LinearCopy,
                  "a `#[wasm::linear]` type cannot derive `" + std::string(d.args[i]) + "`")
            .primary(d.argSpans[i], "a copy would be a second value to consume")
            .label(item->nameSpan, "`" + std::string(item->name) + "` is linear")
            .help("remove `" + std::string(d.args[i]) +
                  "`; pass the value by reference to use it without consuming it");
      }
    }
  }

  void misplaced(const Attribute& a, const std::string& what, const std::string& help) {
    diags_.emit(DiagKind::UnknownWasmAttribute, what)
        .primary(a.span, "not allowed here")
        .help(help);
  }

  void onlyKeys(const Attribute& a, std::initializer_list<const char*> keys) {
    for (const AttrKeyValue& kv : a.values) {
      bool ok = false;
      for (const char* k : keys)
        ok |= kv.key == k;
      if (ok)
        continue;
      std::string known;
      for (const char* k : keys)
        known += known.empty() ? std::string("`") + k + "`" : std::string(", `") + k + "`";
      auto d =
          diags_.emit(DiagKind::UnknownWasmAttribute,
                      "`#[" + a.path.str() + "]` takes no argument `" + std::string(kv.key) + "`");
      d.primary(kv.span, "unknown argument");
      if (!known.empty())
        d.note("it takes " + known);
    }
  }

  void noArgs(const Attribute& a) {
    for (size_t i = 0; i < a.args.size(); ++i) {
      diags_
          .emit(DiagKind::UnknownWasmAttribute,
                "unexpected `" + std::string(a.args[i]) + "` in `#[" + a.path.str() + "]`")
          .primary(a.argSpans[i], "expected `key = \"value\"`");
    }
  }

  // ------------------------------------------------------------ signatures
  void checkExport(FnInfo& fn) {
    Item* item = fn.item;
    const Attribute* attr = findWasmAttr(item, "export");
    if (fn.owner != kNone || fn.impl != kNone || fn.trait != kNone) {
      diags_.emit(DiagKind::ExportNotAllowed, "methods cannot be exported")
          .primary(attr->span, "`#[wasm::export]` on a method")
          .help("export a free fn that calls the method");
      return;
    }
    if (!item->generics.empty()) {
      diags_.emit(DiagKind::ExportNotAllowed, "generic fns cannot be exported")
          .primary(item->generics[0].span, "type parameter")
          .label(attr->span, "exported here")
          .note("an export is one Wasm function; a generic fn is one per type")
          .help("export a non-generic fn that calls it with concrete types");
      return;
    }
    std::string name = exportName(item);
    bool isMain = prog_.mainFn != kNone && &fn == &prog_.fns[prog_.mainFn];
    bool reserved = name == "memory" || name == kAllocExport || name == "wasmrust_dealloc" ||
                    (name == "main" && !isMain);
    if (reserved || !exportNames_.insert(name).second) {
      diags_.emit(DiagKind::ExportNotAllowed, "the export name `" + name + "` is already taken")
          .primary(attr->span, "exported as `" + name + "`")
          .note(reserved ? "the module itself exports `memory`, `main`, `" +
                               std::string(kAllocExport) + "` and `wasmrust_dealloc`"
                         : "two fns cannot be exported under the same name")
          .help("choose another name with `#[wasm::export(name = \"...\")]`");
      return;
    }
    for (size_t i = 0; i < fn.params.size(); ++i)
      checkBoundary(fn.params[i], item->params[i].type, true, "exported");
    checkBoundary(fn.ret, item->ret, false, "exported");
  }

  void checkHostFn(FnInfo& fn) {
    Item* item = fn.item;
    if (item->body) {
      diags_.emit(DiagKind::HostFnWithBody, "incorrect function inside `extern` block")
          .primary(item->nameSpan, "cannot have a body")
          .label(item->body->span, "the host provides this fn; its body is ignored")
          .help("end the declaration with `;` and implement it in JavaScript");
    }
    if (!item->generics.empty()) {
      diags_.emit(DiagKind::BoundaryType, "host fns cannot be generic")
          .primary(item->generics[0].span, "type parameter")
          .note("each host fn is one Wasm import with one signature");
    }
    for (size_t i = 0; i < fn.params.size() && i < item->params.size(); ++i)
      checkBoundary(fn.params[i], item->params[i].type, true, "host");
    checkBoundary(fn.ret, item->ret, false, "host", true);
  }

  // Can values of `t` cross the boundary as plain Wasm values?
  bool crossesAsValue(TypeId t) const {
    const TypeTable& tt = prog_.types;
    switch (tt.kind(t)) {
      case TypeKind::Int:
      case TypeKind::Float:
      case TypeKind::Bool:
      case TypeKind::Char:
      case TypeKind::Error:
      case TypeKind::ExternRef:
        return true;
      default:
        return false;
    }
  }

  // `&str`, `&[T]`, `&mut [T]` with T a number: (pointer, length).
  bool crossesAsPointerLength(TypeId t) const {
    const TypeTable& tt = prog_.types;
    if (tt.kind(t) != TypeKind::Ref)
      return false;
    TypeId inner = tt.get(t).elem;
    if (tt.kind(inner) == TypeKind::Str)
      return true;
    if (tt.kind(inner) != TypeKind::Slice)
      return false;
    TypeKind e = tt.kind(tt.get(inner).elem);
    return e == TypeKind::Int || e == TypeKind::Float || e == TypeKind::Bool;
  }

  void checkBoundary(TypeId t,
                     TypeExpr* written,
                     bool isParam,
                     const char* which,
                     bool hostReturn = false) {
    if (t == kNoType ||
        (!isParam && (prog_.types.isUnit(t) || prog_.types.kind(t) == TypeKind::Never)))
      return;
    if (crossesAsValue(t))
      return;
    bool pointerLength = crossesAsPointerLength(t);
    if (pointerLength && !hostReturn)
      return;
    Span at = written ? written->span : Span{};
    std::string ty = prog_.typeName(t);
    auto d = diags_.emit(DiagKind::BoundaryType,
                         "`" + ty + "` cannot cross the Wasm boundary in a " + which + " fn's " +
                             (isParam ? "parameters" : "return type"));
    d.primary(at, pointerLength ? "the host cannot return a borrow of the module's memory"
                                : "not a Wasm value");
    if (pointerLength) {
      d.help("return a number (a length or an offset) and let the caller pass a buffer to fill");
    } else {
      d.note(
          "exported and host fns take and return numbers, `bool`, `char`, `externref<T>`, and "
          "`&str` or slices of numbers as (pointer, length); other types would need generated "
          "glue");
      d.help("pass the fields as separate parameters");
    }
  }

  // ------------------------------------------------------------ externref
  // An externref in linear memory is a slot of the reference table that one
  // location owns (compiler/lower/ref_table.cpp). Two places cannot own one:
  // a Copy type (a copy would share the slot) and a closure that captures
  // it by value (closures are never dropped, so the slot would never be
  // freed).
  void externRefInMemory(Span at,
                         const std::string& where,
                         const std::string& label,
                         const std::string& help) {
    if (!reportedAt_.insert(at.lo).second)
      return;
    diags_.emit(DiagKind::ExternRefInMemory, "an `externref` cannot be stored " + where)
        .primary(at, label)
        .note(
            "in linear memory an `externref` is a slot of the module's reference table, "
            "which the value holding it owns")
        .help(help);
  }

  void checkExternRefStorage() {
    for (const StructInfo& s : prog_.structs) {
      bool compares = s.derivesPartialEq || s.derivesPartialOrd || s.derivesOrd || s.derivesHash;
      if (s.closure || !s.item || (!s.derivesCopy && !compares))
        continue;
      std::vector<const FieldInfo*> fields;
      for (const FieldInfo& f : s.fields)
        fields.push_back(&f);
      for (const VariantInfo& v : s.variants) {
        for (const FieldInfo& f : v.fields)
          fields.push_back(&f);
      }
      for (const FieldInfo* f : fields) {
        if (!prog_.holdsExternRef(f->type))
          continue;
        if (s.derivesCopy) {
          externRefInMemory(f->span, "in a `Copy` type",
                            "a copy of the value would share this field's table slot",
                            "derive `Clone` without `Copy`: `.clone()` gives the copy a slot "
                            "of its own");
        }
        if (compares) {
          diags_
              .emit(
                  DiagKind::BinaryOpUnsupported,
                  "a derived comparison or hash cannot look into `" + prog_.typeName(f->type) + "`")
              .primary(f->span, "this field holds a host reference")
              .note("WebAssembly cannot compare or hash `externref` values")
              .help(
                  "derive only `Clone`, and compare what the host gives for the reference "
                  "(an id), or implement `PartialEq` by hand");
        }
        break;
      }
    }
    for (const FnInfo& fn : prog_.fns) {
      // The std's closures capture by value only what the program hands it.
      if (fn.isTemplate() || !fn.item || file_.inPrelude(fn.item->span))
        continue;
      if (fn.item->body)
        walkBlock(fn.item->body, 0);
    }
  }

  // Closures that capture an externref by value.
  void walkExpr(Expr* e, int depth) {
    if (!e || depth > kMaxWalkDepth)
      return;
    if (e->kind == ExprKind::Closure) {
      if (e->type != kNoType && prog_.holdsExternRef(e->type))
        externRefInMemory(e->span, "in a closure",
                          "this `move` closure would keep a reference that nothing frees",
                          "capture it without `move` (the closure then reads the variable), "
                          "or pass it to the closure as an argument");
      return;  // its body is a fn of its own
    }
    walkExpr(e->lhs, depth + 1);
    walkExpr(e->rhs, depth + 1);
    walkExpr(e->elseExpr, depth + 1);
    walkBlock(e->block, depth + 1);
    for (MatchArm& arm : e->arms) {
      walkExpr(arm.guard, depth + 1);
      walkExpr(arm.body, depth + 1);
    }
    for (Expr* a : e->args)
      walkExpr(a, depth + 1);
    for (FieldInit& f : e->fields)
      walkExpr(f.value, depth + 1);
    for (MacroArg& a : e->macroArgs)
      walkExpr(a.value, depth + 1);
  }

  void walkBlock(Block* b, int depth) {
    if (!b || depth > kMaxWalkDepth)
      return;
    for (Stmt* s : b->stmts) {
      walkExpr(s->init, depth + 1);
      walkBlock(s->elseBlock, depth + 1);
    }
    walkExpr(b->tail, depth + 1);
  }

  const SourceFile& file_;
  Ast& ast_;
  Program& prog_;
  DiagnosticEngine& diags_;
  std::set<std::string> exportNames_{"memory"};
  std::set<uint32_t> reportedAt_;
};

}  // namespace

void checkInterop(const SourceFile& file, Ast& ast, Program& program, DiagnosticEngine& diags) {
  InteropChecker(file, ast, program, diags).run();
}

}  // namespace wr
