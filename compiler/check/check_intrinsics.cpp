// Type checking of calls to the `wasm::` intrinsics: their signatures come
// from compiler/sema/intrinsics.def.
#include "compiler/check/checker.h"
#include "compiler/sema/intrinsics.h"

namespace wr {

namespace {

TypeId intrinsicType(TypeTable& tt, char c) {
  switch (c) {
    case 'z':
      return tt.intType(IntKind::Usize);
    case 'b':
      return tt.intType(IntKind::U8);
    default:
      return tt.unit();
  }
}

}  // namespace

TypeId Checker::checkIntrinsicCall(Expr* e, BuiltinFn b) {
  const IntrinsicInfo* info = intrinsicInfo(b);
  std::vector<TypeId> params;
  for (const char* a = info->args; *a; ++a)
    params.push_back(intrinsicType(tt_, *a));
  return checkArgs(e, params, 0, intrinsicType(tt_, info->ret), {}, "function");
}

}  // namespace wr
