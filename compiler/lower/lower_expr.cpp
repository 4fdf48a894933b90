// Lowering of expressions: literals, paths, operators with Rust's overflow,
// division and shift checks (debug builds check overflow, as rustc's debug
// profile does; division by zero and `MIN / -1` panic in every build), casts,
// aggregates (tuples, arrays, struct literals), fields, indexing with bounds
// checks, and assignment.
#include <cstring>

#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {

bool isSignedInt(const TypeTable& tt, TypeId t) {
  return tt.kind(t) == TypeKind::Int && isSigned(tt.intKind(t));
}

}  // namespace

void FnLowerer::expr(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  noteMove(e);
  switch (e->kind) {
    case ExprKind::IntLit:
    case ExprKind::FloatLit:
    case ExprKind::BoolLit:
    case ExprKind::CharLit:
      literal(e);
      break;
    case ExprKind::StrLit:
      dataString(std::string(e->strValue));
      break;
    case ExprKind::ByteStrLit:
      constAddr(Sym::Data, m_.internString(std::string(e->strValue)));
      break;
    case ExprKind::Path:
      pathValue(e);
      break;
    case ExprKind::Paren:
      expr(e->lhs);
      break;
    case ExprKind::Closure:
      closureValue(e);
      break;
    case ExprKind::Try:
      tryExpr(e);
      break;
    case ExprKind::Unary:
      unary(e);
      break;
    case ExprKind::Ref: {
      Expr* inner = e->lhs;
      while (inner->kind == ExprKind::Paren)
        inner = inner->lhs;
      if (isUnsizedPlace(inner)) {
        fatPlace(inner);
        break;
      }
      bool isPlace = inner->kind == ExprKind::Path || inner->kind == ExprKind::Field ||
                     inner->kind == ExprKind::Index ||
                     (inner->kind == ExprKind::Unary && inner->unOp == UnOp::Deref);
      Expr* inData = e->isMut ? nullptr : constReadRoot(inner);
      if (inData == inner) {  // `&CONST`: promoted, as rustc does
        constAddr(Sym::Data, m_.constData(inner->res));
        break;
      }
      if (isPlace && static_cast<ResKind>(inner->resKind) != ResKind::Const &&
          static_cast<ResKind>(inner->resKind) != ResKind::BuiltinConst &&
          static_cast<ResKind>(inner->resKind) != ResKind::UnitStruct) {
        Expr* outer = std::exchange(constRead_, inData);
        Place p = placeOf(inner);
        constRead_ = outer;
        if (p.isLocal) {
          // Not marked address-taken (e.g. a temporary): give it a slot.
          uint32_t slot = allocSlot(p.type);
          load(p);
          storeAt(p.type, fp_, slot);
          b_.get(fp_);
          b_.i32(static_cast<int32_t>(slot));
          b_.op(Op::I32Add);
        } else {
          pushAddr(p);
        }
      } else if (repr(inner->type) == Repr::Mem) {
        expr(inner);  // the address of a fresh temporary
      } else {
        uint32_t slot = allocSlot(inner->type);
        expr(inner);
        storeAt(inner->type, fp_, slot);
        b_.get(fp_);
        b_.i32(static_cast<int32_t>(slot));
        b_.op(Op::I32Add);
      }
      break;
    }
    case ExprKind::Binary:
      binary(e);
      break;
    case ExprKind::Assign:
      assign(e);
      break;
    case ExprKind::Cast:
      if (e->unsize)
        unsizeValue(e);  // lower_dyn.cpp
      else
        cast(e);
      break;
    case ExprKind::Call:
      call(e);
      break;
    case ExprKind::MethodCall:
      methodCall(e);
      break;
    case ExprKind::Field:
      fieldValue(e);
      break;
    case ExprKind::Index:
      indexValue(e);
      break;
    case ExprKind::Tuple:
    case ExprKind::Array:
      tupleOrArray(e);
      break;
    case ExprKind::ArrayRepeat:
      arrayRepeat(e);
      break;
    case ExprKind::StructLit:
      structLit(e);
      break;
    case ExprKind::Block:
      block(e->block, true);
      break;
    case ExprKind::If:
      if (e->lhs && e->lhs->kind == ExprKind::Let)
        ifLet(e);
      else
        ifExpr(e);
      break;
    case ExprKind::While:
      if (e->lhs && e->lhs->kind == ExprKind::Let)
        whileLet(e);
      else
        whileLoop(e);
      break;
    case ExprKind::Match:
      matchExpr(e);
      break;
    case ExprKind::Let:
      b_.op(Op::Unreachable);  // only valid as an `if` / `while` condition
      break;
    case ExprKind::Loop:
      loopExpr(e);
      break;
    case ExprKind::For:
      forLoop(e);
      break;
    case ExprKind::Break:
    case ExprKind::Continue:
      jump(e);
      break;
    case ExprKind::Return:
      returnExpr(e);
      break;
    case ExprKind::Macro:
      macro(e);
      break;
    case ExprKind::Range:
    case ExprKind::Error:
      b_.op(Op::Unreachable);
      break;
  }
  if (tt.kind(e->type) != TypeKind::Never)
    noteTemporary(e);
  if (tt.kind(e->type) == TypeKind::Never) {
    b_.op(Op::Unreachable);  // keeps the operand stack polymorphic for consumers
  }
  if (e->coerceToSlice) {
    // `&[T; N]` used as `&[T]`: append the length.
    TypeId arr = tt.get(e->type).elem;
    b_.i32(static_cast<int32_t>(tt.get(arr).len));
  }
}

void FnLowerer::literal(Expr* e) {
  TypeId t = e->type;
  switch (repr(t)) {
    case Repr::I32:
      b_.i32(static_cast<int32_t>(static_cast<uint32_t>(e->intValue)));
      break;
    case Repr::I64:
      b_.i64(static_cast<int64_t>(e->intValue));
      break;
    case Repr::F32:
      b_.f32(static_cast<float>(e->kind == ExprKind::FloatLit ? e->floatValue
                                                              : static_cast<double>(e->intValue)));
      break;
    case Repr::F64:
      b_.f64(e->kind == ExprKind::FloatLit ? e->floatValue : static_cast<double>(e->intValue));
      break;
    default:
      break;
  }
}

void FnLowerer::constValue(uint32_t constIndex, TypeId t) {
  ConstInfo& c = m_.prog.consts[constIndex];
  if (!c.item->value) {
    b_.op(Op::Unreachable);
    return;
  }
  uint32_t data = m_.constData(constIndex);
  if (data != kNone) {
    // Laid out in data (const_data.cpp): a fresh copy of those bytes, not
    // the initializer built again value by value.
    uint32_t src = temp(ValType::I32);
    constAddr(Sym::Data, data);
    b_.set(src);
    uint32_t dst = takeAggDest(t);
    copyMem(dst, 0, src, 0, t);
    b_.get(dst);
    return;
  }
  expr(c.item->value);
}

void FnLowerer::pathValue(Expr* e) {
  switch (static_cast<ResKind>(e->resKind)) {
    case ResKind::Local:
      load(localPlace(e->res));
      return;
    case ResKind::Const:
      constValue(e->res, e->type);
      return;
    case ResKind::Static:
      load(placeOf(e));
      return;
    case ResKind::UnitVariant:
      variantValue(e->type, e->fieldIndex, {});
      return;
    case ResKind::UnitStruct: {
      uint32_t slot = allocSlot(e->type);
      b_.get(fp_);
      b_.i32(static_cast<int32_t>(slot));
      b_.op(Op::I32Add);
      return;
    }
    case ResKind::BuiltinConst: {
      const BuiltinConstInfo& c = m_.prog.builtinConsts[e->res];
      switch (repr(c.type)) {
        case Repr::I32:
          b_.i32(static_cast<int32_t>(static_cast<uint32_t>(c.bits)));
          break;
        case Repr::I64:
          b_.i64(static_cast<int64_t>(c.bits));
          break;
        case Repr::F32: {
          double d;
          std::memcpy(&d, &c.bits, 8);
          b_.f32(static_cast<float>(d));
          break;
        }
        case Repr::F64:
          b_.op(Op::F64Const), b_.body().back().value = c.bits;
          break;
        default:
          break;
      }
      return;
    }
    default:
      b_.op(Op::Unreachable);
  }
}

// Loads through references until the value has type `t` (operands of
// arithmetic may be references to numbers: `sum += x` with `x: &i32`).
void FnLowerer::derefValue(TypeId fromType, TypeId& t) {
  const TypeTable& tt = m_.prog.types;
  t = fromType;
  while (tt.kind(t) == TypeKind::Ref) {
    TypeId inner = tt.get(t).elem;
    TypeKind ik = tt.kind(inner);
    if (ik == TypeKind::Str || ik == TypeKind::Slice)
      break;  // a fat pointer is the value
    uint32_t p = temp(ValType::I32);
    b_.set(p);
    loadAt(inner, p, 0);
    t = inner;
  }
}

void FnLowerer::unary(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  if (e->unOp == UnOp::Deref) {
    expr(e->lhs);
    if (repr(e->type) == Repr::Mem)
      return;  // the pointer is the address
    uint32_t p = temp(ValType::I32);
    b_.set(p);
    loadAt(e->type, p, 0);
    return;
  }
  if (static_cast<ResKind>(e->resKind) == ResKind::Fn) {  // `Neg::neg` / `Not::not`
    callFn(e->res, {}, e->lhs, false, 0);
    return;
  }
  TypeId t = e->type;
  if (e->unOp == UnOp::Neg && e->lhs->kind == ExprKind::IntLit) {
    // Negate in unsigned arithmetic: `-9223372036854775808` is i64::MIN.
    uint64_t neg = 0 - e->lhs->intValue;
    if (repr(t) == Repr::I64)
      b_.i64(static_cast<int64_t>(neg));
    else
      b_.i32(static_cast<int32_t>(static_cast<uint32_t>(neg)));
    return;
  }
  if (e->unOp == UnOp::Neg && e->lhs->kind == ExprKind::FloatLit) {
    if (repr(t) == Repr::F32)
      b_.f32(-static_cast<float>(e->lhs->floatValue));
    else
      b_.f64(-e->lhs->floatValue);
    return;
  }
  expr(e->lhs);
  TypeId vt;
  derefValue(e->lhs->type, vt);
  Repr r = repr(t);
  if (e->unOp == UnOp::Not) {
    if (tt.kind(t) == TypeKind::Bool) {
      b_.op(Op::I32Eqz);
    } else if (r == Repr::I64) {
      b_.i64(-1);
      b_.op(Op::I64Xor);
    } else {
      int bits = intBits(tt.intKind(t));
      b_.i32(isSigned(tt.intKind(t)) || bits == 32 ? -1 : static_cast<int32_t>((1u << bits) - 1));
      b_.op(Op::I32Xor);
    }
    return;
  }
  if (r == Repr::F32)
    return void(b_.op(Op::F32Neg));
  if (r == Repr::F64)
    return void(b_.op(Op::F64Neg));
  uint32_t v = temp(r == Repr::I64 ? ValType::I64 : ValType::I32);
  b_.set(v);
  int bits = intBits(tt.intKind(t));
  if (!release_) {
    b_.get(v);
    if (r == Repr::I64) {
      b_.i64(INT64_MIN);
      b_.op(Op::I64Eq);
    } else {
      b_.i32(bits == 32 ? INT32_MIN : -(1 << (bits - 1)));
      b_.op(Op::I32Eq);
    }
    overflowIf(e->span, "attempt to negate with overflow");
  }
  if (r == Repr::I64) {
    b_.i64(0);
    b_.get(v);
    b_.op(Op::I64Sub);
  } else {
    b_.i32(0);
    b_.get(v);
    b_.op(Op::I32Sub);
    normalize(t);
  }
}

void FnLowerer::overflowIf(Span at, const char* msg) {
  b_.ifBlock();
  panicStatic(at, msg);
  b_.end();
}

// Brings an i32 holding a narrow integer back into its canonical form
// (sign- or zero-extended from its width).
void FnLowerer::normalize(TypeId t) {
  const TypeTable& tt = m_.prog.types;
  if (tt.kind(t) != TypeKind::Int)
    return;
  switch (tt.intKind(t)) {
    case IntKind::I8:
      b_.op(Op::I32Extend8S);
      break;
    case IntKind::I16:
      b_.op(Op::I32Extend16S);
      break;
    case IntKind::U8:
      b_.i32(0xFF), b_.op(Op::I32And);
      break;
    case IntKind::U16:
      b_.i32(0xFFFF), b_.op(Op::I32And);
      break;
    default:
      break;
  }
}

void FnLowerer::binary(Expr* e) {
  BinOp op = e->binOp;
  if (static_cast<ResKind>(e->resKind) == ResKind::Fn && (op == BinOp::Eq || op == BinOp::Ne)) {
    // `PartialEq::eq(&a, &b)`, both sides after `autoDerefs` references.
    for (Expr* side : {e->lhs, e->rhs}) {
      if (e->autoDerefs == 0) {
        pushAddr(addressable(placeOf(side)));
        continue;
      }
      expr(side);
      for (int k = 1; k < e->autoDerefs; ++k)
        b_.mem(Op::I32Load, 0, 2);
    }
    b_.call(m_.fnRef(e->res));
    if (op == BinOp::Ne)
      b_.op(Op::I32Eqz);
    return;
  }
  if (static_cast<ResKind>(e->resKind) == ResKind::Fn) {  // an operator trait's method
    callFn(e->res, {e->rhs}, e->lhs, false, 0);
    return;
  }
  if (op == BinOp::And || op == BinOp::Or) {
    expr(e->lhs);
    b_.ifBlock(BlockKind::Value, static_cast<uint32_t>(ValType::I32));
    if (op == BinOp::And) {
      expr(e->rhs);
      b_.elseBlock();
      b_.i32(0);
    } else {
      b_.i32(1);
      b_.elseBlock();
      expr(e->rhs);
    }
    b_.end();
    return;
  }
  TypeId lt, rt;
  expr(e->lhs);
  derefValue(e->lhs->type, lt);
  expr(e->rhs);
  derefValue(e->rhs->type, rt);
  if (op >= BinOp::Eq) {
    if (repr(lt) == Repr::Mem) {
      uint32_t b2 = temp(ValType::I32), a2 = temp(ValType::I32);
      b_.set(b2);
      b_.set(a2);
      if (op == BinOp::Eq || op == BinOp::Ne) {
        equalMem(lt, a2, b2);
        if (op == BinOp::Ne)
          b_.op(Op::I32Eqz);
      } else {
        orderMem(lt, a2, b2);  // lower_order.cpp
        orderTest(op);
      }
      return;
    }
    compare(op, lt);
    return;
  }
  if (op == BinOp::Shl || op == BinOp::Shr) {
    shift(op, lt, rt, e->span);
    return;
  }
  arith(op, lt, e->span);
}

// Can `==` of two values of `t` compare their bytes? (Integers, bool and
// char can; floats, references and anything with a PartialEq impl cannot.)
bool FnLowerer::bytewiseEq(TypeId t) {
  const TypeData& d = m_.prog.types.get(t);
  switch (d.kind) {
    case TypeKind::Int:
    case TypeKind::Bool:
    case TypeKind::Char:
      return true;
    case TypeKind::Array:
      return bytewiseEq(d.elem);
    default:
      return false;
  }
}

// [a ptr, a len, b ptr, b len] -> a == b, element by element.
void FnLowerer::equalSlices(TypeId elem) {
  uint32_t ap = temp(ValType::I32), an = temp(ValType::I32);
  uint32_t bp = temp(ValType::I32), bn = temp(ValType::I32);
  b_.set(bn), b_.set(bp), b_.set(an), b_.set(ap);
  uint32_t i = temp(ValType::I32), result = temp(ValType::I32);
  uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
  uint32_t sz = size(elem);
  b_.get(an), b_.get(bn), b_.op(Op::I32Eq), b_.set(result);
  b_.i32(0), b_.set(i);
  auto brk = b_.block();
  auto top = b_.loop();
  b_.get(result), b_.op(Op::I32Eqz), b_.brIf(brk);
  b_.get(i), b_.get(an), b_.op(Op::I32GeU), b_.brIf(brk);
  b_.get(ap), b_.get(i), b_.i32(static_cast<int32_t>(sz)), b_.op(Op::I32Mul), b_.op(Op::I32Add),
      b_.set(pa);
  b_.get(bp), b_.get(i), b_.i32(static_cast<int32_t>(sz)), b_.op(Op::I32Mul), b_.op(Op::I32Add),
      b_.set(pb);
  equalMem(elem, pa, pb);
  b_.set(result);
  b_.get(i), b_.i32(1), b_.op(Op::I32Add), b_.set(i);
  b_.br(top);
  b_.end();
  b_.end();
  b_.get(result);
}

void FnLowerer::compare(BinOp op, TypeId t) {
  const TypeTable& tt = m_.prog.types;
  Repr r = repr(t);
  if (r == Repr::Pair && (op == BinOp::Eq || op == BinOp::Ne) &&
      tt.kind(tt.get(t).elem) == TypeKind::Slice && !bytewiseEq(tt.get(tt.get(t).elem).elem)) {
    equalSlices(tt.get(tt.get(t).elem).elem);
    if (op == BinOp::Ne)
      b_.op(Op::I32Eqz);
    return;
  }
  if (r == Repr::Pair) {  // str: lexicographic bytes == code point order
    std::vector<uint32_t> rb = temps(t), ra = temps(t);
    spill(rb);
    spill(ra);
    uint32_t result = temp(ValType::I32);
    // Compare the common prefix byte by byte, then the lengths.
    uint32_t i = temp(ValType::I32), n = temp(ValType::I32);
    b_.i32(0);
    b_.set(i);
    b_.get(ra[1]);
    b_.get(rb[1]);
    b_.get(ra[1]);
    b_.get(rb[1]);
    b_.op(Op::I32LtU);
    b_.op(Op::Select);
    b_.set(n);
    b_.i32(0);
    b_.set(result);
    auto brk = b_.block();
    auto top = b_.loop();
    b_.get(i);
    b_.get(n);
    b_.op(Op::I32GeU);
    b_.brIf(brk);
    b_.get(ra[0]);
    b_.get(i);
    b_.op(Op::I32Add);
    b_.mem(Op::I32Load8U, 0, 0);
    b_.get(rb[0]);
    b_.get(i);
    b_.op(Op::I32Add);
    b_.mem(Op::I32Load8U, 0, 0);
    b_.op(Op::I32Sub);
    b_.tee(result);
    b_.brIf(brk);
    b_.get(i);
    b_.i32(1);
    b_.op(Op::I32Add);
    b_.set(i);
    b_.br(top);
    b_.end();
    b_.end();
    // Equal prefixes: the shorter string is smaller.
    b_.get(result);
    b_.op(Op::I32Eqz);
    b_.ifBlock();
    b_.get(ra[1]);
    b_.get(rb[1]);
    b_.op(Op::I32Sub);
    b_.set(result);
    b_.end();
    b_.get(result);
    b_.i32(0);
    static const Op kOps[] = {Op::I32Eq, Op::I32Ne, Op::I32LtS, Op::I32LeS, Op::I32GtS, Op::I32GeS};
    b_.op(kOps[static_cast<int>(op) - static_cast<int>(BinOp::Eq)]);
    return;
  }
  int k = static_cast<int>(op) - static_cast<int>(BinOp::Eq);  // Eq Ne Lt Le Gt Ge
  if (r == Repr::F32 || r == Repr::F64) {
    static const Op kF32Ops[] = {Op::F32Eq, Op::F32Ne, Op::F32Lt, Op::F32Le, Op::F32Gt, Op::F32Ge};
    static const Op kF64Ops[] = {Op::F64Eq, Op::F64Ne, Op::F64Lt, Op::F64Le, Op::F64Gt, Op::F64Ge};
    b_.op(r == Repr::F32 ? kF32Ops[k] : kF64Ops[k]);
    return;
  }
  bool sgn = isSignedInt(tt, t);
  if (r == Repr::I64) {
    static const Op kSigned[] = {Op::I64Eq,  Op::I64Ne,  Op::I64LtS,
                                 Op::I64LeS, Op::I64GtS, Op::I64GeS};
    static const Op kUnsigned[] = {Op::I64Eq,  Op::I64Ne,  Op::I64LtU,
                                   Op::I64LeU, Op::I64GtU, Op::I64GeU};
    b_.op(sgn ? kSigned[k] : kUnsigned[k]);
    return;
  }
  if (r == Repr::None) {  // () == ()
    b_.i32(op == BinOp::Eq || op == BinOp::Le || op == BinOp::Ge ? 1 : 0);
    return;
  }
  static const Op kSigned[] = {Op::I32Eq,  Op::I32Ne,  Op::I32LtS,
                               Op::I32LeS, Op::I32GtS, Op::I32GeS};
  static const Op kUnsigned[] = {Op::I32Eq,  Op::I32Ne,  Op::I32LtU,
                                 Op::I32LeU, Op::I32GtU, Op::I32GeU};
  b_.op(sgn ? kSigned[k] : kUnsigned[k]);
}

// Structural equality of two values in memory: pushes an i32 (1 if equal).
void FnLowerer::equalMem(TypeId t, uint32_t a, uint32_t b) {
  const TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  auto own = m_.prog.eqFns.find(t);
  if (own != m_.prog.eqFns.end()) {  // the type's PartialEq impl: eq(&a, &b)
    b_.get(a);
    b_.get(b);
    b_.call(m_.fnRef(own->second));
    return;
  }
  if (d.kind == TypeKind::Ref && tt.kind(d.elem) == TypeKind::Slice &&
      !bytewiseEq(tt.get(d.elem).elem)) {
    loadAt(t, a, 0);
    loadAt(t, b, 0);
    equalSlices(tt.get(d.elem).elem);
    return;
  }
  if (d.kind == TypeKind::Ref && tt.kind(d.elem) != TypeKind::Slice &&
      tt.kind(d.elem) != TypeKind::Str && repr(t) == Repr::I32) {
    // References compare what they point to (`Some(&x) == it.peek()`).
    uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
    loadAt(t, a, 0);
    b_.set(pa);
    loadAt(t, b, 0);
    b_.set(pb);
    equalMem(d.elem, pa, pb);
    return;
  }
  if (repr(t) != Repr::Mem) {
    loadAt(t, a, 0);
    loadAt(t, b, 0);
    TypeId vt = t;
    compare(BinOp::Eq, vt);
    return;
  }
  if (d.kind == TypeKind::Array) {
    TypeId elem = d.elem;
    uint32_t n = static_cast<uint32_t>(d.len);
    uint32_t sz = m_.layouts.layout(elem).size;
    uint32_t i = temp(ValType::I32), result = temp(ValType::I32);
    uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
    b_.i32(0);
    b_.set(i);
    b_.i32(1);
    b_.set(result);
    auto brk = b_.block();
    auto top = b_.loop();
    b_.get(i);
    b_.i32(static_cast<int32_t>(n));
    b_.op(Op::I32GeU);
    b_.brIf(brk);
    for (auto [dst, src] : {std::pair{pa, a}, std::pair{pb, b}}) {
      b_.get(src);
      b_.get(i);
      b_.i32(static_cast<int32_t>(sz));
      b_.op(Op::I32Mul);
      b_.op(Op::I32Add);
      b_.set(dst);
    }
    equalMem(elem, pa, pb);
    b_.op(Op::I32Eqz);
    b_.ifBlock();
    b_.i32(0);
    b_.set(result);
    b_.br(brk);
    b_.end();
    b_.get(i);
    b_.i32(1);
    b_.op(Op::I32Add);
    b_.set(i);
    b_.br(top);
    b_.end();
    b_.end();
    b_.get(result);
    return;
  }
  if (m_.layouts.isEnum(t)) {
    equalEnum(t, a, b);
    return;
  }
  // Tuples and structs: all fields equal.
  std::vector<TypeId> fields;
  if (d.kind == TypeKind::Struct) {
    for (uint32_t i = 0; i < m_.prog.structs[d.id].fields.size(); ++i)
      fields.push_back(m_.prog.fieldType(t, i));
  } else {
    fields = d.elems;
  }
  b_.i32(1);
  for (uint32_t i = 0; i < fields.size(); ++i) {
    uint32_t off = m_.layouts.fieldOffset(t, i);
    uint32_t pa = temp(ValType::I32), pb = temp(ValType::I32);
    b_.get(a);
    b_.i32(static_cast<int32_t>(off));
    b_.op(Op::I32Add);
    b_.set(pa);
    b_.get(b);
    b_.i32(static_cast<int32_t>(off));
    b_.op(Op::I32Add);
    b_.set(pb);
    equalMem(fields[i], pa, pb);
    b_.op(Op::I32And);
  }
}

void FnLowerer::arith(BinOp op, TypeId t, Span at) {
  Repr r = repr(t);
  if (r == Repr::F32 || r == Repr::F64) {
    bool f32 = r == Repr::F32;
    switch (op) {
      case BinOp::Add:
        b_.op(f32 ? Op::F32Add : Op::F64Add);
        return;
      case BinOp::Sub:
        b_.op(f32 ? Op::F32Sub : Op::F64Sub);
        return;
      case BinOp::Mul:
        b_.op(f32 ? Op::F32Mul : Op::F64Mul);
        return;
      case BinOp::Div:
        b_.op(f32 ? Op::F32Div : Op::F64Div);
        return;
      case BinOp::Rem:
        mathCall(0, f32, 2);
        return;  // fmod, as C's and Rust's `%`
      default:
        return;
    }
  }
  bool w = r == Repr::I64;
  switch (op) {
    case BinOp::BitAnd:
      b_.op(w ? Op::I64And : Op::I32And);
      return;
    case BinOp::BitOr:
      b_.op(w ? Op::I64Or : Op::I32Or);
      return;
    case BinOp::BitXor:
      b_.op(w ? Op::I64Xor : Op::I32Xor);
      return;
    case BinOp::Add:
    case BinOp::Sub:
      if (release_) {
        b_.op(op == BinOp::Add ? (w ? Op::I64Add : Op::I32Add) : (w ? Op::I64Sub : Op::I32Sub));
        normalize(t);
      } else {
        checkedAddSub(op, t, at);
      }
      return;
    case BinOp::Mul:
      if (release_) {
        b_.op(w ? Op::I64Mul : Op::I32Mul);
        normalize(t);
      } else {
        checkedMul(t, at);
      }
      return;
    case BinOp::Div:
    case BinOp::Rem:
      divRem(op, t, at);
      return;
    default:
      return;
  }
}

void FnLowerer::checkedAddSub(BinOp op, TypeId t, Span at) {
  const TypeTable& tt = m_.prog.types;
  bool w = repr(t) == Repr::I64;
  ValType vt = w ? ValType::I64 : ValType::I32;
  uint32_t a = temp(vt), bv = temp(vt), res = temp(vt);
  b_.set(bv);
  b_.set(a);
  bool add = op == BinOp::Add;
  const char* msg = add ? "attempt to add with overflow" : "attempt to subtract with overflow";
  int bits = intBits(tt.intKind(t));
  bool sgn = isSigned(tt.intKind(t));
  b_.get(a);
  b_.get(bv);
  b_.op(add ? (w ? Op::I64Add : Op::I32Add) : (w ? Op::I64Sub : Op::I32Sub));
  b_.set(res);
  if (bits < 32) {
    b_.get(res);
    if (sgn) {
      b_.get(res);
      b_.op(bits == 8 ? Op::I32Extend8S : Op::I32Extend16S);
      b_.op(Op::I32Ne);
    } else {
      b_.i32((1 << bits) - 1);
      b_.op(Op::I32GtU);
    }
  } else if (sgn) {
    // add: ((a ^ r) & (b ^ r)) < 0; sub: ((a ^ b) & (a ^ r)) < 0
    Op x = w ? Op::I64Xor : Op::I32Xor;
    if (add) {
      b_.get(a), b_.get(res), b_.op(x);
      b_.get(bv), b_.get(res), b_.op(x);
    } else {
      b_.get(a), b_.get(bv), b_.op(x);
      b_.get(a), b_.get(res), b_.op(x);
    }
    b_.op(w ? Op::I64And : Op::I32And);
    if (w)
      b_.i64(0), b_.op(Op::I64LtS);
    else
      b_.i32(0), b_.op(Op::I32LtS);
  } else if (add) {
    b_.get(res), b_.get(a), b_.op(w ? Op::I64LtU : Op::I32LtU);
  } else {
    b_.get(a), b_.get(bv), b_.op(w ? Op::I64LtU : Op::I32LtU);
  }
  overflowIf(at, msg);
  b_.get(res);
}

void FnLowerer::checkedMul(TypeId t, Span at) {
  const TypeTable& tt = m_.prog.types;
  int bits = intBits(tt.intKind(t));
  bool sgn = isSigned(tt.intKind(t));
  const char* msg = "attempt to multiply with overflow";
  if (bits == 64) {
    pushLocation(at);
    b_.call(m_.helperRef(sgn ? Helper::MulOvfS64 : Helper::MulOvfU64));
    return;
  }
  if (bits < 32) {
    uint32_t res = temp(ValType::I32);
    b_.op(Op::I32Mul);
    b_.tee(res);
    if (sgn) {
      b_.get(res);
      b_.op(bits == 8 ? Op::I32Extend8S : Op::I32Extend16S);
      b_.op(Op::I32Ne);
    } else {
      b_.i32((1 << bits) - 1);
      b_.op(Op::I32GtU);
    }
    overflowIf(at, msg);
    b_.get(res);
    return;
  }
  uint32_t bv = temp(ValType::I32), wide = temp(ValType::I64);
  b_.set(bv);
  b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
  b_.get(bv);
  b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
  b_.op(Op::I64Mul);
  b_.tee(wide);
  if (sgn) {
    b_.get(wide);
    b_.op(Op::I32WrapI64);
    b_.op(Op::I64ExtendI32S);
    b_.op(Op::I64Ne);
  } else {
    b_.i64(32);
    b_.op(Op::I64ShrU);
    b_.op(Op::I64Eqz);
    b_.op(Op::I32Eqz);
  }
  overflowIf(at, msg);
  b_.get(wide);
  b_.op(Op::I32WrapI64);
}

void FnLowerer::divRem(BinOp op, TypeId t, Span at) {
  const TypeTable& tt = m_.prog.types;
  bool w = repr(t) == Repr::I64;
  ValType vt = w ? ValType::I64 : ValType::I32;
  bool div = op == BinOp::Div;
  bool sgn = isSigned(tt.intKind(t));
  int bits = intBits(tt.intKind(t));
  uint32_t a = temp(vt), bv = temp(vt);
  b_.set(bv);
  b_.set(a);
  b_.get(bv);
  b_.op(w ? Op::I64Eqz : Op::I32Eqz);
  overflowIf(at, div ? "attempt to divide by zero"
                     : "attempt to calculate the remainder with a divisor of zero");
  if (sgn) {
    b_.get(a);
    if (w)
      b_.i64(INT64_MIN), b_.op(Op::I64Eq);
    else
      b_.i32(bits == 32 ? INT32_MIN : -(1 << (bits - 1))), b_.op(Op::I32Eq);
    b_.get(bv);
    if (w)
      b_.i64(-1), b_.op(Op::I64Eq);
    else
      b_.i32(-1), b_.op(Op::I32Eq);
    b_.op(Op::I32And);
    overflowIf(at, div ? "attempt to divide with overflow"
                       : "attempt to calculate the remainder with overflow");
  }
  b_.get(a);
  b_.get(bv);
  if (w)
    b_.op(div ? (sgn ? Op::I64DivS : Op::I64DivU) : (sgn ? Op::I64RemS : Op::I64RemU));
  else
    b_.op(div ? (sgn ? Op::I32DivS : Op::I32DivU) : (sgn ? Op::I32RemS : Op::I32RemU));
}

void FnLowerer::shift(BinOp op, TypeId lt, TypeId rt, Span at) {
  const TypeTable& tt = m_.prog.types;
  bool w = repr(lt) == Repr::I64;
  bool rw = repr(rt) == Repr::I64;
  int bits = intBits(tt.intKind(lt));
  uint32_t amount = temp(rw ? ValType::I64 : ValType::I32);
  b_.set(amount);
  if (!release_) {
    b_.get(amount);
    if (rw)
      b_.i64(bits), b_.op(Op::I64GeU);
    else
      b_.i32(bits), b_.op(Op::I32GeU);
    overflowIf(at, op == BinOp::Shl ? "attempt to shift left with overflow"
                                    : "attempt to shift right with overflow");
  }
  b_.get(amount);
  if (rw && !w)
    b_.op(Op::I32WrapI64);
  if (!rw && w)
    b_.op(Op::I64ExtendI32U);
  if (bits < 32) {
    b_.i32(bits - 1);
    b_.op(Op::I32And);
  }
  bool sgn = isSigned(tt.intKind(lt));
  if (op == BinOp::Shl) {
    b_.op(w ? Op::I64Shl : Op::I32Shl);
    normalize(lt);
  } else {
    b_.op(w ? (sgn ? Op::I64ShrS : Op::I64ShrU) : (sgn ? Op::I32ShrS : Op::I32ShrU));
  }
}

void FnLowerer::assign(Expr* e) {
  TypeId placeT = e->lhs->type;
  if (static_cast<ResKind>(e->resKind) == ResKind::Fn) {  // `AddAssign::add_assign` & co.
    callFn(e->res, {e->rhs}, e->lhs, true, 0);
    return;
  }
  if (e->binOp == BinOp::None) {
    expr(e->rhs);
    std::vector<uint32_t> vals = temps(placeT);
    if (m_.prog.types.kind(e->rhs->type) == TypeKind::Never)
      return;
    spill(vals);
    Place p = placeOf(e->lhs);
    dropBeforeAssign(e->lhs, p);
    reload(vals);
    if (!p.isLocal && p.base != kNone && repr(placeT) == Repr::ExternRef)
      replaceExternRef(p.base, p.offset);  // the place keeps its slot
    else
      store(p);
    assignedLocal(e->lhs);
    return;
  }
  TypeId rt;
  expr(e->rhs);
  derefValue(e->rhs->type, rt);
  std::vector<uint32_t> rv = temps(rt);
  spill(rv);
  Place p = placeOf(e->lhs);
  TypeId vt = p.type;
  load(p);
  TypeId lt;
  derefValue(vt, lt);
  reload(rv);
  if (e->binOp == BinOp::Shl || e->binOp == BinOp::Shr)
    shift(e->binOp, lt, rt, e->span);
  else
    arith(e->binOp, lt, e->span);
  store(p);
}

void FnLowerer::convertInt(TypeId from, TypeId to) {
  const TypeTable& tt = m_.prog.types;
  auto bitsOf = [&](TypeId t) {
    TypeKind k = tt.kind(t);
    if (k == TypeKind::Int)
      return intBits(tt.intKind(t));
    return 32;  // bool, char
  };
  bool fromSigned = isSignedInt(tt, from);
  int fb = bitsOf(from), tb = bitsOf(to);
  if (fb == 64 && tb < 64)
    b_.op(Op::I32WrapI64);
  if (fb < 64 && tb == 64)
    b_.op(fromSigned ? Op::I64ExtendI32S : Op::I64ExtendI32U);
  if (tb < 32)
    normalize(to);
}

void FnLowerer::cast(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  expr(e->lhs);
  TypeId from = e->lhs->type, to = e->type;
  TypeKind fk = tt.kind(from), tk = tt.kind(to);
  if (from == to)
    return;
  bool fromFloat = fk == TypeKind::Float, toFloat = tk == TypeKind::Float;
  if (!fromFloat && !toFloat) {
    if (tk == TypeKind::Char)
      return;                    // u8 as char
    if (fk == TypeKind::Struct)  // a fieldless enum: its discriminant is an isize
      from = tt.intType(IntKind::Isize);
    convertInt(from, to);
    return;
  }
  if (fromFloat && toFloat) {
    b_.op(tt.get(from).sub == 0 ? Op::F64PromoteF32 : Op::F32DemoteF64);
    return;
  }
  if (toFloat) {
    bool f32 = tt.get(to).sub == 0;
    bool s = isSignedInt(tt, from);
    if (repr(from) == Repr::I64)
      b_.op(f32 ? (s ? Op::F32ConvertI64S : Op::F32ConvertI64U)
                : (s ? Op::F64ConvertI64S : Op::F64ConvertI64U));
    else
      b_.op(f32 ? (s ? Op::F32ConvertI32S : Op::F32ConvertI32U)
                : (s ? Op::F64ConvertI32S : Op::F64ConvertI32U));
    return;
  }
  // Float to integer: Rust saturates, and NaN becomes 0.
  bool f32 = tt.get(from).sub == 0;
  IntKind k = tt.intKind(to);
  int bits = intBits(k);
  bool s = isSigned(k);
  if (bits == 64) {
    b_.op(f32 ? (s ? Op::I64TruncSatF32S : Op::I64TruncSatF32U)
              : (s ? Op::I64TruncSatF64S : Op::I64TruncSatF64U));
    return;
  }
  if (bits == 32) {
    b_.op(f32 ? (s ? Op::I32TruncSatF32S : Op::I32TruncSatF32U)
              : (s ? Op::I32TruncSatF64S : Op::I32TruncSatF64U));
    return;
  }
  b_.op(f32 ? Op::I32TruncSatF32S : Op::I32TruncSatF64S);
  int32_t lo = s ? -(1 << (bits - 1)) : 0;
  int32_t hi = s ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
  uint32_t v = temp(ValType::I32);
  b_.tee(v);
  b_.i32(lo);
  b_.get(v);
  b_.i32(lo);
  b_.op(Op::I32GtS);
  b_.op(Op::Select);
  b_.tee(v);
  b_.i32(hi);
  b_.get(v);
  b_.i32(hi);
  b_.op(Op::I32LtS);
  b_.op(Op::Select);
}

// Evaluates an aggregate straight into [base + offset] when it is a call
// that can write there itself; returns false (emitting nothing) otherwise.
// Literals whose lowering builds the value where takeAggDest says.
bool FnLowerer::buildsInPlace(const Expr* e) {
  return e->kind == ExprKind::StructLit || e->kind == ExprKind::Array ||
         e->kind == ExprKind::ArrayRepeat || (e->kind == ExprKind::Tuple && !e->args.empty()) ||
         (e->kind == ExprKind::Call &&
          static_cast<ResKind>(e->lhs->resKind) == ResKind::VariantCtor) ||
         (e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::UnitVariant);
}

bool FnLowerer::exprInto(Expr* e, uint32_t base, uint32_t offset) {
  while (e->kind == ExprKind::Paren)
    e = e->lhs;
  if (buildsInPlace(e) && repr(e->type) == Repr::Mem) {
    pendingAggBase_ = base;
    pendingAggOffset_ = offset;
    expr(e);
    b_.op(Op::Drop);  // the literal's address: it is already in place
    return true;
  }
  bool userCall =
      (e->kind == ExprKind::Call && static_cast<ResKind>(e->lhs->resKind) == ResKind::Fn) ||
      (e->kind == ExprKind::MethodCall && static_cast<ResKind>(e->resKind) == ResKind::Fn);
  if (!userCall || repr(e->type) != Repr::Mem)
    return false;
  uint32_t dest = temp(ValType::I32);
  b_.get(base);
  if (offset)
    b_.i32(static_cast<int32_t>(offset)), b_.op(Op::I32Add);
  b_.set(dest);
  pendingDest_ = dest;
  expr(e);
  b_.op(Op::Drop);  // the call returns the destination's address
  return true;
}

uint32_t FnLowerer::takeAggDest(TypeId t) {
  uint32_t addr = temp(ValType::I32);
  if (pendingAggBase_ != kNone) {
    b_.get(pendingAggBase_);
    if (pendingAggOffset_)
      b_.i32(static_cast<int32_t>(pendingAggOffset_)), b_.op(Op::I32Add);
    pendingAggBase_ = kNone;
  } else {
    uint32_t slot = allocSlot(t);
    b_.get(fp_);
    b_.i32(static_cast<int32_t>(slot));
    b_.op(Op::I32Add);
  }
  b_.set(addr);
  return addr;
}

void FnLowerer::tupleOrArray(Expr* e) {
  TypeId t = e->type;
  if (repr(t) != Repr::Mem) {
    for (Expr* a : e->args) {
      expr(a);
      dropValue(a->type);
    }
    return;
  }
  const TypeData& d = m_.prog.types.get(t);
  uint32_t base = takeAggDest(t);
  bool isArray = d.kind == TypeKind::Array;
  TypeId elemT = isArray ? d.elem : kNoType;
  uint32_t elemSize = isArray ? size(elemT) : 0;
  for (size_t i = 0; i < e->args.size(); ++i) {
    TypeId et = isArray ? elemT : m_.prog.types.get(t).elems[i];
    uint32_t off = isArray ? static_cast<uint32_t>(i) * elemSize
                           : m_.layouts.fieldOffset(t, static_cast<uint32_t>(i));
    if (exprInto(e->args[i], base, off))
      continue;
    expr(e->args[i]);
    storeAt(et, base, off);
  }
  b_.get(base);
}

static bool isZeroLiteral(const Expr* e) {
  switch (e->kind) {
    case ExprKind::IntLit:
    case ExprKind::BoolLit:
      return e->intValue == 0;
    case ExprKind::FloatLit: {
      uint64_t bits;
      std::memcpy(&bits, &e->floatValue, 8);
      return bits == 0;
    }
    default:
      return false;
  }
}

void FnLowerer::arrayRepeat(Expr* e) {
  TypeId t = e->type;
  const TypeData& d = m_.prog.types.get(t);
  TypeId elemT = d.elem;
  uint32_t n = static_cast<uint32_t>(d.len);
  uint32_t base = takeAggDest(t);  // a `let`'s own slot, or a fresh one
  uint32_t elemSize = size(elemT);
  if (isZeroLiteral(e->lhs)) {
    b_.get(base);
    b_.i32(0);
    b_.i32(static_cast<int32_t>(elemSize * n));
    b_.op(Op::MemoryFill);
  } else if (n > 0) {
    expr(e->lhs);
    std::vector<uint32_t> v = temps(elemT);
    spill(v);
    uint32_t p = temp(ValType::I32), end = temp(ValType::I32);
    b_.get(base);
    b_.set(p);
    b_.get(base);
    b_.i32(static_cast<int32_t>(elemSize * n));
    b_.op(Op::I32Add);
    b_.set(end);
    auto top = b_.loop();
    reload(v);
    storeAt(elemT, p, 0);
    b_.get(p);
    b_.i32(static_cast<int32_t>(elemSize));
    b_.op(Op::I32Add);
    b_.tee(p);
    b_.get(end);
    b_.op(Op::I32LtU);
    b_.brIf(top);
    b_.end();
  } else {
    expr(e->lhs);
    dropValue(elemT);
  }
  b_.get(base);
}

void FnLowerer::structLit(Expr* e) {
  if (static_cast<ResKind>(e->resKind) == ResKind::VariantCtor) {
    variantLiteral(e);
    return;
  }
  TypeId t = e->type;
  uint32_t base = takeAggDest(t);
  if (e->rhs) {  // `..base`: start from a copy of the base value
    expr(e->rhs);
    uint32_t src = temp(ValType::I32);
    b_.set(src);
    copyMem(base, 0, src, 0, t);
  }
  for (FieldInit& f : e->fields) {
    uint32_t off = m_.layouts.fieldOffset(t, f.fieldIndex);
    if (exprInto(f.value, base, off))
      continue;
    expr(f.value);
    storeAt(m_.prog.fieldType(t, f.fieldIndex), base, off);
  }
  if (isHandleType(t))
    handleEvent(memviz::EventKind::HandleCreate, addressPlace(base, t), 0, e->span);
  b_.get(base);
}

// Reads of a field or element: a const's value is read where it lies in
// data (const_data.cpp) instead of being built first.
void FnLowerer::fieldValue(Expr* e) {
  Expr* outer = std::exchange(constRead_, constReadRoot(e));
  Place p = placeOf(e);
  constRead_ = outer;
  load(p);
}

void FnLowerer::indexValue(Expr* e) {
  Expr* outer = std::exchange(constRead_, constReadRoot(e));
  Place p = indexPlace(e);
  constRead_ = outer;
  load(p);
}

bool FnLowerer::provablyInBounds(Expr* index, uint64_t len) {
  while (index->kind == ExprKind::Paren)
    index = index->lhs;
  if (index->kind == ExprKind::IntLit)
    return index->intValue < len;
  if (index->kind == ExprKind::Path && static_cast<ResKind>(index->resKind) == ResKind::Local) {
    auto it = rangeBound_.find(index->res);
    return it != rangeBound_.end() && it->second <= len;
  }
  return false;
}

FnLowerer::Place FnLowerer::indexPlace(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  uint32_t base = kNone, len = kNone;
  TypeId elemT = sequenceBase(e->lhs, e->autoDerefs, base, len);
  uint32_t elemSize = size(elemT);
  uint32_t idx = temp(ValType::I32);
  TypeId seqT = e->lhs->type;
  for (int k = 0; k < e->autoDerefs; ++k)
    seqT = tt.get(seqT).elem;
  if (tt.kind(seqT) == TypeKind::Array && provablyInBounds(e->rhs, tt.get(seqT).len)) {
    expr(e->rhs);
    b_.set(idx);
    uint32_t addr = temp(ValType::I32);
    b_.get(base);
    b_.get(idx);
    if (elemSize != 1)
      b_.i32(static_cast<int32_t>(elemSize)), b_.op(Op::I32Mul);
    b_.op(Op::I32Add);
    b_.set(addr);
    Place out;
    out.base = addr;
    out.type = e->type;
    return out;
  }
  expr(e->rhs);
  b_.tee(idx);
  b_.get(len);
  b_.op(Op::I32GeU);
  b_.ifBlock();
  b_.get(idx);
  b_.get(len);
  pushLocation(e->span);
  b_.call(m_.helperRef(Helper::PanicBounds));
  b_.op(Op::Unreachable);
  b_.end();
  uint32_t addr = temp(ValType::I32);
  b_.get(base);
  b_.get(idx);
  if (elemSize != 1) {
    b_.i32(static_cast<int32_t>(elemSize));
    b_.op(Op::I32Mul);
  }
  b_.op(Op::I32Add);
  b_.set(addr);
  Place out;
  out.base = addr;
  out.type = e->type;
  return out;
}

}  // namespace wr
