// Deep copies of function bodies, for generic instantiation: each instance
// of a generic fn is checked and lowered on its own copy of the body, so the
// checker can record concrete types and resolved callees on every node.
//
// The copy keeps what name resolution wrote (local indices, resolved paths,
// loop ids, parsed format strings) and shares what no later stage writes:
// type expressions and nested items.
#pragma once

#include "compiler/parse/ast.h"

namespace wr {

// A copy of fn item `fn` whose parameters' patterns and body are new nodes
// in `arena`.
Item* cloneFnItem(Arena& arena, const Item* fn);

}  // namespace wr
