// Drop glue: what running a value's destructor means for each type.
// Nothing in this version owns memory that lowering must free, so no type
// needs drop glue yet.
#include "compiler/lower/lowerer.h"

namespace wr {

bool ModuleLowerer::needsDrop(TypeId t) {
  (void)t;
  return false;
}

void FnLowerer::dropAt(TypeId t, uint32_t addrLocal) {
  (void)addrLocal;
  if (!m_.needsDrop(t))
    return;
}

bool ModuleLowerer::ownsHeap(TypeId t) {
  auto it = ownsHeap_.find(t);
  if (it != ownsHeap_.end())
    return it->second;
  ownsHeap_[t] = false;  // a type reached again through itself adds nothing
  const TypeData& d = prog.types.get(t);
  bool owns = false;
  switch (d.kind) {
    case TypeKind::Array:
      owns = ownsHeap(d.elem);
      break;
    case TypeKind::Tuple:
      for (TypeId e : std::vector<TypeId>(d.elems))
        owns = owns || ownsHeap(e);
      break;
    case TypeKind::Struct: {
      const StructInfo& s = prog.structs[d.id];
      if (s.lang != LangItem::None) {
        owns = true;
        break;
      }
      for (uint32_t i = 0; i < s.fields.size() && !owns; ++i)
        owns = ownsHeap(prog.fieldType(t, i));
      for (uint32_t v = 0; v < s.variants.size() && !owns; ++v) {
        for (uint32_t i = 0; i < s.variants[v].fields.size() && !owns; ++i)
          owns = ownsHeap(prog.variantFieldType(t, v, i));
      }
      break;
    }
    default:
      break;
  }
  ownsHeap_[t] = owns;
  return owns;
}

}  // namespace wr
