// Small helpers on AST nodes.
#include "compiler/parse/ast.h"

namespace wr {

std::string Path::str() const {
  std::string out;
  for (size_t i = 0; i < segments.size(); ++i) {
    if (i)
      out += "::";
    out += segments[i].name;
  }
  return out;
}

const char* binOpSpelling(BinOp op) {
  switch (op) {
    case BinOp::None:
      return "=";
    case BinOp::Add:
      return "+";
    case BinOp::Sub:
      return "-";
    case BinOp::Mul:
      return "*";
    case BinOp::Div:
      return "/";
    case BinOp::Rem:
      return "%";
    case BinOp::And:
      return "&&";
    case BinOp::Or:
      return "||";
    case BinOp::BitAnd:
      return "&";
    case BinOp::BitOr:
      return "|";
    case BinOp::BitXor:
      return "^";
    case BinOp::Shl:
      return "<<";
    case BinOp::Shr:
      return ">>";
    case BinOp::Eq:
      return "==";
    case BinOp::Ne:
      return "!=";
    case BinOp::Lt:
      return "<";
    case BinOp::Le:
      return "<=";
    case BinOp::Gt:
      return ">";
    case BinOp::Ge:
      return ">=";
  }
  return "?";
}

size_t Pattern::restIndex() const {
  for (size_t i = 0; i < elems.size(); ++i) {
    if (elems[i]->isRest())
      return i;
  }
  return elems.size();
}

}  // namespace wr
