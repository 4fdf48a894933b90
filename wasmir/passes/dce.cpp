// Pass `dce`: dead code inside function bodies.
//
// Code after an unconditional transfer (br, br_table, return, unreachable)
// up to the end (or else) of the enclosing block can never run; it is
// deleted, nested blocks included. Control structures left empty are
// deleted too: an empty `block`/`loop` without params, and an `if` whose arms
// are both empty becomes a `drop` of its condition. Unused functions are the
// job of `tree-shake`, unused locals that of `unused-locals`.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

bool endsFlow(Op op) {
  return op == Op::Br || op == Op::BrTable || op == Op::Return || op == Op::Unreachable;
}

bool emptyType(const Instr& in) {
  return static_cast<BlockKind>(in.align) == BlockKind::Empty;
}

// Index of the end/else that closes the block containing `from`.
size_t skipDead(const std::vector<Instr>& body, size_t from) {
  size_t depth = 0;
  for (size_t j = from; j < body.size(); ++j) {
    Op op = body[j].op;
    if (opensBlock(op)) {
      ++depth;
    } else if (op == Op::End || op == Op::Else) {
      if (depth == 0)
        return j;
      if (op == Op::End)
        --depth;
    }
  }
  return body.size();
}

// Appends an `end` closing the structure opened at out[opener], or deletes
// that structure if it is empty.
void emitEnd(std::vector<Instr>& out, size_t opener, const Instr& end) {
  const Instr open = out[opener];
  bool plain = emptyType(open);
  size_t n = out.size();
  if (plain && opener == n - 1) {
    if (open.op == Op::If)
      out.back() = Instr{Op::Drop};  // the condition is still evaluated
    else
      out.pop_back();
    return;
  }
  if (plain && out.back().op == Op::Else) {
    out.pop_back();  // an empty else arm: `if` alone means the same
    if (opener == n - 2) {
      out.back() = Instr{Op::Drop};
      return;
    }
  }
  out.push_back(end);
}

void deadCodeIn(Function& f) {
  std::vector<Instr> out;
  out.reserve(f.body.size());
  std::vector<size_t> open;  // indices in `out` of the enclosing openers
  size_t n = f.body.size();
  for (size_t i = 0; i < n;) {
    const Instr& in = f.body[i];
    if (in.op == Op::End && !open.empty()) {
      size_t opener = open.back();
      open.pop_back();
      emitEnd(out, opener, in);
    } else {
      if (opensBlock(in.op))
        open.push_back(out.size());
      out.push_back(in);
    }
    if (endsFlow(in.op) && i + 1 < n) {
      i = skipDead(f.body, i + 1);
      continue;
    }
    ++i;
  }
  bool changed = out.size() != f.body.size();
  f.body = std::move(out);
  if (changed)
    compactBrTables(f);
}

}  // namespace

void deadCode(Module& module) {
  for (Function& f : module.functions)
    deadCodeIn(f);
}

}  // namespace wasmir
