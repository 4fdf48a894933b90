// Dev builds: resource-handle events for memviz and the DevTools timeline.
//
// A value of a `#[wasm::linear]` struct whose first field is a 32-bit
// integer is a resource handle, and that field is its id (the number the
// host handed out: `struct File(u32)`, `struct CanvasContext { id: u32, .. }`).
// The trace gets a record when such a value is made (create), lent to a
// `&self`/`&mut self` method (borrow start and end), passed by value to a
// fn (move) and taken apart by a pattern (consume) — the points the
// linearity checker reasons about. Release builds emit none of it.
#include "compiler/lower/lowerer.h"
#include "memviz/format.h"

namespace wr {

bool FnLowerer::isHandleType(TypeId t) const {
  if (!m_.opts.instrument)
    return false;
  const TypeData& d = m_.prog.types.get(t);
  if (d.kind != TypeKind::Struct)
    return false;
  const StructInfo& s = m_.prog.structs[d.id];
  if (!s.linear || s.isEnum || s.fields.empty())
    return false;
  TypeId first = m_.prog.fieldType(t, 0);
  const TypeData& f = m_.prog.types.get(first);
  return f.kind == TypeKind::Int && intBits(static_cast<IntKind>(f.sub)) == 32;
}

void FnLowerer::handleEvent(memviz::EventKind kind, const Place& value, uint32_t size, Span span) {
  b_.i32(static_cast<int32_t>(kind));
  load(subPlace(value, m_.layouts.fieldOffset(value.type, 0), m_.prog.fieldType(value.type, 0)));
  b_.i32(static_cast<int32_t>(size));
  b_.i32(static_cast<int32_t>(m_.memviz.typeId(value.type)));
  pushSiteId(span, "handle");
  b_.call(m_.helperRef(Helper::TraceEvent));
}

// [addr] -> [addr]: a new handle's value was built at addr.
void FnLowerer::handleCreated(TypeId t, Span span) {
  if (!isHandleType(t))
    return;
  uint32_t at = temp(wasmir::ValType::I32);
  b_.tee(at);
  handleEvent(memviz::EventKind::HandleCreate, addressPlace(at, t), 0, span);
}

FnLowerer::Place FnLowerer::addressPlace(uint32_t addrLocal, TypeId t) {
  Place p;
  p.base = addrLocal;
  p.type = t;
  return p;
}

}  // namespace wr
