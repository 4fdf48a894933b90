// Call shapes (ownership.h): how a fn's signature relates the references
// in its result and its `&mut` parameters to its arguments, read from the
// lifetimes written in the source.
//
// Each parameter has an outer lifetime (its own, when it is a reference)
// and inner ones (those inside the type it is or points to; for `self`,
// those of the impl's type, `Parser<'a>`). A lifetime in the result names
// the parameters it comes from; an elided one comes from `&self` (or
// `&mut self`), else from the only lifetime among the parameters, as
// Rust's elision rules say; if neither applies, from every parameter (a
// program rustc accepts never gets there). Type parameters shared between
// a parameter and the result carry the argument along too. A parameter
// `&mut X` stores into X what shares a named lifetime or a type parameter
// with it.
#include <algorithm>

#include "compiler/check/ownership.h"

namespace wr::own {

namespace {

struct ParamLifetimes {
  std::string outer;  // empty: not a reference
  bool mutRef = false;
  std::vector<std::string> inner;
  std::vector<uint32_t> typeParams;
};

class ShapeReader {
 public:
  explicit ShapeReader(TypeFacts& facts) : facts_(facts), prog_(facts.prog()) {}

  CallShape read(uint32_t fnIndex) {
    FnInfo& f = prog_.fns[fnIndex];
    size_t n = f.params.size();
    CallShape shape;
    shape.resultFromValue.assign(n, 0);
    shape.resultFromContents.assign(n, 0);
    Item* item = f.item;
    bool hasSelf = item && item->selfKind != SelfKind::None;
    size_t written = item ? item->params.size() + (hasSelf ? 1 : 0) : 0;
    if (!item || written != n) {
      // No source to read: every argument with references may reach the result.
      for (size_t i = 0; i < n; ++i)
        shape.resultFromValue[i] = facts_.hasRefs(f.params[i]);
      return shape;
    }
    std::vector<ParamLifetimes> params(n);
    // An instance's types are concrete: its template's tell which type
    // parameters a parameter and the result share (`unwrap(self: Option<T>)
    // -> T` with T = &i32 hands the argument's loan to the result).
    const FnInfo& generic = f.templateFn != kNone && prog_.fns[f.templateFn].params.size() == n
                                ? prog_.fns[f.templateFn]
                                : f;
    TypeExpr* implSelf =
        f.impl != kNone && prog_.impls[f.impl].item ? prog_.impls[f.impl].item->selfType : nullptr;
    for (size_t i = 0; i < n; ++i) {
      ParamLifetimes& p = params[i];
      prefix_ = "'_" + std::to_string(i) + "_";
      counter_ = 0;
      typeParams(generic.params[i], p.typeParams);
      keepCarrying(f, p.typeParams);
      if (hasSelf && i == 0) {
        if (item->selfKind == SelfKind::Ref || item->selfKind == SelfKind::RefMut) {
          p.outer = item->selfLifetime.empty() ? elided() : std::string(item->selfLifetime);
          p.mutRef = item->selfKind == SelfKind::RefMut;
        }
        collect(implSelf, p.inner);
        continue;
      }
      TypeExpr* t = item->params[i - (hasSelf ? 1 : 0)].type;
      if (t && t->kind == TypeExprKind::Ref) {
        p.outer = t->lifetime.empty() ? elided() : std::string(t->lifetime);
        p.mutRef = t->isMut;
        collect(t->elem, p.inner);
      } else {
        collect(t, p.inner);
      }
    }
    // The result.
    std::vector<std::string> ret;
    prefix_ = "'_r";
    collect(item->ret, ret);
    std::vector<uint32_t> retParams;
    typeParams(generic.ret, retParams);
    for (const std::string& r : ret) {
      if (r == "'static")
        continue;
      std::string target = r;
      if (r.rfind("'_", 0) == 0) {
        if (hasSelf && !params[0].outer.empty()) {
          target = params[0].outer;
        } else {
          std::vector<std::string> all;
          for (const ParamLifetimes& p : params) {
            if (!p.outer.empty())
              all.push_back(p.outer);
            all.insert(all.end(), p.inner.begin(), p.inner.end());
          }
          std::sort(all.begin(), all.end());
          all.erase(std::unique(all.begin(), all.end()), all.end());
          if (all.size() != 1) {
            for (size_t i = 0; i < n; ++i)
              shape.resultFromValue[i] |= facts_.hasRefs(f.params[i]);
            continue;
          }
          target = all[0];
        }
      }
      for (size_t i = 0; i < n; ++i) {
        if (params[i].outer == target)
          shape.resultFromValue[i] = 1;
        if (std::find(params[i].inner.begin(), params[i].inner.end(), target) !=
            params[i].inner.end())
          shape.resultFromContents[i] = 1;
      }
    }
    for (size_t i = 0; i < n; ++i) {
      if (!shares(params[i].typeParams, retParams))
        continue;
      // In an instance, a type parameter behind a reference parameter
      // (`next(&mut self) -> Option<I::Item>`) hands on what the pointee
      // borrows, not the reference's own loan.
      if (f.templateFn != kNone && !params[i].outer.empty())
        shape.resultFromContents[i] = 1;
      else
        shape.resultFromValue[i] = 1;
    }
    // Stores behind `&mut` parameters.
    for (size_t j = 0; j < n; ++j) {
      if (!params[j].mutRef)
        continue;
      std::vector<uint32_t> pointee;
      const TypeData& dj = prog_.types.get(f.params[j]);
      if (dj.kind == TypeKind::Ref)
        typeParams(dj.elem, pointee);
      for (size_t i = 0; i < n; ++i) {
        if (i == j)
          continue;
        const std::vector<std::string>& inner = params[j].inner;
        bool byValue = (!params[i].outer.empty() && named(params[i].outer) &&
                        std::find(inner.begin(), inner.end(), params[i].outer) != inner.end()) ||
                       shares(params[i].typeParams, pointee);
        bool byContents = false;
        for (const std::string& l : params[i].inner)
          byContents |= named(l) && std::find(inner.begin(), inner.end(), l) != inner.end();
        if (byValue)
          shape.storesValue.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
        if (byContents)
          shape.storesContents.emplace_back(static_cast<uint32_t>(i), static_cast<uint32_t>(j));
      }
    }
    return shape;
  }

 private:
  static bool named(const std::string& l) { return l.rfind("'_", 0) != 0 && l != "'static"; }

  std::string elided() { return prefix_ + std::to_string(counter_++); }

  // The lifetimes written in (or elided from) a type.
  void collect(TypeExpr* t, std::vector<std::string>& out, int depth = 0) {
    if (!t || depth > 64)
      return;
    switch (t->kind) {
      case TypeExprKind::Ref:
        out.push_back(t->lifetime.empty() ? elided() : std::string(t->lifetime));
        collect(t->elem, out, depth + 1);
        return;
      case TypeExprKind::Tuple:
        for (TypeExpr* e : t->elems)
          collect(e, out, depth + 1);
        return;
      case TypeExprKind::Array:
      case TypeExprKind::Slice:
        collect(t->elem, out, depth + 1);
        return;
      case TypeExprKind::Path: {
        bool any = false;
        for (PathSegment& seg : t->path.segments) {
          for (std::string_view l : seg.lifetimes) {
            out.push_back(l == "'_" ? elided() : std::string(l));
            any = true;
          }
          for (TypeExpr* g : seg.generics)
            collect(g, out, depth + 1);
          for (AssocBinding& b : seg.bindings)
            collect(b.type, out, depth + 1);
        }
        // A struct with lifetime parameters named without them (`Parser`
        // for `Parser<'_>`).
        if (!any && t->resolved != kNoType && structHasLifetimes(t->resolved))
          out.push_back(elided());
        return;
      }
      default:
        return;
    }
  }

  bool structHasLifetimes(TypeId t) {
    const TypeData& d = prog_.types.get(t);
    if (d.kind != TypeKind::Struct || d.id >= prog_.structs.size())
      return false;
    const StructInfo& s = prog_.structs[d.id];
    if (s.closure)
      return false;
    for (const FieldInfo& f : s.fields) {
      if (facts_.hasRefs(f.type))
        return true;
    }
    for (const VariantInfo& v : s.variants) {
      for (const FieldInfo& f : v.fields) {
        if (facts_.hasRefs(f.type))
          return true;
      }
    }
    return false;
  }

  // In an instance, only the type parameters bound to a type holding
  // references carry a loan (`T = i32` carries nothing).
  void keepCarrying(const FnInfo& f, std::vector<uint32_t>& params) {
    if (f.templateFn == kNone)
      return;
    const FnInfo& t = prog_.fns[f.templateFn];
    params.erase(std::remove_if(params.begin(), params.end(),
                                [&](uint32_t p) {
                                  for (size_t g = 0; g < t.generics.size(); ++g) {
                                    if (t.generics[g] == p && g < f.typeArgs.size())
                                      return !facts_.hasRefs(f.typeArgs[g]);
                                  }
                                  return false;
                                }),
                 params.end());
  }

  void typeParams(TypeId t, std::vector<uint32_t>& out, int depth = 0) {
    if (t == kNoType || depth > 32)
      return;
    const TypeData& d = prog_.types.get(t);
    if (!d.hasParam)
      return;
    if (d.kind == TypeKind::Param) {
      out.push_back(d.id);
      return;
    }
    if (d.elem != kNoType)
      typeParams(d.elem, out, depth + 1);
    for (TypeId e : d.elems)
      typeParams(e, out, depth + 1);
  }

  static bool shares(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    for (uint32_t x : a) {
      if (std::find(b.begin(), b.end(), x) != b.end())
        return true;
    }
    return false;
  }

  TypeFacts& facts_;
  Program& prog_;
  std::string prefix_;
  uint32_t counter_ = 0;
};

}  // namespace

const CallShape& TypeFacts::callShape(uint32_t fn) {
  if (fn >= shapes_.size()) {
    shapes_.resize(prog_.fns.size() > fn ? prog_.fns.size() : fn + 1);
    shapeKnown_.resize(shapes_.size(), 0);
  }
  if (!shapeKnown_[fn]) {
    shapes_[fn] = ShapeReader(*this).read(fn);
    shapeKnown_[fn] = 1;
  }
  return shapes_[fn];
}

}  // namespace wr::own
