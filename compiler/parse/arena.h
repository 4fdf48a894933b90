// The memory every syntax tree node lives in: nodes are placed one after
// another in large chunks (a pointer bump each) and destroyed together with
// the tree. A 100,000-line program has about a million nodes; giving each
// its own heap block made allocation (and touching fresh pages) the largest
// cost of parsing.
//
// Each node is preceded by a small record of how to destroy it and how big
// it is, so the destructor walks the chunks in order.
//
// The first chunk is small (most programs are); later ones are 2 MiB and,
// natively on Linux, backed by huge pages (arena.cpp): touching fresh memory
// one 4 KiB page at a time was a fifth of a large compile's time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace wr {

class Arena {
 public:
  Arena() = default;
  Arena(const Arena&) = delete;
  Arena& operator=(const Arena&) = delete;
  Arena(Arena&&) = default;
  Arena& operator=(Arena&&) = delete;
  ~Arena() {
    for (Chunk& c : chunks_) {
      size_t at = 0;
      while (at < c.used) {
        auto* h = reinterpret_cast<Header*>(c.mem + at);
        h->destroy(c.mem + at + kHeaderSize);
        at += h->size;
      }
      freeChunk(c);
    }
  }

  template <typename T, typename... Args>
  T* make(Args&&... args) {
    static_assert(alignof(T) <= kAlign, "arena nodes are aligned to 16 bytes at most");
    size_t size = kHeaderSize + roundUp(sizeof(T));
    if (chunks_.empty() || chunks_.back().used + size > chunks_.back().capacity)
      grow(size);
    Chunk& c = chunks_.back();
    char* at = c.mem + c.used;
    T* p = new (at + kHeaderSize) T(std::forward<Args>(args)...);
    new (at) Header{&destroyAs<T>, static_cast<uint32_t>(size)};
    c.used += size;
    return p;
  }

 private:
  static constexpr size_t kAlign = 16;
  static constexpr size_t kFirstChunkSize = size_t{256} * 1024;
  static constexpr size_t kChunkSize = size_t{2} * 1024 * 1024;
  struct Header {
    void (*destroy)(void*);
    uint32_t size;  // of the header and the node
  };
  static constexpr size_t kHeaderSize = (sizeof(Header) + kAlign - 1) / kAlign * kAlign;
  struct Chunk {
    char* mem = nullptr;
    size_t used = 0;
    size_t capacity = 0;
  };

  static constexpr size_t roundUp(size_t n) { return (n + kAlign - 1) / kAlign * kAlign; }
  template <typename T>
  static void destroyAs(void* p) {
    static_cast<T*>(p)->~T();
  }
  // Adds a chunk of at least `atLeast` bytes (arena.cpp).
  void grow(size_t atLeast);
  static void freeChunk(Chunk& c);

  std::vector<Chunk> chunks_;
};

}  // namespace wr
