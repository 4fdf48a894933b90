// Places and type facts for the ownership checker: interning of places
// (a local and its projections), rustc-style place text for diagnostics,
// and memoized answers to "is this type Copy", "may its values hold
// references" and "does it implement Clone".
//
// Copy follows Rust rather than the `derive` flag alone: a generic type
// that derives Copy (like `Option<T>`) is Copy only when its arguments are,
// and a closure is Copy when everything it captures is shared or Copy.
#include <algorithm>
#include <functional>

#include "compiler/check/check.h"
#include "compiler/check/ownership.h"

namespace wr::own {

// ------------------------------------------------------------------ places

void PlaceTable::clear() {
  nodes_.clear();
  roots_.clear();
  firstChild_.clear();
  nextSibling_.clear();
  depth_.clear();
}

PlaceId PlaceTable::root(LocalId local, TypeId type) {
  if (local >= roots_.size())
    roots_.resize(local + 1, kNone);
  if (roots_[local] != kNone)
    return roots_[local];
  PlaceNode n;
  n.local = local;
  n.type = type;
  nodes_.push_back(n);
  depth_.push_back(0);
  firstChild_.push_back(kNone);
  nextSibling_.push_back(kNone);
  roots_[local] = static_cast<PlaceId>(nodes_.size() - 1);
  return roots_[local];
}

PlaceId PlaceTable::project(PlaceId base, ProjKind kind, uint32_t index, TypeId type) {
  for (PlaceId c = firstChild_[base]; c != kNone; c = nextSibling_[c]) {
    if (nodes_[c].proj == kind && nodes_[c].index == index)
      return c;
  }
  PlaceNode n;
  n.parent = base;
  n.local = nodes_[base].local;
  n.proj = kind;
  n.index = index;
  n.type = type;
  n.throughDeref = nodes_[base].throughDeref || kind == ProjKind::Deref;
  n.throughIndex = nodes_[base].throughIndex || (kind == ProjKind::Index && index == kNone);
  nodes_.push_back(n);
  depth_.push_back(static_cast<uint16_t>(depth_[base] + 1));
  PlaceId id = static_cast<PlaceId>(nodes_.size() - 1);
  firstChild_.push_back(kNone);
  nextSibling_.push_back(firstChild_[base]);
  firstChild_[base] = id;
  return id;
}

bool PlaceTable::isPrefix(PlaceId a, PlaceId b) const {
  if (nodes_[a].local != nodes_[b].local)
    return false;
  while (depth_[b] > depth_[a])
    b = nodes_[b].parent;
  return a == b;
}

void PlaceTable::chain(PlaceId p, std::vector<PlaceId>& out) const {
  out.clear();
  for (PlaceId q = p; q != kNone; q = nodes_[q].parent)
    out.push_back(q);
  std::reverse(out.begin(), out.end());
}

PlaceId PlaceTable::find(PlaceId base, ProjKind kind, uint32_t index) const {
  for (PlaceId c = firstChild_[base]; c != kNone; c = nextSibling_[c]) {
    if (nodes_[c].proj == kind && nodes_[c].index == index)
      return c;
  }
  return kNone;
}

// `x`, `x.a`, `x.0`, `*r`, `r.a` (a field through a reference reads like
// the source), `arr[_]`; a variant projection is invisible.
std::string describePlace(const SourceFile& file,
                          const Program& prog,
                          const Body& body,
                          PlaceId p) {
  (void)file;
  const PlaceNode& n = body.places[p];
  if (n.parent == kNone) {
    if (n.local < body.fnLocals && body.fn && n.local < body.fn->locals.size())
      return std::string(body.fn->locals[n.local].name);
    if (n.local < body.locals.size() && body.locals[n.local].staticIndex != kNone)
      return std::string(prog.statics[body.locals[n.local].staticIndex].item->name);
    return "value";
  }
  std::string base = describePlace(file, prog, body, n.parent);
  switch (n.proj) {
    case ProjKind::Variant:
      return base;
    case ProjKind::Deref:
    case ProjKind::Box:
      return "*" + base;
    case ProjKind::Index:
      return base + "[_]";
    case ProjKind::Field: {
      if (!base.empty() && base[0] == '*')
        base = base.substr(1);  // `(*r).a` reads `r.a`
      const PlaceNode& parent = body.places[n.parent];
      TypeId pt = parent.type;
      std::string field = std::to_string(n.index);
      const TypeData& d = prog.types.get(pt);
      if (d.kind == TypeKind::Struct && d.id < prog.structs.size()) {
        const StructInfo& s = prog.structs[d.id];
        const std::vector<FieldInfo>* fields = &s.fields;
        if (s.isEnum && parent.proj == ProjKind::Variant && parent.parent != kNone &&
            parent.index < s.variants.size())
          fields = &s.variants[parent.index].fields;
        if (s.isEnum && parent.proj != ProjKind::Variant)
          fields = nullptr;
        if (fields && n.index < fields->size())
          field = (*fields)[n.index].name;
      }
      return base + "." + field;
    }
  }
  return base;
}

// ------------------------------------------------------------------ types

TypeId TypeFacts::fieldType(TypeId t, uint32_t variant, uint32_t field, bool inVariant) {
  const TypeData& d = prog_.types.get(t);
  if (d.kind == TypeKind::Tuple)
    return field < d.elems.size() ? d.elems[field] : prog_.types.error();
  if (d.kind == TypeKind::Array || d.kind == TypeKind::Slice)
    return d.elem;
  if (d.kind != TypeKind::Struct || d.id >= prog_.structs.size())
    return prog_.types.error();
  const StructInfo& s = prog_.structs[d.id];
  if (inVariant) {
    if (variant >= s.variants.size() || field >= s.variants[variant].fields.size())
      return prog_.types.error();
    return prog_.variantFieldType(t, variant, field);
  }
  if (field >= s.fields.size())
    return prog_.types.error();
  return prog_.fieldType(t, field);
}

static bool structFieldsAll(Program& prog,
                            TypeId t,
                            const std::function<bool(TypeId)>& pred,
                            bool want) {
  const TypeData& d = prog.types.get(t);
  const StructInfo& s = prog.structs[d.id];
  if (s.isEnum) {
    for (uint32_t v = 0; v < s.variants.size(); ++v) {
      for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
        if (pred(prog.variantFieldType(t, v, i)) != want)
          return false;
      }
    }
    return true;
  }
  for (uint32_t i = 0; i < s.fields.size(); ++i) {
    if (pred(prog.fieldType(t, i)) != want)
      return false;
  }
  return true;
}

// Linear-ness is structural: a type argument counts too, so `Vec<File>` is
// linear (and rejected where it is written) and `Option<File>` must be
// consumed. References and closures borrow; they are never linear.
bool TypeFacts::isLinear(TypeId t) {
  if (t < linear_.size() && linear_[t])
    return linear_[t] == 2;
  if (t >= linear_.size())
    linear_.resize(t + 1 + t / 2, 0);
  linear_[t] = 1;  // a recursive type reached again through itself adds nothing
  const TypeData d = prog_.types.get(t);  // a copy: substituting fields interns types
  bool r = false;
  switch (d.kind) {
    case TypeKind::Tuple:
      for (TypeId e : d.elems)
        r = r || isLinear(e);
      break;
    case TypeKind::Array:
      r = isLinear(d.elem);
      break;
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      if (s.closure)
        break;
      r = s.linear;
      for (TypeId e : d.elems)
        r = r || isLinear(e);
      if (!r && s.generics.empty())
        r = !structFieldsAll(
            prog_, t, [this](TypeId f) { return isLinear(f); }, false);
      break;
    }
    default:
      break;
  }
  linear_[t] = r ? 2 : 1;
  return r;
}

bool TypeFacts::isCopy(TypeId t) {
  if (t < copy_.size() && copy_[t])
    return copy_[t] == 2;
  bool outer = provisional_;
  provisional_ = false;
  bool r = isCopyUncached(t);
  if (!provisional_) {
    if (t >= copy_.size())
      copy_.resize(t + 1 + t / 2, 0);
    copy_[t] = r ? 2 : 1;
  }
  provisional_ = provisional_ || outer;
  return r;
}

bool TypeFacts::isCopyUncached(TypeId t) {
  const TypeData& d = prog_.types.get(t);
  // An externref is Copy, but a value that holds one in memory owns a slot
  // of the reference table, which a copy would share.
  if (d.kind != TypeKind::ExternRef && prog_.holdsExternRef(t))
    return false;
  switch (d.kind) {
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      if (s.closure) {
        auto c = closures_.find(d.id);
        if (c == closures_.end()) {
          provisional_ = true;
          return true;
        }
        return c->second.isCopy;
      }
      // `#[derive(Copy)]` on a generic type copies only Copy arguments.
      if (!s.derivesCopy)
        return false;
      for (TypeId e : d.elems) {
        if (!isCopy(e))
          return false;
      }
      return true;
    }
    case TypeKind::Tuple:
      for (TypeId e : d.elems) {
        if (!isCopy(e))
          return false;
      }
      return true;
    case TypeKind::Array:
      return isCopy(d.elem);
    case TypeKind::Ref:
      return d.sub == 0;
    case TypeKind::Param:
      return prog_.paramHasBound(d.id, prog_.stdTrait("Copy"));
    case TypeKind::Str:
    case TypeKind::Slice:
      return false;
    default:
      return true;
  }
}

// Whether values of `t` may hold references made in the body: a type
// parameter's values come from the caller, so they never hold the body's
// loans.
bool TypeFacts::hasRefs(TypeId t) {
  if (t < refs_.size() && refs_[t])
    return refs_[t] == 2;
  if (t >= refs_.size())
    refs_.resize(t + 1 + t / 2, 0);
  refs_[t] = 1;  // a type that contains itself (through references) stops here
  bool outer = provisional_;
  provisional_ = false;
  bool r = hasRefsUncached(t);
  refs_[t] = provisional_ ? 0 : (r ? 2 : 1);
  provisional_ = provisional_ || outer;
  return r;
}

bool TypeFacts::hasRefsUncached(TypeId t) {
  const TypeData& d = prog_.types.get(t);
  switch (d.kind) {
    case TypeKind::Ref:
      return true;
    case TypeKind::Tuple:
      for (TypeId e : d.elems) {
        if (hasRefs(e))
          return true;
      }
      return false;
    case TypeKind::Array:
    case TypeKind::Slice:
      return hasRefs(d.elem);
    case TypeKind::Struct: {
      const StructInfo& s = prog_.structs[d.id];
      if (s.closure) {
        auto c = closures_.find(d.id);
        if (c == closures_.end()) {
          provisional_ = true;
          return true;
        }
        return c->second.hasRefs;
      }
      return !structFieldsAll(
          prog_, t, [this](TypeId f) { return hasRefs(f); }, false);
    }
    default:
      return false;
  }
}

bool TypeFacts::implementsClone(TypeId t) {
  if (isCopy(t))
    return true;
  const TypeData& d = prog_.types.get(t);
  if (d.kind == TypeKind::Param)
    return prog_.paramHasBound(d.id, prog_.stdTrait("Clone"));
  if (d.kind != TypeKind::Struct)
    return false;
  if (prog_.structs[d.id].derivesClone)
    return true;
  uint32_t clone = prog_.stdTrait("Clone");
  for (const ImplInfo& impl : prog_.impls) {
    if (impl.trait != clone || impl.trait == kNone)
      continue;
    const TypeData& s = prog_.types.get(impl.selfType);
    if (s.kind == TypeKind::Struct && s.id == d.id)
      return true;
  }
  return false;
}

}  // namespace wr::own
