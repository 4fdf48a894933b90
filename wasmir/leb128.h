// LEB128 writers for the WebAssembly binary format.
//
// The binary encoder (encoder.cpp) writes every integer in the module through
// these functions. They always produce the minimal encoding (the fewest bytes
// that hold the value), which is what wabt and Binaryen produce too, so byte
// comparisons against their output are meaningful.
#pragma once

#include <cstdint>
#include <vector>

namespace wasmir {

// Appends `value` as unsigned LEB128; returns the number of bytes written.
inline size_t writeLebU64(std::vector<uint8_t>& out, uint64_t value) {
  size_t n = 0;
  do {
    uint8_t byte = value & 0x7F;
    value >>= 7;
    if (value != 0)
      byte |= 0x80;
    out.push_back(byte);
    ++n;
  } while (value != 0);
  return n;
}

inline size_t writeLebU32(std::vector<uint8_t>& out, uint32_t value) {
  return writeLebU64(out, value);
}

// Appends `value` as signed LEB128; returns the number of bytes written. The
// loop stops once the remaining bits are all copies of the sign bit of the
// last byte written, which is what makes the encoding minimal.
inline size_t writeLebS64(std::vector<uint8_t>& out, int64_t value) {
  size_t n = 0;
  bool more = true;
  while (more) {
    uint8_t byte = value & 0x7F;
    value >>= 7;  // arithmetic shift: C++20 defines it for negative values
    bool signBitSet = (byte & 0x40) != 0;
    more = !((value == 0 && !signBitSet) || (value == -1 && signBitSet));
    if (more)
      byte |= 0x80;
    out.push_back(byte);
    ++n;
  }
  return n;
}

inline size_t writeLebS32(std::vector<uint8_t>& out, int32_t value) {
  return writeLebS64(out, value);
}

}  // namespace wasmir
