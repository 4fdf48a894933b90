// Lookup of the `wasm::` intrinsics listed in intrinsics.def: name
// resolution finds them by path, the checker types their calls from the
// table, lowering emits them (compiler/lower/heap_runtime.cpp).
#pragma once

#include <string_view>
#include <vector>

#include "compiler/sema/program.h"

namespace wr {

struct IntrinsicInfo {
  BuiltinFn id;
  const char* module;
  const char* item;
  bool generic;      // takes one type parameter `T`
  const char* args;  // one letter per parameter (see intrinsics.def)
  char ret;
};

// The intrinsic named by `segments` (the path after `wasm`), or nullptr.
const IntrinsicInfo* findIntrinsic(const std::vector<std::string_view>& segments);
// The table entry of a BuiltinFn, or nullptr when it is not an intrinsic.
const IntrinsicInfo* intrinsicInfo(BuiltinFn id);
// `wasm::atomic::{swap, fetch_add, fetch_sub, compare_exchange}`: they both
// read and write (the atomic_read and atomic_write effects).
bool isAtomicReadModifyWrite(BuiltinFn id);

}  // namespace wr
