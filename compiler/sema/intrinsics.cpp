// The table of intrinsics (see intrinsics.h).
#include "compiler/sema/intrinsics.h"

namespace wr {

namespace {

const IntrinsicInfo kIntrinsics[] = {
#define WR_INTRINSIC(Name, Module, Item, Generic, Args, Ret) \
  {BuiltinFn::Name, Module, Item, Generic != 0, Args, #Ret[0]},
#include "compiler/sema/intrinsics.def"
};

}  // namespace

const IntrinsicInfo* findIntrinsic(const std::vector<std::string_view>& segments) {
  if (segments.size() != 2)
    return nullptr;
  for (const IntrinsicInfo& info : kIntrinsics) {
    if (segments[0] == info.module && segments[1] == info.item)
      return &info;
  }
  return nullptr;
}

const IntrinsicInfo* intrinsicInfo(BuiltinFn id) {
  for (const IntrinsicInfo& info : kIntrinsics) {
    if (info.id == id)
      return &info;
  }
  return nullptr;
}

bool isAtomicReadModifyWrite(BuiltinFn id) {
  return id == BuiltinFn::AtomicSwap || id == BuiltinFn::AtomicFetchAdd ||
         id == BuiltinFn::AtomicFetchSub || id == BuiltinFn::AtomicCompareExchange;
}

}  // namespace wr
