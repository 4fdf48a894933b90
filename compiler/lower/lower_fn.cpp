// Function-level lowering: the signature, where each local lives (a Wasm
// local, or a slot in the function's frame on the shadow stack in linear
// memory when it is an aggregate or its address is taken), places (lvalues),
// loads, stores and copies, statements and patterns.
//
// The frame is allocated in a prologue that is only known once the body is
// lowered; finishBody() prepends it and removes the epilogues of functions
// that turned out not to need a frame.
#include <algorithm>

#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

static uint32_t signatureOf(ModuleLowerer& m, uint32_t id, FnInfo* fn, bool mainBody) {
  FuncType sig;
  Layouts& layouts = m.layouts;
  if (!mainBody && FnLowerer::reportsMainResult(m, fn)) {
    m.funcs[id].typeIndex = m.internType(sig);  // the export: () -> ()
    return 0;
  }
  if (layouts.repr(fn->ret) == Repr::Mem)
    sig.params.push_back(ValType::I32);  // sret
  for (TypeId p : fn->params) {
    for (ValType v : layouts.valTypes(p))
      sig.params.push_back(v);
  }
  if (layouts.repr(fn->ret) != Repr::Mem)
    sig.results = layouts.valTypes(fn->ret);
  m.funcs[id].typeIndex = m.internType(sig);
  return static_cast<uint32_t>(sig.params.size());
}

static uint32_t helperSignature(ModuleLowerer& m,
                                uint32_t id,
                                const FuncType& sig,
                                const char* name) {
  m.funcs[id].typeIndex = m.internType(sig);
  m.funcs[id].name = name;
  return static_cast<uint32_t>(sig.params.size());
}

static bool hasTrackCaller(const FnInfo* fn) {
  for (const Attribute& a : fn->item->attrs) {
    if (a.path.str() == "track_caller")
      return true;
  }
  return false;
}

FnLowerer::FnLowerer(ModuleLowerer& m, uint32_t internalId, FnInfo* fn, bool mainBody)
    : m_(m),
      id_(internalId),
      fn_(fn),
      b_(m.funcs[internalId], signatureOf(m, internalId, fn, mainBody)),
      release_(m.opts.release),
      trackCaller_(hasTrackCaller(fn)),
      mainBody_(mainBody) {}

FnLowerer::FnLowerer(ModuleLowerer& m, uint32_t internalId, const FuncType& sig, const char* name)
    : m_(m),
      id_(internalId),
      fn_(nullptr),
      b_(m.funcs[internalId], helperSignature(m, internalId, sig, name)),
      release_(m.opts.release) {}

uint32_t FnLowerer::temp(ValType t) {
  return b_.addLocal(t);
}

std::vector<uint32_t> FnLowerer::temps(TypeId t) {
  std::vector<uint32_t> out;
  for (ValType v : m_.layouts.valTypes(t))
    out.push_back(temp(v));
  return out;
}

void FnLowerer::spill(const std::vector<uint32_t>& locals) {
  for (auto it = locals.rbegin(); it != locals.rend(); ++it)
    b_.set(*it);
}
void FnLowerer::reload(const std::vector<uint32_t>& locals) {
  for (uint32_t l : locals)
    b_.get(l);
}

uint32_t FnLowerer::allocSlot(TypeId t) {
  Layout l = m_.layouts.layout(t);
  if (fp_ == kNone)
    fp_ = b_.addLocal(ValType::I32, "fp");
  uint32_t align = std::max<uint32_t>(l.align, 1);
  frameSize_ = (frameSize_ + align - 1) & ~(align - 1);
  uint32_t at = frameSize_;
  frameSize_ += std::max<uint32_t>(l.size, 1);
  return at;
}

void FnLowerer::setupLocals() {
  uint32_t p = 0;
  if (repr(fn_->ret) == Repr::Mem)
    sret_ = p++;
  locals_.resize(fn_->locals.size());
  size_t nParams = fn_->params.size();
  // A closure's parameters are locals of its enclosing fn's table.
  auto paramLocal = [&](size_t i) { return fn_->paramLocals.empty() ? i : fn_->paramLocals[i]; };
  std::vector<bool> isParam(fn_->locals.size(), false);
  for (size_t i = 0; i < nParams && paramLocal(i) < fn_->locals.size(); ++i) {
    isParam[paramLocal(i)] = true;
    LocalStore& ls = locals_[paramLocal(i)];
    const LocalInfo& info = fn_->locals[paramLocal(i)];
    TypeId t = fn_->params[i];
    Repr r = repr(t);
    ls.wasm = p;
    b_.nameLocal(p, std::string(info.name));
    p += static_cast<uint32_t>(m_.layouts.valTypes(t).size());
    if (r == Repr::Mem) {
      ls.memParam = true;
    } else if (info.addressTaken && r != Repr::None) {
      ls.inMemory = true;
      ls.slot = allocSlot(t);
    }
  }
  size_t end = std::min<size_t>(fn_->localsEnd, fn_->locals.size());
  for (size_t i = fn_->isClosure() ? fn_->localsBegin : 0; i < end; ++i) {
    if (isParam[i])
      continue;
    LocalStore& ls = locals_[i];
    const LocalInfo& info = fn_->locals[i];
    Repr r = repr(info.type);
    if (r == Repr::None)
      continue;
    if (r == Repr::Mem || info.addressTaken) {
      ls.inMemory = true;
      ls.slot = allocSlot(info.type);
      continue;
    }
    std::vector<ValType> vts = m_.layouts.valTypes(info.type);
    ls.wasm = b_.addLocal(vts[0], std::string(info.name));
    for (size_t k = 1; k < vts.size(); ++k)
      b_.addLocal(vts[k]);
  }
}

void FnLowerer::lowerFunction() {
  if (!mainBody_ && reportsMainResult(m_, fn_)) {
    lowerMainReport();
    return;
  }
  setupLocals();
  initOwnership();
  // Address-taken scalar params are copied into their frame slots.
  for (size_t i = 0; i < fn_->params.size() && i < locals_.size(); ++i) {
    LocalStore& ls = locals_[fn_->paramLocals.empty() ? i : fn_->paramLocals[i]];
    if (!ls.inMemory)
      continue;
    TypeId t = fn_->params[i];
    size_t n = m_.layouts.valTypes(t).size();
    for (size_t k = 0; k < n; ++k)
      b_.get(ls.wasm + static_cast<uint32_t>(k));
    storeAt(t, fp_, ls.slot);
  }
  // Closure parameters written as patterns (`|&x|`, `|(a, b)|`) bind their
  // names from the parameter's value.
  if (fn_->closure) {
    for (size_t i = 0; i < fn_->closure->closureParams.size(); ++i) {
      Pattern* p = fn_->closure->closureParams[i].pattern;
      uint32_t local = fn_->closure->closureLocals + static_cast<uint32_t>(i);
      if (!p || p->local == local)
        continue;
      load(localPlace(local));
      bindPattern(p, fn_->locals[local].type);
    }
  }
  // Statics are initialized when `main` (or a test's entry) starts: the
  // first time it starts, when the program calls `main` itself.
  if (fn_->isEntry) {
    const bool once = m_.mainIsCalled() && !m_.prog.statics.empty();
    if (once) {
      b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::StaticsReady));
      b_.op(Op::I32Eqz);
      b_.ifBlock();
      b_.i32(1);
      b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::StaticsReady));
    }
    for (size_t i = 0; i < m_.prog.statics.size(); ++i) {
      StaticInfo& s = m_.prog.statics[i];
      if (!s.item->value || repr(s.type) == Repr::None)
        continue;
      uint32_t addr = temp(ValType::I32);
      constAddr(Sym::Static, static_cast<uint32_t>(i));
      b_.set(addr);
      expr(s.item->value);
      storeAt(s.type, addr, 0);
    }
    if (once)
      b_.end();
  }
  // The parameters are owned by the function; dropped after the body's locals.
  size_t params = dropMark();
  for (size_t i = 0; i < fn_->params.size(); ++i)
    declareLocal(fn_->paramLocals.empty() ? static_cast<uint32_t>(i) : fn_->paramLocals[i], true);
  Block* body = fn_->item->body;
  TypeId ret = fn_->ret;
  bool bodyDiverges = body->tail ? m_.prog.types.kind(body->tail->type) == TypeKind::Never : false;
  bool built = false;
  if (body->tail && repr(ret) == Repr::Mem) {
    // A tail that builds the result can build it in the caller's slot.
    size_t mark = dropMark();
    for (Stmt* s : body->stmts)
      stmt(s);
    built = exprInto(body->tail, sret_, 0);
    if (!built)
      expr(body->tail);
    // Without a tail the body ends in a diverging statement or returns ().
    if (!built && !bodyDiverges) {
      uint32_t src = temp(ValType::I32);
      b_.set(src);
      copyMem(sret_, 0, src, 0, ret);
    }
    endScope(mark);
    endScope(params);
  } else {
    block(body, body->tail != nullptr);
    endScopeKeeping(params, body->tail ? body->tail->type : kNoType);
  }
  emitEpilogue();
  b_.op(Op::End);
  finishBody();
}

void FnLowerer::emitEpilogue() {
  epilogues_.push_back(b_.size());
  b_.get(0);  // patched to fp
  b_.i32(0);  // patched to the frame size
  b_.op(Op::I32Add);
  b_.op(Op::GlobalSet, 0);
}

void FnLowerer::emitReturn() {
  emitEpilogue();
  b_.op(Op::Return);
}

// Prepends the prologue (or drops the epilogues when no frame is needed)
// and hands the relocations, shifted accordingly, to the module.
void FnLowerer::finishBody() {
  std::vector<Instr>& body = b_.body();
  std::vector<bool> remove(body.size(), false);
  uint32_t frame = (frameSize_ + 15) & ~15u;
  // `main` is entered once (nothing calls it), so its frame can live at a
  // fixed address: no stack pointer adjustment at all.
  // (Not the wrapper of a `main` returning Result: its body has that frame.)
  bool staticFrame =
      frame > 0 && fn_ && m_.isStaticFrameFn(fn_) && (mainBody_ || !reportsMainResult(m_, fn_));
  if (frame == 0 || staticFrame) {
    for (size_t at : epilogues_) {
      for (size_t k = 0; k < 4; ++k)
        remove[at + k] = true;
    }
  } else {
    for (size_t at : epilogues_) {
      body[at].index = fp_;
      body[at + 1].value = frame;
    }
  }
  std::vector<Instr> out;
  out.reserve(body.size() + 5);  // the prologue is at most 5 instructions
  std::vector<Reloc> relocs;
  std::vector<uint32_t> newIndex(body.size(), 0);
  if (staticFrame) {
    m_.setMainFrameSize(frame);
    relocs.push_back({id_, 0, Sym::MainFrame, 0});
    out.push_back({Op::I32Const, 0, 0, 0});
    out.push_back({Op::LocalSet, fp_, 0, 0});
  } else if (frame > 0) {
    m_.markStackUsed();
    out.push_back({Op::GlobalGet, 0, 0, 0});
    out.push_back({Op::I32Const, 0, 0, frame});
    out.push_back({Op::I32Sub, 0, 0, 0});
    out.push_back({Op::LocalTee, fp_, 0, 0});
    out.push_back({Op::GlobalSet, 0, 0, 0});
  }
  for (size_t i = 0; i < body.size(); ++i) {
    newIndex[i] = static_cast<uint32_t>(out.size());
    if (!remove[i])
      out.push_back(body[i]);
  }
  for (Reloc r : relocs_) {
    r.instr = newIndex[r.instr];
    relocs.push_back(r);
  }
  body = std::move(out);
  for (const Reloc& r : relocs)
    m_.addReloc(r.func, r.instr, r.sym, r.id);
}

// ------------------------------------------------------------------ places

FnLowerer::Place FnLowerer::localPlace(uint32_t local) {
  Place p;
  p.type = fn_->locals[local].type;
  const LocalStore& ls = locals_[local];
  if (ls.memParam) {
    p.base = ls.wasm;
  } else if (ls.inMemory) {
    p.base = fp_;
    p.offset = ls.slot;
  } else {
    p.isLocal = true;
    p.wasm = ls.wasm;
  }
  return p;
}

FnLowerer::Place FnLowerer::placeOf(Expr* e) {
  noteMove(e);
  switch (e->kind) {
    case ExprKind::Paren:
      return placeOf(e->lhs);
    case ExprKind::Path: {
      ResKind k = static_cast<ResKind>(e->resKind);
      if (k == ResKind::Local)
        return localPlace(e->res);
      if (k == ResKind::Static || (k == ResKind::Const && e == constRead_)) {
        Place p;
        p.type = e->type;
        p.base = temp(ValType::I32);
        if (k == ResKind::Static)
          constAddr(Sym::Static, e->res);
        else
          constAddr(Sym::Data, m_.constData(e->res));
        b_.set(p.base);
        return p;
      }
      break;
    }
    case ExprKind::Field: {
      Expr* base = e->lhs;
      TypeId bt = base->type;
      Place p;
      if (e->autoDerefs > 0) {
        expr(base);
        for (int i = 1; i < e->autoDerefs; ++i) {
          bt = m_.prog.types.get(bt).elem;
          b_.mem(Op::I32Load, 0, 2);
        }
        bt = m_.prog.types.get(bt).elem;
        p.base = temp(ValType::I32);
        b_.set(p.base);
      } else {
        p = placeOf(base);
        if (p.isLocal) {  // defensive: aggregates are never in wasm locals
          p.isLocal = false;
        }
      }
      p.offset += m_.layouts.fieldOffset(bt, e->fieldIndex);
      p.type = e->type;
      return p;
    }
    case ExprKind::Index:
      return indexPlace(e);
    case ExprKind::Unary:
      if (e->unOp == UnOp::Deref) {
        expr(e->lhs);
        Place p;
        p.type = e->type;
        p.base = temp(ValType::I32);
        b_.set(p.base);
        return p;
      }
      break;
    default:
      break;
  }
  // A temporary: evaluate it and give it a home.
  Place p;
  p.type = e->type;
  expr(e);
  if (repr(e->type) == Repr::Mem) {
    p.base = temp(ValType::I32);
    b_.set(p.base);
  } else {
    std::vector<uint32_t> ts = temps(e->type);
    spill(ts);
    p.isLocal = true;
    p.wasm = ts.empty() ? kNone : ts[0];
    if (ts.empty())
      p.isLocal = false;
  }
  return p;
}

void FnLowerer::pushAddr(const Place& p) {
  b_.get(p.base);
  if (p.offset) {
    b_.i32(static_cast<int32_t>(p.offset));
    b_.op(Op::I32Add);
  }
}

void FnLowerer::loadAt(TypeId t, uint32_t base, uint32_t offset) {
  switch (repr(t)) {
    case Repr::None:
      return;
    case Repr::Mem:
      b_.get(base);
      if (offset) {
        b_.i32(static_cast<int32_t>(offset));
        b_.op(Op::I32Add);
      }
      return;
    case Repr::Pair:
      b_.get(base);
      b_.mem(Op::I32Load, offset, 2);
      b_.get(base);
      b_.mem(Op::I32Load, offset + 4, 2);
      return;
    case Repr::ExternRef:
      loadExternRef(base, offset);
      return;
    default:
      b_.get(base);
      b_.mem(m_.layouts.loadOp(t), offset, m_.layouts.alignLog2(t));
  }
}

void FnLowerer::storeAt(TypeId t, uint32_t base, uint32_t offset) {
  Repr r = repr(t);
  if (r == Repr::None)
    return;
  if (r == Repr::Mem) {
    uint32_t src = temp(ValType::I32);
    b_.set(src);
    copyMem(base, offset, src, 0, t);
    return;
  }
  if (r == Repr::ExternRef) {
    storeExternRef(base, offset);
    return;
  }
  std::vector<uint32_t> ts = temps(t);
  spill(ts);
  if (r == Repr::Pair) {
    b_.get(base);
    b_.get(ts[0]);
    b_.mem(Op::I32Store, offset, 2);
    b_.get(base);
    b_.get(ts[1]);
    b_.mem(Op::I32Store, offset + 4, 2);
    return;
  }
  b_.get(base);
  b_.get(ts[0]);
  b_.mem(m_.layouts.storeOp(t), offset, m_.layouts.alignLog2(t));
}

void FnLowerer::load(const Place& p) {
  if (p.isLocal) {
    size_t n = m_.layouts.valTypes(p.type).size();
    for (size_t k = 0; k < n; ++k)
      b_.get(p.wasm + static_cast<uint32_t>(k));
    return;
  }
  if (p.base == kNone)
    return;  // a place of a zero-sized value
  loadAt(p.type, p.base, p.offset);
}

void FnLowerer::store(const Place& p) {
  if (p.isLocal) {
    size_t n = m_.layouts.valTypes(p.type).size();
    for (size_t k = n; k-- > 0;)
      b_.set(p.wasm + static_cast<uint32_t>(k));
    return;
  }
  if (p.base == kNone) {
    dropValue(p.type);
    return;
  }
  storeAt(p.type, p.base, p.offset);
}

// Copies a value of type t; small values with loads/stores, larger ones with
// memory.copy.
void FnLowerer::copyMem(uint32_t dstBase,
                        uint32_t dstOff,
                        uint32_t srcBase,
                        uint32_t srcOff,
                        TypeId t) {
  Layout l = m_.layouts.layout(t);
  if (l.size == 0)
    return;
  if (l.size <= 64) {
    uint32_t chunk = std::min<uint32_t>(l.align, 8);
    while (l.size % chunk)
      chunk /= 2;
    Op ld = chunk == 8   ? Op::I64Load
            : chunk == 4 ? Op::I32Load
            : chunk == 2 ? Op::I32Load16U
                         : Op::I32Load8U;
    Op st = chunk == 8   ? Op::I64Store
            : chunk == 4 ? Op::I32Store
            : chunk == 2 ? Op::I32Store16
                         : Op::I32Store8;
    uint32_t alog = chunk == 8 ? 3 : chunk == 4 ? 2 : chunk == 2 ? 1 : 0;
    for (uint32_t k = 0; k < l.size; k += chunk) {
      b_.get(dstBase);
      b_.get(srcBase);
      b_.mem(ld, srcOff + k, alog);
      b_.mem(st, dstOff + k, alog);
    }
    return;
  }
  b_.get(dstBase);
  if (dstOff)
    b_.i32(static_cast<int32_t>(dstOff)), b_.op(Op::I32Add);
  b_.get(srcBase);
  if (srcOff)
    b_.i32(static_cast<int32_t>(srcOff)), b_.op(Op::I32Add);
  b_.i32(static_cast<int32_t>(l.size));
  b_.op(Op::MemoryCopy);
}

static bool isFreshAggregate(const Expr* e) {
  switch (e->kind) {
    case ExprKind::StructLit:
    case ExprKind::Tuple:
    case ExprKind::Array:
    case ExprKind::ArrayRepeat:
    case ExprKind::Call:
    case ExprKind::MethodCall:
      return true;
    case ExprKind::Paren:
      return isFreshAggregate(e->lhs);
    default:
      return false;
  }
}

// Evaluates a Mem-typed expression into storage of its own (copying when
// the value lives in a variable); returns the local holding its address.
uint32_t FnLowerer::materialize(Expr* e) {
  uint32_t addr = temp(ValType::I32);
  expr(e);
  if (isFreshAggregate(e)) {
    b_.set(addr);
    return addr;
  }
  uint32_t src = temp(ValType::I32);
  b_.set(src);
  uint32_t slot = allocSlot(e->type);
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(slot));
  b_.op(Op::I32Add);
  b_.set(addr);
  copyMem(addr, 0, src, 0, e->type);
  return addr;
}

// ------------------------------------------------------------------ statements

void FnLowerer::dropValue(TypeId t) {
  if (m_.prog.types.kind(t) == TypeKind::Never)
    return;
  size_t n = m_.layouts.valTypes(t).size();
  for (size_t k = 0; k < n; ++k)
    b_.op(Op::Drop);
}

void FnLowerer::block(Block* blk, bool wantValue) {
  size_t mark = dropMark();
  for (Stmt* s : blk->stmts)
    stmt(s);
  if (blk->tail) {
    expr(blk->tail);
    if (!wantValue)
      dropValue(blk->tail->type);
  }
  endScopeKeeping(mark, blk->tail && wantValue ? blk->tail->type : kNoType);
}

// A statement is the scope of its temporaries; a `let` declares its
// bindings once they are dropped (`let r = &temp();` keeps the temporary
// to the end of the block, as Rust does).
void FnLowerer::stmt(Stmt* s) {
  size_t mark = dropMark();
  switch (s->kind) {
    case StmtKind::Let: {
      if (!s->init) {  // `let x;`: owned once assigned (one drop entry)
        if (s->pattern && s->pattern->kind == PatternKind::Binding)
          declareLocal(s->pattern->local, false);
        else
          declarePattern(s->pattern);
        return;
      }
      if (s->pattern && s->pattern->kind == PatternKind::Wild && !s->elseBlock &&
          isUnusedPureCall(s->init))
        return;  // `let _ = pure(...);` (lower_pure.cpp)
      bool extend = stripParens(s->init)->kind == ExprKind::Ref;
      Place kept;
      bool destructures = false;
      if (s->elseBlock || (s->pattern && s->pattern->kind != PatternKind::Binding &&
                           s->pattern->kind != PatternKind::Wild)) {
        kept = letPattern(s);
        destructures = true;
      } else if (s->pattern && s->pattern->kind == PatternKind::Binding &&
                 s->pattern->local < locals_.size() && locals_[s->pattern->local].inMemory &&
                 !locals_[s->pattern->local].memParam &&
                 exprInto(s->init, fp_, locals_[s->pattern->local].slot)) {
      } else {
        expr(s->init);
        bindPattern(s->pattern, s->pattern && s->pattern->kind == PatternKind::Binding &&
                                        s->pattern->local < fn_->locals.size()
                                    ? fn_->locals[s->pattern->local].type
                                    : s->init->type);
      }
      if (!extend)
        endScope(mark);
      if (destructures && own_.consumed.count(s->init))
        keepUnmoved(s->pattern, kept);
      declarePattern(s->pattern);
      return;
    }
    case StmtKind::Expr:
      if (isUnusedPureCall(s->init))
        return;  // lower_pure.cpp
      expr(s->init);
      dropValue(s->init->type);
      endScope(mark);
      return;
    default:
      return;
  }
}

// Binds a value on the stack to an irrefutable pattern.
void FnLowerer::bindPattern(Pattern* p, TypeId t) {
  if (m_.prog.types.kind(t) == TypeKind::Never)
    return;
  if (!p || p->kind == PatternKind::Wild) {
    dropValue(t);
    return;
  }
  if (p->kind == PatternKind::Binding && !p->sub && !p->bindsRef) {
    store(localPlace(p->local));
    return;
  }
  Place place;
  placeFromStack(t, place);
  matchPattern(p, place, nullptr);
}

// Moves the value on the stack into temporaries and describes them as a
// place.
void FnLowerer::placeFromStack(TypeId t, Place& out) {
  out.type = t;
  if (repr(t) == Repr::Mem) {
    out.base = temp(ValType::I32);
    b_.set(out.base);
    return;
  }
  std::vector<uint32_t> ts = temps(t);
  spill(ts);
  out.isLocal = !ts.empty();
  out.wasm = ts.empty() ? kNone : ts[0];
}

// ------------------------------------------------------------------ misc

void FnLowerer::dataString(const std::string& bytes) {
  uint32_t id = m_.internString(bytes);
  constAddr(Sym::Data, id);
  b_.i32(static_cast<int32_t>(bytes.size()));
}

void FnLowerer::pushLocation(Span at) {
  if (trackCaller_) {
    b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::CallerLine));
    b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::CallerCol));
    return;
  }
  LineCol lc = m_.lineCol(at);
  b_.i32(static_cast<int32_t>(lc.line));
  b_.i32(static_cast<int32_t>(lc.col));
}

void FnLowerer::panicStatic(Span at, const std::string& msg) {
  pushLocation(at);
  dataString(msg);
  b_.call(m_.helperRef(Helper::Panic));
  b_.op(Op::Unreachable);
}

BlockKind FnLowerer::blockKindFor(TypeId t, uint32_t& index) {
  std::vector<ValType> vts = m_.layouts.valTypes(t);
  if (m_.prog.types.kind(t) == TypeKind::Never || vts.empty())
    return BlockKind::Empty;
  if (vts.size() == 1) {
    index = static_cast<uint32_t>(vts[0]);
    return BlockKind::Value;
  }
  index = m_.internType(FuncType{{}, vts});
  return BlockKind::TypeIndex;
}

}  // namespace wr
