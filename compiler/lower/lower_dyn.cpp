// Trait objects in lowering (docs/dyn.md).
//
// `&dyn Trait` is a pair of i32: the data address and the vtable address.
// `Box<dyn Trait>` is 8 bytes in memory: the Box's `ptr`, then the vtable
// address. A vtable is data, made on first use, of i32 entries:
//
//   [0] drop:  function-table index of the concrete type's drop glue, or -1
//   [4] size:  the concrete type's size      (for freeing a Box's block)
//   [8] align: its alignment
//   [12 + 4k]: function-table index of the concrete method in slot k
//              (Program::dynSlots order), or -1 when it cannot be called
//
// The module's function table (table 0) holds every function a vtable
// names, in order of first use; `call_indirect` calls through it with the
// signature the trait's method has when Self is a reference.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {

void appendI32(std::string& bytes, uint32_t v) {
  for (int i = 0; i < 4; ++i)
    bytes.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

constexpr uint32_t kVtableMethods = 12;  // offset of the first method slot
constexpr uint32_t kNoEntry = 0xFFFFFFFFu;

}  // namespace

uint32_t ModuleLowerer::tableSlot(uint32_t internalFn) {
  auto it = tableSlots_.find(internalFn);
  if (it != tableSlots_.end())
    return it->second;
  uint32_t slot = static_cast<uint32_t>(tableFuncs_.size());
  tableFuncs_.push_back(internalFn);
  tableSlots_.emplace(internalFn, slot);
  return slot;
}

uint32_t ModuleLowerer::vtableData(uint32_t vtable) {
  auto it = vtableDataIds_.find(vtable);
  if (it != vtableDataIds_.end())
    return it->second;
  const Program::Vtable& v = prog.vtables[vtable];
  std::vector<uint32_t> methods = v.methods;  // fnRef may add instances' storage
  TypeId concrete = v.concrete;
  std::string bytes;
  appendI32(bytes, needsDrop(concrete) ? tableSlot(dropFnRef(concrete)) : kNoEntry);
  Layout l = layouts.layout(concrete);
  appendI32(bytes, l.size);
  appendI32(bytes, l.align);
  for (uint32_t fn : methods)
    appendI32(bytes, fn == kNone ? kNoEntry : tableSlot(fnRef(fn)));
  uint32_t id = internString(bytes);
  vtableDataIds_.emplace(vtable, id);
  return id;
}

void ModuleLowerer::emitFunctionTable(const std::vector<uint32_t>& envIndex, uint32_t nImports) {
  if (tableFuncs_.empty())
    return;
  Table table;
  table.elemType = ValType::FuncRef;
  table.limits.min = static_cast<uint32_t>(tableFuncs_.size());
  table.limits.max = table.limits.min;
  out_.tables.push_back(table);
  ElemSegment seg;
  seg.table = 0;
  seg.offset = 0;
  for (uint32_t f : tableFuncs_)
    seg.funcs.push_back(finalCallIndex(f, envIndex, nImports));
  out_.elems.push_back(std::move(seg));
}

// `&x as &dyn Trait` (an inserted Cast): the reference, then the vtable's
// address; `Box<X>` to `Box<dyn Trait>`: a new 8-byte Box with both.
void FnLowerer::unsizeValue(Expr* e) {
  TypeTable& tt = m_.prog.types;
  uint32_t vt = e->fieldIndex;
  if (vt == kNone || vt >= m_.prog.vtables.size()) {
    b_.op(Op::Unreachable);  // a checker error would have stopped lowering
    return;
  }
  uint32_t data = m_.vtableData(vt);
  if (tt.kind(e->type) == TypeKind::Ref) {
    expr(e->lhs);
    constAddr(Sym::Data, data);
    return;
  }
  uint32_t src = temp(ValType::I32);
  expr(e->lhs);  // the address of the Box<X>
  b_.set(src);
  uint32_t dst = takeAggDest(e->type);
  b_.get(dst);
  b_.get(src);
  b_.mem(Op::I32Load, 0, 2);
  b_.mem(Op::I32Store, 0, 2);
  b_.get(dst);
  constAddr(Sym::Data, data);
  b_.mem(Op::I32Store, 4, 2);
  b_.get(dst);
}

bool FnLowerer::isDynCall(const Expr* e) const {
  if (static_cast<ResKind>(e->resKind) != ResKind::Fn || !e->lhs)
    return false;
  const FnInfo& f = m_.prog.fns[e->res];
  if (f.trait == kNone || !f.isTemplate())
    return false;
  TypeTable& tt = m_.prog.types;
  TypeId t = e->lhs->type;
  for (int k = 0; k < e->autoDerefs && tt.kind(t) == TypeKind::Ref; ++k)
    t = tt.get(t).elem;
  return tt.kind(t) == TypeKind::Dyn;
}

// `recv.m(args)` on a `dyn Trait`: load the method's table index from the
// vtable and call_indirect it with the data address as `self`.
void FnLowerer::dynMethodCall(Expr* e) {
  callSite_ = e->nameSpan;
  TypeTable& tt = m_.prog.types;
  const FnInfo& decl = m_.prog.fns[e->res];
  // Slots are the object's trait's (a supertrait's methods follow its own).
  TypeId obj = e->lhs->type;
  while (tt.kind(obj) == TypeKind::Ref)
    obj = tt.get(obj).elem;
  std::vector<uint32_t> slots =
      m_.prog.dynSlots(tt.kind(obj) == TypeKind::Dyn ? tt.get(obj).id : decl.trait);
  uint32_t slot = 0;
  while (slot < slots.size() && slots[slot] != e->res)
    ++slot;
  // The fat pointer: through `autoDerefs - 1` thin references to it.
  Expr* recv = e->lhs;
  int derefs = e->autoDerefs;
  if (derefs == 0 && recv->kind == ExprKind::Unary && recv->unOp == UnOp::Deref) {
    recv = recv->lhs;  // `(*r).m()`
    derefs = 1;
  }
  if (derefs == 0) {
    b_.op(Op::Unreachable);
    return;
  }
  uint32_t dataL = temp(ValType::I32), vtL = temp(ValType::I32);
  expr(recv);
  if (derefs > 1) {
    for (int k = 2; k < derefs; ++k)
      b_.mem(Op::I32Load, 0, 2);
    uint32_t a = temp(ValType::I32);
    b_.set(a);
    b_.get(a);
    b_.mem(Op::I32Load, 0, 2);
    b_.get(a);
    b_.mem(Op::I32Load, 4, 2);
  }
  b_.set(vtL);
  b_.set(dataL);
  FuncType sig;
  TypeId ret = e->type;
  uint32_t sret = kNone;
  uint32_t dest = pendingDest_;
  pendingDest_ = kNone;
  if (repr(ret) == Repr::Mem) {
    sig.params.push_back(ValType::I32);
    if (dest != kNone) {
      sret = dest;
    } else {
      uint32_t s = allocSlot(ret);
      sret = temp(ValType::I32);
      b_.get(fp_);
      b_.i32(static_cast<int32_t>(s));
      b_.op(Op::I32Add);
      b_.set(sret);
    }
    b_.get(sret);
  }
  sig.params.push_back(ValType::I32);  // self: the data address
  b_.get(dataL);
  for (size_t i = 0; i < e->args.size(); ++i) {
    // The declared type: an argument may be coerced to it (`&[T; N]` to
    // `&[T]`) after its own type was recorded. Object safety keeps `Self`
    // out of it.
    TypeId p = i + 1 < decl.params.size() && !tt.get(decl.params[i + 1]).hasParam
                   ? decl.params[i + 1]
                   : e->args[i]->type;
    pushArg(e->args[i], p);
    for (ValType v : m_.layouts.valTypes(p))
      sig.params.push_back(v);
  }
  if (repr(ret) != Repr::Mem)
    sig.results = m_.layouts.valTypes(ret);
  b_.get(vtL);
  b_.mem(Op::I32Load, kVtableMethods + 4 * slot, 0);
  b_.op(Op::CallIndirect, m_.internType(sig));
  if (sret != kNone)
    b_.get(sret);
}

// Box's `deref`/`deref_mut` left generic for `Box<dyn Trait>` by the checker.
bool FnLowerer::isBoxDynDeref(uint32_t fnIndex) const {
  const FnInfo& f = m_.prog.fns[fnIndex];
  if (!f.isTemplate() || f.impl == kNone || !f.item)
    return false;
  if (m_.prog.langOf(m_.prog.impls[f.impl].selfType) != LangItem::OwnedBox)
    return false;
  return f.item->name == "deref" || f.item->name == "deref_mut";
}

// `deref(&b)` of a Box<dyn Trait>: its two words are the fat pointer.
void FnLowerer::boxDynDeref(Expr* e) {
  Expr* recv = e->lhs;
  if (e->autoDerefs == 0) {
    pushAddr(addressable(placeOf(recv)));
  } else {
    expr(recv);
    for (int k = 1; k < e->autoDerefs; ++k)
      b_.mem(Op::I32Load, 0, 2);
  }
  uint32_t a = temp(ValType::I32);
  b_.set(a);
  b_.get(a);
  b_.mem(Op::I32Load, 0, 2);
  b_.get(a);
  b_.mem(Op::I32Load, 4, 2);
}

// Drop glue of Box<dyn Trait>: the concrete value's drop glue through the
// vtable, then the block freed with the vtable's size and alignment.
bool FnLowerer::lowerBoxDynDrop(TypeId t) {
  if (m_.prog.dynPointee(t) == kNoType || m_.prog.types.kind(t) != TypeKind::Struct)
    return false;
  const uint32_t addr = 0;
  uint32_t data = temp(ValType::I32), vt = temp(ValType::I32), drop = temp(ValType::I32);
  b_.get(addr);
  b_.mem(Op::I32Load, 0, 2);
  b_.set(data);
  b_.get(addr);
  b_.mem(Op::I32Load, 4, 2);
  b_.set(vt);
  b_.get(vt);
  b_.mem(Op::I32Load, 0, 0);
  b_.tee(drop);
  b_.i32(-1);
  b_.op(Op::I32Ne);
  b_.ifBlock();
  b_.get(data);
  b_.get(drop);
  b_.op(Op::CallIndirect, m_.internType(FuncType{{ValType::I32}, {}}));
  b_.end();
  b_.get(data);
  b_.get(vt);
  b_.mem(Op::I32Load, 4, 0);
  b_.get(vt);
  b_.mem(Op::I32Load, 8, 0);
  emitDealloc({kNoType, Span{}, "Box<dyn>"});
  return true;
}

}  // namespace wr
