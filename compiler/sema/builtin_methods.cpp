// The built-in method table (see builtin_methods.def).
#include "compiler/sema/builtin_methods.h"

namespace wr {

static const BuiltinMethodInfo kMethods[] = {
#define WR_METHOD(Name, Spelling, Recv, Args, Ret) \
  {BuiltinMethod::Name, Spelling, MethodRecv::Recv, Args, #Ret[0]},
#include "compiler/sema/builtin_methods.def"
};

const BuiltinMethodInfo* findBuiltinMethod(MethodRecv recv, std::string_view name) {
  for (const BuiltinMethodInfo& m : kMethods) {
    if (m.name != name)
      continue;
    if (m.recv == recv)
      return &m;
  }
  return nullptr;
}

const BuiltinMethodInfo& builtinMethodInfo(BuiltinMethod id) {
  return kMethods[static_cast<size_t>(id)];
}

}  // namespace wr
