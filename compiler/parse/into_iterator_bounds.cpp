// The prelude's IntoIterator names its iterator with a type parameter,
// `IntoIterator<J>`, not with an associated type (docs/iterators.md): the
// checker infers a trait's parameters from the one impl that fits, which
// it cannot yet do for an associated type. A program writes Rust's
// `I: IntoIterator<Item = T>`; before name resolution, each such bound of
// a fn gets a hidden type parameter of that fn, `J: Iterator<Item = T>`,
// and reads `IntoIterator<J>`. Inference then learns J from the argument,
// as it does for the prelude's own `zip`, and T from J's Item; a `for`
// loop over the parameter yields T.
#include "compiler/parse/into_iterator_bounds.h"

#include <string_view>
#include <vector>

namespace wr {

namespace {

// The hidden parameters' names: not identifiers a program can write.
constexpr std::string_view kHiddenNames[] = {
    "IntoIterator::IntoIter",   "IntoIterator::IntoIter#1", "IntoIterator::IntoIter#2",
    "IntoIterator::IntoIter#3", "IntoIterator::IntoIter#4", "IntoIterator::IntoIter#5",
    "IntoIterator::IntoIter#6", "IntoIterator::IntoIter#7"};

class Expander {
 public:
  explicit Expander(Arena& arena) : arena_(arena) {}

  void items(std::vector<Item*>& list) {
    for (Item* item : list) {
      if (item->kind == ItemKind::Fn)
        fn(item);
      if (item->kind == ItemKind::Mod || item->kind == ItemKind::Impl ||
          item->kind == ItemKind::Trait)
        items(item->members);
    }
  }

 private:
  void fn(Item* item) {
    std::vector<GenericParam> added;
    auto visit = [&](TypeExpr* bound) {
      if (TypeExpr* iter = rewrite(bound, added.size())) {
        GenericParam g;
        g.name = kHiddenNames[added.size()];
        g.span = bound->span;
        g.bounds.push_back(iter);
        added.push_back(g);
      }
    };
    for (GenericParam& g : item->generics) {
      for (TypeExpr* b : g.bounds)
        visit(b);
    }
    for (WherePredicate& w : item->wherePreds) {
      for (TypeExpr* b : w.bounds)
        visit(b);
    }
    for (Param& p : item->params) {
      TypeExpr* t = p.type;
      while (t && t->kind == TypeExprKind::Ref)
        t = t->elem;
      if (t && t->kind == TypeExprKind::ImplTrait) {
        for (TypeExpr* b : t->bounds)
          visit(b);
      }
    }
    for (GenericParam& g : added)
      item->generics.push_back(std::move(g));
  }

  // For `IntoIterator<Item = T>`: makes it `IntoIterator<J>` (J the
  // `index`th hidden name) and returns `Iterator<Item = T>`, J's bound.
  TypeExpr* rewrite(TypeExpr* bound, size_t index) {
    if (!bound || bound->kind != TypeExprKind::Path || bound->path.segments.empty() ||
        index >= std::size(kHiddenNames))
      return nullptr;
    PathSegment& last = bound->path.segments.back();
    if (last.name != "IntoIterator" || !last.generics.empty() || last.bindings.size() != 1 ||
        last.bindings[0].name != "Item")
      return nullptr;
    TypeExpr* iter = pathType("Iterator", bound->span);
    iter->path.segments[0].bindings.push_back(last.bindings[0]);
    last.bindings.clear();
    last.generics.push_back(pathType(kHiddenNames[index], bound->span));
    return iter;
  }

  TypeExpr* pathType(std::string_view name, Span at) {
    TypeExpr* t = arena_.make<TypeExpr>();
    t->kind = TypeExprKind::Path;
    t->span = at;
    t->path.span = at;
    t->path.segments.push_back(PathSegment{name, at, {}});
    return t;
  }

  Arena& arena_;
};

}  // namespace

void expandIntoIteratorBounds(Ast& ast) {
  Expander(ast.arena).items(ast.items);
}

}  // namespace wr
