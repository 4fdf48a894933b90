// Pass `bulk-memory`: runs of word copies and constant stores become one
// memory.copy or memory.fill.
//
// Lowering copies an aggregate of up to 64 bytes word by word
// (`local.get $dst; local.get $src; i64.load offset=8; i64.store offset=8`
// per word), and a struct literal of constants stores them one by one. A
// run of such groups over contiguous, ascending offsets is
//
//   memory.copy(dst + b, src + a, len)   or   memory.fill(dst + b, byte, len)
//
// when every stored constant is the same byte repeated. Copying word by
// word from low to high addresses equals memory.copy's memmove unless the
// source starts below the destination and overlaps it, so a copy is only
// rewritten when the two addresses are known relative to one local (the
// same local, or locals set to it plus a constant in the same straight-line
// code; lowering's frame slots are `$fp + constant`) and that case is
// excluded. A load or store adds its offset without wrapping (an address
// past 4 GiB traps) while `i32.add` wraps, so when an offset is moved into
// an addition the rewrite first touches the last byte of the range with the
// original offset (`i32.load8_u offset=b+len-1; drop`): it traps exactly
// when the run would have, and otherwise proves the addition does not wrap.
// (On a trap the run may have stored some words first, memory.copy none;
// a trap ends the program, so nothing can tell.) A constant address with
// its offset is one constant when their sum does not wrap.
#include "wasmir/passes/ir_util.h"
#include "wasmir/passes/pass.h"

namespace wasmir {
namespace {

// Groups in a run before it is worth one instruction (a group is 8-10
// bytes of code, the replacement 10-25).
constexpr size_t kMinGroups = 4;

// The width of a store, and of a load that reads back exactly what such a
// store writes (same value type, same width).
uint32_t storeWidth(Op op) {
  switch (op) {
    case Op::I64Store:
    case Op::F64Store:
      return 8;
    case Op::I32Store:
    case Op::F32Store:
    case Op::I64Store32:
      return 4;
    case Op::I32Store16:
    case Op::I64Store16:
      return 2;
    case Op::I32Store8:
    case Op::I64Store8:
      return 1;
    default:
      return 0;
  }
}

bool loadMatches(Op load, Op store) {
  switch (store) {
    case Op::I64Store:
      return load == Op::I64Load;
    case Op::F64Store:
      return load == Op::F64Load;
    case Op::I32Store:
      return load == Op::I32Load;
    case Op::F32Store:
      return load == Op::F32Load;
    case Op::I64Store32:
      return load == Op::I64Load32U || load == Op::I64Load32S;
    case Op::I32Store16:
      return load == Op::I32Load16U || load == Op::I32Load16S;
    case Op::I64Store16:
      return load == Op::I64Load16U || load == Op::I64Load16S;
    case Op::I32Store8:
      return load == Op::I32Load8U || load == Op::I32Load8S;
    case Op::I64Store8:
      return load == Op::I64Load8U || load == Op::I64Load8S;
    default:
      return false;
  }
}

// The byte a constant store of `width` bytes writes everywhere, if it
// writes the same byte everywhere.
bool splatByte(const Instr& c, uint32_t width, uint8_t& byte) {
  if (!isConst(c.op))
    return false;
  uint64_t v = c.value;
  byte = static_cast<uint8_t>(v);
  for (uint32_t k = 1; k < width; ++k) {
    if (static_cast<uint8_t>(v >> (8 * k)) != byte)
      return false;
  }
  return true;
}

// A value as root local + offset (mod 2^32); a constant address has the
// root kNone.
struct Address {
  uint32_t root;
  uint32_t offset;
};

// An address operand: `local.get x` or `i32.const a`.
bool isAddressOperand(const Instr& in) {
  return in.op == Op::LocalGet || in.op == Op::I32Const;
}

bool sameOperand(const Instr& a, const Instr& b) {
  return a.op == b.op && (a.op == Op::LocalGet ? a.index == b.index : a.value == b.value);
}

// A run found at some index: `groups` groups of 4 (copy) or 3 (fill)
// instructions covering [first offset, first offset + len).
struct Run {
  bool fill = false;
  size_t groups = 0;
  Instr dst, src;  // the address operands
  uint32_t dstOffset = 0, srcOffset = 0;
  uint32_t dstMemory = 0, srcMemory = 0;
  uint64_t len = 0;
  uint8_t byte = 0;
};

class BulkRewriter {
 public:
  BulkRewriter(const Module& m, Function& f)
      : f_(f),
        shape_(analyzeShape(f)),
        address_(localTypes(m, f).size()),
        relative_(address_.size()) {
    for (uint32_t x = 0; x < address_.size(); ++x)
      address_[x] = Address{x, 0};
  }

  void run() {
    std::vector<Instr> out;
    out.reserve(f_.body.size());
    const std::vector<Instr>& body = f_.body;
    for (size_t k = 0; k < body.size(); ++k) {
      Run r;
      if (matchCopy(k, r) || matchFill(k, r)) {
        emit(r, out);
        k += r.groups * (r.fill ? 3 : 4) - 1;
        continue;
      }
      track(k);
      out.push_back(body[k]);
    }
    f_.body = std::move(out);
  }

 private:
  // x is written: what was known about it, and relative to it, is gone.
  void forget(uint32_t x) {
    for (uint32_t y : relative_[x]) {
      if (address_[y].root == x)
        address_[y] = Address{y, 0};
    }
    relative_[x].clear();
    address_[x] = Address{x, 0};
  }

  void relate(uint32_t x, Address a) {
    address_[x] = a;
    if (a.root != kNone && a.root != x)
      relative_[a.root].push_back(x);
  }

  // Other paths join at a loop's start, an else and an end: what they may
  // have written is forgotten (the facts before the structure hold on every
  // path into it, and the others involve a local written inside).
  void forgetWritten(size_t from, size_t to) {
    for (size_t k = from; k < to; ++k) {
      if (isLocalWrite(f_.body[k].op))
        forget(f_.body[k].index);
    }
  }

  Address addressOf(const Instr& operand) const {
    return operand.op == Op::I32Const ? Address{kNone, static_cast<uint32_t>(operand.value)}
                                      : address_[operand.index];
  }

  // Follows `local.get r; [i32.const c; i32.add;] local.set/tee x` and
  // `i32.const a; local.set/tee x`.
  void track(size_t k) {
    const Instr& in = f_.body[k];
    if (opensBlock(in.op))
      open_.push_back(k);
    if (in.op == Op::Loop) {
      forgetWritten(k, shape_.match[k]);
    } else if ((in.op == Op::Else || in.op == Op::End) && !open_.empty()) {
      forgetWritten(open_.back(), k);
      if (in.op == Op::End)
        open_.pop_back();
    }
    if (!isLocalWrite(in.op))
      return;
    uint32_t x = in.index;
    forget(x);
    const Instr* b = &f_.body[0];
    if (k >= 1 && b[k - 1].op == Op::LocalGet && b[k - 1].index != x) {
      relate(x, address_[b[k - 1].index]);
    } else if (k >= 1 && b[k - 1].op == Op::I32Const) {
      relate(x, Address{kNone, static_cast<uint32_t>(b[k - 1].value)});
    } else if (k >= 3 && isAddressOperand(b[k - 3]) &&
               !(b[k - 3].op == Op::LocalGet && b[k - 3].index == x) &&
               b[k - 2].op == Op::I32Const && b[k - 1].op == Op::I32Add) {
      Address a = addressOf(b[k - 3]);
      relate(x, Address{a.root, a.offset + static_cast<uint32_t>(b[k - 2].value)});
    }
  }

  bool matchCopy(size_t k, Run& r) const {
    const std::vector<Instr>& b = f_.body;
    uint64_t dstEnd = 0, srcEnd = 0;
    for (size_t p = k; p + 3 < b.size(); p += 4) {
      const Instr &d = b[p], &s = b[p + 1], &ld = b[p + 2], &st = b[p + 3];
      uint32_t w = storeWidth(st.op);
      if (!isAddressOperand(d) || !isAddressOperand(s) || w == 0 || !loadMatches(ld.op, st.op))
        break;
      if (r.groups == 0) {
        r.dst = d, r.src = s;
        r.dstOffset = static_cast<uint32_t>(st.value),
        r.srcOffset = static_cast<uint32_t>(ld.value);
        r.dstMemory = st.index, r.srcMemory = ld.index;
        dstEnd = st.value, srcEnd = ld.value;
      }
      if (!sameOperand(d, r.dst) || !sameOperand(s, r.src) || st.index != r.dstMemory ||
          ld.index != r.srcMemory || st.value != dstEnd || ld.value != srcEnd)
        break;
      dstEnd += w, srcEnd += w;
      ++r.groups;
    }
    r.len = dstEnd - r.dstOffset;
    return r.groups >= kMinGroups && probeFits(r.dstOffset, r.len) &&
           probeFits(r.srcOffset, r.len) && forwardCopyIsMove(r);
  }

  // Whether the probe's offset (the last byte of the range) is encodable.
  static bool probeFits(uint32_t offset, uint64_t len) { return offset + len - 1 <= UINT32_MAX; }

  // Whether copying low to high gives what memmove gives: the source does
  // not start below the destination inside it.
  bool forwardCopyIsMove(const Run& r) const {
    if (r.dstMemory != r.srcMemory)
      return true;
    Address d = addressOf(r.dst), s = addressOf(r.src);
    if (d.root != s.root)
      return false;
    uint32_t ahead = (s.offset + r.srcOffset) - (d.offset + r.dstOffset);  // src - dst mod 2^32
    return uint64_t{ahead} + r.len <= (uint64_t{1} << 32);
  }

  bool matchFill(size_t k, Run& r) const {
    const std::vector<Instr>& b = f_.body;
    uint64_t end = 0;
    r.fill = true;
    for (size_t p = k; p + 2 < b.size(); p += 3) {
      const Instr &d = b[p], &c = b[p + 1], &st = b[p + 2];
      uint32_t w = storeWidth(st.op);
      uint8_t byte = 0;
      if (!isAddressOperand(d) || w == 0 || !splatByte(c, w, byte))
        break;
      if (r.groups == 0) {
        r.dst = d, r.dstOffset = static_cast<uint32_t>(st.value), r.dstMemory = st.index;
        r.byte = byte;
        end = st.value;
      }
      if (!sameOperand(d, r.dst) || st.index != r.dstMemory || st.value != end || byte != r.byte)
        break;
      end += w;
      ++r.groups;
    }
    r.len = end - r.dstOffset;
    return r.groups >= kMinGroups && probeFits(r.dstOffset, r.len);
  }

  // The operand; [a probe of the last byte; i32.const offset; i32.add].
  static void address(std::vector<Instr>& out,
                      const Instr& operand,
                      uint32_t offset,
                      uint32_t memory,
                      uint64_t len) {
    if (offset != 0) {
      out.push_back(operand);
      out.push_back(Instr{Op::I32Load8U, memory, 0, offset + len - 1});
      out.push_back(Instr{Op::Drop});
    }
    out.push_back(operand);
    if (offset != 0) {
      out.push_back(makeConst(ValType::I32, offset));
      out.push_back(Instr{Op::I32Add});
    }
  }

  static void emit(const Run& r, std::vector<Instr>& out) {
    address(out, r.dst, r.dstOffset, r.dstMemory, r.len);
    if (r.fill) {
      out.push_back(makeConst(ValType::I32, r.byte));
      out.push_back(makeConst(ValType::I32, r.len));
      out.push_back(Instr{Op::MemoryFill, r.dstMemory});
      return;
    }
    address(out, r.src, r.srcOffset, r.srcMemory, r.len);
    out.push_back(makeConst(ValType::I32, r.len));
    out.push_back(Instr{Op::MemoryCopy, r.dstMemory, r.srcMemory});
  }

  Function& f_;
  BodyShape shape_;
  std::vector<Address> address_;
  std::vector<std::vector<uint32_t>> relative_;  // per root: locals once set relative to it
  std::vector<size_t> open_;                     // the openers around the current instruction
};

}  // namespace

void bulkMemory(Module& module) {
  for (Function& f : module.functions)
    BulkRewriter(module, f).run();
}

}  // namespace wasmir
