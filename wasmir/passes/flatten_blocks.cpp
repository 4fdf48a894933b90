// Pass `flatten-blocks`: removes blocks and loops that no branch targets.
//
// Such a block only groups instructions: without it the same instructions
// run in the same order. Inlining wraps every inlined body in a block, and
// const-fold turns constant ifs into blocks, so many are left untargeted.
// The structure must have no params (its inputs would otherwise be on the
// stack already, which is fine, but the block type is then the only record
// of them); branches inside that cross a removed block have their depth
// reduced by one for each. Unwrapping keeps a valid module valid: a body's
// instructions never pop below the block's height when it is reachable, and
// unreachable code stays stack-polymorphic up to the enclosing frame's end.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

bool hasParams(const Module& m, const Instr& opener) {
  return static_cast<BlockKind>(opener.align) == BlockKind::TypeIndex &&
         !m.types[opener.index].params.empty();
}

// For each instruction: whether it opens a block or loop some branch targets.
std::vector<bool> targetedOpeners(const Function& f) {
  std::vector<bool> targeted(f.body.size(), false);
  std::vector<uint32_t> open;
  auto mark = [&](uint32_t depth) {
    if (depth < open.size())
      targeted[open[open.size() - 1 - depth]] = true;
  };
  for (uint32_t i = 0; i < f.body.size(); ++i) {
    const Instr& in = f.body[i];
    if (opensBlock(in.op)) {
      open.push_back(i);
    } else if (in.op == Op::End && !open.empty()) {
      open.pop_back();
    } else if (in.op == Op::Br || in.op == Op::BrIf) {
      mark(in.index);
    } else if (in.op == Op::BrTable) {
      for (uint32_t depth : f.brTables[in.index])
        mark(depth);
    }
  }
  return targeted;
}

void flattenIn(const Module& m, Function& f) {
  std::vector<bool> targeted = targetedOpeners(f);
  std::vector<bool> removed;  // per enclosing structure, innermost last
  // Depth of a branch once the removed structures it crosses are gone.
  auto newDepth = [&](uint32_t depth) {
    uint32_t crossed = 0;
    for (uint32_t k = 0; k < depth && k < removed.size(); ++k)
      crossed += removed[removed.size() - 1 - k] ? 1 : 0;
    return depth - crossed;
  };
  std::vector<Instr> out;
  out.reserve(f.body.size());
  for (size_t i = 0; i < f.body.size(); ++i) {
    Instr in = f.body[i];
    switch (in.op) {
      case Op::Block:
      case Op::Loop: {
        bool drop = !targeted[i] && !hasParams(m, in);
        removed.push_back(drop);
        if (drop)
          continue;
        break;
      }
      case Op::If:
        removed.push_back(false);
        break;
      case Op::End:
        if (!removed.empty()) {
          bool drop = removed.back();
          removed.pop_back();
          if (drop)
            continue;
        }
        break;
      case Op::Br:
      case Op::BrIf:
        in.index = newDepth(in.index);
        break;
      case Op::BrTable:
        for (uint32_t& depth : f.brTables[in.index])
          depth = newDepth(depth);
        break;
      default:
        break;
    }
    out.push_back(in);
  }
  f.body = std::move(out);
}

}  // namespace

void flattenBlocks(Module& module) {
  for (Function& f : module.functions)
    flattenIn(module, f);
}

}  // namespace wasmir
