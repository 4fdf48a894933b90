// Small helpers on the Program tables.
#include "compiler/sema/program.h"

#include <algorithm>

namespace wr {

std::string Program::typeName(TypeId t) const {
  return types.display(t, [this](TypeKind k, uint32_t id) -> std::string {
    if (k == TypeKind::Param)
      return id < typeParams.size() ? std::string(typeParams[id].name) : "T";
    if (k == TypeKind::Dyn)
      return id < traits.size() ? std::string(traits[id].name) : "Trait";
    if (k == TypeKind::Opaque) {
      // `impl Trait`: the parameter's name is the written `impl Trait` text.
      std::string n = id < typeParams.size() ? std::string(typeParams[id].name) : "Trait";
      return n.rfind("impl ", 0) == 0 ? n.substr(5) : n;
    }
    return id < structs.size() ? structs[id].name : "struct";
  });
}

Subst Program::structSubst(TypeId structType) const {
  const TypeData& d = types.get(structType);
  Subst s;
  if (d.kind != TypeKind::Struct)
    return s;
  const StructInfo& info = structs[d.id];
  for (size_t i = 0; i < info.generics.size() && i < d.elems.size(); ++i)
    s.emplace_back(info.generics[i], d.elems[i]);
  return s;
}

TypeId Program::fieldType(TypeId structType, uint32_t i) {
  const TypeData& d = types.get(structType);
  TypeId t = structs[d.id].fields[i].type;
  if (d.elems.empty())
    return t;
  return types.subst(t, structSubst(structType));
}

TypeId Program::variantFieldType(TypeId enumType, uint32_t variant, uint32_t i) {
  const TypeData& d = types.get(enumType);
  TypeId t = structs[d.id].variants[variant].fields[i].type;
  if (d.elems.empty())
    return t;
  return types.subst(t, structSubst(enumType));
}

bool Program::holdsExternRef(TypeId t, int depth) {
  if (t == kNoType ||
      depth > 64)  // a type cannot hold itself inline: only error recovery gets deep
    return false;
  const TypeData& d = types.get(t);
  switch (d.kind) {
    case TypeKind::ExternRef:
      return true;
    case TypeKind::Array:
      return holdsExternRef(d.elem, depth + 1);
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems)) {
        if (holdsExternRef(e, depth + 1))
          return true;
      }
      return false;
    case TypeKind::Struct: {
      LangItem lang = d.id < structs.size() ? structs[d.id].lang : LangItem::None;
      if (d.id >= structs.size() || (lang != LangItem::None && lang != LangItem::Option))
        return false;  // Box, Vec, String: their contents are on the heap
      const StructInfo& s = structs[d.id];
      for (uint32_t i = 0; i < s.fields.size(); ++i) {
        if (holdsExternRef(fieldType(t, i), depth + 1))
          return true;
      }
      for (uint32_t v = 0; v < s.variants.size(); ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size(); ++i) {
          if (holdsExternRef(variantFieldType(t, v, i), depth + 1))
            return true;
        }
      }
      return false;
    }
    default:
      return false;
  }
}

bool Program::paramHasBound(uint32_t param, uint32_t trait) const {
  std::vector<uint32_t> work;
  for (const TraitBound& b : typeParams[param].bounds)
    work.push_back(b.trait);
  for (size_t i = 0; i < work.size() && i < 64; ++i) {
    if (work[i] == trait)
      return true;
    for (const TraitBound& sb : traits[work[i]].supertraits)
      work.push_back(sb.trait);
  }
  return false;
}

LangItem langItemNamed(std::string_view name) {
  if (name == "owned_box")
    return LangItem::OwnedBox;
  if (name == "vec")
    return LangItem::Vec;
  if (name == "string")
    return LangItem::String;
  if (name == "option")
    return LangItem::Option;
  return LangItem::None;
}

}  // namespace wr

namespace wr {

std::vector<uint32_t> Program::dynSlots(uint32_t trait) const {
  // The trait's own methods, then its supertraits' (breadth first, each
  // trait once even if a program's supertraits form a cycle).
  std::vector<uint32_t> slots;
  std::vector<uint32_t> order{trait};
  for (size_t i = 0; i < order.size(); ++i) {
    if (order[i] >= traits.size())
      continue;
    const TraitInfo& t = traits[order[i]];
    std::vector<uint32_t> own;
    for (const auto& [name, fn] : t.methods)
      own.push_back(fn);
    // Declaration order: fns of one trait are numbered as they are declared.
    std::sort(own.begin(), own.end());
    slots.insert(slots.end(), own.begin(), own.end());
    for (const TraitBound& b : t.supertraits) {
      if (std::find(order.begin(), order.end(), b.trait) == order.end())
        order.push_back(b.trait);
    }
  }
  return slots;
}

TypeId Program::dynPointee(TypeId t) const {
  const TypeData& d = types.get(t);
  if (d.kind == TypeKind::Ref && types.kind(d.elem) == TypeKind::Dyn)
    return d.elem;
  if (langOf(t) == LangItem::OwnedBox && d.elems.size() == 1 &&
      types.kind(d.elems[0]) == TypeKind::Dyn)
    return d.elems[0];
  return kNoType;
}

}  // namespace wr
