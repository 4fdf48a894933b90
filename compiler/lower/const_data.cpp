// Aggregate consts in the data segment.
//
// A `const` is a value that every use makes afresh, so lowering a use means
// lowering the const's initializer again: for `const VOCABULARY: [&str; 64]`
// indexed in a loop, that was 128 stores per iteration. When the value is
// plain data (numeric, bool and char literals, string literals as `&str`,
// and arrays, tuples and structs of them, also naming other such consts),
// its bytes are laid out once in the data segment instead, and uses that
// only read it (`C[i]`, `C.field`, `&C`) read them there, as rustc's
// promotion of constants to statics does. A use that needs its own copy
// (`let mut a = C;`, an argument) copies those bytes (constValue).
//
// A string inside the value is a pointer into the data segment too, whose
// address is known only when the memory is laid out: the blob records where
// each one goes and finalize() writes them (patchDataPointers).
#include <cstring>

#include "compiler/lower/lowerer.h"

namespace wr {

namespace {
constexpr int kMaxDepth = 32;  // consts naming consts: deeper is not worth it
}

// Writes one value into a blob at `at`, collecting the string literals whose
// addresses go into it.
class ConstWriter {
 public:
  ConstWriter(ModuleLowerer& m, std::string& bytes) : m_(m), bytes_(bytes) {}

  std::vector<std::pair<uint32_t, std::string_view>> strings;  // blob offset, bytes

  bool write(Expr* e, TypeId t, uint32_t at, int depth = 0) {
    if (depth > kMaxDepth)
      return false;
    while (e->kind == ExprKind::Paren)
      e = e->lhs;
    const TypeTable& tt = m_.prog.types;
    const TypeData& d = tt.get(t);
    switch (e->kind) {
      case ExprKind::IntLit:
      case ExprKind::FloatLit:
      case ExprKind::BoolLit:
      case ExprKind::CharLit:
        return scalar(t, at, e->kind == ExprKind::FloatLit, e->intValue, e->floatValue, false);
      case ExprKind::Unary:
        if (e->unOp == UnOp::Neg &&
            (e->lhs->kind == ExprKind::IntLit || e->lhs->kind == ExprKind::FloatLit))
          return scalar(t, at, e->lhs->kind == ExprKind::FloatLit, e->lhs->intValue,
                        e->lhs->floatValue, true);
        return false;
      case ExprKind::StrLit:
        if (d.kind != TypeKind::Ref || tt.kind(d.elem) != TypeKind::Str)
          return false;
        strings.emplace_back(at, e->strValue);
        putU32(at + 4, static_cast<uint32_t>(e->strValue.size()));
        return true;
      case ExprKind::Array:
        if (d.kind != TypeKind::Array || e->args.size() != d.len)
          return false;
        for (size_t i = 0; i < e->args.size(); ++i) {
          if (!write(e->args[i], d.elem, at + static_cast<uint32_t>(i) * stride(d.elem), depth + 1))
            return false;
        }
        return true;
      case ExprKind::ArrayRepeat: {
        if (d.kind != TypeKind::Array)
          return false;
        for (uint64_t i = 0; i < d.len; ++i) {
          if (!write(e->lhs, d.elem, at + static_cast<uint32_t>(i) * stride(d.elem), depth + 1))
            return false;
        }
        return true;
      }
      case ExprKind::Tuple:
        if (d.kind != TypeKind::Tuple || e->args.size() != d.elems.size())
          return false;
        for (uint32_t i = 0; i < e->args.size(); ++i) {
          if (!write(e->args[i], d.elems[i], at + m_.layouts.fieldOffset(t, i), depth + 1))
            return false;
        }
        return true;
      case ExprKind::StructLit: {
        if (d.kind != TypeKind::Struct || e->rhs || m_.prog.structs[d.id].isEnum)
          return false;
        const auto& fields = m_.prog.structs[d.id].fields;
        if (e->fields.size() != fields.size())
          return false;
        for (const FieldInit& f : e->fields) {
          if (f.fieldIndex >= fields.size() ||
              !write(f.value, m_.prog.fieldType(t, f.fieldIndex),
                     at + m_.layouts.fieldOffset(t, f.fieldIndex), depth + 1))
            return false;
        }
        return true;
      }
      case ExprKind::Path: {
        if (static_cast<ResKind>(e->resKind) != ResKind::Const)
          return false;
        const ConstInfo& c = m_.prog.consts[e->res];
        return c.item->value && write(c.item->value, t, at, depth + 1);
      }
      default:
        return false;
    }
  }

 private:
  uint32_t stride(TypeId t) { return m_.layouts.layout(t).size; }

  void putU32(uint32_t at, uint32_t v) {
    for (int i = 0; i < 4; ++i)
      bytes_[at + i] = static_cast<char>(v >> (8 * i));
  }

  // A number, bool or char of type t; `negate` for a `-` before the literal.
  bool scalar(TypeId t, uint32_t at, bool isFloat, uint64_t bits, double value, bool negate) {
    const TypeData& d = m_.prog.types.get(t);
    uint32_t size = m_.layouts.layout(t).size;
    uint64_t raw = 0;
    if (d.kind == TypeKind::Float) {
      double v = isFloat ? value : static_cast<double>(bits);
      if (negate)
        v = -v;
      if (size == 4) {
        auto f = static_cast<float>(v);
        uint32_t u = 0;
        std::memcpy(&u, &f, 4);
        raw = u;
      } else {
        std::memcpy(&raw, &v, 8);
      }
    } else if (d.kind == TypeKind::Int || d.kind == TypeKind::Bool || d.kind == TypeKind::Char) {
      if (isFloat || size > 8)
        return false;
      raw = negate ? ~bits + 1 : bits;
    } else {
      return false;
    }
    for (uint32_t i = 0; i < size; ++i)
      bytes_[at + i] = static_cast<char>(raw >> (8 * i));
    return true;
  }

  ModuleLowerer& m_;
  std::string& bytes_;
};

uint32_t ModuleLowerer::constData(uint32_t constIndex) {
  auto it = constDataIds_.find(constIndex);
  if (it != constDataIds_.end())
    return it->second;
  uint32_t id = kNone;
  const ConstInfo& c = prog.consts[constIndex];
  if (c.item->value && c.trait == kNone && c.impl == kNone && layouts.repr(c.type) == Repr::Mem) {
    Layout l = layouts.layout(c.type);
    std::string blob(l.size, '\0');
    ConstWriter w(*this, blob);
    if (w.write(c.item->value, c.type, 0)) {
      std::vector<uint32_t> targets;
      targets.reserve(w.strings.size());
      for (const auto& s : w.strings)
        targets.push_back(internString(std::string(s.second)));
      data_.resize((data_.size() + l.align - 1) / l.align * l.align, '\0');
      id = static_cast<uint32_t>(data_.size());
      dataItems_.push_back(id);
      data_ += blob;
      for (size_t i = 0; i < targets.size(); ++i)
        dataPointers_.emplace_back(id + w.strings[i].first, targets[i]);
    }
  }
  constDataIds_.emplace(constIndex, id);
  return id;
}

Expr* FnLowerer::constReadRoot(Expr* e) {
  while (e->kind == ExprKind::Paren ||
         ((e->kind == ExprKind::Field || e->kind == ExprKind::Index) && e->autoDerefs == 0))
    e = e->lhs;
  bool isConst = e->kind == ExprKind::Path && static_cast<ResKind>(e->resKind) == ResKind::Const;
  return isConst && m_.constData(e->res) != kNone ? e : nullptr;
}

void ModuleLowerer::patchDataPointers() {
  for (const auto& [at, target] : dataPointers_) {
    uint32_t v = dataStart_ + target;
    for (int i = 0; i < 4; ++i)
      data_[at + i] = static_cast<char>(v >> (8 * i));
  }
}

}  // namespace wr
