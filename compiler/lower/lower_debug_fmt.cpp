// `{:?}` and `{:#?}` of aggregates, as #[derive(Debug)] and std print them:
// tuples, arrays, slices, structs and enums, and the standard library's
// Vec (a list), String (quoted) and Box (what it holds).
//
// The code is emitted inline at each use, one level of nesting after the
// other, except for structs and enums that own heap memory: those can be
// recursive (a list of boxes), so each gets a function of its own per mode
// (compact, or pretty with the indentation as a parameter).
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

// Loads the i32 field `name` of the lang struct at [addr] (a Vec's or
// String's `ptr`, `len`; a Box's `ptr`).
void FnLowerer::langField(TypeId t, const char* name, uint32_t addr) {
  const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
  for (uint32_t i = 0; i < s.fields.size(); ++i) {
    if (s.fields[i].name == name) {
      b_.get(addr);
      b_.mem(Op::I32Load, m_.layouts.fieldOffset(t, i), 2);
      return;
    }
  }
  b_.i32(0);
}

// Spaces: `indent.fixed + extra` of them, or the runtime indentation plus
// `extra` when the indentation is a parameter.
void FnLowerer::emitIndent(const Indent& indent, int extra) {
  if (indent.local == kNone) {
    fmtLiteral(std::string(static_cast<size_t>(indent.fixed + extra), ' '));
    return;
  }
  uint32_t n = temp(ValType::I32);
  b_.get(indent.local);
  b_.i32(extra);
  b_.op(Op::I32Add);
  b_.tee(n);
  b_.i32(static_cast<int32_t>(kFmtReserve));
  b_.op(Op::I32Add);
  b_.call(m_.helperRef(Helper::FmtReserve));
  b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtPos));
  b_.get(n);
  b_.i32(static_cast<int32_t>(FormatSpec::Align::Left));
  b_.i32(' ');
  b_.call(m_.helperRef(Helper::FmtPad));
}

// The indentation one level deeper.
FnLowerer::Indent FnLowerer::deeper(const Indent& indent) {
  if (indent.local == kNone)
    return Indent{indent.fixed < 0 ? -1 : indent.fixed + 4, kNone};
  uint32_t n = temp(ValType::I32);
  b_.get(indent.local);
  b_.i32(4);
  b_.op(Op::I32Add);
  b_.set(n);
  return Indent{0, n};
}

// One element of type `et` at [base + offset].
void FnLowerer::formatElemDebug(TypeId et, uint32_t base, uint32_t offset, const Indent& indent) {
  // A reference to an aggregate (`Some(&point)`) is formatted as the
  // aggregate, at this indentation: follow the pointers to it.
  const TypeTable& tt = m_.prog.types;
  if (tt.kind(et) == TypeKind::Ref) {
    TypeId target = et;
    int hops = 0;
    while (tt.kind(target) == TypeKind::Ref && hops < 8) {
      target = tt.get(target).elem;
      ++hops;
    }
    TypeKind k = tt.kind(target);
    if (repr(target) == Repr::Mem && k != TypeKind::Slice && k != TypeKind::Str &&
        k != TypeKind::Dyn) {
      uint32_t p = temp(ValType::I32);
      b_.get(base);
      b_.mem(Op::I32Load, offset, 2);
      for (int i = 1; i < hops; ++i)
        b_.mem(Op::I32Load, 0, 2);
      b_.set(p);
      formatDebugMem(target, p, indent);
      return;
    }
  }
  if (repr(et) == Repr::Mem) {
    uint32_t p = temp(ValType::I32);
    b_.get(base);
    if (offset)
      b_.i32(static_cast<int32_t>(offset)), b_.op(Op::I32Add);
    b_.set(p);
    formatDebugMem(et, p, indent);
    return;
  }
  FormatSpec debug;
  debug.kind = FormatSpec::Kind::Debug;
  debug.alternate = indent.pretty();
  loadAt(et, base, offset);
  std::vector<uint32_t> v = temps(et);
  spill(v);
  formatValue(et, debug, v, {});
}

// `[a, b, c]` of `len` elements of `elem` from `base` (both locals).
void FnLowerer::formatSeqDebug(TypeId elem, uint32_t base, uint32_t len, const Indent& indent) {
  bool pretty = indent.pretty();
  uint32_t i = temp(ValType::I32), p = temp(ValType::I32);
  uint32_t sz = size(elem);
  Indent inner = pretty ? deeper(indent) : indent;
  b_.i32(0);
  b_.set(i);
  fmtLiteral("[");
  if (pretty) {
    b_.get(len);
    b_.ifBlock();
    fmtLiteral("\n");
    b_.end();
  }
  auto brk = b_.block();
  auto top = b_.loop();
  b_.get(i), b_.get(len), b_.op(Op::I32GeU), b_.brIf(brk);
  if (pretty) {
    emitIndent(inner, 0);
  } else {
    b_.get(i);
    b_.ifBlock();
    fmtLiteral(", ");
    b_.end();
  }
  b_.get(base), b_.get(i), b_.i32(static_cast<int32_t>(sz)), b_.op(Op::I32Mul), b_.op(Op::I32Add),
      b_.set(p);
  formatElemDebug(elem, p, 0, inner);
  if (pretty)
    fmtLiteral(",\n");
  b_.get(i), b_.i32(1), b_.op(Op::I32Add), b_.set(i);
  b_.br(top);
  b_.end();
  b_.end();
  if (pretty) {
    b_.get(len);
    b_.ifBlock();
    emitIndent(indent, 0);
    b_.end();
  }
  fmtLiteral("]");
}

// Debug formatting of the aggregate at [addr] (a local).
void FnLowerer::formatDebugMem(TypeId t, uint32_t addr, const Indent& indent) {
  if (callUserFmt(t, true, {addr}, indent.pretty(), indent))
    return;  // the program's own `impl fmt::Debug`
  TypeTable& tt = m_.prog.types;
  const TypeData& d = tt.get(t);
  bool pretty = indent.pretty();
  switch (m_.prog.langOf(t)) {
    case LangItem::String:
      langField(t, "ptr", addr);
      langField(t, "len", addr);
      b_.call(m_.helperRef(Helper::FmtStrDebug));
      return;
    case LangItem::OwnedBox: {
      if (tt.kind(d.elems[0]) == TypeKind::Dyn) {
        callBoxDynFmt(d.elems[0], true, addr, indent);
        return;
      }
      uint32_t p = temp(ValType::I32);
      langField(t, "ptr", addr);
      b_.set(p);
      formatElemDebug(d.elems[0], p, 0, indent);
      return;
    }
    case LangItem::Vec: {
      uint32_t base = temp(ValType::I32), len = temp(ValType::I32);
      langField(t, "ptr", addr);
      b_.set(base);
      langField(t, "len", addr);
      b_.set(len);
      formatSeqDebug(d.elems[0], base, len, indent);
      return;
    }
    default:
      break;
  }
  bool isOwnFn = t == debugFnType_;  // the body of t's own function: inline once
  debugFnType_ = kNoType;
  if (d.kind == TypeKind::Struct && !isOwnFn && m_.ownsHeap(t)) {
    b_.get(addr);
    if (pretty) {
      if (indent.local != kNone)
        b_.get(indent.local);
      else
        b_.i32(indent.fixed);
    }
    b_.call(m_.debugFnRef(t, pretty));
    return;
  }
  Indent inner = pretty ? deeper(indent) : indent;
  // Separators around element `i` (known at compile time).
  auto before = [&](uint32_t i) {
    if (pretty)
      emitIndent(inner, 0);
    else if (i)
      fmtLiteral(", ");
  };
  auto after = [&]() {
    if (pretty)
      fmtLiteral(",\n");
  };
  auto closing = [&](const char* text) {
    if (pretty)
      emitIndent(indent, 0);
    fmtLiteral(text);
  };
  if (d.kind == TypeKind::Array) {
    if (d.len == 0) {
      fmtLiteral("[]");
      return;
    }
    uint32_t len = temp(ValType::I32);
    b_.i32(static_cast<int32_t>(d.len));
    b_.set(len);
    formatSeqDebug(d.elem, addr, len, indent);
    return;
  }
  if (d.kind == TypeKind::Tuple) {
    std::vector<TypeId> elems = d.elems;
    fmtLiteral(pretty ? "(\n" : "(");
    for (uint32_t i = 0; i < elems.size(); ++i) {
      before(i);
      formatElemDebug(elems[i], addr, m_.layouts.fieldOffset(t, i), inner);
      after();
    }
    if (elems.size() == 1 && !pretty)
      fmtLiteral(",");
    closing(")");
    return;
  }
  if (d.kind != TypeKind::Struct)
    return;
  const StructInfo& s = m_.prog.structs[d.id];
  // A struct, or each variant of an enum, prints its name and fields.
  auto fields = [&](const std::string& name, StructShape shape, const std::vector<FieldInfo>& fs,
                    auto offsetOf, auto typeOf) {
    fmtLiteral(name);
    if (shape == StructShape::Unit || fs.empty())
      return;
    bool named = shape == StructShape::Named;
    fmtLiteral(named ? (pretty ? " {\n" : " { ") : (pretty ? "(\n" : "("));
    for (uint32_t i = 0; i < fs.size(); ++i) {
      before(i);
      if (named)
        fmtLiteral(fs[i].name + ": ");
      formatElemDebug(typeOf(i), addr, offsetOf(i), inner);
      after();
    }
    closing(named ? (pretty ? "}" : " }") : ")");
  };
  if (!s.isEnum) {
    fields(
        s.name, s.shape, s.fields, [&](uint32_t i) { return m_.layouts.fieldOffset(t, i); },
        [&](uint32_t i) { return m_.prog.fieldType(t, i); });
    return;
  }
  uint32_t tag = temp(ValType::I32);
  b_.get(addr);
  b_.mem(Op::I32Load, 0, 2);
  b_.set(tag);
  forEachVariant(t, tag, [&](uint32_t v) {
    const VariantInfo& vi = s.variants[v];
    fields(
        vi.name, vi.shape, vi.fields,
        [&](uint32_t i) { return m_.layouts.variantFieldOffset(t, v, i); },
        [&](uint32_t i) { return m_.prog.variantFieldType(t, v, i); });
  });
}

// The body of a struct's or enum's own Debug function: (addr) compact, or
// (addr, indent) pretty.
void FnLowerer::lowerDebugFn(TypeId t, bool pretty) {
  debugFnType_ = t;
  formatDebugMem(t, 0, pretty ? Indent{0, 1} : Indent{-1, kNone});
  emitEpilogue();  // removed again unless the body took a frame
  b_.op(Op::End);
  finishBody();
}

}  // namespace wr

namespace wr {

uint32_t ModuleLowerer::debugFnRef(TypeId t, bool pretty) {
  uint64_t key = static_cast<uint64_t>(t) << 1 | (pretty ? 1 : 0);
  auto it = debugFns_.find(key);
  if (it != debugFns_.end())
    return it->second;
  uint32_t id = static_cast<uint32_t>(funcs.size());
  debugFns_[key] = id;
  funcs.emplace_back();
  std::string name =
      std::string(pretty ? "fmt_debug_pretty<" : "fmt_debug<") + prog.typeName(t) + ">";
  wasmir::FuncType sig;
  sig.params.assign(pretty ? 2 : 1, wasmir::ValType::I32);
  FnLowerer fl(*this, id, sig, "");
  funcs[id].name = name;
  fl.lowerDebugFn(t, pretty);
  return id;
}

}  // namespace wr
