// The WAT printer: renders a wasmir::Module in the WebAssembly text format.
//
// The CLI's `--emit wat`, the playground's WAT view and golden tests call
// printWat(). The output is flat (one instruction per line, nested blocks
// indented) and is accepted by wabt's `wat2wasm`, which re-encodes it to the
// same bytes as encodeModule() for modules without custom sections (with one
// exception: wat2wasm writes a block whose `(type N)` has no params and at
// most one result in the short form, while the encoder keeps the index). The
// encoder and the validator reuse the smaller helpers below to describe
// instructions and types in byte annotations and error messages.
#pragma once

#include <string>

#include "wasmir/module.h"

namespace wasmir {

// The whole module as WAT text, ending with a newline.
std::string printWat(const Module& module);

// One instruction with numeric indices, e.g. "i32.const 16", "br_table 0 1 2",
// "i32.load offset=8", "block (result i32)". `func` supplies br_table targets.
std::string printInstr(const Function& func, const Instr& instr);

// "i32", "funcref", ...; "<invalid 0x12>" for a byte that is not a type.
std::string valTypeName(ValType type);

// "[i32 i64] -> [f32]": the form used in diagnostics.
std::string funcTypeSignature(const FuncType& type);

}  // namespace wasmir
