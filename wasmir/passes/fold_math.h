// Integer arithmetic with WebAssembly's semantics, for constant folding:
// the result an engine would compute for one instruction on constant
// operands, or nothing when the instruction would trap (division by zero,
// signed overflow of div_s) or is not an integer instruction this folds.
// Float instructions are left alone: NaN payloads and rounding are the
// engine's business.
#pragma once

#include <optional>

#include "wasmir/module.h"

namespace wasmir {

// Operands and results are raw bits: i32 values in the low 32 bits.
std::optional<uint64_t> foldUnary(Op op, uint64_t a);
std::optional<uint64_t> foldBinary(Op op, uint64_t a, uint64_t b);

// Whether `op` is a binary integer instruction foldBinary knows.
bool isFoldableBinary(Op op);

// The type of the value `op` produces (for folding results), if it is a
// foldable unary or binary integer instruction.
std::optional<ValType> foldResultType(Op op);

}  // namespace wasmir
