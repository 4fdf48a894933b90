// Integer folding rules (see fold_math.h). Each case follows the
// instruction's definition in the WebAssembly core specification (section
// 4.3.2, integer operations): shifts and rotates take their count modulo the
// width, comparisons produce i32 0 or 1, i32 results live in the low bits.
#include "wasmir/passes/fold_math.h"

#include <bit>
#include <limits>
#include <type_traits>

namespace wasmir {
namespace {

template <typename U>
std::optional<uint64_t> binaryOf(Op base, Op op, uint64_t a64, uint64_t b64) {
  using S = std::make_signed_t<U>;
  constexpr unsigned kBits = sizeof(U) * 8;
  auto a = static_cast<U>(a64), b = static_cast<U>(b64);
  auto sa = static_cast<S>(a), sb = static_cast<S>(b);
  // Ops are laid out in the same order for i32 and i64 (opcodes.def).
  switch (static_cast<int>(op) - static_cast<int>(base)) {
    case 0:  // add
      return static_cast<U>(a + b);
    case 1:  // sub
      return static_cast<U>(a - b);
    case 2:  // mul
      return static_cast<U>(a * b);
    case 3:  // div_s
      if (b == 0 || (sa == std::numeric_limits<S>::min() && sb == -1))
        return std::nullopt;
      return static_cast<U>(sa / sb);
    case 4:  // div_u
      if (b == 0)
        return std::nullopt;
      return static_cast<U>(a / b);
    case 5:  // rem_s: min % -1 is 0 in Wasm (no trap), but UB in C++
      if (b == 0)
        return std::nullopt;
      if (sb == -1)
        return 0;
      return static_cast<U>(sa % sb);
    case 6:  // rem_u
      if (b == 0)
        return std::nullopt;
      return static_cast<U>(a % b);
    case 7:
      return static_cast<U>(a & b);
    case 8:
      return static_cast<U>(a | b);
    case 9:
      return static_cast<U>(a ^ b);
    case 10:
      return static_cast<U>(a << (b % kBits));
    case 11:  // shr_s: arithmetic (C++20 defines >> on negatives so)
      return static_cast<U>(sa >> (b % kBits));
    case 12:
      return static_cast<U>(a >> (b % kBits));
    case 13:
      return static_cast<U>(std::rotl(a, static_cast<int>(b % kBits)));
    case 14:
      return static_cast<U>(std::rotr(a, static_cast<int>(b % kBits)));
    default:
      break;
  }
  return std::nullopt;
}

template <typename U>
std::optional<uint64_t> compareOf(Op base, Op op, uint64_t a64, uint64_t b64) {
  using S = std::make_signed_t<U>;
  auto a = static_cast<U>(a64), b = static_cast<U>(b64);
  auto sa = static_cast<S>(a), sb = static_cast<S>(b);
  bool r;
  switch (static_cast<int>(op) - static_cast<int>(base)) {  // from eq
    case 0:
      r = a == b;
      break;
    case 1:
      r = a != b;
      break;
    case 2:
      r = sa < sb;
      break;
    case 3:
      r = a < b;
      break;
    case 4:
      r = sa > sb;
      break;
    case 5:
      r = a > b;
      break;
    case 6:
      r = sa <= sb;
      break;
    case 7:
      r = a <= b;
      break;
    case 8:
      r = sa >= sb;
      break;
    case 9:
      r = a >= b;
      break;
    default:
      return std::nullopt;
  }
  return r ? 1 : 0;
}

bool between(Op op, Op first, Op last) {
  return static_cast<int>(op) >= static_cast<int>(first) &&
         static_cast<int>(op) <= static_cast<int>(last);
}

uint64_t signExtend(uint64_t v, unsigned bits) {
  unsigned shift = 64 - bits;
  return static_cast<uint64_t>(static_cast<int64_t>(v << shift) >> shift);
}

}  // namespace

std::optional<uint64_t> foldBinary(Op op, uint64_t a, uint64_t b) {
  if (between(op, Op::I32Add, Op::I32Rotr))
    return binaryOf<uint32_t>(Op::I32Add, op, a, b);
  if (between(op, Op::I64Add, Op::I64Rotr))
    return binaryOf<uint64_t>(Op::I64Add, op, a, b);
  if (between(op, Op::I32Eq, Op::I32GeU))
    return compareOf<uint32_t>(Op::I32Eq, op, a, b);
  if (between(op, Op::I64Eq, Op::I64GeU))
    return compareOf<uint64_t>(Op::I64Eq, op, a, b);
  return std::nullopt;
}

std::optional<uint64_t> foldUnary(Op op, uint64_t a) {
  auto a32 = static_cast<uint32_t>(a);
  switch (op) {
    case Op::I32Eqz:
      return a32 == 0 ? 1 : 0;
    case Op::I64Eqz:
      return a == 0 ? 1 : 0;
    case Op::I32Clz:
      return std::countl_zero(a32);
    case Op::I32Ctz:
      return std::countr_zero(a32);
    case Op::I32Popcnt:
      return std::popcount(a32);
    case Op::I64Clz:
      return std::countl_zero(a);
    case Op::I64Ctz:
      return std::countr_zero(a);
    case Op::I64Popcnt:
      return std::popcount(a);
    case Op::I32WrapI64:
      return a32;
    case Op::I64ExtendI32S:
      return signExtend(a32, 32);
    case Op::I64ExtendI32U:
      return a32;
    case Op::I32Extend8S:
      return static_cast<uint32_t>(signExtend(a32 & 0xFF, 8));
    case Op::I32Extend16S:
      return static_cast<uint32_t>(signExtend(a32 & 0xFFFF, 16));
    case Op::I64Extend8S:
      return signExtend(a & 0xFF, 8);
    case Op::I64Extend16S:
      return signExtend(a & 0xFFFF, 16);
    case Op::I64Extend32S:
      return signExtend(a & 0xFFFFFFFF, 32);
    default:
      return std::nullopt;
  }
}

bool isFoldableBinary(Op op) {
  return between(op, Op::I32Add, Op::I32Rotr) || between(op, Op::I64Add, Op::I64Rotr) ||
         between(op, Op::I32Eq, Op::I32GeU) || between(op, Op::I64Eq, Op::I64GeU);
}

std::optional<ValType> foldResultType(Op op) {
  if (between(op, Op::I32Eqz, Op::I64GeU) || between(op, Op::I32Clz, Op::I32Rotr) ||
      op == Op::I32WrapI64 || op == Op::I32Extend8S || op == Op::I32Extend16S)
    return ValType::I32;
  if (between(op, Op::I64Clz, Op::I64Rotr) || op == Op::I64ExtendI32S || op == Op::I64ExtendI32U ||
      between(op, Op::I64Extend8S, Op::I64Extend32S))
    return ValType::I64;
  return std::nullopt;
}

}  // namespace wasmir
