// `#[derive(Default)]`, expanded into the impl a program would write (see
// derive_default.cpp).
#pragma once

#include "compiler/parse/ast.h"

namespace wr {

// Adds `impl<T: Default> Default for S<T> { fn default() -> Self { .. } }`
// for each struct (and enum with a `#[default]` unit variant) deriving
// Default, in the crate root and its modules (not yet for types declared
// inside a fn body).
void expandDeriveDefault(Ast& ast);

}  // namespace wr
