// Integer constant evaluation for array lengths and repeat counts
// (`[i32; N * 2]`). Consts are evaluated on demand, with cycle detection;
// only integer arithmetic is needed here. Scalar consts in expressions are
// lowered inline instead, so this evaluator stays small.
#include "compiler/resolve/resolve.h"

namespace wr {

namespace {

bool fail(Expr* e, DiagnosticEngine& diags, const std::string& why) {
  diags.emit(DiagKind::ConstEvalFailed, "evaluation of constant value failed")
      .primary(e->span, why);
  return false;
}

}  // namespace

bool evalConstInt(Expr* e, Program& prog, DiagnosticEngine& diags, uint64_t& out) {
  if (!e)
    return false;
  switch (e->kind) {
    case ExprKind::IntLit:
      out = e->intValue;
      return true;
    case ExprKind::Paren:
      return evalConstInt(e->lhs, prog, diags, out);
    case ExprKind::Cast:
      return evalConstInt(e->lhs, prog, diags, out);
    case ExprKind::Block:
      if (e->block && e->block->stmts.empty() && e->block->tail) {
        return evalConstInt(e->block->tail, prog, diags, out);
      }
      return fail(e, diags, "this block is not a constant integer expression");
    case ExprKind::Unary: {
      uint64_t v;
      if (e->unOp == UnOp::Deref || !evalConstInt(e->lhs, prog, diags, v))
        return false;
      out = e->unOp == UnOp::Neg ? static_cast<uint64_t>(-static_cast<int64_t>(v)) : ~v;
      return true;
    }
    case ExprKind::Binary: {
      uint64_t a, b;
      if (!evalConstInt(e->lhs, prog, diags, a) || !evalConstInt(e->rhs, prog, diags, b))
        return false;
      switch (e->binOp) {
        case BinOp::Add:
          out = a + b;
          return true;
        case BinOp::Sub:
          if (b > a)
            return fail(e, diags, "attempt to compute a negative length");
          out = a - b;
          return true;
        case BinOp::Mul:
          out = a * b;
          return true;
        case BinOp::Div:
        case BinOp::Rem:
          if (b == 0)
            return fail(e, diags, "attempt to divide by zero");
          out = e->binOp == BinOp::Div ? a / b : a % b;
          return true;
        case BinOp::Shl:
          out = b < 64 ? a << b : 0;
          return true;
        case BinOp::Shr:
          out = b < 64 ? a >> b : 0;
          return true;
        case BinOp::BitAnd:
          out = a & b;
          return true;
        case BinOp::BitOr:
          out = a | b;
          return true;
        case BinOp::BitXor:
          out = a ^ b;
          return true;
        default:
          return fail(e, diags, "this operator is not allowed in a constant length");
      }
    }
    case ExprKind::Path: {
      ResKind k = static_cast<ResKind>(e->resKind);
      if (k == ResKind::BuiltinConst) {
        out = prog.builtinConsts[e->res].bits;
        return true;
      }
      if (k == ResKind::Const) {
        ConstInfo& c = prog.consts[e->res];
        if (c.state == ConstInfo::State::Done) {
          out = c.bits;
          return true;
        }
        if (c.state == ConstInfo::State::Failed)
          return false;
        if (c.state == ConstInfo::State::Evaluating) {
          diags
              .emit(DiagKind::ConstEvalFailed,
                    "cycle detected when evaluating constant `" + std::string(c.item->name) + "`")
              .primary(c.item->nameSpan);
          c.state = ConstInfo::State::Failed;
          return false;
        }
        c.state = ConstInfo::State::Evaluating;
        uint64_t v;
        if (!evalConstInt(c.item->value, prog, diags, v)) {
          c.state = ConstInfo::State::Failed;
          return false;
        }
        c.state = ConstInfo::State::Done;
        c.bits = v;
        out = v;
        return true;
      }
      if (k == ResKind::Local) {
        diags
            .emit(DiagKind::NonConstantInConst, "attempt to use a non-constant value in a constant")
            .primary(e->span, "non-constant value");
        return false;
      }
      if (k == ResKind::Unresolved)
        return false;  // already reported
      return fail(e, diags, "this value is not a constant integer");
    }
    case ExprKind::Error:
      return false;
    default:
      return fail(e, diags, "WasmRust cannot evaluate this expression at compile time yet");
  }
}

}  // namespace wr
