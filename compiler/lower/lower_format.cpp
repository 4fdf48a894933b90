// Lowering of the formatting macros: println!/print!/eprintln!/eprint!,
// panic!/unreachable!/todo!/unimplemented!, assert!/assert_eq!/assert_ne!.
//
// Output is assembled in a format buffer in linear memory and written with
// one env.write call per macro. A macro with no arguments is a single write
// of a constant string, so "Hello, world!" needs no formatting code at all.
// Arguments are evaluated first, in order, as format_args! does.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

void FnLowerer::fmtLiteral(const std::string& s) {
  if (s.empty())
    return;
  dataString(s);
  b_.call(m_.helperRef(Helper::FmtStr));
}

void FnLowerer::setFmtFd(int fd) {
  b_.i32(fd);
  b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtFd));
}

std::vector<std::vector<uint32_t>> FnLowerer::evalFormatArgs(Expr* e, size_t firstArg) {
  std::vector<std::vector<uint32_t>> vals(e->macroArgs.size());
  for (size_t i = firstArg; i < e->macroArgs.size(); ++i) {
    Expr* a = e->macroArgs[i].value;
    expr(a);
    vals[i] = temps(a->type);
    spill(vals[i]);
  }
  return vals;
}

// Formats the macro's pieces into the buffer (arguments already evaluated).
// `fd` >= 0 selects the output stream once the arguments are evaluated
// (an argument may itself print).
void FnLowerer::formatInto(Expr* e,
                           size_t firstArg,
                           int fd,
                           uint32_t stringDest,
                           uint32_t formatter) {
  std::vector<std::vector<uint32_t>> vals = evalFormatArgs(e, firstArg);
  if (fd >= 0)
    setFmtFd(fd);
  uint32_t savedIndent = fmtIndent_;
  if (formatter != kNone) {
    useFormatter(formatter);
    fmtIndent_ = formatterIndent(formatter);
  }
  if (stringDest != kNone) {
    setFmtFd(-1);
    b_.get(stringDest);
    b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtString));
    m_.markFmtStringUsed();
  }
  std::vector<uint32_t> widthVals(e->macroArgs.size(), kNone);
  for (size_t i = 0; i < vals.size(); ++i) {
    if (!vals[i].empty())
      widthVals[i] = vals[i][0];
  }
  for (const FormatPiece& p : e->format) {
    fmtIndentedLiteral(p.literal);
    if (!p.hasArg)
      continue;
    formatValue(e->macroArgs[p.spec.arg].value->type, p.spec, vals[p.spec.arg], widthVals);
  }
  fmtIndent_ = savedIndent;
}

static std::string allLiteral(const Expr* e) {
  std::string s;
  for (const FormatPiece& p : e->format)
    s += p.literal;
  return s;
}

static bool hasArgs(const Expr* e) {
  for (const FormatPiece& p : e->format) {
    if (p.hasArg)
      return true;
  }
  return false;
}

// Plain `{}` of numbers, bool, char and str (no width): each piece is
// written straight to the fd, without the format buffer and its helpers.
// The host buffers output by line, so the extra writes cost no system calls.
bool FnLowerer::canWriteDirectly(Expr* e) {
  const TypeTable& tt = m_.prog.types;
  for (const FormatPiece& p : e->format) {
    if (!p.hasArg)
      continue;
    const FormatSpec& s = p.spec;
    if (s.width >= 0 || s.widthArg >= 0 || s.precisionArg >= 0 || s.alternate)
      return false;
    TypeId t = e->macroArgs[s.arg].value->type;
    while (tt.kind(t) == TypeKind::Ref && tt.kind(tt.get(t).elem) != TypeKind::Str)
      t = tt.get(t).elem;
    TypeKind k = tt.kind(t);
    bool isStr = k == TypeKind::Ref;
    if (k == TypeKind::Float) {
      if (s.kind != FormatSpec::Kind::Display && s.kind != FormatSpec::Kind::Debug &&
          s.kind != FormatSpec::Kind::LowerExp && s.kind != FormatSpec::Kind::UpperExp)
        return false;
      continue;
    }
    if (s.kind != FormatSpec::Kind::Display)
      return false;
    if (k != TypeKind::Int && k != TypeKind::Bool && k != TypeKind::Char && !isStr)
      return false;
    if (s.plus && k != TypeKind::Int)
      return false;
  }
  return true;
}

void FnLowerer::printDirect(Expr* e, int fd, bool newline) {
  const TypeTable& tt = m_.prog.types;
  std::vector<std::vector<uint32_t>> vals = evalFormatArgs(e, 1);
  auto literal = [&](const std::string& s) {
    if (s.empty())
      return;
    b_.i32(fd);
    dataString(s);
    b_.call(m_.importRef(HostImport::Write));
  };
  for (size_t i = 0; i < e->format.size(); ++i) {
    const FormatPiece& p = e->format[i];
    bool last = i + 1 == e->format.size();
    if (!p.hasArg) {
      literal(p.literal + (last && newline ? "\n" : ""));
      continue;
    }
    literal(p.literal);
    const FormatSpec& s = p.spec;
    reload(vals[s.arg]);
    TypeId t = e->macroArgs[s.arg].value->type;
    while (tt.kind(t) == TypeKind::Ref && tt.kind(tt.get(t).elem) != TypeKind::Str) {
      TypeId inner = tt.get(t).elem;
      uint32_t ptr = temp(ValType::I32);
      b_.set(ptr);
      loadAt(inner, ptr, 0);
      t = inner;
    }
    std::vector<uint32_t> v = temps(t);
    spill(v);
    b_.i32(fd);
    reload(v);
    switch (tt.kind(t)) {
      case TypeKind::Int: {
        bool sgn = isSigned(tt.intKind(t));
        if (repr(t) != Repr::I64)
          b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
        if (s.plus) {
          uint32_t w = temp(ValType::I64);
          b_.set(w);
          b_.op(Op::Drop);
          b_.get(w);
          b_.i64(0);
          b_.op(sgn ? Op::I64GeS : Op::I64GeU);
          b_.ifBlock();
          literal("+");
          b_.end();
          b_.i32(fd);
          b_.get(w);
        }
        b_.call(m_.helperRef(sgn ? Helper::WriteI64 : Helper::WriteU64));
        break;
      }
      case TypeKind::Float: {
        bool f32 = tt.floatKind(t) == FloatKind::F32;
        if (f32)
          b_.op(Op::F64PromoteF32);
        int prec = std::min(s.precision, 1000);
        b_.i32(prec);
        int flags = (s.kind == FormatSpec::Kind::Debug ? 1 : 0) | (f32 ? 2 : 0) |
                    (s.plus ? 16 : 0) | (s.kind == FormatSpec::Kind::LowerExp ? 4 : 0) |
                    (s.kind == FormatSpec::Kind::UpperExp ? 8 : 0);
        b_.i32(flags);
        m_.needScratch(static_cast<uint32_t>(1400 + std::max(prec, 0)));
        b_.call(m_.helperRef(Helper::WriteF64));
        break;
      }
      case TypeKind::Char:
        b_.call(m_.helperRef(Helper::WriteChar));
        break;
      case TypeKind::Bool: {
        uint32_t c = temp(ValType::I32);
        b_.set(c);
        b_.op(Op::Drop);
        b_.get(c);
        b_.ifBlock();
        literal("true");
        b_.elseBlock();
        literal("false");
        b_.end();
        break;
      }
      default:  // &str
        b_.call(m_.importRef(HostImport::Write));
        break;
    }
    if (last && newline)
      literal("\n");
  }
}

void FnLowerer::print(Expr* e, int fd, bool newline) {
  if (hasArgs(e) && canWriteDirectly(e)) {
    printDirect(e, fd, newline);
    return;
  }
  if (!hasArgs(e)) {
    std::string s = allLiteral(e) + (newline ? "\n" : "");
    if (s.empty())
      return;
    b_.i32(fd);
    dataString(s);
    b_.call(m_.importRef(HostImport::Write));
    return;
  }
  formatInto(e, 1, fd);
  if (newline)
    fmtLiteral("\n");
  b_.call(m_.helperRef(Helper::FmtFlush));
}

void FnLowerer::macro(Expr* e) {
  switch (e->macro) {
    case MacroKind::Println:
      print(e, 1, true);
      return;
    case MacroKind::Print:
      print(e, 1, false);
      return;
    case MacroKind::Eprintln:
      print(e, 2, true);
      return;
    case MacroKind::Eprint:
      print(e, 2, false);
      return;
    case MacroKind::Panic:
    case MacroKind::Unreachable:
    case MacroKind::Todo:
    case MacroKind::Unimplemented:
      panicMacro(e);
      return;
    case MacroKind::Assert:
      assertMacro(e);
      return;
    case MacroKind::DebugAssert:
      if (!release_)
        assertMacro(e);
      return;
    case MacroKind::AssertEq:
    case MacroKind::AssertNe:
      assertEqMacro(e);
      return;
    case MacroKind::DebugAssertEq:
    case MacroKind::DebugAssertNe:
      if (!release_)
        assertEqMacro(e);
      return;
    case MacroKind::Format:
      formatString(e);
      return;
    case MacroKind::Write:
    case MacroKind::Writeln:
      writeMacro(e);
      return;
  }
}

// `format!`: the pieces go through the format buffer, which is flushed
// into a new String (an empty one, then String::push_str of each
// buffer-full) instead of an fd. Its arguments are evaluated before the
// buffer is touched, so a format! inside one is finished by then.
void FnLowerer::formatString(Expr* e) {
  TypeId t = e->type;
  uint32_t dest = takeAggDest(t);
  const StructInfo& s = m_.prog.structs[m_.prog.types.get(t).id];
  for (uint32_t i = 0; i < s.fields.size(); ++i) {
    b_.get(dest);
    b_.i32(s.fields[i].name == "ptr" ? 1 : 0);  // String::new(): dangling, empty
    b_.mem(Op::I32Store, m_.layouts.fieldOffset(t, i), 2);
  }
  if (hasArgs(e)) {
    formatInto(e, 1, -1, dest);
  } else {
    setFmtFd(-1);
    b_.get(dest);
    b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtString));
    m_.markFmtStringUsed();
    fmtLiteral(allLiteral(e));
  }
  b_.call(m_.helperRef(Helper::FmtFlush));
  b_.get(dest);
}

void FnLowerer::panicMacro(Expr* e) {
  std::string prefix;
  switch (e->macro) {
    case MacroKind::Unreachable:
      prefix = "internal error: entered unreachable code";
      break;
    case MacroKind::Todo:
      prefix = "not yet implemented";
      break;
    case MacroKind::Unimplemented:
      prefix = "not implemented";
      break;
    default:
      break;
  }
  bool hasMessage = !e->macroArgs.empty();
  if (!hasMessage) {
    panicStatic(e->span, prefix.empty() ? "explicit panic" : prefix);
    return;
  }
  if (!prefix.empty())
    prefix += ": ";
  if (!hasArgs(e)) {
    panicStatic(e->span, prefix + allLiteral(e));
    return;
  }
  if (prefix.empty()) {
    formatInto(e, 1, 2);
  } else {
    setFmtFd(2);
    fmtLiteral(prefix);
    formatInto(e, 1, -1);
  }
  pushLocation(e->span);
  b_.call(m_.helperRef(Helper::PanicFmt));
  b_.op(Op::Unreachable);
}

void FnLowerer::assertMacro(Expr* e) {
  expr(e->macroArgs[0].value);
  b_.op(Op::I32Eqz);
  b_.ifBlock();
  if (e->macroArgs.size() == 1) {
    Span c = e->macroArgs[0].value->span;
    std::string text(m_.file.text().substr(c.lo, c.hi - c.lo));
    panicStatic(e->span, "assertion failed: " + text);
  } else if (!hasArgs(e)) {
    panicStatic(e->span, allLiteral(e));
  } else {
    formatInto(e, 2, 2);
    pushLocation(e->span);
    b_.call(m_.helperRef(Helper::PanicFmt));
    b_.op(Op::Unreachable);
  }
  b_.end();
}

void FnLowerer::assertEqMacro(Expr* e) {
  bool eq = e->macro == MacroKind::AssertEq || e->macro == MacroKind::DebugAssertEq;
  Expr* left = e->macroArgs[0].value;
  Expr* right = e->macroArgs[1].value;
  expr(left);
  std::vector<uint32_t> lv = temps(left->type);
  spill(lv);
  expr(right);
  std::vector<uint32_t> rv = temps(right->type);
  spill(rv);
  // Compare the values behind any references.
  reload(lv);
  TypeId lt;
  derefValue(left->type, lt);
  std::vector<uint32_t> lcmp = temps(lt);
  spill(lcmp);
  reload(rv);
  TypeId rt;
  derefValue(right->type, rt);
  std::vector<uint32_t> rcmp = temps(rt);
  spill(rcmp);
  if (repr(lt) == Repr::Mem) {
    equalMem(lt, lcmp[0], rcmp[0]);
  } else {
    reload(lcmp);
    reload(rcmp);
    compare(BinOp::Eq, lt);
  }
  if (eq)
    b_.op(Op::I32Eqz);
  b_.ifBlock();
  setFmtFd(2);
  fmtLiteral(eq ? "assertion `left == right` failed" : "assertion `left != right` failed");
  if (e->macroArgs.size() > 2) {
    fmtLiteral(": ");
    formatInto(e, 3, -1);
  }
  FormatSpec debug;
  debug.kind = FormatSpec::Kind::Debug;
  fmtLiteral("\n  left: ");
  formatValue(left->type, debug, lv, {});
  fmtLiteral("\n right: ");
  formatValue(right->type, debug, rv, {});
  pushLocation(e->span);
  b_.call(m_.helperRef(Helper::PanicFmt));
  b_.op(Op::Unreachable);
  b_.end();
}

// Formats one argument, whose values are in `vals`, with padding.
void FnLowerer::formatValue(TypeId t,
                            const FormatSpec& spec,
                            const std::vector<uint32_t>& vals,
                            const std::vector<uint32_t>& argVals) {
  TypeTable& tt = m_.prog.types;
  // Follow references to the value itself; a String is formatted as its
  // str, a Box as what it holds.
  reload(vals);
  TypeId vt = t;
  for (;;) {
    while (tt.kind(vt) == TypeKind::Ref) {
      TypeId inner = tt.get(vt).elem;
      TypeKind ik = tt.kind(inner);
      if (ik == TypeKind::Str || ik == TypeKind::Slice || ik == TypeKind::Dyn)
        break;  // fat: the pair is the value
      uint32_t p = temp(ValType::I32);
      b_.set(p);
      loadAt(inner, p, 0);
      vt = inner;
    }
    LangItem lang = m_.prog.langOf(vt);
    if (lang != LangItem::String && lang != LangItem::OwnedBox)
      break;
    uint32_t p = temp(ValType::I32);
    b_.set(p);
    langField(vt, "ptr", p);
    if (lang == LangItem::OwnedBox && tt.kind(tt.get(vt).elems[0]) == TypeKind::Dyn) {
      b_.get(p);  // a Box<dyn>'s vtable, after the data address
      b_.mem(Op::I32Load, 4, 2);
    }
    if (lang == LangItem::String) {
      langField(vt, "len", p);
      vt = tt.ref(tt.str(), false);
      break;
    }
    vt = tt.ref(tt.get(vt).elems[0], false);
  }
  if (m_.prog.types.kind(vt) == TypeKind::Struct &&
      (spec.kind == FormatSpec::Kind::Display || spec.kind == FormatSpec::Kind::Debug) &&
      m_.prog.fmtFns[spec.kind == FormatSpec::Kind::Debug].count(vt)) {
    // The program's own impl: its Formatter carries the width and
    // precision, which a write!-based impl ignores and `f.pad` applies.
    std::vector<uint32_t> v = temps(vt);
    spill(v);
    uint32_t addr = v.empty() ? kNone : v[0];
    if (repr(vt) != Repr::Mem) {
      uint32_t slot = allocSlot(vt);  // before fp_ is read
      addr = temp(ValType::I32);
      b_.get(fp_);
      b_.i32(static_cast<int32_t>(slot));
      b_.op(Op::I32Add);
      b_.set(addr);
      reload(v);
      storeAt(vt, addr, 0);
    }
    UserFmtSpec user;
    user.width = spec.width;
    user.precision = spec.precision;
    if (spec.widthArg >= 0 && static_cast<size_t>(spec.widthArg) < argVals.size())
      user.widthLocal = argVals[spec.widthArg];
    if (spec.precisionArg >= 0 && static_cast<size_t>(spec.precisionArg) < argVals.size())
      user.precisionLocal = argVals[spec.precisionArg];
    user.fill = spec.fill;
    user.align = static_cast<uint32_t>(spec.align);
    callUserFmt(vt, spec.kind == FormatSpec::Kind::Debug, {addr}, spec.alternate, Indent{-1, kNone},
                user);
    return;
  }
  bool debugOrDisplay =
      spec.kind == FormatSpec::Kind::Display || spec.kind == FormatSpec::Kind::Debug;
  if (debugOrDisplay && tt.kind(vt) == TypeKind::Ref &&
      m_.prog.fmtFns[spec.kind == FormatSpec::Kind::Debug].count(tt.get(vt).elem)) {
    // A trait object with an impl of its own (`impl Display for dyn Error`).
    std::vector<uint32_t> v = temps(vt);
    spill(v);
    callUserFmt(tt.get(vt).elem, spec.kind == FormatSpec::Kind::Debug, v, spec.alternate,
                Indent{-1, kNone});
    return;
  }
  bool hasWidth = spec.width >= 0 || spec.widthArg >= 0;
  // Debug of str and char writes the quoted text without padding, as std does.
  if (spec.kind == FormatSpec::Kind::Debug &&
      (tt.kind(vt) == TypeKind::Char || tt.kind(vt) == TypeKind::Ref)) {
    hasWidth = false;
  }
  uint32_t precLocal = kNone;
  if (spec.precisionArg >= 0 && static_cast<size_t>(spec.precisionArg) < argVals.size()) {
    precLocal = argVals[spec.precisionArg];
  }
  bool pretty = spec.kind == FormatSpec::Kind::Debug && spec.alternate;
  // `{:#?}` starts at the column of the `write!` it is in (0 elsewhere).
  Indent from{pretty ? 0 : -1, pretty ? fmtIndent_ : kNone};
  bool aggregate = repr(vt) == Repr::Mem || m_.layouts.isEnum(vt) ||
                   (tt.kind(vt) == TypeKind::Ref && tt.kind(tt.get(vt).elem) == TypeKind::Slice);
  if (aggregate) {
    std::vector<uint32_t> v = temps(vt);
    spill(v);
    if (repr(vt) == Repr::Mem) {
      formatDebugMem(vt, v[0], from);
    } else if (m_.layouts.isEnum(vt)) {
      // A fieldless enum: the name of the variant its value is.
      forEachVariant(vt, v[0], [&](uint32_t variant) {
        fmtLiteral(m_.prog.structs[tt.get(vt).id].variants[variant].name);
      });
    } else {
      // A slice: format like an array of its runtime length.
      formatSeqDebug(tt.get(tt.get(vt).elem).elem, v[0], v[1], from);
    }
    return;
  }
  if (!hasWidth) {
    formatScalar(vt, spec, precLocal);
    return;
  }
  std::vector<uint32_t> v = temps(vt);
  spill(v);
  b_.i32(static_cast<int32_t>(kFmtReserve));
  if (spec.width >= 0)
    b_.i32(spec.width), b_.op(Op::I32Add);
  b_.call(m_.helperRef(Helper::FmtReserve));
  uint32_t start = temp(ValType::I32);
  b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtPos));
  b_.set(start);
  reload(v);
  formatScalar(vt, spec, precLocal);
  bool numeric = tt.kind(vt) == TypeKind::Int || tt.kind(vt) == TypeKind::Float;
  b_.get(start);
  if (spec.widthArg >= 0 && static_cast<size_t>(spec.widthArg) < argVals.size())
    b_.get(argVals[spec.widthArg]);
  else
    b_.i32(spec.width);
  if (spec.zeroPad && numeric) {
    bool prefixed =
        spec.alternate &&
        (spec.kind == FormatSpec::Kind::LowerHex || spec.kind == FormatSpec::Kind::UpperHex ||
         spec.kind == FormatSpec::Kind::Binary || spec.kind == FormatSpec::Kind::Octal);
    b_.i32(prefixed ? 2 : 0);
    b_.call(m_.helperRef(Helper::FmtZeroPad));
    return;
  }
  FormatSpec::Align align = spec.align;
  if (align == FormatSpec::Align::None)
    align = numeric ? FormatSpec::Align::Right : FormatSpec::Align::Left;
  b_.i32(static_cast<int32_t>(align));
  b_.i32(static_cast<int32_t>(spec.fill));
  b_.call(m_.helperRef(Helper::FmtPad));
}

// One scalar value on the stack (a fat pair for str).
void FnLowerer::formatScalar(TypeId t, const FormatSpec& spec, uint32_t precLocal) {
  const TypeTable& tt = m_.prog.types;
  bool debug = spec.kind == FormatSpec::Kind::Debug;
  switch (tt.kind(t)) {
    case TypeKind::Int: {
      IntKind k = tt.intKind(t);
      bool sgn = isSigned(k);
      bool w = intBits(k) == 64;
      int radix = 10;
      switch (spec.kind) {
        case FormatSpec::Kind::LowerHex:
        case FormatSpec::Kind::UpperHex:
          radix = 16;
          break;
        case FormatSpec::Kind::Binary:
          radix = 2;
          break;
        case FormatSpec::Kind::Octal:
          radix = 8;
          break;
        default:
          break;
      }
      if (spec.kind == FormatSpec::Kind::LowerExp || spec.kind == FormatSpec::Kind::UpperExp) {
        if (w)
          b_.op(sgn ? Op::F64ConvertI64S : Op::F64ConvertI64U);
        else
          b_.op(sgn ? Op::F64ConvertI32S : Op::F64ConvertI32U);
        b_.i32(spec.precision);
        b_.i32((spec.kind == FormatSpec::Kind::LowerExp ? 4 : 8) | (spec.plus ? 16 : 0));
        b_.call(m_.helperRef(Helper::FmtF64));
        return;
      }
      if (radix != 10) {
        // Two's complement digits of the type's own width.
        if (!w) {
          int bits = intBits(k);
          if (bits < 32)
            b_.i32(static_cast<int32_t>((1u << bits) - 1)), b_.op(Op::I32And);
          b_.op(Op::I64ExtendI32U);
        }
        if (spec.alternate) {
          uint32_t v = temp(ValType::I64);
          b_.set(v);
          fmtLiteral(radix == 16 ? "0x" : radix == 2 ? "0b" : "0o");
          b_.get(v);
        }
        b_.i32(radix);
        b_.i32(spec.kind == FormatSpec::Kind::UpperHex ? 1 : 0);
        b_.call(m_.helperRef(Helper::FmtU64));
        return;
      }
      if (!w)
        b_.op(sgn ? Op::I64ExtendI32S : Op::I64ExtendI32U);
      if (spec.plus) {
        uint32_t v = temp(ValType::I64);
        b_.tee(v);
        b_.i64(0);
        b_.op(sgn ? Op::I64GeS : Op::I64GeU);
        b_.ifBlock();
        fmtLiteral("+");
        b_.end();
        b_.get(v);
      }
      if (sgn) {
        b_.call(m_.helperRef(Helper::FmtI64));
      } else {
        b_.i32(10);
        b_.i32(0);
        b_.call(m_.helperRef(Helper::FmtU64));
      }
      return;
    }
    case TypeKind::Float: {
      bool f32 = tt.floatKind(t) == FloatKind::F32;
      if (f32)
        b_.op(Op::F64PromoteF32);
      if (precLocal != kNone)
        b_.get(precLocal);
      else
        b_.i32(std::min(spec.precision, 1000));
      int flags = (debug ? 1 : 0) | (f32 ? 2 : 0) | (spec.plus ? 16 : 0);
      if (spec.kind == FormatSpec::Kind::LowerExp)
        flags |= 4;
      if (spec.kind == FormatSpec::Kind::UpperExp)
        flags |= 8;
      b_.i32(flags);
      b_.call(m_.helperRef(Helper::FmtF64));
      return;
    }
    case TypeKind::Bool: {
      b_.ifBlock();
      fmtLiteral("true");
      b_.elseBlock();
      fmtLiteral("false");
      b_.end();
      return;
    }
    case TypeKind::Char:
      b_.call(m_.helperRef(debug ? Helper::FmtCharDebug : Helper::FmtChar));
      return;
    case TypeKind::Ref:  // &str
      b_.call(m_.helperRef(debug ? Helper::FmtStrDebug : Helper::FmtStr));
      return;
    case TypeKind::Tuple:  // ()
      fmtLiteral("()");
      return;
    default:
      dropValue(t);
      return;
  }
}

}  // namespace wr
