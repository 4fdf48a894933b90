// `fn main() -> Result<(), E>`: when main returns `Err(e)`, a Rust program
// prints `Error: ` and e's Debug to stderr and exits with status 1.
//
// The module's `main` export is then a wrapper: it calls the body (lowered
// as an ordinary fn that returns the Result through a slot, into its own
// frame) and reports the error. The checker makes E's Debug impl exist
// (requireGlue), so the wrapper formats it as `{:?}` would.
#include "compiler/lower/lowerer.h"

namespace wr {

using namespace wasmir;

bool FnLowerer::reportsMainResult(ModuleLowerer& m, const FnInfo* fn) {
  if (!fn || !m.isStaticFrameFn(fn) || m.prog.resultStruct == kNone)
    return false;
  const TypeData& d = m.prog.types.get(fn->ret);
  return d.kind == TypeKind::Struct && d.id == m.prog.resultStruct && d.elems.size() == 2 &&
         m.layouts.repr(fn->ret) == Repr::Mem;
}

void FnLowerer::lowerMainReport() {
  TypeId ret = fn_->ret;
  uint32_t body = static_cast<uint32_t>(m_.funcs.size());
  m_.funcs.emplace_back();
  m_.funcs[body].name = fn_->name + "::body";
  FnLowerer(m_, body, fn_, true).lowerFunction();

  uint32_t result = temp(ValType::I32);
  uint32_t slot = allocSlot(ret);  // before fp_ is read: the first slot makes it
  b_.get(fp_);
  b_.i32(static_cast<int32_t>(slot));
  b_.op(Op::I32Add);
  b_.tee(result);
  b_.call(body);
  const StructInfo& s = m_.prog.structs[m_.prog.resultStruct];
  uint32_t err = 1;
  for (uint32_t v = 0; v < s.variants.size(); ++v) {
    if (s.variants[v].name == "Err")
      err = v;
  }
  b_.get(result);
  b_.mem(Op::I32Load, 0, 2);
  b_.i32(static_cast<int32_t>(err));
  b_.op(Op::I32Eq);
  b_.ifBlock();
  b_.call(m_.helperRef(Helper::FmtFlush));  // what the body left for stdout
  setFmtFd(2);
  fmtLiteral("Error: ");
  TypeId e = m_.prog.types.get(ret).elems[1];
  formatElemDebug(e, result, m_.layouts.variantFieldOffset(ret, err, 0), Indent{-1, kNone});
  fmtLiteral("\n");
  b_.call(m_.helperRef(Helper::FmtFlush));
  b_.i32(1);
  b_.call(m_.importRef(HostImport::Exit));
  b_.end();
  emitEpilogue();
  b_.op(Op::End);
  finishBody();
}

}  // namespace wr
