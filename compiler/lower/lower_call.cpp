// Lowering of calls: functions, methods (receivers by value, `&` or `&mut`,
// through auto-deref), tuple-struct constructors, `std::process::exit`,
// `std::mem::swap`, and the built-in methods of builtin_methods.def.
// Aggregates are passed as the address of a copy the callee owns, and
// returned through a caller-provided slot (sret).
#include <cmath>

#include "compiler/lower/lowerer.h"
#include "compiler/sema/builtin_methods.h"
#include "compiler/sema/intrinsics.h"

namespace wr {

using namespace wasmir;

void FnLowerer::pushArg(Expr* arg, TypeId paramType) {
  if (repr(paramType) == Repr::Mem) {
    uint32_t at = materialize(arg);
    if (isHandleType(paramType))
      handleEvent(memviz::EventKind::HandleMove, addressPlace(at, paramType), 0, arg->span);
    b_.get(at);
    return;
  }
  expr(arg);
}

void FnLowerer::callFn(uint32_t fnIndex,
                       const std::vector<Expr*>& args,
                       Expr* selfArg,
                       bool selfByRef,
                       int selfDerefs) {
  FnInfo& f = m_.prog.fns[fnIndex];
  Span site = callSite_;  // arguments may contain calls of their own
  uint32_t sret = kNone;
  uint32_t dest = pendingDest_;
  pendingDest_ = kNone;
  if (repr(f.ret) == Repr::Mem && dest != kNone) {
    sret = dest;
    b_.get(sret);
  } else if (repr(f.ret) == Repr::Mem) {
    uint32_t slot = allocSlot(f.ret);
    sret = temp(ValType::I32);
    b_.get(fp_);
    b_.i32(static_cast<int32_t>(slot));
    b_.op(Op::I32Add);
    b_.tee(sret);
  }
  size_t p = 0;
  Place lentHandle;  // a handle lent to `&self`: its borrow ends after the call
  if (selfArg) {
    TypeId selfT = f.params[0];
    if (selfByRef || selfDerefs > 0) {
      if (selfDerefs == 0 && isUnsizedPlace(selfArg)) {
        fatPlace(selfArg);  // `&self` of a str or slice method
      } else if (selfDerefs == 0) {
        // `&self` only reads: a const receiver is read where it lies in data.
        bool reads = f.item && f.item->selfKind == SelfKind::Ref;
        Expr* outer = std::exchange(constRead_, reads ? constReadRoot(selfArg) : nullptr);
        Place self = addressable(placeOf(selfArg));
        constRead_ = outer;
        if (selfByRef && isHandleType(self.type)) {
          handleEvent(memviz::EventKind::HandleBorrow, self, 1, site);
          lentHandle = self;
        }
        pushAddr(self);
      } else {
        expr(selfArg);
        const TypeTable& tt = m_.prog.types;
        bool fat = selfByRef && tt.kind(selfT) == TypeKind::Ref &&
                   (tt.kind(tt.get(selfT).elem) == TypeKind::Str ||
                    tt.kind(tt.get(selfT).elem) == TypeKind::Slice);
        for (int k = 1; k < selfDerefs; ++k) {
          if (fat && k + 1 == selfDerefs) {
            // `w.len()` with `w: &&str`: the last step loads a whole `&str`.
            uint32_t at = temp(ValType::I32);
            b_.tee(at);
            b_.mem(Op::I32Load, 0, 2);
            b_.get(at);
            b_.mem(Op::I32Load, 4, 2);
          } else {
            b_.mem(Op::I32Load, 0, 2);
          }
        }
      }
      if (!selfByRef && repr(selfT) != Repr::Mem) {
        // By-value self of a scalar (`n.checked_add(1)` with `n: &i32`):
        // the value the reference points at.
        uint32_t src = temp(ValType::I32);
        b_.set(src);
        loadAt(selfT, src, 0);
      } else if (!selfByRef) {
        // By-value self reached through a reference: pass a copy.
        uint32_t src = temp(ValType::I32);
        b_.set(src);
        uint32_t slot = allocSlot(selfT);
        uint32_t dst = temp(ValType::I32);
        b_.get(fp_);
        b_.i32(static_cast<int32_t>(slot));
        b_.op(Op::I32Add);
        b_.set(dst);
        copyMem(dst, 0, src, 0, selfT);
        b_.get(dst);
      }
    } else {
      pushArg(selfArg, selfT);
    }
    p = 1;
  }
  for (size_t i = 0; i < args.size(); ++i)
    pushArg(args[i], f.params[p + i]);
  if (!trackCaller_ && f.item) {
    for (const Attribute& a : f.item->attrs) {
      if (a.path.str() != "track_caller")
        continue;
      // A track_caller fn called from another passes its own caller on.
      LineCol lc = m_.lineCol(site);
      b_.i32(static_cast<int32_t>(lc.line));
      b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::CallerLine));
      b_.i32(static_cast<int32_t>(lc.col));
      b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::CallerCol));
      m_.markCallerLocationUsed();
    }
  }
  if (m_.opts.instrument && f.item && !f.isHostImport() && inUserCode() &&
      m_.file.inPrelude(f.item->span))
    callTracingSite(fnIndex, site);
  else
    b_.call(f.isHostImport() ? m_.hostFnRef(fnIndex) : m_.fnRef(fnIndex));
  if (lentHandle.type != kNoType)
    handleEvent(memviz::EventKind::HandleBorrow, lentHandle, 0, site);
  if (sret != kNone)
    b_.get(sret);
}

// Dev builds, user code calling std: the std fn's allocations and handle
// events are the program's at this call, so __memviz_site holds its site
// for the call's length. The global's value on entry is restored after:
// a closure std calls back must not leave its own call sites behind.
void FnLowerer::callTracingSite(uint32_t fnIndex, Span site) {
  const auto g = static_cast<uint32_t>(GlobalSym::MemvizSite);
  if (savedMemvizSite_ == kNone)
    savedMemvizSite_ = temp(ValType::I32);
  const FnInfo& f = m_.prog.fns[fnIndex];
  b_.op(Op::GlobalGet, g), b_.set(savedMemvizSite_);
  std::string callee = f.name.substr(0, f.name.find("::<"));  // without its type arguments
  b_.i32(static_cast<int32_t>(m_.memviz.siteId(site, fn_->name, "call " + callee)));
  b_.op(Op::GlobalSet, g);
  b_.call(m_.fnRef(fnIndex));
  b_.get(savedMemvizSite_), b_.op(Op::GlobalSet, g);
  m_.markMemvizSiteUsed();
}

// A closure's value is its environment: the addresses of the locals it
// captures (copies of them for a `move` closure's Copy captures), in a
// frame slot.
void FnLowerer::closureValue(Expr* e) {
  uint32_t slot = allocSlot(e->type);
  for (size_t k = 0; k < e->args.size(); ++k) {
    uint32_t i = static_cast<uint32_t>(k);
    TypeId field = m_.prog.fieldType(e->type, i);
    uint32_t at = slot + m_.layouts.fieldOffset(e->type, i);
    if (field == e->args[k]->type) {
      expr(e->args[k]);
      storeAt(field, fp_, at);
      continue;
    }
    b_.get(fp_);
    pushAddr(addressable(placeOf(e->args[k])));
    b_.mem(Op::I32Store, at, 2);
  }
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(slot));
  b_.op(Op::I32Add);
}

// `Box::new(literal)`: the block is allocated first and the literal built
// in it, where the prelude's `new` would build it in a frame slot and copy
// it into the block (binary-trees boxes a struct literal per node).
// Allocating before the fields are evaluated is the one visible difference,
// and only to a program that runs out of memory or panics in between.
bool FnLowerer::boxNewInPlace(Expr* e) {
  const FnInfo& f = m_.prog.fns[e->lhs->res];
  if (f.templateFn == kNone || f.typeArgs.size() != 1 || e->args.size() != 1)
    return false;
  const FnInfo& t = m_.prog.fns[f.templateFn];
  if (!t.item || t.item->name != "new" || t.impl == kNone ||
      m_.prog.langOf(m_.prog.impls[t.impl].selfType) != LangItem::OwnedBox)
    return false;
  Expr* arg = e->args[0];
  while (arg->kind == ExprKind::Paren)
    arg = arg->lhs;
  bool literal = buildsInPlace(arg);
  TypeId valueT = f.typeArgs[0];
  Layout l = m_.layouts.layout(valueT);
  if (!literal || repr(valueT) != Repr::Mem || l.size == 0 || repr(e->type) != Repr::Mem)
    return false;
  uint32_t dest = std::exchange(pendingDest_, kNone);  // a caller's slot for the Box
  uint32_t ptr = temp(ValType::I32);
  b_.i32(static_cast<int32_t>(l.size));
  b_.i32(static_cast<int32_t>(l.align));
  emitAlloc({valueT, e->span, "Box::new"});
  b_.set(ptr);
  if (!exprInto(arg, ptr, 0)) {
    expr(arg);
    storeAt(valueT, ptr, 0);
  }
  uint32_t box = dest;
  if (box == kNone)
    box = takeAggDest(e->type);
  b_.get(box);
  b_.get(ptr);
  b_.mem(Op::I32Store, 0, 2);
  b_.get(box);
  return true;
}

void FnLowerer::call(Expr* e) {
  Expr* callee = e->lhs;
  callSite_ = e->span;
  if (e->callsClosure) {
    TypeId t = callee->type;
    for (int k = 0; k < e->autoDerefs; ++k)
      t = m_.prog.types.get(t).elem;
    const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
    // The closure gets its environment's address, not a copy: a `move`
    // closure's own copies of its captures are state that an FnMut call
    // updates for the next one.
    callFn(s.closureFn, e->args, callee, true, e->autoDerefs);
    return;
  }
  switch (static_cast<ResKind>(callee->resKind)) {
    case ResKind::Fn:
      if (!boxNewInPlace(e))
        callFn(callee->res, e->args, nullptr, false, 0);
      return;
    case ResKind::TupleCtor: {
      TypeId t = e->type;
      uint32_t slot = allocSlot(t);
      StructInfo& s = m_.prog.structs[callee->res];
      for (size_t i = 0; i < e->args.size() && i < s.fields.size(); ++i) {
        expr(e->args[i]);
        storeAt(m_.prog.fieldType(t, static_cast<uint32_t>(i)), fp_,
                slot + m_.layouts.fieldOffset(t, static_cast<uint32_t>(i)));
      }
      b_.get(fp_);
      b_.i32(static_cast<int32_t>(slot));
      b_.op(Op::I32Add);
      handleCreated(t, e->span);
      return;
    }
    case ResKind::VariantCtor:
      variantValue(e->type, callee->fieldIndex, e->args);
      return;
    case ResKind::BuiltinFn:
      if (intrinsicInfo(static_cast<BuiltinFn>(callee->res))) {
        intrinsicCall(e, static_cast<BuiltinFn>(callee->res));
      } else if (static_cast<BuiltinFn>(callee->res) == BuiltinFn::ProcessExit) {
        expr(e->args[0]);
        b_.call(m_.importRef(HostImport::Exit));
        b_.op(Op::Unreachable);
      } else if (static_cast<BuiltinFn>(callee->res) == BuiltinFn::FmtDisplay ||
                 static_cast<BuiltinFn>(callee->res) == BuiltinFn::FmtDebug) {
        fmtDelegate(e, static_cast<BuiltinFn>(callee->res) == BuiltinFn::FmtDebug);
      } else if (static_cast<BuiltinFn>(callee->res) == BuiltinFn::MemReplace) {
        memReplace(e);
      } else {  // mem::swap(&mut a, &mut b)
        TypeId t = m_.prog.types.get(e->args[0]->type).elem;
        uint32_t a = temp(ValType::I32), bb = temp(ValType::I32);
        expr(e->args[0]);
        b_.set(a);
        expr(e->args[1]);
        b_.set(bb);
        uint32_t slot = allocSlot(t);
        uint32_t tmp = temp(ValType::I32);
        b_.get(fp_);
        b_.i32(static_cast<int32_t>(slot));
        b_.op(Op::I32Add);
        b_.set(tmp);
        if (repr(t) == Repr::Mem || repr(t) == Repr::ExternRef) {
          // Bytes: two externrefs swap their slots.
          copyMem(tmp, 0, a, 0, t);
          copyMem(a, 0, bb, 0, t);
          copyMem(bb, 0, tmp, 0, t);
        } else {
          loadAt(t, a, 0);
          storeAt(t, tmp, 0);
          loadAt(t, bb, 0);
          storeAt(t, a, 0);
          loadAt(t, tmp, 0);
          storeAt(t, bb, 0);
        }
      }
      return;
    case ResKind::PrimMethod: {
      std::vector<Expr*> rest(e->args.begin() + 1, e->args.end());
      builtinMethod(e, e->res, e->args[0], rest, e->autoDerefs);
      return;
    }
    default:
      b_.op(Op::Unreachable);
  }
}

void FnLowerer::methodCall(Expr* e) {
  callSite_ = e->nameSpan;  // rustc's caller location for a method call: its name
  if (isDynCall(e)) {
    dynMethodCall(e);  // lower_dyn.cpp
    return;
  }
  if (static_cast<ResKind>(e->resKind) == ResKind::Fn && isBoxDynDeref(e->res)) {
    boxDynDeref(e);
    return;
  }
  if (static_cast<ResKind>(e->resKind) == ResKind::Fn) {
    FnInfo& f = m_.prog.fns[e->res];
    callFn(e->res, e->args, e->lhs, f.item->selfKind != SelfKind::Value, e->autoDerefs);
    return;
  }
  builtinMethod(e, e->res, e->lhs, e->args, e->autoDerefs);
}

// Host math (env.math): `op` codes are listed in web/runtime/runtime.mjs.
void FnLowerer::mathCall(int op, bool isF32, int arity) {
  std::vector<uint32_t> args;
  for (int i = 0; i < arity; ++i) {
    uint32_t t = temp(ValType::F64);
    if (isF32)
      b_.op(Op::F64PromoteF32);
    b_.set(t);
    args.insert(args.begin(), t);
  }
  b_.i32(op);
  reload(args);
  if (arity == 1)
    b_.f64(0);
  b_.call(m_.importRef(HostImport::Math));
  if (isF32)
    b_.op(Op::F32DemoteF64);
}

namespace {

int mathOp(BuiltinMethod m) {
  switch (m) {
    case BuiltinMethod::FloatPowf:
      return 1;
    case BuiltinMethod::FloatAtan2:
      return 2;
    case BuiltinMethod::FloatHypot:
      return 3;
    case BuiltinMethod::FloatLog:
      return 4;
    case BuiltinMethod::FloatSin:
      return 5;
    case BuiltinMethod::FloatCos:
      return 6;
    case BuiltinMethod::FloatTan:
      return 7;
    case BuiltinMethod::FloatAsin:
      return 8;
    case BuiltinMethod::FloatAcos:
      return 9;
    case BuiltinMethod::FloatAtan:
      return 10;
    case BuiltinMethod::FloatSinh:
      return 11;
    case BuiltinMethod::FloatCosh:
      return 12;
    case BuiltinMethod::FloatTanh:
      return 13;
    case BuiltinMethod::FloatExp:
      return 14;
    case BuiltinMethod::FloatExp2:
      return 15;
    case BuiltinMethod::FloatExpM1:
      return 16;
    case BuiltinMethod::FloatLn:
      return 17;
    case BuiltinMethod::FloatLn1p:
      return 18;
    case BuiltinMethod::FloatLog10:
      return 19;
    case BuiltinMethod::FloatLog2:
      return 20;
    case BuiltinMethod::FloatCbrt:
      return 21;
    default:
      return -1;
  }
}

}  // namespace

void FnLowerer::builtinMethod(Expr* e,
                              uint32_t method,
                              Expr* recv,
                              const std::vector<Expr*>& args,
                              int recvDerefs) {
  const TypeTable& tt = m_.prog.types;
  BuiltinMethod m = static_cast<BuiltinMethod>(method);
  const BuiltinMethodInfo& info = builtinMethodInfo(m);
  // Sequence and str methods work on the base address and length.
  if (info.recv == MethodRecv::Seq || info.recv == MethodRecv::Str) {
    uint32_t base, len;
    // Only swap writes: a const receiver of the others is read in data.
    Expr* outer = std::exchange(
        constRead_, m != BuiltinMethod::SeqSwap && recvDerefs == 0 ? constReadRoot(recv) : nullptr);
    TypeId elemT = sequenceBase(recv, recvDerefs, base, len);
    constRead_ = outer;
    switch (m) {
      case BuiltinMethod::SeqLen:
      case BuiltinMethod::StrLen:
        b_.get(len);
        return;
      case BuiltinMethod::SeqIsEmpty:
      case BuiltinMethod::StrIsEmpty:
        b_.get(len);
        b_.op(Op::I32Eqz);
        return;
      case BuiltinMethod::SeqSwap: {
        // Both indices are evaluated before either is checked, as the
        // arguments of a call are. The second is checked first, and when it
        // fails the first one's failure is still the one reported, as in
        // Rust: under `while i < j`, the check of j then implies i's, which
        // bounds-checks removes (fannkuch's flips).
        uint32_t sz = size(elemT);
        uint32_t idx[2] = {temp(ValType::I32), temp(ValType::I32)};
        for (size_t k = 0; k < 2; ++k) {
          expr(args[k]);
          b_.set(idx[k]);
        }
        auto panicIfOut = [&](size_t k) {
          b_.get(idx[k]);
          b_.get(len);
          b_.op(Op::I32GeU);
          b_.ifBlock();
          b_.get(idx[k]);
          b_.get(len);
          pushLocation(args[k]->span);
          b_.call(m_.helperRef(Helper::PanicBounds));
          b_.op(Op::Unreachable);
          b_.end();
        };
        b_.get(idx[1]);
        b_.get(len);
        b_.op(Op::I32GeU);
        b_.ifBlock();
        panicIfOut(0);
        panicIfOut(1);
        b_.end();
        panicIfOut(0);
        uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
        for (size_t k = 0; k < 2; ++k) {
          b_.get(base);
          b_.get(idx[k]);
          b_.i32(static_cast<int32_t>(sz));
          b_.op(Op::I32Mul);
          b_.op(Op::I32Add);
          b_.set(k == 0 ? pa : pb);
        }
        Repr r = repr(elemT);
        if (r == Repr::I32 || r == Repr::I64 || r == Repr::F32 || r == Repr::F64) {
          // A number goes through a local, not a frame slot.
          uint32_t a = temp(m_.layouts.valTypes(elemT)[0]);
          loadAt(elemT, pa, 0);
          b_.set(a);
          loadAt(elemT, pb, 0);
          storeAt(elemT, pa, 0);
          b_.get(a);
          storeAt(elemT, pb, 0);
          return;
        }
        uint32_t slot = allocSlot(elemT);
        uint32_t tmp = temp(ValType::I32);
        b_.get(fp_);
        b_.i32(static_cast<int32_t>(slot));
        b_.op(Op::I32Add);
        b_.set(tmp);
        copyMem(tmp, 0, pa, 0, elemT);
        copyMem(pa, 0, pb, 0, elemT);
        copyMem(pb, 0, tmp, 0, elemT);
        return;
      }
      case BuiltinMethod::SeqContains: {
        uint32_t x = temp(ValType::I32), i = temp(ValType::I32), found = temp(ValType::I32);
        uint32_t p = temp(ValType::I32);
        expr(args[0]);
        b_.set(x);
        b_.i32(0);
        b_.tee(i);
        b_.set(found);
        auto brk = b_.block();
        auto top = b_.loop();
        b_.get(i);
        b_.get(len);
        b_.op(Op::I32GeU);
        b_.brIf(brk);
        b_.get(base);
        b_.get(i);
        b_.i32(static_cast<int32_t>(size(elemT)));
        b_.op(Op::I32Mul);
        b_.op(Op::I32Add);
        b_.set(p);
        equalMem(elemT, p, x);
        b_.tee(found);
        b_.brIf(brk);
        b_.get(i);
        b_.i32(1);
        b_.op(Op::I32Add);
        b_.set(i);
        b_.br(top);
        b_.end();
        b_.end();
        b_.get(found);
        return;
      }
      default:
        return;
    }
  }
  if (m == BuiltinMethod::ExternRefIsNull) {
    expr(recv);
    TypeId t;
    derefValue(recv->type, t);  // `v[0].is_null()`: through the borrow
    b_.op(Op::RefIsNull);
    return;
  }
  if (m == BuiltinMethod::CopyClone) {
    TypeId t = e->type;
    if (repr(t) == Repr::Mem) {
      expr(recv);
      for (int k = 0; k < recvDerefs; ++k) {
        if (k + 1 < recvDerefs)
          b_.mem(Op::I32Load, 0, 2);
      }
      uint32_t src = temp(ValType::I32), dst = temp(ValType::I32);
      b_.set(src);
      uint32_t slot = allocSlot(t);
      b_.get(fp_);
      b_.i32(static_cast<int32_t>(slot));
      b_.op(Op::I32Add);
      b_.set(dst);
      cloneInto(t, dst, 0, src, 0);  // derived Clone: the parts' own clones
      b_.get(dst);
      return;
    }
    expr(recv);
    TypeId vt;
    if (tt.kind(t) == TypeKind::Ref) {  // cloning a reference copies it
      bool fat =
          tt.kind(tt.get(t).elem) == TypeKind::Str || tt.kind(tt.get(t).elem) == TypeKind::Slice;
      for (int k = 0; k < recvDerefs; ++k) {
        if (fat && k + 1 == recvDerefs) {
          // The last step loads a whole `&str` or `&[T]`: address and length.
          uint32_t at = temp(ValType::I32);
          b_.tee(at);
          b_.mem(Op::I32Load, 0, 2);
          b_.get(at);
          b_.mem(Op::I32Load, 4, 2);
        } else {
          b_.mem(Op::I32Load, 0, 2);
        }
      }
      return;
    }
    derefValue(recv->type, vt);
    return;
  }
  // Scalar receivers.
  expr(recv);
  TypeId t;
  derefValue(recv->type, t);
  Repr r = repr(t);
  bool w = r == Repr::I64;
  bool f32 = r == Repr::F32;
  ValType vt = r == Repr::I64   ? ValType::I64
               : r == Repr::F32 ? ValType::F32
               : r == Repr::F64 ? ValType::F64
                                : ValType::I32;
  int bits = tt.kind(t) == TypeKind::Int ? intBits(tt.intKind(t)) : 32;
  bool sgn = tt.kind(t) == TypeKind::Int && isSigned(tt.intKind(t));
  uint32_t v = temp(vt);
  b_.set(v);
  std::vector<uint32_t> a;
  for (Expr* arg : args) {
    expr(arg);
    TypeId at;
    derefValue(arg->type, at);
    uint32_t l = temp(m_.layouts.valTypes(at).empty() ? ValType::I32 : m_.layouts.valTypes(at)[0]);
    b_.set(l);
    a.push_back(l);
  }
  auto intOp = [&](Op op32, Op op64) { b_.op(w ? op64 : op32); };
  auto floatOp = [&](Op op32, Op op64) { b_.op(f32 ? op32 : op64); };
  auto zero = [&]() { w ? (void)b_.i64(0) : (void)b_.i32(0); };
  auto constInt = [&](int64_t c) { w ? (void)b_.i64(c) : (void)b_.i32(static_cast<int32_t>(c)); };
  auto fconst = [&](double c) { f32 ? (void)b_.f32(static_cast<float>(c)) : (void)b_.f64(c); };
  uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
  auto masked = [&]() {  // v reduced to its width (narrow signed values are sign-extended)
    b_.get(v);
    if (bits < 32)
      b_.i32(static_cast<int32_t>(mask)), b_.op(Op::I32And);
  };
  Op ltOp = w ? (sgn ? Op::I64LtS : Op::I64LtU) : (sgn ? Op::I32LtS : Op::I32LtU);
  Op gtOp = w ? (sgn ? Op::I64GtS : Op::I64GtU) : (sgn ? Op::I32GtS : Op::I32GtU);
  switch (m) {
    case BuiltinMethod::IntAbs: {
      if (!release_) {
        b_.get(v);
        constInt(bits == 64 ? INT64_MIN : -(1ll << (bits - 1)));
        intOp(Op::I32Eq, Op::I64Eq);
        overflowIf(e->span, "attempt to negate with overflow");
      }
      zero();
      b_.get(v);
      intOp(Op::I32Sub, Op::I64Sub);
      normalize(t);
      b_.get(v);
      b_.get(v);
      zero();
      intOp(Op::I32LtS, Op::I64LtS);
      b_.op(Op::Select);
      return;
    }
    case BuiltinMethod::IntSignum:
      b_.get(v), zero(), intOp(Op::I32GtS, Op::I64GtS);
      b_.get(v), zero(), intOp(Op::I32LtS, Op::I64LtS);
      b_.op(Op::I32Sub);
      if (w)
        b_.op(Op::I64ExtendI32S);
      return;
    case BuiltinMethod::IntIsPositive:
      b_.get(v), zero(), intOp(Op::I32GtS, Op::I64GtS);
      return;
    case BuiltinMethod::IntIsNegative:
      b_.get(v), zero(), intOp(Op::I32LtS, Op::I64LtS);
      return;
    case BuiltinMethod::IntPow: {
      // core's algorithm, so overflow panics exactly where rustc's does.
      uint32_t exp = a[0], acc = temp(vt), result = temp(vt);
      constInt(1);
      b_.set(result);
      b_.get(exp);
      b_.op(Op::I32Eqz);
      b_.ifBlock(BlockKind::Empty);
      b_.elseBlock();
      constInt(1);
      b_.set(acc);
      auto brk = b_.block();
      auto top = b_.loop();
      b_.get(exp);
      b_.i32(1);
      b_.op(Op::I32LeU);
      b_.brIf(brk);
      b_.get(exp);
      b_.i32(1);
      b_.op(Op::I32And);
      b_.ifBlock();
      b_.get(acc);
      b_.get(v);
      arith(BinOp::Mul, t, e->span);
      b_.set(acc);
      b_.end();
      b_.get(exp);
      b_.i32(1);
      b_.op(Op::I32ShrU);
      b_.set(exp);
      b_.get(v);
      b_.get(v);
      arith(BinOp::Mul, t, e->span);
      b_.set(v);
      b_.br(top);
      b_.end();
      b_.end();
      b_.get(acc);
      b_.get(v);
      arith(BinOp::Mul, t, e->span);
      b_.set(result);
      b_.end();
      b_.get(result);
      return;
    }
    case BuiltinMethod::IntMin:
    case BuiltinMethod::IntMax:
      b_.get(v), b_.get(a[0]), b_.get(v), b_.get(a[0]);
      b_.op(m == BuiltinMethod::IntMin ? ltOp : gtOp);
      b_.op(Op::Select);
      return;
    case BuiltinMethod::IntClamp: {
      // v < lo ? lo : (v > hi ? hi : v)
      b_.get(a[1]), b_.get(v), b_.get(v), b_.get(a[1]), b_.op(gtOp), b_.op(Op::Select);
      b_.set(v);
      b_.get(a[0]), b_.get(v), b_.get(v), b_.get(a[0]), b_.op(ltOp), b_.op(Op::Select);
      return;
    }
    case BuiltinMethod::IntWrappingAdd:
      b_.get(v), b_.get(a[0]), intOp(Op::I32Add, Op::I64Add), normalize(t);
      return;
    case BuiltinMethod::IntWrappingSub:
      b_.get(v), b_.get(a[0]), intOp(Op::I32Sub, Op::I64Sub), normalize(t);
      return;
    case BuiltinMethod::IntWrappingMul:
      b_.get(v), b_.get(a[0]), intOp(Op::I32Mul, Op::I64Mul), normalize(t);
      return;
    case BuiltinMethod::IntWrappingNeg:
      zero(), b_.get(v), intOp(Op::I32Sub, Op::I64Sub), normalize(t);
      return;
    case BuiltinMethod::IntWrappingShl:
    case BuiltinMethod::IntWrappingShr:
      b_.get(v);
      b_.get(a[0]);
      b_.i32(bits - 1);
      b_.op(Op::I32And);
      if (w)
        b_.op(Op::I64ExtendI32U);
      if (m == BuiltinMethod::IntWrappingShl) {
        intOp(Op::I32Shl, Op::I64Shl);
        normalize(t);
      } else {
        b_.op(w ? (sgn ? Op::I64ShrS : Op::I64ShrU) : (sgn ? Op::I32ShrS : Op::I32ShrU));
      }
      return;
    case BuiltinMethod::IntSaturatingAdd:
    case BuiltinMethod::IntSaturatingSub: {
      bool add = m == BuiltinMethod::IntSaturatingAdd;
      if (!w) {
        // Exact in 64 bits, then clamped to the type's range.
        int64_t lo = sgn ? -(1ll << (bits - 1)) : 0;
        int64_t hi = sgn ? (1ll << (bits - 1)) - 1 : static_cast<int64_t>(mask);
        uint32_t wide = temp(ValType::I64);
        b_.get(v), b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
        b_.get(a[0]), b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
        b_.op(add ? Op::I64Add : Op::I64Sub);
        b_.set(wide);
        b_.i64(lo), b_.get(wide), b_.get(wide), b_.i64(lo), b_.op(Op::I64LtS), b_.op(Op::Select),
            b_.set(wide);
        b_.i64(hi), b_.get(wide), b_.get(wide), b_.i64(hi), b_.op(Op::I64GtS), b_.op(Op::Select);
        b_.op(Op::I32WrapI64);
        return;
      }
      uint32_t res = temp(ValType::I64);
      b_.get(v), b_.get(a[0]), b_.op(add ? Op::I64Add : Op::I64Sub), b_.set(res);
      if (sgn) {
        // On overflow the result saturates toward the sign of `v`.
        b_.get(v), b_.i64(0), b_.op(Op::I64LtS);
        b_.ifBlock(BlockKind::Value, static_cast<uint32_t>(ValType::I64));
        b_.i64(INT64_MIN);
        b_.elseBlock();
        b_.i64(INT64_MAX);
        b_.end();
        b_.get(res);
        if (add)
          b_.get(v), b_.get(res), b_.op(Op::I64Xor), b_.get(a[0]), b_.get(res), b_.op(Op::I64Xor);
        else
          b_.get(v), b_.get(a[0]), b_.op(Op::I64Xor), b_.get(v), b_.get(res), b_.op(Op::I64Xor);
        b_.op(Op::I64And), b_.i64(0), b_.op(Op::I64LtS);
        b_.op(Op::Select);
      } else if (add) {
        b_.i64(-1), b_.get(res), b_.get(res), b_.get(v), b_.op(Op::I64LtU), b_.op(Op::Select);
      } else {
        b_.i64(0), b_.get(res), b_.get(v), b_.get(a[0]), b_.op(Op::I64LtU), b_.op(Op::Select);
      }
      return;
    }
    case BuiltinMethod::IntCountOnes:
    case BuiltinMethod::IntCountZeros:
      if (m == BuiltinMethod::IntCountZeros)
        b_.i32(bits);
      masked();
      intOp(Op::I32Popcnt, Op::I64Popcnt);
      if (w)
        b_.op(Op::I32WrapI64);
      if (m == BuiltinMethod::IntCountZeros)
        b_.op(Op::I32Sub);
      return;
    case BuiltinMethod::IntLeadingZeros:
      masked();
      intOp(Op::I32Clz, Op::I64Clz);
      if (w)
        b_.op(Op::I32WrapI64);
      if (bits < 32)
        b_.i32(32 - bits), b_.op(Op::I32Sub);
      return;
    case BuiltinMethod::IntTrailingZeros:
      masked();
      intOp(Op::I32Ctz, Op::I64Ctz);
      if (w)
        b_.op(Op::I32WrapI64);
      if (bits < 32) {
        uint32_t c = temp(ValType::I32);
        b_.set(c);
        b_.get(c), b_.i32(bits), b_.get(c), b_.i32(bits), b_.op(Op::I32LtU);
        b_.op(Op::Select);
      }
      return;
    case BuiltinMethod::IntRotateLeft:
    case BuiltinMethod::IntRotateRight: {
      bool left = m == BuiltinMethod::IntRotateLeft;
      if (bits >= 32) {
        b_.get(v);
        b_.get(a[0]);
        if (w)
          b_.op(Op::I64ExtendI32U);
        intOp(left ? Op::I32Rotl : Op::I32Rotr, left ? Op::I64Rotl : Op::I64Rotr);
        return;
      }
      uint32_t n = temp(ValType::I32), u = temp(ValType::I32);
      masked();
      b_.set(u);
      b_.get(a[0]), b_.i32(bits - 1), b_.op(Op::I32And), b_.set(n);
      b_.get(u), b_.get(n), b_.op(left ? Op::I32Shl : Op::I32ShrU);
      b_.get(u), b_.i32(bits), b_.get(n), b_.op(Op::I32Sub), b_.op(left ? Op::I32ShrU : Op::I32Shl);
      b_.op(Op::I32Or);
      normalize(t);
      return;
    }
    case BuiltinMethod::IntRemEuclid:
    case BuiltinMethod::IntDivEuclid: {
      bool rem = m == BuiltinMethod::IntRemEuclid;
      uint32_t rr = temp(vt);
      b_.get(v), b_.get(a[0]);
      divRem(BinOp::Rem, t, e->span);
      b_.set(rr);
      if (rem) {
        if (sgn) {
          // r < 0 ? r + |b| : r
          b_.get(rr), b_.get(a[0]), intOp(Op::I32Sub, Op::I64Sub);
          b_.get(rr), b_.get(a[0]), intOp(Op::I32Add, Op::I64Add);
          b_.get(a[0]), zero(), intOp(Op::I32LtS, Op::I64LtS);
          b_.op(Op::Select);
          b_.get(rr);
          b_.get(rr), zero(), intOp(Op::I32LtS, Op::I64LtS);
          b_.op(Op::Select);
        } else {
          b_.get(rr);
        }
        return;
      }
      b_.get(v), b_.get(a[0]);
      divRem(BinOp::Div, t, e->span);
      if (sgn) {
        // q - 1 when r < 0 and b > 0, q + 1 when r < 0 and b < 0
        uint32_t q = temp(vt);
        b_.set(q);
        b_.get(q), constInt(1), intOp(Op::I32Sub, Op::I64Sub);
        b_.get(q), constInt(1), intOp(Op::I32Add, Op::I64Add);
        b_.get(a[0]), zero(), intOp(Op::I32GtS, Op::I64GtS);
        b_.op(Op::Select);
        b_.get(q);
        b_.get(rr), zero(), intOp(Op::I32LtS, Op::I64LtS);
        b_.op(Op::Select);
      }
      return;
    }
    case BuiltinMethod::IntAbsDiff:
      b_.get(v), b_.get(a[0]), intOp(Op::I32Sub, Op::I64Sub);
      b_.get(a[0]), b_.get(v), intOp(Op::I32Sub, Op::I64Sub);
      b_.get(v), b_.get(a[0]), b_.op(gtOp);
      b_.op(Op::Select);
      if (bits < 32)
        b_.i32(static_cast<int32_t>(mask)), b_.op(Op::I32And);
      return;
    case BuiltinMethod::IntIsPowerOfTwo:
      masked();
      intOp(Op::I32Popcnt, Op::I64Popcnt);
      constInt(1);
      intOp(Op::I32Eq, Op::I64Eq);
      return;
    // Floats.
    case BuiltinMethod::FloatSqrt:
      b_.get(v), floatOp(Op::F32Sqrt, Op::F64Sqrt);
      return;
    case BuiltinMethod::FloatAbs:
      b_.get(v), floatOp(Op::F32Abs, Op::F64Abs);
      return;
    case BuiltinMethod::FloatFloor:
      b_.get(v), floatOp(Op::F32Floor, Op::F64Floor);
      return;
    case BuiltinMethod::FloatCeil:
      b_.get(v), floatOp(Op::F32Ceil, Op::F64Ceil);
      return;
    case BuiltinMethod::FloatTrunc:
      b_.get(v), floatOp(Op::F32Trunc, Op::F64Trunc);
      return;
    case BuiltinMethod::FloatRound: {
      // Half away from zero (Wasm's `nearest` rounds half to even).
      uint32_t tr = temp(vt);
      b_.get(v), floatOp(Op::F32Trunc, Op::F64Trunc), b_.set(tr);
      b_.get(tr), fconst(1.0), b_.get(v), floatOp(Op::F32Copysign, Op::F64Copysign),
          floatOp(Op::F32Add, Op::F64Add);
      b_.get(tr);
      b_.get(v), b_.get(tr), floatOp(Op::F32Sub, Op::F64Sub), floatOp(Op::F32Abs, Op::F64Abs),
          fconst(0.5), floatOp(Op::F32Ge, Op::F64Ge);
      b_.op(Op::Select);
      return;
    }
    case BuiltinMethod::FloatFract:
      b_.get(v), b_.get(v), floatOp(Op::F32Trunc, Op::F64Trunc), floatOp(Op::F32Sub, Op::F64Sub);
      return;
    case BuiltinMethod::FloatSignum:
      fconst(1.0), b_.get(v), floatOp(Op::F32Copysign, Op::F64Copysign);
      b_.get(v);
      b_.get(v), b_.get(v), floatOp(Op::F32Eq, Op::F64Eq);
      b_.op(Op::Select);
      return;
    case BuiltinMethod::FloatRecip:
      fconst(1.0), b_.get(v), floatOp(Op::F32Div, Op::F64Div);
      return;
    case BuiltinMethod::FloatToDegrees:
      b_.get(v);
      if (f32)
        b_.f32(57.2957795130823208767981548141051703f);
      else
        b_.f64(180.0 / 3.14159265358979323846264338327950288);
      floatOp(Op::F32Mul, Op::F64Mul);
      return;
    case BuiltinMethod::FloatToRadians:
      b_.get(v);
      if (f32)
        b_.f32(static_cast<float>(3.14159265358979323846264338327950288) / 180.0f);
      else
        b_.f64(3.14159265358979323846264338327950288 / 180.0);
      floatOp(Op::F32Mul, Op::F64Mul);
      return;
    case BuiltinMethod::FloatMin:
    case BuiltinMethod::FloatMax: {
      // NaN-ignoring, like Rust's f64::min/max.
      bool mn = m == BuiltinMethod::FloatMin;
      b_.get(v), b_.get(a[0]);
      b_.get(v), b_.get(a[0]), floatOp(mn ? Op::F32Lt : Op::F32Gt, mn ? Op::F64Lt : Op::F64Gt);
      b_.get(a[0]), b_.get(a[0]), floatOp(Op::F32Ne, Op::F64Ne);
      b_.op(Op::I32Or);
      b_.op(Op::Select);
      return;
    }
    case BuiltinMethod::FloatClamp:
      b_.get(a[0]), b_.get(v), b_.get(v), b_.get(a[0]), floatOp(Op::F32Lt, Op::F64Lt),
          b_.op(Op::Select), b_.set(v);
      b_.get(a[1]), b_.get(v), b_.get(v), b_.get(a[1]), floatOp(Op::F32Gt, Op::F64Gt),
          b_.op(Op::Select);
      return;
    case BuiltinMethod::FloatCopysign:
      b_.get(v), b_.get(a[0]), floatOp(Op::F32Copysign, Op::F64Copysign);
      return;
    case BuiltinMethod::FloatMulAdd:
      b_.get(v), b_.get(a[0]), floatOp(Op::F32Mul, Op::F64Mul), b_.get(a[1]),
          floatOp(Op::F32Add, Op::F64Add);
      return;
    case BuiltinMethod::FloatPowi: {
      // compiler-rt's __powidf2: repeated squaring, reciprocal for n < 0.
      uint32_t n = a[0], r = temp(vt), neg = temp(ValType::I32);
      b_.get(n), b_.i32(0), b_.op(Op::I32LtS), b_.set(neg);
      fconst(1.0), b_.set(r);
      auto brk = b_.block();
      auto top = b_.loop();
      b_.get(n), b_.i32(1), b_.op(Op::I32And);
      b_.ifBlock();
      b_.get(r), b_.get(v), floatOp(Op::F32Mul, Op::F64Mul), b_.set(r);
      b_.end();
      b_.get(n), b_.i32(2), b_.op(Op::I32DivS), b_.tee(n);
      b_.op(Op::I32Eqz);
      b_.brIf(brk);
      b_.get(v), b_.get(v), floatOp(Op::F32Mul, Op::F64Mul), b_.set(v);
      b_.br(top);
      b_.end();
      b_.end();
      fconst(1.0), b_.get(r), floatOp(Op::F32Div, Op::F64Div);
      b_.get(r);
      b_.get(neg);
      b_.op(Op::Select);
      return;
    }
    case BuiltinMethod::FloatIsNan:
      b_.get(v), b_.get(v), floatOp(Op::F32Ne, Op::F64Ne);
      return;
    case BuiltinMethod::FloatIsInfinite:
      b_.get(v), floatOp(Op::F32Abs, Op::F64Abs), fconst(INFINITY), floatOp(Op::F32Eq, Op::F64Eq);
      return;
    case BuiltinMethod::FloatIsFinite:
      b_.get(v), floatOp(Op::F32Abs, Op::F64Abs), fconst(INFINITY), floatOp(Op::F32Lt, Op::F64Lt);
      return;
    case BuiltinMethod::FloatIsSignNegative:
    case BuiltinMethod::FloatIsSignPositive:
      b_.get(v);
      if (f32)
        b_.op(Op::I32ReinterpretF32), b_.i32(0), b_.op(Op::I32LtS);
      else
        b_.op(Op::I64ReinterpretF64), b_.i64(0), b_.op(Op::I64LtS);
      if (m == BuiltinMethod::FloatIsSignPositive)
        b_.op(Op::I32Eqz);
      return;
    // Chars (ASCII classification is exact; Unicode-wide ones come later).
    case BuiltinMethod::CharIsAsciiDigit:
      b_.get(v), b_.i32('0'), b_.op(Op::I32Sub), b_.i32(10), b_.op(Op::I32LtU);
      return;
    case BuiltinMethod::CharIsAsciiUppercase:
      b_.get(v), b_.i32('A'), b_.op(Op::I32Sub), b_.i32(26), b_.op(Op::I32LtU);
      return;
    case BuiltinMethod::CharIsAsciiLowercase:
      b_.get(v), b_.i32('a'), b_.op(Op::I32Sub), b_.i32(26), b_.op(Op::I32LtU);
      return;
    case BuiltinMethod::CharIsAsciiAlphabetic:
    case BuiltinMethod::CharIsAsciiAlphanumeric:
      b_.get(v), b_.i32(0x20), b_.op(Op::I32Or), b_.i32('a'), b_.op(Op::I32Sub), b_.i32(26),
          b_.op(Op::I32LtU);
      if (m == BuiltinMethod::CharIsAsciiAlphanumeric) {
        b_.get(v), b_.i32('0'), b_.op(Op::I32Sub), b_.i32(10), b_.op(Op::I32LtU), b_.op(Op::I32Or);
      }
      return;
    case BuiltinMethod::CharIsAsciiWhitespace:
      b_.get(v), b_.i32(' '), b_.op(Op::I32Eq);
      for (int c : {'\t', '\n', '\x0C', '\r'})
        b_.get(v), b_.i32(c), b_.op(Op::I32Eq), b_.op(Op::I32Or);
      return;
    case BuiltinMethod::CharIsAsciiPunctuation:
      b_.get(v), b_.i32(33), b_.op(Op::I32Sub), b_.i32(15), b_.op(Op::I32LtU);
      b_.get(v), b_.i32(58), b_.op(Op::I32Sub), b_.i32(7), b_.op(Op::I32LtU), b_.op(Op::I32Or);
      b_.get(v), b_.i32(91), b_.op(Op::I32Sub), b_.i32(6), b_.op(Op::I32LtU), b_.op(Op::I32Or);
      b_.get(v), b_.i32(123), b_.op(Op::I32Sub), b_.i32(4), b_.op(Op::I32LtU), b_.op(Op::I32Or);
      return;
    case BuiltinMethod::CharIsAscii:
      b_.get(v), b_.i32(128), b_.op(Op::I32LtU);
      return;
    case BuiltinMethod::CharToAsciiUppercase:
    case BuiltinMethod::CharToAsciiLowercase: {
      bool up = m == BuiltinMethod::CharToAsciiUppercase;
      b_.get(v), b_.i32(up ? -32 : 32), b_.op(Op::I32Add);
      b_.get(v);
      b_.get(v), b_.i32(up ? 'a' : 'A'), b_.op(Op::I32Sub), b_.i32(26), b_.op(Op::I32LtU);
      b_.op(Op::Select);
      return;
    }
    case BuiltinMethod::CharIsDigit: {
      // Rust panics for radix > 36.
      uint32_t d = temp(ValType::I32);
      b_.get(a[0]), b_.i32(36), b_.op(Op::I32GtU);
      overflowIf(e->span, "to_digit: radix is too high (maximum 36)");
      b_.get(v), b_.i32('0'), b_.op(Op::I32Sub);
      b_.get(v), b_.i32(0x20), b_.op(Op::I32Or), b_.i32('a' - 10), b_.op(Op::I32Sub);
      b_.get(v), b_.i32('0'), b_.op(Op::I32Sub), b_.i32(10), b_.op(Op::I32LtU);
      b_.op(Op::Select);
      b_.set(d);
      // Letters below 'a' must not wrap into small digits.
      b_.get(d), b_.get(a[0]), b_.op(Op::I32LtU);
      b_.get(v), b_.i32('0'), b_.op(Op::I32Sub), b_.i32(10), b_.op(Op::I32LtU);
      b_.get(v), b_.i32(0x20), b_.op(Op::I32Or), b_.i32('a'), b_.op(Op::I32Sub), b_.i32(26),
          b_.op(Op::I32LtU);
      b_.op(Op::I32Or);
      b_.op(Op::I32And);
      return;
    }
    case BuiltinMethod::CharLenUtf8:
      b_.i32(1);
      b_.get(v), b_.i32(0x80), b_.op(Op::I32GeU), b_.op(Op::I32Add);
      b_.get(v), b_.i32(0x800), b_.op(Op::I32GeU), b_.op(Op::I32Add);
      b_.get(v), b_.i32(0x10000), b_.op(Op::I32GeU), b_.op(Op::I32Add);
      return;
    default: {
      int op = mathOp(m);
      if (op < 0) {
        b_.op(Op::Unreachable);
        return;
      }
      b_.get(v);
      if (!a.empty())
        b_.get(a[0]);
      mathCall(op, f32, a.empty() ? 1 : 2);
      return;
    }
  }
}

}  // namespace wr
