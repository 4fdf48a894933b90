// Range analysis of a function body: which i32 comparisons always give the
// same answer. The bounds-checks pass (bounds_checks.cpp) rewrites the ones
// it decides; the analysis itself changes nothing.
//
// One forward walk over the flat body, in the style of const-fold: the
// facts of value_ranges.h flow through blocks, ifs and branches, and merge
// at ends. A branch on a comparison teaches each side its outcome (`i <u n`
// inside a loop whose guard exits when `i >=u n`); arithmetic teaches what
// its result is (`n - 1 <u n` once `n >= 1` is known, `x % 8 <u 8`, `i + 1`
// does not wrap when `i <u n`). A loop is walked once: the locals it writes
// start it with fresh values, except that a counter written once per
// iteration by `x = x + k` (or `x - k`) keeps the bound of its value at
// entry (x only grows, or only shrinks), if the walk then shows that the
// step never wraps; when it may, the loop is walked again without that
// assumption.
#pragma once

#include <cstdint>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

// For each instruction of `f`: 1 or 0 for an i32 comparison or i32.eqz
// whose result is always that on every execution, -1 otherwise.
std::vector<int8_t> decideComparisons(const Module& m, const Function& f);

}  // namespace wasmir
