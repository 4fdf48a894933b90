// Drop elaboration: where values that own something (Drop impls, Box, Vec,
// String and what holds them) are dropped, as Rust does it.
//
// Lowering keeps a stack of what the current point of the function owns
// (drops_): locals in scope, temporaries of the current statements, parts
// of matched values, the rest of an array or Vec a `for` loop consumes.
// Scopes are marks on that stack. Leaving a scope normally drops its
// entries in reverse order (locals in reverse declaration order); `break`,
// `continue`, `return` and `?` drop every entry down to their target's
// mark first. Panics drop nothing (a panic ends the program).
//
// Moves come from the ownership pre-pass (ownership.h). A moved local is
// not dropped: for most locals lowering knows at compile time whether the
// local is live, moved, or has some parts moved out (then the other parts
// are dropped); a local moved or initialized on only some paths has a
// runtime drop flag.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {
constexpr uint32_t kBoxContents = 0xFFFFFFFF;  // a path step through a Box
}

void FnLowerer::initOwnership() {
  size_t n = fn_->locals.size();
  dropFlag_.assign(n, kNone);
  attached_.assign(n, {});
  localState_.assign(n, LocalState::Dead);
  movedParts_.assign(n, {});
  own_ = analyzeOwnership(m_.prog, *fn_, [this](TypeId t) { return m_.needsDrop(t); });
  for (size_t l = 0; l < n; ++l) {
    if (own_.flagged[l] && l < locals_.size())
      dropFlag_[l] = b_.addLocal(ValType::I32, std::string(fn_->locals[l].name) + ".live");
  }
}

bool FnLowerer::ownsValue(TypeId t) {
  return fn_ && m_.needsDrop(t);
}

void FnLowerer::declareLocal(uint32_t local, bool initialized) {
  if (local >= locals_.size())
    return;
  // A borrowed externref variable owns a slot of the reference table
  // (ref_table.cpp) to the end of its scope; assignments put their
  // references in that slot, so one declared without a value gets a null
  // one now.
  bool ownsSlot =
      fn_ && repr(fn_->locals[local].type) == Repr::ExternRef && locals_[local].inMemory;
  if (!ownsSlot && !ownsValue(fn_->locals[local].type))
    return;
  if (ownsSlot && !initialized) {
    b_.op(Op::RefNull);
    storeExternRef(fp_, locals_[local].slot);
    initialized = true;
  }
  if (dropFlag_[local] != kNone) {
    b_.i32(initialized ? 1 : 0);
    b_.set(dropFlag_[local]);
  }
  localState_[local] = initialized ? LocalState::Live : LocalState::Dead;
  movedParts_[local].clear();
  DropEntry d;
  d.kind = DropEntry::Kind::Local;
  d.local = local;
  drops_.push_back(d);
}

// The locals a pattern binds by value, in the order they appear.
void FnLowerer::declarePattern(Pattern* p) {
  if (!p)
    return;
  if (p->kind == PatternKind::Binding && !p->bindsRef)
    declareLocal(p->local, true);
  declarePattern(p->sub);
  for (Pattern* e : p->elems)
    declarePattern(e);
  for (FieldPattern& f : p->fields)
    declarePattern(f.pattern);
}

void FnLowerer::endScope(size_t mark) {
  emitDropsTo(mark);
  drops_.resize(mark);
}

// Ends a scope while a value of type `t` is on the Wasm stack.
void FnLowerer::endScopeKeeping(size_t mark, TypeId t) {
  if (drops_.size() <= mark)
    return;
  if (t == kNoType || m_.prog.types.kind(t) == TypeKind::Never) {
    endScope(mark);
    return;
  }
  std::vector<uint32_t> v = temps(t);
  spill(v);
  endScope(mark);
  reload(v);
}

void FnLowerer::emitDropsTo(size_t mark) {
  for (size_t i = drops_.size(); i-- > mark;)
    emitDrop(drops_[i]);
}

// The address of a local's storage, in a Wasm local (a scalar is stored in
// a slot first).
uint32_t FnLowerer::localAddr(uint32_t local) {
  Place p = localPlace(local);
  if (p.isLocal)
    p = addressable(p);
  uint32_t a = temp(ValType::I32);
  pushAddr(p);
  b_.set(a);
  return a;
}

void FnLowerer::emitDrop(const DropEntry& d) {
  switch (d.kind) {
    case DropEntry::Kind::Local: {
      TypeId t = fn_->locals[d.local].type;
      // Parts that matches left in it, then what it still owns itself.
      const std::vector<DropEntry>& parts = attached_[d.local];
      for (size_t i = parts.size(); i-- > 0;)
        emitDrop(parts[i]);
      if (dropFlag_[d.local] != kNone) {
        b_.get(dropFlag_[d.local]);
        b_.ifBlock();
        dropAt(t, localAddr(d.local));
        b_.end();
        return;
      }
      if (localState_[d.local] == LocalState::Live)
        dropAt(t, localAddr(d.local));
      else if (localState_[d.local] == LocalState::Parts)
        dropExcept(t, localAddr(d.local), movedParts_[d.local], {});
      return;
    }
    case DropEntry::Kind::Temp:
      if (d.flag != kNone) {
        b_.get(d.flag);
        b_.ifBlock();
        dropAt(d.type, d.addr);
        b_.end();
      } else {
        dropAt(d.type, d.addr);
      }
      return;
    case DropEntry::Kind::Rest:
      dropRest(d);
      return;
  }
}

// Drops the parts of the value at [addr] that no path in `moved` covers;
// `prefix` is the path to this value.
void FnLowerer::dropExcept(TypeId t,
                           uint32_t addr,
                           const std::vector<std::vector<uint32_t>>& moved,
                           const std::vector<uint32_t>& prefix) {
  bool inside = false;
  for (const std::vector<uint32_t>& path : moved) {
    if (path.size() < prefix.size() || !std::equal(prefix.begin(), prefix.end(), path.begin()))
      continue;
    if (path.size() == prefix.size())
      return;  // all of it moved
    inside = true;
  }
  if (!inside) {
    dropAt(t, addr);
    return;
  }
  TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  std::vector<uint32_t> path = prefix;
  if (m_.prog.langOf(t) == LangItem::OwnedBox) {
    // Something moved out of the box: drop the rest, then free the box.
    TypeId inner = d.elems[0];
    uint32_t ptr = temp(ValType::I32);
    langField(t, "ptr", addr);
    b_.set(ptr);
    path.push_back(kBoxContents);
    dropExcept(inner, ptr, moved, path);
    Layout l = m_.layouts.layout(inner);
    if (l.size > 0) {
      b_.get(ptr);
      b_.i32(static_cast<int32_t>(l.size));
      b_.i32(static_cast<int32_t>(l.align));
      emitDealloc({inner, fn_->item->span, "free"});
    }
    return;
  }
  auto part = [&](uint32_t i, TypeId pt, uint32_t offset) {
    uint32_t a = temp(ValType::I32);
    b_.get(addr);
    b_.i32(static_cast<int32_t>(offset));
    b_.op(Op::I32Add);
    b_.set(a);
    path.push_back(i);
    dropExcept(pt, a, moved, path);
    path.pop_back();
  };
  if (d.kind == TypeKind::Tuple) {
    std::vector<TypeId> elems = d.elems;
    for (uint32_t i = 0; i < elems.size(); ++i)
      part(i, elems[i], m_.layouts.fieldOffset(t, i));
  } else if (d.kind == TypeKind::Struct && !m_.prog.structs[d.id].isEnum) {
    for (uint32_t i = 0; i < m_.prog.structs[d.id].fields.size(); ++i)
      part(i, m_.prog.fieldType(t, i), m_.layouts.fieldOffset(t, i));
  }
  // Anything else with parts moved out keeps the rest (it leaks).
}

// What a `for` loop still owns of the array or Vec it consumes: the
// elements from the cursor on, and a Vec's block.
void FnLowerer::dropRest(const DropEntry& d) {
  TypeTable& tt = m_.prog.types;
  bool isVec = m_.prog.langOf(d.type) == LangItem::Vec;
  TypeId elem = isVec ? tt.get(d.type).elems[0] : tt.get(d.type).elem;
  uint32_t base = temp(ValType::I32), len = temp(ValType::I32), i = temp(ValType::I32);
  if (isVec) {
    langField(d.type, "ptr", d.addr);
    b_.set(base);
    langField(d.type, "len", d.addr);
    b_.set(len);
  } else {
    b_.get(d.addr);
    b_.set(base);
    b_.i32(static_cast<int32_t>(tt.get(d.type).len));
    b_.set(len);
  }
  if (m_.dropsInMemory(elem)) {
    uint32_t p = temp(ValType::I32);
    b_.get(d.cursor);
    b_.set(i);
    auto brk = b_.block();
    auto top = b_.loop();
    b_.get(i), b_.get(len), b_.op(Op::I32GeU), b_.brIf(brk);
    b_.get(base), b_.get(i), b_.i32(static_cast<int32_t>(size(elem))), b_.op(Op::I32Mul),
        b_.op(Op::I32Add), b_.set(p);
    dropAt(elem, p);
    b_.get(i), b_.i32(1), b_.op(Op::I32Add), b_.set(i);
    b_.br(top);
    b_.end();
    b_.end();
  }
  if (!isVec)
    return;
  // The elements are gone: empty the Vec, then its own drop frees the block.
  const StructInfo& s = m_.prog.structs[tt.get(d.type).id];
  for (uint32_t f = 0; f < s.fields.size(); ++f) {
    if (s.fields[f].name == "len") {
      b_.get(d.addr);
      b_.i32(0);
      b_.mem(Op::I32Store, m_.layouts.fieldOffset(d.type, f), 2);
    }
  }
  dropAt(d.type, d.addr);
}

const Expr* FnLowerer::stripParens(const Expr* e) {
  while (e->kind == ExprKind::Paren)
    e = e->lhs;
  return e;
}

// The local a consumed place is rooted in and the path of the moved part
// (field indexes, kBoxContents through a Box); false when it is not
// rooted in a local (a temporary, or behind a reference).
bool FnLowerer::movePath(const Expr* e, uint32_t& local, std::vector<uint32_t>& path) {
  e = stripParens(e);
  if (e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Local) {
    local = e->res;
    return local < locals_.size();
  }
  if (e->kind == ExprKind::Field && e->autoDerefs == 0) {
    if (!movePath(e->lhs, local, path))
      return false;
    path.push_back(e->fieldIndex);
    return true;
  }
  if (e->kind == ExprKind::Unary && e->unOp == UnOp::Deref) {
    const Expr* call = stripParens(e->lhs);
    if (call->kind == ExprKind::MethodCall && call->overloaded && call->autoDerefs == 0 &&
        m_.prog.langOf(call->lhs->type) == LangItem::OwnedBox) {
      if (!movePath(call->lhs, local, path))
        return false;
      path.push_back(kBoxContents);
      return true;
    }
  }
  return false;
}

// `e`'s value is moved out of where it is (the pre-pass said so): the
// local it comes from no longer owns it.
void FnLowerer::noteMove(Expr* e) {
  if (!fn_ || e == suppressMove_ || !own_.consumed.count(e))
    return;
  uint32_t local = kNone;
  std::vector<uint32_t> path;
  if (!movePath(e, local, path) || !ownsValue(fn_->locals[local].type))
    return;
  if (dropFlag_[local] != kNone) {
    // Flagged: all of it counts as gone (a part moved leaves the rest
    // undropped).
    b_.i32(0);
    b_.set(dropFlag_[local]);
    return;
  }
  LocalState& st = localState_[local];
  if (st == LocalState::Dead)
    return;
  if (path.empty()) {
    st = LocalState::Dead;
    movedParts_[local].clear();
    return;
  }
  st = LocalState::Parts;
  movedParts_[local].push_back(path);
}

bool FnLowerer::isFreshValue(const Expr* e) const {
  switch (e->kind) {
    case ExprKind::Call:
    case ExprKind::MethodCall:
    case ExprKind::StructLit:
    case ExprKind::Tuple:
    case ExprKind::Array:
    case ExprKind::ArrayRepeat:
    case ExprKind::Macro:
    case ExprKind::Block:
    case ExprKind::If:
    case ExprKind::Match:
    case ExprKind::Loop:
    case ExprKind::Try:
      return true;
    case ExprKind::Binary:
    case ExprKind::Unary:
      return static_cast<ResKind>(e->resKind) == ResKind::Fn && e->unOp != UnOp::Deref;
    default:
      return false;
  }
}

// After `e` is evaluated: a new value that nothing takes over is a
// temporary of the current statement, dropped at its end.
void FnLowerer::noteTemporary(Expr* e) {
  if (!fn_ || own_.consumed.count(e) || !isFreshValue(e) || repr(e->type) != Repr::Mem ||
      !m_.needsDrop(e->type))
    return;
  uint32_t a = temp(ValType::I32);
  b_.tee(a);
  pushTemp(e->type, a, kNone);
}

void FnLowerer::pushTemp(TypeId t, uint32_t addr, uint32_t flag) {
  DropEntry d;
  d.kind = DropEntry::Kind::Temp;
  d.type = t;
  d.addr = addr;
  d.flag = flag;
  if (keepLocal_ != kNone) {  // a part of a matched local: dropped with the local
    d.flag = keepFlag_;
    attached_[keepLocal_].push_back(d);
    return;
  }
  drops_.push_back(d);
}

// The parts of a value matched against a moving pattern that the pattern
// does not move (wildcards, `..`, bindings by reference): they stay owned
// until the end of the current scope.
void FnLowerer::keepUnmoved(Pattern* p, const Place& place) {
  if (!p || place.isLocal || place.base == kNone || !m_.needsDrop(place.type))
    return;
  TypeTable& tt = m_.prog.types;
  auto whole = [&]() {
    uint32_t a = temp(ValType::I32);
    pushAddr(place);
    b_.set(a);
    pushTemp(place.type, a, kNone);
  };
  switch (p->kind) {
    case PatternKind::Wild:
      whole();
      return;
    case PatternKind::Binding:
      if (p->bindsRef)
        whole();
      return;
    case PatternKind::Tuple: {
      std::vector<TypeId> types = tt.get(place.type).elems;
      keepElements(p, place, types,
                   [&](uint32_t i) { return m_.layouts.fieldOffset(place.type, i); });
      return;
    }
    case PatternKind::TupleStruct:
    case PatternKind::Struct: {
      if (p->res == kNone || p->resKind == PatRes::Const)
        return;
      TypeId t = place.type;
      const StructInfo& s = m_.prog.structs[tt.get(t).id];
      bool isVariant = p->resKind == PatRes::Variant;
      uint32_t v = p->variant;
      std::vector<TypeId> types;
      size_t n = isVariant ? s.variants[v].fields.size() : s.fields.size();
      for (uint32_t i = 0; i < n; ++i)
        types.push_back(isVariant ? m_.prog.variantFieldType(t, v, i) : m_.prog.fieldType(t, i));
      auto offsetOf = [&](uint32_t i) {
        return isVariant ? m_.layouts.variantFieldOffset(t, v, i) : m_.layouts.fieldOffset(t, i);
      };
      if (p->kind == PatternKind::TupleStruct) {
        keepElements(p, place, types, offsetOf);
        return;
      }
      std::vector<bool> named(types.size(), false);
      for (FieldPattern& f : p->fields) {
        if (f.fieldIndex < types.size()) {
          named[f.fieldIndex] = true;
          keepUnmoved(f.pattern, subPlace(place, offsetOf(f.fieldIndex), types[f.fieldIndex]));
        }
      }
      for (uint32_t i = 0; i < types.size(); ++i) {
        if (!named[i]) {
          Pattern wild;
          keepUnmoved(&wild, subPlace(place, offsetOf(i), types[i]));
        }
      }
      return;
    }
    default:
      return;  // literals and unit variants own nothing; the rest leaks
  }
}

template <typename OffsetOf>
void FnLowerer::keepElements(Pattern* p,
                             const Place& place,
                             const std::vector<TypeId>& types,
                             OffsetOf offsetOf) {
  size_t n = p->elems.size();
  size_t rest = p->restIndex();
  size_t skipped = rest < n && types.size() + 1 >= n ? types.size() + 1 - n : 0;
  Pattern wild;
  for (size_t i = 0, ti = 0; i < n && ti < types.size(); ++i) {
    if (i == rest) {
      for (size_t k = 0; k < skipped && ti < types.size(); ++k, ++ti) {
        uint32_t idx = static_cast<uint32_t>(ti);
        keepUnmoved(&wild, subPlace(place, offsetOf(idx), types[ti]));
      }
      continue;
    }
    uint32_t idx = static_cast<uint32_t>(ti);
    keepUnmoved(p->elems[i], subPlace(place, offsetOf(idx), types[ti]));
    ++ti;
  }
}

// A value about to be matched against patterns that may move parts out of
// it (match, if let, while let): a local keeps its drop flag, a temporary
// gets one; it stays owned by the enclosing scope. Returns the flag (kNone
// when nothing is owned here).
uint32_t FnLowerer::scrutineeOwner(Expr* scrut, const Place& place) {
  ownerLocal_ = kNone;
  if (!fn_ || !own_.consumed.count(scrut))
    return kNone;
  uint32_t local = kNone;
  std::vector<uint32_t> path;
  if (movePath(scrut, local, path)) {
    if (!path.empty() || dropFlag_[local] == kNone)
      return kNone;
    ownerLocal_ = local;
    return dropFlag_[local];
  }
  if (!isFreshValue(stripParens(scrut)) || place.isLocal || place.base == kNone)
    return kNone;
  uint32_t flag = temp(ValType::I32);
  b_.i32(1);
  b_.set(flag);
  uint32_t a = temp(ValType::I32);
  pushAddr(place);
  b_.set(a);
  pushTemp(place.type, a, flag);
  return flag;
}

// An arm of a match on an owned value has matched: its pattern's moves take
// effect (the value as a whole is no longer owned; its unmoved parts are,
// until the arm ends), then its bindings are declared.
//
// The unmoved parts of a local stay with the local (dropped where it would
// be, as Rust does), under this arm's flag `partsFlag` (made, and set
// to 0 before the match by armFlag()).
void FnLowerer::armMatched(Pattern* p, const Place& place, uint32_t ownerFlag, uint32_t partsFlag) {
  if (ownerFlag != kNone &&
      patternMoves(m_.prog, p, [this](TypeId t) { return m_.needsDrop(t); })) {
    b_.i32(0);
    b_.set(ownerFlag);
    if (partsFlag != kNone) {
      b_.i32(1);
      b_.set(partsFlag);
      keepLocal_ = ownerLocal_;
      keepFlag_ = partsFlag;
    }
    keepUnmoved(p, place);
    keepLocal_ = kNone;
  }
  declarePattern(p);
}

// Before a match on an owned local: a flag for an arm that moves parts out
// of it (kNone otherwise), cleared here so that other paths see 0.
uint32_t FnLowerer::armFlag(Pattern* p) {
  if (ownerLocal_ == kNone ||
      !patternMoves(m_.prog, p, [this](TypeId t) { return m_.needsDrop(t); }))
    return kNone;
  uint32_t f = temp(ValType::I32);
  b_.i32(0);
  b_.set(f);
  return f;
}

// Writing a new value into a place drops the old one, when it is owned.
void FnLowerer::dropBeforeAssign(Expr* target, const Place& p) {
  if (!fn_ || !m_.needsDrop(p.type) || p.isLocal || p.base == kNone)
    return;
  uint32_t local = kNone;
  std::vector<uint32_t> path;
  if (movePath(target, local, path) && ownsValue(fn_->locals[local].type)) {
    if (dropFlag_[local] != kNone) {
      b_.get(dropFlag_[local]);
      b_.ifBlock();
      dropAtOffset(p.type, p.base, p.offset);
      b_.end();
      return;
    }
    LocalState st = localState_[local];
    if (st == LocalState::Dead)
      return;
    if (st == LocalState::Parts) {
      auto& parts = movedParts_[local];
      for (size_t i = 0; i < parts.size(); ++i) {
        if (parts[i] == path) {  // writing back a moved-out part: nothing to drop
          parts.erase(parts.begin() + static_cast<long>(i));
          return;
        }
      }
      for (const std::vector<uint32_t>& m : parts) {
        if (m.size() < path.size() && std::equal(m.begin(), m.end(), path.begin()))
          return;  // inside a moved-out part
      }
      uint32_t a = temp(ValType::I32);
      pushAddr(p);
      b_.set(a);
      dropExcept(p.type, a, parts, path);
      return;
    }
  }
  dropAtOffset(p.type, p.base, p.offset);
}

// After `local = value`: the local owns a value again.
void FnLowerer::assignedLocal(Expr* target) {
  target = const_cast<Expr*>(stripParens(target));
  if (!fn_ || target->kind != ExprKind::Path ||
      static_cast<ResKind>(target->resKind) != ResKind::Local || target->res >= locals_.size() ||
      !ownsValue(fn_->locals[target->res].type))
    return;
  uint32_t l = target->res;
  if (dropFlag_[l] != kNone) {
    b_.i32(1);
    b_.set(dropFlag_[l]);
  }
  localState_[l] = LocalState::Live;
  movedParts_[l].clear();
}

}  // namespace wr
