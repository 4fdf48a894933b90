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

}  // namespace wr
