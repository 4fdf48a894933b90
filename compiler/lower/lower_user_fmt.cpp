// Formatting through the program's own `impl fmt::Display` / `impl
// fmt::Debug`, and the `write!`/`writeln!` inside them.
//
// A fmt::Formatter (compiler/std/fmt.rs) records where output goes: the
// format buffer's file descriptor, or the String being built (fd -1); and
// the `#` flag and the indentation of a `{:#?}` the value is nested in. To
// format a value with its impl, lowering flushes the buffer (the impl may
// build a String of its own with format! or to_string, which takes the
// buffer over), makes a Formatter of the current destination in a frame
// slot and calls the impl's `fmt` with it; afterwards it points the buffer
// back at that destination. `write!(f, ...)` formats into the buffer after
// pointing it at `f`'s destination, then flushes, and is always `Ok(())`.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

namespace {

// The byte offset of Formatter's field `name`.
uint32_t formatterField(ModuleLowerer& m, TypeId formatter, const char* name) {
  const StructInfo& s = m.prog.structs[m.prog.types.get(formatter).id];
  for (uint32_t i = 0; i < s.fields.size(); ++i) {
    if (s.fields[i].name == name)
      return m.layouts.fieldOffset(formatter, i);
  }
  return 0;
}

}  // namespace

// Points the format buffer at the destination of the Formatter at
// [formatter].
void FnLowerer::useFormatter(uint32_t formatter) {
  TypeId ft = m_.prog.types.structType(m_.prog.formatterStruct);
  b_.get(formatter);
  b_.mem(Op::I32Load, formatterField(m_, ft, "fd"), 2);
  b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtFd));
  b_.get(formatter);
  b_.mem(Op::I32Load, formatterField(m_, ft, "string"), 2);
  b_.op(Op::GlobalSet, static_cast<uint32_t>(GlobalSym::FmtString));
  m_.markFmtStringUsed();
}

// A literal piece of `write!(f, ...)`: each newline in it is followed by
// f's indentation, so that what an impl writes inside a `{:#?}` lines up
// under the field it is the value of, as std's pretty printing does.
void FnLowerer::fmtIndentedLiteral(const std::string& s) {
  if (fmtIndent_ == kNone) {
    fmtLiteral(s);
    return;
  }
  size_t at = 0;
  for (size_t nl = s.find('\n'); nl != std::string::npos; nl = s.find('\n', at)) {
    fmtLiteral(s.substr(at, nl + 1 - at));
    emitIndent(Indent{0, fmtIndent_}, 0);
    at = nl + 1;
  }
  fmtLiteral(s.substr(at));
}

// The indentation of the Formatter at [formatter], in a new local.
uint32_t FnLowerer::formatterIndent(uint32_t formatter) {
  TypeId ft = m_.prog.types.structType(m_.prog.formatterStruct);
  uint32_t n = temp(ValType::I32);
  b_.get(formatter);
  b_.mem(Op::I32Load, formatterField(m_, ft, "indent"), 2);
  b_.set(n);
  return n;
}

// `self` is the value's address, or for an impl on `dyn Trait` the data
// and vtable addresses. The Formatter handed to the impl carries the `#`
// flag and the column the value's lines start at: `indent` when it is
// pretty (a field of a `{:#?}`), else that of the `write!` being
// formatted, if any.
bool FnLowerer::callUserFmt(TypeId t,
                            bool debug,
                            const std::vector<uint32_t>& self,
                            bool alternate,
                            const Indent& indent,
                            const UserFmtSpec& spec) {
  const auto& fns = m_.prog.fmtFns[debug ? 1 : 0];
  auto it = fns.find(t);
  if (it == fns.end() || m_.prog.formatterStruct == kNone)
    return false;
  const FnInfo& fn = m_.prog.fns[it->second];
  TypeId ft = m_.prog.types.structType(m_.prog.formatterStruct);
  b_.call(m_.helperRef(Helper::FmtFlush));
  uint32_t f = temp(ValType::I32);
  uint32_t slot = allocSlot(ft);  // before fp_ is read: the first slot makes it
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(slot));
  b_.op(Op::I32Add);
  b_.set(f);
  b_.get(f);
  b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtFd));
  b_.mem(Op::I32Store, formatterField(m_, ft, "fd"), 2);
  b_.get(f);
  b_.op(Op::GlobalGet, static_cast<uint32_t>(GlobalSym::FmtString));
  b_.mem(Op::I32Store, formatterField(m_, ft, "string"), 2);
  b_.get(f);
  b_.i32(alternate ? static_cast<int32_t>(kFmtAlternateFlag) : 0);
  b_.mem(Op::I32Store, formatterField(m_, ft, "flags"), 2);
  b_.get(f);
  if (indent.local != kNone)
    b_.get(indent.local);
  else if (indent.fixed >= 0)
    b_.i32(indent.fixed);
  else if (fmtIndent_ != kNone)
    b_.get(fmtIndent_);
  else
    b_.i32(0);
  b_.mem(Op::I32Store, formatterField(m_, ft, "indent"), 2);
  auto store = [&](const char* field, int32_t fixed, uint32_t local) {
    b_.get(f);
    if (local != kNone)
      b_.get(local);
    else
      b_.i32(fixed);
    b_.mem(Op::I32Store, formatterField(m_, ft, field), 2);
  };
  store("width", spec.width, spec.widthLocal);
  store("precision", spec.precision, spec.precisionLocal);
  store("fill", static_cast<int32_t>(spec.fill), kNone);
  store("align", static_cast<int32_t>(spec.align), kNone);
  m_.markFmtStringUsed();
  bool sret = repr(fn.ret) == Repr::Mem;
  if (sret) {
    uint32_t resultSlot = allocSlot(fn.ret);
    b_.get(fp_);
    b_.i32(static_cast<int32_t>(resultSlot));
    b_.op(Op::I32Add);
  }
  for (uint32_t v : self)
    b_.get(v);
  b_.get(f);
  b_.call(m_.fnRef(it->second));
  if (!sret)
    dropValue(fn.ret);
  useFormatter(f);
  return true;
}

// A `Box<dyn Trait>` at [box]: formatted with the impl on `dyn Trait`
// (the prelude's for `dyn Error`), which calls through the vtable.
bool FnLowerer::callBoxDynFmt(TypeId dyn, bool debug, uint32_t box, const Indent& indent) {
  if (!m_.prog.fmtFns[debug ? 1 : 0].count(dyn))
    return false;
  uint32_t data = temp(ValType::I32), vtable = temp(ValType::I32);
  b_.get(box);
  b_.mem(Op::I32Load, 0, 2);
  b_.set(data);
  b_.get(box);
  b_.mem(Op::I32Load, 4, 2);
  b_.set(vtable);
  return callUserFmt(dyn, debug, {data, vtable}, indent.pretty(), indent);
}

void FnLowerer::writeMacro(Expr* e) {
  TypeTable& tt = m_.prog.types;
  Expr* dest = e->macroArgs[0].value;
  expr(dest);
  TypeId t = dest->type;
  // `&mut &mut Formatter` (a `f` passed on by reference): down to the one
  // reference the Formatter is behind.
  while (tt.kind(t) == TypeKind::Ref && tt.kind(tt.get(t).elem) == TypeKind::Ref) {
    b_.mem(Op::I32Load, 0, 2);
    t = tt.get(t).elem;
  }
  uint32_t f = temp(ValType::I32);
  b_.set(f);
  if (e->macroArgs.size() > 1)
    formatInto(e, 2, -1, kNone, f);
  else
    useFormatter(f);
  if (e->macro == MacroKind::Writeln) {
    uint32_t saved = fmtIndent_;
    fmtIndent_ = formatterIndent(f);
    fmtIndentedLiteral("\n");
    fmtIndent_ = saved;
  }
  b_.call(m_.helperRef(Helper::FmtFlush));
  const StructInfo& result = m_.prog.structs[tt.get(e->type).id];
  uint32_t ok = 0;
  for (uint32_t v = 0; v < result.variants.size(); ++v) {
    if (result.variants[v].name == "Ok")
      ok = v;
  }
  variantValue(e->type, ok, {});
}

// `fmt::Display::fmt(&x, f)` / `fmt::Debug::fmt(&x, f)`: x formatted into
// f's destination at f's indentation, pretty when f has the `#` flag (a
// newtype's impl handing its field the Formatter it got).
void FnLowerer::fmtDelegate(Expr* e, bool debug) {
  TypeTable& tt = m_.prog.types;
  Expr* value = e->args[0];
  expr(value);
  std::vector<uint32_t> v = temps(value->type);
  spill(v);
  expr(e->args[1]);
  uint32_t f = temp(ValType::I32);
  b_.set(f);
  TypeId ft = tt.structType(m_.prog.formatterStruct);
  useFormatter(f);
  uint32_t saved = fmtIndent_;
  fmtIndent_ = formatterIndent(f);
  FormatSpec spec;
  spec.kind = debug ? FormatSpec::Kind::Debug : FormatSpec::Kind::Display;
  b_.get(f);
  b_.mem(Op::I32Load, formatterField(m_, ft, "flags"), 2);
  b_.i32(static_cast<int32_t>(kFmtAlternateFlag));
  b_.op(Op::I32And);
  b_.ifBlock();
  spec.alternate = true;
  formatValue(value->type, spec, v, {});
  b_.elseBlock();
  spec.alternate = false;
  formatValue(value->type, spec, v, {});
  b_.end();
  b_.call(m_.helperRef(Helper::FmtFlush));
  fmtIndent_ = saved;
  const StructInfo& result = m_.prog.structs[tt.get(e->type).id];
  uint32_t ok = 0;
  for (uint32_t i = 0; i < result.variants.size(); ++i) {
    if (result.variants[i].name == "Ok")
      ok = i;
  }
  variantValue(e->type, ok, {});
}

}  // namespace wr
