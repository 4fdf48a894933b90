// The WasmIR validator: checks a module against the WebAssembly validation
// rules before it is encoded.
//
// The driver runs it on every module that lowering produces (a failure is a
// compiler bug, reported with the function and instruction), and tests run it
// on hand-built modules. It implements the specification's algorithm: an
// operand stack and a control stack per function, with the stack-polymorphic
// state after unreachable/br/return, plus the module-level index, limit,
// export and start-function rules. It reports the first error of each function
// and every module-level error; an empty result means the module is valid.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

// Marks an error that is not inside a function body (or not at an
// instruction).
inline constexpr uint32_t kNoIndex = UINT32_MAX;

struct ValidationError {
  uint32_t function;  // defined-function index, or kNoIndex (module level)
  uint32_t instr;     // index into Function::body, or kNoIndex
  std::string message;
};

std::vector<ValidationError> validateModule(const Module& module);

// log2 of the number of bytes a load or store accesses (its natural and
// maximal alignment); 0 for instructions that do not access memory.
uint32_t naturalAlignment(Op op);

}  // namespace wasmir
