// `I: IntoIterator<Item = T>`, written as Rust writes it, rewritten into the
// prelude's form before name resolution (see into_iterator_bounds.cpp).
#pragma once

#include "compiler/parse/ast.h"

namespace wr {

// Rewrites each `IntoIterator<Item = T>` bound of a fn (a generic
// parameter's, a `where` clause's or an `impl IntoIterator<Item = T>`
// parameter's) in the crate root, its modules, impls and traits.
void expandIntoIteratorBounds(Ast& ast);

}  // namespace wr
