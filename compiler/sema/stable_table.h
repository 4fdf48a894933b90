// An append-only table whose elements never move: fixed-size chunks, so a
// reference taken to an element stays valid while more are appended, and an
// index is found with a shift and a mask.
//
// The type table is read on almost every step of checking (`kind(t)`,
// `get(t)`), and it used to be a std::deque, whose small blocks (a handful
// of types each) made every lookup a division and two dependent loads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace wr {

template <typename T, unsigned ChunkBits = 10>
class StableTable {
 public:
  T& operator[](size_t i) { return chunks_[i >> ChunkBits][i & kMask]; }
  const T& operator[](size_t i) const { return chunks_[i >> ChunkBits][i & kMask]; }
  size_t size() const { return size_; }

  void append(T value) {
    if ((size_ & kMask) == 0)
      chunks_.push_back(std::make_unique<T[]>(kChunk));
    chunks_.back()[size_ & kMask] = std::move(value);
    ++size_;
  }

 private:
  static constexpr size_t kChunk = size_t{1} << ChunkBits;
  static constexpr size_t kMask = kChunk - 1;
  std::vector<std::unique_ptr<T[]>> chunks_;
  size_t size_ = 0;
};

}  // namespace wr
