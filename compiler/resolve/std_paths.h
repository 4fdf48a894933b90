// The `std` paths WasmRust provides without a standard library crate:
// `std::process::exit`, `std::mem::swap`, the associated constants of the
// primitive types (`i32::MAX`, `f64::EPSILON`), `std::f64::consts::*`, and
// the `wasm::` intrinsics (compiler/sema/intrinsics.def).
#pragma once

#include <string_view>
#include <vector>

#include "compiler/sema/program.h"

namespace wr {

struct StdPathResult {
  ResKind kind = ResKind::Unresolved;
  uint32_t index = 0;
};

// `segments` is the full path as written (a leading `std`/`core` is allowed).
// Builtin constants are appended to program.builtinConsts on first use.
StdPathResult lookupStdPath(const std::vector<std::string_view>& segments, Program& program);

}  // namespace wr
