// Lookup of the built-in methods listed in builtin_methods.def.
#pragma once

#include <string_view>

#include "compiler/sema/program.h"

namespace wr {

enum class BuiltinMethod : uint16_t {
#define WR_METHOD(Name, Spelling, Recv, Args, Ret) Name,
#include "compiler/sema/builtin_methods.def"
  Count
};

enum class MethodRecv : uint8_t { Int, SInt, Float, Char, Str, Seq, Copy, ExternRef };

struct BuiltinMethodInfo {
  BuiltinMethod id;
  const char* name;
  MethodRecv recv;
  const char* args;
  char ret;
};

// Finds the method `name` for a receiver of category `recv`.
const BuiltinMethodInfo* findBuiltinMethod(MethodRecv recv, std::string_view name);
const BuiltinMethodInfo& builtinMethodInfo(BuiltinMethod id);

}  // namespace wr
