// Shared helpers of the WasmIR passes: instruction classes, the block
// structure of a flat body (which end closes which block), and the rewrites
// that renumber functions and locals. Every pass includes it; none of it
// changes a module's behaviour by itself.
#pragma once

#include <cstdint>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

inline constexpr uint32_t kNone = UINT32_MAX;

inline bool isConst(Op op) {
  return op == Op::I32Const || op == Op::I64Const || op == Op::F32Const || op == Op::F64Const;
}

// Pushes one value, pops nothing, has no effect: removable with its drop.
inline bool isPureProducer(Op op) {
  return isConst(op) || op == Op::LocalGet || op == Op::GlobalGet;
}

inline bool opensBlock(Op op) {
  return op == Op::Block || op == Op::Loop || op == Op::If;
}

inline bool isLocalWrite(Op op) {
  return op == Op::LocalSet || op == Op::LocalTee;
}

inline bool isLocalAccess(Op op) {
  return op == Op::LocalGet || isLocalWrite(op);
}

// Instructions that end or split straight-line code.
bool isControl(Op op);

// A constant instruction holding `bits` for a value of type `type`; i32
// constants are kept sign-extended, as the builder makes them.
Instr makeConst(ValType type, uint64_t bits);

// Whether `makeConst` can make a constant of this type (numbers only).
bool isNumeric(ValType type);

// The operand and result types of an instruction whose stack effect is
// fixed (the signature column of opcodes.def); false for the instructions
// marked "*" there (control, locals, globals, calls, drop, select).
bool fixedSignature(Op op, std::vector<ValType>& params, std::vector<ValType>& results);

// The params and results of a block, loop or if.
void blockSignature(const Module& m,
                    const Instr& opener,
                    std::vector<ValType>& params,
                    std::vector<ValType>& results);

// The type of global `index` (imports first).
ValType globalType(const Module& m, uint32_t index);

// The type of every local of `f`: params first, then declared locals.
std::vector<ValType> localTypes(const Module& m, const Function& f);

// The block structure of a flat body.
struct BodyShape {
  // block/loop/if/else: index of the matching end; end: index of the opener
  // (kNone for the function's final end); kNone for everything else.
  std::vector<uint32_t> match;
  // if: index of its else, or kNone.
  std::vector<uint32_t> elseOf;
};
BodyShape analyzeShape(const Function& f);

// Functions reachable from exports, the start function and element segments
// through direct calls (imports first).
std::vector<bool> reachableFunctions(const Module& m);

// Renumbers functions: `newIndex[old]` over the whole function index space
// (imports first) is the new index, or kNone for a function to delete.
// Deleted functions must no longer be referenced; calls, exports, the start
// function and element segments are rewritten.
void renumberFunctions(Module& m, const std::vector<uint32_t>& newIndex);

// Renumbers the locals of `f`: `newIndex[old]` over params and locals; params
// must keep their index. `declared` becomes the declared locals after the
// params. Names follow their locals (the first one wins a shared slot).
void renumberLocals(Function& f,
                    uint32_t paramCount,
                    const std::vector<uint32_t>& newIndex,
                    std::vector<ValType> declared);

// Drops br_table target lists that no instruction refers to any more.
void compactBrTables(Function& f);

}  // namespace wasmir
