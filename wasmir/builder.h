// A small builder for WasmIR function bodies: typed helpers that append
// instructions, allocate locals and track block nesting so that branch
// depths can be computed from block handles. Lowering and the runtime
// helper generator both build code through it.
#pragma once

#include <cstring>
#include <string>
#include <vector>

#include "wasmir/module.h"

namespace wasmir {

class FunctionBuilder {
 public:
  FunctionBuilder(Function& fn, uint32_t paramCount) : fn_(fn), paramCount_(paramCount) {}

  Function& function() { return fn_; }
  std::vector<Instr>& body() { return fn_.body; }
  size_t size() const { return fn_.body.size(); }

  uint32_t addLocal(ValType t, std::string name = {}) {
    fn_.locals.push_back(t);
    uint32_t index = paramCount_ + static_cast<uint32_t>(fn_.locals.size() - 1);
    if (!name.empty()) {
      if (fn_.localNames.size() <= index)
        fn_.localNames.resize(index + 1);
      fn_.localNames[index] = std::move(name);
    }
    return index;
  }
  void nameLocal(uint32_t index, std::string name) {
    if (fn_.localNames.size() <= index)
      fn_.localNames.resize(index + 1);
    fn_.localNames[index] = std::move(name);
  }

  size_t op(Op o) {
    fn_.body.push_back(Instr{o, 0, 0, 0});
    return fn_.body.size() - 1;
  }
  size_t op(Op o, uint32_t index) {
    fn_.body.push_back(Instr{o, index, 0, 0});
    return fn_.body.size() - 1;
  }
  size_t i32(int32_t v) {
    fn_.body.push_back(Instr{Op::I32Const, 0, 0, static_cast<uint64_t>(static_cast<int64_t>(v))});
    return fn_.body.size() - 1;
  }
  size_t i64(int64_t v) {
    fn_.body.push_back(Instr{Op::I64Const, 0, 0, static_cast<uint64_t>(v)});
    return fn_.body.size() - 1;
  }
  size_t f32(float v) {
    uint32_t bits;
    std::memcpy(&bits, &v, 4);
    fn_.body.push_back(Instr{Op::F32Const, 0, 0, bits});
    return fn_.body.size() - 1;
  }
  size_t f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    fn_.body.push_back(Instr{Op::F64Const, 0, 0, bits});
    return fn_.body.size() - 1;
  }
  void get(uint32_t local) { op(Op::LocalGet, local); }
  void set(uint32_t local) { op(Op::LocalSet, local); }
  void tee(uint32_t local) { op(Op::LocalTee, local); }
  void mem(Op o, uint32_t offset, uint32_t alignLog2) {
    fn_.body.push_back(Instr{o, 0, alignLog2, offset});
  }
  void call(uint32_t func) { op(Op::Call, func); }

  // Structured control: open returns a handle used for branch depths.
  struct Label {
    size_t depth;  // nesting level of the block this label targets
  };
  Label block(BlockKind kind = BlockKind::Empty, uint32_t index = 0) {
    return open(Op::Block, kind, index);
  }
  Label loop(BlockKind kind = BlockKind::Empty, uint32_t index = 0) {
    return open(Op::Loop, kind, index);
  }
  Label ifBlock(BlockKind kind = BlockKind::Empty, uint32_t index = 0) {
    return open(Op::If, kind, index);
  }
  void elseBlock() { op(Op::Else); }
  void end() {
    op(Op::End);
    --depth_;
  }
  void br(Label l) { op(Op::Br, relative(l)); }
  void brIf(Label l) { op(Op::BrIf, relative(l)); }
  uint32_t relative(Label l) const { return static_cast<uint32_t>(depth_ - 1 - l.depth); }
  size_t depth() const { return depth_; }

 private:
  Label open(Op o, BlockKind kind, uint32_t index) {
    fn_.body.push_back(Instr{o, index, static_cast<uint32_t>(kind), 0});
    return Label{depth_++};
  }

  Function& fn_;
  uint32_t paramCount_;
  size_t depth_ = 0;
};

}  // namespace wasmir
