// `#[derive(Default)]` becomes an ordinary impl before name resolution:
// every field gets `Default::default()` (spanned at the field, so a field
// type without Default is reported there, as rustc does), and an enum gets
// its `#[default]` unit variant. Each type parameter gains a `Default`
// bound, like rustc's derive. The rest of the pipeline sees a plain impl of
// the prelude's Default trait (compiler/std/default.rs).
#include "compiler/parse/derive_default.h"

namespace wr {

namespace {

class DefaultDeriver {
 public:
  explicit DefaultDeriver(Arena& arena) : arena_(arena) {}

  // The impl for `item` (a struct or an enum), or null when it derives no
  // Default or has nothing to build one from.
  Item* implFor(const Item* item) {
    Span at;
    if (!derivesDefault(item, at))
      return nullptr;
    Expr* value = item->kind == ItemKind::Struct ? structValue(item, at) : enumValue(item, at);
    if (!value)
      return nullptr;
    Item* fn = arena_.make<Item>();
    fn->kind = ItemKind::Fn;
    fn->span = fn->nameSpan = at;
    fn->name = "default";
    fn->ret = pathType("Self", at);
    fn->body = arena_.make<Block>();
    fn->body->span = at;
    fn->body->tail = value;

    Item* impl = arena_.make<Item>();
    impl->kind = ItemKind::Impl;
    impl->span = impl->nameSpan = at;
    impl->generics = item->generics;
    for (GenericParam& g : impl->generics)
      g.bounds.push_back(pathType("Default", at));
    impl->wherePreds = item->wherePreds;
    impl->traitRef = pathType("Default", at);
    impl->selfType = pathType(item->name, at);
    for (const GenericParam& g : item->generics)
      impl->selfType->path.segments[0].generics.push_back(pathType(g.name, at));
    impl->members.push_back(fn);
    return impl;
  }

 private:
  static bool derivesDefault(const Item* item, Span& at) {
    for (const Attribute& a : item->attrs) {
      if (a.path.str() != "derive")
        continue;
      for (size_t i = 0; i < a.args.size(); ++i) {
        if (a.args[i] == "Default") {
          at = i < a.argSpans.size() ? a.argSpans[i] : a.span;
          return true;
        }
      }
    }
    return false;
  }

  Path path(std::initializer_list<std::string_view> names, Span at) {
    Path p;
    p.span = at;
    for (std::string_view n : names) {
      PathSegment seg;
      seg.name = n;
      seg.span = at;
      p.segments.push_back(std::move(seg));
    }
    return p;
  }

  TypeExpr* pathType(std::string_view name, Span at) {
    TypeExpr* t = arena_.make<TypeExpr>();
    t->kind = TypeExprKind::Path;
    t->span = at;
    t->path = path({name}, at);
    return t;
  }

  // `Default::default()`, where `at` says.
  Expr* defaultCall(Span at) {
    Expr* callee = arena_.make<Expr>();
    callee->kind = ExprKind::Path;
    callee->span = at;
    callee->path = path({"Default", "default"}, at);
    Expr* call = arena_.make<Expr>();
    call->kind = ExprKind::Call;
    call->span = at;
    call->lhs = callee;
    return call;
  }

  Expr* structValue(const Item* item, Span at) {
    Expr* e = arena_.make<Expr>();
    e->span = at;
    switch (item->shape) {
      case StructShape::Named:
        e->kind = ExprKind::StructLit;
        e->path = path({"Self"}, at);
        for (const StructField& f : item->fields) {
          FieldInit init;
          init.name = f.name;
          init.span = f.span;
          init.value = defaultCall(f.span);
          e->fields.push_back(init);
        }
        return e;
      case StructShape::Tuple: {
        e->kind = ExprKind::Call;
        Expr* ctor = arena_.make<Expr>();
        ctor->kind = ExprKind::Path;
        ctor->span = at;
        ctor->path = path({item->name}, at);
        e->lhs = ctor;
        for (const StructField& f : item->fields)
          e->args.push_back(defaultCall(f.span));
        return e;
      }
      case StructShape::Unit:
        e->kind = ExprKind::Path;
        e->path = path({item->name}, at);
        return e;
    }
    return nullptr;
  }

  // An enum's `#[default]` variant (rustc requires one, a unit variant).
  Expr* enumValue(const Item* item, Span at) {
    for (const VariantDecl& v : item->variants) {
      if (!v.isDefault || v.shape != StructShape::Unit)
        continue;
      Expr* e = arena_.make<Expr>();
      e->kind = ExprKind::Path;
      e->span = at;
      e->path = path({"Self", v.name}, at);
      return e;
    }
    return nullptr;
  }

  Arena& arena_;
};

void expandItems(std::vector<Item*>& items, DefaultDeriver& deriver) {
  size_t n = items.size();
  for (size_t i = 0; i < n; ++i) {
    Item* item = items[i];
    if (item->kind == ItemKind::Mod)
      expandItems(item->members, deriver);
    if (item->kind != ItemKind::Struct && item->kind != ItemKind::Enum)
      continue;
    if (Item* impl = deriver.implFor(item))
      items.push_back(impl);
  }
}

}  // namespace

void expandDeriveDefault(Ast& ast) {
  DefaultDeriver deriver(ast.arena);
  expandItems(ast.items, deriver);
}

}  // namespace wr
